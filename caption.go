package newstext

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Captions, credits, bylines and datelines: the lines and line openings
// that describe a story rather than tell it.

// mayBeCaption reports whether the cleaned line s of n words (ends: it
// ends as a sentence does) has the shape a caption can have, so that the
// credit rules need not read every paragraph: a caption label, a closing
// parenthesis, no closing full stop, or a picture word near its end.
func mayBeCaption(s string, n int, ends bool) bool {
	if n < 2 || n > 90 {
		return false
	}
	if !ends || strings.HasSuffix(s, ")") || slices.ContainsFunc(captionOpeners, func(l string) bool { return strings.HasPrefix(s, l) }) {
		return true
	}
	return hasPictureStem(s[max(0, len(s)-80):])
}

// hasPictureStem reports whether s holds "hoto", "mage", "icture" or
// "redit" (of "Photo", "Image", "Picture", "Credit" with a capital or
// not), as four strings.Contains would. Each holds a 't' or, "mage", a
// 'g' at a fixed place, rarer than their first letters: those bytes are
// found eight at a time (see zeroBytes), and only there are the words
// compared. Nearly every paragraph asks (mayBeCaption), and four searches
// for frequent first letters cost it more.
func hasPictureStem(s string) bool {
	const ts, gs = 0x7474747474747474, 0x6767676767676767
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		for m := zeroBytes(x^ts) | zeroBytes(x^gs); m != 0; m &= m - 1 {
			if pictureStemAt(s, i+bits.TrailingZeros64(m)/8) {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if (s[i] == 't' || s[i] == 'g') && pictureStemAt(s, i) {
			return true
		}
	}
	return false
}

// pictureStemAt reports whether the 't' or 'g' at s[p] is that of a
// picture stem (see hasPictureStem).
func pictureStemAt(s string, p int) bool {
	if p < 2 {
		return false
	}
	if s[p] == 'g' {
		return strings.HasPrefix(s[p-2:], "mage")
	}
	return strings.HasPrefix(s[p-2:], "hoto") || strings.HasPrefix(s[p-2:], "icture") ||
		p >= 4 && strings.HasPrefix(s[p-4:], "redit")
}

// creditWords name who took or supplied a picture, or say that a line is a
// picture's credit. A caption ends in a credit made of such words
// ("Handout / Russian Defense Ministry/AFP", "Photo: Reuters", "(Photo by
// Staff Photographer)").
var creditWords = map[string]bool{
	"photo": true, "photos": true, "photograph": true, "photographer": true, "photography": true,
	"picture": true, "pictures": true, "image": true, "images": true, "pic": true, "credit": true,
	"getty": true, "afp": true, "ap": true, "reuters": true, "epa": true, "efe": true, "epa-efe": true,
	"handout": true, "file": true, "supplied": true, "shutterstock": true, "alamy": true,
	"courtesy": true, "pool": true, "xinhua": true, "anadolu": true, "bloomberg": true, "dpa": true,
	"sipa": true, "tass": true, "sputnik": true, "istock": true, "istockphoto": true, "unsplash": true,
	"ansa": true, "kyodo": true, "yonhap": true, "pa": true, "wire": true, "ria": true, "novosti": true,
	"aap": true, "upi": true, "imago": true, "rex": true, "eyevine": true, "nurphoto": true,
	"zuma": true, "press": true, "associated": true, "agence": true, "france-presse": true,
	"presse": true, "wireimage": true, "filmmagic": true, "bbc": true, "ani": true, "pti": true,
}

// strongCreditWords are creditWords that cannot be a common word of a
// caption's sentence, so one of them alone makes a credit.
var strongCreditWords = map[string]bool{
	"photo": true, "photograph": true, "photographer": true, "getty": true, "afp": true, "ap": true,
	"reuters": true, "epa": true, "epa-efe": true, "handout": true, "shutterstock": true, "alamy": true,
	"xinhua": true, "anadolu": true, "dpa": true, "istock": true, "istockphoto": true, "unsplash": true,
	"imago": true, "nurphoto": true, "zuma": true, "wireimage": true, "filmmagic": true, "aap": true,
	"image": true, "images": true, "pic": true, "picture": true, "courtesy": true, "supplied": true,
	"efe": true, "ansa": true, "sipa": true, "upi": true, "pool": true,
}

// captionCredit reports whether the cleaned line s is a photo caption and
// returns its credit ("" for a caption marked only by an "Image caption"
// label).
func captionCredit(s string) (credit string, ok bool) {
	return captionCreditOf(s, countWords(s))
}

// pictureLabels open a caption that names no credit ("Image: Jose
// Mourinho has agreed …").
var pictureLabels = []string{"Image: ", "Photo: "}

// captionOpeners are the labels a caption may open with (mayBeCaption;
// captionCreditOf reads what follows each).
var captionOpeners = append([]string{"Image caption", "Media caption", "Caption", "Photo caption", "Pictured"}, pictureLabels...)

// captionCreditOf is captionCredit given the line's word count n.
func captionCreditOf(s string, n int) (credit string, ok bool) {
	if n < 2 || n > 90 {
		return "", false
	}
	for _, p := range []string{"Image caption ", "Image caption: ", "Caption: ", "Photo caption: ", "Pictured: "} {
		if strings.HasPrefix(s, p) {
			return "", true
		}
	}
	// BBC pages label their pictures and videos, and a scraper glues the
	// label to the caption: "Image captionJulian Assange …", "Media
	// captionThe moment …".
	for _, p := range []string{"Image caption", "Media caption"} {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || r == ' ' || r == ':' {
				return "", true
			}
		}
	}
	// A trailing parenthesis: "… Ukraine. (AFP)", "(Photo by Staff
	// Photographer)", "(AP Photo/Evan Vucci)".
	if strings.HasSuffix(s, ")") {
		if open := strings.LastIndexByte(s, '('); open >= 0 {
			inner := s[open+1 : len(s)-1]
			if isCredit(inner, true) {
				return inner, true
			}
		}
	}
	// A labelled credit: "Photo: Reuters", "Image: Getty", "Credit: …".
	// Credits are short and close the line, so only its tail is read.
	tailStart := max(0, len(s)-maxCreditLen)
	for tailStart > 0 && !utf8.RuneStart(s[tailStart]) {
		tailStart++
	}
	if i := labelledCredit(s[tailStart:]); i >= 0 {
		return strings.TrimSpace(s[tailStart+i:]), true
	}
	// A picture's label opens the line: "Image: Jose Mourinho has agreed
	// a deal …" (a short "Image: Getty" is a credit, found above).
	if slices.ContainsFunc(pictureLabels, func(l string) bool { return strings.HasPrefix(s, l) }) {
		return "", true
	}
	// The tail after the last sentence or after " / " or " | ".
	var tails [2]string
	for _, tail := range appendCreditTails(tails[:0], s) {
		if isCredit(tail, false) {
			return strings.TrimLeft(tail, "/| "), true
		}
	}
	return "", false
}

// mentionsPicture reports whether the first maxCreditLen bytes of s hold
// "photo", "image", "picture" or "credit", with any of their letters in
// upper case, without allocating. As hasPictureStem does, it finds the
// 't' or 'g' each holds at a fixed place eight bytes at a time, and
// compares the words only there.
func mentionsPicture(s string) bool {
	const ts, gs = 0x7474747474747474, 0x6767676767676767
	const upper = 0x2020202020202020 // 't' - 'T', in every byte
	s = s[:min(len(s), maxCreditLen)]
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		m := zeroBytes(x^ts) | zeroBytes(x^(ts-upper)) | zeroBytes(x^gs) | zeroBytes(x^(gs-upper))
		for ; m != 0; m &= m - 1 {
			if pictureWordAt(s, i+bits.TrailingZeros64(m)/8) {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if c := s[i] | 0x20; (c == 't' || c == 'g') && pictureWordAt(s, i) {
			return true
		}
	}
	return false
}

// pictureWordAt reports whether the 't' or 'g' (in either case) at s[p]
// is that of a picture word (see mentionsPicture).
func pictureWordAt(s string, p int) bool {
	if p < 3 {
		return false
	}
	if s[p]|0x20 == 'g' {
		return hasPrefixASCIIFold(s[p-3:], "image")
	}
	return hasPrefixASCIIFold(s[p-3:], "photo") || hasPrefixASCIIFold(s[p-3:], "picture") ||
		p >= 5 && hasPrefixASCIIFold(s[p-5:], "credit")
}

// hasPrefixASCIIFold reports whether s begins with the lower-case ASCII
// word w, with any of its letters in upper case.
func hasPrefixASCIIFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if s[i] != w[i] && s[i] != w[i]-('a'-'A') {
			return false
		}
	}
	return true
}

// pictureWords are the words a picture's credit label opens with (see
// creditLabels).
var pictureWords = [...]string{"photo", "image", "picture", "credit"}

// maxCreditLen is the most bytes of a line's end that the credit rules
// read.
const maxCreditLen = 160

// creditLabels open a labelled credit.
var creditLabels = []string{"photo:", "photograph:", "photos:", "image:", "picture:", "credit:",
	"photo credit:", "image credit:", "picture credit:", "photo by", "photograph by", "picture by",
	"image by", "photo courtesy", "image courtesy", "photo/", "image copyright",
	// The New York Times prints "Credit...Name/Agency" under its pictures.
	"credit...", "credit…"}

// creditLabelWord holds, for each of creditLabels, the index of the
// picture word it opens with.
var creditLabelWord = func() []int {
	out := make([]int, len(creditLabels))
	for j, l := range creditLabels {
		out[j] = slices.IndexFunc(pictureWords[:], func(w string) bool { return strings.HasPrefix(l, w) })
		if out[j] < 0 {
			panic("newstext: credit label " + l + " opens with no picture word")
		}
	}
	return out
}()

// labelledCredit returns where the credit of "… Photo: Reuters" or "…
// Photograph by Jane Doe" starts in s, or -1.
func labelledCredit(s string) int {
	if !mentionsPicture(s) {
		return -1
	}
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return -1
	}
	// A label can only be where its opening word is: the others are not
	// looked for.
	var has [len(pictureWords)]bool
	for k, w := range pictureWords {
		has[k] = strings.Contains(lower, w)
	}
	for j, label := range creditLabels {
		if !has[creditLabelWord[j]] {
			continue
		}
		{
			i := strings.LastIndex(lower, label)
			if i < 0 {
				continue
			}
			// The label must open the line, a sentence, or follow a
			// separator, and the credit must be short.
			if i > 0 {
				before := strings.TrimRight(s[:i], " ")
				if before == "" {
					continue
				}
				last := before[len(before)-1]
				if !strings.ContainsRune(".!?|/-–—:)”\"", rune(last)) && !strings.HasSuffix(before, "—") && !strings.HasSuffix(before, "–") && !strings.HasSuffix(before, "”") {
					continue
				}
			}
			rest := strings.TrimSpace(s[i:])
			if countWords(rest) <= 10 && !endsSentence(rest) || countWords(rest) <= 6 {
				return i
			}
		}
	}
	return -1
}

// appendCreditTails appends to out the candidate credits at the end of
// s, best first, and returns it: the text after the last sentence end
// (". ", "? ", "! ", ".” ", ") "), then the text after the last " / " or
// " | " separator. It reads at most the last maxCreditLen bytes, in one
// backward scan; a caller's out with room for two spares an allocation.
func appendCreditTails(out []string, s string) []string {
	base := max(0, len(s)-maxCreditLen)
	sentence, sep := -1, -1
	for i := len(s) - 2; i > base; i-- {
		if s[i] != ' ' {
			continue
		}
		switch p := s[i-1]; {
		case sentence < 0 && (p == '.' || p == '?' || p == '!' || p == ')'):
			sentence = i + 1
		case sentence < 0 && (p == '"' || strings.HasSuffix(s[:i], "”")) && i >= 2 && strings.HasSuffix(strings.TrimRight(s[:i], "\"”"), "."):
			sentence = i + 1
		case sep < 0 && (p == '/' || p == '|') && i >= 2 && s[i-2] == ' ':
			sep = i + 1
		}
		if sentence >= 0 && sep >= 0 {
			break
		}
	}
	if sentence > 0 && sentence < len(s) {
		out = append(out, s[sentence:])
	}
	if sep > 0 && sep < len(s) {
		out = append(out, s[sep:])
	}
	return out
}

// isCredit reports whether t reads as a picture credit: at most eight
// words, no full sentence, and a credit word (a strong one, or any where
// paren is set because the credit was in parentheses).
func isCredit(t string, paren bool) bool {
	t = strings.TrimSpace(t)
	n := countWords(t)
	if n == 0 || n > 8 || strings.HasSuffix(t, ".") && n > 3 {
		return false
	}
	var buf [32]byte
	n = 0
	check := func() bool {
		hit := n > 0 && n < len(buf) && (strongCreditWords[string(buf[:n])] || paren && creditWords[string(buf[:n])])
		n = 0
		return hit
	}
	for _, r := range t {
		if unicode.IsLetter(r) || r == '-' {
			r = unicode.ToLower(r)
			if n+utf8.RuneLen(r) < len(buf) {
				n += utf8.EncodeRune(buf[n:], r)
			} else {
				n = len(buf) // too long to be a credit word
			}
			continue
		}
		if check() {
			return true
		}
	}
	return check()
}

// endsSentence reports whether s ends as a sentence does: with a full
// stop, question or exclamation mark, possibly inside closing quotes or a
// parenthesis.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == ' ' || r == '*' || closesSentence(r) })
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(s, "…")
}

// agencies are the news agencies a dateline or a credit line names.
var agencies = map[string]string{
	"AP": "AP", "AFP": "AFP", "Reuters": "Reuters", "REUTERS": "Reuters", "Bloomberg": "Bloomberg",
	"UPI": "UPI", "dpa": "dpa", "DPA": "dpa", "EFE": "EFE", "Xinhua": "Xinhua", "XINHUA": "Xinhua",
	"ANI": "ANI", "PTI": "PTI", "IANS": "IANS", "TASS": "TASS", "Tass": "TASS", "ANSA": "ANSA",
	"Kyodo": "Kyodo", "Yonhap": "Yonhap", "PA": "PA", "AAP": "AAP", "CNN": "CNN", "BBC": "BBC",
	"Interfax": "Interfax", "Anadolu": "Anadolu", "WAM": "WAM", "SPA": "SPA", "KUNA": "KUNA",
	"IRNA": "IRNA", "Bernama": "Bernama", "APA": "APA", "CP": "CP", "NNA": "NNA", "MENA": "MENA",
	"Sputnik": "Sputnik", "RIA Novosti": "RIA Novosti", "Ukrinform": "Ukrinform",
	"Associated Press": "AP", "The Associated Press": "AP", "Agence France-Presse": "AFP",
	"Agence France Presse": "AFP", "Reuters/AP": "Reuters/AP", "AP/Reuters": "AP/Reuters",
	"CNA": "CNA", "Bloomberg News": "Bloomberg", "Press Association": "PA", "Canadian Press": "CP",
	"The Canadian Press": "CP",
}

// agencyCredit reports whether the cleaned line s credits a news agency
// for the story ("– with AFP", "With Reuters", "(AFP)", "— AP") and
// returns the agency.
func agencyCredit(s string) (string, bool) {
	if len(s) > 80 {
		return "", false
	}
	t := strings.TrimLeft(s, "-–—― (")
	t = strings.TrimRight(t, " .)")
	t = strings.TrimSpace(t)
	for _, p := range []string{"with ", "With ", "WITH ", "Source: ", "Source ", "From "} {
		t = strings.TrimPrefix(t, p)
	}
	t = strings.TrimRight(t, " .)")
	var names []string
	// The iterators split as FieldsFunc and Split do, without building
	// the slices: most lines are not credits and stop at their first part.
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == ',' || r == '/' }) {
		part = strings.TrimSpace(part)
		for sub := range strings.SplitSeq(part, " and ") {
			sub = strings.TrimSpace(sub)
			a, ok := agencies[sub]
			if !ok {
				return "", false
			}
			names = append(names, a)
		}
	}
	if len(names) == 0 || len(t) == len(s) && len(names) == 1 && countWords(s) == 1 && !strings.HasPrefix(s, "(") {
		// A bare agency word alone on a line is a credit too, but
		// only at a story's end; the caller checks the position.
		if len(names) == 1 {
			return names[0], true
		}
		return "", false
	}
	return strings.Join(names, ", "), true
}

// nameParticles may stand lower-case inside a person's name.
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "van": true, "von": true,
	"der": true, "den": true, "la": true, "le": true, "du": true, "bin": true, "ibn": true,
	"al": true, "el": true, "dos": true, "das": true, "y": true, "ter": true, "st": true,
}

// isNameShaped reports whether s looks like one person's name: two to five
// words, each capitalised ("Christi", "O'Neill", "Jean-Yves"), an initial
// ("C."), or a particle ("de", "van", "al-"), with no digits and no
// sentence punctuation.
func isNameShaped(s string) bool {
	if len(s) > 60 || strings.ContainsAny(s, ",;:!?\"0123456789") || strings.Contains(s, "“") || strings.Contains(s, "”") {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || len(s) > 60 {
		return false
	}
	caps := 0
	for i, w := range f {
		if nameParticles[strings.ToLower(strings.TrimSuffix(w, "-"))] && i > 0 && i < len(f)-1 {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		if len(r) == 2 && r[1] == '.' {
			caps++
			continue
		}
		for _, c := range r[1:] {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
		if w[len(w)-1] == '.' && len(r) > 3 { // "Jr." is fine, "Elwood." is a sentence
			if w != "Jr." && w != "Sr." {
				return false
			}
		}
		caps++
	}
	return caps >= 2
}

// bylineOf returns the author of the cleaned line s when it is a byline:
// "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Reuters" (the
// author is "Jane Doe"), or, where bare is set (the line stands alone at a
// story's end), a name on its own: "Christi C. Elwood".
func bylineOf(s string, bare bool) (string, bool) {
	// A blog's byline: "Posted by Jane Doe", "October 25th, 2012 by Jane
	// Doe".
	for _, p := range [...]string{"Posted by ", "posted by ", "Written by ", "written by "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = "By " + rest
			break
		}
	}
	// " by " is looked for where it can end a date of maxDateBytes at
	// most (the first maxDateBytes+4 bytes): isDateWords holds of
	// nothing longer.
	if i := strings.Index(s[:min(len(s), maxDateBytes+len(" by "))], " by "); i > 0 && isDateWords(s[:i]) {
		s = "By " + s[i+len(" by "):]
	}
	rest, by := strings.CutPrefix(s, "By ")
	if !by {
		rest, by = strings.CutPrefix(s, "BY ")
	}
	if !by {
		rest, by = strings.CutPrefix(s, "by ")
	}
	if !by {
		if bare && isNameShaped(s) {
			return s, true
		}
		return "", false
	}
	rest = strings.TrimSpace(rest)
	// "By Jane Doe, Staff Writer" and "By Jane Doe | Reuters": the
	// author is what comes before the first comma or bar, and the
	// people a list names after it ("By Jane Doe, John Roe and Ann Poe").
	author := rest
	if i := strings.IndexAny(rest, ",|•·"); i > 0 {
		i = authorListEnd(rest, i)
		author = strings.TrimSpace(rest[:i])
		if countWords(rest[i:]) > 8 {
			return "", false
		}
	}
	if strings.ToUpper(author) == author {
		author = authorsTitleCase(author)
	}
	for _, name := range splitNames(author) {
		if !isNameShaped(name) {
			return "", false
		}
	}
	return author, true
}

// authorsTitleCase writes a byline's names in capitals in title case,
// "and" between them in lower case: "JANE DOE AND JOHN ROE" is "Jane Doe
// and John Roe", "AND ANN POE" "and Ann Poe".
func authorsTitleCase(s string) string {
	t := titleCase(s)
	if rest, ok := strings.CutPrefix(t, "And "); ok {
		t = "and " + rest
	}
	return strings.ReplaceAll(t, " And ", " and ")
}

// authorListEnd returns where the list of authors that opens rest ends,
// given i, the end of its first name (a comma, a bar): past each later
// item after a comma that is a person's name (authorNamed), up to the
// last item that "and" or "&" opens or holds ("Jane Doe, John Roe, and
// Ann Poe", "Jane Doe, John Roe and Ann Poe") or that makes three names
// none of which ends in a noun whose first sense is a group, a location,
// an object or a person ("Jane Doe, John Roe, Ann Poe"; not "…, Marshall
// Project, Beverly Hills"), else i. A title ("Staff Writer"), a
// paper ("Washington Post", "Christian Science Monitor") or an agency
// ("Reuters") alone after the comma stays out: two names and no "and"
// make no list.
func authorListEnd(rest string, i int) int {
	end, listEnd, items := i, i, 1
	plain := true // no item after a comma ends in a noun of a group, a place or a thing: no paper's "Monitor", no town's "Hills"
	for end < len(rest) && rest[end] == ',' {
		item, next := rest[end+1:], len(rest)
		if k := strings.IndexAny(item, ",|•·"); k >= 0 {
			item, next = item[:k], end+1+k
		}
		item = strings.TrimSpace(item)
		if strings.ToUpper(item) == item {
			item = authorsTitleCase(item)
		}
		last := strings.HasPrefix(item, "and ") || strings.HasPrefix(item, "& ")
		names := splitNames(strings.TrimPrefix(strings.TrimPrefix(item, "and "), "& "))
		if len(names) == 0 || slices.ContainsFunc(names, func(n string) bool { return !authorNamed(n) }) {
			break
		}
		end = next
		items += len(names)
		for _, n := range names {
			plain = plain && !namesEntityNoun(lastField(n))
		}
		if last || len(names) > 1 || items >= 3 && plain {
			listEnd = end // "and" before the last item, or three names: a list, all of it authors
		}
	}
	return listEnd
}

// isPeopleByline reports whether s is a byline (bylineOf) that names
// people only: each name an author's (authorNamed) or opened by a word
// the dictionary holds as no common word (isCommonWord: "By Miri
// Forbes"); not "By Popular Demand Returns
// Tonight", a headline. What follows the names ("By Jane Doe, Reuters")
// is not read.
func isPeopleByline(s string) bool {
	author, ok := bylineOf(s, false)
	if !ok {
		return false
	}
	names := splitNames(author)
	return len(names) > 0 && !slices.ContainsFunc(names, func(n string) bool {
		return !authorNamed(n) && !(isNameShaped(n) && !isCommonWord(strings.ToLower(firstField(n))))
	})
}

// authorNamed reports whether n, an item of a byline's list, is a
// person's name: shaped as one (isNameShaped), opened by a given name
// that is no place, and no firm's the open data lists ("Morgan Stanley")
// nor a body's by its last word ("… Institute"). A paper's name that
// opens with a given name ("Christian Science Monitor") passes: only a
// list's shape keeps it out (authorListEnd).
func authorNamed(n string) bool {
	first := firstField(n)
	if !isNameShaped(n) || !isGivenName(first) || isPlaceName(first) || isFirmName(n) {
		return false
	}
	var buf [32]byte
	last := lowerInto(buf[:], lastField(n))
	return !orgWords.hasBytes(last) && !firmHeads.hasBytes(last) && !isBodyNounLower(last)
}

// isDateWords reports whether s is a date and nothing else, as a byline
// writes it: "July 22, 2012", "October 25th, 2012", "Tuesday, November 6,
// 2012 at 3:24 pm", "Aug 09 2012": days, months (or their short forms),
// numbers, ordinals, clock times, "at", "am", "pm" and, after a clock time,
// a zone of two to four capitals ("ET", "GMT"); a month or a day and a
// number at least, in maxDateBytes at most.
func isDateWords(s string) bool {
	d, ok := scanDate(s, false)
	return ok && d.named && d.number
}

// isTimestamp reports whether the line s says when its story was
// published or updated and nothing else: a date or a clock time that a
// label opens or closes ("Updated at 1:23 p.m.", "5 April 2013 Last
// updated at 13:25 GMT", "Published 4:00 am CST, Wednesday, November 20,
// 2019", "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02
// am ET"), or a date with a clock time ("November 20, 2019 - 11:28 AMT").
// The words are those of isDateWords, the labels, "on" and separators
// ("|", "/", "-", "—", "·", "•"), in maxDateBytes*2 at most.
func isTimestamp(s string) bool {
	d, ok := scanDate(s, true)
	return ok && d.number && (d.label || d.named && d.clock)
}

// dateWords is what scanDate found in a line.
type dateWords struct {
	named  bool // a day or a month by name
	number bool // a number, an ordinal or a clock time
	clock  bool // a clock time or "am", "pm"
	label  bool // "updated", "published", "posted" and the like
}

// scanDate reads s word by word as a date (see isDateWords), and with
// labels set, as a time stamp (see isTimestamp); ok is false when a word
// is neither.
func scanDate(s string, labels bool) (d dateWords, ok bool) {
	limit := maxDateBytes
	if labels {
		limit *= 2
	}
	if len(s) > limit {
		return d, false // a date is short: no long line is read word by word
	}
	var buf [2 * maxDateBytes]byte // a word in lower case, as strings.ToLower writes it
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		lb := lowerInto(buf[:], strings.TrimSuffix(w, "."))
		switch lw := string(lb); {
		case lw == "": // a lone "."
			return d, false
		case calendarNames.has(lw) || monthAbbrevs.has(lw):
			d.named = true
		case lw == "at":
		case lw == "am" || lw == "pm" || lw == "a.m" || lw == "p.m":
			d.clock = true
		case isDigit(lw[0]):
			if strings.Trim(lw, "0123456789:") != "" && !isOrdinal(lw) {
				return d, false // "25th" is, "3rdly" and "12pm" are not
			}
			d.number = true
			d.clock = d.clock || strings.Contains(lw, ":")
		case d.clock && isZone(w): // "ET", "GMT"
		case labels && timestampLabels.has(lw):
			d.label = true
		case labels && (lw == "on" || len(lw) <= 3 && strings.Trim(lw, "|/-–—·•") == ""):
		default:
			return d, false
		}
	}
	return d, true
}

// timestampLabels are the words beside a date that say what it dates.
var timestampLabels = setOf("updated published posted modified edited original originally last")

// maxDateBytes is the longest date isDateWords reads.
const maxDateBytes = 64

// holdsDate reports whether the short line s (maxDatedWords words at
// most) holds a date that isDateWords reads, among other words: "Posted
// by Max Fisher on October 29, 2012 at 6:48 pm", "Posted on November 5th,
// 2012 - By Staff".
func holdsDate(s string) bool {
	var starts, ends [maxDatedWords + 1]int
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == ',') {
			i++
		}
		if i == len(s) {
			break
		}
		if n == len(starts) {
			return false // a long line is no dateline
		}
		starts[n] = i
		for i < len(s) && s[i] != ' ' && s[i] != ',' {
			i++
		}
		ends[n] = i
		n++
	}
	if n > maxDatedWords {
		return false
	}
	// A date of isDateWords runs from a month or a day, or a number
	// before one ("29 October 2012"), over six words at most; a date in
	// figures is one word ("11/12/2012", "2012-11-12").
	for i := range n {
		if isNumericDate(s[starts[i]:ends[i]]) {
			return true
		}
		for j := i + 1; j < min(n, i+6); j++ {
			if isDateWords(s[starts[i]:ends[j]]) {
				return true
			}
		}
	}
	return false
}

// isNumericDate reports whether w is a date in figures: day, month and
// year (or month, day and year) between slashes, the year of two or four
// digits, or year, month and day between hyphens as ISO 8601 writes them
// (metaISOYear): "11/12/2012", "3/7/12", "2012-11-12". Months run to 12,
// days to 31 (either of the first two figures may be the month).
func isNumericDate(w string) bool {
	if len(w) == len("2012-11-12") {
		if _, ok := metaISOYear(w); ok {
			return inRange(w[5:7], 1, 12) && inRange(w[8:10], 1, 31)
		}
	}
	var parts [3]string
	for k := range parts {
		i := strings.IndexByte(w, '/')
		if k == 2 {
			i = len(w)
		} else if i < 0 {
			return false
		}
		parts[k], w = w[:i], w[min(i+1, len(w)):]
	}
	if n := len(parts[2]); n != 2 && n != 4 || !inRange(parts[2], 0, 9999) {
		return false
	}
	a, b := parts[0], parts[1]
	return len(a) <= 2 && len(b) <= 2 && inRange(a, 1, 31) && inRange(b, 1, 31) && (inRange(a, 1, 12) || inRange(b, 1, 12))
}

// inRange reports whether s is all ASCII digits, one to four, and the
// number they write is from lo to hi.
func inRange(s string, lo, hi int) bool {
	if len(s) > 4 || !allDigits(s) {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = 10*n + int(s[i]-'0')
	}
	return lo <= n && n <= hi
}

// maxDatedWords is the longest line holdsDate reads, in words.
const maxDatedWords = 16

// isZone reports whether w is written as a time zone is: two to four
// capital letters ("ET", "EDT", "GMT", "AEST").
func isZone(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// splitNames splits "Jane Doe and John Roe" and "Jane Doe, John Roe" into
// names.
func splitNames(s string) []string {
	s = strings.ReplaceAll(s, " & ", " and ")
	var out []string
	for _, part := range strings.Split(s, ",") {
		for _, n := range strings.Split(part, " and ") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// titleCase maps an all-capitals name to title case ("JANE DOE" to "Jane
// Doe", "O'NEILL" to "O'Neill") so that it can be checked for name shape
// or shown. "MCDONALD" is "Mcdonald": the capitals do not say more.
func titleCase(s string) string { return string(appendTitleCase(nil, s)) }

// appendTitleCase appends s in title case (see titleCase) to dst and
// returns it; a caller's buffer spares the allocation.
func appendTitleCase(dst []byte, s string) []byte {
	start := true
	letters := 0 // of the word so far
	for _, r := range s {
		if start {
			dst = utf8.AppendRune(dst, unicode.ToUpper(r))
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		apostrophe := r == '\'' || r == '’'
		// An apostrophe goes on the word ("DON'T" is "Don't"), but after
		// one letter it opens a name's second part: "O'NEILL" is
		// "O'Neill", "D'ANGELO" "D'Angelo".
		start = !unicode.IsLetter(r) && (!apostrophe || letters == 1)
		switch {
		case unicode.IsLetter(r):
			letters++
		case !apostrophe:
			letters = 0
		}
	}
	return dst
}

// datelineOf returns the dateline that opens the cleaned paragraph s: its
// length in bytes (separator and the spaces after it included), the place
// ("LONDON", "HAYWARD, Calif.", "" for a bare "(AP) —") and the agency
// ("Reuters" of "PARIS (Reuters) -"). A dateline is a place in capitals
// (or in title case, when an agency or a dash follows it), an optional
// region or date after a comma, an optional agency in parentheses, and a
// colon or dash; n is 0 when s has none.
func datelineOf(s string) (n int, place, agency string) {
	// A dateline is short: its separator comes within the first 80 bytes.
	if s == "" || !(s[0] == '(' || 'A' <= s[0] && s[0] <= 'Z' || s[0] >= utf8.RuneSelf) || !hasDateSep(s[:min(len(s), 80)]) {
		return 0, "", ""
	}
	if len(s) > 0 && s[0] == '(' {
		if a, end := agencyParen(s); end > 0 {
			if k := dateSep(s, end); k > 0 {
				return k, "", a
			}
		}
		return 0, "", ""
	}
	// The place: one to four words, all in capitals, or in title case.
	i := 0
	nw := 0
	allCaps := true
	for i < len(s) && nw < 4 {
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ':' && s[j] != '(' {
			j++
		}
		w := s[i:j]
		if w == "" || !isPlaceWord(w) {
			break
		}
		if strings.ToUpper(w) != w {
			allCaps = false
		}
		nw++
		i = j
		if i < len(s) && s[i] == ' ' && i+1 < len(s) && isPlaceStart(s[i+1:]) {
			i++
			continue
		}
		break
	}
	if nw == 0 {
		return 0, "", ""
	}
	placeEnd := i
	// Region or date after a comma: ", Calif.", ", United Arab Emirates",
	// ", March 5".
	if i < len(s) && s[i] == ',' {
		j := i + 1
		words := 0
		for j < len(s) && words <= 4 {
			for j < len(s) && s[j] == ' ' {
				j++
			}
			k := j
			for k < len(s) && s[k] != ' ' && s[k] != '(' && s[k] != ':' {
				k++
			}
			w := s[j:k]
			if w == "" || !(unicode.IsUpper(rune(w[0])) || isDigit(w[0])) {
				break
			}
			words++
			j = k
			if j < len(s) && (s[j] == '(' || s[j] == ':' || dateSep(s, j) > 0) {
				break
			}
		}
		if words > 0 && words <= 4 {
			placeEnd = strings.LastIndexFunc(s[:j], func(r rune) bool { return r != ' ' }) + 1
			i = j
		}
	}
	place = s[:placeEnd]
	k := i
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k < len(s) && s[k] == '(' {
		a, end := agencyParen(s[k:])
		if end == 0 {
			return 0, "", ""
		}
		agency = a
		k += end
	}
	end := dateSep(s, k)
	if end == 0 {
		return 0, "", ""
	}
	colon := strings.HasPrefix(strings.TrimLeft(s[k:], " "), ":")
	if !allCaps && (agency == "" && colon || nw > 3) {
		return 0, "", ""
	}
	if allCaps && nw == 1 && utf8Len(place) < 3 && agency == "" {
		return 0, "", "" // "A:" or "US -" is not a place line
	}
	return end, place, agency
}

// hasDateSep reports whether head holds a character that can separate a
// dateline from its story: a colon, a hyphen, an em or an en dash. It is
// strings.ContainsAny(head, ":—–-") without decoding head rune by rune.
func hasDateSep(head string) bool {
	return strings.IndexByte(head, ':') >= 0 || strings.IndexByte(head, '-') >= 0 ||
		strings.Contains(head, "—") || strings.Contains(head, "–")
}

func utf8Len(s string) int { return utf8.RuneCountInString(s) }

// isPlaceWord reports whether w can be a word of a dateline's place:
// letters with inner dots, hyphens and apostrophes ("ST.", "N.Y.",
// "PORT-AU-PRINCE"), starting with a capital.
func isPlaceWord(w string) bool {
	if first, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(first) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
			return false
		}
	}
	return true
}

// isPlaceStart reports whether s starts with a capital letter: the next
// word of a place's name. It decodes the first rune only; converting all
// of s to runes cost an allocation the length of the paragraph.
func isPlaceStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsUpper(r)
}

// agencyParen parses "(Reuters)" at the start of s and returns the agency
// and the length of the parenthesis.
func agencyParen(s string) (string, int) {
	close := strings.IndexByte(s, ')')
	if close < 2 || close > 40 {
		return "", 0
	}
	a, ok := agencies[strings.TrimSpace(s[1:close])]
	if !ok {
		return "", 0
	}
	return a, close + 1
}

// dateSep returns the end of a dateline separator at s[i:] (spaces, then a
// colon or a dash, then at least one space), or 0.
func dateSep(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	spaced := i > 0 && s[i-1] == ' '
	var n int
	switch {
	case strings.HasPrefix(s[i:], ":"):
		n = 1
	case strings.HasPrefix(s[i:], "—"), strings.HasPrefix(s[i:], "–"):
		n = len("—")
	case strings.HasPrefix(s[i:], "--"):
		n = 2
	case strings.HasPrefix(s[i:], "-") && spaced:
		n = 1
	default:
		return 0
	}
	j := i + n
	if j >= len(s) || s[j] != ' ' {
		return 0
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) {
		return 0
	}
	return j
}

// repeatsCaption reports whether line is one of the captions printed again
// with a credit appended that the credit rules cannot tell from the
// caption's own words ("… in London Photo: AFP", "… in London Getty
// Images"): the line's words are the caption's words followed by at most
// six credit words, one of them a strong one. It counts the repeat on
// the caption. keys[i] is wordKey(caps[i].Text).
func repeatsCaption(caps []Caption, keys []string, line string) bool {
	var buf [256]byte
	var lk []byte // the line's word key, made on the stack when first needed
	for i := range caps {
		c := &caps[i]
		k := keys[i]
		if len(line) <= len(c.Text) || len(line) > len(c.Text)+maxCreditLen || k == "" {
			continue
		}
		if lk == nil {
			lk, _ = appendWordKey(buf[:0], line)
		}
		if len(lk) <= len(k) || string(lk[:len(k)]) != k || lk[len(k)] != ' ' {
			continue
		}
		words := strings.Fields(string(lk[len(k):]))
		strong := false
		for _, w := range words {
			if !creditWords[w] {
				strong = false
				break
			}
			strong = strong || strongCreditWords[w]
		}
		if strong && len(words) <= 6 {
			c.Repeats++
			return true
		}
	}
	return false
}
