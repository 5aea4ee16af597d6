// Command mkdivisions writes divisions.txt, the first-level divisions of
// the world's countries that places.txt does not already name: the
// nations of the United Kingdom ("England", "Scotland"; not "Wales", which
// the dictionary holds as the plural of "wale" and the filter below
// leaves out), the
// provinces, states and regions of other countries ("Ontario",
// "Queensland", "Punjab", "Bavaria", "Catalonia", "Xinjiang"), by the
// names of GeoNames' admin1CodesASCII.txt (CC BY; one
// "CC.code<TAB>name<TAB>ASCII name<TAB>geonameid" record a line). A name is
// left out when places.txt or placevariants.txt has it, letter for
// letter whatever its marks and apostrophes ("Donetsk" beside "Donets'k",
// "Mykolaiv", a spelling of Mykolayiv: the resolver knows those and how
// their spellings meet); when it is one word that the
// dictionary knows in lower case, as a word or a name ("Central",
// "Western", "Lakes", "Unity", "Chin": commonwords.txt), that is a given
// name ("Diana", "Douglas", "Andreas": givennames.txt) or that has two
// letters or fewer; when it is a saint's name, "Saint" and a given name
// ("Saint Mary", "Saint George": parishes of the Caribbean, named as
// churches, schools and the saints themselves are); and when it holds a
// bracket or ends in an apostrophe, straight, curly or U+02BC
// (GeoNames' transliterations such as "Leningradskaya Oblast'", "Al
// Jahrāʼ"), or holds "ʼs".
//
//	go run ./internal/mkdivisions -admin1 admin1CodesASCII.txt -lists . > divisions.txt
//
// admin1CodesASCII.txt is download.geonames.org/export/dump/admin1CodesASCII.txt
// (the copy in github.com/openeventdata/es-geonames, commit 341083f, was used).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/newstext/newstext/internal/wordlist"
)

func main() {
	admin1 := flag.String("admin1", "", "GeoNames' admin1CodesASCII.txt (required)")
	lists := flag.String("lists", ".", "the folder of places.txt, placevariants.txt, commonwords.txt and givennames.txt")
	flag.Parse()
	if *admin1 == "" {
		fmt.Fprintln(os.Stderr, "usage: mkdivisions -admin1 admin1CodesASCII.txt [-lists .] > divisions.txt")
		os.Exit(2)
	}
	places, err := wordlist.Merged(*lists, wordlist.Fold, "places.txt", "placevariants.txt")
	if err != nil {
		fail(err)
	}
	common, err := wordlist.Names(filepath.Join(*lists, "commonwords.txt"))
	if err != nil {
		fail(err)
	}
	given, err := wordlist.Names(filepath.Join(*lists, "givennames.txt"))
	if err != nil {
		fail(err)
	}
	for name := range given {
		common[strings.ToLower(name)] = true
	}
	data, err := os.ReadFile(*admin1)
	if err != nil {
		fail(err)
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		fs := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if len(fs) < 3 {
			continue
		}
		for _, name := range fs[1:3] {
			if name = strings.TrimSpace(name); keep(name, places, common) {
				out = append(out, name)
			}
		}
	}
	if err := wordlist.Write(os.Stdout, []string{
		"First-level divisions of countries that places.txt lacks: GeoNames admin1CodesASCII.txt (CC BY; see NOTICE),",
		"less one-word dictionary words and given names, bracketed and apostrophe-final names. One name a line, as written.",
		"Rebuild: go run ./internal/mkdivisions -admin1 admin1CodesASCII.txt -lists . > divisions.txt",
	}, out); err != nil {
		fail(err)
	}
}

// keep reports whether the division's name goes into divisions.txt;
// words holds the dictionary's words and the given names, in lower case.
func keep(name string, places, words map[string]bool) bool {
	switch {
	case utf8.RuneCountInString(name) <= 2 || places[wordlist.Fold(name)]:
		return false
	case strings.ContainsAny(name, "()[]") || strings.HasSuffix(name, "'") || strings.HasSuffix(name, "’") || strings.HasSuffix(name, "ʼ") || strings.Contains(name, "ʼs"):
		return false
	case !strings.Contains(name, " ") && words[strings.ToLower(name)]:
		return false
	}
	if first, rest, ok := strings.Cut(name, " "); ok && (first == "Saint" || first == "Sainte" || first == "St." || first == "St") {
		given, _, _ := strings.Cut(rest, " ")
		return !words[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(given, "'s"), "ʼs"))]
	}
	return true
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkdivisions:", err)
	os.Exit(1)
}
