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
$$Cashpoint$$ SCR Altach, 1929, @ Stadion, Altach
`
	got := clubNames(data)
	want := []string{"Real Madrid", "Real M.", "R. Madrid", "Real Madrid CF", "Real Madrid CF B", "Atlético Madrid", "Ath Madrid", "SCR Altach"}
	if !slices.Equal(got, want) {
		t.Errorf("clubNames = %q, want %q", got, want)
	}
}

func TestKeep(t *testing.T) {
	places := map[string]bool{"westham": true, "sancarlos": true}
	for _, c := range []struct {
		name   string
		want   bool
		reason string
	}{
		{"Real Madrid", true, "two words, no place"},
		{"FC St. Pauli", true, `"St." is no abbreviation of the club's`},
		{"Atl. Madrid", false, "an abbreviation"},
		{"West Ham", false, "a place of the gazetteer, folded"},
		{"San Carlos", false, "a town of cities15000, folded"},
		{"Juventus", false, "one word: most such are their town's name"},
		{"1. FC Köln", false, `"1." is an abbreviation's shape`},
		{"(Old) Boys", false, "a bracket"},
		{"", false, "empty"},
	} {
		if got := keep(c.name, places); got != c.want {
			t.Errorf("keep(%q) = %v, want %v (%s)", c.name, got, c.want, c.reason)
		}
	}
}
