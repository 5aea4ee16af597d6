package newstext

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// metaDoc parses page as goquery does for [Parser.ParseHTML], after
// [toUTF8].
func metaDoc(tb testing.TB, page []byte) *goquery.Document {
	tb.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(toUTF8(page)))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// ld wraps JSON in a JSON-LD script element.
func ld(json string) string {
	return `<script type="application/ld+json">` + json + `</script>`
}

func TestReadMeta(t *testing.T) {
	tests := []struct {
		name   string
		head   string // inside <head>
		body   string // inside <body>
		want   pageMeta
		reason string
	}{
		// Title.
		{
			name: "og title over title, site suffix cut",
			head: `<title>Storm hits coast | Daily Planet</title>
				<meta property="og:site_name" content="Daily Planet">
				<meta property="og:title" content="Storm hits the coast - Daily Planet">`,
			want: pageMeta{Title: "Storm hits the coast", Site: "Daily Planet"},
		},
		{
			name: "title with site suffix",
			head: `<title>Storm hits coast – The Daily Planet</title>
				<meta property="og:site_name" content="The Daily Planet">`,
			want: pageMeta{Title: "Storm hits coast", Site: "The Daily Planet"},
		},
		{
			name: "title with site prefix, site compared without case",
			head: `<title>DAILY PLANET: Storm hits coast</title>
				<meta property="og:site_name" content="Daily Planet">`,
			want: pageMeta{Title: "Storm hits coast", Site: "Daily Planet"},
		},
		{
			name: "title with domain suffix, no site",
			head: `<title>Storm hits coast - DailyPlanet.com</title>`,
			want: pageMeta{Title: "Storm hits coast"},
		},
		{
			name:   "legitimate dash kept",
			head:   `<meta property="og:site_name" content="Daily Planet"><meta property="og:title" content="Covid-19 - what we know so far">`,
			want:   pageMeta{Title: "Covid-19 - what we know so far", Site: "Daily Planet"},
			reason: "the segment after the dash is not the site and nothing confirms the rest",
		},
		{
			name:   "legitimate dash kept, no site",
			head:   `<title>Biden - Putin summit ends without deal</title>`,
			want:   pageMeta{Title: "Biden - Putin summit ends without deal"},
			reason: "the last segment is the longer one",
		},
		{
			name:   "lower-case tail kept",
			head:   `<title>Spain beat Italy in the final - live</title>`,
			want:   pageMeta{Title: "Spain beat Italy in the final - live"},
			reason: "a site name is capitalised",
		},
		{
			name:   "proper-name tail cut when no site is known",
			head:   `<title>엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 - Entermedia</title>`,
			want:   pageMeta{Title: "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유"},
			reason: "one capitalised word after a headline six words long",
		},
		{
			name: "h1 confirms the headline in og:title",
			head: `<meta property="og:title" content="Opinion | Why cities need more trees">`,
			body: `<h1>Why cities need more trees</h1>`,
			want: pageMeta{Title: "Why cities need more trees"},
		},
		{
			name: "JSON-LD headline confirms the headline in og:title",
			head: `<meta property="og:title" content="Opinion - Why cities need trees">` +
				ld(`{"@type":"NewsArticle","headline":"Why cities need trees"}`),
			want: pageMeta{Title: "Why cities need trees"},
		},
		{
			name: "short label after a pipe cut",
			head: `<meta property="og:title" content="Storm batters the coast overnight | Weather">`,
			want: pageMeta{Title: "Storm batters the coast overnight"},
		},
		{
			name: "twitter title when no og title",
			head: `<title>Home</title><meta name="twitter:title" content="Storm hits coast">`,
			want: pageMeta{Title: "Storm hits coast"},
		},
		{
			name: "JSON-LD headline before h1",
			head: ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"From JSON-LD"}`),
			body: `<h1>From the h1</h1>`,
			want: pageMeta{Title: "From JSON-LD"},
		},
		{
			name: "h1 before title",
			head: `<title>Storm hits the coast at dawn - Daily Planet</title>`,
			body: `<h1>Storm hits the coast at dawn</h1>`,
			want: pageMeta{Title: "Storm hits the coast at dawn"},
		},
		{
			name:   "site logo h1 ignored",
			head:   `<title>September 2018 open thread - The GiveWell Blog</title>`,
			body:   `<h1 id="logo"><a href="/">The GiveWell Blog</a></h1><h1>September 2018 open thread</h1>`,
			want:   pageMeta{Title: "September 2018 open thread"},
			reason: "the first h1 is the title's last segment: the site, not the headline",
		},
		{
			name: "empty h1 skipped",
			body: `<h1><img src="logo.png"></h1><h1>Real headline</h1>`,
			want: pageMeta{Title: "Real headline"},
		},
		{
			name: "svg title is not the page title",
			body: `<svg><title>Close icon</title></svg><p>text</p>`,
			want: pageMeta{},
		},
		{
			name: "entities and white space in the title cleaned",
			head: "<title>  Caf&eacute;\u00a0owners &amp;amp; the  \n law </title>",
			want: pageMeta{Title: "Café owners & the law"},
		},

		// Site.
		{
			name: "site from JSON-LD publisher",
			head: ld(`{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Planet Media"}}`) +
				`<meta name="application-name" content="PlanetApp">`,
			want: pageMeta{Site: "Planet Media"},
		},
		{
			name: "site from application-name",
			head: `<meta name="application-name" content="PlanetApp"><meta name="twitter:site" content="@planet">`,
			want: pageMeta{Site: "PlanetApp"},
		},
		{
			name: "site from twitter:site without the at sign",
			head: `<meta name="twitter:site" content="@planet">`,
			want: pageMeta{Site: "planet"},
		},
		{
			name: "site URL rejected",
			head: `<meta property="og:site_name" content="https://www.planet.example">` +
				ld(`{"@type":"NewsArticle","publisher":{"name":"Planet"}}`),
			want: pageMeta{Site: "Planet"},
		},

		// Byline.
		{
			name: "meta author",
			head: `<meta name="author" content="Jane Doe">`,
			want: pageMeta{Byline: "Jane Doe"},
		},
		{
			name: "two meta authors joined",
			head: `<meta name="author" content="By Jane Doe"><meta name="author" content="John Roe">`,
			want: pageMeta{Byline: "Jane Doe and John Roe"},
		},
		{
			name: "author URL rejected",
			head: `<meta name="author" content="https://www.facebook.com/janedoe">
				<meta property="article:author" content="https://www.facebook.com/janedoe">
				<meta property="article:author" content="Jane Doe">`,
			want: pageMeta{Byline: "Jane Doe"},
		},
		{
			name: "author e-mail rejected",
			head: `<meta name="author" content="jane@planet.example">`,
			body: `<a rel="author" href="/jane">Jane Doe</a>`,
			want: pageMeta{Byline: "Jane Doe"},
		},
		{
			name: "JSON-LD author object",
			head: ld(`{"@type":"BlogPosting","author":{"@type":"Person","name":"Jane Doe"}}`),
			want: pageMeta{Byline: "Jane Doe"},
		},
		{
			name: "JSON-LD graph author array by reference",
			head: ld(`{"@context":"https://schema.org","@graph":[
				{"@type":"WebSite","@id":"https://p.example/#site","name":"Planet"},
				{"@type":["NewsArticle","Article"],"@id":"https://p.example/a#article",
				 "headline":"Graph headline","datePublished":"2024-03-05T10:00:00Z",
				 "author":[{"@id":"https://p.example/#jane"},{"@id":"https://p.example/#john"},"Ann Poe"],
				 "publisher":{"@id":"https://p.example/#org"}},
				{"@type":"Person","@id":"https://p.example/#jane","name":"Jane Doe"},
				{"@type":"Person","@id":"https://p.example/#john","name":"John Roe"},
				{"@type":"Organization","@id":"https://p.example/#org","name":"Planet Media"}]}`),
			want: pageMeta{Title: "Graph headline", Site: "Planet Media", Byline: "Jane Doe, John Roe and Ann Poe", Published: "2024-03-05T10:00:00Z"},
		},
		{
			name: "JSON-LD top-level array",
			head: ld(`[{"@type":"BreadcrumbList"},{"@type":"http://schema.org/ReportageNewsArticle","headline":"Array headline","author":["Jane Doe","John Roe"]}]`),
			want: pageMeta{Title: "Array headline", Byline: "Jane Doe and John Roe"},
		},
		{
			name:   "author naming the publisher gives way to a person",
			head:   `<meta name="author" content="Condé Nast"><meta name="copyright" content="Copyright (c) Condé Nast 2019">` + ld(`{"@type":"NewsArticle","author":[{"@type":"Person","name":"Molly Wood"}]}`),
			want:   pageMeta{Byline: "Molly Wood"},
			reason: "the copyright holder is the company, not the writer",
		},
		{
			name: "author naming the site kept when nothing else",
			head: `<meta property="og:site_name" content="BBC News"><meta name="author" content="BBC News">`,
			want: pageMeta{Site: "BBC News", Byline: "BBC News"},
		},
		{
			name: "rel author elements near each other, comment authors left out",
			body: `<p class="meta">By <a rel="author" href="/a/jane">Jane Doe</a> and <a rel="author" href="/a/john">John Roe</a></p>
				<article><p>Story.</p></article>
				<ol class="comments"><li><div><div><cite itemprop="author">Karol</cite></div></div></li></ol>`,
			want: pageMeta{Byline: "Jane Doe and John Roe"},
		},
		{
			name: "itemprop author with a name inside",
			body: `<div itemprop="author" itemscope><span itemprop="name">By <span>JERUSALEM POST STAFF</span></span>
				<div itemprop="name">NOVEMBER 20, 2019 10:43</div></div>`,
			want: pageMeta{Byline: "JERUSALEM POST STAFF"},
		},
		{
			name:   "long author element rejected",
			body:   `<span rel="author">This is not a name but a whole sentence of text about things</span>`,
			want:   pageMeta{},
			reason: "more than eight words",
		},
		{
			name: "byline class, By dropped, date line cut",
			body: `<p class="gray small byline">By <a href="/x">Mike Wuerthele and Malcolm Owen</a><br>
				<span>Monday, November 18, 2019, 04:05 pm PT</span></p>`,
			want: pageMeta{Byline: "Mike Wuerthele and Malcolm Owen"},
		},
		{
			name: "byline class with an author child",
			body: `<div class="byline-section"><div class="attribution"><span class="author">Kevin Johnson and Kevin McCoy</span>
				<span class="publication">USA TODAY</span></div><div class="publish-date">Published 7:07 PM EST Nov 19, 2019</div></div>`,
			want: pageMeta{Byline: "Kevin Johnson and Kevin McCoy"},
		},
		{
			name: "byline class cut before Published",
			body: `<div class="ArticleByline">Detroit News wire services <span>Published 11:11 PM EST Nov 19, 2019</span></div>`,
			want: pageMeta{Byline: "Detroit News wire services"},
		},
		{
			name: "label before the name dropped",
			body: `<span itemprop="author creator">Текст: Лида Буслаева</span>`,
			want: pageMeta{Byline: "Лида Буслаева"},
		},

		// Published.
		{
			name: "article:published_time first",
			head: `<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
				<meta name="pubdate" content="2024-03-04">`,
			want: pageMeta{Published: "2024-03-05T10:00:00+01:00"},
		},
		{
			name: "itemprop datePublished datetime",
			body: `<time itemprop="datePublished dateCreated" datetime="2024-03-05T10:00:00Z">5 March</time>`,
			want: pageMeta{Published: "2024-03-05T10:00:00Z"},
		},
		{
			name: "itemprop datePublished in a meta list",
			head: `<meta itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">`,
			want: pageMeta{Published: "2019-11-19T11:00:09.000Z"},
		},
		{
			name: "JSON-LD datePublished",
			head: ld(`{"@type":"NewsArticle","datePublished":"2024-03-05"}`) + `<meta name="date" content="2024-01-01">`,
			want: pageMeta{Published: "2024-03-05"},
		},
		{
			name: "JSON-LD datePublished of a claim review",
			head: ld(`{"@type":"ClaimReview","datePublished":"2019-11-18T10:15:00+00:00"}`),
			want: pageMeta{Published: "2019-11-18T10:15:00+00:00"},
		},
		{
			name: "pubdate meta names in order",
			head: `<meta name="sailthru.date" content="2024-03-02"><meta name="parsely-pub-date" content="2024-03-01">`,
			want: pageMeta{Published: "2024-03-01"},
		},
		{
			name: "time datetime fallback",
			body: `<p>Posted <time datetime="2024-03-05T08:00">this morning</time></p><time datetime="2020-01-01">old</time>`,
			want: pageMeta{Published: "2024-03-05T08:00"},
		},
		{
			name:   "ISO date preferred over an earlier one as written",
			head:   `<meta property="article:published_time" content="November 19, 2019, 07:47 PM EST"><meta name="date" content="2019-11-19">`,
			want:   pageMeta{Published: "2019-11-19"},
			reason: "the lead asked for an ISO 8601 value where the page gives one",
		},
		{
			name: "date as written when no ISO one",
			head: `<meta property="article:published_time" content="November 19, 2019, 07:47 PM EST">`,
			want: pageMeta{Published: "November 19, 2019, 07:47 PM EST"},
		},
		{
			name: "zero time is no date",
			head: `<meta property="article:published_time" content="0001-01-01T00:00:00Z">`,
			body: `<time datetime="2019-11-20T05:00:00Z">Nov 20</time>`,
			want: pageMeta{Published: "2019-11-20T05:00:00Z"},
		},

		// JSON-LD robustness.
		{
			name:   "JSON-LD main entity before other parts",
			head:   ld(`{"@type":"WebPage","hasPart":{"@type":"Article","headline":"Part"},"mainEntity":{"@type":"NewsArticle","headline":"Main"},"about":{"@type":"Article","headline":"About"}}`),
			want:   pageMeta{Title: "Main"},
			reason: "mainEntity is what the page is about; the other members go in key order, never in Go's random map order",
		},
		{
			name: "invalid JSON-LD ignored",
			head: ld(`{"@type":"NewsArticle","headline":"Broken",}`) +
				ld(`{"@type":"NewsArticle","headline":"Valid","author":"Jane Doe"}`),
			want: pageMeta{Title: "Valid", Byline: "Jane Doe"},
		},
		{
			name: "JSON-LD with raw line breaks in a string",
			head: ld("{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\"}"),
			want: pageMeta{Title: "Two lines"},
		},
		{
			name: "JSON-LD in an HTML comment, with a trailing semicolon",
			head: ld(`<!-- {"@type":"Article","headline":"Commented"}; -->`),
			want: pageMeta{Title: "Commented"},
		},
		{
			name: "JSON-LD reference cycle",
			head: ld(`{"@graph":[{"@type":"Article","author":{"@id":"#a"}},{"@id":"#a","sameAs":{"@id":"#a"},"knows":{"@id":"#a"}}]}`),
			want: pageMeta{},
		},
		{
			name: "JSON-LD scalars and junk",
			head: ld(`42`) + ld(`"text"`) + ld(`null`) + ld(``) + ld(`{"@type":7,"headline":["A list"]}`),
			want: pageMeta{Title: "A list"},
		},
		{
			name: "nothing",
			want: pageMeta{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"
			got := readMeta(metaDoc(t, []byte(page)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("readMeta mismatch (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

func TestReadMetaNil(t *testing.T) {
	if got := readMeta(nil); got != (pageMeta{}) {
		t.Errorf("readMeta(nil) = %+v", got)
	}
	if got := readMeta(&goquery.Document{}); got != (pageMeta{}) {
		t.Errorf("readMeta(empty Document) = %+v", got)
	}
}

func TestJoinBylineNames(t *testing.T) {
	tests := []struct {
		names []string
		want  string
	}{
		{nil, ""},
		{[]string{"A"}, "A"},
		{[]string{"A", "B"}, "A and B"},
		{[]string{"A", "B", "C"}, "A, B and C"},
		{[]string{"A", "B", "C", "D"}, "A, B, C and D"},
	}
	for _, tt := range tests {
		if got := joinBylineNames(tt.names); got != tt.want {
			t.Errorf("joinBylineNames(%q) = %q, want %q", tt.names, got, tt.want)
		}
	}
}

// encode returns s in e, failing the test if e cannot encode it.
func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func TestToUTF8(t *testing.T) {
	const latin = `<title>Café “déjà vu” – 50€</title>`
	const latin1 = `<title>Café déjà vu, naïve ½ £5</title>`
	const japaneseText = `<title>商品の改造が商標法違反に！？</title>`
	tests := []struct {
		name string
		in   func(t *testing.T) []byte
		want string // "" for: comes back unchanged, without a copy
	}{
		{
			name: "windows-1252 by meta charset",
			in: func(t *testing.T) []byte {
				return encode(t, charmap.Windows1252, `<html><head><meta charset="windows-1252">`+latin)
			},
			want: `<html><head><meta charset="windows-1252">` + latin,
		},
		{
			name: "ISO-8859-1 by http-equiv",
			in: func(t *testing.T) []byte {
				return encode(t, charmap.ISO8859_1, `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">`+latin1)
			},
			want: `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">` + latin1,
		},
		{
			name: "Shift_JIS by meta charset, quoted with single quotes",
			in: func(t *testing.T) []byte {
				return encode(t, japanese.ShiftJIS, `<html><head><meta charset='Shift_JIS'>`+japaneseText)
			},
			want: `<html><head><meta charset='Shift_JIS'>` + japaneseText,
		},
		{
			name: "UTF-16LE by BOM",
			in: func(t *testing.T) []byte {
				return encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), `<html><head>`+japaneseText)
			},
			want: `<html><head>` + japaneseText,
		},
		{
			name: "UTF-16BE by BOM",
			in: func(t *testing.T) []byte {
				return encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), `<html><head>`+latin)
			},
			want: `<html><head>` + latin,
		},
		{
			name: "UTF-8 BOM dropped",
			in:   func(t *testing.T) []byte { return []byte("\xef\xbb\xbf<title>Café</title>") },
			want: "<title>Café</title>",
		},
		{
			name: "UTF-8 unchanged",
			in:   func(t *testing.T) []byte { return []byte(`<meta charset="utf-8">` + latin) },
		},
		{
			name: "UTF-8 declared as windows-1252 unchanged",
			in:   func(t *testing.T) []byte { return []byte(`<meta charset="windows-1252">` + latin) },
		},
		{
			name: "unknown charset: detected",
			in:   func(t *testing.T) []byte { return []byte("<meta charset=\"x-klingon\"><title>Caf\xe9</title>") },
			want: "<meta charset=\"x-klingon\"><title>Café</title>",
		},
		{
			name: "no charset, invalid UTF-8: detected",
			in:   func(t *testing.T) []byte { return []byte("<title>Caf\xe9</title>") },
			want: "<title>Café</title>",
		},
		{
			name: "no charset, windows-1251: detected",
			in: func(t *testing.T) []byte {
				return encode(t, charmap.Windows1251, "<title>Мосты через Обь закроют на ремонт</title>")
			},
			want: "<title>Мосты через Обь закроют на ремонт</title>",
		},
		{
			name: "charset after the first 1024 bytes: detected",
			in: func(t *testing.T) []byte {
				return []byte("<!--" + strings.Repeat("x", 1100) + "--><meta charset=windows-1252><title>Caf\xe9</title>")
			},
			want: "<!--" + strings.Repeat("x", 1100) + "--><meta charset=windows-1252><title>Café</title>",
		},
		{
			name: "content charset without http-equiv: detected",
			in: func(t *testing.T) []byte {
				return []byte("<meta content=\"text/html; charset=windows-1252\"><title>Caf\xe9</title>")
			},
			want: "<meta content=\"text/html; charset=windows-1252\"><title>Café</title>",
		},
		{
			name: "declared UTF-16 without BOM, valid UTF-8 unchanged",
			in:   func(t *testing.T) []byte { return []byte("<meta charset=utf-16><title>Café</title>") },
		},
		{
			name: "declared UTF-16 without BOM, not UTF-8: detected",
			in:   func(t *testing.T) []byte { return []byte("<meta charset=utf-16><title>Caf\xe9</title>") },
			want: "<meta charset=utf-16><title>Café</title>",
		},
		{
			name: "declared UTF-8, a stray byte: U+FFFD",
			in:   func(t *testing.T) []byte { return []byte("<meta charset=utf-8><title>Café \xff “x”</title>") },
			want: "<meta charset=utf-8><title>Café \uFFFD “x”</title>",
		},
		{
			name: "replacement encoding, valid UTF-8 unchanged",
			in:   func(t *testing.T) []byte { return []byte("<meta charset=iso-2022-kr><title>Café</title>") },
		},
		{
			name: "replacement encoding, a stray byte: U+FFFD",
			in:   func(t *testing.T) []byte { return []byte("<meta charset=replacement><title>Café\xff</title>") },
			want: "<meta charset=replacement><title>Café\uFFFD</title>",
		},
		{
			name: "UTF-8 BOM, a stray byte: U+FFFD",
			in:   func(t *testing.T) []byte { return []byte("\xef\xbb\xbf<title>Caf\xe9</title>") },
			want: "<title>Caf\uFFFD</title>",
		},
		{
			name: "empty",
			in:   func(t *testing.T) []byte { return []byte{} },
		},
		{
			name: "odd UTF-16 tail",
			in:   func(t *testing.T) []byte { return []byte("\xff\xfeA\x00B") },
			want: "A\uFFFD",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in(t)
			orig := bytes.Clone(in)
			got := toUTF8(in)
			if tt.want == "" {
				if !bytes.Equal(got, orig) || len(in) > 0 && &got[0] != &in[0] {
					t.Errorf("toUTF8 = %q, want the input unchanged and not copied", got)
				}
				return
			}
			if string(got) != tt.want {
				t.Errorf("toUTF8 = %q, want %q", got, tt.want)
			}
			if !utf8.Valid(got) {
				t.Errorf("toUTF8 = %q, not valid UTF-8", got)
			}
			if !bytes.Equal(in, orig) {
				t.Errorf("toUTF8 changed its input")
			}
		})
	}
}

// TestToUTF8ReadMeta checks the two together, as the HTML path runs them:
// a Windows-1252 page's metadata comes out in UTF-8.
func TestToUTF8ReadMeta(t *testing.T) {
	page := encode(t, charmap.Windows1252, `<html><head><meta http-equiv="content-type" content="text/html;charset=windows-1252">
		<meta property="og:title" content="Café “déjà vu”"><meta name="author" content="José Ñúñez"></head></html>`)
	got := readMeta(metaDoc(t, page))
	want := pageMeta{Title: "Café “déjà vu”", Byline: "José Ñúñez"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("readMeta mismatch (-want +got):\n%s", diff)
	}
}

// FuzzReadMeta checks that readMeta and toUTF8 never panic and keep their
// promises on any bytes (checkReadMeta): every field is valid UTF-8,
// [Clean] and so trimmed, and the byline holds no URL or e-mail address;
// toUTF8 returns valid UTF-8, and bytes that are already UTF-8 come back
// unchanged. Seeds are small: hand-made pages, the metadata of each page
// of testdata/html and pieces of those pages (htmlSeeds), at most
// maxHTMLSeed bytes; the huge pages are in hugeHTMLInputs
// (TestHugeInputs). Run it with
//
//	go test -run '^$' -fuzz='^FuzzReadMeta$' -fuzztime=60s -fuzzminimizetime=10s .
func FuzzReadMeta(f *testing.F) {
	seeds := []string{
		"",
		"<title>x</title>",
		`<meta property="og:title" content="A - B"><meta property="og:site_name" content="B">`,
		`<meta name="author" content="https://x.example/a"><a rel="author">By Jane</a>`,
		ld(`{"@graph":[{"@type":["NewsArticle"],"author":[{"@id":"#a"}],"headline":"H"},{"@id":"#a","name":"A"}]}`),
		ld(`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{"@type":"Article","headline":"deep"}]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`),
		ld(`{"@type":"Article","author":{"@id":"#a"}}`) + ld(`{"@id":"#a","author":{"@id":"#a"}}`),
		`<div class="byline">By <b>Jane Doe</b><br>Updated Nov. 3, 2019</div><time datetime="2019-11-03">`,
		"<meta charset=windows-1252><title>Caf\xe9 \x93x\x94</title>",
		"\xff\xfe<\x00t\x00i\x00t\x00l\x00e\x00>\x00",
		"\xef\xbb\xbf<h1>\xe2\x80\x8bHi\u00a0there</h1>",
		"<meta charset=iso-2022-jp>\x1b$B$3$s\x1b(B",
		"<meta charset=iso-2022-kr><p>Caf\xc3\xa9 \xff</p>",
		"<p>\xc2\xe0\xf0\xe2\xe0\xf0\xe0 \xf0\xe0\xe7\xe2\xe0\xeb\xe8\xeb\xe0</p>",
		"\xef\xbb\xbf<p>\xff</p>",
		strings.Repeat("<div class=byline>", 200) + "By Jane",
		strings.Repeat(`<a rel="author">x</a>`, 100),
		"<svg><title>t</title><h1>svg h1</h1></svg><math><mi>x</mi></math>",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	for _, b := range htmlSeeds(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if msg := catchPanic(func() string { return checkReadMeta(data) }); msg != "" {
			t.Fatal(msg)
		}
	})
}

// metaPages returns the real pages of the extraction set, gunzipped, or
// skips when the set (outside this repository) is absent.
func metaPages(b *testing.B) [][]byte {
	b.Helper()
	pages := readExtractionSet(b)
	if len(pages) == 0 {
		b.Skip("no pages in ../shared/eval/extraction/html")
	}
	return pages
}

// BenchmarkReadMeta measures readMeta on the real pages, parsed beforehand;
// MB/s are of HTML.
//
//	go test -run '^$' -bench 'ReadMeta|ToUTF8' -benchmem .
func BenchmarkReadMeta(b *testing.B) {
	pages := metaPages(b)
	docs := make([]*goquery.Document, len(pages))
	size := 0
	for i, p := range pages {
		docs[i] = metaDoc(b, p)
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			readMeta(d)
		}
	}
}

// BenchmarkToUTF8 measures toUTF8 on the real pages (UTF-8 nearly all: the
// no-change path).
func BenchmarkToUTF8(b *testing.B) {
	pages := metaPages(b)
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			toUTF8(p)
		}
	}
}
