package main

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadability builds the set from a checkout of three pages: one whose
// gold is readability's HTML, one with a plain-text gold, one with none.
func TestReadability(t *testing.T) {
	src, out := t.TempDir(), t.TempDir()
	files := map[string]string{
		"readability/input/a.html":       "<html><body><p>A page.</p></body></html>",
		"readability/GoldStandard/a.txt": "<div id=\"readability-page-1\">\n  <p>First &amp; best.</p><p>Second<br>line.</p>\n</div>",
		"readability/input/b.html":       "<html><body><p>Plain.</p></body></html>",
		"readability/GoldStandard/b.txt": "Plain text, 3 < 4.",
		"readability/input/c.html":       "<html></html>",
		"readability/GoldStandard/c.txt": "  \n",
	}
	for name, data := range files {
		path := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout strings.Builder
	if err := runReadability([]string{"-src", src, "-out", out}, &stdout); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(stdout.String()); got != "2 pages written to "+out {
		t.Errorf("stdout %q", got)
	}
	b, err := os.ReadFile(filepath.Join(out, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct{ ArticleBody string }
	if err := json.Unmarshal(b, &truth); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"a": "\n  First & best.\nSecond\nline.\n\n\n", // </p>, the source's new line, </div>
		"b": "Plain text, 3 < 4.",
	}
	if len(truth) != len(want) {
		t.Errorf("pages %v, want a and b", truth)
	}
	for id, text := range want {
		if truth[id].ArticleBody != text {
			t.Errorf("%s: gold %q, want %q", id, truth[id].ArticleBody, text)
		}
	}
	f, err := os.Open(filepath.Join(out, "html", "a.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	page, err := io.ReadAll(z)
	if err != nil || string(page) != files["readability/input/a.html"] {
		t.Errorf("a.html.gz holds %q (%v)", page, err)
	}
	if _, err := os.Stat(filepath.Join(out, "html", "c.html.gz")); !os.IsNotExist(err) {
		t.Errorf("c, a page without gold, was written (%v)", err)
	}
}
