package newstext

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkArticles asserts the promises Article's doc makes about spans, for
// any input: every span is in bounds, on rune boundaries and ordered; each
// paragraph's, caption's and removed line's text is Clean of its span;
// spans of different pieces do not overlap; and every byte of the input
// that is not white space is inside some span. Each article's quotes and
// entities keep the promises checkQuotes and checkEntities check, lie
// inside the article, and none lies inside a removed line. For articles of
// an HTML page, input is their Text. It returns the first broken promise,
// as "what is wrong: details", or "".
func checkArticles(input string, as []Article) string {
	boundary := runeBoundaries(input)
	type piece struct {
		sp    Span
		text  string
		what  string
		exact bool // text must equal Clean(input[span])
	}
	var all []piece
	prevEnd := 0
	for _, a := range as {
		if a.Span.Start < prevEnd {
			return "articles overlap or are out of order: " + a.Span.String()
		}
		if msg := checkArticleQuotes(input, boundary, a); msg != "" {
			return msg
		}
		if msg := checkArticleEntities(input, boundary, a); msg != "" {
			return msg
		}
		prevEnd = a.Span.End
		add := func(sp Span, text, what string, exact bool) {
			if !sp.IsZero() || text != "" {
				all = append(all, piece{sp, text, what, exact})
			}
		}
		add(a.TitleSpan, a.Title, "title", true)
		add(a.BylineSpan, "", "byline", false)
		add(a.DatelineSpan, "", "dateline", false)
		if a.SourceSpan != a.DatelineSpan {
			add(a.SourceSpan, "", "source", false)
		}
		for _, p := range a.Paragraphs {
			if p.Text == "" {
				return "empty paragraph: at " + p.Span.String()
			}
			add(p.Span, p.Text, "paragraph", true)
		}
		for _, c := range a.Captions {
			add(c.Span, c.Text, "caption", true)
			if c.Repeats < 1 {
				return "caption with repeats < 1: at " + c.Span.String()
			}
		}
		for _, r := range a.Removed {
			add(r.Span, r.Text, "removed", true)
		}
		for _, p := range all[len(all)-countPieces(a):] {
			if p.sp.Start < a.Span.Start || p.sp.End > a.Span.End {
				return p.what + " outside its article: " + p.sp.String() + " not in " + a.Span.String()
			}
		}
	}
	for _, p := range all {
		if msg := checkSpan(input, boundary, p.sp, p.what); msg != "" {
			return msg
		}
		if c := Clean(input[p.sp.Start:p.sp.End]); p.exact && c != p.text {
			return p.what + " text is not Clean of its span: " + p.sp.String() + " " + strconv.Quote(p.text) + ", Clean gives " + strconv.Quote(c)
		}
	}
	slices.SortFunc(all, func(x, y piece) int { return x.sp.Start - y.sp.Start })
	for k := 1; k < len(all); k++ {
		if all[k].sp.Start < all[k-1].sp.End && all[k].what != "source" && all[k-1].what != "source" {
			return all[k-1].what + " overlaps " + all[k].what + ": " + all[k-1].sp.String() + " and " + all[k].sp.String()
		}
	}
	covered := make([]bool, len(input))
	for _, p := range all {
		for i := p.sp.Start; i < p.sp.End; i++ {
			covered[i] = true
		}
	}
	for i := 0; i < len(input); {
		r, size := utf8.DecodeRuneInString(input[i:])
		if !covered[i] && !unicode.IsSpace(r) && !(r != utf8.RuneError && dropRune(r)) {
			return "a byte that is not white space is in no article, paragraph, caption or removed line: byte " + itoa(i) + " " + strconv.QuoteRune(r)
		}
		i += size
	}
	return ""
}

func countPieces(a Article) int {
	n := len(a.Paragraphs) + len(a.Captions) + len(a.Removed)
	for _, s := range []Span{a.TitleSpan, a.BylineSpan, a.DatelineSpan} {
		if !s.IsZero() {
			n++
		}
	}
	if !a.SourceSpan.IsZero() && a.SourceSpan != a.DatelineSpan {
		n++
	}
	if a.Title != "" && a.TitleSpan.IsZero() {
		n++
	}
	return n
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestSpans checks the span promises on every article fixture.
func TestSpans(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "article", "*.txt"))
	if len(inputs) == 0 {
		t.Fatal("no fixtures in testdata/article")
	}
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		if msg := checkArticles(string(data), Parse(string(data))); msg != "" {
			t.Errorf("%s: %s", in, msg)
		}
	}
}

// runeBoundaries returns, for each offset 0..len(input), whether a rune
// starts there as decoding sees it (an invalid byte is a rune of its own);
// len(input) is a boundary.
func runeBoundaries(input string) []bool {
	boundary := make([]bool, len(input)+1)
	for i := 0; i < len(input); {
		boundary[i] = true
		_, size := utf8.DecodeRuneInString(input[i:])
		i += size
	}
	boundary[len(input)] = true
	return boundary
}

// checkSpan returns what is wrong with sp as a span of input (out of
// bounds, reversed, or off a rune boundary), or "".
func checkSpan(input string, boundary []bool, sp Span, what string) string {
	if sp.Start < 0 || sp.End > len(input) || sp.Start > sp.End {
		return what + " span out of bounds: " + sp.String() + " of " + itoa(len(input)) + " bytes"
	}
	if !boundary[sp.Start] || !boundary[sp.End] {
		return what + " span not on rune boundaries: " + sp.String() + " holds " + strconv.Quote(input[sp.Start:sp.End]) +
			" in " + strconv.Quote(input[max(0, sp.Start-8):min(len(input), sp.End+8)])
	}
	return ""
}

// spanText is the text a quote or mention whose span is sp must carry:
// the input as written, invalid UTF-8 replaced by U+FFFD (one for each
// run of invalid bytes). For valid input it is input[sp.Start:sp.End].
func spanText(input string, sp Span) string {
	return strings.ToValidUTF8(input[sp.Start:sp.End], "\uFFFD")
}

// checkSpanText returns what is wrong with text as the text of span sp of
// input (see spanText), or "". Text that is the raw input where that is
// not valid UTF-8 has a message of its own.
func checkSpanText(input string, sp Span, text, what string) string {
	want := spanText(input, sp)
	switch raw := input[sp.Start:sp.End]; {
	case text == want:
		return ""
	case text == raw:
		return what + " text keeps invalid UTF-8 (want U+FFFD): " + sp.String() + " " + strconv.Quote(raw)
	}
	return what + " text is not its span's text: " + sp.String() + " holds " + strconv.Quote(want) + ", Text " + strconv.Quote(text)
}

// checkQuotes asserts what [Quote]'s and [Quotes]' docs promise about qs,
// quotations whose spans index input: every Span, SpeakerSpan and Repeats
// span is in bounds and on rune boundaries; Text is the quoted words as
// written, input[Span] (not trimmed: quotesWith slices the text between
// the marks), with invalid UTF-8 as U+FFFD; a speaker span is not empty
// (it may stand without a Speaker: a pronoun with no antecedent is the
// mention nearest the quote, yet names nobody); the quotes are in input
// order and no two of
// their spans (Repeats included) overlap; and each repeat comes after the
// quote and holds the same words (wordKey, which sets quote style,
// punctuation and case aside, as mergeRepeatedQuotes does). It returns
// the first broken promise, as "what is wrong: details", or "".
func checkQuotes(input string, qs []Quote) string {
	return checkQuotesIn(input, runeBoundaries(input), qs)
}

func checkQuotesIn(input string, boundary []bool, qs []Quote) string {
	var all []Span
	for k, q := range qs {
		if msg := checkSpan(input, boundary, q.Span, "quote"); msg != "" {
			return msg
		}
		if msg := checkSpanText(input, q.Span, q.Text, "quote"); msg != "" {
			return msg
		}
		if k > 0 && q.Span.Start < qs[k-1].Span.Start {
			return "quotes out of order: " + qs[k-1].Span.String() + " before " + q.Span.String()
		}
		if sp := q.SpeakerSpan; !sp.IsZero() {
			if msg := checkSpan(input, boundary, sp, "speaker"); msg != "" {
				return msg
			}
			if sp.Start == sp.End {
				return "speaker span empty: " + sp.String()
			}
		}
		all = append(all, q.Span)
		prev := q.Span
		for _, r := range q.Repeats {
			if msg := checkSpan(input, boundary, r, "quote repeat"); msg != "" {
				return msg
			}
			if r.Start < prev.End {
				return "quote repeat not after the quote or the repeat before it: " + prev.String() + " then " + r.String()
			}
			if got, _ := wordKey(input[r.Start:r.End]); got != mustWordKey(q.Text) {
				return "quote repeat holds other words: " + strconv.Quote(input[r.Start:r.End]) + " repeats " + strconv.Quote(q.Text)
			}
			all = append(all, r)
			prev = r
		}
	}
	return checkNoOverlap(all, "quote")
}

func mustWordKey(s string) string { k, _ := wordKey(s); return k }

// checkNoOverlap returns a message when two of spans share a byte.
func checkNoOverlap(spans []Span, what string) string {
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(a, b Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	var last Span // the non-empty span reaching furthest so far
	for _, sp := range spans {
		if sp.Overlaps(last) {
			return what + " spans overlap: " + last.String() + " and " + sp.String()
		}
		if sp.Start < sp.End && sp.End > last.End {
			last = sp
		}
	}
	return ""
}

// checkEntities asserts what [Entity]'s, [Mention]'s and [Entities]' docs
// promise about es, entities whose mention spans index input: every entity
// has a name, a known kind and at least one mention; every mention's span
// is not empty, in bounds and on rune boundaries, and its Text is the
// input as written, input[Span] with invalid UTF-8 as U+FFFD; an entity's
// mentions are in input order; entities are in order of first mention;
// and no two mentions overlap. It returns the first broken promise, as
// "what is wrong: details", or "".
func checkEntities(input string, es []Entity) string {
	return checkEntitiesIn(input, runeBoundaries(input), es)
}

func checkEntitiesIn(input string, boundary []bool, es []Entity) string {
	var all []Span
	for k, e := range es {
		if len(e.Mentions) == 0 {
			return "entity with no mentions: " + strconv.Quote(e.Name)
		}
		if e.Name == "" || e.Key == "" {
			return "entity without a name or key: " + strconv.Quote(e.Name) + " key " + strconv.Quote(e.Key)
		}
		if e.Kind != Person && e.Kind != Place && e.Kind != Org && e.Kind != Other {
			return "entity of unknown kind: " + strconv.Quote(string(e.Kind)) + " for " + strconv.Quote(e.Name)
		}
		if k > 0 && e.Mentions[0].Span.Start < es[k-1].Mentions[0].Span.Start {
			return "entities not in order of first mention: " + strconv.Quote(es[k-1].Name) + " at " + es[k-1].Mentions[0].Span.String() +
				" before " + strconv.Quote(e.Name) + " at " + e.Mentions[0].Span.String()
		}
		for j, m := range e.Mentions {
			if msg := checkSpan(input, boundary, m.Span, "mention"); msg != "" {
				return msg
			}
			if m.Span.Start == m.Span.End {
				return "mention span empty: " + m.Span.String()
			}
			if msg := checkSpanText(input, m.Span, m.Text, "mention"); msg != "" {
				return msg
			}
			if j > 0 && m.Span.Start < e.Mentions[j-1].Span.Start {
				return "mentions of an entity out of order: " + e.Mentions[j-1].Span.String() + " before " + m.Span.String()
			}
			all = append(all, m.Span)
		}
	}
	return checkNoOverlap(all, "mention")
}

// checkArticleQuotes checks a's quotes (spans into input) with
// checkQuotesIn, and that each span lies inside the article and none
// inside one of its removed lines, whose quotes Parse drops.
func checkArticleQuotes(input string, boundary []bool, a Article) string {
	if msg := checkQuotesIn(input, boundary, a.Quotes); msg != "" {
		return msg
	}
	removed := removedSpans(a)
	for _, q := range a.Quotes {
		spans := append([]Span{q.Span}, q.Repeats...)
		if !q.SpeakerSpan.IsZero() {
			spans = append(spans, q.SpeakerSpan)
		}
		for k, sp := range spans {
			if sp.Start < a.Span.Start || sp.End > a.Span.End {
				return "quote outside its article: " + sp.String() + " not in " + a.Span.String()
			}
			if r, ok := holding(removed, sp); ok && k <= len(q.Repeats) {
				return "quote inside a removed line: " + sp.String() + " in " + r.String()
			}
		}
	}
	return ""
}

// checkArticleEntities checks a's entities (spans into input) with
// checkEntitiesIn, and that each mention lies inside the article and
// outside its removed lines: Article's doc says the entities are those its
// headline, paragraphs and captions name.
func checkArticleEntities(input string, boundary []bool, a Article) string {
	if msg := checkEntitiesIn(input, boundary, a.Entities); msg != "" {
		return msg
	}
	removed := removedSpans(a)
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Span.Start < a.Span.Start || m.Span.End > a.Span.End {
				return "mention outside its article: " + m.Span.String() + " not in " + a.Span.String()
			}
			if r, ok := holding(removed, m.Span); ok {
				return "mention inside a removed line: " + m.Span.String() + " " + strconv.Quote(m.Text) + " in " + r.String()
			}
		}
	}
	return ""
}

// removedSpans returns the spans of a's removed lines, sorted by start.
func removedSpans(a Article) []Span {
	out := make([]Span, len(a.Removed))
	for i, r := range a.Removed {
		out[i] = r.Span
	}
	slices.SortFunc(out, func(x, y Span) int { return x.Start - y.Start })
	return out
}

// holding returns the span of sorted (spans sorted by start, not
// overlapping) that contains sp, if any.
func holding(sorted []Span, sp Span) (Span, bool) {
	i, _ := slices.BinarySearchFunc(sorted, sp.Start+1, func(r Span, t int) int { return r.Start - t })
	if i > 0 && sorted[i-1].Start <= sp.Start && sp.End <= sorted[i-1].End {
		return sorted[i-1], true
	}
	return Span{}, false
}
