package pipeline

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

// Inputs expands the inputs of a run into the sorted list of files it
// reads. A local path may be a file, a directory (its files whose names
// the source package reads, .txt, .html, .warc, .jsonl and the like,
// compressed or not, hidden directories passed over, as source.Docs walks
// one) or a glob; a path with a scheme (gs://bucket/cc-news/*.warc.gz) is
// a glob the Beam filesystem of that scheme lists. The order is the
// order of the nodes (see node.go): the same inputs give the same
// clusters in the same order.
func Inputs(ctx context.Context, patterns []string) ([]string, error) {
	var files []string
	for _, p := range patterns {
		if strings.Contains(p, "://") {
			fsys, err := filesystem.New(ctx, p)
			if err != nil {
				return nil, fmt.Errorf("newstext: %s: %w", p, err)
			}
			list, err := fsys.List(ctx, p)
			fsys.Close()
			if err != nil {
				return nil, fmt.Errorf("newstext: listing %s: %w", p, err)
			}
			if len(list) == 0 {
				return nil, fmt.Errorf("newstext: no file matches %s", p)
			}
			files = append(files, list...)
			continue
		}
		matches, err := filepath.Glob(p)
		if err != nil {
			return nil, fmt.Errorf("newstext: %s: %w", p, err)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("newstext: no file matches %s", p)
		}
		for _, m := range matches {
			fi, err := os.Stat(m)
			if err != nil {
				return nil, fmt.Errorf("newstext: %w", err)
			}
			if !fi.IsDir() {
				files = append(files, m)
				continue
			}
			err = filepath.WalkDir(m, func(path string, d fs.DirEntry, err error) error {
				switch {
				case err != nil:
					return err
				case d.IsDir():
					if path != m && strings.HasPrefix(d.Name(), ".") {
						return fs.SkipDir
					}
				case source.Reads(d.Name()):
					files = append(files, path)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("newstext: %w", err)
			}
		}
	}
	slices.Sort(files)
	files = slices.Compact(files)
	if len(files) > maxInput+1 {
		return nil, fmt.Errorf("newstext: %d inputs: at most %d can be read in one run", len(files), maxInput+1)
	}
	return files, nil
}

// Input is one input of a run and its index among the sorted inputs.
type Input struct {
	Index int
	Path  string
}

// Article is one story of a document, as the pipeline reads it. Node
// orders it; ID names it; its headline and paragraphs are what is
// signed ([newstext.SignArticle]).
type Article struct {
	Node    int64
	ID      string
	Article newstext.Article
	// Input and Record say where the article came from: the document's
	// source.Doc.Name ("crawl.warc.gz#record 17", "pages.jsonl:42").
	Input string
	// Story counts the document's stories from 1.
	Story int
}

// Problem is an input, a record or a document that gave no article.
// Kind is the counter it is counted under.
type Problem struct {
	Kind string
	Err  error
}

// Options of the reading and parsing steps, shared by the pipeline and
// by [Reference] so that both see the same articles.
type ReadOptions struct {
	// Format forces a format on every input (source.Reader.Format); the
	// zero value tells each input's format by its name and content.
	Format source.Format `json:"format"`
	// MaxSize is the largest document read, in bytes
	// (source.Reader.MaxSize); 0 is the source package's default.
	MaxSize int64 `json:"max_size"`
	// Single reads each document as one story (newstext.Parser.Single):
	// for inputs such as JSONL exports whose records are one story each.
	Single bool `json:"single"`
	// NoEntities and NoQuotes leave Article.Entities and Article.Quotes
	// empty (newstext.Parser): with both, parsing is about 3.6 times as
	// fast. Signatures do not depend on them.
	NoEntities bool `json:"no_entities"`
	NoQuotes   bool `json:"no_quotes"`
}

// Articles reads one input, the index-th of a run, from r and yields each
// article it holds in order, or a [Problem] in place of what could not be
// read: an input that gives no document, a record the source package
// reports as damaged, a document with no story in it. Articles with
// neither headline nor running text (captions or page chrome alone) are
// not yielded: there is nothing to compare. A panic in the parser is the
// document's problem.
func (o *ReadOptions) Articles(index int, name string, r io.Reader) iter.Seq2[Article, *Problem] {
	return func(yield func(Article, *Problem) bool) {
		rd := source.Reader{Format: o.Format, MaxSize: o.MaxSize}
		p := newstext.Parser{Single: o.Single, NoEntities: o.NoEntities, NoQuotes: o.NoQuotes}
		record := -1
		for doc, err := range rd.DocsFrom(name, r) {
			record++
			if err != nil {
				kind := "records_bad"
				if errors.Is(err, source.ErrNoInput) {
					kind = "inputs_empty"
				}
				if !yield(Article{}, &Problem{kind, err}) {
					return
				}
				continue
			}
			arts, err := parseDoc(&p, &doc)
			if err != nil {
				if !yield(Article{}, &Problem{"docs_failed", fmt.Errorf("%s: %w", doc.Name, err)}) {
					return
				}
				continue
			}
			var out []Article
			for _, a := range arts {
				if a.Title == "" && len(a.Paragraphs) == 0 {
					continue
				}
				out = append(out, Article{Article: a, Input: doc.Name})
			}
			if len(out) == 0 {
				if !yield(Article{}, &Problem{"docs_empty", fmt.Errorf("%s: no story in the document", doc.Name)}) {
					return
				}
				continue
			}
			id := doc.ID
			if id == "" {
				id = doc.Name
			}
			for s := range out {
				a := &out[s]
				n, ok := node(index, record, s)
				if !ok {
					if !yield(Article{}, &Problem{"articles_over_limit", fmt.Errorf("%s: story %d of record %d of input %d: past the numbering's limits (node.go)", doc.Name, s+1, record, index)}) {
						return
					}
					continue
				}
				a.Node, a.Story, a.ID = n, s+1, id
				if len(out) > 1 {
					a.ID = id + "#" + strconv.Itoa(s+1)
				}
				if !yield(*a, nil) {
					return
				}
			}
		}
	}
}

// parseDoc parses one document: a page with ParseHTML, decoded by its
// character set, with the URL it was fetched from; text with Parse, with
// the title the input gives beside it (JSONL "title") as its first line.
func parseDoc(p *newstext.Parser, doc *source.Doc) (arts []newstext.Article, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("parsing: panic: %v", v)
		}
	}()
	if doc.Kind == source.Text && doc.Title != "" {
		titled := *doc
		titled.Body = append([]byte(doc.Title+"\n\n"), doc.Decoded()...)
		doc = &titled
	}
	return doc.Parse(p)
}

// Counters of the reading step: each problem's kind, and what was read.
var counters = map[string]beam.Counter{}

func init() {
	for _, k := range []string{"inputs", "inputs_unreadable", "inputs_empty", "records_bad", "docs_failed", "docs_empty", "articles_over_limit", "articles", "articles_unsigned"} {
		counters[k] = beam.NewCounter(metricsNamespace, k)
	}
}

// metricsNamespace is the namespace of the pipeline's counters.
const metricsNamespace = "newstext"

// readFn reads one input and emits its articles (as JSON, to be written
// once their cluster is known) and their ids, and, packed by partition
// (dedupe.go), their signatures and band records.
type readFn struct {
	Options    ReadOptions `json:"options"`
	Partitions int         `json:"partitions"`
}

func (fn *readFn) ProcessElement(ctx context.Context, in Input, emitJSON func(int64, []byte), emitID func(int64, string), emitSigs func(int, []byte), emitBands func(int, []byte)) error {
	counters["inputs"].Inc(ctx, 1)
	fsys, err := filesystem.New(ctx, in.Path)
	if err != nil {
		return err // no filesystem for the scheme: the run cannot go on
	}
	defer fsys.Close()
	rc, err := fsys.OpenRead(ctx, in.Path)
	if err != nil {
		counters["inputs_unreadable"].Inc(ctx, 1)
		log.Warnf(ctx, "newstext: %s: %v (input skipped)", in.Path, err)
		return nil
	}
	defer rc.Close()
	sigs, bands := newPacker(emitSigs), newPacker(emitBands)
	var rec []byte
	for a, prob := range fn.Options.Articles(in.Index, in.Path, rc) {
		if prob != nil {
			counters[prob.Kind].Inc(ctx, 1)
			log.Warnf(ctx, "newstext: %v (skipped)", prob.Err)
			continue
		}
		counters["articles"].Inc(ctx, 1)
		js, err := articleJSON(&a)
		if err != nil {
			return err
		}
		emitJSON(a.Node, js)
		emitID(a.Node, a.ID)
		sig := newstext.SignArticle(&a.Article)
		keys := sig.BandKeys()
		if keys == nil {
			counters["articles_unsigned"].Inc(ctx, 1)
			continue
		}
		rec = binary.LittleEndian.AppendUint64(rec[:0], uint64(a.Node))
		sigs.add(nodePartition(a.Node, fn.Partitions), appendSig(rec, &sig))
		for _, k := range keys {
			rec = binary.LittleEndian.AppendUint64(rec[:0], k)
			rec = binary.LittleEndian.AppendUint64(rec, uint64(a.Node))
			bands.add(partition(k, fn.Partitions), rec)
		}
	}
	sigs.flush()
	bands.flush()
	return nil
}

// record is an article's line in the output, less its cluster: the
// cluster fields are put in front of it when the clusters are known.
type record struct {
	ID    string `json:"id"`
	Input string `json:"input"`
	Story int    `json:"story"`
	newstext.Article
}

// articleJSON returns the article's record as JSON, after the length of
// its id and the id (a uvarint and bytes), so that the last step can name
// an article's cluster without decoding the record.
func articleJSON(a *Article) ([]byte, error) {
	js, err := json.Marshal(record{ID: a.ID, Input: a.Input, Story: a.Story, Article: a.Article})
	if err != nil {
		return nil, fmt.Errorf("newstext: encoding the article of %s: %w", a.Input, err)
	}
	b := binary.AppendUvarint(make([]byte, 0, len(a.ID)+len(js)+4), uint64(len(a.ID)))
	b = append(b, a.ID...)
	return append(b, js...), nil
}

// splitArticleJSON undoes articleJSON.
func splitArticleJSON(b []byte) (id string, js []byte) {
	n, k := binary.Uvarint(b)
	return string(b[k : k+int(n)]), b[k+int(n):]
}
