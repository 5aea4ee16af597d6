package main

import (
	"fmt"
	"strings"

	"github.com/newstext/newstext"
)

// markdownWriter prints the articles as Markdown (CommonMark), for people
// who paste them elsewhere (-o markdown). Per input, an HTML comment that
// names it (invisible once rendered), then each article:
//
//	<!-- newstext: path -->
//
//	# Storm hits coast
//
//	*By Jane Doe · LONDON (Reuters) · 2025-03-15 · [Example News](<https://example.com/storm>)*
//
//	A storm hit the coast on Monday.
//
//	*Waves break on the shore. Photo: AFP*
//
// with "---" between articles and between inputs. Captions come after the
// paragraphs, in italics. The text is escaped so that it reads as
// written: no character of a headline or paragraph becomes markup. An
// input that could not be read is only named, with its error, in the
// comment. Quotations and names are not written: they are in the
// paragraphs.
type markdownWriter struct {
	w sink
}

// writeMarkdown is -o markdown's write (see [outputFormat]); the rule
// between inputs is in its frame.
func writeMarkdown(b sink, r result) error { return (&markdownWriter{b}).write(r) }

func (mw *markdownWriter) write(r result) error {
	w := mw.w
	note := r.path
	switch {
	case r.err != nil:
		note += ": error: " + r.err.Error()
	case len(r.articles) == 0:
		note += ": no articles"
	}
	// "--" may not stand inside a comment.
	fmt.Fprintf(w, "<!-- newstext: %s -->\n", strings.ReplaceAll(readable(note), "--", "- -"))
	for i, a := range r.articles {
		if i > 0 {
			w.WriteString("\n---\n")
		}
		w.WriteString("\n")
		mw.article(a)
	}
	return nil
}

func (mw *markdownWriter) article(a newstext.Article) {
	w := mw.w
	if a.Title != "" {
		w.WriteString("# " + mdEscape(a.Title) + "\n\n")
	}
	var parts []string
	if meta := metaLine(newstext.Article{Byline: a.Byline, Dateline: a.Dateline, Source: a.Source, Published: a.Published}); meta != "" {
		parts = append(parts, mdEscape(meta))
	}
	switch {
	case a.Site != "" && a.URL != "":
		parts = append(parts, "["+mdEscape(a.Site)+"]("+mdDestination(a.URL)+")")
	case a.URL != "":
		parts = append(parts, "["+mdEscape(a.URL)+"]("+mdDestination(a.URL)+")")
	case a.Site != "":
		parts = append(parts, mdEscape(a.Site))
	}
	if len(parts) > 0 {
		w.WriteString("*" + strings.Join(parts, " · ") + "*\n\n")
	}
	for _, p := range a.Paragraphs {
		w.WriteString(mdEscape(p.Text) + "\n\n")
	}
	for _, c := range a.Captions {
		w.WriteString("*" + mdEscape(c.Text) + "*\n\n")
	}
}

// mdEscape returns s, one line of text, escaped so that CommonMark renders
// it as written: a backslash before each character that can start inline
// markup (\ ` * _ [ ] < > ! | ~ and an & that starts a character
// reference), and before what would open a block at the start of the
// line (#, +, -, =, a number followed by . or ) and a space). Control
// characters become U+FFFD.
func mdEscape(s string) string {
	s = readable(s)
	lead := len(s) - len(strings.TrimLeft(s, " "))
	list := -1 // the "." or ")" of a "1." or "1)" that would open a list
	if d := len(s[lead:]) - len(strings.TrimLeft(s[lead:], "0123456789")); d > 0 && d <= 9 && lead+d < len(s) && (s[lead+d] == '.' || s[lead+d] == ')') &&
		(lead+d+1 == len(s) || s[lead+d+1] == ' ' || s[lead+d+1] == '\t') {
		list = lead + d
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("\\`*_[]<>!|~", c) >= 0 ||
			c == '&' && isCharRef(s[i:]) ||
			i == lead && strings.IndexByte("#+-=", c) >= 0 ||
			i == list {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isCharRef reports whether s opens with a character reference ("&amp;",
// "&#38;", "&#x26;"), which CommonMark would decode.
func isCharRef(s string) bool {
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	j := i
	for j < len(s) && j-i < 32 && (s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	return j > i && j < len(s) && s[j] == ';'
}

// mdDestination returns the URL u as a link destination: in angle
// brackets, which take any character but the brackets themselves and line
// ends, those percent-encoded.
func mdDestination(u string) string {
	return "<" + strings.NewReplacer("<", "%3C", ">", "%3E", "\n", "%0A", "\r", "%0D").Replace(u) + ">"
}
