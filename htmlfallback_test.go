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
			name: "little-markup",
			page: `<html><body><div class="blog-widget"><div class="post-body">` +
				strings.Join(story, "<br><br>\n") + `</div></div><div id="archive">` +
				strings.Repeat("<div>October 2012 (4)</div><div>September (12)</div>", 12) + `</div></body></html>`,
			reason: "a box whose class says widget holds the story's lines; the rest of the page is short lines, so nothing was left",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := ParseHTML(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			var body []string
			for _, a := range as {
				body = append(body, a.Body())
			}
			got := strings.Join(body, "\n\n")
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
		as, err := ParseHTML(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var body strings.Builder
		for _, a := range as {
			body.WriteString(a.Body())
		}
		if got := body.String(); strings.Contains(got, "I crossed that bridge") || !strings.Contains(got, "Engineers found cracks") {
			t.Errorf("%s: body %q: want the story without the comments", box, got)
		}
	}
}
