package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newstext/newstext"
)

// runNames scores name keys on the names set: it writes the prediction
// file that shared/eval/names/score.py reads (every variant and every
// string of a "different" pair with its newstext.Canonical key) and runs
// the scorer.
func runNames(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("names", flag.ContinueOnError)
	data := fs.String("data", "", "folder like shared/eval/names (holding dev.json and score.py)")
	predPath := fs.String("pred", "", "write the predictions here (default: a temporary file)")
	table := fs.String("table", "embedded", "alias table: embedded, or none (the spelling rules alone)")
	batch := fs.Bool("batch", true, "key the names as one batch (Resolver.KeyAll, as newstext canon does); false: each alone (Resolver.Key)")
	part := partFlag(fs, "groups, pairs and contexts")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" {
		return errors.New("-data DIR is required (a folder like shared/eval/names)")
	}
	if err := checkPart(*part); err != nil {
		return err
	}
	raw, err := os.ReadFile(filepath.Join(*data, "dev.json"))
	if err != nil {
		return err
	}
	// The part: every third group, pair and context (the third, the
	// sixth, ...) is the check part, fixed before any work on the set,
	// as for the entities set (inPart). The scorer reads it as a gold
	// file of its own.
	goldPath := filepath.Join(*data, "dev.json")
	if *part != partAll {
		var whole map[string]json.RawMessage
		if err := json.Unmarshal(raw, &whole); err != nil {
			return fmt.Errorf("%s: %w", goldPath, err)
		}
		for _, field := range []string{"groups", "different", "contexts"} {
			var items []json.RawMessage
			if err := json.Unmarshal(whole[field], &items); err != nil {
				return fmt.Errorf("%s: %s: %w", goldPath, field, err)
			}
			kept := []json.RawMessage{}
			for i, it := range items {
				if inPart(i, *part) {
					kept = append(kept, it)
				}
			}
			if whole[field], err = json.Marshal(kept); err != nil {
				return err
			}
		}
		if raw, err = json.Marshal(whole); err != nil {
			return err
		}
		var cleanupGold func()
		goldPath, cleanupGold, err = writePred("", "names-gold-*.json", raw)
		if err != nil {
			return err
		}
		defer cleanupGold()
	}
	var dev struct {
		Groups []struct {
			Variants []string `json:"variants"`
		} `json:"groups"`
		Different [][]string `json:"different"`
		Contexts  []struct {
			Text string `json:"text"`
		} `json:"contexts"`
	}
	if err := json.Unmarshal(raw, &dev); err != nil {
		return fmt.Errorf("%s: %w", goldPath, err)
	}
	resolver := newstext.DefaultResolver()
	switch *table {
	case "embedded":
	case "none":
		resolver = &newstext.Resolver{}
	default:
		return fmt.Errorf("-table %q: want embedded or none", *table)
	}
	// The names are keyed as one batch, as `newstext canon` keys a list
	// (Resolver.KeyAll): a bare surname takes the key of the one full
	// name with that surname in the batch.
	var names []string
	for _, g := range dev.Groups {
		names = append(names, g.Variants...)
	}
	for _, pair := range dev.Different {
		names = append(names, pair...)
	}
	keys := map[string]string{}
	if *batch {
		for i, k := range resolver.KeyAll(names) {
			keys[names[i]] = k
		}
	} else {
		for _, n := range names {
			keys[n] = resolver.Key(n)
		}
	}
	type mention struct {
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Entity string `json:"entity"`
	}
	entities := newstext.Entities
	if *table == "none" {
		var r newstext.Resolver
		entities = r.Entities
	}
	contexts := make([][]mention, 0, len(dev.Contexts))
	for _, c := range dev.Contexts {
		ms := []mention{}
		for _, e := range entities(c.Text) {
			for _, m := range e.Mentions {
				ms = append(ms, mention{m.Span.Start, m.Span.End, e.Key})
			}
		}
		contexts = append(contexts, ms)
	}
	pred, err := json.MarshalIndent(map[string]any{"keys": keys, "contexts": contexts}, "", " ")
	if err != nil {
		return err
	}
	path, cleanup, err := writePred(*predPath, "names-pred-*.json", pred)
	if err != nil {
		return err
	}
	defer cleanup()
	fmt.Fprintf(stdout, "part %s: %d groups, %d pairs, %d contexts\n", *part, len(dev.Groups), len(dev.Different), len(dev.Contexts))
	return runScorer(stdout, *data, goldPath, path)
}
