package shingle

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{name: "empty", in: "", want: nil},
		{name: "punctuation", in: " —, !? ", want: nil},
		{name: "words", in: "Hello, world! It's 9:30.", want: []string{"Hello", "world", "It", "s", "9", "30"}},
		{name: "underscore", in: "snake_case _x_", want: []string{"snake_case", "_x_"}},
		{name: "hyphen", in: "e-mail U.S.", want: []string{"e", "mail", "U", "S"}},
		{name: "accents", in: "naïve café", want: []string{"naïve", "café"}},
		{name: "combining-mark", in: "cafe\u0301s", want: []string{"cafe", "s"},
			reason: "Python's \\w excludes marks (Mn), so a decomposed accent splits the word"},
		{name: "numbers", in: "½ ٣ Ⅻ", want: []string{"½", "٣", "Ⅻ"},
			reason: "No, Nd and Nl are all isalnum() in Python"},
		{name: "cjk", in: "日本語のニュース。", want: []string{"日本語のニュース"}},
		{name: "nbsp", in: "a\u00a0b\u200bc", want: []string{"a", "b", "c"},
			reason: "U+200B is a format character (Cf), not a word character"},
		{name: "invalid-utf8", in: "a\xffb", want: []string{"a", "b"},
			reason: "invalid UTF-8 reads as U+FFFD, a symbol"},
		{name: "trailing", in: "end", want: []string{"end"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

// The expectations below are hand-computed from the definition in the
// package comment. When this package was written they were also checked
// against a one-off Python implementation of shared/eval/extraction/README.md (re.findall
// (r'\w+'), collections.Counter of token tuples, Python 3.11): on these
// cases, on the 123 ground-truth texts of shared/eval/extraction with
// dropped, added and repeated paragraphs, and on the 123 raw HTML pages
// against their last two thirds, all 258 per-page (tp, fp, fn) agreed bit
// for bit, all token lists were identical, and Summarise agreed with the
// Python means to the last bit.
func TestCompare(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		want              Result
		reason            string
	}{
		{name: "identical", truth: "a b c d e", pred: "a b c d e",
			want: Result{TP: 1, Exact: true}},
		{name: "punctuation-only-differs", truth: "Hello, world! It's 9:30.", pred: "Hello world It s 9 30",
			want: Result{TP: 1, Exact: true}},
		{name: "short-case", truth: "Hello world", pred: "hello world",
			want:   Result{FP: 0.5, FN: 0.5},
			reason: "one shingle each; case is not folded"},
		{name: "short-vs-long", truth: "one two three", pred: "one two three four",
			want:   Result{FP: 0.5, FN: 0.5},
			reason: "a 3-token shingle never equals a 4-token one"},
		{name: "short-same", truth: "one two three", pred: "One: two, three!",
			want: Result{FP: 0.5, FN: 0.5}},
		{name: "short-equal", truth: "two words", pred: "two, words.",
			want: Result{TP: 1, Exact: true}},
		{name: "empty-truth", truth: "", pred: "a b c d e",
			want: Result{FP: 1}, reason: "2 shingles, both false positives"},
		{name: "empty-pred", truth: "a b c d e", pred: "",
			want: Result{FN: 1}},
		{name: "both-empty", truth: "—, !", pred: "",
			want:   Result{Exact: true},
			reason: "no shingle on either side: nothing to normalise, but the token lists are equal"},
		{name: "repeated-truth", truth: "a b c d a b c d", pred: "a b c d",
			want:   Result{TP: 1.0 / 5, FN: 4.0 / 5},
			reason: "T = {abcd:2, bcda, cdab, dabc}, P = {abcd}: tp 1, fn 4"},
		{name: "repeated-both", truth: "a b c d a b c d", pred: "a b c d a b c d a b c d",
			want:   Result{TP: 5.0 / 9, FP: 4.0 / 9},
			reason: "P = {abcd:3, bcda:2, cdab:2, dabc:2}: tp 2+1+1+1, fp 1+1+1+1"},
		{name: "last-word", truth: "w1 w2 w3 w4 w5 w6", pred: "w1 w2 w3 w4 w5 x",
			want:   Result{TP: 0.5, FP: 0.25, FN: 0.25},
			reason: "3 shingles each, 2 shared"},
		{name: "order", truth: "a b c d e", pred: "b c d e a",
			want:   Result{TP: 1.0 / 3, FP: 1.0 / 3, FN: 1.0 / 3},
			reason: "bcde shared; abcd lost; cdea extra"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.truth, tt.pred)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) || got.Exact != tt.want.Exact {
				t.Errorf("Compare(%q, %q) = %+v, want %+v (%s)", tt.truth, tt.pred, got, tt.want, tt.reason)
			}
			if sum := got.TP + got.FP + got.FN; sum != 0 && !near(sum, 1) {
				t.Errorf("TP+FP+FN = %v, want 1 or 0", sum)
			}
		})
	}
}

func TestResultMethods(t *testing.T) {
	r := Result{TP: 0.5, FP: 0.25, FN: 0.25}
	if p, rc, f := r.Precision(), r.Recall(), r.F1(); !near(p, 2.0/3) || !near(rc, 2.0/3) || !near(f, 2.0/3) {
		t.Errorf("%+v: P, R, F1 = %v, %v, %v, want 2/3 each", r, p, rc, f)
	}
	if p, rc, f := (Result{}).Precision(), (Result{}).Recall(), (Result{}).F1(); p != 0 || rc != 0 || f != 0 {
		t.Errorf("zero Result: P, R, F1 = %v, %v, %v, want 0", p, rc, f)
	}
}

func TestSummarise(t *testing.T) {
	pages := []Result{
		Compare("a b c d e", "a b c d e"),                // P 1, R 1, exact
		Compare("", "a b c d e"),                         // P 0, no R
		Compare("a b c d e", ""),                         // no P, R 0
		Compare("", ""),                                  // neither, exact
		Compare("w1 w2 w3 w4 w5 w6", "w1 w2 w3 w4 w5 x"), // P 2/3, R 2/3
		Compare("a b c d a b c d", "a b c d"),            // P 1, R 1/5
	}
	got := Summarise(pages)
	// P = (1 + 0 + 2/3 + 1)/4 = 2/3; R = (1 + 0 + 2/3 + 1/5)/4 = 7/15;
	// F1 = 2·(2/3)·(7/15)/(2/3 + 7/15) = 28/51; accuracy 2/6.
	want := Score{Precision: 2.0 / 3, Recall: 7.0 / 15, F1: 28.0 / 51, Accuracy: 1.0 / 3, Pages: 6}
	if !near(got.Precision, want.Precision) || !near(got.Recall, want.Recall) || !near(got.F1, want.F1) ||
		!near(got.Accuracy, want.Accuracy) || got.Pages != want.Pages {
		t.Errorf("Summarise = %+v, want %+v", got, want)
	}
	if got := Summarise(nil); got != (Score{}) {
		t.Errorf("Summarise(nil) = %+v, want zero", got)
	}
	if got := Summarise([]Result{Compare("", "")}); got != (Score{Accuracy: 1, Pages: 1}) {
		t.Errorf("Summarise(both empty) = %+v, want accuracy 1 only", got)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// benchText returns a deterministic news-like text of about size bytes,
// mostly ASCII with some accented and non-Latin words, in paragraphs.
func benchText(size int, seed uint32) string {
	words := strings.Fields(`the minister said on Tuesday that talks in Genève
		would resume after 12 days of protests Zürich officials 2019 police
		reported résumé naïve Москва 東京 economy growth of 3.5 per cent
		according to Reuters and AFP while the opposition's leader rejected`)
	var b strings.Builder
	x := seed
	for i := 0; b.Len() < size; i++ {
		x = x*1664525 + 1013904223
		b.WriteString(words[x>>8%uint32(len(words))])
		switch {
		case i%60 == 59:
			b.WriteString(".\n")
		case i%12 == 11:
			b.WriteString(". ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkCompare(b *testing.B) {
	truth := benchText(6000, 1)
	cases := []struct{ name, pred string }{
		// NoChange: the prediction is the truth (the fast path).
		{"NoChange", truth},
		// Change: a paragraph lost, boilerplate and another text added.
		{"Change", truth[len(truth)/5:] + "\nShare this article\nAdvertisement\n" + benchText(1500, 2)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(truth) + len(c.pred)))
			b.ReportAllocs()
			for b.Loop() {
				Compare(truth, c.pred)
			}
		})
	}
}

func BenchmarkTokens(b *testing.B) {
	s := benchText(6000, 1)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Tokens(s)
	}
}

func ExampleCompare() {
	r := Compare("The minister said on Tuesday that talks would resume.",
		"The minister said on Tuesday that talks would resume. Share this article")
	fmt.Printf("tp %.2f fp %.2f fn %.2f F1 %.3f\n", r.TP, r.FP, r.FN, r.F1())
	// Output: tp 0.67 fp 0.33 fn 0.00 F1 0.800
}
