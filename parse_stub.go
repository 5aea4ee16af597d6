package newstext

// Parser turns scraped text into articles. The zero value is the default.
type Parser struct{}

// Parse returns the articles in text using the zero [Parser].
func Parse(text string) []Article { var p Parser; return p.Parse(text) }

// Parse is a temporary stand-in: one article, one paragraph per line.
func (p *Parser) Parse(text string) []Article {
	a := Article{Span: Span{0, len(text)}}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if t := Clean(text[start:i]); t != "" {
				a.Paragraphs = append(a.Paragraphs, Paragraph{Text: t, Span: Span{start, i}})
			}
			start = i + 1
		}
	}
	return []Article{a}
}
