package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newstext/newstext"
)

// Writing the output.
//
// A worker renders each result alone in the output format, as it parses
// it (an [outputFormat]'s write), so that the writing, which keeps the
// input order and so goes one result at a time, only copies bytes; a
// result of a large input is rendered at its turn instead, straight to
// the output, so that its rendering is never held whole ([renderLater]). A
// [streamWriter] adds what stands before, between and after the results
// of a stream (the format's [frame]) on standard output, and an [outDir]
// frames each result alone in a file of its own.

// A sink is what a rendering is written to: a bytes.Buffer, or the
// output's bufio.Writer for a result rendered as it is written (see
// [renderLater]).
type sink interface {
	io.Writer
	io.ByteWriter
	io.StringWriter
	WriteRune(r rune) (int, error)
}

// A recordWriter writes rendered results one at a time, in the order it
// is given them, flushing each before it returns.
type recordWriter interface {
	write(r rendered) error
	close() error
}

// outputOptions are what the flags say of the output, beyond its format.
type outputOptions struct {
	debug  bool            // -o text: the rendering with spans (--debug)
	fields map[string]bool // -o json, jsonl: the members to write (--fields); see parseFields
}

// An outputFormat is an -o value with its options: how one result is
// rendered, and the frame of a stream of them.
type outputFormat struct {
	// write appends r rendered alone to b: what the format prints for r,
	// less its frame, which is the same wherever r stands in the output.
	// It is safe for concurrent use.
	write func(b sink, r result) error
	frame frame
}

// A frame is what stands around and between the rendered results in the
// output of a format.
type frame struct {
	open  string // before the first result
	sep   string // between two results
	after string // after each result
	close string // after the last result
	empty string // the whole output when there is no result
}

// formats maps each -o value to its format, given the options.
var formats = map[string]func(o outputOptions) outputFormat{
	"text": func(o outputOptions) outputFormat {
		if o.debug {
			return outputFormat{write: writeDebug}
		}
		return outputFormat{write: writeText}
	},
	"markdown": func(outputOptions) outputFormat {
		return outputFormat{write: writeMarkdown, frame: frame{sep: "\n---\n\n"}}
	},
	"json": func(o outputOptions) outputFormat {
		// One array, indented as json.MarshalIndent(records, "", "  ")
		// would indent it, and a final newline.
		return outputFormat{write: jsonRecords(true, o.fields), frame: frame{open: "[\n  ", sep: ",\n  ", close: "\n]\n", empty: "[]\n"}}
	},
	"jsonl": func(o outputOptions) outputFormat {
		// One object per line.
		return outputFormat{write: jsonRecords(false, o.fields), frame: frame{after: "\n"}}
	},
}

// A rendered is what the writing takes of a result: its rendering in the
// output format, and what the progress line and --out-dir need to know
// of it besides.
type rendered struct {
	path     string        // the result's
	err      error         // the result's
	skipped  bool          // the result's
	articles int           // how many the result has
	out      []byte        // the result rendered alone (see outputFormat.write): buf's bytes
	buf      *bytes.Buffer // from renderBuffers, given back by free
	// later renders the result to w, for a result too large to be
	// rendered ahead of its turn (see renderLater); out is then nil.
	later func(w sink) error
	// gcDone ends what the garbage collector's tuning holds for the
	// result's document (see gcTuner.parsing), once it is written.
	gcDone func()
	// failed is why the result could not be rendered: the run stops
	// there, as when a write fails.
	failed error
}

// render returns r rendered alone; one skipped (--out-dir) has no
// rendering.
func (f outputFormat) render(r result) rendered {
	rr := rendered{path: r.path, err: r.err, skipped: r.skipped, articles: len(r.articles)}
	if !r.skipped && inputBytes(r) > renderLater {
		rr.later = func(w sink) error { return f.write(w, r) }
		return rr
	}
	if !r.skipped {
		b := renderBuffers.Get().(*bytes.Buffer)
		b.Reset()
		rr.failed = f.write(b, r)
		rr.out, rr.buf = b.Bytes(), b
	}
	return rr
}

// renderLater is the size of input, in bytes, past which a result is
// rendered only when its turn to be written comes, straight to the
// output: its rendering (in JSON, often ten times the input) is then never
// held whole in memory. A smaller result is rendered by the worker that
// parsed it, so that the writing only copies.
const renderLater = 4 << 20

// inputBytes returns the size of the input r's articles come from: the
// bytes their spans cover, and the extracted text of a page besides.
func inputBytes(r result) int {
	n := len(r.text)
	for i := range r.articles {
		n += r.articles[i].Span.End - r.articles[i].Span.Start
	}
	return n
}

// renderBuffers holds the buffers results are rendered in, each given
// back once its result is written (see [rendered.free]): a run renders in
// a few buffers per worker, not in a new one for each result.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled is the largest buffer given back for another result; a larger
// one, an uncommonly large document's, is left to the garbage collector.
const maxPooled = 1 << 20

// free gives r's buffer back for another result to be rendered in, once
// r is written; r's rendering is gone.
func (r *rendered) free() {
	if r.buf != nil && r.buf.Cap() <= maxPooled {
		renderBuffers.Put(r.buf)
	}
	r.out, r.buf, r.later = nil, nil, nil
}

// A streamWriter writes rendered results to one output in a format's
// frame.
type streamWriter struct {
	w     *bufio.Writer
	frame frame
	n     int // results written
}

func newStreamWriter(w io.Writer, f frame) *streamWriter {
	return &streamWriter{w: bufio.NewWriterSize(w, 64*1024), frame: f}
}

func (sw *streamWriter) write(r rendered) error {
	if sw.n == 0 {
		sw.w.WriteString(sw.frame.open)
	} else {
		sw.w.WriteString(sw.frame.sep)
	}
	sw.n++
	if r.later != nil {
		if err := r.later(sw.w); err != nil {
			return err
		}
	} else {
		sw.w.Write(r.out)
	}
	sw.w.WriteString(sw.frame.after)
	return sw.w.Flush()
}

func (sw *streamWriter) close() error {
	if sw.n == 0 {
		sw.w.WriteString(sw.frame.empty)
	} else {
		sw.w.WriteString(sw.frame.close)
	}
	return sw.w.Flush()
}

// schemaVersion is the "schema_version" of every JSON record, the version
// of schema.json it follows. It goes up when a member is removed or
// changes meaning; a new member may appear without it.
const schemaVersion = 1

// bodyField and textField are the names --fields takes besides the
// Article's own members: the paragraphs' texts joined (Article.Body), not
// written by default, and the record's text.
const (
	bodyField = "body"
	textField = "text"
)

// defaultFields returns the members written when --fields is not given:
// all of an Article's and the record's text, but not body.
func defaultFields() map[string]bool {
	fields := map[string]bool{textField: true}
	for _, f := range articleFields() {
		fields[f.name] = true
	}
	return fields
}

// parseFields reads the value of --fields: JSON names of an Article's
// members, body and text, comma-separated. An unknown name is an error
// that lists the known ones.
func parseFields(list string) (map[string]bool, error) {
	known := defaultFields()
	known[bodyField] = true
	fields := map[string]bool{}
	for name := range strings.SplitSeq(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if !known[name] {
			var names []string
			for _, f := range articleFields() {
				if f.name != textField { // the article's text is the record's
					names = append(names, f.name)
				}
			}
			return nil, fmt.Errorf("unknown field %q (want %s, %s or %s)", name, strings.Join(names, ", "), bodyField, textField)
		}
		fields[name] = true
	}
	if len(fields) == 0 {
		return nil, errors.New("no field named")
	}
	return fields, nil
}

// jsonRecords returns the write of the JSON formats: each result as one
// JSON object (see [jsonRecordWriter]), indented or compact, with the
// members fields names (see parseFields; nil: the default).
func jsonRecords(indent bool, fields map[string]bool) func(sink, result) error {
	return func(b sink, r result) error {
		return newJSONRecordWriter(b, indent, fields).writeRecord(r)
	}
}

// jsonRecordWriter writes a result as one JSON object: the record's
// opening, then each article encoded on its own, each slice member of it
// an element at a time, then its end, so that no part of the record is
// held twice. A record is
//
//	{"schema_version": 1, "path": ..., "url": ..., "date": ..., "id": ..., "text": ..., "articles": [...]}
//
// with "url", "date" and "id" only when the input gives them (a WARC
// record, a JSONL line: see [result]), "text" (the text the spans index)
// only when it is not "", and "articles" never null, or
// {"schema_version": 1, "path": ..., "error": ...}. Each article's own
// "text" is left out: the record carries it once. schema.json describes
// the records. Objects are compact, or indented as json.MarshalIndent
// would indent them inside an array with prefix "" and indent "  ". "<",
// ">" and "&" are written as they are.
type jsonRecordWriter struct {
	w      sink
	indent bool
	fields map[string]bool // the members written (see parseFields); nil: the default
	buf    bytes.Buffer    // one article or one piece of a string, encoded
	enc    *json.Encoder   // writes to buf
}

func newJSONRecordWriter(w sink, indent bool, fields map[string]bool) *jsonRecordWriter {
	if fields == nil {
		fields = defaultFields()
	}
	jw := &jsonRecordWriter{w: w, indent: indent, fields: fields}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	if indent {
		// Articles sit three levels deep: array, record, articles.
		jw.enc.SetIndent("      ", "  ")
	}
	return jw
}

// writeRecord writes r as one JSON object, without a final newline.
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
	jw.w.WriteString(`"schema_version"` + colon + strconv.Itoa(schemaVersion) + sep + `"path"` + colon)
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
	for _, m := range [...]struct{ name, value string }{{"url", r.url}, {"date", formatDate(r.date)}, {"id", r.id}} {
		if m.value != "" {
			jw.w.WriteString(sep + strconv.Quote(m.name) + colon)
			if err := jw.writeString(m.value); err != nil {
				return err
			}
		}
	}
	if r.text != "" && jw.fields[textField] {
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

// formatDate returns t in RFC 3339, as encoding/json writes a time, or ""
// for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

// writeArticle writes a as encoding/json encodes it (indented,
// when jw indents, as if its opening brace were at prefix), with each
// slice member written an element at a time: an article of a million
// paragraphs is never encoded whole in jw.buf, to be copied. Members are
// in the struct's order and follow its json tags: a name, omitempty and
// omitzero (encoding/json omits a member with omitzero when its IsZero
// method, or else the zero value, says so).
func (jw *jsonRecordWriter) writeArticle(a newstext.Article, prefix string) error {
	v := reflect.ValueOf(a)
	inner := prefix + "  "
	sep, colon := ",", ":"
	if jw.indent {
		sep, colon = ",\n"+inner, ": "
	}
	jw.w.WriteString("{")
	n := 0
	member := func(name string) {
		if n == 0 && jw.indent {
			jw.w.WriteString("\n" + inner)
		} else if n > 0 {
			jw.w.WriteString(sep)
		}
		n++
		jw.w.WriteString(strconv.Quote(name) + colon)
	}
	for _, f := range articleFields() {
		fv := v.Field(f.index)
		if f.name == "paragraphs" && jw.fields[bodyField] {
			// body, before the paragraphs it joins.
			member(bodyField)
			if err := jw.writeString(a.Body()); err != nil {
				return err
			}
		}
		if !jw.fields[f.name] || f.omitEmpty && isEmptyValue(fv) || f.omitZero && isZeroValue(fv) {
			continue
		}
		member(f.name)
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
