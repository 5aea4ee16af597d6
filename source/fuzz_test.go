package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The fuzz targets read random bytes as a WARC file and as JSONL, forced
// and detected, and check what the package promises: no panic, each
// document named by its record and within MaxSize, and each error an
// *Error naming the input and the record (or the place) it concerns.
//
//	go test -run '^$' -fuzz='^FuzzWARC$' -fuzztime=60s ./source/
//	go test -run '^$' -fuzz='^FuzzJSONL$' -fuzztime=60s ./source/

// fuzzMaxSize is the MaxSize of the fuzz targets: small, so that the
// size limit is met.
const fuzzMaxSize = 1 << 12

func FuzzWARC(f *testing.F) {
	good := response("https://news.example/1", "2024-05-01T10:00:00Z", "200 OK", "text/html; charset=utf-8", page("One"))
	two := response("https://news.example/2", "2024-05-01T10:00:01Z", "200 OK", "text/html", page("Two"))
	chunked := warcRecord("response", []byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n5\r\n<p>x<\r\n0\r\n\r\n"), "Content-Type", "application/http")
	short := bytes.Replace(two, []byte("Content-Length: "), []byte("Content-Length: 1"), 1)
	for _, seed := range [][]byte{
		cat(good, two),
		gzEach(good, two),
		gz(cat(good, two)),
		cat(good, short, two),
		gzEach(good, short, two),
		cat(gz(good), gz(two)[:30], gz(good)),
		cat(good, []byte("garbage\r\n"), chunked),
		warcRecord("warcinfo", []byte("software: x\r\n")),
		[]byte("WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n"),
		zst(cat(good, two)),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{FormatWARC, FormatAuto} {
			r := Reader{Format: format, MaxSize: fuzzMaxSize}
			checkFuzz(t, &r, "f.warc", data, "#record ", []string{"record ", "byte ", "gzip member at byte "})
		}
	})
}

func FuzzJSONL(f *testing.F) {
	for _, seed := range []string{
		`{"url": "https://news.example/1", "html": "<p>one</p>", "date": "2024-05-01", "id": 1, "title": "One"}` + "\n" + `{"text": "two"}`,
		"{\"text\": \"one\"}\nnot json\n{\"text\": \"caf\xe9\"}\n\n[1]\n{\"html\": 5}\n",
		`{"text": "` + strings.Repeat("long ", 1000) + `"}` + "\n" + `{"text": "after"}`,
		string(gz([]byte(`{"text": "gzip"}` + "\n"))),
		string(bzip2JSONL),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{FormatJSONL, FormatAuto} {
			r := Reader{Format: format, MaxSize: fuzzMaxSize}
			checkFuzz(t, &r, "f.jsonl", data, ":", []string{"line "})
		}
	})
}

// checkFuzz reads data as the input name and checks the documents and
// errors it yields: a document's name is name, then sep and a number, for
// a record; an error's Record starts with one of records, unless it
// concerns the whole input.
func checkFuzz(t *testing.T, r *Reader, name string, data []byte, sep string, records []string) {
	t.Helper()
	for d, err := range r.DocsFrom(name, bytes.NewReader(data)) {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Input != name || !strings.HasPrefix(err.Error(), "source: "+name+": ") {
				t.Fatalf("error %q (%T) does not name the input %s", err, err, name)
			}
			if e.Record == "" {
				continue // the whole input: not compressed right, empty, too large, no document
			}
			ok := false
			for _, prefix := range records {
				var n int
				_, serr := fmt.Sscanf(strings.TrimPrefix(e.Record, prefix), "%d", &n)
				ok = ok || strings.HasPrefix(e.Record, prefix) && serr == nil && n >= 0
			}
			if !ok && r.Format != FormatAuto {
				t.Fatalf("error %q: record %q is none of %q", err, e.Record, records)
			}
			continue
		}
		if len(d.Body) > fuzzMaxSize {
			t.Fatalf("document %s of %d bytes, over MaxSize", d.Name, len(d.Body))
		}
		if d.Name != name {
			var n int
			if _, err := fmt.Sscanf(strings.TrimPrefix(d.Name, name+sep), "%d", &n); err != nil || n < 1 {
				t.Fatalf("document named %q, not %s%sN", d.Name, name, sep)
			}
		}
	}
}
