// Whosaid prints who is quoted across a folder of news, and what they
// said: one block per speaker, most quoted first, with the first few
// quotations of each and where each one is, so that a reader can check
// it against the source.
//
//	go run ./examples/whosaid testdata/html/*.html
//	go run ./examples/whosaid -speaker Starmer -n 10 testdata/article
//
// It reads files and folders of text dumps and saved pages, plain or
// compressed (gzip, bzip2, zstd), WARC and JSONL, with the source package.
// It shows [newstext.Parse] and [newstext.Parser.ParseHTML] filling
// Article.Quotes, each [newstext.Quote] with its speaker, cue and span,
// and [newstext.Resolver.KeyAll], which gives the speakers of the whole
// folder one key per person: "Starmer" in one file and "Keir Starmer" in
// another are the same speaker.
//
// A position is FILE@START:END, UTF-8 byte offsets, half-open. For a text
// dump they index the file; for a page they index the page's extracted
// text (Article.Text, what `newstext -o json` prints as "text"), not the
// HTML.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

func main() {
	if err := run(os.Stdout, os.Stderr, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "whosaid:", err)
		os.Exit(1)
	}
}

// A quote is one quotation and where it was found.
type quote struct {
	newstext.Quote
	file string // the document's name, as the source package gives it
	page bool   // the spans index the page's extracted text, not the file
}

func run(stdout, stderr io.Writer, args []string) error {
	flags := flag.NewFlagSet("whosaid", flag.ContinueOnError)
	flags.SetOutput(stderr)
	speaker := flags.String("speaker", "", "print only the quotations of `NAME` (any spelling: Zelenskyy, Mr Zelensky)")
	n := flags.Int("n", 3, "print the first `N` quotations of each speaker")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() == 0 {
		return fmt.Errorf("usage: whosaid [-speaker NAME] [-n N] PATH ...")
	}

	// Names and quotations both come from Parse; the entities are not
	// printed, so the Parser leaves them out (the speakers are still
	// named).
	p := newstext.Parser{NoEntities: true}
	var quotes []quote
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
		for _, a := range articles {
			for _, q := range a.Quotes {
				quotes = append(quotes, quote{q, doc.Name, doc.Kind == source.HTML})
			}
		}
	}

	// Key every speaker in one batch, so that a bare surname joins the
	// person the folder names in full with it (see Resolver.KeyAll). The -speaker name is
	// part of the batch: "-speaker Starmer" finds Keir Starmer.
	names := make([]string, 0, len(quotes)+1)
	for _, q := range quotes {
		names = append(names, q.Speaker)
	}
	names = append(names, *speaker)
	keys := newstext.DefaultResolver().KeyAll(names)
	want := keys[len(quotes)]

	// Group the quotations by speaker key, in order of first quotation.
	type group struct {
		name   string // the speaker as the first quotation names them
		quotes []quote
	}
	var groups []*group
	byKey := map[string]*group{}
	unattributed := 0
	for i, q := range quotes {
		key := keys[i]
		switch {
		case q.Speaker == "":
			unattributed++
			continue
		case *speaker != "" && key != want:
			continue
		}
		g := byKey[key]
		if g == nil {
			g = &group{name: q.Speaker}
			byKey[key] = g
			groups = append(groups, g)
		}
		g.quotes = append(g.quotes, q)
	}
	// Most quoted first; ties keep the order of first quotation.
	slices.SortStableFunc(groups, func(a, b *group) int { return cmp.Compare(len(b.quotes), len(a.quotes)) })

	for _, g := range groups {
		fmt.Fprintf(stdout, "%s: %d\n", g.name, len(g.quotes))
		for i, q := range g.quotes {
			if i == *n {
				fmt.Fprintf(stdout, "  … and %d more\n", len(g.quotes)-*n)
				break
			}
			where := q.file
			if q.page {
				where += " (text)"
			}
			cue := q.Cue
			if cue == "" {
				cue = "(no cue)"
			}
			fmt.Fprintf(stdout, "  %s@%v %s: %q\n", where, q.Span, cue, q.Text)
		}
	}
	switch {
	case *speaker == "":
		fmt.Fprintf(stdout, "%d quotations, %d speakers, %d with no speaker\n", len(quotes), len(groups), unattributed)
	case len(groups) == 0:
		fmt.Fprintf(stdout, "no quotations of %s\n", *speaker)
	}
	if failed > 0 {
		return fmt.Errorf("%d inputs or records not read", failed)
	}
	return nil
}
