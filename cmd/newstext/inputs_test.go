package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newstext/newstext"
	"golang.org/x/text/encoding/charmap"
)

// The tests of the inputs the command reads through the source package:
// gzip files, WARC files, JSONL exports, --input-format, bad input of each
// kind, and --out-dir. Their WARC files are built here from the real
// pages of testdata/html.

// htmlDir is the repository's folder of real pages.
var htmlDir = filepath.Join("..", "..", "testdata", "html")

// A realPage is a page of testdata/html.
type realPage struct {
	name string // without .html
	data []byte
}

// realPages returns the pages of testdata/html, in name order.
func realPages(t *testing.T) []realPage {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(htmlDir, "*.html"))
	if err != nil || len(names) < 5 {
		t.Fatalf("%d pages in %s (%v); want the fixtures", len(names), htmlDir, err)
	}
	var pages []realPage
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, realPage{strings.TrimSuffix(filepath.Base(n), ".html"), data})
	}
	return pages
}

// gzipData returns b gzipped.
func gzipData(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A warcFile builds a WARC file a record at a time.
type warcFile struct {
	records [][]byte
}

// add appends a WARC/1.1 record of type typ holding block, with the given
// header fields (name, value pairs), and returns its number, counted from 1.
func (w *warcFile) add(typ string, block []byte, fields ...string) int {
	n := len(w.records) + 1
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", typ, n)
	for i := 0; i+1 < len(fields); i += 2 {
		fmt.Fprintf(&b, "%s: %s\r\n", fields[i], fields[i+1])
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	w.records = append(w.records, b.Bytes())
	return n
}

// response appends the response record of an HTTP 200 for uri, fetched at
// date, served with the Content-Type ctype, and returns its number.
func (w *warcFile) response(uri, date, ctype string, body []byte) int {
	var h bytes.Buffer
	fmt.Fprintf(&h, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", ctype, len(body))
	h.Write(body)
	return w.add("response", h.Bytes(), "WARC-Target-URI", uri, "WARC-Date", date, "Content-Type", "application/http; msgtype=response")
}

// request appends the request record for uri.
func (w *warcFile) request(uri, date string) {
	host := strings.TrimPrefix(uri, "https://")
	host, path, _ := strings.Cut(host, "/")
	w.add("request", fmt.Appendf(nil, "GET /%s HTTP/1.1\r\nHost: %s\r\n\r\n", path, host),
		"WARC-Target-URI", uri, "WARC-Date", date, "Content-Type", "application/http; msgtype=request")
}

// plain returns the file uncompressed.
func (w *warcFile) plain() []byte { return bytes.Join(w.records, nil) }

// gzipped returns the file with each record gzipped on its own, as Common
// Crawl writes them.
func (w *warcFile) gzipped(t *testing.T) []byte {
	var b []byte
	for _, r := range w.records {
		b = append(b, gzipData(t, r)...)
	}
	return b
}

// A warcPage is a page a test WARC file holds.
type warcPage struct {
	record    int // the record's number
	url, date string
	data      []byte
}

// crawlWARC returns a WARC file of the real pages as a crawler writes
// them: a warcinfo record, then for each page a request and the
// response, and a response that is an image (which is not a document).
func crawlWARC(t *testing.T) (*warcFile, []warcPage) {
	t.Helper()
	var w warcFile
	w.add("warcinfo", []byte("software: newstext test\r\n"), "Content-Type", "application/warc-fields")
	var pages []warcPage
	for i, p := range realPages(t) {
		url := "https://news.example/" + p.name
		date := fmt.Sprintf("2024-05-01T10:%02d:00Z", i)
		w.request(url, date)
		pages = append(pages, warcPage{w.response(url, date, "text/html; charset=utf-8", p.data), url, date, p.data})
		if i == 1 {
			w.response("https://news.example/logo.jpg", date, "image/jpeg", []byte("\xff\xd8\xff\xe0 not a page"))
		}
	}
	return &w, pages
}

// wantPage checks that rec holds what Parser{URL: url}.ParseHTML finds in
// page: its articles, and their text on the record.
func wantPage(t *testing.T, rec jsonRecord, page []byte, url string) {
	t.Helper()
	if rec.Error != nil {
		t.Errorf("%s: error %q, want the page's articles", rec.Path, *rec.Error)
		return
	}
	p := newstext.Parser{URL: url}
	as, err := p.ParseHTML(bytes.NewReader(page))
	if err != nil || len(as) == 0 {
		t.Fatalf("ParseHTML: %d articles, %v", len(as), err)
	}
	if rec.Text == nil || *rec.Text != as[0].Text {
		t.Errorf("%s: the record's text is not the page's extracted text", rec.Path)
	}
	for i := range as {
		as[i].Text = "" // on the record, once
	}
	sameArticles(t, rec, as)
}

// TestHTMLGzip: a gzipped page, named .html.gz, is read as the page it
// holds (it was read as binary text before the source package: three
// garbage articles), alone or in a folder of them.
func TestHTMLGzip(t *testing.T) {
	dir := t.TempDir()
	pages := realPages(t)[:3]
	var files []string
	for _, p := range pages {
		path := filepath.Join(dir, p.name+".html.gz")
		writeFile(t, path, string(gzipData(t, p.data)))
		files = append(files, path)
	}
	res := runCmd(t, "", "-o", "jsonl", files[0])
	recs := decodeJSONL(t, res.stdout)
	if res.code != 0 || res.stderr != "" || len(recs) != 1 || recs[0].Path != files[0] {
		t.Fatalf("exit %d, stderr %q, records %q; want 0 and one record", res.code, res.stderr, paths(recs))
	}
	wantPage(t, recs[0], pages[0].data, "")

	res = runCmd(t, "", "-o", "jsonl", dir)
	recs = decodeJSONL(t, res.stdout)
	if res.code != 0 || !slices.Equal(paths(recs), files) {
		t.Fatalf("folder: exit %d, stderr %q, records %q; want 0 and %q", res.code, res.stderr, paths(recs), files)
	}
	for i, r := range recs {
		wantPage(t, r, pages[i].data, "")
	}

	// The text rendering shows the headline, not bytes of gzip.
	res = runCmd(t, "", files[0])
	as, _ := newstext.ParseHTML(bytes.NewReader(pages[0].data))
	if res.code != 0 || !strings.Contains(res.stdout, "\n"+as[0].Title+"\n") {
		t.Errorf("-o text: exit %d, want the headline %q in\n%.500s", res.code, as[0].Title, res.stdout)
	}
}

// TestNoInput: a folder that yields no input (empty, or with no file the
// command reads) is one line on standard error naming it, and exit 1; in
// dupes too.
func TestNoInput(t *testing.T) {
	empty := t.TempDir()
	unread := t.TempDir()
	writeFile(t, filepath.Join(unread, "notes.md"), storyA)
	writeFile(t, filepath.Join(unread, "data.json"), "{}")
	writeFile(t, filepath.Join(unread, ".hidden", "story.txt"), storyA) // hidden folders are not walked
	if err := os.Mkdir(filepath.Join(unread, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{empty, unread} {
		want := "newstext: reading " + dir + ": no input: no file in the directory has a name that is read (.txt, .html, .warc, .jsonl and the like, compressed or not)\n"
		for _, args := range [][]string{{dir}, {"-o", "jsonl", dir}, {"dupes", dir}} {
			res := runCmd(t, "", args...)
			if res.code != 1 || res.stderr != want {
				t.Errorf("%q: exit %d, stderr %q; want 1 and %q", args, res.code, res.stderr, want)
			}
		}
	}
}

// TestWARC: each HTML response of a WARC file is parsed as a page, with
// its URL (the record's, which the article takes when the page declares
// none) and date on the record; requests, the warcinfo record and an image
// are passed over. The same for the file gzipped a record at a time (as
// Common Crawl writes it), uncompressed, and on standard input.
func TestWARC(t *testing.T) {
	w, pages := crawlWARC(t)
	dir := t.TempDir()
	gz := filepath.Join(dir, "crawl.warc.gz")
	writeFile(t, gz, string(w.gzipped(t)))
	plain := filepath.Join(dir, "crawl.warc")
	writeFile(t, plain, string(w.plain()))
	for _, tt := range []struct {
		name, stdin string
		args        []string
		path        string // the input's name in the records
	}{
		{"warc.gz", "", []string{gz}, gz},
		{"warc", "", []string{plain}, plain},
		{"standard input", string(w.gzipped(t)), []string{"-"}, "-"},
		{"-j 4", "", []string{"-j", "4", gz}, gz},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := runCmd(t, tt.stdin, append([]string{"-o", "jsonl"}, tt.args...)...)
			if res.code != 0 || res.stderr != "" {
				t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
			}
			recs := decodeJSONL(t, res.stdout)
			if len(recs) != len(pages) {
				t.Fatalf("%d records %q, want one per page (%d)", len(recs), paths(recs), len(pages))
			}
			for i, r := range recs {
				p := pages[i]
				id := fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", p.record)
				if want := fmt.Sprintf("%s#record %d", tt.path, p.record); r.Path != want || r.URL != p.url || r.Date != p.date || r.ID != id {
					t.Errorf("record %d: path %q, url %q, date %q, id %q; want %q, %q, %q, %q", i, r.Path, r.URL, r.Date, r.ID, want, p.url, p.date, id)
				}
				wantPage(t, r, p.data, p.url)
			}
		})
	}
}

// TestWARCCharset: the charset of a response's HTTP Content-Type decodes
// a page that declares none (source.Doc.Decoded), where the page's bytes
// alone would be read in another charset.
func TestWARCCharset(t *testing.T) {
	const title = "Taryba patvirtino kitų metų biudžetą po ilgų diskusijų"
	const para = "Seimas šiandien priėmė sprendimą dėl kitų metų biudžeto, o ministras sakė, kad mokesčiai nedidės."
	enc := charmap.Windows1257.NewEncoder()
	page, err := enc.String("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + para + "</p><p>" + para + "</p></article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	// Read alone, the bytes are taken for another charset: the test
	// would prove nothing otherwise.
	if as, _ := newstext.ParseHTML(strings.NewReader(page)); len(as) == 0 || as[0].Title == title {
		t.Fatalf("without the header: %d articles, title %q; want the title misread", len(as), as[0].Title)
	}
	var w warcFile
	w.response("https://lt.example/biudzetas", "2024-05-01T10:00:00Z", "text/html; charset=windows-1257", []byte(page))
	path := filepath.Join(t.TempDir(), "lt.warc.gz")
	writeFile(t, path, string(w.gzipped(t)))
	res := runCmd(t, "", "-o", "jsonl", path)
	recs := decodeJSONL(t, res.stdout)
	if res.code != 0 || len(recs) != 1 {
		t.Fatalf("exit %d, stderr %q, %d records", res.code, res.stderr, len(recs))
	}
	var as []newstext.Article
	if err := json.Unmarshal(recs[0].Articles, &as); err != nil || len(as) != 1 {
		t.Fatalf("articles %s: %v", recs[0].Articles, err)
	}
	if as[0].Title != title || len(as[0].Paragraphs) == 0 || as[0].Paragraphs[0].Text != para {
		t.Errorf("title %q, paragraphs %v; want %q, %q", as[0].Title, as[0].Paragraphs, title, para)
	}
}

// jsonlExport is a JSONL export as scrapers write them: a page with its
// URL, date and id, a line that is not JSON, a text, a blank line and a
// text with a URL. Its documents are lines 1, 3 and 5.
func jsonlExport(t *testing.T) (data string, page []byte) {
	t.Helper()
	page = realPages(t)[1].data
	line := func(v map[string]string) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	return line(map[string]string{"url": "https://news.example/page", "html": string(page), "date": "2024-05-01T10:00:00Z", "id": "a1"}) +
		"{not json}\n" +
		line(map[string]string{"text": storyA}) +
		"\n" +
		line(map[string]string{"text": storyB, "url": "https://news.example/markets"}), page
}

// TestJSONLInput: a JSONL export is read a line at a time, {"url",
// "html"} as a page and {"text"} as text; a line that is not JSON is one
// line on standard error naming the file and the line, and the rest is
// read. --input-format jsonl reads a file whatever its name.
func TestJSONLInput(t *testing.T) {
	data, page := jsonlExport(t)
	dir := t.TempDir()
	after := filepath.Join(dir, "after.txt")
	writeFile(t, after, storyB)
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"pages.jsonl", nil},
		{"export.txt", []string{"--input-format", "jsonl"}},
		{"export.ndjson.gz", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			content := data
			if strings.HasSuffix(tt.name, ".gz") {
				content = string(gzipData(t, []byte(data)))
			}
			writeFile(t, path, content)
			// A text after it, unless the format is forced on it too.
			inputs := []string{path, after}
			if tt.args != nil {
				inputs = inputs[:1]
			}
			res := runCmd(t, "", append(append([]string{"-o", "jsonl"}, tt.args...), inputs...)...)
			wantErr := "reading " + path + ": line 2: not JSON: invalid character 'n' looking for beginning of object key string"
			if res.code != 1 || res.stderr != "newstext: "+wantErr+"\n" {
				t.Errorf("exit %d, stderr %q; want 1 and one line: %q", res.code, res.stderr, wantErr)
			}
			recs := decodeJSONL(t, res.stdout)
			if want := append([]string{path + ":1", path, path + ":3", path + ":5"}, inputs[1:]...); !slices.Equal(paths(recs), want) {
				t.Fatalf("records %q, want %q", paths(recs), want)
			}
			wantPage(t, recs[0], page, "https://news.example/page")
			if r := recs[0]; r.URL != "https://news.example/page" || r.Date != "2024-05-01T10:00:00Z" || r.ID != "a1" {
				t.Errorf("line 1: url %q, date %q, id %q", r.URL, r.Date, r.ID)
			}
			if e := recs[1].Error; e == nil || *e != wantErr {
				t.Errorf("line 2: error %v, want %q", e, wantErr)
			}
			wantArticles(t, recs[2], storyA)
			wantArticles(t, recs[3], storyB)
			if recs[2].Text != nil || recs[3].URL != "https://news.example/markets" {
				t.Errorf("text lines: %+v %+v; want no record text (the spans index the line's \"text\") and line 5's URL", recs[2], recs[3])
			}
			if len(inputs) > 1 {
				wantArticles(t, recs[4], storyB)
			}
		})
	}
}

// TestInputFormat: --input-format decides how every input is read, and
// --html and --text are its html and text; what disagrees is bad usage.
func TestInputFormat(t *testing.T) {
	dir := t.TempDir()
	page := realPages(t)[0]
	path := filepath.Join(dir, "page") // no extension
	writeFile(t, path, string(page.data))
	w, pages := crawlWARC(t)
	crawl := filepath.Join(dir, "crawl.bin")
	writeFile(t, crawl, string(w.gzipped(t)))
	text := filepath.Join(dir, "story.html")
	writeFile(t, text, storyA)

	isText := func(rec jsonRecord) bool { return rec.Error == nil && rec.Text == nil }
	for _, tt := range []struct {
		args  []string
		check func(recs []jsonRecord) bool
	}{
		{[]string{path}, func(r []jsonRecord) bool { return len(r) == 1 && !isText(r[0]) }},
		{[]string{"--input-format", "text", path}, func(r []jsonRecord) bool { return len(r) == 1 && isText(r[0]) }},
		{[]string{"--input-format=TEXT", path}, func(r []jsonRecord) bool { return len(r) == 1 && isText(r[0]) }},
		{[]string{"--text", path}, func(r []jsonRecord) bool { return len(r) == 1 && isText(r[0]) }},
		{[]string{"--input-format", "html", text}, func(r []jsonRecord) bool { return len(r) == 1 && !isText(r[0]) }},
		{[]string{"--input-format", "warc", crawl}, func(r []jsonRecord) bool { return len(r) == len(pages) }},
		{[]string{crawl}, func(r []jsonRecord) bool { return len(r) == len(pages) }}, // "WARC/" after gzip
		{[]string{"--input-format", "auto", "--html", path}, func(r []jsonRecord) bool { return len(r) == 1 && !isText(r[0]) }},
	} {
		res := runCmd(t, "", append([]string{"-o", "jsonl"}, tt.args...)...)
		if recs := decodeJSONL(t, res.stdout); res.code != 0 || !tt.check(recs) {
			t.Errorf("%q: exit %d, stderr %q, records %q", tt.args, res.code, res.stderr, paths(recs))
		}
	}
	for _, tt := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"--input-format", "pdf", path}, `invalid argument "pdf" for "--input-format" flag`},
		{[]string{"--html", "--input-format", "warc", path}, "--html and --input-format warc cannot both be set"},
		{[]string{"dupes", "--text", "--input-format", "jsonl", path}, "--text and --input-format jsonl cannot both be set"},
	} {
		if res := runCmd(t, "", tt.args...); res.code != 2 || !strings.Contains(res.stderr, tt.stderr) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.args, res.code, res.stderr, tt.stderr)
		}
	}
}

// TestBadInputs: bad input to each reader (a truncated gzip file, a WARC
// file with a corrupt record, a JSONL line that is not JSON) is one line
// on standard error naming the input and the record, the rest of the
// input and the inputs after it are read, and the exit status is 1.
func TestBadInputs(t *testing.T) {
	pages := realPages(t)
	var three warcFile
	for i, p := range pages[:3] {
		three.response("https://news.example/"+p.name, fmt.Sprintf("2024-05-01T10:0%d:00Z", i), "text/html", p.data)
	}
	members := func() [][]byte {
		var ms [][]byte
		for _, r := range three.records {
			ms = append(ms, gzipData(t, r))
		}
		return ms
	}
	// The second record's gzip member, with bytes in the middle of its
	// compressed data flipped.
	corrupt := members()
	m := corrupt[1]
	for i := len(m) / 2; i < len(m)/2+8; i++ {
		m[i] ^= 0x55
	}
	corruptAt := len(corrupt[0])
	// The last record's member, cut in half.
	cut := members()
	cut[2] = cut[2][:len(cut[2])/2]
	cutAt := len(cut[0]) + len(cut[1])
	// A record whose Content-Length is not a number.
	var badHeader warcFile
	badHeader.records = slices.Clone(three.records)
	badHeader.records[1] = bytes.Replace(badHeader.records[1], []byte("Content-Length: "), []byte("Content-Length: x"), 1)
	jsonl, _ := jsonlExport(t)
	// An export of a page and two texts, cut in its last line.
	lines := strings.SplitAfter(jsonl, "\n")
	clean := []byte(lines[0] + lines[2] + lines[4])
	truncatedJSONL := gzipData(t, clean)
	truncatedJSONL = truncatedJSONL[:len(truncatedJSONL)-30]
	truncatedPage := gzipData(t, pages[0].data)
	truncatedPage = truncatedPage[:len(truncatedPage)/2]

	for _, tt := range []struct {
		name   string
		data   []byte
		record string // what the error says of the record, after the input
		docs   int    // the input's documents that are read
	}{
		{"truncated.html.gz", truncatedPage, ": gzip: unexpected EOF", 0},
		{"truncated.warc.gz", bytes.Join(cut, nil), fmt.Sprintf(": record 3 (gzip member at byte %d): the block ends after", cutAt), 2},
		{"corrupt-member.warc.gz", bytes.Join(corrupt, nil), fmt.Sprintf(": record 2 (gzip member at byte %d): ", corruptAt), 2},
		{"bad-header.warc", badHeader.plain(), fmt.Sprintf(": record 2 (byte %d): Content-Length \"x", len(three.records[0])), 2},
		{"not-json.jsonl", []byte(jsonl), ": line 2: not JSON", 3},
		{"truncated.jsonl.gz", truncatedJSONL, ": line 3: gzip: unexpected EOF", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tt.name)
			writeFile(t, path, string(tt.data))
			after := filepath.Join(dir, "after.txt")
			writeFile(t, after, storyB)
			res := runCmd(t, "", "-o", "jsonl", path, after)
			if prefix := "newstext: reading " + path + tt.record; res.code != 1 || !strings.HasPrefix(res.stderr, prefix) || strings.Count(res.stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want 1 and one line starting %q", res.code, res.stderr, prefix)
			}
			recs := decodeJSONL(t, res.stdout)
			docs := 0
			for _, r := range recs[:len(recs)-1] {
				if r.Error == nil {
					docs++
				}
			}
			if docs != tt.docs || recs[len(recs)-1].Path != after {
				t.Errorf("records %q; want %d documents of the input, an error and %s", paths(recs), tt.docs, after)
			}
			wantArticles(t, recs[len(recs)-1], storyB)
		})
	}
}

// outDirInputs writes inputs of every kind for the --out-dir tests and
// returns their paths: text files in a folder, a page gzipped, a WARC file
// of real pages and a JSONL export without bad lines.
func outDirInputs(t *testing.T) []string {
	dir := t.TempDir()
	texts := filepath.Join(dir, "texts")
	writeFile(t, filepath.Join(texts, "a.txt"), storyA)
	writeFile(t, filepath.Join(texts, "sub", "b.txt"), storyB)
	writeFile(t, filepath.Join(texts, "sub", "a.txt"), storyA+storyB)
	pages := realPages(t)
	gz := filepath.Join(dir, "page.html.gz")
	writeFile(t, gz, string(gzipData(t, pages[0].data)))
	w, _ := crawlWARC(t)
	crawl := filepath.Join(dir, "crawl.warc.gz")
	writeFile(t, crawl, string(w.gzipped(t)))
	data, _ := jsonlExport(t)
	lines := strings.SplitAfter(data, "\n")
	export := filepath.Join(dir, "export.jsonl")
	writeFile(t, export, lines[0]+lines[2]+lines[4])
	return []string{texts, gz, crawl, export}
}

// readDir returns the files of dir by name, with their contents.
func readDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(data)
	}
	return files
}

// A failingWriter fails after n bytes, as a full disk does.
type failingWriter struct {
	w *os.File
	n int
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k, _ := f.w.Write(p[:f.n])
		f.n = 0
		return k, fmt.Errorf("no space left on device (test)")
	}
	f.n -= len(p)
	return f.w.Write(p)
}

// TestOutDir: --out-dir writes one file per document, named after it,
// holding what the command prints for that document alone. A run
// interrupted part way (a write that fails, as on a full disk) leaves
// only whole files, and a second run writes the rest without parsing
// again what is there: the folder is then what one run gives.
func TestOutDir(t *testing.T) {
	inputs := outDirInputs(t)
	for _, tt := range []struct {
		output, jobs string
	}{
		{"jsonl", "1"}, {"json", "4"}, {"text", "4"}, {"markdown", "1"},
	} {
		t.Run(tt.output+" -j"+tt.jobs, func(t *testing.T) {
			args := func(dir string) []string {
				return append([]string{"-o", tt.output, "-j", tt.jobs, "--out-dir", dir}, inputs...)
			}
			whole := filepath.Join(t.TempDir(), "whole")
			res := runCmd(t, "", args(whole)...)
			if res.code != 0 || res.stdout != "" || res.stderr != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q; want 0 and nothing", res.code, res.stdout, res.stderr)
			}
			want := readDir(t, whole)
			// One file per document, each what the command prints for
			// it alone.
			all := runCmd(t, "", append([]string{"-o", "jsonl"}, inputs...)...)
			recs := decodeJSONL(t, all.stdout)
			if len(want) != len(recs) || len(recs) < 15 {
				t.Fatalf("%d files for %d documents", len(want), len(recs))
			}
			for _, r := range recs {
				name := outName(r.Path) + outExt[tt.output]
				got, ok := want[name]
				if !ok {
					t.Errorf("%s: no file %s", r.Path, name)
					continue
				}
				if strings.Contains(r.Path, "#record ") || strings.Contains(r.Path, ".jsonl:") {
					continue // a record, not a path to run on its own
				}
				if one := runCmd(t, "", "-o", tt.output, "--", r.Path); got != one.stdout {
					t.Errorf("%s: file %s holds %.200q, want %.200q", r.Path, name, got, one.stdout)
				}
			}

			// Interrupted at the fifth file, half written.
			dir := filepath.Join(t.TempDir(), "out")
			n := 0
			testHookOutFile = func(w io.Writer) io.Writer {
				n++
				if n == 5 {
					return &failingWriter{w: w.(*os.File), n: 100}
				}
				return w
			}
			defer func() { testHookOutFile = nil }()
			res = runCmd(t, "", args(dir)...)
			if res.code != 1 || !strings.HasPrefix(res.stderr, "newstext: writing output: "+dir+string(filepath.Separator)) ||
				!strings.HasSuffix(res.stderr, ": no space left on device (test)\n") {
				t.Errorf("interrupted: exit %d, stderr %q; want 1 and the write error", res.code, res.stderr)
			}
			got := readDir(t, dir)
			if len(got) != 4 {
				t.Errorf("interrupted: %d files, want the 4 written whole: %v", len(got), slices.Sorted(maps.Keys(got)))
			}
			for name, data := range got {
				if want[name] != data {
					t.Errorf("interrupted: %s is not what one run writes (a half file?)", name)
				}
			}

			// Resumed: only the missing files are written.
			n = 0
			testHookOutFile = func(w io.Writer) io.Writer { n++; return w }
			res = runCmd(t, "", args(dir)...)
			if res.code != 0 || res.stderr != "" {
				t.Fatalf("resumed: exit %d, stderr %q", res.code, res.stderr)
			}
			if n != len(want)-4 {
				t.Errorf("resumed: %d files written, want %d (the ones not there)", n, len(want)-4)
			}
			if got := readDir(t, dir); !maps.Equal(got, want) {
				t.Errorf("resumed: files %v, want %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
			}

			// Again: nothing to do.
			n = 0
			if res := runCmd(t, "", args(dir)...); res.code != 0 || n != 0 {
				t.Errorf("third run: exit %d, %d files written; want 0 and none", res.code, n)
			}
		})
	}
}

// TestOutDirErrors: a document that cannot be read gets no file (the next
// run tries it again) and its error on standard error; an --out-dir that
// cannot be made is one line and exit 1.
func TestOutDirErrors(t *testing.T) {
	dir := t.TempDir()
	data, _ := jsonlExport(t)
	export := filepath.Join(dir, "export.jsonl")
	writeFile(t, export, data)
	out := filepath.Join(dir, "out")
	res := runCmd(t, "", "--out-dir", out, export)
	if res.code != 1 || strings.Count(res.stderr, "\n") != 1 || !strings.Contains(res.stderr, export+": line 2: not JSON") {
		t.Errorf("exit %d, stderr %q; want 1 and the bad line", res.code, res.stderr)
	}
	if got := readDir(t, out); len(got) != 3 {
		t.Errorf("files %v, want one for each of the 3 documents", slices.Sorted(maps.Keys(got)))
	}
	if res := runCmd(t, "", "--out-dir", filepath.Join(export, "sub"), export); res.code != 1 || !strings.HasPrefix(res.stderr, "newstext: --out-dir: ") || strings.Count(res.stderr, "\n") != 1 {
		t.Errorf("--out-dir under a file: exit %d, stderr %q; want 1 and one line", res.code, res.stderr)
	}
}

// TestOutName: an output file's name is the document's name made safe,
// and a hash of it, so that names alike once made safe stay apart.
func TestOutName(t *testing.T) {
	for _, tt := range []struct {
		name, want string // want: the name less its hash
	}{
		{"crawl/CC-NEWS-20240501.warc.gz#record 17", "crawl_CC-NEWS-20240501.warc.gz_record_17"},
		{"./pages/a.html", "pages_a.html"},
		{"../../etc/passwd", "etc_passwd"},
		{"/abs/path/page.HTML.gz", "abs_path_page.HTML.gz"},
		{"export.jsonl:42", "export.jsonl_42"},
		{"-", "stdin"},
		{"-:3", "stdin_3"},
		{"-#record 2", "stdin_record_2"},
		{"Zürich café.txt", "Z_rich_caf_.txt"},
		{"a\x00b\nc.txt", "a_b_c.txt"},
		{".hidden", "hidden"},
		{"--flag.txt", "flag.txt"},
		{"...", ""},
		{strings.Repeat("d/", 80) + "last.txt", strings.Repeat("d_", 46) + "last.txt"},
	} {
		got := outName(tt.name)
		pattern := "^" + regexp.QuoteMeta(tt.want) + "-[0-9a-f]{8}$"
		if tt.want == "" {
			pattern = "^[0-9a-f]{8}$"
		}
		if !regexp.MustCompile(pattern).MatchString(got) {
			t.Errorf("outName(%q) = %q, want %q and a hash", tt.name, got, tt.want)
		}
		if outName(tt.name) != got {
			t.Errorf("outName(%q) is not stable", tt.name)
		}
	}
	if a, b := outName("a/b.txt"), outName("a_b.txt"); a == b {
		t.Errorf("outName: a/b.txt and a_b.txt both give %q", a)
	}
	if a, b := outName("./a.txt"), outName("a.txt"); a != b {
		t.Errorf("outName: ./a.txt gives %q, a.txt %q; want one", a, b)
	}
}

// TestDupesSource: dupes reads through the same reader: the records of a
// WARC file and a gzipped page are documents like any file.
func TestDupesSource(t *testing.T) {
	pages := realPages(t)
	var w warcFile
	first := w.response("https://news.example/a", "2024-05-01T10:00:00Z", "text/html", pages[0].data)
	w.response("https://news.example/b", "2024-05-01T10:01:00Z", "text/html", pages[1].data)
	again := w.response("https://news.example/a?utm=x", "2024-05-01T10:02:00Z", "text/html", pages[0].data)
	dir := t.TempDir()
	crawl := filepath.Join(dir, "crawl.warc.gz")
	writeFile(t, crawl, string(w.gzipped(t)))
	gz := filepath.Join(dir, "copy.html.gz")
	writeFile(t, gz, string(gzipData(t, pages[1].data)))
	res := runCmd(t, "", "dupes", crawl, gz)
	want := fmt.Sprintf("%s#record %d\t%s#record %d\n%s#record 2\t%s\n", crawl, first, crawl, again, crawl, gz)
	if res.code != 0 || res.stdout != want {
		t.Errorf("exit %d, stderr %q, stdout %q; want 0, %q", res.code, res.stderr, res.stdout, want)
	}
}
