package main

import (
	"slices"
	"testing"
)

func TestLastNames(t *testing.T) {
	data := `- id:
    bioguide: P000197
  name:
    first: Nancy
    last: Pelosi
    official_full: Nancy Pelosi
  bio:
    last: NotAName
- id:
    bioguide: X
  name:
    first: Alexandria
    last: 'Ocasio-Cortez'
  terms:
  - type: rep
`
	var got []string
	for name := range lastNames(data) {
		got = append(got, name)
	}
	if want := []string{"Pelosi", "Ocasio-Cortez"}; !slices.Equal(got, want) {
		t.Errorf("lastNames = %q, want %q", got, want)
	}
}

func TestKeep(t *testing.T) {
	words := map[string]bool{"trump": true, "sanders": true, "paul": true, "garcia": true}
	taken := map[string]bool{"Houston": true}
	for _, c := range []struct {
		name   string
		want   bool
		reason string
	}{
		{"Pelosi", true, "a surname and nothing else"},
		{"Ocasio-Cortez", true, "hyphenated: one word"},
		{"Trump", false, "a word of the dictionary"},
		{"Sanders", false, "a common surname"},
		{"García", false, "a common surname with its accent: words are folded"},
		{"Paul", false, "a given name"},
		{"Houston", false, "a place"},
		{"Van Hollen", false, "two words"},
		{"TODO", false, "no lower-case letter: a placeholder"},
		{"Wu", false, "two letters"},
	} {
		if got := keep(c.name, words, taken); got != c.want {
			t.Errorf("keep(%q) = %v, want %v (%s)", c.name, got, c.want, c.reason)
		}
	}
}
