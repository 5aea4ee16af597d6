package newstext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The benchmarks run on the article fixtures (real scraped dumps in
// testdata/article), never on a list in code, so a fixture dropped into the
// folder is measured too. Run them with
//
//	go test -run '^$' -bench . -benchmem .
//
// and compare runs with benchstat.

// fixture is one input of testdata/article.
type fixture struct {
	name string // file stem: "seed-000"
	data string
}

// readFixtures returns the article fixtures in name order. It fails the
// test or benchmark when there are none.
func readFixtures(tb testing.TB) []fixture {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "article", "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatal("no fixtures in testdata/article/*.txt")
	}
	var out []fixture
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, fixture{strings.TrimSuffix(filepath.Base(p), ".txt"), string(data)})
	}
	return out
}

// joinFixtures returns the fixtures one after the other, separated by
// blank lines as a scraper's dump of several pages is.
func joinFixtures(fs []fixture) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.data)
		b.WriteString("\n\n\n")
	}
	return b.String()
}

// fixtureGroup returns the group of a fixture: its name up to the last
// hyphen ("same-topic" of "same-topic-013").
func fixtureGroup(name string) string {
	if i := strings.LastIndexByte(name, '-'); i > 0 {
		return name[:i]
	}
	return name
}

// repeatTo returns s repeated until it is at least n bytes long, cut at
// the end of a repetition.
func repeatTo(s string, n int) string {
	if s == "" {
		panic("repeatTo: empty string")
	}
	return strings.Repeat(s, (n+len(s)-1)/len(s))
}

// fixtureLines returns every line of the fixtures, blank lines left out.
func fixtureLines(fs []fixture) []string {
	var out []string
	for _, f := range fs {
		for _, l := range strings.FieldsFunc(f.data, func(r rune) bool { return r == '\n' || r == '\r' }) {
			if strings.TrimSpace(l) != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// damagedFixtureLines returns the lines of fixtureLines followed by each
// of them damaged by dirty.
func damagedFixtureLines(tb testing.TB) []string {
	lines := fixtureLines(readFixtures(tb))
	for k, l := range lines {
		lines = append(lines, dirty(l, k))
	}
	return lines
}

// dirty returns line with the damage scrapers leave injected
// deterministically (the k-th line always gets the same damage): some
// spaces become NBSP, doubled spaces or a space and a zero-width space;
// some words gain an escaped entity; apostrophes, dashes and accented
// letters become Windows-1252 mojibake; and the line gets a soft hyphen
// and trailing white space.
func dirty(line string, k int) string {
	seps := []string{" ", "\u00a0", "  ", " \u200b", " &amp; ", " ", "&nbsp;", " \t"}
	var b strings.Builder
	for i, w := range strings.Split(line, " ") {
		if i > 0 {
			b.WriteString(seps[(i+k)%len(seps)])
		}
		if (i+k)%13 == 6 && len(w) > 4 {
			w = w[:2] + "\u00ad" + w[2:]
		}
		b.WriteString(w)
	}
	s := b.String()
	s = strings.NewReplacer(
		"’", "â€™", // ’ read as Windows-1252
		"'", "&#8217;",
		"—", "â€”", // —
		"“", "â€œ", // “
		"é", "Ã©", // é
		"\"", "&quot;",
	).Replace(s)
	if k%3 == 0 {
		s = "\ufeff" + s
	}
	return s + " \u00a0\r"
}

// BenchmarkParse measures Parse on each group of fixtures and on all of
// them joined into one dump.
func BenchmarkParse(b *testing.B) {
	fs := readFixtures(b)
	groups := map[string][]fixture{}
	var order []string
	for _, f := range fs {
		g := fixtureGroup(f.name)
		if groups[g] == nil {
			order = append(order, g)
		}
		groups[g] = append(groups[g], f)
	}
	bench := func(name, input string) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				Parse(input)
			}
		})
	}
	for _, g := range order {
		// Each fixture of a group is parsed on its own: one op parses
		// the group's files one after the other.
		b.Run(g, func(b *testing.B) {
			n := 0
			for _, f := range groups[g] {
				n += len(f.data)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, f := range groups[g] {
					Parse(f.data)
				}
			}
		})
	}
	bench("all", joinFixtures(fs))
}

// BenchmarkParseDev measures Parse, with every stage and with entities
// and quotes off, on the segmentation dev dumps (../shared/eval/segment/dev,
// outside this repository: skipped when absent), one file at a time:
//
//	GOMAXPROCS=1 go test -run '^$' -bench ParseDev -benchmem .
func BenchmarkParseDev(b *testing.B) {
	docs := readDevDumps(b)
	if len(docs) == 0 {
		b.Skip("no dumps in ../shared/eval/segment/dev")
	}
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	for _, o := range []struct {
		name string
		p    Parser
	}{
		{"all", Parser{}},
		{"neither", Parser{NoEntities: true, NoQuotes: true}},
	} {
		b.Run("opts="+o.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					o.p.Parse(d)
				}
			}
		})
	}
}

// BenchmarkClean measures Clean line by line, as Parse calls it, on text
// that is already clean (NoChange: must not allocate) and on the fixture
// lines with NBSP, entities, format characters and mojibake injected
// (Change).
func BenchmarkClean(b *testing.B) {
	lines := fixtureLines(readFixtures(b))
	clean := make([]string, len(lines))
	dirt := make([]string, len(lines))
	for k, l := range lines {
		clean[k] = Clean(l)
		dirt[k] = dirty(l, k)
	}
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"NoChange", clean},
		{"Change", dirt},
	} {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			for _, l := range c.lines {
				n += len(l)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, l := range c.lines {
					Clean(l)
				}
			}
		})
	}
}

// TestCleanNoChangeAllocs checks the promise of Clean's doc that text
// which is already clean is returned as is, without allocating, on every
// line of the fixtures after Clean.
func TestCleanNoChangeAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not exact under the race detector")
	}
	for _, l := range fixtureLines(readFixtures(t)) {
		c := Clean(l)
		if n := testing.AllocsPerRun(10, func() { Clean(c) }); n != 0 {
			t.Errorf("Clean(%q) of clean text: %v allocations, want 0", c, n)
		}
		if got := Clean(c); got != c {
			t.Errorf("Clean(%q) = %q, want it unchanged", c, got)
		}
	}
}

// BenchmarkFold measures Fold line by line on the raw fixture lines.
func BenchmarkFold(b *testing.B) {
	benchmarkTexts(b, fixtureLines(readFixtures(b)), nil, func(l string) { Fold(l) })
}

// BenchmarkParseScale measures Parse on 1 MB and 50 MB dumps made of the
// fixtures repeated. Parse is meant to be linear: the MB/s of the two
// should be close, and the 50 MB case must take at most 60 times the
// 1 MB one. The 50 MB case is skipped under -short.
func BenchmarkParseScale(b *testing.B) {
	all := joinFixtures(readFixtures(b))
	for _, size := range []struct {
		name string
		n    int
	}{
		{"1MB", 1 << 20},
		{"50MB", 50 << 20},
	} {
		b.Run(size.name, func(b *testing.B) {
			if testing.Short() && size.n > 1<<20 {
				b.Skip("50 MB input skipped under -short")
			}
			input := repeatTo(all, size.n)
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				Parse(input)
			}
		})
	}
}

// BenchmarkSegment measures the segmenter alone (segment, after the line
// analysis that Parse runs before it) on the segmentation dev dumps when
// they are present and on the article fixtures otherwise, so that its
// share of Parse can be read beside BenchmarkParseDev in one run:
//
//	GOMAXPROCS=1 go test -run '^$' -bench 'Segment|ParseDev/opts=all' .
func BenchmarkSegment(b *testing.B) {
	docs := devDumpsOrFixtures(b)
	type analysed struct {
		lines []line
		lex   *lexicon
	}
	var in []analysed
	n := 0
	for _, d := range docs {
		lines := splitLines(d)
		in = append(in, analysed{lines, analyse(d, lines)})
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range in {
			// What segment caches on the lexicon is computed afresh,
			// as in a parse.
			a.lex.templates = a.lex.templates[:0]
			a.lex.wideHeads, a.lex.firstBody, a.lex.lastTitle = a.lex.wideHeads[:0], a.lex.firstBody[:0], a.lex.lastTitle[:0]
			a.lex.idfs = a.lex.idfs[:0]
			segment(a.lines, a.lex)
		}
	}
}

// BenchmarkAnalyse measures the line analysis alone (splitLines and
// analyse, the first steps of Parse), on the segmentation dev dumps when
// they are present and on the article fixtures otherwise, so that its
// share of Parse can be read beside BenchmarkParseDev in one run:
//
//	GOMAXPROCS=1 go test -run '^$' -bench 'Analyse|Repeats|Segment|ParseDev' .
func BenchmarkAnalyse(b *testing.B) {
	benchmarkTexts(b, devDumpsOrFixtures(b), nil, func(d string) {
		lines := splitLines(d)
		analyse(d, lines).release()
		releaseLines(lines)
	})
}

// BenchmarkRepeats measures the repeat removal alone (dedupeParagraphs)
// on the stories Parse returns for the dev dumps (or the fixtures): their
// repeats are out already, so each op keys every paragraph, sentence,
// caption and title as a parse does and finds almost nothing to remove.
func BenchmarkRepeats(b *testing.B) {
	docs := devDumpsOrFixtures(b)
	type story struct {
		text string
		a    Article
	}
	var in []story
	n := 0
	for _, d := range docs {
		for _, a := range (&Parser{NoEntities: true, NoQuotes: true}).Parse(d) {
			in = append(in, story{d, a})
		}
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var a Article
	for b.Loop() {
		for i := range in {
			// dedupeParagraphs filters a's paragraphs in place and adds
			// to its removed lines: each op starts from copies.
			a = in[i].a
			a.Paragraphs = append(a.Paragraphs[:0:0], in[i].a.Paragraphs...)
			a.Captions = append(a.Captions[:0:0], in[i].a.Captions...)
			a.Removed = a.Removed[:len(a.Removed):len(a.Removed)]
			dedupeParagraphs(in[i].text, &a, false)
		}
	}
}

// devDumpsOrFixtures returns the segmentation dev dumps (readDevDumps), or
// the article fixtures where those are absent.
func devDumpsOrFixtures(b *testing.B) []string {
	docs := readDevDumps(b)
	if len(docs) == 0 {
		for _, f := range readFixtures(b) {
			docs = append(docs, f.data)
		}
	}
	return docs
}

// readDevDumps returns the texts of the segmentation dev dumps
// (../shared/eval/segment/dev/*.txt, outside this repository), or none
// when they are absent.
func readDevDumps(b *testing.B) []string {
	paths, _ := filepath.Glob(filepath.Join("..", "shared", "eval", "segment", "dev", "*.txt"))
	var docs []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
	}
	return docs
}
