// Command eval measures newstext against the test sets in shared/eval and
// prints the figures a developer compares from run to run.
//
// Usage:
//
//	go run ./internal/eval segment -data DIR [-pred FILE] [-v]
//
// Each subcommand is one function, run<Name>, that takes its arguments and
// the writer for its report; it returns an error for anything that stops
// the run, and main prints that error on one line and exits 1.
//
// Subcommands:
//
//	segment   story starts and story bodies of the segmentation set
//	          (shared/eval/segment): boundaries scored by its score.py,
//	          bodies by the extraction metric (internal/shingle)
//	names     name keys on the names set, with its score.py
//	quotes    quotes and speakers on the quotes set, with its score.py
//	polnear   quotes and speakers on a dev or train split of PolNeAR built
//	          by shared/eval/polnear (data kept outside the repository),
//	          with that kit's score.py
//	dedupe    repeats inside articles and near-duplicate clusters on the
//	          dedupe set, with its score.py
//	extract   ParseHTML's main text on the extraction set (123 pages) or
//	          any set in its layout (the sets shared/eval/extraction-more
//	          builds), shingle F1 / precision / recall, its captions, and
//	          the pages whose gold has 50 words or more that give no
//	          paragraph, on the fit part, the check part or all
//	entities  mentions, kinds and grouping of Entities on the entities set
//	          (GUM documents), with its score.py, on the fit part (two
//	          documents in three), the check part (every third) or all
//	singles   how many articles of a PolNeAR split, or gold texts of an
//	          extraction set, Parse reads as one story (not several, not a
//	          teaser list), on the fit part, the check part or all
//	memory    peak resident memory of Parse and ParseHTML on the inputs
//	          issue 10 found costly (name-dense, short lines, headlines, a
//	          live page), as a multiple of the input size
//	readability  builds Mozilla Readability's test pages, from a checkout
//	          or a bare git copy of github.com/j-szulc/html-cleaning-dataset-merged,
//	          into the extraction sets' layout (data kept outside the
//	          repository) for extract, singles and bench
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// command is one subcommand of eval.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout io.Writer) error
}

// commands lists the subcommands in the order usage prints them.
var commands = []command{
	{"segment", "score story starts and bodies on the segmentation set", runSegment},
	{"names", "score name keys on the names set with its score.py", runNames},
	{"quotes", "score quotes and speakers on the quotes set with its score.py", runQuotes},
	{"polnear", "score quotes and speakers on a PolNeAR split (dev or train) with the kit's score.py", runPolnear},
	{"dedupe", "score near-duplicate clusters on the dedupe set with its score.py", runDedupe},
	{"extract", "score ParseHTML's main text on the extraction set (shingle F1)", runExtract},
	{"entities", "score Entities on the entities set (GUM) with its score.py, by part", runEntities},
	{"singles", "count the PolNeAR articles or an extraction set's gold texts Parse reads as one story, by part", runSingles},
	{"memory", "peak memory of Parse on adversarial inputs, as a multiple of the input", runMemory},
	{"readability", "build Mozilla Readability's test pages into the layout of the extraction sets", runReadability},
}

// errUsage reports bad flags or arguments after the flag package has
// already printed the message and the usage; main exits 2 without printing
// it again.
var errUsage = errors.New("usage")

func main() {
	if len(os.Args) < 2 {
		usage(os.Stderr)
		os.Exit(2)
	}
	name := os.Args[1]
	if name == "-h" || name == "-help" || name == "--help" || name == "help" {
		usage(os.Stdout)
		return
	}
	for _, c := range commands {
		if c.name != name {
			continue
		}
		err := c.run(os.Args[2:], os.Stdout)
		switch {
		case err == nil:
		case errors.Is(err, errUsage):
			os.Exit(2)
		default:
			fmt.Fprintf(os.Stderr, "eval %s: %v\n", name, err)
			os.Exit(1)
		}
		return
	}
	fmt.Fprintf(os.Stderr, "eval: unknown command %q (run 'go run ./internal/eval help')\n", name)
	os.Exit(2)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: go run ./internal/eval COMMAND [flags]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nrun 'go run ./internal/eval COMMAND -h' for its flags")
}
