package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// runReadability builds Mozilla Readability's test pages, as
// github.com/j-szulc/html-cleaning-dataset-merged carries them
// (readability/input/ID.html and readability/GoldStandard/ID.txt), into
// the layout of the extraction sets: OUT/html/ID.html.gz and
// OUT/ground-truth.json ({ID: {"articleBody", "url"}}), for extract,
// singles and bench. The gold is readability.js's own output, as HTML:
// its line breaks and block ends become new lines, its other tags go,
// its entities are decoded, and its source's white space stays, which is
// what makes its texts a test of text taken from HTML as it is. SRC is a
// checkout of that repository or a bare copy of it (as fetch gives); the
// data stays out of this repository.
func runReadability(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("readability", flag.ContinueOnError)
	src := fs.String("src", "", "checkout or bare git copy of github.com/j-szulc/html-cleaning-dataset-merged (required)")
	out := fs.String("out", "", "folder to write html/ and ground-truth.json into (required)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *src == "" || *out == "" {
		return errors.New("-src DIR and -out DIR are required")
	}
	read := func(path string) ([]byte, error) { return os.ReadFile(filepath.Join(*src, path)) }
	list := func(dir string) ([]string, error) {
		es, err := os.ReadDir(filepath.Join(*src, dir))
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		return names, err
	}
	if _, err := os.Stat(filepath.Join(*src, "readability")); err != nil {
		// A bare copy: read it through git.
		read = func(path string) ([]byte, error) {
			return exec.Command("git", "--git-dir", *src, "show", "HEAD:"+path).Output()
		}
		list = func(dir string) ([]string, error) {
			b, err := exec.Command("git", "--git-dir", *src, "ls-tree", "--name-only", "HEAD:"+dir).Output()
			return strings.Fields(string(b)), err
		}
	}
	inputs, err := list("readability/input")
	if err != nil {
		return fmt.Errorf("listing readability/input in %s: %w", *src, err)
	}
	if err := os.MkdirAll(filepath.Join(*out, "html"), 0o755); err != nil {
		return err
	}
	truth := map[string]map[string]string{}
	for _, name := range inputs {
		id, ok := strings.CutSuffix(name, ".html")
		if !ok {
			continue
		}
		page, err := read("readability/input/" + name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		gold, err := read("readability/GoldStandard/" + id + ".txt")
		if err != nil || len(bytes.TrimSpace(gold)) == 0 {
			continue // a page without gold
		}
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write(page)
		if err := w.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(*out, "html", id+".html.gz"), z.Bytes(), 0o644); err != nil {
			return err
		}
		truth[id] = map[string]string{"articleBody": readabilityGoldText(string(gold)), "url": ""}
	}
	b, err := json.Marshal(truth)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "ground-truth.json"), b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d pages written to %s\n", len(truth), *out)
	return nil
}

var (
	// goldBlockEnd is a line break or the end of a block in readability's
	// output; goldTag any other tag.
	goldBlockEnd = regexp.MustCompile(`<(br|/p|/div|/h\d|/li)[^>]*>`)
	goldTag      = regexp.MustCompile(`<[^>]+>`)
	goldMarkup   = regexp.MustCompile(`<(p|div|br)\b`)
)

// readabilityGoldText returns the text of a gold file: as it is when it holds no
// markup, else with line breaks and block ends made new lines, other tags
// removed and entities decoded.
func readabilityGoldText(g string) string {
	if !strings.Contains(g, "<") || !goldMarkup.MatchString(g) {
		return g
	}
	g = goldBlockEnd.ReplaceAllString(g, "\n")
	return html.UnescapeString(goldTag.ReplaceAllString(g, ""))
}
