// Command bench runs newstext and its peers side by side over the article
// extraction set (shared/eval/extraction) and prints, for each, the
// benchmark's F1 / precision / recall / accuracy and its speed in MB/s of
// HTML.
//
//	cd bench && go run . -data ../../shared/eval/extraction
//
// It lives in its own module so that the library's go.mod gains none of the
// peers' dependencies. See README.md.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/newstext/newstext/internal/shingle"
	"github.com/newstext/newstext/internal/strip"
)

// page is one page of the set, gunzipped into memory.
type page struct {
	id    string
	url   *url.URL // nil when the truth's URL does not parse
	html  []byte
	truth string
}

// contender is one extractor under test. extract returns the predicted main
// text of a page: its body, or with whole its whole text (see textModes).
type contender struct {
	name    string // for -only, file names and progress lines
	label   string // for the Markdown table
	extract func(p *page, whole bool) (string, error)
}

// textModes are the values of -text: what of each contender's output is
// scored. "body" is the article's running text alone, as the ScrapingHub
// and Dragnet golds hold it; "whole" adds the headline each contender
// reports (and newstext's captions, which it keeps apart from the body
// while the peers leave them in their text), as CleanPortalEval's gold
// holds it.
var textModes = []string{"body", "whole"}

var contenders = []contender{
	{"newstext", "newstext", extractNewstext},
	{"go-trafilatura", "go-trafilatura v1.12.2", extractTrafilatura},
	{"go-readability", "go-readability/v2 v2.1.2", extractReadability},
	{"p-baseline", "every `<p>` (goquery)", extractParagraphs},
}

func main() {
	data := flag.String("data", "../../shared/eval/extraction", "folder of the extraction set (ground-truth.json and html/<id>.html.gz)")
	rounds := flag.Int("rounds", 3, "timed rounds; each runs every contender over all pages, interleaved")
	predDir := flag.String("pred", "", "if set, write each contender's predictions to DIR/<contender>.json as {id: {\"articleBody\": text}}")
	only := flag.String("only", "", "comma-separated contender names to run (default: all): "+names(contenders))
	stripName := flag.String("strip", "", "rewrite every page first, to see how much each contender leans on markup some pages lack: "+strings.Join(strip.Names(), ", "))
	text := flag.String("text", "body", "what of each output is scored: "+strings.Join(textModes, ", ")+" (see README.md)")
	flag.Parse()

	if err := run(options{data: *data, rounds: *rounds, predDir: *predDir, only: *only, strip: *stripName, text: *text}); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func names(cs []contender) string {
	var s []string
	for _, c := range cs {
		s = append(s, c.name)
	}
	return strings.Join(s, ", ")
}

// options are the command's flags.
type options struct {
	data    string // -data
	rounds  int    // -rounds
	predDir string // -pred
	only    string // -only
	strip   string // -strip
	text    string // -text, one of textModes ("" is body)
}

func run(o options) error {
	data, rounds, predDir := o.data, o.rounds, o.predDir
	if rounds < 1 {
		return errors.New("-rounds must be at least 1")
	}
	rewrite, ok := strip.Lookup(o.strip)
	if o.strip != "" && !ok {
		return fmt.Errorf("-strip %q: want one of %s", o.strip, strings.Join(strip.Names(), ", "))
	}
	if o.text == "" {
		o.text = textModes[0]
	}
	if !slices.Contains(textModes, o.text) {
		return fmt.Errorf("-text %q: want one of %s", o.text, strings.Join(textModes, ", "))
	}
	whole := o.text == "whole"
	cs := contenders
	if o.only != "" {
		cs = nil
		for _, n := range strings.Split(o.only, ",") {
			i := slices.IndexFunc(contenders, func(c contender) bool { return c.name == strings.TrimSpace(n) })
			if i < 0 {
				return fmt.Errorf("-only: unknown contender %q (have %s)", n, names(contenders))
			}
			cs = append(cs, contenders[i])
		}
	}

	pages, err := load(data)
	if err != nil {
		return err
	}
	if rewrite != nil {
		for _, p := range pages {
			p.html = rewrite(p.html)
		}
	}
	total := 0
	for _, p := range pages {
		total += len(p.html)
	}
	fmt.Fprintf(os.Stderr, "loaded %d pages, %.1f MB of HTML\n", len(pages), float64(total)/1e6)

	// Quality: one pass (every contender is deterministic). It is also
	// the warm-up pass before timing: lazy initialisation (compiled
	// regexps, WASM modules, dictionaries) is paid here, not in a round.
	type outcome struct {
		score  shingle.Score
		parts  [2]shingle.Score // fit, check (see inCheck)
		empty  [2]int           // of them, pages whose truth has 50 words or more given an empty text
		errs   int
		first  string // first error, for the report
		speeds []float64
	}
	res := make([]outcome, len(cs))
	preds := make([]map[string]string, len(cs))
	for ci, c := range cs {
		start := time.Now()
		results := make([]shingle.Result, len(pages))
		preds[ci] = make(map[string]string, len(pages))
		for pi, p := range pages {
			text, err := safeExtract(c, p, whole)
			if err != nil {
				if res[ci].errs == 0 {
					res[ci].first = fmt.Sprintf("%s: %v", p.id, err)
				}
				res[ci].errs++
				text = ""
			}
			preds[ci][p.id] = text
			results[pi] = shingle.Compare(p.truth, text)
			if strings.TrimSpace(text) == "" && len(shingle.Tokens(p.truth)) >= 50 {
				part := 0
				if inCheck(pi) {
					part = 1
				}
				res[ci].empty[part]++
			}
		}
		res[ci].score = shingle.Summarise(results)
		var fit, check []shingle.Result
		for pi, r := range results {
			if inCheck(pi) {
				check = append(check, r)
			} else {
				fit = append(fit, r)
			}
		}
		res[ci].parts = [2]shingle.Score{shingle.Summarise(fit), shingle.Summarise(check)}
		fmt.Fprintf(os.Stderr, "quality pass %-15s %6.2fs  F1 %.3f  errors %d\n", c.name, time.Since(start).Seconds(), res[ci].score.F1, res[ci].errs)
	}

	if predDir != "" {
		if err := writePreds(predDir, cs, preds); err != nil {
			return err
		}
	}

	// Speed: rounds, each running every contender over all pages. The
	// order rotates from round to round so that no contender always
	// follows the same one, and a GC before each run keeps one
	// contender's garbage off the next one's clock.
	for r := range rounds {
		for k := range cs {
			ci := (r + k) % len(cs)
			c := cs[ci]
			runtime.GC()
			start := time.Now()
			for _, p := range pages {
				_, _ = safeExtract(c, p, whole)
			}
			el := time.Since(start)
			mbs := float64(total) / 1e6 / el.Seconds()
			res[ci].speeds = append(res[ci].speeds, mbs)
			fmt.Fprintf(os.Stderr, "round %d/%d %-15s %6.2fs  %6.1f MB/s\n", r+1, rounds, c.name, el.Seconds(), mbs)
		}
	}

	fmt.Printf("%d pages, %.1f MB of HTML; text scored: %s; MB/s is the median of %d interleaved rounds (after a warm-up pass).\n\n", len(pages), float64(total)/1e6, o.text, rounds)
	fmt.Println("| extractor | F1 | precision | recall | accuracy | MB/s |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: |")
	for ci, c := range cs {
		s := res[ci].score
		fmt.Printf("| %s | %.3f | %.3f | %.3f | %.3f | %.1f |\n", c.label, s.F1, s.Precision, s.Recall, s.Accuracy, median(res[ci].speeds))
	}
	fmt.Println()
	fmt.Println("| extractor | F1 fit | F1 check | P fit | P check | R fit | R check | empty fit | empty check |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for ci, c := range cs {
		f, k := res[ci].parts[0], res[ci].parts[1]
		fmt.Printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %d |\n", c.label, f.F1, k.F1, f.Precision, k.Precision, f.Recall, k.Recall, res[ci].empty[0], res[ci].empty[1])
	}
	fmt.Println()
	for ci, c := range cs {
		var sp []string
		for _, v := range res[ci].speeds {
			sp = append(sp, fmt.Sprintf("%.1f", v))
		}
		line := fmt.Sprintf("- %s: %d errors; MB/s by round %s", c.name, res[ci].errs, strings.Join(sp, ", "))
		if res[ci].first != "" {
			line += fmt.Sprintf("; first error: %s", res[ci].first)
		}
		fmt.Println(line)
	}
	return nil
}

// inCheck reports whether the i-th page (0-based, in id order) is in the
// check part of the set: every third page, the third, the sixth, ..., as
// the library's internal/eval splits it (inPart); the rest is the fit part.
func inCheck(i int) bool { return i%3 == 2 }

// safeExtract runs c on p, turning a panic into an error so that one bad
// page cannot end the run.
func safeExtract(c contender, p *page, whole bool) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("panic: %v", r)
		}
	}()
	return c.extract(p, whole)
}

// load reads ground-truth.json and gunzips html/<id>.html.gz for every id
// in it, in id order.
func load(dir string) ([]*page, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	if len(truth) == 0 {
		return nil, fmt.Errorf("%s: ground-truth.json has no page", dir)
	}
	var pages []*page
	for id, t := range truth {
		html, err := gunzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		u, err := url.Parse(t.URL)
		if err != nil || !u.IsAbs() {
			u = nil
		}
		pages = append(pages, &page{id: id, url: u, html: html, truth: t.ArticleBody})
	}
	slices.SortFunc(pages, func(a, b *page) int { return strings.Compare(a.id, b.id) })
	return pages, nil
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// writePreds writes one JSON file per contender in the format the
// benchmark's own scorer reads: {id: {"articleBody": text}}.
func writePreds(dir string, cs []contender, preds []map[string]string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	type body struct {
		ArticleBody string `json:"articleBody"`
	}
	for ci, c := range cs {
		out := make(map[string]body, len(preds[ci]))
		for id, t := range preds[ci] {
			out[id] = body{t}
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
		path := filepath.Join(dir, c.name+".json")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", path)
	}
	return nil
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
