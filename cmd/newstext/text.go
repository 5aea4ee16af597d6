package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/newstext/newstext"
)

// textWriter prints the articles for people to read (-o text). Per input:
//
//	== path
//
//	Storm hits coast
//	By Jane Doe · LONDON (Reuters) · 2025-03-15T10:00:00Z · Example News
//	https://example.com/storm
//
//	A storm hit the coast on Monday.
//
//	Captions:
//	  Waves break on the shore. Photo: AFP  [credit AFP; printed 2 times]
//
//	Quotes:
//	  Jane Doe (said): "It was the worst in years."
//	  (no speaker): "next steps" (partial)
//
//	People: Jane Doe
//	Places: London
//
// An input of several articles heads each with "-- article 2 of 3 --". A
// teaser, or an article cut short, says so under its headline. Control
// characters, which a terminal would obey, are written as U+FFFD. No spans
// and no removed lines: those are in [debugWriter]'s rendering.
type textWriter struct {
	w sink
}

// writeText is -o text's write (see [outputFormat]).
func writeText(b sink, r result) error { return (&textWriter{b}).write(r) }

func (tw *textWriter) write(r result) error {
	w := tw.w
	fmt.Fprintf(w, "== %s\n", readable(r.path))
	switch {
	case r.err != nil:
		fmt.Fprintf(w, "error: %s\n", readable(r.err.Error()))
	case len(r.articles) == 0:
		fmt.Fprintln(w, "no articles")
	}
	for i, a := range r.articles {
		w.WriteString("\n")
		if len(r.articles) > 1 {
			fmt.Fprintf(w, "-- article %d of %d --\n", i+1, len(r.articles))
		}
		tw.article(a)
	}
	w.WriteString("\n")
	return nil
}

func (tw *textWriter) article(a newstext.Article) {
	w := tw.w
	if a.Title == "" {
		w.WriteString("(no headline)\n")
	} else {
		w.WriteString(readable(a.Title) + "\n")
	}
	if meta := metaLine(a); meta != "" {
		w.WriteString(readable(meta) + "\n")
	}
	if a.URL != "" {
		w.WriteString(readable(a.URL) + "\n")
	}
	switch {
	case a.Teaser && a.Truncated:
		w.WriteString("(a teaser, cut short)\n")
	case a.Teaser:
		w.WriteString("(a teaser)\n")
	case a.Truncated:
		w.WriteString("(cut short)\n")
	}
	for _, p := range a.Paragraphs {
		w.WriteString("\n" + readable(p.Text) + "\n")
	}
	if len(a.Captions) > 0 {
		w.WriteString("\nCaptions:\n")
		for _, c := range a.Captions {
			w.WriteString("  " + readable(c.Text))
			var notes []string
			if c.Credit != "" {
				notes = append(notes, "credit "+readable(c.Credit))
			}
			if c.Repeats > 1 {
				notes = append(notes, fmt.Sprintf("printed %d times", c.Repeats))
			}
			if len(notes) > 0 {
				w.WriteString("  [" + strings.Join(notes, "; ") + "]")
			}
			w.WriteString("\n")
		}
	}
	if len(a.Quotes) > 0 {
		w.WriteString("\nQuotes:\n")
		for _, q := range a.Quotes {
			w.WriteString("  " + readable(quoteLine(q)) + "\n")
		}
	}
	if lines := entityLines(a.Entities); len(lines) > 0 {
		w.WriteString("\n")
		for _, l := range lines {
			w.WriteString(readable(l) + "\n")
		}
	}
}

// metaLine returns the line under an article's headline: its byline,
// dateline and agency, date and site, those it has, separated by " · ":
// "By Jane Doe · LONDON (Reuters) · 2025-03-15 · Example News".
func metaLine(a newstext.Article) string {
	var parts []string
	if a.Byline != "" {
		parts = append(parts, "By "+a.Byline)
	}
	switch {
	case a.Dateline != "" && a.Source != "":
		parts = append(parts, a.Dateline+" ("+a.Source+")")
	case a.Dateline != "":
		parts = append(parts, a.Dateline)
	case a.Source != "":
		parts = append(parts, "("+a.Source+")")
	}
	if a.Published != "" {
		parts = append(parts, a.Published)
	}
	if a.Site != "" {
		parts = append(parts, a.Site)
	}
	return strings.Join(parts, " · ")
}

// quoteLine returns a quotation as SPEAKER (cue): "words", with
// "(no speaker)" for one the text attributes to no one, and its kind
// after it: (partial) for words quoted inside the writer's sentence,
// (continued) for a piece the next paragraph goes on with.
func quoteLine(q newstext.Quote) string {
	var b strings.Builder
	if q.Speaker == "" {
		b.WriteString("(no speaker)")
	} else {
		b.WriteString(q.Speaker)
	}
	if q.Cue != "" {
		b.WriteString(" (" + q.Cue + ")")
	}
	b.WriteString(`: "` + q.Text + `"`)
	if q.Partial {
		b.WriteString(" (partial)")
	}
	if q.Continued {
		b.WriteString(" (continued)")
	}
	return b.String()
}

// entityKinds are the kinds of entity in the order the text rendering
// lists them, with the label of each line.
var entityKinds = []struct {
	kind  newstext.Kind
	label string
}{
	{newstext.Person, "People"},
	{newstext.Org, "Organisations"},
	{newstext.Place, "Places"},
	{newstext.Other, "Other names"},
}

// entityLines returns one line per kind of entity that es holds,
// "People: Jane Doe, John Roe", the names in order of first mention, each
// once; an entity of a kind not listed goes on an "Other" line.
func entityLines(es []newstext.Entity) []string {
	byKind := map[newstext.Kind][]string{}
	seen := map[string]bool{}
	var other []string
	for _, e := range es {
		k := string(e.Kind) + "\x00" + e.Name
		if seen[k] {
			continue
		}
		seen[k] = true
		known := false
		for _, ek := range entityKinds {
			known = known || ek.kind == e.Kind
		}
		if known {
			byKind[e.Kind] = append(byKind[e.Kind], e.Name)
		} else {
			other = append(other, e.Name)
		}
	}
	var lines []string
	for _, ek := range entityKinds {
		if names := byKind[ek.kind]; len(names) > 0 {
			lines = append(lines, ek.label+": "+strings.Join(names, ", "))
		}
	}
	if len(other) > 0 {
		lines = append(lines, "Other: "+strings.Join(other, ", "))
	}
	return lines
}

// readable returns s with every control character but the tab (an escape
// sequence would steer the terminal) as U+FFFD.
func readable(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

func isControl(r rune) bool { return r != '\t' && unicode.IsControl(r) }

// debugWriter prints every field with its span (-o text --debug). Per
// input:
//
//	== path
//	article 1 of 2, 0:5120
//	  title      0:40 "Headline"
//	  byline     41:60 "Jane Doe"
//	  published  "2025-03-15T10:00:00Z"
//	  teaser truncated
//	  paragraph  1 120:300 "text"
//	  caption    1 400:460 "text" credit="AFP" repeats=2
//	  removed    widget 470:490 "Share on Facebook"
//	  entity     "Kyiv" place 2 mentions: 84:88 "Kyiv" 310:314 "Kiev"
//	  quote      1 320:340 "text" speaker="Jane Doe" mention=300:308 cue="said" partial
//
// then a blank line. Text values are quoted with strconv.Quote so that
// invisible characters show; spans are start:end in UTF-8 bytes.
type debugWriter struct {
	w sink
}

// writeDebug is -o text --debug's write (see [outputFormat]).
func writeDebug(b sink, r result) error { return (&debugWriter{b}).write(r) }

func (tw *debugWriter) write(r result) error {
	w := tw.w
	fmt.Fprintf(w, "== %s\n", r.path)
	switch {
	case r.err != nil:
		fmt.Fprintf(w, "error: %v\n", r.err)
	case len(r.articles) == 0:
		fmt.Fprintln(w, "no articles")
	}
	for i, a := range r.articles {
		fmt.Fprintf(w, "article %d of %d, %v\n", i+1, len(r.articles), a.Span)
		if a.Title == "" {
			fmt.Fprintf(w, "  %-10s (none)\n", "title")
		} else {
			field(w, "title", a.TitleSpan, a.Title)
		}
		if a.Byline != "" {
			field(w, "byline", a.BylineSpan, a.Byline)
		}
		if a.Dateline != "" {
			field(w, "dateline", a.DatelineSpan, a.Dateline)
		}
		if a.Source != "" {
			field(w, "source", a.SourceSpan, a.Source)
		}
		for _, m := range []struct{ name, value string }{{"published", a.Published}, {"site", a.Site}, {"url", a.URL}} {
			if m.value != "" {
				fmt.Fprintf(w, "  %-10s %s\n", m.name, strconv.Quote(m.value))
			}
		}
		switch {
		case a.Teaser && a.Truncated:
			fmt.Fprintln(w, "  teaser truncated")
		case a.Teaser:
			fmt.Fprintln(w, "  teaser")
		case a.Truncated:
			fmt.Fprintln(w, "  truncated")
		}
		for j, p := range a.Paragraphs {
			fmt.Fprintf(w, "  %-10s %d %v %s\n", "paragraph", j+1, p.Span, strconv.Quote(p.Text))
		}
		for j, c := range a.Captions {
			fmt.Fprintf(w, "  %-10s %d %v %s", "caption", j+1, c.Span, strconv.Quote(c.Text))
			if c.Credit != "" {
				fmt.Fprintf(w, " credit=%s", strconv.Quote(c.Credit))
			}
			fmt.Fprintf(w, " repeats=%d\n", c.Repeats)
		}
		for _, rm := range a.Removed {
			fmt.Fprintf(w, "  %-10s %s %v %s\n", "removed", rm.Reason, rm.Span, strconv.Quote(rm.Text))
		}
		for _, e := range a.Entities {
			fmt.Fprintf(w, "  %-10s %s %s %d mentions:", "entity", strconv.Quote(e.Name), e.Kind, len(e.Mentions))
			for _, m := range e.Mentions {
				fmt.Fprintf(w, " %v %s", m.Span, strconv.Quote(m.Text))
			}
			fmt.Fprintln(w)
		}
		for j, q := range a.Quotes {
			fmt.Fprintf(w, "  %-10s %d %v %s speaker=%s", "quote", j+1, q.Span, strconv.Quote(q.Text), strconv.Quote(q.Speaker))
			if !q.SpeakerSpan.IsZero() {
				fmt.Fprintf(w, " mention=%v", q.SpeakerSpan)
			}
			if q.Cue != "" {
				fmt.Fprintf(w, " cue=%s", strconv.Quote(q.Cue))
			}
			if q.Partial {
				w.WriteString(" partial")
			}
			if q.Continued {
				w.WriteString(" continued")
			}
			for _, sp := range q.Repeats {
				fmt.Fprintf(w, " repeat=%v", sp)
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
	return nil
}

func field(w io.Writer, name string, span newstext.Span, text string) {
	fmt.Fprintf(w, "  %-10s %v %s\n", name, span, strconv.Quote(text))
}
