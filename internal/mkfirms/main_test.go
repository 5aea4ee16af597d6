package main

import "testing"

func TestIsBrandName(t *testing.T) {
	words := map[string]bool{"target": true, "subway": true}
	taken := map[string]bool{"Paris": true, "Emma": true}
	given := map[string]bool{"Tom": true, "Emma": true}
	words["waffle"], words["house"], words["arctic"], words["circle"] = true, true, true, true
	heads := map[string]bool{"house": true}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Pizza Hut", true},
		{"Waffle House", true},   // common words, a business noun at the end
		{"Arctic Circle", false}, // common words and no business noun: a place as often
		{"U-Haul", true},
		{"FleetPride", true},
		{"7-Eleven", true},
		{"Target", false},   // a word of the lexicon
		{"Subway", false},   // the same, capitalised
		{"Paris", false},    // a place
		{"Tom Ford", false}, // opens with a given name
		{"Truist", false},   // one plain word: a surname or a town as likely
		{"AAMCO", false},    // an acronym is an organisation's without the list
		{"O'Neill", false},  // a surname's shape
		{"McGrath", false},  // the same
		{"Smith-Jones", false},
		{"Pizza Хат", false}, // not in Latin letters
		{"ab", false},
	} {
		if got := isBrandName(c.name, words, taken, given, heads); got != c.want {
			t.Errorf("isBrandName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
