package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/newstext/newstext"
)

// stdinPath is the path of standard input, on the command line and in the
// output.
const stdinPath = "-"

// An input is one file to parse, or standard input.
type input struct {
	path string // as given, or joined to the directory it was found in
	err  error  // set when listing already failed (a directory read error)
}

// A result is what became of one input: its articles, or why it has none.
type result struct {
	path     string
	articles []newstext.Article
	err      error
}

// list returns the inputs the command-line paths name, in order: standard
// input for "-" or for no path at all, each directory's files whose names
// end .txt, .html or .htm in lexical walk order, and every other path as
// it is (so a missing file is reported when it is read). A directory that
// cannot be read becomes an input carrying the error.
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
				inputs = append(inputs, input{path: path})
			}
			return nil
		})
	}
	return inputs
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

// A parseFunc returns the articles in one input's bytes.
type parseFunc func(path string, data []byte) ([]newstext.Article, error)

// A mode says how inputs are read: by their content, or all as HTML or
// all as text (the -html and -text flags).
type mode int

const (
	modeSniff mode = iota
	modeHTML
	modeText
)

// parserFor returns the parse function for one input: HTML when the mode
// says so or, by default, when the content looks like HTML (see
// looksLikeHTML); text otherwise. The file name is not consulted: a
// scraper's .txt can hold a page and its .html a text dump.
func parserFor(m mode, data []byte) parseFunc {
	if isHTML(m, data) {
		return parseHTML
	}
	return parseText
}

// isHTML reports whether an input is read as HTML in mode m.
func isHTML(m mode, data []byte) bool {
	return m == modeHTML || m == modeSniff && looksLikeHTML(data)
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

// parseText parses data as scraped text.
func parseText(path string, data []byte) ([]newstext.Article, error) {
	return newstext.Parse(string(data)), nil
}

// parseHTML parses data as an HTML page.
func parseHTML(path string, data []byte) ([]newstext.Article, error) {
	return newstext.ParseHTML(bytes.NewReader(data))
}

// storyText returns the text the dupes command signs for one input: the
// input itself, or for an HTML page the headline and body of its
// articles.
func storyText(m mode, data []byte) string {
	if isHTML(m, data) {
		as, _ := newstext.ParseHTML(bytes.NewReader(data))
		var b strings.Builder
		for _, a := range as {
			b.WriteString(a.Title)
			b.WriteString("\n\n")
			b.WriteString(a.Body())
			b.WriteString("\n\n")
		}
		return b.String()
	}
	return string(data)
}

// A reader parses inputs. It is safe for concurrent use; standard input is
// read once, however many times "-" is named.
type reader struct {
	stdin func() ([]byte, error)
	mode  mode
}

func newReader(stdin io.Reader, m mode) *reader {
	return &reader{stdin: sync.OnceValues(func() ([]byte, error) { return io.ReadAll(stdin) }), mode: m}
}

// read returns the bytes of one input, or an error that names it.
func (rd *reader) read(in input) ([]byte, error) {
	if in.err != nil {
		return nil, in.err
	}
	var data []byte
	var err error
	if in.path == stdinPath {
		data, err = rd.stdin()
	} else {
		data, err = os.ReadFile(in.path)
	}
	if err != nil {
		return nil, readError(in.path, err)
	}
	return data, nil
}

// do reads and parses one input. A panic in the parser is reported as the
// input's error, so that one bad file does not end a run over thousands.
func (rd *reader) do(in input) (r result) {
	r.path = in.path
	if in.err != nil {
		r.err = in.err
		return r
	}
	data, err := rd.read(in)
	if err != nil {
		r.err = err
		return r
	}
	defer func() {
		if v := recover(); v != nil {
			r.articles, r.err = nil, fmt.Errorf("parsing %s: panic: %v", in.path, v)
		}
	}()
	r.articles, err = parserFor(rd.mode, data)(in.path, data)
	if err != nil {
		r.err = fmt.Errorf("parsing %s: %w", in.path, err)
	}
	return r
}

// process reads and parses the inputs with the given number of workers
// and calls emit with each result in input order, as soon as that input
// and all before it are done. At most a few results per worker wait for
// an earlier, slower input. process stops at the first error emit returns
// and returns it.
func process(inputs []input, jobs int, rd *reader, emit func(i int, r result) error) error {
	results := make([]result, len(inputs))
	done := make([]chan struct{}, len(inputs))
	for i := range done {
		done[i] = make(chan struct{})
	}

	// window bounds how far the workers run ahead of emit.
	window := make(chan struct{}, 4*jobs)
	stop := make(chan struct{})
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range inputs {
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
				results[i] = rd.do(inputs[i])
				close(done[i])
			}
		})
	}

	var err error
	for i := range inputs {
		<-done[i]
		err = emit(i, results[i])
		results[i] = result{} // let the articles go
		<-window
		if err != nil {
			break
		}
	}
	close(stop)
	wg.Wait()
	return err
}
