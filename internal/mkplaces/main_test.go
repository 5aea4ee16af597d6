package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language/display"
)

func TestTransliterates(t *testing.T) {
	for _, c := range []struct {
		spelling, city string
		want           bool
	}{
		{"Nikolaev", "Mykolayiv", true},
		{"Kharkov", "Kharkiv", true},
		{"Bombay", "Mumbai", true},
		{"Zaporozh'ye", "Zaporizhzhya", true},
		{"Eboracum", "York", false},
		{"Jorvik", "York", false},
		{"Peking", "Beijing", false},
		{"Litzmannstadt", "Łódź", false},
	} {
		if got := transliterates(c.spelling, c.city); got != c.want {
			t.Errorf("transliterates(%q, %q) = %v, want %v (consonants %q, %q)", c.spelling, c.city, got, c.want, consonants(c.spelling), consonants(c.city))
		}
	}
}

func TestInflects(t *testing.T) {
	for _, c := range []struct {
		spelling, city string
		want           bool
	}{
		{"Amsterdamas", "Amsterdam", true},
		{"Amsterdama", "Amsterdam", true},
		{"Amsterdamo", "Amsterdam", true},
		{"Atlantae", "Atlanta", true},
		{"Hamas", "Hamm", true},             // doubled letters once
		{"Düsseldorfo", "Düsseldorf", true}, // diacritics dropped
		{"Patras", "Pátra", false},          // English writes it
		{"Tangiers", "Tangier", false},      // a final s alone
		{"Groznyi", "Groznyy", false},       // a vowel after a vowel
		{"Nikolaev", "Mykolayiv", false},
		{"Odessa", "Odesa", false},
		{"Kiev", "Киев", false}, // nothing in Latin letters to cut
	} {
		if got := inflects(c.spelling, c.city); got != c.want {
			t.Errorf("inflects(%q, %q) = %v, want %v", c.spelling, c.city, got, c.want)
		}
	}
}

func TestIsSpelling(t *testing.T) {
	for s, want := range map[string]bool{
		"Nikolaev": true, "Frankfurt am Main": true, "Sana'a": true,
		"IEV": false, "Kiev": false, "kiva": false, "Киев": false, "Gorad Novy Arlean Luiziana": false,
	} {
		if got := isSpelling(s); got != want {
			t.Errorf("isSpelling(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCompassDivisions(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var admin1, heads strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&admin1, "XX.%d\tPlace%d\tPlace%d\t%d\n", i, i, i, i)
	}
	for _, d := range []string{"Northern Ireland", "Western Australia", "North Sinai", "Central Region", "North West", "Southern Hill", "Saint Mary", "East Berbice-Corentyne"} {
		fmt.Fprintf(&admin1, "YY.1\t%s\t%s\t1\n", d, d)
	}
	for i := range 100 {
		fmt.Fprintf(&heads, "head%d\n", i)
	}
	heads.WriteString("region\nhill\n")
	got, err := compassDivisions(write("admin1.txt", admin1.String()), write("heads.txt", heads.String()),
		map[string]bool{"Ireland": true, "Australia": true}, map[string]bool{"west": true})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Northern Ireland", "Northern Ireland", "Western Australia", "Western Australia", "North Sinai", "North Sinai", "East Berbice-Corentyne", "East Berbice-Corentyne"}
	if !slices.Equal(got, want) {
		t.Errorf("compassDivisions = %q, want %q", got, want)
	}
}

// TestM49Regions: CLDR's names of the M49 regions, without the world, the
// European Union and the unknown region.
func TestM49Regions(t *testing.T) {
	got := m49Regions(display.English.Regions())
	for _, want := range []string{"Africa", "Latin America", "Southeast Asia", "Sub-Saharan Africa", "Western Europe"} {
		if !slices.Contains(got, want) {
			t.Errorf("m49Regions lacks %q", want)
		}
	}
	for _, not := range []string{"World", "European Union", "Unknown Region"} {
		if slices.Contains(got, not) {
			t.Errorf("m49Regions holds %q", not)
		}
	}
}
