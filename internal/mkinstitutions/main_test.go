package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
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

// A few lemmas in the layout of english-wordnet's src/yaml/entries-*.yaml.
const entriesSample = `abbot:
  n:
    pronunciation:
    - value: ˈæb.ət
    sense:
    - derivation:
      - 'abbatial%3:01:00::'
      id: 'abbot%1:18:00::'
      synset: 09773735-n
great:
  a:
    sense:
    - id: 'great%3:00:01::'
      synset: 01389022-a
    - id: 'great%5:00:00:large:00'
      synset: 01387319-s
  n:
    sense:
    - id: 'great%1:18:00::'
      synset: 10142861-n
times:
  n:
    sense:
    - id: 'times%1:28:00::'
      synset: 15271827-n
    - id: 'times%1:04:00::'
      synset: 00617748-n
`

func TestReadEntries(t *testing.T) {
	var got []entry
	if err := readEntries(strings.NewReader(entriesSample), func(e entry) { got = append(got, e) }); err != nil {
		t.Fatal(err)
	}
	want := []entry{
		{lemma: "abbot", nouns: 1, firstNoun: "18", nounLex: map[string]bool{"18": true}},
		{lemma: "great", nouns: 1, adjectives: 2, firstNoun: "18", nounLex: map[string]bool{"18": true}},
		{lemma: "times", nouns: 2, firstNoun: "28", nounLex: map[string]bool{"28": true, "04": true}},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(entry{})); diff != "" {
		t.Errorf("readEntries (-want +got):\n%s", diff)
	}
}

func TestFirstNounOf(t *testing.T) {
	first := map[string]string{
		"Earth": "15", "earth": "27", // the planet before the soil
		"border": "15", "congressman": "18", "party": "14", "window": "06",
		"dune": "17", "dun": "07", "box": "06",
	}
	for _, tc := range []struct {
		word, want string
		ok         bool
	}{
		{"earth", "15", true},
		{"borders", "15", true},
		{"congressmen", "18", true},
		{"parties", "14", true},
		{"windows", "06", true},
		{"dunes", "17", true}, // not "dun"
		{"boxes", "06", true},
		{"remember", "", false},
	} {
		if got, ok := firstNounOf(first, tc.word); got != tc.want || ok != tc.ok {
			t.Errorf("firstNounOf(%q) = %q, %v; want %q, %v", tc.word, got, ok, tc.want, tc.ok)
		}
	}
}

func TestAcronymShaped(t *testing.T) {
	for s, want := range map[string]bool{"DNA": true, "CO2": true, "LED": true, "A": false, "Abc": false, "2PAC": false, "ABCDEFG": false} {
		if got := acronymShaped(s); got != want {
			t.Errorf("acronymShaped(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWriteThings builds things.txt from a few entries: foods, acts and
// events are things; an act whose lemma holds a noun of a person is an
// office ("Treasury Secretary"), and communication names composers for
// their music ("Beethoven"): neither is.
func TestWriteThings(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	entry := func(lemma, lex string) string {
		return lemma + ":\n  n:\n    sense:\n    - id: '" + strings.ToLower(lemma) + "%1:" + lex + ":00::'\n      synset: 00000001-n\n"
	}
	write("entries-a.yaml", entry("Merlot", "13")+entry("Olympics", "11")+entry("Quidditch", "04")+
		entry("Treasury Secretary", "04")+entry("secretary", "18")+entry("Beethoven", "10"))
	for _, name := range []string{"places.txt", "placevariants.txt", "firms.txt", "givennames.txt", "commonwords.txt"} {
		write(name, "# empty\n")
	}
	var cities, surnames strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&cities, "%d\tTown%d\tTown%d\t\n", i, i, i)
	}
	for i := range 5000 {
		fmt.Fprintf(&surnames, "NAME%d 0.001 0.001 %d\n", i, i+1)
	}
	write("cities1000.txt", cities.String())
	write("dist.all.last", surnames.String())
	var out strings.Builder
	if err := writeThings(&out, dir, dir, filepath.Join(dir, "cities1000.txt"), filepath.Join(dir, "dist.all.last")); err != nil {
		t.Fatal(err)
	}
	var got []string
	for line := range strings.Lines(out.String()) {
		if !strings.HasPrefix(line, "#") {
			got = append(got, strings.TrimSpace(line))
		}
	}
	if want := []string{"merlot", "olympics", "quidditch"}; !slices.Equal(got, want) {
		t.Errorf("things %q, want %q", got, want)
	}
}
