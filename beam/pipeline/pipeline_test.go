package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
)

// TestMain initialises Beam (flags, and the worker side of the loopback
// environment in which Prism runs the pipeline in this process).
func TestMain(m *testing.M) { ptest.Main(m) }

// run runs the pipeline on the Prism runner, in this process, and
// returns the clusters it wrote, in the order of their first article,
// and its counters.
func run(t *testing.T, o Options) ([][]string, map[string]int64) {
	t.Helper()
	if o.Output == "" {
		o.Output = t.TempDir()
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		t.Fatalf("running the pipeline: %v", err)
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == metricsNamespace {
			counts[c.Key.Name] += c.Result()
		}
	}
	clusters, err := ReadClusters(o.Output)
	if err != nil {
		t.Fatal(err)
	}
	return clusters, counts
}

// TestBundledCorpus runs the pipeline on the repository's near-duplicate
// fixtures (testdata/dedupe: a copy cut to its top paragraphs, a digest
// that quotes a story's top, stories that share a long house footer) and
// checks its clusters against an Index's and against groups.want, which
// comes from the evaluation set's annotation.
func TestBundledCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "dedupe")
	inputs, err := Inputs(context.Background(), []string{filepath.Join(dir, "*.txt")})
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	groups := Sorted(readGroups(t, filepath.Join(dir, "groups.want")))
	for _, tc := range []struct {
		name   string
		single bool
		// extra is what the clusters add to groups.want: with stories
		// compared, the digest's first story joins the story it quotes
		// (as newstext dupes finds).
		extra map[string]string
	}{
		{"stories", false, map[string]string{"doc0063": "doc0044.txt#1"}},
		{"single", true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ro := ReadOptions{Single: tc.single, NoEntities: true, NoQuotes: true}
			want, _, err := Reference(inputs, ro, 0.55)
			if err != nil {
				t.Fatal(err)
			}
			got, counts := run(t, Options{Inputs: inputs, Shards: 2, Read: ro})
			t.Logf("counters: %v", counts)
			if diff := cmp.Diff(Sorted(want), got); diff != "" {
				t.Errorf("clusters: Index (-) and the pipeline (+):\n%s", diff)
			}
			// The ids are file paths: name the groups by their stems.
			var stems [][]string
			for _, c := range got {
				var g []string
				for _, id := range c {
					g = append(g, strings.TrimSuffix(filepath.Base(id), ".txt"))
				}
				stems = append(stems, g)
			}
			want = nil
			for _, g := range groups {
				if x, ok := tc.extra[g[0]]; ok {
					g = append([]string{x}, g...)
				}
				want = append(want, g)
			}
			if diff := cmp.Diff(Sorted(want), Sorted(stems)); diff != "" {
				t.Errorf("clusters (-groups.want +pipeline):\n%s", diff)
			}
		})
	}
}

// TestDevCorpus runs the pipeline on the evaluation set's near-duplicate
// corpus, ../shared/eval/dedupe/dev/corpus.jsonl beside the repository
// (not in it: the test is skipped where it is absent, as in CI), each
// record one story, and checks its clusters against an Index's and the
// set's annotation (F1 1.000 for the Index).
//
//	go test -run TestDevCorpus -v ./pipeline
func TestDevCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dedupe", "dev")
	corpus := filepath.Join(dir, "corpus.jsonl")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no dev corpus: %v", err)
	}
	ro := ReadOptions{Single: true, NoEntities: true, NoQuotes: true}
	want, _, err := Reference([]string{corpus}, ro, 0.55)
	if err != nil {
		t.Fatal(err)
	}
	got, counts := run(t, Options{Inputs: []string{corpus}, Shards: 2, Read: ro})
	t.Logf("counters: %v", counts)
	if diff := cmp.Diff(Sorted(want), got); diff != "" {
		t.Errorf("clusters: Index (-) and the pipeline (+):\n%s", diff)
	}
	gold, err := ReadGold(filepath.Join(dir, "corpus-gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	same := ScorePairs(want, got)
	score := ScorePairs(gold, got)
	t.Logf("against Index: %v", same)
	t.Logf("against the annotation: %v", score)
	if same.F1 != 1 {
		t.Errorf("pipeline and Index differ: %v", same)
	}
	if indexScore := ScorePairs(gold, want); score.F1 < indexScore.F1 {
		t.Errorf("F1 %.3f, under the Index's %.3f", score.F1, indexScore.F1)
	}
}

// readGroups reads one group a line, ids separated by spaces; lines
// starting with # are comments.
func readGroups(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for line := range strings.Lines(string(data)) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Fields(line))
		}
	}
	return out
}
