package newstext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestCleanMojibake checks that Clean repairs UTF-8 read as Windows-1252
// however many times it was, including the letters whose second byte
// reads as a no-break space (à is C3 A0).
func TestCleanMojibake(t *testing.T) {
	for _, want := range []string{"It’s “café” — déjà vu", "à la carte", "naïve Zoë, Ørsted, 10 € ±2°"} {
		for depth := 1; depth <= 4; depth++ {
			in := mojibake(want, depth)
			if got := Clean(in); got != want {
				t.Errorf("Clean(mojibake(%q, %d)) = %q", want, depth, got)
			}
		}
	}
}

// TestClean covers the rules of Clean one by one.
func TestClean(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"white space folded and trimmed", " \ta\u00a0\u2009 b\n\r\nc  ", "a b c"},
		{"format characters removed", "co\u00adop\u200beration\ufeff", "cooperation"},
		{"controls removed", "a\x00b\x07c", "abc"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"references", "Q&amp;A &#8217;90s &nbsp;x&#x41;", "Q&A ’90s xA"},
		{"escaped references", "&amp;amp;#8217;", "’"},
		{"not references", "AT&T &notit; &foo; & x", "AT&T &notit; &foo; & x"},
		{"mojibake", "donâ€™t CafÃ©", "don’t Café"},
		{"NFC", "e\u0301", "é"},
		{"quotes and dashes kept", "“a” – ‘b’ — c", "“a” – ‘b’ — c"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Clean(tc.in); got != tc.want {
				t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := Clean(tc.want); got != tc.want {
				t.Errorf("Clean(%q) = %q, not idempotent", tc.want, got)
			}
		})
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"“Don’t” — Stop…", "\"don't\" - stop..."},
		{"&Amp;x", "&x"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPlainASCII8 checks the eight-byte test of isClean against a byte
// loop on every window of a text that has each kind of byte in it, and
// on every byte value.
func TestPlainASCII8(t *testing.T) {
	text := "Plain text, one space.  Two spaces\tTab\x00NUL & amp \x7fDEL é ~}| end "
	for i := 0; i+8 <= len(text); i++ {
		want := true
		for k := i; k < i+8; k++ {
			c := text[k]
			if c < 0x20 || c == '&' || c == 0x7f || c >= 0x80 || c == ' ' && k+1 < i+8 && text[k+1] == ' ' {
				want = false
			}
		}
		if got := plainASCII8(load64(text[i : i+8])); got != want {
			t.Errorf("plainASCII8(%q) = %v, want %v", text[i:i+8], got, want)
		}
	}
	for c := range 256 {
		w := "plain" + string([]byte{byte(c)}) + "ab"
		want := c >= 0x20 && c != '&' && c != 0x7f && c < 0x80
		if got := plainASCII8(load64(w)); got != want {
			t.Errorf("plainASCII8(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestChromeShapes: a line that only says when the story was published
// or updated is a widget's, and so are a gallery's buttons and counters;
// a line that credits the story's other reporters is a footer; story
// sentences that share their words are none of these.
func TestChromeShapes(t *testing.T) {
	for _, c := range []struct {
		line string
		want Reason
	}{
		{"Updated at 1:23 p.m.", ReasonWidget},
		{"5 April 2013 Last updated at 13:25 GMT", ReasonWidget},
		{"Published 4:00 am CST, Wednesday, November 20, 2019", ReasonWidget},
		{"Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", ReasonWidget},
		{"November 20, 2019 - 11:28 AMT", ReasonWidget},
		{"Keith Bradsher contributed reporting from Hong Kong.", ReasonFooter},
		{"Fox News’ Jessica Napoli contributed to this report.", ReasonFooter},
		{"With reporting from Kelly O’Donnell.", ReasonFooter},
		{"Caption", ReasonWidget},
		{"Image 1 of 5", ReasonWidget},
		{"1 - 5 of 36", ReasonWidget},
		{"3/12", ReasonWidget},
		{"3 of 12", ReasonWidget},
		{"Related Roundup: MacBook Pro", ReasonRelated},
		{"Related coverage from Money:", ReasonRelated},
		{"Follow @DJMatthewDalton on Twitter.", ReasonPromo},
		{"Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", ReasonPromo},
		{"More wBW: Motorcycle Reviews | Product Reviews | BMW Motorcycles", ReasonNavigation},
		{"Standard Podcast [ 51:03 ] Play Now | Play in Popup | Download", ReasonNavigation},
		{"Senators call for 5G security coordinator | Facebook gets questions over location tracking | Louisiana hit by ransomware attack", ReasonRelated},
		// Not chrome:
		{"July 22, 2012", ""},                                         // a date with no label nor clock time
		{"Updated figures are due on Monday.", ""},                    // a sentence
		{"The data was last updated on July 4.", ""},                  // a sentence
		{"Published 6 hours ago", ""},                                 // no date
		{"She said he contributed to this report. It was wrong.", ""}, // the credit is not the line's one sentence
		{"The firm contributed to the campaign.", ""},
		{"3 of 12 people were hurt", ""},
		{"Image of the day", ""},
		{"1 - 5 of them", ""},
		{"Followers on Twitter doubled last year.", ""},
		{"Related companies in the group were fined as well: two of them twice.", ""}, // a sentence
		{"Follow the money, the senator wrote on Twitter on Monday, and you will find who paid for the bridge.", ""}, // too long for a prompt
		{"新闻 | 体育 | 财经", ReasonNavigation},
		{"iPhone | iPad | Mac", ReasonNavigation},
		{"Top 10 Stories | Sports | Weather", ReasonNavigation},
		{"Vote yes | Vote no", ""}, // two links
		{"Arsenal 2-1 Chelsea | Spurs 0-0 Everton | Leeds 3-2 Wolves", ""},
		{"BY JANE DOE | Reuters | Updated", ""},
		{"Arsenal | 38 | 89", ""}, // a table's row
		{"Joe Biden | 81,283,501 | 51.3%", ""},
		{"Manchester United 2 | Chelsea 1 | Arsenal 0", ""},                   // scores
		{"I walked alone | beneath the silent moon | and thought of you", ""}, // a verse
		{"Options: yes | no | maybe", ""},                                     // words, no links
		{"By Jane Doe | Reuters | Updated 5 June 2019", ""},                   // a byline
		{"Senators call for 5G security coordinator | Facebook gets questions | Louisiana hit by ransomware | Hillicon Valley roundup of the week in tech policy and politics from Capitol Hill | More on the surveillance authority fight | Why the vote on the bill matters for privacy and the next election", ""}, // over maxChromeWords
		{"The score was 3 | 2 | 1 at the break, and then it all changed.", ""},                                                    // a sentence ends a part
		{"Prices rose | Wages rose | Rents rose by more than anyone in the city council had expected them to rise this year", ""}, // a part too long for a link
	} {
		if got := chromeReason(c.line); got != c.want {
			t.Errorf("chromeReason(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestShapeGates checks that mayBeChrome and mayBeCaption, which spare
// Parse the full chrome and caption rules on most paragraphs, never turn
// away a line those rules accept. It reads every line of the fixtures and
// of the folders in GATEDIRS (colon-separated), if set.
func TestShapeGates(t *testing.T) {
	files, _ := filepath.Glob("testdata/article/*.txt")
	for _, dir := range strings.Split(os.Getenv("GATEDIRS"), ":") {
		if dir != "" {
			more, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
			files = append(files, more...)
		}
	}
	extra := []string{"Motorcycle Reviews | Product Reviews | BMW Motorcycles", "Related: A story", "© 2019 Example Media", "(c) 2019 Example", "All rights reserved.",
		"Loving Newspoint? Download the app now", "Photo: Reuters.", "The minister arrives. Photo by Jane Doe.",
		"Image: The coach has agreed a deal to stay at the club until the end of the season, the board said on Monday.",
		"The minister at the summit last week.Credit...Jane Doe/The Daily Example",
		"Originally published as A long headline that goes on and on and on for quite a few words indeed here",
		"Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
		"Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman and Jill Colvin contributed to this report."}
	checked := 0
	check := func(s string) {
		s = Clean(s)
		if s == "" {
			return
		}
		n := countWords(s)
		if chromeReason(s) != "" && !mayBeChrome(s, n) {
			t.Errorf("mayBeChrome(%q) = false, but it is chrome (%s)", s, chromeReason(s))
		}
		if _, ok := captionCredit(s); ok && !mayBeCaption(s, n, endsSentence(s)) {
			t.Errorf("mayBeCaption(%q) = false, but it is a caption", s)
		}
		checked++
	}
	for _, s := range extra {
		check(s)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strings.Split(string(data), "\n") {
			check(s)
		}
	}
	t.Logf("%d lines checked", checked)
}

// TestCaptionLabels checks two labels of pictures that sites print
// with the caption: a credit after "Credit..." (The New York Times) and
// a caption opened by "Image: " (Sky News), and that a sentence that only
// mentions a picture is not a caption.
func TestCaptionLabels(t *testing.T) {
	for _, tc := range []struct {
		line, credit string
		ok           bool
	}{
		{"The minister at the summit last week.Credit...Jane Doe/The Daily Example", "Credit...Jane Doe/The Daily Example", true},
		{"The minister at the summit.Credit…Jane Doe for The Daily Example", "Credit…Jane Doe for The Daily Example", true},
		{"Image: The coach has agreed a deal to stay at the club until the end of the season", "", true},
		{"Image: Getty", "Image: Getty", true},
		{"The image of the minister at the summit was seen by millions of people last week.", "", false},
		{"Credit card debt rose again in October, the central bank said.", "", false},
	} {
		credit, ok := captionCredit(Clean(tc.line))
		if ok != tc.ok || credit != tc.credit {
			t.Errorf("captionCredit(%q) = %q, %v; want %q, %v", tc.line, credit, ok, tc.credit, tc.ok)
		}
	}
}

// TestNFCStable checks nfcStable against NFC itself: every rune it calls
// stable is left as it is by NFC before an ASCII letter and after
// letters it could compose with (Latin, Hangul leading jamo, Devanagari).
func TestNFCStable(t *testing.T) {
	if testing.Short() {
		t.Skip("walks every rune; skipped under -short")
	}
	before := []string{"", "a", "e", "\u1100", "\u0915", "\u3131"}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		enc := string(r)
		if !nfcStable(r, enc) {
			continue
		}
		for _, b := range before {
			if in := b + enc + "x"; norm.NFC.String(in) != in {
				t.Errorf("nfcStable(%U) but NFC(%q) = %q", r, in, norm.NFC.String(in))
			}
		}
	}
}

// TestIndexSentenceMark checks indexSentenceMark against strings.IndexAny
// on the fixture lines, damaged, from every offset of their first bytes.
func TestIndexSentenceMark(t *testing.T) {
	lines := damagedFixtureLines(t)
	lines = append(lines, "", ".", "abcdefgh!", "abcdefghijklmnop?", "abcdefg\xff.")
	for _, l := range lines {
		for start := 0; start <= min(len(l), 24); start++ {
			want := strings.IndexAny(l[start:], ".?!")
			if want >= 0 {
				want += start
			}
			if got := indexSentenceMark(l, start); got != want {
				t.Fatalf("indexSentenceMark(%q, %d) = %d, want %d", l, start, got, want)
			}
		}
	}
}
