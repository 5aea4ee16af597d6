package newstext

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParserNoEntitiesNoQuotes: turning entities or quotes off empties
// that list (never nil, so the JSON stays "[]") and changes nothing else;
// with entities off, quotes keep the speakers the names give them.
func TestParserNoEntitiesNoQuotes(t *testing.T) {
	inputs := readFixtures(t)
	for _, f := range readHTMLFixtures(t) {
		inputs = append(inputs, fixture{f.name + ".html", string(f.data)})
	}
	for _, f := range inputs {
		t.Run(f.name, func(t *testing.T) {
			parse := func(p Parser) []Article {
				if strings.HasSuffix(f.name, ".html") {
					as, err := p.ParseHTML(strings.NewReader(f.data))
					if err != nil {
						t.Fatal(err)
					}
					return as
				}
				return p.Parse(f.data)
			}
			full := parse(Parser{})
			nEnt, nQuote := 0, 0
			for _, a := range full {
				nEnt += len(a.Entities)
				nQuote += len(a.Quotes)
			}
			for _, tt := range []struct {
				name         string
				p            Parser
				ents, quotes bool // kept
			}{
				{"no-entities", Parser{NoEntities: true}, false, true},
				{"no-quotes", Parser{NoQuotes: true}, true, false},
				{"neither", Parser{NoEntities: true, NoQuotes: true}, false, false},
			} {
				got := parse(tt.p)
				want := make([]Article, len(full))
				copy(want, full)
				for i := range want {
					if !tt.ents {
						want[i].Entities = []Entity{}
					}
					if !tt.quotes {
						want[i].Quotes = []Quote{}
					}
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s (the full parse has %d entities, %d quotes): -want +got\n%s", tt.name, nEnt, nQuote, diff)
				}
				for i, a := range got {
					if a.Entities == nil || a.Quotes == nil {
						t.Errorf("%s: article %d: Entities %v, Quotes %v; want empty slices, not nil", tt.name, i, a.Entities, a.Quotes)
					}
				}
			}
		})
	}
}

// TestParserOptionsTeasers: the options reach the articles of a teaser
// list, which are built apart from the others (TestParserNoEntitiesNoQuotes
// covers them through testdata/article/teasers-*; this test makes sure one
// of those is read as teasers and names people).
func TestParserOptionsTeasers(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "article", "teasers-004.txt"))
	if err != nil {
		t.Fatal(err)
	}
	full := Parse(string(data))
	if len(full) < 2 || !full[0].Teaser || len(full[0].Entities) == 0 {
		t.Fatalf("want a teaser list whose first teaser names someone; got %d articles", len(full))
	}
	p := Parser{NoEntities: true, NoQuotes: true}
	for i, a := range p.Parse(string(data)) {
		if len(a.Entities) != 0 || len(a.Quotes) != 0 {
			t.Errorf("teaser %d: %d entities, %d quotes; want none", i, len(a.Entities), len(a.Quotes))
		}
	}
}

// TestParserURL: an article's URL is the one the page declares (canonical
// before og:url), made absolute against Parser.URL, or Parser.URL; the
// site's name falls back to the URL's host.
func TestParserURL(t *testing.T) {
	page := func(head string) string {
		return "<html><head><title>Council agrees budget</title>" + head + "</head><body><article><h1>Council agrees budget</h1>" +
			"<p>The council met on Tuesday and agreed the budget for next year after a long debate.</p></article></body></html>"
	}
	for _, tt := range []struct {
		name, head, base string
		url, site        string
	}{
		{"nothing", "", "", "", ""},
		{"base only", "", "https://www.example.com/news/1", "https://www.example.com/news/1", "example.com"},
		{"base with port", "", "http://News.Example.org:8080/a", "http://News.Example.org:8080/a", "news.example.org"},
		{"canonical", `<link rel="canonical" href="https://example.com/a">`, "", "https://example.com/a", "example.com"},
		{"canonical over base", `<link rel="canonical" href="https://example.com/a">`, "https://example.com/a?utm=x", "https://example.com/a", "example.com"},
		{"relative canonical", `<link rel="canonical" href="/news/budget">`, "https://example.com/x/y?z", "https://example.com/news/budget", "example.com"},
		{"relative canonical, no base", `<link rel="canonical" href="/news/budget">`, "", "", ""},
		{"og:url", `<meta property="og:url" content=" https://m.example.com/b ">`, "", "https://m.example.com/b", "m.example.com"},
		{"canonical before og:url", `<meta property="og:url" content="https://example.com/og"><link rel="Canonical Alternate" href="https://example.com/c">`, "", "https://example.com/c", "example.com"},
		{"site name kept", `<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.com/a">`, "", "https://example.com/a", "Example News"},
		{"not a web address", `<link rel="canonical" href="javascript:void(0)">`, "https://example.com/p", "https://example.com/p", "example.com"},
		{"base not absolute", "", "example.com/p", "example.com/p", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := Parser{URL: tt.base}
			as, err := p.ParseHTML(strings.NewReader(page(tt.head)))
			if err != nil || len(as) != 1 {
				t.Fatalf("%d articles, %v", len(as), err)
			}
			if as[0].URL != tt.url || as[0].Site != tt.site {
				t.Errorf("URL %q, Site %q; want %q, %q", as[0].URL, as[0].Site, tt.url, tt.site)
			}
		})
	}
	// Text input has no URL, whatever the Parser says.
	p := Parser{URL: "https://example.com/a"}
	for _, a := range p.Parse("Council agrees budget\n\nThe council met on Tuesday.\n") {
		if a.URL != "" || a.Site != "" {
			t.Errorf("text input: URL %q, Site %q; want none", a.URL, a.Site)
		}
	}
}

// BenchmarkParseOptions measures Parse on all the article fixtures as one
// dump and ParseHTML on the pages, with every step and with entities,
// quotes or both turned off, in one run so that the ratios hold on a
// noisy machine:
//
//	go test -run '^$' -bench ParseOptions -count 6 . | benchstat -col /opts -
func BenchmarkParseOptions(b *testing.B) {
	text := joinFixtures(readFixtures(b))
	var pages [][]byte
	n := 0
	for _, f := range readHTMLFixtures(b) {
		pages = append(pages, f.data)
		n += len(f.data)
	}
	for _, o := range []struct {
		name string
		p    Parser
	}{
		{"all", Parser{}},
		{"no-entities", Parser{NoEntities: true}},
		{"no-quotes", Parser{NoQuotes: true}},
		{"neither", Parser{NoEntities: true, NoQuotes: true}},
	} {
		b.Run("text/opts="+o.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				o.p.Parse(text)
			}
		})
		b.Run("html/opts="+o.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, pg := range pages {
					o.p.ParseHTML(bytes.NewReader(pg))
				}
			}
		})
	}
}
