package newstext

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestParseHTMLNeverEmpty feeds made-up pages of the shapes on which the
// first choice of main content used to hold no paragraph (issue 14): each
// must give a paragraph with its story's first sentence in it.
func TestParseHTMLNeverEmpty(t *testing.T) {
	story := []string{
		"The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.",
		"Engineers found cracks in two of its piers last spring, and the repairs would cost more than a new bridge.",
		"A ferry will run every twenty minutes until the new bridge opens, the mayor said after the vote.",
	}
	sidebar := "<ul>" + strings.Repeat("<li>I write about the town, its roads and its people, and more.</li>", 6) + "</ul>"
	tests := []struct {
		name   string
		page   string
		reason string
	}{
		{
			name: "wordpress-section",
			page: `<html><body class="single postid-12 s-author-admin"><div id="page">` +
				`<div class="widget-area" id="primary"><section class="post"><h1>Bridge to close</h1>` +
				"<p>" + strings.Join(story, "</p><p>") + "</p></section></div>" +
				`<div id="about">` + sidebar + `</div></div></body></html>`,
			reason: "the post's box says widget and holds less than three fifths of the page's text, so it was boilerplate and nothing else held a paragraph",
		},
		{
			name: "table-layout",
			page: `<html><body><a name="top"><table><tr><td><font size="2">` +
				strings.Join(story, "<br><br>") +
				`</font></td></tr><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr></table></body></html>`,
			reason: "an anchor without href left open around the page made every block link text",
		},
		{
			name: "story-word-on-a-quote-box",
			page: `<html><body><div id="page"><div id="main"><div class="node"><div class="contents">` +
				"<p>" + strings.Join(story, "</p><p>") + "</p></div></div></div>" +
				`<div id="bottom"><div class="block"><div class="inner"><div class="quote-day"><div class="quote-body">` +
				`A line from a speech, long enough to be a paragraph of its own, with a comma.</div></div></div></div></div></div></body></html>`,
			reason: "a box whose class says body holds one short paragraph and outscored the story's unmarked box",
		},
		{
			name: "photo-page",
			page: `<html><body><div class="content-wrapper"><div class="image"><img src="a.jpg" alt=""></div>` +
				`<div class="caption">` + strings.Join(story, " ") + `</div></div>` +
				`<div class="footer-links">External links are provided for reference purposes only, and the site is not responsible.</div></body></html>`,
			reason: "a photo page tells its story in the picture's caption, three sentences long",
		},
		{
			name: "little-markup",
			page: `<html><body><div class="blog-widget"><div class="post-body">` +
				strings.Join(story, "<br><br>\n") + `</div></div><div id="archive">` +
				strings.Repeat("<div>October 2012 (4)</div><div>September (12)</div>", 12) + `</div></body></html>`,
			reason: "a box whose class says widget holds the story's lines; the rest of the page is short lines, so nothing was left",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := htmlBody(t, tt.page)
			if !strings.Contains(got, story[0]) {
				t.Errorf("body %q lacks the story's first sentence (%s)", got, tt.reason)
			}
		})
	}
}

// TestClassWeightTaxonomy: the classes blog engines derive from a post's
// tags, categories and author name say nothing of an element's role.
func TestClassWeightTaxonomy(t *testing.T) {
	tests := []struct {
		name, class string
		want        int
	}{
		{"tag", "post hentry tag-credit-card-rewards", 25},
		{"category", "post category-social-media", 25},
		{"body-author", "wordpress single s-author-admin", 0},
		{"entry-author", "entry-author-aws_evangelist entry-type-post entry", 25},
		{"author-box", "author-box", junkWeight},
		{"post-author", "post type-post author-erika-riggs category-eye-candy", 25},
		{"author-alone", "author-erika-riggs", junkWeight},
		{"caption", "photo-caption", captionWeight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div,
				Attr: []html.Attribute{{Key: "class", Val: tt.class}}}
			if got := classWeight(n); got != tt.want {
				t.Errorf("classWeight(class=%q) = %d, want %d", tt.class, got, tt.want)
			}
		})
	}
}

// TestParseHTMLCommentsOut: readers' comments stay out of the body even
// when they hold most of the page's text (issue 14: comments are not the
// article).
func TestParseHTMLCommentsOut(t *testing.T) {
	story := "<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>" +
		"<p>Engineers found cracks in two of its piers last spring, and the repairs would cost more than a new bridge.</p>"
	comment := "<dt>1. Reader - October 26, 2012</dt><dd><p>I crossed that bridge every day for thirty years, and I will miss it, cracks and all, more than I can say.</p></dd>"
	for _, box := range []string{`<div id="comments"><dl>`, `<div><dl class="commentlist">`} {
		page := `<html><body><div class="post">` + story + `</div>` + box + strings.Repeat(comment, 20) + `</dl></div></body></html>`
		if got, _ := htmlBody(t, page); strings.Contains(got, "I crossed that bridge") || !strings.Contains(got, "Engineers found cracks") {
			t.Errorf("%s: body %q: want the story without the comments", box, got)
		}
	}
	// A reader who quotes a paper or the post: the quotation is the
	// comment's, though a blockquote in a box of links or buttons (an
	// embedded post) is quoted text of the story.
	quoting := `<div class="comments"><ul><li><p>Reader said:</p><blockquote><p>The repairs were priced by an engineer who never saw the bridge, and the price is twice what the county paid last time.</p></blockquote><p>Is that so?</p></li></ul></div>`
	page := `<html><body><div class="post">` + story + `</div>` + quoting + `</body></html>`
	if got, _ := htmlBody(t, page); strings.Contains(got, "never saw the bridge") || !strings.Contains(got, "Engineers found cracks") {
		t.Errorf("quoting comment: body %q: want the story without the quotation in a comment", got)
	}
}

// TestParseHTMLProseCaption: a caption of three sentences beside a
// picture is the story only on a page whose main content says less; a
// <figcaption>, a caption around its picture, and a caption beside a
// longer story stay captions.
func TestParseHTMLProseCaption(t *testing.T) {
	slide := "The mayor opened the new bridge on Monday. Hundreds of people walked across it before the first car. The old bridge will be torn down in the spring."
	story := "<p>" + strings.Repeat("The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921. ", 3) + "</p>" +
		"<p>" + strings.Repeat("Engineers found cracks in two of its piers last spring, and the repairs would cost more than a new bridge. ", 3) + "</p>"
	tests := []struct {
		name, page string
		inBody     bool
	}{
		{"photo-page", `<div class="slide"><div class="photo"><img src="a.jpg"></div><div class="caption">` + slide + `</div></div>`, true},
		{"figcaption", `<figure><img src="a.jpg"><figcaption>` + slide + `</figcaption></figure>`, false},
		{"around-its-picture", `<div class="wp-caption"><img src="a.jpg"><p>` + slide + `</p></div>`, false},
		{"beside-a-story", `<div class="post">` + story + `<div class="photo"><img src="a.jpg"></div><div class="caption">` + slide + `</div></div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, captions := htmlBody(t, "<html><body>"+tt.page+"</body></html>")
			if got := strings.Contains(body, "Hundreds of people"); got != tt.inBody {
				t.Errorf("slide text in the body: %v, want %v (body %q, captions %q)", got, tt.inBody, body, captions)
			}
			if !tt.inBody && !strings.Contains(captions, "Hundreds of people") {
				t.Errorf("captions %q lack the slide's text", captions)
			}
		})
	}
}

// htmlBody returns the bodies of the articles ParseHTML gives for page,
// a blank line between them, and their captions, one to a line.
func htmlBody(t *testing.T, page string) (body, captions string) {
	t.Helper()
	as, err := ParseHTML(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var bs, cs []string
	for _, a := range as {
		bs = append(bs, a.Body())
		for _, c := range a.Captions {
			cs = append(cs, c.Text)
		}
	}
	return strings.Join(bs, "\n\n"), strings.Join(cs, "\n")
}

// TestParseHTMLCommentsLabel: comments that no class marks, under a
// heading as a blog engine's default template prints it, end the story;
// a heading or a sentence that only begins like one does not.
func TestParseHTMLCommentsLabel(t *testing.T) {
	story := "<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>" +
		"<p>Engineers found cracks in two of its piers last spring, and the repairs would cost more than a new bridge.</p>"
	comment := `<p>I crossed that bridge every day for thirty years, and I will miss it, cracks and all, more than I can say.</p><p class="posted">Posted by: Reader | Mar 26, 2007 2:00:18 PM</p>`
	for _, label := range []string{"<h2>Comments</h2>", "<h3>12 Responses to “Bridge to close”</h3>", "<h3>Leave a Reply</h3>", "<h4>3 thoughts on “Bridge to close”</h4>", "<p>Comments (2)</p>"} {
		page := `<html><body><div class="content">` + story + label + strings.Repeat(comment, 5) + `</div></body></html>`
		if got, _ := htmlBody(t, page); strings.Contains(got, "I crossed that bridge") || !strings.Contains(got, "Engineers found cracks") {
			t.Errorf("%s: body %q: want the story without the comments", label, got)
		}
	}
	for _, label := range []string{"<h2>Discussion</h2>", "<p>Thoughts on how the works are going when I am back.</p>", "<h2>Comment</h2>",
		// A story's own short paragraphs (once read as comments headings):
		"<p>No comment.</p>", "<p>No response to the request was received.</p>",
		"<p>One response to the crisis was a new tax.</p>", "<p>No reply to our e-mail.</p>"} {
		page := `<html><body><div class="content">` + story + label + strings.Repeat(comment, 5) + `</div></body></html>`
		if got, _ := htmlBody(t, page); !strings.Contains(got, "I crossed that bridge") {
			t.Errorf("%s: body %q: want the text after it kept", label, got)
		}
	}
}

// TestParseHTMLLinkedParagraph: a paragraph whose words are mostly links
// but that says something of its own (20 bytes or more outside them) is
// the story's; a link alone, or a list of links with a few words between
// them, is not.
func TestParseHTMLLinkedParagraph(t *testing.T) {
	story := "<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>" +
		"<p>Engineers found cracks in two of its piers last spring, and the repairs would cost more than a new bridge.</p>"
	linked := `<p>Read the <a href="/a">engineers' full inspection report on the bridge piers</a> and <a href="/b">the council's vote</a> for yourself.</p>`
	links := `<p><a href="/c">Bridge closures across the county this year</a> | <a href="/d">Traffic updates</a></p>`
	page := `<html><body><div class="content">` + story + linked + links + `</div></body></html>`
	got, _ := htmlBody(t, page)
	if !strings.Contains(got, "full inspection report") {
		t.Errorf("body %q: want the paragraph of mostly links that says something of its own", got)
	}
	if strings.Contains(got, "Traffic updates") {
		t.Errorf("body %q: want the list of links left out", got)
	}
}

// TestClassWeightCamelCase: the words of a class written in camel case
// weigh as the words of one written with hyphens; a part of one or two
// letters does not ("adShift" names no advert).
func TestClassWeightCamelCase(t *testing.T) {
	for _, c := range []struct {
		class string
		want  int
	}{
		{"InlineImage-imageEmbedCaption", captionWeight},
		{"RelatedContent", junkWeight},
		{"ArticleBody-articleBody", 25},
		{"hnews hentry adShift", 25},
		{"adX6", 0},
		{"ad", junkWeight},
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div, Attr: []html.Attribute{{Key: "class", Val: c.class}}}
		if got := classWeight(n); got != c.want {
			t.Errorf("classWeight(class=%q) = %d, want %d", c.class, got, c.want)
		}
	}
	// The caption of a picture whose class says so in camel case is a
	// caption, not a paragraph.
	story := strings.Repeat("<p>The council voted on Tuesday to close the old bridge, which has carried traffic over the river since 1921.</p>", 4)
	page := `<html><body><div class="ArticleBody-articleBody"><div class="InlineImage-wrapper"><img src="a.jpg">` +
		`<div class="InlineImage-imageEmbedCaption">The mayor, center, passes the bridge on Monday.</div></div>` + story + `</div></body></html>`
	if body, caps := htmlBody(t, page); strings.Contains(body, "The mayor, center") || !strings.Contains(caps, "The mayor, center") {
		t.Errorf("body %q, captions %q: want the caption among the captions only", body, caps)
	}
}

// TestClassWeightHeadingSlug: an id made from the text of the heading the
// element is or opens with is the section's subject ("sharing" of
// "sharing-with-a-single-developer" is no share bar); an id that only reads
// like a phrase, a role's id of a few words and a class still weigh.
func TestClassWeightHeadingSlug(t *testing.T) {
	tests := []struct {
		name, page string
		want       int
	}{
		{"slug", `<div id="sharing-with-a-single-developer"><h2>Sharing with a single developer<a class="headerlink">¶</a></h2><p>Text.</p></div>`, 0},
		{"slug-underscores", `<section id="how_to_share_a_post_on_social_media">
			<!-- a comment --><h3>How to share a post on social media</h3></section>`, 0},
		{"heading-itself", `<h2 id="the-story-of-the-bridge-and-the-river">The story of the bridge and the river</h2>`, 0},
		{"apostrophe", `<section id="whats-new-in-the-sharing-api"><h2>What’s new in the sharing API</h2></section>`, 0},
		{"second-of-a-name", `<div id="sharing-with-a-single-developer-1"><h2>Sharing with a single developer</h2></div>`, 0},
		{"phrase-without-heading", `<div id="sign-up-for-our-daily-newsletter"><p>Get the best of the news in your inbox.</p></div>`, junkWeight},
		{"other-heading", `<div id="sign-up-for-our-daily-newsletter"><h3>Our newsletter</h3></div>`, junkWeight},
		{"share-bar", `<div id="social-share-bar"><h2>Social share bar</h2></div>`, junkWeight},
		{"long-role-no-function-word", `<div id="post-footer-share-buttons-wrapper"></div>`, junkWeight},
		{"class-not-id", `<div class="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2></div>`, junkWeight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			body := doc.FirstChild.LastChild // <html>'s <body>
			n := body.FirstChild
			if got := classWeight(n); got != tt.want {
				t.Errorf("classWeight(%s) = %d, want %d", tt.page, got, tt.want)
			}
		})
	}
}
