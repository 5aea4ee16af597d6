package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

// maxPairGroup is the largest group whose pairs dupes --json lists: a
// group of n documents has n(n-1)/2 pairs, 4,950 for 100.
const maxPairGroup = 100

// A dupeDoc is one document dupes signs: a story of an input, or the
// whole input.
type dupeDoc struct {
	id    string // path, or path#N for the Nth story of an input that holds several
	path  string // the input document's name (source.Doc.Name)
	story int    // N of path#N; 0 when the input is one document
	title string
	sig   newstext.Signature
}

// signed is what became of one input in dupes: its documents, or why it
// has none.
type signed struct {
	docs []dupeDoc
	err  error
}

// runDupes prints the groups of documents that are the same story, in
// the order of their first document: one line per group, the documents'
// names separated by tabs, or with --json one JSON object per group. An
// input that cannot be read is reported on standard error and the run goes
// on, ending with status 1.
func runDupes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("newstext dupes", "newstext dupes [flags] [PATH ...]", `
Dupes groups the documents that are the same story (near-duplicates, by a
MinHash of their word shingles: newstext.Index) and prints one line per
group of two or more, the documents' names separated by tabs, groups in
the order of their first document. A document is a story: an input that
holds one story is named by its path, the Nth of an input that holds
several by PATH#N (its headline and paragraphs are signed; page chrome is
not). With --whole each input is one document, signed as it is.

With --json each group is one JSON object on a line:
  {"group": 1, "first": ID, "documents": [{"id", "path", "story", "title",
   "similarity"}...], "pairs": [{"a", "b", "similarity"}...]}
where a document's similarity is to the group's first document (a group
joins documents similar to any member, so it may be under the threshold),
and pairs are those of the group at or over the threshold (left out, with
"pairs_omitted": true, for a group of more than 100 documents).

PATHs are read as by newstext: files, directories, "-"; gzip, bzip2 and
zstd; a WARC file's pages and a JSONL file's lines are inputs of their own
(PATH#record N, PATH:N).`)
	fs := c.flags
	threshold := fs.Float64("threshold", newstext.DefaultThreshold, "the similarity `T` in (0, 1] at which two documents are the same story")
	jsonOut := fs.Bool("json", false, "one JSON object per group, with the similarities")
	jobs := fs.IntP("jobs", "j", runtime.NumCPU(), "read and sign `N` inputs in parallel")
	whole := fs.Bool("whole", false, "sign each input whole, not each story it holds")
	format := inputFormatFlags(fs)
	limit := maxSizeFlag(fs)
	quiet := fs.BoolP("quiet", "q", false, "no progress line or summary on a terminal")
	paths, status := c.parse(args, stdout, stderr)
	if status >= 0 {
		return status
	}
	if !(*threshold > 0 && *threshold <= 1) {
		c.usageError(stderr, fmt.Sprintf("--threshold %v: want a number in (0, 1]", *threshold))
		return 2
	}
	if *jobs < 1 {
		c.usageError(stderr, fmt.Sprintf("--jobs %d: need at least 1", *jobs))
		return 2
	}
	inFormat, err := format()
	if err != nil {
		c.usageError(stderr, err.Error())
		return 2
	}

	prog := newProgress(stderr, -1, *quiet, time.Now)
	prog.noun = [2]string{"document", "documents"}
	defer prog.stop()
	// Stories are what is signed: the names and quotations in them are
	// not looked for.
	rd := newReader(stdin, paths, inFormat, *limit, &newstext.Parser{NoEntities: true, NoQuotes: true})
	ix := newstext.NewIndex(*threshold)
	var docs []dupeDoc // kept for --json, which needs the signatures
	n := 0
	failed := false
	sign := func(doc source.Doc, err error) signed { return signInput(rd, doc, err, *whole) }
	process(rd.docs(paths), *jobs, sign, func(s signed) error {
		if s.err != nil {
			failed = true
			prog.printf("newstext: %v\n", s.err)
		}
		for _, d := range s.docs {
			// The index's id is the document's number, so that a group
			// maps back to its documents whatever their names.
			ix.AddSignature(strconv.Itoa(n), d.sig)
			n++
			if *jsonOut {
				docs = append(docs, d)
			} else {
				docs = append(docs, dupeDoc{id: d.id})
			}
		}
		prog.done(len(s.docs), s.err != nil, false)
		return nil
	})
	prog.stop()

	w := bufio.NewWriter(stdout)
	for g, ids := range ix.Clusters() {
		group := make([]*dupeDoc, len(ids))
		for j, id := range ids {
			k, _ := strconv.Atoi(id)
			group[j] = &docs[k]
		}
		if *jsonOut {
			writeGroupJSON(w, g+1, group, *threshold)
			continue
		}
		for j, d := range group {
			if j > 0 {
				w.WriteByte('\t')
			}
			w.WriteString(d.id)
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "newstext: writing output: %v\n", err)
		return 1
	}
	prog.summary()
	if failed {
		return 1
	}
	return 0
}

// signInput signs the documents one input document holds: each story
// (its headline and paragraphs), or with whole the document itself; or
// words the error that came in its place. A panic in the parser is the
// document's error.
func signInput(rd *reader, doc source.Doc, err error, whole bool) (s signed) {
	if err != nil {
		_, err = rd.readError(err)
		return signed{err: err}
	}
	defer func() {
		if v := recover(); v != nil {
			s = signed{err: fmt.Errorf("parsing %s: panic: %v", doc.Name, v)}
		}
	}()
	if whole {
		text, err := wholeText(rd.parser, &doc)
		if err != nil {
			return signed{err: fmt.Errorf("parsing %s: %w", doc.Name, err)}
		}
		return signed{docs: []dupeDoc{{id: doc.Name, path: doc.Name, sig: newstext.Sign(text)}}}
	}
	_, articles, err := parse(rd.parser, &doc)
	if err != nil {
		return signed{err: fmt.Errorf("parsing %s: %w", doc.Name, err)}
	}
	for _, a := range articles {
		if a.Title == "" && len(a.Paragraphs) == 0 {
			continue // captions or chrome alone: nothing to compare (a paragraph is never empty)
		}
		s.docs = append(s.docs, dupeDoc{path: doc.Name, title: a.Title, sig: newstext.SignArticle(&a)})
	}
	for i := range s.docs {
		d := &s.docs[i]
		d.id = doc.Name
		if len(s.docs) > 1 {
			d.story = i + 1
			d.id = doc.Name + "#" + strconv.Itoa(d.story)
		}
	}
	return s
}

// wholeText returns the text dupes --whole signs for one document: the
// text itself (decoded from UTF-16 if it has that byte order mark), or
// for an HTML page the headlines and bodies of its articles.
func wholeText(p *newstext.Parser, doc *source.Doc) (string, error) {
	if doc.Kind != source.HTML {
		return string(doc.Decoded()), nil
	}
	_, as, err := parse(p, doc)
	var b strings.Builder
	for _, a := range as {
		b.WriteString(a.Title)
		b.WriteString("\n\n")
		b.WriteString(a.Body())
		b.WriteString("\n\n")
	}
	return b.String(), err
}

// dupeGroupJSON is the JSON of one group of dupes --json.
type dupeGroupJSON struct {
	Group        int            `json:"group"`
	First        string         `json:"first"`
	Documents    []dupeDocJSON  `json:"documents"`
	Pairs        []dupePairJSON `json:"pairs,omitempty"`
	PairsOmitted bool           `json:"pairs_omitted,omitempty"`
}

type dupeDocJSON struct {
	ID         string  `json:"id"`
	Path       string  `json:"path"`
	Story      int     `json:"story,omitempty"`
	Title      string  `json:"title,omitempty"`
	Similarity float64 `json:"similarity"`
}

type dupePairJSON struct {
	A          string  `json:"a"`
	B          string  `json:"b"`
	Similarity float64 `json:"similarity"`
}

// writeGroupJSON writes one group as a line of JSON: its documents with
// their similarity to the first, and the pairs at or over the threshold.
func writeGroupJSON(w io.Writer, n int, group []*dupeDoc, threshold float64) {
	g := dupeGroupJSON{Group: n, First: group[0].id}
	for _, d := range group {
		g.Documents = append(g.Documents, dupeDocJSON{
			ID: d.id, Path: d.path, Story: d.story, Title: d.title,
			Similarity: round3(group[0].sig.Similarity(&d.sig)),
		})
	}
	if len(group) > maxPairGroup {
		g.PairsOmitted = true
	} else {
		for i, a := range group {
			for _, b := range group[i+1:] {
				if s := a.sig.Similarity(&b.sig); s >= threshold {
					g.Pairs = append(g.Pairs, dupePairJSON{A: a.id, B: b.id, Similarity: round3(s)})
				}
			}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(g)
}

// round3 rounds a similarity to three decimals, which is all an estimate
// from 256 bins can tell.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
