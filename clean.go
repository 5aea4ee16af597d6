package newstext

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// maxCleanPasses bounds the repair loop in [Clean]. Each pass is linear
// and every pass that changes the text removes runes; the passes a text
// needs are as many as its mojibake has layers, and each layer at least
// doubles the bytes, so no input shorter than 2^64 bytes reaches the
// bound. In practice one pass, or two for mojibake, is all there is.
const maxCleanPasses = 64

// Clean returns s repaired for reading and matching: invalid UTF-8 becomes
// U+FFFD; leftover HTML character references (&amp;, &#8217;, &nbsp;, …,
// only with their closing semicolon) are decoded; the commonest mojibake,
// UTF-8 that was read as Windows-1252 or Latin-1 (â€™ for ’, Ã© for é), is
// repaired; format characters (zero-width spaces and joiners, soft hyphens,
// byte-order marks, directional marks) and control characters other than
// white space are removed; every run of white space (U+00A0 and the other
// Unicode spaces, line ends included) becomes one ASCII space; the ends are
// trimmed; and the result is in Unicode Normalization Form C.
//
// Quotation marks, apostrophes and dashes are left as written; [Fold] maps
// them for matching.
//
// Clean(Clean(s)) == Clean(s). Clean never fails and is safe for concurrent
// use. Text that is already clean is returned as is, without allocating.
func Clean(s string) string {
	// Spaces at the ends go whatever else the text holds; trimming them
	// first lets a line that is otherwise clean take the fast path.
	s = strings.Trim(s, " ")
	for range maxCleanPasses {
		if isClean(s) {
			return s
		}
		s = cleanOnce(s)
	}
	return s
}

// isClean reports whether cleanOnce would return s unchanged. It is the fast
// path of [Clean]: one scan over the bytes and, where s is not ASCII, the
// NFC quick check.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	needNFC := false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight plain bytes, and no space on the last that the
			// next repeats.
			if x := load64(s[i : i+8]); plainASCII8(x) && (x>>56 != ' ' || i+8 == len(s) || s[i+8] != ' ') {
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiPlain:
			case asciiSpace:
				if i+1 < len(s) && s[i+1] == ' ' {
					return false
				}
			case asciiAmp:
				if _, _, ok := entityAt(s, i); ok {
					return false
				}
			default:
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case 0x2010 <= r && r <= 0x2027 || 0xc0 <= r && r < 0x300 && (r < 0xc2 || r > 0xf4):
			// Quotation marks, dashes and accented letters: the
			// commonest runes in news text, and clean ones.
		case r == utf8.RuneError && size == 1, unicode.IsSpace(r), dropRune(r):
			return false
		case r >= 0xc2 && r <= 0xf4:
			if _, n := mojibakeAt(s, i); n > 0 {
				return false
			}
		default:
			if !nfcStable(r, s[i:i+size]) {
				needNFC = true
			}
		}
		i += size
	}
	return !needNFC || norm.NFC.IsNormalString(s)
}

// plainASCII8 reports whether the eight bytes x (load64 of them) are
// clean ASCII that needs no byte-by-byte look: no control character,
// DEL, '&', non-ASCII byte or two spaces in a row among them (the caller
// looks past the last). It tests the eight bytes at once, with the exact
// per-byte masks below (no false positives, no carries between bytes),
// and is small enough to be inlined in isClean's loop.
func plainASCII8(x uint64) bool {
	const lo7, hi, ones = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080, 0x0101010101010101
	y := x & lo7
	// Non-ASCII, below 0x20, DEL (0x7f carries into the high bit), '&'.
	special := x | ^(y + 0x60*ones) | (y + ones) | zeroBytes(x^'&'*ones)
	spaces := zeroBytes(x ^ ' '*ones)
	return special&hi|spaces&(spaces>>8) == 0
}

// load64 returns the first eight bytes of b, little-endian, as one load:
// slicing b to eight bytes first spares a bounds check per byte.
func load64(b string) uint64 {
	b = b[:8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// zeroBytes returns the high bit of every byte of y that is zero, exactly.
func zeroBytes(y uint64) uint64 {
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	return ^(((y & lo7) + lo7) | y) & hi
}

// The classes of ASCII bytes for isClean.
const (
	asciiPlain = iota
	asciiSpace
	asciiAmp
	asciiControl
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ':
			t[c] = asciiSpace
		case c == '&':
			t[c] = asciiAmp
		case c < 0x20 || c == 0x7f:
			t[c] = asciiControl
		}
	}
	return t
}()

// nfcStable reports whether r, encoded as enc, is unchanged by NFC in any
// context: a starter with no canonical decomposition that never composes
// with what precedes it. The ranges news text uses most (Latin-1 and Latin
// Extended, general punctuation, currency signs) are tested first; any
// other rune by its normalisation properties, which costs a table lookup
// and no allocation (the full NFC check of the text does allocate).
// TestNFCStable checks the rule against NFC itself over every rune.
func nfcStable(r rune, enc string) bool {
	if r < 0x300 || 0x2002 <= r && r < 0x2070 || 0x20a0 <= r && r < 0x20d0 {
		return true
	}
	p := norm.NFC.PropertiesString(enc)
	return p.BoundaryBefore() && p.CCC() == 0 && len(p.Decomposition()) == 0
}

// cleanOnce makes one repair pass over s (see [Clean]).
func cleanOnce(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		var size int
		var repl string
		switch {
		case c == '&':
			if dec, n, ok := entityAt(s, i); ok {
				repl, size = dec, n
			}
		case c >= utf8.RuneSelf:
			if rr, n := mojibakeAt(s, i); n > 0 {
				r, size = rr, n
				if 0x80 <= r && r < 0xc0 {
					// A repaired U+0080–U+00BF (a no-break space,
					// a soft hyphen) may be one layer of deeper
					// mojibake: keep it as it is for the next
					// pass to pair, which then applies the
					// white-space and format rules.
					i += size
					if pendingSpace {
						b.WriteByte(' ')
						pendingSpace = false
					}
					b.WriteRune(r)
					continue
				}
			}
		}
		if size == 0 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if repl != "" {
			// A decoded reference may itself be white space (&nbsp;) or
			// a format character (&shy;): run it through the same rules.
			for _, rr := range repl {
				pendingSpace = emitRune(&b, rr, pendingSpace)
			}
			continue
		}
		pendingSpace = emitRune(&b, r, pendingSpace)
	}
	out := b.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// emitRune writes r to b under the white-space and format rules of [Clean]
// and returns the new pending-space state. A space is written only before
// the next kept rune, so runs fold to one and the ends are trimmed.
func emitRune(b *strings.Builder, r rune, pendingSpace bool) bool {
	if unicode.IsSpace(r) {
		return b.Len() > 0
	}
	if dropRune(r) {
		return pendingSpace
	}
	if pendingSpace {
		b.WriteByte(' ')
	}
	b.WriteRune(r)
	return false
}

// dropRune reports whether [Clean] removes r: format characters (category
// Cf: zero-width space, joiners, soft hyphen, BOM, directional marks) and
// control characters that are not white space.
func dropRune(r rune) bool {
	if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
		return !unicode.IsSpace(r)
	}
	return r >= 0xad && unicode.Is(unicode.Cf, r)
}

// invisible reports whether r is white space or a character [Clean]
// drops (dropRune): nothing a reader sees.
func invisible(r rune) bool { return unicode.IsSpace(r) || dropRune(r) }

// entityAt reports whether s[i:] (s[i] == '&') starts with an HTML
// character reference closed by a semicolon, and returns its decoded text
// and its length in s. A chain of escaped ampersands (&amp;amp;#8217;)
// decodes in one step, which keeps [Clean] idempotent. Unknown names and
// references to nothing printable (&#0;) are not references.
func entityAt(s string, i int) (dec string, n int, ok bool) {
	name := i + 1 // first byte after the '&'
	for {
		end := refEnd(s, name)
		if end < 0 {
			break
		}
		var d string
		if name == i+1 {
			d = html.UnescapeString(s[i:end])
		} else {
			d = html.UnescapeString("&" + s[name:end])
		}
		if !goodRef(d, end-name) {
			break
		}
		dec, n, ok = d, end-i, true
		if d != "&" {
			return dec, n, ok
		}
		name = end // the decoded '&' may open another reference
	}
	return dec, n, ok
}

// goodRef reports whether d, the decoding of a reference whose text after
// the '&' is nameLen bytes long, is a real decoding: html.UnescapeString
// leaves unknown names as they are and decodes legacy prefixes (&notit;
// becomes "¬it;"), and neither is a reference.
func goodRef(d string, nameLen int) bool {
	if d == "" || d == "\uFFFD" || strings.HasSuffix(d, ";") {
		return false
	}
	return utf8.RuneCountInString(d) <= 2 && len(d) < nameLen+1
}

// refEnd returns the end of the character reference whose name starts at
// s[j], just after its '&', or -1: name; with 2 to 31 ASCII letters or
// digits, #digits; or #xhex;.
func refEnd(s string, j int) int {
	if j < len(s) && s[j] == '#' {
		j++
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		start := j
		for j < len(s) && j-start < 8 && (isDigit(s[j]) || (hex && isHex(s[j]))) {
			j++
		}
		if j == start || j >= len(s) || s[j] != ';' {
			return -1
		}
		return j + 1
	}
	start := j
	for j < len(s) && j-start < 32 && isAlnum(s[j]) {
		j++
	}
	if j-start < 2 || j >= len(s) || s[j] != ';' {
		return -1
	}
	return j + 1
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// allDigits reports whether s is one ASCII digit or more and nothing else.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
func isHex(c byte) bool   { return isDigit(c) || ('a' <= c|0x20 && c|0x20 <= 'f') }
func isAlnum(c byte) bool { return isDigit(c) || ('a' <= c|0x20 && c|0x20 <= 'z') }

// mojibakeAt reports whether s[i:] starts with UTF-8 that was decoded as
// Windows-1252 (or Latin-1) and encoded again, such as "â€™" for "’" or
// "Ã©" for "é". It returns the rune the bytes meant and how many bytes of s
// the damaged form takes, or 0.
//
// A lead character (Â–ô, the Windows-1252 reading of the UTF-8 lead bytes
// C2–F4) must be followed by exactly the continuation characters its byte
// announces, each the reading of a byte 80–BF, and the bytes must decode to
// one valid rune at or above U+0080 (and "â€" followed by U+FFFD is read
// as ”; see the code). Real text almost never holds such a sequence ("Ã©" is not a word in any language), which is what makes the
// repair safe to apply by default.
func mojibakeAt(s string, i int) (rune, int) {
	// "â€" and U+FFFD: the closing quotation mark ” (E2 80 9D) read by a
	// decoder that has no character for byte 9D. Of the characters that
	// start E2 80, it is by far the commonest.
	if strings.HasPrefix(s[i:], "â€\uFFFD") {
		return '”', len("â€\uFFFD")
	}
	lead, size := utf8.DecodeRuneInString(s[i:])
	b0, ok := cp1252Byte(lead)
	if !ok || b0 < 0xc2 || b0 > 0xf4 {
		return 0, 0
	}
	need := 1
	switch {
	case b0 >= 0xf0:
		need = 3
	case b0 >= 0xe0:
		need = 2
	}
	var buf [4]byte
	buf[0] = b0
	j := i + size
	for k := 1; k <= need; k++ {
		if j >= len(s) {
			return 0, 0
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		b, ok := cp1252Byte(r)
		if !ok || b < 0x80 || b > 0xbf {
			return 0, 0
		}
		buf[k] = b
		j += n
	}
	r, n := utf8.DecodeRune(buf[:need+1])
	if n != need+1 || r < 0x80 { // a valid U+FFFD (EF BF BD) is repaired too
		return 0, 0
	}
	return r, j - i
}

// cp1252Byte returns the byte that Windows-1252 (or, for U+0080–U+009F,
// Latin-1) decodes to r.
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	if r < 0xa0 {
		return byte(r), true // C1 controls: a Latin-1 reading
	}
	return charmap.Windows1252.EncodeRune(r)
}

// Fold returns the matching key of s: [Clean] of s with curly and angle
// quotation marks and apostrophes mapped to ASCII ' and ", dashes and minus
// signs to -, the ellipsis to "...", and letters in lower case. Two texts
// that differ only in typography or case have the same Fold. Fold is
// idempotent and safe for concurrent use.
func Fold(s string) string {
	// Lower-casing can make a reference of what was not one ("&Amp;"
	// becomes "&amp;"), so clean and fold again until nothing changes.
	for range maxCleanPasses {
		t := foldClean(Clean(s))
		if t == s {
			break
		}
		s = t
	}
	return s
}

// foldClean is [Fold] of text that is already clean.
func foldClean(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s)+8)
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = b[:len(b)+appendFoldRune(b[len(b):cap(b)], r)]
		if cap(b)-len(b) < 8 {
			b = append(make([]byte, 0, 2*cap(b)), b...)
		}
	}
	return string(b)
}

// appendFoldRune writes the fold of the non-ASCII rune r (see [Fold]) at
// the start of dst, which has room for at least 8 bytes, and returns how
// many bytes it wrote.
func appendFoldRune(dst []byte, r rune) int {
	dst = dst[:cap(dst)]
	switch r {
	case '‘', '’', '‚', '‛', '′', '´':
		dst[0] = '\''
		return 1
	case '“', '”', '„', '‟', '″', '«', '»':
		dst[0] = '"'
		return 1
	case '‐', '‑', '‒', '–', '—', '―', '−':
		dst[0] = '-'
		return 1
	case '…':
		return copy(dst, "...")
	}
	return utf8.EncodeRune(dst, unicode.ToLower(r))
}

// trimWord removes the apostrophes, hyphens and periods that end w, so a
// sentence's last word loses its full stop but "U.S" keeps its inner one.
func trimWord(w string) string {
	return strings.TrimRight(w, "'’-.&")
}

// countWords returns the number of words in s (see scanWord) without
// allocating.
func countWords(s string) int {
	n := 0
	for i := 0; ; n++ {
		_, end, ok := scanWord(s, i)
		if !ok {
			return n
		}
		i = end
	}
}

// lastWord returns the last word of s (see scanWord), less the full
// stop and other marks trimWord trims, without allocating.
func lastWord(s string) string {
	// The words of the last run of bytes other than white space that
	// holds one: the last of them is the last of s.
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if isWordRune(r) || unicode.IsMark(r) {
			break
		}
		end -= size
	}
	start := strings.LastIndexAny(s[:end], " \t\n") + 1
	last := ""
	for i := start; ; {
		ws, we, ok := scanWord(s[:end], i)
		if !ok {
			break
		}
		last, i = s[ws:we], we
	}
	return trimWord(last)
}

// Page chrome.
//
// A line is chrome when its shape says so, not because it is on a list of
// known strings: a bare counter ("20", "0 Comments", "5 min read"), a time
// stamp ("Updated at 1:23 p.m."), widget residue (one to three tokens of
// one or two letters: "TT", "A A A"), a short line made only of interface
// words ("Share on Facebook", "Next Story", "Story continues below
// advertisement"), a short line with a sentence that opens with an
// imperative prompt ("Download the app now", "Don't miss out…"), a label
// that introduces a link to another story ("Read more: <title>"), a
// republication or copyright note, a credit of other reporters ("Jane Doe
// contributed to this report."), or a line with no letters or digits at
// all ("___").

// uiWords are the words web pages print on their buttons, menus and
// widgets, each with the reason a line made of them is removed. A line is
// interface text when every word is a uiWord or a function word and at
// least one is a uiWord.
var uiWords = map[string]Reason{
	"share": ReasonWidget, "shares": ReasonWidget, "shared": ReasonWidget, "sharing": ReasonWidget,
	"tweet": ReasonWidget, "email": ReasonWidget, "e-mail": ReasonWidget, "print": ReasonWidget,
	"comment": ReasonWidget, "comments": ReasonWidget, "save": ReasonWidget, "saved": ReasonWidget,
	"copy": ReasonWidget, "link": ReasonWidget, "copied": ReasonWidget, "listen": ReasonWidget,
	"size": ReasonWidget, "font": ReasonWidget, "bookmark": ReasonWidget,
	"caption": ReasonWidget, "captions": ReasonWidget, "image": ReasonWidget, "slide": ReasonWidget,
	"facebook": ReasonWidget, "twitter": ReasonWidget, "whatsapp": ReasonWidget, "linkedin": ReasonWidget,
	"pinterest": ReasonWidget, "reddit": ReasonWidget, "telegram": ReasonWidget, "messenger": ReasonWidget,
	"flipboard": ReasonWidget, "push": ReasonWidget, "send": ReasonWidget, "gift": ReasonWidget,
	"zoom": ReasonWidget, "audio": ReasonWidget, "play": ReasonWidget, "pause": ReasonWidget,
	"close": ReasonWidget, "expand": ReasonWidget, "collapse": ReasonWidget, "toggle": ReasonWidget,
	"next": ReasonNavigation, "previous": ReasonNavigation, "prev": ReasonNavigation,
	"story": ReasonNavigation, "stories": ReasonNavigation, "article": ReasonNavigation,
	"articles": ReasonNavigation, "coverage": ReasonNavigation, "read": ReasonNavigation,
	"related": ReasonNavigation, "recommended": ReasonNavigation, "popular": ReasonNavigation,
	"trending": ReasonNavigation, "home": ReasonNavigation, "menu": ReasonNavigation,
	"skip": ReasonNavigation, "content": ReasonNavigation, "continue": ReasonNavigation,
	"continues": ReasonNavigation, "reading": ReasonNavigation, "view": ReasonNavigation,
	"gallery": ReasonNavigation, "scroll": ReasonNavigation, "topics": ReasonNavigation,
	"sections": ReasonNavigation, "search": ReasonNavigation, "login": ReasonNavigation,
	"sign": ReasonNavigation, "log": ReasonNavigation, "full": ReasonNavigation,
	"main": ReasonNavigation, "back": ReasonNavigation, "top": ReasonNavigation,
	"comments)": ReasonNavigation, "headlines": ReasonNavigation, "feed": ReasonNavigation,
	"advertisement": ReasonAdvert, "advertising": ReasonAdvert, "advert": ReasonAdvert,
	"sponsored": ReasonAdvert, "ad": ReasonAdvert, "ads": ReasonAdvert, "promoted": ReasonAdvert,
	"subscribe": ReasonPromo, "subscribers": ReasonPromo, "subscription": ReasonPromo,
	"newsletter": ReasonPromo, "newsletters": ReasonPromo, "download": ReasonPromo,
	"app": ReasonPromo, "follow": ReasonPromo, "alerts": ReasonPromo, "notifications": ReasonPromo,
	"inbox": ReasonPromo, "updates": ReasonPromo, "delivered": ReasonPromo,
}

// fillerWords may stand in interface text beside a uiWord ("Share this
// article", "Follow updates below", "Read the full story") without making
// it prose.
var fillerWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true, "our": true, "your": true,
	"my": true, "to": true, "on": true, "in": true, "for": true, "of": true, "with": true,
	"by": true, "via": true, "and": true, "or": true, "now": true, "here": true, "more": true,
	"most": true, "all": true, "below": true, "above": true, "up": true, "out": true, "you": true,
	"us": true, "it": true, "see": true, "also": true, "get": true, "latest": true, "news": true,
	"daily": true, "free": true, "today": true, "x": true, "link": true, "page": true, "text": true,
	"video": true, "videos": true, "photos": true, "watch": true, "show": true, "hide": true,
	"click": true, "tap": true, "here's": true, "min": true, "mins": true, "minute": true,
	"minutes": true, "at": true, "from": true, "breaking": true, "live": true, "recommended": true,
}

// promptStarts open a sentence that asks the reader to do something:
// install, subscribe, follow, not miss out. A short line with such a
// sentence is a promotion.
var promptStarts = []string{
	"download the", "download our", "get the app", "get our app", "get the latest", "get breaking",
	"sign up", "subscribe to", "subscribe now", "subscribe for", "don't miss", "do not miss", "never miss",
	"follow us", "follow updates", "follow live", "follow our", "follow @", "click here", "tap here", "join us",
	"join our", "turn on", "enable notifications", "stay up to date", "stay informed", "stay updated",
	"followed categories", "followed topics", "want more", "like this story", "enjoyed this",
	"support our journalism", "support independent", "become a member", "already a subscriber",
	"get unlimited", "unlock", "register for free", "create a free account",
}

// promptFirstWords are the first words of promptStarts.
var promptFirstWords = firstWords(promptStarts)

// firstWords returns the set of the first words of phrases.
func firstWords(phrases []string) map[string]bool {
	m := map[string]bool{}
	for _, p := range phrases {
		if i := strings.IndexByte(p, ' '); i >= 0 {
			p = p[:i]
		}
		m[p] = true
	}
	return m
}

// linkLabels introduce a link to another story when followed by a colon,
// a pipe or a dash: "Read more: <title>", "RELATED: <title>".
var linkLabels = []string{
	"read more", "read also", "also read", "see also", "related", "recommended", "read next",
	"up next", "more", "more from", "related article", "related story", "related stories",
	"related coverage", "related content", "read", "must read", "don't miss", "next story",
	"also see", "more on this", "more on this story", "trending", "popular",
}

// footerStarts open republication and copyright notes.
var footerStarts = []string{
	"originally published as", "originally published by", "originally published in",
	"this story was first published", "this story was originally published", "first published",
	"this article was first published", "this article was originally published",
	"this article originally appeared", "this story originally appeared", "a version of this story",
	"a version of this article", "this article first appeared", "this story first appeared",
	"copyright", "©", "(c) ", "all rights reserved", "this material may not be published",
	"reporting by", "additional reporting by", "editing by", "writing by", "compiled by",
	"(reporting by", "(additional reporting", "(editing by", "(writing by",
	"with reporting by", "with reporting from", "with additional reporting",
}

// creditEnds are the verbs of a line that credits a story's other
// reporters: "Jane Doe contributed to this report.", "John Roe
// contributed reporting from London."
var creditEnds = []string{"contributed to this report", "contributed to this story",
	"contributed to this article", "contributed reporting"}

// isReporterCredit reports whether the folded line f credits a story's
// other reporters: one sentence whose verb is one of creditEnds, the
// names before it and, after "contributed reporting", where they
// reported from.
func isReporterCredit(f string) bool {
	if !strings.Contains(f, "contributed ") {
		return false // every one of creditEnds opens with it
	}
	for _, c := range creditEnds {
		if i := strings.Index(f, c); i > 0 && !strings.ContainsAny(f[:i], ".!?") &&
			!strings.ContainsAny(strings.TrimRight(f[i+len(c):], ".) "), ".!?") {
			return true
		}
	}
	return false
}

// maxChromeWords is the most words a chrome line has.
const maxChromeWords = 40

// chromeFirstWords are the words that open a long chrome line: the first
// words of footers, link labels and prompts.
var chromeFirstWords = func() map[string]bool {
	m := firstWords(footerStarts)
	for w := range firstWords(linkLabels) {
		m[w] = true
	}
	for w := range promptFirstWords {
		m[w] = true
	}
	m["all"] = true // "… All rights reserved."
	m["c"] = true   // "(c) 2019"
	for w := range m {
		if t := strings.Trim(w, "(:'"); t != w {
			m[t] = true
		}
	}
	return m
}()

// mayBeChrome reports whether the cleaned line s of n words has the shape
// chrome can have, so that chromeReason need not fold every paragraph:
// eight words or fewer, two bars " | " or more (linkListReason), or up to
// maxChromeWords with a sentence that opens with a word chrome opens with.
func mayBeChrome(s string, n int) bool {
	if n <= 8 || strings.Count(s, " | ") >= 2 {
		return true
	}
	if n > maxChromeWords {
		return false
	}
	if strings.Contains(s, " contributed ") || isTimestamp(s) {
		return true
	}
	return anySentenceOpens(s, func(start int) bool {
		if strings.HasPrefix(s[start:], "©") {
			return true
		}
		var buf [24]byte
		k := 0
		j := start
		for j < len(s) && s[j] == '(' {
			j++
		}
		for ; j < len(s) && k < len(buf); j++ {
			c := s[j] | 0x20 // lower case, for letters
			if (c < 'a' || c > 'z') && s[j] != '\'' {
				break
			}
			buf[k] = c
			k++
		}
		return chromeFirstWords[string(buf[:k])]
	})
}

// chromeReason returns why the cleaned line s is page chrome, or "".
func chromeReason(s string) Reason {
	return chromeReasonOf(s, foldClean(s), countWords(s))
}

// chromeReasonOf is chromeReason given the line's fold f and its word
// count n.
func chromeReasonOf(s, f string, n int) Reason {
	if s == "" {
		return ""
	}
	if n == 0 || !hasAlnum(s) {
		return ReasonLayout
	}
	if n > maxChromeWords {
		return ""
	}
	if r := linkListReason(s); r != "" {
		return r
	}
	if isCounter(f) || isWidgetResidue(s) || isTimestamp(s) {
		return ReasonWidget
	}
	first := f
	if i := strings.IndexByte(f, ' '); i >= 0 {
		first = f[:i]
	}
	if footerFirstWords[first] {
		for _, p := range footerStarts {
			if strings.HasPrefix(f, p) && (n <= 30 || p == "originally published as") {
				return ReasonFooter
			}
		}
	}
	if n <= 12 && strings.Contains(f, "all rights reserved") || isReporterCredit(f) {
		return ReasonFooter
	}
	if !linkFirstWords[strings.TrimRight(first, ":|-»")] {
		// No link label opens the line.
	} else {
		if r := linkReason(f); r != "" {
			return r
		}
	}
	if n <= 25 && hasPrompt(s) || n <= 15 && isFollowPrompt(f) {
		return ReasonPromo
	}
	if n <= 8 {
		if r := uiReason(f); r != "" {
			return r
		}
	}
	return ""
}

// linkListReason returns the reason for a line of three links or more
// with bars between them: related stories where two or more are longer
// than four words (headlines: "Senators call for 5G security coordinator
// | Facebook gets questions over location tracking | …"), else navigation
// ("Motorcycle Reviews | Product Reviews | BMW Motorcycles", "新闻 | 体育 |
// 财经"); "" for any other line. No link opens with a lower-case letter
// (but "iPhone") or ends in a full stop, question or exclamation mark,
// and none is over fifteen words; fewer than half hold a number ("Arsenal
// | 38 | 89", "Spurs 2-1 Everton | Leeds 0-0 Wolves" are a table's row
// and scores; "I walked alone | beneath the silent moon" a verse); a
// byline ("By Jane Doe | Reuters | Updated 5 June") is no list. Not
// promised: a table's header row of capitalised words ("Team | Played |
// Points") reads as navigation.
func linkListReason(s string) Reason {
	if strings.Count(s, " | ") < 2 || len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		return ""
	}
	long, parts, numbered := 0, 0, 0
	for part := range strings.SplitSeq(s, " | ") {
		part = strings.TrimRight(strings.TrimSpace(part), `"'”’)`)
		if part == "" {
			return ""
		}
		switch part[len(part)-1] {
		case '.', '?', '!':
			return ""
		}
		if r, _ := utf8.DecodeRuneInString(part); unicode.IsLower(r) && !startsCamel(part) {
			return "" // "beneath the silent moon", "no": words, not links
		}
		parts++
		if hasNumberWord(part) {
			numbered++
		}
		switch n := countWords(part); {
		case n > 15:
			return ""
		case n > 4:
			long++
		}
	}
	if 2*numbered >= parts {
		return "" // "Arsenal | 38 | 89", "Spurs 2-1 Everton | Leeds 0-0 Wolves": a table's row, scores
	}
	if long >= 2 {
		return ReasonRelated
	}
	return ReasonNavigation
}

// startsCamel reports whether s opens with a lower-case letter and a
// capital ("iPhone", "eBay").
func startsCamel(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsLower(r) && unicode.IsUpper(r2)
}

// hasNumberWord reports whether a word of s is a number: digits, with the
// commas, stops, per cent signs, dashes and colons numbers, scores and
// times are written with ("38", "81,283,501", "51.3%", "2-1", "51:03").
func hasNumberWord(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if isDigit(w[0]) && strings.Trim(w, "0123456789,.%-:") == "" {
			return true
		}
	}
	return false
}

// footerFirstWords and linkFirstWords are the first words of footerStarts
// and linkLabels.
var (
	footerFirstWords = firstWords(footerStarts)
	linkFirstWords   = firstWords(linkLabels)
)

// linkReason returns the reason for a folded line that opens with a link
// label and a colon, bar or dash: navigation for the label alone, related
// for a label and a headline.
func linkReason(f string) Reason {
	for _, l := range linkLabels {
		if rest, ok := strings.CutPrefix(f, l); ok {
			rest = strings.TrimLeft(rest, " ")
			if len(rest) > 0 && (rest[0] == ':' || rest[0] == '|' || rest[0] == '-' || strings.HasPrefix(rest, "»")) {
				tail := strings.TrimLeft(rest[1:], " -|»")
				if tail == "" {
					return ReasonNavigation
				}
				return ReasonRelated
			}
		}
	}
	// "Related Roundup: <title>", "Related coverage from Money:": a label
	// that opens with "related" and ends with a colon in its first five
	// words.
	if label, _, ok := strings.Cut(f, ":"); ok && strings.HasPrefix(label, "related ") && countWords(label) <= 5 {
		return ReasonRelated
	}
	return ""
}

// ReasonLayout: lines with no letters or digits (rules such as "___",
// bullets, stray punctuation).
const ReasonLayout Reason = "layout"

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isCounter reports whether the folded line f is a bare count, alone or
// with what it counts or the count it is a place in: "20", "1.2k", "0
// comments", "5 min read", "1,024 shares", "3 of 12", "1 - 5 of 36".
func isCounter(f string) bool {
	i := 0
	for i < len(f) && (isDigit(f[i]) || f[i] == ',' || f[i] == '.') {
		i++
	}
	if i == 0 || !isDigit(f[0]) {
		return false
	}
	rest := f[i:]
	if rest == "" || rest == "k" || rest == "m" || isOfCount(rest) {
		return true
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "k"), " ")
	switch rest {
	case "comment", "comments", "share", "shares", "views", "likes", "replies", "reactions",
		"min read", "mins read", "minute read", "minutes read", "min", "photos", "images":
		return true
	}
	return false
}

// isOfCount reports whether rest, what follows a count, makes it a
// gallery's or a list's place: " of 5", "/9", " - 5 of 36".
func isOfCount(rest string) bool {
	if r, ok := strings.CutPrefix(rest, " - "); ok {
		i := 0
		for i < len(r) && isDigit(r[i]) {
			i++
		}
		if i == 0 {
			return false
		}
		rest = r[i:]
	}
	r, ok := strings.CutPrefix(rest, " of ")
	if !ok {
		r, ok = strings.CutPrefix(rest, "/")
	}
	return ok && r != "" && strings.Trim(r, "0123456789") == ""
}

// isWidgetResidue reports whether s is one to three tokens of one or two
// letters each ("TT", "A A A", "Aa"): the text-size and share buttons a
// scraper keeps as letters.
func isWidgetResidue(s string) bool {
	if len(s) > 20 {
		return false
	}
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 3 {
		return false
	}
	for _, f := range fields {
		n := 0
		for _, r := range f {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n > 2 {
			return false
		}
	}
	// A lone one-letter word such as "I" or "A" is a possible sentence
	// fragment; two letters or repeated tokens are residue.
	return len(fields) > 1 || utf8.RuneCountInString(fields[0]) == 2 && strings.ToUpper(fields[0]) == fields[0]
}

// isFollowPrompt reports whether the folded line f asks the reader to
// follow someone on a social network: "Follow The Times Opinion section
// on Facebook, Twitter and Instagram.", "Follow Jane on Twitter
// @janedoe". Its caller keeps it to short lines.
func isFollowPrompt(f string) bool {
	if !strings.HasPrefix(f, "follow ") {
		return false
	}
	for _, net := range [...]string{" on twitter", " on facebook", " on instagram"} {
		if strings.Contains(f, net) {
			return true
		}
	}
	return false
}

// hasPrompt reports whether a sentence of the line s opens with a
// prompt to the reader (see promptStarts, which are folded).
func hasPrompt(s string) bool {
	const longest = 32 // bytes of a sentence's start enough for any prompt
	return anySentenceOpens(s, func(start int) bool {
		end := min(len(s), start+longest)
		for end < len(s) && !utf8.RuneStart(s[end]) {
			end--
		}
		// The first word decides whether the start is worth folding.
		first := firstField(s[start:end])
		var buf [longest]byte
		if isASCII(first) && !promptFirstWords[string(lowerInto(buf[:], first))] {
			return false
		}
		sent := foldClean(s[start:end])
		if !promptFirstWords[firstField(sent)] {
			return false
		}
		for _, p := range promptStarts {
			if strings.HasPrefix(sent, p) {
				return true
			}
		}
		return false
	})
}

// uiReason returns the reason for a short folded line made of interface
// words only, or "".
func uiReason(f string) Reason {
	f = strings.TrimRight(f, " :.›»→>|")
	var reason Reason
	for rest := f; rest != ""; {
		i := strings.IndexFunc(rest, isUISeparator)
		w := rest
		if i < 0 {
			rest = ""
		} else {
			_, size := utf8.DecodeRuneInString(rest[i:])
			w, rest = rest[:i], rest[i+size:]
		}
		w = strings.Trim(w, ".,:;!?'\"")
		if w == "" || isNumber(w) {
			continue
		}
		if r, ok := uiWords[w]; ok {
			if reason == "" || reason == ReasonNavigation && r != ReasonNavigation {
				reason = r
			}
			continue
		}
		if !fillerWords[w] {
			return ""
		}
	}
	return reason
}

// isUISeparator reports whether r separates the words of interface text.
func isUISeparator(r rune) bool {
	return r == ' ' || r == '|' || r == '/' || r == '•' || r == '·' || r == '(' || r == ')'
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return w != ""
}
