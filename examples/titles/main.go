// Titles prints what newstext finds in a folder of scraped text dumps: for
// each .txt file, each article's title ("(teaser)" when it has none) and
// how many paragraphs, captions and removed lines it has.
//
// Run it from the module root, with the folder as its argument (the
// default is testdata/article):
//
//	go run ./examples/titles testdata/article
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/newstext/newstext"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("titles: ")

	dir := "testdata/article"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".txt" {
			continue
		}
		file := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(file)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(file)
		for _, a := range newstext.Parse(string(data)) {
			title := a.Title
			if title == "" {
				title = "(teaser)"
			}
			fmt.Printf("  %s: %d paragraphs, %d captions, %d removed\n",
				title, len(a.Paragraphs), len(a.Captions), len(a.Removed))
		}
	}
}
