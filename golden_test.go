package newstext

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newstext/newstext/internal/golden"
)

// goldenSuites maps each folder of testdata to the input extension it
// holds and the rendering its goldens store. Every file with the extension
// is a case: the test globs, so a fixture dropped into the folder is
// tested without touching this code.
var goldenSuites = map[string]struct {
	ext    string
	render func(input string) string
}{
	"article": {".txt", func(in string) string { return renderArticles(Parse(in)) }},
	"entity":  {".txt", func(in string) string { return renderEntities(Entities(in)) }},
	"quote":   {".txt", func(in string) string { return renderQuotes(Quotes(in)) }},
	"html": {".html", func(in string) string {
		as, err := ParseHTML(strings.NewReader(in))
		if err != nil {
			return "error: " + err.Error() + "\n"
		}
		return renderArticles(as)
	}},
}

// TestGolden compares the rendering of each fixture in testdata/<suite>
// with <case>.golden beside it. Run one case with
//
//	go test -run 'TestGolden/article/seed-000$'
//
// and rewrite the goldens after a deliberate change with
//
//	go test -run TestGolden -update
//
// then read `git diff testdata/` before committing.
func TestGolden(t *testing.T) {
	for suite, s := range goldenSuites {
		t.Run(suite, func(t *testing.T) {
			inputs, err := filepath.Glob(filepath.Join("testdata", suite, "*"+s.ext))
			if err != nil {
				t.Fatal(err)
			}
			if len(inputs) == 0 {
				t.Fatalf("no fixtures in testdata/%s/*%s", suite, s.ext)
			}
			for _, in := range inputs {
				name := strings.TrimSuffix(filepath.Base(in), s.ext)
				t.Run(name, func(t *testing.T) {
					data, err := os.ReadFile(in)
					if err != nil {
						t.Fatal(err)
					}
					got := s.render(string(data))
					golden.Check(t, strings.TrimSuffix(in, s.ext)+".golden", got, "go test -run 'TestGolden/"+suite+"/"+name+"$' -update")
				})
			}
		})
	}
}

// renderArticles is the golden rendering of articles: one field a line,
// spans as start:end, every text through strconv.Quote so that invisible
// runes show.
func renderArticles(as []Article) string {
	var b strings.Builder
	for i, a := range as {
		fmt.Fprintf(&b, "article %d %v", i+1, a.Span)
		if a.Teaser {
			b.WriteString(" teaser")
		}
		if a.Truncated {
			b.WriteString(" truncated")
		}
		b.WriteString("\n")
		field := func(name, text string, sp Span) {
			if text != "" || !sp.IsZero() {
				fmt.Fprintf(&b, "  %s %v %s\n", name, sp, strconv.Quote(text))
			}
		}
		field("title", a.Title, a.TitleSpan)
		field("byline", a.Byline, a.BylineSpan)
		field("dateline", a.Dateline, a.DatelineSpan)
		field("source", a.Source, a.SourceSpan)
		field("published", a.Published, Span{})
		field("site", a.Site, Span{})
		field("url", a.URL, Span{})
		for _, p := range a.Paragraphs {
			fmt.Fprintf(&b, "  paragraph %v %s\n", p.Span, strconv.Quote(p.Text))
		}
		for _, c := range a.Captions {
			fmt.Fprintf(&b, "  caption %v repeats=%d credit=%s %s\n", c.Span, c.Repeats, strconv.Quote(c.Credit), strconv.Quote(c.Text))
		}
		for _, r := range a.Removed {
			fmt.Fprintf(&b, "  removed %s %v %s\n", r.Reason, r.Span, strconv.Quote(r.Text))
		}
		for _, e := range a.Entities {
			b.WriteString("  ")
			renderEntity(&b, e)
		}
		for _, q := range a.Quotes {
			b.WriteString("  ")
			renderQuote(&b, q)
		}
	}
	return b.String()
}

// renderEntity writes one entity on one line: name, kind, key, then each
// mention as span and text.
func renderEntity(b *strings.Builder, e Entity) {
	fmt.Fprintf(b, "entity %s %s key=%s:", strconv.Quote(e.Name), e.Kind, strconv.Quote(e.Key))
	for _, m := range e.Mentions {
		fmt.Fprintf(b, " %v %s", m.Span, strconv.Quote(m.Text))
	}
	b.WriteString("\n")
}

// renderQuote writes one quote on one line: span, speaker, the speaker
// mention's span, cue, flags, then the quoted text.
func renderQuote(b *strings.Builder, q Quote) {
	fmt.Fprintf(b, "quote %v speaker=%s", q.Span, strconv.Quote(q.Speaker))
	if !q.SpeakerSpan.IsZero() {
		fmt.Fprintf(b, " mention=%v", q.SpeakerSpan)
	}
	if q.Cue != "" {
		fmt.Fprintf(b, " cue=%s", strconv.Quote(q.Cue))
	}
	if q.Partial {
		b.WriteString(" partial")
	}
	if q.Continued {
		b.WriteString(" continued")
	}
	for _, r := range q.Repeats {
		fmt.Fprintf(b, " repeat=%v", r)
	}
	fmt.Fprintf(b, " %s\n", strconv.Quote(q.Text))
}

// renderQuotes is the golden rendering of Quotes.
func renderQuotes(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		renderQuote(&b, q)
	}
	return b.String()
}

// renderEntities is the golden rendering of Entities.
func renderEntities(es []Entity) string {
	var b strings.Builder
	for _, e := range es {
		renderEntity(&b, e)
	}
	return b.String()
}
