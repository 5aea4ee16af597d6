package source

import (
	"bytes"

	"github.com/newstext/newstext"
)

// Parse returns the articles of d, as p parses them: a page with
// [newstext.Parser.ParseHTML], with d.URL (when d has one) as the address
// it was read from, and text with [newstext.Parser.Parse]; both read
// [Doc.Decoded]. The spans of a page's articles index their
// [newstext.Article.Text]; those of a text's index string(d.Decoded()),
// which is d.Body unless d was UTF-16. A nil p is the zero Parser. Parse
// fails only where ParseHTML does.
func (d *Doc) Parse(p *newstext.Parser) ([]newstext.Article, error) {
	if p == nil {
		p = &newstext.Parser{}
	}
	if d.Kind == HTML {
		if d.URL != "" && d.URL != p.URL {
			q := *p
			q.URL = d.URL
			p = &q
		}
		return p.ParseHTML(bytes.NewReader(d.Decoded()))
	}
	return p.Parse(string(d.Decoded())), nil
}
