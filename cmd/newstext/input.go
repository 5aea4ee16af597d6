package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

// Reading inputs.
//
// The package source reads the inputs, as it does for the examples and
// pipelines: it walks directories, opens files (never a named pipe
// found in a directory), undoes gzip, bzip2 and zstd by their magic
// bytes, splits WARC files into their HTML responses and JSONL files into
// their lines, and tells a page from text. The command names the paths
// and standard input (reader.docs), parses each document (parse), and
// words source's errors as its own (readError). An input that cannot be
// read, or a record of one, comes as an error in its place, and the run
// goes on.

// stdinPath is the path of standard input, on the command line and in the
// output.
const stdinPath = "-"

// A result is what became of one document: its articles, or why it has
// none.
type result struct {
	// path names the document: the path as given or found in a directory
	// walk, with "#record N" for a WARC record or ":N" for a JSONL line
	// (source.Doc.Name); for an error, the input it concerns.
	path string
	// url, date and id are what the input says of the document, when it
	// says (a WARC record's WARC-Target-URI, WARC-Date and
	// WARC-Record-ID; a JSONL line's "url", "date" and "id").
	url  string
	date time.Time
	id   string
	// text is the text the articles' spans index when it is not the
	// document's bytes: the extracted text of an HTML page, or text
	// decoded from UTF-16. It is "" otherwise.
	text     string
	articles []newstext.Article
	err      error
	// skipped is set when the document was not parsed because its output
	// file exists (--out-dir).
	skipped bool
}

// A reader reads the documents of the inputs and parses them. It is safe
// for concurrent use.
type reader struct {
	src    source.Reader
	stdin  func() io.Reader // standard input, for each "-"
	limit  size             // --max-size, for the messages
	parser *newstext.Parser // what parses a document
	// skip, when not nil, says whether a document is left unparsed: its
	// output exists (--out-dir).
	skip func(name string) bool
}

// newReader returns a reader of the inputs at paths (see [reader.docs]),
// standard input being stdin, read in the given format with documents of
// at most limit bytes, which parses with p. Standard input is streamed;
// when paths name it more than once it is read once, up to one byte over
// the limit, and each "-" reads those bytes.
func newReader(stdin io.Reader, paths []string, format source.Format, limit size, p *newstext.Parser) *reader {
	rd := &reader{src: source.Reader{Format: format, MaxSize: int64(limit)}, limit: limit, parser: p}
	rd.stdin = func() io.Reader { return stdin }
	if n := countStdin(paths); n > 1 {
		read := sync.OnceValues(func() ([]byte, error) {
			return io.ReadAll(io.LimitReader(stdin, int64(limit)+1))
		})
		rd.stdin = func() io.Reader {
			data, err := read()
			if err != nil {
				return io.MultiReader(bytes.NewReader(data), errReader{err})
			}
			return bytes.NewReader(data)
		}
	}
	return rd
}

// countStdin returns how many times paths name standard input: "-", or
// no path at all.
func countStdin(paths []string) int {
	if len(paths) == 0 {
		return 1
	}
	n := 0
	for _, p := range paths {
		if p == stdinPath {
			n++
		}
	}
	return n
}

// An errReader returns its error.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// docs returns the documents of the inputs at paths, in order, and an
// error in the place of each input or record that cannot be read (see
// source.Reader.Docs): files, directories walked recursively, and "-",
// standard input, which is also what no path at all means.
func (rd *reader) docs(paths []string) iter.Seq2[source.Doc, error] {
	if len(paths) == 0 {
		paths = []string{stdinPath}
	}
	return func(yield func(source.Doc, error) bool) {
		for _, p := range paths {
			seq := rd.src.Docs(p)
			if p == stdinPath {
				seq = rd.src.DocsFrom(p, rd.stdin())
			}
			for doc, err := range seq {
				if !yield(doc, err) {
					return
				}
			}
		}
	}
}

// readError returns an error of the source reader as the command words
// it, on one line: "reading INPUT: RECORD: reason" (source.Error's
// wording), with "standard input" for "-", no RECORD for one that
// concerns the whole input, and a document over the size limit named by
// --max-size. errInput is the input it concerns.
func (rd *reader) readError(err error) (errInput string, _ error) {
	e, ok := errors.AsType[*source.Error](err)
	if !ok { // not met: source yields *source.Error
		return "(unknown)", fmt.Errorf("reading: %w", err)
	}
	reason := e.Err
	switch {
	case !errors.Is(reason, source.ErrTooLarge):
	case e.Record == "":
		reason = errTooLarge{rd.limit} // "larger than --max-size 1MiB"
	default:
		reason = fmt.Errorf("%w (--max-size %v)", reason, rd.limit)
	}
	msg := (&source.Error{Input: e.Input, Record: e.Record, Err: reason}).Error()
	return e.Input, errors.New("reading " + strings.TrimPrefix(msg, "source: "))
}

// errTooLarge is the reason a document over the size limit is not read.
type errTooLarge struct{ limit size }

func (e errTooLarge) Error() string {
	return fmt.Sprintf("larger than --max-size %v", e.limit)
}

// Is makes an errTooLarge [source.ErrTooLarge].
func (e errTooLarge) Is(target error) bool { return target == source.ErrTooLarge }

// do parses one document, or words the error that came in its place. A
// panic in the parser is reported as the document's error, so that one
// bad file does not end a run over thousands.
func (rd *reader) do(doc source.Doc, err error) (r result) {
	if err != nil {
		r.path, r.err = rd.readError(err)
		return r
	}
	r = result{path: doc.Name, url: doc.URL, date: doc.Date, id: doc.ID}
	if rd.skip != nil && rd.skip(doc.Name) {
		r.skipped = true
		return r
	}
	defer func() {
		if v := recover(); v != nil {
			r.text, r.articles, r.err = "", nil, fmt.Errorf("parsing %s: panic: %v", doc.Name, v)
		}
	}()
	r.text, r.articles, err = parse(rd.parser, &doc)
	if err != nil {
		r.err = fmt.Errorf("parsing %s: %w", doc.Name, err)
	}
	return r
}

// parse returns the articles of one document: a page (doc.Kind, which
// source tells by the input's format or the content, never by the file
// name) through ParseHTML, text through Parse, each decoded first by
// doc.Decoded (a page that is not UTF-8 by the charset of its HTTP
// Content-Type, text in UTF-16 to UTF-8). A document's own URL (a WARC
// record's) stands for the Parser's. text is the text the spans index
// when it is not the document's bytes (see [result]).
func parse(p *newstext.Parser, doc *source.Doc) (text string, articles []newstext.Article, err error) {
	if doc.Kind == source.Text {
		// The spans index the document's bytes unless Decoded has to
		// transcode them (UTF-16); then they index the text, decoded once.
		if data := doc.Decoded(); !bytes.Equal(data, doc.Body) {
			text = string(data)
			decoded := *doc
			decoded.Body = data
			doc = &decoded
		}
	}
	as, err := doc.Parse(p)
	if err != nil {
		return "", nil, err
	}
	if doc.Kind == source.HTML && len(as) > 0 {
		text = as[0].Text // the same for every article of a page
	}
	return text, as, nil
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

// process runs work on each pair seq yields, with the given number of
// workers, and calls emit with the results in the order of seq, each as
// soon as it and all before it are done. seq is ranged over in one
// goroutine, a pair at a time, never more than a few pairs per worker
// ahead of emit, so memory holds a few documents per worker however long
// seq is. process stops at the first error emit returns, ends the range
// over seq (which closes what it opened) and returns that error.
func process[A, B, R any](seq iter.Seq2[A, B], jobs int, work func(A, B) R, emit func(R) error) error {
	type slot struct {
		done chan struct{}
		r    R
	}
	// order holds the slots in the order of seq; its capacity bounds how
	// far the reading and the workers run ahead of emit.
	order := make(chan *slot, 4*jobs)
	tasks := make(chan func())
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(order)
		defer close(tasks)
		for a, b := range seq {
			s := &slot{done: make(chan struct{})}
			select {
			case order <- s:
			case <-stop:
				return
			}
			task := func() {
				s.r = work(a, b)
				close(s.done)
			}
			select {
			case tasks <- task:
			case <-stop:
				return
			}
		}
	})
	for range jobs {
		wg.Go(func() {
			for task := range tasks {
				task()
			}
		})
	}

	var err error
	for s := range order {
		<-s.done
		if err = emit(s.r); err != nil {
			break
		}
	}
	close(stop)
	wg.Wait()
	return err
}
