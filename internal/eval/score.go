package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// writePred writes a prediction file: b to path or, when path is empty,
// to a new temporary file named after pattern, which cleanup removes. It
// returns the path written.
func writePred(path, pattern string, b []byte) (written string, cleanup func(), err error) {
	cleanup = func() {}
	if path == "" {
		tmp, err := os.CreateTemp("", pattern)
		if err != nil {
			return "", nil, err
		}
		tmp.Close()
		path = tmp.Name()
		cleanup = func() { os.Remove(path) }
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		cleanup()
		return "", nil, err
	}
	return path, cleanup, nil
}

// runScorer runs DIR/score.py with args, its output going to stdout.
func runScorer(stdout io.Writer, dir string, args ...string) error {
	cmd := exec.Command("python3", append([]string{filepath.Join(dir, "score.py")}, args...)...)
	cmd.Stdout, cmd.Stderr = stdout, stdout
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("score.py: %w", err)
	}
	return nil
}

// eachJSONLine decodes each line of the JSON Lines file at path into a
// new T and calls fn with it.
func eachJSONLine[T any](path string, fn func(T) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	return sc.Err()
}

// The entities and names sets are split once and for all, before any work
// on them: in file order, every third item (document, group, pair or
// context: the third, the sixth, ...) is the check part, whose errors are
// never read; the rest is the fit part. Both are reported.
const (
	partFit   = "fit"
	partCheck = "check"
	partAll   = "all"
)

// inPart reports whether the i-th document (0-based, in sorted order) is
// in part.
func inPart(i int, part string) bool {
	check := i%3 == 2
	switch part {
	case partFit:
		return !check
	case partCheck:
		return check
	}
	return true
}

// partFlag defines -part on fs: which of the items (what) to score.
func partFlag(fs *flag.FlagSet, what string) *string {
	return fs.String("part", partAll, what+" to score: fit (two in three, whose errors may be read), check (every third) or all")
}

// checkPart returns an error for a -part value that is not a part.
func checkPart(part string) error {
	if part != partFit && part != partCheck && part != partAll {
		return fmt.Errorf("-part %q: want fit, check or all", part)
	}
	return nil
}
