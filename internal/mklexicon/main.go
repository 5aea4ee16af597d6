// Command mklexicon writes commonwords.txt, the English words the entity
// rules know as common words, from the en_US Hunspell dictionary of SCOWL
// (Kevin Atkinson's Spell Checker Oriented Word Lists; permissive licence,
// see NOTICE): index.dic and index.aff of the npm package dictionary-en
// (version 4.0.0 was used).
//
// Every stem of index.dic is expanded by the prefixes and suffixes its
// flags name in index.aff (a prefix and a suffix together where both allow
// it). A form is kept when it is in lower case ASCII letters (and
// apostrophes: "don't") and of two letters or more. One that a capitalised
// stem of the dictionary also gives in title case is tagged N after a tab:
// "may" and "bill" are names too ("May", "Bill"); "power", "using" and
// "nation" are not. A form that only the
// suffix "-ing" makes (flag G: "using", "hosting"; not "morning" or
// "building", which are stems of their own) is tagged G after a tab: a
// present participle. A form that only the suffix "-ed" makes of a stem
// of three letters or more (flag D: "cheered", "abandoned"; not "need" or
// "bed", nor "signed" or "used", which the dictionary lists as stems of
// their own, nor "med" of the stem "m") is tagged D: a past tense or a
// past participle. An adverb in "-ly" is tagged L: a form the suffix
// "-ly" makes (flag Y: "really", "quietly") that is no stem of its own
// ("rely", "comply", "barfly" are), or a stem that ends in "ly" and takes
// no noun's or verb's suffix (flags S, M, D, G: "simply", "basically",
// "early"; not "family", "rally" or "supply").
// Usage, from the repo root:
//
//	go run ./internal/mklexicon -dic DIR/index.dic -aff DIR/index.aff > commonwords.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

func main() {
	dic := flag.String("dic", "", "the Hunspell dictionary, index.dic (required)")
	aff := flag.String("aff", "", "its affix file, index.aff (required)")
	flag.Parse()
	if *dic == "" || *aff == "" {
		fmt.Fprintln(os.Stderr, "mklexicon: -dic and -aff are required")
		os.Exit(2)
	}
	if err := run(*dic, *aff); err != nil {
		fmt.Fprintln(os.Stderr, "mklexicon:", err)
		os.Exit(1)
	}
}

// affix is one rule of an affix class: strip what the condition matched
// at the word's end (suffix) or start (prefix), then add.
type affix struct {
	strip, add string
	cond       *regexp.Regexp
}

// class is a flag's affixes: prefixes or suffixes, and whether they
// combine with an affix of the other side.
type class struct {
	prefix, cross bool
	rules         []affix
}

func run(dicPath, affPath string) error {
	classes, err := readAffixes(affPath)
	if err != nil {
		return err
	}
	f, err := os.Open(dicPath)
	if err != nil {
		return err
	}
	defer f.Close()
	common, proper := map[string]bool{}, map[string]bool{}
	stems, participles, pasts, adverbs, yForms := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first { // the stem count
			first = false
			if _, err := strconv.Atoi(strings.TrimSpace(line)); err == nil {
				continue
			}
		}
		stem, flags, _ := strings.Cut(line, "/")
		if stem == "" {
			continue
		}
		lower := strings.ToLower(stem) == stem
		into := common
		if !lower {
			into = proper
		}
		stems[stem] = true
		for _, w := range expand(stem, flags, classes) {
			into[w] = true
		}
		if y := classes['Y']; y != nil && lower && strings.IndexByte(flags, 'Y') >= 0 {
			for _, r := range y.rules {
				if w, ok := r.apply(stem, false); ok {
					yForms[w] = true
				}
			}
		}
		if lower && strings.HasSuffix(stem, "ly") && !strings.ContainsAny(flags, "SMDG") {
			adverbs[stem] = true
		}
		if g := classes['G']; g != nil && lower && strings.IndexByte(flags, 'G') >= 0 {
			for _, r := range g.rules {
				if w, ok := r.apply(stem, false); ok {
					participles[w] = true
				}
			}
		}
		if d := classes['D']; d != nil && lower && len(stem) >= 3 && strings.IndexByte(flags, 'D') >= 0 {
			for _, r := range d.rules {
				if w, ok := r.apply(stem, false); ok {
					pasts[w] = true
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	// Flag Y stands on stems of every kind: a form it makes that is a
	// stem of its own is that stem ("rely", "comply", "barfly"), an
	// adverb only by the rule for stems above.
	for w := range yForms {
		if !stems[w] {
			adverbs[w] = true
		}
	}
	var out []string
	for w := range common {
		if len(w) < 2 || !isLowerASCII(w) {
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(bw, "# English words in lower case: the en_US Hunspell dictionary of SCOWL")
	fmt.Fprintln(bw, "# (dictionary-en 4.0.0), stems with their affixes; see NOTICE. Built by internal/mklexicon.")
	fmt.Fprintln(bw, "# A tab and G after a word: a present participle the suffix -ing makes of a verb.")
	fmt.Fprintln(bw, "# A tab and D: a past tense or participle the suffix -ed makes of a verb (\"cheered\", \"abandoned\").")
	fmt.Fprintln(bw, "# A tab and N: a word the dictionary also gives as a capitalised name (\"may\", \"bill\").")
	fmt.Fprintln(bw, "# A tab and L: an adverb in -ly (\"really\", \"simply\"; not \"family\").")
	for _, w := range out {
		if proper[strings.ToUpper(w[:1])+w[1:]] {
			fmt.Fprintf(bw, "%s\tN\n", w)
			continue
		}
		if participles[w] && !stems[w] {
			fmt.Fprintf(bw, "%s\tG\n", w)
			continue
		}
		if pasts[w] && !stems[w] {
			fmt.Fprintf(bw, "%s\tD\n", w)
			continue
		}
		if adverbs[w] {
			fmt.Fprintf(bw, "%s\tL\n", w)
			continue
		}
		fmt.Fprintln(bw, w)
	}
	return bw.Flush()
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < 'a' || w[i] > 'z') && (w[i] != '\'' || i == 0) {
			return false
		}
	}
	return true
}

// expand returns stem and the forms its flags make.
func expand(stem, flags string, classes map[byte]*class) []string {
	forms := []string{stem}
	var crossPre []string // forms made by prefixes that combine
	for i := 0; i < len(flags); i++ {
		c := classes[flags[i]]
		if c == nil || !c.prefix {
			continue
		}
		for _, r := range c.rules {
			if w, ok := r.apply(stem, true); ok {
				forms = append(forms, w)
				if c.cross {
					crossPre = append(crossPre, w)
				}
			}
		}
	}
	for i := 0; i < len(flags); i++ {
		c := classes[flags[i]]
		if c == nil || c.prefix {
			continue
		}
		for _, r := range c.rules {
			if w, ok := r.apply(stem, false); ok {
				forms = append(forms, w)
			}
			if !c.cross {
				continue
			}
			for _, p := range crossPre {
				if w, ok := r.apply(p, false); ok {
					forms = append(forms, w)
				}
			}
		}
	}
	return forms
}

func (r affix) apply(w string, prefix bool) (string, bool) {
	if !r.cond.MatchString(w) {
		return "", false
	}
	if prefix {
		if !strings.HasPrefix(w, r.strip) {
			return "", false
		}
		return r.add + w[len(r.strip):], true
	}
	if !strings.HasSuffix(w, r.strip) {
		return "", false
	}
	return w[:len(w)-len(r.strip)] + r.add, true
}

// readAffixes reads the PFX and SFX classes of a Hunspell affix file.
func readAffixes(path string) (map[byte]*class, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	classes := map[byte]*class{}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || (f[0] != "PFX" && f[0] != "SFX") || len(f[1]) != 1 {
			continue
		}
		flag := f[1][0]
		c := classes[flag]
		if c == nil { // the header: PFX A Y 1
			classes[flag] = &class{prefix: f[0] == "PFX", cross: f[2] == "Y"}
			continue
		}
		if len(f) < 5 {
			continue
		}
		strip, add, cond := f[2], f[3], f[4]
		if strip == "0" {
			strip = ""
		}
		if add == "0" {
			add = ""
		}
		add, _, _ = strings.Cut(add, "/") // continuation flags are not used
		pat := "^" + cond
		if !c.prefix {
			pat = cond + "$"
		}
		if cond == "." {
			pat = ""
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			return nil, fmt.Errorf("%s: condition %q: %w", path, cond, err)
		}
		c.rules = append(c.rules, affix{strip, add, re})
	}
	return classes, nil
}
