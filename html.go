package newstext

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML input.
//
// A page becomes text in three steps: the page is parsed (after its
// character set is decoded to UTF-8); its main content is found by scoring
// the elements that hold text (how much text they hold, how much of it is
// link text, what their class and id say); and the blocks of the main
// content are written one to a line, the headline first. That text then
// runs the text pipeline of [Parser.Parse], so an HTML page and a text
// dump of it give the same kind of Article.

// ParseHTML reads a news page and returns its stories, using the zero
// [Parser]. See [Parser.ParseHTML].
func ParseHTML(r io.Reader) ([]Article, error) {
	var p Parser
	return p.ParseHTML(r)
}

// ParseHTML reads a news page from r and returns its stories, in page
// order. It finds the page's main content (the blocks that tell the
// story, not navigation, related links, comments, share bars or
// newsletter boxes), keeps a paragraph for each block element, turns
// <figcaption> and caption elements into [Article.Captions], and runs the
// same pipeline as [Parser.Parse] on the result. A page whose main content
// holds two or more <article> elements (the updates of a live page) gives
// one article per update after the first, which belongs to the page's
// headline; otherwise the page is one story, and [Parser.Single] does not
// apply.
//
// Spans index [Article.Text], the extracted text: the headline on the
// first line, then one line per block, blank lines between them. Title,
// Byline, Published, Site and URL come from the page's metadata where it
// has them (Open Graph, JSON-LD, <meta>, <link rel="canonical">, <time>);
// a byline or title taken from metadata has a zero span when the text does
// not print it. [Parser.URL], the address the page was read from, stands
// in for the URL a page does not declare, and its host for the site name.
//
// A page is decoded first: by its byte-order mark or declared character
// set, or, when it declares none and is not UTF-8, by the single-byte
// character set its bytes look like (see charset.go); UTF-8 damaged in
// places keeps U+FFFD for its bad bytes. Article.Text is always valid
// UTF-8, so spans into it stay true after encoding/json. ParseHTML fails
// only when r fails; a page with no text gives no articles. Its time is
// linear in the size of the page.
func (p *Parser) ParseHTML(r io.Reader) ([]Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("newstext: reading HTML: %w", err)
	}
	return p.parseHTML(b), nil
}

// parseHTML is ParseHTML on the page's bytes.
func (p *Parser) parseHTML(b []byte) []Article {
	b = toUTF8(b)
	var meta pageMeta
	var text string
	var lay layout
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b))
	if err == nil {
		meta = readMeta(doc)
		text, lay = extract(doc.Nodes[0]).render(meta.Title)
	} else {
		// html.Parse refuses a page nested more than 512 elements deep;
		// such a page is read as a stream of tokens instead.
		text = tokenText(b)
	}
	as := p.parse(text, &lay)
	u := pageURL(meta.URL, p.URL)
	site := meta.Site
	if site == "" {
		site = urlSite(u)
	}
	for i := range as {
		a := &as[i]
		a.Text = text
		a.Published = meta.Published
		a.Site = site
		a.URL = u
		if a.Byline == "" && meta.Byline != "" {
			a.Byline = meta.Byline
		}
	}
	return as
}

// block is a run of text in the page that a reader sees as one unit: the
// inline content of one block element, up to the next block element or
// line break.
type block struct {
	text  string
	el    int // the element holding it, an index into extraction.els
	links int // bytes of text inside links
	kind  blockKind
	prose bool // a caption that reads as running text (see prose)
}

type blockKind uint8

const (
	blockText    blockKind = iota
	blockHeading           // h1–h6
	blockCaption           // figcaption or an element whose class says caption or credit
	blockQuote             // inside blockquote
	blockItem              // inside li
)

// element is what the extractor knows about one element of the page.
type element struct {
	parent int // index of the parent element, -1 for the root
	tag    atom.Atom
	weight int  // from class and id: positive for content, negative for boilerplate
	junk   bool // boilerplate: by its class or id while walking, inherited after choose
	own    bool // boilerplate by its own class, id or tag (junk as the walk set it)
	text   int  // bytes of text in the element and below
	links  int  // of which inside links
	img    bool // an <img> is the element or below it
}

// extraction is the result of one walk over the page.
type extraction struct {
	els    []element
	blocks []block
	main   []bool // els[i] is part of the main content
	headed []bool // els[i] holds the page's headline (see headedEls), once computed
}

// extract walks the page under root once and finds its main content.
func extract(root *html.Node) *extraction {
	x := &extraction{}
	w := walker{x: x, cur: -1}
	w.walk(root, -1, -1, blockText, false)
	w.flush()
	for i := range x.blocks {
		if b := &x.blocks[i]; b.kind == blockCaption {
			b.prose = x.prose(b)
		}
	}
	x.chooseMain()
	if x.proseCaptions() > x.keptText() {
		// A photo page or a gallery, whose captions tell the story the
		// main content does not: they are its paragraphs.
		for i := range x.blocks {
			if b := &x.blocks[i]; b.prose {
				b.kind = blockText
			}
		}
		x.chooseMain()
	}
	if x.listing() {
		// A section front or a tag page: teasers of other stories, no
		// story of its own.
		clear(x.main)
	}
	return x
}

// chooseMain marks the main content: choose's first choice, and the
// fallbacks of a first choice that is thin.
func (x *extraction) chooseMain() {
	x.choose(first)
	if empty, thin := x.thin(); thin {
		x.widen(empty)
		if _, thin := x.thin(); thin {
			x.retry()
		}
	}
}

// listing reports whether the main content is a list of other stories
// rather than a story: three or more of its paragraphs are teasers, a
// short paragraph (under maxTeaserBytes) straight after a heading that is
// a link, they hold two thirds or more of its running text, and no two
// paragraphs that are not teasers follow one another, as a story's do.
func (x *extraction) listing() bool {
	n, teaser, all := 0, 0, 0
	prose := false // the block before was a paragraph that is not a teaser
	for i := range x.blocks {
		b := &x.blocks[i]
		if b.kind == blockCaption || !x.main[b.el] || x.els[b.el].junk {
			continue
		}
		if b.kind == blockHeading || !b.running() {
			prose = false
			continue
		}
		all += len(b.text)
		if h := &x.blocks[max(i-1, 0)]; i > 0 && len(b.text) < maxTeaserBytes && h.kind == blockHeading && h.links*2 > len(h.text) {
			n++
			teaser += len(b.text)
			prose = false
			continue
		}
		if prose {
			return false
		}
		prose = true
	}
	return n >= 3 && teaser*3 >= all*2
}

// maxTeaserBytes is the longest a teaser's paragraph is: two or three
// sentences.
const maxTeaserBytes = 320

// choice is how choose weighs the page's class and id words.
type choice uint8

const (
	first   choice = iota // as they say
	relaxed               // boilerplate words mark nothing
	plain                 // no word weighs
)

// walker builds the element table and the blocks in one depth-first walk.
type walker struct {
	x     *extraction
	buf   []byte    // the block being built, white space folded
	cur   int       // element of the block being built
	kind  blockKind // its kind
	links int       // its bytes inside links
	space bool      // a space is pending before the next word
}

// walk visits n, whose nearest element ancestor is parent and nearest
// block element ancestor blockEl.
func (w *walker) walk(n *html.Node, parent, blockEl int, kind blockKind, inLink bool) {
	switch n.Type {
	case html.TextNode:
		if parent < 0 {
			return
		}
		if w.cur < 0 {
			w.cur, w.kind = blockEl, kind
		}
		before := len(w.buf)
		w.appendText(n.Data)
		added := len(w.buf) - before
		w.x.els[parent].text += added
		if inLink {
			w.x.els[parent].links += added
			w.links += added
		}
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, parent, blockEl, kind, inLink)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipElement(n) || screenReaderOnly(n) {
		// Screen-reader text ("last spring<span class="sr-only"> (opens
		// in a new window)</span>, and") is never shown: a sentence
		// reads on without it.
		return
	}
	if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
		w.flush()
		return
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.space = len(w.buf) > 0 // a row is one line, its cells apart
	}
	idx := len(w.x.els)
	w.x.els = append(w.x.els, element{parent: parent, tag: n.DataAtom, weight: classWeight(n)})
	el := &w.x.els[idx]
	el.junk = el.weight <= junkWeight
	if el.junk && el.weight != commentWeight && !blockTags[n.DataAtom] && insideSentence(n) {
		// A link or a span in the middle of a sentence ("a profound
		// conviction that <a class="popup">…</a>. Hence") is part
		// of it, whatever its class says it does when clicked.
		el.junk, el.weight = false, 0
	}
	el.own = el.junk
	isBlock := blockTags[n.DataAtom]
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		kind = blockHeading
	case atom.Figcaption:
		if kind != blockCaption {
			kind = blockCaption
		}
	case atom.Blockquote:
		if kind == blockText || kind == blockItem {
			kind = blockQuote
		}
	case atom.Li, atom.Dd, atom.Dt:
		if kind == blockText {
			kind = blockItem
		}
	case atom.A:
		// An anchor without href (<a name="top">) is a placeholder, not a
		// link; old pages leave one open around the whole page.
		inLink = inLink || hasAttr(n, "href")
	}
	if kind == blockCaption {
		isBlock = false // a caption is one block, whatever its markup
	}
	if el.weight == captionWeight && kind != blockCaption {
		kind = blockCaption
		isBlock = true
	}
	if n.DataAtom == atom.Figcaption || el.own && kind != blockCaption {
		isBlock = true
	}
	if isBlock {
		w.flush()
		blockEl = idx
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, idx, blockEl, kind, inLink)
	}
	if isBlock {
		w.flush()
	}
	if parent >= 0 {
		p, e := &w.x.els[parent], &w.x.els[idx]
		p.text += e.text
		p.links += e.links
		p.img = p.img || e.img || e.tag == atom.Img
	}
}

// appendText appends s to the block with runs of white space folded to
// one space.
func (w *walker) appendText(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			w.space = len(w.buf) > 0
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' && s[j] != '\f' {
			j++
		}
		if w.space {
			w.buf = append(w.buf, ' ')
			w.space = false
		}
		w.buf = append(w.buf, s[i:j]...)
		i = j
	}
}

// flush ends the block being built.
func (w *walker) flush() {
	if len(w.buf) > 0 && w.cur >= 0 {
		w.x.blocks = append(w.x.blocks, block{text: string(w.buf), el: w.cur, links: w.links, kind: w.kind})
	}
	w.buf, w.cur, w.links, w.space = w.buf[:0], -1, 0, false
}

// prose reports whether a block that a caption or credit class marks is
// running text: a picture's caption (beside an <img>: not around one, but
// within three elements up) of three sentences or more, as a gallery's
// slide or a photo page tells its story, where a caption names what a
// picture shows in one or two. A <figcaption> stays a caption whatever
// its length.
func (x *extraction) prose(b *block) bool {
	if x.els[b.el].img {
		return false
	}
	img := false
	for i, up := b.el, 0; i >= 0 && up < 8; i, up = x.els[i].parent, up+1 {
		if x.els[i].tag == atom.Figcaption {
			return false
		}
		img = img || up <= 3 && x.els[i].img
	}
	if !img {
		return false
	}
	var spans [4]Span
	return len(appendSentenceSpans(spans[:0], b.text, Span{0, len(b.text)})) >= 3
}

// skipElement reports whether n and everything under it is not text a
// reader sees: scripts, styles, forms' controls, embedded objects,
// navigation and hidden elements.
func skipElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Button, atom.Select,
		atom.Input, atom.Textarea, atom.Nav, atom.Head, atom.Link, atom.Meta, atom.Audio,
		atom.Video, atom.Option, atom.Label:
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if strings.Contains(a.Val, "display:none") || strings.Contains(a.Val, "display: none") ||
				strings.Contains(a.Val, "visibility:hidden") || strings.Contains(a.Val, "visibility: hidden") {
				return true
			}
		case "aria-hidden":
			if a.Val == "true" && n.DataAtom != atom.Span && n.DataAtom != atom.I {
				return true
			}
		}
	}
	return false
}

// insideSentence reports whether the element n stands inside a sentence
// of its parent: the nearest character before it (HTML comments skipped)
// is a letter, a digit or one that goes on a sentence (a comma, an
// opening bracket or quotation mark), and the nearest after it a letter,
// a digit or one that goes on or ends it. "close the <a>old bridge</a>,
// which" and "at <a>the end of the season</a>." are; "By Jane Doe |
// <a>Share</a> |" is not.
func insideSentence(n *html.Node) bool {
	prev, next := n.PrevSibling, n.NextSibling
	for prev != nil && prev.Type == html.CommentNode {
		prev = prev.PrevSibling
	}
	for next != nil && next.Type == html.CommentNode {
		next = next.NextSibling
	}
	if prev == nil || prev.Type != html.TextNode || next == nil || next.Type != html.TextNode {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(prev.Data))
	after, _ := utf8.DecodeRuneInString(strings.TrimSpace(next.Data))
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return (word(before) || strings.ContainsRune(",(“‘\"'", before)) &&
		(word(after) || strings.ContainsRune(".,;:!?)”’\"'", after))
}

// screenReaderOnly reports whether a class of n says its text is for
// screen readers only, never shown: one of screenReaderClasses, alone or
// as the last part of a longer name ("sdc-article-image__visually-hidden",
// "u-sr-only"). Ids name link targets, not styles, and the page's and the
// story's own boxes (html, body, main, article) are never hidden so.
func screenReaderOnly(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		for _, v := range strings.Fields(a.Val) {
			v = strings.ToLower(v)
			for _, w := range screenReaderClasses {
				if v == w || strings.HasSuffix(v, w) && strings.ContainsRune("-_", rune(v[len(v)-len(w)-1])) {
					return true
				}
			}
		}
	}
	return false
}

// screenReaderClasses are the class names, in lower case, that hide an
// element's text from the eye and leave it to screen readers (Bootstrap's
// "sr-only" and "visually-hidden", WordPress's "screen-reader-text"), and
// the skip links that only keyboard users see.
var screenReaderClasses = []string{"sr-only", "sr_only", "sronly", "screen-reader-text", "screen-reader-only",
	"visually-hidden", "visuallyhidden", "skip-link", "skip-links", "skiplink", "skip-to-content"}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// blockTags are the elements that start and end a block of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dd: true, atom.Dt: true, atom.Blockquote: true, atom.Pre: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Main: true, atom.Aside: true, atom.Address: true, atom.Form: true, atom.Fieldset: true,
	atom.Details: true, atom.Summary: true, atom.Body: true, atom.Html: true, atom.Caption: true,
	atom.Center: true, atom.Hgroup: true, atom.Picture: true, atom.Img: true,
}

// Class and id weights.
const (
	junkWeight    = -50 // at or below: boilerplate, never main content
	commentWeight = -51 // exactly: readers' comments, boilerplate even when relaxed
	captionWeight = -7  // exactly: a caption or credit element
)

// classWeight scores an element by the words of its class and id (and
// its tag, for the elements that name their role): -50 or below for
// boilerplate (share bars, related links, comments, newsletter boxes),
// captionWeight for captions and credits, positive for words that name
// a story's body, 0 for the rest.
func classWeight(n *html.Node) int {
	switch n.DataAtom {
	case atom.Aside, atom.Footer:
		return junkWeight
	case atom.Html, atom.Body:
		// Their classes describe the page, not a box in it: the
		// features a site switched on ("flag-unfollowComments-on",
		// "has-big-ad"), its template ("single-post").
		return 0
	}
	weight := 0
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "itemprop" && a.Key != "role" {
			continue
		}
		if a.Key == "itemprop" && a.Val == "articleBody" {
			return 50
		}
		if a.Key == "id" && slugOfHeading(n, a.Val) {
			continue
		}
		vs := strings.Fields(a.Val)
		post := slices.ContainsFunc(vs, func(v string) bool { return taxonomyClass(strings.ToLower(v)) })
		for _, v := range vs {
			// In the class list of a post's box (one that names its
			// categories or tags), "author-" names the post's author.
			if lv := strings.ToLower(v); taxonomyClass(lv) || post && strings.HasPrefix(lv, "author-") {
				continue
			}
			for tok := range classTokens(v) {
				switch w := classWords[string(tok)]; {
				case w <= junkWeight:
					return w
				case w == captionWeight:
					weight = captionWeight
				case weight != captionWeight:
					weight = max(weight, w)
				}
			}
		}
	}
	return weight
}

// slugOfHeading reports whether the id slug is the text of n, when n is a
// heading, or of the heading n opens with, made an anchor, as
// documentation tools, Markdown renderers and table-of-contents plugins
// write them ("<div id="sharing-with-a-single-developer"><h2>Sharing with
// a single developer</h2>"): five words or more, one of them a function
// word, and the heading's words in order. Its words are the section's
// subject, not the element's role; an id that only reads like a phrase
// ("sign-up-for-our-daily-newsletter" on a box with no such heading)
// still says what the box is.
func slugOfHeading(n *html.Node, slug string) bool {
	parts := strings.FieldsFunc(strings.ToLower(slug), func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) < 5 || !slices.ContainsFunc(parts, slugFunctionWords.has) {
		return false
	}
	h := n
	if !isHeading(h) {
		h = n.FirstChild
		for h != nil && (h.Type == html.TextNode && strings.TrimSpace(h.Data) == "" || h.Type == html.CommentNode) {
			h = h.NextSibling
		}
	}
	if h == nil || !isHeading(h) {
		return false
	}
	// "What's new" is "whats-new"; a second section of one name gets
	// "-1" after its slug. metaText reads a bounded part of the heading.
	heading := strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(metaText(h, false)))
	words := strings.FieldsFunc(heading, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if k := len(parts) - 1; len(parts) == len(words)+1 && strings.Trim(parts[k], "0123456789") == "" {
		parts = parts[:k]
	}
	return slices.Equal(words, parts)
}

// isHeading reports whether n is an element h1 to h6.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return n.Type == html.ElementNode
	}
	return false
}

// slugFunctionWords are the function words that mark a heading's slug.
var slugFunctionWords = setOf("a an the and or of to in on for with from by how why what when is are")

// taxonomyClass reports whether the class v names one of a post's tags or
// categories ("tag-credit-cards", "category-social-media"), as blog
// engines add to a post's box and to <body>: its words are the subject,
// not the role of the element.
func taxonomyClass(v string) bool {
	return strings.HasPrefix(v, "tag-") || strings.HasPrefix(v, "category-") ||
		strings.HasPrefix(v, "s-tag-") || strings.HasPrefix(v, "s-category-") ||
		strings.HasPrefix(v, "s-author-") || strings.HasPrefix(v, "entry-author-")
}

// classTokens returns the words of the class or id v in lower case: its
// runs of letters and digits, each cut where a lower-case letter or a
// digit meets a capital ("InlineImage-imageEmbedCaption" is inline,
// image, image, embed, caption). A part so cut is a word only from three
// letters up: the "ad" of "adShift" is no advert. Each word is valid
// until the next.
func classTokens(v string) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		var buf [64]byte
		for tok := range strings.FieldsFuncSeq(v, notAlnumCase) {
			start := 0
			for i := 1; i <= len(tok); i++ {
				if i < len(tok) && !('A' <= tok[i] && tok[i] <= 'Z' && ('a' <= tok[i-1] && tok[i-1] <= 'z' || isDigit(tok[i-1]))) {
					continue
				}
				if part := tok[start:i]; start == 0 && i == len(tok) || len(part) >= 3 {
					if !yield(lowerInto(buf[:0], part)) {
						return
					}
				}
				start = i
			}
		}
	}
}

// notAlnumCase is notAlnum for text in any case.
func notAlnumCase(r rune) bool { return notAlnum(unicode.ToLower(r)) }

func notAlnum(r rune) bool {
	return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r >= utf8.RuneSelf)
}

// classWords weigh the words of class and id attributes.
var classWords = map[string]int{
	// the story's body
	"article": 25, "articlebody": 25, "story": 25, "storybody": 25, "body": 25, "content": 25,
	"entry": 25, "post": 25, "text": 25, "main": 25, "blog": 25, "hentry": 25,
	// captions and credits
	"caption": captionWeight, "figcaption": captionWeight, "credit": captionWeight, "credits": captionWeight,
	// boilerplate
	"share": junkWeight, "sharing": junkWeight, "sharebar": junkWeight, "social": junkWeight,
	"related": junkWeight, "newsletter": junkWeight, "subscribe": junkWeight, "subscription": junkWeight,
	"signup": junkWeight, "comment": commentWeight, "comments": commentWeight, "commentlist": commentWeight, "disqus": commentWeight, "cookie": junkWeight,
	"cookies": junkWeight, "consent": junkWeight, "gdpr": junkWeight, "promo": junkWeight,
	"advert": junkWeight, "advertisement": junkWeight, "ad": junkWeight, "ads": junkWeight,
	"sponsor": junkWeight, "sponsored": junkWeight, "recirc": junkWeight, "recirculation": junkWeight,
	"outbrain": junkWeight, "taboola": junkWeight, "breadcrumb": junkWeight, "breadcrumbs": junkWeight,
	"tags": junkWeight, "toolbar": junkWeight, "sidebar": junkWeight, "menu": junkWeight,
	"nav": junkWeight, "navigation": junkWeight, "popup": junkWeight,
	"footer": junkWeight, "masthead": junkWeight, "byline": junkWeight, "trending": junkWeight,
	"popular": junkWeight, "mostread": junkWeight, "readmore": junkWeight, "widget": junkWeight,
	"pagination": junkWeight, "pager": junkWeight, "skip": junkWeight,
	"sr": junkWeight, "offscreen": junkWeight, "disclaimer": junkWeight,
	"timestamp": junkWeight, "author": junkWeight, "bio": junkWeight,
	"print": junkWeight, "email": junkWeight, "rss": junkWeight, "banner": junkWeight,
}

// headedEls reports, for each element, whether it holds the page's
// headline: the first <h1> with text of its own, not only link text (a
// site's name in a sidebar is a link home), outside any <aside>, or,
// where every such <h1> is in an <aside>, the first of those.
// It depends on the elements only, so each try of choose shares it.
func (x *extraction) headedEls() []bool {
	if x.headed == nil {
		x.headed = x.markHeaded()
	}
	return x.headed
}

// markHeaded computes what headedEls returns.
func (x *extraction) markHeaded() []bool {
	h := make([]bool, len(x.els))
	inAside := make([]bool, len(x.els))
	first, firstAside := -1, -1
	for i := range x.els {
		e := &x.els[i]
		inAside[i] = e.tag == atom.Aside || e.parent >= 0 && inAside[e.parent]
		if e.tag != atom.H1 || e.text-e.links <= 0 {
			continue
		}
		switch {
		case !inAside[i] && first < 0:
			first = i
		case inAside[i] && firstAside < 0:
			firstAside = i
		}
	}
	if first < 0 {
		first = firstAside
	}
	for a := first; a >= 0; a = x.els[a].parent {
		h[a] = true
	}
	return h
}

// choose marks the elements of the main content: the element whose
// paragraphs score best (each paragraph of 25 bytes or more scores 1, one
// more per comma and up to 3 more by length, given in full to its
// parent, a half to the grandparent and a sixth above, scaled down by
// the share of link text, and by half for an element that ends before the
// page's headline), together with those of its siblings that score
// nearly as well or hold a paragraph of plain text.
//
// With how at relaxed, a class or id that says boilerplate no longer marks
// an element (its tag and teaser cards still do, but for an <aside> that
// holds the page's headline): the second try of a
// page whose first choice is thin (see thin), where a word such as
// "widget" names the box that holds the story. With how at plain, class
// and id words do not weigh either: the third try, where the words that
// name a story's box name a short block beside it.
func (x *extraction) choose(how choice) {
	n := len(x.els)
	x.main = make([]bool, n)
	if n == 0 {
		return
	}
	// Boilerplate: an element whose class or id (or, for <aside> and
	// <footer>, tag) says so, unless it holds most of the page's plain
	// text ("box article modal-enabled"), or is an <aside> that holds the
	// page's headline; a teaser card; and everything inside them, but
	// for an embedded post (a tweet), which is quoted text whatever box
	// holds it, unless the box is readers' comments, where a blockquote
	// is a reader quoting.
	// From here on els[i].junk is that inherited mark.
	junk := make([]bool, n)
	comment := make([]bool, n) // in readers' comments
	card := x.cards()
	pageText := x.els[0].text - x.els[0].links
	headed := x.headedEls()
	for i := range x.els {
		e := &x.els[i]
		own := e.own && ((e.text-e.links)*10 <= pageText*6 || e.weight == commentWeight) || card[i]
		if how != first {
			own = card[i] || e.own && (e.tag == atom.Aside || e.tag == atom.Footer || e.weight == commentWeight)
		}
		if e.tag == atom.Aside && headed[i] && !card[i] {
			// An <aside> that holds the page's headline (see headedEls)
			// is the story's box, misnamed, not a box beside the story.
			own = false
		}
		comment[i] = e.weight == commentWeight || e.parent >= 0 && comment[e.parent]
		junk[i] = own || e.parent >= 0 && junk[e.parent] && (e.tag != atom.Blockquote || comment[i])
		e.junk = junk[i]
	}
	score := make([]float64, n)
	touched := make([]bool, n)
	for _, b := range x.blocks {
		if b.kind == blockCaption || b.kind == blockHeading || junk[b.el] || len(b.text) < 25 {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")) + min(float64(len(b.text))/100, 3)
		anc := x.els[b.el].parent
		if !blockTags[x.els[b.el].tag] || x.els[b.el].tag == atom.Div {
			// Text straight in a div or in inline markup: the element
			// is its own paragraph's container.
			anc = b.el
		}
		for level, div := 0, 1.0; anc >= 0 && level < 3; level++ {
			if !touched[anc] {
				touched[anc] = true
				score[anc] = tagScore(x.els[anc].tag)
				if how != plain {
					score[anc] += float64(x.els[anc].weight)
				}
			}
			score[anc] += s / div
			anc = x.els[anc].parent
			div = float64(2 + 4*level)
		}
	}
	// The headline is the first <h1> outside boilerplate: a candidate
	// that ends before it is a box above the story (a featured panel, a
	// profile), and weighs half.
	h1 := -1
	for i := range x.els {
		if x.els[i].tag == atom.H1 && !junk[i] && x.els[i].text > 0 {
			h1 = i
			break
		}
	}
	end := make([]int, n) // the last element of each element's subtree
	for i := n - 1; i >= 0; i-- {
		end[i] = max(end[i], i)
		if p := x.els[i].parent; p >= 0 {
			end[p] = max(end[p], end[i])
		}
	}
	best := -1
	for i := range x.els {
		if !touched[i] || junk[i] {
			continue
		}
		score[i] *= 1 - x.linkDensity(i)
		if h1 >= 0 && end[i] < h1 {
			score[i] /= 2
		}
		if best < 0 || score[i] > score[best] {
			best = i
		}
	}
	if best < 0 {
		return
	}
	// A story split into several containers (between adverts, say):
	// climb while the parent holds much more paragraph text.
	ptext := make([]int, n)
	for _, b := range x.blocks {
		if (b.kind == blockText || b.kind == blockQuote) && !junk[b.el] && len(b.text) >= 25 && b.links*4 < len(b.text) {
			ptext[b.el] += len(b.text)
		}
	}
	for i := n - 1; i > 0; i-- {
		if p := x.els[i].parent; p >= 0 {
			ptext[p] += ptext[i]
		}
	}
	for climbed := true; climbed; {
		climbed = false
		for p, up := x.els[best].parent, 0; p >= 0 && !junk[p] && up < 4; p, up = x.els[p].parent, up+1 {
			// Once the best element holds a story's paragraphs, what the
			// parent adds must read as more of them, not a column of
			// teasers: under a quarter of it links.
			added, addedLinks := x.els[p].text-x.els[best].text, x.els[p].links-x.els[best].links
			if ptext[p]*4 >= ptext[best]*5 && (ptext[best] < 500 || addedLinks*4 <= added) {
				best, climbed = p, true
				break
			}
		}
	}
	// The siblings of the best element that belong with it: those that
	// score nearly as well, and paragraphs of running text (the
	// introduction of a letter the best element quotes).
	parent := x.els[best].parent
	threshold := max(10, score[best]*0.2)
	x.main[best] = true
	if parent >= 0 {
		for i := range x.els {
			if x.els[i].parent != parent || i == best || junk[i] {
				continue
			}
			e := &x.els[i]
			if touched[i] && score[i] >= threshold || e.tag == atom.P && running(e.text, e.links) {
				x.main[i] = true
			}
		}
	}
	for i := range x.els {
		if p := x.els[i].parent; p >= 0 && x.main[p] {
			x.main[i] = true
		}
	}
}

// junkLinks reports whether the boilerplate element that makes element i
// junk is mostly links (a teaser box, not an image widget).
func (x *extraction) junkLinks(i int) bool {
	for ; i >= 0; i = x.els[i].parent {
		if p := x.els[i].parent; p < 0 || !x.els[p].junk {
			return x.linkDensity(i) > 0.3
		}
	}
	return true
}

// linkDensity is the share of element i's text that is inside links.
func (x *extraction) linkDensity(i int) float64 {
	e := &x.els[i]
	if e.text == 0 {
		return 0
	}
	return float64(e.links) / float64(e.text)
}

// tagScore is an element's starting score by its tag, as in Arc90's
// readability: a div is the likeliest container of a story, a list or a
// form the least.
func tagScore(t atom.Atom) float64 {
	switch t {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// render writes the headline and the main content's blocks one to a
// line, with a blank line between them, and returns the text and the
// layout the markup gave it.
func (x *extraction) render(title string) (string, layout) {
	var lay layout
	var b strings.Builder
	if title != "" {
		b.WriteString(title)
		lay.title = true
	}
	entry := x.entries()
	lastEntry := -1
	related := false // after a "Related" label, until the story resumes
	kept := 0        // bytes of running text written
blocks:
	for i, bl := range x.blocks {
		e := &x.els[bl.el]
		if e.junk && (bl.kind != blockCaption || x.junkLinks(bl.el)) {
			continue // a caption in a box of links is a teaser's
		}
		if related && bl.kind != blockCaption {
			if bl.kind == blockText && len(bl.text) >= 150 && bl.links*5 < len(bl.text) {
				related = false
			} else {
				continue
			}
		}
		switch {
		case bl.kind == blockCaption:
		case !x.main[bl.el]:
			continue
		case kept >= minRunningBytes && bl.links*2 < len(bl.text) && isCommentsLabel(bl.text):
			break blocks // the readers' comments, after the story
		case kept >= minRunningBytes && x.commentsFrom(i):
			break blocks // readers' comments, told by their headers
		case isRelatedLabel(bl.text):
			related = true
			continue
		case bl.kind == blockHeading && e.tag == atom.H1 && title != "" &&
			(strings.Contains(title, bl.text) || strings.Contains(bl.text, title)):
			continue // the headline, which opens the text already
		case bl.links*2 > len(bl.text) && len(bl.text)-bl.links < 20:
			continue // a link, or a list of them
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		if en := entry[bl.el]; en != lastEntry && en >= 0 && bl.kind != blockCaption {
			// A live page's entry: a story of its own, headed by its
			// heading when it opens with one.
			if lastEntry >= 0 || b.Len() > len(title)+2 {
				lay.stories = append(lay.stories, b.Len())
				if bl.kind == blockHeading {
					lay.heads = append(lay.heads, b.Len())
				}
			}
			lastEntry = en
		}
		if bl.kind == blockCaption {
			lay.captions = append(lay.captions, b.Len())
		}
		b.WriteString(bl.text)
		if bl.kind != blockCaption && bl.running() {
			kept += len(bl.text)
		}
	}
	return b.String(), lay
}

// commentRun is how many comment headers (see commentHeader) open the
// readers' comments: the first and two more among the commentWindow
// blocks of the main content after it.
const (
	commentRun    = 3
	commentWindow = 24
)

// commentsFrom reports whether the readers' comments start at block i of
// the main content: it is a comment's header (commentHeader), and so are
// commentRun-1 more of the commentWindow main-content blocks after it.
// Comments are a run of them, whatever the page's class names; a story
// that dates a paragraph or two is not.
func (x *extraction) commentsFrom(i int) bool {
	if !commentHeader(x.blocks[i].text) {
		return false
	}
	n, seen := 1, 0
	for j := i + 1; j < len(x.blocks) && seen < commentWindow && n < commentRun; j++ {
		if b := &x.blocks[j]; x.main[b.el] && !x.els[b.el].junk && b.kind != blockCaption {
			seen++
			if commentHeader(b.text) {
				n++
			}
		}
	}
	return n >= commentRun
}

// commentHeader reports whether the block s heads a reader's comment:
// a date with a clock time (isDateWords; "November 7, 2012 at 10:36 AM")
// after at most maxHeaderNameWords other words, a number and a name as a
// comment writes them ("49 Mandy November 7, 2012 at 10:36 AM", "Jon H
// says: 8 Nov 2012, 9:02 pm", "Posted by: kingsnake at November 8,
// 2012 7:22 AM"), or none. A time stamp with a label and nothing else
// ("Updated November 7, 2012 at 10:36 AM", "Posted on …"; see
// isTimestamp) heads an update of the story, not a comment.
func commentHeader(s string) bool {
	if len(s) > maxDateBytes+64 || !holdsClock(s) {
		return false // a header is short, and its date has a clock time
	}
	if d, ok := scanDate(s, true); ok && d.label {
		return false // "Updated November 7, 2012 at 10:36 AM"
	}
	rest := s
	for words := 0; words <= maxHeaderNameWords && rest != ""; words++ {
		_, after, more := strings.Cut(rest, " ")
		if d, ok := scanDate(rest, false); ok && d.named && d.number && d.clock {
			return true
		}
		if !more {
			return false
		}
		rest = strings.TrimLeft(after, " ")
	}
	return false
}

// holdsClock reports whether s may hold a clock time as scanDate reads
// one: a digit, and a colon or "am" or "pm" (in any case, with or without
// full stops) at its start or after a digit, a space or a comma. It
// spares scanDate the lines that hold none.
func holdsClock(s string) bool {
	if strings.IndexAny(s, "0123456789") < 0 {
		return false // a clock time has a digit
	}
	if strings.IndexByte(s, ':') >= 0 {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		if c := s[i] | 0x20; (c == 'a' || c == 'p') && (s[i+1]|0x20 == 'm' || s[i+1] == '.') && (i == 0 || s[i-1] == ' ' || s[i-1] == ',' || isDigit(s[i-1])) {
			return true
		}
	}
	return false
}

// maxHeaderNameWords is how many words a comment's header holds before
// its date (see commentHeader).
const maxHeaderNameWords = 6

// entries returns, for each element, the entry of a live page it is part
// of (an index into x.els), or -1. A page has entries when its main
// content holds two or more <article> elements with text that are not
// boilerplate: the updates of a live blog. Teaser cards are junk by then
// (see cards).
func (x *extraction) entries() []int {
	entry := make([]int, len(x.els))
	n := 0
	for i := range x.els {
		e := &x.els[i]
		entry[i] = -1
		if e.parent >= 0 {
			entry[i] = entry[e.parent]
		}
		if e.tag == atom.Article && x.main[i] && !e.junk && e.text > 0 && entry[i] < 0 && (e.parent < 0 || x.main[e.parent]) {
			entry[i] = i
			n++
		}
	}
	if n < 2 {
		for i := range entry {
			entry[i] = -1
		}
	}
	return entry
}

// tokenText returns the text of a page that html.Parse refuses, read as a
// stream of tokens: the text outside scripts and styles, a blank line at
// each block element's start and end.
func tokenText(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	w := walker{cur: -1}
	var out strings.Builder
	flush := func() {
		if len(w.buf) > 0 {
			if out.Len() > 0 {
				out.WriteString("\n\n")
			}
			out.Write(w.buf)
		}
		w.buf, w.space = w.buf[:0], false
	}
	skip := 0 // inside script, style and the like
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			flush()
			return out.String()
		case html.TextToken:
			if skip == 0 {
				w.appendText(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Title:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			}
			if blockTags[a] || a == atom.Br {
				flush()
			}
		}
	}
}

// cards reports, for each element, whether it is a teaser card for
// another story: an <article> of less than 1,000 bytes of text whose
// heading is a link, one of two or more on the page. A lone one is a
// short post whose heading links to itself.
func (x *extraction) cards() []bool {
	card := make([]bool, len(x.els))
	n := 0
	for _, b := range x.blocks {
		if b.kind != blockHeading || b.links*2 <= len(b.text) {
			continue
		}
		for i, up := b.el, 0; i >= 0 && up < 6; i, up = x.els[i].parent, up+1 {
			if x.els[i].tag == atom.Article {
				if !card[i] && x.els[i].text < 1000 {
					card[i] = true
					n++
				}
				break
			}
		}
	}
	if n < 2 {
		clear(card)
	}
	return card
}

// isRelatedLabel reports whether a block is the label of a box of links to
// other stories ("Related links:", "You may also like...", "More
// stories"): one of relatedLabels, case and closing punctuation aside, or
// "more" and up to four words before one of relatedKinds.
func isRelatedLabel(s string) bool {
	if len(s) > 60 {
		return false
	}
	l := strings.ToLower(strings.TrimRight(s, " :.…"))
	if slices.Contains(relatedLabels, l) {
		return true
	}
	// "More Great WIRED Stories", "More Sports News": "more", a few
	// words, and what the box lists.
	ws := strings.Fields(l)
	return len(ws) >= 2 && len(ws) <= 6 && ws[0] == "more" && slices.Contains(relatedKinds, ws[len(ws)-1])
}

// relatedKinds are the words that end a label such as "More Top Stories".
var relatedKinds = []string{"stories", "articles", "news", "coverage", "reads", "headlines", "videos"}

var relatedLabels = []string{"related", "related links", "related stories", "related articles",
	"related coverage", "related news", "read more", "read next", "more stories",
	"more on this story", "you may also like", "you might also like", "you may like",
	"recommended", "recommended for you", "also read", "see also", "partner news", "most read",
	"most popular", "trending", "top stories", "latest news", "more news", "don't miss",
	"more coverage", "what to read next", "editor's picks", "popular stories"}

// isCommentsLabel reports whether a block heads the readers' comments
// under a post, as the default templates of blog engines print it
// (WordPress, Blogger, Movable Type and TypePad, Disqus): "Comments",
// "Comments (12)", "12 Comments", "One Response to “Title”", "3
// thoughts on “Title”", "Leave a Reply", "Post a Comment", "Comments are
// closed.".
func isCommentsLabel(s string) bool {
	if len(s) > 160 {
		return false
	}
	t := strings.TrimRight(s, " :.…!")
	l := strings.ToLower(t)
	if i := strings.LastIndexByte(l, '('); i > 0 && strings.Trim(l[i:], "()0123456789") == "" {
		l = strings.TrimSpace(l[:i]) // "comments (12)"
	}
	counted, none, off := false, false, 0
	if i := strings.IndexByte(l, ' '); i > 0 && (l[:i] == "one" || l[:i] == "no" || strings.Trim(l[:i], "0123456789") == "") {
		l, counted, none, off = l[i+1:], true, l[:i] == "no", i+1 // "12 comments", "one response to …"
	}
	if counted {
		for _, p := range []string{"comment", "comments", "response", "responses", "reply", "replies", "thought", "thoughts"} {
			if none && !strings.HasSuffix(p, "s") {
				continue // "No comment.", "No reply to our e-mail.": a story's words
			}
			if l == p {
				return true
			}
			// "12 Responses to “Bridge to close”", "3 thoughts on Title":
			// the post's title follows, quoted or capitalised, not a
			// sentence ("One response to the crisis was …").
			for _, sep := range []string{" to ", " on "} {
				if rest, ok := strings.CutPrefix(l, p+sep); ok && rest != "" {
					// l is t lower-cased from off, less a tail: where
					// lower-casing kept the lengths, rest starts at
					// the same offset in t.
					at := off + len(p) + len(sep)
					if at < len(t) && len(strings.ToLower(t[:at])) == at {
						if r, _ := utf8.DecodeRuneInString(t[at:]); unicode.IsUpper(r) || strings.ContainsRune("\"“‘'«", r) {
							return true
						}
					}
				}
			}
		}
		return false
	}
	return slices.Contains(commentsLabels, l)
}

var commentsLabels = []string{"comments", "leave a reply", "leave a comment", "post a comment",
	"add a comment", "add comment", "comments are closed", "reader comments", "readers' comments",
	"join the discussion", "no comments", "trackbacks"}
