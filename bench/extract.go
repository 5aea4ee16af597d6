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
// page, joined by blank lines; with whole, each article's Title before its
// Body and its Captions after it.
func extractNewstext(p *page, whole bool) (string, error) {
	arts, err := newstext.ParseHTML(bytes.NewReader(p.html))
	if err != nil {
		return "", err
	}
	var parts []string
	for _, a := range arts {
		b := a.Body()
		if b == "" {
			continue
		}
		if whole && a.Title != "" {
			parts = append(parts, a.Title)
		}
		parts = append(parts, b)
		if whole {
			for _, c := range a.Captions {
				parts = append(parts, c.Text)
			}
		}
	}
	return strings.Join(parts, "\n\n"), nil
}

// withTitle returns text with title as its first paragraph, when whole
// and there is a title: a peer's whole text.
func withTitle(title, text string, whole bool) string {
	if !whole || title == "" {
		return text
	}
	return title + "\n\n" + text
}

// extractTrafilatura runs go-trafilatura with its default options (no
// fallback extractors, Balanced focus, comments kept apart in CommentsText)
// and returns ContentText, with whole its Metadata.Title first. OriginalURL is set, as the package's examples
// do; it only resolves links and fills the metadata, not the text.
func extractTrafilatura(p *page, whole bool) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(p.html), trafilatura.Options{OriginalURL: p.url})
	if err != nil {
		return "", err
	}
	if res == nil {
		return "", errors.New("no result")
	}
	return withTitle(res.Metadata.Title, res.ContentText, whole), nil
}

// extractReadability runs go-readability's default parser (FromReader,
// as its README shows) with the page's URL and returns the article's text
// as the package renders it (Article.RenderText, that is
// render.InnerText of the article node), with whole its Title first. A
// page where it finds no article (nil Node) gives "".
func extractReadability(p *page, whole bool) (string, error) {
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
	return withTitle(art.Title(), b.String(), whole), nil
}

// extractParagraphs is the baseline: the text of every <p> element of the
// page, in document order, joined by blank lines, whole or not (it knows
// no title).
func extractParagraphs(p *page, _ bool) (string, error) {
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
