package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// A Doc is one document read from an input: a file, or one record of a
// WARC file or one line of a JSONL file.
type Doc struct {
	// Name says where the document came from: the path as given (or as
	// found in a directory, joined to it; "-" for standard input), and
	// for a record of a container its place in it: "crawl.warc.gz#record 17"
	// (records counted from 1, every WARC record type counted) or
	// "pages.jsonl:42" (lines counted from 1).
	Name string

	// Kind says how Body is parsed: as a page (newstext.ParseHTML) or as
	// text (newstext.Parse).
	Kind Kind

	// Body is the document's bytes, decompressed, as the input holds
	// them: a WARC record's HTTP payload without its HTTP headers (chunked
	// transfer and gzip or deflate content encoding undone), a JSONL
	// line's "html" or "text" string in UTF-8, or a file's content. A
	// page is not decoded from its character set: see [Doc.Decoded].
	Body []byte

	// URL is the address the document was fetched from (WARC-Target-URI,
	// or JSONL "url"), or "".
	URL string

	// Date is when the document was fetched or published, as the input
	// says (WARC-Date, or JSONL "date"), or the zero Time when it does
	// not say or says it in a form that is not understood.
	Date time.Time

	// ContentType is the HTTP Content-Type header the page was served
	// with ("text/html; charset=windows-1252"), or for a WARC resource
	// record the record's Content-Type; "" when it is not known.
	// [Doc.Charset] reads the character set from it.
	ContentType string

	// ID is the identifier the input gives the document (WARC-Record-ID,
	// or JSONL "id"), or "".
	ID string

	// Title is the title the input gives beside the body (JSONL
	// "title"), or "".
	Title string
}

// A Kind says whether a document is a page or text.
type Kind uint8

const (
	Text Kind = iota // plain text, for newstext.Parse
	HTML             // an HTML page, for newstext.ParseHTML
)

// String returns "text" or "html".
func (k Kind) String() string {
	if k == HTML {
		return "html"
	}
	return "text"
}

// A Format is how an input is read. Its text form, for flags and
// configuration files, is "auto", "text", "html", "warc" or "jsonl" (see
// [Format.UnmarshalText]).
type Format uint8

const (
	// FormatAuto detects each input's format: a WARC file by its first
	// bytes ("WARC/") or its name (.warc); JSONL by its name (.jsonl,
	// .ndjson) or its first bytes (`{"`); any other input is one
	// document, HTML when its content looks like a page (see [Doc.Kind])
	// and text otherwise. Names are read without a compression suffix
	// (.gz, .bz2, .zst, .zstd); compression itself is always detected by
	// its magic bytes.
	FormatAuto  Format = iota
	FormatText         // each input is one text document
	FormatHTML         // each input is one page
	FormatWARC         // each input is a WARC file (see [Reader])
	FormatJSONL        // each input is JSONL, one document a line (see [Reader])
)

var formatNames = [...]string{"auto", "text", "html", "warc", "jsonl"}

// String returns the format's name: "auto", "text", "html", "warc" or
// "jsonl".
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// MarshalText returns the format's name, as [Format.String].
func (f Format) MarshalText() ([]byte, error) {
	if int(f) >= len(formatNames) {
		return nil, fmt.Errorf("source: unknown format %d", uint8(f))
	}
	return []byte(formatNames[f]), nil
}

// UnmarshalText sets f to the format named by text: "auto" (or ""),
// "text", "html", "warc" or "jsonl", in any case. With it a Format is a
// flag: flag.TextVar(&r.Format, "input-format", source.FormatAuto, "...").
func (f *Format) UnmarshalText(text []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(text)))
	if s == "" {
		*f = FormatAuto
		return nil
	}
	for i, name := range formatNames {
		if s == name {
			*f = Format(i)
			return nil
		}
	}
	return fmt.Errorf("source: unknown input format %q (want auto, text, html, warc or jsonl)", text)
}

// DefaultMaxSize is the [Reader.MaxSize] of the zero Reader: 256 MiB, the
// default of the command's -max-size.
const DefaultMaxSize = 256 << 20

// A Reader reads documents from files, directories and standard input.
// Its zero value detects each input's format and reads documents of up to
// [DefaultMaxSize] bytes. A Reader is not changed by reading, so it is
// safe for concurrent use, and each iteration it returns is independent.
//
// Every input is read as a stream, one document at a time: memory holds
// one document and buffers, a few times MaxSize at most, however large
// the input, and time is linear in the input's size. A nil *Reader reads
// as the zero Reader.
type Reader struct {
	// Format is how inputs are read. Zero ([FormatAuto]): each input's
	// format is detected.
	Format Format

	// MaxSize is the largest document read, in bytes: a file after
	// decompression, a WARC record's payload, a JSONL line. A larger
	// document is reported as an error and skipped, unread where its size
	// is known beforehand. It also bounds the bytes skipped in a row while
	// looking for the next record after damage; past it the rest of the
	// input is given up (so /dev/zero read as JSONL ends). Zero or less:
	// [DefaultMaxSize].
	MaxSize int64
}

// maxSize returns r.MaxSize or its default.
func (r *Reader) maxSize() int64 {
	if r == nil || r.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return r.MaxSize
}

// format returns r.Format, nil-safe.
func (r *Reader) format() Format {
	if r == nil {
		return FormatAuto
	}
	return r.Format
}

// ErrNoInput is the error (wrapped in an [*Error]) for an input that holds
// nothing to read: an empty file, a directory in which no file is read, a
// WARC or JSONL file with no document in it. A command reports it and
// exits non-zero; errors.Is(err, ErrNoInput) finds it.
var ErrNoInput = errors.New("no input")

// An Error is a failure to read an input or one record of it. Reading goes
// on after it with the next record or input.
type Error struct {
	// Input is the path as given or found in a directory, or "-" for
	// standard input.
	Input string

	// Record is where in the input it happened: "record 17 (byte 123456)",
	// "line 42", "byte 1024"; "" when it concerns the whole input.
	Record string

	// Err is what went wrong.
	Err error
}

// Error returns "source: INPUT: RECORD: ERR", without RECORD when it is
// "", and with "standard input" for "-", on one line: where ERR joins
// several errors (a damaged WARC record can have two things wrong), they
// are separated by "; ".
func (e *Error) Error() string {
	in := e.Input
	if in == stdinPath {
		in = "standard input"
	}
	msg := strings.ReplaceAll(fmt.Sprint(e.Err), "\n", "; ")
	if e.Record == "" {
		return fmt.Sprintf("source: %s: %s", in, msg)
	}
	return fmt.Sprintf("source: %s: %s: %s", in, e.Record, msg)
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// stdinPath is the path that names standard input.
const stdinPath = "-"

// Docs reads the documents of the inputs at paths with the zero [Reader].
// See [Reader.Docs].
func Docs(paths ...string) iter.Seq2[Doc, error] {
	var r Reader
	return r.Docs(paths...)
}

// Docs returns the documents of the inputs at paths, in order, each with
// a nil error, and an [*Error] for each input or record that cannot be
// read, in its place among them; after an error reading goes on with the
// next record or input, so a loop that wants every document continues.
// Breaking out of the loop closes what is open.
//
// A path is a file, "-" for standard input, or a directory, whose files
// are read in lexical order, recursively: those whose names, less a
// compression suffix (.gz, .bz2, .zst, .zstd), end .txt, .text, .html,
// .htm, .xhtml, .warc, .jsonl or .ndjson. Hidden directories (.git) are
// not entered. A file found in a directory that is not a regular file (a
// named pipe, a device) is reported, not opened; one named in paths is
// read as a stream, as standard input is (opening a named pipe waits for
// a writer).
//
// A path that yields neither a document nor an error (an empty directory,
// or one with no file to read; a WARC file with no HTML response) yields
// an error wrapping [ErrNoInput]; so does an empty file.
//
// Each range over the result reads the inputs anew; standard input, read
// once, is at its end the second time.
func (r *Reader) Docs(paths ...string) iter.Seq2[Doc, error] {
	return func(yield func(Doc, error) bool) {
		for _, p := range paths {
			if !r.path(p, yield) {
				return
			}
		}
	}
}

// DocsFrom returns the documents of one input read from in, named name
// (which decides nothing but the names of documents and errors, and the
// format when it ends .warc, .jsonl or .ndjson), as [Reader.Docs] returns
// those of a file. It is for inputs that are not files: an HTTP body, an
// object in a store, a file of an Apache Beam pipeline. The result reads
// in once: a second range over it finds in at its end.
func (r *Reader) DocsFrom(name string, in io.Reader) iter.Seq2[Doc, error] {
	return func(yield func(Doc, error) bool) {
		c := counter{yield: yield}
		if !r.input(name, in, nil, -1, c.yield1) {
			return
		}
		c.noInput(name)
	}
}

// A counter passes documents and errors on, and counts them.
type counter struct {
	yield func(Doc, error) bool
	n     int
}

func (c *counter) yield1(d Doc, err error) bool {
	c.n++
	return c.yield(d, err)
}

// noInput yields ErrNoInput for name when nothing was yielded, and
// reports whether to go on.
func (c *counter) noInput(name string) bool {
	if c.n > 0 {
		return true
	}
	return c.yield(Doc{}, &Error{Input: name, Err: fmt.Errorf("%w: no document in it", ErrNoInput)})
}

// path reads one path given to Docs, and reports whether to go on.
func (r *Reader) path(p string, yield func(Doc, error) bool) bool {
	c := &counter{yield: yield}
	if p == stdinPath {
		return r.input(p, os.Stdin, nil, -1, c.yield1) && c.noInput(p)
	}
	var ok bool
	switch fi, err := os.Stat(p); {
	case err != nil:
		return yield(Doc{}, &Error{Input: p, Err: pathErr(err)})
	case fi.IsDir():
		ok = r.walk(p, c.yield1)
		if ok && c.n == 0 {
			return yield(Doc{}, &Error{Input: p, Err: fmt.Errorf("%w: no file in the directory has a name that is read (.txt, .html, .warc, .jsonl and the like, compressed or not)", ErrNoInput)})
		}
		return ok
	default:
		ok = r.file(p, false, c.yield1)
	}
	return ok && c.noInput(p)
}

// walk reads the files in the directory dir, and reports whether to go on.
func (r *Reader) walk(dir string, yield func(Doc, error) bool) bool {
	ok := true
	// os.DirFS follows dir when it is a symbolic link to a directory;
	// links below it are not followed.
	fs.WalkDir(os.DirFS(dir), ".", func(rel string, d fs.DirEntry, err error) error {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		switch {
		case err != nil:
			// Reading a directory failed: report it and go on with the
			// entries that were read.
			ok = yield(Doc{}, &Error{Input: path, Err: pathErr(err)})
		case d.IsDir():
			if rel != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
		case Reads(d.Name()):
			c := counter{yield: yield}
			ok = r.file(path, true, c.yield1) && c.noInput(path)
		}
		if !ok {
			return fs.SkipAll
		}
		return nil
	})
	return ok
}

// Reads reports whether Docs reads a file of this name when it walks a
// directory: .txt, .text, .html, .htm, .xhtml, .warc, .jsonl and .ndjson,
// in any case, each also with .gz, .bz2, .zst or .zstd after it. A file
// named as an argument is read whatever its name.
func Reads(name string) bool {
	switch strings.ToLower(filepath.Ext(stripCompression(name))) {
	case ".txt", ".text", ".html", ".htm", ".xhtml", ".warc", ".jsonl", ".ndjson":
		return true
	}
	return false
}

// stripCompression returns name without a compression suffix.
func stripCompression(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".gz", ".bz2", ".zst", ".zstd":
		return name[:len(name)-len(filepath.Ext(name))]
	}
	return name
}

// pathErr returns err without the path an [fs.PathError] adds, which the
// [Error] already names.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// errNotRegular is the reason a file found in a directory that is not a
// regular file is not read.
var errNotRegular = errors.New("not a regular file")

// file reads the file at path, found in a directory walk or not, and
// reports whether to go on.
func (r *Reader) file(path string, walked bool, yield func(Doc, error) bool) bool {
	fail := func(err error) bool { return yield(Doc{}, &Error{Input: path, Err: pathErr(err)}) }
	if walked {
		// Checked before opening: opening a named pipe waits for a writer.
		fi, err := os.Stat(path) // follows a link
		if err != nil {
			return fail(err)
		}
		if !fi.Mode().IsRegular() {
			return fail(fmt.Errorf("%w (%s)", errNotRegular, typeName(fi.Mode().Type())))
		}
	}
	flags := os.O_RDONLY
	if walked {
		// Should the file have become a named pipe since, opening it must
		// not block.
		flags |= openNonblock
	}
	f, err := os.OpenFile(path, flags, 0)
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fail(err)
	}
	if !fi.Mode().IsRegular() {
		if walked {
			return fail(fmt.Errorf("%w (%s)", errNotRegular, typeName(fi.Mode().Type())))
		}
		return r.input(path, f, nil, -1, yield)
	}
	return r.input(path, f, f, fi.Size(), yield)
}

// typeName names the type of a file that is not regular.
func typeName(t fs.FileMode) string {
	switch {
	case t&fs.ModeDir != 0:
		return "a directory"
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeCharDevice != 0:
		return "a character device"
	case t&fs.ModeDevice != 0:
		return "a device"
	}
	return "an irregular file"
}

// input reads one input, named name, from in, and reports whether to go
// on. seeker is in when in is a regular file (a gzip WARC file is then
// searched backwards after a damaged member), and size its size, or -1.
func (r *Reader) input(name string, in io.Reader, seeker io.Seeker, size int64, yield func(Doc, error) bool) bool {
	fail := func(record string, err error) bool {
		return yield(Doc{}, &Error{Input: name, Record: record, Err: err})
	}
	raw := newCountReader(in)
	br := bufio.NewReaderSize(raw, bufSize)
	codec, err := sniffCompression(br)
	if err != nil {
		return fail("", err)
	}
	if codec == codecGzip && seeker == nil {
		if s, ok := in.(io.Seeker); ok {
			seeker = s
		}
	}
	var base int64 // where in starts, for seeker
	if seeker != nil {
		if base, err = seeker.Seek(0, io.SeekCurrent); err != nil {
			seeker = nil
		}
		base -= raw.n // what sniffing read
	}
	format := r.format()
	if codec == codecGzip && (format == FormatWARC || format == FormatAuto) {
		// A gzip WARC file is read member by member (see warc.go), so it
		// is told apart before the stream is decompressed as a whole. A
		// first member that cannot be read is then passed over like any
		// damaged member.
		head, _, err := gzipHead(br, nil)
		if format == FormatWARC || isWARC(name, head) {
			w := &warcReader{r: r, name: name, yield: yield, codec: codecGzip}
			return w.readGzip(raw, br, seeker, base)
		}
		if err != nil {
			return fail("", fmt.Errorf("gzip: %w", err))
		}
	}
	dec, closeDec, err := decompress(codec, br)
	if err != nil {
		return fail("", err)
	}
	defer closeDec()
	body := bufio.NewReaderSize(&onceEOF{r: dec}, bufSize)
	head, err := body.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		if len(head) == 0 {
			return fail("", readErr(codec, err))
		}
		// Damage within the first bytes: read them, then the error, in
		// its place (a JSONL line's).
		body = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(bytes.Clone(head)), errReader{err}), bufSize)
	}
	if len(head) == 0 {
		return fail("", fmt.Errorf("%w: the file is empty", ErrNoInput))
	}
	if format == FormatAuto {
		format = detect(name, head)
	}
	switch format {
	case FormatWARC:
		w := &warcReader{r: r, name: name, yield: yield, codec: codec}
		return w.readStream(body)
	case FormatJSONL:
		return r.readJSONL(name, codec, body, yield)
	}
	if codec != codecNone {
		size = -1 // the size on disk says nothing of the size decompressed
	}
	if format == FormatAuto {
		// Binary data is told from its first bytes, before the rest is
		// read: /dev/zero or a 2 GB image is refused after 64 KiB, not
		// after --max-size, and so before any error further on (a size
		// over the limit, a bad checksum at the end). A read error in
		// those bytes is readDoc's to report.
		first, err := body.Peek(binarySniffLen)
		if err == nil || err == io.EOF {
			if n, of := controlBytes(first); looksBinary(n, of) {
				return fail("", fmt.Errorf("%w: %d of its first %d bytes are control characters", ErrBinary, n, of))
			}
		}
	}
	doc, err := r.readDoc(name, codec, body, size)
	if err != nil {
		return fail("", err)
	}
	switch format {
	case FormatHTML:
		doc.Kind = HTML
	case FormatText:
		doc.Kind = Text
	default:
		doc.Kind = sniffKind(doc.Body)
	}
	return yield(doc, nil)
}

// A onceEOF reads r until its end of file, and then never again: a
// bufio.Reader's Peek that meets the end hands it on once and reads
// again for the next Read, which a terminal answers only at a second
// Ctrl-D.
type onceEOF struct {
	r   io.Reader
	eof bool
}

func (o *onceEOF) Read(p []byte) (int, error) {
	if o.eof {
		return 0, io.EOF
	}
	n, err := o.r.Read(p)
	o.eof = err == io.EOF
	return n, err
}

// An errReader returns its error.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// sniffLen is how many bytes of an input detect reads.
const sniffLen = 512

// bufSize is the size of the buffers that inputs are read through.
const bufSize = 64 << 10

// A Peek of binarySniffLen bytes from a buffer of bufSize reads them all:
// this fails to compile where the buffer is smaller.
var _ [bufSize - binarySniffLen]struct{}

// detect returns the format of an input named name whose first bytes are
// head: see [FormatAuto]. It returns FormatAuto for an input that is one
// document, whose kind is then sniffed from all of it.
func detect(name string, head []byte) Format {
	ext := strings.ToLower(filepath.Ext(stripCompression(name)))
	switch {
	case isWARC(name, head):
		return FormatWARC
	case ext == ".jsonl" || ext == ".ndjson":
		return FormatJSONL
	}
	if head = trimSpace(head); len(head) > 0 && head[0] == '{' {
		if rest := trimSpace(head[1:]); len(rest) > 0 && rest[0] == '"' {
			return FormatJSONL
		}
	}
	return FormatAuto // one document, whose kind is sniffed
}

// isWARC reports whether an input named name whose first bytes
// (decompressed) are head is a WARC file: by the head, or by the name.
func isWARC(name string, head []byte) bool {
	if strings.HasPrefix(string(trimSpace(head)), "WARC/") {
		return true
	}
	return strings.EqualFold(filepath.Ext(stripCompression(name)), ".warc")
}

// trimSpace returns b without a leading UTF-8 byte order mark and ASCII
// white space.
func trimSpace(b []byte) []byte {
	b = trimBOM(b)
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' || b[0] == '\f') {
		b = b[1:]
	}
	return b
}

// readDoc reads a whole input as one document of at most MaxSize bytes.
// size is its size when known in advance, or -1.
func (r *Reader) readDoc(name string, codec codec, in io.Reader, size int64) (Doc, error) {
	limit := r.maxSize()
	if size > limit {
		return Doc{}, fmt.Errorf("%d bytes, %w", size, errTooLarge{limit})
	}
	body, err := readAtMost(in, limit, size)
	if err != nil {
		return Doc{}, readErr(codec, err)
	}
	return Doc{Name: name, Body: body}, nil
}

// ErrBinary is the error (wrapped in an [*Error]) for a file read with
// [FormatAuto] that holds binary data, not text or a page: an image, an
// archive, random bytes (see looksBinary). A file named as text
// ([FormatText]) is read as text whatever it holds. errors.Is(err,
// ErrBinary) finds it.
var ErrBinary = errors.New("binary data, not text or HTML")

// ErrTooLarge is the error (wrapped in an [*Error]) for a document larger
// than [Reader.MaxSize]: a file, a WARC record's payload, a JSONL line.
// errors.Is(err, ErrTooLarge) finds it, so that a command can name the
// flag that sets the limit.
var ErrTooLarge = errors.New("larger than the size limit")

// errTooLarge is the error for a document over the size limit; it is
// [ErrTooLarge].
type errTooLarge struct{ limit int64 }

func (e errTooLarge) Error() string {
	return fmt.Sprintf("larger than the size limit of %d bytes", e.limit)
}

// Is reports whether target is [ErrTooLarge].
func (e errTooLarge) Is(target error) bool { return target == ErrTooLarge }

// readAtMost reads r to its end and returns its bytes, or [errTooLarge]
// as soon as it has read more than limit bytes. hint is the expected
// size, or -1.
func readAtMost(r io.Reader, limit, hint int64) ([]byte, error) {
	var buf []byte
	if hint >= 0 && hint <= limit {
		buf = make([]byte, 0, hint+1)
	}
	buf, err := appendAtMost(buf, r, limit)
	if err != nil {
		return nil, err
	}
	return buf, nil
}

// appendAtMost appends r's bytes to buf, up to limit of them, and returns
// [errTooLarge] when r holds more.
func appendAtMost(buf []byte, r io.Reader, limit int64) ([]byte, error) {
	lr := &io.LimitedReader{R: r, N: limit + 1}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, errTooLarge{limit}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
