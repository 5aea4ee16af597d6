package pipeline

import (
	"container/heap"
	"context"
	"encoding/binary"
	"fmt"
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

// encodeSig returns a signature as bytes: its word count (a uvarint) and
// its bins (little-endian uint32s), 1,283 bytes for most documents.
func encodeSig(s *newstext.Signature) []byte {
	b := binary.AppendUvarint(make([]byte, 0, 4*(newstext.WholeBins+newstext.LeadBins)+binary.MaxVarintLen64), uint64(s.Words))
	for _, v := range s.Whole {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	for _, v := range s.Lead {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// decodeSig undoes encodeSig.
func decodeSig(b []byte, s *newstext.Signature) error {
	w, k := binary.Uvarint(b)
	if k <= 0 || len(b)-k != 4*(newstext.WholeBins+newstext.LeadBins) {
		return fmt.Errorf("newstext: a signature of %d bytes", len(b))
	}
	s.Words = int(w)
	b = b[k:]
	for i := range s.Whole {
		s.Whole[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	b = b[4*newstext.WholeBins:]
	for i := range s.Lead {
		s.Lead[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}

var (
	groupsCapped = beam.NewCounter(metricsNamespace, "groups_capped")
	candidates   = beam.NewCounter(metricsNamespace, "candidate_pairs")
	pairsFound   = beam.NewCounter(metricsNamespace, "pairs")
)

// candidatesFn takes the articles of one bucket and emits each article
// (as the larger node) with each of the MaxBucketChecks articles before
// it: the comparisons an Index makes. A bucket of more than MaxGroup
// articles (a band key shared by boilerplate) keeps its MaxGroup first
// ones, so that a worker holds at most MaxGroup nodes of it.
type candidatesFn struct {
	MaxGroup int `json:"max_group"`
}

func (fn *candidatesFn) ProcessElement(ctx context.Context, _ int64, nodes func(*int64) bool, emit func(int64, int64)) {
	var group nodeHeap // a max-heap: the largest node is dropped first
	var n int64
	capped := false
	for nodes(&n) {
		heap.Push(&group, n)
		if len(group) > fn.MaxGroup {
			heap.Pop(&group)
			capped = true
		}
	}
	if capped {
		groupsCapped.Inc(ctx, 1)
	}
	if len(group) < 2 {
		return
	}
	slices.Sort(group)
	for i, hi := range group {
		for _, lo := range group[max(0, i-MaxBucketChecks):i] {
			emit(lo, hi)
		}
	}
}

// nodeHeap is a max-heap of nodes.
type nodeHeap []int64

func (h nodeHeap) Len() int           { return len(h) }
func (h nodeHeap) Less(i, j int) bool { return h[i] > h[j] }
func (h nodeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)        { *h = append(*h, x.(int64)) }
func (h *nodeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// withLowSigFn joins the candidate pairs of an article that is their
// smaller node with its signature, and sends the signature on to each
// larger node, once per pair however many buckets the pair shares.
func withLowSigFn(ctx context.Context, lo int64, sigs func(*[]byte) bool, his func(*int64) bool, emit func(int64, []byte)) error {
	var sig []byte
	for sigs(&sig) {
	}
	var seen []int64
	var hi int64
	for his(&hi) {
		seen = append(seen, hi)
	}
	if len(seen) == 0 {
		return nil
	}
	if sig == nil {
		return fmt.Errorf("newstext: article %s has candidates but no signature", nodeString(lo))
	}
	slices.Sort(seen)
	seen = slices.Compact(seen)
	candidates.Inc(ctx, int64(len(seen)))
	for _, hi := range seen {
		emit(hi, binary.LittleEndian.AppendUint64(slices.Clip(sig), uint64(lo)))
	}
	return nil
}

// compareFn compares an article, the larger node of its candidate pairs,
// with each of the smaller ones, and emits the pairs whose similarity
// reaches the threshold, smaller node first.
type compareFn struct {
	Threshold float64 `json:"threshold"`
}

func (fn *compareFn) ProcessElement(ctx context.Context, hi int64, sigs func(*[]byte) bool, los func(*[]byte) bool, emit func(int64, int64)) error {
	var b []byte
	for sigs(&b) {
	}
	var sig, other newstext.Signature
	if b == nil {
		// Only the candidates of articles with no signature could get
		// here, and there are none.
		for los(&b) {
			return fmt.Errorf("newstext: article %s has candidates but no signature", nodeString(hi))
		}
		return nil
	}
	if err := decodeSig(b, &sig); err != nil {
		return err
	}
	for los(&b) {
		lo := int64(binary.LittleEndian.Uint64(b[len(b)-8:]))
		if err := decodeSig(b[:len(b)-8], &other); err != nil {
			return err
		}
		if sig.Similarity(&other) >= fn.Threshold {
			pairsFound.Inc(ctx, 1)
			emit(lo, hi)
		}
	}
	return nil
}

// similarPairs returns the pairs of articles whose similarity reaches
// threshold among the candidates, smaller node first: group the band
// records by key, pair each article with the ones before it in its
// bucket, then bring both signatures of each pair together by two joins
// (each signature travels once per join, not once per band key).
func similarPairs(s beam.Scope, sigs, bands beam.PCollection, threshold float64, maxGroup int) beam.PCollection {
	s = s.Scope("SimilarPairs")
	cands := beam.ParDo(s, &candidatesFn{MaxGroup: maxGroup}, beam.GroupByKey(s, bands))
	withLo := beam.ParDo(s, withLowSigFn, beam.CoGroupByKey(s, sigs, cands))
	return beam.ParDo(s, &compareFn{Threshold: threshold}, beam.CoGroupByKey(s, sigs, withLo))
}
