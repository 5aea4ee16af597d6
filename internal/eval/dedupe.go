package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
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
	if err := runWithin(*data, *withinPath, stdout); err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(*data, "dev", "corpus.jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	ix := newstext.NewIndex(*threshold)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var doc struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return fmt.Errorf("corpus.jsonl: %w", err)
		}
		ix.Add(doc.ID, doc.Title+"\n\n"+doc.Text)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	path, cleanup, err := outputPath(*predPath, "dedupe-pred-*.json")
	if err != nil {
		return err
	}
	defer cleanup()
	clusters := ix.Clusters()
	if clusters == nil {
		clusters = [][]string{}
	}
	b, err := json.Marshal(map[string]any{"clusters": clusters})
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return err
	}
	cmd := exec.Command("python3", filepath.Join(*data, "score.py"), "corpus", filepath.Join(*data, "dev"), path)
	cmd.Stdout, cmd.Stderr = stdout, stdout
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("score.py: %w", err)
	}
	return nil
}

// outputPath returns path, or a new temporary file's path (removed by
// cleanup) when path is empty.
func outputPath(path, pattern string) (string, func(), error) {
	if path != "" {
		return path, func() {}, nil
	}
	tmp, err := os.CreateTemp("", pattern)
	if err != nil {
		return "", nil, err
	}
	tmp.Close()
	return tmp.Name(), func() { os.Remove(tmp.Name()) }, nil
}

// runWithin scores the repeats Parse drops inside an article on the
// within-article part of the dedupe set: each text is parsed as one story
// and a line is kept when the title, a paragraph or a caption covers any
// of its bytes.
func runWithin(data, predPath string, stdout io.Writer) error {
	f, err := os.Open(filepath.Join(data, "dev", "within.jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	parser := &newstext.Parser{Single: true}
	pred := map[string][]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var doc struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return fmt.Errorf("within.jsonl: %w", err)
		}
		var spans []newstext.Span
		for _, a := range parser.Parse(doc.Text) {
			spans = append(spans, a.TitleSpan)
			for _, p := range a.Paragraphs {
				spans = append(spans, p.Span)
			}
			for _, c := range a.Captions {
				spans = append(spans, c.Span)
			}
		}
		kept := []int{}
		start := 0
		for n, line := range strings.Split(doc.Text, "\n") {
			end := start + len(line)
			for _, sp := range spans {
				if sp.End > sp.Start && sp.Start < end && start < sp.End {
					kept = append(kept, n)
					break
				}
			}
			start = end + 1
		}
		pred[doc.ID] = kept
	}
	if err := sc.Err(); err != nil {
		return err
	}
	path, cleanup, err := outputPath(predPath, "within-pred-*.json")
	if err != nil {
		return err
	}
	defer cleanup()
	b, err := json.Marshal(pred)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "== within-article (Parse)")
	cmd := exec.Command("python3", filepath.Join(data, "score.py"), "within", filepath.Join(data, "dev"), path)
	cmd.Stdout, cmd.Stderr = stdout, stdout
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("score.py: %w", err)
	}
	fmt.Fprintln(stdout, "== corpus (Index)")
	return nil
}
