package newstext

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkArticles asserts the promises Article's doc makes about spans, for
// any input: every span is in bounds, on rune boundaries and ordered; each
// paragraph's, caption's and removed line's text is Clean of its span;
// spans of different pieces do not overlap; and every byte of the input
// that is not white space is inside some span. It returns the first
// broken promise, or "".
func checkArticles(input string, as []Article) string {
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
				return "empty paragraph at " + p.Span.String()
			}
			add(p.Span, p.Text, "paragraph", true)
		}
		for _, c := range a.Captions {
			add(c.Span, c.Text, "caption", true)
			if c.Repeats < 1 {
				return "caption with repeats < 1 at " + c.Span.String()
			}
		}
		for _, r := range a.Removed {
			add(r.Span, r.Text, "removed", true)
		}
		for _, p := range all[len(all)-countPieces(a):] {
			if p.sp.Start < a.Span.Start || p.sp.End > a.Span.End {
				return p.what + " " + p.sp.String() + " outside its article " + a.Span.String()
			}
		}
	}
	// Rune boundaries as decoding sees them: an invalid byte is a rune of
	// its own.
	boundary := make([]bool, len(input)+1)
	for i := 0; i < len(input); {
		boundary[i] = true
		_, size := utf8.DecodeRuneInString(input[i:])
		i += size
	}
	boundary[len(input)] = true
	for _, p := range all {
		if p.sp.Start < 0 || p.sp.End > len(input) || p.sp.Start > p.sp.End {
			return p.what + " span out of bounds: " + p.sp.String()
		}
		if !boundary[p.sp.Start] || !boundary[p.sp.End] {
			return p.what + " span not on rune boundaries: " + p.sp.String()
		}
		if p.exact && Clean(input[p.sp.Start:p.sp.End]) != p.text {
			return p.what + " text is not Clean of its span " + p.sp.String() + ": " + p.text
		}
	}
	slices.SortFunc(all, func(x, y piece) int { return x.sp.Start - y.sp.Start })
	for k := 1; k < len(all); k++ {
		if all[k].sp.Start < all[k-1].sp.End && all[k].what != "source" && all[k-1].what != "source" {
			return all[k-1].what + " " + all[k-1].sp.String() + " overlaps " + all[k].what + " " + all[k].sp.String()
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
			return "byte " + itoa(i) + " (" + string(r) + ") is in no article, paragraph, caption or removed line"
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
