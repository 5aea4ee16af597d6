package source

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newstext/newstext"
)

// TestCompressionByMagic: gzip, bzip2 and zstd are told by their magic
// bytes, whatever the file is called, and a .gz that is not gzip is read
// as it is.
func TestCompressionByMagic(t *testing.T) {
	html := page("Compressed page")
	text := []byte("Headline\n\nA paragraph of a text dump.\n")
	cases := []struct {
		name     string
		data     []byte
		kind     Kind
		body     []byte
		docName  string // when not the file's name
		wantURL  string
		wantDate time.Time
	}{
		{name: "page.html.gz", data: gz(html), kind: HTML, body: html},
		{name: "page.txt", data: gz(html), kind: HTML, body: html},                         // gzip named .txt
		{name: "notes.zst", data: bzip2Hello, kind: Text, body: []byte("Hello, bzip2.\n")}, // bzip2 named .zst
		{name: "story.bz2", data: zst(text), kind: Text, body: text},                       // zstd named .bz2
		{name: "dump.gz", data: text, kind: Text, body: text},                              // not compressed at all
		{name: "two-members.txt.gz", data: cat(gz(text[:10]), gz(text[10:])), kind: Text, body: text},
		{name: "lines.bz2", data: bzip2JSONL, kind: Text, body: []byte("Headline\n\nA paragraph from bzip2."), docName: "lines.bz2:1"},
		{name: "lines.data", data: zst([]byte(`{"url":"https://news.example/z","html":"<p>z</p>","date":"2024-05-01"}` + "\n")), kind: HTML, body: []byte("<p>z</p>"), docName: "lines.data:1",
			wantURL: "https://news.example/z", wantDate: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := write(t, dir, c.name, c.data)
			g := collect(t, Docs(path))
			if len(g.docs) != 1 || len(g.errs) != 0 {
				t.Fatalf("want one document:\n%v", g)
			}
			d := g.docs[0]
			wantName := path
			if c.docName != "" {
				wantName = filepath.Join(dir, c.docName)
			}
			if d.Name != wantName || d.Kind != c.kind || !bytes.Equal(d.Body, c.body) || d.URL != c.wantURL || !d.Date.Equal(c.wantDate) {
				t.Errorf("got %q %v %q %q %v, want %q %v %q %q %v", d.Name, d.Kind, d.Body, d.URL, d.Date, wantName, c.kind, c.body, c.wantURL, c.wantDate)
			}
		})
	}
}

// TestBadInput: each kind of bad input gives one error that names the
// input, and the record where there is one, and the inputs after it are
// read.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	story := write(t, dir, "after.txt", []byte("The story after.\n"))
	text := bytes.Repeat([]byte("A line of a long text dump that gzip compresses.\n"), 200)
	cases := []struct {
		name   string
		data   []byte // written to a file called name, if not nil
		path   string // else this path is read
		r      Reader
		record string // the error's Record
		want   string // in the error
		docs   int    // documents from the input itself
		large  bool   // errors.Is(err, ErrTooLarge)
	}{
		{name: "truncated.txt.gz", data: func() []byte { b := gz(text); return b[:len(b)/2] }(), want: "gzip: unexpected EOF"},
		{name: "corrupt.html.gz", data: func() []byte { b := gz(text); b[len(b)/2] ^= 0xff; b[len(b)/2+1] ^= 0xff; return b }(), want: "gzip: "},
		{name: "cut-in-header.gz", data: []byte("\x1f\x8b\x08\x00garb"), want: "gzip: unexpected EOF"},
		{name: "truncated.bz2", data: bzip2Hello[:30], want: "bzip2: "},
		{name: "truncated.zst", data: zst(text)[:40], want: "zstd: "},
		{name: "empty.txt", data: []byte{}, want: "no input: the file is empty"},
		{name: "random.txt", data: randomBytes(20000), want: "binary data, not text or HTML: "},
		{name: "zeros.bin.gz", data: gz(make([]byte, 5000)), want: "binary data, not text or HTML: 5000 of its first 5000 bytes"},
		{name: "empty.txt.gz", data: gz(nil), want: "no input: the file is empty"},
		{name: "missing.txt", path: filepath.Join(dir, "missing.txt"), want: "no such file"},
		{name: "big.txt", data: text, r: Reader{MaxSize: 1000}, want: "9800 bytes, larger than the size limit of 1000 bytes", large: true},
		{name: "big.txt.gz", data: gz(text), r: Reader{MaxSize: 1000}, want: "larger than the size limit of 1000 bytes", large: true},
		{name: "zero", path: "/dev/zero", r: Reader{MaxSize: 1 << 20}, want: "binary data, not text or HTML: 65536 of its first 65536 bytes"},
		{name: "zero as text", path: "/dev/zero", r: Reader{MaxSize: 1 << 20, Format: FormatText}, want: "larger than the size limit of 1048576 bytes", large: true},
		{name: "zero as jsonl", path: "/dev/zero", r: Reader{MaxSize: 1 << 16, Format: FormatJSONL}, record: "line 1", want: "the rest of the input is not read", large: true},
		{name: "zero as warc", path: "/dev/zero", r: Reader{MaxSize: 1 << 16, Format: FormatWARC}, record: "byte 0", want: "the rest of the input is not read"},
		{name: "not-json.jsonl", data: []byte("{\"text\": \"one\"}\nnot json\n{\"text\": \"three\"}\n"), record: "line 2", want: "not JSON", docs: 2},
		{name: "latin1.jsonl", data: []byte("{\"text\": \"caf\xe9\"}\n{\"text\": \"two\"}\n"), record: "line 1", want: "invalid UTF-8", docs: 1},
		{name: "garbage.warc", data: []byte("this is not a WARC file\n"), record: "byte 0", want: "24 bytes that are not a WARC record"},
		{name: "bad-record.warc.gz", data: gzEach(response("https://news.example/1", "2024-05-01T10:00:00Z", "200 OK", "text/html", page("One")), []byte("WARC/1.1\r\nContent-Length: 12x\r\n\r\n")),
			record: "record 2 (gzip member at byte", want: `Content-Length "12x" is not a number`, docs: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.path
			if c.data != nil {
				path = write(t, dir, c.name, c.data)
			}
			g := collect(t, c.r.Docs(path, story))
			var errs []*Error
			docs := 0
			for _, d := range g.docs {
				if strings.HasPrefix(d.Name, path) {
					docs++
				}
			}
			for _, e := range g.errs {
				if e.Input == path {
					errs = append(errs, e)
				}
			}
			// The story after is read: in a forced format, it may be an error.
			last := g.log[len(g.log)-1]
			if len(errs) != 1 || docs != c.docs || !strings.HasPrefix(last, "doc "+story) && !strings.HasPrefix(last, "err source: "+story) {
				t.Fatalf("want %d documents, one error, and the story after:\n%v", c.docs, g)
			}
			e := errs[0]
			if e.Input != path || e.Record != c.record && !strings.HasPrefix(e.Record, c.record) || c.record == "" && e.Record != "" || !strings.Contains(e.Error(), c.want) {
				t.Errorf("error %q (input %q, record %q), want input %q, record %q, saying %q", e, e.Input, e.Record, path, c.record, c.want)
			}
			if errors.Is(e, ErrTooLarge) != c.large {
				t.Errorf("errors.Is(%q, ErrTooLarge) = %v, want %v", e, !c.large, c.large)
			}
			if !strings.HasPrefix(e.Error(), "source: "+path+": ") {
				t.Errorf("error %q does not start with source: and the input", e)
			}
		})
	}
}

// TestBinary: a file read in the automatic format is binary data when
// more than one byte in a hundred of its first 64 KB (four or more) are
// control characters no text holds; text in UTF-16, with a byte order
// mark or without one (its NULs at one parity), in a single-byte charset
// or with a stray NUL, is text. A file read as text is text whatever it
// holds.
func TestBinary(t *testing.T) {
	story := bytes.Repeat([]byte("Officials said the bridge would reopen on Monday after repairs.\n"), 40)
	utf16le := func(b []byte) []byte {
		out := make([]byte, 0, 2*len(b))
		for _, c := range b {
			out = append(out, c, 0)
		}
		return out
	}
	shifted := utf16le(story)
	shifted = append(shifted[:1001], shifted[1002:]...) // a byte lost on the way shifts the rest
	for _, c := range []struct {
		name   string
		data   []byte
		binary bool
	}{
		{"random bytes", randomBytes(20000), true},
		{"zeros", make([]byte, 4096), true},
		{"text", story, false},
		{"text with a stray NUL and a form feed", append(append(bytes.Clone(story), 0, '\f'), story...), false},
		{"windows-1251", bytes.Repeat([]byte("\xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2 \xf1\xea\xe0\xe7\xe0\xeb.\r\n"), 50), false},
		{"UTF-16 without a byte order mark", utf16le(story), false},
		{"UTF-16 shifted by a lost byte", shifted, false},
		{"UTF-16 with a byte order mark", append([]byte{0xff, 0xfe}, utf16le(story)...), false},
		{"three control bytes", append(bytes.Clone(story[:100]), 1, 2, 3), false},
	} {
		if got := looksBinary(controlBytes(c.data)); got != c.binary {
			n, of := controlBytes(c.data)
			t.Errorf("%s: looksBinary = %v (%d of %d), want %v", c.name, got, n, of, c.binary)
		}
	}
	dir := t.TempDir()
	junk := write(t, dir, "junk.txt", randomBytes(3000))
	text := &Reader{Format: FormatText}
	g := collect(t, text.Docs(junk))
	if len(g.errs) != 0 || len(g.docs) != 1 {
		t.Errorf("read as text: got\n%v, want one document", g)
	}
	g = collect(t, Docs(junk))
	if len(g.errs) != 1 || !errors.Is(g.errs[0], ErrBinary) {
		t.Errorf("read in the automatic format: got\n%v, want ErrBinary", g)
	}
}

// TestEndlessBinary: an endless stream of binary bytes (/dev/zero) is
// refused from its first 64 KiB, not read up to the size limit.
func TestEndlessBinary(t *testing.T) {
	r, w := pipeStdin(t)
	written := make(chan int64, 1)
	go func() {
		var n int64
		zeros := make([]byte, 64<<10)
		for {
			k, err := w.Write(zeros)
			n += int64(k)
			if err != nil {
				break
			}
		}
		written <- n
	}()
	g := collect(t, Docs("-"))
	r.Close()
	n := <-written
	w.Close()
	if len(g.errs) != 1 || !errors.Is(g.errs[0], ErrBinary) {
		t.Errorf("got\n%v, want ErrBinary", g)
	}
	if n > 4<<20 {
		t.Errorf("%d bytes read before the binary data was refused; want its first 64 KiB and the buffers' worth", n)
	}
}

// TestReadOnceToEOF: a document read in the automatic format is not read
// again after its end of file, as a terminal would be (a second Ctrl-D).
func TestReadOnceToEOF(t *testing.T) {
	for _, n := range []int{100, 2040, 70 << 10} {
		text := strings.Repeat("The bridge reopened on Monday.\n", n/31+1)[:n]
		in := &eofOnce{r: strings.NewReader(text)}
		g := collect(t, new(Reader).DocsFrom("typed", in))
		if len(g.errs) != 0 || len(g.docs) != 1 || len(g.docs[0].Body) != n {
			t.Errorf("%d bytes: got\n%v, want one document of them", n, g)
		}
		if in.after > 0 {
			t.Errorf("%d bytes: read %d times after the end of file", n, in.after)
		}
	}
}

// eofOnce reads r and counts the reads after r's end of file.
type eofOnce struct {
	r     io.Reader
	eof   bool
	after int
}

func (e *eofOnce) Read(p []byte) (int, error) {
	if e.eof {
		e.after++
	}
	n, err := e.r.Read(p)
	e.eof = e.eof || err == io.EOF
	return n, err
}

// randomBytes returns n bytes of a fixed pseudo-random sequence.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// TestInvalidUTF8: invalid UTF-8 in a text or a page is the document's
// bytes, passed on unchanged (newstext decodes them), not an error.
func TestInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	text := []byte("Caf\xe9 au lait \xff\xfe\n")
	html := []byte("<html><head><meta charset=windows-1252></head><body><p>Caf\xe9</p></body></html>")
	g := collect(t, Docs(write(t, dir, "latin1.txt", text), write(t, dir, "latin1.html", html)))
	if len(g.errs) != 0 || len(g.docs) != 2 || !bytes.Equal(g.docs[0].Body, text) || !bytes.Equal(g.docs[1].Body, html) || g.docs[1].Kind != HTML {
		t.Errorf("got\n%v", g)
	}
}

// TestDirectory: a directory is walked in lexical order, recursively,
// reading the files whose names say they hold documents (compressed or
// not), entering no hidden directory; a named pipe in it is reported
// without being opened; a directory with nothing to read is ErrNoInput.
func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	text := []byte("A text.\n")
	write(t, dir, "b.txt", text)
	write(t, dir, "a/z.html.gz", gz(page("Z")))
	write(t, dir, "a/y.jsonl", []byte(`{"text":"y1"}`+"\n"+`{"text":"y2"}`+"\n"))
	write(t, dir, "c.warc.zst", zst(response("https://news.example/c", "2024-05-01T10:00:00Z", "200 OK", "text/html", page("C"))))
	write(t, dir, "notes.md", text)
	write(t, dir, "crawl.cdx", text)
	write(t, dir, ".git/HEAD.txt", text)
	write(t, dir, "d/empty.txt", nil)
	fifo := filepath.Join(dir, "e.txt")
	if err := mkfifo(fifo); err != nil {
		t.Logf("no named pipe: %v", err)
		fifo = ""
	}
	g := collect(t, Docs(dir))
	want := []string{
		"doc " + filepath.Join(dir, "a/y.jsonl") + ":1",
		"doc " + filepath.Join(dir, "a/y.jsonl") + ":2",
		"doc " + filepath.Join(dir, "a/z.html.gz"),
		"doc " + filepath.Join(dir, "b.txt"),
		"doc " + filepath.Join(dir, "c.warc.zst") + "#record 1",
		"err source: " + filepath.Join(dir, "d/empty.txt") + ": no input: the file is empty",
	}
	if fifo != "" {
		want = append(want, "err source: "+fifo+": not a regular file (a named pipe)")
	}
	if !slices.Equal(g.log, want) {
		t.Errorf("got\n%v\nwant\n%s", g, strings.Join(want, "\n"))
	}

	empty := filepath.Join(dir, "d")
	os.Remove(filepath.Join(empty, "empty.txt"))
	write(t, empty, "README.md", text)
	g = collect(t, Docs(empty))
	if len(g.docs) != 0 || len(g.errs) != 1 || !errors.Is(g.errs[0], ErrNoInput) || g.errs[0].Input != empty {
		t.Errorf("a directory with nothing to read:\n%v", g)
	}
}

// TestNamedPipe: a named pipe named as a path is read as a stream.
func TestNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no named pipe: %v", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.Write(gz([]byte(`{"text":"through a pipe"}` + "\n")))
		f.Close()
	}()
	done := make(chan got, 1)
	go func() { done <- collect(t, Docs(fifo)) }()
	select {
	case g := <-done:
		if len(g.errs) != 0 || len(g.docs) != 1 || string(g.docs[0].Body) != "through a pipe" || g.docs[0].Name != fifo+":1" {
			t.Errorf("got\n%v", g)
		}
	case <-time.After(time.Minute):
		t.Fatal("reading the named pipe did not end")
	}
}

// pipeStdin makes a pipe standard input until the test ends, and returns
// its ends.
func pipeStdin(t *testing.T) (r, w *os.File) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdin
	os.Stdin = r
	t.Cleanup(func() {
		os.Stdin = old
		r.Close() // a writer blocked on a full pipe then returns
	})
	return r, w
}

// TestStdin: "-" reads standard input.
func TestStdin(t *testing.T) {
	_, w := pipeStdin(t)
	go func() {
		w.Write(gzEach(response("https://news.example/in", "2024-05-01T10:00:00Z", "200 OK", "text/html", page("In"))))
		w.Close()
	}()
	g := collect(t, Docs("-"))
	if len(g.errs) != 0 || len(g.docs) != 1 || g.docs[0].Name != "-#record 1" || g.docs[0].URL != "https://news.example/in" {
		t.Errorf("got\n%v", g)
	}
}

// TestFormat: a forced format decides for every input; a Format is a
// flag.
func TestFormat(t *testing.T) {
	dir := t.TempDir()
	html := write(t, dir, "page.html", page("Page"))
	jsonl := write(t, dir, "lines.txt", []byte(`{"text":"one"}`+"\n"))
	for _, c := range []struct {
		format Format
		want   []string
	}{
		{FormatAuto, []string{"doc " + html + " html", "doc " + jsonl + ":1 text"}},
		{FormatText, []string{"doc " + html + " text", "doc " + jsonl + " text"}},
		{FormatHTML, []string{"doc " + html + " html", "doc " + jsonl + " html"}},
	} {
		r := Reader{Format: c.format}
		var have []string
		for d, err := range r.Docs(html, jsonl) {
			if err != nil {
				t.Fatal(err)
			}
			have = append(have, "doc "+d.Name+" "+d.Kind.String())
		}
		if !slices.Equal(have, c.want) {
			t.Errorf("%v: got %q, want %q", c.format, have, c.want)
		}
	}

	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	var f Format
	fs.TextVar(&f, "input-format", FormatAuto, "")
	if err := fs.Parse([]string{"-input-format", "WARC"}); err != nil || f != FormatWARC || f.String() != "warc" {
		t.Errorf("-input-format WARC: %v, %v", f, err)
	}
	if err := f.UnmarshalText([]byte("pdf")); err == nil || !strings.HasPrefix(err.Error(), "source: ") {
		t.Errorf("UnmarshalText(pdf) = %v, want an error", err)
	}
	for i := range formatNames {
		b, err := Format(i).MarshalText()
		var back Format
		if err != nil || back.UnmarshalText(b) != nil || back != Format(i) {
			t.Errorf("Format(%d) does not round-trip: %q %v", i, b, err)
		}
	}
}

// TestBreak: breaking out of the loop stops reading, with the files
// closed.
func TestBreak(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		write(t, dir, name, []byte(name))
	}
	n := 0
	for range Docs(dir) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("%d documents after break", n)
	}
}

// TestSniff: a whole-file document is HTML or text by the command's rule.
func TestSniff(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Kind
	}{
		{"<!DOCTYPE html><html><body><p>x</p></body></html>", HTML},
		{"\ufeff  \n<div class=story><p>x</p></div>", HTML},
		{"<p>A fragment.</p>", HTML},
		{"<b>bold</b> is not a page", Text},
		{"Headline\n\n<p> later does not count", Text},
		{"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", HTML}, // UTF-16LE with a byte order mark
		{"", Text},
		// Moved from the command's tests when it came to read through
		// this package.
		{"<!-- saved from url --><html>", HTML},
		{"<Reuters> said the council met on Tuesday.", Text},
		{"\xfe\xff\x00<\x00h\x00t\x00m\x00l\x00>", HTML}, // UTF-16BE
		{"\xff\xfe<\x00p\x00>\x00x", HTML},               // UTF-16LE, odd length
		{"\xff\xfeN\x00e\x00w\x00s\x00", Text},           // UTF-16LE text
		{"\xff\xfe", Text},                               // a byte order mark alone
		{"<\x00h\x00t\x00m\x00l\x00>\x00", Text},         // UTF-16LE without a mark
	} {
		if got := sniffKind([]byte(c.in)); got != c.want {
			t.Errorf("sniffKind(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestDecoded: the HTTP charset decodes a page that is not UTF-8; valid
// UTF-8 and pages with a byte order mark are left to ParseHTML; UTF-16
// text is decoded.
func TestDecoded(t *testing.T) {
	for _, c := range []struct {
		name    string
		doc     Doc
		charset string
		want    string
	}{
		{"latin1 by header", Doc{Kind: HTML, Body: []byte("<p>caf\xe9 \x80</p>"), ContentType: "text/html; charset=ISO-8859-1"}, "windows-1252", "<p>café €</p>"},
		{"quoted, trailing semicolon", Doc{Kind: HTML, Body: []byte("<p>\xcf\xf0\xe8</p>"), ContentType: `text/html;charset="windows-1251";`}, "windows-1251", "<p>При</p>"},
		{"valid UTF-8 stays", Doc{Kind: HTML, Body: []byte("<p>café</p>"), ContentType: "text/html; charset=iso-8859-1"}, "windows-1252", "<p>café</p>"},
		{"no charset", Doc{Kind: HTML, Body: []byte("<p>caf\xe9</p>"), ContentType: "text/html"}, "", "<p>caf\xe9</p>"},
		{"unknown charset", Doc{Kind: HTML, Body: []byte("<p>caf\xe9</p>"), ContentType: "text/html; charset=x-klingon"}, "", "<p>caf\xe9</p>"},
		{"utf-8 declared, not valid", Doc{Kind: HTML, Body: []byte("<p>caf\xe9</p>"), ContentType: "text/html; charset=utf-8"}, "utf-8", "<p>caf\xe9</p>"},
		{"text in UTF-16", Doc{Kind: Text, Body: []byte("\xfe\xff\x00H\x00i")}, "", "Hi"},
		{"text as it is", Doc{Kind: Text, Body: []byte("caf\xe9")}, "", "caf\xe9"},
	} {
		if got := c.doc.Charset(); got != c.charset {
			t.Errorf("%s: Charset() = %q, want %q", c.name, got, c.charset)
		}
		if got := string(c.doc.Decoded()); got != c.want {
			t.Errorf("%s: Decoded() = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestJSONL: every kind of line, good and bad, in one file.
func TestJSONL(t *testing.T) {
	data := strings.Join([]string{
		`{"url": "https://news.example/1", "html": "<p>one</p>", "date": "2024-05-01T10:00:00+02:00", "id": 17, "title": "One"}`,
		``,
		`{"text": "two", "id": "b"}` + "\r",
		`["an", "array"]`,
		`{"url": "https://news.example/4"}`,
		`{"html": 5}`,
		`{"text": "six", "html": "<p>six</p>"}`,
		`{"text": "seven", "date": "yesterday"}`,
		`{"text": "` + strings.Repeat("x", 300) + `"}`,
		`{"text": "nine`,
		`{"text": "ten"}`,
	}, "\n")
	g := from(t, &Reader{MaxSize: 200}, "p.jsonl", []byte(data))
	want := []string{
		"doc p.jsonl:1",
		"doc p.jsonl:3",
		`err source: p.jsonl: line 4: not a JSON object but a JSON array`,
		`err source: p.jsonl: line 5: no "html" or "text" string`,
		`err source: p.jsonl: line 6: "html" is a JSON number, not a string`,
		"doc p.jsonl:7",
		"doc p.jsonl:8",
		"err source: p.jsonl: line 9: the line is larger than the size limit of 200 bytes",
		"err source: p.jsonl: line 10: not JSON: unexpected end of JSON input",
		"doc p.jsonl:11",
	}
	if !slices.Equal(g.log, want) {
		t.Fatalf("got\n%v\nwant\n%s", g, strings.Join(want, "\n"))
	}
	d := g.docs[0]
	if d.Kind != HTML || string(d.Body) != "<p>one</p>" || d.URL != "https://news.example/1" || d.ID != "17" || d.Title != "One" ||
		!d.Date.Equal(time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("line 1: %+v", d)
	}
	if d := g.docs[1]; d.Kind != Text || string(d.Body) != "two" || d.ID != "b" {
		t.Errorf("line 3: %+v", d)
	}
	if d := g.docs[2]; d.Kind != HTML || string(d.Body) != "<p>six</p>" {
		t.Errorf("line 7: %+v", d)
	}
	if d := g.docs[3]; !d.Date.IsZero() {
		t.Errorf("line 8: date %v, want zero", d.Date)
	}
}

// TestLargeWARC streams a WARC file of many records, gzipped a record at
// a time, through a reader that returns a byte at a time, and checks
// every record is read: nothing depends on a read returning much.
func TestLargeWARC(t *testing.T) {
	var recs [][]byte
	for i := range 300 {
		recs = append(recs, response("https://news.example/"+strings.Repeat("x", i%7), "2024-05-01T10:00:00Z", "200 OK", "text/html", page(strings.Repeat("story ", i))))
	}
	g := collect(t, new(Reader).DocsFrom("big.warc.gz", oneReader{bytes.NewReader(gzEach(recs...))}))
	if len(g.docs) != 300 || len(g.errs) != 0 {
		t.Fatalf("%d documents, %d errors", len(g.docs), len(g.errs))
	}
}

// TestTruncatedJSONL: the lines before the damage in a truncated gzip
// JSONL file are read, and the error names the line it cut.
func TestTruncatedJSONL(t *testing.T) {
	var lines []string
	for i := range 50 {
		lines = append(lines, `{"text": "line `+strings.Repeat("abcdefghij", i)+`"}`)
	}
	data := gz([]byte(strings.Join(lines, "\n") + "\n"))
	for _, cut := range []int{len(data) / 2, len(data) / 3} {
		g := from(t, nil, "x.jsonl.gz", data[:cut])
		if len(g.errs) != 1 || !strings.HasPrefix(g.errs[0].Record, "line ") || !strings.Contains(g.errs[0].Error(), "gzip: unexpected EOF") {
			t.Fatalf("cut at %d:\n%v", cut, g)
		}
		var n int
		fmt.Sscanf(g.errs[0].Record, "line %d", &n)
		if n != len(g.docs)+1 {
			t.Errorf("cut at %d: %d documents, then an error at %s", cut, len(g.docs), g.errs[0].Record)
		}
	}
}

// TestDocParse checks Doc.Parse: a page is parsed as a page with the
// address it was read from, text as text (UTF-16 decoded first).
func TestDocParse(t *testing.T) {
	page := &Doc{Kind: HTML, URL: "https://news.example/a", Body: []byte("<html><head><title>Council agrees budget</title></head><body><article><h1>Council agrees budget</h1><p>The city council agreed its budget for next year on Tuesday after a long debate about roads.</p></article></body></html>")}
	as, err := page.Parse(nil)
	if err != nil || len(as) != 1 || as[0].URL != page.URL || as[0].Title != "Council agrees budget" {
		t.Fatalf("page: %d articles, err %v; want one titled article with URL %s", len(as), err, page.URL)
	}
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Council agrees budget\n\nThe council agreed its budget on Tuesday.\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	text := &Doc{Kind: Text, Body: utf16}
	as, err = text.Parse(&newstext.Parser{Single: true})
	if err != nil || len(as) != 1 || as[0].Title != "Council agrees budget" {
		t.Fatalf("UTF-16 text: %+v, err %v; want one article titled %q", as, err, "Council agrees budget")
	}
}

// TestReads: the names Docs reads when it walks a directory, compressed
// or not, in any case; others are passed over.
func TestReads(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "A.HTML": true, "page.htm": true, "crawl.warc.gz": true, "pages.jsonl.zst": true,
		"x.ndjson.bz2": true, "b.text.zstd": true, "c.xhtml": true,
		"a.pdf": false, "a.gz": false, "notes": false, "a.txt.zip": false, "a.warc.gz.gz": false, ".txt.bak": false,
	} {
		if got := Reads(name); got != want {
			t.Errorf("Reads(%q) = %v, want %v", name, got, want)
		}
	}
}
