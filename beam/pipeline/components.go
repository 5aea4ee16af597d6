package pipeline

import (
	"context"
	"fmt"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Connected components, distributed.
//
// The pairs found are the edges of a graph over the articles; its
// connected components are the clusters (single link, as in
// newstext.Index). They are found by alternating the two steps of
// Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC
// 2014), each one GroupByKey over the edges, with no step that collects
// the graph on one machine:
//
//   - large-star: each node u, with its neighbours Γ(u) and m the
//     smallest of Γ(u) ∪ {u}, links each neighbour larger than u to m;
//   - small-star: each node u, with N the neighbours smaller than u and m
//     the smallest of N ∪ {u}, links each of N ∪ {u} to m.
//
// Neither step changes which nodes are connected, and alternating them
// turns every component into a star whose centre is its smallest node,
// in O(log² n) rounds (a few in practice: a component of news copies is
// a clique or a chain of edits). A Beam pipeline is a fixed graph, so the
// rounds are unrolled (Options.Rounds), and a last step checks that the
// edges are stars: every leaf has one centre and no centre is a leaf. If
// they are not, the run fails and says to raise Options.Rounds: it does
// not write wrong clusters.

// DefaultRounds is the default of Options.Rounds: each is a large-star
// and a small-star step.
const DefaultRounds = 16

// bothWays emits an edge in both directions.
func bothWays(u, v int64, emit func(int64, int64)) {
	emit(u, v)
	emit(v, u)
}

// largerFirst emits an edge keyed by its larger node.
func largerFirst(u, v int64, emit func(int64, int64)) {
	if u < v {
		u, v = v, u
	}
	emit(u, v)
}

// neighbours returns the distinct nodes of an iterator, sorted.
func neighbours(vs func(*int64) bool) []int64 {
	var out []int64
	var v int64
	for vs(&v) {
		out = append(out, v)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// largeStar is the reduce of a large-star step (keyed by each end of every
// edge).
func largeStar(u int64, nbrs []int64, emit func(int64, int64)) {
	m := min(u, nbrs[0])
	for _, v := range nbrs {
		if v > u {
			emit(v, m)
		}
	}
}

// smallStar is the reduce of a small-star step (keyed by the larger end of
// every edge, so nbrs are all smaller than u).
func smallStar(u int64, nbrs []int64, emit func(int64, int64)) {
	m := nbrs[0]
	for _, v := range nbrs[1:] {
		emit(v, m)
	}
	emit(u, m)
}

func largeStarFn(u int64, vs func(*int64) bool, emit func(int64, int64)) {
	largeStar(u, neighbours(vs), emit)
}

func smallStarFn(u int64, vs func(*int64) bool, emit func(int64, int64)) {
	smallStar(u, neighbours(vs), emit)
}

// starCheckFn checks that the edges are stars once the rounds are done,
// and labels every node that has an edge with its component's smallest
// node: a leaf with its centre, a centre with itself. leaf holds the
// edges keyed by their larger node (a leaf), centre by their smaller.
type starCheckFn struct {
	Rounds int `json:"rounds"`
}

func (fn *starCheckFn) ProcessElement(_ context.Context, x int64, asLeaf func(*int64) bool, asCentre func(*int64) bool, emit func(int64, int64)) error {
	centres := neighbours(asLeaf)
	var y int64
	isCentre := asCentre(&y)
	for asCentre(&y) {
	}
	switch {
	case len(centres) > 1 || len(centres) == 1 && isCentre:
		return fmt.Errorf("newstext: the clusters did not settle in %d rounds of label propagation (article %s is linked to %d smaller articles and centres %v): run again with more rounds", fn.Rounds, nodeString(x), len(centres), isCentre)
	case len(centres) == 1:
		emit(x, centres[0])
	case isCentre:
		emit(x, x)
	}
	return nil
}

// components returns the label of every node that has an edge: the
// smallest node of its connected component.
func components(s beam.Scope, edges beam.PCollection, rounds int) beam.PCollection {
	s = s.Scope("ConnectedComponents")
	for r := range rounds {
		rs := s.Scope(fmt.Sprintf("Round%d", r+1))
		edges = beam.ParDo(rs, largeStarFn, beam.GroupByKey(rs, beam.ParDo(rs, bothWays, edges)))
		edges = beam.ParDo(rs, smallStarFn, beam.GroupByKey(rs, beam.ParDo(rs, largerFirst, edges)))
	}
	byLeaf := beam.ParDo(s, largerFirst, edges)
	byCentre := beam.SwapKV(s, byLeaf)
	return beam.ParDo(s, &starCheckFn{Rounds: rounds}, beam.CoGroupByKey(s, byLeaf, byCentre))
}
