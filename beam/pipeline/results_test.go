package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPairs checks that every pair of a cluster is counted once, ordered,
// whatever order the cluster lists its ids in (a swap inside the loop once
// changed the outer id and lost {b,c} of [c a b]).
func TestPairs(t *testing.T) {
	got := pairs([][]string{{"c", "a", "b"}, {"x.jsonl:10", "x.jsonl:9"}})
	want := map[[2]string]bool{{"a", "c"}: true, {"b", "c"}: true, {"a", "b"}: true, {"x.jsonl:10", "x.jsonl:9"}: true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pairs (-want +got):\n%s", diff)
	}
}
