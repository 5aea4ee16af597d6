package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// This file builds inputs for the tests: WARC records, HTTP responses,
// compressed bytes, and a way to collect what a Reader yields.

// warcRecord returns a WARC/1.1 record of type typ with the given block
// and header fields (name, value pairs) after WARC-Type.
func warcRecord(typ string, block []byte, fields ...string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\n", typ)
	for i := 0; i+1 < len(fields); i += 2 {
		fmt.Fprintf(&b, "%s: %s\r\n", fields[i], fields[i+1])
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// response returns a WARC response record for uri, fetched at date, whose
// HTTP response has the status line status, the Content-Type ctype ("" for
// none) and the payload body.
func response(uri, date, status, ctype string, body []byte) []byte {
	var h bytes.Buffer
	fmt.Fprintf(&h, "HTTP/1.1 %s\r\nServer: test\r\n", status)
	if ctype != "" {
		fmt.Fprintf(&h, "Content-Type: %s\r\n", ctype)
	}
	fmt.Fprintf(&h, "Content-Length: %d\r\n\r\n", len(body))
	h.Write(body)
	return warcRecord("response", h.Bytes(),
		"WARC-Target-URI", uri,
		"WARC-Date", date,
		"WARC-Record-ID", "<urn:uuid:"+fmt.Sprintf("%08x", len(uri)*7919+len(body))+"-0000-4000-8000-000000000000>",
		"Content-Type", "application/http; msgtype=response")
}

// page returns a short HTML page whose body says what.
func page(what string) []byte {
	return []byte("<!doctype html><html><head><title>" + what + "</title></head><body><p>" + what + "</p></body></html>")
}

// gz returns b gzipped as one member.
func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// gzEach returns the records gzipped one member each, as Common Crawl
// writes them.
func gzEach(records ...[]byte) []byte {
	var buf bytes.Buffer
	for _, r := range records {
		buf.Write(gz(r))
	}
	return buf.Bytes()
}

// zst returns b compressed with zstd.
func zst(b []byte) []byte {
	w, err := zstd.NewWriter(nil)
	if err != nil {
		panic(err)
	}
	defer w.Close()
	return w.EncodeAll(b, nil)
}

// bzip2Hello is "Hello, bzip2.\n" compressed by bzip2 1.0.8 (the standard
// library only decompresses bzip2).
var bzip2Hello = []byte("\x42\x5a\x68\x39\x31\x41\x59\x26\x53\x59\xb9\x2a\x67\x43\x00\x00\x02\xdd\x80\x00\x10\x40\x05\x10\x00\x00\x40\x12\x24\xc0\x10\x20\x00\x22\x00\x03\x42\x01\xa0\x06\x6d\x8e\x89\xa1\xa0\x80\xf1\x77\x24\x53\x85\x09\x0b\x92\xa6\x74\x30")

// bzip2JSONL is a JSONL line, {"text": "Headline\n\nA paragraph from
// bzip2."}, compressed by bzip2 1.0.8.
var bzip2JSONL = []byte("\x42\x5a\x68\x39\x31\x41\x59\x26\x53\x59\x29\x1f\x11\x81\x00\x00\x17\x5f\x80\x00\x10\x50\x01\x10\x10\x20\x40\x00\x04\x37\xe7\xd4\x5a\x20\x00\x22\x29\xea\x3d\x21\xea\x64\x1e\xa6\x8d\x3d\x4f\x6a\x14\x68\x68\x00\x00\x01\x9d\x59\x5f\x41\xb4\xde\x9f\x19\xd4\xbf\x24\xd7\xb9\x34\xd1\x24\xe2\xd1\x62\x8a\x1a\xa9\x44\x06\x60\x32\xb8\xbb\x92\x29\xc2\x84\x81\x48\xf8\x8c\x08")

// cat returns the byte slices joined.
func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// write writes data to the file name in dir and returns its path.
func write(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A got is what a Reader yielded: documents and errors in order.
type got struct {
	docs []Doc
	errs []*Error
	log  []string // "doc NAME" or "err MESSAGE", in order
}

// collect ranges over seq and returns what it yields. A yielded error
// that is not an *Error fails the test.
func collect(t testing.TB, seq func(func(Doc, error) bool)) got {
	t.Helper()
	var g got
	for d, err := range seq {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T) is not a *source.Error", err, err)
			}
			g.errs = append(g.errs, e)
			g.log = append(g.log, "err "+err.Error())
			continue
		}
		g.docs = append(g.docs, d)
		g.log = append(g.log, "doc "+d.Name)
	}
	return g
}

// urls returns the URLs of the documents.
func (g got) urls() []string {
	var u []string
	for _, d := range g.docs {
		u = append(u, d.URL)
	}
	return u
}

// String shows what was yielded, one a line, for a failure message.
func (g got) String() string { return strings.Join(g.log, "\n") }

// from reads data as the input name with r.
func from(t testing.TB, r *Reader, name string, data []byte) got {
	t.Helper()
	return collect(t, r.DocsFrom(name, bytes.NewReader(data)))
}

// oneReader is an io.Reader that returns a byte a call, as a slow pipe
// does.
type oneReader struct{ r io.Reader }

func (o oneReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}
