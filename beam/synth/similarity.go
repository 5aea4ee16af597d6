package synth

import (
	"strings"
	"unicode"
)

// Similarity returns what newstext's Signature.Similarity estimates for
// two texts, computed exactly from their shingle sets: the Jaccard
// similarity of their 4-word shingles, or, when the shingles of their
// leads (those ending in the first 120 words) have a Jaccard similarity of
// 0.25 or more and it is larger, the share of the smaller text's shingles
// in the larger one as newstext estimates it from the Jaccard similarity
// and the word counts. Words are runs of letters and digits, lower-cased,
// as newstext reads them; the texts this package writes have no
// apostrophes or marks, on which the two could differ.
func Similarity(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	whole := jaccard(shingles(wa, len(wa)), shingles(wb, len(wb)))
	if jaccard(shingles(wa, 120), shingles(wb, 120)) < 0.25 {
		return whole
	}
	na, nb := float64(max(1, len(wa)-3)), float64(max(1, len(wb)-3))
	return max(whole, min(1, whole*(na+nb)/(1+whole)/min(na, nb)))
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// shingles returns the set of 4-word shingles that end within the first
// limit words (one shingle of all the words for a text of fewer than 4).
func shingles(w []string, limit int) map[string]bool {
	set := map[string]bool{}
	if len(w) < 4 {
		set[strings.Join(w, " ")] = true
		return set
	}
	for i := 4; i <= min(len(w), limit); i++ {
		set[strings.Join(w[i-4:i], " ")] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	n := 0
	for s := range a {
		if b[s] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}
