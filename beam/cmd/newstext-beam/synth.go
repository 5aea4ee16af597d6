package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newstext/newstext/beam/synth"
)

// synthCmd writes a synthetic corpus: --files JSONL files of --docs
// documents in all, and truth.json beside them.
func synthCmd(args []string) error {
	fs := flag.NewFlagSet("newstext-beam synth", flag.ContinueOnError)
	docs := fs.Int("docs", 200_000, "write `N` documents")
	files := fs.Int("files", 16, "as `N` JSONL files")
	out := fs.String("out", "", "into this `folder` (created)")
	from := fs.String("from", filepath.Join("..", "testdata"), "learn words from the .txt files under this `folder` (the repository's testdata)")
	seed := fs.Uint64("seed", 1, "the random `seed`: the same seed makes the same corpus")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || *docs < 1 || *files < 1 {
		return fmt.Errorf("synth needs --out, --docs N >= 1 and --files N >= 1")
	}
	start := time.Now()
	m, err := synth.LearnDir(*from)
	if err != nil {
		return err
	}
	truth, err := synth.WriteCorpus(m, *out, *files, synth.Options{Docs: *docs, Seed: *seed})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "newstext-beam synth: %d documents in %d files, %d clusters of copies, %.1fs\n", truth.Docs, *files, len(truth.Clusters), time.Since(start).Seconds())
	return nil
}
