package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newstext/newstext"
)

// invocation is the outcome of one call of run.
type invocation struct {
	code           int
	stdout, stderr string
}

func runCmd(t *testing.T, stdin string, args ...string) invocation {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return invocation{code, stdout.String(), stderr.String()}
}

// jsonRecord is a record as a consumer decodes it, with the articles kept
// as raw JSON.
type jsonRecord struct {
	Path     string          `json:"path"`
	URL      string          `json:"url"`
	Date     string          `json:"date"`
	ID       string          `json:"id"`
	Text     *string         `json:"text"`
	Articles json.RawMessage `json:"articles"`
	Error    *string         `json:"error"`
}

func decodeJSONL(t *testing.T, out string) []jsonRecord {
	t.Helper()
	var recs []jsonRecord
	for line := range strings.Lines(out) {
		var r jsonRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line %q is not a JSON object: %v", line, err)
		}
		recs = append(recs, r)
	}
	return recs
}

func paths(recs []jsonRecord) []string {
	var ps []string
	for _, r := range recs {
		ps = append(ps, r.Path)
	}
	return ps
}

// wantArticles checks that rec holds exactly the articles newstext.Parse
// finds in text, whatever the parser does.
func wantArticles(t *testing.T, rec jsonRecord, text string) {
	t.Helper()
	if rec.Error != nil {
		t.Errorf("%s: unexpected error %q", rec.Path, *rec.Error)
		return
	}
	sameArticles(t, rec, newstext.Parse(text))
}

// sameArticles checks that rec's articles are want, as the command writes
// them.
func sameArticles(t *testing.T, rec jsonRecord, want []newstext.Article) {
	t.Helper()
	if want == nil {
		want = []newstext.Article{}
	}
	wantJSON, err := encodeCompact(want)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := json.Compact(&got, rec.Articles); err != nil {
		t.Fatalf("%s: articles: %v", rec.Path, err)
	}
	if !bytes.Equal(got.Bytes(), wantJSON) {
		t.Errorf("%s: articles\ngot  %.300s\nwant %.300s", rec.Path, got.Bytes(), wantJSON)
	}
}

// encodeCompact returns v as compact JSON with "<", ">" and "&" as they
// are, as the command writes it.
func encodeCompact(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const (
	storyA = "Storm hits coast\nBy Jane Doe\n\nLONDON (Reuters) - A storm hit the coast on Monday.\nShare on Facebook\n"
	storyB = "Markets rally\n\nStocks rose\u00a0sharply on Tuesday, traders said.\n"
)

func TestJSONLOrderAndMissingFile(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "b-first.txt"), filepath.Join(dir, "a-second.txt")
	missing := filepath.Join(dir, "missing.txt")
	writeFile(t, a, storyA)
	writeFile(t, b, storyB)

	for _, jobs := range []string{"1", "4"} {
		t.Run("j"+jobs, func(t *testing.T) {
			res := runCmd(t, "", "-o", "jsonl", "-j", jobs, a, missing, b)
			if res.code != 1 {
				t.Errorf("exit status %d, want 1", res.code)
			}
			recs := decodeJSONL(t, res.stdout)
			if got, want := paths(recs), []string{a, missing, b}; !slices.Equal(got, want) {
				t.Fatalf("paths %q, want %q (input order)", got, want)
			}
			wantArticles(t, recs[0], storyA)
			wantArticles(t, recs[2], storyB)

			m := recs[1]
			wantErr := "reading " + missing + ": no such file or directory"
			if m.Error == nil || *m.Error != wantErr {
				t.Errorf("missing file: error %v, want %q", m.Error, wantErr)
			}
			if m.Articles != nil {
				t.Errorf("missing file: articles %s, want none", m.Articles)
			}
			if want := "newstext: " + wantErr + "\n"; res.stderr != want {
				t.Errorf("stderr %q, want %q", res.stderr, want)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	for _, args := range [][]string{
		{"-o", "jsonl"},
		{"-o", "jsonl", "-"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			res := runCmd(t, storyB, args...)
			if res.code != 0 || res.stderr != "" {
				t.Fatalf("exit status %d, stderr %q", res.code, res.stderr)
			}
			recs := decodeJSONL(t, res.stdout)
			if len(recs) != 1 || recs[0].Path != "-" {
				t.Fatalf("got %q, want one record for path \"-\"", paths(recs))
			}
			wantArticles(t, recs[0], storyB)
		})
	}
}

func TestStdinTwice(t *testing.T) {
	// Standard input is read once; each "-" gets the same text.
	res := runCmd(t, storyA, "-o", "jsonl", "-", "-")
	recs := decodeJSONL(t, res.stdout)
	if res.code != 0 || len(recs) != 2 {
		t.Fatalf("exit status %d, %d records, want 0 and 2", res.code, len(recs))
	}
	for _, r := range recs {
		wantArticles(t, r, storyA)
	}
}

func TestDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"b.txt", "a.html", "c.htm", "d.md", "e.TXT", "notes", "x.json",
		"sub/z.txt", "sub/a.txt", "sub/deeper/m.htm", "sub/skip.go",
		"zz/last.html",
	} {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), "Text of "+name+"\n")
	}
	res := runCmd(t, "", "-o", "jsonl", dir)
	if res.code != 0 {
		t.Fatalf("exit status %d, stderr %q", res.code, res.stderr)
	}
	var want []string
	for _, name := range []string{
		"a.html", "b.txt", "c.htm", "e.TXT",
		"sub/a.txt", "sub/deeper/m.htm", "sub/z.txt",
		"zz/last.html",
	} {
		want = append(want, filepath.Join(dir, filepath.FromSlash(name)))
	}
	recs := decodeJSONL(t, res.stdout)
	if got := paths(recs); !slices.Equal(got, want) {
		t.Errorf("paths\ngot  %q\nwant %q", got, want)
	}
	for _, r := range recs {
		rel, _ := filepath.Rel(dir, r.Path)
		wantArticles(t, r, "Text of "+filepath.ToSlash(rel)+"\n")
	}

	// A file named on the command line is read whatever its name.
	md := filepath.Join(dir, "d.md")
	recs = decodeJSONL(t, runCmd(t, "", "-o", "jsonl", md).stdout)
	if len(recs) != 1 || recs[0].Path != md {
		t.Errorf("named file: got %q, want [%q]", paths(recs), md)
	}
}

func TestUnreadableDirectory(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("permissions do not apply to root")
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), storyA)
	locked := filepath.Join(dir, "locked")
	writeFile(t, filepath.Join(locked, "x.txt"), storyB)
	writeFile(t, filepath.Join(dir, "z.txt"), storyB)
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })

	res := runCmd(t, "", "-o", "jsonl", dir)
	if res.code != 1 {
		t.Errorf("exit status %d, want 1", res.code)
	}
	recs := decodeJSONL(t, res.stdout)
	want := []string{filepath.Join(dir, "a.txt"), locked, filepath.Join(dir, "z.txt")}
	if got := paths(recs); !slices.Equal(got, want) {
		t.Fatalf("paths %q, want %q", got, want)
	}
	wantErr := "reading " + locked + ": permission denied"
	if e := recs[1].Error; e == nil || *e != wantErr {
		t.Errorf("locked directory: error %v, want %q", e, wantErr)
	}
	if !strings.Contains(res.stderr, "newstext: "+wantErr+"\n") {
		t.Errorf("stderr %q does not report the locked directory", res.stderr)
	}
}

// TestParallelIdentical checks that the output does not depend on -j, in
// every format (and with the flags that change a format's rendering), and
// that it is in input order.
func TestParallelIdentical(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 30 {
		// Sizes vary so that the workers finish out of order.
		text := fmt.Sprintf("Story %d\n\n%s", i, strings.Repeat(fmt.Sprintf("Paragraph of story %d.\n\n", i), 1+(i*37)%200))
		name := filepath.Join(dir, fmt.Sprintf("s%02d.txt", i))
		writeFile(t, name, text)
		want = append(want, name)
	}
	missing := filepath.Join(dir, "missing.txt")
	for _, output := range [][]string{
		{"-o", "text"}, {"-o", "text", "--debug"}, {"-o", "markdown"},
		{"-o", "json"}, {"-o", "jsonl"}, {"-o", "jsonl", "--fields", "title,body,text"},
	} {
		t.Run(strings.Join(output, " "), func(t *testing.T) {
			args := func(jobs string) []string { return slices.Concat(output, []string{"-j", jobs, dir, missing}) }
			serial := runCmd(t, "", args("1")...)
			if serial.code != 1 {
				t.Fatalf("-j 1: exit status %d, want 1", serial.code)
			}
			for range 3 {
				par := runCmd(t, "", args("4")...)
				if par != serial {
					t.Fatalf("-j 4 differs from -j 1:\n-j 1: %+v\n-j 4: %+v", serial, par)
				}
			}
		})
	}
	recs := decodeJSONL(t, runCmd(t, "", "-o", "jsonl", "-j", "4", dir).stdout)
	if got := paths(recs); !slices.Equal(got, want) {
		t.Errorf("paths\ngot  %q\nwant %q", got, want)
	}
}

func TestJSONIsArrayOfJSONLRecords(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	writeFile(t, a, storyA)
	missing := filepath.Join(dir, "missing.txt")

	jsonl := runCmd(t, storyB, "-o", "jsonl", a, missing, "-")
	js := runCmd(t, storyB, "-o", "json", a, missing, "-")
	if js.code != 1 || js.stderr != jsonl.stderr {
		t.Errorf("-o json: exit status %d, stderr %q; want 1, %q", js.code, js.stderr, jsonl.stderr)
	}
	var arr []json.RawMessage
	if err := json.Unmarshal([]byte(js.stdout), &arr); err != nil {
		t.Fatalf("-o json output is not a JSON array: %v\n%s", err, js.stdout)
	}
	lines := slices.Collect(strings.Lines(jsonl.stdout))
	if len(arr) != len(lines) {
		t.Fatalf("-o json has %d elements, -o jsonl %d lines", len(arr), len(lines))
	}
	for i := range arr {
		var c bytes.Buffer
		json.Compact(&c, arr[i])
		if got, want := c.String(), strings.TrimSuffix(lines[i], "\n"); got != want {
			t.Errorf("element %d:\n-o json  %s\n-o jsonl %s", i, got, want)
		}
	}
	if !strings.HasPrefix(js.stdout, "[\n  {") || !strings.HasSuffix(js.stdout, "}\n]\n") {
		t.Errorf("-o json is not indented as expected:\n%s", js.stdout)
	}

	// An empty directory is an input with nothing to read: an error
	// record, one line on standard error, exit status 1.
	dir = t.TempDir()
	empty := runCmd(t, "", "-o", "json", dir)
	wantErr := "reading " + dir + ": no input: no file in the directory has a name that is read"
	if empty.code != 1 || !strings.HasPrefix(empty.stderr, "newstext: "+wantErr) || strings.Count(empty.stderr, "\n") != 1 ||
		!strings.Contains(empty.stdout, `"error": "`+wantErr) {
		t.Errorf("empty directory: exit status %d, stderr %q, output %q; want 1, one line and an error record", empty.code, empty.stderr, empty.stdout)
	}
}

var snakeCase = regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`)

// checkKeys checks that every object key in v is snake_case and records
// in seen the keys of the objects at each path ("articles.paragraphs").
func checkKeys(t *testing.T, v any, path string, seen map[string]map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		if seen[path] == nil {
			seen[path] = map[string]bool{}
		}
		for k, x := range v {
			if !snakeCase.MatchString(k) {
				t.Errorf("key %q at %q is not snake_case", k, path)
			}
			seen[path][k] = true
			checkKeys(t, x, strings.TrimPrefix(path+"."+k, "."), seen)
		}
	case []any:
		for _, x := range v {
			checkKeys(t, x, path, seen)
		}
	}
}

func TestJSONKeys(t *testing.T) {
	res := runCmd(t, storyA+"\n"+storyB, "-o", "json")
	if res.code != 0 {
		t.Fatalf("exit status %d, stderr %q", res.code, res.stderr)
	}
	var v any
	if err := json.Unmarshal([]byte(res.stdout), &v); err != nil {
		t.Fatal(err)
	}
	seen := map[string]map[string]bool{}
	checkKeys(t, v, "", seen)
	for path, keys := range map[string][]string{
		"":                    {"path", "articles"},
		"articles":            {"span", "title", "teaser", "truncated", "paragraphs", "captions", "removed"},
		"articles.paragraphs": {"text", "span"},
	} {
		for _, k := range keys {
			if !seen[path][k] {
				t.Errorf("no key %q at %q; keys there: %v", k, path, seen[path])
			}
		}
	}
	// A span is [start, end].
	arts := v.([]any)[0].(map[string]any)["articles"].([]any)
	if span, ok := arts[0].(map[string]any)["span"].([]any); !ok || len(span) != 2 {
		t.Errorf("article span is %v, want [start, end]", arts[0].(map[string]any)["span"])
	}
}

func TestTextDebug(t *testing.T) {
	text := "Café\u200b news\n"
	res := runCmd(t, text, "-o", "text", "-v", "-", filepath.Join(t.TempDir(), "missing.txt"))
	if res.code != 1 {
		t.Errorf("exit status %d, want 1", res.code)
	}
	if !strings.HasPrefix(res.stdout, "== -\narticle 1 of ") {
		t.Errorf("output does not start with the header and the first article:\n%s", res.stdout)
	}
	for _, a := range newstext.Parse(text) {
		for j, p := range a.Paragraphs {
			line := fmt.Sprintf("paragraph  %d %d:%d %q\n", j+1, p.Span.Start, p.Span.End, p.Text)
			if !strings.Contains(res.stdout, line) {
				t.Errorf("output has no line %q:\n%s", line, res.stdout)
			}
		}
	}
	if !strings.Contains(res.stdout, "missing.txt\nerror: reading ") {
		t.Errorf("output does not report the missing file:\n%s", res.stdout)
	}
}

// handMade is a result with an article of every field and a teaser, made
// by hand so that the renderings' tests do not depend on the parser.
var handMade = result{path: "x.txt", articles: []newstext.Article{{
	Span:  newstext.Span{Start: 0, End: 200},
	Title: "Storm\u00a0hits", TitleSpan: newstext.Span{Start: 0, End: 10},
	Byline: "Jane Doe", BylineSpan: newstext.Span{Start: 11, End: 22},
	Dateline: "LONDON", DatelineSpan: newstext.Span{Start: 24, End: 30},
	Source: "Reuters", SourceSpan: newstext.Span{Start: 32, End: 39},
	Truncated:  true,
	Paragraphs: []newstext.Paragraph{{Text: "A storm hit.", Span: newstext.Span{Start: 43, End: 55}}},
	Captions:   []newstext.Caption{{Text: "Waves. Photo: AFP", Credit: "AFP", Repeats: 2, Span: newstext.Span{Start: 60, End: 77}}},
	Removed:    []newstext.Removed{{Text: "Share", Reason: newstext.ReasonWidget, Span: newstext.Span{Start: 80, End: 85}}},
}, {
	Span: newstext.Span{Start: 200, End: 230}, Teaser: true, Truncated: true,
}}}

// TestTextDebugRendering: the --debug rendering of every field.
func TestTextDebugRendering(t *testing.T) {
	got := render(t, "text", outputOptions{debug: true}, handMade, result{path: "empty.txt"})
	want := `== x.txt
article 1 of 2, 0:200
  title      0:10 "Storm\u00a0hits"
  byline     11:22 "Jane Doe"
  dateline   24:30 "LONDON"
  source     32:39 "Reuters"
  truncated
  paragraph  1 43:55 "A storm hit."
  caption    1 60:77 "Waves. Photo: AFP" credit="AFP" repeats=2
  removed    widget 80:85 "Share"
article 2 of 2, 200:230
  title      (none)
  teaser truncated

== empty.txt
no articles

`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		name   string
		args   []string
		stderr string // a line stderr must contain
	}{
		{"unknown format", []string{"-o", "xml"}, "newstext: unknown output format \"xml\" (want text, markdown, json or jsonl)\n"},
		{"unknown flag", []string{"-x"}, "newstext: unknown shorthand flag: 'x' in -x\n"},
		{"unknown long flag", []string{"--xml"}, "newstext: unknown flag: --xml\n"},
		{"bad -j", []string{"-j", "zero"}, "newstext: invalid argument \"zero\" for \"-j, --jobs\" flag"},
		{"zero -j", []string{"-j", "0"}, "newstext: --jobs 0: need at least 1\n"},
		{"--html and --text", []string{"--html", "--text"}, "newstext: --html and --text cannot both be set\n"},
		{"-html and -text, as Go's flag package writes them", []string{"-html", "-text"}, "newstext: --html and --text cannot both be set\n"},
		{"--debug with json", []string{"-v", "-o", "json"}, "newstext: --debug goes with -o text\n"},
		{"--fields with text", []string{"--fields", "title"}, "newstext: --fields goes with -o json or -o jsonl\n"},
		{"unknown field", []string{"-o", "json", "--fields", "title,nope"}, "newstext: --fields: unknown field \"nope\" (want span, title,"},
		{"no field", []string{"-o", "json", "--fields", ","}, "newstext: --fields: no field named\n"},
		{"field turned off", []string{"-o", "json", "--fields", "title,quotes", "--no-quotes"}, "newstext: --fields quotes with --no-quotes\n"},
		{"--url for two inputs", []string{"--url", "https://example.com/", "-", "-"}, "newstext: --url names the address of one page; 2 inputs given\n"},
		{"--url for a directory", []string{"--url", "https://example.com/", "."}, "newstext: --url names the address of one page; . is a directory\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := runCmd(t, "", tt.args...)
			if res.code != 2 {
				t.Errorf("exit status %d, want 2", res.code)
			}
			// The reason on the first line, then the synopsis and where
			// the help is.
			if !strings.HasPrefix(res.stderr, tt.stderr) {
				t.Errorf("stderr %q does not start with %q", res.stderr, tt.stderr)
			}
			if lines := strings.Split(res.stderr, "\n"); len(lines) != 5 || !strings.HasPrefix(lines[1], "usage: newstext [flags] [PATH ...]") ||
				lines[3] != "Run 'newstext --help' for the flags." {
				t.Errorf("stderr %q: want the reason, the synopsis (2 lines) and the help's name", res.stderr)
			}
			if res.stdout != "" {
				t.Errorf("stdout %q, want none", res.stdout)
			}
		})
	}
}

func TestFileNamedLikeSubcommand(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "canon"), storyA)
	t.Chdir(dir)
	res := runCmd(t, "", "-o", "jsonl", "./canon")
	if res.code != 0 {
		t.Fatalf("exit status %d, stderr %q", res.code, res.stderr)
	}
	recs := decodeJSONL(t, res.stdout)
	if len(recs) != 1 || recs[0].Path != "./canon" {
		t.Fatalf("got %q, want [\"./canon\"]", paths(recs))
	}
	wantArticles(t, recs[0], storyA)
}

func TestCanon(t *testing.T) {
	res := runCmd(t, "", "canon", "Zelenskyy", "Mr. Zelensky's", "Kiev")
	want := "Zelenskyy\tVolodymyr Zelensky\nMr. Zelensky's\tVolodymyr Zelensky\nKiev\tKyiv\n"
	if res.code != 0 || res.stdout != want {
		t.Errorf("canon args: exit %d, stdout %q; want 0, %q", res.code, res.stdout, want)
	}
	res = runCmd(t, "Donbass\r\n\nPutin\n", "canon")
	want = "Donbass\tDonbas\nPutin\tVladimir Putin\n"
	if res.code != 0 || res.stdout != want {
		t.Errorf("canon stdin: exit %d, stdout %q; want 0, %q", res.code, res.stdout, want)
	}
}

// TestCanonBatch: canon keys its names as one batch: a bare surname takes
// the key of the one full name in the list with it, from the arguments
// and from standard input alike.
func TestCanonBatch(t *testing.T) {
	want := "Nadiia Hrytsiuk\t~nda hratsak\nHrytsiuk\t~nda hratsak\n"
	if res := runCmd(t, "", "canon", "Nadiia Hrytsiuk", "Hrytsiuk"); res.code != 0 || res.stdout != want {
		t.Errorf("canon args: exit %d, stdout %q; want 0, %q", res.code, res.stdout, want)
	}
	if res := runCmd(t, "", "canon", "Hrytsiuk"); res.stdout != "Hrytsiuk\t~hratsak\n" {
		t.Errorf("canon alone: stdout %q; want the bare surname's own key", res.stdout)
	}
	if res := runCmd(t, "Nadiia Hrytsiuk\nHrytsiuk\n", "canon"); res.code != 0 || res.stdout != want {
		t.Errorf("canon stdin: exit %d, stdout %q; want 0, %q", res.code, res.stdout, want)
	}
}

// TestAliasesFlag: -aliases adds a user's table for canon and for the
// articles' entities; a missing or bad table is bad usage, named.
func TestAliasesFlag(t *testing.T) {
	dir := t.TempDir()
	table := filepath.Join(dir, "aliases.txt")
	writeFile(t, table, "place: Pokrovsk | Krasnoarmeysk\n")
	res := runCmd(t, "", "canon", "-aliases", table, "Krasnoarmeysk", "Kiev")
	if want := "Krasnoarmeysk\tPokrovsk\nKiev\tKyiv\n"; res.code != 0 || res.stdout != want {
		t.Errorf("canon -aliases: exit %d, stdout %q; want 0, %q", res.code, res.stdout, want)
	}
	if res := runCmd(t, "", "canon", "Krasnoarmeysk"); strings.Contains(res.stdout, "Pokrovsk") {
		t.Errorf("canon without -aliases: %q; want the table's alias unknown", res.stdout)
	}
	story := filepath.Join(dir, "story.txt")
	writeFile(t, story, "Shelling hit Krasnoarmeysk overnight, officials said on Tuesday in a statement.\n")
	res = runCmd(t, "", "-o", "jsonl", "-aliases", table, story)
	if res.code != 0 || !strings.Contains(res.stdout, `"name":"Pokrovsk"`) {
		t.Errorf("-aliases: exit %d, stdout %s; want an entity named Pokrovsk", res.code, res.stdout)
	}
	bad := filepath.Join(dir, "bad.txt")
	writeFile(t, bad, "planet: Mars\n")
	for _, args := range [][]string{{"-aliases", bad, story}, {"--aliases", filepath.Join(dir, "none.txt"), story}, {"canon", "--aliases=" + bad, "x"}} {
		res := runCmd(t, "", args...)
		if res.code != 2 || !strings.Contains(res.stderr, "-aliases") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and a line naming -aliases", args, res.code, res.stderr)
		}
	}
}

func TestDupes(t *testing.T) {
	dir := t.TempDir()
	story := "The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year, as wage growth slowed and energy prices eased.\n"
	writeFile(t, filepath.Join(dir, "a.txt"), story)
	writeFile(t, filepath.Join(dir, "b.txt"), "The city council approved a new budget for road repairs on Monday after a long debate.\n")
	writeFile(t, filepath.Join(dir, "c.txt"), "LONDON (Reuters) - "+story)
	empty := filepath.Join(dir, "d.txt")
	writeFile(t, empty, "")
	missing := filepath.Join(dir, "missing.txt")
	res := runCmd(t, "", "dupes", dir, missing)
	if want := filepath.Join(dir, "a.txt") + "\t" + filepath.Join(dir, "c.txt") + "\n"; res.stdout != want {
		t.Errorf("stdout %q, want %q", res.stdout, want)
	}
	if want := "newstext: reading " + empty + ": no input: the file is empty\nnewstext: reading " + missing + ": no such file or directory\n"; res.code != 1 || res.stderr != want {
		t.Errorf("exit %d, stderr %q: want 1 and %q", res.code, res.stderr, want)
	}
	if res := runCmd(t, "", "dupes", "--threshold", "0", dir); res.code != 2 || !strings.Contains(res.stderr, "--threshold") {
		t.Errorf("-threshold 0: exit %d, stderr %q; want 2 and a message", res.code, res.stderr)
	}
}

// TestHTMLInput: an input that opens like an HTML page is parsed as HTML
// whatever its name; -text and -html override the content.
func TestHTMLInput(t *testing.T) {
	const page = "<!DOCTYPE html><html><head><title>Council agrees budget</title></head><body>" +
		"<nav><a href=\"/\">Home</a></nav><article><h1>Council agrees budget</h1>" +
		"<p>The council met on Tuesday and agreed the budget for next year after a long debate.</p>" +
		"<figure><img src=\"a.jpg\"><figcaption>The council chamber on Tuesday (Photo: Jane Doe)</figcaption></figure>" +
		"<p>Members voted by a wide margin, and the mayor said the plan would hold taxes flat.</p></article></body></html>"
	dir := t.TempDir()
	path := filepath.Join(dir, "page.txt") // the name says text, the content HTML
	writeFile(t, path, page)
	type rec struct {
		Articles []struct {
			Title      string
			Paragraphs []struct{ Text string }
			Captions   []struct{ Text string }
		}
	}
	decode := func(out string) rec {
		t.Helper()
		var r rec
		if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &r); err != nil {
			t.Fatalf("%v in %q", err, out)
		}
		return r
	}
	for _, args := range [][]string{{"-o", "jsonl", path}, {"-o", "jsonl", "-html", path}} {
		res := runCmd(t, "", args...)
		if res.code != 0 {
			t.Fatalf("%q: exit status %d, stderr %q", args, res.code, res.stderr)
		}
		r := decode(res.stdout)
		if len(r.Articles) != 1 || r.Articles[0].Title != "Council agrees budget" ||
			len(r.Articles[0].Paragraphs) != 2 || len(r.Articles[0].Captions) != 1 {
			t.Errorf("%q: got %+v, want the headline, two paragraphs and one caption", args, r)
		}
	}
	res := runCmd(t, "", "-o", "jsonl", "-text", path)
	if res.code != 0 {
		t.Fatalf("-text: exit status %d, stderr %q", res.code, res.stderr)
	}
	if r := decode(res.stdout); len(r.Articles) == 0 || !strings.Contains(r.Articles[0].Paragraphs[0].Text, "<") {
		t.Errorf("-text: got %+v, want the markup read as text", r)
	}
}
