package newstext

// Article is one news story recovered from scraped text. It is plain data:
// every field is exported, the JSON names are stable, and two Articles can
// be compared with cmp.Diff.
//
// Every piece of text an Article carries has the [Span] of the input it came
// from, and its text is [Clean] of that input: input[p.Span.Start:p.Span.End]
// cleaned equals p.Text for every paragraph p. Between them, Title, Byline,
// Dateline, Source, Paragraphs, Captions and Removed cover every byte of the
// story's Span that is not white space: nothing is dropped silently.
type Article struct {
	// Span is the part of the input the story occupies, from its first
	// line to its last.
	Span Span `json:"span"`
	// Text is, for an article parsed from HTML, the text its spans
	// index: the page's main content as lines, the headline first (see
	// [Parser.ParseHTML]). It is "" for text input, whose spans index the
	// input itself. Articles of one page share the same Text.
	Text string `json:"text,omitempty"`

	// Title is the headline, or "" when the story has none (a teaser).
	Title     string `json:"title"`
	TitleSpan Span   `json:"title_span,omitzero"`

	// Byline names the author as printed, without "By": at the top of
	// the story or stranded at its end. A list names every author
	// ("Jane Doe, John Roe and Ann Poe"); a title, a paper or an agency
	// after the name is left out ("By Jane Doe, Staff Writer").
	Byline     string `json:"byline,omitempty"`
	BylineSpan Span   `json:"byline_span,omitzero"`

	// Dateline is the place that opens the first paragraph ("LONDON" of
	// "LONDON: Diplomats…"), without its punctuation. The paragraph's
	// span starts after it.
	Dateline     string `json:"dateline,omitempty"`
	DatelineSpan Span   `json:"dateline_span,omitzero"`

	// Source is the news agency the story credits, from the dateline
	// ("PARIS (Reuters) -") or a credit line ("– with AFP").
	Source     string `json:"source,omitempty"`
	SourceSpan Span   `json:"source_span,omitzero"`

	// Published is the publication time a page declares
	// (article:published_time, JSON-LD datePublished, <time datetime>),
	// as written there; "" for text input and for pages that declare none.
	Published string `json:"published,omitempty"`
	// Site is the name of the site a page belongs to (og:site_name,
	// JSON-LD publisher); for a page that names none, the host of its URL
	// without "www." ("bbc.co.uk"); "" for text input and for a page with
	// neither.
	Site string `json:"site,omitempty"`
	// URL is the address of a page: the one it declares (<link
	// rel="canonical">, og:url), made absolute against [Parser.URL], or
	// else Parser.URL itself; "" for text input and when neither is
	// known.
	URL string `json:"url,omitempty"`
	// Teaser is set for a snippet from a list of teasers: one or two
	// sentences that stand for a story printed elsewhere.
	Teaser bool `json:"teaser"`

	// Truncated is set when the text stops mid-sentence: a teaser cut
	// short, or a scrape that ends in the middle of a paragraph.
	Truncated bool `json:"truncated"`

	// Paragraphs is the running text, in input order.
	Paragraphs []Paragraph `json:"paragraphs"`

	// Captions are the photo captions, each distinct caption once.
	Captions []Caption `json:"captions"`

	// Removed is everything in the story that is not kept elsewhere:
	// page chrome, repeated headlines and captions, in input order.
	Removed []Removed `json:"removed"`

	// Entities are the people, places and organisations the story names
	// (in its headline, paragraphs and captions), in order of first
	// mention, each mention with its span in the input.
	Entities []Entity `json:"entities"`

	// Quotes are the quotations in the story, in order, each with its
	// speaker where the story says who it is; spans index the input.
	Quotes []Quote `json:"quotes"`
}

// Body returns the running text: the paragraphs' texts, in order,
// separated by blank lines ("\n\n"). Headline, byline, captions and
// removed lines are not part of it.
func (a Article) Body() string {
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p.Text) + 2
	}
	b := make([]byte, 0, n)
	for i, p := range a.Paragraphs {
		if i > 0 {
			b = append(b, "\n\n"...)
		}
		b = append(b, p.Text...)
	}
	return string(b)
}

// Paragraph is one paragraph of running text.
type Paragraph struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Caption is a photo caption. Text is the whole caption line as printed,
// credit included; Credit is the credit alone ("AFP", "Getty Images",
// "Handout / Russian Defense Ministry/AFP"), or "" when the caption was
// recognised by its repetition only. Repeats counts the times the caption
// occurs in the story (1 for a caption printed once); Span is the first
// occurrence and the others are in [Article.Removed] with reason
// [ReasonRepeatedCaption].
type Caption struct {
	Text    string `json:"text"`
	Credit  string `json:"credit"`
	Repeats int    `json:"repeats"`
	Span    Span   `json:"span"`
}

// Removed is a piece of the input that is not part of the story, with the
// reason it was removed.
type Removed struct {
	Text   string `json:"text"`
	Reason Reason `json:"reason"`
	Span   Span   `json:"span"`
}

// Reason says why a piece of input was removed.
type Reason string

// The reasons a line is removed.
const (
	// ReasonWidget: share buttons and counters, text-size and print
	// controls, time stamps ("Share on Facebook", "TT", "20", "Copy
	// link", "Updated at 1:23 p.m.").
	ReasonWidget Reason = "widget"
	// ReasonNavigation: links to other pages and section labels ("Next
	// Story", "More Coverage", "Read more", "World").
	ReasonNavigation Reason = "navigation"
	// ReasonPromo: app, newsletter and follow prompts ("Download the app
	// now", "Don't miss out on the headlines…", "FOLLOW UPDATES BELOW:").
	ReasonPromo Reason = "promo"
	// ReasonAdvert: advertising markers ("Advertisement", "Story continues
	// below advertisement").
	ReasonAdvert Reason = "advert"
	// ReasonRelated: a link to another story inside the text ("Read more:
	// <title>", "Related: <title>").
	ReasonRelated Reason = "related"
	// ReasonFooter: republication and copyright notes, credits of other
	// reporters ("Originally published as …", "All rights reserved",
	// "Jane Doe contributed to this report.").
	ReasonFooter Reason = "footer"
	// ReasonComments: readers' comments printed under the story, from
	// their label or first header (a name and a date with a clock time,
	// "Martha Ellis July 13, 2012 at 3:24 am"; three within 24 lines) to
	// the story's end.
	ReasonComments Reason = "comments"
	// ReasonRepeatedTitle: the headline printed again.
	ReasonRepeatedTitle Reason = "repeated-title"
	// ReasonRepeatedCaption: a caption printed again.
	ReasonRepeatedCaption Reason = "repeated-caption"
	// ReasonRepeatedParagraph: a paragraph printed again, word for word
	// (punctuation, quote style and case aside).
	ReasonRepeatedParagraph Reason = "repeated-paragraph"
	// ReasonRepeatedSentence: a sentence printed again: on its own line
	// (a standfirst or pull quote that repeats a sentence of a paragraph)
	// or at the start or end of a paragraph.
	ReasonRepeatedSentence Reason = "repeated-sentence"
)
