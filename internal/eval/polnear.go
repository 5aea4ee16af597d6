package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/newstext/newstext"
)

// runPolnear scores newstext.Quotes on a PolNeAR split built by the kit in
// shared/eval/polnear (its README says how; the data lives outside the
// repository): it runs Quotes over each article of the split, writes the
// kit's prediction file and runs the kit's score.py on it. Only dev and
// train are accepted: the test compartment is reserved for independent
// checks.
func runPolnear(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("polnear", flag.ContinueOnError)
	data := fs.String("data", "", "folder the kit's build.sh wrote (holding dev.jsonl and train.jsonl)")
	kit := fs.String("kit", "", "the kit's folder, shared/eval/polnear (holding score.py)")
	split := fs.String("split", "dev", "split to score: dev (the reported figure) or train (where errors are read)")
	predPath := fs.String("pred", "", "write the predictions here (default: a temporary file)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" || *kit == "" {
		return errors.New("-data OUT and -kit DIR are required (OUT built by DIR/build.sh, DIR like shared/eval/polnear)")
	}
	if err := checkSplit(*split); err != nil {
		return err
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	gold := filepath.Join(*data, *split+".jsonl")
	var n, panicked int
	var spent time.Duration
	err := eachJSONLine(gold, func(d polnearDoc) error {
		n++
		t0 := time.Now()
		qs, ok := recovered("Quotes", d.ID, func() []newstext.Quote { return newstext.Quotes(d.Text) })
		spent += time.Since(t0)
		if !ok {
			panicked++
		}
		return enc.Encode(quoteDoc{ID: d.ID, Quotes: quotePreds(qs)})
	})
	if err != nil {
		return fmt.Errorf("split %s: %w", *split, err)
	}
	path, cleanup, err := writePred(*predPath, "polnear-pred-*.jsonl", out.Bytes())
	if err != nil {
		return fmt.Errorf("writing predictions: %w", err)
	}
	defer cleanup()
	fmt.Fprintf(stdout, "split %s: %d articles, %d panicked, Quotes took %.2fs\n", *split, n, panicked, spent.Seconds())
	return runScorer(stdout, *kit, gold, path)
}

// polnearDoc is an article of a PolNeAR split as the kit writes it.
type polnearDoc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// checkSplit returns an error for a PolNeAR split other than dev and
// train: the test compartment is reserved for independent checks.
func checkSplit(split string) error {
	if split != "dev" && split != "train" {
		return fmt.Errorf("-split %q: want dev or train (test is reserved for independent checks)", split)
	}
	return nil
}

// recovered returns f(), the newstext call named what on the article id.
// A panic is reported on stderr with the article's id and ok is false, so
// that one article does not lose the run.
func recovered[T any](what, id string, f func() T) (v T, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "newstext.%s of %s panicked: %v\n", what, id, r)
			var zero T
			v, ok = zero, false
		}
	}()
	return f(), true
}
