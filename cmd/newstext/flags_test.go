package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

// TestFlagsAnywhere: flags before, between or after the paths, long or
// short, with "=" or a space or attached, and the one-dash long form of
// Go's flag package, all give the same run.
func TestFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	writeFile(t, a, storyA)
	writeFile(t, b, storyB)
	want := runCmd(t, "", "-o", "jsonl", "--max-size", "1MB", a, b)
	if want.code != 0 || len(decodeJSONL(t, want.stdout)) != 2 {
		t.Fatalf("exit %d, output %q", want.code, want.stdout)
	}
	for _, args := range [][]string{
		{a, b, "-o", "jsonl", "--max-size", "1MB"},
		{a, "-o", "jsonl", b, "--max-size=1MB"},
		{"--output=jsonl", a, "--max-size", "1MB", b},
		{"-ojsonl", a, b, "-max-size", "1MB"},
		{"-o", "jsonl", "-max-size=1MB", a, b},
		{"-qojsonl", "-j", "1", a, b, "--max-size", "1MB"},
		{"-o", "jsonl", "-j2", "--max-size", "1MB", "--", a, b},
	} {
		if got := runCmd(t, "", args...); got != want {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want the output of %q", args, got.code, got.stdout, got.stderr, []string{"-o", "jsonl", "--max-size", "1MB", a, b})
		}
	}
	// After "--", what looks like a flag is a path.
	t.Chdir(dir)
	writeFile(t, filepath.Join(dir, "-o"), storyB)
	res := runCmd(t, "", "-o", "jsonl", "--", "-o")
	if recs := decodeJSONL(t, res.stdout); res.code != 0 || len(recs) != 1 || recs[0].Path != "-o" {
		t.Errorf("-- -o: exit %d, stdout %q; want the file named -o", res.code, res.stdout)
	}
}

func TestGoStyleLongFlags(t *testing.T) {
	c, _ := parseCommand()
	for _, tt := range []struct{ in, want []string }{
		{[]string{"-html", "-max-size", "1MB", "x"}, []string{"--html", "--max-size", "1MB", "x"}},
		{[]string{"-max-size=1MB", "-no-entities"}, []string{"--max-size=1MB", "--no-entities"}},
		// A value is never rewritten: a file named -text after --aliases.
		{[]string{"--aliases", "-text", "-aliases", "-html", "-o", "-html"}, []string{"--aliases", "-text", "--aliases", "-html", "-o", "-html"}},
		{[]string{"-qo", "-html", "-q", "-html"}, []string{"-qo", "-html", "-q", "--html"}},
		// Short flags and unknown names stay as they are.
		{[]string{"-j4", "-ojson", "-v", "-nope", "-"}, []string{"-j4", "-ojson", "-v", "-nope", "-"}},
		{[]string{"--", "-html"}, []string{"--", "-html"}},
	} {
		if got := goStyleLongFlags(c.flags, tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("goStyleLongFlags(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHelp: -h, --help and help print the help on standard output and
// exit 0, for the command and each subcommand.
func TestHelp(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string // the help's first line
	}{
		{[]string{"-h"}, "usage: newstext [flags] [PATH ...]"},
		{[]string{"--help"}, "usage: newstext [flags] [PATH ...]"},
		{[]string{"x.txt", "-o", "json", "--help"}, "usage: newstext [flags] [PATH ...]"},
		{[]string{"help"}, "usage: newstext [flags] [PATH ...]"},
		{[]string{"help", "--help"}, "usage: newstext [flags] [PATH ...]"},
		{[]string{"canon", "-h"}, "usage: newstext canon [--aliases FILE] [NAME ...]"},
		{[]string{"help", "canon"}, "usage: newstext canon [--aliases FILE] [NAME ...]"},
		{[]string{"dupes", "--help"}, "usage: newstext dupes [flags] [PATH ...]"},
		{[]string{"help", "dupes"}, "usage: newstext dupes [flags] [PATH ...]"},
		{[]string{"schema", "-h"}, "usage: newstext schema"},
		{[]string{"version", "--help"}, "usage: newstext version"},
	} {
		res := runCmd(t, "", tt.args...)
		if res.code != 0 || res.stderr != "" || !strings.HasPrefix(res.stdout, tt.want+"\n") {
			t.Errorf("%q: exit %d, stderr %q, stdout %.80q; want 0 and the help on stdout", tt.args, res.code, res.stderr, res.stdout)
		}
		if !strings.Contains(res.stdout, "\nFlags:\n") || !strings.HasSuffix(res.stdout, "print this help\n") {
			t.Errorf("%q: the help does not list the flags:\n%s", tt.args, res.stdout)
		}
	}
	res := runCmd(t, "", "help", "nope")
	if res.code != 2 || res.stdout != "" || !strings.Contains(res.stderr, `unknown command "nope"`) {
		t.Errorf("help nope: exit %d, stdout %q, stderr %q; want 2 and a message", res.code, res.stdout, res.stderr)
	}
	// The help lists every flag of the command.
	help := runCmd(t, "", "--help").stdout
	for _, flag := range []string{"-o, --output FORMAT", "-v, --debug", "--fields LIST", "-j, --jobs N", "--html", "--text", "--aliases FILE",
		"--no-entities", "--no-quotes", "--url URL", "--max-size N", "-q, --quiet", "--version"} {
		if !strings.Contains(help, "\n  "+flag) && !strings.Contains(help, "\n      "+flag) {
			t.Errorf("the help does not list %q", flag)
		}
	}
}

// TestVersion: --version and version print the version from the build
// information: "(devel)" for a test binary, as for "go run".
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}, {"x.txt", "--version"}} {
		res := runCmd(t, "", args...)
		if res.code != 0 || !strings.HasPrefix(res.stdout, "newstext (devel)\nbuilt with go") || res.stderr != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, res.code, res.stdout, res.stderr)
		}
	}
	if v := version(); v != develVersion {
		t.Errorf("version() = %q in a test, want %q", v, develVersion)
	}
	if res := runCmd(t, "", "version", "x"); res.code != 2 {
		t.Errorf("version x: exit %d, want 2", res.code)
	}
}

// TestUnknownFlags: every command rejects a flag it does not have, with a
// line that names it, and prints nothing on standard output.
func TestUnknownFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--nope"}, {"canon", "--nope", "Kiev"}, {"canon", "-x"}, {"dupes", "--nope"}, {"dupes", "-o", "json"},
		{"schema", "--nope"}, {"version", "--nope"},
	} {
		res := runCmd(t, "", args...)
		flag := args[len(args)-1]
		if args[0] == "canon" || args[0] == "dupes" && len(args) == 3 {
			flag = args[1]
		}
		first, _, _ := strings.Cut(res.stderr, "\n")
		if res.code != 2 || res.stdout != "" || !strings.Contains(first, strings.TrimLeft(flag, "-")) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and a first line naming %s", args, res.code, res.stdout, res.stderr, flag)
		}
	}
	// A name that starts with a dash goes after "--".
	if res := runCmd(t, "", "canon", "--", "-Kiev"); res.code != 0 || !strings.HasPrefix(res.stdout, "-Kiev\t") {
		t.Errorf("canon -- -Kiev: exit %d, stdout %q", res.code, res.stdout)
	}
}

// TestFieldsFlag: --fields picks the members of each article; body is
// the paragraphs joined; text the record's.
func TestFieldsFlag(t *testing.T) {
	const page = "<html><head><title>Council agrees budget</title><link rel=canonical href=/budget></head><body><article><h1>Council agrees budget</h1>" +
		"<p>The council met on Tuesday and agreed the budget.</p><p>Jane Roe said \"it is fair\" on Wednesday.</p></article></body></html>"
	dir := t.TempDir()
	path := filepath.Join(dir, "page.html")
	writeFile(t, path, page)
	as, err := (&newstext.Parser{URL: "https://example.com/news/x"}).ParseHTML(strings.NewReader(page))
	if err != nil || len(as) != 1 {
		t.Fatal(len(as), err)
	}
	for _, tt := range []struct {
		flags   []string
		members []string // of the article, in order
		text    bool     // the record carries text
	}{
		{[]string{"--fields", "title,body"}, []string{"title", "body"}, false},
		{[]string{"--fields", "body , paragraphs,text"}, []string{"body", "paragraphs"}, true},
		{[]string{"--fields", "url,site,quotes"}, []string{"site", "url", "quotes"}, false},
		{[]string{"--no-entities"}, []string{"span", "title", "title_span", "site", "url", "teaser", "truncated", "paragraphs", "captions", "removed", "quotes"}, true},
		{[]string{"--no-entities", "--no-quotes"}, []string{"span", "title", "title_span", "site", "url", "teaser", "truncated", "paragraphs", "captions", "removed"}, true},
	} {
		args := append([]string{"-o", "jsonl", "--url", "https://example.com/news/x", path}, tt.flags...)
		res := runCmd(t, "", args...)
		if res.code != 0 {
			t.Fatalf("%q: exit %d, stderr %q", tt.flags, res.code, res.stderr)
		}
		var rec struct {
			Text     *string
			Articles []json.RawMessage
		}
		if err := json.Unmarshal([]byte(res.stdout), &rec); err != nil || len(rec.Articles) != 1 {
			t.Fatalf("%q: %v: %s", tt.flags, err, res.stdout)
		}
		if (rec.Text != nil) != tt.text {
			t.Errorf("%q: record text %v, want it %v", tt.flags, rec.Text != nil, tt.text)
		}
		dec := json.NewDecoder(strings.NewReader(string(rec.Articles[0])))
		dec.Token()
		var members []string
		values := map[string]json.RawMessage{}
		for dec.More() {
			k, _ := dec.Token()
			var v json.RawMessage
			dec.Decode(&v)
			members = append(members, k.(string))
			values[k.(string)] = v
		}
		if !slices.Equal(members, tt.members) {
			t.Errorf("%q: members %q, want %q", tt.flags, members, tt.members)
		}
		if v, ok := values["body"]; ok {
			var body string
			json.Unmarshal(v, &body)
			if body != as[0].Body() || !strings.Contains(body, "budget.\n\nJane Roe") {
				t.Errorf("%q: body %q, want %q", tt.flags, body, as[0].Body())
			}
		}
		if v, ok := values["url"]; ok && string(v) != `"https://example.com/budget"` {
			t.Errorf("%q: url %s, want the canonical address made absolute", tt.flags, v)
		}
	}
}

// TestNoEntitiesText: --no-entities and --no-quotes leave the names and
// the quotes out of the text rendering too.
func TestNoEntitiesText(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "article", "seed-000.txt")
	full := runCmd(t, "", path).stdout
	for _, tt := range []struct {
		flag string
		gone []string
		kept []string
	}{
		{"--no-entities", []string{"\nPeople: ", "\nPlaces: "}, []string{"\nQuotes:\n", "Tammy Bruce (said)"}},
		{"--no-quotes", []string{"\nQuotes:\n"}, []string{"\nPeople: "}},
	} {
		if !strings.Contains(full, tt.gone[0]) {
			t.Fatalf("the full rendering lacks %q", tt.gone[0])
		}
		out := runCmd(t, "", path, tt.flag).stdout
		for _, s := range tt.gone {
			if strings.Contains(out, s) {
				t.Errorf("%s: the output has %q", tt.flag, s)
			}
		}
		for _, s := range tt.kept {
			if !strings.Contains(out, s) {
				t.Errorf("%s: the output lacks %q", tt.flag, s)
			}
		}
	}
}

// TestURLFlag: --url gives a page read from standard input its address
// and, as it names no site, the site's name.
func TestURLFlag(t *testing.T) {
	const page = "<html><head><title>Council agrees budget</title></head><body><article><h1>Council agrees budget</h1>" +
		"<p>The council met on Tuesday and agreed the budget for next year after a long debate.</p></article></body></html>"
	res := runCmd(t, page, "-o", "jsonl", "--url", "https://www.example.org/council")
	if res.code != 0 || !strings.Contains(res.stdout, `"site":"example.org","url":"https://www.example.org/council"`) {
		t.Errorf("exit %d, stdout %s", res.code, res.stdout)
	}
	res = runCmd(t, page, "--url", "https://www.example.org/council")
	if !strings.Contains(res.stdout, "\nexample.org\nhttps://www.example.org/council\n") {
		t.Errorf("text: %s", res.stdout)
	}
}

// TestDocumentURL: a document's own URL (a WARC record's, a JSONL
// line's) overrides the parser's, for that document only.
func TestDocumentURL(t *testing.T) {
	const page = "<html><head><title>Council agrees budget</title></head><body><article><h1>Council agrees budget</h1>" +
		"<p>The council met on Tuesday and agreed the budget for next year after a long debate.</p></article></body></html>"
	p := &newstext.Parser{URL: "https://example.com/from-flag"}
	for _, tt := range []struct{ docURL, want string }{
		{"", "https://example.com/from-flag"},
		{"https://example.org/from-record", "https://example.org/from-record"},
	} {
		_, as, err := parse(p, &source.Doc{Kind: source.HTML, Body: []byte(page), URL: tt.docURL})
		if err != nil || len(as) != 1 {
			t.Fatalf("document url %q: %d articles, %v", tt.docURL, len(as), err)
		}
		if as[0].URL != tt.want {
			t.Errorf("document url %q: URL %q, want %q", tt.docURL, as[0].URL, tt.want)
		}
	}
	if p.URL != "https://example.com/from-flag" {
		t.Errorf("the parser's URL became %q", p.URL)
	}
}
