package main

import "testing"

func TestKeep(t *testing.T) {
	places := map[string]bool{"napoli": true, "lviv": true}
	variants := map[string]bool{"Naplés": true, "St Petersburg": true, "Neapel": true}
	words := map[string]bool{"boulder": true, "richardson": true, "juarez": true}
	for _, c := range []struct {
		name   string
		want   bool
		reason string
	}{
		{"Naples", true, "a spelling the lists lack as written"},
		{"Milan", true, "given names stay, as in places.txt"},
		{"St. Petersburg", true, "the gazetteer matches names as written"},
		{"Napoli", false, "a place of the lists"},
		{"Lviv", false, "a place of the lists, folded (L'viv)"},
		{"L’viv", false, "a place of the lists, folded: its apostrophe"},
		{"Neapel", false, "a variant as written"},
		{"Boulder", false, "a word of the dictionary"},
		{"Richardson", false, "a common surname"},
		{"Juárez", false, "a common surname with its accent: words are folded"},
		{"Sector 3", false, "a digit"},
		{"Ba", false, "two letters"},
		{"Kingston upon Hull", true, "several words: no word test"},
		{"", false, "empty"},
	} {
		if got := keep(c.name, places, variants, words); got != c.want {
			t.Errorf("keep(%q) = %v, want %v (%s)", c.name, got, c.want, c.reason)
		}
	}
}
