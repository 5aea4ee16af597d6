// Command mkplaceheads writes placeheads.txt, the nouns that end the name
// of a place ("Auckland Castle", "Forest Park", "Heinz Field"): the
// one-word names of GeoNames' feature codes ("castle", "park", "stadium",
// "glacier"), without their "(s)", less the words below that also name
// something that is no place.
//
//	go run ./internal/mkplaceheads -codes featureCodes_en.txt > placeheads.txt
//
// featureCodes_en.txt is GeoNames' list of feature codes
// (download.geonames.org/export/dump/featureCodes_en.txt, CC BY 4.0): one
// "CLASS.CODE<TAB>name<TAB>description" record a line. The tab-separated
// export of the same list in github.com/biopragmatics/obo-db-ingest
// (export/geonames.feature/geonames.feature.tsv, which has a header line)
// is read too.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
)

// notPlaces are one-word feature names that, ending a capitalised name in
// news text, more often name something else: an organisation or a firm
// ("Bank", "College", "Mission", "House", "Market", "Hut", "Federal
// Reserve"), a common surname or a firm ("Bush", "Ford", "Mills"), or a
// word with a sense that is no place at all ("Current", "Sound", "Spring",
// "Point", "Pass", "Steps").
var notPlaces = strings.Fields(`bank banks bar bush college common current deep fan flat ford hole house hut huts
	lock market mill mission mole pan pans pass point points reach reserve retreat rise slide sound spring steps store
	tongue tree well wells`)

// oneWord matches a feature name of one lower-case word, with an optional
// plural mark: "castle", "bog(s)", "marsh(es)", "distributary(-ies)".
var oneWord = regexp.MustCompile(`^([a-z-]+)(\((s|es|-ies)\))?$`)

func main() {
	codes := flag.String("codes", "", "GeoNames' featureCodes_en.txt (required)")
	flag.Parse()
	if *codes == "" {
		fmt.Fprintln(os.Stderr, "usage: mkplaceheads -codes featureCodes_en.txt > placeheads.txt")
		os.Exit(2)
	}
	f, err := os.Open(*codes)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkplaceheads:", err)
		os.Exit(1)
	}
	defer f.Close()
	heads := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		code, name, ok := strings.Cut(sc.Text(), "\t")
		if !ok || !strings.Contains(code, ".") {
			continue // a header, or a blank line
		}
		name, _, _ = strings.Cut(name, "\t")
		if m := oneWord.FindStringSubmatch(strings.TrimSpace(name)); m != nil && !slices.Contains(notPlaces, m[1]) {
			heads[m[1]] = true
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "mkplaceheads:", err)
		os.Exit(1)
	}
	if len(heads) == 0 {
		fmt.Fprintln(os.Stderr, "mkplaceheads: no feature names read from", *codes)
		os.Exit(1)
	}
	list := slices.Sorted(maps.Keys(heads))
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# Place heads: %d one-word names of GeoNames feature codes (CC BY 4.0), the nouns\n", len(list))
	fmt.Fprintf(w, "# that end a place's name. See NOTICE.\n")
	fmt.Fprintf(w, "# Rebuild: go run ./internal/mkplaceheads -codes featureCodes_en.txt > placeheads.txt\n")
	for _, h := range list {
		fmt.Fprintln(w, h)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "mkplaceheads:", err)
		os.Exit(1)
	}
}
