package newstext

// Fallbacks for a page whose first choice of main content is thin.

// runningText returns the bytes of running text in the blocks of the page
// for which in reports true: paragraphs (text or quotation blocks of 80
// bytes or more) less than a quarter of which is link text.
func (x *extraction) runningText(in func(b *block) bool) int {
	n := 0
	for i := range x.blocks {
		b := &x.blocks[i]
		if (b.kind == blockText || b.kind == blockQuote) && b.running() && in(b) {
			n += len(b.text)
		}
	}
	return n
}

// running reports whether the block's text is long enough and plain
// enough to be a paragraph of running text (see running).
func (b *block) running() bool { return running(len(b.text), b.links) }

// running reports whether text bytes of which links are inside links read
// as a paragraph of running text: minRunningBytes or more, less than a
// quarter of them link text.
func running(text, links int) bool { return text >= minRunningBytes && links*4 < text }

// minRunningBytes is the shortest a paragraph of running text can be: a
// sentence of a dozen words or so.
const minRunningBytes = 80

// thin reports whether the main content that choose marked is too small
// to be the page's story: it holds less than a fifth of the page's
// running text; empty, when it holds not even a short paragraph (a block
// of 25 bytes or more, less than half of it link text) and the page has
// one.
func (x *extraction) thin() (empty, thin bool) {
	short := func(in func(b *block) bool) bool {
		for i := range x.blocks {
			b := &x.blocks[i]
			if b.kind != blockCaption && b.kind != blockHeading && len(b.text) >= 25 && b.links*2 < len(b.text) && in(b) {
				return true
			}
		}
		return false
	}
	if !short(func(b *block) bool { return x.main[b.el] && !x.els[b.el].junk }) {
		return true, short(func(*block) bool { return true })
	}
	all := x.runningText(func(*block) bool { return true })
	return false, x.keptText()*5 < all
}

// proseCaptions returns the running text of the captions that read as
// prose (see prose), wherever they are.
func (x *extraction) proseCaptions() int {
	n := 0
	for i := range x.blocks {
		if b := &x.blocks[i]; b.prose && b.running() {
			n += len(b.text)
		}
	}
	return n
}

// keptText returns the running text of the main content.
func (x *extraction) keptText() int {
	return x.runningText(func(b *block) bool { return x.main[b.el] && !x.els[b.el].junk })
}

// widen chooses again, with boilerplate classes relaxed (see choose), and
// keeps that choice when the first held no running text (empty), or when
// the new one holds all of the first and more: a wider candidate, not
// another part of the page such as its comments.
func (x *extraction) widen(empty bool) {
	x.chooseAgain(relaxed, func(before int) bool { return empty || x.keptText() > before })
}

// retry chooses again with no class or id word weighing (see choose) and
// keeps that choice when it holds at least twice the running text of the
// one before, is not thin itself and is not mostly links: a page whose
// words for a story's box mark a short block beside the story.
func (x *extraction) retry() {
	x.chooseAgain(plain, func(before int) bool {
		_, thin := x.thin()
		return !thin && x.keptText() >= 2*before && x.mainLinkDensity() < 0.5
	})
}

// chooseAgain chooses the main content the way how says and keeps the new
// choice if keep, told the running text of the one before, says so;
// otherwise the one before stands.
func (x *extraction) chooseAgain(how choice, keep func(before int) bool) {
	main, junk := x.main, make([]bool, len(x.els))
	for i := range x.els {
		junk[i] = x.els[i].junk
	}
	before := x.keptText()
	x.choose(how)
	if keep(before) {
		return
	}
	x.main = main
	for i := range x.els {
		x.els[i].junk = junk[i]
	}
}

// mainLinkDensity is the share of the main content's text inside links.
func (x *extraction) mainLinkDensity() float64 {
	text, links := 0, 0
	for i := range x.els {
		if e := &x.els[i]; x.main[i] && (e.parent < 0 || !x.main[e.parent]) {
			text += e.text
			links += e.links
		}
	}
	if text == 0 {
		return 0
	}
	return float64(links) / float64(text)
}
