package newstext

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
	"github.com/newstext/newstext/internal/shingle"
)

// htmlFixture is one page of testdata/html.
type htmlFixture struct {
	name string
	data []byte
}

func readHTMLFixtures(t testing.TB) []htmlFixture {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no fixtures in testdata/html/*.html")
	}
	var out []htmlFixture
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, htmlFixture{strings.TrimSuffix(filepath.Base(p), ".html"), b})
	}
	return out
}

// TestParseHTMLFixtures checks on every page of testdata/html what
// ParseHTML promises: spans index Article.Text and account for all of it;
// every <figcaption> of the page is a caption and in no paragraph; and the
// body matches the page's hand-made main text (<case>.truth.txt) with a
// shingle F1 of at least 0.9 (the set's pages score 0.93 to 1.00 now).
func TestParseHTMLFixtures(t *testing.T) {
	for _, f := range readHTMLFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			as, err := ParseHTML(bytes.NewReader(f.data))
			if err != nil {
				t.Fatal(err)
			}
			if len(as) == 0 {
				t.Fatal("no article")
			}
			if msg := checkArticles(as[0].Text, as); msg != "" {
				t.Error(msg)
			}
			var body []string
			captions := map[string]bool{}
			for _, a := range as {
				body = append(body, a.Body())
				for _, c := range a.Captions {
					captions[c.Text] = true
				}
			}
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(f.data))
			if err != nil {
				t.Fatal(err)
			}
			doc.Find("figcaption").Each(func(_ int, s *goquery.Selection) {
				// A caption reads as a reader sees it: without its
				// screen-reader text ("Image:").
				s = s.Clone()
				s.Find(`[class*="visually-hidden"], [class*="sr-only"]`).Remove()
				text := Clean(s.Text())
				if text == "" || s.Closest("aside, footer, nav").Length() > 0 {
					return
				}
				if !captions[text] {
					t.Errorf("figcaption %q is not a caption", text)
				}
				for _, a := range as {
					for _, p := range a.Paragraphs {
						if p.Text == text || len(strings.Fields(text)) >= 4 && strings.Contains(p.Text, text) {
							t.Errorf("figcaption %q is in paragraph %q", text, p.Text)
						}
					}
				}
			})
			truth, err := os.ReadFile(filepath.Join("testdata", "html", f.name+".truth.txt"))
			if err != nil {
				t.Fatal(err)
			}
			r := shingle.Compare(string(truth), strings.Join(body, "\n\n"))
			t.Logf("F1 %.3f P %.3f R %.3f", r.F1(), r.Precision(), r.Recall())
			if r.F1() < 0.9 {
				t.Errorf("body against %s.truth.txt: F1 %.3f (P %.3f R %.3f), want ≥ 0.9", f.name, r.F1(), r.Precision(), r.Recall())
			}
		})
	}
}

// TestParseHTMLInput covers the inputs that are not a news page.
func TestParseHTMLInput(t *testing.T) {
	nested := strings.Repeat("<div>", 10000) + "<p>Deep inside the page, a paragraph of text that is the story.</p>" + strings.Repeat("</div>", 10000)
	binary := make([]byte, 1<<16)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range binary {
		binary[i] = byte(r.Uint32())
	}
	tests := []struct {
		name     string
		in       string
		articles int    // how many articles
		body     string // a piece of the first article's body
	}{
		{"empty", "", 0, ""},
		{"no text", "<html><head><title></title></head><body><div></div></body></html>", 0, ""},
		{"only white space", "<p> \n\t </p>", 0, ""},
		{"text, no markup", "A story told in plain text, without a single tag, is still a story.", 1, "without a single tag"},
		{"truncated", "<html><body><article><p>The council met on Tuesday and agreed the budget for next year after a long deb", 1, "agreed the budget"},
		{"nested divs", nested, 1, "Deep inside the page"},
		{"binary", string(binary), -1, ""},
		{"NUL bytes", "<p>A paragraph\x00 with a NUL byte in it, and more words after it.</p>", 1, "with a NUL byte"},
		{"invalid UTF-8", "<p>Caf\xe9 society returns to the city after a long absence of years.</p>", 1, "society returns"},
		{"unbalanced quotes", "<p>\u201cIt will not happen, he said as the meeting ended in the evening.</p>", 1, "It will not happen"},
		{"20 MB page", "<html><body><article>" + repeatTo("<p>The council met on Tuesday, and it agreed the budget for the year.</p>\n", 20<<20) + "</article></body></html>", 1, "agreed the budget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := ParseHTML(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if tt.articles >= 0 && len(as) != tt.articles {
				t.Fatalf("%d articles, want %d", len(as), tt.articles)
			}
			if len(as) > 0 {
				if msg := checkArticles(as[0].Text, as); msg != "" {
					t.Error(msg)
				}
			}
			if tt.body != "" && !strings.Contains(as[0].Body(), tt.body) {
				t.Errorf("body %q does not hold %q", as[0].Body(), tt.body)
			}
		})
	}
}

// TestParseHTMLReadError: the only error is the reader's, wrapped.
func TestParseHTMLReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := ParseHTML(iotest.ErrReader(boom))
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "newstext: reading HTML: ") {
		t.Errorf("err = %v, want newstext: reading HTML: boom", err)
	}
}

// FuzzParseHTML: ParseHTML never fails on a reader that does not, never
// panics, and its articles keep the span invariants over Article.Text,
// quotes and entities included (checkParseHTML). Seeds are pieces of the
// pages of testdata/html, their metadata, their main texts and generated
// documents as pages, each at most maxHTMLSeed bytes (htmlSeeds).
//
//	go test -run '^$' -fuzz='^FuzzParseHTML$' -fuzztime=60s -fuzzminimizetime=10s .
func FuzzParseHTML(f *testing.F) {
	seeds := append(htmlSeeds(f),
		[]byte("<figure><img><figcaption>A caption (AP Photo)</figcaption></figure><p>Text of the story, long enough to count.</p>"),
		[]byte("<meta charset=\"windows-1252\"><p>Caf\xe9 \x93quoted\x94 text of the story.</p>"))
	newOnly := os.Getenv("NEWSTEXT_FUZZ_NEW_ONLY") != ""
	for _, b := range seeds {
		if newOnly && failsOrPanics(func() string { return checkParseHTML(b) }) {
			continue
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if msg := catchPanic(func() string { return checkParseHTML(b) }); msg != "" {
			t.Fatalf("ParseHTML(%q): %s", b, msg)
		}
	})
}

// BenchmarkParseHTML measures ParseHTML in MB/s of HTML: on the pages of
// testdata/html, and on the 123 pages of ../shared/eval/extraction when
// that folder is there.
func BenchmarkParseHTML(b *testing.B) {
	var fixtures [][]byte
	for _, f := range readHTMLFixtures(b) {
		fixtures = append(fixtures, f.data)
	}
	sets := []struct {
		name  string
		pages [][]byte
	}{{"fixtures", fixtures}}
	if pages := readExtractionSet(b); pages != nil {
		sets = append(sets, struct {
			name  string
			pages [][]byte
		}{"extraction-set", pages})
	}
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			n := 0
			for _, p := range set.pages {
				n += len(p)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range set.pages {
					if _, err := ParseHTML(bytes.NewReader(p)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// readExtractionSet returns the pages of ../shared/eval/extraction, or nil
// when the folder is not there (a fresh clone).
func readExtractionSet(b *testing.B) [][]byte {
	paths, _ := filepath.Glob(filepath.Join("..", "shared", "eval", "extraction", "html", "*.html.gz"))
	var pages [][]byte
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(fmt.Errorf("%s: %w", p, err))
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// TestParseHTMLLiveEntries: a live page's updates, each an <article>, are
// stories of their own, headed by their headings. The first update, right
// under the page's headline, is that headline's story, its heading a
// subheading.
func TestParseHTMLLiveEntries(t *testing.T) {
	const live = `<html><head><title>Storm live: updates</title></head><body><main>
<article><h2>10:02 Roads closed in the north</h2><p>Police closed three roads in the north of the county after trees fell overnight, a spokesman said.</p></article>
<article><h2>09:40 Schools shut</h2><p>All schools in the valley will stay shut on Friday, the council said in a statement this morning.</p></article>
<article><h2>09:15 Power cut for thousands</h2><p>About 12,000 homes lost power when the storm brought down lines, the network operator said.</p></article>
</main></body></html>`
	as, err := ParseHTML(strings.NewReader(live))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, a.Title+" | "+a.Body())
	}
	want := []string{
		"Storm live: updates | 10:02 Roads closed in the north\n\nPolice closed three roads in the north of the county after trees fell overnight, a spokesman said.",
		"09:40 Schools shut | All schools in the valley will stay shut on Friday, the council said in a statement this morning.",
		"09:15 Power cut for thousands | About 12,000 homes lost power when the storm brought down lines, the network operator said.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	if msg := checkArticles(as[0].Text, as); msg != "" {
		t.Error(msg)
	}
}

// TestParseHTMLCommentHeaders: readers' comments whose boxes no class
// names are told by their headers, a name and a date with a clock time,
// three of them in a row; a story that dates one paragraph keeps it.
func TestParseHTMLCommentHeaders(t *testing.T) {
	story := "<p>The library board voted on Tuesday to keep the branch on Elm Street open for another two years, after a petition of four thousand names.</p>" +
		"<p>On November 6, 2012 at 7:00 PM the board met again to settle the budget, and the branch's hours were cut by a fifth to pay for it.</p>" +
		"<p>Readers who use the branch say the evening hours matter most, because the reading room is the only quiet place for students nearby.</p>"
	comment := func(n int, name, when, text string) string {
		return fmt.Sprintf(`<div><div>%d %s %s</div><div><p>%s</p></div><a href="#r">Reply</a></div>`, n, name, when, text)
	}
	comments := comment(1, "Mandy", "November 7, 2012 at 10:36 AM", "This is an amazing idea and I love that the branch stays open for the students who need it.") +
		comment(2, "Michelle Kendall", "November 7, 2012 at 10:42 AM", "Great news for the neighbourhood, we go there every Saturday with the kids and their friends.") +
		comment(3, "Jules", "November 7, 2012 at 10:44 AM", "What a great result for everyone who signed the petition last spring, well done to the organisers.")
	page := `<html><body><div><div><h1>Elm Street branch stays open</h1>` + story + `<div>` + comments + `</div></div></div></body></html>`
	got, _ := htmlBody(t, page)
	if strings.Contains(got, "amazing idea") || strings.Contains(got, "Mandy") {
		t.Errorf("body %q: want no readers' comments", got)
	}
	if !strings.Contains(got, "On November 6, 2012 at 7:00 PM") || !strings.Contains(got, "Readers who use the branch") {
		t.Errorf("body %q: want the whole story", got)
	}
}

// TestParseHTMLDatedUpdates: a story whose updates each open with a
// labelled time stamp ("Updated …") keeps them all: they head the
// story's own updates, not readers' comments.
func TestParseHTMLDatedUpdates(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><div><h1>Storm over the valley</h1><p>The storm reached the valley on Wednesday night and cut power to several thousand homes along the river.</p>`)
	for i, text := range []string{"Crews restored power to the north bank by noon, the utility said.", "Schools will stay shut on Friday, the council said.", "The river is expected to crest on Saturday morning."} {
		fmt.Fprintf(&b, `<div><div>Updated November %d, 2012 at 10:3%d AM</div><p>%s</p></div>`, 8+i, i, text)
	}
	b.WriteString(`</div></body></html>`)
	got, _ := htmlBody(t, b.String())
	if !strings.Contains(got, "The river is expected to crest") {
		t.Errorf("body %q: want every update", got)
	}
}

func TestCommentHeader(t *testing.T) {
	for s, want := range map[string]bool{
		"49 Mandy November 7, 2012 at 10:36 AM":                             true,
		"Michelle Kendall November 7, 2012 at 10:42 AM":                     true,
		"November 7, 2012 at 10:42 am":                                      true,
		"Tracked on Apr 2, 2007 8:49:51 AM":                                 true,
		"Updated November 7, 2012 at 10:36 AM":                              false, // a story's update
		"Posted on November 7, 2012 at 10:36 AM":                            false,
		"Posted by: kingsnake at November 8, 2012 7:22 AM":                  true,
		"Kealan June 27, 2012 at 1 pm":                                      true, // no colon
		"Kealan June 27, 2012 at 1 p.m.":                                    true,
		"Kealan June 27, 2012,1PM":                                          false, // "1pm" is no word scanDate knows
		"November 7, 2012":                                                  false, // no clock time: a dateline or a byline's date
		"10:36 AM":                                                          false, // a live page's time stamp
		"The board met on November 6, 2012 at 7:00 PM to settle the budget": false,
		"": false,
	} {
		if got := commentHeader(s); got != want {
			t.Errorf("commentHeader(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestParseHTMLTeaserColumn: a column of other posts' blurbs beside the
// story (each a linked title, a date and a sentence) holds more paragraph
// text than the story, but a quarter of it is links: a story of 500 bytes
// or more does not climb into the box that holds both.
func TestParseHTMLTeaserColumn(t *testing.T) {
	story := "<p>" + strings.Join([]string{
		"How do you get rid of an add-on in the browser? I installed some and the browser seems slower now, even on short pages.",
		"Add-ons and extensions can bring all sorts of new features to the browser, but they can also slow it down, as you have found.",
		"To do so, open the menu in the browser window and select the add-ons item, which lists every extension you have installed.",
		"When you have found the name of the extension you want to disable, click its button; to remove it for good, choose remove.",
		"Restart the browser afterwards, and see whether pages open faster; if not, the add-on was not the cause of the slowness.",
	}, "</p><p>") + "</p>"
	teaser := `<div class="item"><h4><a href="/p">A post about tablets and phones, and why they differ</a></h4><div>November 09</div>` +
		`<p>Two tablets both run the same operating system, but different versions of it, and the difference shows in daily use.</p>` +
		`<a href="/p">Continue reading</a></div>`
	page := `<html><body><div class="blog wrap"><div id="main"><div class="post entry"><h1>Removing add-ons</h1>` + story + `</div></div>` +
		`<div id="column"><h3>Recent Posts</h3>` + strings.Repeat(teaser, 8) + `</div></div></body></html>`
	if got, _ := htmlBody(t, page); strings.Contains(got, "Two tablets") || !strings.Contains(got, "When you have found") {
		t.Errorf("body %q: want the story without the column of blurbs", got)
	}
}

// TestParseHTMLTeaserCards: <article> elements with a linked heading and
// little text are teasers for other stories when the page lists two or
// more; a lone one is a short post whose heading links to itself.
func TestParseHTMLTeaserCards(t *testing.T) {
	post := `<p>Whether it is a president's teeth or a candidate's hamburger habit, voters have always been fascinated by the health of the people they elect.</p>` +
		`<p>With help from a site that has compiled an exhaustive history, we put together a quiz on presidential health.</p>`
	card := func(n string) string {
		return `<article><h2><a href="/` + n + `">Another story, number ` + n + `, with a title of some length</a></h2>` +
			`<p>A sentence that sums up the other story, long enough to read as a paragraph of text.</p></article>`
	}
	story := `<div class="story"><h1>The Presidential Health Quiz</h1><p>` +
		strings.Repeat("The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921. ", 4) + `</p></div>`
	t.Run("lone-post", func(t *testing.T) {
		page := `<html><body><div id="main"><article class="post"><h1><a href="/quiz">The Presidential Health Quiz</a></h1>` + post +
			`</article></div><div id="more"><a href="/a">Home</a> <a href="/b">Archive</a></div></body></html>`
		if got, _ := htmlBody(t, page); !strings.Contains(got, "exhaustive history") {
			t.Errorf("body %q lacks the post", got)
		}
	})
	t.Run("list-of-cards", func(t *testing.T) {
		page := `<html><body>` + story + `<div class="more">` + card("1") + card("2") + card("3") + `</div></body></html>`
		if got, _ := htmlBody(t, page); strings.Contains(got, "sums up the other story") || !strings.Contains(got, "old bridge") {
			t.Errorf("body %q: want the story without the cards", got)
		}
	})
}

// TestParseHTMLRepeats: a page's blocks are the page's own paragraphs. A
// summary that runs the story's sentences together and is followed by
// the story leaves the story's blocks whole (no sentence is trimmed off
// their ends), a short line printed twice stays twice, and a paragraph of
// running text printed again is still dropped.
func TestParseHTMLRepeats(t *testing.T) {
	story := []string{
		"The council voted on Tuesday to close the old bridge. It has carried traffic over the river since 1921.",
		"Engineers found cracks in two of its piers last spring. The repairs would cost more than a new bridge.",
		"A ferry will run every twenty minutes until the new bridge opens. The mayor said so after the vote.",
	}
	page := `<html><body><div class="story"><h1>Bridge to close</h1>` +
		`<p>` + strings.Join(story, " ") + `</p>` +
		`<p>Watch the vote here:</p><p>` + strings.Join(story, "</p><p>") + `</p><p>Watch the vote here:</p>` +
		`<p>` + story[1] + `</p></div></body></html>`
	got, _ := htmlBody(t, page)
	for _, s := range story {
		if n := strings.Count(got, s); n != 2 {
			t.Errorf("body %q has %q %d times, want 2: in the summary and in its own block, whole, not a third time", got, s, n)
		}
	}
	if n := strings.Count(got, "Watch the vote here:"); n != 2 {
		t.Errorf("body %q: has the short line %d times, want 2", got, n)
	}
}

// TestParseHTMLAboveHeadline: a box above the page's headline (a featured
// panel whose class says content) is not the story that follows the
// headline, though its one long paragraph of many commas would outscore
// the story's plain box.
func TestParseHTMLAboveHeadline(t *testing.T) {
	panel := `<section class="top"><div class="featured"><div class="content"><p>` +
		strings.Repeat("An interview with a designer, a photo shoot, a new column, a look back, ", 6) + `</p></div></div></section>`
	para := "<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921. " +
		"Engineers found cracks in two of its piers last spring and told the council that the repairs would cost more than a new bridge. " +
		"A ferry will run every twenty minutes until the new bridge opens in three years, the mayor said after the vote.</p>"
	story := `<article><h1>Bridge to close</h1><div class="editorial">` + strings.Repeat(para, 6) + `</div></article>`
	page := `<html><body>` + panel + story + `</body></html>`
	if got, _ := htmlBody(t, page); strings.Contains(got, "An interview with a designer") || !strings.Contains(got, "Engineers found cracks") {
		t.Errorf("body %q: want the story below the headline, not the panel above it", got)
	}
}

// TestParseHTMLListing: a section front, whose main content is teasers
// (a linked heading, then a sentence or two) and no story, gives no body;
// a short story above such teasers is still the page's story.
func TestParseHTMLListing(t *testing.T) {
	teaser := func(n string) string {
		return `<div class="item"><h2><a href="/` + n + `">Another story, number ` + n + `, with a title of some length</a></h2>` +
			`<p>A sentence or two that sum up the other story, number ` + n + `, long enough to read as a paragraph of running text.</p></div>`
	}
	teasers := teaser("1") + teaser("2") + teaser("3") + teaser("4")
	t.Run("section-front", func(t *testing.T) {
		page := `<html><body><div id="main"><h1>Arts</h1>` + teasers + `</div></body></html>`
		if got, _ := htmlBody(t, page); got != "" {
			t.Errorf("body %q: want none, the page tells no story", got)
		}
	})
	t.Run("short-story", func(t *testing.T) {
		page := `<html><body><div id="main"><h1>Bridge to close</h1><p>By Jane Doe</p>` +
			`<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>` +
			`<p>Engineers found cracks in two of its piers last spring, and the repairs would cost more than a new bridge.</p>` +
			`<h3>Recently</h3>` + teasers + `</div></body></html>`
		if got, _ := htmlBody(t, page); !strings.Contains(got, "Engineers found cracks") {
			t.Errorf("body %q lacks the story", got)
		}
	})
}

// TestParseHTMLSiblingParagraph: a paragraph of plain text beside the
// best-scoring element (a long letter in a blockquote, its introduction
// before it) is part of the main content.
func TestParseHTMLSiblingParagraph(t *testing.T) {
	letter := strings.Repeat("<p>The council, the mayor and the engineers agree, after months of study, that the old bridge, cracked and tired, must close.</p>", 8)
	page := `<html><body><div class="wrap"><h1>An open letter</h1><div class="sidebar-x"><p>Menu</p></div>` +
		`<div><p>In the past several months, readers have written to us about the bridge, and this week our editor answered them.</p>` +
		`<blockquote>` + letter + `</blockquote></div></div></body></html>`
	if got, _ := htmlBody(t, page); !strings.Contains(got, "In the past several months") || !strings.Contains(got, "cracked and tired") {
		t.Errorf("body %q: want the introduction and the letter", got)
	}
}

// TestParseHTMLMoreStoriesLabel: a label "More … Stories" over a list of
// linked teasers ends the story like "Related stories" does; a heading
// that only starts with "More" does not.
func TestParseHTMLMoreStoriesLabel(t *testing.T) {
	story := strings.Repeat("<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>", 4)
	list := `<ul><li>Engineers must unionize, <a href="/a">no matter what the city says</a></li>` +
		`<li>Paid ferry rides are not the problem. <a href="/b">Our habits are</a></li></ul>`
	for _, c := range []struct {
		label string
		kept  bool
	}{
		{"More Great Example Stories", false},
		{"More Sports News", false},
		{"More ferries than ever", true},
	} {
		page := `<html><body><div class="story"><h1>Bridge to close</h1>` + story + `<div class="heading-h3">` + c.label + `</div>` + list + `</div></body></html>`
		if got, _ := htmlBody(t, page); strings.Contains(got, "Engineers must unionize") != c.kept || !strings.Contains(got, "old bridge") {
			t.Errorf("%s: body %q: want the story, and the list only if kept is %v", c.label, got, c.kept)
		}
	}
}

// TestParseHTMLInlineBoilerplate: an inline element whose class says
// boilerplate is left out like a block element that says so; the text
// around it stays.
func TestParseHTMLInlineBoilerplate(t *testing.T) {
	story := strings.Repeat("<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>", 4)
	page := `<html><body><div class="story"><h1>Bridge to close</h1>` +
		`Filed under bridges <span class="related-box">The mayor's other plan for the river crossings, in full</span>` +
		story + `</div></body></html>`
	if got, _ := htmlBody(t, page); strings.Contains(got, "other plan") || !strings.Contains(got, "old bridge") {
		t.Errorf("body %q: want the story without the related link", got)
	}
}

// TestParseHTMLInlineInSentence: a link or a span between two runs of a
// sentence's words is part of the sentence, whatever its class says it
// does ("popup", "share"); screen-reader text ("sr-only") is not shown,
// even there.
func TestParseHTMLInlineInSentence(t *testing.T) {
	page := `<html><body><div class="story"><h1>Bridge to close</h1>` +
		`<p>The council voted on Tuesday to close the <a class="popup" href="#n1">old bridge over the river</a>, which has carried traffic since 1921.</p>` +
		`<p>Engineers found cracks in <span class="share-quote">two of its piers</span> last spring<span class="sr-only"> (opens in a new window)</span>, and repairs would cost more than a new bridge.</p>` +
		`<p>Ferries will run every twenty minutes from Monday, and the bridge will <!-- note --><a class="popup" href="#n2">come down</a> in the autumn<span class="screen-reader-text"> (opens in a new tab)</span>.</p>` +
		`<p>Updated on Friday at noon by the city desk of the Harbour Times | <a class="share-link" href="#">Share this story</a> | Print this page for your records</p>` +
		`<p>The old ferry will run until the bridge closes, and it will close for good at <a class="popup" href="#n3">the end of the summer season</a>.</p>` +
		`</div></body></html>`
	got, _ := htmlBody(t, page)
	for _, want := range []string{"close the old bridge over the river, which", "cracks in two of its piers last spring, and", "will come down in the autumn.",
		"close for good at the end of the summer season.", "Updated on Friday at noon"} {
		if !strings.Contains(got, want) {
			t.Errorf("body %q: want %q whole", got, want)
		}
	}
	if strings.Contains(got, "new window") || strings.Contains(got, "new tab") {
		t.Errorf("body %q: screen-reader text in it", got)
	}
	if strings.Contains(got, "Share this story") {
		t.Errorf("body %q: a share link between separators is no sentence's", got)
	}
}

// TestParseHTMLScreenReaderBoxes: what a screen-reader class hides is left
// out, but an id that is a skip link's target, the page's and the story's
// own boxes, and classes that only contain such a word keep the story.
func TestParseHTMLScreenReaderBoxes(t *testing.T) {
	story := "<h1>Bridge to close</h1><p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>" +
		"<p>Engineers found cracks in two of its piers last spring, and the repairs would cost more than a new bridge.</p>"
	for _, page := range []string{
		`<html><body><main id="skip-content"><article>` + story + `</article></main></body></html>`,
		`<html><body class="home lang-sr"><article>` + story + `</article></body></html>`,
		`<html><body><article class="post sr">` + story + `</article></body></html>`,
		`<html><body><div class="offscreen-container"><article>` + story + `</article></div></body></html>`,
		`<html><body><div class="srcset-wrapper skip-ad"><article>` + story + `</article></div></body></html>`,
	} {
		if got, _ := htmlBody(t, page); !strings.Contains(got, "council voted") || !strings.Contains(got, "cracks") {
			t.Errorf("page %s: body %q, want the story", page, got)
		}
	}
	page := `<html><body><a class="skip-link" href="#main">Skip to the main content of this page right now</a><article>` + story +
		`<div class="u-visually-hidden"><p>This long paragraph is read out by screen readers only, never shown on the page to anyone.</p></div></article></body></html>`
	if got, _ := htmlBody(t, page); strings.Contains(got, "Skip to") || strings.Contains(got, "screen readers only") {
		t.Errorf("body %q: screen-reader text in it", got)
	}
}

// TestParseHTMLAsideHeadline: an <aside> that holds the page's headline is
// the story's box, whatever the tag says; an <aside> beside it, even one
// with an <h1> that links home, is still left out, and so is the reply
// form under it.
func TestParseHTMLAsideHeadline(t *testing.T) {
	story := strings.Repeat("<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>", 3)
	side := `<aside class="more"><h1><a href="/">Bridge Watch</a></h1>` + strings.Repeat("<p>Another story on the ferries that will run in the meantime, told at length here.</p>", 4) + `</aside>`
	form := `<div class="reply"><h3>Leave a reply</h3><p>Speak your mind, and keep it civil, please</p><form><textarea></textarea></form></div>`
	page := `<html><body><section id="left">` + side + `<aside class="blogPost"><h1>Bridge to close</h1>` + story +
		`</aside>` + form + `</section></body></html>`
	got, _ := htmlBody(t, page)
	if !strings.Contains(got, "old bridge") {
		t.Errorf("body %q: want the story in the <aside> that holds the headline", got)
	}
	if strings.Contains(got, "ferries") || strings.Contains(got, "Speak your mind") {
		t.Errorf("body %q: the <aside> beside the story or the reply form is in it", got)
	}
}

// TestParseHTMLPageClasses: the classes of <html> and <body> describe the
// page (features a site switched on, its template), not a box in it: a
// page whose <html> lists "flag-unfollowComments-on has-big-ad" is no
// readers' comment nor an advert (the New York Times pages of 2017 did,
// and gave an empty body).
func TestParseHTMLPageClasses(t *testing.T) {
	story := "<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>" +
		"<p>Engineers found cracks in two of its piers last spring, and the repairs would cost more than a new bridge.</p>" +
		"<p>Ferries will run every twenty minutes from Monday, and the old bridge will come down in the autumn.</p>"
	for _, attrs := range []string{
		`class="flag-unfollowComments-on has-big-ad"`,
		`id="comments" class="promo"`,
	} {
		for _, el := range []string{"html", "body"} {
			page := `<html><body><article><h1>Bridge to close</h1>` + story + `</article></body></html>`
			page = strings.Replace(page, "<"+el+">", "<"+el+" "+attrs+">", 1)
			t.Run(el+" "+attrs, func(t *testing.T) {
				got, _ := htmlBody(t, page)
				if !strings.Contains(got, "council voted") || !strings.Contains(got, "cracks") || !strings.Contains(got, "come down") {
					t.Errorf("body %q: want the story's three paragraphs", got)
				}
			})
		}
	}
}
