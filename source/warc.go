package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http/httputil"
	"strconv"
	"strings"
	"time"
)

// WARC files (ISO 28500: WARC/1.0 and 1.1, and the older 0.17 and 0.18).
//
// A record is a version line ("WARC/1.1"), header fields ("Name: value")
// up to a blank line, a block of Content-Length bytes, and CRLF CRLF. A
// response record's block is an HTTP response: status line, headers, the
// payload. The reader here checks each of these, so that a damaged record
// costs that record and no other:
//
//   - Bytes where a record should start are skipped, line by line, to the
//     next line that starts "WARC/" and a digit; they are reported once
//     (unless they follow a damaged record, which was reported).
//   - A header line that is not a field, or a Content-Length that is not
//     a number, makes the record damaged. Without a usable Content-Length
//     the reader looks for the next record line by line.
//   - A block must be followed by CRLF CRLF (CRLF or LF alone is taken
//     when the next record or the end follows). When it is not, the
//     Content-Length was wrong. Too small, and the rest of the block is
//     skipped line by line. Too large, and the block has swallowed the
//     start of the records after it: the reader notes where the first
//     line starting "WARC/" inside a block is, keeps the bytes from there
//     (at most MaxSize of them), and reads them again as records.
//   - A gzip WARC file is read one member at a time: writers compress
//     each record on its own (Common Crawl does), so a record never runs
//     into the next member. A damaged member (cut short, corrupt, a bad
//     checksum) is reported, and the reader goes back to the byte after
//     its start when the input is a file (else on from where the
//     decompressor stopped) and looks for the next member that holds a
//     WARC record. Going back is done once for each stretch of the file,
//     which keeps the time linear. A file gzipped as a whole is one
//     member and reads the same.
//
// A bzip2 or zstd WARC file is read as one stream; damage to the
// compressed stream ends the input. Each error names the record by its
// number and where it starts.

// An errStop ends the reading of every input: the caller's loop ended.
var errStop = errors.New("source: stop")

// errAbandon ends the reading of one input, whose error was reported.
var errAbandon = errors.New("source: input given up")

// A warcReader reads the records of one WARC input.
type warcReader struct {
	r     *Reader
	name  string
	yield func(Doc, error) bool
	codec codec

	n      int   // records begun: the number of the current one
	member int64 // with gzip members: the current member's offset in the file; -1 otherwise
	quiet  bool  // bytes skipped after a damaged record are not reported again
	// pending is a damaged record's error, held until the reader finds the
	// next record or the end of the segment: a gzip member's damage found
	// on the way (a bad checksum) is then told in the same error.
	pending *Error
	seg     segment
	hb      *bufio.Reader // reads a response's HTTP header and payload
	probe   gzip.Reader   // tries the gzip members found when looking for one
}

// A segment is what records are read from: the whole stream, or one gzip
// member. A read error other than io.EOF (a damaged gzip member) ends it
// as io.EOF would, and is kept in err.
type segment struct {
	pb       pushback
	br       *bufio.Reader
	pos      int64 // the offset in the segment of the next byte br returns
	err      error // the read error that ended the segment, if any
	reported bool  // err was reported
}

// A pushback is a reader with bytes to return before its own.
type pushback struct {
	buf []byte
	r   io.Reader
	s   *segment
}

func (p *pushback) Read(b []byte) (int, error) {
	if len(p.buf) > 0 {
		n := copy(b, p.buf)
		p.buf = p.buf[n:]
		return n, nil
	}
	n, err := p.r.Read(b)
	if err != nil && err != io.EOF {
		if p.s.err == nil {
			p.s.err = err
		}
		err = io.EOF
	}
	return n, err
}

// reset makes s read r from its start.
func (s *segment) reset(r io.Reader) {
	s.pb = pushback{r: r, s: s}
	if s.br == nil {
		s.br = bufio.NewReaderSize(&s.pb, bufSize)
	} else {
		s.br.Reset(&s.pb)
	}
	s.pos, s.err, s.reported = 0, nil, false
}

// line returns the next line, with its end of line, and whether it is
// whole: false for the first bufSize bytes of a longer line, or for the
// last line of the segment when it has no end of line. The line is valid
// until the next read.
func (s *segment) line() ([]byte, bool, error) {
	b, err := s.br.ReadSlice('\n')
	s.pos += int64(len(b))
	switch err {
	case nil:
		return b, true, nil
	case bufio.ErrBufferFull:
		return b, false, nil
	}
	return b, false, err
}

// Read reads from the segment.
func (s *segment) Read(p []byte) (int, error) {
	n, err := s.br.Read(p)
	s.pos += int64(n)
	return n, err
}

// rewind makes the segment read b, the bytes from offset at, again, and
// then what it was going to read.
func (s *segment) rewind(b []byte, at int64) {
	buffered, _ := s.br.Peek(s.br.Buffered())
	buf := make([]byte, 0, len(b)+len(buffered)+len(s.pb.buf))
	buf = append(append(append(buf, b...), buffered...), s.pb.buf...)
	s.pb.buf = buf
	s.br.Reset(&s.pb)
	s.pos = at
}

// where says where offset at of the current segment is in the input.
func (w *warcReader) where(at int64) string {
	switch {
	case w.member >= 0 && at == 0:
		return fmt.Sprintf("gzip member at byte %d", w.member)
	case w.member >= 0:
		return fmt.Sprintf("gzip member at byte %d, byte %d in it", w.member, at)
	case w.codec != codecNone:
		return fmt.Sprintf("byte %d of the %v stream", at, w.codec)
	}
	return fmt.Sprintf("byte %d", at)
}

// report yields an error for the record (or place) rec, and returns
// errStop if the caller's loop ended.
func (w *warcReader) report(rec string, err error) error {
	if !w.yield(Doc{}, &Error{Input: w.name, Record: rec, Err: err}) {
		return errStop
	}
	return nil
}

// done turns what reading an input ended with into whether to go on.
func done(err error) bool { return !errors.Is(err, errStop) }

// readStream reads a WARC file from in, a stream of records (a plain
// file, or a bzip2 or zstd one decompressed), and reports whether to go
// on.
func (w *warcReader) readStream(in io.Reader) bool {
	w.member = -1
	w.seg.reset(in)
	return done(w.segment())
}

// readGzip reads a gzip WARC file one member at a time from br, which
// reads raw, and reports whether to go on. seeker, when not nil, moves
// raw's input, which starts at its offset base: a damaged member is then
// searched again from its second byte for the next member.
func (w *warcReader) readGzip(raw *countReader, br *bufio.Reader, seeker io.Seeker, base int64) bool {
	var z gzip.Reader
	var high int64 // the furthest offset a damaged member was read to
	for {
		more, err := w.nextMember(raw, br)
		if err != nil || !more {
			return done(err)
		}
		start := raw.n - int64(br.Buffered())
		if err := z.Reset(br); err != nil {
			// nextMember checked the header; a read error from the file.
			return done(w.report(fmt.Sprintf("byte %d", start), fmt.Errorf("gzip: %w", err)))
		}
		z.Multistream(false)
		w.member = start
		w.seg.reset(&z)
		if err := w.segment(); err != nil {
			return done(err)
		}
		if w.seg.err == nil {
			continue
		}
		w.quiet = true
		end := raw.n - int64(br.Buffered())
		target := max(start+1, high)
		high = max(high, end)
		if seeker != nil && target < end {
			if _, err := seeker.Seek(base+target, io.SeekStart); err != nil {
				return done(w.report(fmt.Sprintf("byte %d", target), err))
			}
			raw.n = target
			br.Reset(raw)
		}
	}
}

// nextMember skips the bytes of br up to the next gzip member whose
// content starts a WARC record, and reports whether there is one. The
// bytes skipped are reported unless they follow a reported damage; more
// than MaxSize of them give up the input.
func (w *warcReader) nextMember(raw *countReader, br *bufio.Reader) (bool, error) {
	from := raw.n - int64(br.Buffered())
	skipped := int64(0)
	defer func() { w.quiet = false }()
	reportSkipped := func() error {
		if skipped == 0 || w.quiet {
			return nil
		}
		return w.report(fmt.Sprintf("byte %d", from), fmt.Errorf("%d bytes that are not a gzip member holding a WARC record", skipped))
	}
	for {
		buf, err := br.Peek(bufSize)
		if err != nil && err != io.EOF {
			if rerr := reportSkipped(); rerr != nil {
				return false, rerr
			}
			return false, w.report(fmt.Sprintf("byte %d", from+skipped), err)
		}
		if i := bytes.Index(buf, gzipMagic); i >= 0 {
			br.Discard(i)
			skipped += int64(i)
			head, used, err := gzipHead(br, &w.probe)
			if err == nil && bytes.HasPrefix(trimSpace(head), []byte("WARC/")) {
				return true, reportSkipped()
			}
			// Not a member that holds a record: go past what was read of
			// it, so that no byte is read twice looking (a real member
			// starting inside a false one's header is not worth the
			// quadratic time).
			n := max(1, used)
			br.Discard(n)
			skipped += int64(n)
		} else if err == io.EOF { // the last bytes, and no member in them
			br.Discard(len(buf))
			skipped += int64(len(buf))
			return false, reportSkipped()
		} else {
			n := len(buf) - (len(gzipMagic) - 1) // a magic may start in the last bytes
			br.Discard(n)
			skipped += int64(n)
		}
		if skipped > w.r.maxSize() {
			return false, errors.Join(w.report(fmt.Sprintf("byte %d", from), fmt.Errorf("no gzip member holding a WARC record in the %d bytes from here: the rest of the input is not read", skipped)), errAbandon)
		}
	}
}

// segment reads the records of the current segment to its end. It
// returns errStop or errAbandon, or nil at the end of the segment.
func (w *warcReader) segment() error {
	for {
		at, err := w.find()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := w.record(at); err != nil {
			return err
		}
	}
}

// find reads up to the version line of the next record and returns its
// offset, or io.EOF at the end of the segment. Blank lines are skipped
// silently, anything else is reported (once, unless it follows a
// reported damage); more than MaxSize bytes of it give up the input.
func (w *warcReader) find() (int64, error) {
	s := &w.seg
	from := s.pos
	var skipped int64 // bytes other than blank lines
	whole := true     // the previous line was whole: this one starts a line
	for {
		at := s.pos
		line, ok, err := s.line()
		if whole && ok && isVersionLine(line) {
			if err := w.flush(); err != nil {
				return 0, err
			}
			if skipped > 0 && !w.quiet {
				if err := w.report(fmt.Sprintf("byte %d", from), fmt.Errorf("%d bytes that are not a WARC record", at-from)); err != nil {
					return 0, err
				}
			}
			w.quiet = false
			return at, nil
		}
		if !isBlank(line) || !ok && len(line) > 0 {
			skipped += int64(len(line))
		}
		whole = ok
		if err != nil { // io.EOF
			if skipped > 0 && !w.quiet {
				if err := w.report(fmt.Sprintf("byte %d", from), fmt.Errorf("%d bytes that are not a WARC record", s.pos-from)); err != nil {
					return 0, err
				}
			}
			if err := w.flush(); err != nil {
				return 0, err
			}
			if err := w.reportDamage(fmt.Sprintf("byte %d", s.pos)); err != nil {
				return 0, err
			}
			return 0, io.EOF
		}
		if skipped > w.r.maxSize() {
			if err := w.flush(); err != nil {
				return 0, err
			}
			return 0, errors.Join(w.report(w.where(from), fmt.Errorf("no WARC record in the %d bytes from here: the rest of the input is not read", skipped)), errAbandon)
		}
	}
}

// flush yields the pending error of a damaged record, with the read
// error that ended the segment if there is one and it was not told.
func (w *warcReader) flush() error {
	e := w.pending
	if e == nil {
		return nil
	}
	w.pending = nil
	if s := &w.seg; s.err != nil && !s.reported {
		s.reported = true
		e.Err = fmt.Errorf("%w; %w", e.Err, readErr(w.codec, s.err))
	}
	if !w.yield(Doc{}, e) {
		return errStop
	}
	return nil
}

// reportDamage reports the read error that ended the segment, if it has
// not been reported, at the place rec.
func (w *warcReader) reportDamage(rec string) error {
	s := &w.seg
	if s.err == nil || s.reported {
		return nil
	}
	s.reported = true
	if w.member >= 0 {
		rec = w.where(0)
	}
	return w.report(rec, readErr(w.codec, s.err))
}

// isVersionLine reports whether line opens a WARC record: "WARC/" and a
// digit.
func isVersionLine(line []byte) bool {
	return len(line) > 5 && string(line[:5]) == "WARC/" && '0' <= line[5] && line[5] <= '9'
}

// isBlank reports whether line is an end of line alone, or empty.
func isBlank(line []byte) bool {
	return len(line) == 0 || string(line) == "\n" || string(line) == "\r\n"
}

// fields are the header fields of a record that the reader uses.
type fields struct {
	typ, length, uri, date, ctype, id string
	hasLength                         bool
}

// maxHeader is the most bytes a record's header, or an HTTP response's,
// may have.
const maxHeader = 1 << 20

// headers reads a record's header fields, after its version line. damage
// says what is wrong with them; err is io.ErrUnexpectedEOF when the
// segment ends before the blank line that ends them.
func (w *warcReader) headers() (f fields, damage, err error) {
	s := &w.seg
	var last *string // the field a continuation line continues
	size := 0
	for n := 2; ; n++ { // line 1 is the version line
		line, ok, rerr := s.line()
		size += len(line)
		if rerr != nil {
			return f, damage, io.ErrUnexpectedEOF
		}
		if !ok {
			if damage == nil {
				damage = fmt.Errorf("header line %d is longer than %d bytes", n, bufSize)
			}
			for !ok && rerr == nil && size <= maxHeader { // skip the rest of it
				line, ok, rerr = s.line()
				size += len(line)
			}
			if size > maxHeader {
				return f, fmt.Errorf("header longer than %d bytes", maxHeader), nil
			}
			if rerr != nil {
				return f, damage, io.ErrUnexpectedEOF
			}
			continue
		}
		if size > maxHeader {
			return f, fmt.Errorf("header longer than %d bytes", maxHeader), nil
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 { // the blank line (with stray CRs, perhaps)
			return f, damage, nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			if last != nil {
				*last += " " + string(bytes.TrimSpace(line))
			}
			continue
		}
		name, value, found := bytes.Cut(line, []byte(":"))
		if !found || !isToken(name) {
			if damage == nil {
				damage = fmt.Errorf("header line %d is not a field: %q", n, clip(line, 60))
			}
			last = nil
			continue
		}
		v := string(bytes.TrimSpace(value))
		last = nil
		switch strings.ToLower(string(name)) {
		case "warc-type":
			f.typ, last = v, &f.typ
		case "content-length":
			f.length, f.hasLength, last = v, true, &f.length
		case "warc-target-uri":
			f.uri, last = v, &f.uri
		case "warc-date":
			f.date, last = v, &f.date
		case "content-type":
			f.ctype, last = v, &f.ctype
		case "warc-record-id":
			f.id, last = v, &f.id
		}
	}
}

// isToken reports whether b is a header field name: one or more
// printable ASCII characters other than separators.
func isToken(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c <= ' ' || c >= 0x7f || strings.IndexByte("()<>@,;:\\\"/[]?={}", c) >= 0 {
			return false
		}
	}
	return true
}

// clip returns the first n bytes of b, for a message.
func clip(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// record reads the record whose version line started at offset at, and
// yields its document, if it has one, or its error. It returns errStop
// or nil.
func (w *warcReader) record(at int64) error {
	w.n++
	rec := fmt.Sprintf("record %d (%s)", w.n, w.where(at))
	fail := func(err error) error {
		w.quiet = true
		w.pending = &Error{Input: w.name, Record: rec, Err: err}
		return nil
	}
	f, damage, err := w.headers()
	if err != nil {
		if w.seg.err != nil {
			w.seg.reported = true
			return fail(fmt.Errorf("the header is cut off: %w", readErr(w.codec, w.seg.err)))
		}
		return fail(errors.New("the header is cut off by the end of the input"))
	}
	length, lerr := contentLength(f)
	if lerr != nil {
		return fail(errors.Join(damage, lerr))
	}
	blk := &block{s: &w.seg, left: length, max: w.r.maxSize()}
	var doc *Doc
	var derr error
	if damage == nil {
		doc, derr = w.payload(&f, blk)
	}
	if _, err := io.Copy(io.Discard, blk); err != nil && derr == nil {
		derr = err
	}
	switch {
	case blk.left > 0:
		damage = fmt.Errorf("the block ends after %d of its %d bytes (Content-Length)", length-blk.left, length)
		if w.seg.err != nil {
			w.seg.reported = true
			damage = fmt.Errorf("%w: %w", damage, readErr(w.codec, w.seg.err))
		}
		blk.rescue()
	case !w.endOfRecord():
		damage = errors.Join(damage, fmt.Errorf("no CRLF CRLF after the block: the Content-Length, %d, is wrong", length))
		blk.rescue()
	case w.member >= 0:
		// When the record ends its gzip member, read the member's end, so
		// that a bad checksum is the record's error, before its document
		// is yielded.
		w.seg.br.Peek(1)
	}
	if w.seg.err != nil && !w.seg.reported {
		w.seg.reported = true
		damage = errors.Join(damage, readErr(w.codec, w.seg.err))
	}
	switch {
	case damage != nil:
		return fail(damage)
	case derr != nil:
		return w.report(rec, derr)
	case doc != nil:
		doc.Name = fmt.Sprintf("%s#record %d", w.name, w.n)
		doc.URL = strings.ToValidUTF8(strings.TrimSuffix(strings.TrimPrefix(f.uri, "<"), ">"), "\uFFFD")
		doc.Date = warcDate(f.date)
		doc.ID = strings.ToValidUTF8(f.id, "\uFFFD")
		if !w.yield(*doc, nil) {
			return errStop
		}
	}
	return nil
}

// contentLength returns a record's Content-Length.
func contentLength(f fields) (int64, error) {
	if !f.hasLength {
		return 0, errors.New("no Content-Length")
	}
	n, err := strconv.ParseInt(f.length, 10, 64)
	if err != nil || n < 0 || f.length[0] == '+' {
		return 0, fmt.Errorf("Content-Length %q is not a number of bytes", clip([]byte(f.length), 40))
	}
	return n, nil
}

// endOfRecord reads the CRLF CRLF after a block and reports whether it
// is there: CRLF CRLF, or up to four CR and LF followed by the end of the
// segment or the next record. Nothing is consumed when it is not there.
func (w *warcReader) endOfRecord() bool {
	b, _ := w.seg.br.Peek(9)
	if bytes.HasPrefix(b, []byte("\r\n\r\n")) {
		w.seg.br.Discard(4)
		w.seg.pos += 4
		return true
	}
	i := 0
	for i < len(b) && i < 4 && (b[i] == '\r' || b[i] == '\n') {
		i++
	}
	if rest := b[i:]; len(rest) == 0 || isVersionLine(rest) {
		w.seg.br.Discard(i)
		w.seg.pos += int64(i)
		return true
	}
	return false
}

// warcDate parses a WARC-Date (RFC 3339, to the second or finer; 14
// digits in older files), or returns the zero Time.
func warcDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "20060102150405"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// A block reads a record's block: Content-Length bytes of the segment.
// It notes where the first line inside it that starts "WARC/" is, and
// keeps the bytes from there, so that a Content-Length too large can be
// undone (see [block.rescue]).
type block struct {
	s    *segment
	left int64 // bytes of the block not read
	max  int64 // the most bytes kept

	tail  []byte // the last bytes read, up to 5, while nothing is kept
	keep  []byte // the bytes from the line found, while keeping
	at    int64  // the segment offset of keep[0]
	found bool
	over  bool // more than max bytes to keep: nothing is kept
}

var warcLine = []byte("\nWARC/")

func (b *block) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	start := b.s.pos
	n, err := b.s.Read(p)
	b.left -= int64(n)
	b.watch(p[:n], start)
	if err == io.EOF && b.left > 0 {
		return n, io.EOF // cut short; the caller sees left > 0
	}
	return n, err
}

// watch notes c, the bytes of the block read from segment offset start.
func (b *block) watch(c []byte, start int64) {
	switch {
	case b.over:
		return
	case b.found:
		b.keepBytes(c)
		return
	}
	// A line start may straddle the previous read: look in its tail
	// joined to the head of this one, then in this one.
	j := append(b.tail[:len(b.tail):len(b.tail)], c[:min(len(c), len(warcLine)-1)]...)
	if i := bytes.Index(j, warcLine); i >= 0 {
		b.found, b.at = true, start-int64(len(b.tail))+int64(i)+1
		b.keepBytes(j[i+1:])
		b.keepBytes(c[min(len(c), len(warcLine)-1):])
		return
	}
	if i := bytes.Index(c, warcLine); i >= 0 {
		b.found, b.at = true, start+int64(i)+1
		b.keepBytes(c[i+1:])
		return
	}
	b.tail = append(b.tail[:0], j[max(0, len(j)-(len(warcLine)-1)):]...)
}

func (b *block) keepBytes(c []byte) {
	if int64(len(b.keep)+len(c)) > b.max {
		b.keep, b.over = nil, true
		return
	}
	b.keep = append(b.keep, c...)
}

// rescue makes the segment read again the bytes of the block from its
// first line that starts "WARC/", if there is one and they were kept: a
// Content-Length too large swallowed the records that start there.
func (b *block) rescue() {
	if b.found && !b.over {
		b.s.rewind(b.keep, b.at)
	}
}

// payload returns the document a record holds, or nil: an HTML page
// served with a 2xx status in a response record, or an HTML resource
// record. blk reads the record's block.
func (w *warcReader) payload(f *fields, blk *block) (*Doc, error) {
	switch strings.ToLower(f.typ) {
	case "response":
		if f.ctype != "" && !strings.HasPrefix(strings.ToLower(f.ctype), "application/http") {
			return nil, nil
		}
		return w.httpPayload(blk)
	case "resource":
		if !isHTMLType(f.ctype) {
			return nil, nil
		}
		body, err := readAtMost(blk, w.r.maxSize(), -1)
		if err != nil {
			return nil, err
		}
		return &Doc{Kind: HTML, Body: body, ContentType: f.ctype}, nil
	}
	return nil, nil
}

// isHTMLType reports whether a Content-Type is an HTML page's: text/html
// or application/xhtml+xml.
func isHTMLType(ct string) bool {
	mt, _, _ := strings.Cut(ct, ";")
	mt = strings.ToLower(strings.TrimSpace(mt))
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// httpPayload reads the HTTP response in blk and returns its page, or nil
// when the response is not a page served with a 2xx status (204 aside).
// A response without Content-Type is a page when its payload looks like
// one (see [Doc.Kind]). Its header is read leniently, as browsers read
// it: lines that are not fields are passed over.
func (w *warcReader) httpPayload(blk *block) (*Doc, error) {
	if w.hb == nil {
		w.hb = bufio.NewReaderSize(blk, 16<<10)
	} else {
		w.hb.Reset(blk)
	}
	hb := w.hb
	status, err := hb.ReadSlice('\n')
	if err != nil && err != bufio.ErrBufferFull {
		if err == io.EOF && len(status) == 0 {
			return nil, nil // a response record without a response
		}
		return nil, fmt.Errorf("HTTP response: the status line is cut off")
	}
	code, ok := statusCode(status)
	if !ok {
		return nil, fmt.Errorf("HTTP response: not a status line: %q", clip(bytes.TrimRight(status, "\r\n"), 60))
	}
	var ctype, te, ce string
	size := len(status)
	for {
		line, err := hb.ReadSlice('\n')
		size += len(line)
		if err != nil && err != bufio.ErrBufferFull || size > maxHeader {
			return nil, fmt.Errorf("HTTP response: the header is cut off or longer than %d bytes", maxHeader)
		}
		if err == bufio.ErrBufferFull {
			for err == bufio.ErrBufferFull { // a line longer than the buffer: passed over
				line, err = hb.ReadSlice('\n')
				size += len(line)
			}
			continue
		}
		if isBlank(line) {
			break
		}
		name, value, found := bytes.Cut(bytes.TrimRight(line, "\r\n"), []byte(":"))
		if !found {
			continue
		}
		v := string(bytes.TrimSpace(value))
		switch strings.ToLower(string(bytes.TrimSpace(name))) {
		case "content-type":
			if ctype == "" {
				ctype = v
			}
		case "transfer-encoding":
			te += "," + strings.ToLower(v)
		case "content-encoding":
			ce += "," + strings.ToLower(v)
		}
	}
	if code < 200 || code > 299 || code == 204 || ctype != "" && !isHTMLType(ctype) {
		return nil, nil
	}
	var payload io.Reader = hb
	if strings.Contains(te, "chunked") && isChunked(hb) {
		payload = httputil.NewChunkedReader(hb)
	}
	payload, closeDec, err := contentDecoder(payload, ce)
	if err != nil {
		return nil, err
	}
	defer closeDec()
	body, err := readAtMost(payload, w.r.maxSize(), -1)
	if err != nil {
		var tl errTooLarge
		if errors.As(err, &tl) {
			return nil, fmt.Errorf("HTTP payload %w", err)
		}
		return nil, fmt.Errorf("HTTP payload: %w", err)
	}
	if ctype == "" && !looksLikeHTML(sniffHead(body)) {
		return nil, nil
	}
	return &Doc{Kind: HTML, Body: body, ContentType: strings.ToValidUTF8(ctype, "\uFFFD")}, nil
}

// statusCode returns the code of an HTTP status line ("HTTP/1.1 200 OK").
func statusCode(line []byte) (int, bool) {
	if !bytes.HasPrefix(line, []byte("HTTP/")) {
		return 0, false
	}
	_, rest, ok := bytes.Cut(line, []byte(" "))
	if !ok || len(rest) < 3 {
		return 0, false
	}
	code, err := strconv.Atoi(string(rest[:3]))
	return code, err == nil
}

// isChunked reports whether the payload br holds is in chunks: its first
// line is a chunk size in hex. Some WARC writers store the payload
// unchunked under the original Transfer-Encoding header.
func isChunked(br *bufio.Reader) bool {
	b, _ := br.Peek(64)
	line, _, found := bytes.Cut(b, []byte("\n"))
	if !found {
		return false
	}
	line = bytes.TrimRight(line, "\r")
	if i := bytes.IndexByte(line, ';'); i >= 0 { // chunk extensions
		line = line[:i]
	}
	line = bytes.TrimSpace(line)
	_, err := strconv.ParseUint(string(line), 16, 64)
	return len(line) > 0 && err == nil
}

// contentDecoder returns the payload r decoded of its Content-Encoding
// ce (a list, lower case): gzip and zstd by their magic bytes, whatever
// the header says (crawlers often decode the payload and keep the
// header), deflate (zlib or raw) by the header. Brotli is not supported.
func contentDecoder(r io.Reader, ce string) (io.Reader, func(), error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(10)
	if c := compressionOf(head); c == codecGzip || c == codecZstd {
		dec, closeDec, err := decompress(c, br)
		if err != nil {
			return nil, closeDec, fmt.Errorf("HTTP payload (Content-Encoding%s): %w", ce, err)
		}
		return dec, closeDec, nil
	}
	none := func() {}
	switch {
	case strings.Contains(ce, "deflate"):
		if len(head) >= 2 && head[0]&0x0f == 8 && (uint(head[0])<<8|uint(head[1]))%31 == 0 {
			z, err := zlib.NewReader(br)
			if err != nil {
				return nil, none, fmt.Errorf("HTTP payload (Content-Encoding deflate): %w", err)
			}
			return z, none, nil
		}
		return flate.NewReader(br), none, nil
	case strings.Contains(ce, "br"):
		return nil, none, errors.New("HTTP payload: Content-Encoding br (Brotli) is not supported")
	}
	return br, none, nil
}
