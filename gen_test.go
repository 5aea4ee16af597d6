package newstext

import (
	"bytes"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestGeneratedNews builds random news-like documents from a small grammar
// (gen below: names with and without offices and honorifics, appositives,
// reporting verbs before and after quotes, every kind of quotation mark,
// lost and unbalanced marks, page chrome, datelines, bylines, repeated
// captions, headline-only lines, teaser lists, non-ASCII text, invalid
// UTF-8, NULs and CRLF, some documents as simple HTML) and checks every
// promise the docs make on what Parse, Parser{Single: true}.Parse, Quotes,
// Entities and ParseHTML return for them (checkParse, checkQuotes,
// checkEntities, checkParseHTML). Text documents also go to ParseHTML with
// each line in a <p>.
//
// Document n comes from a PCG seeded with n alone, so each is a subtest of
// its own that replays by itself:
//
//	go test -run 'TestGeneratedNews/seed=123$' .
//	NEWSTEXT_GEN_SEED=123 go test -run TestGeneratedNews .
//
// (the first form for a document the run checks by default, the second
// for any, such as one of the 20,000 a CI run checks).
//
// NEWSTEXT_GEN_DOCS=N checks documents 0..N-1 (default 2,000; 300 under
// -short or the race detector, unless the variable is set). The first
// failure of each kind, five at most (NEWSTEXT_GEN_REPORTS=N for more), is
// shrunk (delta debugging over lines, then words, then runes once it is
// short) and printed as a Go string; other failing documents only fail
// their subtest; a summary counts the documents of each kind.
func TestGeneratedNews(t *testing.T) {
	first, n := 0, genDocCount(t)
	if s := os.Getenv("NEWSTEXT_GEN_SEED"); s != "" {
		seed, err := strconv.Atoi(s)
		if err != nil || seed < 0 {
			t.Fatalf("NEWSTEXT_GEN_SEED=%q: want a document number", s)
		}
		first, n = seed, 1
	}
	kinds := map[string]int{} // failure kind -> documents
	var order []string
	shownKinds := map[string]bool{} // kinds without the function: one bug, whichever function shows it
	shown, failed, maxShown := 0, 0, genReports(t)
	for seed := first; seed < first+n; seed++ {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			doc := genDoc(uint64(seed))
			fs := checkGenerated(doc.text, doc.html)
			if len(fs) == 0 {
				return
			}
			t.Fail()
			failed++
			for _, f := range fs {
				if kinds[f.kind] == 0 {
					order = append(order, f.kind)
				}
				kinds[f.kind]++
				if bug := strings.TrimPrefix(f.kind, f.fn+": "); shown < maxShown && (!shownKinds[bug] || n == 1) {
					shownKinds[bug] = true
					shown++
					t.Error(reportGenFailure(seed, doc, f))
				}
			}
		})
	}
	if failed > 0 {
		var b strings.Builder
		fmt.Fprintf(&b, "%d of %d generated documents fail (%d shown, one a kind); failure kinds (documents):", failed, n, shown)
		for _, k := range order {
			fmt.Fprintf(&b, "\n\t%5d  %s", kinds[k], k)
		}
		t.Log(b.String())
	}
}

// genReports is the number of failures TestGeneratedNews shrinks and
// shows: NEWSTEXT_GEN_REPORTS, 5 by default.
func genReports(t *testing.T) int {
	if s := os.Getenv("NEWSTEXT_GEN_REPORTS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			t.Fatalf("NEWSTEXT_GEN_REPORTS=%q: want a number", s)
		}
		return n
	}
	return 5
}

// genDocCount is the number of documents TestGeneratedNews checks.
func genDocCount(t *testing.T) int {
	if s := os.Getenv("NEWSTEXT_GEN_DOCS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			t.Fatalf("NEWSTEXT_GEN_DOCS=%q: want a number of documents", s)
		}
		return n
	}
	if raceEnabled || testing.Short() {
		return 300
	}
	return 2000
}

// genFailure is one broken promise: the function that broke it, the
// message, and its kind (the message without its details, so that
// failures of one kind group).
type genFailure struct {
	fn, msg, kind string
}

// genFuncs are the functions checkGenerated runs, each returning the first
// broken promise for a document or "". "ParseHTML" gets an HTML document
// as it is and a text document with each line in a <p>.
var genFuncs = []struct {
	name  string
	check func(doc string, isHTML bool) string
}{
	{"Parse", func(s string, _ bool) string { return checkParse(Parser{}, s) }},
	{"Parser{Single: true}.Parse", func(s string, _ bool) string { return checkParse(Parser{Single: true}, s) }},
	{"Quotes", func(s string, _ bool) string { return checkQuotes(s, Quotes(s)) }},
	{"Entities", func(s string, _ bool) string { return checkEntitiesCanonical(s, Entities(s)) }},
	{"ParseHTML", func(s string, isHTML bool) string {
		if !isHTML {
			s = wrapParagraphs(s)
		}
		return checkParseHTML([]byte(s))
	}},
}

// checkGenerated runs every function of genFuncs on doc, each under
// recover, and returns the promises they break.
func checkGenerated(doc string, isHTML bool) []genFailure {
	var out []genFailure
	for _, g := range genFuncs {
		if f, ok := runGenCheck(g.name, doc, isHTML); ok {
			out = append(out, f)
		}
	}
	return out
}

// runGenCheck runs the function named fn of genFuncs on doc and returns
// its failure, if any; a panic is a failure whose kind is the panic value
// (numbers left out) and the line of the library that panicked.
func runGenCheck(fn, doc string, isHTML bool) (f genFailure, failed bool) {
	f.fn = fn
	defer func() {
		if r := recover(); r != nil {
			site := panicSite(debug.Stack())
			f.msg = fmt.Sprintf("panic: %v at %s", r, site)
			f.kind = fn + ": panic: " + digitsRE.ReplaceAllString(fmt.Sprint(r), "N") + " at " + site
			failed = true
		}
	}()
	for _, g := range genFuncs {
		if g.name == fn {
			f.msg = g.check(doc, isHTML)
		}
	}
	if f.msg == "" {
		return f, false
	}
	kind, _, _ := strings.Cut(f.msg, ": ")
	f.kind = fn + ": " + kind
	return f, true
}

var digitsRE = regexp.MustCompile(`[0-9]+`)

// panicSite returns "file.go:line" of the innermost frame of stack that is
// in the library (this package's directory, not a test file), or "?".
func panicSite(stack []byte) string {
	_, self, _, _ := runtime.Caller(0)
	dir := filepath.Dir(self) + string(filepath.Separator)
	lines := strings.Split(string(stack), "\n")
	start := 0
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			start = i
			break
		}
	}
	for i := start; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(l, dir) {
			continue
		}
		file, _, _ := strings.Cut(strings.TrimPrefix(l, dir), " ")
		if !strings.Contains(file, "_test.go:") && !strings.Contains(file, string(filepath.Separator)) {
			fnName := strings.TrimSpace(lines[i-1])
			if j := strings.LastIndexByte(fnName, '('); j > 0 {
				fnName = fnName[:j]
			}
			fnName = fnName[strings.LastIndexByte(fnName, '.')+1:]
			return file + " (" + fnName + ")"
		}
	}
	return "?"
}

// reportGenFailure shrinks the document of f and returns the message for
// it: seed, function, message on the shrunk document, and the document as
// a Go string.
func reportGenFailure(seed int, doc genDocument, f genFailure) string {
	small := shrinkDoc(doc.text, func(s string) bool {
		g, failed := runGenCheck(f.fn, s, doc.html)
		return failed && g.kind == f.kind
	})
	g, _ := runGenCheck(f.fn, small, doc.html)
	form := "text"
	switch {
	case doc.html:
		form = "HTML"
	case f.fn == "ParseHTML":
		form = "text, each line in a <p> (wrapParagraphs)"
	}
	return fmt.Sprintf("seed=%d: %s: %s\n\treplay: NEWSTEXT_GEN_SEED=%d go test -run TestGeneratedNews .\n\tshrunk from %d to %d bytes (%s):\n\t%s: %s\n\t%q",
		seed, f.fn, f.msg, seed, len(doc.text), len(small), form, f.fn, g.msg, small)
}

// shrinkDoc returns a smaller document on which fails still holds: delta
// debugging over lines, then words, then (once the document is short)
// runes, removing chunks of halving size while the failure stays. It gives
// up refining after a few seconds or a few thousand tries.
func shrinkDoc(doc string, fails func(string) bool) string {
	budget := 4000
	deadline := time.Now().Add(5 * time.Second)
	try := func(s string) bool {
		if budget <= 0 || time.Now().After(deadline) {
			return false
		}
		budget--
		return fails(s)
	}
	split := []func(string) []string{
		func(s string) []string { return strings.SplitAfter(s, "\n") },
		func(s string) []string { return strings.SplitAfter(s, " ") },
		func(s string) []string {
			if len(s) > 400 {
				return nil
			}
			var out []string
			for len(s) > 0 {
				_, n := utf8.DecodeRuneInString(s)
				out = append(out, s[:n])
				s = s[n:]
			}
			return out
		},
	}
	for round := 0; round < 3; round++ {
		before := doc
		for _, sp := range split {
			if units := sp(doc); len(units) > 1 {
				doc = strings.Join(ddmin(units, func(u []string) bool { return try(strings.Join(u, "")) }), "")
			}
		}
		if doc == before {
			break
		}
	}
	return doc
}

// ddmin removes chunks of units, of halving size down to one unit, as long
// as fails holds for what is left.
func ddmin(units []string, fails func([]string) bool) []string {
	for size := len(units) / 2; size >= 1; size /= 2 {
		for i := 0; i < len(units); {
			end := min(i+size, len(units))
			cand := append(append([]string(nil), units[:i]...), units[end:]...)
			if len(cand) > 0 && fails(cand) {
				units = cand
				continue
			}
			i = end
		}
	}
	return units
}

// wrapParagraphs returns text as a page with each non-blank line in a <p>.
func wrapParagraphs(text string) string {
	var b strings.Builder
	b.WriteString("<html><body>\n")
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		b.WriteString("<p>")
		b.WriteString(html.EscapeString(l))
		b.WriteString("</p>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// genSeedDocs returns n generated documents, cut at a line end to at most
// maxSeed bytes: seeds for the fuzz targets. They are numbered from
// 1,000,000, apart from the documents TestGeneratedNews checks by default.
func genSeedDocs(n int) []genDocument {
	out := make([]genDocument, 0, n)
	for seed := range n {
		d := genDoc(uint64(1_000_000 + seed))
		if len(d.text) > maxSeed {
			cut := strings.LastIndexByte(d.text[:maxSeed], '\n')
			if cut <= 0 {
				cut = maxSeed
			}
			d.text = d.text[:cut]
		}
		out = append(out, d)
	}
	return out
}

// genDocument is one generated document.
type genDocument struct {
	text string
	html bool // text is an HTML page
}

// gen draws the parts of one document.
type gen struct {
	r *rand.Rand
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) between(lo, hi int) int  { return lo + g.r.IntN(hi-lo+1) }

var (
	genFirst = []string{"Emmanuel", "Sergei", "Keir", "Volodymyr", "Ian", "Anna", "José", "Zoë", "François", "Сергей",
		"Владимир", "Ngozi", "Li", "Mohammed", "Ursula", "Jean-Yves", "Priya", "Olaf", "Dmitry", "Tammy", "Marco", "Ilhan",
		"Mykhailo", "Björn", "Ayşe", "Nguyễn Văn", "Kim", "Ana María", "Christi C.", "Robert", "J.D."}
	genLast = []string{"Macron", "Lavrov", "Starmer", "Zelensky", "Hamilton", "Kowalczyk", "Núñez", "Müller", "Лавров",
		"Путин", "Okonjo-Iweala", "Qiang", "bin Salman", "von der Leyen", "Le Drian", "Raman", "Scholz", "Peskov",
		"O'Brien", "O’Neill", "Smith", "Ó Briain", "al-Assad", "Bruce", "Rubio", "Omar", "Fedorov", "Hale Jr.", "Erdoğan",
		"Lindqvist", "Elwood", "Smith-Jones", "DiCaprio", "McDonald", "Jr."}
	genOffices = []string{"President", "Prime Minister", "Foreign Minister", "Kremlin spokesman", "U.S. Attorney",
		"Gen.", "Lt. Gen.", "Chancellor", "Secretary of State", "Mayor", "Rep.", "Sen.", "Ukrainian President",
		"French President", "British Prime Minister", "Russia's Foreign Minister", "Russia’s President", "Pope",
		"State Department spokeswoman", "US Secretary of State", "Deputy Prime Minister", "Defense Secretary", "King",
		"Queen", "Gov.", "Director-General"}
	genHonorifics = []string{"Mr.", "Mr", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Prof.", "Sheikh"}
	genCountries  = []string{"Russia", "France", "Ukraine", "the U.K.", "the United States", "Germany", "Côte d’Ivoire",
		"China", "Brazil", "България", "Saudi Arabia", "the Netherlands", "Türkiye", "the US", "Britain", "Україна"}
	genPlaces = []string{"London", "Paris", "Kyiv", "Kiev", "Moscow", "Washington", "Riyadh", "Brussels", "Москва",
		"São Paulo", "Zürich", "the Donbas", "New York", "Beijing", "Geneva", "Normandy", "Київ", "Saint-Denis"}
	genOrgs = []string{"the French presidency", "the State Department", "the Kremlin", "NATO", "the European Commission",
		"Reuters", "the Swedish Prosecution Authority", "the University of York", "Big Machine Records", "Gazprom",
		"the U.N.", "the Associated Press", "Fox News", "the ministry", "the company", "Dick Clark Productions"}
	genAppositives = []string{"an expert at the U.K.'s University of York who did not work on the study",
		"a spokesman for the ministry", "38", "who reps the likes of Justin Bieber and Demi Lovato",
		"the country's top diplomat", "head of research at Delta Capital", "a former adviser to President Emmanuel Macron",
		"Ukraine’s former defence minister", "who has led the talks since March", "co-author of the report",
		"an analyst at the Carnegie Endowment in Washington, D.C."}
	genDays    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	genAdverbs = []string{"once again", "calmly", "once again calmly", "also", "later", "repeatedly", "bluntly", "on Twitter"}
	genVerbs   = []string{"said", "says", "told reporters", "added", "cautioned", "warned", "wrote", "insisted", "tweeted",
		"noted", "explained", "asked", "replied", "declared", "told The Associated Press", "said in a statement",
		"wrote on social media", "urged", "stressed", "recalled"}
	genQuoted = []string{"We will not back down", "we will stay", "It is a difficult day for everyone",
		"Putin is trying to delay -- saying there must be a painstaking study before a ceasefire can take place",
		"They want to improve their situation", "It’s not a new approach", "Мы не отступим", "c’est fini, déjà",
		"The ball's in Russia's court", "It was a 'difficult' day", "I said ‘no’… and I meant it", "We have a plan. It is ready",
		"what did we do to deserve this?", "Зеленский сказал „нет“", "time is running out", "a crisis of public trust",
		"next steps", "getting worse by the week", "restraint on all sides", "are not protected speech",
		"The evidence has weakened", "Our aim is reach", "It takes a little longer now, but he’s playing well",
		"the settlement issue is so complex", "no date has been set", "Nous sommes prêts", "agreed to continue working",
		"come to the table", "It’s complicated", "2024: How Trump Retook the White House", "Scooter is frustrated",
		"Yes. No. Maybe…", "We’re prepared to sit down for talks in any format", "shocking and false", "великий день"}
	genPlain = []string{
		"{P} met {P} in {L} on {D}.",
		"The talks were brief, and no date was set.",
		"{O} declined to comment.",
		"{C} has momentum in many areas of the front.",
		"Despite recent tensions between {T} and {P}, {L} has agreed in principle to a 30-day ceasefire -- if Moscow halts its attacks.",
		"Military leaders from about 30 countries met in {L} on March 11 to discuss plans for a peacekeeping force.",
		"Prices rose 3.5% in the second quarter, U.S. data showed.",
		"The roughly 1,000-kilometre (620-mile) front line has barely moved since {D}.",
		"{T} arrived in {L} on {D} for two days of talks with {P}.",
		"In it, {P} blankly denied the claims.",
		"It was not clear when the next round of talks hosted by {C} would begin.",
		"The statement gave no details.",
		"Since returning to the White House in January, {S} has stressed a desire to end the conflict.",
		"{O} was unable to verify the claims.",
		"Ціни зросли на 5% — повідомив {P}.",
		"Le ministre {P} est arrivé à {L} à 9 h.",
	}
	genHeadlines = []string{"Top US and Russian Diplomats Discuss Next Steps on Ukraine",
		"Macron Speeds up Rafale Warplane Orders as France Invests in Nuclear Deterrence",
		"Officials from Ukraine, US and UK meet in London in latest push to stop the war",
		"'Moment of truth'", "Why Can’t Taylor Swift Perform Her Own Songs? It’s Complicated",
		"Kremlin says no date set for talks", "„Wir bleiben“: Scholz in Kiew", "Путин и Зеленский: что дальше",
		"PUTIN PRESSES BUSINESS", "He said, she said", "LIVE: Ukraine war latest", "The bottom line ...",
		"Zelensky: ‘We will not back down’"}
	genChrome = []string{"Share", "TT", "20", "Advertisement", "Story continues below advertisement", "Next Story",
		"Copy link", "Share this article", "Follow", "Download the app now", "Loving Newspoint? Download the app now",
		"FOLLOW UPDATES BELOW:", "More Coverage", "Recommended for you", "Subscribe to our newsletter",
		"Get the latest news delivered to your inbox", "Send Push", "Newszop", "World", "Read More", "5 min read",
		"Share on Facebook", "Print", "0 Comments"}
	genDatelines = []string{"LONDON (Reuters) - ", "PARIS, March 15 (AFP) — ", "KYIV, Ukraine — ", "WASHINGTON (AP) — ",
		"МОСКВА — ", "LONDON: ", "BUFFALO, N.Y. — ", "(AP) — ", "GENEVA, Switzerland (AFP) -- ", "SÃO PAULO (Reuters) - "}
	genCredits = []string{"Handout / Russian Defense Ministry/AFP", "(AP Photo/Efrem Lukatsky)", "Photo: Getty Images",
		"/ Photo: AFP", "REUTERS/Gonzalo Fuentes", "(Getty Images)", "Фото: ТАСС", "© Reuters"}
	genFooters = []string{"© 2024 Reuters. All rights reserved.", "Originally published as {H}", "– with AFP",
		"Copyright 2019 The Associated Press. All rights reserved.", "© Newspoint", "Read more: {H}", "Related: {H}"}
	// genMarks are pairs of opening and closing quotation marks; "" is a
	// lost mark.
	genMarks = [][2]string{{`"`, `"`}, {"“", "”"}, {"„", "“"}, {"„", "”"}, {"«", "»"}, {"« ", " »"}, {"»", "«"},
		{"‹", "›"}, {"‘", "’"}, {"'", "'"}, {"`", "'"}, {"``", "''"}, {"", "”"}, {"“", ""}, {"", `"`}, {"”", "”"},
		{"「", "」"}, {"‚", "‘"}}
	genAnyMark = []string{`"`, "“", "”", "„", "«", "»", "‹", "›", "‘", "’", "'", "`", "‚", "‟", "❝", "❞"}
	genNoise   = []string{"\xff", "\xfe", "\xc3", "\xe2\x80", "\x00", "\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\u00a0",
		"\u200b", "\u00ad", "\ufeff", "&amp;", "&nbsp;", "&#8217;", "\r", "\t", "\u2028"}
)

// name returns a person's name in one of the forms the press prints.
func (g *gen) name() string {
	if g.chance(0.1) {
		return g.pick(listedNames()) + " " + g.pick(listedNames()) // a listed name as a surname too
	}
	full := g.pick(genFirst) + " " + g.pick(genLast)
	switch g.r.IntN(10) {
	case 0, 1:
		return g.pick(genOffices) + " " + full
	case 2:
		return g.pick(genHonorifics) + " " + g.pick(genLast)
	case 3:
		return g.pick(genLast)
	case 4:
		return g.pick(genOffices) + " " + g.pick(genHonorifics) + " " + full
	default:
		return full
	}
}

// speaker returns the subject of a reporting verb: a name, with an
// appositive or "of Country on Friday once again calmly", a pronoun or an
// organisation.
func (g *gen) speaker() string {
	switch g.r.IntN(12) {
	case 0:
		return g.name() + ", " + g.pick(genAppositives) + ","
	case 1:
		return g.name() + " of " + g.pick(genCountries) + " on " + g.pick(genDays) + " " + g.pick(genAdverbs)
	case 2, 3:
		return g.pick([]string{"he", "she", "they", "it", "He", "She", "They", "we", "I"})
	case 4:
		return g.pick(genOrgs)
	case 5:
		return g.name() + " " + g.pick(genAdverbs)
	default:
		return g.name()
	}
}

// quote returns quoted words between marks of one kind, or (rarely) of two
// kinds, or with a mark lost.
func (g *gen) quote(words string) string {
	m := g.pick2(genMarks)
	if g.chance(0.1) {
		m = [2]string{g.pick(genAnyMark), g.pick(genAnyMark)}
	}
	return m[0] + words + m[1]
}

func (g *gen) pick2(xs [][2]string) [2]string { return xs[g.r.IntN(len(xs))] }

// quoted returns one to three quoted sentences.
func (g *gen) quoted() string {
	n := g.between(1, 3)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.pick(genQuoted)
		if i < n-1 && !strings.HasSuffix(parts[i], "?") {
			parts[i] += "."
		}
	}
	return strings.Join(parts, " ")
}

// fill replaces {P} (a name), {T} (office and name), {S} (a speaker), {L}
// (a place), {C} (a country), {O} (an organisation), {D} (a day) and {H} (a
// headline) in template.
func (g *gen) fill(template string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(template, '{')
		if i < 0 || i+2 >= len(template) || template[i+2] != '}' {
			b.WriteString(template)
			return b.String()
		}
		b.WriteString(template[:i])
		switch template[i+1] {
		case 'P':
			b.WriteString(g.name())
		case 'T':
			b.WriteString(g.pick(genOffices) + " " + g.pick(genFirst) + " " + g.pick(genLast))
		case 'S':
			b.WriteString(g.speaker())
		case 'L':
			if g.chance(0.25) {
				b.WriteString(g.pick(listedNames()))
			} else {
				b.WriteString(g.pick(genPlaces))
			}
		case 'C':
			b.WriteString(g.pick(genCountries))
		case 'O':
			b.WriteString(g.pick(genOrgs))
		case 'D':
			b.WriteString(g.pick(genDays))
		case 'H':
			b.WriteString(g.pick(genHeadlines))
		default:
			b.WriteString(template[i : i+3])
		}
		template = template[i+3:]
	}
}

// capital returns s with its first letter in upper case (ASCII only: a
// pronoun that opens a sentence).
func capital(s string) string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// sentence returns one sentence of running text: plain, or a quote with
// its reporting verb before or after it, or a partial quote.
func (g *gen) sentence() string {
	q := g.quoted()
	switch g.r.IntN(14) {
	case 0, 1, 2, 3:
		return g.fill(g.pick(genPlain))
	case 4: // "…," he added.
		return g.quote(q+",") + " " + g.speaker() + " " + g.pick(genVerbs) + "."
	case 5: // X said: "…"
		return capital(g.speaker()) + " " + g.pick(genVerbs) + ": " + g.quote(q+".")
	case 6: // X cautioned that "…".
		return capital(g.speaker()) + " " + g.pick(genVerbs) + " that " + g.quote(q) + "."
	case 7: // According to X, "…".
		return "According to " + g.speaker() + ", " + g.quote(q) + "."
	case 8: // "…," said X.
		return g.quote(q+",") + " " + g.pick(genVerbs) + " " + g.name() + "."
	case 9: // X called it "…" on Monday.
		return capital(g.speaker()) + " called it " + g.quote(g.pick(genQuoted)) + " on " + g.pick(genDays) + "."
	case 10: // X said "…".  (no comma: Macron of France on Friday once again calmly said "we will stay".)
		return capital(g.speaker()) + " " + g.pick(genVerbs) + " " + g.quote(q) + "."
	case 11: // "…" — X. / "…", according to X.
		if g.chance(0.5) {
			return g.quote(q) + ", according to " + g.speaker() + "."
		}
		return g.quote(q) + " — " + g.name() + "."
	case 12: // a quote split by its attribution
		return g.quote(g.pick(genQuoted)+",") + " " + g.speaker() + " " + g.pick(genVerbs) + ". " + g.quote(q+".")
	default: // X, saying "…"
		return capital(g.speaker()) + " " + g.pick(genVerbs) + " on " + g.pick(genDays) + ", saying " + g.quote(q) + "."
	}
}

// paragraph returns one to four sentences.
func (g *gen) paragraph() string {
	n := g.between(1, 4)
	s := make([]string, n)
	for i := range s {
		s[i] = g.sentence()
	}
	return strings.Join(s, " ")
}

// genBlock is one line of a document with what it is, for the HTML form.
type genBlock struct {
	kind string // "chrome", "title", "byline", "caption", "p", "subhead", "footer"
	text string
}

// story returns the blocks of one story.
func (g *gen) story() []genBlock {
	var bs []genBlock
	add := func(kind, text string) { bs = append(bs, genBlock{kind, text}) }
	for range g.between(0, 3) {
		add("chrome", g.pick(genChrome))
	}
	title := g.pick(genHeadlines)
	if g.chance(0.9) {
		add("title", title)
	}
	if g.chance(0.2) { // a headline-shaped line with no body
		add("subhead", g.pick(genHeadlines))
	}
	if g.chance(0.3) {
		by := "By " + g.pick(genFirst) + " " + g.pick(genLast)
		if g.chance(0.3) {
			by += " and " + g.pick(genFirst) + " " + g.pick(genLast) + ", " + g.pick([]string{"Reuters", "AFP", "Associated Press"})
		}
		add("byline", by)
	}
	caption := ""
	if g.chance(0.5) {
		caption = g.fill(g.pick(genPlain)) + " " + g.pick(genCredits)
		for range g.between(1, 4) {
			add("caption", caption)
			if g.chance(0.3) {
				add("chrome", g.pick(genChrome))
			}
		}
		if g.chance(0.3) {
			add("title", title)
		}
	}
	first := g.paragraph()
	if g.chance(0.4) {
		first = g.pick(genDatelines) + first
	}
	add("p", first)
	for range g.between(1, 9) {
		switch g.r.IntN(12) {
		case 0:
			add("chrome", g.pick(genChrome))
		case 1:
			add("footer", g.fill("Read more: {H}"))
		case 2:
			add("subhead", g.pick(genHeadlines))
		case 3:
			if caption != "" {
				add("caption", caption)
			} else {
				add("p", g.paragraph())
			}
		case 4: // a quote that goes on in the next paragraph
			m := g.pick2(genMarks)
			add("p", m[0]+g.quoted())
			add("p", m[0]+g.quoted()+","+m[1]+" "+g.speaker()+" "+g.pick(genVerbs)+".")
		case 5: // a paragraph printed twice
			p := g.paragraph()
			add("p", p)
			add("p", p)
		default:
			add("p", g.paragraph())
		}
	}
	if g.chance(0.3) {
		add("footer", g.fill(g.pick(genFooters)))
	}
	if g.chance(0.1) {
		add("byline", g.pick(genFirst)+" "+g.pick(genLast)) // a byline stranded at the end
	}
	return bs
}

// teasers returns a list of teaser snippets, some cut short.
func (g *gen) teasers() []genBlock {
	var bs []genBlock
	for range g.between(2, 8) {
		s := g.sentence()
		if g.chance(0.4) {
			s += " " + g.sentence()
		}
		runeCut := func(n int) string {
			for n > 0 && !utf8.RuneStart(s[n]) {
				n--
			}
			return s[:n]
		}
		switch g.r.IntN(6) {
		case 0:
			s = runeCut(len(s)/2) + "..."
		case 1:
			s = strings.TrimRight(runeCut(len(s)*2/3), " ") + "…"
		case 2:
			if g.chance(0.2) {
				s = s[:len(s)*3/4] // cut anywhere, even inside a rune
			} else {
				s = runeCut(len(s) * 3 / 4)
			}
		}
		bs = append(bs, genBlock{"p", s})
	}
	return bs
}

// genDoc returns generated document number seed.
func genDoc(seed uint64) genDocument {
	g := &gen{rand.New(rand.NewPCG(seed, 0x6e657773746578))}
	var stories [][]genBlock
	for range g.between(1, 3) {
		switch {
		case g.chance(0.15):
			stories = append(stories, g.teasers())
		case g.chance(0.05): // headlines with no body
			var bs []genBlock
			for range g.between(2, 5) {
				bs = append(bs, genBlock{"title", g.pick(genHeadlines)})
			}
			stories = append(stories, bs)
		default:
			stories = append(stories, g.story())
		}
	}
	var doc genDocument
	if g.chance(0.2) {
		doc = genDocument{g.renderHTML(stories), true}
	} else {
		doc = genDocument{g.renderText(stories), false}
	}
	doc.text = g.damage(doc.text)
	return doc
}

// renderText returns the stories as a scraper's text dump: a line a
// block, blank lines between some or all of them.
func (g *gen) renderText(stories [][]genBlock) string {
	var b strings.Builder
	blank := g.r.IntN(3) // 0: none, 1: all, 2: some
	for k, bs := range stories {
		if k > 0 {
			b.WriteString(g.pick([]string{"\n\n", "\n\n\n", "\n"}))
		}
		for _, bl := range bs {
			b.WriteString(bl.text)
			b.WriteByte('\n')
			if blank == 1 || blank == 2 && g.chance(0.5) {
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// renderHTML returns the stories as a simple page: one <article> each,
// headline in <h1>, paragraphs in <p>, captions in <figcaption>, chrome
// in <nav>, <aside> or <div>; text escaped, or now and then not.
func (g *gen) renderHTML(stories [][]genBlock) string {
	esc := html.EscapeString
	if g.chance(0.15) {
		esc = func(s string) string { return s }
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head>\n")
	if len(stories[0]) > 0 && g.chance(0.7) {
		t := esc(stories[0][0].text)
		fmt.Fprintf(&b, "<title>%s</title>\n", t)
		if g.chance(0.5) {
			fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\">\n", t)
		}
	}
	if g.chance(0.3) {
		b.WriteString("<meta property=\"og:site_name\" content=\"Newszop\">\n<meta property=\"article:published_time\" content=\"2025-03-15T10:00:00Z\">\n")
	}
	b.WriteString("</head><body>\n")
	if g.chance(0.5) {
		b.WriteString("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\n")
	}
	for _, bs := range stories {
		b.WriteString("<article>\n")
		for _, bl := range bs {
			t := esc(bl.text)
			switch bl.kind {
			case "title":
				fmt.Fprintf(&b, "<h1>%s</h1>\n", t)
			case "subhead":
				fmt.Fprintf(&b, "<h2>%s</h2>\n", t)
			case "byline":
				fmt.Fprintf(&b, "<p class=\"byline\">%s</p>\n", t)
			case "caption":
				fmt.Fprintf(&b, "<figure><img src=\"photo.jpg\" alt=\"\"><figcaption>%s</figcaption></figure>\n", t)
			case "chrome":
				fmt.Fprintf(&b, "<%s class=\"share\">%s</%[1]s>\n", g.pick([]string{"div", "aside", "nav", "span", "p"}), t)
			case "footer":
				fmt.Fprintf(&b, "<p><em>%s</em></p>\n", t)
			default:
				fmt.Fprintf(&b, "<p>%s</p>\n", t)
			}
		}
		b.WriteString("</article>\n")
		if g.chance(0.3) {
			b.WriteString("<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">" + esc(g.pick(genHeadlines)) + "</a></li></ul></aside>\n")
		}
	}
	if g.chance(0.5) {
		b.WriteString("<footer>© 2025 Newszop. All rights reserved.</footer>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// damage applies what scrapers do to some documents: CRLF line ends, a
// lone CR, NBSP for spaces, invalid UTF-8 bytes, NULs and invisible
// runes at random places (even inside a rune).
func (g *gen) damage(s string) string {
	if g.chance(0.15) {
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	if g.chance(0.1) {
		var b strings.Builder
		for _, w := range strings.SplitAfter(s, " ") {
			if strings.HasSuffix(w, " ") && g.chance(0.1) {
				w = w[:len(w)-1] + "\u00a0"
			}
			b.WriteString(w)
		}
		s = b.String()
	}
	if g.chance(0.12) && len(s) > 0 {
		var b bytes.Buffer
		n := g.between(1, 4)
		cuts := make([]int, n)
		for i := range cuts {
			cuts[i] = g.r.IntN(len(s))
		}
		prev := 0
		slices.Sort(cuts)
		for _, c := range cuts {
			b.WriteString(s[prev:c])
			b.WriteString(g.pick(genNoise))
			prev = c
		}
		b.WriteString(s[prev:])
		s = b.String()
	}
	return s
}
