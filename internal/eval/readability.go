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
// checkout of that repository or a bare copy of it (git clone --bare);
// the data stays out of this repository.
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
		// No checkout: a bare copy, read through git.
		if err := exec.Command("git", "--git-dir", *src, "rev-parse", "--git-dir").Run(); err != nil {
			return fmt.Errorf("%s is neither a checkout (no readability/ folder) nor a git copy of the repository", *src)
		}
		git := func(args ...string) ([]byte, error) {
			b, err := exec.Command("git", append([]string{"--git-dir", *src}, args...)...).Output()
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				err = fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, bytes.TrimSpace(ee.Stderr))
			}
			return b, err
		}
		read = func(path string) ([]byte, error) { return git("show", "HEAD:"+path) }
		list = func(dir string) ([]string, error) {
			b, err := git("ls-tree", "-z", "--name-only", "HEAD:"+dir)
			return strings.FieldsFunc(string(b), func(r rune) bool { return r == 0 }), err
		}
	}
	inputs, err := list("readability/input")
	if err != nil {
		return fmt.Errorf("listing readability/input in %s: %w", *src, err)
	}
	golds, err := list("readability/GoldStandard")
	if err != nil {
		return fmt.Errorf("listing readability/GoldStandard in %s: %w", *src, err)
	}
	hasGold := map[string]bool{}
	for _, g := range golds {
		hasGold[g] = true
	}
	if err := os.MkdirAll(filepath.Join(*out, "html"), 0o755); err != nil {
		return err
	}
	truth := map[string]map[string]string{}
	skipped := 0
	for _, name := range inputs {
		id, ok := strings.CutSuffix(name, ".html")
		if !ok {
			continue
		}
		if !hasGold[id+".txt"] {
			skipped++
			continue
		}
		page, err := read("readability/input/" + name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		gold, err := read("readability/GoldStandard/" + id + ".txt")
		if err != nil {
			return fmt.Errorf("%s.txt: %w", id, err)
		}
		if len(bytes.TrimSpace(gold)) == 0 {
			skipped++ // an empty gold: no article
			continue
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
	fmt.Fprintf(stdout, "%d pages written to %s; %d without gold skipped\n", len(truth), *out, skipped)
	return nil
}

var (
	// goldBlockEnd is a line break or the end of a block or a table cell
	// in readability's output; goldTag any other tag.
	goldBlockEnd = regexp.MustCompile(`<(br|/(p|div|h\d|li|pre|td|th|tr|dd|dt|figcaption|blockquote|table|ul|ol|section|article|header|footer|figure))\b[^>]*>`)
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
