// Command mkpoliticians writes uspoliticians.txt, the surnames of the
// members of the US Congress and of the presidents and vice presidents
// that name nothing else the lists know: "Obama", "Pelosi", "Romney",
// "Manchin". News names them by surname alone, often without the full
// name first, and the entity rules would otherwise take an unknown word
// alone for a place.
//
// Its input is the data of github.com/unitedstates/congress-legislators
// (CC0 1.0): legislators-current.yaml as it stood late in each month from
// its first version, of September 2012, to June 2026 (every member of
// those Congresses, with the terms they served before) and executive.yaml
// (every president and vice president). Each
// record's name block gives the surname ("    last: Pelosi"); the files
// are read line by line, as that block is written, so no YAML library is
// needed. A surname is listed when it is one word (no space: the rules
// read a one-word name alone so; "Ocasio-Cortez" is one) and it is none of
//
//   - a word the dictionary knows in lower case, as a word or a name
//     (commonwords.txt: "Trump", "Boulder"), or a given name
//     (givennames.txt: "Paul", "Warren");
//   - one of the 5,000 commonest US surnames (the Census's dist.all.last:
//     "Sanders", "Forbes", "Levin"), which name firms, venues and towns as
//     often as one politician;
//   - a place (places.txt, divisions.txt, newerplaces.txt,
//     placevariants.txt) or a firm (firms.txt), as written;
//   - two letters or fewer, or written without a lower-case letter (the
//     data's placeholders: "TODO").
//
// The files of the data set are given as arguments:
//
//	git -C congress-legislators checkout dfa9622   # 2026-06-15, the newest used
//	for y in $(seq 2012 2026); do for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
//		c=$(git -C congress-legislators log --before="$y-$m-28T23:59:59" -1 --format=%h -- legislators-current.yaml)
//		[ -n "$c" ] && git -C congress-legislators show $c:legislators-current.yaml > legislators-$y-$m.yaml
//	done; done
//	go run ./internal/mkpoliticians -surnames dist.all.last -lists . congress-legislators/executive.yaml legislators-*.yaml > uspoliticians.txt
//
// Build newerplaces.txt first: this reads it. The months after the
// checkout's date repeat its last version, which adds nothing.
package main

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newstext/newstext/internal/census"
	"github.com/newstext/newstext/internal/wordlist"
)

func main() {
	surnamesPath := flag.String("surnames", "", "the US Census surnames, dist.all.last (required)")
	lists := flag.String("lists", ".", "the folder of the repository's lists (commonwords.txt, givennames.txt, places.txt, ...)")
	flag.Parse()
	if *surnamesPath == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: mkpoliticians -surnames dist.all.last [-lists .] executive.yaml legislators-*.yaml > uspoliticians.txt")
		os.Exit(2)
	}
	surnames := map[string]bool{}
	for _, path := range flag.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fail(err)
		}
		found := false
		for name := range lastNames(string(data)) {
			surnames[name], found = true, true
		}
		if !found {
			fail(fmt.Errorf("%s: no \"last:\" name: not a congress-legislators file", path))
		}
	}
	words, err := wordlist.Merged(*lists, wordlist.Fold, "commonwords.txt", "givennames.txt")
	if err != nil {
		fail(err)
	}
	common, err := census.CommonSurnames(*surnamesPath, 5000)
	if err != nil {
		fail(err)
	}
	maps.Copy(words, common) // the Census writes plain ASCII letters: its names fold to themselves
	taken, err := wordlist.Merged(*lists, nil, "places.txt", "divisions.txt", "newerplaces.txt", "placevariants.txt", "firms.txt")
	if err != nil {
		fail(err)
	}
	var out []string
	for name := range surnames {
		if keep(name, words, taken) {
			out = append(out, name)
		}
	}
	if err := wordlist.Write(os.Stdout, []string{
		"Surnames of the members of the US Congress (2012-2026) and of the presidents and vice presidents, one word each,",
		"that are no dictionary word, given name, common US surname, place or firm of the other lists.",
		"Also no name of two letters or fewer or without a lower-case letter. github.com/unitedstates/congress-legislators (CC0 1.0); see NOTICE.",
		"Rebuild: see internal/mkpoliticians (go run ./internal/mkpoliticians -surnames dist.all.last -lists . executive.yaml legislators-*.yaml > uspoliticians.txt)",
	}, out); err != nil {
		fail(err)
	}
}

// lastNames yields the surnames of a congress-legislators YAML file: the
// value of each "last:" line inside a record's "name:" block.
func lastNames(data string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		inName := false
		for line := range strings.Lines(data) {
			line = strings.TrimRight(line, "\r\n")
			switch {
			case line == "  name:":
				inName = true
			case inName && strings.HasPrefix(line, "    "):
				if v, ok := strings.CutPrefix(line, "    last: "); ok {
					if v = strings.Trim(strings.TrimSpace(v), `'"`); v != "" && !yield(v) {
						return
					}
				}
			default:
				inName = false
			}
		}
	}
}

// keep reports whether the surname goes into uspoliticians.txt: words
// holds the dictionary's words, the given names and the common surnames
// folded (wordlist.Fold: "García" is the Census's GARCIA, "O'Rourke" its
// OROURKE), taken the places' and firms' names as written.
func keep(name string, words, taken map[string]bool) bool {
	return !strings.Contains(name, " ") && utf8.RuneCountInString(name) > 2 && strings.ContainsFunc(name, unicode.IsLower) &&
		!words[wordlist.Fold(name)] && !taken[name]
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkpoliticians:", err)
	os.Exit(1)
}
