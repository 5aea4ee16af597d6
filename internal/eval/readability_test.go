package main

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"os/exec"
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
		"readability/input/d.html":       "<html><body><table><tr><td>One</td></tr></table></body></html>",
		"readability/GoldStandard/d.txt": "<div><table><tr><td>One</td><td>two</td></tr></table><pre>x</pre><p>End.</p></div>",
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
	if got := strings.TrimSpace(stdout.String()); got != "3 pages written to "+out+"; 1 without gold skipped" {
		t.Errorf("stdout %q", got)
	}
	checkReadabilitySet(t, out, files)

	// The same pages read from a git copy, as a bare clone holds them.
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git: the bare-copy path is not tested")
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "pages"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = src
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v: %s", args, err, b)
		}
	}
	fromGit := t.TempDir()
	if err := runReadability([]string{"-src", filepath.Join(src, ".git"), "-out", fromGit}, io.Discard); err != nil {
		t.Fatal(err)
	}
	checkReadabilitySet(t, fromGit, files)
	if err := runReadability([]string{"-src", t.TempDir(), "-out", t.TempDir()}, io.Discard); err == nil || !strings.Contains(err.Error(), "neither a checkout") {
		t.Errorf("an empty folder as -src: error %v", err)
	}
}

// checkReadabilitySet checks the set built in out from files.
func checkReadabilitySet(t *testing.T, out string, files map[string]string) {
	t.Helper()
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
		"d": "One\ntwo\n\n\nx\nEnd.\n\n", // cells, the row, the table, </pre>, </p>, </div>
	}
	if len(truth) != len(want) {
		t.Errorf("pages %v, want a, b and d", truth)
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
