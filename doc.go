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
//
// # Functions
//
// [Clean] and [Fold] are pure and total: they never fail and never panic,
// whatever the input (invalid UTF-8 becomes U+FFFD), and are safe for
// concurrent use. So is [Parse].
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
