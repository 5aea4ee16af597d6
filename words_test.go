package newstext

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordHelpers: the helpers that spare the attribution rules an
// allocation agree with the strings functions they stand for, on ASCII,
// on other scripts, on the runes whose lower case is ASCII (Kelvin sign,
// dotted capital I) and on invalid UTF-8.
func TestWordHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "He", "she", "THE Agency", "the", "  The  spokesman ", "\u212a", "\u0130t", "It\xff", "\xe2 x",
		"Ｈｅ", "Zoë Ball", "él dijo", "a\u00a0b\u0085c", "tab\tand\nline", strings.Repeat("Long", 20), "ß", "\ufffd", "x\xc2"} {
		checkWordHelpers(t, s)
	}
}

// FuzzWordHelpers checks the helpers against the strings functions on any
// input, invalid UTF-8 and every kind of white space included.
func FuzzWordHelpers(f *testing.F) {
	for _, s := range []string{"He said", " \u2000x\xe2\u2000", "\xf0\x9f\u00a0", "İK", "THE SPOKESMAN\u00a0É SAID", strings.Repeat("\u212a", 11)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkWordHelpers(t, s) })
}

// checkWordHelpers reports where a helper of words.go and the strings
// function it stands for disagree on s.
func checkWordHelpers(t *testing.T, s string) {
	t.Helper()
	var buf [32]byte
	if got, want := string(lowerInto(buf[:], s)), strings.ToLower(s); got != want {
		t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
	}
	for limit := range min(len(s)+2, 70) { // the limits the callers pass, and past the end
		var want []byte // the lower case of s's runes, one by one, until limit bytes or more
		for _, r := range s {
			if len(want) >= limit {
				break
			}
			want = utf8.AppendRune(want, unicode.ToLower(r))
		}
		if got := appendLower(buf[:0], s, limit); string(got) != string(want) {
			t.Errorf("appendLower(%q, %d) = %q, want %q", s, limit, got, want)
		}
		// After bytes already in w, and in a w of little capacity,
		// which appending must grow.
		small := append(make([]byte, 0, 3), 'x')
		if got := appendLower(small, s, limit+1); string(got) != "x"+string(want) {
			t.Errorf("appendLower(%q, %q, %d) = %q, want %q", "x", s, limit+1, got, "x"+string(want))
		}
	}
	if got, want := isLower(s), strings.ToLower(s) == s; got != want {
		t.Errorf("isLower(%q) = %v, want %v", s, got, want)
	}
	if got, want := hasLowerPrefix(s, "the "), strings.HasPrefix(strings.ToLower(s), "the "); got != want {
		t.Errorf("hasLowerPrefix(%q) = %v, want %v", s, got, want)
	}
	f := strings.Fields(s)
	first, last := "", ""
	if len(f) > 0 {
		first, last = f[0], f[len(f)-1]
	}
	if got := firstField(s); got != first {
		t.Errorf("firstField(%q) = %q, want %q", s, got, first)
	}
	if got := lastField(s); got != last {
		t.Errorf("lastField(%q) = %q, want %q", s, got, last)
	}
	if got := countFields(s); got != len(f) {
		t.Errorf("countFields(%q) = %d, want %d", s, got, len(f))
	}
	var fields []string
	for a, b := nextField(s, 0); a < b; a, b = nextField(s, b) {
		fields = append(fields, s[a:b])
	}
	if !slices.Equal(fields, f) {
		t.Errorf("nextField's fields of %q = %q, want %q", s, fields, f)
	}
}

// TestShapeFilter checks that a shapeFilter never turns away a word of its
// set (every word of officeWords and of a set with long words) and turns
// away words of another first letter or length.
// TestWordSet checks that a wordSet's filter never hides a word of the
// set, for every set the stages read, and that words outside it are not
// in it, asked as a string or as bytes.
func TestWordSet(t *testing.T) {
	sets := map[string]*wordSet{
		"officeWords": officeWords, "honorifics": honorifics, "commonCapitals": commonCapitals,
		"stopWords": stopWords, "innerTitles": innerTitles, "abbreviations": abbreviations,
		"demonyms": demonyms, "reportingVerbs": reportingVerbs, "trailingLegalForms": trailingLegalForms,
	}
	for name, s := range sets {
		if len(s.m) == 0 {
			t.Errorf("%s is empty", name)
		}
		for w := range s.m {
			if !s.has(w) || !s.hasBytes([]byte(w)) {
				t.Errorf("%s.has(%q) = false for a word of the set", name, w)
			}
			for _, v := range []string{w + "zz", "Q" + w, strings.ToUpper(w) + "Q"} {
				if !s.m[v] && (s.has(v) || s.hasBytes([]byte(v))) {
					t.Errorf("%s.has(%q) = true for a word not in it", name, v)
				}
			}
		}
		if s.has("") || s.hasBytes(nil) {
			t.Errorf("%s holds the empty word", name)
		}
	}
}

func TestShapeFilter(t *testing.T) {
	long := strings.Repeat("x", 70)
	set := map[string]bool{"president": true, "emir": true, long: true, strings.Repeat("y", 63): true}
	f := shapesOf(set)
	for w := range set {
		if !f.may(w) {
			t.Errorf("may(%q) = false for a word of the set", w)
		}
	}
	for _, w := range []string{"", "resident", "presidents", "emirs", "amir", "Emir"} {
		if f.may(w) {
			t.Errorf("may(%q) = true; want false (no word of the set has its first byte and length)", w)
		}
	}
	if !f.may(strings.Repeat("x", 90)) {
		t.Errorf("may(90 x) = false; lengths of 63 or more share a bit, so it may be in the set")
	}
}

// TestIsLyAdverb: the dictionary's tag L tells the adverbs in "-ly" from
// the nouns and adjectives that end so; a word it does not know counts as
// an adverb.
func TestIsLyAdverb(t *testing.T) {
	for w, want := range map[string]bool{
		"really": true, "quietly": true, "simply": true, "basically": true, "reportedly": true, "exasperatedly": true,
		"unflinchingly": true, // derived from a word the dictionary knows, or unknown
		"family":        false, "assembly": false, "supply": false, "rally": false, "belly": false, "reply": false,
		"rely": false, "comply": false, "barfly": false, // flag Y on stems of their own (review of session 40)
		"Quietly": false, // capitalised: a sentence's first word is read elsewhere
		"fly":     false,
	} {
		if got := isLyAdverb(w); got != want {
			t.Errorf("isLyAdverb(%q) = %v, want %v", w, got, want)
		}
	}
}
