// Package shingle scores extracted text against a hand-made truth with the
// metric of the ScrapingHub article-extraction benchmark (described in
// shared/eval/extraction/README.md), so that the Go evaluation prints the
// same figures as the benchmark's own Python scorer.
//
// A text is cut into word tokens ([Tokens]) and becomes the multiset of its
// consecutive 4-token shingles; a text of 1 to 3 tokens is one shingle of
// all its tokens, and a text with no token has no shingle. [Compare] counts,
// between the truth multiset T and the prediction multiset P,
//
//	tp = Σ min(T[s], P[s]),  fp = Σ max(0, P[s]−T[s]),  fn = Σ max(0, T[s]−P[s])
//
// and divides the three by tp+fp+fn so that every page weighs the same.
// [Summarise] averages pages: precision is the mean of tp/(tp+fp) over pages
// with tp+fp > 0, recall the mean of tp/(tp+fn) over pages with tp+fn > 0,
// F1 = 2PR/(P+R) of those two means (not a mean of per-page F1s), and
// accuracy the share of pages whose token lists are identical.
//
// Tokens are compared as written: the metric does not fold case.
//
// Everything here is pure and safe for concurrent use.
package shingle

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// n is the number of tokens in a shingle.
const n = 4

// Tokens returns the word tokens of s in order: the maximal runs of word
// characters, which are the letters (Unicode categories L*), the numbers
// (N*) and '_'. Every other rune separates tokens, combining marks (M*)
// included; invalid UTF-8 is read as U+FFFD, which separates tokens too.
// strings.Join(Tokens(s), "") holds only word characters, and every token is
// a substring of s.
//
// This is what Python's re.findall(r'\w+', s) returns for a str s: Python's
// \w is '_' and the characters for which str.isalnum() is true, and
// isalnum() is true exactly for the categories L* and N*, marks excluded.
// The one difference is the Unicode version: Go 1.26 knows Unicode 15.0,
// Python 3.11 Unicode 14.0, so the 4,388 letters and numbers added in 15.0
// (Kawi, Nag Mundari, CJK Extension H, …) are word characters here and
// separators there. Checked over all of U+0000–U+10FFFF.
func Tokens(s string) []string {
	var toks []string
	words(s, func(tok string) { toks = append(toks, tok) })
	return toks
}

// words calls yield with each token of s, in order, as [Tokens] defines
// them. It scans bytes, not a regular expression: ASCII takes one table
// look-up per byte.
func words(s string, yield func(string)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		word, size := false, 1
		if c < utf8.RuneSelf {
			word = asciiWord[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsNumber(r)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			yield(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		yield(s[start:])
	}
}

// asciiWord reports, for each ASCII byte, whether it is a word character:
// [0-9A-Za-z_].
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// Result is the comparison of one predicted text with its truth (one page
// of the benchmark). TP, FP and FN are shares of tp+fp+fn, so that
// TP+FP+FN == 1, or all three are 0 when neither text has a token.
type Result struct {
	TP, FP, FN float64
	// Exact is set when the two token lists are identical (both empty
	// included).
	Exact bool
}

// Precision returns TP/(TP+FP), or 0 when the prediction has no shingle.
func (r Result) Precision() float64 { return ratio(r.TP, r.TP+r.FP) }

// Recall returns TP/(TP+FN), or 0 when the truth has no shingle.
func (r Result) Recall() float64 { return ratio(r.TP, r.TP+r.FN) }

// F1 returns the harmonic mean of [Result.Precision] and
// [Result.Recall], or 0 when both are 0.
func (r Result) F1() float64 { return f1(r.Precision(), r.Recall()) }

// Compare returns the shingle overlap of pred with truth. Compare(s, s) has
// TP == 1 and Exact set for every s with a token.
func Compare(truth, pred string) Result {
	// Tokens are interned to small integers so that a shingle is a
	// comparable array rather than a joined string: no allocation per
	// shingle, and no separator that a token could contain. IDs start at
	// 1; 0 pads the one shingle of a text shorter than n tokens, so it
	// never equals a longer shingle.
	// News text runs at about six bytes a token, with fewer distinct
	// tokens than tokens; the hints save most of the growing.
	ids := make(map[string]uint32, (len(truth)+len(pred))/16)
	intern := func(s string) []uint32 {
		out := make([]uint32, 0, len(s)/6+1)
		words(s, func(tok string) {
			id, ok := ids[tok]
			if !ok {
				id = uint32(len(ids) + 1)
				ids[tok] = id
			}
			out = append(out, id)
		})
		return out
	}
	t, p := intern(truth), intern(pred)

	var tp, fp, fn int
	exact := slices.Equal(t, p)
	if exact {
		tp = shingles(t, func([n]uint32) {})
	} else {
		bag := make(map[[n]uint32]int32, max(len(t)-n+1, 1))
		nt := shingles(t, func(k [n]uint32) { bag[k]++ })
		shingles(p, func(k [n]uint32) {
			if bag[k] > 0 {
				bag[k]--
				tp++
			} else {
				fp++
			}
		})
		fn = nt - tp
	}

	r := Result{Exact: exact}
	if sum := float64(tp + fp + fn); sum > 0 {
		// The same operations, in the same order, as the Python
		// scorer, so that the figures agree to the last bit.
		r.TP, r.FP, r.FN = float64(tp)/sum, float64(fp)/sum, float64(fn)/sum
	}
	return r
}

// shingles calls yield with each shingle of the token IDs and returns how
// many there were: len(ids)-n+1 shingles, or one for 1 to n-1 tokens, or
// none for no token.
func shingles(ids []uint32, yield func([n]uint32)) int {
	if len(ids) == 0 {
		return 0
	}
	if len(ids) < n {
		var k [n]uint32
		copy(k[:], ids)
		yield(k)
		return 1
	}
	for i := 0; i+n <= len(ids); i++ {
		yield([n]uint32(ids[i : i+n]))
	}
	return len(ids) - n + 1
}

// Score is the benchmark's summary of a set of pages.
type Score struct {
	// Precision is the mean of TP/(TP+FP) over the pages whose
	// prediction has a shingle; 0 when none has.
	Precision float64
	// Recall is the mean of TP/(TP+FN) over the pages whose truth has a
	// shingle; 0 when none has.
	Recall float64
	// F1 is 2·Precision·Recall/(Precision+Recall), 0 when both are 0.
	F1 float64
	// Accuracy is the share of pages with [Result.Exact] set; 0 for no
	// page.
	Accuracy float64
	// Pages is the number of pages summarised.
	Pages int
}

// Summarise returns the benchmark's figures for the pages.
func Summarise(pages []Result) Score {
	var psum, rsum float64
	var pn, rn, exact int
	for _, r := range pages {
		if r.TP+r.FP > 0 {
			psum += r.TP / (r.TP + r.FP)
			pn++
		}
		if r.TP+r.FN > 0 {
			rsum += r.TP / (r.TP + r.FN)
			rn++
		}
		if r.Exact {
			exact++
		}
	}
	s := Score{
		Precision: ratio(psum, float64(pn)),
		Recall:    ratio(rsum, float64(rn)),
		Accuracy:  ratio(float64(exact), float64(len(pages))),
		Pages:     len(pages),
	}
	s.F1 = f1(s.Precision, s.Recall)
	return s
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
