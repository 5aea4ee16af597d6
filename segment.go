package newstext

import (
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A line of the input, with what the line rules found in it.
type line struct {
	span    Span   // the line without its terminator
	text    string // Clean of the line
	words   int
	blank   bool
	chrome  Reason  // why the line is page chrome, or ""
	caption bool    // the line is a photo caption
	credit  string  // the caption's credit
	title   bool    // the line is shaped like a headline
	ends    bool    // the line ends as a sentence does
	key     uint64  // hash of Fold(text), for lines short enough to repeat
	bag     []int32 // the line's content words, as lexicon ids
}

// splitLines returns the lines of text with their spans. Lines end at
// "\n", "\r\n" or a lone "\r"; the terminator is in no line's span.
func splitLines(text string) []line {
	var out []line
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '\n' && c != '\r' {
			continue
		}
		out = append(out, line{span: Span{start, i}})
		if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(text) {
		out = append(out, line{span: Span{start, len(text)}})
	}
	return out
}

// maxRepeatLen is the longest line, in bytes, that the repeat rules
// compare (captions and headlines are shorter).
const maxRepeatLen = 600

var seed = maphash.MakeSeed()

// foldKey returns maphash.String(seed, foldClean(s)) without building the
// folded string.
func foldKey(s string) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	var buf [256]byte
	n := 0
	for _, r := range s {
		if n+8 > len(buf) {
			h.Write(buf[:n])
			n = 0
		}
		if r < utf8.RuneSelf {
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			continue
		}
		n += appendFoldRune(buf[n:n], r)
	}
	h.Write(buf[:n])
	return h.Sum64()
}

// lexicon interns the content words of a text: each distinct word (as
// appendWordHashes hashes it) gets a small integer id, so that the
// vectors cohesion compares are arrays, not maps.
type lexicon struct {
	ids   map[uint64]int32
	df    []int32 // how many lines hold each word
	lines int     // how many lines were read
}

// idf returns the inverse line frequency, log(1 + N/df), of every word.
func (x *lexicon) idf() []float64 {
	out := make([]float64, len(x.df))
	n := float64(x.lines)
	for id, d := range x.df {
		out[id] = math.Log(1 + n/float64(d))
	}
	return out
}

// analyse fills in the line rules' findings for every line, and returns
// the lexicon of the lines' content words.
func analyse(text string, lines []line) *lexicon {
	x := &lexicon{ids: map[uint64]int32{}}
	var hashes []uint64
	var arena []int32
	var lastLine []int32 // per word id: the last line that counted it, plus one
	for i := range lines {
		l := &lines[i]
		l.text = Clean(text[l.span.Start:l.span.End])
		if l.text == "" {
			l.blank = true
			continue
		}
		l.words = countWords(l.text)
		l.ends = endsSentence(l.text)
		switch {
		case l.words <= maxChromeWords:
			f := foldClean(l.text)
			l.key = maphash.String(seed, f)
			l.chrome = chromeReasonOf(l.text, f, l.words)
		case len(l.text) <= maxRepeatLen:
			l.key = foldKey(l.text)
		}
		if l.chrome == "" {
			l.credit, l.caption = captionCreditOf(l.text, l.words)
		}
		l.title = l.chrome == "" && !l.caption && isTitleShaped(l.text, l.words)
		if l.chrome != "" {
			continue
		}
		hashes = appendWordHashes(hashes[:0], l.text)
		start := len(arena)
		for _, h := range hashes {
			id, ok := x.ids[h]
			if !ok {
				id = int32(len(x.df))
				x.ids[h] = id
				x.df = append(x.df, 0)
				lastLine = append(lastLine, 0)
			}
			if lastLine[id] != int32(i+1) {
				lastLine[id] = int32(i + 1)
				x.df[id]++
			}
			arena = append(arena, id)
		}
		l.bag = arena[start:len(arena):len(arena)]
		x.lines++
	}
	return x
}

// isTitleShaped reports whether s could be a headline: two to thirty
// words, no more than 250 bytes, starting with a capital, a digit or a
// quotation mark, not ending as a sentence or on a comma, colon or a
// function word (a snippet cut mid-sentence ends "… in the"), and with no
// dateline.
func isTitleShaped(s string, n int) bool {
	if n < 2 || n > 30 || len(s) > 250 {
		return false
	}
	// A headline may end in a question or exclamation mark, but a full
	// stop or an ellipsis (inside closing quotes too) ends a sentence or
	// a cut snippet.
	t := strings.TrimRight(s, " \"'”’)»]*")
	if t == "" || strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") || strings.HasSuffix(t, "…") {
		return false
	}
	switch s[len(s)-1] {
	case ',', ';', ':', '-':
		return false
	}
	first := []rune(s[:min(len(s), 4)])[0]
	if !(isUpperRune(first) || isDigit(byte(first)) || strings.ContainsRune("\"'“‘«¿¡[(", first)) {
		return false
	}
	ws := words(s)
	if len(ws) > 0 && danglingWords[strings.ToLower(ws[len(ws)-1])] && !strings.HasSuffix(s, "?") {
		return false
	}
	return true
}

// danglingWords cannot end a headline: a line that ends on one was cut
// mid-sentence ("… sending a contingent to Ukraine in the").
var danglingWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"by": true, "for": true, "with": true, "from": true, "and": true, "or": true, "but": true,
	"as": true, "into": true, "that": true, "than": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "your": true, "my": true, "which": true, "who": true, "whose": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "could": true, "should": true,
	"this": true, "these": true, "those": true, "about": true, "between": true, "after": true,
}

// storyBreak holds the evidence for a story starting at a content line.
type storyBreak struct {
	line  int     // index into lines
	score float64 // evidence; a break is kept at breakThreshold or more
}

// breakThreshold is the evidence a title-shaped line needs to open a new
// story. The weights in scoreBreak were set on the segment dev set and
// checked on sets generated with other seeds.
const breakThreshold = 3.0

// segment returns the index of the first line of each story in lines
// (content lines only; the first story starts at the first line).
func segment(lines []line, lex *lexicon) []int {
	content := make([]int, 0, len(lines))
	for i := range lines {
		if !lines[i].blank {
			content = append(content, i)
		}
	}
	if len(content) == 0 {
		return nil
	}
	starts := []int{0}
	// Headlines that footers name ("Originally published as <title>")
	// start stories for certain.
	named := map[uint64]bool{}
	for _, i := range content {
		if lines[i].chrome == ReasonFooter {
			if t, ok := footerTitle(lines[i].text); ok {
				named[maphash.String(seed, Fold(t))] = true
			}
		}
	}
	idf := lex.idf()
	story := newVector(len(idf)) // the words of the current story
	after := newVector(len(idf)) // the words after a candidate
	var titles []uint64          // headlines of the current story
	last, hasBody := 0, false    // where the current story starts; whether it has a paragraph
	for ci := 0; ci < len(content); ci++ {
		l := &lines[content[ci]]
		if ci > 0 && l.title && hasBody && !slices.Contains(titles, l.key) {
			if scoreBreak(lines, content, ci, last, named, idf, story, after, nil) >= breakThreshold {
				starts = append(starts, content[ci])
				last, titles, hasBody = ci, titles[:0], false
				story.reset()
			}
		}
		switch {
		case l.title && !hasBody:
			titles = append(titles, l.key)
		case isBodyLine(l):
			hasBody = true
		}
		if l.chrome == "" && !l.caption {
			story.add(l.bag, idf)
		}
	}
	return starts
}

// isBodyLine reports whether l can be a paragraph of running text: not
// chrome, not a caption, and not a short label.
func isBodyLine(l *line) bool {
	return !l.blank && l.chrome == "" && !l.caption && (l.words > 3 || l.ends)
}

// footerTitle returns the headline named in a republication footer.
func footerTitle(s string) (string, bool) {
	f := strings.ToLower(s)
	for _, p := range []string{"originally published as ", "this story was first published as ", "first published as "} {
		if strings.HasPrefix(f, p) {
			return strings.TrimSpace(s[len(p):]), true
		}
	}
	return "", false
}

// scoreBreak weighs the evidence that the title-shaped content line ci
// opens a new story. last is the content index where the current story
// starts.
func scoreBreak(lines []line, content []int, ci, last int, named map[uint64]bool, idf []float64, story, after *vector, why *[]string) float64 {
	l := &lines[content[ci]]
	score := 0.0
	add := func(cue string, w float64) {
		score += w
		if why != nil {
			*why = append(*why, fmt.Sprintf("%s%+.2g", cue, w))
		}
	}
	if named[l.key] {
		add("named", 4)
	}
	// The headline block: captions, widget lines and the headline again
	// between the headline and the first paragraph. When the block runs
	// into another headline-shaped line, it is the junk that closes this
	// story, not the block that opens one.
	head, body := 0.0, -1
	repeated, closing := false, false
	for cj := ci + 1; cj < len(content) && cj <= ci+8; cj++ {
		m := &lines[content[cj]]
		switch {
		case m.key == l.key:
			head += 3
			repeated = true
		case m.caption:
			head += 2
		case m.chrome == ReasonFooter:
			closing = true // "Originally published as …" ends a story
		case m.chrome == ReasonWidget || m.chrome == ReasonAdvert || m.chrome == ReasonPromo:
			head++
		case m.chrome != "":
			// Navigation and related links close stories as often
			// as they open them.
		case isBylineLine(m.text):
			head += 2
		default:
			body = cj
		}
		if body >= 0 || closing {
			break
		}
	}
	if !repeated && body >= 0 && head > 0 && lines[content[body]].title && lines[content[body]].words > 3 && content[body]-content[body-1] > 1 {
		head = 0
	}
	if closing && !repeated {
		add("closing", -3)
	}
	if head > 0 {
		add("head", 1.5+math.Min(head, 2.5))
	}
	// The story before it ended: a footer, a credit, a byline or the end
	// of the text before.
	prev := &lines[content[ci-1]]
	switch {
	case prev.chrome == ReasonFooter || prev.chrome == ReasonPromo:
		add("after-footer", 2)
	case prev.chrome == ReasonNavigation || prev.chrome == ReasonWidget || prev.chrome == ReasonLayout:
		add("after-chrome", 1.5)
	case isEndCredit(prev.text):
		add("after-credit", 2)
	}
	// Blank lines before it.
	gap := content[ci] - content[ci-1] - 1
	switch {
	case gap >= 2:
		add("gap2", 1.5)
	case gap == 1:
		add("gap1", 0.5)
	}
	if body < 0 && ci+1 < len(content) {
		body = ci + 1
	}
	if body >= 0 {
		bl := &lines[content[body]]
		if n, _, _ := datelineOf(bl.text); n > 0 {
			add("dateline", 2)
		}
		if bl.words < 8 && !bl.ends {
			add("list", -1) // a heading followed by another short line: a list
		}
	}
	// Its shape: a headline has a handful of words; subheadings inside a
	// story are shorter.
	switch {
	case l.words <= 3:
		add("short", -2)
	case l.words <= 4:
		add("shortish", -1)
	case l.words >= 6:
		add("long", 0.5)
	}
	if strings.HasPrefix(strings.TrimLeft(l.text, "0123456789"), ". ") || strings.HasPrefix(l.text, "•") {
		add("item", -2) // a numbered or bulleted list item
	}
	// Lexical cohesion: the words of the text before and after the line.
	sim := cohesion(lines, content, ci, idf, story, after)
	switch {
	case sim < 0.04:
		add("sim<.04", 1.5)
	case sim < 0.08:
		add("sim<.08", 1)
	case sim < 0.12:
		add("sim<.12", 0.25)
	case sim > 0.25:
		add("sim>.25", -1.5)
	case sim > 0.18:
		add("sim>.18", -0.75)
	}
	return score
}

// isBylineLine reports whether s is a "By …" byline.
func isBylineLine(s string) bool {
	_, ok := bylineOf(s, false)
	return ok
}

// isEndCredit reports whether s can close a story: an agency credit or a
// name on its own.
func isEndCredit(s string) bool {
	if _, ok := agencyCredit(s); ok {
		return true
	}
	return isNameShaped(s)
}

// cohesionWindow is the number of content lines after a candidate
// headline whose words are compared with the story before it.
const cohesionWindow = 6

// cohesion returns the cosine similarity, with words weighted by their
// inverse line frequency in the text, of the words of the current story
// before content line ci and of the cohesionWindow lines after it (which
// it collects in after). Weighting by line frequency makes words that
// every story of a dump uses ("said", "year") count for little and a
// story's own names count most.
func cohesion(lines []line, content []int, ci int, idf []float64, story, after *vector) float64 {
	after.reset()
	for k, n := ci+1, 0; k < len(content) && n < cohesionWindow; k++ {
		l := &lines[content[k]]
		if l.chrome != "" || l.caption {
			continue
		}
		after.add(l.bag, idf)
		n++
	}
	return story.cosine(after)
}

// vector is a bag of weighted words indexed by lexicon id, with the ids
// it holds and its squared norm kept up to date, so that a story's vector
// grows line by line and resets in time proportional to what it holds.
type vector struct {
	w    []float64
	held []int32
	norm float64 // sum of squared weights
}

func newVector(n int) *vector { return &vector{w: make([]float64, n)} }

// add adds the words of bag, each weighted by weight[id] (or 1 when
// weight is nil).
func (v *vector) add(bag []int32, weight []float64) {
	for _, id := range bag {
		x := v.w[id]
		if x == 0 {
			v.held = append(v.held, id)
		}
		y := x + 1
		if weight != nil {
			y = x + weight[id]
		}
		v.w[id] = y
		v.norm += y*y - x*x
	}
}

func (v *vector) reset() {
	for _, id := range v.held {
		v.w[id] = 0
	}
	v.held = v.held[:0]
	v.norm = 0
}

// cosine returns the cosine similarity of v and u.
func (v *vector) cosine(u *vector) float64 {
	if v.norm <= 0 || u.norm <= 0 {
		return 0
	}
	a, b := v, u
	if len(a.held) > len(b.held) {
		a, b = b, a
	}
	dot := 0.0
	for _, id := range a.held {
		dot += a.w[id] * b.w[id]
	}
	return dot / math.Sqrt(v.norm*u.norm)
}

// appendWordHashes appends to dst the hashes of the content words of s:
// words of three bytes or more, lower-cased, that are not stop words, with
// the commonest English endings ("'s", "ing", "ed", "es", "s") stripped so
// that "talks" and "talk", "Russia's" and "Russia" hash alike. It hashes
// byte by byte (FNV-1a) and keeps the hash of every prefix, so stripping
// an ending costs an index, and allocates nothing per word.
func appendWordHashes(dst []uint64, s string) []uint64 {
	const maxWord = 48
	var buf [maxWord]byte
	var pre [maxWord + 1]uint64 // pre[k]: hash of buf[:k]
	pre[0] = fnvOffset
	n, long := 0, false
	for i := 0; i <= len(s); {
		var c byte
		var enc [utf8.UTFMax]byte
		var bs []byte
		if i < len(s) {
			c = s[i]
		}
		switch {
		case i == len(s):
			i++
		case c < utf8.RuneSelf:
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' && n > 0:
				enc[0] = c
				bs = enc[:1]
			case 'A' <= c && c <= 'Z':
				enc[0] = c + 'a' - 'A'
				bs = enc[:1]
			}
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case r == '’' && n > 0:
				enc[0] = '\''
				bs = enc[:1]
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				bs = enc[:utf8.EncodeRune(enc[:], unicode.ToLower(r))]
			}
		}
		if bs != nil {
			for _, b := range bs {
				if n == maxWord {
					long = true
					break
				}
				buf[n] = b
				pre[n+1] = (pre[n] ^ uint64(b)) * fnvPrime
				n++
			}
			continue
		}
		if n >= 3 && !long && !stopHashes[pre[n]] {
			dst = append(dst, pre[n-stemLen(buf[:n])])
		}
		n, long = 0, false
	}
	return dst
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// stemLen returns the length of the ending that appendWordHashes strips
// from the lower-cased word w.
func stemLen(w []byte) int {
	for _, suf := range [...]string{"'s", "ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && string(w[len(w)-len(suf):]) == suf {
			return len(suf)
		}
	}
	return 0
}

// stopHashes holds the hashes (as appendWordHashes computes them) of the
// stop words.
var stopHashes = func() map[uint64]bool {
	m := map[uint64]bool{}
	for w := range stopWords {
		h := uint64(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * fnvPrime
		}
		m[h] = true
	}
	return m
}()

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for with from as into onto
	about over after before under between through during without within against among than then
	is are was were be been being am has have had having do does did done will would shall should
	can could may might must not no nor so too very just also only even still yet that this these
	those there here it its it's he she they we you i me him her them us my our your their his hers
	who whom whose which what when where why how all any both each few more most other some such
	own same one two three said says say told tell new up out off again further once while because
	until per via like mr mrs ms dr`) {
		m[w] = true
	}
	return m
}()
