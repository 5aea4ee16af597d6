package main

import (
	"bytes"
	"errors"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newstext/newstext"
)

// extractNewstext returns the Body of every article newstext finds on the
// page, joined by blank lines.
func extractNewstext(p *page) (string, error) {
	arts, err := newstext.ParseHTML(bytes.NewReader(p.html))
	if err != nil {
		return "", err
	}
	bodies := make([]string, 0, len(arts))
	for _, a := range arts {
		if b := a.Body(); b != "" {
			bodies = append(bodies, b)
		}
	}
	return strings.Join(bodies, "\n\n"), nil
}

// extractTrafilatura runs go-trafilatura with its default options (no
// fallback extractors, Balanced focus, comments kept apart in CommentsText)
// and returns ContentText. OriginalURL is set, as the package's examples
// do; it only resolves links and fills the metadata, not the text.
func extractTrafilatura(p *page) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(p.html), trafilatura.Options{OriginalURL: p.url})
	if err != nil {
		return "", err
	}
	if res == nil {
		return "", errors.New("no result")
	}
	return res.ContentText, nil
}

// extractReadability runs go-readability's default parser (FromReader,
// as its README shows) with the page's URL and returns the article's text
// as the package renders it (Article.RenderText, that is
// render.InnerText of the article node). A page where it finds no article
// (nil Node) gives "".
func extractReadability(p *page) (string, error) {
	art, err := readability.FromReader(bytes.NewReader(p.html), p.url)
	if err != nil {
		return "", err
	}
	if art.Node == nil {
		return "", nil
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// extractParagraphs is the baseline: the text of every <p> element of the
// page, in document order, joined by blank lines.
func extractParagraphs(p *page) (string, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(p.html))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	doc.Find("p").Each(func(i int, s *goquery.Selection) {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s.Text())
	})
	return b.String(), nil
}
