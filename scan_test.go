package newstext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// scanLineRef is the first, byte-at-a-time version of scanLine, kept as
// the reference the faster one must agree with; its word count is
// countWords', that is scanWord's.
func scanLineRef(dst []uint64, s string) (words int, key uint64, out []uint64) {
	const maxWord = 48
	var buf [maxWord]byte
	key = fnvOffset
	n := 0 // bytes of the current word; maxWord+1 once it is too long
	for i := 0; i <= len(s); {
		if i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				i++
				w := wordByte[c]
				if w > '\'' || w == '\'' && n > 0 { // a letter, a digit, an inner apostrophe
					if n < maxWord {
						buf[n] = w
						n++
					} else {
						n = maxWord + 1
					}
					continue
				}
			} else {
				r, size := utf8.DecodeRuneInString(s[i:])
				i += size
				switch {
				case r == '’' && n > 0:
					if n < maxWord {
						buf[n] = '\''
						n++
					}
					continue
				case unicode.IsLetter(r) || unicode.IsDigit(r):
					var enc [utf8.UTFMax]byte
					for _, b := range enc[:utf8.EncodeRune(enc[:], unicode.ToLower(r))] {
						if n < maxWord {
							buf[n] = b
							n++
						} else {
							n = maxWord + 1
						}
					}
					continue
				}
			}
		} else {
			i++
		}
		// The end of a word.
		if n > 0 && n <= maxWord {
			w := buf[:n]
			full := hashWordRef(w)
			key = (key ^ full) * fnvPrime
			if n >= 3 && (n > maxStopWord || !isStopHashRef(full)) {
				if k := stemLen(w); k > 0 {
					full = hashWordRef(w[:n-k])
				}
				dst = append(dst, full)
			}
		}
		n = 0
	}
	return countWords(s), key | 1, dst
}

func hashWordRef(w []byte) uint64 {
	h := uint64(len(w)) * 0x9e3779b97f4a7c15
	for len(w) >= 8 {
		h = mix64(h ^ le64(w))
		w = w[8:]
	}
	var t uint64
	for i, c := range w {
		t |= uint64(c) << (8 * i)
	}
	return mix64(h ^ t)
}

var stopRef = func() map[uint64]bool {
	m := map[uint64]bool{}
	for w := range stopWords.m {
		m[hashWordRef([]byte(w))] = true
	}
	return m
}()

func isStopHashRef(h uint64) bool { return stopRef[h] }

// TestScanLine checks scanLine against scanLineRef: the same word count,
// the same content words (compared through the pattern of equal hashes),
// and keys that are equal exactly where the reference's are.
func TestScanLine(t *testing.T) {
	lines := []string{"", "a", "The the THE", "Zelensky's talks; talks - talk", "U.S. 30-day ceasefire",
		"don’t ’tis it's", "naïve café Ørsted ДМИТРИЙ Песков 北京", strings.Repeat("x", 60) + " word",
		"abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq", "running ran runs ran'", "a.b.c a-b-c"}
	files, _ := filepath.Glob("testdata/article/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	for k, l := range fixtureLines(readFixtures(t)) {
		lines = append(lines, dirty(l, k))
	}
	keyOf := map[uint64]uint64{} // reference key -> key
	refOf := map[uint64]uint64{} // key -> reference key
	idOf := map[uint64]uint64{}  // reference word hash -> word hash
	for _, raw := range lines {
		s := Clean(raw)
		w1, k1, h1 := scanLineRef(nil, s)
		w2, k2, h2 := scanLine(nil, s)
		if w1 != w2 || len(h1) != len(h2) {
			t.Fatalf("scanLine(%q): %d words, %d content words; reference %d, %d", s, w2, len(h2), w1, len(h1))
		}
		if w1 != countWords(s) {
			t.Errorf("scanLine(%q) counts %d words, countWords %d", s, w1, countWords(s))
		}
		for i := range h1 {
			if prev, ok := idOf[h1[i]]; ok && prev != h2[i] {
				t.Fatalf("scanLine(%q): word %d hashes differently from an earlier equal word", s, i)
			}
			idOf[h1[i]] = h2[i]
		}
		if prev, ok := keyOf[k1]; ok && prev != k2 {
			t.Fatalf("scanLine(%q): key differs from an earlier line with the same reference key", s)
		}
		if prev, ok := refOf[k2]; ok && prev != k1 {
			t.Fatalf("scanLine(%q): key equals an earlier line's whose reference key differs", s)
		}
		keyOf[k1], refOf[k2] = k2, k1
	}
	// Distinct reference words must stay distinct.
	seen := map[uint64]bool{}
	for _, h := range idOf {
		if seen[h] {
			t.Fatal("two different words hash alike")
		}
		seen[h] = true
	}
}

// TestWordRun8 checks wordRun8 against wordByte on every eight bytes of
// the fixture lines, damaged as scrapers damage them, and of every byte
// value next to letters: the run is the bytes wordByte maps above the
// apostrophe, and they come back lowered.
func TestWordRun8(t *testing.T) {
	lines := damagedFixtureLines(t)
	for c := range 256 {
		lines = append(lines, "aZ9"+string([]byte{byte(c)})+"bY0@[`{/:", string([]byte{byte(c), 'A', 'z', byte(c), '0', '9', 'Z', 'a', byte(c)}))
	}
	for _, l := range lines {
		for i := 0; i+8 <= len(l); i++ {
			lower, n := wordRun8(load64(l[i : i+8]))
			want := 0
			for want < 8 && wordByte[l[i+want]] > '\'' {
				want++
			}
			if n != want {
				t.Fatalf("wordRun8(%q, %d) run %d, want %d", l, i, n, want)
			}
			for k := range n {
				if got := byte(lower >> (8 * k)); got != wordByte[l[i+k]] {
					t.Fatalf("wordRun8(%q, %d) byte %d = %q, want %q", l, i, k, got, wordByte[l[i+k]])
				}
			}
		}
	}
}

// BenchmarkWordScans measures the word scans of a line, scanLine (the
// line analysis), appendWordKey (the repeat keys) and countWords, on the
// cleaned fixture lines, and the shared tokenizer, appendTokens, on the
// whole fixtures.
func BenchmarkWordScans(b *testing.B) {
	var lines []string
	n := 0
	for _, l := range fixtureLines(readFixtures(b)) {
		lines = append(lines, Clean(l))
		n += len(l)
	}
	b.Run("scanLine", func(b *testing.B) {
		b.SetBytes(int64(n))
		var dst []uint64
		for b.Loop() {
			for _, l := range lines {
				_, _, dst = scanLine(dst[:0], l)
			}
		}
	})
	b.Run("appendWordKey", func(b *testing.B) {
		b.SetBytes(int64(n))
		var dst []byte
		for b.Loop() {
			for _, l := range lines {
				dst, _ = appendWordKey(dst[:0], l)
			}
		}
	})
	b.Run("countWords", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, l := range lines {
				countWords(l)
			}
		}
	})
	// The shared tokenizer (tokens.go) over whole fixtures, as Parse
	// reads a story once for entities and quotes.
	fs := readFixtures(b)
	size := 0
	for _, fx := range fs {
		size += len(fx.data)
	}
	b.Run("appendTokens", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var ws []token
		for b.Loop() {
			for _, fx := range fs {
				ws = appendTokens(ws[:0], fx.data)
			}
		}
	})
}
