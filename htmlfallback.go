package newstext

// Fallbacks for a page whose first choice of main content is thin.

// runningText returns the bytes of running text in the blocks of the page
// for which in reports true: paragraphs (text or quotation blocks of 80
// bytes or more) less than a quarter of which is link text.
func (x *extraction) runningText(in func(b *block) bool) int {
	n := 0
	for i := range x.blocks {
		b := &x.blocks[i]
		if (b.kind == blockText || b.kind == blockQuote) && len(b.text) >= 80 && b.links*4 < len(b.text) && in(b) {
			n += len(b.text)
		}
	}
	return n
}

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

// keptText returns the running text of the main content.
func (x *extraction) keptText() int {
	return x.runningText(func(b *block) bool { return x.main[b.el] && !x.els[b.el].junk })
}

// widen chooses again, with boilerplate classes relaxed (see choose), and
// keeps that choice when the first held no running text (empty), or when
// the new one holds all of the first and more: a wider candidate, not
// another part of the page such as its comments.
func (x *extraction) widen(empty bool) {
	main, junk := x.main, make([]bool, len(x.els))
	for i := range x.els {
		junk[i] = x.els[i].junk
	}
	before := x.keptText()
	x.choose(true)
	keep := empty || x.keptText() > before
	if keep {
		return
	}
	x.main = main
	for i := range x.els {
		x.els[i].junk = junk[i]
	}
}
