package source

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// fixturePages returns the HTML fixtures of the root package's tests,
// sorted by name; the test fails when there are none.
func fixturePages(t *testing.T) (names []string, pages [][]byte) {
	t.Helper()
	paths, err := filepath.Glob("../testdata/html/*.html")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no HTML fixtures in ../testdata/html (%v)", err)
	}
	slices.Sort(paths)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".html"))
		pages = append(pages, b)
	}
	return names, pages
}

// TestWARCFromFixtures builds a crawl of the real pages under
// testdata/html as Common Crawl writes one (warcinfo; then per page a
// request, the response and a metadata record; an image and a 404 page
// among them), gzipped a record at a time, and checks that every page
// comes back with its URL, date, Content-Type and exact bytes, named by
// its record, and nothing else does. The same crawl uncompressed, gzipped
// as a whole, and in zstd reads the same.
func TestWARCFromFixtures(t *testing.T) {
	names, pages := fixturePages(t)
	date := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
	records := [][]byte{warcRecord("warcinfo", []byte("software: newstext test\r\nformat: WARC File Format 1.1\r\n"),
		"WARC-Date", date.Format(time.RFC3339), "Content-Type", "application/warc-fields")}
	type want struct {
		name, url, ctype string
		date             time.Time
		body             []byte
	}
	var wants []want
	for i, name := range names {
		url := "https://news.example/" + name
		d := date.Add(time.Duration(i) * time.Second)
		ctype := "text/html; charset=utf-8"
		if i%3 == 1 {
			ctype = "text/html"
		}
		records = append(records,
			warcRecord("request", []byte("GET /"+name+" HTTP/1.1\r\nHost: news.example\r\n\r\n"),
				"WARC-Target-URI", url, "WARC-Date", d.Format(time.RFC3339), "Content-Type", "application/http; msgtype=request"),
			response(url, d.Format(time.RFC3339), "200 OK", ctype, pages[i]),
			warcRecord("metadata", []byte("fetchTimeMs: 120\r\n"),
				"WARC-Target-URI", url, "WARC-Date", d.Format(time.RFC3339), "Content-Type", "application/warc-fields"))
		wants = append(wants, want{fmt.Sprintf("crawl#record %d", len(records)-1), url, ctype, d, pages[i]})
		if i == 2 {
			records = append(records,
				response("https://news.example/logo.png", d.Format(time.RFC3339), "200 OK", "image/png", []byte("\x89PNG\r\n\x1a\n...")),
				response("https://news.example/gone", d.Format(time.RFC3339), "404 Not Found", "text/html", page("Not found")),
				response("https://news.example/moved", d.Format(time.RFC3339), "301 Moved Permanently", "text/html", page("Moved")))
		}
	}
	plain := cat(records...)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"crawl.warc.gz", gzEach(records...)},
		{"crawl.warc", plain},
		{"crawl.whole.warc.gz", gz(plain)},
		{"crawl.warc.zst", zst(plain)},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := write(t, t.TempDir(), c.name, c.data)
			g := collect(t, Docs(path))
			if len(g.errs) > 0 || len(g.docs) != len(wants) {
				t.Fatalf("got %d documents and %d errors, want %d documents:\n%v", len(g.docs), len(g.errs), len(wants), g)
			}
			for i, w := range wants {
				d := g.docs[i]
				wantName := strings.Replace(w.name, "crawl", path, 1)
				if d.Name != wantName || d.URL != w.url || !d.Date.Equal(w.date) || d.ContentType != w.ctype || d.Kind != HTML || !strings.HasPrefix(d.ID, "<urn:uuid:") {
					t.Errorf("document %d: got %q %q %v %q %v %q,\nwant %q %q %v %q html", i, d.Name, d.URL, d.Date, d.ContentType, d.Kind, d.ID, wantName, w.url, w.date, w.ctype)
				}
				if !bytes.Equal(d.Body, w.body) {
					t.Errorf("document %d (%s): body of %d bytes differs from the fixture's %d", i, w.url, len(d.Body), len(w.body))
				}
			}
		})
	}
}

// TestWARCDamage: a WARC file with one damaged record among good ones
// gives an error naming the input and that record, and every good record
// before and after it, uncompressed, gzipped a record at a time, and
// gzipped as a whole.
func TestWARCDamage(t *testing.T) {
	good := func(i int) []byte {
		return response(fmt.Sprintf("https://news.example/%d", i), "2024-05-01T10:00:00Z", "200 OK", "text/html", page(fmt.Sprintf("Story %d", i)))
	}
	withLength := func(delta int) []byte {
		r := good(2)
		i := bytes.Index(r, []byte("Content-Length: "))
		j := i + bytes.Index(r[i:], []byte("\r\n"))
		var n int
		fmt.Sscan(string(r[i+len("Content-Length: "):j]), &n)
		return cat(r[:i], []byte(fmt.Sprintf("Content-Length: %d", n+delta)), r[j:])
	}
	replace := func(old, new string) []byte {
		return bytes.Replace(good(2), []byte(old), []byte(new), 1)
	}
	cases := []struct {
		name   string
		bad    []byte // record 2
		want   string // in the error, which names record 2
		gzOnly bool
		urls   []int // the documents read, if not 1 and 3
	}{
		{name: "content-length too large", bad: withLength(+60), want: "Content-Length"},
		{name: "content-length far too large", bad: withLength(+5000), want: "block ends"},
		{name: "content-length too small", bad: withLength(-60), want: "Content-Length"},
		{name: "content-length not a number", bad: replace("Content-Length: ", "Content-Length: x"), want: "not a number"},
		{name: "no content-length", bad: replace("Content-Length: ", "Content-Lenght: "), want: "no Content-Length"},
		{name: "garbage header", bad: replace("WARC-Date:", "\x00\x01\xff garbage\r\nWARC-Date:"), want: "not a field"},
		{name: "binary header", bad: cat([]byte("WARC/1.1\r\n"), bytes.Repeat([]byte("\x00\xfe\x13\n"), 50), good(2)[len("WARC/1.1\r\n"):]), want: "not a field"},
		{name: "bad http status line", bad: replace("HTTP/1.1 200 OK", "HTTX/1.1 200 OK"), want: "status line"},
		{name: "http header cut off", bad: warcRecord("response", []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"), "WARC-Target-URI", "x", "Content-Type", "application/http"), want: "cut off"},
	}
	for _, c := range cases {
		for _, form := range []string{"warc", "warc.gz", "whole.warc.gz"} {
			if c.gzOnly && form == "warc" {
				continue
			}
			t.Run(c.name+"/"+form, func(t *testing.T) {
				recs := [][]byte{good(1), c.bad, good(3)}
				var data []byte
				switch form {
				case "warc":
					data = cat(recs...)
				case "warc.gz":
					data = gzEach(recs...)
				default:
					data = gz(cat(recs...))
				}
				path := write(t, t.TempDir(), "crawl."+form, data)
				g := collect(t, Docs(path))
				checkDamage(t, g, path, "record 2", c.want, []string{"https://news.example/1", "https://news.example/3"})
			})
		}
	}
}

// checkDamage checks that g holds the documents wantURLs and one error,
// for input path, whose Record starts with record and whose message holds
// want.
func checkDamage(t *testing.T, g got, path, record, want string, wantURLs []string) {
	t.Helper()
	if !slices.Equal(g.urls(), wantURLs) {
		t.Errorf("documents %q, want %q:\n%v", g.urls(), wantURLs, g)
	}
	if len(g.errs) != 1 {
		t.Fatalf("%d errors, want 1:\n%v", len(g.errs), g)
	}
	e := g.errs[0]
	if e.Input != path || !strings.HasPrefix(e.Record, record) || !strings.Contains(e.Error(), want) {
		t.Errorf("error %q (input %q, record %q), want one for %s, %s, saying %q", e, e.Input, e.Record, path, record, want)
	}
	// One line, saying the codec's name once.
	if msg := e.Error(); strings.Contains(msg, "\n") || strings.Contains(msg, "gzip: gzip:") {
		t.Errorf("error %q: want one line, naming gzip once", msg)
	}
}

// TestWARCGzipDamage: damage to a gzip member (cut short in the middle
// of the file, bytes overwritten, the file cut short) costs that member's
// record only, in a file and on a stream that cannot seek.
func TestWARCGzipDamage(t *testing.T) {
	recs := make([][]byte, 5)
	for i := range recs {
		recs[i] = response(fmt.Sprintf("https://news.example/%d", i+1), "2024-05-01T10:00:00Z", "200 OK", "text/html",
			bytes.Repeat(page(fmt.Sprintf("Story %d", i+1)), 40+i))
	}
	member := func(i int) []byte { return gz(recs[i]) }
	corrupt := func(m []byte) []byte {
		m = bytes.Clone(m)
		for i := len(m) / 2; i < len(m)/2+8; i++ {
			m[i] ^= 0x5a
		}
		return m
	}
	flip := func(m []byte, x byte, n int) []byte {
		m = bytes.Clone(m)
		for i := len(m) / 2; i < len(m)/2+n; i++ {
			m[i] ^= x
		}
		return m
	}
	all := []string{"https://news.example/1", "https://news.example/2", "https://news.example/3", "https://news.example/4", "https://news.example/5"}
	without := func(n int) []string { return slices.Delete(slices.Clone(all), n-1, n) }
	cases := []struct {
		name   string
		data   []byte
		record string // the error's
		want   string
		urls   []string
		stream []string // the documents read from a stream that cannot seek, if fewer
	}{
		{"member cut short mid-file", cat(member(0), member(1), member(2)[:len(member(2))/2], member(3), member(4)),
			"record 3 (gzip member at byte", "gzip", without(3), []string{"https://news.example/1", "https://news.example/2", "https://news.example/5"}},
		{"member overwritten", cat(member(0), member(1), corrupt(member(2)), member(3), member(4)),
			"record 3 (gzip member at byte", "gzip", without(3), nil},
		// Damage that gzip finds at the member's end only, and damage
		// found twice over (the record's header and the checksum): one
		// line each, saying gzip once.
		{"member's checksum wrong", cat(member(0), member(1), flip(member(2), 0x01, 1), member(3), member(4)),
			"record 3 (gzip member at byte", "gzip: invalid checksum", without(3), nil},
		{"member's header and checksum wrong", cat(member(0), member(1), flip(member(2), 0x55, 2), member(3), member(4)),
			"record 3 (gzip member at byte", "no Content-Length; gzip: ", without(3), nil},
		{"file cut short", cat(member(0), member(1), member(2), member(3), member(4)[:len(member(4))-20]),
			"record 5 (gzip member at byte", "unexpected EOF", without(5), nil},
		{"garbage between members", cat(member(0), member(1), []byte("garbage, not gzip\n"), member(2), member(3), member(4)),
			"byte ", "not a gzip member", all, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := write(t, t.TempDir(), "crawl.warc.gz", c.data)
			checkDamage(t, collect(t, Docs(path)), path, c.record, c.want, c.urls)
		})
		t.Run(c.name+"/stream", func(t *testing.T) {
			urls := c.urls
			if c.stream != nil {
				urls = c.stream
			}
			g := collect(t, new(Reader).DocsFrom("crawl.warc.gz", oneReader{bytes.NewReader(c.data)}))
			checkDamage(t, g, "crawl.warc.gz", c.record, c.want, urls)
		})
	}
}

// TestWARCRecords: what makes a record a document, and what is passed
// over silently.
func TestWARCRecords(t *testing.T) {
	chunked := warcRecord("response", []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"+
		"10\r\n<p>chunked page \r\n6\r\none</p\r\n1\r\n>\r\n0\r\n\r\n"), "WARC-Target-URI", "https://news.example/chunked", "Content-Type", "application/http; msgtype=response")
	unchunked := warcRecord("response", []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n<p>stored unchunked</p>"),
		"WARC-Target-URI", "https://news.example/unchunked", "Content-Type", "application/http; msgtype=response")
	gzipped := warcRecord("response", cat([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"), gz([]byte("<p>gzip page</p>"))),
		"WARC-Target-URI", "https://news.example/gzip", "Content-Type", "application/http; msgtype=response")
	brotli := warcRecord("response", []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\x1b\x0f\x00"),
		"WARC-Target-URI", "https://news.example/br", "Content-Type", "application/http; msgtype=response")
	sloppy := warcRecord("response", []byte("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\nbroken header line\r\nX Bad Name: 1\r\n\r\n<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"),
		"WARC-Target-URI", "<https://news.example/sloppy>", "WARC-Date", "2024-05-01T10:00:00.123456Z", "Content-Type", "application/http; msgtype=response")
	noType := response("https://news.example/untyped", "20240501100000", "200 OK", "", page("Untyped"))
	noTypeText := response("https://news.example/untyped.txt", "2024-05-01", "200 OK", "", []byte("plain text"))
	resource := warcRecord("resource", page("Resource"), "WARC-Target-URI", "file:///page.html", "Content-Type", "text/html")
	revisit := warcRecord("revisit", []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"), "WARC-Target-URI", "https://news.example/revisit", "Content-Type", "application/http")
	empty := response("https://news.example/empty", "2024-05-01T10:00:00Z", "200 OK", "text/html", nil)
	noContent := response("https://news.example/204", "2024-05-01T10:00:00Z", "204 No Content", "text/html", nil)
	xhtml := response("https://news.example/xhtml", "2024-05-01T10:00:00Z", "200 OK", "application/xhtml+xml", page("XHTML"))
	old := bytes.Replace(response("https://news.example/old", "2008-01-01T00:00:00Z", "200 OK", "text/html", page("Old")), []byte("WARC/1.1"), []byte("WARC/0.18"), 1)
	lf := (bytes.TrimSuffix(response("https://news.example/lf", "2024-05-01T10:00:00Z", "200 OK", "text/html", page("LF")), []byte("\r\n\r\n")))
	lf = append(lf, '\n', '\n')

	data := cat(chunked, unchunked, gzipped, brotli, sloppy, noType, noTypeText, resource, revisit, empty, noContent, xhtml, old, lf)
	g := from(t, nil, "x.warc", data)
	want := []string{
		"doc x.warc#record 1 https://news.example/chunked <p>chunked page one</p>",
		"doc x.warc#record 2 https://news.example/unchunked <p>stored unchunked</p>",
		"doc x.warc#record 3 https://news.example/gzip <p>gzip page</p>",
		"err source: x.warc: record 4 (byte " + fmt.Sprint(len(chunked)+len(unchunked)+len(gzipped)) + "): HTTP payload: Content-Encoding br (Brotli) is not supported",
		"doc x.warc#record 5 https://news.example/sloppy <p>\xcf\xf0\xe8\xe2\xe5\xf2</p>",
		"doc x.warc#record 6 https://news.example/untyped " + string(page("Untyped")),
		"doc x.warc#record 8 file:///page.html " + string(page("Resource")),
		"doc x.warc#record 10 https://news.example/empty ",
		"doc x.warc#record 12 https://news.example/xhtml " + string(page("XHTML")),
		"doc x.warc#record 13 https://news.example/old " + string(page("Old")),
		"doc x.warc#record 14 https://news.example/lf " + string(page("LF")),
	}
	var have []string
	i := 0
	for _, l := range g.log {
		if strings.HasPrefix(l, "err") {
			have = append(have, l)
			continue
		}
		d := g.docs[i]
		i++
		have = append(have, fmt.Sprintf("doc %s %s %s", d.Name, d.URL, d.Body))
	}
	if !slices.Equal(have, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range g.docs {
		switch d.URL {
		case "https://news.example/sloppy":
			if !d.Date.Equal(time.Date(2024, 5, 1, 10, 0, 0, 123456000, time.UTC)) || d.Charset() != "windows-1251" || string(d.Decoded()) != "<p>Привет</p>" {
				t.Errorf("sloppy: date %v, charset %q, decoded %q", d.Date, d.Charset(), d.Decoded())
			}
		case "https://news.example/untyped":
			if !d.Date.Equal(time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)) || d.ContentType != "" {
				t.Errorf("untyped: date %v, content type %q", d.Date, d.ContentType)
			}
		}
	}
}

// TestWARCNoDocument: a WARC file with records but no page yields
// ErrNoInput; one with only garbage yields the garbage's error.
func TestWARCNoDocument(t *testing.T) {
	dir := t.TempDir()
	requests := write(t, dir, "requests.warc", warcRecord("request", []byte("GET / HTTP/1.1\r\n\r\n"), "WARC-Target-URI", "https://news.example/"))
	g := collect(t, Docs(requests))
	if len(g.docs) != 0 || len(g.errs) != 1 || !strings.Contains(g.errs[0].Error(), "no input") {
		t.Errorf("requests only:\n%v", g)
	}
}

// TestWARCGzipSeekBase: DocsFrom on a file read from the middle goes back
// to the right place after a damaged member.
func TestWARCGzipSeekBase(t *testing.T) {
	var recs [][]byte
	for i := range 4 {
		recs = append(recs, response(fmt.Sprintf("https://news.example/%d", i+1), "2024-05-01T10:00:00Z", "200 OK", "text/html", bytes.Repeat(page("Story"), 30+i)))
	}
	m := func(i int) []byte { return gz(recs[i]) }
	prefix := bytes.Repeat([]byte("an unrelated header before the crawl\n"), 10)
	path := write(t, t.TempDir(), "x.bin", cat(prefix, m(0), m(1)[:len(m(1))/2], m(2), m(3)))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Seek(int64(len(prefix)), 0); err != nil {
		t.Fatal(err)
	}
	g := collect(t, new(Reader).DocsFrom("x.warc.gz", f))
	checkDamage(t, g, "x.warc.gz", "record 2 (gzip member at byte", "gzip: ", []string{"https://news.example/1", "https://news.example/3", "https://news.example/4"})
}
