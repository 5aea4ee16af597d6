package newstext

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// maxCleanPasses bounds the repair loop in [Clean]. Each pass is linear;
// text that is still changing after this many passes (mojibake encoded five
// times over) is returned as the last pass left it.
const maxCleanPasses = 4

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
	ascii := true
	prevSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case c < 0x20 || c == 0x7f:
				return false
			case c == '&':
				if _, _, ok := entityAt(s, i); ok {
					return false
				}
				prevSpace = false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if unicode.IsSpace(r) || dropRune(r) {
			return false
		}
		if r >= 0xc2 && r <= 0xf4 {
			if _, n := mojibakeAt(s, i); n > 0 {
				return false
			}
		}
		prevSpace = false
		i += size
	}
	return ascii || norm.NFC.IsNormalString(s)
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
// one valid rune at or above U+0080. Real text almost never holds such a
// sequence ("Ã©" is not a word in any language), which is what makes the
// repair safe to apply by default.
func mojibakeAt(s string, i int) (rune, int) {
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
	if r == utf8.RuneError || n != need+1 || r < 0x80 {
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
	s = Clean(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '‘', '’', '‚', '‛', '′', '`', '´':
			b.WriteByte('\'')
		case '“', '”', '„', '‟', '″', '«', '»':
			b.WriteByte('"')
		case '‐', '‑', '‒', '–', '—', '―', '−':
			b.WriteByte('-')
		case '…':
			b.WriteString("...")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
