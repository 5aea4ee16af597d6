package newstext

import (
	"bytes"
	_ "embed"
	"hash/maphash"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The gazetteers: names the entity rules know without the alias table,
// from open data (see NOTICE), one a line after "#" comment lines, as
// written ("Steven", "Malaysia").
var (
	// givenNamesText is givennames.txt: the given names of the US Social
	// Security Administration's baby names data, each with the sex of
	// nine in ten of the babies given it where one is (internal/mkgivennames).
	//
	//go:embed givennames.txt
	givenNamesText string

	// placesText is places.txt: countries, territories and the M49
	// continents and regions (Unicode CLDR), the US states and cities of
	// 100,000 people or more (GeoNames) (internal/mkplaces).
	//
	//go:embed places.txt
	placesText string

	// divisionsText is divisions.txt: the first-level divisions of
	// countries that places.txt lacks ("England", "Scotland", "Punjab",
	// "Bavaria"; GeoNames' admin1CodesASCII.txt; internal/mkdivisions).
	//
	//go:embed divisions.txt
	divisionsText string

	// newerPlacesText is newerplaces.txt: cities of 100,000 people or
	// more by the names a newer GeoNames snapshot gives them, where
	// places.txt has their names of 2013 or lacks them ("Naples" beside
	// "Napoli", "Kyiv", "Harlem"; internal/mknewerplaces).
	//
	//go:embed newerplaces.txt
	newerPlacesText string

	// placeHeadsText is placeheads.txt: the nouns that end a place's
	// name, from GeoNames' feature codes (internal/mkplaceheads).
	//
	//go:embed placeheads.txt
	placeHeadsText string

	// buildingsText is buildings.txt: the nouns of buildings and roads
	// that end a place's name where GeoNames' feature codes have no such
	// word ("mansion", "alley", "minster"; the Open English WordNet;
	// internal/mkinstitutions -buildings).
	//
	//go:embed buildings.txt
	buildingsText string

	// placeVariantsText is placevariants.txt: other spellings of the
	// cities of places.txt, each with the city's name (GeoNames'
	// alternatenames; internal/mkplaces).
	//
	//go:embed placevariants.txt
	placeVariantsText string

	// firmsText is firms.txt: companies, newspapers and web services
	// (github.com/dariusk/corpora), brands that trade in English-
	// speaking countries (github.com/osmlab/name-suggestion-index), the
	// largest listed US companies (the SEC's) and news outlets
	// (github.com/savkov/freebie; internal/mkfirms).
	//
	//go:embed firms.txt
	firmsText string

	// clubsText is clubs.txt: football clubs by their names of two words
	// or more (github.com/openfootball/clubs; internal/mkclubs).
	//
	//go:embed clubs.txt
	clubsText string

	// commonWordsText is commonwords.txt: English words in lower case,
	// sorted, those the dictionary also knows as names tagged N (SCOWL's
	// en_US Hunspell dictionary; internal/mklexicon).
	//
	//go:embed commonwords.txt
	commonWordsText string

	// institutionsText is institutions.txt: the nouns that name an
	// organisation or a body of people, tagged c where a common noun has
	// the sense, p where only a proper noun has it (the Open English
	// WordNet; internal/mkinstitutions).
	//
	//go:embed institutions.txt
	institutionsText string

	// personNounsText is persons.txt: the nouns whose first sense is a
	// person ("devil", "emperor", "solicitor"; the Open English WordNet;
	// internal/mkinstitutions -persons).
	//
	//go:embed persons.txt
	personNounsText string

	// entityNounsText is entitynouns.txt: the common words whose first
	// noun sense is a group, a location, a natural object or a person
	// ("village", "downtown", "lake", "congressmen"; the Open English
	// WordNet; internal/mkinstitutions -entitynouns).
	//
	//go:embed entitynouns.txt
	entityNounsText string

	// acronymsText is acronyms.txt: the acronyms of things, those of the
	// Open English WordNet whose first noun sense is no group, location,
	// natural object or person ("DNA", "LED", "SARS"; internal/mkinstitutions
	// -acronyms), as written.
	//
	//go:embed acronyms.txt
	acronymsText string

	// thingNamesText is things.txt: the proper names of foods, illnesses,
	// substances, artefacts, acts and events ("Merlot", "Ebola", "Prozac",
	// "Walkman", "Social Security", "World Series"; the Open English
	// WordNet; internal/mkinstitutions -things), in lower case.
	//
	//go:embed things.txt
	thingNamesText string

	// usPoliticiansText is uspoliticians.txt: the surnames of the members
	// of the US Congress since 2012 and of the presidents and vice
	// presidents that are no word, given name, common surname, place or
	// firm ("Obama", "Pelosi", "Romney"; github.com/unitedstates/
	// congress-legislators; internal/mkpoliticians).
	//
	//go:embed uspoliticians.txt
	usPoliticiansText string

	// languagesText is languages.txt: the English names of languages
	// ("Urdu", "Swahili", "Egyptian Arabic"; CLDR's, as
	// golang.org/x/text/language/display gives them; internal/mklanguages).
	//
	//go:embed languages.txt
	languagesText string

	// instancesText is instances.txt: the proper names Princeton WordNet
	// 3.1 gives as instances of a kind, each tagged P (a person: "Freud",
	// "Warhol"), L (a place: "Essex", "Kivu"), O (an organisation:
	// "Hamas") or X (anything else: "Spanish Civil War"), less the names
	// the other lists give (internal/mkinstances).
	//
	//go:embed instances.txt
	instancesText string

	// instances indexes instances.txt by name, as written.
	instances = sync.OnceValue(func() *lineIndex { return indexLines(instancesText, nil) })

	personNouns      = sync.OnceValue(func() map[string]bool { return nameSet(personNounsText) })
	entityNouns      = sync.OnceValue(func() map[string]bool { return nameSet(entityNounsText) })
	thingAcronyms    = sync.OnceValue(func() map[string]bool { return nameSet(acronymsText) })
	thingNames       = sync.OnceValue(func() map[string]bool { return nameSet(thingNamesText) })
	languageNames    = sync.OnceValue(func() map[string]bool { return nameSet(languagesText) })
	politicians      = sync.OnceValue(func() map[string]bool { return nameSet(usPoliticiansText) })
	institutionNouns = sync.OnceValue(func() map[string]byte { return nameTags(institutionsText) })
	firmNames        = sync.OnceValue(func() map[string]bool {
		names := withoutBang(nameSet(firmsText))
		maps.Copy(names, nameSet(clubsText)) // clubs are companies too, named as a place and a word or two
		return names
	})
	placeHeads = sync.OnceValue(func() map[string]bool {
		heads := nameSet(placeHeadsText)
		maps.Copy(heads, nameSet(buildingsText))
		return heads
	})
	// givenNames stays a map: looked up for nearly every capitalised
	// word, where a lineIndex's lookup costs a tenth more, and small.
	givenNames = sync.OnceValue(func() map[string]byte { return nameTags(givenNamesText) })
	placeNames = sync.OnceValue(func() map[string]bool {
		names := nameSet(placesText)
		maps.Copy(names, nameSet(divisionsText))
		maps.Copy(names, nameSet(newerPlacesText))
		return names
	})

	// placeVariants indexes the other spellings of cities, each with the
	// city's name in places.txt as its tag ("Nikolaev" and "Mykolaiv"
	// with "Mykolayiv"), less the spellings that are given names too
	// ("Ahmad").
	placeVariants = sync.OnceValue(func() *lineIndex {
		return indexLines(placeVariantsText, isGivenName)
	})
)

// loadGazetteers builds every gazetteer the entity rules read, the
// dictionary (half the work: a hundred thousand words) on a goroutine of
// its own beside the others, so that the first text waits for about half
// of what building them one after the other takes where a second core is
// free. Each is still built once, by whichever call asks first; this asks
// for all of them at once.
var loadGazetteers = sync.OnceFunc(func() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		dictionaryWords()
	}()
	givenNames()
	placeNames()
	placeVariants()
	placeSkeletons()
	placeFirstWords()
	firmNames()
	placeHeads()
	personNouns()
	entityNouns()
	thingAcronyms()
	thingNames()
	languageNames()
	politicians()
	institutionNouns()
	instances()
	wg.Wait()
})

// cityOf returns the name places.txt gives the city that name, as
// written, is another spelling of, if it is one.
func cityOf(name string) (string, bool) {
	city, ok := placeVariants().lookup(trimPossessive(strings.TrimSpace(name)))
	return city, ok
}

// isCommonWord reports whether w, in lower case, is an English word that
// is no name ("power", "using", "don't"; not "may", "bill" or "nation",
// which the dictionary also knows as names). It allocates only for a word
// with a curly apostrophe.
func isCommonWord(w string) bool {
	tag, ok := dictionaryWords().tagOf(straightApostrophe(w))
	return ok && tag != 'N'
}

// isDictionaryWord reports whether w, in lower case, is an English word,
// names included: as isCommonWord, and also "may", "bill", "hope" and
// "truth", which the dictionary knows as names too.
func isDictionaryWord(w string) bool {
	_, ok := dictionaryWords().tagOf(straightApostrophe(w))
	return ok
}

// inDictionary reports whether w, in any case and without a possessive,
// is a word of the dictionary, names included (isDictionaryWord), without
// allocating: no word of the dictionary is longer than 24 bytes, so a
// longer w is none.
func inDictionary(w string) bool {
	var buf [32]byte
	w = trimPossessive(w)
	return len(w) <= len(buf) && isDictionaryWord(string(lowerInto(buf[:], w)))
}

// inCommonWords is isCommonWord of w in any case ("Source", "READY"),
// without allocating: a word longer than 32 bytes is none, as no word of
// the dictionary is longer than 24.
func inCommonWords(w string) bool {
	var buf [32]byte
	return len(w) <= len(buf) && isCommonWord(string(lowerInto(buf[:], w)))
}

// isPastForm reports whether w, in lower case, is a past tense or a past
// participle of the dictionary that is no word of its own ("cheered",
// "abandoned"; not "need", "bed", nor "used" or "signed", which the
// dictionary also lists as words).
func isPastForm(w string) bool {
	tag, _ := dictionaryWords().tagOf(straightApostrophe(w))
	return tag == 'D'
}

// isPresentParticiple reports whether w, in lower case, is a present participle
// of the dictionary that is no word of its own ("using", "hosting"; not
// "morning", "building" or "following", which are nouns too).
func isPresentParticiple(w string) bool {
	tag, _ := dictionaryWords().tagOf(straightApostrophe(w))
	return tag == 'G'
}

// straightApostrophe returns w with its curly apostrophes straight, as
// commonwords.txt writes them ("don’t" as "don't").
func straightApostrophe(w string) string {
	if strings.Contains(w, "’") {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// dictionaryWords indexes the words of commonwords.txt, each with its
// tag ('G' for a participle, 'N' for a word that is a name too, 'L' for
// an adverb in "-ly", else none).
var dictionaryWords = sync.OnceValue(func() *lineIndex { return indexLines(commonWordsText, nil) })

// A lineIndex finds the entries of a gazetteer file (see entries) by
// name: a hash table of the lines' offsets into the embedded text, open
// addressing with linear probing. It stands where a map of the names
// would: it takes four bytes a slot, a map of strings twenty-odd, and
// the text it points into is already in memory, so that it is built in
// about half the time (fresh memory is most of the cost of a table
// built once) and nothing in it is for the collector to scan. It is
// read-only once built, and safe for concurrent use.
type lineIndex struct {
	text string
	seed maphash.Seed
	// slots hold 0 for none, else, from the low bits up: the offset in
	// text of the entry's name plus one (offsetBits), the name's length
	// in bytes, 0 for a name of nameLenMax bytes or more (lenBits), and
	// the top bits of the name's hash (the rest): a probe compares names
	// only where both of the last agree.
	slots []uint32
	// hash, when set, stands for maphash with seed: a test's, so that
	// names collide and every probe reaches the comparison of names.
	hash func(string) uint64
}

// The fields of a lineIndex slot: an offset of up to 2 MiB, a length.
const (
	offsetBits = 21
	lenBits    = 6
	nameLenMax = 1<<lenBits - 1
	offsetMask = 1<<offsetBits - 1
)

// indexLines returns the index of the entries of a gazetteer file, less
// those whose name skip reports (nil: none). A name listed twice is found
// with its later line's tag, as in a map built from entries.
func indexLines(text string, skip func(name string) bool) *lineIndex {
	return indexLinesHashed(text, skip, nil)
}

// indexLinesHashed is indexLines with the hash of names hash (nil:
// maphash).
func indexLinesHashed(text string, skip func(name string) bool, hash func(string) uint64) *lineIndex {
	if len(text) >= offsetMask {
		panic("newstext: gazetteer file too large for lineIndex")
	}
	size := 8
	for n := strings.Count(text, "\n"); size < n+n/3; size *= 2 { // at most three slots in four full
	}
	x := &lineIndex{text: text, seed: maphash.MakeSeed(), slots: make([]uint32, size), hash: hash}
	off := 0 // where line starts in text
	for line := range strings.Lines(text) {
		start := off + len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace)) // the name's
		off += len(line)
		name, _, ok := parseEntry(line)
		if !ok || skip != nil && skip(name) {
			continue
		}
		h := x.sum(name)
		key := entryKey(h, name)
		i := h & uint64(len(x.slots)-1)
		for ; x.slots[i] != 0; i = (i + 1) & uint64(len(x.slots)-1) {
			if s := x.slots[i]; s&^offsetMask == key {
				if n, _, _ := x.entryAt(int(s&offsetMask) - 1); n == name {
					break // a name listed again: the later line stands, as in a map
				}
			}
		}
		x.slots[i] = uint32(start+1) | key
	}
	return x
}

// entryAt returns the name and tag of the entry whose name starts at
// text[start:] (see parseEntry).
func (x *lineIndex) entryAt(start int) (name, tag string, ok bool) {
	line := x.text[start:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	return parseEntry(line)
}

// sum returns the hash of name.
func (x *lineIndex) sum(name string) uint64 {
	if x.hash != nil {
		return x.hash(name)
	}
	return maphash.String(x.seed, name)
}

// entryKey returns the bits of the slot of the name of hash h above its
// offset: the name's length (0 for nameLenMax bytes or more) and the top
// bits of h.
func entryKey(h uint64, name string) uint32 {
	n := len(name)
	if n >= nameLenMax {
		n = 0
	}
	return uint32(h>>(64-(32-offsetBits-lenBits)))<<(offsetBits+lenBits) | uint32(n)<<offsetBits
}

// lookup returns the tag of the entry name (its text after the tab, ""
// for none) and whether the file has that entry.
func (x *lineIndex) lookup(name string) (tag string, ok bool) {
	if name == "" {
		return "", false // no entry's: entries trims its lines
	}
	var h uint64
	if x.hash == nil {
		h = maphash.String(x.seed, name) // sum, written out: the call is a sixth of a lookup
	} else {
		h = x.hash(strings.Clone(name)) // a test's hash: a copy, so that name does not escape to the heap for every caller
	}
	key := entryKey(h, name)
	n := int(key>>offsetBits) & nameLenMax // the length the slot holds: 0 for a long name
	for i := h & uint64(len(x.slots)-1); ; i = (i + 1) & uint64(len(x.slots)-1) {
		s := x.slots[i]
		if s == 0 {
			return "", false
		}
		if s&^offsetMask != key {
			continue
		}
		off := int(s&offsetMask) - 1
		if n == 0 {
			// A long name: read as entries reads it.
			if e, t, _ := x.entryAt(off); e == name {
				return t, true
			}
			continue
		}
		if x.text[off:off+n] != name {
			continue
		}
		// The slot's length is the entry's name's, so this is the
		// entry: its tag, if it has one, follows a tab right after it
		// (entries cuts the line, trimmed, at its first tab).
		if end := off + n; end < len(x.text) && x.text[end] == '\t' {
			tag = x.text[end+1:]
			if k := strings.IndexByte(tag, '\n'); k >= 0 {
				tag = tag[:k]
			}
			return strings.TrimRightFunc(tag, unicode.IsSpace), true
		}
		return "", true
	}
}

// tagOf returns the first byte of the tag of the entry name, 0 where it
// has none, and whether the file has that entry.
func (x *lineIndex) tagOf(name string) (byte, bool) {
	t, ok := x.lookup(name)
	if t == "" {
		return 0, ok
	}
	return t[0], ok
}

// entries yields the names of a gazetteer file, each with the tag after a
// tab on its line ("" where it has none), skipping "#" comment lines.
func entries(text string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for line := range strings.Lines(text) {
			if name, tag, ok := parseEntry(line); ok && !yield(name, tag) {
				return
			}
		}
	}
}

// parseEntry returns the name and the tag of a gazetteer file's line (its
// end included or not): the line trimmed of white space, cut at its first
// tab; false for a blank or "#" comment line. entries and lineIndex read
// a line with it.
func parseEntry(line string) (name, tag string, ok bool) {
	line = strings.TrimSpace(line)
	if line == "" || line[0] == '#' {
		return "", "", false
	}
	name, tag, _ = strings.Cut(line, "\t")
	return name, tag, true
}

// nameSet returns the names of a gazetteer file.
func nameSet(text string) map[string]bool {
	set := make(map[string]bool, strings.Count(text, "\n"))
	for name := range entries(text) {
		set[name] = true
	}
	return set
}

// withoutBang adds to set each name written with "!" without it: the mark
// is the brand's styling ("Yahoo!", "Yum! Brands"), and a text writes the
// name without it as often, or puts a sentence's end there.
func withoutBang(set map[string]bool) map[string]bool {
	for name := range set {
		if !strings.Contains(name, "!") {
			continue
		}
		if n := strings.Join(strings.Fields(strings.ReplaceAll(name, "!", " ")), " "); n != "" {
			set[n] = true
		}
	}
	return set
}

// nameTags returns the names of a gazetteer file, each with the first
// byte of its tag, or 0 where it has none.
func nameTags(text string) map[string]byte {
	set := make(map[string]byte, strings.Count(text, "\n"))
	for name, tag := range entries(text) {
		set[name] = 0
		if tag != "" {
			set[name] = tag[0]
		}
	}
	return set
}

// isGivenName reports whether w, capitalised as in the text, is a common
// given name ("Betty", "Steven"; not "BETTY", "betty").
func isGivenName(w string) bool {
	_, ok := givenNames()[w]
	return ok
}

// isPoliticianSurname reports whether w, as written, is the surname of a
// US politician that names nothing else the lists know ("Obama",
// "Pelosi"): a person's name alone, as a given name alone is.
func isPoliticianSurname(w string) bool { return politicians()[w] }

// givenNameSex returns 'F' or 'M' when nine in ten of the US babies given
// the name w were girls, or boys, else 0 (also for no given name).
func givenNameSex(w string) byte { return givenNames()[w] }

// isPlaceName reports whether s, as written, names a country, a US state
// or a city of 100,000 people or more ("Malaysia", "Virginia", "Houston"),
// a first-level division or a newer city name of the lists, or such a
// place after a word the gazetteer shows modifying places
// (isModifiedPlace: "New England", "Central London"; also "New Iran",
// which placeEnd does not take where "New" opens a sentence).
func isPlaceName(s string) bool {
	if placeNames()[s] {
		return true
	}
	// CLDR writes the saints' countries abbreviated ("St. Lucia"), the
	// press in full too ("Saint Lucia").
	if rest, ok := strings.CutPrefix(s, "Saint "); ok && len(rest) < 64 {
		var buf [68]byte
		return placeNames()[string(append(append(buf[:0], "St. "...), rest...))]
	}
	return isModifiedPlace(s)
}

// isModifiedPlace reports whether s, as written, is a place the gazetteer
// knows after one of the words that the gazetteer itself shows modifying
// places ("New England", "East Anglia" is not: "Anglia" is no place the
// lists know; see placeModifiers).
func isModifiedPlace(s string) bool {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || first == "" || len(first) > 16 || first[0] < 'A' || first[0] > 'Z' {
		return false
	}
	var buf [16]byte
	return placeModifiers()[string(lowerInto(buf[:], first))] && placeNames()[rest]
}

// placeModifiers are the dictionary words that open three or more of the
// gazetteer's places whose rest is a place of the gazetteer too: "north"
// (North Carolina, North Karelia), "new" (New Jersey, New Ireland),
// "lower" (Lower Saxony, Lower Austria), "greater", "central". Such a word
// before a place the lists know names a place of its own ("New England",
// "North Macedonia"), where a word that merely may open a name would be
// cut off as a common word. Derived from the lists, not chosen: a word
// modifies places in the press as it does in GeoNames.
var placeModifiers = sync.OnceValue(func() map[string]bool {
	names := placeNames()
	count := map[string]int{}
	for name := range names {
		if first, rest, ok := strings.Cut(name, " "); ok && names[rest] {
			count[strings.ToLower(first)]++
		}
	}
	m := map[string]bool{}
	for w, n := range count {
		if n >= 3 && isDictionaryWord(w) {
			m[w] = true
		}
	}
	return m
})

// placeSkeletonShared reports whether the lower-case word w names one of
// two or more places of one word that the gazetteer names with the
// skeleton sk (wordSkeleton of w): "oman" and "amman", "guinea" and
// "ghana".
func placeSkeletonShared(sk, w string) bool {
	names := placeSkeletons()[sk]
	return len(names) > 1 && slices.Contains(names, w)
}

// placeSkeletons lists the places of one plain-ASCII word that places.txt
// names, in lower case, by their skeletons. (Not the small divisions of
// divisions.txt: their thousands of names would share skeletons with the
// cities and countries, whose spellings then no longer meet.)
var placeSkeletons = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for name := range entries(placesText) {
		var buf [64]byte
		if w, ok := lowerASCIIWord(&buf, name); ok && !strings.Contains(name, " ") {
			sk := wordSkeleton(string(w))
			if !slices.Contains(m[sk], string(w)) {
				m[sk] = append(m[sk], string(w))
			}
		}
	}
	return m
})

// placeFirstWords are the first words, in lower case, of the places of
// several words the gazetteer knows ("new", "north", "los"); of a
// division's name (divisions.txt) only one that is no word of the
// dictionary ("uttar", not "black" of "Black River" nor "crooked" of
// "Crooked Island"): a common word opens a small division's name far less
// often than it opens a headline's run.
var placeFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for name := range entries(placesText) {
		if first, _, ok := strings.Cut(name, " "); ok {
			m[strings.ToLower(first)] = true
		}
	}
	for name := range entries(divisionsText) {
		if first, _, ok := strings.Cut(name, " "); ok && !isDictionaryWord(strings.ToLower(first)) {
			m[strings.ToLower(first)] = true
		}
	}
	return m
})

// mayOpenPlace reports whether the word w, in any case, is the first word
// of a place of several words the gazetteer knows: only then is a longer
// lookup worth making.
func mayOpenPlace(w string) bool {
	if len(w) > 32 {
		return false
	}
	var buf [32]byte
	return placeFirstWords()[string(lowerInto(buf[:], w))]
}

// isInstitution reports whether the word w, in any case, is a noun with a
// sense that names an organisation or a body of people (WordNet): "house",
// "cabinet", "brotherhood"; "Treasury" and "Commerce" as a department's
// name.
func isInstitution(w string) bool {
	var buf [32]byte
	_, ok := institutionNouns()[string(lowerInto(buf[:], w))]
	return ok
}

// isBodyNoun reports whether the word w, in any case, is a common noun with
// a sense that names an organisation or a body of people, as the last word
// of a body's name is ("Muslim Brotherhood", "White House"); not a word
// only a department's proper name makes one ("Chief Justice").
func isBodyNoun(w string) bool {
	var buf [32]byte
	return isBodyNounLower(lowerInto(buf[:], w))
}

// isBodyNounLower is isBodyNoun of a word already in lower case.
func isBodyNounLower(lw []byte) bool { return institutionNouns()[string(lw)] == 'c' }

// isPersonNoun reports whether the word w, in any case, is a noun whose
// first sense is a person ("Devil", "Emperor", "Solicitor").
func isPersonNoun(w string) bool {
	var buf [32]byte
	return len(w) <= len(buf) && personNouns()[string(lowerInto(buf[:], w))]
}

// namesThingFirst reports whether the word w, in any case, is a common
// word (isCommonWord) whose first noun sense is no group, location,
// natural object or person (entitynouns.txt), or that is no noun at all:
// capitalised, it names a thing, a work or an idea rather than a place
// ("Curiosity", "Operations", "Remember"; not "Downtown", "Lake", "Earth").
func namesThingFirst(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	lw := string(lowerInto(buf[:], w))
	return isCommonWord(lw) && !entityNouns()[lw]
}

// namesEntityNoun reports whether the word w, in any case, is a word of
// the dictionary whose first noun sense is a group, a location, a natural
// object or a person (entitynouns.txt: "Hills", "Monitor", "Village").
func namesEntityNoun(w string) bool {
	var buf [32]byte
	return len(w) <= len(buf) && entityNouns()[string(lowerInto(buf[:], w))]
}

// isThingAcronym reports whether w, as written and without a possessive,
// is an acronym of a thing or an idea ("DNA", "LED", "SARS"; acronyms.txt),
// not of an organisation.
func isThingAcronym(w string) bool { return thingAcronyms()[trimPossessive(w)] }

// isThingName reports whether name, in any case, is the proper name of a
// thing, not of a person, a place or an organisation: a food or a drink
// ("Merlot", "Coca Cola"), an illness ("Ebola"), a drug or a substance
// ("Prozac"), an artefact ("Walkman", "Ouija board"), an act or an event
// ("Social Security", "World Series"), or a programme of health care
// named by a word in "-care" ("Medicare", "Obamacare").
func isThingName(name string) bool {
	var buf [48]byte
	if len(name) > len(buf) {
		return false
	}
	lw := lowerInto(buf[:], name)
	return thingNames()[string(lw)] || bytes.HasSuffix(lw, []byte("care")) && utf8.RuneCount(lw) >= 8 && !bytes.ContainsAny(lw, " -")
}

// instanceKind returns the kind WordNet gives name, as written, where it
// names one instance of a kind that the other lists do not know
// (instances.txt: "Freud" a person, "Essex" a place, "Hamas" an
// organisation, "Spanish Civil War" Other), or "" where it names none.
func instanceKind(name string) Kind {
	switch tag, _ := instances().tagOf(name); tag {
	case 'P':
		return Person
	case 'L':
		return Place
	case 'O':
		return Org
	case 'X':
		return Other
	}
	return ""
}

// instanceKindOf is instanceKind of name as a text writes it: with a
// curly apostrophe ("St. John’s"), or with a possessive, which instances.txt
// holds only where it is part of the name ("St. John's", "Standard and
// Poor's").
func instanceKindOf(name string) Kind {
	name = straightApostrophe(name)
	if k := instanceKind(name); k != "" {
		return k
	}
	if bare := trimPossessive(name); bare != name {
		return instanceKind(bare)
	}
	return ""
}

// isLanguageName reports whether name, as written, is a language's
// English name in languages.txt ("Urdu", "Pashto", "Egyptian Arabic"), and
// no word the dictionary knows in lower case ("Afar", "Slave", "Fang" are
// languages too).
func isLanguageName(name string) bool {
	if !languageNames()[name] {
		return false
	}
	var buf [48]byte
	return len(name) > len(buf) || !isCommonWord(string(lowerInto(buf[:], name)))
}

// isFirmName reports whether s, as written, names a large company, a
// newspaper, a web service or a football club ("Toyota", "Starbucks",
// "Instagram", "Real Madrid"), with "and" for its "&" too.
func isFirmName(s string) bool {
	if len(s) >= 96 {
		return false // no firm's name is so long: a run of a text that long is not hashed
	}
	if firmNames()[s] {
		return true
	}
	// The press writes "and" where the firm writes "&": "Procter and
	// Gamble", "Bath and Body Works".
	if before, after, ok := strings.Cut(s, " and "); ok {
		var buf [96]byte
		return firmNames()[string(append(append(append(buf[:0], before...), " & "...), after...))]
	}
	return false
}

// isPlaceHeadWord is isPlaceHead of the word w in any case, without
// allocating.
func isPlaceHeadWord(w string) bool {
	var buf [32]byte
	return isPlaceHead(lowerInto(buf[:], w))
}

// isPlaceHead reports whether the lower-case word w is the kind of place
// that ends a place's name ("park", "castle"; "lakes" as "lake";
// "theatre" and "harbour" as "theater" and "harbor").
func isPlaceHead[T string | []byte](w T) bool {
	h := placeHeads()
	if h[string(w)] || len(w) > 1 && w[len(w)-1] == 's' && h[string(w[:len(w)-1])] {
		return true
	}
	// British spellings of GeoNames' American ones: "theatre", "harbour".
	var buf [32]byte
	switch n := len(w); {
	case n > 4 && n <= len(buf) && string(w[n-3:]) == "tre":
		b := append(append(buf[:0], w[:n-3]...), "ter"...)
		return h[string(b)]
	case n > 4 && n <= len(buf) && string(w[n-3:]) == "our":
		b := append(append(buf[:0], w[:n-3]...), "or"...)
		return h[string(b)]
	}
	return false
}
