// Clean turns a folder of scraped pages and text dumps into a folder of
// clean article text: one file per story, its headline, byline, date and
// address, then its paragraphs, without the menus, share buttons, adverts,
// repeated captions and other stories the input held.
//
//	go run ./examples/clean -o /tmp/clean testdata/article
//
// It shows the simplest use of the library: [newstext.Parser.ParseHTML]
// for a page and [newstext.Parser.Parse] for a text dump, with names and
// quotations turned off (Parser.NoEntities and Parser.NoQuotes: most of
// the work of Parse is finding them), and [newstext.Article.Body].
//
// A file dir/page.html gives OUT/dir/page.txt, or OUT/dir/page-1.txt,
// page-2.txt … when it holds several stories; a record of a WARC or
// JSONL file gives crawl-17.txt for "crawl.warc.gz#record 17" and
// pages-42.txt for "pages.jsonl:42". Teasers (snippets that stand for a
// story printed elsewhere) are not written.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

func main() {
	if err := run(os.Stdout, os.Stderr, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "clean:", err)
		os.Exit(1)
	}
}

func run(stdout, stderr io.Writer, args []string) error {
	flags := flag.NewFlagSet("clean", flag.ContinueOnError)
	flags.SetOutput(stderr)
	out := flags.String("o", "", "write the articles under `DIR`")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *out == "" || flags.NArg() == 0 {
		return fmt.Errorf("usage: clean -o DIR PATH ...")
	}

	p := newstext.Parser{NoEntities: true, NoQuotes: true}
	failed := 0
	for _, path := range flags.Args() {
		// Files found in a folder keep their place under it in DIR.
		root := filepath.Dir(path)
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			root = path
		}
		for doc, err := range source.Docs(path) {
			if err != nil {
				fmt.Fprintln(stderr, err) // names the input; reading goes on
				failed++
				continue
			}
			// A page with its address (a WARC or JSONL record's), text as text.
			articles, err := doc.Parse(&p)
			if err != nil {
				fmt.Fprintln(stderr, err)
				failed++
				continue
			}
			stories := articles[:0]
			for _, a := range articles {
				if !a.Teaser {
					stories = append(stories, a)
				}
			}
			if teasers := len(articles) - len(stories); teasers > 0 {
				fmt.Fprintf(stdout, "%s: %d teasers, not written\n", doc.Name, teasers)
			}
			for i, a := range stories {
				name := outName(root, doc.Name)
				if len(stories) > 1 {
					name += fmt.Sprintf("-%d", i+1)
				}
				file := filepath.Join(*out, name+".txt")
				if err := write(file, a); err != nil {
					return err
				}
				fmt.Fprintf(stdout, "%s: %s, %d paragraphs\n", doc.Name, file, len(a.Paragraphs))
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d inputs or records not read", failed)
	}
	return nil
}

// write writes the article's text to file: the headline, the byline, the
// date and the page's address (each only when known) on lines of their
// own, a blank line, then the paragraphs separated by blank lines.
func write(file string, a newstext.Article) error {
	var b strings.Builder
	b.WriteString(a.Title + "\n") // "" for a story without a headline
	if a.Byline != "" {
		b.WriteString("By " + a.Byline + "\n")
	}
	for _, line := range []string{a.Published, a.URL} {
		if line != "" {
			b.WriteString(line + "\n")
		}
	}
	b.WriteString("\n" + a.Body() + "\n")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, []byte(b.String()), 0o644)
}

// outName returns the name under DIR for the document name (a path, with
// "#record N" or ":N" after it for a record) found under root: its path
// from root without the extensions the source package reads, and the
// record's number after a dash.
func outName(root, name string) string {
	record := ""
	if i := strings.LastIndex(name, "#record "); i >= 0 {
		name, record = name[:i], "-"+name[i+len("#record "):]
	} else if i := strings.LastIndexByte(name, ':'); i >= 0 && strings.Trim(name[i+1:], "0123456789") == "" {
		name, record = name[:i], "-"+name[i+1:]
	}
	if rel, err := filepath.Rel(root, name); err == nil {
		name = rel
	}
	for {
		switch filepath.Ext(name) {
		case ".gz", ".bz2", ".zst", ".zstd", ".txt", ".text", ".html", ".htm", ".xhtml", ".warc", ".jsonl", ".ndjson":
			name = strings.TrimSuffix(name, filepath.Ext(name))
			continue
		}
		return name + record
	}
}
