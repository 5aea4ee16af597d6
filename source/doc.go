// Package source reads news documents from the inputs corpora arrive in:
// files and directories of pages and text dumps, WARC files (Common
// Crawl, CC-NEWS), JSONL exports, compressed or not. The newstext
// command, the examples and a distributed pipeline (Apache Beam, Spark)
// share it, so that an input reads the same everywhere.
//
//	for doc, err := range source.Docs("CC-NEWS-20240501.warc.gz", "pages/") {
//		if err != nil {
//			log.Print(err) // one line naming the input and the record; reading goes on
//			continue
//		}
//		var articles []newstext.Article
//		if doc.Kind == source.HTML {
//			articles, _ = newstext.ParseHTML(bytes.NewReader(doc.Decoded()))
//		} else {
//			articles = newstext.Parse(string(doc.Decoded()))
//		}
//		…
//	}
//
// [Docs] and [Reader.Docs] take paths ("-" is standard input);
// [Reader.DocsFrom] takes an [io.Reader], for a body that is not a file.
// Each [Doc] says where it came from ([Doc.Name]: "crawl.warc.gz#record 17",
// "pages.jsonl:42"), whether it is a page or text ([Doc.Kind]), and what
// the input knows of it: URL, date, HTTP Content-Type, id, title.
//
// # Formats
//
// Compression (gzip, several members too; bzip2; zstd) is told by magic
// bytes, never by the name. Then an input is:
//
//   - a WARC file (.warc, .warc.gz, or content opening "WARC/"): each
//     response record holding an HTML page served with a 2xx status is a
//     document, with WARC-Target-URI, WARC-Date and the HTTP Content-Type;
//     so is a resource record holding a page. Other records (requests,
//     metadata, warcinfo, revisits, images) are passed over silently.
//   - JSONL (.jsonl, .ndjson, or content opening `{"`): a document a line,
//     {"url", "html"} or {"text"}, with optional "date", "id", "title".
//   - anything else: one document, a page when its content looks like one
//     (the command's rule: it opens with a tag and its first kilobyte has
//     <html>, <head>, <body>, <meta>, <title>, <div>, <p> …), text
//     otherwise. A page.html.gz is a page.
//
// [Reader.Format] forces a format on every input (the command's
// --input-format). A WARC file compressed with zstd and a dictionary (the
// IIPC's .warc.zst proposal) is not read: its frames need the dictionary,
// which this package does not load.
//
// # Bad input
//
// Nothing that could be a document is passed over silently. An input, or a record of one, that cannot be read gives an [*Error] naming
// the input and the record ("record 17 (gzip member at byte 1234)",
// "line 42", "byte 1024") in place of its document, and reading goes on
// with the next record or input: a truncated or corrupt gzip member, a
// WARC record with a bad Content-Length or header, a JSONL line that is
// not JSON, a document over [Reader.MaxSize] ([ErrTooLarge]), an empty
// file, a directory with nothing to read ([ErrNoInput]), a named pipe
// found in a directory, a file of binary data read in the automatic
// format (random bytes, an image: [ErrBinary]; more than one byte in a
// hundred of its first 64 KiB a control character no text holds, the
// NULs of UTF-16 text without a byte order mark not counted; told from
// those bytes before the rest is read, so before any error further on).
// Its message is one line.
// warc.go says how a damaged WARC record is found and stepped over
// without losing the records after it. No input makes the reader panic,
// hold more than about one document in memory (WARC files of many
// gigabytes stream), or take more than linear time; binary data is
// refused after its first 64 KiB and no more than the buffers' worth
// (/dev/zero), and an endless stream of text ends at MaxSize. Invalid
// UTF-8 in a page or a text is not an error: it is the document's bytes,
// which newstext decodes (a page by its character set, text with
// U+FFFD); in JSON, which must be UTF-8, it is.
//
// # Why iterators
//
// Documents come as an [iter.Seq2] of a Doc and an error, not from a
// Next method. A range loop reads like a loop over a slice, errors come
// in their place among the documents so that one bad record does not end
// a run, and the reader closes what it opened when the loop ends or
// breaks: there is no Close to forget. A Beam DoFn that reads a file
// ranges over [Reader.DocsFrom] and emits each document.
//
// # Why no WARC library
//
// The maintained Go WARC libraries were weighed. The Internet Archive's
// gowarc (v0.8.96) and CorentinB/warc (v0.8.33) are crawler toolkits:
// they bring TLS fingerprinting, SOCKS proxies and, for the first, a DNS
// client and a command-line framework with them, 24 and 16 modules.
// nlnwa/gowarc (v3.1.0) is light (uuid, klauspost/compress, a WHATWG URL
// parser), but its reader loses records after damage: a record whose
// Content-Length is too large swallows the next one with no error, a gzip
// member cut short ends the file, and a file gzipped as a whole yields
// its first record only. The format is small (a version line, header
// fields, Content-Length bytes, CRLF CRLF), so this package reads it
// itself (warc.go), with the checks that keep one damaged record from
// costing the others, and parses the HTTP header leniently as browsers
// do. Its only dependency beyond the standard library and golang.org/x is
// github.com/klauspost/compress, for zstd, which the standard library
// does not decode.
//
// # Files
//
//   - source.go: [Doc], [Kind], [Format], [Reader], [Docs], [Error],
//     [ErrNoInput], [ErrTooLarge];
//     paths, directories, format detection, whole-file documents.
//   - decompress.go: compression by magic bytes.
//   - warc.go: WARC records, gzip members, HTTP payloads.
//   - jsonl.go: JSONL lines.
//   - sniff.go: page or text, and the character set ([Doc.Charset],
//     [Doc.Decoded]).
package source
