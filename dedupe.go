package newstext

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate documents across a corpus.
//
// A document's [Signature] is a one-permutation MinHash of its 4-word
// shingles. Words are runs of letters and digits, lower-cased, with
// apostrophes dropped, so case, quote and dash style do not matter, nor
// does layout: line breaks, hard wrapping and doubled spaces are all just
// word separators. Each shingle is hashed once and goes to one of the
// bins ([WholeBins] over the whole, [LeadBins] over the lead), which keep
// their smallest hash;
// empty bins borrow from the next full bin (densification), so the
// signature of a short document is still a full signature. The share of
// equal bins between two signatures estimates the Jaccard similarity of
// their shingle sets.
//
// Syndicated copies are often cut: a wire story trimmed to its first
// paragraphs has a low Jaccard similarity to the whole. So a signature has
// two halves: one over the whole document and one over its lead, the
// first [LeadWords] words. Two documents are the same story when the
// wholes are similar, or when the leads are alike and the smaller
// document is mostly contained in the larger (estimated from the wholes'
// similarity and the two word counts). The second condition is what keeps
// a digest page, which opens with a story's top paragraph and goes on to
// other stories, apart from that story.
//
// Candidates come from locality-sensitive hashing: the whole's first 128
// bins are cut into 32 bands of [BandRows] bins and the lead's 64 into
// 16, and documents that share a band key are compared. Two wholes with
// Jaccard similarity s share at least one of their 32 keys with
// probability 1-(1-s^4)^32: 0.87 at s=0.5, 0.95 at s=0.55, 0.99 at s=0.6.
// (With 16 whole bands an Add at a million documents is about 25% cheaper,
// but a pair at s=0.55 is found only 78% of the time; recall won.)

const (
	// WholeBins is the number of MinHash bins over the whole document:
	// enough to estimate a similarity of 0.05 (a wire story cut to a
	// tenth) to within about a third.
	WholeBins = 256
	// LeadBins is the number of MinHash bins over the lead.
	LeadBins = 64
	// BandRows is the number of bins in an LSH band.
	BandRows = 4
	// Bands is the number of band keys of a signature: those of the first
	// bins of the whole and those of the lead.
	Bands = (bandedWholeBins + LeadBins) / BandRows
	// bandedWholeBins is how many of the whole's bins make band keys.
	bandedWholeBins = 128
	// LeadWords is how many words of a document its lead signature reads.
	LeadWords = 120
	// shingleWords is the number of words in a shingle.
	shingleWords = 4
)

// DefaultThreshold is the similarity at or above which [Index] calls two
// documents the same story.
const DefaultThreshold = 0.55

// Signature is the MinHash signature of a document: [WholeBins] bins
// over the whole text and [LeadBins] over its lead. It is a plain
// value: compute it anywhere ([Sign]), compare it with [Signature.Similarity],
// and group by [Signature.BandKeys] in a distributed job.
type Signature struct {
	Whole [WholeBins]uint32
	Lead  [LeadBins]uint32
	// Words is the number of words of the document; a document with no
	// word has an empty signature, similar to nothing.
	Words int
}

// Sign returns the signature of text. It is pure and safe for concurrent
// use.
func Sign(text string) Signature {
	var s signer
	s.reset()
	s.add(text)
	return s.finish()
}

// SignArticle returns the signature of a parsed story: its headline and
// running text, as Sign(a.Title + "\n\n" + a.Body()) gives it, without
// building that string. Captions and removed lines are left out. It is
// pure and safe for concurrent use.
func SignArticle(a *Article) Signature {
	var s signer
	s.reset()
	s.add(a.Title)
	for _, p := range a.Paragraphs {
		s.add(p.Text)
	}
	return s.finish()
}

// minLeadSimilarity is the Jaccard similarity of two leads at which the
// documents are read as one story cut to different lengths.
const minLeadSimilarity = 0.25

// Similarity returns the estimated similarity of the documents behind a
// and b, in [0, 1]: the Jaccard estimate of the wholes, or, when the leads
// are alike (a Jaccard estimate of 0.25 or more) and it is larger, the
// estimated share of the smaller document's shingles that are in the
// larger. An empty signature is similar to nothing.
func (a *Signature) Similarity(b *Signature) float64 {
	if a.Words == 0 || b.Words == 0 {
		return 0
	}
	whole := agreement(a.Whole[:], b.Whole[:])
	if agreement(a.Lead[:], b.Lead[:]) < minLeadSimilarity {
		return whole
	}
	return max(whole, containment(whole, a.Words, b.Words))
}

// containment estimates the share of the smaller document's shingles that
// are in the larger one, from the Jaccard similarity j of the two and
// their word counts: |A∩B| = j(|A|+|B|)/(1+j).
func containment(j float64, wa, wb int) float64 {
	a, b := float64(max(1, wa-shingleWords+1)), float64(max(1, wb-shingleWords+1))
	return min(1, j*(a+b)/(1+j)/min(a, b))
}

func agreement(a, b []uint32) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// BandKeys returns the signature's LSH band keys: documents that share a
// key are candidates to compare. The keys of the whole and of the lead are
// made distinct, so each key stands for one band of one half. An empty
// signature has no keys (nil).
func (a *Signature) BandKeys() []uint64 {
	if a.Words == 0 {
		return nil
	}
	keys := make([]uint64, 0, Bands)
	bins := append(slices.Clip(a.Whole[:bandedWholeBins]), a.Lead[:]...)
	for b := range Bands {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range bins[b*BandRows : (b+1)*BandRows] {
			h = mix64(h ^ uint64(v))
		}
		keys = append(keys, h)
	}
	return keys
}

// signer computes a signature in one pass over the text.
type signer struct {
	whole     [WholeBins]uint32
	lead      [LeadBins]uint32
	wholeFull [WholeBins / 64]uint64 // which bins hold a value
	leadFull  [LeadBins / 64]uint64
	window    [shingleWords]uint64
	words     int
	word      []byte // the current word, folded
}

func (s *signer) reset() {
	for i := range s.whole {
		s.whole[i] = ^uint32(0)
	}
	for i := range s.lead {
		s.lead[i] = ^uint32(0)
	}
	s.wholeFull, s.leadFull = [WholeBins / 64]uint64{}, [LeadBins / 64]uint64{}
	s.words = 0
	s.word = s.word[:0]
}

// add reads the words of text (see eachWord).
func (s *signer) add(text string) {
	s.word = eachWord(text, s.word, s.addWord)
}

// eachWord calls fn with each word of text, lower-cased: the maximal runs
// of letters and digits. An apostrophe inside a word ("don't",
// "Russia’s") and a combining mark are dropped; every other character
// ends a word. These are the normal forms of scanWord's words, cut at
// their inner hyphens and full stops, so that "well-known" and "well
// known" compare equal. buf is scratch space for the words, returned for reuse;
// fn must not keep the slice it is given.
func eachWord(text string, buf []byte, fn func(word []byte)) []byte {
	word := buf[:0]
	end := func() {
		if len(word) > 0 {
			fn(word)
			word = word[:0]
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				word = append(word, c)
			case 'A' <= c && c <= 'Z':
				word = append(word, c+'a'-'A')
			case c == '\'' && len(word) > 0:
			default:
				end()
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word = utf8.AppendRune(word, unicode.ToLower(r))
		case (r == '’' || r == '‘') && len(word) > 0:
		case unicode.Is(unicode.Mn, r):
		default:
			end()
		}
	}
	end()
	return word
}

// addWord adds a word and the shingle it completes.
func (s *signer) addWord(word []byte) {
	h := hashBytes(word)
	copy(s.window[:], s.window[1:])
	s.window[shingleWords-1] = h
	s.words++
	if s.words < shingleWords {
		return
	}
	s.shingle(s.shingleHash(shingleWords))
}

func (s *signer) shingleHash(n int) uint64 {
	h := uint64(n)
	for _, w := range s.window[shingleWords-n:] {
		h = mix64(h*0x100000001b3 ^ w)
	}
	return h
}

func (s *signer) shingle(h uint64) {
	// The top bits choose the bin, the low 32 bits are the value; the
	// lead's bin is the top bits of the whole's, so the two agree.
	bin, v := h>>(64-8), uint32(h)
	if v < s.whole[bin] {
		s.whole[bin] = v
	}
	s.wholeFull[bin/64] |= 1 << (bin % 64)
	if s.words <= LeadWords {
		lb := h >> (64 - 6)
		if v < s.lead[lb] {
			s.lead[lb] = v
		}
		s.leadFull[0] |= 1 << lb
	}
}

func (s *signer) finish() Signature {
	if s.words > 0 && s.words < shingleWords {
		// A document shorter than a shingle is one shingle of its words.
		s.shingle(s.shingleHash(s.words))
	}
	sig := Signature{Words: s.words}
	if s.words == 0 {
		return sig
	}
	sig.Whole, sig.Lead = s.whole, s.lead
	densify(sig.Whole[:], s.wholeFull[:])
	densify(sig.Lead[:], s.leadFull[:])
	return sig
}

// densify fills each empty bin from the nearest full bin after it
// (circularly), mixed with the distance, so that two documents with the
// same shingles fill their empty bins the same way (Shrivastava and Li,
// "Densifying one permutation hashing", 2014).
func densify(bins []uint32, full []uint64) {
	isFull := func(i int) bool { return full[i/64]&(1<<(i%64)) != 0 }
	n := len(bins)
	if !slices.ContainsFunc(full, func(w uint64) bool { return w != 0 }) {
		return
	}
	// Walk backwards from a full bin, so each empty bin's nearest full bin
	// after it is known.
	start := 0
	for !isFull(start) {
		start++
	}
	next, d := start, 0
	for k := 1; k <= n; k++ {
		i := (start - k + n) % n
		if isFull(i) {
			next, d = i, 0
			continue
		}
		d++
		bins[i] = uint32(mix64(uint64(bins[next])<<16 | uint64(d)))
	}
}

// hashBytes is 64-bit FNV-1a, finished with mix64.
func hashBytes(b []byte) uint64 {
	h := uint64(0xcbf29ce484222325)
	for len(b) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(b)) * 0x100000001b3
		b = b[8:]
	}
	for _, c := range b {
		h = (h ^ uint64(c)) * 0x100000001b3
	}
	return mix64(h)
}

// Index finds near-duplicate documents among those added to it. The zero
// value is not ready: use [NewIndex]. An Index is not safe for concurrent
// use; [Sign] is, so a caller may sign in parallel and add with
// [Index.AddSignature].
type Index struct {
	threshold float64
	ids       []string
	sigs      []Signature
	// Each bucket is a list of postings, newest first: heads maps a band
	// key to its newest posting+1, and next[p] is the posting after p,
	// plus one (0 ends the list); postDoc[p] is its document.
	heads   headTable
	next    []int32
	postDoc []int32
	parent  []int32 // union-find over documents, for Clusters
	sink    uint64  // keeps the prefetching loads in AddSignature
}

// NewIndex returns an empty index that calls two documents the same story
// when their [Signature.Similarity] is at least threshold (in (0, 1];
// [DefaultThreshold] is what the package's evaluation supports).
func NewIndex(threshold float64) *Index {
	return &Index{threshold: threshold}
}

// Grow makes room for n more documents, so that adding them does not
// rehash the index's tables as it grows (at a million documents that
// halves the time of each Add). It is optional.
func (ix *Index) Grow(n int) {
	if n <= 0 {
		return
	}
	ix.heads.grow(ix.heads.n + n*Bands)
	ix.next = slices.Grow(ix.next, n*Bands)
	ix.postDoc = slices.Grow(ix.postDoc, n*Bands)
	ix.ids = slices.Grow(ix.ids, n)
	ix.sigs = slices.Grow(ix.sigs, n)
	ix.parent = slices.Grow(ix.parent, n)
}

// maxBucketChecks bounds how many documents of one bucket an Add compares
// with: the most recent ones. Documents already joined are skipped, so
// ten thousand copies of one text cost ten thousand small steps, not
// fifty million comparisons.
const maxBucketChecks = 16

// Add signs text and adds it under id. Ids need not be unique; each Add is
// a document of its own.
func (ix *Index) Add(id, text string) {
	ix.AddSignature(id, Sign(text))
}

// AddSignature adds a document by its signature.
func (ix *Index) AddSignature(id string, sig Signature) {
	doc := int32(len(ix.ids))
	ix.ids = append(ix.ids, id)
	ix.sigs = append(ix.sigs, sig)
	ix.parent = append(ix.parent, doc)
	keys := sig.BandKeys()
	if keys == nil {
		return
	}
	// Touch every key's slot first: the loads are independent, so the
	// processor overlaps their cache misses, and the swaps below hit.
	ix.heads.grow(ix.heads.n + len(keys))
	var sink uint64
	for _, key := range keys {
		sink += ix.heads.slots[mix64(slotKey(key))&uint64(len(ix.heads.slots)-1)]
	}
	ix.sink += sink
	for _, key := range keys {
		post := int32(len(ix.next) + 1)
		head := ix.heads.swap(key, post)
		for p, k := head, 0; p != 0 && k < maxBucketChecks; p, k = ix.next[p-1], k+1 {
			other := ix.postDoc[p-1]
			if ix.find(other) == ix.find(doc) {
				continue
			}
			if sig.Similarity(&ix.sigs[other]) >= ix.threshold {
				ix.union(doc, other)
			}
		}
		ix.next = append(ix.next, head)
		ix.postDoc = append(ix.postDoc, doc)
	}
}

func (ix *Index) find(d int32) int32 {
	for ix.parent[d] != d {
		ix.parent[d] = ix.parent[ix.parent[d]]
		d = ix.parent[d]
	}
	return d
}

// union joins the sets of a and b under the smaller root, so a cluster's
// root is its first document.
func (ix *Index) union(a, b int32) {
	ra, rb := ix.find(a), ix.find(b)
	if ra == rb {
		return
	}
	if ra > rb {
		ra, rb = rb, ra
	}
	ix.parent[rb] = ra
}

// Len returns the number of documents added.
func (ix *Index) Len() int { return len(ix.ids) }

// Match is a document of the index near a query.
type Match struct {
	ID         string
	Similarity float64
}

// Near returns the indexed documents whose similarity to text reaches the
// index's threshold, most similar first (ties in the order they were
// added).
func (ix *Index) Near(text string) []Match {
	sig := Sign(text)
	return ix.NearSignature(&sig)
}

// NearSignature is [Index.Near] for a signature.
func (ix *Index) NearSignature(sig *Signature) []Match {
	seen := make(map[int32]bool)
	type scored struct {
		doc int32
		sim float64
	}
	var found []scored
	for _, key := range sig.BandKeys() {
		for p := ix.heads.get(key); p != 0; p = ix.next[p-1] {
			d := ix.postDoc[p-1]
			if seen[d] {
				continue
			}
			seen[d] = true
			if s := sig.Similarity(&ix.sigs[d]); s >= ix.threshold {
				found = append(found, scored{d, s})
			}
		}
	}
	slices.SortFunc(found, func(a, b scored) int {
		if a.sim != b.sim {
			if a.sim > b.sim {
				return -1
			}
			return 1
		}
		return int(a.doc - b.doc)
	})
	if len(found) == 0 {
		return nil
	}
	out := make([]Match, len(found))
	for i, f := range found {
		out[i] = Match{ID: ix.ids[f.doc], Similarity: f.sim}
	}
	return out
}

// Clusters returns the groups of two or more documents that are the same
// story, each group's ids in the order they were added, and the groups in
// the order of their first document. A document joins a group when it is
// similar enough to any member (single link).
func (ix *Index) Clusters() [][]string {
	members := make(map[int32][]string)
	for d := range ix.ids {
		r := ix.find(int32(d))
		members[r] = append(members[r], ix.ids[d])
	}
	var out [][]string
	for d := range ix.ids {
		if m := members[int32(d)]; len(m) > 1 {
			out = append(out, m) // d is its cluster's root: its first document
		}
	}
	return out
}

// Repeats inside one article.
//
// dedupeParagraphs drops what an article prints twice, keeping the first
// copy and reporting each drop in Removed:
//
//   - a paragraph whose words are the headline's (ReasonRepeatedTitle), or
//     a caption's, printed without its credit (ReasonRepeatedCaption);
//   - a paragraph whose words are an earlier paragraph's
//     (ReasonRepeatedParagraph): words are compared after Fold, without
//     punctuation, so quote style, dashes, a comma or a final full stop do
//     not matter, but a changed number or word does;
//   - a paragraph of one sentence that is a sentence of a longer paragraph
//     elsewhere, before or after it (a standfirst or a pull quote): the
//     longer paragraph is kept (ReasonRepeatedSentence). A subheading is
//     kept though it echoes a sentence of the text ("My fears have been
//     realized" above the quote that ends with those words), and does not
//     trim the sentence it echoes: a subheading is a line of at most
//     maxHeadingWords words without a final full stop, question or
//     exclamation mark;
//   - a sentence at the start or end of a paragraph that repeats a
//     sentence printed earlier: the paragraph is trimmed, and keeps its
//     other sentences (ReasonRepeatedSentence).
//
// A repeat in the middle of a paragraph is kept: removing it would split
// the paragraph.
//
// With page set, the paragraphs are the blocks of an HTML page, whose
// markup drew their bounds: a block is the page's own unit of text, not a
// line a text dump may have run a standfirst into. There a paragraph
// printed again is dropped only when it is running text (minRunningBytes
// or more): a short line that repeats (a label, an attribution, a
// credit, a list item) is the page's structure. And no sentence is
// trimmed off a block's ends: a page that prints a summary and then the
// story prints each sentence twice, and trimming would leave the
// story's blocks in fragments.
func dedupeParagraphs(text string, a *Article, page bool) {
	if len(a.Paragraphs) < 2 && a.Title == "" {
		return
	}
	sc, _ := dedupePool.Get().(*dedupeScratch)
	if sc == nil {
		sc = &dedupeScratch{}
	}
	sc.reset(len(a.Paragraphs))
	dedupeWith(text, a, sc, page)
	if sc.small() {
		dedupePool.Put(sc)
	}
}

// dedupePara is what dedupeParagraphs knows of a paragraph. Keys are
// hashes of word keys (see wordHash): a paragraph costs 16 bytes here
// however long it is, and the sets hold only the keys long enough to be
// asked for.
type dedupePara struct {
	key   uint64
	words int32
	multi int32 // index in multis, or -1: the paragraph is one sentence
}

// dedupeMulti is a paragraph of two or more sentences.
type dedupeMulti struct {
	lo, hi int32 // the sentences' range in sents and sentKeys
}

// dedupeScratch is the working space of dedupeParagraphs, reused from one
// article to the next through dedupePool, so that an article costs no
// allocation but its Removed entries.
type dedupeScratch struct {
	ps       []dedupePara
	multis   []dedupeMulti
	sents    []Span   // the sentences of all multi-sentence paragraphs, in input offsets
	sentKeys []uint64 // their keys; 0 for a sentence too short to count
	buf      []byte   // word keys

	owner    map[uint64]int  // sentence key -> first paragraph of two or more sentences holding it
	captions map[uint64]int  // keys of the captions' texts, with and without credit, to their index+1
	seen     map[uint64]bool // keys of kept paragraphs of minParagraphWords words or more
	seenBody map[uint64]bool // the same, subheadings aside (a subheading never trims a sentence), of minSentenceWords or more
	seenSent map[uint64]bool // keys of the sentences of kept paragraphs
}

var dedupePool sync.Pool

// maxPooledKeys is the most entries a map of dedupeScratch may have held
// and still be pooled and cleared for the next article: clearing costs
// the map's size, however few keys the next article has. The slices may
// hold eight times as many entries.
const maxPooledKeys = 1 << 10

// small reports whether sc is small enough to pool: the scratch of an
// article of many thousand paragraphs is left to the collector.
func (sc *dedupeScratch) small() bool {
	return cap(sc.ps) <= maxPooledKeys*8 && cap(sc.sents) <= maxPooledKeys*8 && cap(sc.buf) <= maxPooledText &&
		len(sc.owner) <= maxPooledKeys && len(sc.captions) <= maxPooledKeys && len(sc.seen) <= maxPooledKeys &&
		len(sc.seenBody) <= maxPooledKeys && len(sc.seenSent) <= maxPooledKeys
}

// reset empties sc for an article of n paragraphs.
func (sc *dedupeScratch) reset(n int) {
	sc.ps = slices.Grow(sc.ps[:0], n)[:n]
	sc.multis, sc.sents, sc.sentKeys, sc.buf = sc.multis[:0], sc.sents[:0], sc.sentKeys[:0], sc.buf[:0]
	sc.owner, sc.captions = emptied(sc.owner), emptied(sc.captions)
	sc.seen, sc.seenBody, sc.seenSent = emptied(sc.seen), emptied(sc.seenBody), emptied(sc.seenSent)
}

// emptied returns m cleared, or a new map when m is nil.
func emptied[V any](m map[uint64]V) map[uint64]V {
	if m == nil {
		return make(map[uint64]V)
	}
	clear(m)
	return m
}

// dedupeWith is dedupeParagraphs with the scratch space sc, reset.
func dedupeWith(text string, a *Article, sc *dedupeScratch, page bool) {
	multis, sents, sentKeys, buf := sc.multis, sc.sents, sc.sentKeys, sc.buf
	ps := sc.ps
	owner := sc.owner
	defer func() { sc.multis, sc.sents, sc.sentKeys, sc.buf = multis, sents, sentKeys, buf }()
	for i, p := range a.Paragraphs {
		ps[i].multi = -1
		lo := len(sents)
		sents = appendSentenceSpans(sents, text, p.Span)
		if len(sents)-lo < 2 {
			sents = sents[:lo]
			var n int
			ps[i].key, n, buf = wordHash(p.Text, buf)
			ps[i].words = int32(n)
			continue
		}
		// Where the paragraph's text is its input as it stands (Clean
		// changed nothing), its words are its sentences' words, since
		// only white space lies between the sentences: the sentences'
		// keys, joined by spaces in buf, are the paragraph's key, and
		// one pass over the words makes them all.
		same := p.Text == text[p.Span.Start:p.Span.End]
		buf = buf[:0]
		words := 0
		for _, s := range sents[lo:] {
			start := len(buf)
			if start > 0 {
				buf = append(buf, ' ')
			}
			from := len(buf)
			var n int
			buf, n = appendWordKey(buf, text[s.Start:s.End])
			words += n
			k := uint64(0) // wordHash of the sentence, from its key in buf[from:]
			if n >= minSentenceWords {
				k = max(maphash.Bytes(wordHashSeed, buf[from:]), 1)
				if _, ok := owner[k]; !ok {
					owner[k] = i
				}
			}
			sentKeys = append(sentKeys, k)
			switch {
			case !same:
				buf = buf[:0]
			case n == 0:
				buf = buf[:start] // no words: no space either
			}
		}
		if same {
			ps[i].key, ps[i].words = max(maphash.Bytes(wordHashSeed, buf), 1), int32(words)
		} else {
			var n int
			ps[i].key, n, buf = wordHash(p.Text, buf)
			ps[i].words = int32(n)
		}
		ps[i].multi = int32(len(multis))
		multis = append(multis, dedupeMulti{int32(lo), int32(len(sents))})
	}
	titleKey, _, _ := wordHash(a.Title, buf)
	captions := sc.captions
	for j, c := range a.Captions {
		k, _, _ := wordHash(c.Text, buf)
		captions[k] = j + 1
		if i := strings.LastIndex(c.Text, c.Credit); c.Credit != "" && i > 0 {
			k, _, _ = wordHash(c.Text[:i], buf)
			captions[k] = j + 1
		}
	}
	seen, seenBody, seenSent := sc.seen, sc.seenBody, sc.seenSent
	see := func(k uint64, words int, heading bool) {
		if words >= minParagraphWords {
			seen[k] = true
		}
		if words >= minSentenceWords && !heading {
			seenBody[k] = true
		}
	}
	kept := a.Paragraphs[:0]
	for i, p := range a.Paragraphs {
		k, words := ps[i].key, int(ps[i].words)
		reason := Reason("")
		switch {
		case words == 0:
		case k == titleKey && words >= 2:
			reason = ReasonRepeatedTitle
		case seen[k] && words >= minParagraphWords && (!page || len(p.Text) >= minRunningBytes):
			reason = ReasonRepeatedParagraph
		case captions[k] > 0 && words >= minParagraphWords:
			reason = ReasonRepeatedCaption // printed again without its credit
			a.Captions[captions[k]-1].Repeats++
		case ps[i].multi < 0 && words >= minSentenceWords && !headingShaped(p.Text, words):
			if j, ok := owner[k]; ok && j != i {
				reason = ReasonRepeatedSentence
			}
		}
		if reason != "" {
			a.Removed = append(a.Removed, Removed{Text: p.Text, Reason: reason, Span: p.Span})
			continue
		}
		if ps[i].multi >= 0 && !page {
			// Trim repeated sentences off the ends.
			m := multis[ps[i].multi]
			ss, sk := sents[m.lo:m.hi], sentKeys[m.lo:m.hi]
			lo, hi := 0, len(ss)
			repeat := func(j int) bool { return sk[j] != 0 && (seenBody[sk[j]] || seenSent[sk[j]]) }
			for lo < hi && repeat(lo) {
				lo++
			}
			for hi > lo && repeat(hi-1) {
				hi--
			}
			if lo == hi {
				a.Removed = append(a.Removed, Removed{Text: p.Text, Reason: ReasonRepeatedParagraph, Span: p.Span})
				continue
			}
			if lo > 0 || hi < len(ss) {
				for _, s := range ss[:lo] {
					a.Removed = append(a.Removed, Removed{Text: Clean(text[s.Start:s.End]), Reason: ReasonRepeatedSentence, Span: s})
				}
				for _, s := range ss[hi:] {
					a.Removed = append(a.Removed, Removed{Text: Clean(text[s.Start:s.End]), Reason: ReasonRepeatedSentence, Span: s})
				}
				p.Span = Span{ss[lo].Start, ss[hi-1].End}
				p.Text = Clean(text[p.Span.Start:p.Span.End])
			}
			for _, k := range sk[lo:hi] {
				if k != 0 {
					seenSent[k] = true
				}
			}
		}
		see(k, words, headingShaped(p.Text, words))
		if !a.DatelineSpan.IsZero() && a.DatelineSpan.End <= p.Span.Start && a.DatelineSpan.End+2 >= p.Span.Start {
			// The first paragraph printed again with its dateline.
			dk, dn, _ := wordHash(text[a.DatelineSpan.Start:p.Span.End], buf)
			see(dk, dn, false)
		}
		kept = append(kept, p)
	}
	a.Paragraphs = kept
	slices.SortFunc(a.Removed, func(x, y Removed) int { return x.Span.Start - y.Span.Start })
}

const (
	// minParagraphWords is the fewest words a paragraph needs for its
	// repeat to be dropped: short lines ("Watch:", "Q.") repeat on purpose.
	minParagraphWords = 3
	// minSentenceWords is the fewest words a sentence needs to count as a
	// repeat of another.
	minSentenceWords = 5
	// maxHeadingWords is the most words a line without final punctuation
	// can have and still be taken for a subheading.
	maxHeadingWords = 8
)

// headingShaped reports whether a paragraph of the given word count reads
// as a subheading: short, and not ended as a sentence is (see
// endsSentence).
func headingShaped(s string, words int) bool {
	return words <= maxHeadingWords && !endsSentence(s)
}

// wordHash returns a hash of wordKey(s), never 0, and how many words s
// has; buf is scratch space for the key, returned for reuse, so that
// hashing allocates nothing once buf has grown to the longest text. Two
// texts with the same key have the same hash; two with different keys,
// the same hash with a chance of 2^-64 (the seed is the process's own, so
// the chance is not one an input can choose).
func wordHash(s string, buf []byte) (uint64, int, []byte) {
	buf, n := appendWordKey(buf[:0], s)
	return max(maphash.Bytes(wordHashSeed, buf), 1), n, buf
}

// wordHashSeed is the seed of wordHash.
var wordHashSeed = maphash.MakeSeed()

// wordKey returns the words of s (see eachWord) separated by single
// spaces, and how many there are: two texts that differ only in case,
// quote style, dashes, punctuation or white space have the same key.
func wordKey(s string) (string, int) {
	var buf [256]byte
	b, n := appendWordKey(buf[:0], s)
	return string(b), n
}

// appendWordKey appends the word key of s (see wordKey) to dst and returns
// it with how many words s has. It is the one definition of the key that
// wordKey and wordHash share, and eachWord's rule for words, written out
// so that no call is made per byte or per word: ASCII letters and digits
// are copied in lower case, an apostrophe inside a word is dropped, and
// any other ASCII byte ends the word; the rest goes rune by rune as in
// eachWord.
func appendWordKey(dst []byte, s string) ([]byte, int) {
	dst = slices.Grow(dst, len(s)) // the key is seldom longer than s
	n := 0
	inWord := false // the last byte of dst is a letter or digit of the current word
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			// wordByte: a letter or digit in lower case, the
			// apostrophe, or 0 for a byte that ends a word.
			w := wordByte[c]
			if w <= '\'' {
				// An apostrophe inside a word is dropped; any other
				// byte ends the word.
				inWord = inWord && w == '\''
				continue
			}
			if !inWord {
				if n > 0 {
					dst = append(dst, ' ')
				}
				n++
				inWord = true
			}
			dst = append(dst, w)
			// The word's next ASCII letters and digits, and the words
			// after it that single spaces part, eight bytes at a time
			// while s has eight left, then one at a time: all eight
			// are appended, and only the run is kept, which is the key
			// as it stands; each space in it opens a word. An
			// apostrophe, other punctuation, a space that no letter or
			// digit follows in the eight bytes or a byte of a longer
			// character ends the run, and the loop goes on from it.
			for r := 8; r == 8 && i+8 <= len(s); {
				x := load64(s[i : i+8])
				lower, word := wordBytes8(x)
				opens := zeroBytes(x^0x2020202020202020) & (word >> 8) // the spaces before a letter or digit
				r = bits.TrailingZeros64(^(word|opens)&0x8080808080808080) >> 3
				dst = binary.LittleEndian.AppendUint64(dst, lower)[:len(dst)+r]
				i += r
				n += bits.OnesCount64(opens & lowBytes(r))
			}
			for i < len(s) {
				w := wordByte[s[i]]
				if w <= '\'' {
					break
				}
				i++
				dst = append(dst, w)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				if n > 0 {
					dst = append(dst, ' ')
				}
				n++
				inWord = true
			}
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		case (r == '’' || r == '‘') && inWord:
		case unicode.Is(unicode.Mn, r):
		default:
			inWord = false
		}
	}
	return dst, n
}

// appendSentenceSpans splits text[sp.Start:sp.End] into sentences (see
// sentenceEnd) and appends their spans to out. The spans cover the
// sentences without the white space between them, so only white space
// lies between them.
func appendSentenceSpans(out []Span, text string, sp Span) []Span {
	para := text[:sp.End] // the paragraph's end is a text's end
	start := sp.Start
	for i := indexSentenceMark(para, sp.Start); i >= 0; i = indexSentenceMark(para, i+1) {
		end, next, ok := sentenceEnd(para, i)
		if !ok {
			continue
		}
		if end > start {
			out = append(out, Span{start, end})
		}
		start = next
		i = next - 1
	}
	if start < sp.End {
		end := sp.End
		for end > start && (text[end-1] == ' ' || text[end-1] == '\n' || text[end-1] == '\r' || text[end-1] == '\t') {
			end--
		}
		if end > start {
			out = append(out, Span{start, end})
		}
	}
	return out
}

// headTable maps a band key to the newest posting of its bucket: an
// open-addressing table with linear probing, whose slots pack the key's
// top 32 bits and the posting into 8 bytes, so that a lookup and an update
// are one probe into one cache line. At a million documents (48 million
// keys) a Go map spends most of an Add missing the cache twice per key.
// Two band keys with the same top 32 bits share a bucket: that only adds a
// candidate, which the similarity check then turns away.
type headTable struct {
	slots []uint64 // key<<32 | posting; 0 is empty
	n     int      // slots in use
}

// slotKey is the table's 32-bit form of a band key, never 0.
func slotKey(key uint64) uint64 {
	k := key >> 32
	if k == 0 {
		k = 1
	}
	return k
}

// grow makes room for n keys at a load of at most one half.
func (t *headTable) grow(n int) {
	size := 1024
	for size < 2*n {
		size *= 2
	}
	if size <= len(t.slots) {
		return
	}
	old := t.slots
	t.slots = make([]uint64, size)
	mask := uint64(size - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := mix64(s>>32) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// get returns the posting stored for key, or 0.
func (t *headTable) get(key uint64) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	k := slotKey(key)
	mask := uint64(len(t.slots) - 1)
	for i := mix64(k) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if s>>32 == k {
			return int32(uint32(s))
		}
	}
}

// swap stores post for key and returns the posting it replaces, or 0.
func (t *headTable) swap(key uint64, post int32) int32 {
	if 2*(t.n+1) > len(t.slots) {
		t.grow(t.n + 1)
	}
	k := slotKey(key)
	mask := uint64(len(t.slots) - 1)
	for i := mix64(k) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = k<<32 | uint64(uint32(post))
			t.n++
			return 0
		}
		if s>>32 == k {
			t.slots[i] = k<<32 | uint64(uint32(post))
			return int32(uint32(s))
		}
	}
}
