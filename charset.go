package newstext

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// This file decodes a page that does not say what character set it is in
// and is not valid UTF-8 ([decodeUndeclared]): UTF-8 damaged in places
// stays UTF-8 ([mostlyUTF8]); anything else is read in the single-byte
// charset whose decoding looks most like text ([detectCharset]).

// decodeUndeclared returns b, which has no byte-order mark, declares no
// charset it can be read in (or declares UTF-8 and is not) and is not valid
// UTF-8, decoded to valid UTF-8: as UTF-8 with each run of invalid bytes
// replaced by U+FFFD when [mostlyUTF8] says it is UTF-8, else in the
// charset [detectCharset] chooses. The result is always valid UTF-8 and
// never aliases b.
func decodeUndeclared(b []byte) []byte {
	if mostlyUTF8(b) {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	out, ok := decodeWith(detectCharset(b).enc, b)
	if !ok {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return validUTF8(out)
}

// validUTF8 returns b when it is valid UTF-8, or else a copy of it with
// each run of invalid bytes replaced by U+FFFD.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// mostlyUTF8 reports whether b, which is not valid UTF-8, is UTF-8 with a
// few bytes gone wrong (a page cut off in the middle of a character, a
// stray byte pasted in) rather than text in a single-byte charset. The
// rule: b holds at least one valid multi-byte UTF-8 sequence, and at least
// as many of them as invalid bytes.
//
// Text in a single-byte charset almost never holds a valid sequence: that
// needs a byte C2–F4 (a capital or accented letter in the Latin charsets,
// a letter in the Cyrillic and Greek ones) followed by exactly the right
// number of bytes 80–BF (punctuation and symbols in the Latin charsets,
// rare letters and box drawing in the Cyrillic ones). So one valid
// sequence per invalid byte is already strong evidence of UTF-8, and
// reading such a page as windows-1252 would turn each of its good
// characters into two or three wrong ones to save one bad byte.
func mostlyUTF8(b []byte) bool {
	multi, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			multi++
		}
		i += size
	}
	return multi > 0 && multi >= invalid
}

// A legacyCharset is a single-byte character set [detectCharset] can
// choose, with what each of its bytes 80–FF decodes to, classified once,
// and the letter weights of each group of languages it serves: one
// candidate per group.
type legacyCharset struct {
	name  string // the WHATWG name, as charset.Lookup gives it
	enc   *charmap.Charmap
	prior int            // the score it starts with: lower the rarer it is on the web
	cost  int            // what each high byte costs it: more evidence a byte for the rarest
	high  [128]byteClass // bytes 0x80–0xFF
	langs [][128]int8    // per group of languages, the weight of each byte 80–FF that is a letter
}

// A byteClass is what [detectCharset] knows of one decoded byte.
type byteClass struct {
	kind  byteKind
	upper bool // an upper-case letter
	latin bool // a letter of the Latin script (ASCII letters included)
	join  bool // a symbol that may stand inside a word: apostrophes, dashes, NBSP
}

type byteKind uint8

const (
	kindOther  byteKind = iota // ASCII punctuation, digits, space, controls
	kindLetter                 // a letter
	kindSymbol                 // punctuation and symbols that text uses: “ ” « » – — … © € NBSP
	kindRare                   // symbols text seldom uses: box drawing, math, spacing accents
	kindBad                    // no character, or a C1 control: never in text
)

// Scores [detectCharset] gives. A decoding's score is the sum over the
// high bytes (80–FF) of b of what each is, as a letter (its frequency
// weight) or not, and how it sits among its neighbours. The values are
// small integers chosen by hand; only their order and rough ratios matter.
const (
	scoreBad         = -12 // unmapped byte or C1 control
	scoreRare        = -3  // box drawing, math, spacing accents
	scoreSymbol      = 1   // a symbol text uses, not between two letters
	scoreSymbolInner = -4  // a symbol between two letters ("Ð¹á") that is not a joiner
	scoreMixedScript = -3  // a Cyrillic or Greek letter next to an ASCII letter, per side
	scoreSameScript  = 1   // a Cyrillic or Greek letter next to another, per side
	scoreLatinRun    = -2  // an accented Latin letter between two others: Latin text is mostly ASCII
	scoreCase        = -3  // an upper-case letter right after a lower-case one
)

// maxDetectHigh bounds the high bytes [detectCharset] scores: a sentence
// or two settles the verdict, and the bound keeps a huge page's cost flat
// (about a millisecond).
const maxDetectHigh = 1 << 13

// legacyCharsets are the candidates of [detectCharset]: a charset and the
// letter weights of a group of languages it serves. They are in order of
// preference when scores tie: windows-1252 first, as the HTML standard's
// fallback for an undeclared page, then by how common each is on the web.
// The rarer ones start with a lower score, their prior, and the rarest
// pay a cost for each high byte: a page must show that much more evidence
// for them, which only matters when it has few bytes above 7F (a real
// IBM866 page gains three or four points a letter; the pair of no-break
// spaces a windows-1252 page often has, read as IBM866 "аа", gains about
// as much). It is read only after init.
var legacyCharsets = []*legacyCharset{
	newLegacyCharset("windows-1252", 0, 0, charmap.Windows1252, romanceWeights, germanicWeights, nordicWeights),
	newLegacyCharset("windows-1251", 0, 0, charmap.Windows1251, cyrillicWeights),
	newLegacyCharset("windows-1250", -2, 0, charmap.Windows1250, czechWeights, polishWeights, hungarianWeights, southSlavWeights, romanianWeights),
	newLegacyCharset("koi8-r", -2, 0, charmap.KOI8R, cyrillicWeights),
	newLegacyCharset("windows-1254", -2, 0, charmap.Windows1254, turkishWeights),
	newLegacyCharset("windows-1253", -2, 0, charmap.Windows1253, greekWeights),
	newLegacyCharset("iso-8859-2", -4, 0, charmap.ISO8859_2, czechWeights, polishWeights, hungarianWeights, southSlavWeights, romanianWeights),
	newLegacyCharset("iso-8859-5", -8, 1, charmap.ISO8859_5, cyrillicWeights),
	newLegacyCharset("ibm866", -8, 1, charmap.CodePage866, cyrillicWeights),
}

// maxCandidates bounds the candidates of [detectCharset], a charset and a
// group of languages each, so that their scores fit in an array.
const maxCandidates = 24

// detectASCII classifies the bytes 00–7F, the same in every candidate.
var detectASCII = func() (t [128]byteClass) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byteClass{kind: kindLetter, upper: true, latin: true}
		t[c+'a'-'A'] = byteClass{kind: kindLetter, latin: true}
	}
	return t
}()

// class returns what byte c is in cs.
func (cs *legacyCharset) class(c byte) *byteClass {
	if c < 0x80 {
		return &detectASCII[c]
	}
	return &cs.high[c-0x80]
}

// newLegacyCharset returns the charset name with the given prior score
// and cost per high byte; it classifies the bytes 80–FF of enc, and
// weights its letters by each table of langs (lower-case letters to
// weights; a letter not there weighs weightUnknown).
func newLegacyCharset(name string, prior, cost int, enc *charmap.Charmap, langs ...map[rune]int8) *legacyCharset {
	cs := &legacyCharset{name: name, prior: prior, cost: cost, enc: enc, langs: make([][128]int8, len(langs))}
	for i := range cs.high {
		r := enc.DecodeByte(byte(0x80 + i))
		c := &cs.high[i]
		switch {
		case r == utf8.RuneError || unicode.IsControl(r):
			c.kind = kindBad
		case unicode.IsLetter(r) && (unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)):
			c.kind = kindLetter
			c.upper = unicode.IsUpper(r)
			c.latin = unicode.Is(unicode.Latin, r)
			for k, weights := range langs {
				cs.langs[k][i] = letterWeight(weights, r)
			}
		case commonSymbol(r):
			c.kind = kindSymbol
			c.join = joinerSymbol(r)
		default: // box drawing, math, ª º µ ƒ ˆ, spacing accents
			c.kind = kindRare
		}
	}
	return cs
}

// letterWeight returns the weight of letter r in weights, looked up by its
// lower-case form and then as it is (a capital İ has no lower case of its
// own), or weightUnknown.
func letterWeight(weights map[rune]int8, r rune) int8 {
	if w, ok := weights[unicode.ToLower(r)]; ok {
		return w
	}
	if w, ok := weights[r]; ok {
		return w
	}
	return weightUnknown
}

// weightUnknown is the weight of a letter that none of the languages a
// charset serves uses much (ƒ in windows-1252, ŕ read from French).
const weightUnknown = -2

// commonSymbol reports whether r, not a letter, is punctuation or a symbol
// that running text in the languages of these charsets uses.
func commonSymbol(r rune) bool {
	switch r {
	case '\u00a0', '\u00ad', // no-break space, soft hyphen
		'¡', '¿', '«', '»', '‹', '›', '‘', '’', '‚', '“', '”', '„', '–', '—', '…', '•', '·',
		'§', '©', '®', '™', '°', '‰', '†', '№', '€', '£', '¥', '¢', '½', '²', '³':
		return true
	}
	return false
}

// joinerSymbol reports whether r may stand between two letters of one word
// or of two words without a space: apostrophes, dashes, no-break space,
// soft hyphen, middle dot (Catalan l·l).
func joinerSymbol(r rune) bool {
	switch r {
	case '\u00a0', '\u00ad', '‘', '’', '–', '—', '·':
		return true
	}
	return false
}

// detectCharset returns the single-byte charset in which b reads most like
// text. A candidate is a charset of legacyCharsets with the letter
// weights of one group of languages it serves; for each, detectCharset
// sums, over the bytes 80–FF of b (up to maxDetectHigh of them), a score
// of what the byte decodes to and how it sits among its neighbours, less
// the charset's cost per byte, added to the charset's prior; the highest
// sum wins (the earlier candidate on a tie). What scores:
//
//   - A letter weighs by how common it is in the group of languages (see
//     the weight tables below): correct Cyrillic reads
//     о е а и н т, a wrong Cyrillic charset reads the same bytes as
//     rarer letters. A letter with no letter on either side weighs
//     nothing: it is as likely a no-break space or a currency sign that
//     another charset has there.
//   - Cyrillic and Greek words are made of high bytes: a Cyrillic or
//     Greek letter gains next to another of its script and loses next to
//     an ASCII letter ("cafй" is French read as windows-1251).
//   - Latin text is mostly ASCII: an accented Latin letter loses between
//     two other accented letters ("Ðîññèÿ" is Russian read as
//     windows-1252).
//   - An upper-case letter right after a lower-case one loses (Russian in
//     KOI8-R read as windows-1251 gives "тЯУУЙС").
//   - A byte that decodes to nothing or to a C1 control loses much; box
//     drawing, math and spacing accents lose. Punctuation and symbols that
//     text uses (“ ” « » – … © €) gain a little, as a common letter does,
//     but lose between two letters unless they are an apostrophe, a dash
//     or a no-break space (Polish "ł" read as windows-1252 is "³").
//
// The work is one pass over b, constant per high byte and candidate, with
// no allocation. detectCharset is safe for concurrent use.
func detectCharset(b []byte) *legacyCharset {
	var scores [maxCandidates]int
	k := 0
	for _, cs := range legacyCharsets {
		for range cs.langs {
			scores[k] = cs.prior
			k++
		}
	}
	seen := 0
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		if seen++; seen > maxDetectHigh {
			break
		}
		var prev, next byte = ' ', ' '
		if i > 0 {
			prev = b[i-1]
		}
		if i+1 < len(b) {
			next = b[i+1]
		}
		k := 0
		for _, cs := range legacyCharsets {
			s, letter := cs.score(prev, c, next)
			s -= cs.cost
			for l := range cs.langs {
				scores[k] += s
				if letter {
					scores[k] += int(cs.langs[l][c-0x80])
				}
				k++
			}
		}
	}
	best, bestScore := legacyCharsets[0], scores[0]
	k = 0
	for _, cs := range legacyCharsets {
		for range cs.langs {
			if scores[k] > bestScore {
				best, bestScore = cs, scores[k]
			}
			k++
		}
	}
	return best
}

// score returns what the high byte c, between prev and next, adds to the
// score of cs (see [detectCharset]) besides its weight as a letter, and
// whether that weight counts: c is a letter with a letter beside it.
func (cs *legacyCharset) score(prev, c, next byte) (s int, letter bool) {
	cl := &cs.high[c-0x80]
	p, n := cs.class(prev), cs.class(next)
	switch cl.kind {
	case kindBad:
		return scoreBad, false
	case kindRare:
		return scoreRare, false
	case kindSymbol:
		if !cl.join && p.kind == kindLetter && n.kind == kindLetter {
			return scoreSymbolInner, false
		}
		return scoreSymbol, false
	}
	if p.kind != kindLetter && n.kind != kindLetter {
		// A letter on its own is a one-letter word, or not a letter at
		// all: a no-break space in windows-1252 is "а" in IBM866, a
		// pound sign "Ł" in windows-1250. It says nothing either way.
		return 0, false
	}
	if cl.upper && p.kind == kindLetter && !p.upper {
		s += scoreCase
	}
	if !cl.upper && next < 0x80 && n.kind == kindLetter && n.upper {
		s += scoreCase // the upper-case ASCII letter after it is not scored
	}
	if cl.latin {
		if p.kind == kindLetter && prev >= 0x80 && n.kind == kindLetter && next >= 0x80 {
			s += scoreLatinRun
		}
		return s, true
	}
	for _, side := range [2]struct {
		cl *byteClass
		c  byte
	}{{p, prev}, {n, next}} {
		switch {
		case side.cl.kind != kindLetter:
		case side.c < 0x80 || side.cl.latin:
			s += scoreMixedScript
		default:
			s += scoreSameScript
		}
	}
	return s, true
}

// Letter weights. A letter's weight is a coarse logarithm of its share of
// the letters of running text: 3 for the commonest (over 6%), down to -2
// for the rarest; see freqWeight. The Cyrillic and Greek tables weight every
// letter; the Latin ones only the letters outside ASCII, in tiers.

// freqWeight returns the weight of a letter that makes up perTenK of every
// 10,000 letters of text.
func freqWeight(perTenK int) int8 {
	switch {
	case perTenK >= 600:
		return 3
	case perTenK >= 300:
		return 2
	case perTenK >= 150:
		return 1
	case perTenK >= 60:
		return 0
	case perTenK >= 20:
		return -1
	}
	return -2
}

// weightsFromFreq returns the weight table of a frequency table.
func weightsFromFreq(freq map[rune]int) map[rune]int8 {
	w := make(map[rune]int8, len(freq))
	for r, f := range freq {
		w[r] = freqWeight(f)
	}
	return w
}

// cyrillicWeights weights the letters of the Cyrillic charsets. Russian
// letters by their frequency in Russian text, per 10,000 letters, from the
// table Russian Wikipedia gives (article «Частотность», letter
// frequencies of Russian, from a corpus of about 40 million letters); see
// NOTICE. The letters of the other Cyrillic alphabets, which windows-1251
// also serves (Ukrainian і ї є ґ, Belarusian ў, Serbian and Macedonian
// ђ ј љ њ ћ џ ѓ ѕ ќ), have figures of this file's own, low enough not to
// favour them in Russian text and high enough not to penalise the
// languages that use them.
var cyrillicWeights = weightsFromFreq(map[rune]int{
	'о': 1097, 'е': 845, 'а': 801, 'и': 735, 'н': 670, 'т': 626, 'с': 547,
	'р': 473, 'в': 454, 'л': 440, 'к': 349, 'м': 321, 'д': 298, 'п': 281,
	'у': 262, 'я': 201, 'ы': 190, 'ь': 174, 'г': 170, 'з': 165, 'б': 159,
	'ч': 144, 'й': 121, 'х': 97, 'ж': 94, 'ш': 73, 'ю': 64, 'ц': 48,
	'щ': 36, 'э': 32, 'ф': 26, 'ъ': 4, 'ё': 4,
	// Not Russian; not from the table.
	'і': 200, 'ї': 60, 'є': 60, 'ґ': 20, 'ў': 60,
	'ј': 60, 'љ': 20, 'њ': 20, 'ћ': 20, 'ђ': 20, 'џ': 20, 'ѓ': 20, 'ѕ': 20, 'ќ': 20,
})

// greekWeights weights the Greek letters of windows-1253 by approximate
// frequencies in Modern Greek text, per 10,000 letters. They are not from
// a cited table: an estimate of this file's own, good enough for the
// coarse weights it feeds (α ο ε ι τ commonest; ψ ξ ζ rarest).
var greekWeights = weightsFromFreq(map[rune]int{
	'α': 1000, 'ο': 850, 'ε': 750, 'ι': 750, 'τ': 780, 'ν': 650, 'σ': 450,
	'ς': 260, 'η': 450, 'κ': 400, 'ρ': 430, 'π': 400, 'υ': 370, 'μ': 320,
	'λ': 280, 'γ': 180, 'δ': 170, 'ω': 150, 'θ': 130, 'χ': 110, 'φ': 80,
	'β': 70, 'ξ': 50, 'ζ': 40, 'ψ': 15,
	'ά': 190, 'έ': 150, 'ί': 170, 'ό': 160, 'ή': 110, 'ύ': 80, 'ώ': 70,
	'ϊ': 5, 'ϋ': 3, 'ΐ': 2, 'ΰ': 1,
})

// The Latin tables weight the letters outside ASCII by hand, in three
// tiers: 2 for a letter common in the language group, 1 for one less
// common, 0 for a rare one; a letter not listed weighs weightUnknown. They
// rank the letters the way the usual tables of letter frequencies by
// language do (Wikipedia, "Letter frequency"), without their figures.
// There is one table per group of languages, not per charset, because a
// wrong charset gives letters each of which some language of the right
// family uses but no one language uses together: Czech "ř ě ů" read as
// windows-1252 is "ø ì ù", Danish and Italian letters.
var (
	// windows-1252
	romanceWeights  = tiers("éàèìòùçêáíóúñãõâô", "ëïîûüœ", "æ") // French, Spanish, Portuguese, Italian, Catalan
	germanicWeights = tiers("üöäßé", "ëïè", "àçêôûáóíú")        // German, Dutch
	nordicWeights   = tiers("åøæäö", "éáíóúýðþ", "üè")          // Danish, Norwegian, Swedish, Finnish, Icelandic

	// windows-1250 and ISO-8859-2
	czechWeights     = tiers("áéíóúýčřšžěů", "ťďňôäŕĺ", "ľöü") // Czech, Slovak
	polishWeights    = tiers("ąęłśćńżźó", "", "éá")
	hungarianWeights = tiers("áéíóöőúüű", "", "ä")
	southSlavWeights = tiers("čšžćđ", "", "éá")   // Slovene, Croatian, Bosnian
	romanianWeights  = tiers("ăâîşţșț", "", "éá") // Romanian (ş ţ, with cedilla, in these charsets)

	// windows-1254. Its letters shared with windows-1252 are not listed,
	// so that a French or German page, which reads the same in both, goes
	// to windows-1252.
	turkishWeights = tiers("çğışöüİ", "âîû", "")
)

// tiers returns a weight table giving the letters of common 2, of less 1
// and of rare 0.
func tiers(common, less, rare string) map[rune]int8 {
	w := make(map[rune]int8)
	for i, s := range [3]string{rare, less, common} {
		for _, r := range s {
			w[r] = int8(i)
		}
	}
	return w
}
