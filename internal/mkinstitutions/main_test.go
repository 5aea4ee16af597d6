package main

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A few synsets in the layout of english-wordnet's src/yaml/noun.group.yaml.
const sample = `08024893-n:
  definition:
  - a group of people who work together
  hypernym:
  - 07967382-n
  members:
  - organization
  - organisation
07981699-n:
  definition:
  - a group of persons associated by some common tie or occupation and regarded
    as an entity
  members:
  - body
08180172-n:
  hypernym:
  - 07981699-n
  members:
  - legislature
  - Legislature
08376876-n:
  definition:
  - a unit with political responsibilities
  hypernym:
  - 08024893-n
  members:
  - political unit
08180500-n:
  hypernym:
  - 08180172-n
  members:
  - house
08050000-n:
  hypernym:
  - 08376876-n
  members:
  - state
08060000-n:
  hypernym:
  - 08024893-n
  members:
  - state
  - Treasury
  - NASA
07967382-n:
  members:
  - social group
07955013-n:
  members:
  - arrangement
`

func TestInstitutions(t *testing.T) {
	syns, err := readSynsets(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	got := institutions(syns)
	want := map[string]byte{
		"organization": 'c', "organisation": 'c', "body": 'c', "legislature": 'c', "house": 'c',
		"treasury": 'p', // a proper noun's sense only
		// not "state" (a political unit too), "NASA" (capitals), "social group"
		// (two words, and above organization), "arrangement" (no institution)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("institutions (-want +got):\n%s", diff)
	}
	if ids := len(syns); ids != 9 {
		t.Errorf("readSynsets read %d synsets (%v), want 9", ids, slices.Sorted(maps.Keys(syns)))
	}
	if s := syns["07981699-n"]; s == nil || !slices.Equal(s.members, []string{"body"}) {
		t.Errorf("readSynsets: body's members %v, want [body] (a definition's continued line is no member)", s)
	}
}
