// Package golden holds the golden-file tests of the module: [Check]
// compares a rendering with its golden file or rewrites it under -update
// ([Update]), for the package's TestGolden and for the examples; [Run]
// runs an example program on the command lines in its testdata folder and
// checks what it prints, so that each example's own folder holds only the
// program a user copies, its fixtures and one short test.
//
// A case is testdata/NAME.args, the program's arguments one a line, with
// testdata/NAME.golden beside it. The test globs them, so a case dropped
// into the folder is run without touching any Go code. The golden holds
// what the program writes to standard output; then, when there is any,
// what it writes to standard error after a line "--- stderr", the error
// it returns after "--- error", and, for a program that writes files,
// each file it wrote after "--- file NAME". An argument "$OUT" stands for
// a fresh temporary folder, and the files are those written under it.
//
// Rewrite the goldens after a deliberate change with
//
//	go test ./examples/NAME -update
//
// and read git diff before committing.
package golden

import (
	"bytes"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Update is the -update flag of every test binary that imports golden:
// rewrite the .golden files from the current output.
var Update = flag.Bool("update", false, "rewrite the .golden files from the current output")

// Run is the golden test of an example: it runs run on each case of
// testdata and compares what it prints with the case's golden file.
func Run(t *testing.T, run func(stdout, stderr io.Writer, args []string) error) {
	t.Helper()
	cases, err := filepath.Glob(filepath.Join("testdata", "*.args"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no cases: testdata/*.args")
	}
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".args")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(c)
			if err != nil {
				t.Fatal(err)
			}
			out := ""
			var args []string
			for a := range strings.Lines(string(data)) {
				if a = strings.TrimRight(a, "\r\n"); a != "" {
					args = append(args, a)
				}
			}
			for i, a := range args {
				if a == "$OUT" {
					if out == "" {
						out = t.TempDir()
					}
					args[i] = out
				}
			}
			var stdout, stderr bytes.Buffer
			err = run(&stdout, &stderr, args)
			got := stdout.String()
			if stderr.Len() > 0 {
				got += "--- stderr\n" + stderr.String()
			}
			if err != nil {
				got += "--- error\n" + err.Error() + "\n"
			}
			if out != "" {
				got = strings.ReplaceAll(got, out, "$OUT") + files(t, out)
			}
			Check(t, strings.TrimSuffix(c, ".args")+".golden", got, "go test "+pkg()+" -run '"+t.Name()+"$' -update")
		})
	}
}

// files returns the files under dir, each after a line "--- file NAME",
// in lexical order.
func files(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		b.WriteString("--- file " + filepath.ToSlash(rel) + "\n")
		b.Write(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Check compares got with the golden file at path, or, under -update,
// writes it there when the bytes differ. rewrite is the command that
// rewrites this golden file, which a failure shows.
func Check(t *testing.T, path, got, rewrite string) {
	t.Helper()
	want, err := os.ReadFile(path)
	if *Update {
		if err == nil && bytes.Equal(want, []byte(got)) {
			return
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", path)
		return
	}
	if os.IsNotExist(err) {
		t.Fatalf("missing golden file %s; create it with\n\t%s\nand read git diff before committing", path, rewrite)
	}
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s\nafter a deliberate change, rewrite it with\n\t%s", path, diff, rewrite)
	}
}

// pkg returns the test's package as a path from the module root
// ("./examples/whosaid"), or "." when the root is not found.
func pkg() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			rel, err := filepath.Rel(dir, wd)
			if err != nil {
				return "."
			}
			return "./" + filepath.ToSlash(rel)
		}
		if filepath.Dir(dir) == dir {
			return "."
		}
	}
}
