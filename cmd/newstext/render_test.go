package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newstext/newstext"
)

// sp is a span, short.
func sp(start, end int) newstext.Span { return newstext.Span{Start: start, End: end} }

// rich is a result whose first article has every field a page can give,
// quotes of every kind and entities of every kind; its second is a
// teaser. Made by hand so that the renderings' tests do not depend on the
// parser.
var rich = result{path: "page.html", articles: []newstext.Article{{
	Span:  sp(0, 400),
	Title: "Storm hits coast", TitleSpan: sp(0, 16),
	Byline: "Jane Doe", BylineSpan: sp(17, 28),
	Dateline: "LONDON", DatelineSpan: sp(30, 36),
	Source: "Reuters", SourceSpan: sp(38, 45),
	Published:  "2025-03-15T10:00:00Z",
	Site:       "Example News",
	URL:        "https://example.com/storm?a=1&b=<2>",
	Paragraphs: []newstext.Paragraph{{Text: "A storm hit the coast on Monday.", Span: sp(48, 80)}, {Text: "Bad \x1b[31mbytes\x1b[0m here.", Span: sp(81, 100)}},
	Captions: []newstext.Caption{
		{Text: "Waves. Photo: AFP", Credit: "AFP", Repeats: 2, Span: sp(101, 118)},
		{Text: "The harbour", Repeats: 1, Span: sp(119, 130)},
	},
	Removed: []newstext.Removed{{Text: "Share", Reason: newstext.ReasonWidget, Span: sp(131, 136)}},
	Entities: []newstext.Entity{
		{Name: "Jane Doe", Key: "Jane Doe", Kind: newstext.Person, Mentions: []newstext.Mention{{Text: "Jane Doe", Span: sp(20, 28)}}},
		{Name: "London", Key: "London", Kind: newstext.Place, Mentions: []newstext.Mention{{Text: "LONDON", Span: sp(30, 36)}}},
		{Name: "Reuters", Key: "Reuters", Kind: newstext.Org, Mentions: []newstext.Mention{{Text: "Reuters", Span: sp(38, 45)}}},
		{Name: "Ann Lee", Key: "Ann Lee", Kind: newstext.Person, Mentions: []newstext.Mention{{Text: "Ann Lee", Span: sp(140, 147)}}},
	},
	Quotes: []newstext.Quote{
		{Text: "It was the worst in years,", Span: sp(150, 176), Speaker: "Ann Lee", SpeakerSpan: sp(178, 185), Cue: "said", Repeats: []newstext.Span{sp(300, 326)}},
		{Text: "next steps", Span: sp(200, 210), Partial: true},
		{Text: "We will rebuild", Span: sp(220, 235), Speaker: "Jane Doe", Continued: true},
	},
}, {
	Span: sp(400, 430), Teaser: true, Truncated: true,
	Paragraphs: []newstext.Paragraph{{Text: "Floods spread inland as…", Span: sp(400, 430)}},
}}}

// render returns the output of rs in the format, rendered and written as
// the command renders and writes them.
func render(t *testing.T, format string, opts outputOptions, rs ...result) string {
	t.Helper()
	var buf bytes.Buffer
	f := formats[format](opts)
	w := newStreamWriter(&buf, f.frame)
	for _, r := range rs {
		rr := f.render(r)
		if rr.failed != nil {
			t.Fatal(rr.failed)
		}
		if err := w.write(rr); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestTextRendering(t *testing.T) {
	got := render(t, "text", outputOptions{}, rich, result{path: "empty.txt"}, result{path: "gone.txt", err: os.ErrNotExist})
	want := `== page.html

-- article 1 of 2 --
Storm hits coast
By Jane Doe · LONDON (Reuters) · 2025-03-15T10:00:00Z · Example News
https://example.com/storm?a=1&b=<2>

A storm hit the coast on Monday.

Bad ` + "\uFFFD[31mbytes\uFFFD[0m" + ` here.

Captions:
  Waves. Photo: AFP  [credit AFP; printed 2 times]
  The harbour

Quotes:
  Ann Lee (said): "It was the worst in years,"
  (no speaker): "next steps" (partial)
  Jane Doe: "We will rebuild" (continued)

People: Jane Doe, Ann Lee
Organisations: Reuters
Places: London

-- article 2 of 2 --
(no headline)
(a teaser, cut short)

Floods spread inland as…

== empty.txt
no articles

== gone.txt
error: file does not exist

`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-want +got\n%s", diff)
	}
}

// TestTextDebugRenderingAll: the --debug rendering's lines for what a page
// gives and for quotes (TestTextDebugRendering has the rest).
func TestTextDebugRenderingAll(t *testing.T) {
	got := render(t, "text", outputOptions{debug: true}, rich)
	for _, line := range []string{
		"  published  \"2025-03-15T10:00:00Z\"\n",
		"  site       \"Example News\"\n",
		"  url        \"https://example.com/storm?a=1&b=<2>\"\n",
		"  paragraph  2 81:100 \"Bad \\x1b[31mbytes\\x1b[0m here.\"\n",
		"  removed    widget 131:136 \"Share\"\n",
		"  entity     \"Ann Lee\" person 1 mentions: 140:147 \"Ann Lee\"\n",
		"  quote      1 150:176 \"It was the worst in years,\" speaker=\"Ann Lee\" mention=178:185 cue=\"said\" repeat=300:326\n",
		"  quote      2 200:210 \"next steps\" speaker=\"\" partial\n",
		"  quote      3 220:235 \"We will rebuild\" speaker=\"Jane Doe\" continued\n",
	} {
		if !strings.Contains(got, line) {
			t.Errorf("no line %q in\n%s", line, got)
		}
	}
}

func TestMarkdownRendering(t *testing.T) {
	got := render(t, "markdown", outputOptions{}, rich, result{path: "a--b.txt", err: os.ErrNotExist})
	want := `<!-- newstext: page.html -->

# Storm hits coast

*By Jane Doe · LONDON (Reuters) · 2025-03-15T10:00:00Z · [Example News](<https://example.com/storm?a=1&b=%3C2%3E>)*

A storm hit the coast on Monday.

Bad ` + "\uFFFD\\[31mbytes\uFFFD\\[0m" + ` here.

*Waves. Photo: AFP*

*The harbour*


---

Floods spread inland as…


---

<!-- newstext: a- -b.txt: error: file does not exist -->
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-want +got\n%s", diff)
	}
}

// TestJSONFrame: -o json holds the records of -o jsonl in one array,
// laid out as json.MarshalIndent(records, "", "  ") lays it out, and a
// final newline, for no record, one or several.
func TestJSONFrame(t *testing.T) {
	rs := []result{rich, {path: "empty.txt"}, {path: "gone.txt", err: os.ErrNotExist}}
	for n := range len(rs) + 1 {
		jsonl := render(t, "jsonl", outputOptions{}, rs[:n]...)
		array := "[" + strings.ReplaceAll(strings.TrimSuffix(jsonl, "\n"), "\n", ",") + "]"
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(array), "", "  "); err != nil {
			t.Fatalf("%d records: %v\n%s", n, err, jsonl)
		}
		want.WriteString("\n")
		if got := render(t, "json", outputOptions{}, rs[:n]...); got != want.String() {
			t.Errorf("%d records: got\n%s\nwant\n%s", n, got, want.String())
		}
	}
}

func TestMarkdownEscape(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Plain words, and more.", "Plain words, and more."},
		{"# Not a heading", `\# Not a heading`},
		{"- not a list", `\- not a list`},
		{"+ not a list", `\+ not a list`},
		{"1. Not a list", `1\. Not a list`},
		{"2024) a year", `2024\) a year`},
		{"1.5 million people", "1.5 million people"},
		{"3.", `3\.`},
		{"Page 3. Next", "Page 3. Next"},
		{"= sign", `\= sign`},
		{"a - b # c + d", "a - b # c + d"},
		{"*bold* _it_ `code` [link](x) <b> ![img] a|b ~~s~~ back\\slash", `\*bold\* \_it\_ \` + "`code\\`" + ` \[link\](x) \<b\> \!\[img\] a\|b \~\~s\~\~ back\\slash`},
		{"AT&T &amp; &#38; &#x26; &nope", `AT&T \&amp; \&#38; \&#x26; &nope`},
	} {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadableSeed000: the README's first command shows the story as a
// person reads it: headline, paragraphs, captions with credits, quotes
// with their speakers, names by kind; no spans and no removed lines.
func TestReadableSeed000(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "article", "seed-000.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res := runCmd(t, "", path)
	if res.code != 0 || res.stderr != "" {
		t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
	}
	out := res.stdout
	for _, want := range []string{
		"== " + path + "\n\n-- article 1 of 2 --\nTop US and Russian Diplomats Discuss Next Steps on Ukraine\n\nThe top US and Russian diplomats discussed Saturday",
		"\nCaptions:\n  Russia has momentum in many areas of the front in Ukraine. Handout / Russian Defense Ministry/AFP  [credit Handout / Russian Defense Ministry/AFP; printed 4 times]\n",
		"\nQuotes:\n  (no speaker): \"next steps\" (partial)\n  Tammy Bruce (said): \"discussed next steps\"\n",
		"  Volodymyr Zelensky (told): \"They want to improve their situation on the battlefield,\"\n",
		"\nPeople: Donald Trump, Volodymyr Zelensky, Vladimir Putin, ",
		"\nOrganisations: Russian Defense Ministry, AFP, ",
		"\nPlaces: United States, Ukraine, Russia, Kyiv, ",
		"\n-- article 2 of 2 --\nMacron Speeds up Rafale Warplane Orders as France Invests in Nuclear Deterrence\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// Each paragraph on a line of its own, between blank lines.
	for _, a := range newstext.Parse(string(data)) {
		for _, p := range a.Paragraphs {
			if !strings.Contains(out, "\n\n"+p.Text+"\n\n") && !strings.Contains(out, "\n\n"+p.Text+"\n") {
				t.Errorf("paragraph %q is not a line of its own", p.Text)
			}
		}
		// A repeated headline or caption is printed once, as the
		// headline or the caption; any other removed line not at all.
		for _, r := range a.Removed {
			n := strings.Count(out, "\n"+r.Text+"\n")
			switch r.Reason {
			case newstext.ReasonRepeatedTitle:
				if n != 1 {
					t.Errorf("headline %q printed %d times, want once", r.Text, n)
				}
			case newstext.ReasonRepeatedCaption:
			default:
				if n > 0 {
					t.Errorf("removed line %q (%s) is in the output", r.Text, r.Reason)
				}
			}
		}
	}
	if strings.Contains(out, "520:677") || strings.Contains(out, "removed") {
		t.Errorf("spans or removed lines in the readable rendering:\n%s", out)
	}
}

// TestRenderLater checks that a result of more than renderLater bytes of
// input is left to be rendered at its turn, straight to the output, and
// that the output is the bytes a rendering ahead of time gives.
func TestRenderLater(t *testing.T) {
	big := rich
	big.articles = slices.Clone(rich.articles)
	big.articles[1].Span = sp(400, 400+renderLater)
	for _, format := range []string{"text", "markdown", "json", "jsonl"} {
		f := formats[format](outputOptions{})
		if rr := f.render(big); rr.later == nil || rr.out != nil {
			t.Errorf("%s: a result of %d bytes of input was rendered ahead of its turn", format, inputBytes(big))
		}
		if rr := f.render(rich); rr.later != nil {
			t.Errorf("%s: a result of %d bytes of input was left to be rendered later", format, inputBytes(rich))
		}
		var early bytes.Buffer
		if err := f.write(&early, big); err != nil {
			t.Fatal(err)
		}
		want := f.frame.open + early.String() + f.frame.after + f.frame.close
		if got := render(t, format, outputOptions{}, big); got != want {
			t.Errorf("%s: rendered later:\n%s", format, cmp.Diff(want, got))
		}
	}
}
