package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/newstext/newstext"
	"golang.org/x/text/encoding/unicode"
)

// Reading inputs.
//
// An input goes through three steps, each in one place: list names the
// inputs (a directory walk keeps the files that wanted accepts), reader.read
// turns one input into the document it holds (its bytes, and its URL where
// the input says), and parse turns a document into articles. The readers of
// compressed files, WARC archives and JSONL exports (issue 15, item 3: the
// package source, built apart) plug in here: wanted learns their names,
// read unwraps a compressed file, and an archive or export becomes an input
// that holds many documents, each with its own name and URL.

// stdinPath is the path of standard input, on the command line and in the
// output.
const stdinPath = "-"

// An input is one file to parse, or standard input.
type input struct {
	path   string // as given, or joined to the directory it was found in
	err    error  // set when listing already failed (a directory read error)
	walked bool   // found in a directory, not named on the command line
}

// A document is what one parse reads: the bytes of an input and what is
// known of them besides.
type document struct {
	data []byte
	// url is the address the bytes were fetched from, when the input says
	// (a WARC record does, a file does not); it overrides the Parser's
	// URL for this document. "" when not known.
	url string
}

// A result is what became of one input: its articles, or why it has none.
type result struct {
	path string
	// text is the text the articles' spans index when it is not the
	// input's bytes: the extracted text of an HTML page, or text input
	// decoded from UTF-16. It is "" otherwise.
	text     string
	articles []newstext.Article
	err      error
}

// errNotRegular is the reason a file found in a directory that is not a
// regular file (a named pipe, a device, a socket, or a link to one) is not
// read.
var errNotRegular = errors.New("not a regular file")

// list returns the inputs the command-line paths name, in order: standard
// input for "-" or for no path at all, each directory's files whose names
// end .txt, .html or .htm in lexical walk order, and every other path as
// it is (so a missing file is reported when it is read). A directory that
// cannot be read becomes an input carrying the error, and so does a file
// found in a directory that is not a regular file (or a symbolic link to
// one): list never opens such a file, since opening a named pipe blocks.
func list(paths []string) []input {
	if len(paths) == 0 {
		return []input{{path: stdinPath}}
	}
	var inputs []input
	for _, p := range paths {
		if p == stdinPath {
			inputs = append(inputs, input{path: p})
			continue
		}
		if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
			inputs = append(inputs, input{path: p})
			continue
		}
		// os.DirFS follows p when it is a symbolic link to a directory,
		// which filepath.WalkDir would not; links below p are not followed.
		fs.WalkDir(os.DirFS(p), ".", func(rel string, d fs.DirEntry, err error) error {
			path := filepath.Join(p, filepath.FromSlash(rel))
			switch {
			case err != nil:
				// Reading the directory failed: report it and go on with
				// whatever entries were read.
				inputs = append(inputs, input{path: path, err: readError(path, err)})
			case !d.IsDir() && wanted(d.Name()):
				inputs = append(inputs, walkedInput(path, d))
			}
			return nil
		})
	}
	return inputs
}

// walkedInput returns the input for the entry d found at path in a
// directory walk: a regular file, or a symbolic link whose target is one,
// is read; anything else carries [errNotRegular].
func walkedInput(path string, d fs.DirEntry) input {
	in := input{path: path, walked: true}
	t := d.Type()
	if t&fs.ModeSymlink != 0 {
		fi, err := os.Stat(path) // follows the link
		if err != nil {
			in.err = readError(path, err)
			return in
		}
		t = fi.Mode().Type()
	}
	if !t.IsRegular() {
		in.err = readError(path, fmt.Errorf("%w (%s)", errNotRegular, typeName(t)))
	}
	return in
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
	case t&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "an irregular file"
}

// wanted reports whether a file found in a directory is read.
func wanted(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}

// readError returns err, an error reading path, as "reading path: reason".
// The path is in the message once: an [fs.PathError] is unwrapped.
func readError(path string, err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		err = pe.Err
	}
	if path == stdinPath {
		return fmt.Errorf("reading standard input: %w", err)
	}
	return fmt.Errorf("reading %s: %w", path, err)
}

// A mode says how inputs are read: by their content, or all as HTML or
// all as text (the -html and -text flags).
type mode int

const (
	modeSniff mode = iota
	modeHTML
	modeText
)

// parse returns the articles in one input's bytes, read as HTML when the
// mode says so or, by default, when the content looks like HTML (see
// [looksLikeHTML]), and as text otherwise. The file name is not consulted:
// a scraper's .txt can hold a page and its .html a text dump. text is the
// text the spans index when it is not data itself (see [result]).
func parse(p *newstext.Parser, m mode, doc document) (text string, articles []newstext.Article, err error) {
	data := doc.data
	if doc.url != "" {
		pc := *p
		pc.URL = doc.url
		p = &pc
	}
	if isHTML(m, data) {
		// ParseHTML decodes the page itself, by its byte order mark or
		// its <meta> charset.
		as, err := p.ParseHTML(bytes.NewReader(data))
		if err != nil {
			return "", nil, err
		}
		if len(as) > 0 {
			text = as[0].Text // the same for every article of a page
		}
		return text, as, nil
	}
	text, transcoded := decodeText(data)
	as := p.Parse(text)
	if !transcoded {
		text = ""
	}
	return text, as, nil
}

// isHTML reports whether an input is read as HTML in mode m.
func isHTML(m mode, data []byte) bool {
	return m == modeHTML || m == modeSniff && looksLikeHTML(sniffHead(data))
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

// decodeText returns text input as the string newstext.Parse reads: UTF-16
// with a byte order mark decoded to UTF-8 (transcoded is then true), any
// other input as it is, a UTF-8 byte order mark included.
func decodeText(data []byte) (text string, transcoded bool) {
	if e, ok := utf16Endianness(data); ok {
		return string(decodeUTF16(e, data)), true
	}
	return string(data), false
}

// looksLikeHTML reports whether data reads as an HTML page: after a byte
// order mark and white space it opens with a tag, and its first kilobyte
// holds one of the tags that start a page or a fragment of one.
func looksLikeHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n\f")
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

// A size is a number of bytes, a flag value that reads "256MB", "1GB",
// "64KiB" or "1048576" (see [size.Set]).
type size int64

// Set parses s: a whole number of bytes, optionally followed by a unit
// K, M, G or T, each a power of 1024, written with or without "B" or "iB"
// and in any case ("256MB" is 256 MiB). The size must be at least 1 byte.
func (sz *size) Set(s string) error {
	num := strings.TrimSpace(s)
	unit := strings.TrimLeft(num, "0123456789")
	num = strings.TrimSpace(num[:len(num)-len(unit)])
	unit = strings.ToUpper(strings.TrimSpace(unit))
	unit = strings.TrimSuffix(strings.TrimSuffix(unit, "B"), "I")
	shift := 0
	switch unit {
	case "":
	case "K":
		shift = 10
	case "M":
		shift = 20
	case "G":
		shift = 30
	case "T":
		shift = 40
	default:
		return errors.New("unknown unit (want bytes, KB, MB, GB or TB)")
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 1 || n > (1<<63-1)>>shift {
		return errors.New("want a whole number from 1 byte to 8 EiB, like 256MB")
	}
	*sz = size(n << shift)
	return nil
}

// Type names the flag's value in the help.
func (sz *size) Type() string { return "size" }

// String returns the size in the largest unit that divides it: "256MiB",
// "1000B".
func (sz size) String() string {
	n := int64(sz)
	for _, u := range []struct {
		shift uint
		name  string
	}{{40, "TiB"}, {30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n != 0 && n%(1<<u.shift) == 0 {
			return fmt.Sprintf("%d%s", n>>u.shift, u.name)
		}
	}
	return fmt.Sprintf("%dB", n)
}

// errTooLarge is the reason an input over the size limit is not read.
type errTooLarge struct{ limit size }

func (e errTooLarge) Error() string {
	return fmt.Sprintf("larger than --max-size %v", e.limit)
}

// readLimited reads r to its end and returns its bytes, or [errTooLarge]
// as soon as it has read more than limit bytes. hint is the expected size,
// or 0 when it is not known.
func readLimited(r io.Reader, limit size, hint int64) ([]byte, error) {
	var buf bytes.Buffer
	if hint > 0 && hint <= int64(limit) {
		buf.Grow(int(hint) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if int64(buf.Len()) > int64(limit) {
		return nil, errTooLarge{limit}
	}
	return buf.Bytes(), nil
}

// A reader reads and parses inputs. It is safe for concurrent use;
// standard input is read once, however many times "-" is named.
type reader struct {
	stdin  func() ([]byte, error)
	mode   mode
	limit  size             // the most bytes read from one input
	parser *newstext.Parser // what parses an input's bytes
}

func newReader(stdin io.Reader, m mode, limit size, p *newstext.Parser) *reader {
	return &reader{
		stdin:  sync.OnceValues(func() ([]byte, error) { return readLimited(stdin, limit, 0) }),
		mode:   m,
		limit:  limit,
		parser: p,
	}
}

// read returns the document one input holds, or an error that names the
// input. A regular file larger than the limit is refused by its size,
// unread; any other input (standard input, a named pipe or device named on
// the command line) is read up to one byte over the limit and then
// refused. A file found in a directory is read only if it is a regular
// file.
func (rd *reader) read(in input) (document, error) {
	if in.err != nil {
		return document{}, in.err
	}
	var data []byte
	var err error
	if in.path == stdinPath {
		data, err = rd.stdin()
	} else {
		data, err = rd.readFile(in)
	}
	if err != nil {
		return document{}, readError(in.path, err)
	}
	return document{data: data}, nil
}

// readFile returns the bytes of the file in.path, within the limit.
func (rd *reader) readFile(in input) ([]byte, error) {
	flags := os.O_RDONLY
	if in.walked {
		// list checked that the file is regular; should it have become a
		// named pipe since, opening it must not block.
		flags |= openNonblock
	}
	f, err := os.OpenFile(in.path, flags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	var hint int64
	switch t := fi.Mode().Type(); {
	case t.IsRegular():
		if fi.Size() > int64(rd.limit) {
			return nil, errTooLarge{rd.limit}
		}
		hint = fi.Size()
	case in.walked:
		return nil, fmt.Errorf("%w (%s)", errNotRegular, typeName(t))
	}
	return readLimited(f, rd.limit, hint)
}

// do reads and parses one input. A panic in the parser is reported as the
// input's error, so that one bad file does not end a run over thousands.
func (rd *reader) do(in input) (r result) {
	r.path = in.path
	if in.err != nil {
		r.err = in.err
		return r
	}
	doc, err := rd.read(in)
	if err != nil {
		r.err = err
		return r
	}
	defer func() {
		if v := recover(); v != nil {
			r.text, r.articles, r.err = "", nil, fmt.Errorf("parsing %s: panic: %v", in.path, v)
		}
	}()
	r.text, r.articles, err = parse(rd.parser, rd.mode, doc)
	if err != nil {
		r.err = fmt.Errorf("parsing %s: %w", in.path, err)
	}
	return r
}

// process runs work on the items 0 to n-1 with the given number of
// workers and calls emit with each result in order, as soon as that item
// and all before it are done. At most a few results per worker wait for an
// earlier, slower item. process stops at the first error emit returns and
// returns it.
func process[R any](n, jobs int, work func(i int) R, emit func(i int, r R) error) error {
	results := make([]R, n)
	done := make([]chan struct{}, n)
	for i := range done {
		done[i] = make(chan struct{})
	}

	// window bounds how far the workers run ahead of emit.
	window := make(chan struct{}, 4*jobs)
	stop := make(chan struct{})
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range n {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range next {
				results[i] = work(i)
				close(done[i])
			}
		})
	}

	var err error
	var zero R
	for i := range n {
		<-done[i]
		err = emit(i, results[i])
		results[i] = zero // let the articles go
		<-window
		if err != nil {
			break
		}
	}
	close(stop)
	wg.Wait()
	return err
}
