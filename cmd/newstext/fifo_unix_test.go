//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runWithin runs the command and fails the test if it does not finish
// within a minute (opening a named pipe with no writer blocks).
func runWithin(t *testing.T, stdin string, args ...string) invocation {
	t.Helper()
	done := make(chan invocation, 1)
	go func() { done <- runCmd(t, stdin, args...) }()
	select {
	case res := <-done:
		return res
	case <-time.After(time.Minute):
		t.Fatalf("newstext %q did not finish: blocked on an input?", args)
		return invocation{}
	}
}

// TestWalkIrregularFiles: a directory walk reads only regular files and
// symbolic links to them. A named pipe, or a link to a device, whose name
// ends .txt is reported on one line and in the output, without being
// opened, and the run goes on.
func TestWalkIrregularFiles(t *testing.T) {
	dir := t.TempDir()
	a, c := filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.txt")
	writeFile(t, a, storyA)
	writeFile(t, c, storyB)
	fifo := filepath.Join(dir, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	zero := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "d.txt") // a link to a regular file is read
	if err := os.Symlink("a.txt", link); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "e.txt")
	if err := os.Symlink("nowhere.txt", dangling); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "f.txt"), 0o755); err != nil { // a directory is walked, not read
		t.Fatal(err)
	}

	paths := []string{a, fifo, c, link, dangling, zero}
	want := map[string]string{
		a:        "",
		fifo:     "reading " + fifo + ": not a regular file (a named pipe)",
		c:        "",
		link:     "",
		dangling: "reading " + dangling + ": no such file or directory",
		zero:     "reading " + zero + ": not a regular file (a character device)",
	}
	for _, jobs := range []string{"1", "4"} {
		t.Run("j"+jobs, func(t *testing.T) {
			res := runWithin(t, "", "-o", "jsonl", "-j", jobs, dir)
			checkRun(t, res, paths, want)
			recs := decodeJSONL(t, res.stdout)
			wantArticles(t, recs[0], storyA)
			wantArticles(t, recs[2], storyB)
			wantArticles(t, recs[3], storyA)
		})
	}
	t.Run("dupes", func(t *testing.T) {
		res := runWithin(t, "", "dupes", dir)
		if res.code != 1 || strings.Count(res.stderr, "\n") != 3 || !strings.Contains(res.stderr, fifo) || !strings.Contains(res.stderr, zero) {
			t.Errorf("exit %d, stderr %q; want 1 and one line per bad input", res.code, res.stderr)
		}
	})
}

// TestNamedPipeArgument: a named pipe named on the command line is read,
// as far as one byte over -max-size.
func TestNamedPipeArgument(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	writeFile(t, small, storyA)
	for _, tt := range []struct {
		name    string
		content string
		err     bool
	}{
		{"under the limit", storyB, false},
		{"over the limit", strings.Repeat("Word ", 300<<10), true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fifo := filepath.Join(t.TempDir(), "pipe")
			if err := syscall.Mkfifo(fifo, 0o644); err != nil {
				t.Skipf("cannot make a named pipe: %v", err)
			}
			go func() {
				f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
				if err != nil {
					return
				}
				f.WriteString(tt.content) // fails once the reader has had enough
				f.Close()
			}()
			res := runWithin(t, "", "-o", "jsonl", "-max-size", "1MB", fifo, small)
			wantErr := ""
			if tt.err {
				wantErr = "reading " + fifo + ": larger than --max-size 1MiB"
			}
			checkRun(t, res, []string{fifo, small}, map[string]string{fifo: wantErr, small: ""})
			if !tt.err {
				wantArticles(t, decodeJSONL(t, res.stdout)[0], tt.content)
			}
		})
	}
}
