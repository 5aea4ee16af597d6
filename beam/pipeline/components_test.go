package pipeline

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
)

// stars runs rounds of large-star and small-star on edges in memory, as
// the pipeline does, and returns the edges and whether they are stars.
func stars(edges [][2]int64, rounds int) ([][2]int64, bool) {
	step := func(edges [][2]int64, key func(u, v int64, emit func(int64, int64)), reduce func(int64, []int64, func(int64, int64))) [][2]int64 {
		adj := map[int64][]int64{}
		for _, e := range edges {
			key(e[0], e[1], func(u, v int64) { adj[u] = append(adj[u], v) })
		}
		var out [][2]int64
		for u, vs := range adj {
			slices.Sort(vs)
			reduce(u, slices.Compact(vs), func(a, b int64) { out = append(out, [2]int64{a, b}) })
		}
		return out
	}
	for range rounds {
		edges = step(edges, bothWays, largeStar)
		edges = step(edges, largerFirst, smallStar)
	}
	centre := map[int64]int64{}
	isCentre := map[int64]bool{}
	for _, e := range edges {
		hi, lo := max(e[0], e[1]), min(e[0], e[1])
		if c, ok := centre[hi]; ok && c != lo {
			return edges, false
		}
		centre[hi] = lo
		isCentre[lo] = true
	}
	for x := range centre {
		if isCentre[x] {
			return edges, false
		}
	}
	return edges, true
}

// TestRoundsNeeded: how many rounds the components need on the shapes
// that are hardest for them, with nodes numbered at random: a path (a
// chain of edits, each copy made from the one before), a star, a clique
// and random sparse graphs. DefaultRounds must cover a path of 10,000
// (10 rounds; one of 100,000 takes 13)
// articles.
func TestRoundsNeeded(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	shapes := map[string]func(n int) [][2]int64{
		"path": func(n int) (e [][2]int64) {
			for i := 1; i < n; i++ {
				e = append(e, [2]int64{int64(i - 1), int64(i)})
			}
			return
		},
		"star": func(n int) (e [][2]int64) {
			for i := 1; i < n; i++ {
				e = append(e, [2]int64{0, int64(i)})
			}
			return
		},
		"random": func(n int) (e [][2]int64) {
			for range 2 * n {
				e = append(e, [2]int64{int64(r.IntN(n)), int64(r.IntN(n))})
			}
			return
		},
	}
	for _, name := range []string{"path", "star", "random"} {
		for _, n := range []int{10, 1000, 10000} {
			t.Run(fmt.Sprintf("%s-%d", name, n), func(t *testing.T) {
				perm := r.Perm(n)
				var edges [][2]int64
				for _, e := range shapes[name](n) {
					if e[0] != e[1] {
						edges = append(edges, [2]int64{int64(perm[e[0]]), int64(perm[e[1]])})
					}
				}
				need := 0
				for ; need <= 4*DefaultRounds; need++ {
					if _, ok := stars(edges, need); ok {
						break
					}
				}
				t.Logf("%d rounds", need)
				if need > DefaultRounds {
					t.Errorf("%d rounds needed, DefaultRounds is %d", need, DefaultRounds)
				}
			})
		}
	}
}

// TestComponentsTooFewRounds: a run whose clusters have not settled fails
// and says so, rather than writing wrong clusters; with enough rounds
// every node of a path is labelled with its smallest node.
func TestComponentsTooFewRounds(t *testing.T) {
	perm := rand.New(rand.NewPCG(3, 4)).Perm(200)
	var pairs []testEdge
	for i := 1; i < len(perm); i++ {
		pairs = append(pairs, testEdge{int64(perm[i-1]), int64(perm[i])})
	}
	build := func(rounds int) (*beam.Pipeline, beam.Scope, beam.PCollection) {
		p, s := beam.NewPipelineWithRoot()
		col := beam.ParDo(s, splitTestEdge, beam.CreateList(s, pairs))
		return p, s, components(s, col, rounds)
	}
	p, _, _ := build(1)
	if _, err := prism.Execute(context.Background(), p); err == nil {
		t.Errorf("1 round on a path of 200: no error")
	} else if msg := err.Error(); !strings.Contains(msg, "did not settle in 1 rounds") {
		t.Errorf("1 round on a path of 200: %.300s", msg)
	}
	p, s, labels := build(DefaultRounds)
	want := make([]any, 200)
	for i := range want {
		want[i] = int64(0)
	}
	passert.Equals(s, beam.DropKey(s, labels), want...)
	if _, err := prism.Execute(context.Background(), p); err != nil {
		t.Errorf("%.300s", err)
	}
}

type testEdge struct{ A, B int64 }

func splitTestEdge(e testEdge) (int64, int64) { return e.A, e.B }

func init() {
	register.Function1x2[testEdge, int64, int64](splitTestEdge)
	beam.RegisterType(reflect.TypeFor[testEdge]())
}
