package newstext

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Texts for the charset tests, written for them: short news items in the
// languages the single-byte charsets serve.
const (
	textRussian = "Власти Новосибирска в понедельник объявили о закрытии двух мостов через Обь на ремонт. " +
		"По словам мэра города, работы продлятся до конца октября, а общественный транспорт пустят по объездным маршрутам. " +
		"Жители левого берега жалуются, что дорога на работу теперь займёт на час больше. " +
		"В мэрии обещают открыть движение по одной полосе уже в августе."
	textUkrainian = "Уряд України ухвалив нові правила для перевізників. " +
		"Міністр інфраструктури заявив, що зміни набудуть чинності вже наступного місяця. " +
		"Водії автобусів повинні будуть їздити з увімкненими фарами."
	textBulgarian = "Правителството прие нов бюджет за следващата година. " +
		"Министърът на финансите каза, че дефицитът ще бъде под три процента от брутния вътрешен продукт."
	textFrench = "Le maire a annoncé mercredi la fermeture du pont pour des travaux qui dureront jusqu’à la fin de l’été. " +
		"« C’est une décision difficile », a-t-il déclaré devant les élus réunis à l’hôtel de ville."
	textGerman = "Die Stadtverwaltung hat am Mittwoch angekündigt, dass die Brücke für Bauarbeiten bis Ende des Sommers gesperrt wird. " +
		"„Das ist eine schwierige Entscheidung“, sagte der Bürgermeister vor dem Gemeinderat. Für Fußgänger gibt es eine Fähre."
	textSpanish = "El alcalde anunció el miércoles el cierre del puente por obras que durarán hasta el final del verano. " +
		"«Es una decisión difícil», declaró ante los concejales reunidos en el ayuntamiento."
	textPortuguese = "O prefeito anunciou na quarta-feira o fechamento da ponte para obras que vão durar até o fim do verão. " +
		"A decisão não agradou aos comerciantes da região, que temem perder clientes."
	textPolish = "Prezydent miasta ogłosił w środę zamknięcie mostu na czas remontu, który potrwa do końca lata. " +
		"Mieszkańcy skarżą się, że dojazd do pracy zajmie im teraz godzinę dłużej."
	textCzech = "Primátor ve středu oznámil uzavření mostu kvůli opravám, které potrvají až do konce léta. " +
		"Obyvatelé si stěžují, že cesta do práce jim teď zabere o hodinu déle. Tramvaje pojedou po objízdné trase."
	textHungarian = "A polgármester szerdán bejelentette, hogy a hidat a nyár végéig lezárják a felújítás miatt. " +
		"A lakók szerint a munkába járás most egy órával tovább tart. Különjáratú buszok közlekednek."
	textGreek = "Ο δήμαρχος ανακοίνωσε την Τετάρτη το κλείσιμο της γέφυρας για εργασίες που θα διαρκέσουν μέχρι το τέλος του καλοκαιριού. " +
		"Οι κάτοικοι παραπονιούνται ότι η διαδρομή προς τη δουλειά θα κρατά μία ώρα περισσότερο."
	textTurkish = "Belediye başkanı çarşamba günü köprünün yaz sonuna kadar onarım nedeniyle kapatılacağını açıkladı. " +
		"Şehir sakinleri işe gitmenin artık bir saat daha uzun süreceğinden şikâyet ediyor."
)

// TestDetectCharset: detectCharset finds the charset of text in the
// languages its candidates serve. A row passes when the text reads back
// exactly in the charset found, which need not be the one it was encoded
// in when both read it the same.
func TestDetectCharset(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		enc    *charmap.Charmap
		want   string
		reason string
	}{
		{"russian windows-1251", textRussian, charmap.Windows1251, "windows-1251", ""},
		{"russian koi8-r", textRussian, charmap.KOI8R, "koi8-r", "letters C0–FF in another order, lower case first"},
		{"russian iso-8859-5", textRussian, charmap.ISO8859_5, "iso-8859-5", ""},
		{"russian ibm866", textRussian, charmap.CodePage866, "ibm866", ""},
		{"russian sentence windows-1251", "Жители левого берега жалуются.", charmap.Windows1251, "windows-1251", "one sentence is enough"},
		{"russian word windows-1251", "Россия", charmap.Windows1251, "windows-1251", ""},
		{"russian word koi8-r", "Россия", charmap.KOI8R, "koi8-r", ""},
		{"ukrainian windows-1251", textUkrainian, charmap.Windows1251, "windows-1251", "і ї є are not Russian but weigh enough"},
		{"bulgarian windows-1251", textBulgarian, charmap.Windows1251, "windows-1251", "ъ is rare in Russian, common in Bulgarian"},
		{"french windows-1252", textFrench, charmap.Windows1252, "windows-1252", ""},
		{"german windows-1252", textGerman, charmap.Windows1252, "windows-1252", ""},
		{"spanish windows-1252", textSpanish, charmap.Windows1252, "windows-1252", ""},
		{"portuguese windows-1252", textPortuguese, charmap.Windows1252, "windows-1252", "ã õ are windows-1250's ă ő"},
		{"café", "café", charmap.Windows1252, "windows-1252", "one accented letter among ASCII ones"},
		{"polish windows-1250", textPolish, charmap.Windows1250, "windows-1250", "ą ł ż read as ¹ ³ ¿ in windows-1252"},
		{"czech windows-1250", textCzech, charmap.Windows1250, "windows-1250", "ť is unmapped in windows-1252"},
		{"hungarian windows-1250", textHungarian, charmap.Windows1250, "windows-1250", "ő read as õ in windows-1252"},
		{"polish iso-8859-2", textPolish, charmap.ISO8859_2, "iso-8859-2", "ą ś read as ± ¶ in windows-1250"},
		{"czech iso-8859-2", textCzech, charmap.ISO8859_2, "iso-8859-2", "š ž read as ą ľ in windows-1250"},
		{"greek windows-1253", textGreek, charmap.Windows1253, "windows-1253", "accented ά έ ή ί read as capitals Ь Э Ю Я in windows-1251"},
		{"turkish windows-1254", textTurkish, charmap.Windows1254, "windows-1254", "ı ş ğ read as ý þ ð in windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := encode(t, tt.enc, tt.text)
			got := detectCharset(b)
			dec, err := got.enc.NewDecoder().Bytes(b)
			if err != nil {
				t.Fatal(err)
			}
			if string(dec) != tt.text {
				t.Errorf("detectCharset = %s, want %s (%s)\nreads %q", got.name, tt.want, tt.reason, dec)
			}
		})
	}
}

// TestMostlyUTF8: the rule that keeps damaged UTF-8 as UTF-8.
func TestMostlyUTF8(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   bool
		reason string
	}{
		{"stray byte among UTF-8", "Café “déjà vu”\xff and more", true, "four good sequences, one bad byte"},
		{"cut mid-character", "Власти Новосибирска\xd0", true, "the last letter lost its second byte"},
		{"one good one bad", "café\xe9", true, "a tie goes to UTF-8"},
		{"latin-1", "caf\xe9 cr\xe8me", false, "no valid sequence at all"},
		{"windows-1251", string(encodeString(charmap.Windows1251, textRussian)), false, ""},
		{"latin-1 with a coincidental sequence", "\xc3\xa9 caf\xe9 cr\xe8me br\xfbl\xe9e", false, "one sequence, four bad bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mostlyUTF8([]byte(tt.in)); got != tt.want {
				t.Errorf("mostlyUTF8(%q) = %v, want %v (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

// encodeString returns s in e, or nil if e cannot encode it.
func encodeString(e encoding.Encoding, s string) []byte {
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		return nil
	}
	return b
}

// charsetPage returns an HTML page, in UTF-8, with the headline title and
// one <p> per paragraph, and no charset declared unless head says so.
func charsetPage(head, title string, paragraphs ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head>" + head + "<title>" + title + "</title></head>\n<body><article><h1>" + title + "</h1>\n")
	for _, p := range paragraphs {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article></body></html>\n")
	return b.String()
}

// TestParseHTMLCharset: ParseHTML reads a page in whatever charset its
// bytes are in, declared or not, and its Article.Text is valid UTF-8 with
// every span true to it, before and after a trip through encoding/json.
func TestParseHTMLCharset(t *testing.T) {
	const utf16Para = "The council voted on Tuesday to close the bridge for repairs, which will last until the end of the summer."
	tests := []struct {
		name   string
		page   func(t *testing.T) []byte
		want   []string // paragraphs that must be in the first article, exactly
		reason string
	}{
		{
			name: "undeclared latin-1 café",
			page: func(t *testing.T) []byte {
				return encode(t, charmap.ISO8859_1, charsetPage("", "Le café du coin ferme ses portes",
					"Le café du coin, ouvert depuis 1952, fermera ses portes à la fin du mois, a annoncé son propriétaire."))
			},
			want:   []string{"Le café du coin, ouvert depuis 1952, fermera ses portes à la fin du mois, a annoncé son propriétaire."},
			reason: "no declaration, not UTF-8: windows-1252, the HTML standard's fallback",
		},
		{
			name: "undeclared windows-1251 russian",
			page: func(t *testing.T) []byte {
				return encode(t, charmap.Windows1251, charsetPage("", "Мосты через Обь закроют на ремонт", textRussian))
			},
			want:   []string{textRussian},
			reason: "windows-1252 would read «Âëàñòè Íîâîñèáèðñêà»",
		},
		{
			name: "undeclared koi8-r russian",
			page: func(t *testing.T) []byte {
				return encode(t, charmap.KOI8R, charsetPage("", "Мосты через Обь закроют на ремонт", textRussian))
			},
			want: []string{textRussian},
		},
		{
			name: "undeclared windows-1252 german and french",
			page: func(t *testing.T) []byte {
				return encode(t, charmap.Windows1252, charsetPage("", "Brücke gesperrt – le pont fermé", textGerman, textFrench))
			},
			want:   []string{textGerman, textFrench},
			reason: "curly quotes and dashes are where windows-1251 has them too; the letters decide",
		},
		{
			name: "UTF-8 with one stray byte",
			page: func(t *testing.T) []byte {
				return []byte(charsetPage("", "Мосты через Обь закроют на ремонт", textRussian, "Мэрия \xff обещает."))
			},
			want:   []string{textRussian, "Мэрия \uFFFD обещает."},
			reason: "mostly UTF-8: the stray byte is U+FFFD, the rest stays",
		},
		{
			name: "declared UTF-8, bytes windows-1251",
			page: func(t *testing.T) []byte {
				return encode(t, charmap.Windows1251, charsetPage(`<meta charset="utf-8">`, "Мосты через Обь закроют на ремонт", textRussian))
			},
			want:   []string{textRussian},
			reason: "a declaration the bytes contradict is not believed",
		},
		{
			name: "replacement charset, one invalid byte",
			page: func(t *testing.T) []byte {
				return []byte(charsetPage(`<meta charset="iso-2022-kr">`, "Bridge to close for repairs",
					"The council voted on Tuesday to close the bridge \xff for repairs, the mayor’s office said.",
					"Residents say the détour will add an hour to their commute."))
			},
			want: []string{
				"The council voted on Tuesday to close the bridge \uFFFD for repairs, the mayor’s office said.",
				"Residents say the détour will add an hour to their commute.",
			},
			reason: "the HTML standard would make the whole page one U+FFFD; read as UTF-8 instead",
		},
		{
			name: "replacement charset, valid UTF-8",
			page: func(t *testing.T) []byte {
				return []byte(charsetPage(`<meta http-equiv="Content-Type" content="text/html; charset=csISO2022KR">`, "Bridge to close for repairs",
					"Residents say the détour will add an hour to their commute."))
			},
			want: []string{"Residents say the détour will add an hour to their commute."},
		},
		{
			name: "UTF-16LE with BOM",
			page: func(t *testing.T) []byte {
				return encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), charsetPage("", "Bridge to close", utf16Para, textRussian))
			},
			want: []string{utf16Para, textRussian},
		},
		{
			name: "UTF-16BE with BOM",
			page: func(t *testing.T) []byte {
				return encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), charsetPage("", "Bridge to close", utf16Para, textGreek))
			},
			want: []string{utf16Para, textGreek},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := tt.page(t)
			as, err := ParseHTML(bytes.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			if len(as) == 0 {
				t.Fatalf("no article (%s)", tt.reason)
			}
			checkCharsetArticles(t, as)
			got := map[string]bool{}
			for _, p := range as[0].Paragraphs {
				got[p.Text] = true
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("no paragraph %q (%s); paragraphs:", w, tt.reason)
					for _, p := range as[0].Paragraphs {
						t.Logf("  %q", p.Text)
					}
				}
			}
		})
	}
}

// checkCharsetArticles asserts that Article.Text is valid UTF-8, that
// every span keeps checkArticles' promises, and that the spans still hold
// after the articles go through encoding/json (which would write each
// invalid byte as the three bytes of U+FFFD).
func checkCharsetArticles(t *testing.T, as []Article) {
	t.Helper()
	for _, a := range as {
		if !utf8.ValidString(a.Text) {
			t.Fatalf("Article.Text is not valid UTF-8: %q", a.Text)
		}
	}
	if msg := checkArticles(as[0].Text, as); msg != "" {
		t.Error(msg)
	}
	data, err := json.Marshal(as)
	if err != nil {
		t.Fatal(err)
	}
	var back []Article
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	for _, a := range back {
		for _, p := range a.Paragraphs {
			if got := Clean(a.Text[p.Span.Start:p.Span.End]); got != p.Text {
				t.Errorf("after JSON, paragraph %s reads %q, want %q", p.Span, got, p.Text)
			}
		}
	}
}

// TestDetectCharsetExtractionSet runs detectCharset on text it was not
// written for: the text ParseHTML extracts from each page of
// ../shared/eval/extraction (outside this repository; skipped when
// absent), encoded in each candidate charset that can encode all of it. A
// detection is right when the bytes read back as the same text. It
// reports accuracy with -v, for whole texts that have letters outside
// ASCII, for whole texts whose only non-ASCII characters are punctuation
// and symbols (one no-break space reads as a letter in IBM866: little to
// go on), and for each paragraph with a letter outside ASCII on its own;
// it fails only when the first falls below 90%. Text that is all ASCII
// proves nothing and is left out.
func TestDetectCharsetExtractionSet(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "shared", "eval", "extraction", "html", "*.html.gz"))
	if len(paths) == 0 {
		t.Skip("no pages in ../shared/eval/extraction/html")
	}
	type tally struct{ right, total int }
	kinds := []string{"letters", "punctuation", "paragraphs"}
	by := map[string]map[string]*tally{} // kind, charset
	for _, k := range kinds {
		by[k] = map[string]*tally{}
	}
	charsets := map[string]*legacyCharset{} // one candidate of each charset
	for _, cs := range legacyCharsets {
		if charsets[cs.name] == nil {
			charsets[cs.name] = cs
		}
	}
	try := func(kind, text string) {
		for _, cs := range charsets {
			b := encodeString(cs.enc, text)
			if b == nil || bytes.IndexByte(b, 0x1a) >= 0 { // not representable: x/text writes SUB
				continue
			}
			got := detectCharset(b)
			dec, _ := got.enc.NewDecoder().Bytes(b)
			for _, name := range []string{cs.name, "all"} {
				tl := by[kind][name]
				if tl == nil {
					tl = &tally{}
					by[kind][name] = tl
				}
				tl.total++
				if string(dec) == text {
					tl.right++
				}
			}
			if string(dec) != text && kind != "paragraphs" {
				t.Logf("%s text (%s) read as %s: %.60q", cs.name, kind, got.name, dec)
			}
		}
	}
	for _, path := range paths {
		as := parseHTMLBytes(gunzipFile(t, path))
		if len(as) == 0 || isASCII(as[0].Text) {
			continue
		}
		text := as[0].Text
		if hasNonASCIILetter(text) {
			try("letters", text)
		} else {
			try("punctuation", text)
		}
		for para := range strings.SplitSeq(text, "\n") {
			if hasNonASCIILetter(para) {
				try("paragraphs", para)
			}
		}
	}
	for _, kind := range kinds {
		for _, name := range append([]string{"all"}, charsetNames()...) {
			if tl := by[kind][name]; tl != nil {
				t.Logf("%-11s %-13s %4d/%4d right (%.1f%%)", kind, name, tl.right, tl.total, 100*float64(tl.right)/float64(tl.total))
			}
		}
	}
	if tl := by["letters"]["all"]; tl != nil && tl.right*10 < tl.total*9 {
		t.Errorf("detectCharset right on %d of %d texts with letters outside ASCII, want 90%%", tl.right, tl.total)
	}
}

// charsetNames returns the names of the candidate charsets, once each.
func charsetNames() []string {
	var names []string
	for _, cs := range legacyCharsets {
		if !slices.Contains(names, cs.name) {
			names = append(names, cs.name)
		}
	}
	return names
}

func hasNonASCIILetter(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// parseHTMLBytes is ParseHTML on a page's bytes.
func parseHTMLBytes(page []byte) []Article {
	as, _ := ParseHTML(bytes.NewReader(page))
	return as
}

// BenchmarkDetectCharset measures detectCharset on a page of Russian text
// in windows-1251 (every letter a high byte: the most work per byte) and
// on a French one in windows-1252 (few high bytes); MB/s are of the page.
//
//	go test -run '^$' -bench DetectCharset -benchmem .
func BenchmarkDetectCharset(b *testing.B) {
	for _, bc := range []struct {
		name string
		text string
		enc  *charmap.Charmap
	}{
		{"windows-1251", textRussian, charmap.Windows1251},
		{"windows-1252", textFrench, charmap.Windows1252},
	} {
		page := encodeString(bc.enc, strings.Repeat(charsetPage("", "Title", bc.text, bc.text), 20))
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				detectCharset(page)
			}
		})
		b.Run(bc.name+"/toUTF8", func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				toUTF8(page)
			}
		})
	}
}

// gunzipFile returns the gunzipped contents of the file at path.
func gunzipFile(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return b
}

// FuzzParseHTMLUTF8: whatever bytes a page is made of, declared or not,
// ParseHTML's Article.Text is valid UTF-8, so that spans into it mean the
// same after encoding/json; and the span invariants hold.
//
//	go test -run '^$' -fuzz=FuzzParseHTMLUTF8 -fuzztime=30s .
func FuzzParseHTMLUTF8(f *testing.F) {
	f.Add(encodeString(charmap.Windows1251, charsetPage("", "Мосты через Обь", textRussian)))
	f.Add(encodeString(charmap.KOI8R, charsetPage("", "Мосты через Обь", textRussian)))
	f.Add(encodeString(charmap.Windows1250, charsetPage("", "Most", textCzech)))
	f.Add(encodeString(charmap.Windows1252, charsetPage(`<meta charset="utf-8">`, "Brücke", textGerman)))
	f.Add([]byte(charsetPage(`<meta charset="hz-gb-2312">`, "Bridge", "Caf\xc3\xa9 \xff closes.")))
	f.Add(encodeString(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), charsetPage("", "Bridge", textFrench)))
	f.Fuzz(func(t *testing.T, b []byte) {
		as, err := ParseHTML(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if len(as) == 0 {
			return
		}
		if !utf8.ValidString(as[0].Text) {
			t.Fatalf("Article.Text is not valid UTF-8: %q", as[0].Text)
		}
		if msg := checkArticles(as[0].Text, as); msg != "" {
			t.Fatal(msg)
		}
	})
}
