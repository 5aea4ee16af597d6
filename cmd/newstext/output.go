package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/newstext/newstext"
)

// A recordWriter prints results one at a time, in the order it is given
// them, flushing each before it returns.
type recordWriter interface {
	write(r result) error
	close() error
}

// formats maps each -o value to its writer.
var formats = map[string]func(w io.Writer) recordWriter{
	"text":  newTextWriter,
	"json":  newJSONWriter,
	"jsonl": newJSONLWriter,
}

// record is the JSON form of a result: Articles (never null) or Error.
type record struct {
	Path     string             `json:"path"`
	Articles []newstext.Article `json:"articles,omitzero"`
	Error    string             `json:"error,omitempty"`
}

func toRecord(r result) record {
	if r.err != nil {
		return record{Path: r.path, Error: r.err.Error()}
	}
	arts := r.articles
	if arts == nil {
		arts = []newstext.Article{}
	}
	return record{Path: r.path, Articles: arts}
}

// encode returns v as JSON with "<", ">" and "&" as they are, indented
// with prefix and indent when indent is not "", without a final newline.
func encode(v any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonlWriter prints one JSON object per line.
type jsonlWriter struct{ w io.Writer }

func newJSONLWriter(w io.Writer) recordWriter { return &jsonlWriter{w} }

func (jw *jsonlWriter) write(r result) error {
	b, err := encode(toRecord(r), "", "")
	if err != nil {
		return err
	}
	_, err = jw.w.Write(append(b, '\n'))
	return err
}

func (jw *jsonlWriter) close() error { return nil }

// jsonWriter prints one indented JSON array, an element at a time: the
// whole output is what json.MarshalIndent(records, "", "  ") would give,
// and a final newline.
type jsonWriter struct {
	w io.Writer
	n int
}

func newJSONWriter(w io.Writer) recordWriter { return &jsonWriter{w: w} }

func (jw *jsonWriter) write(r result) error {
	b, err := encode(toRecord(r), "  ", "  ")
	if err != nil {
		return err
	}
	sep := ",\n  "
	if jw.n == 0 {
		sep = "[\n  "
	}
	jw.n++
	_, err = jw.w.Write(append([]byte(sep), b...))
	return err
}

func (jw *jsonWriter) close() error {
	end := "\n]\n"
	if jw.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(jw.w, end)
	return err
}

// textWriter prints a rendering for people. Per input:
//
//	== path
//	article 1 of 2, 0:5120
//	  title      0:40 "Headline"
//	  byline     41:60 "Jane Doe"
//	  teaser truncated
//	  paragraph  1 120:300 "text"
//	  caption    1 400:460 "text" credit="AFP" repeats=2
//	  removed    widget 470:490 "Share on Facebook"
//	  entity     "Kyiv" place 2 mentions: 84:88 "Kyiv" 310:314 "Kiev"
//
// then a blank line. Text values are quoted with strconv.Quote so that
// invisible characters show; spans are start:end in UTF-8 bytes.
type textWriter struct {
	w *bufio.Writer
}

func newTextWriter(w io.Writer) recordWriter { return &textWriter{bufio.NewWriter(w)} }

func (tw *textWriter) write(r result) error {
	w := tw.w
	fmt.Fprintf(w, "== %s\n", r.path)
	switch {
	case r.err != nil:
		fmt.Fprintf(w, "error: %v\n", r.err)
	case len(r.articles) == 0:
		fmt.Fprintln(w, "no articles")
	}
	for i, a := range r.articles {
		fmt.Fprintf(w, "article %d of %d, %v\n", i+1, len(r.articles), a.Span)
		if a.Title == "" {
			fmt.Fprintf(w, "  %-10s (none)\n", "title")
		} else {
			field(w, "title", a.TitleSpan, a.Title)
		}
		if a.Byline != "" {
			field(w, "byline", a.BylineSpan, a.Byline)
		}
		if a.Dateline != "" {
			field(w, "dateline", a.DatelineSpan, a.Dateline)
		}
		if a.Source != "" {
			field(w, "source", a.SourceSpan, a.Source)
		}
		switch {
		case a.Teaser && a.Truncated:
			fmt.Fprintln(w, "  teaser truncated")
		case a.Teaser:
			fmt.Fprintln(w, "  teaser")
		case a.Truncated:
			fmt.Fprintln(w, "  truncated")
		}
		for j, p := range a.Paragraphs {
			fmt.Fprintf(w, "  %-10s %d %v %s\n", "paragraph", j+1, p.Span, strconv.Quote(p.Text))
		}
		for j, c := range a.Captions {
			fmt.Fprintf(w, "  %-10s %d %v %s", "caption", j+1, c.Span, strconv.Quote(c.Text))
			if c.Credit != "" {
				fmt.Fprintf(w, " credit=%s", strconv.Quote(c.Credit))
			}
			fmt.Fprintf(w, " repeats=%d\n", c.Repeats)
		}
		for _, rm := range a.Removed {
			fmt.Fprintf(w, "  %-10s %s %v %s\n", "removed", rm.Reason, rm.Span, strconv.Quote(rm.Text))
		}
		for _, e := range a.Entities {
			fmt.Fprintf(w, "  %-10s %s %s %d mentions:", "entity", strconv.Quote(e.Name), e.Kind, len(e.Mentions))
			for _, m := range e.Mentions {
				fmt.Fprintf(w, " %v %s", m.Span, strconv.Quote(m.Text))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
	return w.Flush()
}

func field(w io.Writer, name string, span newstext.Span, text string) {
	fmt.Fprintf(w, "  %-10s %v %s\n", name, span, strconv.Quote(text))
}

func (tw *textWriter) close() error { return tw.w.Flush() }

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressEvery is the least time between two redraws of the progress line.
const progressEvery = 100 * time.Millisecond

// progress keeps a line "newstext: 120/4000 files" on a terminal. A nil
// *progress does nothing. It is not safe for concurrent use.
type progress struct {
	w     io.Writer
	total int
	width int // of the line on screen, 0 when there is none
	last  time.Time
}

// newProgress returns the progress line for total inputs on w, or nil
// when w is not a terminal or there are 20 inputs or fewer.
func newProgress(w io.Writer, total int) *progress {
	if total <= 20 || !isTerminal(w) {
		return nil
	}
	return &progress{w: w, total: total}
}

// update shows that done inputs of the total are done, at most once per
// [progressEvery] unless all are done.
func (p *progress) update(done int) {
	if p == nil {
		return
	}
	now := time.Now()
	if done < p.total && now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	line := fmt.Sprintf("newstext: %d/%d files", done, p.total)
	fmt.Fprintf(p.w, "\r%s", line)
	p.width = len(line)
}

// clear erases the progress line, if one is shown.
func (p *progress) clear() {
	if p == nil || p.width == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r%*s\r", p.width, "")
	p.width = 0
}
