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
// With -surnames (the US Census's list of surnames, dist.all.last, public
// domain), a brand of one plain word is kept too ("Walmart", "Samsung",
// "Adidas") unless it is one of the 5,000 commonest US surnames ("Evans",
// "Barnes", "Kohl's"), a given name's possessive ("Colin's"), a surname's
// plural ("Clintons") or, with -dic (the Hunspell dictionary of SCOWL), a
// name it puts in the plural ("Aussie", "Tudor"). With -sec
// (the US Securities and Exchange Commission's company_tickers.json,
// public domain, listed by market value) it adds the names of the
// largest listed companies, their legal forms and business words cut
// ("Uber Technologies, Inc.": "Uber"; "NVIDIA CORP": "Nvidia"), kept by
// the same rules as brands. With -outlets (github.com/savkov/freebie's
// websources.csv, MIT) it adds the names of news outlets and agencies
// ("Gizmodo", "Haaretz", "CBS News"), by the same rules, with the words
// that end five of them as their business nouns ("News", "Times"); see
// outletNames.
//
//	go run ./internal/mkfirms -corpora PATH [-nsi NSI -lists .] [-surnames dist.all.last -dic index.dic] [-sec company_tickers.json] [-outlets websources.csv] > firms.txt
//
// PATH is a copy of the corpora repository (its data/ folder is read);
// NSI a copy of the name-suggestion-index (its data/brands/ folder is
// read).
package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newstext/newstext/internal/census"
	"github.com/newstext/newstext/internal/wordlist"
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
	listDir := flag.String("lists", ".", "the folder of commonwords.txt, givennames.txt, places.txt and placevariants.txt (with -nsi or -sec)")
	surnamesPath := flag.String("surnames", "", "the US Census surnames (dist.all.last): keep brands of one plain word that are none of the commonest")
	sec := flag.String("sec", "", "the SEC's company_tickers.json: add the largest listed companies' names (needs -surnames)")
	secTop := flag.Int("sectop", 2000, "with -sec, how many companies to read, largest first")
	dic := flag.String("dic", "", "with -surnames, the Hunspell dictionary (index.dic) whose capitalised words in the plural are no firm's name")
	outlets := flag.String("outlets", "", "freebie's websources.csv: add the news outlets' and organisations' names (needs -surnames)")
	flag.Parse()
	if (*sec != "" || *outlets != "") && *surnamesPath == "" {
		fmt.Fprintln(os.Stderr, "mkfirms: -sec and -outlets need -surnames")
		os.Exit(2)
	}
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
	var surnames map[string]bool
	if *surnamesPath != "" {
		var err error
		if surnames, err = census.CommonSurnames(*surnamesPath, 5000); err != nil {
			fmt.Fprintln(os.Stderr, "mkfirms:", err)
			os.Exit(1)
		}
	}
	var f *filter
	if *nsi != "" || *sec != "" || *outlets != "" {
		var err error
		if f, err = newFilter(*listDir, surnames); err != nil {
			fmt.Fprintln(os.Stderr, "mkfirms:", err)
			os.Exit(1)
		}
		if *dic != "" {
			if f.kinds, err = pluralNames(*dic); err != nil {
				fmt.Fprintln(os.Stderr, "mkfirms:", err)
				os.Exit(1)
			}
		}
	}
	// The filtered sources, in this order: the outlets' business nouns
	// join the brands' in f.
	for _, src := range []struct {
		path string
		read func() ([]string, error)
	}{
		{*nsi, func() ([]string, error) { return nsiBrands(*nsi, f) }},
		{*sec, func() ([]string, error) { return secNames(*sec, *secTop, f) }},
		{*outlets, func() ([]string, error) { return outletNames(*outlets, f) }},
	} {
		if src.path == "" {
			continue
		}
		kept, err := src.read()
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkfirms:", err)
			os.Exit(1)
		}
		for _, b := range kept {
			names[b] = true
		}
	}
	fmt.Println("# Companies, newspapers and web services: github.com/dariusk/corpora (CC0),")
	if *nsi != "" {
		fmt.Println("# and brands of github.com/osmlab/name-suggestion-index (BSD 3-Clause; see NOTICE),")
	}
	if *sec != "" {
		fmt.Println("# and the largest companies of the SEC's company_tickers.json (public domain; see NOTICE),")
	}
	if *outlets != "" {
		fmt.Println("# and news outlets of github.com/savkov/freebie's websources.csv (MIT; see NOTICE),")
	}
	fmt.Println("# written by internal/mkfirms. One name a line, as written.")
	if *nsi != "" && *sec != "" && *outlets != "" {
		fmt.Println("# Rebuild: go run ./internal/mkfirms -corpora CORPORA -nsi NSI -lists . -surnames dist.all.last -dic index.dic -sec company_tickers.json -outlets websources.csv > firms.txt")
	}
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

// filter holds the lists a brand's name is checked against (see
// isBrandName).
type filter struct {
	words, taken, given, surnames map[string]bool
	kinds                         map[string]bool // capitalised words the dictionary puts in the plural (pluralNames)
	heads                         map[string]bool // business nouns, set by nsiBrands
}

// pluralNames returns the capitalised words of a Hunspell dictionary
// (index.dic: "Word/FLAGS" a line) that take the plural flag S: names of
// a kind of person or thing ("Aussie", "Tudor", "American"), which no one
// firm is named by alone, where a firm's name takes the possessive only
// ("Walmart/M").
func pluralNames(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		w, flags, ok := strings.Cut(strings.TrimSpace(l), "/")
		if r, _ := utf8.DecodeRuneInString(w); ok && unicode.IsUpper(r) && strings.Contains(flags, "S") {
			out[w] = true
		}
	}
	if len(out) < 500 {
		return nil, fmt.Errorf("%s: %d plural names: not a Hunspell index.dic", path, len(out))
	}
	return out, nil
}

// newFilter reads the lists of the folder dir: commonwords.txt (words),
// givennames.txt (given), and places.txt and placevariants.txt with the
// given names (taken). surnames may be nil.
func newFilter(dir string, surnames map[string]bool) (*filter, error) {
	words, err := wordlist.Names(filepath.Join(dir, "commonwords.txt")) // in lower case already
	if err != nil {
		return nil, err
	}
	given, err := wordlist.Names(filepath.Join(dir, "givennames.txt"))
	if err != nil {
		return nil, err
	}
	taken := maps.Clone(given)
	for _, f := range []string{"places.txt", "placevariants.txt"} {
		l, err := wordlist.Names(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		maps.Copy(taken, l)
	}
	return &filter{words: words, taken: taken, given: given, surnames: surnames, heads: map[string]bool{}}, nil
}

// nsiBrands returns the brand names of the name-suggestion-index copy at
// dir that trade in englishMarkets, have a Wikidata item and pass
// isBrandName against f, whose business nouns it sets.
func nsiBrands(dir string, f *filter) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "data", "brands", "*", "*.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no data/brands/*/*.json under %s", dir)
	}
	var found []string
	for _, file := range files {
		data, err := os.ReadFile(file)
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
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		for _, it := range cat.Items {
			if b := it.Tags["brand"]; b != "" && it.Tags["brand:wikidata"] != "" && inMarkets(it.LocationSet.Include) {
				found = append(found, b)
			}
		}
	}
	return keepBrands(found, f), nil
}

// keepBrands returns the names of found that isBrandName keeps, once the
// last words that end five of them or more are among f's business nouns
// ("House", "Hut", "Store", "Bank" of the brands; "News", "Times" of the
// outlets).
func keepBrands(found []string, f *filter) []string {
	ends := map[string]int{}
	for _, b := range found {
		if fs := strings.Fields(b); len(fs) > 1 {
			ends[strings.ToLower(fs[len(fs)-1])]++
		}
	}
	for w, n := range ends {
		if n >= 5 {
			f.heads[w] = true
		}
	}
	var out []string
	for _, b := range found {
		if isBrandName(b, f) {
			out = append(out, b)
		}
	}
	return out
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
// lexicon (f.words, lower case) does not know or a business noun of
// f.heads at its end; or of one word shaped as no common word is (a
// capital, a digit, "&", "+" or "-" after its first letter, and a small
// letter) and not as a surname, or, where f has the commonest surnames,
// of one plain word of four letters or more, no acronym, that is none of
// them, no given name's possessive or plural and no name the dictionary
// puts in the plural (f.kinds: "Aussie") ("Walmart", "Adidas"; not
// "Evans", "Colin's", "Clintons"); and neither a word of the lexicon nor a given name or a
// place (f.taken).
func isBrandName(b string, f *filter) bool {
	words, taken, given, heads := f.words, f.taken, f.given, f.heads
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
	if surnameShaped(b) || !strings.ContainsFunc(b, unicode.IsLower) {
		return false
	}
	if strings.ContainsFunc(b[1:], func(r rune) bool {
		return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '&' || r == '+' || r == '-'
	}) {
		return true
	}
	if f.surnames == nil || utf8.RuneCountInString(b) < 4 {
		return false
	}
	// The possessive's stem and the plural's ("Clintons", "Robinsons":
	// a family) are checked too.
	for _, stem := range []string{strings.TrimSuffix(strings.TrimSuffix(b, "'s"), "’s"), strings.TrimSuffix(b, "s")} {
		if f.surnames[strings.ToLower(stem)] || given[stem] || words[strings.ToLower(stem)] || taken[stem] || f.kinds[stem] {
			return false
		}
	}
	return true
}

// secBusinessWords end a listed company's name after its legal form and
// say what it does, not who it is: "Uber Technologies", "Marriott
// International", "Verizon Communications", "Alibaba Group Holding".
var secBusinessWords = map[string]bool{"group": true, "holdings": true, "holding": true, "technologies": true,
	"technology": true, "platforms": true, "international": true, "worldwide": true, "communications": true,
	"enterprises": true, "industries": true, "com": true, "corporation": true, "incorporated": true,
	"solutions": true, "systems": true, "brands": true}

// secLegalForms are the legal forms, in lower case and without dots, that
// end the names of the SEC's list, American and foreign.
var secLegalForms = map[string]bool{"inc": true, "corp": true, "co": true, "company": true, "ltd": true, "limited": true,
	"plc": true, "ag": true, "se": true, "sa": true, "nv": true, "llc": true, "lp": true, "ltda": true, "spa": true,
	"asa": true, "ab": true, "oyj": true, "kgaa": true, "bv": true, "the": true, "&": true}

// secNames returns the names of the top companies of the SEC's
// company_tickers.json ({"0": {"cik_str", "ticker", "title"}, ...}, the
// largest first), each without what follows a slash ("/DE/", "/ADR"),
// its legal forms and business words, a word in capitals of five letters
// or more written with a capital only ("NVIDIA CORP": "Nvidia"), kept
// where isBrandName keeps it.
func secNames(path string, top int, f *filter) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var list map[string]struct {
		Title string `json:"title"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []string
	for i := 0; i < top; i++ {
		c, ok := list[strconv.Itoa(i)]
		if !ok {
			break
		}
		// One word only: a longer name keeps words of its business that
		// the news leaves out ("Costco Wholesale"), and other rules read
		// a firm's longer names.
		if n := secShortName(c.Title); n != "" && !strings.Contains(n, " ") && !adjectiveShaped(n) && isBrandName(n, f) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no company kept", path)
	}
	return out, nil
}

// outletNames returns the names of the news outlets (and the few
// organisations beside them) that github.com/savkov/freebie's
// websources.csv lists, kept by the rules of brands (isBrandName), with
// the last words that end five of its names or more as their business
// nouns ("News", "Times", "Post"), as nsiBrands finds the brands'. A name
// loses its article and what it puts in brackets ("Al Jazeera (en)");
// one that the file's encoding garbled (a replacement character, a
// combining mark or a "_" in a word: "Cinco D?_as"), one whose last word
// is shaped as an adjective ("The Atlantic") and a government's site
// ("The White House") are skipped.
func outletNames(path string, f *filter) ([]string, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	r := csv.NewReader(file)
	r.FieldsPerRecord = -1 // a short row is skipped below, not an error
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	header := rows[0]
	for i := range header {
		header[i] = strings.TrimPrefix(strings.TrimSpace(header[i]), "\ufeff")
	}
	name, url := slices.Index(header, "name"), slices.Index(header, "url")
	if name < 0 {
		return nil, fmt.Errorf("%s: no name column", path)
	}
	var found []string
	for _, row := range rows[1:] {
		if name >= len(row) || url >= 0 && url < len(row) && governmentSite(row[url]) {
			continue // a short row; "The White House", a republic's portal: no outlet
		}
		n, _, _ := strings.Cut(row[name], " (")
		n = strings.TrimPrefix(strings.Join(strings.Fields(n), " "), "The ")
		if n == "" || strings.ContainsFunc(n, func(r rune) bool { return r == utf8.RuneError || r == '_' || unicode.Is(unicode.Mn, r) }) {
			continue
		}
		fs := strings.Fields(n)
		if adjectiveShaped(fs[len(fs)-1]) {
			continue // "The Atlantic", "The East African": the ocean, the people, as often
		}
		if slices.Contains(fs, "&") && !slices.ContainsFunc(fs, func(w string) bool { return w != "&" && !f.words[strings.ToLower(w)] }) {
			continue // "Food & Beverages": common words joined, a topic as often
		}
		found = append(found, n)
	}
	out := keepBrands(found, f)
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no outlet kept", path)
	}
	return out, nil
}

// governmentSite reports whether the address u is a government's site:
// its host, in any case and without a port, is "gov" under a country's
// code ("gov.uk") or ends in ".gov" ("whitehouse.gov") or in ".gov." and
// a country's code of two letters ("timor-leste.gov.tl").
func governmentSite(u string) bool {
	host := u
	if _, rest, ok := strings.Cut(u, "//"); ok {
		host = rest
	}
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	host, _, _ = strings.Cut(strings.ToLower(host), ":")
	host = strings.TrimSuffix(host, ".")
	if strings.HasSuffix(host, ".gov") || host == "gov" {
		return true
	}
	i := strings.LastIndexByte(host, '.')
	if i < 0 || len(host)-i-1 != 2 {
		return false
	}
	return host[:i] == "gov" || strings.HasSuffix(host[:i], ".gov")
}

// adjectiveShaped reports whether w ends as an adjective of a nation or
// a field does ("American" of American International Group, "Canadian",
// "Japanese", "British", "Electric"), which no firm is named by alone.
func adjectiveShaped(w string) bool {
	for _, end := range []string{"an", "ese", "ish", "ic", "al"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// secShortName returns a company's name as the news writes it, from the
// title of the SEC's list (see secNames).
func secShortName(title string) string {
	title, _, _ = strings.Cut(title, "/")
	fs := strings.Fields(dropDots(strings.ReplaceAll(title, ",", " ")))
	for len(fs) > 0 {
		w := strings.ToLower(fs[len(fs)-1])
		if !secLegalForms[w] && !secBusinessWords[w] {
			break
		}
		fs = fs[:len(fs)-1]
	}
	for i, w := range fs {
		if utf8.RuneCountInString(w) >= 5 && !strings.ContainsFunc(w, unicode.IsLower) {
			r, n := utf8.DecodeRuneInString(w)
			fs[i] = string(r) + strings.ToLower(w[n:])
		}
	}
	return strings.Join(fs, " ")
}

// dropDots removes the full stops of abbreviations and legal forms ("Inc.",
// "S.A.") and keeps those of a web address inside a name ("Alarm.com",
// "C3.ai"): a dot between a letter or digit and two letters or more that
// end the word.
func dropDots(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			b.WriteByte(s[i])
			continue
		}
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if i > 0 && isASCIIAlnum(s[i-1]) && j-i-1 >= 2 && (j == len(s) || s[j] == ' ') {
			b.WriteByte('.')
		}
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' }

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
