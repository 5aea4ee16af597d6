package newstext

import (
	"strings"
	"testing"
)

// TestIsCommonWord checks that the embedded word list is sorted (so that
// a diff of it reads), that isCommonWord finds its first, last and middle
// words, and words that are no entry.
func TestIsCommonWord(t *testing.T) {
	body := commonWordsText
	for strings.HasPrefix(body, "#") {
		_, body, _ = strings.Cut(body, "\n")
	}
	words := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
	if len(words) < 50000 {
		t.Fatalf("commonwords.txt holds %d words, want the whole dictionary", len(words))
	}
	for i := 1; i < len(words); i++ {
		if words[i-1] >= words[i] {
			t.Fatalf("commonwords.txt is not sorted at line %d: %q >= %q", i, words[i-1], words[i])
		}
	}
	for i, line := range words {
		w, tag, _ := strings.Cut(line, "\t")
		if i == 0 || i == 1 || i == len(words)/2 || i >= len(words)-2 || tag == "N" && i%100 == 0 {
			if !isDictionaryWord(w) {
				t.Errorf("isDictionaryWord(%q) = false for a word of the list", w)
			}
			if got, want := isCommonWord(w), tag != "N"; got != want {
				t.Errorf("isCommonWord(%q) = %v, want %v (tag %q)", w, got, want, tag)
			}
		}
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"power", true}, {"using", true}, {"governments", true}, {"hypnotize", true}, {"don't", true}, {"don’t", true},
		{"may", false},  // May, the month and a name
		{"bill", false}, // Bill, a given name
		{"", false}, {"a", false}, {"zzzz", false}, {"Power", false}, {"aaaaa", false}, {"zzzzzzzzzzzzz", false},
	} {
		if got := isCommonWord(tc.w); got != tc.want {
			t.Errorf("isCommonWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	// The words that are names too are in the dictionary all the same.
	for w, want := range map[string]bool{"may": true, "bill": true, "hope": true, "truth": true, "power": true, "robert": false, "lindsey": false, "": false} {
		if got := isDictionaryWord(w); got != want {
			t.Errorf("isDictionaryWord(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"using": true, "hosting": true, "morning": false, "building": false, "following": false, "use": false, "": false} {
		if got := isPresentParticiple(w); got != want {
			t.Errorf("isPresentParticiple(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIsPlaceHead: GeoNames' feature names end places' names, in the
// plural and in British spelling too.
func TestIsPlaceHead(t *testing.T) {
	for w, want := range map[string]bool{
		"park": true, "parks": true, "theater": true, "theatre": true, "harbor": true, "harbour": true,
		"castle": true, "bank": false, "four": false, "metre": false, "": false,
	} {
		if got := isPlaceHead(w); got != want {
			t.Errorf("isPlaceHead(%q) = %v, want %v", w, got, want)
		}
	}
}
