// Samestory finds the documents of a folder that are the same story:
// wire copies, reprints with a new headline or a dateline, pages cut to
// their top paragraphs. It prints one block per group, the earliest copy
// first, and each copy's similarity to it.
//
//	go run ./examples/samestory testdata/dedupe
//	go run ./examples/samestory -threshold 0.8 testdata/dedupe
//
// It shows [newstext.Sign], which turns a text into a [newstext.Signature]
// (a MinHash of its word shingles), [newstext.Index], which finds the
// signatures at or above a similarity threshold and groups them
// ([newstext.Index.Clusters]), and [newstext.Signature.Similarity].
// Parse runs first, without names or quotations, so that what is signed
// is the story (headline and paragraphs), not the page's chrome.
//
// The earliest copy is the one with the earliest date: a page's
// publication time (Article.Published) or the date the input gives
// (WARC-Date, a JSONL "date"). When no copy of a group has a date, it is
// the first one read, and the block says so. A copy joins a group when it
// is similar enough to any copy in it, so its similarity to the earliest
// may be under the threshold.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

func main() {
	if err := run(os.Stdout, os.Stderr, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "samestory:", err)
		os.Exit(1)
	}
}

// A story is one signed article.
type story struct {
	id    string // the document's name, with #N for the Nth story of a document that holds several
	title string
	date  time.Time // zero when unknown
	sig   newstext.Signature
}

func run(stdout, stderr io.Writer, args []string) error {
	flags := flag.NewFlagSet("samestory", flag.ContinueOnError)
	flags.SetOutput(stderr)
	threshold := flags.Float64("threshold", newstext.DefaultThreshold, "the similarity `T` in (0, 1] at which two documents are the same story")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() == 0 || *threshold <= 0 || *threshold > 1 {
		return fmt.Errorf("usage: samestory [-threshold T] PATH ...  (0 < T <= 1)")
	}

	// Only the text is signed: names and quotations are not needed.
	p := newstext.Parser{NoEntities: true, NoQuotes: true}
	ix := newstext.NewIndex(*threshold)
	byID := map[string]*story{}
	failed := 0
	for doc, err := range source.Docs(flags.Args()...) {
		if err != nil {
			fmt.Fprintln(stderr, err) // names the input; reading goes on
			failed++
			continue
		}
		articles, err := doc.Parse(&p)
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed++
			continue
		}
		for i, a := range articles {
			s := &story{id: doc.Name, title: a.Title, date: doc.Date}
			if len(articles) > 1 {
				s.id = fmt.Sprintf("%s#%d", doc.Name, i+1)
			}
			if d, ok := parseDate(a.Published); ok {
				s.date = d
			}
			s.sig = newstext.SignArticle(&a)
			ix.AddSignature(s.id, s.sig)
			byID[s.id] = s
		}
	}

	groups := ix.Clusters() // ids, in the order they were added
	for n, ids := range groups {
		// The earliest dated copy, or else the first read.
		first := byID[ids[0]]
		for _, id := range ids {
			s := byID[id]
			if !s.date.IsZero() && (first.date.IsZero() || s.date.Before(first.date)) {
				first = s
			}
		}
		since := "no copy is dated: the first read"
		if !first.date.IsZero() {
			since = first.date.Format(time.DateOnly)
		}
		fmt.Fprintf(stdout, "group %d: %d copies, earliest %s (%s)\n", n+1, len(ids), first.id, since)
		for _, id := range ids {
			s := byID[id]
			date := "undated"
			if !s.date.IsZero() {
				date = s.date.Format(time.DateOnly)
			}
			// Similarity is symmetric: how much of the smaller text is
			// in the larger when their leads are alike.
			fmt.Fprintf(stdout, "  %.2f %s %s %q\n", first.sig.Similarity(&s.sig), date, s.id, s.title)
		}
	}
	fmt.Fprintf(stdout, "stories: %d, groups: %d, threshold: %.2f\n", ix.Len(), len(groups), *threshold)
	if failed > 0 {
		return fmt.Errorf("%d inputs or records not read", failed)
	}
	return nil
}

// parseDate reads a page's publication time in the forms pages write it.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", time.DateOnly, "2 Jan 2006 15:04 MST"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
