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

// runEntities scores newstext.Entities on the entities set: it runs
// Entities over each document of the chosen part, writes the prediction
// file shared/eval/entities/score.py reads (every mention with its span,
// its entity's kind and its entity's key) and runs the scorer on that
// part alone.
func runEntities(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	data := fs.String("data", "", "folder like shared/eval/entities (holding dev/ and score.py)")
	part := partFlag(fs, "documents")
	predPath := fs.String("pred", "", "write the predictions here (default: a temporary file)")
	examples := fs.Int("examples", 0, "show this many errors of each class (fit part only)")
	baseline := fs.String("baseline", "", "score the scorer's own baseline (caps, gold) on the part instead of Entities")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" {
		return errors.New("-data DIR is required (a folder like shared/eval/entities)")
	}
	if err := checkPart(*part); err != nil {
		return err
	}
	if *examples > 0 && *part != partFit {
		return errors.New("-examples shows errors, which are read on the fit part only: add -part fit")
	}
	docs, err := filepath.Glob(filepath.Join(*data, "dev", "*.txt"))
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no documents in %s", filepath.Join(*data, "dev"))
	}
	slices.Sort(docs)

	// The scorer scores every document of the folder it is given: the
	// part's documents are linked into a folder of their own.
	subset, err := os.MkdirTemp("", "entities-part-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(subset)

	type pred struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Kind  string `json:"kind"`
		Key   string `json:"key"`
	}
	preds := map[string][]pred{}
	for i, path := range docs {
		if !inPart(i, *part) {
			continue
		}
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		for _, ext := range []string{".txt", ".json"} {
			src, err := filepath.Abs(filepath.Join(*data, "dev", id+ext))
			if err != nil {
				return err
			}
			if err := os.Symlink(src, filepath.Join(subset, id+ext)); err != nil {
				return err
			}
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		ps := []pred{}
		for _, e := range newstext.Entities(string(b)) {
			kind := string(e.Kind)
			switch e.Kind {
			case newstext.Person, newstext.Place, newstext.Org:
			default:
				kind = "misc" // left out of the scores
			}
			for _, m := range e.Mentions {
				ps = append(ps, pred{Start: m.Span.Start, End: m.Span.End, Kind: kind, Key: e.Key})
			}
		}
		preds[id] = ps
	}
	b, err := json.Marshal(preds)
	if err != nil {
		return err
	}
	path, cleanup, err := writePred(*predPath, "entities-pred-*.json", b)
	if err != nil {
		return err
	}
	defer cleanup()
	fmt.Fprintf(stdout, "part %s: %d documents\n", *part, len(preds))
	if *baseline != "" {
		return runScorer(stdout, *data, subset, "--baseline", *baseline)
	}
	scoreArgs := []string{subset, path}
	if *examples > 0 {
		scoreArgs = append(scoreArgs, "--examples", fmt.Sprint(*examples))
	}
	return runScorer(stdout, *data, scoreArgs...)
}
