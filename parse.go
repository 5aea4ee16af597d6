package newstext

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parser turns scraped text into articles. The zero value is ready to use
// and applies every step; a Parser is safe for concurrent use.
type Parser struct {
	// Single, when set, treats the whole input as one story: no
	// segmentation into several articles and no teaser lists. Zero:
	// the input is split into the stories it holds.
	Single bool

	// Resolver names the entities and the speakers of the articles, with
	// its alias table: a user's own (see [NewResolver] and
	// [Resolver.LoadAliases]). Nil: [DefaultResolver].
	Resolver *Resolver

	// NoEntities, when set, leaves every [Article.Entities] empty (not
	// nil). Quotes still name their speakers: the names are found for
	// them, just not reported. Zero: entities are found.
	NoEntities bool

	// NoQuotes, when set, leaves every [Article.Quotes] empty (not nil).
	// Zero: quotations are found. With both NoEntities and NoQuotes set,
	// Parse does none of the work of names and quotations, which is most
	// of its time on running text (BenchmarkParseOptions): the choice for
	// clean text alone (near-duplicate detection, corpus building).
	NoQuotes bool

	// URL is the address a page was read from, for [Parser.ParseHTML]:
	// an article's URL where the page declares none (and the base of a
	// relative one it declares), and its Site's fallback (see
	// [Article.Site]). Zero: only what the page declares. [Parser.Parse]
	// does not use it.
	URL string
}

// resolver returns p.Resolver, or the default one.
func (p *Parser) resolver() *Resolver {
	if p.Resolver != nil {
		return p.Resolver
	}
	return DefaultResolver()
}

// Parse returns the articles in text, using the zero [Parser].
func Parse(text string) []Article {
	var p Parser
	return p.Parse(text)
}

// Parse returns the stories in text, in input order, each as an
// [Article] whose spans index text. Text that is empty or all white space
// gives no articles; text of nothing but invisible characters (NUL, zero
// width spaces, soft hyphens) gives one article that reports them in
// Removed, so that no byte goes unreported. Parse never fails: invalid
// UTF-8 is read as U+FFFD (see [Clean]).
//
// The steps, in order:
//
//  1. Split the text into lines, keeping each line's byte span. Scrapers
//     write one paragraph, caption or widget per line, so the line is the
//     unit every later rule looks at.
//  2. Clean each line and classify it by shape: page chrome, photo
//     caption, headline-shaped. Classification comes before
//     segmentation because chrome and captions are what mark where a
//     story starts.
//  3. Segment: find the headlines that open new stories, weighing the
//     headline block after them, the end of the story before, blank
//     gaps and the change of vocabulary. A text without headlines whose
//     lines are unrelated snippets is a teaser list: one article per
//     snippet.
//  4. Assemble each story: the headline, its repetitions, captions
//     counted once, chrome reported as removed, the byline (at the top
//     or stranded at the end), the dateline and agency of the first
//     paragraph, and an agency credit line. This runs per story so that
//     one story's caption never swallows another's.
func (p *Parser) Parse(text string) []Article {
	return p.parse(text, nil)
}

// layout is what a page's markup says about the text extracted from it,
// which the text's shape alone cannot say.
type layout struct {
	title    bool  // the first line is the headline; no other line is
	captions []int // start offsets of the lines that are captions, ascending
	stories  []int // start offsets of the lines that open a story, ascending; none: one story
	heads    []int // start offsets of the lines that head a story after the first, ascending
}

// collectLinesAt is the number of line records (262,144: 12 MB of
// records, a text of 1.3 MB of short lines or 30 MB of prose) from which
// parse has the garbage of its steps collected between them (see parse).
// One collection costs a small part of parsing such a text.
const collectLinesAt = 1 << 18

// parse is Parse, with the markup's word on the lines where there is one.
func (p *Parser) parse(text string, lay *layout) []Article {
	lines := splitLines(text)
	lex := analyse(text, lines)
	var starts []int
	if lay != nil {
		starts = lay.apply(lines)
	} else if p.Single {
		for i := range lines {
			if !lines[i].blank() {
				starts = []int{i}
				break
			}
		}
	} else if isTeaserList(lines, lex) {
		lex.release()
		out := teasers(text, lines, p)
		releaseLines(lines)
		return out
	} else {
		starts = segment(lines, lex)
	}
	lex.release() // not used past this point
	// On a text of many lines, the articles are built on top of the line
	// records, which are most of the memory by then; the garbage of the
	// steps before (the lexicon, the segmenter's scratch) is collected
	// first, so that it does not count on top of both.
	big := len(lines) >= collectLinesAt
	if big {
		runtime.GC()
	}
	// Lines of invisible characters belong to the story around them; when
	// there is no story, they make one, so that they are reported.
	first := slices.IndexFunc(lines, func(l line) bool { return !l.blank() || l.invisible() })
	if first < 0 {
		return nil
	}
	if len(starts) == 0 {
		starts = []int{first}
	}
	starts[0] = min(starts[0], first)
	out := make([]Article, 0, len(starts))
	for k, s := range starts {
		e := len(lines)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		for e > s && lines[e-1].blank() && !lines[e-1].invisible() {
			e--
		}
		cutComments(lines[s:e])
		out = append(out, assemble(text, lines[s:e]))
	}
	// The line records are not needed past this point, and on a text of
	// many short lines they outweigh the articles: the steps below work
	// on the articles alone, so that the records are garbage before they
	// start. When the records are large, they are collected now: the
	// collector paces itself by the heap it last found alive, and if that
	// count still held them, the steps below could grow the heap to twice
	// records and articles together before the next collection.
	releaseLines(lines) // not used past this point
	if big {
		runtime.GC()
	}
	for i := range out {
		// Repeats go before entities and quotes: a removed repeat names
		// no one and quotes nothing.
		dedupeParagraphs(text, &out[i], lay != nil)
		out[i].Entities, out[i].Quotes = p.storyEntitiesAndQuotes(text, &out[i])
	}
	return out
}

// storyEntitiesAndQuotes returns the entities an article names (in its
// headline, paragraphs and captions) and its quotations, with spans into
// text; each is empty when p turns it off. Both read the story's input as
// one text, so that a surname links to a full name in an earlier
// paragraph and "he said" finds its antecedent; what lies inside removed
// lines is dropped. Quotes need the names for their speakers, so the
// names are found unless both are off.
func (p *Parser) storyEntitiesAndQuotes(text string, a *Article) ([]Entity, []Quote) {
	if p.NoEntities && p.NoQuotes {
		return []Entity{}, []Quote{}
	}
	raw := text[a.Span.Start:a.Span.End]
	story := unwrapped(raw, a)
	// The quotation marks first: a story with none, when its entities
	// are not asked for, needs no entity work at all (speakers are the
	// only other use of the names).
	var segs []quoteSeg
	if !p.NoQuotes {
		segs = quoteSegments(story)
	}
	// The story's words, read once for the names and the quotations.
	var all []Entity
	var qs []Quote
	if !p.NoEntities || len(segs) > 0 {
		withTokens(story, func(ws []token) {
			markTitle(ws, a)
			all = p.resolver().table().entitiesOf(story, ws)
			if len(segs) > 0 {
				qs = quotesWith(story, ws, segs, all)
			}
		})
	}
	if story != raw {
		// The texts are the input's as written, line ends and all.
		for i := range all {
			for j := range all[i].Mentions {
				m := &all[i].Mentions[j]
				m.Text = validText(raw[m.Span.Start:m.Span.End])
			}
		}
		for i := range qs {
			qs[i].Text = validText(raw[qs[i].Span.Start:qs[i].Span.End])
		}
	}
	ents := []Entity{}
	if !p.NoEntities {
		ents = storyEntities(a, all)
	}
	quotes := qs[:0] // kept in place: qs is this story's own
	if quotes == nil {
		quotes = []Quote{}
	}
	for _, q := range qs {
		q.Span.Start += a.Span.Start
		q.Span.End += a.Span.Start
		if !q.SpeakerSpan.IsZero() {
			q.SpeakerSpan.Start += a.Span.Start
			q.SpeakerSpan.End += a.Span.Start
		}
		if !insideRemoved(a, q.Span) {
			quotes = append(quotes, q)
		}
	}
	return ents, mergeRepeatedQuotes(quotes)
}

// markTitle marks the words of the story's title line in ws, the words of
// the story a (offsets from a.Span.Start).
func markTitle(ws []token, a *Article) {
	if a.Title == "" || a.TitleSpan.Start < a.Span.Start || a.TitleSpan.End > a.Span.End {
		return
	}
	start, end := int32(a.TitleSpan.Start-a.Span.Start), int32(a.TitleSpan.End-a.Span.Start)
	for k := range ws {
		if ws[k].start >= end {
			break
		}
		ws[k].title = ws[k].start >= start
	}
}

// unwrapped returns story, the text of a, with the line ends inside each
// of its paragraphs made spaces: a hard-wrapped paragraph (lynx, e-mail)
// is one run of prose to the names and the quotations in it ("…," said\n
// Joseph Minga), as its Text is. Every offset stays where it was; a story
// with no wrapped paragraph is returned as it is.
func unwrapped(story string, a *Article) string {
	var buf []byte
	for _, p := range a.Paragraphs {
		from, to := p.Span.Start-a.Span.Start, p.Span.End-a.Span.Start
		if from < 0 || to > len(story) || strings.IndexByte(story[from:to], '\n') < 0 {
			continue
		}
		if buf == nil {
			buf = []byte(story)
		}
		for i := from; i < to; i++ {
			if buf[i] == '\n' || buf[i] == '\r' {
				buf[i] = ' '
			}
		}
	}
	if buf == nil {
		return story
	}
	return string(buf)
}

// mergeRepeatedQuotes folds a quotation printed again (the same words, of
// at least minSentenceWords) into its first occurrence, whose Repeats
// gain the later span. A repeat with no speaker of its own takes nothing
// away; the first occurrence takes the repeat's speaker if it had none.
func mergeRepeatedQuotes(qs []Quote) []Quote {
	first := make(map[string]int)
	out := qs[:0]
	for _, q := range qs {
		k, n := wordKey(q.Text)
		if n >= minSentenceWords {
			if i, ok := first[k]; ok {
				f := &out[i]
				f.Repeats = append(f.Repeats, q.Span)
				if f.Speaker == "" && q.Speaker != "" {
					f.Speaker, f.SpeakerSpan, f.Cue = q.Speaker, q.SpeakerSpan, q.Cue
				}
				continue
			}
			first[k] = len(out)
		}
		out = append(out, q)
	}
	return out
}

// storyEntities returns es (the entities of the article's input) with
// spans moved into the text and mentions inside removed lines dropped.
func storyEntities(a *Article, es []Entity) []Entity {
	out := es[:0]
	for _, e := range es {
		kept := e.Mentions[:0]
		for _, m := range e.Mentions {
			m.Span.Start += a.Span.Start
			m.Span.End += a.Span.Start
			if !insideRemoved(a, m.Span) {
				kept = append(kept, m)
			}
		}
		if len(kept) > 0 {
			e.Mentions = kept
			out = append(out, e)
		}
	}
	if out == nil {
		out = []Entity{}
	}
	// Mentions inside removed lines are gone, so an entity's first
	// mention may now come after another's: keep the order of first
	// mention that Entities promises.
	slices.SortStableFunc(out, func(x, y Entity) int { return x.Mentions[0].Span.Start - y.Mentions[0].Span.Start })
	return out
}

// insideRemoved reports whether sp lies inside a line the article
// removed; Removed is in input order.
func insideRemoved(a *Article, sp Span) bool {
	i := sort.Search(len(a.Removed), func(i int) bool { return a.Removed[i].Span.End >= sp.End })
	return i < len(a.Removed) && a.Removed[i].Span.Start <= sp.Start
}

// lineFate is what assemble makes of a line: nothing (a blank line, the
// headline, a caption, the byline), a paragraph, or a removal, for the
// line's own chrome reason or for one assemble gives.
type lineFate uint8

const (
	fateNone lineFate = iota
	fateParagraph
	fateChrome // the line's chrome reason
	fateLayout
	fateNavigation
	fateRepeatedTitle
	fateRepeatedCaption
)

// reason returns the Reason a line of fate f and chrome code c is removed
// for, or "" when the line is not removed.
func (f lineFate) reason(c chromeCode) Reason {
	switch f {
	case fateChrome:
		return c.reason()
	case fateLayout:
		return ReasonLayout
	case fateNavigation:
		return ReasonNavigation
	case fateRepeatedTitle:
		return ReasonRepeatedTitle
	case fateRepeatedCaption:
		return ReasonRepeatedCaption
	}
	return ""
}

// cutComments makes the readers' comments of a story chrome
// (ReasonComments): every line from the first one markComments marked to
// the story's end, the last comment's text included. A story whose
// comments come before any paragraph keeps them: the text is the
// comments, not a story under which they are printed.
func cutComments(story []line) {
	from, body := -1, false // the first comment line; a paragraph before it
	for j := range story {
		if l := &story[j]; l.comment() {
			from = j
			break
		} else if isBodyLine(l) && !l.title() {
			body = true
		}
	}
	if from < 0 || !body {
		return
	}
	code := chromeOf(ReasonComments)
	for j := from; j < len(story); j++ {
		if l := &story[j]; !l.blank() {
			l.chrome = code
			l.set(lineCaption|lineTitle|lineDotted, false)
		}
	}
}

// assemble builds the article of one story's lines. It decides each
// line's fate first and builds the paragraphs and removals after, so that
// each of the two slices is made once at its size: on a story of a
// million short lines, growing them by append would hold several copies
// at once.
func assemble(text string, story []line) Article {
	a := Article{
		Span:     Span{story[0].span.Start, story[len(story)-1].span.End},
		Captions: []Caption{},
	}
	fates := make([]lineFate, len(story))
	// The headline: the first headline-shaped line before any paragraph.
	title := -1
	top := true // no short label read yet: a headline that ends in a full stop may come
	for j := range story {
		l := &story[j]
		if l.blank() || l.chrome != 0 || l.caption() {
			continue
		}
		if isDateWords(l.text) || isTimestamp(l.text) || isNumericDate(strings.TrimSpace(l.text)) {
			continue // the date a blog prints over its post's headline
		}
		if l.title() || l.dotted() && top {
			title = j
			break
		}
		if l.words <= 3 && !l.ends() {
			top = false
			continue // a site or section label before the headline
		}
		break
	}
	var titleKey uint64
	if title >= 0 {
		a.Title, a.TitleSpan, titleKey = story[title].text, story[title].span, story[title].key
	}
	// The headline block ends at the first paragraph after the
	// headline; a line repeated inside it is a caption.
	headEnd := len(story)
	counts := map[uint64]int{}
	for j := title + 1; j < len(story); j++ {
		l := &story[j]
		if l.blank() || l.chrome != 0 || l.key == titleKey || l.caption() || isBylineLine(l.text) {
			if l.key != 0 {
				counts[l.key]++
			}
			continue
		}
		if j+1 < len(story) && story[j+1].key == l.key && l.key != 0 {
			counts[l.key]++
			continue
		}
		if counts[l.key] > 0 {
			counts[l.key]++
			continue
		}
		headEnd = j
		break
	}
	// Only a line of the headline block asks how often its key comes:
	// the rest of the story counts for those keys alone, so that the map
	// stays the size of the block.
	for j := headEnd; j < len(story); j++ {
		if k := story[j].key; k != 0 {
			if _, ok := counts[k]; ok {
				counts[k]++
			}
		}
	}
	capIndex := map[uint64]int{}
	var capKeys []string // wordKey of each caption, for repeatsCaption
	lastBody := -1
	nParagraphs, nRemoved := 0, 0
	for j := range story {
		l := &story[j]
		switch {
		case l.invisible():
			fates[j] = fateLayout
		case l.blank() || j == title:
		case l.chrome != 0:
			fates[j] = fateChrome
		case title >= 0 && l.key == titleKey:
			fates[j] = fateRepeatedTitle
		case capIndex[l.key] > 0 && l.key != 0:
			c := &a.Captions[capIndex[l.key]-1]
			c.Repeats++
			fates[j] = fateRepeatedCaption
		case len(a.Captions) > 0 && l.words <= 90 && repeatsCaption(a.Captions, capKeys, l.text):
			fates[j] = fateRepeatedCaption
		case l.caption() || j > title && j < headEnd && counts[l.key] > 1 && l.words >= 4:
			credit := "" // a line that is a caption by its repeats has no credit rule's word
			if l.caption() {
				credit = l.credit()
			}
			a.Captions = append(a.Captions, Caption{Text: l.text, Credit: credit, Repeats: 1, Span: l.span})
			k, _ := wordKey(l.text)
			capKeys = append(capKeys, k)
			if l.key != 0 {
				capIndex[l.key] = len(a.Captions)
			}
		case j < title || title < 0 && j < headEnd && l.words <= 3 && !l.ends() && nParagraphs == 0 && isLabelBeforeBody(story, j):
			fates[j] = fateNavigation // a site or section label
		case a.Byline == "" && nParagraphs == 0 && isBylineLine(l.text):
			a.Byline, _ = bylineOf(l.text, false)
			a.BylineSpan = l.span
		case l.words <= 3 && !l.ends() && labelOfChrome(story, j):
			fates[j] = fateNavigation
		default:
			fates[j] = fateParagraph
			nParagraphs++
			lastBody = j
		}
		if fates[j] > fateParagraph {
			nRemoved++
		}
	}
	a.Paragraphs = make([]Paragraph, 0, nParagraphs)
	a.Removed = make([]Removed, 0, nRemoved)
	for j, f := range fates {
		l := &story[j]
		switch f {
		case fateNone:
		case fateParagraph:
			a.Paragraphs = append(a.Paragraphs, Paragraph{Text: l.text, Span: l.span})
		default:
			a.Removed = append(a.Removed, Removed{Text: l.text, Reason: f.reason(l.chrome), Span: l.span})
		}
	}
	// The story's end: an agency credit ("– with AFP") or a name
	// stranded after the last paragraph.
	for len(a.Paragraphs) > 0 {
		lp := a.Paragraphs[len(a.Paragraphs)-1]
		if after := trailingOnlyChrome(story, lastBody); !after {
			break
		}
		if src, ok := agencyCredit(lp.Text); ok && a.Source == "" && (strings.ContainsAny(lp.Text, "-–—(") || strings.HasPrefix(strings.ToLower(lp.Text), "with") || countWords(lp.Text) <= 3) {
			a.Source, a.SourceSpan = src, lp.Span
			a.Paragraphs = a.Paragraphs[:len(a.Paragraphs)-1]
			lastBody = prevBody(story, lastBody)
			continue
		}
		if name, ok := bylineOf(lp.Text, true); ok && a.Byline == "" && len(a.Paragraphs) > 1 {
			a.Byline, a.BylineSpan = name, lp.Span
			a.Paragraphs = a.Paragraphs[:len(a.Paragraphs)-1]
			lastBody = prevBody(story, lastBody)
			continue
		}
		break
	}
	// The dateline of the first paragraph.
	if len(a.Paragraphs) > 0 {
		p := &a.Paragraphs[0]
		if n, place, agency := datelineOf(p.Text); n > 0 && n < len(p.Text) {
			raw := text[p.Span.Start:p.Span.End]
			if off := rawOffset(raw, p.Text, n); off > 0 {
				a.Dateline = place
				a.DatelineSpan = Span{p.Span.Start, p.Span.Start + off}
				if agency != "" && a.Source == "" {
					a.Source = agency
					a.SourceSpan = a.DatelineSpan
				}
				p.Text = p.Text[n:]
				p.Span.Start += off
			}
		}
	}
	if len(a.Paragraphs) > 0 {
		a.Truncated = !endsSentence(a.Paragraphs[len(a.Paragraphs)-1].Text)
	}
	return a
}

// isLabelBeforeBody reports whether a short line at j comes before any
// paragraph of the story.
func isLabelBeforeBody(story []line, j int) bool {
	for k := j + 1; k < len(story); k++ {
		l := &story[k]
		if l.blank() || l.chrome != 0 || l.caption() {
			continue
		}
		return l.words > 3 || l.title()
	}
	return false
}

// labelOfChrome reports whether the short line at j is named by a chrome
// line next to it ("World" beside "Don't miss out on the headlines from
// World."): a section label.
func labelOfChrome(story []line, j int) bool {
	for _, k := range []int{j - 1, j + 1} {
		for k >= 0 && k < len(story) && story[k].blank() {
			if k < j {
				k--
			} else {
				k++
			}
		}
		if k < 0 || k >= len(story) || story[k].chrome == 0 {
			continue
		}
		if strings.Contains(story[k].text, story[j].text) {
			return true
		}
	}
	return false
}

// trailingOnlyChrome reports whether every content line after j is chrome.
func trailingOnlyChrome(story []line, j int) bool {
	for k := j + 1; k < len(story); k++ {
		if !story[k].blank() && story[k].chrome == 0 {
			return false
		}
	}
	return true
}

// prevBody returns the last paragraph line before j.
func prevBody(story []line, j int) int {
	for k := j - 1; k >= 0; k-- {
		if !story[k].blank() && story[k].chrome == 0 {
			return k
		}
	}
	return -1
}

// rawOffset returns the byte offset in raw where the cleaned text
// clean[n:] begins, given Clean(raw) == clean and a break after a space at
// clean[n-1]; it returns 0 when the offset cannot be found.
func rawOffset(raw, clean string, n int) int {
	want := strings.TrimRight(clean[:n], " ")
	for p := 0; p <= len(raw) && p <= 4*n+16; p++ {
		if p < len(raw) && !utf8.RuneStart(raw[p]) {
			continue
		}
		if Clean(raw[:p]) != want {
			continue
		}
		// Skip the white space after the dateline in raw.
		q := p
		for q < len(raw) {
			r, size := utf8.DecodeRuneInString(raw[q:])
			if !invisible(r) {
				break
			}
			q += size
		}
		if q < len(raw) && Clean(raw[q:min(len(raw), q+64)]) != "" && strings.HasPrefix(clean[n:], firstRunes(Clean(raw[q:min(len(raw), q+64)]), 8)) {
			return q
		}
	}
	return 0
}

// firstRunes returns the first k runes of s.
func firstRunes(s string, k int) string {
	for i := range s {
		if k == 0 {
			return s[:i]
		}
		k--
	}
	return s
}

// isTeaserList reports whether lines hold a list of teaser snippets
// rather than stories: at least three snippets of at most 700 bytes, few
// of them headline-shaped, no captions or repeated lines (the marks of a
// story's headline block), not two lines that go on with the sentence of
// the line above (continuedLines), and either few neighbours that share
// vocabulary or several snippets cut mid-sentence; with none cut, no more
// than half of the lines may share words with all the others together
// (restLinked). The paragraphs of a
// story share names and words (on the segment dev set 21% or more of
// neighbouring pairs have cosine above 0.1, usually 40%); snippets of
// different stories seldom do, unless the stories share a topic (seed
// 003), and then the cut snippets give the list away.
func isTeaserList(lines []line, lex *lexicon) bool {
	var body []*line
	var at []int // the index of each body line
	chrome := 0
	seen := map[uint64]bool{}
	for j := range lines {
		l := &lines[j]
		switch {
		case l.blank():
			continue
		case l.chrome != 0:
			chrome++
			continue
		case l.caption() || seen[l.key] || len(l.text) > 700:
			return false
		}
		seen[l.key] = true
		body = append(body, l)
		at = append(at, j)
	}
	n := len(body)
	if n < 3 || chrome > n/2 {
		return false
	}
	a, b := lex.scratchVectors()
	pairCosine := func(x, y int) float64 { // of body lines x and y
		a.reset()
		b.reset()
		a.addLine(at[x], nil)
		b.addLine(at[y], nil)
		return a.cosine(b)
	}
	// Headlines make a dump of stories, or an article of sections. A
	// headline-shaped line that stops with no mark at all and shares no
	// word with the line after it heads nothing: in a list of snippets
	// it is a snippet cut mid-sentence.
	titles, heading := 0, 0
	for k, l := range body {
		if !l.title() {
			continue
		}
		titles++
		if strings.HasSuffix(l.text, "?") || strings.HasSuffix(l.text, "!") || k+1 < n && pairCosine(k, k+1) > 0 {
			heading++
		}
	}
	if heading > max(1, n/3) {
		return false
	}
	// cutTitles: the lines are a list only if the headline-shaped lines
	// that head nothing are snippets; then the lines must not share names.
	cutTitles := titles > max(1, n/3)
	first := 0
	for first < n-2 && body[first].words <= 3 && !body[first].ends() {
		first++ // a site or section label
	}
	// A headline shares words with the paragraphs that tell its story,
	// if not with the first then with the second (the lead may speak of
	// the subject in other words: "Gaming used to be so simple" under a
	// headline on game streaming). Only the first may tie a line that
	// opens with a dateline: that line is more often a teaser's lead,
	// whose words the next teaser shares by chance.
	if h := body[first]; h.title() && !endsInEllipsis(h.text) &&
		(pairCosine(first, first+1) > 0 || n > first+2 && pairCosine(first, first+2) > 0 && !opensWithDateline(h.text)) {
		return false
	}
	// A headline with its byline or its date in the lines around it,
	// before the first paragraph ("Posted on November 1, 2012", "by Max
	// Fisher on October 29, 2012 at 6:48 pm", "Laura Beck" alone) heads
	// a story: a list of teasers dates or signs its snippets, if at all,
	// under each.
	if headerBlock(lines, body, at) {
		return false
	}
	// A paragraph that opens with a pronoun for someone named before it
	// or with a connective goes on from the one before: the lines are a
	// story's paragraphs, not the leads of several stories, which open
	// with their subject's name.
	// Bulleted and numbered lines are the items of a list inside a story
	// ("• Amazon Kindle", "#1: No underachieving."): none of the 4,087
	// lines of the teaser lists of the segment sets opens with a bullet,
	// none of the 894 of the fit sets with a number.
	// So do two paragraphs or more whose first sentence speaks of
	// someone by a pronoun before it names anyone ("The scene brought
	// him no comfort"): a lead names its subject first. Of 484 teaser
	// lists of the segment sets none has two such lines.
	// A byline heads a story: a list of teasers prints one under every
	// card or none, so a single "By …" line makes the lines a story.
	bylines := 0
	for _, l := range body {
		if isBylineLine(l.text) {
			bylines++
		}
	}
	if bylines == 1 {
		return false
	}
	// A teaser is a story's lead cut to its first sentence or two; a
	// line of three sentences or more is a paragraph. Two of them make
	// the lines a story's, however little vocabulary they share.
	paragraphs := 0
	for _, l := range body {
		if hasSentences(l.text, 3) {
			paragraphs++
		}
	}
	if paragraphs >= 2 {
		return false
	}
	// A line that opens in lower case right under one that ends no
	// sentence goes on with that sentence: a paragraph hard-wrapped too
	// short for the wrap to tell (splitLines). Teasers are sentences, each
	// opening with a capital: none of the 441 teaser lists of the fit sets
	// has such a line.
	if continuedLines(lines, at) >= 2 {
		return false
	}
	items, refers := 0, 0
	for _, l := range body[first+1:] {
		if start, end, ok := scanWord(l.text, 0); ok && inLower(continuesWords, l.text[start:end]) {
			return false
		}
		if bulleted(l.text) || numberedItem(l.text) {
			items++
		}
		if refersBack(l.text) {
			refers++
		}
	}
	if items >= 2 || refers >= 2 {
		return false
	}
	related, cut, short := 0, 0, 0
	for k, l := range body {
		if k > 0 && pairCosine(k-1, k) > 0.1 {
			related++
		}
		if l.words >= 15 && !endsSentence(l.text) {
			cut++
		}
		if l.words < 10 {
			short++
		}
	}
	// Snippets are sentences: when two lines in three are short ones
	// (names, an address, a list of words), the lines are no list of
	// snippets.
	if 3*short > 2*n {
		return false
	}
	var list bool
	if float64(related) <= 0.25*float64(n-1) {
		// Few neighbours share words. In a script written without
		// spaces between words (Chinese, Japanese, Thai), the words are
		// whole phrases and never repeat: that says nothing.
		list = !unspacedScript(body)
	} else {
		// Snippets of stories on one topic share words, but a story's
		// paragraphs are never cut mid-sentence, and a story has
		// headlines and short lines where a list of snippets has none.
		list = cut >= 2 && short == 0 && float64(related) <= 0.8*float64(n-1)
	}
	if !list {
		return false
	}
	// A story's paragraphs each take up words of the others, which a
	// long paragraph may share with no single neighbour: "plague" with
	// the lead, "Inner Mongolia" with the third, "commission" with the
	// fourth. When no line is a snippet cut mid-sentence (the mark of a
	// list, whatever its words: seed 003's snippets all speak of Ukraine)
	// and more than half of the lines share words with all the others
	// together (restLinked), the lines are one story. Of the 134 files
	// of the fit dumps (dev, m2, m5, m6, s31, s32) that the rules above
	// take for teaser lists, none has more than two lines in five that
	// do; one of the 124 of the check dumps does (s42).
	if cut == 0 && 2*restLinked(lex, at, a, b) > n {
		return false
	}
	// Where headline-shaped lines were taken for snippets cut short, they
	// may instead be a story's paragraphs that lost their full stops: a
	// story's paragraphs share its names with some other paragraph, even
	// far apart, and snippets of different stories seldom do.
	// The same holds where no snippet is cut at all: then nothing but the
	// vocabulary says the lines are snippets, and it must say so far apart
	// as well as between neighbours. Where a snippet is cut, three lines
	// in four that share names with another still make a story (a tweet
	// pasted into it stops with no mark).
	// Where no two neighbours share a word at all, the links far apart
	// are snippets of one topic met again (two on Stadia, two on a band's
	// tour): they count only if they tie most lines into one group, as a
	// story's subject ties its paragraphs.
	linked := linkedLines(lex, at, a, b) // n cosines or more: only when the rest says list
	return !cutTitles && cut > 0 && 4*linked < 3*n || 2*linked <= n ||
		related == 0 && 2*largestLinkedGroup(lex, at, a, b) <= n
}

// opensWithDateline reports whether s opens with a dateline ("BUFFALO,
// N.Y. —"), as a story's lead does and a headline never.
func opensWithDateline(s string) bool {
	n, _, _ := datelineOf(s)
	return n > 0
}

// maxHeaderLines is how many lines headerBlock reads before the first
// paragraph.
const maxHeaderLines = 4

// headerBlock reports whether the body lines of a teaser-list candidate
// (body, at their indexes at in lines) open with a story's header: among
// the lines before the first paragraph (the first sentence of leadWords
// words or more; maxHeaderLines body lines at most, chrome between them
// included), a headline-shaped one and another that holds a date
// (holdsDate), is a byline, or is a person's name alone (isPersonAlone);
// or, the headline lost, a date and a byline or name. A section's label
// over a date ("Latest News", "November 9, 2012") passes for a header too:
// telling labels from short headlines split more real articles (on the
// Dragnet texts) than it kept teaser lists.
func headerBlock(lines []line, body []*line, at []int) bool {
	k := 0 // the first paragraph
	for k < len(body) && !(body[k].words >= leadWords && body[k].ends()) {
		k++
	}
	if k == len(body) || k > maxHeaderLines {
		return false
	}
	headline, dated, signed := false, false, false
	for j := 0; j < at[k]; j++ {
		l := &lines[j]
		switch {
		case l.blank():
		case holdsDate(l.text):
			dated = true // before the headline's test: a date alone is headline-shaped
		case isBylineLine(l.text) || isPersonAlone(l.text):
			signed = true
		case l.title():
			headline = true
		}
	}
	return headline && (dated || signed) || dated && signed
}

// isPersonAlone reports whether the line s is a person's name and nothing
// else, as an author's name stands under a headline: name-shaped
// (isNameShaped) with a given name first ("Laura Beck"), or initials and
// a capitalised word that heads no body ("A.J. Daulerio"; not "U.S.
// Navy").
func isPersonAlone(s string) bool {
	first := firstField(s)
	if isNameShaped(s) && isGivenName(first) {
		return true
	}
	rest := strings.TrimSpace(s[strings.Index(s, first)+len(first):])
	return isInitials(first) && strings.Count(first, ".") > 1 && rest != "" && !strings.ContainsAny(rest, " \t") &&
		isNameShaped("A. "+rest) && !inLower(orgWords, rest) && !inLower(placeWords, rest)
}

// numberedItem reports whether the line s opens with the number of a list's
// item: one or two digits after an optional "#", then ".", ")" or ":"
// and a space ("1. ", "#2: ", "10) ").
func numberedItem(s string) bool {
	s = strings.TrimPrefix(s, "#")
	i := 0
	for i < len(s) && i < 3 && isDigit(s[i]) {
		i++
	}
	return i > 0 && i <= 2 && i+1 < len(s) && strings.IndexByte(".):", s[i]) >= 0 && s[i+1] == ' '
}

// bulleted reports whether the line s opens with a bullet: "•", "·",
// "▪", "●", "◦", "‣", or "*", "-" or "–" and a space.
func bulleted(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '▪', '●', '◦', '‣':
		return true
	case '*', '-', '–':
		return strings.HasPrefix(s[size:], " ")
	}
	return false
}

// continuesWords open a paragraph that goes on from the one before: the
// third-person pronouns, the connectives of English ("He added …", "But
// …", "Still, …") and the demonstratives that point back ("That is a
// fair point", "These rules …"). None of the 140 teaser lists of the
// segment sets has a line that opens with one; "This" is left out: 42 of
// the 894 lines of the teaser lists of the fit sets open with it ("This
// week …"), none with "That", "These" or "Those".
var continuesWords = setOf(thirdPersonPronouns + " but and so yet still however meanwhile instead also moreover furthermore indeed that these those that’s that's")

// thirdPersonPronouns are the third-person personal pronouns of English,
// the reflexives aside.
const thirdPersonPronouns = "he she they his her their him them"

// backPronouns are the third-person personal pronouns: one of them in a
// paragraph's first sentence before any name speaks of someone the text
// named before (see refersBack).
var backPronouns = setOf(thirdPersonPronouns + " himself herself themselves")

// refersBack reports whether the first sentence of the line s holds a
// pronoun of backPronouns before any capitalised word after its first.
func refersBack(s string) bool {
	var buf [48]token
	ws := appendTokens(buf[:0], s)
	for k, w := range ws {
		if k > 0 && w.sentStart {
			return false // the first sentence ended
		}
		if inLower(backPronouns, w.in(s)) {
			return true
		}
		if k > 0 && w.upper && w.in(s) != "I" {
			return false // a name first
		}
	}
	return false
}

// linkedWindow is how many lines on each side linkedLines compares a
// line with: all of them in a list of up to 2×linkedWindow+1 lines, which
// is every list of snippets a page shows, and a bounded number in a
// longer one, so that the work stays linear.
const linkedWindow = 50

// linkCosine is the cosine above which linkedLines and largestLinkedGroup
// (words weighted by idf) take two lines to share vocabulary, and
// restLinked (plain counts) a line and the rest of the lines.
const linkCosine = 0.1

// linkedLines returns how many of the lines at share vocabulary with
// another of them: a cosine above linkCosine of their words weighted by
// inverse line frequency, so that shared names count and shared common
// words ("said", "Tuesday") do not. a and b are scratch vectors over lex.
func linkedLines(lex *lexicon, at []int, a, b *vector) int {
	idf := lex.idf()
	linked := 0
	for x := range at {
		a.reset()
		a.addLine(at[x], idf)
		for y := max(0, x-linkedWindow); y < min(len(at), x+linkedWindow+1); y++ {
			if y == x {
				continue
			}
			b.reset()
			b.addLine(at[y], idf)
			if a.cosine(b) > linkCosine {
				linked++
				break
			}
		}
	}
	return linked
}

// continuedLines returns how many of the lines at open with a lower-case
// letter right under another of them that ends no sentence, with no
// blank or chrome line between (at holds neither).
func continuedLines(lines []line, at []int) int {
	n := 0
	for k := 1; k < len(at); k++ {
		prev, l := &lines[at[k-1]], &lines[at[k]]
		if at[k] != at[k-1]+1 || prev.ends() {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(l.text); unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// restLinked returns how many of the lines at share vocabulary with all
// the others together: a cosine above linkCosine between a line's content
// words l and the rest r = w − l, w being the words of all the lines,
// counted plainly (with the few lines of a list, inverse line frequency
// says little). With the whole's vector built once, l·r = l·w − l·l and
// r·r = w·w − 2 l·w + l·l, so the work is linear in the lines' words. at
// holds each line once; a and b are scratch vectors over lex.
func restLinked(lex *lexicon, at []int, a, b *vector) int {
	a.reset()
	for _, i := range at {
		a.addLine(i, nil)
	}
	linked := 0
	for _, i := range at {
		b.reset()
		b.addLine(i, nil)
		dot := 0.0 // of the line and the whole
		for _, id := range b.held {
			dot += a.w[id] * b.w[id]
		}
		// The rest is the whole less the line: its dot with the line and
		// its squared norm follow from the whole's.
		restDot := dot - b.norm
		restNorm := a.norm - 2*dot + b.norm
		if restDot > 0 && restNorm > 0 && restDot/math.Sqrt(b.norm*restNorm) > linkCosine {
			linked++
		}
	}
	return linked
}

// largestLinkedGroup returns the size of the largest group of the lines
// at linked as linkedLines links them, directly or through others of the
// group (within linkedWindow lines of each other).
func largestLinkedGroup(lex *lexicon, at []int, a, b *vector) int {
	idf := lex.idf()
	parent := make([]int, len(at)) // union-find over the groups
	for x := range parent {
		parent[x] = x
	}
	root := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for x := range at {
		a.reset()
		a.addLine(at[x], idf)
		for y := x + 1; y < min(len(at), x+linkedWindow+1); y++ {
			if root(x) == root(y) {
				continue // nothing to learn
			}
			b.reset()
			b.addLine(at[y], idf)
			if a.cosine(b) > linkCosine {
				parent[root(y)] = root(x)
			}
		}
	}
	size := make([]int, len(at))
	largest := 0
	for x := range at {
		r := root(x)
		size[r]++
		largest = max(largest, size[r])
	}
	return largest
}

// unspacedScript reports whether most letters of lines are of a script
// written without spaces between words (Han, Hiragana, Katakana, Thai,
// Lao, Khmer, Myanmar), whose lines the lexicon cannot cut into words.
func unspacedScript(lines []*line) bool {
	unspaced, letters := 0, 0
	for _, l := range lines {
		for _, r := range l.text {
			if r < utf8.RuneSelf { // no script of the list has an ASCII letter
				if 'a' <= r|0x20 && r|0x20 <= 'z' {
					letters++
				}
				continue
			}
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
				unspaced++
			}
		}
	}
	return 2*unspaced > letters
}

// isCut reports whether a snippet stops mid-sentence: no closing
// punctuation, or an ellipsis.
func isCut(s string) bool {
	t := strings.TrimRight(s, " ")
	return !endsSentence(t) || strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
}

// endsInEllipsis reports whether s ends in an ellipsis, the mark of a
// snippet cut short ("… do indeed...").
func endsInEllipsis(s string) bool {
	t := strings.TrimRight(s, " ")
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
}

// teasers returns one article per snippet of a teaser list. Chrome lines
// between snippets are reported in the article of the snippet before
// them (the first snippet's, for chrome at the top).
func teasers(text string, story []line, p *Parser) []Article {
	var out []Article
	var pending []Removed
	for j := range story {
		l := &story[j]
		if l.blank() && !l.invisible() {
			continue
		}
		if l.chrome != 0 || l.invisible() {
			reason := l.chrome.reason()
			if l.invisible() {
				reason = ReasonLayout
			}
			r := Removed{Text: l.text, Reason: reason, Span: l.span}
			if len(out) == 0 {
				pending = append(pending, r)
			} else {
				a := &out[len(out)-1]
				a.Removed = append(a.Removed, r)
				a.Span.End = l.span.End
			}
			continue
		}
		a := Article{
			Span:       l.span,
			Teaser:     true,
			Truncated:  isCut(l.text),
			Paragraphs: []Paragraph{{Text: l.text, Span: l.span}},
			Captions:   []Caption{},
			Removed:    []Removed{},
		}
		if l.caption() {
			a.Paragraphs = []Paragraph{}
			a.Captions = []Caption{{Text: l.text, Credit: l.credit(), Repeats: 1, Span: l.span}}
		}
		if len(out) == 0 && len(pending) > 0 {
			a.Removed = pending
			a.Span.Start = pending[0].Span.Start
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return []Article{assemble(text, story)}
	}
	for i := range out {
		out[i].Entities, out[i].Quotes = p.storyEntitiesAndQuotes(text, &out[i])
	}
	return out
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) }

// apply sets the lines' classes the markup decides, and returns the
// indexes of the lines that open stories.
func (lay *layout) apply(lines []line) []int {
	var starts []int
	var caption, story, head offsetCursor
	first := true
	for i := range lines {
		l := &lines[i]
		if l.blank() {
			continue
		}
		l.set(lineTitle, lay.title && first)
		l.set(lineDotted, l.title())
		first = false
		l.set(lineCaption, false) // the markup says which lines are captions
		if head.at(lay.heads, l.span.Start) {
			l.set(lineTitle, true)
			l.set(lineDotted, true)
		}
		if caption.at(lay.captions, l.span.Start) {
			l.chrome = 0
			l.set(lineCaption, true)
			l.set(lineTitle, false)
			l.set(lineDotted, false)
		}
		if story.at(lay.stories, l.span.Start) || len(starts) == 0 {
			starts = append(starts, i)
		}
	}
	return starts
}

// offsetCursor walks an ascending list of offsets alongside ascending
// line starts.
type offsetCursor int

// at reports whether offs holds off, moving the cursor past the offsets
// below off. Successive calls must pass ascending values of off.
func (c *offsetCursor) at(offs []int, off int) bool {
	for int(*c) < len(offs) && offs[*c] < off {
		*c++
	}
	return int(*c) < len(offs) && offs[*c] == off
}
