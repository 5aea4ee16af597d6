package source

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// A document that is a whole file is HTML or text by its content, never
// by its name: a scraper's .txt can hold a page and its .html a text
// dump. The rule was the command's; the command now reads through this
// package, so a file reads the same in the command, the examples and a
// pipeline.

// sniffKind returns the kind of a document that is a whole input.
func sniffKind(body []byte) Kind {
	if looksLikeHTML(sniffHead(body)) {
		return HTML
	}
	return Text
}

// binarySniffLen is how many bytes of a file controlBytes reads.
const binarySniffLen = 64 << 10

// controlBytes returns how many of the first binarySniffLen bytes of data
// (of) are C0 control characters that no text holds, NUL among them: all
// but tab, line feed, vertical tab, form feed, carriage return and escape
// (which terminals' logs hold). Text in UTF-16 has none: with a byte
// order mark it is told by that, without one by its NULs: a quarter of
// its bytes or more, most of them at one parity of offsets (the high bytes
// of Latin letters; a byte lost on the way shifts the rest), where random
// bytes hold few and a file of zeros as many at both.
func controlBytes(data []byte) (n, of int) {
	if _, ok := utf16Endianness(data); ok {
		return 0, 0
	}
	head := data[:min(len(data), binarySniffLen)]
	var nuls [2]int
	for i, b := range head {
		if b == 0 {
			nuls[i&1]++
		} else if b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1b {
			n++
		}
	}
	if lo, hi := min(nuls[0], nuls[1]), max(nuls[0], nuls[1]); hi*4 < len(head) || lo*2 > hi {
		n += nuls[0] + nuls[1] // too few NULs to be UTF-16's, or as many at both parities: not text
	}
	return n, len(head)
}

// looksBinary reports whether n control bytes of the of first bytes of a
// file (controlBytes) make it binary data: more than one in a hundred,
// and four or more. Random bytes hold about one in ten; text in UTF-8 or
// in a single-byte charset (windows-1251, Latin-1) none, but for a stray
// NUL or form feed of a scraper's dump.
func looksBinary(n, of int) bool { return n >= 4 && n*100 > of }

// looksLikeHTML reports whether data reads as an HTML page: after a byte
// order mark and white space it opens with a tag, and its first kilobyte
// holds one of the tags that start a page or a fragment of one.
func looksLikeHTML(data []byte) bool {
	data = trimSpace(data)
	if len(data) == 0 || data[0] != '<' {
		return false
	}
	head := bytes.ToLower(data[:min(len(data), 1024)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<!--"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// trimBOM returns b without a leading UTF-8 byte order mark.
func trimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}

// sniffHead returns the head of data that [looksLikeHTML] reads: data
// itself, or for UTF-16 with a byte order mark its first 2 KB decoded to
// UTF-8.
func sniffHead(data []byte) []byte {
	e, ok := utf16Endianness(data)
	if !ok {
		return data
	}
	return decodeUTF16(e, data[:min(len(data), 2048)])
}

// utf16Endianness returns the byte order of UTF-16 that data's byte order
// mark names, and false when data does not open with one.
func utf16Endianness(data []byte) (unicode.Endianness, bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return unicode.BigEndian, true
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return unicode.LittleEndian, true
	}
	return unicode.BigEndian, false
}

// decodeUTF16 returns data, which opens with a UTF-16 byte order mark of
// endianness e, as UTF-8 without the mark. Invalid UTF-16 (a lone
// surrogate, an odd final byte) becomes U+FFFD.
func decodeUTF16(e unicode.Endianness, data []byte) []byte {
	out, err := unicode.UTF16(e, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		// The decoder replaces what it cannot decode; it fails only
		// without a byte order mark, which the caller has checked.
		return data
	}
	return out
}

// Charset returns the name of the character set d.ContentType declares,
// as the WHATWG Encoding Standard names it ("windows-1252" for
// "text/html; charset=ISO-8859-1"), or "" when it declares none, or one
// that is not known.
func (d *Doc) Charset() string {
	label := charsetParam(d.ContentType)
	if label == "" {
		return ""
	}
	_, name := charset.Lookup(label)
	return name
}

// charsetParam returns the value of the charset parameter of a
// Content-Type, read leniently (no quotes needed around odd values, a
// trailing ";" allowed), or "".
func charsetParam(ct string) string {
	_, params, ok := strings.Cut(ct, ";")
	for ok {
		var p string
		p, params, ok = strings.Cut(params, ";")
		k, v, found := strings.Cut(p, "=")
		if found && strings.EqualFold(strings.TrimSpace(k), "charset") {
			return strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return ""
}

// Decoded returns d.Body as what newstext.Parse or newstext.ParseHTML
// should read:
//
//   - Text that opens with a UTF-16 byte order mark: decoded to UTF-8,
//     without the mark (as the command reads text).
//   - A page with no byte order mark, that is not valid UTF-8, whose
//     ContentType declares a character set other than UTF-8: decoded
//     from it to UTF-8, a byte the character set does not map becoming
//     U+FFFD. The server's word comes before the page's own <meta>, as
//     in a browser (newstext.ParseHTML has no way to hear it: it reads
//     the page's bytes alone).
//   - Anything else: d.Body itself. newstext.ParseHTML decodes such a
//     page by its byte order mark, its <meta> charset or its bytes.
//
// Valid UTF-8 stays as it is whatever the server says, as
// newstext.ParseHTML keeps it whatever the page says. Decoded never fails
// and never modifies d.Body; the result may be d.Body.
func (d *Doc) Decoded() []byte {
	if d.Kind == Text {
		if e, ok := utf16Endianness(d.Body); ok {
			return decodeUTF16(e, d.Body)
		}
		return d.Body
	}
	if _, ok := utf16Endianness(d.Body); ok || bytes.HasPrefix(d.Body, []byte("\xef\xbb\xbf")) {
		return d.Body
	}
	// The header first: most pages declare UTF-8 or nothing, and then the
	// body is not read here at all (ParseHTML reads it once).
	label := charsetParam(d.ContentType)
	if label == "" {
		return d.Body
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" || name == "replacement" || utf8.Valid(d.Body) {
		return d.Body
	}
	out, err := enc.NewDecoder().Bytes(d.Body)
	if err != nil {
		return d.Body
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD"))
}
