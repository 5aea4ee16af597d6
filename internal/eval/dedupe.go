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
	predPath := fs.String("pred", "", "write the predictions here (default: a temporary file)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" {
		return errors.New("-data DIR is required (a folder like shared/eval/dedupe)")
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
