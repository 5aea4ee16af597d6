package newstext

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// words returns the words scanWord reads in s.
func words(s string) []string {
	var out []string
	for i := 0; ; {
		start, end, ok := scanWord(s, i)
		if !ok {
			return out
		}
		out = append(out, s[start:end])
		i = end
	}
}

func TestScanWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"don't stop", []string{"don't", "stop"}},
		{"Russia’s war", []string{"Russia’s", "war"}},
		{"al-Assad's forces", []string{"al-Assad's", "forces"}},
		{"the players' union", []string{"the", "players", "union"}},
		{"COVID-19 cases", []string{"COVID", "19", "cases"}},
		{"well- known", []string{"well", "known"}},
		// The full stop of an abbreviation or an initial is the word's;
		// every initial is a word.
		{"Mr. Smith", []string{"Mr.", "Smith"}},
		{"Sen. Warren", []string{"Sen.", "Warren"}},
		{"the U.S. economy", []string{"the", "U.", "S.", "economy"}},
		{"J.K. Rowling", []string{"J.", "K.", "Rowling"}},
		{"Robert Hale Jr. said", []string{"Robert", "Hale", "Jr.", "said"}},
		{"Ph.D. student", []string{"Ph", "D.", "student"}},
		{"the end. The", []string{"the", "end", "The"}},
		// Full stops inside a word: decimals and domain names.
		{"rose 3.5 points", []string{"rose", "3.5", "points"}},
		{"PanARMENIAN.Net reported", []string{"PanARMENIAN.Net", "reported"}},
		// A digit's stop is a list number's only where it opens a line.
		{"1. Ditch the diet", []string{"1.", "Ditch", "the", "diet"}},
		{"Redemption 2. While", []string{"Redemption", "2", "While"}},
		{"x\n(2. item", []string{"x", "2.", "item"}},
		// Letters of any script, with their combining marks.
		{"Zelenskyy Зеленський e\u0301te", []string{"Zelenskyy", "Зеленський", "e\u0301te"}},
		{"— «» …", nil},
		{"", nil},
	} {
		if got := words(c.in); !slices.Equal(got, c.want) {
			t.Errorf("words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// sentences returns the sentences appendSentenceSpans finds in s.
func sentences(s string) []string {
	var out []string
	for _, sp := range appendSentenceSpans(nil, s, Span{0, len(s)}) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentenceEnd(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"He left. She stayed.", []string{"He left.", "She stayed."}},
		{"Who? Me! Yes.", []string{"Who?", "Me!", "Yes."}},
		// Closing marks belong to the sentence they close.
		{`"We won." He smiled.`, []string{`"We won."`, "He smiled."}},
		{"(It rained.) Then it stopped.", []string{"(It rained.)", "Then it stopped."}},
		// A next word in lower case goes on the same sentence.
		{`"Why?" he asked. Nobody knew.`, []string{`"Why?" he asked.`, "Nobody knew."}},
		// Abbreviations and initials do not end sentences.
		{"Mr. Smith met Sen. Warren and J. K. Rowling.", []string{"Mr. Smith met Sen. Warren and J. K. Rowling."}},
		{"No. 10 said so.", []string{"No. 10 said so."}},
		// A month's short name before a day does not; elsewhere it may.
		{"On Feb. 3 the Fed met.", []string{"On Feb. 3 the Fed met."}},
		// "No." is the number's sign before a number only.
		{"He is ranked No. 5 and No.1 at home.", []string{"He is ranked No. 5 and No.1 at home."}},
		{"No no no no. Which way now?", []string{"No no no no.", "Which way now?"}},
		{"He left in Jan. Then he came back.", []string{"He left in Jan.", "Then he came back."}},
		// An abbreviation that ends a sentence is taken for one that
		// does not: the price of one rule for every stage.
		{"He moved to the U.S. The move paid.", []string{"He moved to the U.S. The move paid."}},
		// White space is any Unicode space; none at all is no end.
		{"no evidence.\u00a0Furthermore, none.", []string{"no evidence.", "Furthermore, none."}},
		{"see example.com. Then go.", []string{"see example.com.", "Then go."}},
		{"version 2.0 shipped. Users cheered.", []string{"version 2.0 shipped.", "Users cheered."}},
		{"Red Dead Redemption 2. While it sold.", []string{"Red Dead Redemption 2.", "While it sold."}},
		{"He paused... Then he went on.", []string{"He paused...", "Then he went on."}},
	} {
		if got := sentences(c.in); !slices.Equal(got, c.want) {
			t.Errorf("sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokensOpenSentences(t *testing.T) {
	s := "He met Sen. Warren. Then: Talks began — Slowly.\n2. Ditch the plan\nIt's over, he said, \"Really over.\" Done\n" +
		"WASHINGTON (Reuters) - Scientists met -- Twice, in a well-known lab - again\n" +
		"1.1 What is Psychology?\n2.3.4 Results came in 3.5 Weeks\n2016 Toyota Camry"
	var got []string
	for _, w := range appendTokens(nil, s) {
		if w.sentStart {
			got = append(got, w.in(s))
		}
	}
	want := []string{"He", "Then", "Talks", "Slowly", "2.", "Ditch", "It's", "Really", "Done", "WASHINGTON", "Scientists", "Twice", "again", "1.1", "What", "2.3.4", "Results", "2016"}
	if !slices.Equal(got, want) {
		t.Errorf("sentence openers %q, want %q", got, want)
	}
}

// checkTokens checks what every stage relies on: tokens in order, apart,
// on rune boundaries and opening with a letter or digit; a full stop
// taken into a word exactly where isAbbrevBefore says it ends an
// abbreviation; and no sentence ending at such a stop.
func checkTokens(t *testing.T, text string) {
	t.Helper()
	ws := appendTokens(nil, text)
	// The rune boundaries as a range over the text reads them: an
	// invalid byte is a rune of its own.
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	end := 0
	for _, w := range ws {
		s, e := int(w.start), int(w.end)
		if s < end || e <= s || e > len(text) || !boundary[s] || !boundary[e] {
			t.Fatalf("token %d:%d after %d in %q", s, e, end, text)
		}
		if r, _ := utf8.DecodeRuneInString(text[s:]); !isWordRune(r) {
			t.Fatalf("token %q opens with %q", text[s:e], r)
		}
		end = e
	}
	absorbed := map[int]bool{}
	for _, w := range ws {
		if text[w.end-1] == '.' {
			absorbed[int(w.end)-1] = true
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '.' {
			continue
		}
		// Within maxAbbrevRun bytes of the start of its run of bytes
		// other than spaces, the stop is read as the words read it.
		run := i
		for run > 0 && text[run-1] != ' ' && text[run-1] != '\n' {
			run--
		}
		if got := isAbbrevBefore(text, i); i-run <= maxAbbrevRun && got != absorbed[i] {
			t.Fatalf("stop at %d in %q: isAbbrevBefore %v, a word took it in %v", i, text, got, absorbed[i])
		}
		if _, _, ok := sentenceEnd(text, i); ok && absorbed[i] {
			t.Fatalf("sentence ends at the abbreviation's stop at %d in %q", i, text)
		}
	}
}

func TestTokensFixtures(t *testing.T) {
	for _, fx := range readFixtures(t) {
		checkTokens(t, fx.data)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Mr. Smith met J.K. Rowling in the U.S. on 3.5 Jan. 2.", "1. A\n2. B", "PanARMENIAN.Net. Then", "\xff.\xfe. Ö. É.", `"Why?" he asked.`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s)
		// Sentences cover the text in order, with only white space
		// between them.
		prev := 0
		for _, sp := range appendSentenceSpans(nil, s, Span{0, len(s)}) {
			if sp.Start < prev || sp.End <= sp.Start || strings.TrimSpace(s[prev:sp.Start]) != "" && prev > 0 {
				t.Fatalf("sentence %v after %d in %q", sp, prev, s)
			}
			prev = sp.End
		}
	})
}

// TestAnySentenceOpens checks anySentenceOpens against the sentence
// starts found one after the other, sentenceEnd asked at every mark: at
// every position where it asks opens, it reports true for a test that
// holds there exactly when the position starts a sentence, on the
// fixture lines and the same lines damaged as scrapers damage them.
func TestAnySentenceOpens(t *testing.T) {
	lines := append(damagedFixtureLines(t), fixtureLines(readFixtures(t))...)
	lines = append(lines, "", "A.", "Mr. Smith left. He said: \"Go.\" (Then.) U.S. troops... Why?! Yes", "End.  ")
	for _, s := range lines {
		s = Clean(s)
		starts := map[int]bool{}
		for start := 0; start < len(s); {
			starts[start] = true
			next := len(s)
			for i := indexSentenceMark(s, start); i >= 0; i = indexSentenceMark(s, i+1) {
				if _, n, ok := sentenceEnd(s, i); ok {
					next = n
					break
				}
			}
			start = next
		}
		asked := map[int]bool{}
		anySentenceOpens(s, func(p int) bool { asked[p] = true; return false })
		for p := range starts {
			if !asked[p] {
				t.Fatalf("anySentenceOpens(%q) never asks at the sentence start %d", s, p)
			}
		}
		for p := range asked {
			if got := anySentenceOpens(s, func(q int) bool { return q == p }); got != starts[p] {
				t.Fatalf("anySentenceOpens(%q) with a test that holds at %d = %v; a sentence starts there: %v", s, p, got, starts[p])
			}
		}
	}
}

// TestWordAt checks wordAt against slices.BinarySearchFunc on the tokens
// of the article fixtures, at every byte offset of the first of them.
func TestWordAt(t *testing.T) {
	fs := readFixtures(t)
	text := fs[0].data
	ws := appendTokens(nil, text)
	for at := 0; at <= len(text)+1; at++ {
		wantK, wantOK := slices.BinarySearchFunc(ws, at, func(w token, i int) int { return int(w.start) - i })
		if k, ok := wordAt(ws, at); k != wantK || ok != wantOK {
			t.Fatalf("wordAt(%d) = %d, %v; want %d, %v", at, k, ok, wantK, wantOK)
		}
	}
	if k, ok := wordAt(nil, 3); k != 0 || ok {
		t.Errorf("wordAt(nil, 3) = %d, %v; want 0, false", k, ok)
	}
}

func TestHasSentences(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"", 1, false},
		{"", 0, true},
		{"One.", 1, true},
		{"One. Two.", 2, true},
		{"One. Two.", 3, false},
		{"Mr. Smith went to Washington. He spoke. Then he left.", 3, true},
		{"Mr. Smith went to Washington. He spoke.", 3, false}, // "Mr." ends no sentence
		{"It cost $3.5 million. Why? Nobody knows.", 3, true},
		{"\"Go,\" she said. \"Now!\" he shouted back.", 2, true},
		{"Three dots... and on it goes", 2, false},    // lower case goes on
		{"One. Two. Three words and then…", 3, false}, // a snippet cut short: two whole sentences
		{"One. Two. And three", 3, false},
		{"One. Two. And three!", 3, true},
	} {
		if got := hasSentences(tc.s, tc.n); got != tc.want {
			t.Errorf("hasSentences(%q, %d) = %v, want %v", tc.s, tc.n, got, tc.want)
		}
	}
}
