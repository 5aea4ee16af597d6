package main

import (
	"slices"
	"testing"
)

func TestClubNames(t *testing.T) {
	data := `====================================
=  Spain • España

== Comunidad de Madrid ==

Real Madrid,   Madrid
  | Real M. | R. Madrid | Real Madrid CF    ## add Madrid ?
ii) Real Madrid B
  | Real Madrid CF B
Atlético Madrid,    Madrid    ## why not?
  | Ath Madrid [en]
  | Club Atlético de Madrid,
$$Cashpoint$$ SCR Altach, 1929, @ Stadion, Altach
FC Gambarogno-Contone | FC Gambarogno,  Gambarogno
`
	got := clubNames(data)
	want := []string{"Real Madrid", "Real M.", "R. Madrid", "Real Madrid CF", "Atlético Madrid", "Ath Madrid",
		"Club Atlético de Madrid", "SCR Altach", "FC Gambarogno-Contone", "FC Gambarogno"}
	if !slices.Equal(got, want) {
		t.Errorf("clubNames = %q,\nwant %q", got, want)
	}
}

func TestKeep(t *testing.T) {
	f := filters{
		places:    map[string]bool{"sancarlos": true, "tallinn": true},
		clubHeads: map[string]bool{"City": true, "United": true, "FC": true},
		heads:     map[string]bool{"coast": true, "park": true, "port": true, "city": true},
		words:     map[string]bool{"west": true, "ham": true, "red": true, "star": true, "united": true, "villa": true, "the": true, "strongest": true},
		given:     map[string]bool{"Gil": true, "Aston": true, "Al": true, "Flora": true},
	}
	for _, c := range []struct {
		name   string
		want   bool
		reason string
	}{
		{"Real Madrid", true, "two words, no place"},
		{"FC St. Pauli", true, `"St." is no abbreviation of the club's`},
		{"Manchester City", true, "a club's head ends it"},
		{"Hull City", true, "a club's head ends it, though both are common words"},
		{"West Ham United", true, "three words: common words say nothing"},
		{"Aston Villa", true, "a given name before a common word"},
		{"Paris Saint-Germain", true, "a hyphen: no person's surname alone"},
		{"Al Ahly", true, "the Arabic article, no given name"},
		{"Flora Tallinn", true, "a place after a given name: no surname"},
		{"Barcelona B", false, "a reserve side"},
		{"Bayern II", false, "a reserve side"},
		{"Atl. Madrid", false, "an abbreviation"},
		{"San Carlos", false, "a town of cities15000, folded"},
		{"Central Coast", false, "a kind of place ends it"},
		{"Queens Parks", false, "a kind of place in the plural ends it"},
		{"Western Sydney", false, "a region's opener"},
		{"West Ham", false, "two common words"},
		{"The Strongest", false, "two common words"},
		{"Gil Vicente", false, "a given name and no common word: a person"},
		{"Juventus", false, "one word: most such are their town's name"},
		{"1. FC Köln", false, `"1." is an abbreviation's shape`},
		{"(Old) Boys", false, "a bracket"},
		{"", false, "empty"},
	} {
		if got := f.keep(c.name); got != c.want {
			t.Errorf("keep(%q) = %v, want %v (%s)", c.name, got, c.want, c.reason)
		}
	}
}

func TestClubHeads(t *testing.T) {
	got := clubHeads([]string{"Hull City", "Stoke City", "Leeds United", "Juventus", "Bath City"}, 2)
	if len(got) != 1 || !got["City"] {
		t.Errorf("clubHeads = %v, want City alone", got)
	}
}
