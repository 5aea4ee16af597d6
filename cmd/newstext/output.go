package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

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

// jsonRecordWriter prints each result as one JSON object, streamed: the
// record's opening, then each article encoded on its own, then its end,
// so that no whole record is ever held in memory. A record is
//
//	{"path": ..., "text": ..., "articles": [...]}
//
// with "text" (the text the spans index, see [result]) only when it is
// not "" and "articles" never null, or {"path": ..., "error": ...}. Each
// article's own "text" is left out: the record carries it once. Objects
// are compact, or indented as json.MarshalIndent would indent them inside
// an array with prefix "" and indent "  ". "<", ">" and "&" are written as
// they are.
type jsonRecordWriter struct {
	w      *bufio.Writer
	indent bool
	buf    bytes.Buffer  // one article or one piece of a string, encoded
	enc    *json.Encoder // writes to buf
}

func newJSONRecordWriter(w io.Writer, indent bool) *jsonRecordWriter {
	jw := &jsonRecordWriter{w: bufio.NewWriterSize(w, 64*1024), indent: indent}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	if indent {
		// Articles sit three levels deep: array, record, articles.
		jw.enc.SetIndent("      ", "  ")
	}
	return jw
}

// writeRecord writes r as one JSON object, without a final newline, and
// does not flush.
func (jw *jsonRecordWriter) writeRecord(r result) error {
	// Between the members of the record, and at its end: as
	// MarshalIndent would lay out an object inside an array.
	sep, end := ",", "}"
	if jw.indent {
		sep, end = ",\n    ", "\n  }"
		jw.w.WriteString("{\n    ")
	} else {
		jw.w.WriteString("{")
	}
	colon := ":"
	if jw.indent {
		colon = ": "
	}
	jw.w.WriteString(`"path"` + colon)
	if err := jw.writeString(r.path); err != nil {
		return err
	}
	if r.err != nil {
		jw.w.WriteString(sep + `"error"` + colon)
		if err := jw.writeString(r.err.Error()); err != nil {
			return err
		}
		_, err := jw.w.WriteString(end)
		return err
	}
	if r.text != "" {
		jw.w.WriteString(sep + `"text"` + colon)
		if err := jw.writeString(r.text); err != nil {
			return err
		}
	}
	jw.w.WriteString(sep + `"articles"` + colon)
	if len(r.articles) == 0 {
		jw.w.WriteString("[]")
	} else {
		jw.w.WriteString("[")
		for i, a := range r.articles {
			if i > 0 {
				jw.w.WriteString(",")
			}
			if jw.indent {
				jw.w.WriteString("\n      ")
			}
			a.Text = "" // on the record, once
			if err := jw.writeArticle(a, "      "); err != nil {
				return err
			}
		}
		if jw.indent {
			jw.w.WriteString("\n    ")
		}
		jw.w.WriteString("]")
	}
	_, err := jw.w.WriteString(end)
	return err
}

// writeArticle writes a as encoding/json encodes it (indented,
// when jw indents, as if its opening brace were at prefix), with each
// slice member written an element at a time: an article of a million
// paragraphs is never encoded whole. Members are in the struct's order
// and follow its json tags: a name, omitempty and omitzero (encoding/json
// omits a member with omitzero when its IsZero method, or else the zero
// value, says so).
func (jw *jsonRecordWriter) writeArticle(a newstext.Article, prefix string) error {
	v := reflect.ValueOf(a)
	inner := prefix + "  "
	sep, colon := ",", ":"
	if jw.indent {
		sep, colon = ",\n"+inner, ": "
	}
	jw.w.WriteString("{")
	n := 0
	for _, f := range articleFields() {
		fv := v.Field(f.index)
		if f.omitEmpty && isEmptyValue(fv) || f.omitZero && isZeroValue(fv) {
			continue
		}
		if n == 0 && jw.indent {
			jw.w.WriteString("\n" + inner)
		} else if n > 0 {
			jw.w.WriteString(sep)
		}
		n++
		jw.w.WriteString(strconv.Quote(f.name) + colon)
		if fv.Kind() == reflect.Slice && !fv.IsNil() && fv.Len() > 0 {
			jw.w.WriteString("[")
			for i := range fv.Len() {
				if i > 0 {
					jw.w.WriteString(",")
				}
				if jw.indent {
					jw.w.WriteString("\n" + inner + "  ")
				}
				if err := jw.encodeAt(fv.Index(i).Interface(), inner+"  "); err != nil {
					return err
				}
			}
			if jw.indent {
				jw.w.WriteString("\n" + inner)
			}
			jw.w.WriteString("]")
			continue
		}
		if err := jw.encodeAt(fv.Interface(), inner); err != nil {
			return err
		}
	}
	if n > 0 && jw.indent {
		jw.w.WriteString("\n" + prefix)
	}
	jw.w.WriteString("}")
	return nil
}

// encodeAt writes v encoded whole, indented (when jw indents) as if it
// began at prefix.
func (jw *jsonRecordWriter) encodeAt(v any, prefix string) error {
	if jw.indent {
		jw.enc.SetIndent(prefix, "  ")
	}
	jw.buf.Reset()
	if err := jw.enc.Encode(v); err != nil {
		return err
	}
	_, err := jw.w.Write(bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n")))
	return err
}

// jsonField is a struct member as encoding/json sees it.
type jsonField struct {
	index               int
	name                string
	omitEmpty, omitZero bool
}

// articleFields are the members of an Article as encoding/json writes
// them, read once.
var articleFields = sync.OnceValue(func() []jsonField { return jsonFields(reflect.TypeFor[newstext.Article]()) })

// jsonFields returns the members encoding/json writes for the struct type
// t, in order: exported fields without a "-" tag. (The library's types
// have no embedded structs, which encoding/json would flatten.)
func jsonFields(t reflect.Type) []jsonField {
	var fs []jsonField
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if !sf.IsExported() || tag == "-" {
			continue
		}
		if sf.Anonymous {
			panic("newstext command: jsonFields: embedded field " + sf.Name + " in " + t.String())
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		f := jsonField{index: i, name: name}
		for _, o := range strings.Split(opts, ",") {
			f.omitEmpty = f.omitEmpty || o == "omitempty"
			f.omitZero = f.omitZero || o == "omitzero"
		}
		fs = append(fs, f)
	}
	return fs
}

// isEmptyValue is encoding/json's test for omitempty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// isZeroValue is encoding/json's test for omitzero: the value's IsZero
// method when it has one, else the zero value.
func isZeroValue(v reflect.Value) bool {
	if z, ok := v.Interface().(interface{ IsZero() bool }); ok {
		return z.IsZero()
	}
	return v.IsZero()
}

// stringChunk is the most bytes of a string encoded at a time.
const stringChunk = 64 * 1024

// writeString writes s as a JSON string, encoded as encoding/json encodes
// it, a piece at a time. Each piece ends before a byte that starts a UTF-8
// sequence (or is ASCII), so that the pieces encode as the whole would.
func (jw *jsonRecordWriter) writeString(s string) error {
	jw.w.WriteByte('"')
	for len(s) > 0 {
		n := len(s)
		if n > stringChunk {
			// A valid sequence across the cut before s[n] starts at one
			// of the UTFMax-1 bytes before it; cutting before a byte that
			// starts a sequence splits none. With no such byte among
			// s[n-3:n+1], no valid sequence crosses n.
			n = stringChunk
			for i := n; i > n-utf8.UTFMax; i-- {
				if utf8.RuneStart(s[i]) {
					n = i
					break
				}
			}
		}
		jw.buf.Reset()
		if err := jw.enc.Encode(s[:n]); err != nil {
			return err
		}
		// Encode wrote "...", a newline after it.
		b := bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n"))
		jw.w.Write(b[1 : len(b)-1])
		s = s[n:]
	}
	return jw.w.WriteByte('"')
}

// jsonlWriter prints one JSON object per line.
type jsonlWriter struct{ *jsonRecordWriter }

func newJSONLWriter(w io.Writer) recordWriter {
	return jsonlWriter{newJSONRecordWriter(w, false)}
}

func (jw jsonlWriter) write(r result) error {
	if err := jw.writeRecord(r); err != nil {
		return err
	}
	jw.w.WriteByte('\n')
	return jw.w.Flush()
}

func (jw jsonlWriter) close() error { return jw.w.Flush() }

// jsonWriter prints one indented JSON array, an element at a time: the
// whole output is what json.MarshalIndent(records, "", "  ") would give,
// and a final newline.
type jsonWriter struct {
	*jsonRecordWriter
	n int
}

func newJSONWriter(w io.Writer) recordWriter {
	return &jsonWriter{jsonRecordWriter: newJSONRecordWriter(w, true)}
}

func (jw *jsonWriter) write(r result) error {
	sep := ",\n  "
	if jw.n == 0 {
		sep = "[\n  "
	}
	jw.n++
	jw.w.WriteString(sep)
	if err := jw.writeRecord(r); err != nil {
		return err
	}
	return jw.w.Flush()
}

func (jw *jsonWriter) close() error {
	end := "\n]\n"
	if jw.n == 0 {
		end = "[]\n"
	}
	jw.w.WriteString(end)
	return jw.w.Flush()
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
