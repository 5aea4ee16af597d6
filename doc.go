// Package newstext turns scraped news text into clean, structured
// articles.
//
// Scrapers produce plain-text dumps (and pages) full of things that are
// not the story: share widgets ("TT", "20"), app and newsletter promos,
// "Next Story" links, photo captions printed two and four times, the
// headline again, several stories glued together, or a list of teaser
// snippets. [Parse] takes such a dump and returns one [Article] per story,
// with its headline, byline, dateline, agency, paragraphs and captions
// separated, and every removed line reported with a [Reason].
//
// [ParseHTML] takes the page instead: it finds the main content (not the
// navigation, related links, comments or share bars), keeps a paragraph
// per block element, takes captions from <figcaption>, and the headline,
// byline, date and site name from the page's metadata; then the extracted
// text runs the same pipeline. For HTML input, spans index
// [Article.Text], the extracted text, which the article carries.
//
// Nothing is lost silently: every paragraph, caption, headline and removed
// line carries the [Span] of the input bytes it came from (UTF-8 byte
// offsets, half-open), and its text is [Clean] of those bytes. Between
// them the pieces of the articles cover every byte of the input that is
// not white space.
//
// # Files
//
// The package is organised by capability:
//
//   - article.go: the [Article] value and its parts ([Paragraph],
//     [Caption], [Removed], [Reason]).
//   - parse.go: the [Parser], [Parse], and the pipeline order (one
//     function, one comment per step).
//   - clean.go: [Clean] and [Fold] (Unicode, white space, HTML character
//     references, mojibake), and the rules that recognise page chrome.
//   - caption.go: photo captions and credits, bylines, datelines and
//     agency credits.
//   - segment.go: line analysis and the segmentation of a dump into
//     stories.
//   - span.go: [Span].
//   - html.go: [ParseHTML]: the main content of a page, as text with the
//     markup's word on headline, captions and blocks.
//   - htmlfallback.go: a second, wider choice of main content when the
//     first holds no paragraph or little of the page's running text.
//   - htmlmeta.go: a page's metadata (Open Graph, JSON-LD, <meta>,
//     <time>) and its character set.
//   - charset.go: decoding a page that does not declare its character
//     set (a byte-frequency detector for the single-byte charsets).
//   - dedupe.go: repeats inside an article, and [Sign] and [Index] for
//     near-duplicates across documents.
//   - quote.go and entity.go: [Quotes] and their speakers, [Entities] and
//     their name variants ([Canonical], [Resolver]).
//   - tokens.go: what a word and a sentence end are, for every stage
//     (scanWord, sentenceEnd, abbreviations), and the token array entities
//     and quotes read once per story.
//   - gazetteer.go: the gazetteers built from open data (given names,
//     places, the kinds of place GeoNames names features by, firms, the
//     people, places and bodies WordNet knows by name) and the dictionary
//     of English words that are no name (SCOWL).
//   - words.go: word lookups every stage shares (lower case and fields
//     without allocating, a filter of a word set by word shape).
//
// # Functions
//
// [Clean] and [Fold] are pure and total: they never fail and never panic,
// whatever the input (invalid UTF-8 becomes U+FFFD), and are safe for
// concurrent use. So are [Parse], [Quotes], [Entities] and [ParseHTML],
// which fails only when its reader does; each runs in time linear in its
// input. A [Resolver] may take new aliases ([Resolver.LoadAliases]) while
// other goroutines resolve with it. Texts reported beside a span (quotes,
// mentions, speakers) are the input at the span with invalid UTF-8 as
// U+FFFD. The tests that hold the package to these promises: the fuzz
// targets, TestGeneratedNews (random news-like documents through every
// entry point), TestLinear and TestRegressions.
//
// Parse's peak memory stays under 30 times its input, however the input
// is shaped (a million short lines, text dense with capitalised words).
// On a text of more than about 260,000 lines it asks the runtime for a
// garbage collection twice: before it builds the articles on top of its
// per-line records, and when those records die, before it finds names and
// quotes. Without them, the collector's pacing, set while the records
// were alive, would let the heap grow to twice them and the articles.
//
// # Near-duplicates across a corpus
//
// [Sign] turns a document into a [Signature] (MinHash over word shingles,
// for the whole text and for its lead); an [Index] groups documents that
// are the same story: [Index.Add], [Index.Near], [Index.Clusters]. Signatures
// and their [Signature.BandKeys] are plain values, so a corpus too large
// for one machine can be grouped in a distributed job (Apache Beam, Spark,
// a MapReduce): sign each document, emit one record per band key, group by
// key, and compare the signatures within each group:
//
//	docs      := Read(corpus)                                  // (id, text)
//	sigs      := Map(docs, func(id, text) { return id, newstext.Sign(text) })
//	byKey     := FlatMap(sigs, func(id, sig) {
//	                 for _, k := range sig.BandKeys() { emit(k, (id, sig)) } })
//	pairs     := FlatMap(GroupByKey(byKey), func(k, group) {
//	                 for a, b in pairs of group:
//	                     if a.sig.Similarity(&b.sig) >= newstext.DefaultThreshold { emit(a.id, b.id) } })
//	clusters  := ConnectedComponents(Distinct(pairs))
//
// A group whose key is shared by very many documents (boilerplate) can be
// capped, as [Index] caps the comparisons one Add makes.
//
// # Adding a test fixture
//
// The tests are golden-file tests. Drop a scraped dump into
// testdata/article/ as NAME.txt, then run
//
//	go test -run 'TestGolden/article/NAME$' -update
//
// which writes testdata/article/NAME.golden, the rendering of what Parse
// returns (one field a line, spans as start:end, texts quoted). Read it,
// and `git diff testdata/` after any later change; commit it when it is
// right. testdata/README.md has the details.
package newstext
