package newstext

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The fuzz targets assert what the doc comments promise, not only that
// nothing panics. Run one at a time with
//
//	go test -run '^$' -fuzz='^FuzzClean$' -fuzztime=60s -fuzzminimizetime=10s .
//	go test -run '^$' -fuzz='^FuzzFold$' -fuzztime=60s -fuzzminimizetime=10s .
//	go test -run '^$' -fuzz='^FuzzParse$' -fuzztime=60s -fuzzminimizetime=10s .
//
// (and FuzzQuotes, FuzzEntities, FuzzParseHTML, FuzzSign, FuzzReadMeta).
// Seeds are small: real text cut into pieces of at most maxSeed bytes
// (maxHTMLSeed for pages), hand-made nasty inputs, and generated
// documents (gen_test.go); huge inputs, which stall the fuzzer's
// minimisation, are in hugeInputs and TestHugeInputs instead. A failure the
// fuzzer finds is written to testdata/fuzz/<Target>/; commit it with the
// fix so that plain `go test` replays it from then on.
//
// A seed that fails stops `go test -fuzz` before it fuzzes. To look for
// new failures while known ones are still open, set NEWSTEXT_FUZZ_NEW_ONLY=1:
// the seeds added in code that fail are left out (testdata/fuzz/ entries
// are not; move them aside for the run).

// maxSeed and maxHTMLSeed cap the size of a seed of the text and the HTML
// targets: a mutation of a big input is slow to run and slower to minimise.
const (
	maxSeed     = 4 << 10
	maxHTMLSeed = 8 << 10
)

// nastyInputs are hand-made seeds for every target, each at most maxSeed
// bytes: the empty string, control bytes, invalid UTF-8, escaped and
// nested entities, mojibake one to six layers deep, invisible runes, text
// not in NFC, line ends of every kind, and short runs of what hugeInputs
// repeats.
func nastyInputs() []string {
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
		strings.Repeat("&amp;", 100) + "#8217;",
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
		strings.Repeat("Zelensky Trump Ukraine Says The Of ", 20),
		strings.Repeat("“", 100),
		strings.Repeat("\"", 100),
		strings.Repeat("a ", 200),
		strings.Repeat("\n", 100),
		strings.Repeat("Share\n", 50),
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

// hugeInputs are large inputs that expose quadratic code. They are no fuzz
// seeds (the fuzzer would spend its time minimising them); TestHugeInputs
// checks them.
func hugeInputs() []string {
	capWords := make([]string, 10_000)
	for i := range capWords {
		capWords[i] = []string{"Zelensky", "Trump", "Ukraine", "Says", "The", "Of"}[i%6]
	}
	return []string{
		strings.Repeat("&amp;", 1000) + "#8217;",
		strings.Join(capWords, " "),
		strings.Repeat("“", 100_000),
		strings.Repeat("\"", 100_000),
		strings.Repeat("a ", 50_000),
		strings.Repeat("\n", 10_000),
		strings.Repeat("Share\n", 1000),
	}
}

// knownReproducers are inputs that once broke the library (a panic in
// Quotes' attribution or in reading a byline, a speaker span off a rune
// boundary); seeds of FuzzParse and FuzzQuotes.
var knownReproducers = []string{
	`Sergei Lavrov of Russia on Friday once again calmly said: "We will not back down."`,
	`Emmanuel Macron of France on Friday once again calmly said "we will stay".`,
	"P Pn o d n t d d m said\xe2\x80\x9eu",      // hex 5020506e206f2064206e207420642064206d2073616964e2809e75
	"Wi B\x10u d e n e n w saying\xe2\x80\x9cI", // hex 57692042107520642065206e2065206e207720736179696e67e2809c49
	"'a They,« asked Gneplied.\"“S",
	". . . and the bridge was closed by the council.", // isDateWords on a lone "."
}

// TestHugeInputs checks the huge inputs that are no fuzz seeds with what
// the fuzz targets check: Clean, Fold, Parse (both ways), Quotes,
// Entities and ParseHTML keep their promises on them.
func TestHugeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("huge inputs skipped under -short")
	}
	for k, s := range hugeInputs() {
		t.Run(strconv.Itoa(k), func(t *testing.T) {
			if msg := checkClean(s); msg != "" {
				t.Errorf("Clean: %s", msg)
			}
			if out := Fold(s); !utf8.ValidString(out) || Fold(out) != out {
				t.Errorf("Fold of %d bytes: not valid UTF-8 or not idempotent", len(s))
			}
			for _, g := range genFuncs {
				if msg := g.check(s, false); msg != "" {
					t.Errorf("%s of %.40q… (%d bytes): %s", g.name, s, len(s), msg)
				}
			}
		})
	}
	for k, s := range hugeHTMLInputs() {
		t.Run("html-"+strconv.Itoa(k), func(t *testing.T) {
			if msg := checkReadMeta([]byte(s)); msg != "" {
				t.Errorf("readMeta: %s", msg)
			}
			if msg := checkParseHTML([]byte(s)); msg != "" {
				t.Errorf("ParseHTML: %s", msg)
			}
		})
	}
}

// hugeHTMLInputs are large pages for TestHugeInputs, no fuzz seeds.
func hugeHTMLInputs() []string {
	return []string{
		strings.Repeat("<div class=byline>", 3000) + "By Jane",
		strings.Repeat("<p>", 20_000) + "text",
		"<p>" + strings.Repeat("“", 50_000) + "</p>",
	}
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

// textSeeds returns real text cut into pieces of at most maxSeed bytes
// (whole lines where they fit, see seedPieces): the article fixtures (the
// user's seeds among them), testdata/quote, testdata/entity and
// testdata/dedupe, and the hand-marked main texts of testdata/html; then
// generated documents (genSeedDocs), pages among them.
func textSeeds(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, pattern := range []string{"article/*.txt", "quote/*.txt", "entity/*.txt", "dedupe/*.txt", "html/*.truth.txt"} {
		paths, err := filepath.Glob(filepath.Join("testdata", pattern))
		if err != nil || len(paths) == 0 {
			tb.Fatalf("no fixtures in testdata/%s", pattern)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, seedPieces(string(data), maxSeed)...)
		}
	}
	for _, d := range genSeedDocs(40) {
		out = append(out, d.text)
	}
	return out
}

// seedPieces cuts s into pieces of at most max bytes: consecutive lines
// while they fit, a longer line cut at rune starts.
func seedPieces(s string, max int) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if strings.TrimSpace(cur.String()) != "" {
			out = append(out, cur.String())
		}
		cur.Reset()
	}
	for _, l := range strings.SplitAfter(s, "\n") {
		if cur.Len()+len(l) > max {
			flush()
		}
		for len(l) > max {
			cut := max
			for cut > 0 && !utf8.RuneStart(l[cut]) {
				cut--
			}
			if cut == 0 {
				cut = max
			}
			out = append(out, l[:cut])
			l = l[cut:]
		}
		cur.WriteString(l)
	}
	flush()
	return out
}

// htmlSeeds returns pages of at most maxHTMLSeed bytes: pieces of the
// pages of testdata/html that hold story markup (cut before a tag), a
// small page of each page's metadata (metaPage), each page's hand-marked
// text in <p>s, and generated documents as pages.
func htmlSeeds(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	for _, fx := range readHTMLFixtures(tb) {
		out = append(out, []byte(metaPage(string(fx.data))))
		var story []string
		for _, p := range htmlPieces(string(fx.data), maxHTMLSeed) {
			if strings.Contains(p, "<p") || strings.Contains(p, "<figcaption") || strings.Contains(p, "<h1") {
				story = append(story, p)
			}
		}
		for k := 0; k < len(story); k += max(1, len(story)/4) { // four at most, spread over the page
			out = append(out, []byte(story[k]))
		}
		truth, err := os.ReadFile(filepath.Join("testdata", "html", fx.name+".truth.txt"))
		if err == nil {
			page := wrapParagraphs(string(truth))
			out = append(out, []byte(page[:min(len(page), maxHTMLSeed)]))
		}
	}
	for _, d := range genSeedDocs(40) {
		page := d.text
		if !d.html {
			page = wrapParagraphs(d.text)
		}
		out = append(out, []byte(page[:min(len(page), maxHTMLSeed)]))
	}
	return out
}

// htmlPieces cuts page into pieces of at most max bytes, each cut just
// before a '<'.
func htmlPieces(page string, max int) []string {
	var out []string
	for len(page) > max {
		cut := strings.LastIndexByte(page[:max], '<')
		if cut <= 0 {
			cut = max
		}
		out = append(out, page[:cut])
		page = page[cut:]
	}
	return append(out, page)
}

var metaRE = regexp.MustCompile(`(?is)<title[^>]*>.*?</title>|<meta[^>]*>|<link[^>]*rel=["']?author[^>]*>|` +
	`<script[^>]*ld\+json[^>]*>.*?</script>|<time[^>]*>[^<]*</time>|<h1[^>]*>[^<]*</h1>|` +
	`<(?:a|span|div|p)[^>]*(?:byline|author)[^>]*>[^<]{0,200}`)

// metaPage returns a small page made of page's metadata: its title,
// <meta> and author links, JSON-LD, <time>, <h1> and byline elements, at
// most maxHTMLSeed bytes of them.
func metaPage(page string) string {
	var b strings.Builder
	b.WriteString("<html><head>\n")
	for _, m := range metaRE.FindAllString(page, -1) {
		if b.Len()+len(m) > maxHTMLSeed-100 {
			continue
		}
		b.WriteString(m)
		b.WriteByte('\n')
	}
	b.WriteString("</head><body></body></html>\n")
	return b.String()
}

// addTextSeeds adds the nasty inputs, the real text pieces and generated
// documents (textSeeds), and extra to f's seed corpus. With
// NEWSTEXT_FUZZ_NEW_ONLY set, a seed on which check (if not nil) fails or
// panics is left out, so that the fuzzer can run past the failures already
// known.
func addTextSeeds(f *testing.F, check func(string) string, extra ...string) {
	f.Helper()
	newOnly := os.Getenv("NEWSTEXT_FUZZ_NEW_ONLY") != ""
	for _, s := range slices.Concat(nastyInputs(), textSeeds(f), extra) {
		if len(s) > maxSeed {
			f.Fatalf("seed of %d bytes: more than maxSeed", len(s))
		}
		if newOnly && check != nil && failsOrPanics(func() string { return check(s) }) {
			continue
		}
		f.Add(s)
	}
}

// catchPanic returns check's message, or, when check panics, the panic
// and where in the library it happened (see panicSite), so that a fuzz
// target reports a panic as a failure without crashing the test binary.
func catchPanic(check func() string) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("panic: %v at %s\n%s", r, panicSite(debug.Stack()), debug.Stack())
		}
	}()
	return check()
}

// failsOrPanics reports whether check returns a message or panics.
func failsOrPanics(check func() string) (bad bool) {
	defer func() {
		if recover() != nil {
			bad = true
		}
	}()
	return check() != ""
}

// lineSeeds returns every tenth line of the article fixtures, clean and
// damaged (dirty).
func lineSeeds(tb testing.TB) []string {
	var out []string
	for k, l := range fixtureLines(readFixtures(tb)) {
		if k%10 == 0 {
			out = append(out, l[:min(len(l), maxSeed)], dirty(l, k)[:min(len(dirty(l, k)), maxSeed)])
		}
	}
	return out
}

// checkClean returns the first promise of Clean's doc that Clean(s)
// breaks, or "": valid UTF-8 out, idempotent, white space folded to
// single ASCII spaces and trimmed, no format or control characters, NFC.
func checkClean(s string) string {
	out := Clean(s)
	if !utf8.ValidString(out) {
		return fmt.Sprintf("not valid UTF-8: Clean(%q) = %q", s, out)
	}
	if again := Clean(out); again != out {
		return fmt.Sprintf("not idempotent:\n   s = %q\n   Clean(s) = %q\n   Clean(Clean(s)) = %q", s, out, again)
	}
	if strings.Contains(out, "  ") {
		return fmt.Sprintf("doubled space: Clean(%q) = %q", s, out)
	}
	if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") {
		return fmt.Sprintf("space at an end: Clean(%q) = %q", s, out)
	}
	for i, r := range out {
		if r != ' ' && unicode.IsSpace(r) {
			return fmt.Sprintf("white space not an ASCII space: Clean(%q) = %q: %U at %d", s, out, r, i)
		}
		if dropRune(r) {
			return fmt.Sprintf("rune not removed: Clean(%q) = %q: %U at %d", s, out, r, i)
		}
	}
	if !norm.NFC.IsNormalString(out) {
		return fmt.Sprintf("not NFC: Clean(%q) = %q", s, out)
	}
	return ""
}

// FuzzClean checks the promises of Clean's doc: valid UTF-8 out,
// idempotent, white space folded to single ASCII spaces and trimmed, no
// format or control characters, NFC (checkClean).
func FuzzClean(f *testing.F) {
	addTextSeeds(f, checkClean, lineSeeds(f)...)
	f.Fuzz(func(t *testing.T, s string) {
		if msg := catchPanic(func() string { return checkClean(s) }); msg != "" {
			t.Fatal(msg)
		}
	})
}

// checkFold returns what is wrong with Fold(s), or "": Fold is idempotent
// and returns valid UTF-8.
func checkFold(s string) string {
	out := Fold(s)
	if !utf8.ValidString(out) {
		return fmt.Sprintf("not valid UTF-8: Fold(%q) = %q", s, out)
	}
	if again := Fold(out); again != out {
		return fmt.Sprintf("not idempotent:\n   s = %q\n   Fold(s) = %q\n   Fold(Fold(s)) = %q", s, out, again)
	}
	return ""
}

// FuzzFold checks that Fold is idempotent and returns valid UTF-8.
func FuzzFold(f *testing.F) {
	addTextSeeds(f, checkFold, lineSeeds(f)...)
	f.Fuzz(func(t *testing.T, s string) {
		if msg := catchPanic(func() string { return checkFold(s) }); msg != "" {
			t.Fatal(msg)
		}
	})
}

// checkParse returns the first promise that p.Parse(s) breaks, or "":
// every span promise of Article's doc (checkArticles: spans in bounds, on
// rune boundaries and ordered, each text Clean of its span, no byte that
// is not white space lost, no empty paragraph; quotes and entities as
// checkQuotes and checkEntities check them); white space gives no article
// and invisible characters alone one; Single gives at most one.
func checkParse(p Parser, s string) string {
	as := p.Parse(s)
	if msg := checkArticles(s, as); msg != "" {
		return msg
	}
	switch {
	case strings.TrimFunc(s, unicode.IsSpace) == "":
		if len(as) != 0 {
			return fmt.Sprintf("articles from white space: %d, want none", len(as))
		}
	case Clean(s) == "":
		// Only invisible characters: one article reports them.
		if len(as) != 1 {
			return fmt.Sprintf("articles from invisible text: %d, want one", len(as))
		}
	}
	if p.Single && len(as) > 1 {
		return fmt.Sprintf("more than one article with Single: %d", len(as))
	}
	return ""
}

// checkParseHTML returns the first promise ParseHTML breaks on page, or
// "": no error from a reader that gives none, one Text for all the
// articles of the page, and every span promise (checkArticles) over it.
func checkParseHTML(page []byte) string {
	as, err := ParseHTML(bytes.NewReader(page))
	if err != nil {
		return "error from a bytes.Reader: " + err.Error()
	}
	for _, a := range as {
		if a.Text != as[0].Text {
			return "articles of one page with different texts: " + a.Span.String()
		}
	}
	if len(as) == 0 {
		return ""
	}
	return checkArticles(as[0].Text, as)
}

// checkEntitiesCanonical checks es, the entities of text, with
// checkEntities, and that the canonical key of every name is not empty.
func checkEntitiesCanonical(text string, es []Entity) string {
	if msg := checkEntities(text, es); msg != "" {
		return msg
	}
	for _, e := range es {
		if Canonical(e.Name) == "" {
			return "empty canonical key: Canonical(" + strconv.Quote(e.Name) + ")"
		}
	}
	return ""
}

// FuzzParse checks that Parse, and Parse with Single set, never panic and
// keep every promise checkParse checks: the span promises of Article's doc
// for paragraphs, captions, removed lines, quotes and entities.
func FuzzParse(f *testing.F) {
	check := func(s string) string {
		if msg := checkParse(Parser{}, s); msg != "" {
			return msg
		}
		return checkParse(Parser{Single: true}, s)
	}
	addTextSeeds(f, check, knownReproducers...)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []Parser{{}, {Single: true}} {
			if msg := catchPanic(func() string { return checkParse(p, s) }); msg != "" {
				t.Fatalf("%+v.Parse(%q): %s", p, s, msg)
			}
		}
	})
}

// checkReadMeta returns the first promise toUTF8 or readMeta breaks on
// data, or "": toUTF8 leaves its input alone and returns bytes that are
// already UTF-8 unchanged; every field readMeta returns is valid UTF-8 and
// [Clean], and the byline holds no URL or e-mail address.
func checkReadMeta(data []byte) string {
	orig := bytes.Clone(data)
	u := toUTF8(data)
	if !bytes.Equal(data, orig) {
		return "toUTF8 changed its input"
	}
	if !utf8.Valid(u) {
		return fmt.Sprintf("toUTF8(%q) = %q: not valid UTF-8", data, u)
	}
	if utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) &&
		bytes.IndexByte(data, 0x1b) < 0 && !bytes.Equal(u, data) {
		return fmt.Sprintf("toUTF8 changed valid UTF-8: %q to %q", data, u)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u))
	if err != nil {
		return ""
	}
	m := readMeta(doc)
	for _, f := range []struct{ name, v string }{{"Title", m.Title}, {"Site", m.Site}, {"Byline", m.Byline}, {"Published", m.Published}} {
		if !utf8.ValidString(f.v) {
			return fmt.Sprintf("%s not valid UTF-8: %q", f.name, f.v)
		}
		if Clean(f.v) != f.v {
			return fmt.Sprintf("%s not Clean: %q, Clean gives %q", f.name, f.v, Clean(f.v))
		}
	}
	if strings.Contains(m.Byline, "://") || strings.Contains(m.Byline, "@") {
		return fmt.Sprintf("Byline holds a URL or an e-mail address: %q", m.Byline)
	}
	return ""
}
