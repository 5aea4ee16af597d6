package newstext

// The helpers of this file look words up without the allocations of the
// strings functions they stand for: every stage looks up words in sets
// (reporting verbs, titles, stop words) many times per line.

import (
	"encoding/binary"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerInto returns s in lower case, as strings.ToLower does (rune by
// rune, invalid UTF-8 as U+FFFD), written into buf while it fits: looking
// the word up in a set (set[string(w)]) or comparing it (string(w) ==
// "it") then allocates nothing.
func lowerInto(buf []byte, s string) []byte {
	return appendLower(buf[:0], s, math.MaxInt)
}

// appendLower appends to w the lower case of the runes of s, as
// strings.ToLower writes them, until w is limit bytes long or longer.
func appendLower(w []byte, s string, limit int) []byte {
	for i := 0; i < len(s) && len(w) < limit; {
		// The ASCII bytes from i, as many as fit in w's capacity,
		// lowered in place without an append per byte.
		n := min(len(s)-i, limit-len(w), cap(w)-len(w))
		j := len(w)
		w = w[:j+n]
		k := 0
		for ; k+8 <= n; k += 8 { // eight ASCII bytes at a time
			x := load64(s[i+k:])
			if x&0x8080808080808080 != 0 {
				break
			}
			lower, _ := wordBytes8(x)
			binary.LittleEndian.PutUint64(w[j+k:], lower)
		}
		for ; k < n; k++ {
			c := s[i+k]
			if c >= utf8.RuneSelf {
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			w[j+k] = c
		}
		w = w[:j+k]
		i += k
		if k == n && n > 0 {
			continue
		}
		// A byte not ASCII, or w at its capacity: one rune by append,
		// which grows w as the callers' buffers allow.
		r, size := utf8.DecodeRuneInString(s[i:])
		w = utf8.AppendRune(w, unicode.ToLower(r))
		i += size
	}
	return w
}

// inLower reports whether set holds s in lower case, as
// set[strings.ToLower(s)] does, without allocating for a word or a short
// phrase.
func inLower(set *wordSet, s string) bool {
	var buf [64]byte
	return set.hasBytes(lowerInto(buf[:], s))
}

// inLowerMap is inLower for a set a text builds as it is read.
func inLowerMap(set map[string]bool, s string) bool {
	var buf [64]byte
	return set[string(lowerInto(buf[:], s))]
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with prefix:
// only the runes that make the prefix's length are lowered.
func hasLowerPrefix(s, prefix string) bool {
	var buf [16]byte
	w := appendLower(buf[:0], s, len(prefix))
	return len(w) >= len(prefix) && string(w[:len(prefix)]) == prefix
}

// isLower reports whether strings.ToLower(s) == s: no rune changes case
// and none is invalid UTF-8 (ToLower writes those as U+FFFD).
func isLower(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// firstField returns the first of strings.Fields(s), or "", without
// allocating.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// lastField returns the last of strings.Fields(s), or "", without
// allocating.
func lastField(s string) string {
	// From the end: a valid rune reads the same either way, and an
	// invalid byte, read either way, is no space.
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return s[start:end]
}

// nextField returns the bounds of the first of strings.Fields(s[i:]), as
// offsets into s, without allocating; start == end when none is left.
// for a, b := nextField(s, 0); a < b; a, b = nextField(s, b) { ... }
// visits the fields of s.
func nextField(s string, i int) (start, end int) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return start, i
}

// countFields returns len(strings.Fields(s)) without allocating.
func countFields(s string) int {
	n := 0
	in := false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// A shapeFilter tells from a word's first byte and length alone that it
// is not in a set: most words of a text skip the set's lookup.
type shapeFilter [256]uint64 // first byte -> bit n for a length n (63: 63 or more)

// add notes w as in the set.
func (f *shapeFilter) add(w string) {
	if w != "" {
		f.addShape(w[0], len(w))
	}
}

// addShape notes as in the set the words of n bytes whose first byte is c.
func (f *shapeFilter) addShape(c byte, n int) { f[c] |= 1 << min(n, 63) }

// may reports whether w may be in the set: false only if it is not.
func (f *shapeFilter) may(w string) bool {
	return w != "" && f[w[0]]&(1<<min(len(w), 63)) != 0
}

// mayFolded reports whether w or w with its first ASCII letter in lower
// case ("President" for "president") may be in the set.
func (f *shapeFilter) mayFolded(w string) bool {
	if f.may(w) {
		return true
	}
	return w != "" && 'A' <= w[0] && w[0] <= 'Z' && f[w[0]+'a'-'A']&(1<<min(len(w), 63)) != 0
}

// A wordSet is a set of words with a shapeFilter in front of its map:
// most words a text asks a set about are not in it, and the filter says
// so without hashing them.
type wordSet struct {
	shapes shapeFilter
	bits   wordFilter
	m      map[string]bool
}

// add puts w in the set.
func (s *wordSet) add(w string) {
	s.shapes.add(w)
	s.bits.add(w)
	s.m[w] = true
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return mayHold(&s.bits, w) && s.m[w] }

// hasBytes reports whether string(b) is in the set, without allocating.
func (s *wordSet) hasBytes(w []byte) bool { return mayHold(&s.bits, w) && s.m[string(w)] }

// A wordFilter tells from one bit that a word is not in a set: a set of
// n words lets about n/4096 of the other words through.
type wordFilter [1 << 12 / 64]uint64

// wordBit returns the bit of a wordFilter that stands for w, not empty:
// a hash of its length and its first, middle and last bytes, cheaper
// than a map's hash of every byte.
func wordBit[S string | []byte](w S) uint32 {
	n := len(w)
	h := uint32(w[0]) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16 | uint32(n)<<24
	return h * 0x9e3779b1 >> (32 - 12)
}

// add notes w as in the set.
func (f *wordFilter) add(w string) {
	if w != "" {
		b := wordBit(w)
		f[b/64] |= 1 << (b % 64)
	}
}

// mayHold reports whether w may be in the set f filters: false only if
// it is not (and for the empty word).
func mayHold[S string | []byte](f *wordFilter, w S) bool {
	if len(w) == 0 {
		return false
	}
	b := wordBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// shapesOf returns the shapeFilter of the words of set.
func shapesOf(set map[string]bool) *shapeFilter {
	var f shapeFilter
	for w := range set {
		f.add(w)
	}
	return &f
}

// isInitials reports whether w is a person's initials: one to three
// capital letters, each with its full stop ("J.", "A.J.", "J.R.R.").
func isInitials(w string) bool {
	n := 0
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsUpper(r) || i+size >= len(w) || w[i+size] != '.' {
			return false
		}
		i += size + 1
		n++
	}
	return n >= 1 && n <= 3
}

// isLyAdverb reports whether w is an adverb in "-ly": a word in lower
// case ending in "ly" that the dictionary tags as one (see
// commonwords.txt: "really", "quietly", "simply"; not the nouns "family",
// "assembly" or "supply"), or that it does not know at all.
func isLyAdverb(w string) bool {
	if !strings.HasSuffix(w, "ly") || !isLower(w) {
		return false
	}
	tag, known := dictionaryWords().tagOf(w)
	return tag == 'L' || !known
}
