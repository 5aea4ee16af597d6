package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/newstext/newstext"
	"golang.org/x/text/encoding/unicode"
)

// livePage returns a live page: a headline and n <article> updates, each
// a heading and a paragraph, inside <main>.
func livePage(n int) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Live: storm updates</title></head><body><main><h1>Live: storm updates</h1>")
	for i := range n {
		fmt.Fprintf(&b, "<article><h2>Update %d: the river rose again</h2><p>Officials said at %d minutes past the hour that the river had risen by another few centimetres and that the roads near the bridge would stay closed overnight.</p></article>", i, i)
	}
	b.WriteString("</main></body></html>")
	return b.String()
}

// TestJSONLivePageTextOnce: a page with thousands of <article> updates
// gives output of the order of the page, not articles × page: the
// extracted text is on the record once, not on every article.
func TestJSONLivePageTextOnce(t *testing.T) {
	page := livePage(2000)
	path := filepath.Join(t.TempDir(), "live.html")
	writeFile(t, path, page)
	as, err := newstext.ParseHTML(strings.NewReader(page))
	if err != nil || len(as) < 1000 {
		t.Fatalf("ParseHTML: %d articles, error %v; want one per update", len(as), err)
	}
	text := as[0].Text

	for _, format := range []string{"jsonl", "json"} {
		t.Run(format, func(t *testing.T) {
			res := runCmd(t, "", "-o", format, path)
			if res.code != 0 {
				t.Fatalf("exit status %d, stderr %q", res.code, res.stderr)
			}
			if len(res.stdout) > 5*len(page) {
				t.Errorf("output is %d bytes for a page of %d, want less than 5 times the page", len(res.stdout), len(page))
			}
			type record struct {
				Path     string                       `json:"path"`
				Text     string                       `json:"text"`
				Articles []map[string]json.RawMessage `json:"articles"`
			}
			var recs []record
			if format == "json" {
				if err := json.Unmarshal([]byte(res.stdout), &recs); err != nil {
					t.Fatalf("-o json output is not a JSON array: %v", err)
				}
			} else {
				for line := range strings.Lines(res.stdout) {
					var r record
					if err := json.Unmarshal([]byte(line), &r); err != nil {
						t.Fatalf("line %.80q: %v", line, err)
					}
					recs = append(recs, r)
				}
			}
			if len(recs) != 1 {
				t.Fatalf("%d records, want 1", len(recs))
			}
			r := recs[0]
			if r.Text != text {
				t.Errorf("record text is %d bytes, want the %d bytes of the extracted text", len(r.Text), len(text))
			}
			if len(r.Articles) != len(as) {
				t.Errorf("%d articles, want %d", len(r.Articles), len(as))
			}
			for i, a := range r.Articles {
				if _, ok := a["text"]; ok {
					t.Fatalf("article %d has its own \"text\"; want it on the record only", i)
				}
			}
			// The text is written once; each article's paragraph
			// repeats one line of it, not the whole of it.
			if n := strings.Count(res.stdout, `Live: storm updates\n\nUpdate 0`); n != 1 {
				t.Errorf("the text's opening appears %d times, want 1", n)
			}
		})
	}
}

// TestJSONIndentLayout: -o json, streamed a piece at a time, is exactly
// the indented JSON encoding/json gives for the array of records (with
// "<", ">" and "&" as they are), for every kind of record.
func TestJSONIndentLayout(t *testing.T) {
	dir := t.TempDir()
	const page = "<html><head><title>Council agrees budget</title></head><body><article><h1>Council agrees budget</h1>" +
		"<p>The council met on Tuesday and agreed the budget for next year after a long debate &amp; a vote.</p></article></body></html>"
	files := map[string]string{
		"a.txt":       storyA,
		"b.html":      page,
		"c.txt":       "",
		"d-utf16.txt": utf16(t, unicode.LittleEndian, storyB),
	}
	for name, data := range files {
		writeFile(t, filepath.Join(dir, name), data)
	}
	missing := filepath.Join(dir, "missing.txt")

	type record struct {
		SchemaVersion int                `json:"schema_version"`
		Path          string             `json:"path"`
		Text          string             `json:"text,omitempty"`
		Articles      []newstext.Article `json:"articles,omitzero"`
		Error         string             `json:"error,omitempty"`
	}
	clearText := func(as []newstext.Article) []newstext.Article {
		as = slices.Clone(as)
		if as == nil {
			as = []newstext.Article{}
		}
		for i := range as {
			as[i].Text = ""
		}
		return as
	}
	htmlArts, err := newstext.ParseHTML(strings.NewReader(page))
	if err != nil || len(htmlArts) == 0 {
		t.Fatalf("ParseHTML: %d articles, %v", len(htmlArts), err)
	}
	want := []record{
		{SchemaVersion: 1, Path: filepath.Join(dir, "a.txt"), Articles: clearText(newstext.Parse(storyA))},
		{SchemaVersion: 1, Path: filepath.Join(dir, "b.html"), Text: htmlArts[0].Text, Articles: clearText(htmlArts)},
		{SchemaVersion: 1, Path: filepath.Join(dir, "c.txt"), Error: "reading " + filepath.Join(dir, "c.txt") + ": no input: the file is empty"},
		{SchemaVersion: 1, Path: filepath.Join(dir, "d-utf16.txt"), Text: storyB, Articles: clearText(newstext.Parse(storyB))},
		{SchemaVersion: 1, Path: missing, Error: "reading " + missing + ": no such file or directory"},
	}
	var wantOut bytes.Buffer
	enc := json.NewEncoder(&wantOut)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(want); err != nil {
		t.Fatal(err)
	}

	res := runCmd(t, "", "-o", "json", dir, missing)
	if res.code != 1 {
		t.Errorf("exit status %d, want 1", res.code)
	}
	if res.stdout != wantOut.String() {
		t.Errorf("-o json\ngot\n%s\nwant\n%s", res.stdout, wantOut.String())
	}
}

// TestWriteString: a string written in pieces encodes as encoding/json
// encodes it whole, whatever falls at the cuts.
func TestWriteString(t *testing.T) {
	pad := func(n int) string { return strings.Repeat("a", n) }
	for _, tt := range []struct {
		name, s string
	}{
		{"empty", ""},
		{"escapes", "say \"hi\"\n\t\\ <b>&amp;</b> \x00\x1f \u2028\u2029"},
		{"ascii over three pieces", strings.Repeat("line \"q\"\n", 3*stringChunk/9)},
		{"two-byte rune across the cut", pad(stringChunk-1) + "é" + pad(10)},
		{"three-byte rune across the cut", pad(stringChunk-2) + "€" + pad(10)},
		{"four-byte rune across the cut", pad(stringChunk-3) + "😀" + pad(10)},
		{"four-byte rune ending at the cut", pad(stringChunk-4) + "😀" + pad(10)},
		{"truncated sequence at the cut", pad(stringChunk-3) + "\xf0\x9f\x98" + "x" + pad(10)},
		{"lead byte then stray continuation bytes", pad(stringChunk-5) + "\xf0\x9f\x98\x80\x80\x80\x80" + pad(10)},
		{"continuation bytes across the cut", pad(stringChunk-8) + strings.Repeat("\x80", 16) + pad(10)},
		{"runes throughout", strings.Repeat("Zürich – “Kyiv” 😀 ", stringChunk/5)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := encodeCompact(tt.s)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			jw := newJSONRecordWriter(&buf, false, nil)
			if err := jw.writeString(tt.s); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				i := 0
				for i < min(buf.Len(), len(want)) && buf.Bytes()[i] == want[i] {
					i++
				}
				t.Errorf("differs from encoding/json at byte %d: got %.40q, want %.40q", i, buf.Bytes()[i:], want[i:])
			}
		})
	}
}

// utf16 returns s encoded as UTF-16 with a byte order mark.
func utf16(t *testing.T, e unicode.Endianness, s string) string {
	t.Helper()
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestUTF16Input: UTF-16 with a byte order mark is sniffed as HTML by its
// decoded head and, as text, decoded to UTF-8 before parsing; the record
// then carries the decoded text, which the spans index. A UTF-8 byte order
// mark on text input is kept as it is.
func TestUTF16Input(t *testing.T) {
	const page = "<!DOCTYPE html><html><head><title>Council agrees budget</title></head><body><article><h1>Council agrees budget</h1>" +
		"<p>The council met on Tuesday and agreed the budget for next year after a long debate.</p>" +
		"<p>Members voted by a wide margin, and the mayor said the plan would hold taxes flat.</p></article></body></html>"
	htmlArts, err := newstext.ParseHTML(strings.NewReader(page))
	if err != nil || len(htmlArts) != 1 {
		t.Fatalf("ParseHTML: %d articles, %v", len(htmlArts), err)
	}
	const story = "Zürich café reopens\n\nZURICH (Reuters) - The café on the lake reopened on Monday, its owner said.\n"
	dir := t.TempDir()
	for _, tt := range []struct {
		name string
		data string
		html bool
		text string // the decoded text the record must carry, "" for none
	}{
		{"HTML UTF-16LE", utf16(t, unicode.LittleEndian, page), true, htmlArts[0].Text},
		{"HTML UTF-16BE", utf16(t, unicode.BigEndian, page), true, htmlArts[0].Text},
		{"text UTF-16LE", utf16(t, unicode.LittleEndian, story), false, story},
		{"text UTF-16BE", utf16(t, unicode.BigEndian, story), false, story},
		{"text UTF-8 with BOM", "\ufeff" + story, false, ""},
		{"text UTF-8", story, false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".txt")
			writeFile(t, path, tt.data)
			res := runCmd(t, "", "-o", "jsonl", path)
			if res.code != 0 {
				t.Fatalf("exit status %d, stderr %q", res.code, res.stderr)
			}
			recs := decodeJSONL(t, res.stdout)
			if len(recs) != 1 {
				t.Fatalf("%d records, want 1", len(recs))
			}
			rec := recs[0]
			var got string
			if rec.Text != nil {
				got = *rec.Text
			}
			if got != tt.text {
				t.Errorf("record text %q, want %q", got, tt.text)
			}
			var arts []newstext.Article
			if err := json.Unmarshal(rec.Articles, &arts); err != nil {
				t.Fatal(err)
			}
			if tt.html {
				if len(arts) != 1 || arts[0].Title != "Council agrees budget" || len(arts[0].Paragraphs) != 2 {
					t.Errorf("got %+v, want the page's one article", arts)
				}
				return
			}
			input := tt.text
			if input == "" {
				input = tt.data
			}
			wantArticles(t, rec, input)
			// The spans index the record's text (or the input itself).
			for _, a := range arts {
				for _, p := range a.Paragraphs {
					if c := newstext.Clean(input[p.Span.Start:p.Span.End]); c != p.Text {
						t.Errorf("paragraph %v: text there cleans to %q, want %q", p.Span, c, p.Text)
					}
				}
			}
		})
	}
}

// TestUTF16Dupes: dupes signs UTF-16 text by its decoded text, so a
// UTF-16 copy of a story is its duplicate.
func TestUTF16Dupes(t *testing.T) {
	dir := t.TempDir()
	story := "The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year, as wage growth slowed and energy prices eased.\n"
	writeFile(t, filepath.Join(dir, "a.txt"), story)
	writeFile(t, filepath.Join(dir, "b.txt"), utf16(t, unicode.LittleEndian, story))
	res := runCmd(t, "", "dupes", dir)
	if want := filepath.Join(dir, "a.txt") + "\t" + filepath.Join(dir, "b.txt") + "\n"; res.code != 0 || res.stdout != want {
		t.Errorf("exit %d, stdout %q; want 0, %q", res.code, res.stdout, want)
	}
}

func TestSizeFlag(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want size // 0: an error
	}{
		{"1048576", 1 << 20},
		{"256MB", 256 << 20},
		{"256MiB", 256 << 20},
		{"256 mb", 256 << 20},
		{"1GB", 1 << 30},
		{"1G", 1 << 30},
		{"64KiB", 64 << 10},
		{"2k", 2 << 10},
		{"3B", 3},
		{"0", 0},
		{"-1", 0},
		{"", 0},
		{"MB", 0},
		{"1.5GB", 0},
		{"1XB", 0},
		{"9999999TB", 0},
	} {
		t.Run(tt.in, func(t *testing.T) {
			var got size
			err := got.Set(tt.in)
			switch {
			case tt.want == 0 && err == nil:
				t.Errorf("Set(%q) = %d, want an error", tt.in, got)
			case tt.want != 0 && (err != nil || got != tt.want):
				t.Errorf("Set(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		in   size
		want string
	}{
		{defaultMaxSize, "256MiB"}, {1 << 30, "1GiB"}, {3072, "3KiB"}, {1536, "1536B"}, {1000, "1000B"},
	} {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("size(%d).String() = %q, want %q", int64(tt.in), got, tt.want)
		}
	}
	for _, args := range [][]string{{"-max-size", "0"}, {"dupes", "-max-size", "lots"}} {
		if res := runCmd(t, "", args...); res.code != 2 || !strings.Contains(res.stderr, "-max-size") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and a message", args, res.code, res.stderr)
		}
	}
}

// TestMaxSize: an input over -max-size is refused with one line on
// standard error and an error record, and the run goes on: a regular file
// by its size, unread; standard input after reading one byte over the
// limit. /dev/zero is refused sooner, as binary data, after its first
// 64 KiB.
func TestMaxSize(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	writeFile(t, small, storyA)
	big := filepath.Join(dir, "big.txt") // a 5 MB single line
	writeFile(t, big, strings.Repeat("Word ", 1<<20))
	under := filepath.Join(dir, "under.txt") // a 512 KB single line
	underText := strings.Repeat("Word ", 100<<10) + "\n"
	writeFile(t, under, underText)

	tooLarge := func(path string) string { return "reading " + path + ": larger than --max-size 1MiB" }
	for _, tt := range []struct {
		name  string
		stdin string
		args  []string
		want  map[string]string // path: error, or "" for articles
	}{
		{
			name: "regular files",
			args: []string{big, under, small},
			want: map[string]string{big: tooLarge(big), under: "", small: ""},
		},
		{
			name:  "standard input",
			stdin: strings.Repeat("x", 1<<20+1),
			args:  []string{"-", small},
			want:  map[string]string{"-": "reading standard input: larger than --max-size 1MiB", small: ""},
		},
		{
			name:  "standard input at the limit",
			stdin: strings.Repeat("x", 1<<20),
			args:  []string{"-"},
			want:  map[string]string{"-": ""},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"-o", "jsonl", "-max-size", "1MB"}, tt.args...)
			res := runCmd(t, tt.stdin, args...)
			checkRun(t, res, tt.args, tt.want)
		})
	}
	t.Run("dev zero", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("no /dev/zero")
		}
		binary := "reading /dev/zero: binary data, not text or HTML: 65536 of its first 65536 bytes are control characters"
		args := []string{"/dev/zero", small}
		res := runCmd(t, "", append([]string{"-o", "jsonl", "-max-size", "1MB"}, args...)...)
		checkRun(t, res, args, map[string]string{"/dev/zero": binary, small: ""})
		res = runCmd(t, "", "dupes", "-max-size", "1MB", "/dev/zero", small)
		if res.code != 1 || res.stderr != "newstext: "+binary+"\n" {
			t.Errorf("dupes: exit %d, stderr %q; want 1 and one line", res.code, res.stderr)
		}
	})
	t.Run("100MB line", func(t *testing.T) {
		// Refused by its size: never read, so cheap however big.
		huge := filepath.Join(t.TempDir(), "huge.txt")
		f, err := os.Create(huge)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		for range 100 << 20 / 8 {
			w.WriteString("Word wd ")
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		args := []string{huge, small}
		res := runCmd(t, "", append([]string{"-o", "jsonl", "-max-size", "64MB"}, args...)...)
		checkRun(t, res, args, map[string]string{huge: "reading " + huge + ": larger than --max-size 64MiB", small: ""})
	})
}

// checkRun checks a run of the command over paths: one record per path,
// in order, with the error want gives for it or with articles; one line
// on standard error per error, naming its input; exit status 1 when an
// input failed, 0 otherwise.
func checkRun(t *testing.T, res invocation, paths []string, want map[string]string) {
	t.Helper()
	recs := decodeJSONL(t, res.stdout)
	if len(recs) != len(paths) {
		t.Fatalf("%d records, want %d; stderr %q", len(recs), len(paths), res.stderr)
	}
	var wantStderr string
	for i, r := range recs {
		if r.Path != paths[i] {
			t.Errorf("record %d is for %q, want %q", i, r.Path, paths[i])
		}
		wantErr := want[r.Path]
		switch {
		case wantErr == "" && r.Error != nil:
			t.Errorf("%s: error %q, want articles", r.Path, *r.Error)
		case wantErr == "" && len(r.Articles) < 3: // "[]" or more
			t.Errorf("%s: no articles, want some", r.Path)
		case wantErr != "" && (r.Error == nil || *r.Error != wantErr):
			t.Errorf("%s: error %v, want %q", r.Path, r.Error, wantErr)
		}
		if wantErr != "" {
			wantStderr += "newstext: " + wantErr + "\n"
		}
	}
	if res.stderr != wantStderr {
		t.Errorf("stderr %q, want %q", res.stderr, wantStderr)
	}
	if code := min(len(wantStderr), 1); res.code != code {
		t.Errorf("exit status %d, want %d", res.code, code)
	}
}

// TestCanonLongLine: a name line over the limit on standard input is
// reported and skipped, and the names after it are still printed.
func TestCanonLongLine(t *testing.T) {
	for _, tt := range []struct {
		name   string
		stdin  string
		stdout string
		stderr string
		code   int
	}{
		{
			name:   "2 MB line between names",
			stdin:  "Kiev\n" + strings.Repeat("x", 2<<20) + "\nPutin\r\nDonbass",
			stdout: "Kiev\tKyiv\nPutin\tVladimir Putin\nDonbass\tDonbas\n",
			stderr: "newstext: canon: standard input line 2: longer than 1048576 bytes, skipped\n",
			code:   1,
		},
		{
			name:   "2 MB last line without a newline",
			stdin:  "Kiev\n" + strings.Repeat("x", 2<<20),
			stdout: "Kiev\tKyiv\n",
			stderr: "newstext: canon: standard input line 2: longer than 1048576 bytes, skipped\n",
			code:   1,
		},
		{
			name:   "line of the longest length kept",
			stdin:  strings.Repeat("x", maxNameLine) + "\nKiev\n",
			stdout: strings.Repeat("x", maxNameLine) + "\t" + newstext.Canonical(strings.Repeat("x", maxNameLine)) + "\nKiev\tKyiv\n",
		},
		{
			name:   "empty input",
			stdin:  "",
			stdout: "",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := runCmd(t, tt.stdin, "canon")
			if res.stdout != tt.stdout {
				t.Errorf("stdout %.200q, want %.200q", res.stdout, tt.stdout)
			}
			if res.stderr != tt.stderr || res.code != tt.code {
				t.Errorf("exit %d, stderr %q; want %d, %q", res.code, res.stderr, tt.code, tt.stderr)
			}
		})
	}
}

// TestBinaryInput: a file of binary data (random bytes, a file of
// zeros) is reported on one line that names it, with an error record in
// the output, and the run goes on; the exit status is 1. Read with
// --text it is text.
func TestBinaryInput(t *testing.T) {
	dir := t.TempDir()
	junk, zeros, a := filepath.Join(dir, "junk.txt"), filepath.Join(dir, "zeros.bin"), filepath.Join(dir, "a.txt")
	b := make([]byte, 20000)
	rng := rand.New(rand.NewPCG(1, 2)) // a fixed sequence, whose control bytes the message counts
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	writeFile(t, junk, string(b))
	writeFile(t, zeros, string(make([]byte, 3000)))
	writeFile(t, a, storyA)
	res := runCmd(t, "", "-o", "jsonl", junk, zeros, a)
	checkRun(t, res, []string{junk, zeros, a}, map[string]string{
		junk:  "reading " + junk + ": binary data, not text or HTML: 2015 of its first 20000 bytes are control characters",
		zeros: "reading " + zeros + ": binary data, not text or HTML: 3000 of its first 3000 bytes are control characters",
		a:     "",
	})
	if res := runCmd(t, "", "-o", "jsonl", "--text", junk); res.code != 0 || res.stderr != "" {
		t.Errorf("--text: exit %d, stderr %q; want 0 and none", res.code, res.stderr)
	}
}
