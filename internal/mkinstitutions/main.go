// Command mkinstitutions writes institutions.txt, the nouns that name an
// organisation or a body of people: a one-word lemma of a noun.group
// synset of the Open English WordNet (CC BY 4.0, derived from Princeton
// WordNet) that is an organisation, a body of people or a legislature,
// or a kind of one ("house", "cabinet", "brotherhood", "treasury"), but
// no political unit (a nation, a state, a confederacy: places as a news
// story names them). Entities reads the list where nothing else tells
// what a name is: "the Cabinet" alone, "Muslim Brotherhood", a body's
// title words alone ("the House").
//
//	go run ./internal/mkinstitutions -yaml PATH > institutions.txt
//
// PATH is the src/yaml folder of a copy of
// github.com/globalwordnet/english-wordnet (its noun.group.yaml is read).
//
// With -buildings it writes buildings.txt instead, the nouns of buildings
// and roads that end a place's name where GeoNames' feature codes have no
// such word ("Pittock Mansion", "Diagon Alley", "York Minster"): the
// one-word lower-case lemmas of noun.artifact.yaml's synsets under
// building, road and street, less the words of placeheads.txt,
// givennames.txt and institutions.txt, those commonwords.txt tags N (a
// name too: "hall", "lodge", "khan"), found in the -lists folder, and
// bodyBuildings:
//
//	go run ./internal/mkinstitutions -buildings -yaml PATH -lists . > buildings.txt
//
// With -persons it writes persons.txt, the nouns whose first sense is a
// person ("devil", "emperor", "solicitor"), which Entities reads for a
// single capitalised word that is a place only by default ("the Devil",
// "the Regent"): the one-word lower-case lemmas of the entries-*.yaml
// files whose first noun sense is in noun.person, with no more adjective
// senses than noun senses, less the words of givennames.txt and
// places.txt:
//
//	go run ./internal/mkinstitutions -persons -yaml PATH -lists . > persons.txt
//
// With -things it writes things.txt instead, the capitalised lemmas of
// the Open English WordNet whose first noun sense is a food, an illness,
// a substance, an artefact, an act or an event ("Botox", "Walkman",
// "Quidditch", "World Series"; no office: "Treasury Secretary"), less acronyms, given
// names, places, firms, GeoNames' cities (-cities cities1000.txt) and the
// Census's commonest surnames (-surnames dist.all.last):
//
//	go run ./internal/mkinstitutions -things -yaml PATH -lists . -cities cities1000.txt -surnames dist.all.last > things.txt
//
// Each line of institutions.txt is the word in lower case, a tab and a tag: c where a common
// noun has the sense ("house", "cabinet"), p where only a proper noun has
// it ("Treasury", "Commerce", "Justice": the departments).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/newstext/newstext/internal/census"
	"github.com/newstext/newstext/internal/wordlist"
)

// The synsets whose kinds are institutions, and the one whose kinds are
// not, by their ids in the Open English WordNet (2024 and later).
var (
	tops = []string{
		"08024893-n", // organization: a group of people who work together
		"07981699-n", // body: a group of persons associated by some common tie or occupation
		"08180172-n", // legislature
	}
	politicalUnit = "08376876-n" // a unit with political responsibilities: nation, state
)

type synset struct {
	hypernyms []string
	members   []string
}

func main() {
	dir := flag.String("yaml", "", "the src/yaml folder of an english-wordnet copy")
	buildings := flag.Bool("buildings", false, "write buildings.txt instead (needs -lists)")
	persons := flag.Bool("persons", false, "write persons.txt instead (needs -lists)")
	things := flag.Bool("things", false, "write things.txt instead (needs -lists, -cities and -surnames)")
	entityNouns := flag.Bool("entitynouns", false, "write entitynouns.txt instead (needs -lists)")
	acronyms := flag.Bool("acronyms", false, "write acronyms.txt instead")
	cities := flag.String("cities", "", "with -things: GeoNames' cities1000.txt, whose cities' names are no things'")
	surnames := flag.String("surnames", "", "with -things: the US Census's dist.all.last, whose 5,000 commonest surnames are no things' names")
	lists := flag.String("lists", "", "with -buildings, -persons, -things or -entitynouns: the folder of the embedded lists (placeheads.txt, givennames.txt, institutions.txt, commonwords.txt, places.txt, firms.txt)")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "mkinstitutions: -yaml is required")
		os.Exit(2)
	}
	if n := countTrue(*buildings, *persons, *things, *entityNouns, *acronyms); n > 1 {
		fmt.Fprintln(os.Stderr, "mkinstitutions: -buildings, -persons, -things, -entitynouns and -acronyms each write another file: give one")
		os.Exit(2)
	}
	for _, mode := range []struct {
		on    bool
		flag  string
		write func(io.Writer, string, string) error
	}{{*persons, "-persons", writePersons}, {*things, "-things", func(w io.Writer, dir, lists string) error {
		if *cities == "" || *surnames == "" {
			return fmt.Errorf("-things needs -cities and -surnames")
		}
		return writeThings(w, dir, lists, *cities, *surnames)
	}}, {*buildings, "-buildings", writeBuildings}, {*entityNouns, "-entitynouns", writeEntityNouns}, {*acronyms, "-acronyms", func(w io.Writer, dir, _ string) error { return writeAcronyms(w, dir) }}} {
		if !mode.on {
			continue
		}
		if *lists == "" && mode.flag != "-acronyms" {
			fmt.Fprintf(os.Stderr, "mkinstitutions: %s needs -lists\n", mode.flag)
			os.Exit(2)
		}
		if err := mode.write(os.Stdout, *dir, *lists); err != nil {
			fmt.Fprintln(os.Stderr, "mkinstitutions:", err)
			os.Exit(1)
		}
		return
	}
	f, err := os.Open(filepath.Join(*dir, "noun.group.yaml"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkinstitutions:", err)
		os.Exit(1)
	}
	defer f.Close()
	syns, err := readSynsets(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkinstitutions:", err)
		os.Exit(1)
	}
	for _, id := range append(slices.Clone(tops), politicalUnit) {
		if syns[id] == nil {
			fmt.Fprintf(os.Stderr, "mkinstitutions: synset %s not in noun.group.yaml: a new release renumbered it\n", id)
			os.Exit(1)
		}
	}
	tags := institutions(syns)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Nouns that name an organisation or a body of people: the one-word lemmas of the Open English")
	fmt.Fprintln(w, "# WordNet's organisations, bodies and legislatures (github.com/globalwordnet/english-wordnet,")
	fmt.Fprintln(w, "# CC BY 4.0; see NOTICE), less political units, written by internal/mkinstitutions.")
	fmt.Fprintln(w, "# Tag c: a common noun's sense; p: a proper noun's only.")
	for _, word := range slices.Sorted(maps.Keys(tags)) {
		fmt.Fprintf(w, "%s\t%c\n", word, tags[word])
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "mkinstitutions:", err)
		os.Exit(1)
	}
}

// institutions returns the one-word lemmas, in lower case, of the synsets
// under tops and not under politicalUnit, each tagged c or p, less the
// words that also name a political unit.
func institutions(syns map[string]*synset) map[string]byte {
	tags := map[string]byte{}
	political := map[string]bool{} // words with a political unit's sense: "state", "union"
	for id, s := range syns {
		inst, pol := under(syns, id, tops), under(syns, id, []string{politicalUnit})
		if pol {
			for _, m := range s.members {
				political[strings.ToLower(m)] = true
			}
		}
		if !inst || pol {
			continue
		}
		for _, m := range s.members {
			if !oneWord(m) {
				continue
			}
			lw := strings.ToLower(m)
			switch {
			case m == lw:
				tags[lw] = 'c'
			case titleCase(m) && tags[lw] != 'c':
				tags[lw] = 'p'
			}
		}
	}
	for w := range political {
		delete(tags, w) // a place as often as a body: "the Union", "the State"
	}
	return tags
}

// oneWord reports whether m is one word of letters, two or more.
func oneWord(m string) bool {
	n := 0
	for _, r := range m {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// titleCase reports whether m is a capital and lower-case letters ("Treasury"; not "NASA").
func titleCase(m string) bool {
	for i, r := range m {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return m != ""
}

// readSynsets reads the synsets of an english-wordnet YAML file: each an
// id at the start of a line ("08024893-n:"), its keys indented by two
// spaces, the items of a list by two spaces and a dash. Only the
// hypernyms, instance hypernyms and members are kept.
func readSynsets(r io.Reader) (map[string]*synset, error) {
	syns := map[string]*synset{}
	var cur *synset
	key := ""
	err := yamlLines(r, func(line string) error {
		switch {
		case line[0] != ' ':
			cur = &synset{}
			syns[topKey(line)] = cur
			key = ""
		case cur == nil:
			return fmt.Errorf("an indented line before any synset: %q", line)
		case strings.HasPrefix(line, "  - "):
			v := strings.Trim(strings.TrimSpace(line[4:]), `'"`)
			switch key {
			case "hypernym", "instance_hypernym":
				cur.hypernyms = append(cur.hypernyms, v)
			case "members":
				cur.members = append(cur.members, v)
			}
		case strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "   "):
			key, _, _ = strings.Cut(strings.TrimSpace(line), ":")
		}
		return nil
	})
	return syns, err
}

// yamlLines calls f with each line of r that is neither empty nor a
// comment, until f returns an error.
func yamlLines(r io.Reader, f func(line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" && line[0] != '#' {
			if err := f(line); err != nil {
				return err
			}
		}
	}
	return sc.Err()
}

// topKey returns the key a line at the start of a YAML mapping names,
// without its quotes and colon ("08024893-n:", "'hood:").
func topKey(line string) string {
	return strings.Trim(strings.TrimSuffix(strings.Trim(strings.TrimSpace(line), `'"`), ":"), `'"`)
}

// bodyBuildings are words of buildingTops that head organisations'
// names in news as often as places' (think tanks' and venues' "Center",
// airlines' "Lines", a diplomatic mission's "Consulate"), or a field's
// ("Modern Architecture"): left out.
var bodyBuildings = []string{"center", "centre", "line", "consulate", "architecture"}

// buildingTops are the synsets whose kinds end a place's name, by their
// ids in the Open English WordNet (2024 and later): building (edifice),
// road (route), street.
var buildingTops = []string{"02916498-n", "04103160-n", "04341737-n"}

// writeBuildings writes buildings.txt to w (see the package comment).
func writeBuildings(w io.Writer, dir, lists string) error {
	f, err := os.Open(filepath.Join(dir, "noun.artifact.yaml"))
	if err != nil {
		return err
	}
	defer f.Close()
	syns, err := readSynsets(f)
	if err != nil {
		return err
	}
	for _, id := range buildingTops {
		if syns[id] == nil {
			return fmt.Errorf("synset %s not in noun.artifact.yaml: a new release renumbered it", id)
		}
	}
	skip, err := listedWords(lists, []string{"placeheads.txt", "givennames.txt", "institutions.txt", "commonwords.txt"})
	if err != nil {
		return err
	}
	for _, w := range bodyBuildings {
		skip[w] = true
	}
	words := map[string]bool{}
	for id, s := range syns {
		if !under(syns, id, buildingTops) {
			continue
		}
		for _, m := range s.members {
			if oneWord(m) && m == strings.ToLower(m) && !skip[m] {
				words[m] = true
			}
		}
	}
	return writeList(w, words,
		"# Nouns of buildings and roads that end a place's name: the one-word lemmas of the Open English",
		"# WordNet's buildings, roads and streets (github.com/globalwordnet/english-wordnet, CC BY 4.0;",
		"# see NOTICE), less place heads, given names, institutions and names, written by",
		"# go run ./internal/mkinstitutions -buildings -yaml PATH -lists .")
}

// writeList writes the head's lines, then words sorted, a line each.
func writeList(w io.Writer, words map[string]bool, head ...string) error {
	bw := bufio.NewWriter(w)
	for _, line := range head {
		fmt.Fprintln(bw, line)
	}
	for _, word := range slices.Sorted(maps.Keys(words)) {
		fmt.Fprintln(bw, word)
	}
	return bw.Flush()
}

// listedWords returns the words, in lower case, of the named lists in the
// folder lists: every word, but of commonwords.txt only those tagged N
// (names too).
func listedWords(lists string, names []string) (map[string]bool, error) {
	words := map[string]bool{}
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(lists, name))
		if err != nil {
			return nil, err
		}
		for line := range strings.Lines(string(b)) {
			if strings.HasPrefix(line, "#") {
				continue
			}
			word, tag, _ := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
			if name != "commonwords.txt" || tag == "N" {
				words[strings.ToLower(word)] = true
			}
		}
	}
	return words, nil
}

// personLexFile is the lexicographer file of WordNet's nouns of people
// (noun.person), as a sense key numbers it: "devil%1:18:00::".
const personLexFile = "18"

// writePersons writes persons.txt to w: the one-word lower-case lemmas
// of the entries-*.yaml files in dir whose first noun sense is a person
// (noun.person: "devil", "emperor", "solicitor"), that have no more
// adjective senses than noun senses ("independent", "great" and
// "liberal" are adjectives first), and that are no given name or place
// of the -lists folder (givennames.txt, places.txt).
func writePersons(w io.Writer, dir, lists string) error {
	skip, err := listedWords(lists, []string{"givennames.txt", "places.txt"})
	if err != nil {
		return err
	}
	words, err := entryLemmas(dir, func(e entry) bool {
		return e.nouns > 0 && e.firstNoun == personLexFile && e.adjectives <= e.nouns && lowerWord(e.lemma) && !skip[e.lemma]
	})
	if err != nil {
		return err
	}
	return writeList(w, words,
		"# Nouns whose first sense is a person: the one-word lower-case lemmas of the Open English WordNet",
		"# (github.com/globalwordnet/english-wordnet, CC BY 4.0; see NOTICE) whose first noun sense is in",
		"# noun.person and that are no adjective first, less given names and places, written by",
		"# go run ./internal/mkinstitutions -persons -yaml PATH -lists .")
}

// entityLexFiles are the lexicographer files of WordNet's nouns whose
// kinds a proper name may share: groups (14: "village", "republic"),
// locations (15: "downtown", "Earth"), natural objects (17: "lake",
// "glacier") and people (18: "congressman").
var entityLexFiles = map[string]bool{"14": true, "15": true, "17": true, "18": true}

// writeEntityNouns writes entitynouns.txt to w: the words of
// commonwords.txt in the -lists folder whose first noun sense in the
// entries-*.yaml files in dir, that of the capitalised lemma where WordNet
// has one ("Earth" before "earth") and else that of the word or of its
// singular ("borders" as "border", "congressmen" as "congressman"), is in
// entityLexFiles. Entities reads it for a capitalised common word that is
// a place only by default: one whose first sense is none of those kinds
// ("Curiosity", "Operations", "Remember") names a thing, not a place.
func writeEntityNouns(w io.Writer, dir, lists string) error {
	common, err := wordlist.Names(filepath.Join(lists, "commonwords.txt"))
	if err != nil {
		return err
	}
	first := map[string]string{}
	err = eachEntry(dir, func(e entry) {
		if e.nouns > 0 {
			first[e.lemma] = e.firstNoun
		}
	})
	if err != nil {
		return err
	}
	words := map[string]bool{}
	for word := range common {
		if lex, ok := firstNounOf(first, word); ok && entityLexFiles[lex] {
			words[word] = true
		}
	}
	return writeList(w, words,
		"# Common words whose first noun sense is a group, a location, a natural object or a person: the",
		"# words of commonwords.txt whose first noun sense in the Open English WordNet",
		"# (github.com/globalwordnet/english-wordnet, CC BY 4.0; see NOTICE), the capitalised lemma's where",
		"# it has one, else the word's or its singular's, is in noun.group, noun.location, noun.object or",
		"# noun.person; written by",
		"# go run ./internal/mkinstitutions -entitynouns -yaml PATH -lists .")
}

// writeAcronyms writes acronyms.txt to w: the lemmas of the entries-*.yaml
// files in dir written as acronyms (a capital, then one to five capitals
// or digits: "DNA", "LED", "HIV", "CO2") whose first noun sense is none of
// the kinds a proper name may share (entityLexFiles: not "FBI", a group,
// nor "CEO", a person). Entities reads it for an acronym no table knows,
// which is an organisation's by default: one of these is a thing's or an
// idea's ("the LED bulb", "SARS").
func writeAcronyms(w io.Writer, dir string) error {
	words, err := entryLemmas(dir, func(e entry) bool {
		return e.nouns > 0 && acronymShaped(e.lemma) && !entityLexFiles[e.firstNoun]
	})
	if err != nil {
		return err
	}
	return writeList(w, words,
		"# Acronyms of things: the lemmas of the Open English WordNet (github.com/globalwordnet/english-wordnet,",
		"# CC BY 4.0; see NOTICE) written as acronyms whose first noun sense is no group, location, natural",
		"# object or person, as written; by",
		"# go run ./internal/mkinstitutions -acronyms -yaml PATH")
}

// acronymShaped reports whether s is a capital letter and then one to
// five capitals or digits.
func acronymShaped(s string) bool {
	if len(s) < 2 || len(s) > 6 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// firstNounOf returns the lexicographer file of the first noun sense of
// the lower-case word in first (lemma to file): the capitalised lemma's
// where there is one, else the word's, else its singular's ("-men" as
// "-man", "-ies" as "-y", "-s" dropped, then "-es").
func firstNounOf(first map[string]string, word string) (string, bool) {
	forms := []string{capitalized(word), word}
	if stem, ok := strings.CutSuffix(word, "men"); ok {
		forms = append(forms, stem+"man")
	}
	if stem, ok := strings.CutSuffix(word, "ies"); ok {
		forms = append(forms, stem+"y")
	}
	if stem, ok := strings.CutSuffix(word, "s"); ok {
		forms = append(forms, stem) // before "-es": "dunes" is "dune", not "dun"
	}
	if stem, ok := strings.CutSuffix(word, "es"); ok {
		forms = append(forms, stem) // "boxes", "churches"
	}
	for _, f := range forms {
		if lex, ok := first[f]; ok {
			return lex, true
		}
	}
	return "", false
}

// capitalized returns the word with its first letter in upper case.
func capitalized(word string) string {
	r := []rune(word)
	if len(r) == 0 {
		return word
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// thingLexFiles are the lexicographer files of WordNet's nouns of things
// a proper name may name, as sense keys number them: foods and drinks
// (13: "Merlot", "Coca Cola"), illnesses (26: "Ebola"), substances and
// drugs (27: "Prozac", "Bakelite"), artefacts (06: "Ouija board",
// "Walkman"), acts (04: "Social Security", "Quidditch", "Cultural
// Revolution") and events (11: "Olympics", "World Series"). Not animals
// and plants, whose breeds and kinds are named after places ("Hereford",
// "Clydesdale", "Newfoundland"), nor communication, which names
// composers for their music ("Beethoven").
var thingLexFiles = map[string]bool{"13": true, "26": true, "27": true, "06": true, "04": true, "11": true}

// roleLexFiles are the files of thingLexFiles that also hold offices and
// roles as acts: their lemmas that hold a noun of a person are none of
// things.txt.
var roleLexFiles = map[string]bool{"04": true, "11": true}

// writeThings writes things.txt to w: the capitalised lemmas, in lower
// case, of the entries-*.yaml files in dir whose first noun sense names
// a thing (thingLexFiles) and none a person, a place or a group
// (noun.person, noun.location, noun.group: "Java" is an island too),
// that are no acronym, no adjective first, no place or firm of the
// -lists folder (places.txt, placevariants.txt, firms.txt), no city of
// GeoNames' cities1000.txt at citiesPath, whatever its size ("Winchester",
// "Dunkirk", "Gladstone": WordNet knows a rifle, an evacuation, a bag), no
// word of commonwords.txt in lower case ("Empire", an apple, is "empire"
// first), none of the 5,000 commonest US surnames (the Census's
// dist.all.last at surnamesPath: "Bayer", "McIntosh") and that hold no
// given name (givennames.txt: "Virgin Mary", "Harvey Wallbanger").
func writeThings(w io.Writer, dir, lists, citiesPath, surnamesPath string) error {
	skip, err := listedWords(lists, []string{"places.txt", "placevariants.txt", "firms.txt"})
	if err != nil {
		return err
	}
	given, err := listedWords(lists, []string{"givennames.txt"})
	if err != nil {
		return err
	}
	common, err := wordlist.Names(filepath.Join(lists, "commonwords.txt"))
	if err != nil {
		return err
	}
	if err := addCities(skip, citiesPath); err != nil {
		return err
	}
	surnames, err := census.CommonSurnames(surnamesPath, 5000)
	if err != nil {
		return err
	}
	maps.Copy(skip, surnames)
	// The one-word nouns whose first sense is a person: an act's lemma
	// that holds one names an office or a role ("Chief Executive",
	// "Treasury Secretary", "President of the United States", which
	// WordNet files among acts), not a thing (roleLexFiles).
	people := map[string]bool{}
	if err := eachEntry(dir, func(e entry) {
		if e.nouns > 0 && e.firstNoun == personLexFile && !strings.Contains(e.lemma, " ") {
			people[strings.ToLower(e.lemma)] = true
		}
	}); err != nil {
		return err
	}
	words := map[string]bool{}
	err = eachEntry(dir, func(e entry) {
		r := []rune(e.lemma)
		if e.nouns == 0 || len(r) < 3 || !unicode.IsUpper(r[0]) || !strings.ContainsFunc(e.lemma, unicode.IsLower) || e.adjectives > e.nouns {
			return
		}
		thing := thingLexFiles[e.firstNoun]
		lemma := strings.ToLower(e.lemma)
		if !thing || e.nounLex[personLexFile] || e.nounLex["15"] || e.nounLex["14"] || skip[lemma] || common[lemma] ||
			slices.ContainsFunc(strings.Fields(lemma), func(w string) bool { return given[w] || people[w] && roleLexFiles[e.firstNoun] }) {
			return
		}
		words[lemma] = true
	})
	if err != nil {
		return err
	}
	return writeList(w, words,
		"# Proper names of things: the capitalised lemmas, in lower case, of the Open English WordNet",
		"# (github.com/globalwordnet/english-wordnet, CC BY 4.0; see NOTICE) whose first noun sense is a",
		"# food, an illness, a substance, an artefact, an act or an event, and none a person, a place or a",
		"# group, holding no noun of a person; less",
		"# acronyms, given names, places (GeoNames, CC BY), firms and common US surnames (US Census), by",
		"# go run ./internal/mkinstitutions -things -yaml PATH -lists . -cities cities1000.txt -surnames dist.all.last")
}

// addCities adds to set, in lower case, the names and ASCII names of the
// cities of GeoNames' cities1000.txt at path (tab-separated, the name
// second, the ASCII name third).
func addCities(set map[string]bool, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	n := 0
	for line := range strings.Lines(string(b)) {
		if fs := strings.SplitN(line, "\t", 4); len(fs) == 4 {
			set[strings.ToLower(fs[1])], set[strings.ToLower(fs[2])] = true, true
			n++
		}
	}
	if n < 1000 {
		return fmt.Errorf("%s: %d cities: not GeoNames' cities1000.txt", path, n)
	}
	return nil
}

// lowerWord reports whether s is a word of lower-case ASCII letters, two
// or more, its parts joined by hyphens ("secretary-general").
func lowerWord(s string) bool {
	if len(s) < 2 || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < 'a' || s[i] > 'z') && s[i] != '-' {
			return false
		}
	}
	return true
}

// entryLemmas returns the lemmas of the entries of the entries-*.yaml
// files in dir that keep reports true of.
func entryLemmas(dir string, keep func(entry) bool) (map[string]bool, error) {
	words := map[string]bool{}
	err := eachEntry(dir, func(e entry) {
		if keep(e) {
			words[e.lemma] = true
		}
	})
	return words, err
}

// eachEntry calls f with each entry of the entries-*.yaml files in dir.
func eachEntry(dir string, f func(entry)) error {
	files, err := filepath.Glob(filepath.Join(dir, "entries-*.yaml"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no entries-*.yaml in %s", dir)
	}
	for _, name := range files {
		r, err := os.Open(name)
		if err != nil {
			return err
		}
		err = readEntries(r, f)
		r.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// An entry is what an entries-*.yaml file says of one lemma: how many
// noun and adjective senses it has and the lexicographer file of its
// first noun sense.
type entry struct {
	lemma             string
	nouns, adjectives int
	firstNoun         string
	nounLex           map[string]bool // the lexicographer files of all its noun senses
}

// readEntries reads an english-wordnet entries file: each lemma at the
// start of a line ("devil:"), its parts of speech indented by two spaces
// ("  n:"), their senses as list items whose id is a sense key
// ("    - id: 'devil%1:18:00::'", or "      id: …" after the item's
// first key); it calls f with each lemma's entry.
func readEntries(r io.Reader, f func(entry)) error {
	var cur entry
	pos := ""
	err := yamlLines(r, func(line string) error {
		trimmed := strings.TrimSpace(line)
		switch {
		case line[0] != ' ':
			if cur.lemma != "" {
				f(cur)
			}
			cur, pos = entry{lemma: topKey(line)}, ""
		case strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "   "):
			pos, _, _ = strings.Cut(trimmed, ":")
		case strings.HasPrefix(strings.TrimPrefix(trimmed, "- "), "id:"):
			// A sense's id opens its list item or follows the item's
			// first key ("- derivation: …", then "id: …").
			key := strings.Trim(strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(trimmed, "- "), "id:")), `'"`)
			_, lex, _ := strings.Cut(key, "%")
			fields := strings.Split(lex, ":")
			switch pos {
			case "n":
				if len(fields) > 1 {
					if cur.nouns == 0 {
						cur.firstNoun = fields[1]
					}
					if cur.nounLex == nil {
						cur.nounLex = map[string]bool{}
					}
					cur.nounLex[fields[1]] = true
				}
				cur.nouns++
			case "a", "s":
				cur.adjectives++
			}
		}
		return nil
	})
	if cur.lemma != "" {
		f(cur)
	}
	return err
}

// under reports whether the synset id is one of tops or a kind of one,
// through its hypernyms (64 levels at most: a cycle in the data ends
// there).
func under(syns map[string]*synset, id string, tops []string) bool {
	var walk func(id string, depth int) bool
	walk = func(id string, depth int) bool {
		if slices.Contains(tops, id) {
			return true
		}
		s := syns[id]
		if s == nil || depth > 64 {
			return false
		}
		return slices.ContainsFunc(s.hypernyms, func(h string) bool { return walk(h, depth+1) })
	}
	return walk(id, 0)
}

// countTrue returns how many of bs are true.
func countTrue(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
