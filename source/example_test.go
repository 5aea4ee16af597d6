package source_test

import (
	"fmt"
	"strings"

	"github.com/newstext/newstext/source"
)

// A JSONL export with a line that is not JSON: the error names the input
// and the line, and reading goes on.
func ExampleReader_DocsFrom() {
	export := `{"url": "https://news.example/a", "html": "<p>A page.</p>", "date": "2024-05-01"}
{"url": "https://news.example/b", "html": "<p>cut off
{"text": "A text dump.\n\nIts first paragraph."}
`
	var r source.Reader
	for doc, err := range r.DocsFrom("export.jsonl", strings.NewReader(export)) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %v %q %s %q\n", doc.Name, doc.Kind, doc.URL, doc.Date.Format("2006-01-02"), doc.Body)
	}
	// Output:
	// export.jsonl:1 html "https://news.example/a" 2024-05-01 "<p>A page.</p>"
	// source: export.jsonl: line 2: not JSON: unexpected end of JSON input
	// export.jsonl:3 text "" 0001-01-01 "A text dump.\n\nIts first paragraph."
}

// A WARC file: the request record is passed over, the response is a page
// with its URL, date and HTTP Content-Type, whose charset Decoded uses.
func ExampleReader_DocsFrom_warc() {
	payload := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<p>Caf\xe9</p>"
	crawl := "WARC/1.1\r\nWARC-Type: request\r\nWARC-Target-URI: https://news.example/\r\nContent-Length: 18\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\n\r\n" +
		"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n" +
		"Content-Type: application/http; msgtype=response\r\n" + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(payload)) + payload + "\r\n\r\n"
	for doc, err := range new(source.Reader).DocsFrom("crawl.warc", strings.NewReader(crawl)) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(doc.Name, doc.Kind, doc.URL, doc.Date)
		fmt.Printf("%s: %q\n", doc.Charset(), doc.Decoded())
	}
	// Output:
	// crawl.warc#record 2 html https://news.example/ 2024-05-01 10:00:00 +0000 UTC
	// windows-1252: "<p>Café</p>"
}
