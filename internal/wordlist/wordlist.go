// Package wordlist reads the word lists of the repository (places.txt,
// commonwords.txt, givennames.txt, …) for the commands that build the
// embedded data: one name a line, a tab and a tag after it or not, blank
// lines and "#" comment lines skipped. It is the format the library's
// gazetteer reads (parseEntry in gazetteer.go), read the same way: each
// line trimmed of white space, the name up to its first tab.
package wordlist

import (
	"os"
	"strings"
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
