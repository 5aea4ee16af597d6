package newstext

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestIndexFixtures clusters testdata/dedupe/*.txt and compares the groups
// with testdata/dedupe/groups.want, which is taken from the evaluation
// set's annotation, not from this package's output. The files hold a copy
// cut to its top paragraphs, a digest page that quotes a story's top, and
// short stories that share a long house footer.
func TestIndexFixtures(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "dedupe", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures in testdata/dedupe: %v", err)
	}
	ix := NewIndex(DefaultThreshold)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ix.Add(strings.TrimSuffix(filepath.Base(p), ".txt"), string(data))
	}
	want := readGroups(t, filepath.Join("testdata", "dedupe", "groups.want"))
	if diff := cmp.Diff(want, ix.Clusters()); diff != "" {
		t.Errorf("clusters (-want +got):\n%s", diff)
	}
}

// readGroups reads one group a line, ids separated by spaces; lines
// starting with # are comments.
func readGroups(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Fields(line))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSignature(t *testing.T) {
	story := "Two United States service members have been killed in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday.\n\n" +
		"\"The cause of the crash is under investigation, however preliminary reports do not indicate it was caused by enemy fire,\" the statement said.\n\n" +
		"It did not reveal the identities of the two soldiers or the location of the crash. The Taliban claimed to have shot down the helicopter in Logar province."
	other := "The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year, as wage growth slowed and energy prices eased."
	sim := func(a, b string) float64 {
		sa, sb := Sign(a), Sign(b)
		return sa.Similarity(&sb)
	}
	for _, tc := range []struct {
		name   string
		a, b   string
		lo, hi float64
	}{
		{"same text", story, story, 1, 1},
		{"case, quotes, dashes and layout", story, strings.NewReplacer("\"", "“", "\n\n", "\n", ". ", ".\n", "crash", "CRASH").Replace(story), 1, 1},
		{"apostrophes", "Russia's president said it doesn't matter", "Russia’s president said it doesn’t matter", 1, 1},
		{"unrelated", story, other, 0, 0.1},
		{"empty", "", "", 0, 0},
		{"empty and text", "", story, 0, 0},
		{"punctuation only", "… — !!", "?", 0, 0},
		{"one word", "Breaking", "breaking", 1, 1},
		{"one word apart", "Breaking", "Sport", 0, 0.1},
	} {
		if s := sim(tc.a, tc.b); s < tc.lo || s > tc.hi {
			t.Errorf("%s: similarity %.3f, want [%.2f, %.2f]", tc.name, s, tc.lo, tc.hi)
		}
	}
}

// TestIndexNear checks Near: the copy is found, an unrelated text is not,
// and the most similar comes first.
func TestIndexNear(t *testing.T) {
	fs := readFixtures(t)
	ix := NewIndex(DefaultThreshold)
	for _, f := range fs {
		ix.Add(f.name, f.data)
	}
	f := fs[len(fs)/2]
	got := ix.Near(strings.ToUpper(f.data))
	if len(got) == 0 || got[0].ID != f.name || got[0].Similarity != 1 {
		t.Errorf("Near(upper-cased %s) = %v, want %s first with similarity 1", f.name, got, f.name)
	}
	if got := ix.Near("A sentence that is in none of the fixtures about marmalade and owls."); len(got) != 0 {
		t.Errorf("Near(unrelated) = %v, want none", got)
	}
	if got := ix.Near(""); got != nil {
		t.Errorf("Near(\"\") = %v, want nil", got)
	}
}

// TestIndexIdentical adds many copies of one text: they form one cluster,
// and the time grows linearly (8 times the documents take at most 40
// times as long).
func TestIndexIdentical(t *testing.T) {
	text := readFixtures(t)[0].data
	sig := Sign(text)
	run := func(n int) (time.Duration, [][]string) {
		ix := NewIndex(DefaultThreshold)
		start := time.Now()
		for i := range n {
			ix.AddSignature(fmt.Sprint(i), sig)
		}
		return time.Since(start), ix.Clusters()
	}
	small, _ := run(1250)
	large, clusters := run(10000)
	if len(clusters) != 1 || len(clusters[0]) != 10000 {
		t.Errorf("10,000 copies gave %d clusters, want one of 10,000", len(clusters))
	}
	if ratio := float64(large) / float64(small); ratio > 40 {
		t.Errorf("10,000 copies took %v, 1,250 took %v: ratio %.1f, want at most 40", large, small, ratio)
	}
	// Empty and one-word documents.
	ix := NewIndex(DefaultThreshold)
	for i := range 100 {
		ix.Add(fmt.Sprint("empty", i), "")
		ix.Add(fmt.Sprint("word", i), "word")
	}
	if c := ix.Clusters(); len(c) != 1 || len(c[0]) != 100 || c[0][0] != "word0" {
		t.Errorf("empty and one-word documents: %d clusters, want one of the 100 one-word documents", len(c))
	}
}

// FuzzSign checks what Sign and Similarity promise for any text: no
// panic; similarity in [0, 1], symmetric, 1 with itself unless empty, and
// blind to case of ASCII letters and to line layout. Seeds pair pieces of
// real text (textSeeds) with the next piece, and each with itself.
//
//	go test -run '^$' -fuzz='^FuzzSign$' -fuzztime=60s -fuzzminimizetime=10s .
func FuzzSign(f *testing.F) {
	for _, s := range []string{"", "a", "a b c d e", "\xff\xfe", "don't stop", "“quoted” — dash", strings.Repeat("x ", 500)} {
		f.Add(s, "a b c d")
	}
	texts := textSeeds(f)
	for k, s := range texts {
		f.Add(s, texts[(k+1)%len(texts)])
		if k%4 == 0 {
			f.Add(s, s)
		}
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := Sign(a), Sign(b)
		s := sa.Similarity(&sb)
		if s < 0 || s > 1 || s != sb.Similarity(&sa) {
			t.Fatalf("similarity %v (reverse %v)", s, sb.Similarity(&sa))
		}
		if self := sa.Similarity(&sa); (sa.Words > 0) != (self == 1) {
			t.Fatalf("self-similarity %v with %d words", self, sa.Words)
		}
		layout := Sign(strings.ReplaceAll(asciiUpper(a), " ", "\n"))
		if layout != sa {
			t.Fatalf("upper-casing ASCII letters or breaking lines changed the signature of %q", a)
		}
		if len(sa.BandKeys()) != map[bool]int{true: Bands, false: 0}[sa.Words > 0] {
			t.Fatalf("%d band keys for %d words", len(sa.BandKeys()), sa.Words)
		}
	})
}

func asciiUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// BenchmarkSign measures signatures over the article fixtures.
func BenchmarkSign(b *testing.B) {
	benchmarkFixtures(b, func(text string) { Sign(text) })
}

// BenchmarkIndex adds 10k, 100k and 1M short documents with Add (signing
// included) to an index sized with Grow, and reports the time and the
// heap memory per document. A document is 40 to 120 words drawn at random
// from the fixtures' running text, so the words have the frequencies of
// real news, but documents are not copies of each other (as in a corpus,
// most documents have no near-duplicate). The 1M case is skipped under
// -short.
func BenchmarkIndex(b *testing.B) {
	words := strings.Fields(joinFixtures(readFixtures(b)))
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprint(n/1000, "k"), func(b *testing.B) {
			if testing.Short() && n > 100_000 {
				b.Skip("1M documents skipped under -short")
			}
			r := rand.New(rand.NewPCG(uint64(n), 7))
			texts := make([]string, n)
			ids := make([]string, n)
			bytes := 0
			var doc []string
			for i := range texts {
				doc = doc[:0]
				for range 40 + r.IntN(81) {
					doc = append(doc, words[r.IntN(len(words))])
				}
				texts[i] = strings.Join(doc, " ")
				ids[i] = fmt.Sprint("doc", i)
				bytes += len(texts[i])
			}
			build := func() *Index {
				ix := NewIndex(DefaultThreshold)
				ix.Grow(n)
				for i := range texts {
					ix.Add(ids[i], texts[i])
				}
				return ix
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ix := build()
			runtime.GC()
			runtime.ReadMemStats(&after)
			runtime.KeepAlive(ix)
			ix = nil
			b.SetBytes(int64(bytes))
			b.ResetTimer()
			for b.Loop() {
				build()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/doc")
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "B/doc")
		})
	}
}

// TestParseRepeats checks the repeats Parse drops inside one article, and
// what it must keep.
func TestParseRepeats(t *testing.T) {
	const text = "Ministers meet as talks stall\n\n" +
		"Ministers meet as talks stall.\n\n" + // the headline again, with a full stop
		"Officials said the talks would resume on Friday in Geneva after a pause of two weeks. The delegations have not met since June.\n\n" +
		"The delegations have not met since June.\n\n" + // a pull quote: one sentence of the paragraph above
		"Both sides blamed each other for the delay, a diplomat said.\n\n" +
		"Both sides blamed each other for the delay – a diplomat said\n\n" + // again, a dash and no full stop
		"Turnout was 61 percent in the first round of voting last year.\n\n" +
		"Turnout was 64 percent in the first round of voting last year.\n\n" + // one number changed: a different sentence
		"Prices rose again in March. Officials said the talks would resume on Friday in Geneva after a pause of two weeks.\n" // ends with a sentence printed before
	a := parseSingle(t, text)
	var paras []string
	for _, p := range a.Paragraphs {
		paras = append(paras, p.Text)
	}
	want := []string{
		"Officials said the talks would resume on Friday in Geneva after a pause of two weeks. The delegations have not met since June.",
		"Both sides blamed each other for the delay, a diplomat said.",
		"Turnout was 61 percent in the first round of voting last year.",
		"Turnout was 64 percent in the first round of voting last year.",
		"Prices rose again in March.",
	}
	if diff := cmp.Diff(want, paras); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	var removed []string
	for _, r := range a.Removed {
		removed = append(removed, string(r.Reason)+": "+r.Text)
	}
	wantRemoved := []string{
		"repeated-title: Ministers meet as talks stall.",
		"repeated-sentence: The delegations have not met since June.",
		"repeated-paragraph: Both sides blamed each other for the delay – a diplomat said",
		"repeated-sentence: Officials said the talks would resume on Friday in Geneva after a pause of two weeks.",
	}
	if diff := cmp.Diff(wantRemoved, removed); diff != "" {
		t.Errorf("removed (-want +got):\n%s", diff)
	}
	if msg := checkArticles(text, []Article{a}); msg != "" {
		t.Error(msg)
	}
}

// TestParseRepeatsEdges covers the repeat rules' edges: a subheading that
// echoes the last words of a quote stays; a sentence ending in a number
// is a sentence; a caption glued to its "Media caption" label, printed
// again with a credit appended, is one caption.
func TestParseRepeatsEdges(t *testing.T) {
	const text = "Hearing ends with a warning\n\n" +
		"Media captionThe envoy leaving the hearing in Washington\n\n" +
		"Those playing on the new console get a steady picture in Racer 2.\n\n" + // a standfirst: the first sentence below
		"\"My fears have been realized\"\n\n" + // a subheading: kept
		"Morrison told the committee, \"I feared how its disclosure would play. My fears have been realized.\"\n\n" +
		"Those playing on the new console get a steady picture in Racer 2. The browser version is less smooth.\n\n" +
		"Media captionThe envoy leaving the hearing in Washington Photo: AFP\n\n" + // the caption again, a credit appended
		"The committee meets again next week to hear two more witnesses.\n"
	a := parseSingle(t, text)
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, "paragraph: "+p.Text)
	}
	for _, c := range a.Captions {
		got = append(got, fmt.Sprintf("caption: %s (repeats %d)", c.Text, c.Repeats))
	}
	for _, r := range a.Removed {
		got = append(got, string(r.Reason)+": "+r.Text)
	}
	want := []string{
		"paragraph: \"My fears have been realized\"",
		"paragraph: Morrison told the committee, \"I feared how its disclosure would play. My fears have been realized.\"",
		"paragraph: Those playing on the new console get a steady picture in Racer 2. The browser version is less smooth.",
		"paragraph: The committee meets again next week to hear two more witnesses.",
		"caption: Media captionThe envoy leaving the hearing in Washington (repeats 2)",
		"repeated-sentence: Those playing on the new console get a steady picture in Racer 2.",
		"repeated-caption: Media captionThe envoy leaving the hearing in Washington Photo: AFP",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if msg := checkArticles(text, []Article{a}); msg != "" {
		t.Error(msg)
	}
}

// parseSingle parses text as one story.
func parseSingle(t *testing.T, text string) Article {
	t.Helper()
	as := (&Parser{Single: true}).Parse(text)
	if len(as) != 1 {
		t.Fatalf("%d articles, want 1", len(as))
	}
	return as[0]
}

// TestParseRepeatedQuote: the same words quoted twice in an article are
// one quote with both spans; the second occurrence's speaker fills in a
// first that had none.
func TestParseRepeatedQuote(t *testing.T) {
	const text = "Talks stall in Geneva\n\n" +
		"The plan was \"a step towards a lasting settlement\", the delegates hoped on Monday.\n\n" +
		"Officials met again on Tuesday.\n\n" +
		"\"A step towards a lasting settlement,\" Anna Berg said, was all she would offer.\n"
	a := parseSingle(t, text)
	if len(a.Quotes) != 1 {
		t.Fatalf("%d quotes, want 1: %+v", len(a.Quotes), a.Quotes)
	}
	q := a.Quotes[0]
	second := strings.LastIndex(text, "A step towards")
	if len(q.Repeats) != 1 || q.Repeats[0].Start != second {
		t.Errorf("repeats %v, want one span at %d", q.Repeats, second)
	}
	if q.Speaker != "Anna Berg" {
		t.Errorf("speaker %q, want the one the repeat names", q.Speaker)
	}
}

// TestSignArticle checks that SignArticle signs what its doc says: the
// headline and the paragraphs, as Sign does their text joined, on every
// article of the fixtures.
func TestSignArticle(t *testing.T) {
	for _, f := range readFixtures(t) {
		for i, a := range Parse(string(f.data)) {
			if got, want := SignArticle(&a), Sign(a.Title+"\n\n"+a.Body()); got != want {
				t.Errorf("%s article %d: SignArticle differs from Sign of headline and body", f.name, i+1)
			}
		}
	}
}

// TestSentenceKeysJoin checks what dedupeParagraphs relies on to key a
// paragraph and its sentences in one pass: for a paragraph that Clean
// leaves as it is, the word keys of its sentences, the empty ones left
// out, joined by spaces, are the paragraph's word key.
func TestSentenceKeysJoin(t *testing.T) {
	lines := fixtureLines(readFixtures(t))
	lines = append(lines, "He said 'go.' Then he went.", "It’s done! ‘Yes.’ 42 is. — Done…", "A. B. C. Dee went home. ... !", "Über straße. Ça va? Naïve café.")
	for _, l := range lines {
		p := Clean(l)
		var keys []string
		for _, s := range appendSentenceSpans(nil, p, Span{0, len(p)}) {
			if k, n := wordKey(p[s.Start:s.End]); n > 0 {
				keys = append(keys, k)
			}
		}
		if got, want := strings.Join(keys, " "), mustWordKey(p); got != want {
			t.Errorf("%q: sentences' keys joined = %q, paragraph's key %q", p, got, want)
		}
	}
}

// TestAppendWordKey checks appendWordKey, which spells eachWord's rule
// out for speed, against eachWord: the same words, joined by spaces, on
// the fixture lines, the same lines damaged as scrapers damage them, and
// apostrophes, combining marks and letters whose lower case is longer.
func TestAppendWordKey(t *testing.T) {
	lines := damagedFixtureLines(t)
	lines = append(lines, "", "don't ’tis Ça’va x\u0301y \u0301z Ǆ İstanbul Ⱥb’‘c 'a' ‘b’ a''b", "\xff\xfeA\xc3",
		"a b c d e f g h i j k l", "ab  cd , ef -gh ij- kl", "abcdefg h ", "abcdefgh ijklmno p.", "A B. C'D E’F",
		"x y\tz\u00a0w é a")
	for _, l := range lines {
		got, n := appendWordKey([]byte("x"), l)
		want, m := []byte("x"), 0
		eachWord(l, nil, func(w []byte) {
			if m > 0 {
				want = append(want, ' ')
			}
			want = append(want, w...)
			m++
		})
		if string(got) != string(want) || n != m {
			t.Errorf("appendWordKey(%q) = %q, %d; eachWord gives %q, %d", l, got, n, want, m)
		}
	}
}
