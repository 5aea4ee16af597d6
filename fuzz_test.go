package newstext

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The fuzz targets assert what the doc comments promise, not only that
// nothing panics. Run one at a time with
//
//	go test -run '^$' -fuzz=FuzzClean -fuzztime=30s .
//	go test -run '^$' -fuzz=FuzzFold -fuzztime=30s .
//	go test -run '^$' -fuzz=FuzzParse -fuzztime=30s .
//
// Some seeds are large (100,000 quotation marks), and minimizing a new
// input grown from one can stall the run for up to a minute; add
// -fuzzminimizetime=10s to keep the workers fuzzing. A failure the fuzzer
// finds is written to testdata/fuzz/<Target>/; commit it with the fix so
// that plain `go test` replays it from then on.

// nastyInputs are hand-made seeds for every target: the empty string,
// control bytes, invalid UTF-8, escaped and nested entities, mojibake one
// to six layers deep, invisible runes, text not in NFC, line ends of every
// kind, and huge runs that would expose quadratic code.
func nastyInputs() []string {
	capWords := make([]string, 10_000)
	for i := range capWords {
		capWords[i] = []string{"Zelensky", "Trump", "Ukraine", "Says", "The", "Of"}[i%6]
	}
	in := []string{
		"",
		" ",
		"\x00\x00",
		"\xff\xfe",
		"\xc3",
		"caf\xc3",
		"\xe2\x80",
		"&amp;amp;#8217;",
		"&amp;",
		"&amp;amp;amp;amp;lt;",
		strings.Repeat("&amp;", 1000) + "#8217;",
		"&#0;",
		"&#x110000;",
		"&#xD800;",
		"&#128;",
		"&notit;",
		"&nbsp;&nbsp;x&nbsp;",
		"&shy;&#8203;",
		"&#38;#8217;",
		"&",
		"&;",
		"&#;",
		"Ã¢â‚¬â„¢",
		"â€™",
		"â€",
		"Ã",
		"Ã\u00a0",
		"Ã&#169;",
		"Ã&amp;#169;",
		"\u00a0\u200b\u00ad",
		"\ufeff\u200e\u200f\u2028\u2029\u0085",
		"a\u0301",
		"\u0344",
		"\u1e0a\u0323",
		"e\u0301\u0301\u0301",
		"\r\n\r",
		"\r\r\n\n",
		"\n\n\n",
		"\t \v\f",
		"x\u00a0\u00a0y",
		strings.Join(capWords, " "),
		strings.Repeat("“", 100_000),
		strings.Repeat("\"", 100_000),
		strings.Repeat("a ", 50_000),
		strings.Repeat("\n", 10_000),
		strings.Repeat("Share\n", 1000),
		"LONDON (Reuters) - ",
		"LONDON (Reuters) -",
		"LONDON (Reuters) - Diplomats met on Friday.",
		"PARIS, March 15 (AFP) — Ministers met.",
		"By ",
		"By John Smith",
		"(AFP)",
		"Handout / Russian Defense Ministry/AFP",
		"Originally published as ",
		"Read more:",
		"© ",
		"TT\n20\nShare\n",
		"Title\n\nCaption (AFP)\nCaption (AFP)\n\nBody text here.\n",
	}
	for depth := 1; depth <= 6; depth++ {
		in = append(in, mojibake("It’s “café” — déjà vu", depth))
	}
	return in
}

// mojibake returns s encoded as UTF-8 and read back as Windows-1252, depth
// times over.
func mojibake(s string, depth int) string {
	for range depth {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			b.WriteRune(charmap.Windows1252.DecodeByte(s[i]))
		}
		s = b.String()
	}
	return s
}

// addSeeds adds the nasty inputs, every fixture and a sample of fixture
// lines, clean and damaged, to f's seed corpus.
func addSeeds(f *testing.F, lines bool) {
	for _, s := range nastyInputs() {
		f.Add(s)
	}
	fs := readFixtures(f)
	for _, fx := range fs {
		f.Add(fx.data)
	}
	if lines {
		for k, l := range fixtureLines(fs) {
			if k%10 == 0 {
				f.Add(l)
				f.Add(dirty(l, k))
			}
		}
	}
}

// FuzzClean checks the promises of Clean's doc: valid UTF-8 out,
// idempotent, white space folded to single ASCII spaces and trimmed, no
// format or control characters, NFC.
func FuzzClean(f *testing.F) {
	addSeeds(f, true)
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Clean(%q) = %q: not valid UTF-8", s, out)
		}
		if again := Clean(out); again != out {
			t.Fatalf("Clean not idempotent:\n   s = %q\n   Clean(s) = %q\n   Clean(Clean(s)) = %q", s, out, again)
		}
		if strings.Contains(out, "  ") {
			t.Fatalf("Clean(%q) = %q: doubled space", s, out)
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") {
			t.Fatalf("Clean(%q) = %q: space at an end", s, out)
		}
		for i, r := range out {
			if r != ' ' && unicode.IsSpace(r) {
				t.Fatalf("Clean(%q) = %q: white space %U at %d is not an ASCII space", s, out, r, i)
			}
			if dropRune(r) {
				t.Fatalf("Clean(%q) = %q: %U at %d should have been removed", s, out, r, i)
			}
		}
		if !norm.NFC.IsNormalString(out) {
			t.Fatalf("Clean(%q) = %q: not NFC", s, out)
		}
	})
}

// FuzzFold checks that Fold is idempotent and returns valid UTF-8.
func FuzzFold(f *testing.F) {
	addSeeds(f, true)
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Fold(%q) = %q: not valid UTF-8", s, out)
		}
		if again := Fold(out); again != out {
			t.Fatalf("Fold not idempotent:\n   s = %q\n   Fold(s) = %q\n   Fold(Fold(s)) = %q", s, out, again)
		}
	})
}

// FuzzParse checks that Parse, and Parse with Single set, never panic and
// keep every span promise of Article's doc (see checkArticles): spans in
// bounds, on rune boundaries and ordered, each text Clean of its span, no
// byte that is not white space lost, and no empty paragraph. White space
// gives no article and invisible characters alone one; Single gives at
// most one.
func FuzzParse(f *testing.F) {
	addSeeds(f, false)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []Parser{{}, {Single: true}} {
			as := p.Parse(s)
			if msg := checkArticles(s, as); msg != "" {
				t.Fatalf("%+v.Parse(%q): %s", p, s, msg)
			}
			for _, a := range as {
				for _, para := range a.Paragraphs {
					if para.Text == "" {
						t.Fatalf("%+v.Parse(%q): empty paragraph at %v", p, s, para.Span)
					}
				}
			}
			switch {
			case strings.TrimFunc(s, unicode.IsSpace) == "":
				if len(as) != 0 {
					t.Fatalf("%+v.Parse(%q) of white space = %d articles, want none", p, s, len(as))
				}
			case Clean(s) == "":
				// Only invisible characters: one article reports them.
				if len(as) != 1 {
					t.Fatalf("%+v.Parse(%q) of invisible text = %d articles, want one", p, s, len(as))
				}
			}
			if p.Single && len(as) > 1 {
				t.Fatalf("%+v.Parse(%q) = %d articles, want at most one", p, s, len(as))
			}
		}
	})
}
