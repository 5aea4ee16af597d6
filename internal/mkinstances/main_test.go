package main

import (
	"slices"
	"strings"
	"testing"
)

// data is a few lines of WordNet 3.1's data files, as written there (the
// glosses cut short): an instance of a person, two synsets that share a
// name as instances of two kinds, a common noun, and an adjective with
// its marker.
const data = `  1 This software and database is being provided to you, the LICENSEE, by
10990910 18 n 02 Freud 0 Sigmund_Freud 0 001 @i 10511771 n 0000 | Austrian neurologist
08736779 15 n 01 Lincoln 0 002 @i 08543916 n 0000 #p 09109468 n 0000 | capital of the state of Nebraska
11133532 18 n 02 Lincoln 0 Abraham_Lincoln 0 001 @i 10491318 n 0000 | 16th President of the United States
07937897 14 n 01 nation 0 001 @ 07989003 n 0000 | a politically organized body of people
02954220 00 a 01 Fahrenheit(a) 0 000 | of or relating to a temperature scale
`

func TestReadSynsets(t *testing.T) {
	kinds, lemmas := map[string]byte{}, map[string]bool{}
	if err := readSynsets(strings.NewReader(data), kinds, lemmas); err != nil {
		t.Fatal(err)
	}
	want := map[string]byte{"Freud": 'P', "Sigmund Freud": 'P', "Lincoln": 0, "Abraham Lincoln": 'P'}
	for name, k := range want {
		if got, ok := kinds[name]; !ok || got != k {
			t.Errorf("kinds[%q] = %q, %v; want %q", name, got, ok, k)
		}
	}
	if len(kinds) != len(want) {
		t.Errorf("kinds = %q, want only %q", kinds, want)
	}
	if got := slices.Sorted(func(yield func(string) bool) {
		for l := range lemmas {
			if !yield(l) {
				return
			}
		}
	}); !slices.Equal(got, []string{"Fahrenheit", "nation"}) {
		t.Errorf("lemmas = %q, want Fahrenheit and nation", got)
	}
	if err := readSynsets(strings.NewReader("10990910 18 n 02 Freud\n"), kinds, lemmas); err == nil {
		t.Error("a cut line read without an error")
	}
}

func TestKeep(t *testing.T) {
	words := map[string]bool{"bush": true, "doris": true}
	taken := map[string]bool{"Paris": true}
	things := map[string]bool{"merlot": true}
	for _, c := range []struct {
		name string
		kind byte
		want bool
	}{
		{"Freud", 'P', true},
		{"Bush", 'P', false},   // a word of the dictionary
		{"Doris", 'P', false},  // a given name
		{"Paris", 'L', false},  // another list's
		{"Merlot", 'L', false}, // a thing's
		{"Ypres", 'X', false},  // a battle's name alone is a town's
		{"Spanish Civil War", 'X', true},
		{"Sigmund Freud", 'P', false}, // several words of a person: a person's already
		{"Black Hills", 'L', true},
		{"capital of Azerbaijan", 'L', false},
		{"PIJ", 'O', false}, // no lower-case letter
		{"Io", 'L', false},  // two letters
	} {
		if got := keep(c.name, c.kind, words, taken, things); got != c.want {
			t.Errorf("keep(%q, %c) = %v, want %v", c.name, c.kind, got, c.want)
		}
	}
}
