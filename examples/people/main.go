// People lists every person, place and organisation named across a
// folder of news, one line per entity, with all the spellings the folder
// uses and how often: "Zelensky", "Mr Zelensky's" and "Volodymyr
// Zelenskyy" are one person.
//
//	go run ./examples/people testdata/article
//	go run ./examples/people -aliases my-aliases.txt testdata/article
//
// It shows [newstext.Parse] filling Article.Entities, each
// [newstext.Entity] with its key and mentions; a user's own alias table
// on top of the embedded one ([newstext.Resolver.LoadAliases], in the
// format of the library's aliases.txt); and [newstext.Resolver.KeyAll],
// which keys the names of the whole folder as one batch, so that a bare
// surname in one file ("Healey") joins the one person another file names
// in full ("John Healey"), even when the alias table does not know them.
//
// An entity's key ([newstext.Canonical]) is the alias table's display
// name, or a skeleton of the name starting with "~" for a name the table
// does not know; it is printed in brackets when it is not the name.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

func main() {
	if err := run(os.Stdout, os.Stderr, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "people:", err)
		os.Exit(1)
	}
}

// A named is one entity of one article, and the file it was found in.
type named struct {
	newstext.Entity
	file string
}

// A group is one entity of the folder: every named with its key.
type group struct {
	name, key string
	kind      newstext.Kind
	full      bool           // name is the entity's own name, not a surname joined to it
	spellings []string       // the mentions as written, in order of first use
	count     map[string]int // how often each spelling is used
	mentions  int
	files     map[string]bool
}

func run(stdout, stderr io.Writer, args []string) error {
	flags := flag.NewFlagSet("people", flag.ContinueOnError)
	flags.SetOutput(stderr)
	aliases := flags.String("aliases", "", "read more aliases from `FILE` (\"person: Display Name | alias | ...\" lines)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() == 0 {
		return fmt.Errorf("usage: people [-aliases FILE] PATH ...")
	}

	// A Resolver with the embedded alias table, and the user's on top.
	r := newstext.NewResolver()
	if *aliases != "" {
		f, err := os.Open(*aliases)
		if err != nil {
			return err
		}
		err = r.LoadAliases(f) // names the first bad line
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *aliases, err)
		}
	}
	// The Parser names entities with it. Quotations are not needed.
	p := newstext.Parser{Resolver: r, NoQuotes: true}

	var all []named
	failed := 0
	for doc, err := range source.Docs(flags.Args()...) {
		if err != nil {
			fmt.Fprintln(stderr, err) // names the input; reading goes on
			failed++
			continue
		}
		articles, err := doc.Parse(&p)
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed++
			continue
		}
		for _, a := range articles {
			for _, e := range a.Entities {
				all = append(all, named{e, doc.Name})
			}
		}
	}

	// Within an article, Entities has already joined "Healey" to "John
	// Healey". KeyAll does the same across the folder: it keys the names
	// of all the people in one batch. It reads names alone, not kinds, so
	// places and organisations stay out of the batch: "Colorado" must not
	// join "University of Colorado".
	keys := make([]string, len(all))
	var people []string
	for i, n := range all {
		keys[i] = n.Key
		if n.Kind == newstext.Person {
			people = append(people, n.Name)
		}
	}
	batch := r.KeyAll(people)
	for i, n := range all {
		if n.Kind == newstext.Person {
			keys[i], batch = batch[0], batch[1:]
		}
	}

	var groups []*group
	byKey := map[string]*group{}
	for i, n := range all {
		g := byKey[keys[i]]
		if g == nil {
			g = &group{key: keys[i], count: map[string]int{}, files: map[string]bool{}}
			byKey[keys[i]] = g
			groups = append(groups, g)
		}
		// Name the group after the full name, not a surname the batch
		// joined to it (whose own key is another).
		if g.name == "" || !g.full && n.Key == g.key {
			g.name, g.kind, g.full = n.Name, n.Kind, n.Key == g.key
		}
		for _, m := range n.Mentions {
			if g.count[m.Text] == 0 {
				g.spellings = append(g.spellings, m.Text)
			}
			g.count[m.Text]++
			g.mentions++
		}
		g.files[n.file] = true
	}
	// Most mentioned first; ties keep the order of first mention.
	slices.SortStableFunc(groups, func(a, b *group) int { return cmp.Compare(b.mentions, a.mentions) })

	for _, kind := range []newstext.Kind{newstext.Person, newstext.Place, newstext.Org, newstext.Other} {
		fmt.Fprintf(stdout, "== %s\n", kind)
		for _, g := range groups {
			if g.kind != kind {
				continue
			}
			name := g.name
			if g.key != g.name {
				name += " [" + g.key + "]"
			}
			var sp []string
			for _, s := range g.spellings {
				sp = append(sp, fmt.Sprintf("%q %d", s, g.count[s]))
			}
			fmt.Fprintf(stdout, "%s: %d in %d files: %s\n", name, g.mentions, len(g.files), strings.Join(sp, ", "))
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d inputs or records not read", failed)
	}
	return nil
}
