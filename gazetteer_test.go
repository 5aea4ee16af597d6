package newstext

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestLookupsDoNotAllocate: the dictionary's and the gazetteers' lookups
// of a word in any case, which the entity rules make for most words of a
// text, lower it into a buffer that does not escape: no allocation.
func TestLookupsDoNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	loadGazetteers()
	for _, w := range []string{"Source", "READY", "Zentrik", "Houston"} {
		if n := testing.AllocsPerRun(20, func() { inDictionary(w); inCommonWords(w); isPlaceHeadWord(w) }); n != 0 {
			t.Errorf("lookups of %q allocate %v times", w, n)
		}
	}
}

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

// TestEveryListedName keys every name of the embedded lists (places, their
// other spellings and the cities they stand for, given names, firms, the
// alias table's names and aliases) alone, with its possessive, in a
// sentence and as a quotation's speaker, by the rules alone and with the
// alias table: no name may send the resolver
// round in a circle ("Ternopil", a spelling of "Ternopil’", whose
// apostrophe reads as a possessive's, once overflowed the stack), and
// every mention a sentence gives back is the text of its span.
func TestEveryListedName(t *testing.T) {
	names := slices.Clone(listedNames())
	for _, e := range DefaultResolver().table().entries {
		names = append(names, e.display)
	}
	for line := range strings.Lines(embeddedAliases) { // every alias and nickname too
		if _, rest, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, "#") {
			for _, a := range strings.Split(rest, "|") {
				names = append(names, strings.TrimSpace(strings.ReplaceAll(a, "/", "")))
			}
		}
	}
	var bare Resolver
	table := DefaultResolver()
	for _, name := range names {
		for _, n := range []string{name, name + "'s", name + "’"} {
			bare.Key(n)
			table.Key(n)
		}
		text := "Officials in " + name + " said on Monday that " + name + "’s mayor had resigned."
		for _, e := range Entities(text) {
			for _, m := range e.Mentions {
				if m.Span.Start < 0 || m.Span.End > len(text) || text[m.Span.Start:m.Span.End] != m.Text {
					t.Fatalf("%q: mention %q at %v is not the text of its span", text, m.Text, m.Span)
				}
			}
		}
		text = "“We will stay,” " + name + " said."
		for _, q := range Quotes(text) {
			if s := q.SpeakerSpan; s != (Span{}) && (s.Start < 0 || s.End > len(text) || s.Start > s.End) {
				t.Fatalf("%q: speaker span %v out of the text", text, s)
			}
		}
	}
	bare.KeyAll(names)
	t.Logf("%d names", len(names))
}

// listedNames returns every name of the embedded lists (places, their
// other spellings and the cities they stand for, given names, firms),
// sorted and each once: the names the resolver treats specially, which
// TestEveryListedName keys one by one and TestGeneratedNews draws from
// (a grammar of a few dozen names never reaches them: a city whose name
// ends in an apostrophe once sent the resolver round in a circle).
var listedNames = sync.OnceValue(func() []string {
	var names []string
	for _, text := range []string{placesText, divisionsText, newerPlacesText, placeVariantsText, givenNamesText, firmsText} {
		for name, tag := range entries(text) {
			names = append(names, name)
			if text == placeVariantsText {
				names = append(names, tag) // the city's name
			}
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
})

// TestFirmsWithoutBang: a brand the list writes with an exclamation mark
// is found as texts write it, with or without the mark, and is a firm.
func TestFirmsWithoutBang(t *testing.T) {
	for _, name := range []string{"Yahoo!", "Yahoo", "Yum! Brands", "Yum Brands"} {
		if !isFirmName(name) {
			t.Errorf("isFirmName(%q) = false, want true", name)
		}
	}
	checkKinds(t, "Shares fell after Yahoo said on Monday it would cut jobs.", map[string]Kind{"Yahoo": Org})
}

// TestLineIndex checks that a lineIndex finds every entry of the embedded
// dictionary and given names with its tag, as the entries iterator reads
// them, and nothing else: not the comment lines, not a name cut short or
// run on, not a name the skip function left out; and that a small file
// with blank lines, comments, indented and CRLF lines reads as entries
// reads it.
func TestLineIndex(t *testing.T) {
	for _, file := range []struct {
		name, text string
	}{{"commonwords.txt", commonWordsText}, {"givennames.txt", givenNamesText}, {"placevariants.txt", placeVariantsText}} {
		x := indexLines(file.text, nil)
		want := map[string]string{}
		for name, tag := range entries(file.text) {
			want[name] = tag
		}
		n := 0
		for name, tag := range want {
			n++
			if got, ok := x.lookup(name); !ok || got != tag {
				t.Fatalf("%s: lookup(%q) = %q, %v; want %q, true", file.name, name, got, ok, tag)
			}
			for _, other := range []string{name + "q", name[:len(name)-1], "#" + name, " " + name, name + "\t" + tag} {
				if _, isEntry := want[other]; isEntry {
					continue
				}
				if _, ok := x.lookup(other); ok {
					t.Fatalf("%s: lookup(%q) found an entry the file does not have", file.name, other)
				}
			}
		}
		if n < 5000 {
			t.Fatalf("%s: %d entries, want the whole file", file.name, n)
		}
		if len(x.slots) < n+n/3 {
			t.Errorf("%s: %d slots for %d entries, want a quarter free at least", file.name, len(x.slots), n)
		}
	}
	small := "# a comment\n\nalpha\tA\n  beta\r\ngamma\tG x\n# delta\neps  \nzeta\tZ z \nNew York\tNY\nlast"
	x := indexLines(small, func(name string) bool { return name == "gamma" })
	for name, tag := range entries(small) {
		if got, ok := x.lookup(name); name != "gamma" && (!ok || got != tag) {
			t.Errorf("small file: lookup(%q) = %q, %v; entries reads %q", name, got, ok, tag)
		}
	}
	for _, tc := range []struct {
		name, tag string
		ok        bool
	}{
		{"alpha", "A", true},
		{"beta", "", true},
		{"gamma", "", false}, // skipped
		{"delta", "", false}, // a comment
		{"# a comment", "", false},
		{"", "", false},
		{"alph", "", false},
		{"alpha\tA", "", false},
		{"eps", "", true},
		{"zeta", "Z z", true},
		{"New York", "NY", true},
		{"New", "", false},
		{"last", "", true},
		{"las", "", false},
	} {
		if tag, ok := x.lookup(tc.name); tag != tc.tag || ok != tc.ok {
			t.Errorf("small file: lookup(%q) = %q, %v; want %q, %v", tc.name, tag, ok, tc.tag, tc.ok)
		}
	}
}

// TestLineIndexAgreesWithEntries builds indexes of random small files of
// names, tags, comments and white space of every kind (a name listed
// twice, CR, NBSP, a vertical tab, no last line end) and checks that each
// answers as a map built from entries would: for every name of the file,
// every line of it, and each of those cut short, run on or with white
// space added. Once with maphash, once with a hash under which every name
// collides, so that every probe reaches the comparison of names.
func TestLineIndexAgreesWithEntries(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "b", "ab", "c", "Kyiv", strings.Repeat("n", 70), " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\v", "#", "X", "x y", "\u3000"}
	collide := func(string) uint64 { return 0x5bd1e995 << 32 }
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(12); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		want := map[string]string{}
		for name, tag := range entries(text) {
			want[name] = tag
		}
		var queries []string
		for line := range strings.Lines(text) {
			for _, q := range []string{line, strings.TrimSpace(line), strings.TrimRight(line, "\n")} {
				queries = append(queries, q)
				for k := range len(q) {
					queries = append(queries, q[:k], q[k:])
				}
			}
		}
		for name := range want {
			queries = append(queries, name, name+" ", name+"\t", " "+name, name+"\u00a0")
		}
		for _, hash := range []func(string) uint64{nil, collide} {
			x := indexLinesHashed(text, nil, hash)
			for _, q := range queries {
				wantTag, wantOK := want[q]
				if tag, ok := x.lookup(q); tag != wantTag || ok != wantOK {
					t.Fatalf("file %q: lookup(%q) = %q, %v; entries read %q, %v (colliding hash: %v)", text, q, tag, ok, wantTag, wantOK, hash != nil)
				}
			}
		}
	}
}
