package pipeline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ReadClusters reads the clusters a run wrote to the local folder dir,
// each as its articles' ids in node order, sorted by their first id (as
// [Sorted] sorts newstext.Index.Clusters, so that the two compare).
func ReadClusters(dir string) ([][]string, error) {
	var cs []Cluster
	err := readLines(filepath.Join(dir, "clusters-*.jsonl"), func(line []byte) error {
		var c Cluster
		if err := json.Unmarshal(line, &c); err != nil {
			return err
		}
		cs = append(cs, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(cs, func(a, b Cluster) int { return strings.Compare(a.ID, b.ID) })
	out := make([][]string, len(cs))
	for i, c := range cs {
		out[i] = c.Documents
	}
	return out, nil
}

// readLines calls fn with each line of the files that match pattern.
func readLines(pattern string, fn func([]byte) error) error {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("newstext: no file matches %s", pattern)
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<30)
		for sc.Scan() {
			if err := fn(sc.Bytes()); err != nil {
				f.Close()
				return fmt.Errorf("newstext: %s: %w", p, err)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return fmt.Errorf("newstext: %s: %w", p, err)
		}
	}
	return nil
}

// Sorted returns clusters sorted by their first id, each cluster's order
// kept.
func Sorted(clusters [][]string) [][]string {
	out := slices.Clone(clusters)
	slices.SortStableFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// PairScore compares the same-story pairs of got with those of want
// (pairs of ids in one cluster): precision, recall and F1, 1 when both
// have none.
type PairScore struct {
	Want, Got, Same   int
	Precision, Recall float64
	F1                float64
}

// ScorePairs returns the PairScore of got against want.
func ScorePairs(want, got [][]string) PairScore {
	w, g := pairs(want), pairs(got)
	s := PairScore{Want: len(w), Got: len(g)}
	for p := range g {
		if w[p] {
			s.Same++
		}
	}
	s.Precision, s.Recall = 1, 1
	if s.Got > 0 {
		s.Precision = float64(s.Same) / float64(s.Got)
	}
	if s.Want > 0 {
		s.Recall = float64(s.Same) / float64(s.Want)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// pairs returns the unordered pairs of ids that share a cluster.
func pairs(clusters [][]string) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, c := range clusters {
		for i, a := range c {
			for _, b := range c[i+1:] {
				x, y := a, b
				if y < x {
					x, y = y, x
				}
				out[[2]string{x, y}] = true
			}
		}
	}
	return out
}

// String prints the score on one line.
func (s PairScore) String() string {
	return fmt.Sprintf("pairs %d (want %d), same %d: precision %.3f, recall %.3f, F1 %.3f", s.Got, s.Want, s.Same, s.Precision, s.Recall, s.F1)
}

// ReadGold reads the clusters of an annotation file, a JSON object with
// "clusters": [[id, ...], ...] (shared/eval/dedupe's corpus-gold.json),
// leaving out those of one document.
func ReadGold(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g struct{ Clusters [][]string }
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("newstext: %s: %w", path, err)
	}
	var out [][]string
	for _, c := range g.Clusters {
		if len(c) > 1 {
			out = append(out, c)
		}
	}
	return out, nil
}
