package main

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// data is a few lines of WordNet 3.1's data files, as written there (the
// glosses cut short): people, two synsets that share a name as instances
// of two kinds, a common noun, an adjective with its marker, and the
// hypernyms that tell a bridge (a structure) from a ship and a river from
// a star.
const data = `  1 This software and database is being provided to you, the LICENSEE, by
10990910 18 n 02 Freud 0 Sigmund_Freud 0 001 @i 10511771 n 0000 | Austrian neurologist
08736779 15 n 01 Lincoln 0 002 @i 08543916 n 0000 #p 09109468 n 0000 | capital of the state of Nebraska
11133532 18 n 02 Lincoln 0 Abraham_Lincoln 0 001 @i 10491318 n 0000 | 16th President of the United States
07937897 14 n 01 nation 0 001 @ 07989003 n 0000 | a politically organized body of people
04341686 06 n 02 structure 0 construction 0 001 @ 00021939 n 0000 | a thing constructed
02898711 06 n 01 bridge 0 001 @ 04341686 n 0000 | a structure that allows people to cross
02886047 06 n 01 Brooklyn_Bridge 0 001 @i 02898711 n 0000 | a bridge over the East River
04194289 06 n 01 ship 0 001 @ 04530566 n 0000 | a vessel that carries passengers
03731420 06 n 01 Mayflower 0 001 @i 04194289 n 0000 | the ship in which the Pilgrims sailed
09239740 17 n 02 celestial_body 0 heavenly_body 0 001 @ 00019128 n 0000 | natural objects visible in the sky
09444783 17 n 01 star 0 001 @ 09239740 n 0000 | a celestial body of hot gases
09283193 17 n 01 Aldebaran 0 001 @i 09444783 n 0000 | the brightest star in Taurus
09411430 17 n 01 river 0 001 @ 09448361 n 0000 | a large natural stream of water
09218315 17 n 01 Amazon 0 002 @i 09411430 n 0000 #p 08853741 n 0000 | a major South American river
02954220 00 a 01 Fahrenheit(a) 0 000 | of or relating to a temperature scale
`

func TestInstanceKinds(t *testing.T) {
	syns, err := readSynsets(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	kinds, lemmas := instanceKinds(syns)
	want := map[string]byte{
		"Freud": 'P', "Sigmund Freud": 'P', "Lincoln": 0, "Abraham Lincoln": 'P',
		"Brooklyn Bridge": 'L', "Mayflower": 'X', "Aldebaran": 'X', "Amazon": 'L',
	}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
	wantLemmas := []string{"Fahrenheit", "bridge", "celestial body", "construction", "heavenly body", "nation", "river", "ship", "star", "structure"}
	if got := slices.Sorted(maps.Keys(lemmas)); !slices.Equal(got, wantLemmas) {
		t.Errorf("lemmas = %q, want %q", got, wantLemmas)
	}
	if _, err := readSynsets(strings.NewReader("10990910 18 n 02 Freud\n")); err == nil {
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
