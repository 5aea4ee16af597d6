package newstext

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// TestLineRecordSize keeps the line record at 48 bytes: one is alive for
// every line of the input while its articles are built, and on a text of
// short lines they are most of the peak memory (issue 10; `go run
// ./internal/eval memory` measures it).
func TestLineRecordSize(t *testing.T) {
	if got := unsafe.Sizeof(line{}); got > 48 {
		t.Errorf("a line record takes %d bytes; want at most 48", got)
	}
}

func TestSplitLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Span // the spans of the entries; blank runs are one entry
	}{
		{"", nil},
		{"a", []Span{{0, 1}}},
		{"a\n", []Span{{0, 1}}},
		{"a\nb", []Span{{0, 1}, {2, 3}}},
		{"a\r\nb\r\n", []Span{{0, 1}, {3, 4}}},
		{"a\rb", []Span{{0, 1}, {2, 3}}},
		{"a\r", []Span{{0, 1}}},
		{"\r\r\n", []Span{{0, 1}}},
		{"a\n\n \n\t\nb", []Span{{0, 1}, {2, 6}, {7, 8}}},
		{"\n\n\n", []Span{{0, 2}}},
	} {
		lines := splitLines(tc.in)
		var got []Span
		for _, l := range lines {
			got = append(got, l.span)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("splitLines(%q) spans (-want +got):\n%s", tc.in, diff)
		}
		if n := countEntries(tc.in); n != len(lines) {
			t.Errorf("countEntries(%q) = %d, want %d (no text here is wrapped)", tc.in, n, len(lines))
		}
	}
}

// wrapText returns the paragraphs of ps hard-wrapped at width runes, as a
// greedy wrapper (lynx, fmt, an e-mail client) writes them, separated by
// blank lines when gap is set.
func wrapText(ps []string, width int, gap bool) string {
	var b strings.Builder
	for k, p := range ps {
		if k > 0 && gap {
			b.WriteString("\n")
		}
		n := 0
		for i, w := range strings.Fields(p) {
			switch {
			case i == 0:
			case n+1+utf8.RuneCountInString(w) > width:
				b.WriteString("\n")
				n = 0
			default:
				b.WriteString(" ")
				n++
			}
			b.WriteString(w)
			n += utf8.RuneCountInString(w)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// harbourStory is an article of a headline and five paragraphs, for the
// tests of hard-wrapped text.
var harbourStory = []string{
	"Harbour Town Approves a New Ferry Terminal",
	"The council of Harbour Town voted on Tuesday to build a ferry terminal on the old fish market site, ending a dispute that has divided the town for more than a decade.",
	"Supporters said the terminal would bring visitors and jobs to a harbour that has lost most of its fishing boats, while opponents warned that traffic on the coast road would double within a few years.",
	"The vote was seven to four. Mayor Ingrid Holm said the terminal would open in the spring of next year if the regional government approves the loan that the council asked for in March.",
	"Ferry operators have already asked for berths, and the harbour master said the first sailings could carry both cars and foot passengers to the islands.",
	"Opponents said they would appeal the decision to the regional court, arguing that the council had not consulted the residents of the coast road before the vote.",
}

// TestWrappedParagraphs checks that a hard-wrapped article comes back as
// one story whose paragraphs are the wrapped ones rejoined: each span
// covers the paragraph's lines and its text is the paragraph on one line.
// Unwrapped text of one paragraph a line is left as it is.
func TestWrappedParagraphs(t *testing.T) {
	ps := harbourStory
	for _, tc := range []struct {
		name  string
		width int
		gap   bool
	}{
		{"width-60-blank-lines", 60, true},
		{"width-72-blank-lines", 72, true},
		{"width-79-tight", 79, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := wrapText(ps, tc.width, tc.gap)
			if !tc.gap {
				// One paragraph a line for the headline, as scrapers write it.
				text = strings.Replace(text, ps[0]+"\n", ps[0]+"\n\n", 1)
			}
			as := Parse(text)
			if msg := checkArticles(text, as); msg != "" {
				t.Fatal(msg)
			}
			if len(as) != 1 {
				t.Fatalf("%d stories, want 1", len(as))
			}
			var got []string
			for _, p := range as[0].Paragraphs {
				got = append(got, p.Text)
			}
			want := ps[1:]
			if !tc.gap {
				// With no blank line between paragraphs, one whose last
				// line happens to be full runs on into the next: the
				// text cannot tell them apart. The words are all there.
				want = []string{strings.Join(want, " ")}
				got = []string{strings.Join(got, " ")}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
			if as[0].Title != ps[0] {
				t.Errorf("title %q, want %q", as[0].Title, ps[0])
			}
		})
	}
	// One paragraph a line, no gaps: nothing is wrapped, nothing joined.
	text := strings.Join(ps, "\n") + "\n"
	if w := wrapWidth(text); w != 0 {
		t.Errorf("wrapWidth of one paragraph a line = %d, want 0", w)
	}
}

// TestTitleShapedCaseless checks that a headline in a script with no
// capitals is headline-shaped, and a sentence in it (an ideographic full
// stop) is not. The texts are made up.
func TestTitleShapedCaseless(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"東京の新しい駅が 来月開業へ", true},
		{"서울시 새 지하철 노선 개통 예정", true},
		{"新しい駅は来月開業する予定だと 市が発表した。", false},
		{"the council met on tuesday", false}, // a lower-case Latin line is still no headline
	} {
		if got := isTitleShaped(tc.s, countWords(tc.s)); got != tc.want {
			t.Errorf("isTitleShaped(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestTitleShapedOpening: a headline may open with quotation marks or a
// bracket, spaces between them too, and the first letter after them must
// still be a capital (or a digit).
func TestTitleShapedOpening(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
		reason  string
	}{
		{"paren-lower", "(part 3 will be available next tuesday)", false, "the first letter after the bracket is lower case: a note, not a headline"},
		{"quote-lower", "“yes we can” chant heard again", false, ""},
		{"bracket-tag", "[Video] Council Votes On Budget", true, ""},
		{"bracket-spaced", "[ Video ] Council Votes On Budget", true, "spaces inside the brackets are skipped too"},
		{"guillemet-spaced", "« Le Monde » publie son enquête", true, "French sets a space after «"},
		{"quote-upper", "“We Got Her”: Police Rescue Girl", true, ""},
		{"paren-year", "(2019) Council Votes On Budget", true, "a digit may open a headline, as \"10 things …\" does"},
		{"inverted-question", "¿Qué pasa en la ciudad", true, ""},
		{"cyrillic-lower", "бюджет города принят", false, "a lower-case Cyrillic letter is no digit, though its low byte may look like one"},
		{"cyrillic-upper", "Бюджет города принят", true, ""},
		{"marks-only", "“ ( « »", false, "no letter at all"},
	} {
		if got := isTitleShaped(tc.s, countWords(tc.s)); got != tc.want {
			t.Errorf("%s: isTitleShaped(%q) = %v, want %v %s", tc.name, tc.s, got, tc.want, tc.reason)
		}
	}
}

// TestTitleShapedDangling: a line that stops on a function word ("the",
// "of", "her") was cut and is no headline, unless a question or
// exclamation mark ends it.
func TestTitleShapedDangling(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Police Rescue Girl Taken From Her", false},
		{"Council Votes On The Future Of The", false},
		{"Video shows dramatic rescue of kidnapping victim: \"We got her!\"", true},
		{"Who Will Replace Her?", true},
		{"Council Votes On Budget", true},
	} {
		if got := isTitleShaped(tc.s, countWords(tc.s)); got != tc.want {
			t.Errorf("isTitleShaped(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestMarkdownHeadings checks that markdown headings read as the markup
// says: a "#" heading or an underlined line is the headline, its marker
// or underline a removed layout line, and a "##" heading under it a
// paragraph of the same story (subheadings stay paragraphs).
func TestMarkdownHeadings(t *testing.T) {
	const body = "The council of Harbour Town voted on Tuesday to build a ferry terminal on the old fish market site.\n\n"
	for _, tc := range []struct {
		name, text string
		removed    []string
		paragraphs int
	}{
		{"atx", "# Harbour Town Approves a New Ferry Terminal\n\n" + body + "## What happens next\n\nSupporters said the terminal would bring visitors.\n",
			[]string{"#", "##"}, 3},
		{"setext", "Harbour Town Approves a New Ferry Terminal\n===\n\n" + body + "Supporters said the terminal would bring visitors.\n",
			[]string{"==="}, 2},
		{"atx-closing-hashes", "## Harbour Town Approves a New Ferry Terminal ##\n\n" + body,
			[]string{"##"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as := Parse(tc.text)
			if msg := checkArticles(tc.text, as); msg != "" {
				t.Fatal(msg)
			}
			if len(as) != 1 {
				t.Fatalf("%d stories, want 1", len(as))
			}
			a := as[0]
			if !strings.HasPrefix(a.Title, "Harbour Town Approves a New Ferry Terminal") {
				t.Errorf("title %q, want the heading's text", a.Title)
			}
			var removed []string
			for _, r := range a.Removed {
				if r.Reason != ReasonLayout {
					t.Errorf("removed %q for %s, want layout", r.Text, r.Reason)
				}
				removed = append(removed, r.Text)
			}
			if diff := cmp.Diff(tc.removed, removed); diff != "" {
				t.Errorf("removed (-want +got):\n%s", diff)
			}
			if len(a.Paragraphs) != tc.paragraphs {
				t.Errorf("%d paragraphs, want %d", len(a.Paragraphs), tc.paragraphs)
			}
		})
	}
}

// TestRepeatedLineCaptionCredit: a line that is a caption because the
// headline block prints it twice has no credit unless the caption rules
// read one (the credit rule alone took "Reuters." from it).
func TestRepeatedLineCaptionCredit(t *testing.T) {
	const text = "Police Step Up Patrols In Kyiv\n\nPolice patrol the streets of Kyiv on Monday. Reuters.\nPolice patrol the streets of Kyiv on Monday. Reuters.\n\n" +
		"KYIV (Reuters) - Police stepped up patrols across the Ukrainian capital on Monday after a series of overnight drone attacks, officials said.\n\n" +
		"The city's mayor said schools would stay open and urged residents to use shelters when the sirens sounded.\n"
	as := Parse(text)
	if len(as) != 1 || len(as[0].Captions) != 1 {
		t.Fatalf("Parse: %d articles, captions %+v; want one article with one caption", len(as), as)
	}
	if c := as[0].Captions[0]; c.Credit != "" || c.Repeats != 2 {
		t.Errorf("caption %+v; want no credit, 2 repeats", c)
	}
}

// TestHeadingAfterFullLine: a markdown subheading right after a line filled
// to the wrap width is a heading of its own, not the wrapped end of that
// line's paragraph.
func TestHeadingAfterFullLine(t *testing.T) {
	ps := harbourStory
	text := wrapText(ps, 70, false)
	lines := strings.SplitAfter(text, "\n")
	at := -1 // the first line after the headline filled to within 6 runes of the width, that ends a paragraph
	for i := 2; i+1 < len(lines); i++ {
		if n := utf8.RuneCountInString(strings.TrimRight(lines[i], "\n")); n >= 64 && strings.HasSuffix(strings.TrimSpace(lines[i]), ".") {
			at = i
			break
		}
	}
	if at < 0 {
		t.Fatalf("no full line ends a paragraph in\n%s", text)
	}
	text = strings.Join(lines[:at+1], "") + "## Aftermath\n" + strings.Join(lines[at+1:], "")
	as := Parse(text)
	if msg := checkArticles(text, as); msg != "" {
		t.Fatal(msg)
	}
	for _, a := range as {
		for _, p := range a.Paragraphs {
			if p.Text == "Aftermath" {
				return
			}
			if strings.Contains(p.Text, "Aftermath") {
				t.Fatalf("paragraph %q holds the heading", p.Text)
			}
		}
	}
	t.Fatalf("no paragraph \"Aftermath\" in %+v", as)
}

// TestTeaserListCutFirst checks that a teaser list whose first snippet is
// cut short with an ellipsis is still a teaser list: a line that ends in
// "..." is a snippet cut mid-sentence, not a headline with the paragraph
// that tells its story, even when the two share a word.
func TestTeaserListCutFirst(t *testing.T) {
	in := "The city council voted on Tuesday to close the old harbour bridge to heavy lorries after engineers found...\n" +
		"Farmers in the north say the late frost has cut the apple harvest by a third, and prices in the city are rising fast.\n" +
		"A violinist who lost her instrument on a night train has been reunited with it after a conductor found it under a seat.\n" +
		"The national museum will open a new wing for medieval manuscripts next spring, its director told reporters.\n"
	as := Parse(in)
	if len(as) != 4 {
		t.Fatalf("got %d articles, want 4 teasers", len(as))
	}
	for _, a := range as {
		if !a.Teaser {
			t.Errorf("article %v: not a teaser", a.Span)
		}
	}
}

// TestShiftOfLayout checks the layout-change cue: a story of one
// paragraph a line glued to one with blank lines between paragraphs
// shifts fully at the second headline; a text with one layout throughout
// does not shift; chrome lines laid out their own way are skipped.
func TestShiftOfLayout(t *testing.T) {
	tight := "First paragraph of the first story, which runs on.\nSecond paragraph of the first story.\nThird paragraph of the first story.\nFourth paragraph of the first story.\n"
	blank := "First paragraph of the second story.\n\nSecond paragraph of the second story.\n\nThird paragraph of the second story.\n\nFourth paragraph.\n"
	for _, tc := range []struct {
		name, text, headline string
		want                 float64
	}{
		{"tight then blank", "Headline One\n" + tight + "\nHeadline Two Here\n\n" + blank, "Headline Two Here", 1},
		{"blank then tight", "Headline One\n\n" + blank + "\nHeadline Two Here\n" + tight, "Headline Two Here", 1},
		{"blank throughout", "Headline One\n\n" + blank + "\nA Subheading Here\n\n" + blank, "A Subheading Here", 0},
		{"chrome skipped", "Headline One\n\n" + strings.Replace(blank, "\n\nThird", "\nShare\nTweet\n\nThird", 1) + "\nA Subheading Here\n\n" + blank, "A Subheading Here", 0},
		{"too little before", "Headline One\nOne paragraph only.\n\nHeadline Two Here\n\n" + blank, "Headline Two Here", 0},
	} {
		lines, _, content, ci := analysedAt(t, tc.text, tc.headline)
		if got := shiftOfLayout(lines, content, ci, 0); got != tc.want {
			t.Errorf("%s: shiftOfLayout = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTeaserListCutTitles checks the headline-shaped lines of a teaser
// list: snippets cut mid-sentence with no mark ("… high quality visuals
// and rock-solid") look like headlines but head nothing, so a list with
// several of them is still a list, while a story whose paragraphs lack
// their full stops but share its names is one story.
func TestTeaserListCutTitles(t *testing.T) {
	list := "The city council voted on Tuesday to close the old harbour bridge to heavy lorries after engineers found cracks.\n" +
		"A violinist who lost her instrument on a night train has been reunited with it after a\n" +
		"The promise of the new tram line: faster trips to the airport and quieter\n" +
		"Farmers in the north say the late frost has cut the apple harvest by a third this year.\n" +
		"The national museum will open a new wing for medieval manuscripts next spring, its director told reporters.\n"
	if as := Parse(list); len(as) != 5 || !as[0].Teaser {
		t.Errorf("teaser list: got %d articles (teaser %v), want 5 teasers", len(as), len(as) > 0 && as[0].Teaser)
	}
	story := "Rovers have this morning paid the record fee to sign the goalkeeper Anton Velasco from Porto United\n" +
		"The deal frees the way for the sale of Mark Dunmore to a club in Spain\n" +
		"Anton Velasco will have a medical at the Rovers ground today before he signs a five-year contract.\n" +
		"The Porto United keeper flew in last night and Rovers hope to present Velasco to the fans on Friday.\n"
	if as := Parse(story); len(as) != 1 || as[0].Teaser {
		t.Errorf("story: got %d articles, want 1 (not a teaser list)", len(as))
	}
}

// TestTrimmedRunes checks trimmedRunes against utf8.RuneCountInString of
// the line without its final spaces and tabs, and the blank lines it finds
// against isBlankRaw, on the fixture lines, damaged and with invalid UTF-8.
func TestTrimmedRunes(t *testing.T) {
	lines := fixtureLines(readFixtures(t))
	for k, l := range lines {
		lines = append(lines, dirty(l, k), l+" \t ", "\t"+l[:len(l)/2]+"\xe2\x80 \xff")
	}
	lines = append(lines, "", " ", "\t \t", "abcdefgh", "abcdefg\xc3", "abcdefghé  ")
	for _, l := range lines {
		want := utf8.RuneCountInString(strings.TrimRight(l, " \t"))
		if got := trimmedRunes(l); got != want {
			t.Errorf("trimmedRunes(%q) = %d, want %d", l, got, want)
		}
		if (want == 0) != isBlankRaw(l) {
			t.Errorf("isBlankRaw(%q) = %v with %d runes", l, isBlankRaw(l), want)
		}
	}
}

// TestTitleCaseShare checks titleCaseShare, which reads an ASCII first
// letter without the Unicode tables, against the rule read rune by rune
// on the fixture lines, damaged.
func TestTitleCaseShare(t *testing.T) {
	lines := damagedFixtureLines(t)
	lines = append(lines, "", "Abcd efgh Ijkl", "[abc] @Abc `abc {abc Ünter über Ωmega 1234")
	for _, l := range lines {
		n, caps := 0, 0
		for _, w := range strings.Split(l, " ") {
			r, _ := utf8.DecodeRuneInString(w)
			if len(w) < 4 || !unicode.IsLetter(r) {
				continue
			}
			n++
			if unicode.IsUpper(r) {
				caps++
			}
		}
		want := 0.0
		if n > 0 {
			want = float64(caps) / float64(n)
		}
		if got := titleCaseShare(l); got != want {
			t.Errorf("titleCaseShare(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestGappedSubheading: in an article whose blocks are separated by one
// to three blank lines at random (as some scrapers write them), the
// widest gap before a subheading is no evidence of a new story: the gap
// must be wider than nine in ten of the text's other gaps.
func TestGappedSubheading(t *testing.T) {
	ps := append(slices.Clone(harbourStory), "Why island families are waiting for the boats",
		"On Skarvøy, a rocky island of two hundred people, children leave home at fourteen to attend secondary school on the mainland because no boat runs early enough for lessons.",
		"Families there said a daily crossing would let teenagers live at home, and the island's only shop could receive fresh food every morning instead of twice a week.")
	gaps := []int{1, 2, 1, 3, 2, 3, 1, 2}
	var b strings.Builder
	for i, p := range ps {
		b.WriteString(p)
		if i < len(gaps) {
			b.WriteString(strings.Repeat("\n", gaps[i]+1))
		}
	}
	text := b.String()
	as := Parse(text)
	if msg := checkArticles(text, as); msg != "" {
		t.Fatal(msg)
	}
	if len(as) != 1 {
		var titles []string
		for _, a := range as {
			titles = append(titles, a.Title)
		}
		t.Fatalf("%d stories %q, want 1", len(as), titles)
	}
}

// TestWideGapSubheadings: an article that sets every subheading apart
// with a wider gap than its paragraphs (as text taken from HTML with its
// source's white space is) is one story: the second subheading's gap is
// no evidence of a new story once the story kept the first (cueGapSeen),
// even where its paragraph repeats the subheading's words. The same wide
// gap before another story's headline, in a story with no such
// subheading, still opens it.
func TestWideGapSubheadings(t *testing.T) {
	join := func(blocks ...string) string { return strings.Join(blocks, "\n\n") }
	story := join(harbourStory...) + "\n\n\n" + join("What the islands need",
		"On Skarvøy, a rocky island of two hundred people, children leave home at fourteen to attend secondary school on the mainland because no boat runs early enough for lessons.",
		"Families there said a daily crossing would let teenagers live at home, and the island's only shop could receive fresh food every morning instead of twice a week.") +
		"\n\n\n" + join("Back on the quay",
		"Back on the quay, the harbour master said the fishermen who still land their catch there would keep the north berths, and the ferries would use the south ones.",
		"The regional government is expected to decide on the loan before the end of the year, and work on the terminal could begin as soon as it does.")
	if as := Parse(story); len(as) != 1 {
		var titles []string
		for _, a := range as {
			titles = append(titles, a.Title)
		}
		t.Errorf("%d stories %q, want 1", len(as), titles)
	}
	other := join("Rail Line to the Coast Will Reopen in May",
		"The regional rail company said on Monday that the coast line, closed since a landslide in January, would reopen to passenger trains on the first of May.",
		"Engineers have rebuilt the embankment near the tunnel mouth and are testing the signals, the company said, and freight trains will follow a week later.",
		"Commuters who have used replacement buses for four months will be offered a free monthly pass, the company added.")
	for _, tt := range []struct{ name, text string }{
		{"joined by a wide gap", join(harbourStory...) + "\n\n\n" + other},
		// A label over the next headline is no subheading the story kept.
		{"a label between", join(harbourStory...) + "\n\n\nTransport news\n\n\n" + other},
		// A story that kept a subheading set apart so still ends where
		// another story, on another subject, begins after as wide a gap.
		{"after a wide subheading", join(harbourStory...) + "\n\n\n" + join("What the islands need",
			"On Skarvøy, a rocky island of two hundred people, children leave home at fourteen to attend secondary school on the mainland because no boat runs early enough for lessons.") +
			"\n\n\n" + other},
	} {
		if as := Parse(tt.text); len(as) != 2 || as[len(as)-1].Title != "Rail Line to the Coast Will Reopen in May" {
			var titles []string
			for _, a := range as {
				titles = append(titles, a.Title)
			}
			t.Errorf("%s: stories %q, want the harbour story and the rail story", tt.name, titles)
		}
	}
}

// TestStoryNotTeasers: the short paragraphs of one story that share few
// words are no teaser list when one of them goes on from the one before
// ("He …", "But …"): the leads of several stories open with their
// subject's name.
func TestStoryNotTeasers(t *testing.T) {
	text := "Mayor Alvarez scraps the harbour tunnel.\n\n" +
		"The city council voted on Monday to end work on the tunnel under the old harbour.\n\n" +
		"Costs had doubled since engineers found soft clay beneath the quay in March.\n\n" +
		"He said the money would go to buses and cycle lanes instead.\n\n" +
		"Shopkeepers near the docks welcomed a quieter summer without drilling.\n\n" +
		"But unions warned that four hundred construction jobs were now at risk.\n\n" +
		"A final audit of the project is due before Christmas.\n"
	arts := Parse(text)
	if len(arts) != 1 {
		t.Fatalf("Parse: %d articles (teaser %v), want 1", len(arts), arts[0].Teaser)
	}
	// The first line ends in a full stop, as PolNeAR's first lines do:
	// a paragraph, not a headline.
	if a := arts[0]; a.Teaser || len(a.Paragraphs) != 7 {
		t.Errorf("Parse: teaser %v, %d paragraphs; want one story of 7", a.Teaser, len(a.Paragraphs))
	}
}

// TestSharedWordsNoTeasers: a story written one paragraph a line, with
// no title, whose paragraphs share few words with their neighbours but
// each take up words of the others ("drought", "reservoir", "Alder
// Valley"), is one story, not a list of snippets.
func TestSharedWordsNoTeasers(t *testing.T) {
	text := "A severe drought has emptied the main reservoir of the Alder Valley for the first time since records began in 1921.\n" +
		"Farmers across three counties say the drought has cut their wheat harvest by nearly half.\n" +
		"Engineers from the regional water board inspected the dam on Thursday and found the reservoir at four percent of capacity.\n" +
		"The water board has ordered a ban on garden hoses and car washing in every town of the Alder Valley until October.\n" +
		"Officials hope autumn storms will refill the reservoir, although forecasters expect another dry month.\n" +
		"Several villages now receive drinking water by tanker lorry twice a week, the board said.\n" +
		"Growers have asked the county for emergency grants to cover the lost wheat.\n"
	oneStory(t, text)
}

// TestShortWrappedNoTeasers: a short story hard-wrapped in too few lines
// for splitLines to tell the wrap is one story, not a teaser list of its
// lines: a line that opens in lower case under one that ends no sentence
// goes on with it.
func TestShortWrappedNoTeasers(t *testing.T) {
	text := "Late Boats, Empty Quays, Angry Riders: Why the Harbour Keeps\n" +
		"Waiting…and Waiting\n\n" +
		"Commuting used to be so easy. We'd walk to the pier, board at\n" +
		"eight, read a newspaper and arrive before the office opened.\n\n" +
		"Now we stand in the rain for forty minutes. Schedules change\n" +
		"weekly while managers argue with unions about night shifts. And\n" +
		"nobody answers the phone because the call centre moved\n" +
		"abroad last spring with most of its staff.\n\n" +
		"All...\n"
	oneStory(t, text)
}

// TestParagraphsNoTeasers: lines of three sentences are a story's
// paragraphs, not teasers (a lead cut to its first sentence or two), even
// where neighbouring lines share no word and none goes on from the one
// before.
func TestParagraphsNoTeasers(t *testing.T) {
	text := "Pocket scanner reads definitions aloud\n\n" +
		"Miniaturization fits huge amounts of information into tiny spaces. Old reference books weighed several kilos. Students carried them everywhere.\n\n" +
		"Today a gadget no bigger than a pack of cards serves half a million entries. It translates four languages. It also plays music.\n\n" +
		"Batteries last about a week of daily use. Charging takes two hours over USB. A spare costs twelve dollars.\n\n" +
		"Reviewers praised the crisp display.\n"
	oneStory(t, text)
}

// TestWrappedQuotes: the quotations and names of a hard-wrapped story are
// read across its line ends, as its paragraphs are ("…," said\nIngrid
// Holm).
func TestWrappedQuotes(t *testing.T) {
	ps := append(slices.Clone(harbourStory[:3]),
		"\"The terminal will open in the spring of next year if the regional government approves our loan,\" said Mayor Ingrid Holm, who has backed the plan since her election four years ago.",
		harbourStory[4])
	text := wrapText(ps, 60, true)
	as := Parse(text)
	if len(as) != 1 || len(as[0].Quotes) != 1 {
		t.Fatalf("%d stories, quotes %+v; want one story with one quote", len(as), as)
	}
	q := as[0].Quotes[0]
	if q.Speaker != "Ingrid Holm" || !strings.HasPrefix(q.Text, "The terminal will open") || !strings.HasSuffix(q.Text, "our loan,") {
		t.Errorf("quote %q by %q, want the whole quote by Ingrid Holm", q.Text, q.Speaker)
	}
	// Text is the input as written, line ends and all.
	if q.Text != text[q.Span.Start:q.Span.End] || !strings.Contains(q.Text, "\n") {
		t.Errorf("quote text %q, want the wrapped bytes of its span %q", q.Text, text[q.Span.Start:q.Span.End])
	}
	if msg := checkArticles(text, as); msg != "" {
		t.Error(msg)
	}
}

// TestBulletedListInStory: a story that lists items with bullets is one
// story, not a list of teasers.
func TestBulletedListInStory(t *testing.T) {
	text := "Read the magazine on your reader.\n\n" +
		"As promised, the ebook version is ready, and you can read every issue on these devices:\n" +
		"• Amazon Kindle\n• Barnes & Noble Nook\n• Apple iPad\n• Sony Reader\n• Kobo eReader\n\n" +
		"More instructions can be found on the site.\n"
	oneStory(t, text)
}

// TestNumberedListNoTeasers: a post that numbers its points ("#1: …",
// "2. …", "3) …") is one story, not a list of teasers, as one that
// bullets them is.
func TestNumberedListNoTeasers(t *testing.T) {
	for _, marks := range [][4]string{{"#1:", "#2:", "#3:", "#4:"}, {"1.", "2.", "3.", "4."}, {"1)", "2)", "3)", "4)"}} {
		text := "House Rules for this Newsletter\n\n" +
			"Short messages carry their weight because every word must earn its place on the page.\n\n" +
			"In the same spirit, I think these letters gain from a few plain rules set out at the start. Here they are:\n\n" +
			marks[0] + " No filler. Each letter must teach something useful, even when that means writing less often.\n\n" +
			marks[1] + " Honesty first. Mistakes get corrected openly, and sponsors never choose the topics.\n\n" +
			marks[2] + " Readers come before metrics. Growth matters less than trust earned slowly over years.\n\n" +
			marks[3] + " At least one letter every month, whatever the season brings.\n\n" +
			"Further suggestions are always welcome.\n"
		if arts := Parse(text); len(arts) != 1 || arts[0].Teaser {
			t.Errorf("items %q: %d articles (teaser %v), want one story", marks[0], len(arts), len(arts) > 0 && arts[0].Teaser)
		}
	}
}

// TestDemonstrativeNoTeasers: the paragraphs of a blog post that share no
// word are no teaser list when one opens by pointing back at the one
// before ("That’s …", "These …"); the same paragraphs with another opener
// are read as one, which is what the test leans on (so the post has no
// byline or date under its headline: see TestDatedHeadlineNoTeasers).
func TestDemonstrativeNoTeasers(t *testing.T) {
	post := func(opener string) string {
		return "The Ledger\n\n" +
			"The notebook of Anna K. Berg\n" +
			"Fewer features\n\n" +
			"A budget rule holds that one fifth of any effort brings most gains. Applied to programs, customers touch few menus.\n\n" +
			"Critics raise numerous objections against trimming. I will answer just one here today.\n\n" +
			opener + " worries weigh heavier after shipping than before. Once released, somebody relies upon every button.\n\n" +
			"Suppose two redundant routes exist toward printing. Half the staff learn route one and stick with it.\n\n" +
			"Removing anything is nearly impossible. Nobody can shrink old products without angering loyal fans.\n\n" +
			"A hidden price of extras is the support they demand for decades.\n"
	}
	if arts := Parse(post("Such")); len(arts) < 2 || !arts[0].Teaser {
		t.Fatalf("with %q: %d articles, want the lines read as teasers (the test no longer tells anything)", "Such", len(arts))
	}
	for _, opener := range []string{"That’s", "That's", "That", "These", "Those"} {
		if arts := Parse(post(opener)); len(arts) != 1 || arts[0].Teaser {
			t.Errorf("with %q: %d articles (teaser %v), want one story", opener, len(arts), len(arts) > 0 && arts[0].Teaser)
		}
	}
}

// TestBylineNoTeasers: the head of an article cut short by a paywall (a
// time stamp, a headline, one byline, the lead) is one story, not a list
// of teasers, though its lines share no word and its last is cut: a list
// of teasers prints a byline under every card or under none.
func TestBylineNoTeasers(t *testing.T) {
	text := "Updated March 3, 2025, 9:40 p.m. ET\n\n" +
		"Harbour Board Delays Vote on Port Fees\n\n" +
		"   BY ANNA KOWALCZYK\n\n" +
		"The port authority postponed on Monday a vote on higher docking fees after shipping firms threatened to move their freight to rival terminals up the coast.\n\n" +
		"\"If you raise the cost of every container, the cargo will simply go elsewhere,\" said the head of a freight association, who asked the board to because ...\n"
	oneStory(t, text)
}

// TestShortLinesNoTeasers: a letter of short lines (a greeting, an
// address, a signature) is one story, not a list of teasers.
func TestShortLinesNoTeasers(t *testing.T) {
	text := "Little gifts for friends\n\nDear all,\n\nI would love to invite you to our book event at The Reading Bug this Saturday at 11 am.\n\n" +
		"Location:\nThe Reading Bug\n785 Laurel St,\nSan Carlos,\nCA 94070\n\nHope to see you there.\n\nCheers,\nAlina\n"
	oneStory(t, text)
}

// TestHeadlineSecondParagraph: a headline whose words come back only in
// the second paragraph (the lead speaks of its subject in other words)
// heads a short story, not a list of teasers; a first line that opens
// with a dateline is not tied to the lines by the second paragraph.
func TestHeadlineSecondParagraph(t *testing.T) {
	head := "Harbour Ferries: So Many Ways to Cross\n\n"
	body := "Travel across the bay used to be simple. You bought a ticket at the pier and waited.\n\n" +
		"Now three companies run ferries on the same route, each with its own timetable and fares.\n\n" +
		"All...\n"
	oneStory(t, head+body)
	// The same lines under a lead that opens with a dateline and shares
	// a word with the second of them only: they stay a list.
	lead := "OSLO — Hours before the vote, the mayor said ferries would carry commuters free of charge\n\n"
	if as := Parse(lead + body); len(as) < 2 || !as[0].Teaser {
		t.Errorf("after a dateline lead: %d articles (teaser %v), want a list of teasers", len(as), len(as) > 0 && as[0].Teaser)
	}
}

// TestDateOverHeadline: the date a blog prints over a post's headline is
// not the headline.
func TestDateOverHeadline(t *testing.T) {
	body := "The harbour board met on Friday and voted to delay the new docking fees until spring.\n\n" +
		"Shipping firms had threatened to move their freight to rival terminals up the coast.\n"
	for _, tc := range []struct{ date, head, want string }{
		{"Monday, August 27, 2012", "Harbour fees: a delay and its reasons", "Harbour fees: a delay and its reasons"},
		{"27 August 2012", "Harbour fees: a delay and its reasons", "Harbour fees: a delay and its reasons"},
		{"Updated Aug. 27, 2012 9:40 am ET", "Harbour fees: a delay and its reasons", "Harbour fees: a delay and its reasons"},
		{"2012-08-27", "Harbour fees: a delay and its reasons", "Harbour fees: a delay and its reasons"},
		{"27/08/2012", "Harbour fees: a delay and its reasons", "Harbour fees: a delay and its reasons"},
		// A headline that ends in a full stop heads the story when it is
		// the first line, and so it does under the date.
		{"November 8, 2012", "Harbour Fees Wait Until Spring.", "Harbour Fees Wait Until Spring."},
	} {
		as := oneStory(t, tc.date+"\n"+tc.head+"\n\n"+body)
		if as[0].Title != tc.want {
			t.Errorf("%q over %q: title %q, want %q", tc.date, tc.head, as[0].Title, tc.want)
		}
	}
}

// oneStory fails t unless Parse reads text as one story, not teasers,
// with every article promise kept.
func oneStory(t *testing.T, text string) []Article {
	t.Helper()
	as := Parse(text)
	if len(as) != 1 || as[0].Teaser {
		t.Fatalf("Parse: %d articles (teaser %v), want one story", len(as), len(as) > 0 && as[0].Teaser)
	}
	if msg := checkArticles(text, as); msg != "" {
		t.Error(msg)
	}
	return as
}

// TestPronounsReferBack: paragraphs whose first sentence speaks of someone
// by a pronoun before naming anyone go on from a paragraph before them:
// one story, not teasers.
func TestPronounsReferBack(t *testing.T) {
	text := "The starfighter crossed the debris field at dawn.\n\n" +
		"A pilot named Jacques Chalmers flew it, alone and afraid of the silence.\n\n" +
		"Debris struck the hull, and the noise made him flinch for a moment.\n\n" +
		"The radar showed nothing that could help her crew or his own wing.\n\n" +
		"Fifty capital ships held the line beyond the moon of Kethla.\n"
	oneStory(t, text)
}

func TestRefersBack(t *testing.T) {
	for s, want := range map[string]bool{
		"The scene was the same and it brought him no comfort.": true,
		"The noise made him flinch. Chalmers turned.":           true,
		"Jacques Chalmers said his radar was broken.":           false, // a name first
		"The radar was broken. He turned.":                      false, // not in the first sentence
		"I told him so.":                                        true,
	} {
		if got := refersBack(s); got != want {
			t.Errorf("refersBack(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRepeatedCaptionOpensStory: a line printed twice in a row after a
// headline is a picture's caption the page repeats, though no credit or
// label marks it; the headline above it opens a story, here in a dump of
// one paragraph a line with no blank line between the stories.
func TestRepeatedCaptionOpensStory(t *testing.T) {
	const caption = "A couple who died in May are thought to have eaten a marmot, a large rodent of the steppe"
	text := "Council Approves New Harbour Budget\n" +
		"The city council approved a budget of 40 million euros for the old harbour on Tuesday, after a debate that lasted most of the night.\n" +
		"Councillors from the opposition said the money would be better spent on schools and on the bus network in the northern districts.\n" +
		"The mayor said work on the quays would start in the spring and take two years, with the first berths open to ferries by the summer after.\n" +
		"Officials did not give any other details.\n" +
		"Hunter Falls Ill After Eating Wild Rabbit\n" +
		caption + "\n" + caption + "\n" +
		"A hunter who killed and ate a wild rabbit in the north of the country has been taken to hospital with a rare infection, health officials said on Sunday.\n" +
		"The 55-year-old told doctors he had eaten the meat on a trip in early November, and 28 people who had been near him were kept apart as a precaution.\n" +
		"He is being treated with antibiotics and is in a stable condition, the regional health commission said.\n"
	as := Parse(text)
	if msg := checkArticles(text, as); msg != "" {
		t.Fatal(msg)
	}
	var titles []string
	for _, a := range as {
		titles = append(titles, a.Title)
	}
	if want := []string{"Council Approves New Harbour Budget", "Hunter Falls Ill After Eating Wild Rabbit"}; !slices.Equal(titles, want) {
		t.Errorf("titles %q; want %q", titles, want)
	}
}

// TestDatedHeadlineNoTeasers: a headline with its date or its author in
// the lines around it heads a story, even when its paragraphs share few
// words (a blog post of short paragraphs), not a list of teasers.
func TestDatedHeadlineNoTeasers(t *testing.T) {
	const headline = "How To Build A Window Mount For A Camera\n\n"
	for _, head := range []string{
		headline + "Posted on November 1, 2012",
		headline + "Posted by Jane Miller on October 29, 2012 at 6:48 pm",
		headline + "    November 1, 2012",
		headline + "Laura Beck\t",
		"November 9, 2012\n" + headline,
		headline + "A.J. Daulerio",
		"November 9, 2012\nLaura Beck\n", // the headline lost: a date and a name
	} {
		text := head + "\n\n" +
			"Shooting scenes through the windows of moving cars is not a trivial thing for a small crew.\n\n" +
			"Tom builds a simple rig that can be attached to a door, and hold a camera steady at speed.\n\n" +
			"While the rig is easy to put together, adding acting to the tasks a driver faces is scary.\n\n" +
			"The build should take an hour or two, including the trip to the hardware store for clamps.\n"
		t.Run(head, func(t *testing.T) { oneStory(t, text) })
	}
}

// TestHoldsDate: a date, in words or in figures, inside a short line; not
// a fraction, a list of steps or figures out of a calendar's range.
func TestHoldsDate(t *testing.T) {
	for s, want := range map[string]bool{
		"Posted by Max Fisher on October 29, 2012 at 6:48 pm": true,
		"Posted on November 5th, 2012 - By Staff":             true,
		"29 October 2012":                      true,
		"July 19, 2012":                        true,
		"By Edwin Kee on 11/12/2012 10:52 PST": true,
		"Updated 2012-11-12":                   true,
		"Rated 3/4 by readers":                 false,
		"Steps 1/2/3 first":                    false,
		"A 10/20/30/40 split":                  false,
		"Filed 99/99/99":                       false,
		"Filed 2012-99-99":                     false,
		"Filed 13/13/2012":                     false,
		"Filed 31/12/2012":                     true,
		"Posted by Max Fisher":                 false,
		"03:40 PM EDT":                         false,
		"May the best team win":                false, // a month's name, no number
		"The council met on Tuesday and voted 7 to 2 in favour of the new harbour plan after a long debate": false, // too long
	} {
		if got := holdsDate(s); got != want {
			t.Errorf("holdsDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsInitials: one to three capitals, each with its full stop.
func TestIsInitials(t *testing.T) {
	for w, want := range map[string]bool{"J.": true, "A.J.": true, "J.R.R.": true, "Ł.": true,
		"": false, "J": false, "AJ.": false, "a.j.": false, "A.B.C.D.": false, "Jo.": false} {
		if got := isInitials(w); got != want {
			t.Errorf("isInitials(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLinkedLinesOneCut: untitled paragraphs that nearly all share names
// with another (not with the one next to them) are one story, though one
// of them stops with no mark (a tweet pasted in): snippets of different
// stories seldom share names.
func TestLinkedLinesOneCut(t *testing.T) {
	text := "Senator Ada Lawan on Tuesday moved a motion to adjourn the first sitting after the long annual recess.\n\n" +
		"Musa Saraki read out sixteen letters received while members were away in their constituencies.\n\n" +
		"Ada Lawan asked colleagues to observe a minute of silence for the former Speaker who died in August.\n\n" +
		"Musa Saraki then presided over a brief tribute from each of the six geopolitical zones of the country.\n\n" +
		"Ada Lawan raises a motion on the deaths of the former Speaker and moves that all business be suspended #Plenary\n\n" +
		"Musa Saraki said members would sit again on Wednesday to take the budget report from the committee.\n\n" +
		"Ada Lawan told reporters the late Speaker had served his people for two decades with great distinction.\n\n"
	oneStory(t, text)
}

// TestTeaserListOfTopicPairs: one-sentence snippets of seven stories, two
// pairs of which share a topic (a ferry, a festival), are seven stories:
// no neighbours share a word, and the links far apart tie no group of
// more than two lines. TestLinkedLinesOneCut is the story that looks
// alike but whose links tie most of its lines into one group.
func TestTeaserListOfTopicPairs(t *testing.T) {
	text := "The harbour ferry will not enter service before the spring, the transport board said on Monday.\n" +
		"A teacher from Leeds has won the national poetry prize for a sequence about her grandmother's farm.\n" +
		"Organisers of the Riverside Folk Festival expect a record crowd after selling out the weekend tickets.\n" +
		"Commuters who bought season tickets for the delayed harbour ferry will get refunds, councillors agreed.\n" +
		"Police in Bristol are looking for two men after a jewellery shop was raided in daylight.\n" +
		"Heavy rain may force the Riverside Folk Festival to move its main stage away from the water meadow.\n" +
		"Shares in the country's largest grocer fell sharply after it warned that profits would shrink this year.\n"
	as := Parse(text)
	if msg := checkArticles(text, as); msg != "" {
		t.Error(msg)
	}
	if len(as) != 7 || !as[0].Teaser {
		var heads []string
		for _, a := range as {
			heads = append(heads, a.Body()[:min(40, len(a.Body()))])
		}
		t.Fatalf("%d articles, want 7 teasers: %q", len(as), heads)
	}
}

// TestIsPersonAlone: a name alone under a headline, not a body's
// abbreviation and its head noun.
func TestIsPersonAlone(t *testing.T) {
	for s, want := range map[string]bool{"Laura Beck": true, "A.J. Daulerio": true, "J.R.R. Tolkien": true,
		"U.S. Navy": false, "U.N. Council": false, "Latest News": false, "A.J.": false, "Mike": false} {
		if got := isPersonAlone(s); got != want {
			t.Errorf("isPersonAlone(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRepeatedParagraphUnderSubheading: a paragraph printed twice under a
// subheading counts as one repeated caption, not as two, and the
// subheading opens no story.
func TestRepeatedParagraphUnderSubheading(t *testing.T) {
	p := "The shipyard said the new ferry would be three months late because the steel for its hull arrived from the mill after the summer.\n"
	text := "Harbour Ferry Delayed Again\n\n" +
		"The new harbour ferry will not enter service before the spring, the city's transport board said on Monday after a meeting with the builders.\n\n" +
		"The board had hoped to run the ferry from the old quay by Christmas, and had sold season tickets on that promise to hundreds of commuters.\n\n" +
		"Councillors asked the board to refund the tickets and to run an extra bus between the two quays until the ferry is ready.\n\n" +
		"Costs And Delays\n\n" + p + "\n" + p + "\n" +
		"The yard said the cost of the ferry had not changed and that the board would not pay more than the price agreed two years ago.\n"
	oneStory(t, text)
}

// TestShortLinePrintedTwice: a short line printed twice ("One." "One.",
// an audience answering) is no caption: it gives the line above it no
// headline's evidence.
func TestShortLinePrintedTwice(t *testing.T) {
	if printedAgain([]line{{words: 1, key: 7}, {words: 1, key: 7}}, []int{0, 1}, 0, 1) {
		t.Error("a one-word line printed twice counts as a repeated caption")
	}
	if !printedAgain([]line{{words: 6, key: 7}, {words: 6, key: 7}}, []int{0, 1}, 0, 1) {
		t.Error("a six-word line printed twice does not count as a repeated caption")
	}
}

// TestAbbreviationNotByline: a body's abbreviation and its head noun on
// the last line ("U.S. Navy") is no author's name: the line stays the
// story's (isNameShaped reads one initial a word, "C.", not "U.S.").
func TestAbbreviationNotByline(t *testing.T) {
	text := "Harbour Ferry Delayed Again\n\n" +
		"The new harbour ferry will not enter service before the spring, the city's transport board said on Monday after a meeting with the builders.\n\n" +
		"The board had hoped to run the ferry from the old quay by Christmas, and had sold season tickets on that promise to hundreds of commuters.\n\n" +
		"U.S. Navy\n"
	as := oneStory(t, text)
	if as[0].Byline == "U.S. Navy" {
		t.Errorf("byline %q; want none", as[0].Byline)
	}
}

// TestCommentsOpenNoStory: readers' comments under a post, each under a
// header of a name and a date with a clock time, are the post's: no
// header, and no title-shaped line of a comment between two headers,
// opens a story, however far the comments stray from the post's words.
// Two headers are no run; a story after the comments still opens one.
func TestCommentsOpenNoStory(t *testing.T) {
	post := "Why the Harbour Ferries Keep Running Late\n\n" +
		"The harbour board met on Friday and voted to delay the new docking fees until spring.\n\n" +
		"Shipping firms had threatened to move their freight to rival terminals up the coast.\n\n" +
		"The board will meet again in March to set a date for the fees.\n\n  \n"
	comments := "5 Responses to “Why the Harbour Ferries Keep Running Late”\n\n" +
		"Martha Ellis July 13, 2012 at 3:24 am\n\n" +
		"    Como perdonar, si eso implica olvidar? No se, es muy dificil con tanto dolor y tanto tiempo.\n\n  \n" +
		"Pandora July 9, 2012 at 12:33 pm\n\n" +
		"TRUTH NEEDS NO SUPPORT\n\n" +
		"    My grandmother kept bees behind the chapel and sold honey to every neighbour on our lane.\n\n   \n" +
		"Anthony Oliver — June 27th, 2012, 6:47 pm\n\n" +
		"    Wonderful piece, shared it with my book club, we meet on Thursdays to read poetry aloud.\n\n   \n" +
		"Kealan June 27, 2012 at 1:21 pm\n\n" +
		"    Lovely.\n"
	as := oneStory(t, post+comments)
	if as[0].Title != "Why the Harbour Ferries Keep Running Late" {
		t.Errorf("title %q", as[0].Title)
	}
	// The comments are removed, every line of them to the story's end,
	// the last comment's text too; the post's paragraphs stay.
	var paras, removed []string
	for _, p := range as[0].Paragraphs {
		paras = append(paras, p.Text)
	}
	for _, r := range as[0].Removed {
		if r.Reason == ReasonComments {
			removed = append(removed, r.Text)
		}
	}
	if len(paras) != 3 || !strings.HasPrefix(paras[2], "The board will meet again") {
		t.Errorf("paragraphs %q, want the post's three", paras)
	}
	if len(removed) != 10 || removed[0] != "5 Responses to “Why the Harbour Ferries Keep Running Late”" || removed[9] != "Lovely." {
		t.Errorf("removed as comments %q, want the label, four headers, one title and four texts", removed)
	}
	// Comments alone are what the text is: kept.
	if got := oneStory(t, comments); len(got[0].Paragraphs) == 0 {
		t.Errorf("comments alone: no paragraph")
	}
	inComments := func(text string) []bool {
		lines := splitLines(text)
		lex := analyse(text, lines)
		defer lex.release()
		var in []bool
		for i := range lines {
			if !lines[i].blank() {
				in = append(in, lines[i].comment())
			}
		}
		return in
	}
	// The label and every line after it up to the last header; not
	// the last comment's text.
	want := []bool{false, false, false, false, true, true, true, true, true, true, true, true, true, false}
	if diff := cmp.Diff(want, inComments(post+comments)); diff != "" {
		t.Errorf("lines in comments (-want +got):\n%s", diff)
	}
	// Two headers are not a run of comments: they may be a story's time
	// stamps.
	two := "Martha Ellis July 13, 2012 at 3:24 am\n\nThe ferries were late.\n\nPandora July 9, 2012 at 12:33 pm\n\nSo they were.\n"
	if diff := cmp.Diff([]bool{false, false, false, false}, inComments(two)); diff != "" {
		t.Errorf("two headers (-want +got):\n%s", diff)
	}
	// Three headers further apart than commentWindow lines from the
	// first are no run, however close each is to the one before it: a
	// story with three dated entries keeps its paragraphs.
	var spread strings.Builder
	spread.WriteString(post)
	for k, name := range []string{"Martha Ellis", "Pandora Lee", "Tomas Berg"} {
		fmt.Fprintf(&spread, "%s July 1%d, 2012 at 3:24 am\n\n", name, k)
		for p := 0; p < 20; p++ {
			fmt.Fprintf(&spread, "The ferry board met again on day %d and kept the fees as they were.\n\n", 20*k+p)
		}
	}
	for ci, in := range inComments(spread.String()) {
		if in {
			t.Errorf("headers %d lines apart: content line %d in comments", commentWindow-4, ci)
			break
		}
	}
	// A story after the comments opens as before.
	next := "\n\nCity Council Approves New Bus Lanes on Main Street\n\n" +
		"The city council voted on Tuesday to add bus lanes on three downtown streets, a plan debated for two years.\n\n" +
		"Work will begin in April and should be finished by the end of the summer, officials said.\n"
	if got := Parse(post + comments + next); len(got) != 2 || got[1].Title != "City Council Approves New Bus Lanes on Main Street" {
		t.Errorf("with a story after the comments: %d articles", len(got))
		for _, a := range got {
			t.Logf("  %q", a.Title)
		}
	}
}

// TestShapeCues checks the cues of shape against what their comments
// say: the candidate's length in words in steps (ten to sixteen, seventeen
// to twenty-one, twenty-two or more), the paragraph after it repeating
// a quarter or nearly all of its words, the line before it over 32 words,
// the paragraph after it over 75 words or at most ten.
func TestShapeCues(t *testing.T) {
	words := func(n int, w string) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }
	long := words(40, "words") + "."
	for _, tc := range []struct {
		name     string
		before   string // the content line before the candidate
		headline string
		after    string // the paragraph under it
		want     []cue  // cues that must fire
		not      []cue  // cues that must not
	}{
		{"nine words", "A short line.", words(9, "Alpha"), long,
			nil, []cue{cueHeadLen, cueOverLong, cueSentLong}},
		{"ten words", "A short line.", words(10, "Alpha"), long,
			[]cue{cueHeadLen}, []cue{cueOverLong, cueSentLong}},
		{"sixteen words", "A short line.", words(16, "Alpha"), long,
			[]cue{cueHeadLen}, []cue{cueOverLong, cueSentLong}},
		{"seventeen words", "A short line.", words(17, "Alpha"), long,
			[]cue{cueOverLong}, []cue{cueHeadLen, cueSentLong}},
		{"twenty-two words", "A short line.", words(22, "Alpha"), long,
			[]cue{cueSentLong}, []cue{cueHeadLen, cueOverLong}},
		{"long line before", words(33, "before") + ".", "Gamma Delta Epsilon Zeta", long,
			[]cue{cuePrevLong}, nil},
		{"short line before", words(32, "before") + ".", "Gamma Delta Epsilon Zeta", long,
			nil, []cue{cuePrevLong}},
		{"long paragraph after", "A short line.", "Gamma Delta Epsilon Zeta", words(76, "after") + ".",
			[]cue{cueNextLong}, []cue{cueNextShort}},
		{"short paragraph after", "A short line.", "Gamma Delta Epsilon Zeta", "Only ten words are in this line, not one more.",
			[]cue{cueNextShort}, []cue{cueNextLong}},
		{"echo of every word", "A short line.", "Volcano Erupts Near Village", "The volcano erupts near the village, and the village empties as the volcano erupts.",
			[]cue{cueEchoAll, cueEchoSome}, nil},
		{"echo of a quarter", "A short line.", "Volcano Erupts Near Village", "The volcano was quiet for a long time before anyone came back to see it.",
			[]cue{cueEchoSome}, []cue{cueEchoAll}},
		{"no echo", "A short line.", "Volcano Erupts Near Village", "Nothing in this paragraph takes up any word of the line above it at all.",
			nil, []cue{cueEchoSome, cueEchoAll}},
	} {
		text := "Headline One\n\n" + tc.before + "\n\n" + tc.headline + "\n\n" + tc.after + "\n"
		lines, lex, content, ci := analysedAt(t, text, tc.headline)
		idf := lex.idf()
		story, after := newVector(lex), newVector(lex)
		c := breakCues(lines, content, ci, 0, usualGap(lines, content), map[uint64]bool{}, idf, story, after)
		for _, k := range tc.want {
			if c[k] == 0 {
				t.Errorf("%s: cue %s does not fire", tc.name, cueNames[k])
			}
		}
		for _, k := range tc.not {
			if c[k] != 0 {
				t.Errorf("%s: cue %s fires (%v)", tc.name, cueNames[k], c[k])
			}
		}
	}
}

// analysedAt returns the lines of text as Parse analyses them, their
// lexicon, the indexes of the lines that are not blank, and the content
// index of the line whose text is headline.
func analysedAt(t *testing.T, text, headline string) (lines []line, lex *lexicon, content []int, ci int) {
	t.Helper()
	lines = splitLines(text)
	lex = analyse(text, lines)
	ci = -1
	for i := range lines {
		if !lines[i].blank() {
			if lines[i].text == headline {
				ci = len(content)
			}
			content = append(content, i)
		}
	}
	if ci < 0 {
		t.Fatalf("no line %q in %q", headline, text)
	}
	return lines, lex, content, ci
}

// TestDropStubs: a story after the first with no paragraph under its
// headline (no body line of leadWords words or more) goes back to the
// story above; a brief of one sentence stays. The starts are given by
// hand (the lines opening with "Head"); the golden of concat-040 holds
// the case end to end ("UP NEXT", then "Thunder: Host the Lakers on
// Friday.").
func TestDropStubs(t *testing.T) {
	const first = "Head Harbour tunnel scrapped\n\nThe city council voted on Monday to end work on the tunnel under the old harbour after costs doubled in a year.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // the first words of the lines that keep their start
	}{
		{"section", first + "UP NEXT\n\nHead Thunder: Host the Lakers on Friday.\n\nLakers: Visit the Thunder on Friday.\n",
			[]string{"Head Harbour"}},
		{"brief", first + "Head Storm closes pass\n\nHeavy snow shut the only road over the range on Friday, and crews expect to reopen it.\n",
			[]string{"Head Harbour", "Head Storm"}},
		{"nine words", first + "Head Fair opens\n\nThe county fair opens on Saturday with free entry.\n",
			[]string{"Head Harbour"}},
		{"ten words", first + "Head Fair opens\n\nThe county fair opens on Saturday with free entry again.\n",
			[]string{"Head Harbour", "Head Fair"}},
		{"two stubs", first + "Head Scores\n\nLakers 112, Thunder 107.\n\nHead Next\n\nLakers: Visit the Thunder on Friday.\n\n" +
			"Head Storm closes pass\n\nHeavy snow shut the only road over the range on Friday, and crews expect to reopen it.\n",
			[]string{"Head Harbour", "Head Storm"}},
		{"a long headline alone", first + "Head Storm Closes The Only Road Over The Range For A Whole Week\n\nPhotos: Ann Lee\n",
			[]string{"Head Harbour"}},
	} {
		lines := splitLines(tc.text)
		analyse(tc.text, lines).release() // the lines' words and shapes
		var starts []int
		for i := range lines {
			if strings.HasPrefix(tc.text[lines[i].span.Start:], "Head ") {
				starts = append(starts, i)
			}
		}
		var got []string
		for _, i := range dropStubs(lines, starts) {
			got = append(got, strings.Join(strings.Fields(tc.text[lines[i].span.Start:lines[i].span.End])[:2], " "))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: dropStubs kept %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestContinuedLines: a line counts as going on with the sentence of the
// line above only when it opens in lower case right under it and that
// line ends no sentence; a blank line between, or a full stop above,
// makes it a line of its own.
func TestContinuedLines(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"wrapped", "Ferries ran an hour late on Monday as\ncrews stayed home in a dispute over\nnight shifts, the operator said.\n", 2},
		{"blank between", "Ferries ran an hour late on Monday as\n\ncrews stayed home in a dispute.\n", 0},
		{"full stop above", "Ferries ran an hour late on Monday.\ncrews stayed home in a dispute.\n", 0},
		{"capital below", "Ferries ran an hour late on Monday as\nCrews stayed home in a dispute.\n", 0},
		{"one", "Ferries ran an hour late on Monday as\ncrews stayed home.\nThe operator said so.\n", 1},
	} {
		lines := splitLines(tc.text)
		analyse(tc.text, lines).release()
		var at []int
		for i := range lines {
			if !lines[i].blank() && lines[i].chrome == 0 {
				at = append(at, i)
			}
		}
		if got := continuedLines(lines, at); got != tc.want {
			t.Errorf("%s: continuedLines = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestLocalCohesion: the last lines of a story that goes on under a
// subheading share words with the lines after it; those of a story
// followed by another on a neighbouring subject do not, though the story
// as a whole does (TextTiling's depth, cueDrop).
func TestLocalCohesion(t *testing.T) {
	opening := "The council approved a new tram line through the city centre on Monday.\n" +
		"The tram line will link the station with the university campus.\n" +
		"Construction of the tram line starts next spring.\n" +
		"The tram line is expected to carry twenty thousand passengers a day.\n"
	ending := "Residents of Mill Street fear months of noise from the depot.\n" +
		"The depot will stand on the site of the old brewery.\n" +
		"Neighbours of the brewery site have collected signatures against the depot.\n" +
		"They say heavy lorries will use Mill Street at night.\n" +
		"A residents' meeting on the depot is planned for Thursday.\n" +
		"Every tram will be cleaned at the depot overnight.\n"
	for _, tc := range []struct {
		name, after string
		drop        bool
	}{
		{"section", "Depot plans\nThe depot on Mill Street will house forty trams, residents were told.\nNoise barriers around the depot are promised.\n", false},
		{"new story", "Bus fares rise\nFares on buses between the station and the university campus rise in April, the transport authority said.\nStudents at the university called the rise in fares unfair.\n", true},
	} {
		text := opening + ending + tc.after
		lines := splitLines(text)
		lex := analyse(text, lines)
		var content []int
		for i := range lines {
			if !lines[i].blank() {
				content = append(content, i)
			}
		}
		idf := lex.idf()
		story, after := lex.scratchVectors()
		ci := 10 // the headline after the story's ten lines
		for k := range ci {
			story.addLine(content[k], idf)
		}
		if sim := cohesion(lines, content, ci, idf, story, after); sim < 0.05 {
			t.Fatalf("%s: cohesion %.3f, want 0.05 or more for the test to mean anything", tc.name, sim)
		}
		local, internal := localCohesion(lines, content, ci, 0, idf, story, after)
		if drop := local < internal/4; drop != tc.drop {
			t.Errorf("%s: local %.3f, internal %.3f: drop %v, want %v", tc.name, local, internal, drop, tc.drop)
		}
		// The same cosines from vectors built line by line: the tail is
		// the last tailWindow lines, the earlier lines the rest.
		tail, earlier := newVector(lex), newVector(lex)
		for k := range ci {
			if k >= ci-tailWindow {
				tail.addLine(content[k], idf)
			} else {
				earlier.addLine(content[k], idf)
			}
		}
		if want := tail.cosine(after); math.Abs(local-want) > 1e-9 {
			t.Errorf("%s: local %.6f, want the tail's cosine with the lines after, %.6f", tc.name, local, want)
		}
		if want := tail.cosine(earlier); math.Abs(internal-want) > 1e-9 {
			t.Errorf("%s: internal %.6f, want the tail's cosine with the earlier lines, %.6f", tc.name, internal, want)
		}
		lex.release()
	}
}
