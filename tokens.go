package newstext

// Words and sentences.
//
// This file is the one definition of a word and of a sentence end that
// the stages share: entities find names in the tokens of a text
// (appendTokens), quotes read the same tokens around a quotation
// (appendWordsIn), and entities, quotes, repeat removal and chrome
// detection split sentences where sentenceEnd says a sentence ends. An
// abbreviation is decided once, by isAbbrev: the full stop after one
// belongs to the word ("Mr.", "U.S.", "J.") and does not end a sentence.

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is a word of a text, as scanWord finds it, with what the stages
// ask of it.
type token struct {
	start, end int32 // the word is text[start:end]
	upper      bool  // starts with a capital
	allCaps    bool  // two letters or more, none in lower case
	sentStart  bool  // first word of a sentence, a line, a list item, a quotation, or a clause after a colon or a dash
	headline   bool  // in a line in title case: see markHeadlines
	title      bool  // in the story's title, which Parse found (a title in title case is a headline even with a full stop)
}

// in returns the token's text in text.
func (w token) in(text string) string { return text[w.start:w.end] }

// appendTokens appends to out the words of text (see scanWord), marking
// those that open a sentence, a line, a list item, a quotation or a clause
// after a colon or a dash.
func appendTokens(out []token, text string) []token {
	sent := true // the next word opens a sentence
	for i := 0; i < len(text); {
		start, end, ok := scanWord(text, i)
		if !ok {
			break
		}
		if !sent {
			sent = opensAfter(text, i, start) || listNumber(text, out)
		}
		w := token{start: int32(start), end: int32(end), sentStart: sent}
		wt := text[start:end]
		if c := wt[0]; c < utf8.RuneSelf {
			w.upper = 'A' <= c && c <= 'Z'
		} else {
			first, _ := utf8.DecodeRuneInString(wt)
			w.upper = unicode.IsUpper(first)
		}
		if k := strings.IndexByte(wt, '-'); k > 0 && arabicArticles.has(wt[:k]) {
			after, _ := utf8.DecodeRuneInString(wt[k+1:])
			w.upper = unicode.IsUpper(after) // "al-Assad" is a name word
		}
		w.allCaps = w.upper && isAllCaps(wt) && utf8.RuneCountInString(wt) > 1
		out = append(out, w)
		sent = false
		i = end
	}
	return out
}

// withTokens calls f with the tokens of text (see appendTokens), read
// once for the stages that share them into a pooled buffer that f must
// not keep.
func withTokens(text string, f func(ws []token)) {
	wp := tokenPool.Get().(*[]token)
	ws := appendTokens(slices.Grow((*wp)[:0], len(text)/6), text) // about a word in six bytes
	f(ws)
	if cap(ws) <= maxPooledWords {
		*wp = ws[:0]
		tokenPool.Put(wp)
	}
}

// tokenPool holds the token buffers withTokens lends (see maxPooledWords).
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// phraseWord is a word of a text with its offsets, as a stage reads it
// in a phrase.
type phraseWord struct {
	start, end int
	text       string
}

// appendWordsIn appends to out the words of ws, the tokens of text, that
// lie within text[from:to], until out holds max words. The callers pass a
// buffer of max words on their stack, so that reading a phrase does not
// allocate.
func appendWordsIn(out []phraseWord, text string, ws []token, from, to, max int) []phraseWord {
	k, _ := wordAt(ws, from)
	for ; k < len(ws) && len(out) < max && int(ws[k].end) <= to; k++ {
		out = append(out, phraseWord{int(ws[k].start), int(ws[k].end), ws[k].in(text)})
	}
	return out
}

// wordAt returns the index of the first of the tokens ws (in text order)
// that starts at byte offset at or after it, and whether one starts at
// at: slices.BinarySearchFunc's answer on the starts, without a call of
// a comparison a step (it was 4% of Parse's time).
func wordAt(ws []token, at int) (int, bool) {
	lo, hi := 0, len(ws)
	for lo < hi {
		if mid := int(uint(lo+hi) >> 1); int(ws[mid].start) < at {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(ws) && int(ws[lo].start) == at
}

// firstWordIn returns the first word of ws, the tokens of text, within
// text[from:to].
func firstWordIn(text string, ws []token, from, to int) (phraseWord, bool) {
	var buf [1]phraseWord
	if w := appendWordsIn(buf[:0], text, ws, from, to, 1); len(w) == 1 {
		return w[0], true
	}
	return phraseWord{}, false
}

// listNumber reports whether the last of the tokens ws of text numbers a
// list item or a section ("2." opening a line, a number of one or two
// digits that opens a sentence itself: "… grow quite large. 2 Keep the
// soil damp", or a section's number of digits and inner full stops that
// opens a sentence or a line: "1.1 What is Psychology?", "2.3.4
// Results"), so that the word after it opens a sentence.
func listNumber(text string, ws []token) bool {
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	if w.end-w.start == 2 && '0' <= text[w.start] && text[w.start] <= '9' && text[w.start+1] == '.' {
		return true
	}
	if !w.sentStart || text[w.end-1] == '.' || !isDigit(text[w.start]) || !isDigit(text[w.end-1]) {
		return false
	}
	n := w.in(text)
	return len(n) <= 2 || len(n) <= 8 && strings.Contains(n, ".") && !strings.Contains(n, "..") && strings.Trim(n, "0123456789.") == ""
}

// opensAfter reports whether the word at text[start:] opens a sentence,
// a line or a clause, given that the word before it ended at from: the
// bytes between hold a sentence end, a line feed, a colon or a dash, or
// end in an opening quotation mark (quoted speech opens its own
// sentence: said Wednesday, "Certainly …").
func opensAfter(text string, from, start int) bool {
	if start-from == 1 && text[from] == ' ' {
		return false // one space, the gap between most words
	}
	if opensQuote(text, from, start) {
		return true
	}
	for i := from; i < start; {
		c := text[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n', ':':
				return true
			case '.', '?', '!':
				// A full stop between words is no abbreviation's:
				// scanWord took those into their words.
				if _, _, ok := sentenceBoundary(text, i); ok {
					return true
				}
			case '-':
				// A hyphen with white space on both sides, or two, is a
				// dash as typed: "WASHINGTON (Reuters) - Scientists".
				if i > 0 && text[i-1] == ' ' && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '-') {
					return true
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '—' || r == '–' {
			return true
		}
		i += size
	}
	return false
}

// opensQuote reports whether the bytes text[from:start] before a word end
// in an opening quotation mark: one right before the word, with white
// space, a bracket or nothing before it.
func opensQuote(text string, from, start int) bool {
	r, size := utf8.DecodeLastRuneInString(text[from:start])
	if r != '"' && r != '“' && r != '‘' && r != '«' && r != '\'' {
		return false
	}
	if start-size == 0 {
		return true
	}
	b, _ := utf8.DecodeLastRuneInString(text[:start-size])
	return unicode.IsSpace(b) || b == '(' || b == '['
}

// scanWord returns the bounds of the first word of text at or after i,
// and false when there is none. A word is a letter or a digit and the
// letters, digits and combining marks after it, with the apostrophes and
// hyphens inside it that a letter follows ("don't", "Russia’s",
// "al-Assad") and the full stops inside it that innerStop allows
// ("3.5", "PanARMENIAN.Net"). The full stop after an abbreviation or an
// initial belongs to it (see isAbbrev): "Mr.", "J."; "U.S." is two
// words, "U." and "S.", as "J.K." is, so that every initial is a word of
// its own.
func scanWord(text string, i int) (start, end int, ok bool) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if wordByte[c] > '\'' {
				break // an ASCII letter or digit
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += size
	}
	if i >= len(text) {
		return len(text), len(text), false
	}
	j := i
	part := i // where the part of the word after its last inner full stop starts
	for j < len(text) {
		r, size := rune(text[j]), 1
		if r < utf8.RuneSelf {
			if wordByte[r] > '\'' {
				j++ // an ASCII letter or digit, most of a word's bytes
				continue
			}
			// Any other ASCII byte is no letter, digit or mark.
		} else if r, size = utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			j += size
			continue
		}
		if innerMark(r) && j+size < len(text) {
			if next, _ := utf8.DecodeRuneInString(text[j+size:]); unicode.IsLetter(next) {
				j += size
				continue
			}
		}
		if r == '.' && innerStop(text, part, j) {
			j++
			part = j
			continue
		}
		break
	}
	if j < len(text) && text[j] == '.' && isAbbrev(text, i, j) {
		j++
	}
	return i, j, true
}

// innerStop reports whether the full stop at text[j], after the part of
// a word text[part:j], stands inside the word: between two digits ("3.5")
// or between two parts of two letters or digits or more
// ("PanARMENIAN.Net", "St.Louis"), but not after an initial ("U.S").
func innerStop(text string, part, j int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[part:j])
	next, size := utf8.DecodeRuneInString(text[j+1:])
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return true
	}
	if !isWordRune(next) || utf8.RuneCountInString(text[part:j]) < 2 {
		return false
	}
	second, _ := utf8.DecodeRuneInString(text[j+1+size:])
	return isWordRune(second)
}

// letterAt reports whether a letter starts at text[i] (see scanWord: an
// inner apostrophe or hyphen joins only a letter).
func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// innerMark reports whether r may stand inside a word (see scanWord).
func innerMark(r rune) bool {
	return r == '\'' || r == '’' || r == '-'
}

// abbreviations are the words, in lower case, whose full stop is part of
// them: the honorifics and "St.", "No.", "vs.", "Jr.", "Sr.".
var abbreviations = func() *wordSet {
	s := setOf("st no vs jr sr")
	for w := range honorifics.m {
		s.add(w)
	}
	return s
}()

// monthAbbrevs are the short names of the months, in lower case, that
// the press writes with a full stop before a day ("Feb. 3", "Sept. 11").
var monthAbbrevs = setOf("jan feb mar apr jun jul aug sep sept oct nov dec")

// isAbbrev reports whether the word text[i:j], followed by a full stop,
// is an abbreviation or an initial whose full stop is part of it rather
// than a sentence end: a single letter ("J.", the "U." and "S." of
// "U.S."), an honorific or title ("Mr", "Sen", "Gen") or one of the
// abbreviations. A single digit is one only where it opens a line,
// numbering a list item ("2."); elsewhere ("Red Dead Redemption 2.") the
// full stop ends a sentence. A month's short name is one before a day
// ("Feb. 3"); elsewhere ("He left in Jan. Then …") it may end a sentence;
// so is "No." before a number ("No. 5").
func isAbbrev(text string, i, j int) bool {
	w := text[i:j]
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) {
		if unicode.IsDigit(r) {
			return opensLine(text, i)
		}
		return size > 0 && r != utf8.RuneError
	}
	if len(w) > maxAbbrevLen {
		return false
	}
	var buf [maxAbbrevLen]byte
	lw := lowerInto(buf[:], w)
	if monthAbbrevs.hasBytes(lw) {
		return j+2 < len(text) && text[j+1] == ' ' && isDigit(text[j+2])
	}
	if string(lw) == "no" {
		// "No. 5", "no.1": the number's sign before a number; elsewhere
		// a word ending a sentence ("No no no no. Which way …").
		return j+1 < len(text) && isDigit(text[j+1]) || j+2 < len(text) && text[j+1] == ' ' && isDigit(text[j+2])
	}
	if pluralHonorifics.hasBytes(lw) {
		// "Sens. Ted Cruz", not "ten reps. Then": capitalised, before a
		// capitalised word.
		return isUpperRune(r) && j+2 < len(text) && text[j+1] == ' ' && letterAt(text, j+2) && isUpperRune(firstRune(text[j+2:]))
	}
	return abbreviations.hasBytes(lw)
}

// firstRune returns the first rune of s (utf8.RuneError for none).
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isAbbrevBefore reports whether the full stop at text[i] ends an
// abbreviation or an initial (see isAbbrev) rather than a sentence: it
// does when the word scanWord reads there takes the full stop in.
func isAbbrevBefore(text string, i int) bool {
	// Most stops follow a word of ASCII letters after a space: that word
	// is the one scanWord reads, unless the stop joins it to the next.
	k := i
	for k > 0 && i-k <= maxAbbrevLen && ('a' <= text[k-1]|0x20 && text[k-1]|0x20 <= 'z') {
		k--
	}
	if k < i && (k == 0 || text[k-1] == ' ' || text[k-1] == '\n') {
		return i-k <= maxAbbrevLen && !innerStop(text, k, i) && isAbbrev(text, k, i)
	}
	// The words are read from the start of the run of bytes other than
	// spaces that holds the stop, at most maxAbbrevRun bytes back: a
	// word longer than that is no abbreviation.
	from := i
	for from > 0 && i-from < maxAbbrevRun && text[from-1] != ' ' && text[from-1] != '\n' {
		from--
	}
	for from < i {
		start, end, ok := scanWord(text, from)
		if !ok || start >= i {
			return false
		}
		if end > i {
			return end == i+1
		}
		from = end
	}
	return false
}

// maxAbbrevLen is more bytes than any abbreviation has.
const maxAbbrevLen = 16

// maxAbbrevRun bounds how far back isAbbrevBefore reads.
const maxAbbrevRun = 64

// opensLine reports whether the run of bytes other than spaces that
// holds text[i] opens its line: the numbers of a list ("2.", "(2.") do.
func opensLine(text string, i int) bool {
	for i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
		i--
	}
	return i == 0 || text[i-1] == '\n'
}

// closesSentence reports whether r may close a sentence after its full
// stop: a closing quotation mark or bracket.
func closesSentence(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

// sentenceEnd reports whether the '.', '?' or '!' at text[i] ends a
// sentence. It does when, after the mark and any closing quotation
// marks and brackets, white space (any Unicode space) or the end of the
// text follows, the
// next word does not start in lower case ("Why?" he asked), and a full
// stop does not end an abbreviation (see isAbbrev). end is where the
// sentence ends, past the closing marks; next is where the next one
// starts, past the white space.
func sentenceEnd(text string, i int) (end, next int, ok bool) {
	end, next, ok = sentenceBoundary(text, i)
	if ok && text[i] == '.' && isAbbrevBefore(text, i) {
		return end, next, false
	}
	return end, next, ok
}

// sentenceBoundary is sentenceEnd but for the abbreviation: whether the
// mark at text[i] ends a sentence if it ends no abbreviation.
func sentenceBoundary(text string, i int) (end, next int, ok bool) {
	end = i + 1
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !closesSentence(r) {
			break
		}
		end += size
	}
	next = end
	for next < len(text) {
		if c := text[next]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			next++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[next:])
		if r < utf8.RuneSelf || !unicode.IsSpace(r) {
			break
		}
		next += size // a no-break space, an em space
	}
	if next == end && end < len(text) {
		return end, next, false
	}
	if next < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[next:]); unicode.IsLower(r) {
			return end, next, false
		}
	}
	return end, next, true
}

// hasSentences reports whether s holds n whole sentences or more, split
// where sentenceEnd says a sentence ends; a last one that does not end as
// a sentence does (endsSentence), or that ends in an ellipsis (a
// snippet cut short, "And then…"), does not count. It reads s only as far as the n-th.
func hasSentences(s string, n int) bool {
	if n <= 0 {
		return true
	}
	found := 0
	for i := indexSentenceMark(s, 0); i >= 0 && found < n; i = indexSentenceMark(s, i+1) {
		if _, next, ok := sentenceEnd(s, i); ok && next < len(s) {
			found++
			i = next - 1
		}
	}
	return found >= n || found == n-1 && endsSentence(s) && !endsInEllipsis(s)
}

// anySentenceOpens reports whether opens holds at the start of a sentence
// of s: at 0, or where a sentence that sentenceEnd ends is followed by
// another (next short of len(s)). opens is asked at each mark's next
// start before sentenceEnd rules out an abbreviation there, so that a
// caller whose test seldom holds pays for the abbreviation check only
// where it does; opens must not change anything.
func anySentenceOpens(s string, opens func(start int) bool) bool {
	if s == "" {
		return false
	}
	if opens(0) {
		return true
	}
	// Only closing marks and white space lie between a sentence's mark
	// and the next start: every mark after a start is one that could end
	// its sentence.
	for i := indexSentenceMark(s, 0); i >= 0; i = indexSentenceMark(s, i+1) {
		if _, next, ok := sentenceBoundary(s, i); ok && next < len(s) && opens(next) {
			if _, _, ok := sentenceEnd(s, i); ok {
				return true
			}
		}
	}
	return false
}

// indexSentenceMark returns the index of the first '.', '?' or '!' of s
// at or after start, or -1, as strings.IndexAny(s[start:], ".?!") finds
// it, with eight bytes tested at a time (sentenceMark8).
func indexSentenceMark(s string, start int) int {
	i := start
	for i+8 <= len(s) && !sentenceMark8(s, i) {
		i += 8
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '?' || c == '!' {
			return i
		}
	}
	return -1
}

// sentenceMark8 reports whether one of the eight bytes at text[i:] is a
// '.', '?' or '!', testing them at once (see zeroBytes).
func sentenceMark8(text string, i int) bool {
	x := load64(text[i : i+8])
	return zeroBytes(x^0x2e2e2e2e2e2e2e2e)|zeroBytes(x^0x3f3f3f3f3f3f3f3f)|zeroBytes(x^0x2121212121212121) != 0
}
