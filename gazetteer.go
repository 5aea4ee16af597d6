package newstext

import (
	_ "embed"
	"strings"
	"sync"
)

// The gazetteers: names the entity rules know without the alias table,
// from open data (see NOTICE), one a line after "#" comment lines, as
// written ("Steven", "Malaysia").
var (
	// givenNamesText is givennames.txt: the given names of the US Social
	// Security Administration's baby names data (internal/mkgivennames).
	//
	//go:embed givennames.txt
	givenNamesText string

	// placesText is places.txt: countries and territories (Unicode
	// CLDR), the US states and cities of 100,000 people or more
	// (GeoNames) (internal/mkplaces).
	//
	//go:embed places.txt
	placesText string

	// placeHeadsText is placeheads.txt: the nouns that end a place's
	// name, from GeoNames' feature codes (internal/mkplaceheads).
	//
	//go:embed placeheads.txt
	placeHeadsText string

	// firmsText is firms.txt: companies, newspapers and web services
	// (github.com/dariusk/corpora; internal/mkfirms).
	//
	//go:embed firms.txt
	firmsText string

	firmNames  = sync.OnceValue(func() map[string]bool { return nameSet(firmsText) })
	placeHeads = sync.OnceValue(func() map[string]bool { return nameSet(placeHeadsText) })
	givenNames = sync.OnceValue(func() map[string]bool { return nameSet(givenNamesText) })
	placeNames = sync.OnceValue(func() map[string]bool { return nameSet(placesText) })
)

// nameSet returns the names of a gazetteer file.
func nameSet(text string) map[string]bool {
	set := make(map[string]bool, strings.Count(text, "\n"))
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
		}
	}
	return set
}

// isGivenName reports whether w, capitalised as in the text, is a common
// given name ("Betty", "Steven"; not "BETTY", "betty").
func isGivenName(w string) bool { return givenNames()[w] }

// isPlaceName reports whether s, as written, names a country, a US state
// or a city of 100,000 people or more ("Malaysia", "Virginia", "Houston").
func isPlaceName(s string) bool { return placeNames()[s] }

// isFirmName reports whether s, as written, names a large company, a
// newspaper or a web service ("Toyota", "Starbucks", "Instagram").
func isFirmName(s string) bool { return firmNames()[s] }

// isPlaceHead reports whether the lower-case word w is the kind of place
// that ends a place's name ("park", "castle"; "springs" as "spring").
func isPlaceHead(w string) bool {
	h := placeHeads()
	if h[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && h[stem]
}
