package newstext_test

import (
	"fmt"
	"strings"
	"sync"

	"github.com/newstext/newstext"
)

func ExampleClean() {
	// A line as scrapers leave it: a no-break space, a zero-width space,
	// an escaped ampersand, mojibake (UTF-8 read as Windows-1252) and
	// white space at the ends.
	s := "  Tom\u00a0&amp; Jerry\u200b â€™Toons\r\n"
	fmt.Printf("%q\n", newstext.Clean(s))
	fmt.Println(newstext.Clean(newstext.Clean(s)) == newstext.Clean(s))
	// Output:
	// "Tom & Jerry ’Toons"
	// true
}

func ExampleFold() {
	// Two spellings of one headline that differ only in typography and
	// case have the same matching key.
	a := "Kyiv’s “Next Steps” — Explained…"
	b := "KYIV'S \"NEXT STEPS\" - EXPLAINED..."
	fmt.Printf("%q\n", newstext.Fold(a))
	fmt.Println(newstext.Fold(a) == newstext.Fold(b))
	// Output:
	// "kyiv's \"next steps\" - explained..."
	// true
}

func ExampleParse() {
	dump := strings.Join([]string{
		"Diplomats Meet in London to Discuss Ukraine Ceasefire Plan",
		"",
		"Foreign ministers arrive at Lancaster House in London. (AFP)",
		"Foreign ministers arrive at Lancaster House in London. (AFP)",
		"Share",
		"",
		"LONDON (Reuters) - Foreign ministers from a dozen countries met in London on Saturday to discuss a plan for a ceasefire in Ukraine.",
		"The talks lasted more than six hours and ended without a joint statement, officials said.",
		"A second round of talks is expected in Paris next month, according to two diplomats.",
		"",
		"",
		"Heavy Rains Flood Southern Brazil as Rivers Burst Their Banks",
		"",
		"Thousands of people were forced from their homes in southern Brazil on Sunday after days of heavy rain.",
		"The civil defence agency said rivers in the state of Rio Grande do Sul had reached record levels.",
		"Rescue teams used boats to reach families stranded on rooftops in several towns.",
	}, "\n")
	for i, a := range newstext.Parse(dump) {
		fmt.Printf("story %d: %q\n", i+1, a.Title)
		fmt.Printf("  paragraphs: %d\n", len(a.Paragraphs))
		if a.Dateline != "" || a.Source != "" {
			fmt.Printf("  dateline: %q, source: %q\n", a.Dateline, a.Source)
		}
		if len(a.Paragraphs) > 0 {
			fmt.Printf("  first paragraph: %q\n", a.Paragraphs[0].Text)
		}
		for _, c := range a.Captions {
			fmt.Printf("  caption (credit %q, printed %d times): %q\n", c.Credit, c.Repeats, c.Text)
		}
		for _, r := range a.Removed {
			fmt.Printf("  removed %s: %q\n", r.Reason, r.Text)
		}
	}
	// Output:
	// story 1: "Diplomats Meet in London to Discuss Ukraine Ceasefire Plan"
	//   paragraphs: 3
	//   dateline: "LONDON", source: "Reuters"
	//   first paragraph: "Foreign ministers from a dozen countries met in London on Saturday to discuss a plan for a ceasefire in Ukraine."
	//   caption (credit "AFP", printed 2 times): "Foreign ministers arrive at Lancaster House in London. (AFP)"
	//   removed repeated-caption: "Foreign ministers arrive at Lancaster House in London. (AFP)"
	//   removed widget: "Share"
	// story 2: "Heavy Rains Flood Southern Brazil as Rivers Burst Their Banks"
	//   paragraphs: 3
	//   first paragraph: "Thousands of people were forced from their homes in southern Brazil on Sunday after days of heavy rain."
}

func ExampleParser() {
	// Two stories, one after the other. The zero Parser splits them;
	// Single reads the whole input as one story, for a caller who knows
	// the text holds only one.
	text := strings.Join([]string{
		"Central Bank Holds Rates Steady",
		"",
		"The central bank left its main interest rate unchanged on Thursday, as expected.",
		"Analysts said the decision reflected worries about slowing growth.",
		"",
		"",
		"Heavy Rains Flood Southern Brazil",
		"",
		"Thousands of people were forced from their homes in southern Brazil on Sunday after days of heavy rain.",
		"Rescue teams used boats to reach families stranded on rooftops.",
	}, "\n")
	for _, p := range []newstext.Parser{{}, {Single: true}} {
		as := p.Parse(text)
		fmt.Printf("Single %v: %d article(s)\n", p.Single, len(as))
		for _, a := range as {
			fmt.Printf("  %q, %d paragraphs\n", a.Title, len(a.Paragraphs))
		}
	}
	// Output:
	// Single false: 2 article(s)
	//   "Central Bank Holds Rates Steady", 2 paragraphs
	//   "Heavy Rains Flood Southern Brazil", 2 paragraphs
	// Single true: 1 article(s)
	//   "Central Bank Holds Rates Steady", 5 paragraphs
}

func ExampleSpan() {
	// Every span indexes the input that was parsed, so the raw text of
	// each piece, with its no-break spaces and line ends, can be recovered
	// and cleans to the text the Article carries.
	input := "Markets Rally on Rate Hopes\n\nStocks\u00a0rose  on Monday after the central bank signalled a cut.\r\n"
	a := newstext.Parse(input)[0]
	for _, p := range a.Paragraphs {
		raw := input[p.Span.Start:p.Span.End]
		fmt.Printf("%v %q\n", p.Span, raw)
		fmt.Printf("%v %q\n", p.Span, p.Text)
		fmt.Println(newstext.Clean(raw) == p.Text, p.Span.Len() == len(raw))
	}
	fmt.Printf("title %v %q\n", a.TitleSpan, input[a.TitleSpan.Start:a.TitleSpan.End])
	// Output:
	// 29:92 "Stocks\u00a0rose  on Monday after the central bank signalled a cut."
	// 29:92 "Stocks rose on Monday after the central bank signalled a cut."
	// true true
	// title 0:27 "Markets Rally on Rate Hopes"
}

func ExampleCanonical() {
	for _, name := range []string{"Zelenskyy", "Mr. Zelensky's", "President Volodymyr Zelensky", "Kiev", "Donbass", "Olena Zelenska"} {
		fmt.Printf("%-30s %s\n", name, newstext.Canonical(name))
	}
	// Output:
	// Zelenskyy                      Volodymyr Zelensky
	// Mr. Zelensky's                 Volodymyr Zelensky
	// President Volodymyr Zelensky   Volodymyr Zelensky
	// Kiev                           Kyiv
	// Donbass                        Donbas
	// Olena Zelenska                 ~lna zalanska
}

func ExampleEntities() {
	text := "Kremlin spokesman Dmitry Peskov said talks would go on. Peskov added that Mr Putin was in Kiev's orbit of thought."
	for _, e := range newstext.Entities(text) {
		fmt.Printf("%s (%s):", e.Name, e.Kind)
		for _, m := range e.Mentions {
			fmt.Printf(" %q@%v", m.Text, m.Span)
		}
		fmt.Println()
	}
	// Output:
	// Kremlin (org): "Kremlin"@0:7
	// Dmitry Peskov (person): "Dmitry Peskov"@18:31 "Peskov"@56:62
	// Vladimir Putin (person): "Mr Putin"@74:82
	// Kyiv (place): "Kiev's"@90:96
}

func ExampleResolver_LoadAliases() {
	r := newstext.NewResolver()
	table := "person: Oleksandr Kubrakov\nplace: Pokrovsk | Krasnoarmeysk\n"
	if err := r.LoadAliases(strings.NewReader(table)); err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"Kubrakov", "Minister Oleksandr Kubrakov's", "Krasnoarmeysk"} {
		fmt.Println(name, "->", r.Key(name))
	}
	// Output:
	// Kubrakov -> Oleksandr Kubrakov
	// Minister Oleksandr Kubrakov's -> Oleksandr Kubrakov
	// Krasnoarmeysk -> Pokrovsk
}

// A Parser takes a user's alias table through its Resolver: here the
// Russian name of a Ukrainian town joins the town's own.
func ExampleParser_resolver() {
	r := newstext.NewResolver()
	if err := r.LoadAliases(strings.NewReader("place: Pokrovsk | Krasnoarmeysk\n")); err != nil {
		fmt.Println(err)
		return
	}
	p := newstext.Parser{Single: true, Resolver: r}
	text := "Shelling hit Krasnoarmeysk overnight, officials said.\n\nPokrovsk has been under fire for weeks."
	for _, a := range p.Parse(text) {
		for _, e := range a.Entities {
			fmt.Println(e.Name, e.Kind, len(e.Mentions))
		}
	}
	// Output:
	// Pokrovsk place 2
}

// KeyAll keys a batch of names: a bare surname takes the key of the one
// person the batch names in full with it, even with no alias table.
func ExampleResolver_KeyAll() {
	var rules newstext.Resolver // the zero Resolver has no alias table
	names := []string{"Oleksandr Syrskyi", "Gen. Syrsky", "Syrskyi's"}
	for i, key := range rules.KeyAll(names) {
		fmt.Printf("%s -> %s (alone: %s)\n", names[i], key, rules.Key(names[i]))
	}
	// Output:
	// Oleksandr Syrskyi -> ~lksndr sarski (alone: ~lksndr sarski)
	// Gen. Syrsky -> ~lksndr sarski (alone: ~sarski)
	// Syrskyi's -> ~lksndr sarski (alone: ~sarski)
}

func ExampleQuotes() {
	text := `British Prime Minister Keir Starmer said Putin would have to "come to the table".` + "\n" +
		`"Putin is trying to delay," he added.`
	for _, q := range newstext.Quotes(text) {
		fmt.Printf("%q: %s (%s, partial=%v)\n", q.Text, q.Speaker, q.Cue, q.Partial)
	}
	// Output:
	// "come to the table": Keir Starmer (said, partial=true)
	// "Putin is trying to delay,": Keir Starmer (added, partial=false)
}

func ExampleIndex() {
	story := "The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year, as wage growth slowed and energy prices eased. Markets had expected the decision."
	ix := newstext.NewIndex(newstext.DefaultThreshold)
	ix.Add("wire", story)
	ix.Add("site-a", "LONDON (Reuters) - "+strings.ToUpper(story[:1])+story[1:])
	ix.Add("site-b", "The city council approved a new budget for road repairs on Monday after a long debate about potholes.")
	ix.Add("site-c", strings.ReplaceAll(story, "Thursday", "Thursday,"))
	fmt.Println(ix.Clusters())
	// site-a is the story with a dateline: its similarity is the share of
	// the shorter text found in the longer, estimated.
	for _, m := range ix.Near(story) {
		fmt.Printf("%s %.2f\n", m.ID, m.Similarity)
	}
	// Output:
	// [[wire site-a site-c]]
	// wire 1.00
	// site-c 1.00
	// site-a 0.97
}

func ExampleParseHTML() {
	page := `<!DOCTYPE html>
<html><head>
<title>Council agrees budget | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2019-11-19T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Council agrees budget</h1>
<div class="share-bar"><a href="#">Share on Facebook</a></div>
<p>The council met on Tuesday and agreed the budget for next year, after a debate of six hours.</p>
<figure><img src="chamber.jpg"><figcaption>The council chamber on Tuesday. (Photo: Jane Doe)</figcaption></figure>
<p>"We have held taxes flat," the mayor, Ann Lee, said after the vote.</p>
</article>
<aside class="related"><h2>Related</h2><a href="/x">Council to meet again</a></aside>
</body></html>`
	articles, err := newstext.ParseHTML(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := articles[0]
	fmt.Println("title:", a.Title)
	fmt.Println("published:", a.Published)
	for _, p := range a.Paragraphs {
		fmt.Printf("paragraph %v: %s\n", p.Span, p.Text)
	}
	for _, c := range a.Captions {
		fmt.Printf("caption %v: %s (credit %q)\n", c.Span, c.Text, c.Credit)
	}
	for _, q := range a.Quotes {
		fmt.Printf("quote: %s (%s)\n", q.Text, q.Speaker)
	}
	// Spans index a.Text, the extracted text.
	fmt.Println(a.Text[a.Paragraphs[0].Span.Start:a.Paragraphs[0].Span.End] == a.Paragraphs[0].Text)
	// Output:
	// title: Council agrees budget
	// published: 2019-11-19T08:00:00Z
	// paragraph 23:115: The council met on Tuesday and agreed the budget for next year, after a debate of six hours.
	// paragraph 168:235: "We have held taxes flat," the mayor, Ann Lee, said after the vote.
	// caption 117:166: The council chamber on Tuesday. (Photo: Jane Doe) (credit "Photo: Jane Doe")
	// quote: We have held taxes flat, (Ann Lee)
	// true
}

// Sign turns a text into a Signature: a plain value that can be computed
// anywhere, stored, and compared later. Case, quote style and line breaks
// do not change it.
func ExampleSign() {
	a := newstext.Sign("Thousands of people were forced from their homes in southern Brazil on Sunday after days of heavy rain.")
	b := newstext.Sign("THOUSANDS of people were forced from their homes\nin southern Brazil on Sunday after days of heavy rain")
	fmt.Println(a.Words, b.Words)
	fmt.Println(a == b)
	// Output:
	// 18 18
	// true
}

// Similarity estimates how alike two documents are: the share of word
// shingles they have in common, or, when their leads are alike, how much
// of the smaller one is in the larger (a copy cut to its top paragraphs).
func ExampleSignature_Similarity() {
	story := []string{
		"The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year.",
		"Wage growth slowed in the autumn and energy prices eased, the bank said in a statement after its policy meeting.",
		"Markets had expected the decision, and the currency barely moved after it was announced in the early afternoon.",
		"Analysts said the bank was likely to start cutting rates in the spring if the labour market kept cooling.",
	}
	whole := newstext.Sign(strings.Join(story, "\n\n"))
	cut := newstext.Sign(strings.Join(story[:2], "\n\n")) // the top two paragraphs
	other := newstext.Sign("The city council approved a new budget for road repairs on Monday after a long debate about potholes and bus lanes.")
	fmt.Printf("cut copy: %.2f\n", whole.Similarity(&cut))
	fmt.Printf("other story: %.2f\n", whole.Similarity(&other))
	// Output:
	// cut copy: 1.00
	// other story: 0.00
}

// BandKeys are what a distributed job groups signatures by: documents
// that share a key are compared, the others never are.
func ExampleSignature_BandKeys() {
	text := "The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year, as wage growth slowed and energy prices eased."
	a := newstext.Sign(text)
	b := newstext.Sign("LONDON (Reuters) - " + text)
	c := newstext.Sign("The city council approved a new budget for road repairs on Monday after a long debate about potholes and bus lanes.")
	shared := func(x, y *newstext.Signature) int {
		keys := map[uint64]bool{}
		for _, k := range x.BandKeys() {
			keys[k] = true
		}
		n := 0
		for _, k := range y.BandKeys() {
			if keys[k] {
				n++
			}
		}
		return n
	}
	fmt.Println(len(a.BandKeys()) == newstext.Bands)
	fmt.Println("copy with a dateline:", shared(&a, &b) > 0)
	fmt.Println("another story:", shared(&a, &c))
	// Output:
	// true
	// copy with a dateline: true
	// another story: 0
}

// Signing is the costly part of indexing and Sign is safe for concurrent
// use: sign in parallel, then add in order with AddSignature (an Index is
// not safe for concurrent use).
func ExampleIndex_AddSignature() {
	docs := []struct{ id, text string }{
		{"wire", "The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year."},
		{"council", "The city council approved a new budget for road repairs on Monday after a long debate about potholes and bus lanes."},
		{"reprint", "LONDON (Reuters) - The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year."},
	}
	sigs := make([]newstext.Signature, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Go(func() { sigs[i] = newstext.Sign(d.text) })
	}
	wg.Wait()
	ix := newstext.NewIndex(newstext.DefaultThreshold)
	for i, d := range docs {
		ix.AddSignature(d.id, sigs[i])
	}
	fmt.Println(ix.Len(), ix.Clusters())
	// Output:
	// 3 [[wire reprint]]
}

// Body is the running text alone, without headline, captions or removed
// lines: what a corpus or a search index wants.
func ExampleArticle_Body() {
	dump := "Heavy Rains Flood Southern Brazil\n\nRescuers use a boat in Porto Alegre. (Reuters)\nShare\n\nThousands of people were forced from their homes in southern Brazil on Sunday after days of heavy rain.\nRescue teams used boats to reach families stranded on rooftops.\n"
	p := newstext.Parser{Single: true, NoEntities: true, NoQuotes: true}
	a := p.Parse(dump)[0]
	fmt.Printf("%s (%d caption, %d removed)\n", a.Title, len(a.Captions), len(a.Removed))
	fmt.Println("--")
	fmt.Println(a.Body())
	// Output:
	// Heavy Rains Flood Southern Brazil (1 caption, 1 removed)
	// --
	// Thousands of people were forced from their homes in southern Brazil on Sunday after days of heavy rain.
	//
	// Rescue teams used boats to reach families stranded on rooftops.
}

// Display gives the name to print for any spelling: the alias table's,
// or the name without its titles and possessive.
func ExampleResolver_Display() {
	r := newstext.DefaultResolver()
	for _, name := range []string{"Mr. Zelenskyy's", "Kiev", "Dr. Silvia S. Martins"} {
		fmt.Println(r.Display(name))
	}
	// Output:
	// Volodymyr Zelensky
	// Kyiv
	// Silvia S. Martins
}

// NearSignature looks a story up by a signature made elsewhere (on
// another machine, or earlier and stored), without its text.
func ExampleIndex_NearSignature() {
	ix := newstext.NewIndex(newstext.DefaultThreshold)
	ix.Add("wire", "The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year.")
	ix.Add("council", "The city council approved a new budget for road repairs on Monday after a long debate about potholes and bus lanes.")
	sig := newstext.Sign("LONDON (Reuters) - The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year.")
	for _, m := range ix.NearSignature(&sig) {
		fmt.Printf("%s %.2f\n", m.ID, m.Similarity)
	}
	// Output:
	// wire 0.94
}

// SignArticle signs a parsed story, headline and paragraphs, so that a
// reprint with other chrome around it is still the same story.
func ExampleSignArticle() {
	wire := newstext.Parse("Rates Held Steady\n\nThe central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year.\n")[0]
	reprint := newstext.Parse("Rates Held Steady\nShare\nTweet\n\nThe central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year.\n\nRead more: our markets page\n")[0]
	a, b := newstext.SignArticle(&wire), newstext.SignArticle(&reprint)
	fmt.Printf("%.2f\n", a.Similarity(&b))
	// Output:
	// 1.00
}
