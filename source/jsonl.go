package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf8"
)

// JSONL input: one JSON object a line, the shape scrapers export.
//
//	{"url": "https://…", "html": "<!doctype html>…", "date": "2024-05-01T10:00:00Z", "id": "a1", "title": "…"}
//	{"text": "Headline\n\nFirst paragraph…"}
//
// A line with "html" is a page, one with "text" (and no "html") a text
// document; "url", "date", "id" and "title" are optional. Blank lines are
// skipped. A line that is not a JSON object, holds invalid UTF-8 (JSON is
// UTF-8), has neither string, or is longer than MaxSize is reported with
// its number, and reading goes on with the next line.

// A jsonlRecord is what a line may hold.
type jsonlRecord struct {
	URL   string          `json:"url"`
	HTML  *string         `json:"html"`
	Text  *string         `json:"text"`
	Date  json.RawMessage `json:"date"`
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
}

// readJSONL reads the documents of a JSONL input from in, and reports
// whether to go on.
func (r *Reader) readJSONL(name string, c codec, in *bufio.Reader, yield func(Doc, error) bool) bool {
	limit := r.maxSize()
	var line []byte
	for n := 1; ; n++ {
		var err error
		var ended bool
		line, ended, err = readLine(in, line[:0], limit)
		var tl errTooLarge
		switch {
		case errors.As(err, &tl):
			err = fmt.Errorf("the line is %w", err)
			if !ended {
				// Skip the rest of the line, up to MaxSize more bytes.
				skipped, serr := skipLine(in, limit)
				switch {
				case serr == nil && skipped > limit:
					err = fmt.Errorf("%w, and has no end in the %d bytes after: the rest of the input is not read", err, skipped)
				case serr != nil && serr != io.EOF:
					err = fmt.Errorf("%w, and then: %w", err, readErr(c, serr))
				}
				if serr != nil || skipped > limit {
					return yield(Doc{}, &Error{Input: name, Record: fmt.Sprintf("line %d", n), Err: err})
				}
			}
			if !yield(Doc{}, &Error{Input: name, Record: fmt.Sprintf("line %d", n), Err: err}) {
				return false
			}
			continue
		case err != nil && err != io.EOF:
			return yield(Doc{}, &Error{Input: name, Record: fmt.Sprintf("line %d", n), Err: readErr(c, err)})
		}
		if n == 1 {
			line = trimBOM(line)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			doc, derr := jsonlDoc(line)
			if derr != nil {
				if !yield(Doc{}, &Error{Input: name, Record: fmt.Sprintf("line %d", n), Err: derr}) {
					return false
				}
			} else {
				doc.Name = name + ":" + strconv.Itoa(n)
				if !yield(doc, nil) {
					return false
				}
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine appends the next line of in (without its end of line) to buf,
// and returns it: with io.EOF for the last line, or for nothing at the
// end. A line longer than limit gives [errTooLarge], and ended says
// whether its end of line was read.
func readLine(in *bufio.Reader, buf []byte, limit int64) (line []byte, ended bool, err error) {
	for {
		b, err := in.ReadSlice('\n')
		buf = append(buf, b...)
		n := int64(len(buf))
		if err == nil {
			n-- // the end of line
		}
		if n > limit {
			return nil, err != bufio.ErrBufferFull, errTooLarge{limit}
		}
		switch err {
		case nil:
			return bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r")), true, nil
		case bufio.ErrBufferFull:
			continue
		}
		return buf, true, err
	}
}

// skipLine reads in to the end of the current line and returns how many
// bytes it skipped, stopping after limit+1 of them.
func skipLine(in *bufio.Reader, limit int64) (int64, error) {
	var n int64
	for n <= limit {
		b, err := in.ReadSlice('\n')
		n += int64(len(b))
		if err != bufio.ErrBufferFull {
			return n, err
		}
	}
	return n, nil
}

// jsonlDoc returns the document a JSONL line holds.
func jsonlDoc(line []byte) (Doc, error) {
	if !utf8.Valid(line) {
		return Doc{}, errors.New("invalid UTF-8 (JSON text is UTF-8)")
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) && ute.Field == "" {
			return Doc{}, fmt.Errorf("not a JSON object but a JSON %s", ute.Value)
		}
		if errors.As(err, &ute) {
			return Doc{}, fmt.Errorf("%q is a JSON %s, not a string", ute.Field, ute.Value)
		}
		return Doc{}, fmt.Errorf("not JSON: %w", err)
	}
	doc := Doc{URL: rec.URL, Title: rec.Title, ID: jsonScalar(rec.ID), Date: jsonDate(rec.Date)}
	switch {
	case rec.HTML != nil:
		doc.Kind, doc.Body = HTML, []byte(*rec.HTML)
	case rec.Text != nil:
		doc.Kind, doc.Body = Text, []byte(*rec.Text)
	default:
		return Doc{}, errors.New(`no "html" or "text" string`)
	}
	return doc, nil
}

// jsonScalar returns a JSON string's value, or a number as it is written,
// or "".
func jsonScalar(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// jsonDate parses a JSONL "date": RFC 3339, or a date and time without a
// zone (UTC), or a date alone; else the zero Time.
func jsonDate(raw json.RawMessage) time.Time {
	s := jsonScalar(raw)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
