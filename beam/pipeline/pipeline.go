package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local files: paths with no scheme
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newstext/newstext"
)

// Options of a run. The zero value of each field but Inputs and Output is
// its default.
type Options struct {
	// Inputs are the files read, sorted (see [Inputs]).
	Inputs []string
	// Output is the folder (or a gs:// or s3:// prefix) the run writes to:
	// articles-SSSSS-of-NNNNN.jsonl and clusters-SSSSS-of-NNNNN.jsonl.
	Output string
	// Shards is how many files the articles are written to; 0 is 1. The
	// clusters go to as many files, and at most 16.
	Shards int
	// Threshold is the similarity at or above which two articles are the
	// same story; 0 is newstext.DefaultThreshold.
	Threshold float64
	// Rounds is the number of large-star and small-star rounds of the
	// connected components (components.go); 0 is [DefaultRounds]. A run
	// whose clusters have not settled by then fails and says so.
	Rounds int
	// MaxGroup is how many articles of a bucket (a band key) are kept,
	// the first in node order; 0 is [DefaultMaxGroup]. A bucket that large
	// is boilerplate that many articles share.
	MaxGroup int
	// Partitions is how many parts the band records and the signatures
	// are shuffled in (dedupe.go); 0 is [DefaultPartitions]. A worker
	// holds the signatures of one part in memory, 1.3 KB an article: for
	// 300 million articles, 16,384 parts hold 24 MB each.
	Partitions int
	// Read says how inputs are read and parsed.
	Read ReadOptions
}

func (o *Options) withDefaults() Options {
	d := *o
	if d.Shards <= 0 {
		d.Shards = 1
	}
	if d.Threshold == 0 {
		d.Threshold = newstext.DefaultThreshold
	}
	if d.Rounds <= 0 {
		d.Rounds = DefaultRounds
	}
	if d.Partitions <= 0 {
		d.Partitions = DefaultPartitions
	}
	if d.MaxGroup <= 0 {
		d.MaxGroup = DefaultMaxGroup
	}
	return d
}

// Build adds the pipeline to the scope s:
//
//  1. Create the inputs (their paths and indices) and reshuffle them, so
//     that a runner spreads the files over its workers.
//  2. Read each input through the source package and parse each document
//     (newstext.Parse or ParseHTML): an article's record as JSON, its id,
//     its signature (newstext.Sign of headline and running text) and one
//     record per band key (Signature.BandKeys), these two packed by
//     partition (dedupe.go). Bad input is counted and skipped.
//  3. Group the band records by key (a GroupByKey by partition, then by
//     key in the worker), and pair each article with the MaxBucketChecks
//     articles before it in its bucket (the comparisons an Index makes);
//     join the pairs with both signatures and keep those whose
//     similarity reaches the threshold.
//  4. Connected components of those pairs by label propagation
//     (components.go): every article in a cluster is labelled with the
//     cluster's first article.
//  5. Group the labelled articles by label: a cluster's line, and its id
//     and size for each member.
//  6. Join every article's record with its cluster, and write the
//     articles and the clusters as JSONL shards.
func Build(s beam.Scope, o Options) error {
	o = o.withDefaults()
	if len(o.Inputs) == 0 {
		return fmt.Errorf("newstext: no input")
	}
	if len(o.Inputs) > maxInput+1 {
		return fmt.Errorf("newstext: %d inputs: at most %d can be read in one run", len(o.Inputs), maxInput+1)
	}
	if !(o.Threshold > 0 && o.Threshold <= 1) {
		return fmt.Errorf("newstext: threshold %v: want a number in (0, 1]", o.Threshold)
	}
	if o.Output == "" {
		return fmt.Errorf("newstext: no output")
	}
	if fsys, err := filesystem.New(context.Background(), o.Output); err != nil {
		return fmt.Errorf("newstext: output %s: %w", o.Output, err)
	} else {
		fsys.Close()
	}
	out := strings.TrimRight(o.Output, "/")

	inputs := make([]Input, len(o.Inputs))
	for i, p := range o.Inputs {
		inputs[i] = Input{Index: i, Path: p}
	}
	files := beam.Reshuffle(s, beam.CreateList(s.Scope("Inputs"), inputs))
	arts, ids, sigs, bands := beam.ParDo4(s.Scope("ReadAndParse"), &readFn{Options: o.Read, Partitions: o.Partitions}, files)

	pairs := similarPairs(s, sigs, bands, &o)
	labels := components(s, pairs, o.Rounds)

	cs := s.Scope("Clusters")
	members := beam.ParDo(cs, memberFn, beam.CoGroupByKey(cs, ids, labels))
	clusterLines, infos := beam.ParDo2(cs, clusterFn, beam.GroupByKey(cs, members))

	ws := s.Scope("Articles")
	lines := beam.ParDo(ws, articleLineFn, beam.CoGroupByKey(ws, arts, infos))
	writeShards(s, out+"/articles", o.Shards, lines)
	writeShards(s, out+"/clusters", min(o.Shards, 16), clusterLines)
	return nil
}

func init() {
	register.DoFn6x1[context.Context, Input, func(int64, []byte), func(int64, string), func(int, []byte), func(int, []byte), error](&readFn{})
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func(int, []byte), error](&candidatesFn{})
	register.DoFn5x1[context.Context, int, func(*[]byte) bool, func(*[]byte) bool, func(int, []byte), error](&withLowSigFn{})
	register.DoFn5x1[context.Context, int, func(*[]byte) bool, func(*[]byte) bool, func(int64, int64), error](&compareFn{})
	register.Function3x0[int64, int64, func(int64, int64)](bothWays)
	register.Function3x0[int64, int64, func(int64, int64)](largerFirst)
	register.Function3x0[int64, func(*int64) bool, func(int64, int64)](largeStarFn)
	register.Function3x0[int64, func(*int64) bool, func(int64, int64)](smallStarFn)
	register.DoFn5x1[context.Context, int64, func(*int64) bool, func(*int64) bool, func(int64, int64), error](&starCheckFn{})
	register.Function4x0[int64, func(*string) bool, func(*int64) bool, func(int64, member)](memberFn)
	register.Function5x1[context.Context, int64, func(*member) bool, func([]byte), func(int64, []byte), error](clusterFn)
	register.Function4x0[int64, func(*[]byte) bool, func(*[]byte) bool, func([]byte)](articleLineFn)
	register.DoFn1x2[[]byte, int, []byte](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*[]byte) bool, error](&writeFn{})
	register.Function1x2[int, int, []byte](shardMarker)

	register.Emitter2[int64, []byte]()
	register.Emitter2[int64, string]()
	register.Emitter2[int64, int64]()
	register.Emitter2[int64, member]()
	register.Emitter1[[]byte]()
	register.Iter1[int64]()
	register.Iter1[[]byte]()
	register.Iter1[string]()
	register.Iter1[member]()
	beam.RegisterType(reflect.TypeFor[Input]())
	beam.RegisterType(reflect.TypeFor[member]())
}
