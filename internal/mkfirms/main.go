// Command mkfirms writes firms.txt, the names of companies, newspapers and
// web services that entities takes as organisations when nothing else
// says what a name is ("Toyota", "Starbucks", "Instagram"): the lists of
// github.com/dariusk/corpora (CC0) named below, each name as written and,
// where it carries one, without its legal form ("Starbucks Corporation":
// "Starbucks"), its article ("The Clorox Company": "Clorox") or a
// company's web domain ("Amazon.com": "Amazon"); names of one or two
// letters ("CA", "HR") and the commonest surnames ("Williams", "Ford")
// are left out.
//
// With -nsi, it adds the brands of the name-suggestion-index
// (github.com/osmlab/name-suggestion-index, BSD 3-Clause): the shops,
// restaurants, hotels and banks that OpenStreetMap maps, each with a
// Wikidata item, trading worldwide or in an English-speaking country
// ("Pizza Hut", "Waffle House", "TD Ameritrade"). Only names that cannot
// be anything else are kept: several words, or one word shaped as no
// common word is ("U-Haul", "FleetPride", "7-Eleven"); none that the
// lexicon knows as a word, that is a given name or a place of the
// gazetteer (-lists, the folder of commonwords.txt, givennames.txt,
// places.txt and placevariants.txt), or that opens with a given name
// ("Tom Ford" is a man first).
//
//	go run ./internal/mkfirms -corpora PATH [-nsi NSI -lists .] > firms.txt
//
// PATH is a copy of the corpora repository (its data/ folder is read);
// NSI a copy of the name-suggestion-index (its data/brands/ folder is
// read).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lists are the corpora files read: JSON arrays of strings, or objects
// holding one such array, or an array of {"name"} objects.
var lists = []string{
	"corporations/fortune500.json",
	"corporations/nasdaq.json",
	"corporations/djia.json",
	"corporations/cars.json",
	"corporations/newspapers.json",
	"technology/social_networking_websites.json",
	"technology/video_hosting_websites.json",
	"technology/photo_sharing_websites.json",
}

// legalForms end a company's registered name.
var legalForms = []string{
	"Incorporated", "Inc.", "Inc", "Corporation", "Corp.", "Corp", "Company", "Companies", "Co.",
	"L.P.", "LP", "LLC", "Limited", "Ltd.", "Ltd", "Holdings", "Holding",
}

func main() {
	dir := flag.String("corpora", "", "a copy of github.com/dariusk/corpora (required)")
	nsi := flag.String("nsi", "", "a copy of github.com/osmlab/name-suggestion-index: add its brands")
	listDir := flag.String("lists", ".", "the folder of commonwords.txt, givennames.txt, places.txt and placevariants.txt (with -nsi)")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "usage: mkfirms -corpora PATH [-nsi NSI -lists DIR] > firms.txt")
		os.Exit(2)
	}
	// The 200 commonest US surnames (the same corpora's
	// humans/lastNames.json, from the US Census of 2000) are no firm's
	// name alone: "Williams" said is a person.
	var last struct{ LastNames []string }
	if data, err := os.ReadFile(filepath.Join(*dir, "data", "humans", "lastNames.json")); err != nil {
		fmt.Fprintln(os.Stderr, "mkfirms:", err)
		os.Exit(1)
	} else if err := json.Unmarshal(data, &last); err != nil {
		fmt.Fprintln(os.Stderr, "mkfirms: humans/lastNames.json:", err)
		os.Exit(1)
	}
	names := map[string]bool{}
	for _, l := range lists {
		data, err := os.ReadFile(filepath.Join(*dir, "data", l))
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkfirms:", err)
			os.Exit(1)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			fmt.Fprintf(os.Stderr, "mkfirms: %s: %v\n", l, err)
			os.Exit(1)
		}
		company := strings.HasPrefix(l, "corporations/")
		for _, n := range strs(v) {
			for _, f := range forms(n, company) {
				if r, _ := utf8.DecodeRuneInString(f); (unicode.IsUpper(r) || unicode.IsDigit(r)) && utf8.RuneCountInString(f) >= 3 {
					names[f] = true
				}
			}
		}
	}
	for _, n := range last.LastNames {
		delete(names, n)
	}
	if *nsi != "" {
		brands, err := nsiBrands(*nsi, *listDir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkfirms:", err)
			os.Exit(1)
		}
		for _, b := range brands {
			names[b] = true
		}
	}
	fmt.Println("# Companies, newspapers and web services: github.com/dariusk/corpora (CC0),")
	if *nsi != "" {
		fmt.Println("# and brands of github.com/osmlab/name-suggestion-index (BSD 3-Clause; see NOTICE),")
	}
	fmt.Println("# written by internal/mkfirms. One name a line, as written.")
	for _, n := range slices.Sorted(maps.Keys(names)) {
		fmt.Println(n)
	}
}

// strs returns the strings of a corpora list: the array itself, the
// array an object holds ("cars": [...]) or the "name" of each object.
func strs(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		out = append(out, v)
	case []any:
		for _, x := range v {
			if m, ok := x.(map[string]any); ok {
				if n, ok := m["name"].(string); ok {
					out = append(out, n)
				}
				continue
			}
			out = append(out, strs(x)...)
		}
	case map[string]any:
		for k, x := range v {
			if k != "description" {
				out = append(out, strs(x)...)
			}
		}
	}
	return out
}

// forms returns a name as written and without its legal form and
// article, and a company's without its web domain ("Amazon.com"; a web
// site's domain stays: "Gays.com" is no "Gays").
func forms(n string, company bool) []string {
	n = strings.Join(strings.Fields(n), " ")
	out := []string{n}
	short := strings.TrimPrefix(n, "The ")
	for {
		s := strings.TrimRight(short, " ,")
		for _, f := range legalForms {
			if t, ok := strings.CutSuffix(s, " "+f); ok {
				s = t
				break
			}
		}
		s = strings.TrimRight(s, " ,")
		if s == short {
			break
		}
		short = s
	}
	if t, ok := strings.CutSuffix(short, ".com"); ok && company {
		short = t
	}
	if short != n && short != "" {
		out = append(out, short)
	}
	return out
}

// englishMarkets are the locationSet codes of the brands nsiBrands reads:
// the world (UN M49 "001") and the countries whose news is written in
// English most.
var englishMarkets = map[string]bool{"001": true, "us": true, "gb": true, "ca": true, "au": true, "nz": true, "ie": true}

// nsiBrands returns the brand names of the name-suggestion-index copy at
// dir that trade in englishMarkets, have a Wikidata item and pass
// isBrandName against the lists of the folder lists.
func nsiBrands(dir, lists string) ([]string, error) {
	words, err := readList(filepath.Join(lists, "commonwords.txt"), true)
	if err != nil {
		return nil, err
	}
	given, err := readList(filepath.Join(lists, "givennames.txt"), false)
	if err != nil {
		return nil, err
	}
	taken := maps.Clone(given)
	for _, f := range []string{"places.txt", "placevariants.txt"} {
		l, err := readList(filepath.Join(lists, f), false)
		if err != nil {
			return nil, err
		}
		maps.Copy(taken, l)
	}
	files, err := filepath.Glob(filepath.Join(dir, "data", "brands", "*", "*.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no data/brands/*/*.json under %s", dir)
	}
	var found []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var cat struct {
			Items []struct {
				LocationSet struct {
					Include []any `json:"include"`
				} `json:"locationSet"`
				Tags map[string]string `json:"tags"`
			} `json:"items"`
		}
		if err := json.Unmarshal(data, &cat); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		for _, it := range cat.Items {
			if b := it.Tags["brand"]; b != "" && it.Tags["brand:wikidata"] != "" && inMarkets(it.LocationSet.Include) {
				found = append(found, b)
			}
		}
	}
	// The business nouns: the last words that end five brands or more
	// ("House", "Hut", "Store", "Bank").
	ends := map[string]int{}
	for _, b := range found {
		if fs := strings.Fields(b); len(fs) > 1 {
			ends[strings.ToLower(fs[len(fs)-1])]++
		}
	}
	heads := map[string]bool{}
	for w, n := range ends {
		if n >= 5 {
			heads[w] = true
		}
	}
	var out []string
	for _, b := range found {
		if isBrandName(b, words, taken, given, heads) {
			out = append(out, b)
		}
	}
	return out, nil
}

// inMarkets reports whether a locationSet's include list names one of
// englishMarkets (entries that are not codes, such as circles, are
// skipped).
func inMarkets(include []any) bool {
	for _, x := range include {
		if s, ok := x.(string); ok && englishMarkets[strings.ToLower(s)] {
			return true
		}
	}
	return false
}

// isBrandName reports whether the brand b can only be a firm's name: in
// Latin letters, three runes or more, opening with a capital or a digit;
// of several words, not opening with a given name, and with a word the
// lexicon (words, lower case) does not know or a business noun of heads
// at its end; or of one word shaped as no common word is (a capital, a
// digit, "&", "+" or "-" after its first letter, and a small letter) and
// not as a surname; and neither a word of the lexicon nor a given name or
// a place (taken).
func isBrandName(b string, words, taken, given, heads map[string]bool) bool {
	r, _ := utf8.DecodeRuneInString(b)
	if utf8.RuneCountInString(b) < 3 || !(unicode.IsUpper(r) || unicode.IsDigit(r)) {
		return false
	}
	for _, r := range b {
		if r >= 0x250 && r != '’' {
			return false // not in Latin letters
		}
	}
	if words[strings.ToLower(b)] || taken[b] {
		return false
	}
	fields := strings.Fields(b)
	if len(fields) > 1 {
		// A phrase of common words is a brand only when a business
		// noun ends it ("Waffle House", "Pizza Hut"); else it is as
		// often a phrase or a place ("Arctic Circle", "Best Friends").
		common := true
		for _, f := range fields {
			common = common && words[strings.ToLower(strings.Trim(f, "'’.,&"))]
		}
		return !given[fields[0]] && (!common || heads[strings.ToLower(fields[len(fields)-1])])
	}
	// An acronym alone is read as an organisation's without the list; a
	// surname's shapes are no brand's ("O'Neill", "McGrath", "DeSerres",
	// "Smith-Jones").
	if surnameShaped(b) {
		return false
	}
	return strings.ContainsFunc(b, unicode.IsLower) && strings.ContainsFunc(b[1:], func(r rune) bool {
		return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '&' || r == '+' || r == '-'
	})
}

// readList returns the names of a list file of the repository: its lines
// up to a tab, "#" comment lines skipped, in lower case if lower is set.
func readList(path string, lower bool) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		name, _, _ := strings.Cut(l, "\t")
		name = strings.TrimSpace(name)
		if lower {
			name = strings.ToLower(name)
		}
		out[name] = true
	}
	return out, nil
}

// surnamePrefixes open surnames with a capital after them ("McGrath",
// "O'Neill", "DeSerres", "VanDyke").
var surnamePrefixes = []string{"Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"}

// surnameShaped reports whether the word w is shaped as a surname: a
// surname prefix before a capital, or two capitalised parts joined by a
// hyphen and no other capital ("Smith-Jones").
func surnameShaped(w string) bool {
	for _, p := range surnamePrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return true
		}
	}
	a, b, ok := strings.Cut(w, "-")
	upper := func(s string) int {
		return len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsUpper(r) }))
	}
	return ok && len(a) >= 3 && len(b) >= 3 && upper(a) == 1 && upper(b) == 1 && unicode.IsUpper([]rune(a)[0]) && unicode.IsUpper([]rune(b)[0])
}
