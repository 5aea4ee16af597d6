// Command mklanguages writes languages.txt, the English names of the
// languages the Unicode Common Locale Data Repository (CLDR) names, as
// golang.org/x/text/language/display carries them: every ISO 639 code of
// two or three letters that language.ParseBase accepts, the name
// display.English gives it, each name once, sorted.
//
//	go run ./internal/mklanguages > languages.txt
//
// The names are CLDR's (Unicode License v3; see NOTICE). No list is kept
// by hand: which names the entity stage may read as a language is decided
// where they are read (isLanguageName), not here.
package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

func main() {
	names := display.English.Languages()
	seen := map[string]bool{}
	var out []string
	add := func(code string) {
		b, err := language.ParseBase(code)
		if err != nil {
			return
		}
		if n := names.Name(b); n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	const letters = "abcdefghijklmnopqrstuvwxyz"
	for _, a := range letters {
		for _, b := range letters {
			add(string([]rune{a, b}))
		}
	}
	for _, a := range letters {
		for _, b := range letters {
			for _, c := range letters {
				add(string([]rune{a, b, c}))
			}
		}
	}
	slices.Sort(out)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# The English names of languages: CLDR's, as golang.org/x/text/language/display (x/text")
	fmt.Fprintln(w, "# v0.43.0) gives them for every ISO 639 code language.ParseBase accepts (Unicode License v3; see NOTICE).")
	fmt.Fprintln(w, "# Rebuild: go run ./internal/mklanguages > languages.txt")
	for _, n := range out {
		fmt.Fprintln(w, n)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "mklanguages:", err)
		os.Exit(1)
	}
}
