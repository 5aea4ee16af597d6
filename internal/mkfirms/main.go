// Command mkfirms writes firms.txt, the names of companies, newspapers and
// web services that entities takes as organisations when nothing else
// says what a name is ("Toyota", "Starbucks", "Instagram"): the lists of
// github.com/dariusk/corpora (CC0) named below, each name as written and,
// where it carries one, without its legal form ("Starbucks Corporation":
// "Starbucks"), its article ("The Clorox Company": "Clorox") or a
// company's web domain ("Amazon.com": "Amazon"); names of one or two
// letters ("CA", "HR") and the commonest surnames ("Williams", "Ford")
// are left out.
//
//	go run ./internal/mkfirms -corpora PATH > firms.txt
//
// PATH is a copy of the corpora repository (its data/ folder is read).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lists are the corpora files read: JSON arrays of strings, or objects
// holding one such array, or an array of {"name"} objects.
var lists = []string{
	"corporations/fortune500.json",
	"corporations/nasdaq.json",
	"corporations/djia.json",
	"corporations/cars.json",
	"corporations/newspapers.json",
	"technology/social_networking_websites.json",
	"technology/video_hosting_websites.json",
	"technology/photo_sharing_websites.json",
}

// legalForms end a company's registered name.
var legalForms = []string{
	"Incorporated", "Inc.", "Inc", "Corporation", "Corp.", "Corp", "Company", "Companies", "Co.",
	"L.P.", "LP", "LLC", "Limited", "Ltd.", "Ltd", "Holdings", "Holding",
}

func main() {
	dir := flag.String("corpora", "", "a copy of github.com/dariusk/corpora (required)")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "usage: mkfirms -corpora PATH > firms.txt")
		os.Exit(2)
	}
	// The 200 commonest US surnames (the same corpora's
	// humans/lastNames.json, from the US Census of 2000) are no firm's
	// name alone: "Williams" said is a person.
	var last struct{ LastNames []string }
	if data, err := os.ReadFile(filepath.Join(*dir, "data", "humans", "lastNames.json")); err != nil {
		fmt.Fprintln(os.Stderr, "mkfirms:", err)
		os.Exit(1)
	} else if err := json.Unmarshal(data, &last); err != nil {
		fmt.Fprintln(os.Stderr, "mkfirms: humans/lastNames.json:", err)
		os.Exit(1)
	}
	names := map[string]bool{}
	for _, l := range lists {
		data, err := os.ReadFile(filepath.Join(*dir, "data", l))
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkfirms:", err)
			os.Exit(1)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			fmt.Fprintf(os.Stderr, "mkfirms: %s: %v\n", l, err)
			os.Exit(1)
		}
		company := strings.HasPrefix(l, "corporations/")
		for _, n := range strs(v) {
			for _, f := range forms(n, company) {
				if r, _ := utf8.DecodeRuneInString(f); (unicode.IsUpper(r) || unicode.IsDigit(r)) && utf8.RuneCountInString(f) >= 3 {
					names[f] = true
				}
			}
		}
	}
	for _, n := range last.LastNames {
		delete(names, n)
	}
	fmt.Println("# Companies, newspapers and web services: github.com/dariusk/corpora (CC0),")
	fmt.Println("# written by internal/mkfirms. One name a line, as written.")
	for _, n := range slices.Sorted(maps.Keys(names)) {
		fmt.Println(n)
	}
}

// strs returns the strings of a corpora list: the array itself, the
// array an object holds ("cars": [...]) or the "name" of each object.
func strs(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		out = append(out, v)
	case []any:
		for _, x := range v {
			if m, ok := x.(map[string]any); ok {
				if n, ok := m["name"].(string); ok {
					out = append(out, n)
				}
				continue
			}
			out = append(out, strs(x)...)
		}
	case map[string]any:
		for k, x := range v {
			if k != "description" {
				out = append(out, strs(x)...)
			}
		}
	}
	return out
}

// forms returns a name as written and without its legal form and
// article, and a company's without its web domain ("Amazon.com"; a web
// site's domain stays: "Gays.com" is no "Gays").
func forms(n string, company bool) []string {
	n = strings.Join(strings.Fields(n), " ")
	out := []string{n}
	short := strings.TrimPrefix(n, "The ")
	for {
		s := strings.TrimRight(short, " ,")
		for _, f := range legalForms {
			if t, ok := strings.CutSuffix(s, " "+f); ok {
				s = t
				break
			}
		}
		s = strings.TrimRight(s, " ,")
		if s == short {
			break
		}
		short = s
	}
	if t, ok := strings.CutSuffix(short, ".com"); ok && company {
		short = t
	}
	if short != n && short != "" {
		out = append(out, short)
	}
	return out
}
