package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/newstext/newstext"
	"github.com/newstext/newstext/internal/shingle"
	"github.com/newstext/newstext/internal/strip"
)

// runExtract scores ParseHTML on the extraction set
// (shared/eval/extraction): the body of every article of a page, against
// the page's hand-made articleBody, with the benchmark's shingle metric.
// It counts the pages whose gold has 50 words or more that give no
// paragraph (issue 14 wants none). -part picks the fit or check part
// (inPart, by a page's place among the sorted ids). With -v it lists the
// pages with the lowest F1 and the empty ones; with -pred it writes the
// predictions in the benchmark's own format.
func runExtract(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	data := fs.String("data", "", "folder like shared/eval/extraction (holding html/ and ground-truth.json)")
	predPath := fs.String("pred", "", "write the predictions here as {id: {\"articleBody\": text}}")
	worst := fs.Int("v", 0, "list this many pages with the lowest F1")
	only := fs.String("page", "", "score only pages whose id starts with this")
	part := partFlag(fs, "pages")
	stripName := fs.String("strip", "", "rewrite each page first, to see how much extraction leans on markup some pages lack: "+strings.Join(strip.Names(), ", "))
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	rewrite, ok := strip.Lookup(*stripName)
	if *stripName != "" && !ok {
		return fmt.Errorf("-strip %q: want one of %s", *stripName, strings.Join(strip.Names(), ", "))
	}
	if err := checkPart(*part); err != nil {
		return err
	}
	if *data == "" {
		return errors.New("-data DIR is required (a folder like shared/eval/extraction)")
	}
	b, err := os.ReadFile(filepath.Join(*data, "ground-truth.json"))
	if err != nil {
		return err
	}
	var truth map[string]struct{ ArticleBody, URL string }
	if err := json.Unmarshal(b, &truth); err != nil {
		return fmt.Errorf("ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	// The parts are fixed by a page's place among all the set's ids
	// (inPart), before -page narrows the run.
	kept := ids[:0]
	for i, id := range ids {
		if inPart(i, *part) && strings.HasPrefix(id, *only) {
			kept = append(kept, id)
		}
	}
	ids = kept
	type page struct {
		id  string
		res shingle.Result
	}
	var pages []page
	var results []shingle.Result
	pred := map[string]map[string]string{}
	captions := 0
	var empty []string                         // pages whose gold has 50 words or more that give no paragraph
	multi := 0                                 // pages that give more than one article (live pages' entries)
	figcaptions, figKept, figInBody := 0, 0, 0 // <figcaption> elements with text; of them, captions; in a paragraph
	for _, id := range ids {
		html, err := readGzip(filepath.Join(*data, "html", id+".html.gz"))
		if err != nil {
			return err
		}
		if rewrite != nil {
			html = rewrite(html)
		}
		as, err := newstext.ParseHTML(bytes.NewReader(html))
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		if len(as) > 1 {
			multi++
		}
		if paras(as) == 0 && len(shingle.Tokens(truth[id].ArticleBody)) >= 50 {
			empty = append(empty, id)
		}
		var bodies []string
		caps := map[string]bool{}
		for _, a := range as {
			bodies = append(bodies, a.Body())
			captions += len(a.Captions)
			for _, c := range a.Captions {
				caps[c.Text] = true
			}
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(html))
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		doc.Find("figcaption").Each(func(_ int, s *goquery.Selection) {
			// A caption as a reader sees it: without the text its page
			// leaves to screen readers ("Image:"), which ParseHTML skips.
			s = s.Clone()
			s.Find(`[class*="visually-hidden"], [class*="sr-only"], [class*="screen-reader-text"]`).Remove()
			text := newstext.Clean(s.Text())
			if text == "" {
				return
			}
			figcaptions++
			if caps[text] {
				figKept++
			} else if *worst > 0 {
				fmt.Fprintf(stdout, "  figcaption not a caption of %s: %.80q\n", short(id), text)
			}
			for _, a := range as {
				for _, p := range a.Paragraphs {
					if p.Text == text || len(strings.Fields(text)) >= 4 && strings.Contains(p.Text, text) {
						figInBody++
						if *worst > 0 {
							fmt.Fprintf(stdout, "  figcaption in the body of %s: %.80q\n", short(id), text)
						}
						return
					}
				}
			}
		})
		body := strings.Join(bodies, "\n\n")
		pred[id] = map[string]string{"articleBody": body}
		r := shingle.Compare(truth[id].ArticleBody, body)
		results = append(results, r)
		pages = append(pages, page{id, r})
	}
	s := shingle.Summarise(results)
	fmt.Fprintf(stdout, "pages      %d\n", s.Pages)
	fmt.Fprintf(stdout, "F1         %.3f\n", s.F1)
	fmt.Fprintf(stdout, "precision  %.3f\n", s.Precision)
	fmt.Fprintf(stdout, "recall     %.3f\n", s.Recall)
	fmt.Fprintf(stdout, "accuracy   %.3f\n", s.Accuracy)
	fmt.Fprintf(stdout, "captions   %d\n", captions)
	fmt.Fprintf(stdout, "pages of several articles %d\n", multi)
	fmt.Fprintf(stdout, "empty      %d pages whose gold has 50 words or more give no paragraph\n", len(empty))
	if *worst > 0 {
		for _, id := range empty {
			fmt.Fprintf(stdout, "  empty: %s\n", id)
		}
	}
	fmt.Fprintf(stdout, "figcaption %d with text: %d (%.3f) are captions, %d in the body\n", figcaptions, figKept, float64(figKept)/float64(max(1, figcaptions)), figInBody)
	if *worst > 0 {
		slices.SortStableFunc(pages, func(a, b page) int {
			switch fa, fb := a.res.F1(), b.res.F1(); {
			case fa < fb:
				return -1
			case fa > fb:
				return 1
			}
			return 0
		})
		for _, p := range pages[:min(*worst, len(pages))] {
			fmt.Fprintf(stdout, "  %s  F1 %.3f  P %.3f  R %.3f  %s\n", short(p.id), p.res.F1(), p.res.Precision(), p.res.Recall(), truth[p.id].URL)
		}
	}
	if *predPath != "" {
		b, err := json.Marshal(pred)
		if err != nil {
			return err
		}
		return os.WriteFile(*predPath, b, 0o644)
	}
	return nil
}

// paras returns the number of paragraphs of the articles as.
func paras(as []newstext.Article) int {
	n := 0
	for _, a := range as {
		n += len(a.Paragraphs)
	}
	return n
}

// short returns id cut to 12 bytes, for listing the long hash ids of the
// extraction set; shorter ids (Dragnet's "100") are kept whole.
func short(id string) string {
	return id[:min(len(id), 12)]
}

// readGzip returns the decompressed contents of the gzip file at path.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return io.ReadAll(zr)
}
