package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newstext/newstext"
)

// runDedupe scores the near-duplicate index on the corpus part of the
// dedupe set: it adds every document (title and text) to a
// newstext.Index, writes its clusters in the format
// shared/eval/dedupe/score.py reads and runs the scorer.
func runDedupe(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("dedupe", flag.ContinueOnError)
	data := fs.String("data", "", "folder like shared/eval/dedupe (holding dev/ and score.py)")
	threshold := fs.Float64("threshold", newstext.DefaultThreshold, "similarity at which two documents are one story")
	predPath := fs.String("pred", "", "write the corpus predictions here (default: a temporary file)")
	withinPath := fs.String("within-pred", "", "write the within-article predictions here (default: a temporary file)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" {
		return errors.New("-data DIR is required (a folder like shared/eval/dedupe)")
	}
	fmt.Fprintln(stdout, "== within-article (Parse)")
	if err := runWithin(*data, *withinPath, stdout); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "== corpus (Index)")
	ix := newstext.NewIndex(*threshold)
	err := eachJSONLine(filepath.Join(*data, "dev", "corpus.jsonl"), func(d struct{ ID, Title, Text string }) error {
		ix.Add(d.ID, d.Title+"\n\n"+d.Text)
		return nil
	})
	if err != nil {
		return err
	}
	clusters := ix.Clusters()
	if clusters == nil {
		clusters = [][]string{}
	}
	b, err := json.Marshal(map[string]any{"clusters": clusters})
	if err != nil {
		return err
	}
	path, cleanup, err := writePred(*predPath, "dedupe-pred-*.json", b)
	if err != nil {
		return err
	}
	defer cleanup()
	return runScorer(stdout, *data, "corpus", filepath.Join(*data, "dev"), path)
}

// runWithin scores the repeats Parse drops inside an article on the
// within-article part of the dedupe set: each text is parsed as one story
// and a line is kept when the title, a paragraph or a caption covers any
// of its bytes. After the scorer's figures it lists the lines outside every
// gold group that Parse dropped, with the reason Parse gave, so a reader
// can tell a repeat rule's loss from a chrome or credit rule's removal.
func runWithin(data, predPath string, stdout io.Writer) error {
	var gold struct {
		Articles map[string]struct {
			Groups []struct{ Lines []int }
		}
	}
	b, err := os.ReadFile(filepath.Join(data, "dev", "within-gold.json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		return fmt.Errorf("within-gold.json: %w", err)
	}
	parser := &newstext.Parser{Single: true}
	pred := map[string][]int{}
	var dropped []string // "id line reason: text" for lines outside the groups
	err = eachJSONLine(filepath.Join(data, "dev", "within.jsonl"), func(d struct{ ID, Text string }) error {
		var spans []newstext.Span
		var removed []newstext.Removed
		for _, a := range parser.Parse(d.Text) {
			spans = append(spans, a.TitleSpan)
			for _, p := range a.Paragraphs {
				spans = append(spans, p.Span)
			}
			for _, c := range a.Captions {
				spans = append(spans, c.Span)
			}
			removed = append(removed, a.Removed...)
		}
		grouped := map[int]bool{}
		for _, g := range gold.Articles[d.ID].Groups {
			for _, n := range g.Lines {
				grouped[n] = true
			}
		}
		kept := []int{}
		start := 0
		for n, line := range strings.Split(d.Text, "\n") {
			end := start + len(line)
			sp := newstext.Span{Start: start, End: end}
			start = end + 1
			if slices.ContainsFunc(spans, sp.Overlaps) {
				kept = append(kept, n)
				continue
			}
			if grouped[n] || strings.TrimSpace(line) == "" {
				continue
			}
			why := "not in the article"
			if i := slices.IndexFunc(removed, func(r newstext.Removed) bool { return r.Span.Overlaps(sp) }); i >= 0 {
				why = string(removed[i].Reason)
			}
			dropped = append(dropped, fmt.Sprintf("  %s line %d, %s: %.70q", d.ID, n, why, line))
		}
		pred[d.ID] = kept
		return nil
	})
	if err != nil {
		return err
	}
	b, err = json.Marshal(pred)
	if err != nil {
		return err
	}
	path, cleanup, err := writePred(predPath, "within-pred-*.json", b)
	if err != nil {
		return err
	}
	defer cleanup()
	if err := runScorer(stdout, data, "within", filepath.Join(data, "dev"), path); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "lines outside the groups that Parse dropped: %d\n", len(dropped))
	for _, l := range dropped {
		fmt.Fprintln(stdout, l)
	}
	return nil
}
