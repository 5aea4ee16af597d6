package strip

import (
	"slices"
	"testing"
)

func TestRewrites(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"articleBody":"x"}</script></head>` +
		`<body><article class="story" id=main><P class='lead'>One.</p><section><p>Two.</P></section></article></body></html>`
	for _, tc := range []struct{ name, want string }{
		{"brs", `<html><head><script type="application/ld+json">{"articleBody":"x"}</script></head>` +
			`<body><article class="story" id=main><br><br>One.<section><br><br>Two.</section></article></body></html>`},
		{"divs", `<html><head><script type="application/ld+json">{"articleBody":"x"}</script></head>` +
			`<body><article class="story" id=main><div>One.</div><section><div>Two.</div></section></article></body></html>`},
		{"bare", `<html><head><script type="application/ld+json">{"articleBody":"x"}</script></head>` +
			`<body><article><P>One.</p><section><p>Two.</P></section></article></body></html>`},
		{"html4", `<html><head><script type="application/ld+json">{"articleBody":"x"}</script></head>` +
			`<body><div class="story" id=main><P class='lead'>One.</p><div><p>Two.</P></div></div></body></html>`},
		{"nold", `<html><head></head>` +
			`<body><article class="story" id=main><P class='lead'>One.</p><section><p>Two.</P></section></article></body></html>`},
		{"old", `<html><head></head><body><div><br><br>One.<div><br><br>Two.</div></div></body></html>`},
	} {
		f, ok := Lookup(tc.name)
		if !ok {
			t.Fatalf("Lookup(%q): no rewrite", tc.name)
		}
		if got := string(f([]byte(page))); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
	if got, want := Names(), []string{"bare", "brs", "divs", "html4", "nold", "old"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
	if _, ok := Lookup("nope"); ok {
		t.Error(`Lookup("nope") found a rewrite`)
	}
}
