package main

import "testing"

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
