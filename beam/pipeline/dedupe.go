package pipeline

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/newstext/newstext"
)

// MaxBucketChecks is how many earlier articles of a bucket (the articles
// that share a band key) each article is compared with: the ones just
// before it in node order. It is newstext.Index's bound (maxBucketChecks
// in dedupe.go), and with it the pipeline finds exactly the clusters an
// Index finds when it adds the articles in node order: an Index compares
// a new document with the 16 newest of each of its buckets, skipping
// those already in its cluster, which changes no cluster.
const MaxBucketChecks = 16

// DefaultMaxGroup is the default of Options.MaxGroup.
const DefaultMaxGroup = 100_000

// DefaultPartitions is the default of Options.Partitions.
const DefaultPartitions = 256

// Records are packed.
//
// A band record, a signature and a candidate pair each go through a
// shuffle, but not as an element of their own: a runner's cost is per
// element as much as per byte (Prism holds about 3 KB for each element it
// has in flight; Dataflow's shuffle has a per-element overhead too), and
// a document has 48 band records. So records travel packed, many to an
// element, keyed by a partition (one of Options.Partitions) of their key:
// a band record by its band key, a signature by its article, a pair by
// the article it goes to. Each worker groups one partition's records in
// memory, which is what a GroupByKey does, on 1/Partitions of the
// corpus's records.

const (
	bandRecord = 16                                                     // key, node
	sigSize    = 4 + 4*(newstext.WholeBins+newstext.LeadBins)           // words, bins
	sigRecord  = 8 + sigSize                                            // node, signature
	pairRecord = 16                                                     // lo, hi
	toHiRecord = 16 + sigSize                                           // hi, lo, lo's signature
	flushAt    = 1 << 20                                                // bytes of a packed element
	mixMul     = 0x9e3779b97f4a7c15                                     // spreads nodes over partitions
	_          = sigSize + bandRecord + sigRecord + pairRecord + mixMul // (all used)
)

// partition returns the partition of a key among n: the high bits of its
// product with n. Band keys are hashes already; nodes are mixed first.
func partition(key uint64, n int) int {
	hi, _ := bits.Mul64(key, uint64(n))
	return int(hi)
}

func nodePartition(node int64, n int) int {
	return partition(uint64(node)*mixMul, n)
}

// packer packs records by partition and emits an element when one
// partition's bytes reach flushAt, and all of them at the end.
type packer struct {
	bufs map[int][]byte
	emit func(int, []byte)
}

func newPacker(emit func(int, []byte)) *packer {
	return &packer{bufs: map[int][]byte{}, emit: emit}
}

func (p *packer) add(part int, rec ...[]byte) {
	b := p.bufs[part]
	for _, r := range rec {
		b = append(b, r...)
	}
	if len(b) >= flushAt {
		p.emit(part, b)
		b = nil
	}
	p.bufs[part] = b
}

func (p *packer) flush() {
	for part, b := range p.bufs {
		if len(b) > 0 {
			p.emit(part, b)
		}
	}
	clear(p.bufs)
}

// appendSig appends a signature: its word count and bins, little-endian
// uint32s (sigSize bytes).
func appendSig(b []byte, s *newstext.Signature) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(min(s.Words, 1<<32-1)))
	for _, v := range s.Whole {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	for _, v := range s.Lead {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// decodeSig undoes appendSig.
func decodeSig(b []byte, s *newstext.Signature) {
	s.Words = int(binary.LittleEndian.Uint32(b))
	b = b[4:]
	for i := range s.Whole {
		s.Whole[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	b = b[4*newstext.WholeBins:]
	for i := range s.Lead {
		s.Lead[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
}

func u64(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

// each calls fn with each record of size n of the packed elements.
func each(elems func(*[]byte) bool, n int, fn func([]byte)) error {
	var b []byte
	for elems(&b) {
		if len(b)%n != 0 {
			return fmt.Errorf("newstext: a packed element of %d bytes, not a multiple of %d", len(b), n)
		}
		for ; len(b) > 0; b = b[n:] {
			fn(b[:n])
		}
	}
	return nil
}

var (
	groupsCapped = beam.NewCounter(metricsNamespace, "groups_capped")
	candidates   = beam.NewCounter(metricsNamespace, "candidate_pairs")
	pairsFound   = beam.NewCounter(metricsNamespace, "pairs")
)

// candidatesFn takes the band records of one partition, groups them by
// key into buckets, and pairs each article of a bucket with the
// MaxBucketChecks articles before it: the comparisons an Index makes. A
// bucket of more than MaxGroup articles (a band key shared by
// boilerplate) keeps its MaxGroup first ones. The pairs, each once, go
// packed to the partition of their smaller article.
type candidatesFn struct {
	MaxGroup   int `json:"max_group"`
	Partitions int `json:"partitions"`
}

func (fn *candidatesFn) ProcessElement(ctx context.Context, _ int, elems func(*[]byte) bool, emit func(int, []byte)) error {
	type rec struct {
		key  uint64
		node int64
	}
	var recs []rec
	err := each(elems, bandRecord, func(b []byte) {
		recs = append(recs, rec{u64(b), int64(u64(b[8:]))})
	})
	if err != nil {
		return err
	}
	slices.SortFunc(recs, func(a, b rec) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.node, b.node)
	})
	seen := map[[2]int64]bool{}
	var out []byte
	p := newPacker(emit)
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].key == recs[i].key {
			j++
		}
		bucket := recs[i:j]
		i = j
		if len(bucket) > fn.MaxGroup {
			groupsCapped.Inc(ctx, 1)
			bucket = bucket[:fn.MaxGroup]
		}
		for k, hi := range bucket {
			for _, lo := range bucket[max(0, k-MaxBucketChecks):k] {
				pair := [2]int64{lo.node, hi.node}
				if lo.node == hi.node || seen[pair] {
					continue
				}
				seen[pair] = true
				out = binary.LittleEndian.AppendUint64(out[:0], uint64(lo.node))
				out = binary.LittleEndian.AppendUint64(out, uint64(hi.node))
				p.add(nodePartition(lo.node, fn.Partitions), out)
			}
		}
	}
	p.flush()
	return nil
}

// sigMap reads one partition's packed signatures into a map by node.
func sigMap(elems func(*[]byte) bool) (map[int64][]byte, error) {
	m := map[int64][]byte{}
	err := each(elems, sigRecord, func(b []byte) { m[int64(u64(b))] = b[8:] })
	return m, err
}

// withLowSigFn joins the candidate pairs of the articles of one partition,
// as the smaller node of their pairs, with their signatures, and sends
// each pair once, with the smaller article's signature, to the partition
// of the larger.
type withLowSigFn struct {
	Partitions int `json:"partitions"`
}

func (fn *withLowSigFn) ProcessElement(ctx context.Context, _ int, sigs func(*[]byte) bool, pairs func(*[]byte) bool, emit func(int, []byte)) error {
	m, err := sigMap(sigs)
	if err != nil {
		return err
	}
	seen := map[[2]int64]bool{}
	p := newPacker(emit)
	var missing error
	err = each(pairs, pairRecord, func(b []byte) {
		pair := [2]int64{int64(u64(b)), int64(u64(b[8:]))}
		if seen[pair] {
			return
		}
		seen[pair] = true
		sig, ok := m[pair[0]]
		if !ok {
			missing = fmt.Errorf("newstext: article %s has candidates but no signature", nodeString(pair[0]))
			return
		}
		candidates.Inc(ctx, 1)
		p.add(nodePartition(pair[1], fn.Partitions), b[8:16], b[:8], sig)
	})
	p.flush()
	if err == nil {
		err = missing
	}
	return err
}

// compareFn compares the articles of one partition, as the larger node
// of their pairs, with the smaller ones, and emits the pairs whose
// similarity reaches the threshold, smaller node first.
type compareFn struct {
	Threshold float64 `json:"threshold"`
}

func (fn *compareFn) ProcessElement(ctx context.Context, _ int, sigs func(*[]byte) bool, toHi func(*[]byte) bool, emit func(int64, int64)) error {
	m, err := sigMap(sigs)
	if err != nil {
		return err
	}
	var a, b newstext.Signature
	var missing error
	err = each(toHi, toHiRecord, func(r []byte) {
		hi, lo := int64(u64(r)), int64(u64(r[8:]))
		sig, ok := m[hi]
		if !ok {
			missing = fmt.Errorf("newstext: article %s has candidates but no signature", nodeString(hi))
			return
		}
		decodeSig(sig, &a)
		decodeSig(r[16:], &b)
		if a.Similarity(&b) >= fn.Threshold {
			pairsFound.Inc(ctx, 1)
			emit(lo, hi)
		}
	})
	if err == nil {
		err = missing
	}
	return err
}

// similarPairs returns the pairs of articles whose similarity reaches
// threshold among the candidates, smaller node first: group the band
// records by key, pair each article with the ones before it in its
// bucket, then bring both signatures of each pair together by two joins
// (each signature travels once per join, not once per band key).
func similarPairs(s beam.Scope, sigs, bands beam.PCollection, o *Options) beam.PCollection {
	s = s.Scope("SimilarPairs")
	cands := beam.ParDo(s, &candidatesFn{MaxGroup: o.MaxGroup, Partitions: o.Partitions}, beam.GroupByKey(s, bands))
	toHi := beam.ParDo(s, &withLowSigFn{Partitions: o.Partitions}, beam.CoGroupByKey(s, sigs, cands))
	return beam.ParDo(s, &compareFn{Threshold: o.Threshold}, beam.CoGroupByKey(s, sigs, toHi))
}
