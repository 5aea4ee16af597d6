package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// Cluster is a line of the clusters output: the articles that are one
// story, in node order (the order an Index adds them), named by their
// ids; ID is the first one's.
type Cluster struct {
	ID        string   `json:"cluster"`
	Size      int      `json:"size"`
	Documents []string `json:"documents"`
}

// member is an article of a cluster, on its way to the cluster's group.
type member struct {
	Node int64
	ID   string
}

var clustersFound = beam.NewCounter(metricsNamespace, "clusters")

// memberFn sends each labelled article, with its id, to its label.
func memberFn(n int64, ids func(*string) bool, labels func(*int64) bool, emit func(int64, member)) {
	var id string
	for ids(&id) {
	}
	var label int64
	for labels(&label) {
		emit(label, member{n, id})
	}
}

// clusterFn makes one cluster's line, and tells each of its articles the
// cluster's id and size (as the start of the article's output line).
func clusterFn(ctx context.Context, _ int64, members func(*member) bool, emitLine func([]byte), emitInfo func(int64, []byte)) error {
	var ms []member
	var m member
	for members(&m) {
		ms = append(ms, m)
	}
	slices.SortFunc(ms, func(a, b member) int { return cmp.Compare(a.Node, b.Node) })
	c := Cluster{ID: ms[0].ID, Size: len(ms), Documents: make([]string, len(ms))}
	for i, m := range ms {
		c.Documents[i] = m.ID
	}
	line, err := json.Marshal(c)
	if err != nil {
		return err
	}
	clustersFound.Inc(ctx, 1)
	emitLine(line)
	prefix := clusterPrefix(c.ID, c.Size)
	for _, m := range ms {
		emitInfo(m.Node, prefix)
	}
	return nil
}

// clusterPrefix returns the start of an article's output line:
// {"cluster":ID,"cluster_size":N,
func clusterPrefix(id string, size int) []byte {
	q, _ := json.Marshal(id)
	return fmt.Appendf(nil, `{"cluster":%s,"cluster_size":%d,`, q, size)
}

// articleLineFn makes an article's output line: its record with its
// cluster's id and size in front; an article in no cluster is a cluster
// of its own.
func articleLineFn(_ int64, arts func(*[]byte) bool, infos func(*[]byte) bool, emit func([]byte)) {
	var prefix []byte
	for infos(&prefix) {
	}
	var b []byte
	for arts(&b) {
		id, js := splitArticleJSON(b)
		p := prefix
		if p == nil {
			p = clusterPrefix(id, 1)
		}
		emit(append(p[:len(p):len(p)], js[1:]...))
	}
}

// shardFn keys each line by the shard it is written to.
type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line []byte) (int, []byte) {
	h := fnv.New32a()
	h.Write(line)
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// writeFn writes one shard: its lines, each followed by a newline, to
// PREFIX-SSSSS-of-NNNNN.jsonl. An empty line (the marker every shard
// gets, so that a shard with no line is still written) is not written.
type writeFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*[]byte) bool) error {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	wc, err := fsys.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("newstext: writing %s: %w", name, err)
	}
	w := bufio.NewWriterSize(wc, 1<<16)
	var line []byte
	for lines(&line) {
		if len(line) == 0 {
			continue
		}
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		wc.Close()
		return fmt.Errorf("newstext: writing %s: %w", name, err)
	}
	if err := wc.Close(); err != nil {
		return fmt.Errorf("newstext: writing %s: %w", name, err)
	}
	return nil
}

// ShardName returns the name of shard i of n of the output named prefix:
// prefix-00003-of-00016.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// shardMarker emits the empty line that makes a shard be written.
func shardMarker(shard int) (int, []byte) { return shard, []byte{} }

// writeShards writes lines as n JSONL shards named prefix-SSSSS-of-NNNNN.jsonl.
func writeShards(s beam.Scope, prefix string, n int, lines beam.PCollection) {
	s = s.Scope("Write " + prefix[strings.LastIndexAny(prefix, "/\\")+1:])
	shards := make([]int, n)
	for i := range shards {
		shards[i] = i
	}
	markers := beam.ParDo(s, shardMarker, beam.CreateList(s, shards))
	keyed := beam.ParDo(s, &shardFn{Shards: n}, lines)
	beam.ParDo0(s, &writeFn{Prefix: prefix, Shards: n}, beam.GroupByKey(s, beam.Flatten(s, keyed, markers)))
}
