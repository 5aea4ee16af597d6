// Titles prints what newstext finds in each document of a folder: the
// stories it holds, each with its headline ("(teaser)" for a snippet that
// stands for a story printed elsewhere), how many paragraphs and captions
// it kept and how many lines it removed, and why.
//
//	go run ./examples/titles testdata/article
//
// It is the shortest tour of [newstext.Parse] and [newstext.ParseHTML]:
// a text dump can hold several stories, and everything that is not the
// story (share buttons, promos, the headline or a caption printed again)
// is in Article.Removed with its [newstext.Reason]. Files and folders of
// text dumps and pages, compressed or not, WARC and JSONL are read with
// the source package.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

func main() {
	if err := run(os.Stdout, os.Stderr, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "titles:", err)
		os.Exit(1)
	}
}

func run(stdout, stderr io.Writer, paths []string) error {
	if len(paths) == 0 {
		return fmt.Errorf("usage: titles PATH ...")
	}
	failed := 0
	for doc, err := range source.Docs(paths...) {
		if err != nil {
			fmt.Fprintln(stderr, err) // names the input; reading goes on
			failed++
			continue
		}
		articles, err := doc.Parse(nil)
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed++
			continue
		}
		fmt.Fprintln(stdout, doc.Name)
		for _, a := range articles {
			title := a.Title
			if a.Teaser {
				title = "(teaser)"
			}
			fmt.Fprintf(stdout, "  %s: %d paragraphs, %d captions, %d removed", title, len(a.Paragraphs), len(a.Captions), len(a.Removed))
			// The removed lines by reason, in order of first removal.
			var reasons []string
			count := map[newstext.Reason]int{}
			for _, r := range a.Removed {
				if count[r.Reason]++; count[r.Reason] == 1 {
					reasons = append(reasons, string(r.Reason))
				}
			}
			for i, r := range reasons {
				reasons[i] = fmt.Sprintf("%d %s", count[newstext.Reason(r)], r)
			}
			if len(reasons) > 0 {
				fmt.Fprintf(stdout, " (%s)", strings.Join(reasons, ", "))
			}
			fmt.Fprintln(stdout)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d inputs or records not read", failed)
	}
	return nil
}
