package main

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSafeExtractRecovers(t *testing.T) {
	c := contender{name: "boom", extract: func(*page, bool) (string, error) { panic("bad page") }}
	text, err := safeExtract(c, &page{id: "x"}, false)
	if err == nil || !strings.Contains(err.Error(), "bad page") || text != "" {
		t.Fatalf("safeExtract = %q, %v; want \"\" and the panic as an error", text, err)
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestRun runs the harness end to end on a two-page set made here, with
// the peers that need no network and no lead's extractor, and checks the
// predictions file.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	pages := map[string]string{
		"a": `<html><body><nav><a href="/">Home</a></nav><h1>A headline over it</h1><p>The first paragraph of the story is here.</p><figure><img src="x.jpg"><figcaption>A caption under the picture.</figcaption></figure><p>And a second one follows it.</p></body></html>`,
		"b": `<html><body><div>No paragraph element at all on this page.</div></body></html>`,
	}
	truth := map[string]map[string]string{}
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	for id, h := range pages {
		f, err := os.Create(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(f)
		zw.Write([]byte(h))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		truth[id] = map[string]string{"articleBody": "The first paragraph of the story is here.", "url": "https://example.com/" + id}
	}
	b, _ := json.Marshal(truth)
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}

	pred := filepath.Join(dir, "pred")
	if err := run(options{data: dir, rounds: 1, predDir: pred, only: "p-baseline,go-readability,newstext"}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(pred, "p-baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]struct{ ArticleBody string }
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := "The first paragraph of the story is here.\n\nAnd a second one follows it."
	if len(got) != 2 || got["a"].ArticleBody != want || got["b"].ArticleBody != "" {
		t.Errorf("p-baseline predictions = %+v", got)
	}

	body := readPred(t, pred, "newstext")["a"]
	if body != want {
		t.Errorf("newstext, -text body: %q, want %q", body, want)
	}

	// -text whole: newstext's headline first and its caption last, the
	// baseline unchanged.
	if err := run(options{data: dir, rounds: 1, predDir: pred, only: "p-baseline,newstext", text: "whole"}); err != nil {
		t.Fatal(err)
	}
	if got, want := readPred(t, pred, "newstext")["a"], "A headline over it\n\n"+want+"\n\nA caption under the picture."; got != want {
		t.Errorf("newstext, -text whole: %q, want %q", got, want)
	}
	if got := readPred(t, pred, "p-baseline")["a"]; got != want {
		t.Errorf("p-baseline, -text whole: %q, want %q", got, want)
	}

	for _, o := range []options{
		{data: dir, rounds: 1, only: "nope"},
		{data: dir, rounds: 1, only: "p-baseline", strip: "nope"},
		{data: dir, rounds: 1, only: "p-baseline", text: "nope"},
	} {
		if err := run(o); err == nil {
			t.Errorf("run %+v succeeded", o)
		}
	}
	if err := run(options{data: dir, rounds: 1, only: "p-baseline", strip: "brs"}); err != nil {
		t.Errorf("run -strip brs: %v", err)
	}
}

// readPred reads the predictions run wrote to dir for the contender name.
func readPred(t *testing.T, dir, name string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]struct{ ArticleBody string }
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string, len(got))
	for id, p := range got {
		out[id] = p.ArticleBody
	}
	return out
}
