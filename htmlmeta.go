package newstext

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	xunicode "golang.org/x/text/encoding/unicode"
)

// This file reads what a page says about itself: the headline, the site,
// the byline and the publication time, from <meta> tags, JSON-LD, and a few
// elements of the markup ([readMeta]); and it decodes a page's bytes to
// UTF-8 by its byte-order mark or <meta> charset ([toUTF8]), or, when the
// page does not say, by what its bytes look like (charset.go).

// pageMeta is what a page says about itself in its head and markup.
type pageMeta struct {
	Title     string // the headline
	Site      string // the site's name
	Byline    string // the author(s), as a person would write them: "Jane Doe and John Roe"
	Published string // publication time as written by the page (prefer an ISO 8601 / RFC 3339 value)
	URL       string // the page's own address as it declares it, maybe relative: see [pageURL]
}

// Bounds on the work [readMeta] does beyond its one walk over the document:
// how many elements of each kind it keeps as candidates, how much text it
// reads from one element, and how deep it follows nested JSON.
const (
	maxMetaCandidates = 16   // author, byline-class and rel/itemprop elements kept
	maxMetaH1         = 4    // <h1> texts kept
	maxMetaText       = 600  // bytes of text read from one element
	maxMetaTextNodes  = 4000 // nodes visited to read one element's text
	maxLDDepth        = 64   // nesting of JSON-LD values followed
	maxLDAuthors      = 20   // authors read from one JSON-LD author value
	maxElemWords      = 8    // words in a byline taken from element text
)

// Indexes of the <meta> values [readMeta] reads, in metaScan.meta.
const (
	metaOGTitle = iota
	metaTwitterTitle
	metaOGSiteName
	metaAppName
	metaTwitterSite
	metaCopyright
	metaArticlePublished
	metaItempropPublished
	metaPubdate
	metaPublishdate
	metaDate
	metaDCDate
	metaParselyPubDate
	metaSailthruDate
	metaOGPublished
	metaDCDateIssued
	metaDCTermsDate
	metaOGURL
	metaCount
)

// metaKeys maps the lower-case name, property or itemprop of a <meta> tag
// to its index in metaScan.meta. It is read only.
var metaKeys = map[string]int{
	"og:title":               metaOGTitle,
	"twitter:title":          metaTwitterTitle,
	"og:site_name":           metaOGSiteName,
	"application-name":       metaAppName,
	"twitter:site":           metaTwitterSite,
	"copyright":              metaCopyright,
	"article:published_time": metaArticlePublished,
	"article:published":      metaArticlePublished,
	"datepublished":          metaItempropPublished,
	"pubdate":                metaPubdate,
	"publishdate":            metaPublishdate,
	"date":                   metaDate,
	"dc.date":                metaDCDate,
	"parsely-pub-date":       metaParselyPubDate,
	"sailthru.date":          metaSailthruDate,
	"og:published_time":      metaOGPublished,
	"dc.date.issued":         metaDCDateIssued,
	"dcterms.date":           metaDCTermsDate,
	"og:url":                 metaOGURL,
}

// metaScan is what one walk over the document collects; [readMeta] then
// chooses among it. Strings are as the page has them, not yet [Clean].
type metaScan struct {
	meta          [metaCount]string // first non-empty content of each key
	authors       []string          // <meta name="author"> contents, in order
	byl           []string          // <meta name="byl"> contents ("By Jane Doe")
	articleAuthor []string          // <meta property="article:author"> contents
	itempropDate  string            // first itemprop="datePublished" content or datetime
	title         string            // text of the first <title>
	h1s           []string          // [Clean] texts of the first <h1>s that have text
	timeDatetime  string            // datetime of the first <time> that has one
	canonical     string            // href of the first <link rel="canonical"> that has one
	ldjson        []string          // bodies of the application/ld+json scripts
	authorElems   []*html.Node      // rel="author" and itemprop="author" elements
	bylineElems   []*html.Node      // elements whose class contains "byline"
	sawTitle      bool
}

// readMeta reads the page's metadata from the parsed document. It never
// fails: a field the page does not give is empty. Each field is [Clean] of
// the first source, in the order below, that gives a usable value:
//
//   - Site: og:site_name, the JSON-LD publisher's name, the JSON-LD
//     WebSite's name, application-name, twitter:site; a leading "@" is
//     dropped and a URL is not a name.
//   - Title: og:title, twitter:title, the JSON-LD headline, the first <h1>
//     that has text and is not the site's logo (see metaHeadline), the
//     <title>; a site name before or after the headline in og:title,
//     twitter:title or <title> is cut (see stripSiteName).
//   - Byline: <meta name="author">, <meta name="byl">,
//     <meta property="article:author">, the JSON-LD author, rel="author" and
//     itemprop="author" elements, the first element whose class contains
//     "byline". Several authors are joined as a person writes them ("A and
//     B", "A, B and C"); a leading "By" is dropped; a URL, an e-mail address
//     or a handle is never a name. A source that only names the site or its
//     publisher (<meta name="author" content="Condé Nast">) gives way to a
//     later one that names a person.
//   - Published: article:published_time, itemprop="datePublished", the
//     JSON-LD datePublished, the pubdate, publishdate, date, dc.date,
//     parsely-pub-date, sailthru.date and og:published_time metas, the first
//     <time datetime>. The first value that starts with an ISO 8601 date
//     wins over any earlier one that does not; a date before 1900
//     ("0001-01-01T00:00:00Z", a zero time) is no date.
//   - URL: <link rel="canonical">, og:url, as written (white space
//     trimmed); [pageURL] resolves it.
//
// The work is one walk over the document's nodes, a bounded read of the
// text of a few elements, and one decoding of each JSON-LD script: linear
// in the size of the page. readMeta is safe for concurrent use on documents
// that are not being modified.
func readMeta(doc *goquery.Document) pageMeta {
	var m pageMeta
	if doc == nil || doc.Selection == nil || len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		return m
	}
	var s metaScan
	s.walk(doc.Nodes[0])
	ld := readLD(s.ldjson)

	m.Site = metaFirstSite(
		s.meta[metaOGSiteName],
		ld.publisher,
		ld.website,
		s.meta[metaAppName],
		s.meta[metaTwitterSite],
	)

	h1 := ""
	for _, h := range s.h1s {
		if metaHeadline(h, Clean(s.title), m.Site) { // not the site's logo
			h1 = h
			break
		}
	}
	confirm := [2]string{h1, ld.headline}
	m.Title = metaFirst(
		stripSiteName(s.meta[metaOGTitle], m.Site, confirm),
		stripSiteName(s.meta[metaTwitterTitle], m.Site, confirm),
		ld.headline,
		h1,
		stripSiteName(s.title, m.Site, confirm),
	)

	m.Byline = Clean(pickByline([]string{
		joinBylineNames(bylineNames(s.authors, false)),
		joinBylineNames(bylineNames(s.byl, false)),
		joinBylineNames(bylineNames(s.articleAuthor, false)),
		ld.author,
		joinBylineNames(bylineElemNames(s.authorElems)),
		bylineClassText(s.bylineElems),
	}, m.Site, ld.publisher, Clean(s.meta[metaCopyright])))

	m.Published = metaFirstDate(
		s.meta[metaArticlePublished],
		s.meta[metaItempropPublished],
		s.itempropDate,
		ld.published,
		s.meta[metaPubdate],
		s.meta[metaPublishdate],
		s.meta[metaDate],
		s.meta[metaDCDate],
		s.meta[metaParselyPubDate],
		s.meta[metaSailthruDate],
		s.meta[metaOGPublished],
		s.meta[metaDCDateIssued],
		s.meta[metaDCTermsDate],
		s.timeDatetime,
	)

	m.URL = s.canonical
	if m.URL == "" {
		m.URL = strings.TrimSpace(s.meta[metaOGURL])
	}
	return m
}

// pageURL returns an article's URL: the address the page declares
// (declared, from [readMeta]) made absolute against base, the address the
// page was read from ([Parser.URL]), when it is an http or https URL with
// a host; else base, trimmed; else "". A declared address that does not
// parse, or stays relative with no base to resolve it, is no address.
func pageURL(declared, base string) string {
	base = strings.TrimSpace(base)
	b, err := url.Parse(base)
	if err != nil || b.Scheme == "" {
		b = nil
	}
	if declared != "" {
		if u, err := url.Parse(declared); err == nil {
			if b != nil {
				u = b.ResolveReference(u)
			}
			if (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				return u.String()
			}
		}
	}
	return base
}

// urlSite returns the host of the URL u in lower case, without a port or
// a leading "www.": the name a site goes by when it declares none
// ("www.bbc.co.uk" gives "bbc.co.uk"). It is "" when u has no host.
func urlSite(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// metaHeadline reports whether h1, the text of a page's first <h1>, can
// be its headline rather than the site's logo, given the page's <title>
// and site name: it is not empty, does not name the site, is not the last
// segment of a title that has others ("Headline - Logo"), and at least
// half its words are in the title (or there is no title).
func metaHeadline(h1, title, site string) bool {
	if h1 == "" || metaNamesSite(h1, site) {
		return false
	}
	if title == "" {
		return true
	}
	if i, sep := metaLastSep(title); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), h1) {
		return false
	}
	inTitle := make(map[string]bool)
	for w := range strings.FieldsSeq(title) {
		inTitle[metaAlnumFold(w)] = true
	}
	words, found := 0, 0
	for w := range strings.FieldsSeq(h1) {
		if w = metaAlnumFold(w); w == "" {
			continue
		}
		words++
		if inTitle[w] {
			found++
		}
	}
	return 2*found >= words
}

// metaFirst returns the first of vs that is not empty after [Clean].
func metaFirst(vs ...string) string {
	for _, v := range vs {
		if v = Clean(v); v != "" {
			return v
		}
	}
	return ""
}

// metaFirstSite returns the first of vs that can be a site's name after
// [Clean] and without a leading "@": not empty and not a URL.
func metaFirstSite(vs ...string) string {
	for _, v := range vs {
		v = strings.TrimSpace(strings.TrimLeft(Clean(v), "@"))
		if v != "" && !strings.Contains(v, "://") {
			return v
		}
	}
	return ""
}

// pickByline returns the first of the [Clean] candidates cs that is not
// empty and is not the name of the site or the publisher, nor part of the
// copyright notice (letters and digits compared without case); or, when
// every candidate is, the first that is not empty.
func pickByline(cs []string, site, publisher, copyright string) string {
	fallback := ""
	for _, c := range cs {
		if c == "" {
			continue
		}
		name := metaAlnumFold(c)
		if name != metaAlnumFold(site) && name != metaAlnumFold(publisher) &&
			!(copyright != "" && strings.Contains(metaAlnumFold(copyright), name)) {
			return c
		}
		if fallback == "" {
			fallback = c
		}
	}
	return fallback
}

// metaFirstDate returns the first of vs that starts with an ISO 8601 date
// ("2024-03-05…" or "20240305…"), or else the first that is not empty,
// each after [Clean]. A value whose ISO date is before 1900 is skipped.
func metaFirstDate(vs ...string) string {
	fallback := ""
	for _, v := range vs {
		v = Clean(v)
		if v == "" {
			continue
		}
		if year, ok := metaISOYear(v); ok {
			if year >= 1900 {
				return v
			}
			continue
		}
		if fallback == "" {
			fallback = v
		}
	}
	return fallback
}

// metaISOYear returns the year of the ISO 8601 calendar date s starts
// with, extended (2024-03-05) or basic (20240305, alone or before a "T"),
// and whether it starts with one.
func metaISOYear(s string) (int, bool) {
	ok := false
	switch {
	case len(s) >= 10 && s[4] == '-' && s[7] == '-':
		ok = allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:10])
	case len(s) >= 8:
		ok = allDigits(s[:8]) && (len(s) == 8 || s[8] == 'T')
	}
	if !ok {
		return 0, false
	}
	return int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0'), true
}

// walk visits every node under root once, in document order, and records
// what [readMeta] may use. It does not recurse, so deep documents cannot
// exhaust the stack.
func (s *metaScan) walk(root *html.Node) {
	n := root
	for n != nil {
		descend := true
		if n.Type == html.ElementNode {
			descend = s.element(n)
		}
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// element records what element n offers and reports whether the walk
// should visit its children.
func (s *metaScan) element(n *html.Node) bool {
	if n.Namespace != "" { // SVG and MathML: their <title> is not the page's
		return false
	}
	switch n.DataAtom {
	case atom.Meta:
		s.metaTag(n)
		return false
	case atom.Title:
		if !s.sawTitle {
			s.sawTitle = true
			s.title = metaText(n, false)
		}
		return false
	case atom.Script:
		if metaIsLDJSON(metaAttr(n, "type")) && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			s.ldjson = append(s.ldjson, n.FirstChild.Data)
		}
		return false
	case atom.Style, atom.Noscript, atom.Template:
		return false
	case atom.H1:
		if len(s.h1s) < maxMetaH1 {
			if h := Clean(metaText(n, false)); h != "" {
				s.h1s = append(s.h1s, h)
			}
		}
	case atom.Time:
		if s.timeDatetime == "" {
			s.timeDatetime = strings.TrimSpace(metaAttr(n, "datetime"))
		}
	case atom.Link:
		if s.canonical == "" && metaHasToken(metaAttr(n, "rel"), "canonical") {
			s.canonical = strings.TrimSpace(metaAttr(n, "href"))
		}
	}
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "rel":
			if metaHasToken(a.Val, "author") {
				s.addAuthorElem(n)
			}
		case "itemprop":
			if metaHasToken(a.Val, "author") {
				s.addAuthorElem(n)
			}
			if s.itempropDate == "" && metaHasToken(a.Val, "datePublished") {
				s.itempropDate = strings.TrimSpace(metaAttr(n, "content"))
				if s.itempropDate == "" {
					s.itempropDate = strings.TrimSpace(metaAttr(n, "datetime"))
				}
			}
		case "class":
			if len(s.bylineElems) < maxMetaCandidates && metaContainsFold(a.Val, "byline") {
				s.bylineElems = append(s.bylineElems, n)
			}
		}
	}
	return true
}

// addAuthorElem keeps n as a rel="author" or itemprop="author" element,
// up to maxMetaCandidates of them.
func (s *metaScan) addAuthorElem(n *html.Node) {
	if len(s.authorElems) < maxMetaCandidates &&
		(len(s.authorElems) == 0 || s.authorElems[len(s.authorElems)-1] != n) {
		s.authorElems = append(s.authorElems, n)
	}
}

// metaTag records one <meta> element under each of its name, property and
// itemprop (each token of an itemprop list). Its value is its content, or
// its value attribute when it has no content.
func (s *metaScan) metaTag(n *html.Node) {
	content := strings.TrimSpace(metaAttr(n, "content"))
	if content == "" {
		content = strings.TrimSpace(metaAttr(n, "value"))
	}
	if content == "" {
		return
	}
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "name", "property":
			s.metaKey(n, strings.TrimSpace(a.Val), content, false)
		case "itemprop":
			for tok := range strings.FieldsSeq(a.Val) {
				s.metaKey(n, tok, content, true)
			}
		}
	}
}

// metaKey records the value of one key of a <meta> element.
func (s *metaScan) metaKey(n *html.Node, key, content string, itemprop bool) {
	key = strings.ToLower(key)
	switch key {
	case "author":
		if itemprop {
			s.addAuthorElem(n)
		} else if len(s.authors) < maxMetaCandidates {
			s.authors = append(s.authors, content)
		}
		return
	case "byl":
		if len(s.byl) < maxMetaCandidates {
			s.byl = append(s.byl, content)
		}
		return
	case "article:author":
		if len(s.articleAuthor) < maxMetaCandidates {
			s.articleAuthor = append(s.articleAuthor, content)
		}
		return
	}
	if i, ok := metaKeys[key]; ok && s.meta[i] == "" {
		s.meta[i] = content
	}
}

// metaIsLDJSON reports whether a <script> type attribute names JSON-LD
// ("application/ld+json", in any case, parameters allowed).
func metaIsLDJSON(typ string) bool {
	typ, _, _ = strings.Cut(typ, ";")
	return strings.EqualFold(strings.TrimSpace(typ), "application/ld+json")
}

// metaAttr returns the value of n's attribute key, or "".
func metaAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// metaHasToken reports whether the space-separated list v holds tok, compared
// without regard to ASCII case.
func metaHasToken(v, tok string) bool {
	for len(v) > 0 {
		i := strings.IndexAny(v, " \t\n\r\f")
		if i < 0 {
			return strings.EqualFold(v, tok)
		}
		if strings.EqualFold(v[:i], tok) {
			return true
		}
		v = v[i+1:]
	}
	return false
}

// metaContainsFold reports whether s contains the lower-case ASCII word sub,
// compared without regard to ASCII case.
func metaContainsFold(s, sub string) bool { return metaIndexFold(s, sub) >= 0 }

// metaInline holds the elements whose edges do not separate words: the text
// on either side runs on, as a browser shows it.
var metaInline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true,
	atom.Em: true, atom.Font: true, atom.I: true, atom.Kbd: true,
	atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true,
	atom.Small: true, atom.Span: true, atom.Strong: true, atom.Sub: true,
	atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
}

// metaText returns the text under root as a browser would run it
// together: a break at the edges of block elements and at <br>, nothing at
// inline ones; script and style text left out. A break is a space, or with
// lines a line feed (and the text's own line ends are then spaces), so
// that the first line of a byline block can be told from the date below
// it. metaText reads at most about maxMetaText bytes of text (cut on a
// rune boundary) and visits at most maxMetaTextNodes nodes, so its cost is
// bounded whatever root holds.
func metaText(root *html.Node, lines bool) string {
	var b strings.Builder
	brk := byte(' ')
	if lines {
		brk = '\n'
	}
	visited := 0
	n := root.FirstChild
	for n != nil && visited < maxMetaTextNodes && b.Len() < maxMetaText {
		visited++
		descend := false
		switch n.Type {
		case html.TextNode:
			text := n.Data
			if room := maxMetaText - b.Len(); len(text) > room {
				for room > 0 && !utf8.RuneStart(text[room]) {
					room--
				}
				text = text[:room]
			}
			if !lines {
				b.WriteString(text)
				break
			}
			for i := 0; i < len(text); i++ {
				c := text[i]
				if c == '\n' || c == '\r' || c == '\f' {
					c = ' '
				}
				b.WriteByte(c)
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
			default:
				if !metaInline[n.DataAtom] {
					b.WriteByte(brk)
				}
				descend = n.FirstChild != nil
			}
		}
		if descend {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			if n != root && n.Type == html.ElementNode && !metaInline[n.DataAtom] {
				b.WriteByte(brk)
			}
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	return b.String()
}

// metaFirstLine returns the first line of s that has a letter, or "".
func metaFirstLine(s string) string {
	for line := range strings.SplitSeq(s, "\n") {
		if strings.ContainsFunc(line, unicode.IsLetter) {
			return line
		}
	}
	return ""
}

// metaTitleSeps are the separators between a headline and a site name in
// a title.
var metaTitleSeps = []string{" | ", " - ", " — ", " – ", ": "}

// stripSiteName returns the title t ([Clean]) without a site name before
// or after it. Only the segment after the last separator (" | ", " - ",
// " — ", " – ", ": ") or before the first one is ever cut, and only when
//
//   - it names the site ("Headline - BBC News" with site "BBC News"), or
//   - the rest is one of the confirming headlines in confirm (the page's
//     <h1>, the JSON-LD headline): "Opinion | Headline" with <h1>
//     "Headline"; or
//   - it is a trailing label of at most four words after " | " beside a
//     longer headline ("Headline of the day | Sports Desk"); or
//   - no site is known and it is a trailing proper name of at most three
//     capitalised words, no digits, after a headline at least twice as long
//     and of three words or more ("Headline of the day - Entermedia").
//
// So a headline that merely contains a dash ("Covid-19 - what we know",
// "Biden - Putin summit ends") is kept whole.
func stripSiteName(t, site string, confirm [2]string) string {
	t = Clean(t)
	if t == "" {
		return ""
	}
	for _, c := range confirm {
		if c == "" || len(c) >= len(t) || metaNamesSite(c, site) {
			continue
		}
		for _, sep := range metaTitleSeps {
			if metaHasPrefixFold(t, c) && strings.HasPrefix(t[len(c):], sep) {
				return t[:len(c)]
			}
			if metaHasSuffixFold(t, c) && strings.HasSuffix(t[:len(t)-len(c)], sep) {
				return t[len(t)-len(c):]
			}
		}
	}
	if i, sep := metaLastSep(t); i > 0 {
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		hw, tw := countFields(head), countFields(tail)
		if head != "" && (metaNamesSite(tail, site) ||
			sep == " | " && tw <= 4 && hw > tw ||
			site == "" && tw <= 3 && hw >= 3 && hw >= 2*tw && metaProperName(tail)) {
			t = head
		}
	}
	if i, sep := metaFirstSep(t); i > 0 {
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if tail != "" && metaNamesSite(head, site) {
			t = tail
		}
	}
	return t
}

// metaProperName reports whether every word of s starts with a letter
// that is not lower case (an upper-case letter, or one of a script without
// case) and s has no digit.
func metaProperName(s string) bool {
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	start := true
	for _, r := range s {
		if unicode.IsSpace(r) {
			start = true
			continue
		}
		if start && (!unicode.IsLetter(r) || unicode.IsLower(r)) {
			return false
		}
		start = false
	}
	return true
}

// metaLastSep returns the offset and text of the last title separator in
// t, or -1.
func metaLastSep(t string) (int, string) {
	best, bestSep := -1, ""
	for _, sep := range metaTitleSeps {
		if i := strings.LastIndex(t, sep); i > best {
			best, bestSep = i, sep
		}
	}
	return best, bestSep
}

// metaFirstSep returns the offset and text of the first title separator in
// t, or -1.
func metaFirstSep(t string) (int, string) {
	best, bestSep := -1, ""
	for _, sep := range metaTitleSeps {
		if i := strings.Index(t, sep); i >= 0 && (best < 0 || i < best) {
			best, bestSep = i, sep
		}
	}
	return best, bestSep
}

// metaNamesSite reports whether seg names the site: it is the site's name,
// letters and digits compared without case ("BBC News", "bbc news"), or
// one holds the other, the shorter has four letters or more and seg is at
// most six words ("Reuters" and "Reuters.com"); or, with no site known,
// seg is a bare domain name ("Example.com").
func metaNamesSite(seg, site string) bool {
	a, b := metaAlnumFold(seg), metaAlnumFold(site)
	if a == "" {
		return false
	}
	if b == "" {
		return metaDomainLike(seg)
	}
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && strings.Contains(b, a) && countFields(seg) <= 6
}

// metaDomainLike reports whether s looks like a host name: letters,
// digits, dots and hyphens, with a letter after the last dot.
func metaDomainLike(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	for _, r := range s {
		if !(r == '.' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[dot+1:])
	return unicode.IsLetter(r)
}

// metaAlnumFold returns the letters and digits of s in lower case.
func metaAlnumFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// metaHasPrefixFold and metaHasSuffixFold are [strings.HasPrefix] and
// [strings.HasSuffix] without regard to case.
func metaHasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

func metaHasSuffixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p)
}

// bylineName returns s as a byline name: [Clean]; a leading "By" or a
// one-word label ("Text:", "Author:") dropped; "" when what is left is a
// URL, an e-mail address or a handle, or has no letter. With short (text
// read from an element), the text is first cut where a date, a time or
// "Published"/"Updated" starts ("Jane Doe | Updated Nov. 3, 2019 10:43"),
// and more than maxElemWords words left is "".
func bylineName(s string, short bool) string {
	s = Clean(s)
	if short {
		s = bylineCut(s)
	}
	for _, by := range [...]string{"by:", "by "} {
		if metaHasPrefixFold(s, by) {
			s = strings.TrimSpace(s[len(by):])
			break
		}
	}
	if i := strings.IndexByte(s, ' '); i > 1 && s[i-1] == ':' && !strings.ContainsRune(s[:i], '/') {
		s = strings.TrimSpace(s[i+1:]) // "Text: Jane Doe"
	}
	s = strings.Trim(s, " ,;:|·•-–—")
	if s == "" || strings.Contains(s, "://") || strings.ContainsRune(s, '@') ||
		metaHasPrefixFold(s, "www.") || strings.ContainsRune(s, '/') && !strings.ContainsRune(s, ' ') ||
		!strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	if short && countFields(s) > maxElemWords {
		return ""
	}
	return s
}

// bylineStops are the words (lower case, without a trailing period or
// comma) before which a byline read from an element is cut.
var bylineStops = map[string]bool{
	"published": true, "updated": true, "posted": true, "modified": true,
	"|": true, "•": true, "·": true, "—": true, "–": true,
}

// bylineMonths are the English month names (monthWords) and their
// abbreviations, lower case, without a trailing period.
var bylineMonths = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(monthWords + " jan feb mar apr jun jul aug sep sept oct nov dec") {
		m[w] = true
	}
	return m
}()

// bylineCut returns the [Clean] text s up to the first word that starts
// what a byline is not: a stop word (bylineStops), a word that starts with
// a digit, or a month name before a number. The first word is never cut.
func bylineCut(s string) string {
	var prev string // the word before, lower case
	prevAt := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s)
		} else {
			j += i
		}
		w := strings.ToLower(strings.TrimRight(s[i:j], ".,"))
		if w == "last" && j < len(s) && bylineStops[strings.ToLower(strings.TrimRight(strings.SplitN(s[j+1:], " ", 2)[0], ".,:"))] {
			w = "updated" // "Last updated", "Last modified"
		}
		if i > 0 {
			if bylineStops[w] || w != "" && w[0] >= '0' && w[0] <= '9' {
				if bylineMonths[prev] && prevAt > 0 {
					return strings.TrimSpace(s[:prevAt])
				}
				return strings.TrimSpace(s[:i])
			}
		}
		prev, prevAt = w, i
		i = j + 1
	}
	return s
}

// bylineNames returns the byline names among vs, each through
// [bylineName], without repeats (compared without case).
func bylineNames(vs []string, short bool) []string {
	var out []string
	for _, v := range vs {
		if n := bylineName(v, short); n != "" && !bylineHas(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// bylineHas reports whether names holds n, compared without case.
func bylineHas(names []string, n string) bool {
	for _, m := range names {
		if strings.EqualFold(m, n) {
			return true
		}
	}
	return false
}

// joinBylineNames returns names as a person writes them: "A", "A and B",
// "A, B and C".
func joinBylineNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// bylineNear is how many levels of ancestors two author elements may
// climb to meet for the second to count as part of the first's byline.
const bylineNear = 3

// bylineElemNames returns the names in rel="author" and itemprop="author"
// elements: a <meta>'s content, else the text of the element's
// itemprop="name" descendant or of the element itself, when short; never
// a <link>. Only elements near the first usable one count (they share an
// ancestor within bylineNear levels), and none inside one already read,
// so the authors of comments further down the page are left out.
func bylineElemNames(ns []*html.Node) []string {
	var vs []string
	var used []*html.Node
	for _, n := range ns {
		if n.DataAtom == atom.Link {
			continue
		}
		if len(used) > 0 && (bylineInside(n, used) || !bylineNearTo(n, used[0])) {
			continue
		}
		var v string
		if n.DataAtom == atom.Meta {
			v = metaAttr(n, "content")
		} else {
			if name := bylineItemName(n); name != nil {
				v = metaFirstLine(metaText(name, true))
			} else {
				v = metaFirstLine(metaText(n, true))
			}
		}
		if bylineName(v, true) == "" {
			continue
		}
		vs = append(vs, v)
		used = append(used, n)
	}
	return bylineNames(vs, true)
}

// bylineInside reports whether n is inside one of the nodes in outer.
func bylineInside(n *html.Node, outer []*html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if slices.Contains(outer, p) {
			return true
		}
	}
	return false
}

// bylineNearTo reports whether n and m share an ancestor within bylineNear
// levels of each.
func bylineNearTo(n, m *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < bylineNear; p, i = p.Parent, i+1 {
		for q, j := m.Parent, 0; q != nil && j < bylineNear; q, j = q.Parent, j+1 {
			if p == q {
				return true
			}
		}
	}
	return false
}

// bylineClassText returns the name in the first element whose class
// contains "byline" and whose text is a usable byline (see [bylineName]):
// the first line of its descendant whose class names an author (class
// "author", "byline__author-name", …), else the first line of its own
// text. Nested byline elements are tried outer first, so a short outer
// byline wins, and a long one gives way to the name inside it.
func bylineClassText(ns []*html.Node) string {
	for _, n := range ns {
		if a := bylineAuthorChild(n); a != nil {
			if name := bylineName(metaFirstLine(metaText(a, true)), true); name != "" {
				return name
			}
		}
		if name := bylineName(metaFirstLine(metaText(n, true)), true); name != "" {
			return name
		}
	}
	return ""
}

// bylineAuthorChild returns the first element under root, among the first
// maxMetaTextNodes nodes, whose class contains "author", or nil.
func bylineAuthorChild(root *html.Node) *html.Node {
	return metaFindUnder(root, func(n *html.Node) bool {
		return metaContainsFold(metaAttr(n, "class"), "author")
	})
}

// bylineItemName returns the first itemprop="name" element under root,
// among the first maxMetaTextNodes nodes, or nil.
func bylineItemName(root *html.Node) *html.Node {
	return metaFindUnder(root, func(n *html.Node) bool {
		return metaHasToken(metaAttr(n, "itemprop"), "name")
	})
}

// metaFindUnder returns the first element under root, in document order
// and among the first maxMetaTextNodes nodes, for which match is true, or
// nil.
func metaFindUnder(root *html.Node, match func(*html.Node) bool) *html.Node {
	visited := 0
	n := root.FirstChild
	for n != nil && visited < maxMetaTextNodes {
		visited++
		if n.Type == html.ElementNode && match(n) {
			return n
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	return nil
}

// ldMeta is what the JSON-LD of a page says, each value already [Clean].
type ldMeta struct {
	headline, author, published, publisher, website string
}

// readLD decodes the JSON-LD scripts and reads the first article in them
// (an object whose @type is Article, NewsArticle, BlogPosting and the like,
// at any depth, in a top-level array or under @graph), resolving "@id"
// references across all of them. A script that is not valid JSON, even
// after its raw control characters are made spaces, is skipped.
func readLD(scripts []string) ldMeta {
	var w ldWalk
	for _, src := range scripts {
		v, ok := decodeLD(src)
		if !ok {
			continue
		}
		w.visit(v, 0)
	}
	var m ldMeta
	if w.article == nil {
		w.article = w.headed
	}
	if a := w.article; a != nil {
		m.headline = Clean(ldString(a["headline"]))
		m.published = Clean(ldString(a["datePublished"]))
		m.author = joinBylineNames(bylineNames(w.names(a["author"], nil), false))
		m.publisher = Clean(ldFirst(w.names(a["publisher"], nil)))
	}
	if m.published == "" && w.dated != nil {
		m.published = Clean(ldString(w.dated["datePublished"]))
	}
	if m.publisher == "" && w.publisher != nil {
		m.publisher = Clean(ldFirst(w.names(w.publisher, nil)))
	}
	if w.website != nil {
		m.website = Clean(ldString(w.website["name"]))
	}
	return m
}

// decodeLD decodes one JSON-LD script, tolerating an HTML comment or CDATA
// wrapper, a trailing semicolon and raw control characters in strings.
func decodeLD(src string) (any, bool) {
	src = strings.TrimSpace(src)
	for _, w := range [][2]string{{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}} {
		if strings.HasPrefix(src, w[0]) {
			src = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(src, w[0]), w[1]))
		}
	}
	src = strings.TrimSpace(strings.TrimSuffix(src, ";"))
	if src == "" {
		return nil, false
	}
	var v any
	if err := json.Unmarshal([]byte(src), &v); err == nil {
		return v, true
	}
	// Raw line breaks and tabs inside strings are the commonest fault;
	// outside strings a space means the same as they do.
	b := []byte(src)
	changed := false
	for i, c := range b {
		if c < 0x20 {
			b[i], changed = ' ', true
		}
	}
	if !changed {
		return nil, false
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, false
	}
	return v, true
}

// ldWalk gathers the objects of JSON-LD that [readLD] uses.
type ldWalk struct {
	ids       map[string]map[string]any // objects by "@id"
	article   map[string]any            // first object typed as an article
	headed    map[string]any            // first object with a "headline"
	dated     map[string]any            // first object with a "datePublished"
	publisher any                       // first "publisher" value anywhere
	website   map[string]any            // first WebSite object
}

// ldFirstKeys are the members of a JSON-LD object that [ldWalk.visit]
// enters before the others: they hold what the page is about.
var ldFirstKeys = []string{"@graph", "mainEntity"}

// visit walks v in pre-order (an object before what it holds, array
// elements in order, an object's ldFirstKeys members and then the others
// in key order) to depth maxLDDepth, each value once.
func (w *ldWalk) visit(v any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			w.visit(e, depth+1)
		}
	case map[string]any:
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if w.ids == nil {
				w.ids = make(map[string]map[string]any)
			}
			if _, dup := w.ids[id]; !dup {
				w.ids[id] = v
			}
		}
		if w.article == nil && ldTyped(v, ldIsArticle) {
			w.article = v
		}
		if w.headed == nil && ldString(v["headline"]) != "" {
			w.headed = v
		}
		if w.dated == nil && ldString(v["datePublished"]) != "" {
			w.dated = v
		}
		if w.website == nil && ldTyped(v, func(t string) bool { return t == "WebSite" }) {
			w.website = v
		}
		if w.publisher == nil && v["publisher"] != nil {
			w.publisher = v["publisher"]
		}
		// The page's main entity first, then the other members in key
		// order: Go's map order is random, and the first article found
		// must not be.
		for _, k := range ldFirstKeys {
			if e, ok := v[k]; ok {
				w.visit(e, depth+1)
			}
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			if !slices.Contains(ldFirstKeys, k) {
				w.visit(v[k], depth+1)
			}
		}
	}
}

// names returns the names in a JSON-LD person or organisation value: a
// string, an object with a "name" (or given and family names), an "@id"
// reference to one, or an array of these. seen guards against reference
// cycles.
func (w *ldWalk) names(v any, seen map[string]bool) []string {
	var out []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if len(out) >= maxLDAuthors || depth > 4 {
			return
		}
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, e := range v {
				add(e, depth+1)
			}
		case map[string]any:
			if name := ldString(v["name"]); name != "" {
				out = append(out, name)
				return
			}
			given, family := ldString(v["givenName"]), ldString(v["familyName"])
			if given != "" || family != "" {
				out = append(out, strings.TrimSpace(given+" "+family))
				return
			}
			if id, ok := v["@id"].(string); ok && !seen[id] {
				if ref, ok := w.ids[id]; ok {
					if seen == nil {
						seen = make(map[string]bool)
					}
					seen[id] = true
					add(ref, depth+1)
				}
			}
		}
	}
	add(v, 0)
	return out
}

// ldFirst returns the first of vs, or "".
func ldFirst(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// ldString returns v when it is a string, or the first string of an array,
// or the "@value" of a value object; otherwise "".
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok {
				return s
			}
		}
	case map[string]any:
		if s, ok := v["@value"].(string); ok {
			return s
		}
	}
	return ""
}

// ldTyped reports whether one of obj's @type values (a string or an array
// of strings, with or without a schema.org prefix) satisfies is.
func ldTyped(obj map[string]any, is func(string) bool) bool {
	check := func(t string) bool {
		if i := strings.LastIndexAny(t, "/:"); i >= 0 {
			t = t[i+1:]
		}
		return is(t)
	}
	switch t := obj["@type"].(type) {
	case string:
		return check(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && check(s) {
				return true
			}
		}
	}
	return false
}

// ldIsArticle reports whether a schema.org type is an article:
// Article and its kinds (NewsArticle, ReportageNewsArticle, …),
// BlogPosting and LiveBlogPosting.
func ldIsArticle(t string) bool {
	return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "BlogPosting")
}

// toUTF8 returns the page's bytes decoded to valid UTF-8, whatever they
// are, by the first of these that applies:
//
//   - A byte-order mark: UTF-8, whose mark is dropped, or UTF-16.
//   - Bytes that are valid UTF-8 come back unchanged, without a copy,
//     whatever the page declares: they read the same in UTF-8 as in any
//     charset they could plausibly be in. The one exception is a page
//     that declares ISO-2022-JP and holds an escape byte (its escape
//     sequences are ASCII), which is decoded.
//   - A <meta charset="..."> or <meta http-equiv="Content-Type"
//     content="text/html; charset=..."> in the first 1024 bytes, as the
//     HTML standard's prescan finds it, naming a charset other than UTF-8.
//   - Otherwise (no declaration, one not known, or UTF-8 declared and the
//     bytes not valid UTF-8) [decodeUndeclared]: UTF-8 with U+FFFD for
//     its invalid bytes when it mostly is UTF-8, else the single-byte
//     charset [detectCharset] finds.
//
// A declared UTF-16 without a mark is UTF-8, as the standard says; so is
// the standard's "replacement" encoding (labels iso-2022-kr, iso-2022-cn,
// hz-gb-2312 and the like), against the standard, which reads the whole
// page as one U+FFFD: a scraped page with such a label is far more often
// mislabelled UTF-8 than real ISO-2022-KR, and a page must not vanish.
//
// Decoding never fails: a byte a charset does not map becomes U+FFFD, and
// if a declared charset's decoder errors the page is read as undeclared.
// The result is always valid UTF-8. b is never modified.
func toUTF8(b []byte) []byte {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return validUTF8(b[3:])
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeBOM(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), b)
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeBOM(xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), b)
	}
	valid := utf8.Valid(b)
	if valid && bytes.IndexByte(b, 0x1b) < 0 {
		return b
	}
	e, name := declaredCharset(b)
	if valid && name != "iso-2022-jp" {
		return b
	}
	if e != nil && name != "utf-8" {
		if out, ok := decodeWith(e, b); ok {
			return validUTF8(out)
		}
	}
	return decodeUndeclared(b)
}

// decodeBOM returns b, which starts with a UTF-16 byte-order mark,
// decoded by e to valid UTF-8, or as an undeclared page if e errors.
func decodeBOM(e encoding.Encoding, b []byte) []byte {
	if out, ok := decodeWith(e, b); ok {
		return validUTF8(out)
	}
	return decodeUndeclared(b)
}

// decodeWith returns b decoded by e and true, or nil and false if the
// decoder errors.
func decodeWith(e encoding.Encoding, b []byte) ([]byte, bool) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return nil, false
	}
	return out, true
}

// declaredCharset returns the encoding a <meta> tag in the first 1024
// bytes of b declares, and its canonical name, as the HTML standard's
// prescan finds it; nil and "" when there is none or it is not known.
// A declared UTF-16 is read as UTF-8, as the standard says, and so is the
// "replacement" encoding, unlike the standard (see [toUTF8]).
func declaredCharset(b []byte) (encoding.Encoding, string) {
	if len(b) > 1024 {
		b = b[:1024]
	}
	if !metaBytesContainsFold(b, "charset") {
		return nil, ""
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, more := z.TagName()
			if string(tag) != "meta" {
				continue
			}
			var label string
			pragma, fromContent := false, false
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					if label == "" || fromContent {
						label, fromContent = string(v), false
					}
				case "http-equiv":
					pragma = strings.EqualFold(string(v), "content-type")
				case "content":
					if label == "" {
						label, fromContent = charsetFromContent(string(v)), true
					}
				}
			}
			if label == "" || fromContent && !pragma {
				continue
			}
			e, name := charset.Lookup(label)
			if e == nil {
				continue
			}
			if strings.HasPrefix(name, "utf-16") || name == "replacement" {
				return encoding.Nop, "utf-8"
			}
			return e, name
		}
	}
}

// charsetFromContent returns the charset named in a Content-Type value
// ("text/html; charset=windows-1252"), or "".
func charsetFromContent(s string) string {
	for {
		i := metaIndexFold(s, "charset")
		if i < 0 {
			return ""
		}
		s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
		if !strings.HasPrefix(s, "=") {
			continue
		}
		s = strings.TrimLeft(s[1:], " \t\n\f\r")
		if s == "" {
			return ""
		}
		if q := s[0]; q == '"' || q == '\'' {
			if j := strings.IndexByte(s[1:], q); j >= 0 {
				return s[1 : 1+j]
			}
			return ""
		}
		if j := strings.IndexAny(s, "; \t\n\f\r"); j >= 0 {
			return s[:j]
		}
		return s
	}
}

// metaIndexFold returns the offset of the first match of the lower-case
// ASCII word sub in s, compared without regard to ASCII case, or -1.
func metaIndexFold(s, sub string) int {
	if sub == "" {
		return 0
	}
	c0 := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == c0 && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// metaBytesContainsFold reports whether b contains the lower-case ASCII
// word sub, compared without regard to ASCII case.
func metaBytesContainsFold(b []byte, sub string) bool {
	for i := 0; i+len(sub) <= len(b); i++ {
		if b[i]|0x20 == sub[0] && bytes.EqualFold(b[i:i+len(sub)], []byte(sub)) {
			return true
		}
	}
	return false
}
