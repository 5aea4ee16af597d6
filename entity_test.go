package newstext

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// unseenNames are people in neither the alias table nor the names dev set,
// each with spellings the press prints, so that the skeleton rules, not
// the table, must group them. The comment after each says what varies.
var unseenNames = [][]string{
	{"Oleksiy Reznikov", "Oleksii Reznikov", "Alexei Reznikov", "Aleksey Reznikov"},    // Ukrainian/Russian given name
	{"Mykhailo Fedorov", "Mikhail Fyodorov", "Mykhaylo Fedorov", "Mykhailo Fedorov's"}, // given name, yo/e
	{"Iryna Vereshchuk", "Irina Vereshchuk", "Deputy Prime Minister Iryna Vereshchuk"}, // given name, title
	{"Andriy Sadovyi", "Andrii Sadovyi", "Andriy Sadovy", "Andrey Sadovyy"},            // -yi/-y/-yy endings
	{"Nikolai Patrushev", "Nikolay Patrushev", "Nikolai P. Patrushev"},                 // -ai/-ay, middle initial
	{"Valentina Matviyenko", "Valentina Matvienko", "Valentina Matviyenko's"},          // ye/e
	{"Fayez al-Sarraj", "Fayez Serraj", "Fayiz al-Sarraj", "Fayez el-Sarraj"},          // article, vowels
	{"Abu Bakr al-Baghdadi", "Abu Bakr Baghdadi", "Abu Bakr el-Baghdadi"},              // article
	{"Ayman al-Zawahiri", "Ayman al Zawahiri", "Ayman Zawahiri"},                       // article, spacing
	{"Wang Huning", "Wang Hu-ning", "WANG HUNING"},                                     // hyphenated syllables, capitals
	{"Moon Jae-in", "Moon Jae In", "Moon Jae-In"},                                      // Korean given name
	{"Abdulaziz Kamilov", "Abdulaziz Kamilov's", "Foreign Minister Abdulaziz Kamilov"}, // possessive, office
	{"Odile Marchand", "PM Odile Marchand", "Odile Marchand's"},                        // "PM" is a title
}

// TestCanonicalGeneralises checks that names the alias table does not know
// group by the skeleton alone.
func TestCanonicalGeneralises(t *testing.T) {
	grouped := 0
	for _, group := range unseenNames {
		key := Canonical(group[0])
		if !strings.HasPrefix(key, "~") {
			t.Errorf("%q resolves through the table (%q); the test wants unseen names", group[0], key)
		}
		whole := true
		for _, v := range group[1:] {
			if k := Canonical(v); k != key {
				t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q: want one key", v, k, group[0], key)
				whole = false
			}
		}
		if whole {
			grouped++
		}
	}
	t.Logf("%d of %d unseen names grouped whole", grouped, len(unseenNames))
}

// TestCanonicalKeepsApart checks pairs a loose matcher merges.
func TestCanonicalKeepsApart(t *testing.T) {
	for _, pair := range [][2]string{
		{"Volodymyr Zelensky", "Olena Zelenska"}, {"Sergei Lavrov", "Maria Lavrova"}, {"Vladimir Putin", "Vladimir Potanin"},
		{"Dmitry Medvedev", "Daniil Medvedev"}, {"Assad", "Maher al-Assad"}, {"Kim Jong Un", "Kim Jong Il"},
		{"Li Qiang", "Li Keqiang"}, {"George Bush", "George W. Bush"}, {"Donald Trump", "Donald Trump Jr."},
		{"Kyiv", "Kiel"}, {"Luhansk", "Lutsk"}, {"Donbas", "Dombås"}, {"Hezbollah", "Hizb ut-Tahrir"},
		{"Mohammed bin Salman", "King Salman"}, {"Oleksiy Reznikov", "Oleksiy Danilov"}, {"Wang Yi", "Wang Huning"}, {"George Bush", "George H. W. Bush"},
		// A word the open data list as another kind is no spelling of a
		// table name that shares its skeleton: a country is no surname, a
		// given name no city.
		{"Ghana", "Haniyeh"}, {"Guinea", "Haniyeh"}, {"Mali", "Milei"}, {"Cara", "Cairo"}, {"Rose", "Russia"}, {"Sarah", "Syria"},
		// A given name that the gazetteer lists as a town too ("George",
		// South Africa) is no spelling of the table's place either.
		{"George", "Georgia"}, {"George's", "Georgia"}, {"Kara", "South Korea"},
		// A woman's title before a surname names no man of the table:
		// "Mrs. Trump" is his wife.
		{"Donald Trump", "Mrs. Trump"}, {"Donald Trump", "First Lady Trump"},
	} {
		if a, b := Canonical(pair[0]), Canonical(pair[1]); a == b {
			t.Errorf("Canonical(%q) = Canonical(%q) = %q: want them apart", pair[0], pair[1], a)
		}
	}
	// A woman's title before a woman of the table keeps her.
	if a, b := Canonical("Ms. Zakharova"), Canonical("Maria Zakharova"); a != b {
		t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q: want one key", "Ms. Zakharova", a, "Maria Zakharova", b)
	}
}

// TestCanonicalSeeds checks the seeds' names: every form of one person,
// place or organisation is one key.
func TestCanonicalSeeds(t *testing.T) {
	for _, group := range [][]string{
		{"Volodymyr Zelensky", "Zelensky", "Zelenskyy", "President Volodymyr Zelenskyy", "Mr Zelensky", "Zelensky's", "Ukrainian President Volodymyr Zelensky"},
		{"Kyiv", "Kiev", "Kyiv's", "KYIV"},
		{"Vladimir Putin", "Putin", "Mr Putin", "Russia's President Vladimir Putin", "(Russian President Vladimir) Putin"},
		{"Sir Keir Starmer", "Keir Starmer", "Starmer", "British Prime Minister Keir Starmer", "Prime Minister Keir Starmer's"},
		{"Donbas", "Donbass", "the Donbass"},
		{"Normandy format", "Norman format"},
		{"Dmitry Peskov", "Kremlin spokesman Dmitry Peskov"},
		{"Sergei Lavrov", "Sergey Lavrov"},
	} {
		key := Canonical(group[0])
		for _, v := range group[1:] {
			if k := Canonical(v); k != key {
				t.Errorf("Canonical(%q) = %q, want %q (the key of %q)", v, k, key, group[0])
			}
		}
	}
}

// TestEntitiesSeeds checks the seeds' people and places across all five
// files: each person's forms are one key, and no key names two people.
func TestEntitiesSeeds(t *testing.T) {
	forms := map[string]map[string]bool{} // key -> mention texts
	for _, name := range []string{"seed-000", "seed-001", "seed-002", "seed-003", "seed-004"} {
		data, err := os.ReadFile("testdata/article/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range Entities(string(data)) {
			if forms[e.Key] == nil {
				forms[e.Key] = map[string]bool{}
			}
			for _, m := range e.Mentions {
				if string(data)[m.Span.Start:m.Span.End] != m.Text {
					t.Errorf("%s: mention %q has span %v holding %q", name, m.Text, m.Span, string(data)[m.Span.Start:m.Span.End])
				}
				forms[e.Key][m.Text] = true
			}
		}
	}
	for key, want := range map[string][]string{
		"Volodymyr Zelensky": {"Volodymyr Zelensky", "Zelensky", "Mr Zelensky", "Volodymyr Zelenskyy"},
		"Kyiv":               {"Kyiv", "Kiev"},
		"Vladimir Putin":     {"Vladimir Putin", "Putin", "Mr Putin"},
		"Keir Starmer":       {"Keir Starmer", "Starmer", "Sir Keir Starmer"},
		"Donbas":             {"Donbass"},
		"Normandy format":    {"Norman format", "Normandy format"},
	} {
		for _, f := range want {
			if !forms[key][f] {
				t.Errorf("key %q lacks the form %q; has %v", key, f, forms[key])
			}
		}
	}
	// No key holds two different people: every two-word form of a key
	// shares its surname.
	for key, fs := range forms {
		for f := range fs {
			if k := Canonical(f); strings.HasPrefix(k, "~") && k != key && len(strings.Fields(f)) > 1 && !strings.HasPrefix(key, "~") {
				t.Errorf("key %q holds %q, whose own key is %q", key, f, k)
			}
		}
	}
}

// FuzzEntities checks what Entities and Canonical promise for any input
// (checkEntitiesCanonical): no panic; every mention's span not empty, in
// bounds, on rune boundaries and holding the mention's text; an entity's
// mentions in input order, entities in order of first mention, no two
// mentions overlapping; Canonical of every name not empty, and stable.
//
//	go test -run '^$' -fuzz='^FuzzEntities$' -fuzztime=60s -fuzzminimizetime=10s .
func FuzzEntities(f *testing.F) {
	check := func(s string) string { return checkEntitiesCanonical(s, Entities(s)) }
	addTextSeeds(f, check, "Zelensky met Putin in Kiev.", "PUTIN PRESSES BUSINESS", "al-Assad's", "Mr. Zelensky's",
		strings.Repeat("Zelensky ", 100), "\xff\xfe Kim Jong-un", "von der von der", "Sir", "A B C D E F G H I J K")
	f.Fuzz(func(t *testing.T, text string) {
		if msg := catchPanic(func() string { return check(text) }); msg != "" {
			t.Fatalf("Entities(%q): %s", text, msg)
		}
		if a, b := Canonical(text), Canonical(text); a != b {
			t.Fatalf("Canonical(%q) not stable: %q, %q", text, a, b)
		}
		// The scratch Entities reuses and the names it caches carry
		// nothing from one text to the next: the same text gives the
		// same entities after another text, and after a reversed one.
		first := Entities(text)
		Entities("Dr. Ann Lee met Kyiv officials. The Ministry of Health said so.")
		Entities(reverseRunes(text))
		if diff := cmp.Diff(first, Entities(text)); diff != "" {
			t.Fatalf("Entities(%q) changed after other texts (-first +again):\n%s", text, diff)
		}
	})
}

// FuzzKeyAll checks what KeyAll promises for any batch (the input's
// lines): no panic, one key a name, the same keys for the same batch
// (whatever the order maps are walked in), and, rules alone, every name
// keyed as Key keys it or as another name of the batch.
//
//	go test -run '^$' -fuzz='^FuzzKeyAll$' -fuzztime=60s .
func FuzzKeyAll(f *testing.F) {
	for _, s := range []string{"Evo Morales\nJuan Evo Morales Ayma\nMorales", "Pedro Sánchez\nPedro Sánchez Pérez-Castejón",
		"Tsai Ing-wen\nTsai\nLai Ching te", "Donbas region\nDonbas\nZhytomyr Oblast", "Ana Garcia Lopez\nAna Garcia\nAna Garcia Lopez-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, batch string) {
		names := strings.Split(batch, "\n")
		var bare Resolver
		var keys []string
		if msg := catchPanic(func() string { keys = bare.KeyAll(names); return "" }); msg != "" {
			t.Fatalf("KeyAll(%q): %s", names, msg)
		}
		if len(keys) != len(names) {
			t.Fatalf("KeyAll(%q): %d keys for %d names", names, len(keys), len(names))
		}
		if again := bare.KeyAll(names); !slices.Equal(keys, again) {
			t.Fatalf("KeyAll(%q) not stable: %q, then %q", names, keys, again)
		}
		alone := map[string]bool{}
		for _, n := range names {
			alone[bare.Key(n)] = true
		}
		for i, k := range keys {
			if !alone[k] {
				t.Fatalf("KeyAll(%q): %q keyed %q, which no name of the batch has alone", names, names[i], k)
			}
		}
	})
}

// reverseRunes returns s with its runes in reverse order.
func reverseRunes(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// mentionsByKey returns the texts of the mentions of each entity
// Entities finds in text, by the entity's key, in text order.
func mentionsByKey(text string) map[string][]string {
	got := map[string][]string{}
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			got[e.Key] = append(got[e.Key], m.Text)
		}
	}
	return got
}

// TestEntitiesDescriptions checks that "the president" joins the one
// person the text gave that office, and that an office two people hold
// joins neither.
func TestEntitiesDescriptions(t *testing.T) {
	text := "President Vladimir Putin met Prime Minister Keir Starmer and Foreign Minister Sergei Lavrov. " +
		"The talks were brief, the president said, and the prime minister agreed; the minister said nothing."
	got := mentionsByKey(text)
	want := map[string][]string{
		"Vladimir Putin": {"Vladimir Putin", "the president"},
		"Keir Starmer":   {"Keir Starmer", "the prime minister"},
		"Sergei Lavrov":  {"Sergei Lavrov"},
	}
	for key, w := range want {
		if !slices.Equal(got[key], w) {
			t.Errorf("%s: mentions %q, want %q", key, got[key], w)
		}
	}
}

// TestEntitiesCapitalisedDescriptions checks that a capitalised office
// after "the" ("the Secretary", "the Vice President's") joins the one
// person the text gave that office, as the lower-case one does, and that
// an office before another name opens that name instead.
func TestEntitiesCapitalisedDescriptions(t *testing.T) {
	text := "Secretary Miguel Cardona spoke first and Vice President Gerald Ford came later. " +
		"Congress authorized the Secretary to waive the rules, and the Vice President's aides agreed. " +
		"Then the Secretary General Antonio Guterres arrived."
	got := mentionsByKey(text)
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Miguel Cardona", []string{"Miguel Cardona", "the Secretary"}},
		{"Gerald Ford", []string{"Gerald Ford", "the Vice President's"}},
	} {
		var mentions []string
		for key, ms := range got {
			if slices.Contains(ms, tc.name) {
				mentions = got[key]
			}
		}
		if !slices.Equal(mentions, tc.want) {
			t.Errorf("%s: mentions %q, want %q", tc.name, mentions, tc.want)
		}
	}
}

// TestCapitalisedOfficeAlone checks that a capitalised office standing
// for its holder is a person's mention even where the text names no
// holder before it ("the Secretary signed", "our new President", "Madam
// Chair"), joins the person named in apposition after it, keeps its words
// whole in its key ("Vice President" is not "President"), and that a
// title word that is no public office ("the Executive branch", "the
// Editor") or an office before a name is none.
func TestCapitalisedOfficeAlone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string][]string // key: mentions
	}{
		{"Congress authorized the Secretary to waive the rules, and the Secretary signed.",
			map[string][]string{"~canhras": {"Congress"}, "secretary": {"Secretary", "Secretary"}}},
		{"Thank you, Madam Secretary. Our new President and the Vice President will speak.",
			map[string][]string{"secretary": {"Secretary"}, "president": {"President"}, "vice president": {"Vice President"}}},
		{"The Turkish President, Recep Tayyip Erdogan, flew in.",
			map[string][]string{"Recep Tayyip Erdogan": {"Turkish President", "Recep Tayyip Erdogan"}}},
		{"President Joe Biden spoke.", map[string][]string{"Joe Biden": {"Joe Biden"}}},
		// A list after the comma is no apposition.
		{"They met: the President, Joe Biden and Kamala Harris.",
			map[string][]string{"president": {"President"}, "Joe Biden": {"Joe Biden"}, "Kamala Harris": {"Kamala Harris"}}},
		{"Congress, the Editor wrote, answers to no one.", map[string][]string{"~canhras": {"Congress"}}},
	} {
		if diff := cmp.Diff(tc.want, mentionsByKey(tc.text)); diff != "" {
			t.Errorf("Entities(%q) mentions by key (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestSentenceWordBeforeGivenName checks that a sentence's first word
// the text also writes in lower case is no part of a name that opens with
// a given name after it ("Thanks Judy", "Added Todd Schneider"), as it is
// none of a name the tables know.
func TestSentenceWordBeforeGivenName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Well thanks for this. Oh. Thanks Judy. That is great.", "Judy"},
		{"Power came back at noon, she added. Added Todd Schneider, a spokesman: it was fast.", "Todd Schneider"},
		// A word the dictionary knows as no name, never capitalised
		// inside a sentence of the text, is the sentence's too.
		{"The lights were off. Hi Tim, the power is out.", "Tim"},
		{"Nothing was left. Billionaire Donald Trump lost.", "Donald Trump"},
		// A participle of the dictionary opens a clause before any name;
		// a noun in "-ing" may open one ("Morning Consult").
		{"Some lamps are cheap. Using CFLs will save power. Hosting Cook was fun.", "Cook"},
		{"Pollsters differ. Morning Consult found a tie.", "Morning Consult"},
		// A web address is a name whole, whatever opens the sentence.
		{"Hotels are dear. Visit EasyToBook.com to find the cheapest.", "EasyToBook.com"},
		// Not before a surname alone that the text gives no given name:
		// the word may be a given name the list lacks.
		{"Mitt Romney spoke first, and the crowd cheered when he stopped.", "Mitt Romney"},
	} {
		got := allMentions(tc.text)
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("Entities(%q): mentions %q, want [%q]", tc.text, got, tc.want)
		}
	}
}

// TestHonorificBeforeOffice checks that an honorific before an office
// and nothing else ("Mr. President", "Mr. Chief Justice", "Mr. King") is
// a person's mention, where the office alone is none.
func TestHonorificBeforeOffice(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Mr. Chief Justice, and may it please the court: the case is simple.", "Mr. Chief Justice"},
		{"Thank you, Mr. President, for the question.", "Mr. President"},
		{"And Mr. King held off until the vote.", "Mr. King"},
	} {
		var got []string
		var kinds []Kind
		for _, e := range Entities(tc.text) {
			for _, m := range e.Mentions {
				got = append(got, m.Text)
				kinds = append(kinds, e.Kind)
			}
		}
		if !slices.Equal(got, []string{tc.want}) || kinds[0] != Person {
			t.Errorf("Entities(%q): mentions %q (%v), want [%q] a person", tc.text, got, kinds, tc.want)
		}
	}
}

// TestKindsFromGazetteers: a single unknown word is a person when it is a
// common given name, a place when the gazetteer knows it as one (even if
// it is a given name too), and a place-name does not become a bare
// surname of a name that is no one's for sure.
func TestKindsFromGazetteers(t *testing.T) {
	kinds := func(text string) map[string]Kind {
		out := map[string]Kind{}
		for _, e := range Entities(text) {
			for _, m := range e.Mentions {
				out[m.Text] = e.Kind
			}
		}
		return out
	}
	for _, tc := range []struct {
		text, name string
		want       Kind
	}{
		{"So Betty had made dinner while listening to the radio.", "Betty", Person},
		{"Then Steven passed an expert eye over them.", "Steven", Person},
		{"Prices rose in Malaysia last year.", "Malaysia", Place},
		{"Her buddies were in San Diego and Houston.", "Houston", Place},
		{"The grant went to Smart Taiwan, a programme. Air quality in Taiwan is poor.", "Taiwan", Place},
		// Events, laws and documents, holidays: the fourth kind, unless a
		// given name opens the name.
		{"Veterans of the Korean War met in Seoul.", "Korean War", Other},
		{"Lawmakers voted to repeal the Affordable Care Act on Tuesday.", "Affordable Care Act", Other},
		{"Both sides signed the Minsk Protocol in 2014.", "Minsk Protocol", Other},
		{"Turnout on Election Day was high.", "Election Day", Other},
		{"Shops stayed open until Christmas, officials said.", "Christmas", Other},
		{"The singer Doris Day died in California.", "Doris Day", Person},
		// A model of a product: its last word mixes letters and digits.
		{"France ordered more Rafale S5 jets this year.", "Rafale S5", Other},
		// A place's name ends in a kind of place (GeoNames' feature
		// names), unless a given name opens it.
		{"The fans filled Heinz Field on Sunday.", "Heinz Field", Place},
		{"The collection hangs in Auckland Castle now.", "Auckland Castle", Place},
		{"The director Benny Hill spoke first.", "Benny Hill", Person},
		// An author cited as scholarship cites is a person.
		{"Earlier work (Heidenreich, 2011; Carrano et al., 2005) found the same.", "Heidenreich", Person},
		{"As Biewener (2003) showed, the limb posture matters.", "Biewener", Person},
		// So are the authors listed before a cited one; outside a
		// citation a list says nothing of kind.
		{"The map, adapted from Palmeri and Gazio (1995), shows it.", "Palmeri", Person},
		{"Testing differs (Hein, Reich, Marks, Thuma, & Grigorenko, 2016).", "Reich", Person},
		// A name that opens a sentence the next one goes on with "She"
		// or "He" is a person's.
		{"We met Toph at the store. Toph looks at the lights. She wants a cookie.", "Toph", Person},
		{"We met Toph at the store. Toph looks at the lights. It is late.", "Toph", Other}, // no sign of any kind (defaultPlaces)
		// A place of several words the gazetteer knows is whole, even
		// when its first word is a common word or a title; before a
		// title it is a mention of its own, before other words part of
		// a longer name.
		{"Voters in New Hampshire went to the polls.", "New Hampshire", Place},
		{"He won North Carolina on Tuesday.", "North Carolina", Place},
		{"She moved to North Carolina", "North Carolina", Place}, // the last words of the text
		{"New Jersey Gov. Chris Christie said no.", "Gov. Chris Christie", Person},
		{"New Jersey Gov. Chris Christie said no.", "New Jersey", Place},
		{"Fires burned in Los Angeles County overnight.", "Los Angeles County", Place},
		// A convention is a body.
		{"Delegates went to the Republican National Convention.", "Republican National Convention", Org},
		// A name after an office is a person's.
		{"So Secretary Cardona again invoked the act.", "Cardona", Person},
		// So is a surname alone after a peer's or a cleric's style, but
		// not a place the gazetteer knows, nor a place of several words.
		{"Reading from a quote from Lord Diplock and others.", "Diplock", Person},
		{"The sermon Rabbi Sacks gave was printed.", "Sacks", Person},
		{"The Bishop Auckland club lost.", "Auckland", Place},
		// "Rev." is an honorific, as "Mr." is: it stands in the span,
		// and the word after it is a name even when it is a word of the
		// dictionary ("wright").
		{"Then Rev. Wright spoke.", "Rev. Wright", Person},
		// Surnames of two people of the text joined by a hyphen pair
		// them (a race, a ticket, a bill): each is its person's mention,
		// no "Trump-Clinton" person or place (TestHyphenPairs).
		{"Claire Bailey-Ross met John Ross. Bailey-Ross spoke first.", "Claire Bailey-Ross", Person},
		// In capitals the gazetteers still speak: a place they know, a
		// common given name and a word that is no common word.
		{"MAIDEN SPEECH BY SENATOR JOHN OSSOFF IN LOS ANGELES", "JOHN OSSOFF", Person},
		{"MAIDEN SPEECH BY SENATOR JOHN OSSOFF IN LOS ANGELES", "LOS ANGELES", Place},
		// Not a given name that is a function word too before a common
		// word; a common word after another given name is a surname.
		{"TARIFFS ON CHINA WILL STAY, RATES MAY RISE", "WILL STAY", ""},
		{"TARIFFS ON CHINA WILL STAY, RATES MAY RISE", "MAY RISE", ""},
		{"TOM HANKS TO STAR IN NEW FILM", "TOM HANKS", Person},
		// A longer name after "in", "near" or "at" is a place, unless a
		// given name opens it.
		{"The band played in Eau Gallie last night.", "Eau Gallie", Place},
		{"The band played for Steven Tyler last night.", "Steven Tyler", Person},
		// A name written as a company's is an organisation.
		{"Analysts said Subaru's shareholders would vote in May.", "Subaru's", Org},
		{"Shares of Lexmark rose sharply.", "Lexmark", Org},
		// Companies, newspapers and web services of the firms gazetteer
		// are organisations; the commonest surnames are not in it.
		{"Shoppers lined up outside Starbucks on Friday.", "Starbucks", Org},
		{"Later, Toyota raised its forecast.", "Toyota", Org},
		{"Trump assailed Williams as a critic.", "Williams", Other},
		// The people of a nation are people.
		{"Most Americans stayed home; Thais went out.", "Americans", Person},
		{"Thousands of Muslims and Sikhs marched together.", "Muslims", Person},
		{"Support among Hispanics and Latinos grew.", "Hispanics", Person},
		// A function word that opens a sentence is no part of a name.
		{"Although Mrs. Clinton won, she lost.", "Mrs. Clinton", Person},
		{"Scholars of Islam met in Cairo.", "Islam", Other},
		{"Christians and Jews prayed together.", "Jews", Person},
		{"Veterans of World War II met in Paris.", "World War II", Other},
		{"Voters included many Mexican-Americans on Tuesday.", "Mexican-Americans", Person},
		// A political adjective before "Republic" or a party's plural
		// is part of the name.
		{"He flew to the Democratic Republic of Congo in May.", "Democratic Republic of Congo", Place},
		{"The FBI's agents left.", "FBI's", Org},
		{"Senate Republicans met on Monday; Democrats stayed away.", "Democrats", Person},
		// The proper name of a food, a drug, an illness or an artefact
		// is a thing's, where the guess of last resort was a place or a
		// person ("Velveeta", "Prozac", "Walkman").
		{"She melted some Velveeta on the toast.", "Velveeta", Other},
		{"He had been taking Prozac for a year.", "Prozac", Other},
		{"They listened to a Walkman on the bus.", "Walkman", Other},
		// A thing's full name later in the text makes the entity a
		// thing, where its first mention was a place only by default.
		{"The Web grew fast. The World Wide Web changed how we read.", "Web", Other},
		// A firm or a place of the gazetteers decides before it.
		{"Shares of Pepsi rose on Monday.", "Pepsi", Org},
		// A compass word alone after "the" names a region, "North" and
		// "South" too, though they may open a title ("North Korean
		// leader").
		{"Food shortages in the South lowered morale.", "South", Place},
		{"The massacre outraged the North, and the Union refused.", "North", Place},
		// A title word that also opens places' names ("South", "St.",
		// "Prince") is the place's before a name a kind of place ends.
		{"Ships sailed the South China Sea on Monday.", "South China Sea", Place},
		{"They reached Prince Edward Island by ferry.", "Prince Edward Island", Place},
		{"They crossed the St. Lawrence River at dawn.", "St. Lawrence River", Place},
		// Two words too: a royal's title before a kind of place.
		{"The shop on King Street closed in May.", "King Street", Place},
		{"Voters in King County and Queen Creek went to the polls.", "King County", Place},
		// With a word of commonCapitals inside, too.
		{"He landed at Queen Alia International Airport on Monday.", "Queen Alia International Airport", Place},
		// A name after "degrees" is a unit, whatever list holds it.
		{"It was 40 degrees Celsius in Delhi on Monday.", "Celsius", Other},
		{"It was 104 degrees Fahrenheit on Monday.", "Fahrenheit", Other},
		// "Air" and a name that is no common word: an airline.
		{"Fares rose, Air Serbia said on Monday.", "Air Serbia", Org},
		{"They flew with Air Tahiti Nui to Papeete.", "Air Tahiti Nui", Org},
		{"They toured the Pima Air Museum in Tucson.", "Pima Air Museum", Place},
		// "himself" or "herself" follows only a person's name.
		{"The plan that Vandermeer himself presented won.", "Vandermeer", Person},
		// A name joined by "and" or "or" to a person's one-word name,
		// a person's by its own words, is most likely a person's too.
		{"The voters liked Ted Cruz. Mr. Cruz and Kasich led in Ohio.", "Kasich", Person},
		{"Later Mr. Ortlieb and Vandermeer spoke at length.", "Vandermeer", Person},
		{"Neither Mrs. Brenda Ortlieb or Vandermeer spoke.", "Vandermeer", Other},
		{"They sailed off the coasts of Kent and Wexbury.", "Wexbury", Other},
		// Not where a comma joins clauses, after "of" or "at", or beside
		// a possessive, which heads a longer phrase.
		{"They loved Wexbury, and Mrs. Holt moved there later.", "Wexbury", Other},
		{"Donors included Mr. Altman of Wexcore and Mr. Rubin.", "Wexcore", Other},
		{"After Brexit and Trump's threats, leaders met.", "Brexit", Other},
	} {
		if got := kinds(tc.text)[tc.name]; got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
	// Outside a citation a list may join a person to anything.
	if text := "The inquiry into Joe Biden and Burisma went on."; kinds(text)["Burisma"] == Person {
		t.Errorf("%q: Burisma is a person", text)
	}
}

// TestCommonWordsAreNoNames: a capitalised word the same text writes in
// lower case is a common word ("Yeah" beside "yeah"), unless the text uses
// it as a surname ("Chris Early" … "Early") or the lower-case form is part
// of an address ("twitter.com"); a nationality alone is no name, nor an
// acronym the text spells out in lower case.
func TestCommonWordsAreNoNames(t *testing.T) {
	names := func(text string) map[string]bool {
		out := map[string]bool{}
		for _, e := range Entities(text) {
			for _, m := range e.Mentions {
				out[m.Text] = true
			}
		}
		return out
	}
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"\u201cYeah, right,\u201d she said. Yeah was all he said. I said yeah to that.", "Yeah", false},
		{"Chris Early runs the studio. \u201cWe are early,\u201d said Early.", "Early", true},
		{"Follow us at twitter.com/news. He said Twitter would act.", "Twitter", true},
		{"The Armenian church is old. He met Cuban officials.", "Armenian", false},
		{"A Hindu temple stood beside the Jewish school.", "Hindu", false},
		{"The Republican nominee spoke to Democratic voters.", "Republican", false},
		{"Many African-American voters and Hispanic families stayed home.", "African-American", false},
		// So is a compound that ends in a nationality and opens with a
		// faith or a combining form.
		{"Many Muslim-American voters stayed home.", "Muslim-American", false},
		{"The Franco-American alliance held.", "Franco-American", false},
		// Quoted speech opens a sentence of its own.
		{`An official said Wednesday, "Certainly the talks will go on."`, "Certainly", false},
		// An acronym the text spells out in lower case is a term; one
		// spelled out in capitals may be a name.
		{"Output fell 2% of gross domestic product (GDP) last year. GDP may recover.", "GDP", false},
		{"Old compact fluorescent lamps (CFLs) leak mercury. CFLs are cheap.", "CFLs", false},
		{"They found the centre of mass (CoM) moved. The CoM is low.", "CoM", false},
		// Each part of a word joined by hyphens gives the acronym a letter.
		{"The organic light-emitting diode (OLED) screen dims. OLED panels cost more.", "OLED", false},
		{"He signed a non-disclosure agreement (NDA) first. The NDA held.", "NDA", false},
		{"The Special Air Service (SAS) raided the house. SAS men left.", "SAS", true},
		// An acronym a text counts names a kind of thing, in the plural
		// and in the singular.
		{"Sales of SUVs rose. The new SUV is large.", "SUV", false},
		{"Most LLMs are large. LLMs need data.", "LLMs", false},
		// A title in title case between quotation marks reads as a
		// headline does: only names the table or the gazetteer knows.
		{"They wrote the book \u201c2024: How Trump Retook the White House and the Democrats Lost America,\u201d out this week.", "Trump Retook", false},
		{"They wrote the book \u201c2024: How Trump Retook the White House and the Democrats Lost America,\u201d out this week.", "Democrats Lost America", false},
		{"Officials at NATO met in Brussels.", "NATO", true},
		// A sentence's first word that the dictionary knows as no name
		// (SCOWL, commonwords.txt) and the text never capitalises inside
		// a sentence is a common word; not one the text capitalises
		// inside a sentence.
		{"Worst of all, the roof leaked.", "Worst", false},
		{"Authorities said the roof leaked.", "Authorities", false},
		{"Sterling fell again. Traders said Sterling would recover.", "Sterling", true},
	} {
		if got := names(tc.text)[tc.name]; got != tc.want {
			t.Errorf("%q: %q named: %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestLabelWithNumber: a capitalised word with a number after it is a
// label ("Figure 3"), not a name.
func TestLabelWithNumber(t *testing.T) {
	for _, e := range Entities("As Figure 3 shows, the results held. Table 2 lists them.") {
		t.Errorf("entity %q (%s), want none", e.Name, e.Kind)
	}
}

// TestAcronyms: an acronym the text defines joins its long form.
func TestAcronyms(t *testing.T) {
	byMention := func(text string) map[string]string {
		out := map[string]string{}
		for _, e := range Entities(text) {
			for _, m := range e.Mentions {
				out[m.Text] = e.Key
			}
		}
		return out
	}
	keys := byMention("The Special Air Service (SAS) raided the camp at dawn. Later the SAS withdrew.")
	if keys["Special Air Service"] == "" || keys["SAS"] != keys["Special Air Service"] {
		t.Errorf("mentions %v: want \"SAS\" in the entity of \"Special Air Service\"", keys)
	}
	if isAcronymOf("UNHCR", "UN Refugee Agency") || !isAcronymOf("ECB", "European Central Bank") {
		t.Error("isAcronymOf: want initials only")
	}
}

// TestKeyAll: in a batch, a bare surname takes the key of the one person
// named in full with it, with no table too; two people with the surname
// leave it alone, and a feminine form is another surname.
func TestKeyAll(t *testing.T) {
	var bare Resolver // no alias table: the rules alone
	names := []string{"Oleksandr Syrskyi", "Syrskyi", "Gen. Syrsky's", "Bashar al-Assad", "Maher al-Assad", "Assad", "Olena Zelenska", "Zelensky"}
	keys := bare.KeyAll(names)
	got := map[string]string{}
	for i, n := range names {
		got[n] = keys[i]
		if single := bare.Key(n); strings.Contains(n, " ") && !strings.HasPrefix(n, "Gen.") && single != keys[i] {
			t.Errorf("%q: KeyAll %q, Key %q; a full name keeps its own key", n, keys[i], single)
		}
	}
	if got["Syrskyi"] != got["Oleksandr Syrskyi"] || got["Gen. Syrsky's"] != got["Oleksandr Syrskyi"] {
		t.Errorf("Syrskyi: %v; want the bare surname and the title form with the full name", got)
	}
	if got["Assad"] == got["Bashar al-Assad"] || got["Assad"] == got["Maher al-Assad"] {
		t.Errorf("Assad: %v; two people share the surname, want it apart", got)
	}
	if got["Zelensky"] == got["Olena Zelenska"] {
		t.Errorf("Zelensky joined Olena Zelenska: %v", got)
	}
	// Two people of one surname: the bare surname joins the one the
	// batch writes in full at least twice as often as the others
	// together, else neither.
	for _, c := range []struct {
		name  string
		names []string
		want  int // the index of the full name the last, bare, name joins; -1: none
	}{
		{"three to one", []string{"Jacinda Ardern", "Jacinda Kate Ardern", "Jacinda Ardern's", "Ross Ardern", "Ardern"}, 0},
		{"two to one", []string{"Olaf Scholz", "Chancellor Olaf Scholz", "Britta Ernst Scholz", "Scholz"}, 0},
		{"one to one", []string{"Jacinda Ardern", "Ross Ardern", "Ardern"}, -1},
		{"three to two", []string{"Olaf Scholz", "Olaf Scholz's", "Mr Olaf Scholz", "Britta Scholz", "Britta Scholz's", "Scholz"}, -1},
		// A woman's title is no man's, whose given name the list calls a
		// boy's: his wife; a man's title or none joins him.
		{"her title", []string{"Robert Hanson", "Mrs. Hanson"}, -1},
		{"his title", []string{"Robert Hanson", "Mr. Hanson"}, 0},
		{"her title, her name", []string{"Susan Hanson", "Mrs. Hanson"}, 0},
		{"her title, his name", []string{"Mrs. Robert Hanson", "Mrs. Hanson"}, 0},
	} {
		keys := bare.KeyAll(c.names)
		last := keys[len(keys)-1]
		for i, k := range keys[:len(keys)-1] {
			if joined := k == last; joined != (i == c.want || c.want >= 0 && keys[c.want] == k) {
				t.Errorf("%s: keys %q; want %q joined to %v", c.name, keys, c.names[len(keys)-1], c.want)
				break
			}
		}
	}
	// Middle names: the fuller name joins the shorter one, and the bare
	// surname joins both; with two shorter names that fit, neither.
	keys = bare.KeyAll([]string{"William Samoei Ruto", "William Ruto", "Ruto", "Matamela Cyril Ramaphosa", "Cyril Ramaphosa"})
	if keys[0] != keys[1] || keys[2] != keys[1] || keys[3] != keys[4] {
		t.Errorf("middle names: keys %q; want Ruto's three as one and Ramaphosa's two as one", keys)
	}
	keys = bare.KeyAll([]string{"Juan Carlos Perez", "Juan Perez", "Carlos Perez"})
	if keys[0] == keys[1] || keys[0] == keys[2] {
		t.Errorf("two shorter names fit %q: keys %q; want it apart from both", "Juan Carlos Perez", keys)
	}
	// A short form of a given name is its first letters: it joins the
	// name it shortens, and then the bare surname joins both; not a name
	// of the other sex, nor one of two names it could shorten.
	keys = bare.KeyAll([]string{"Steven Witkoff", "Steve Witkoff", "Witkoff", "Timothy D. Cook", "Tim Cook", "Daniel Ortega", "Dani Ortega", "Daniela Ortega",
		"Chris Evans", "Christopher Evans", "Christine Evans"})
	if keys[0] != keys[1] || keys[2] != keys[1] || keys[3] != keys[4] {
		t.Errorf("short given names: keys %q; want Witkoff's three as one and Cook's two as one", keys)
	}
	if keys[5] == keys[7] || keys[6] == keys[7] || keys[8] == keys[9] || keys[8] == keys[10] {
		t.Errorf("short given names: keys %q; want Daniela apart from Daniel and Dani, and Chris apart from Christopher and Christine", keys)
	}
	// A surname that many people share still joins a fuller name to its
	// shorter form (no bound on the forms for that rule).
	many := []string{"Bola Ahmed Okafor", "Bola Okafor"}
	for i := range 80 {
		many = append(many, fmt.Sprintf("Chidi%c%c Okafor", 'a'+rune(i/26), 'a'+rune(i%26)))
	}
	if keys := bare.KeyAll(many); keys[0] != keys[1] {
		t.Errorf("a surname of 82 people: %q and %q apart; want the fuller name with the shorter", keys[0], keys[1])
	}
	// An office the title list does not know but English makes with
	// "-man" or "-woman" is a title too.
	if a, b := bare.Key("Assemblywoman Claudia Tenwick"), bare.Key("Claudia Tenwick"); a != b {
		t.Errorf("role nouns: Key %q and %q; want the title stripped", a, b)
	}
	if a, b := bare.Key("Herman Cain"), bare.Key("Cain"); a == b {
		t.Errorf("role nouns: Herman Cain keyed as the bare surname (%q); Herman is a given name", a)
	}
	// An acronym joins the one long form of the batch it spells, not a
	// person's initials, nor one of two long forms.
	keys = bare.KeyAll([]string{"North Atlantic Treaty Organization", "NATO", "N.A.T.O.", "Nato's", "Rep. G.K. Butterfield", "RGB"})
	if keys[1] != keys[0] || keys[2] != keys[0] || keys[3] != keys[0] || keys[5] == keys[4] {
		t.Errorf("acronyms: keys %q; want NATO's three forms with the long form, RGB apart", keys)
	}
	// An ampersand between a firm's words stays in its acronym, which
	// its legal form may or may not end: J&J, P&G, BBC; or leaves the
	// ampersand out: EY.
	keys = bare.KeyAll([]string{"Johnson & Johnson", "J&J", "Procter & Gamble Co.", "P&G", "British Broadcasting Corporation", "BBC", "Ernst & Young", "EY"})
	if keys[1] != keys[0] || keys[3] != keys[2] || keys[5] != keys[4] || keys[7] != keys[6] {
		t.Errorf("acronyms with an ampersand: keys %q; want J&J, P&G, BBC and EY with their long forms", keys)
	}
	// Not an abbreviated legal form's initial (FMC is another firm), nor
	// one of two long forms of those initials (one of them two names
	// joined by "&", which is no person's).
	keys = bare.KeyAll([]string{"Ford Motor Co.", "FMC", "Johnson & Johnson", "Jackson & Jones", "J&J"})
	if keys[1] == keys[0] || keys[4] == keys[2] || keys[4] == keys[3] {
		t.Errorf("acronyms that fit no one long form: keys %q; want FMC and J&J apart", keys)
	}
	// A body whose name a given name opens has its acronym too; a
	// person's full name has none.
	keys = bare.KeyAll([]string{"Christian Democratic Union", "CDU", "the CDU", "Christian Bale", "CB"})
	if keys[1] != keys[0] || keys[2] != keys[0] || keys[4] == keys[3] {
		t.Errorf("acronyms after a given name: keys %q; want CDU with the Christian Democratic Union, CB apart from Christian Bale", keys)
	}
	keys = bare.KeyAll([]string{"Culinary Institute of America", "Central Intelligence Agency", "CIA"})
	if keys[2] == keys[0] || keys[2] == keys[1] {
		t.Errorf("two long forms fit CIA: keys %q; want it apart from both", keys)
	}
	// Second surnames: a full name that goes on after the surname of
	// another full name of the batch names that person.
	for _, c := range []struct {
		names  []string
		joined bool
		reason string
	}{
		{[]string{"Evo Morales", "Juan Evo Morales Ayma"}, true, "a given name before and a second surname after"},
		{[]string{"Pedro Sánchez", "Pedro Sánchez Pérez-Castejón"}, true, "a hyphenated second surname is two words in the parse"},
		{[]string{"Gabriel Boric", "Gabriel Boric Font", "Boric"}, true, "and the bare surname with them"},
		{[]string{"Ulf Kristersson", "Ulf Kristerson Berg"}, false, "the first surname must be the other's letter for letter"},
		{[]string{"Maria Lopez", "Ana Lopez Garcia"}, false, "the given names differ"},
		{[]string{"Juan Lopez", "Carlos Lopez", "Juan Carlos Lopez Garcia"}, false, "two people fit"},
		{[]string{"Ana Garcia", "Ana Garcia Lopez", "Pedro Garcia Lopez"}, false, "the batch gives its surname another name"},
	} {
		keys := bare.KeyAll(c.names)
		if joined := keys[0] == keys[len(keys)-1] && keys[0] == keys[1]; joined != c.joined {
			t.Errorf("%q: keys %q; want joined %v (%s)", c.names, keys, c.joined, c.reason)
		}
	}
}

// TestDivisionWords: a division word after a region's name is not the
// name; after a city's, it names the land around the city.
func TestDivisionWords(t *testing.T) {
	var bare Resolver
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Donbas", "Donbas region", true},
		{"Donbas", "Donbass region's", true},
		{"Kurdistan", "Kurdistan Region", true},
		{"Zhytomyr", "Zhytomyr Oblast", false},
		{"Kharkov", "Kharkov region", false}, // another spelling of a city the gazetteer knows
		{"Donbas", "Region", false},
	} {
		if same := bare.Key(c.a) == bare.Key(c.b); same != c.same {
			t.Errorf("Key(%q) %q, Key(%q) %q; want the same: %v", c.a, bare.Key(c.a), c.b, bare.Key(c.b), c.same)
		}
	}
}

// TestCommonWordDeterministic: every capitalised form of a word the prose
// writes in lower case is a common word, on every run (one form used to
// win by the order of a map).
func TestCommonWordDeterministic(t *testing.T) {
	const text = "Apple sold more. APPLE was up. Then an apple fell and Apple rose."
	first := fmt.Sprint(Entities(text))
	for range 200 {
		if got := fmt.Sprint(Entities(text)); got != first {
			t.Fatalf("Entities(%q) varies: %s, then %s", text, first, got)
		}
	}
}

// TestOfficeInsideName checks a run with an office inside it: the
// institution before the office is an organisation, the words after it
// a person ("Harbour Watch President Tom Ellery"), and a title-case
// headline is left alone.
func TestOfficeInsideName(t *testing.T) {
	text := "The records were hidden, said Harbour Watch President Tom Ellery. Ellery said more would follow."
	want := map[string]Kind{"Harbour Watch": Org, "Tom Ellery": Person}
	checkKinds(t, text, want)
	for _, e := range Entities("How to Adopt an Online Leader Success Mindset\n\nYour mindset matters.") {
		if e.Kind == Person {
			t.Errorf("headline: got person %q, want none", e.Name)
		}
	}
}

// kindsByName returns the kind of each entity Entities finds in text, by
// its name.
// checkKinds reports each name of want whose kind Entities(text) gets
// wrong, and each name it finds that want does not list.
func checkKinds(t *testing.T, text string, want map[string]Kind) {
	t.Helper()
	if diff := cmp.Diff(want, kindsByName(text)); diff != "" {
		t.Errorf("Entities(%q) kinds (-want +got):\n%s", text, diff)
	}
}

// kindRow is a text and the kinds Entities should give its names, exactly.
type kindRow struct {
	text string
	want map[string]Kind
}

// checkKindRows runs checkKinds on each row.
func checkKindRows(t *testing.T, rows []kindRow) {
	t.Helper()
	for _, r := range rows {
		checkKinds(t, r.text, r.want)
	}
}

func kindsByName(text string) map[string]Kind {
	out := map[string]Kind{}
	for _, e := range Entities(text) {
		out[e.Name] = e.Kind
	}
	return out
}

// TestNameEvidence checks the signs the text gives of what a name is: a
// city the gazetteer knows is a place even in two words; a place is not a
// person's surname unless spelled as it ("Paris" is not "Dave Pares"); a
// weekday with a possessive, or an adjective made with a hyphen, is no
// part of a name; an unknown name that speaks is a person's.
func TestNameEvidence(t *testing.T) {
	text := "Dave Pares moved to Paris. Wednesday's talks in Los Angeles went well, and the Danish-born Voskuil said the city was calm. Voskuil left on Friday."
	want := map[string]Kind{"Dave Pares": Person, "Paris": Place, "Los Angeles": Place, "Voskuil": Person}
	checkKinds(t, text, want)
	// A name whose head before "of" is a kind of place is a place by its
	// words: speaking does not make it a person's.
	checkKinds(t, "The Church of Zentravia said it would review its rules.", map[string]Kind{"Church of Zentravia": Place})
}

// TestCalendarForms: the days' plurals and their timetable abbreviations
// are no names, as the days are not.
func TestCalendarForms(t *testing.T) {
	var bare Resolver
	text := "The Hohokam Museum is open on Wednesdays and Saturdays. Tours: Wed. and Thurs 10:00-12:00. The vote comes on Tues."
	for _, e := range bare.Entities(text) {
		if e.Name != "Hohokam Museum" {
			t.Errorf("entity %q (%s): want only the museum", e.Name, e.Kind)
		}
	}
}

// TestEntitiesCacheConcurrent checks that the table's cache of names
// changes no answer: the fixtures' entities found by eight goroutines at
// once over one Resolver (run it with -race) are those a fresh Resolver
// finds for each text alone.
func TestEntitiesCacheConcurrent(t *testing.T) {
	fs := readFixtures(t)
	want := make([][]Entity, len(fs))
	for i, f := range fs {
		want[i] = NewResolver().Entities(f.data)
	}
	r := NewResolver()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range fs {
				i := (k + g) % len(fs) // each goroutine starts elsewhere
				if diff := cmp.Diff(want[i], r.Entities(fs[i].data)); diff != "" {
					t.Errorf("%s, goroutine %d: Entities with a shared cache (-cold +shared):\n%s", fs[i].name, g, diff)
				}
			}
		})
	}
	wg.Wait()
}

// TestMissCache checks that a table's cache of misses answers only for
// the names added to it, and that a name the table knows is never taken
// for a miss by the probes of entities ("France" and "U.S." are found by
// probing the table): a warm Resolver finds what a fresh one does.
func TestMissCache(t *testing.T) {
	var c missCache
	c.add("Zorbel Quandary")
	if !c.has("Zorbel Quandary") {
		t.Error(`has("Zorbel Quandary") = false after add`)
	}
	for _, n := range []string{"Zorbel", "Quandary Zorbel", ""} {
		if c.has(n) {
			t.Errorf("has(%q) = true; never added", n)
		}
	}
	text := "Lattice Lab, CNRS, France. The U.S. media said that Volodymyr Zelensky spoke in Kiev. Zelenskyy left Kyiv on Monday."
	r := NewResolver()
	for i := range 3 {
		got := map[string]Kind{}
		for _, e := range r.Entities(text) {
			got[e.Name] = e.Kind
		}
		for name, kind := range map[string]Kind{"France": Place, "United States": Place, "Volodymyr Zelensky": Person, "Kyiv": Place} {
			if got[name] != kind {
				t.Errorf("run %d of one Resolver: %s is %q, want %q (all: %v)", i, name, got[name], kind, got)
			}
		}
	}
}

// TestNameCacheBound checks that a table's cache of names stays within
// maxCachedNames however many names it meets.
func TestNameCacheBound(t *testing.T) {
	r := NewResolver()
	var b strings.Builder
	for i := range maxCachedNames + maxCachedNames/2 {
		fmt.Fprintf(&b, "Zorbel%d met ", i)
	}
	r.Entities(b.String())
	n := r.table().names.len()
	if n == 0 || n > maxCachedNames {
		t.Errorf("cache holds %d names after %d distinct ones; want 1 to %d", n, maxCachedNames*3/2, maxCachedNames)
	}
}

// TestTheBeforeName: "the" before a name no table or gazetteer knows, and
// whose words say nothing of its kind, makes it no person's (a product,
// an event, a work: Other); a body's head noun (from the lists of
// charities, US federal agencies and UK parties of dariusk/corpora) makes
// it an organisation, with or without "the".
func TestTheBeforeName(t *testing.T) {
	text := "Gamers waited for the Switch Lite all year. Anna Kowalczyk bought one at the Dubai Air Show. " +
		"The Tax Foundation and the WeWorkers Coalition disagreed, and Maple Leaf Society members left."
	want := map[string]Kind{"Switch Lite": Other, "Anna Kowalczyk": Person, "Dubai Air Show": Other,
		"Tax Foundation": Org, "WeWorkers Coalition": Org, "Maple Leaf Society": Org}
	checkKinds(t, text, want)
}

// TestCamelCaseBrands: a single unknown word with a capital after a
// lower-case letter is a brand's name, an organisation; a surname's
// prefix ("Mc", "De") does not make one.
func TestCamelCaseBrands(t *testing.T) {
	for w, want := range map[string]bool{"OpenAI": true, "ProPublica": true, "ResearchGate": true, "SoftBank": true,
		"McDonald": false, "DeSantis": false, "MacArthur": false, "LaGrange": false, "Berlin": false, "NATO": false, "iPhone": false} {
		if got := isCamelCase(w); got != want {
			t.Errorf("isCamelCase(%q) = %v, want %v", w, got, want)
		}
	}
	text := "Researchers at OpenAI spoke to reporters from ProPublica about the study."
	want := map[string]Kind{"OpenAI": Org, "ProPublica": Org}
	checkKinds(t, text, want)
}

// TestLowerCaseWordAfterRun: a word that the prose writes in lower case is
// no name alone even when a longer run ends with it ("Celebrity Homes" …
// "homes"), unless that run is a person's (a given name opens it) or an
// institution's (an organisation word ends it: "Supreme Court" … "the
// Court", "appeals court").
func TestLowerCaseWordAfterRun(t *testing.T) {
	text := "Celebrity Homes Lingering on the Market\n\nMany celebrity homes have bounced on and off the market. The Homes were listed again.\n\n" +
		"The Supreme Court ruled on Monday. An appeals court had ruled first, and the Supreme Court agreed."
	want := map[string]Kind{"Supreme Court": Org}
	checkKinds(t, text, want)
}

// TestPossessiveInsideRun: a name the open data or the table know, with a
// possessive, ends there and what follows is another name ("CNN's Wolf
// Blitzer"); an unknown word's possessive stays inside the name
// ("People's Daily").
func TestPossessiveInsideRun(t *testing.T) {
	text := "CNN's Wolf Blitzer spoke to Anna Kowalczyk. She reads the People's Daily every day."
	var got []string
	for _, e := range Entities(text) {
		got = append(got, e.Name)
	}
	want := []string{"CNN", "Wolf Blitzer", "Anna Kowalczyk", "People's Daily"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) names (-want +got):\n%s", text, diff)
	}
}

// TestSkeletonAtSentenceStart: a word opening a sentence that matches a
// table name only by its skeleton, in another spelling, is as tentative
// as an unknown word: "Sure" is not Syria, "Take" not Tokyo, "Note" not
// NATO. A listed spelling still counts ("Kiev" for Kyiv).
func TestSkeletonAtSentenceStart(t *testing.T) {
	text := "I look at him. “Sure,” I say. Take the bus to the park. Note the time. Kiev is cold."
	want := map[string]Kind{"Kyiv": Place}
	checkKinds(t, text, want)
}

// TestNameOfCommonWords: a name no table or gazetteer knows, all of whose
// words the prose also writes in lower case on their own, is a term or a
// title (Other), not a person's name; a name the text once writes all in
// lower case ("fort lee") is still a name, and so is a person's name
// opened by a given name whatever its other words.
func TestNameOfCommonWords(t *testing.T) {
	text := "Maps are built with Geographic Information Systems. Such systems store geographic information. " +
		"Hikers reached Fort Lee on Monday. From fort lee the path climbs on. Brenna Hollow said Tax Policy matters: " +
		"she wrote that every tax and every policy is a choice."
	want := map[string]Kind{"Geographic Information Systems": Other, "Fort Lee": Place, "Brenna Hollow": Person, "Tax Policy": Other}
	checkKinds(t, text, want)
}

// TestJudicialOffices: "Justice" and "Judge" before a name no table knows
// make it a person's, as "Senator" does; the same word before an
// organisation word is part of the organisation's name, and inside a run
// it stands between a court and its judge.
func TestJudicialOffices(t *testing.T) {
	text := "In that case Justice Scalia's opinion was narrow. I am glad to be here with Judge Hoffman today. " +
		"The Justice Department declined to comment. Manhattan Supreme Court Justice Frank Nervo ruled on Monday."
	want := map[string]Kind{"Scalia": Person, "Hoffman": Person, "Justice Department": Org,
		"Manhattan Supreme Court": Org, "Frank Nervo": Person}
	checkKinds(t, text, want)
}

// TestOfficeField: the field of an office written after it with "of" or
// "for" ("Secretary of Education", "High Commissioner for Human Rights")
// names nothing when its words are common words only; a place, a body, a
// firm or a word the dictionary gives as a name is a mention as before
// ("President of Mexico", "Chair of the Judiciary Committee", "Minister
// for Wales"), and so is a work or a firm after a job's noun ("Creative
// Director of Journey").
func TestOfficeField(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Margaret Spellings, the former Secretary of Education, spoke on Monday.",
			map[string]Kind{"Margaret Spellings": Person, "Secretary": Person}},
		{"Volker Türk, the Commissioner for Human Rights, said the decision was wrong.",
			map[string]Kind{"Volker Türk": Person, "Commissioner": Person}},
		{"He met the Secretary of the Treasury and the Minister for Culture.",
			map[string]Kind{"Secretary": Person, "Minister": Person, "Treasury": Org}},
		{"She met the President of Mexico and the Chair of the Judiciary Committee.",
			map[string]Kind{"President": Person, "Mexico": Place, "Judiciary Committee": Org}},
		{"He met the Minister for Wales on Monday.",
			map[string]Kind{"Minister": Person, "Wales": Place}},
	})
	checkKinds(t, "The Minister for Education and Skills said no.", map[string]Kind{"Minister": Person})
	checkKinds(t, "The Secretary of State for Environment and Rural Affairs spoke.", map[string]Kind{"Secretary": Person})
	// A president's, a chair's or a mayor's field is a body or a place
	// more often than not.
	checkKinds(t, "The Mayor of Bath spoke.", map[string]Kind{"Mayor": Person, "Bath": Other})
	for _, e := range Entities("Jenova Chen, Creative Director of Journey, spoke.") {
		if e.Name == "Journey" {
			return
		}
	}
	t.Errorf("Creative Director of Journey: the work is lost")
}

// TestDottedStates: a state's AP abbreviation with a full stop inside
// ("N.Y.", "D.C.") is the state wherever the text writes it, not only
// after a town and a comma; letters that no state has stay nothing (a
// person's initials), and a longer name that opens with one is its own.
func TestDottedStates(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"He has lived in D.C. since 2010.", map[string]Kind{"D.C.": Place}},
		{"N.Y. Gov. Andrew Cuomo said no.", map[string]Kind{"N.Y.": Place, "Andrew Cuomo": Person}},
		{"Officials in the N.J. suburbs said no.", map[string]Kind{"N.J.": Place}},
		{"He lives in X.Q. now.", map[string]Kind{}},
		{"The W.Va. senator voted no.", map[string]Kind{"W.Va": Place}}, // the sentence's full stop is not the name's
		{"N.C. State beat Duke.", map[string]Kind{"Duke": Person}},      // no state of a longer name
	})
	if k := Canonical("N.Y."); k != Canonical("New York") {
		t.Errorf("Canonical(N.Y.) = %q, want Canonical(New York) = %q", k, Canonical("New York"))
	}
}

// TestLongerFormsInText: within a text, a person's full name with more
// given names than another of the same surname joins it, as KeyAll joins
// a batch's (middle names; a hyphened surname read as a given name and a
// surname); two people's surnames joined by a hyphen are two mentions,
// also where no list knows the given names; a place named with more
// words stays apart.
func TestLongerFormsInText(t *testing.T) {
	for _, tc := range []struct {
		text  string
		names [][]string // the mentions of each entity, as written
	}{
		{"Matamela Cyril Ramaphosa spoke. Cyril Ramaphosa said no.", [][]string{{"Matamela Cyril Ramaphosa", "Cyril Ramaphosa"}}},
		{"Alexandria Ocasio-Cortez spoke. Ocasio-Cortez said no.", [][]string{{"Alexandria Ocasio-Cortez", "Ocasio-Cortez"}}},
		{"Daniel Day-Lewis won. Day-Lewis thanked them.", [][]string{{"Daniel Day-Lewis", "Day-Lewis"}}},
		{"Caster Semenya ran behind Mariya Savinova. The Savinova-Semenya race was close.",
			[][]string{{"Caster Semenya", "Semenya"}, {"Mariya Savinova", "Savinova"}}},
		// Two longer forms of one shorter: two people who share its
		// names, neither of whom it names.
		{"Mary Elizabeth Smith and her sister Sarah Elizabeth Smith were arrested. Elizabeth Smith, their mother, declined to comment.",
			[][]string{{"Mary Elizabeth Smith"}, {"Sarah Elizabeth Smith"}, {"Elizabeth Smith"}}},
		// A title that holds a person's name is no form of it.
		{"Harry Potter was a hit. Lego Harry Potter followed.", [][]string{{"Harry Potter"}, {"Lego Harry Potter"}}},
	} {
		var got [][]string
		for _, e := range Entities(tc.text) {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, m.Text)
			}
			got = append(got, ms)
		}
		if diff := cmp.Diff(tc.names, got); diff != "" {
			t.Errorf("Entities(%q) mentions (-want +got):\n%s", tc.text, diff)
		}
	}
	ents := Entities("Sydney is in New South Wales. South Wales is wet.")
	for _, e := range ents {
		if e.Name == "New South Wales" && len(e.Mentions) != 1 {
			t.Errorf("New South Wales joined another name: %v", e.Mentions)
		}
	}
}

// TestDefaultPlaces: a word alone that is a place only by the guess of
// last resort is one where the text puts something there, and Other
// where it does not; a clause's comma, a bracket after a person's name
// and a name before its noun are no such sign.
func TestDefaultPlaces(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"We took the ferry from Neiafu to Faaborg.", map[string]Kind{"Neiafu": Place, "Faaborg": Place}},
		{"We met Neiafu there.", map[string]Kind{"Neiafu": Other}},
		{"Storms hit Zorvik, Brelt, Quorvath and Paris.", map[string]Kind{"Zorvik": Place, "Brelt": Place, "Quorvath": Place, "Paris": Place}},
		{"The cheese is made near Leicester, Leicestershire, and nowhere else.", map[string]Kind{"Leicester": Place, "Leicestershire": Place}},
		{"In Buffalo, Sabres fans celebrated.", map[string]Kind{"Buffalo": Place, "Sabres": Other}},
		{"Tage Thompson (Sabres) scored twice.", map[string]Kind{"Tage Thompson": Person, "Sabres": Other}},
		{"Walking north of Uptown we saw the lake.", map[string]Kind{"Uptown": Place}},
		{"One civilian was killed in the Zorvath region on Monday.", map[string]Kind{"Zorvath": Place}},
	})
}

// TestAgenciesAreOrgs: the news agencies the dateline and credit rules
// know (agencies) are organisations wherever the text names them.
func TestAgenciesAreOrgs(t *testing.T) {
	text := "The talks had failed, Sputnik said and Reuters reported. A Bloomberg poll shows the opposite, and Agence France-Presse agreed."
	want := map[string]Kind{"Sputnik": Org, "Reuters": Org, "Bloomberg": Org, "Agence France-Presse": Org}
	checkKinds(t, text, want)
}

// TestPlaceHeadOf: "of" after the kind of a place (a GeoNames feature
// word: palace, museum, bay, port) joins the words after it into the
// place's name, and the name is a place.
func TestPlaceHeadOf(t *testing.T) {
	text := "We sailed into the Bay of Tarnok and walked to the Palace of Eight Winds, past the Museum of Velden History."
	checkKinds(t, text, map[string]Kind{"Bay of Tarnok": Place, "Palace of Eight Winds": Place, "Museum of Velden History": Place})
}

// TestGivenNameAlone: a given name alone is the one person the text names
// in full with it; when two people share it, it is neither's; a place
// named like a given name ("Virginia") stays the place, and an
// institution whose first word is a given name ("Indiana University")
// lends it to nobody.
func TestGivenNameAlone(t *testing.T) {
	checkEntityOf(t, []entityOfCase{
		{"Jenna McMasters opened the door. Jenna smiled at the visitors.", "Jenna", "Jenna McMasters"},
		{"Jenna McMasters and Jenna Ortiz arrived late. Jenna smiled at the visitors.", "Jenna", ""},
		{"Virginia Democrats met on Monday. Turnout in Virginia was high.", "Virginia", ""},
		{"Students at Indiana University protested. Indiana passed the law last year.", "Indiana", ""},
	})
}

// entityOf returns the name of the entity of Entities(text) that holds a
// mention written mention, or "" when that entity bears the mention's own
// name.
func entityOf(text, mention string) string {
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			if m.Text == mention && e.Name != mention {
				return e.Name
			}
		}
	}
	return ""
}

// entityOfCase is a row of checkEntityOf: in text, the mention written
// mention is in the entity named want ("" for one of its own name).
type entityOfCase struct{ text, mention, want string }

// checkEntityOf checks each case with entityOf.
func checkEntityOf(t *testing.T, cases []entityOfCase) {
	t.Helper()
	for _, tc := range cases {
		if got := entityOf(tc.text, tc.mention); got != tc.want {
			t.Errorf("Entities(%q): %q is in the entity %q, want %q", tc.text, tc.mention, got, tc.want)
		}
	}
}

// TestShortGivenNames: a full name whose given name is the short form of
// another's with the same surname is the same person, in a text as in a
// batch (TestKeyAll); a short form that fits two names joins neither.
func TestShortGivenNames(t *testing.T) {
	checkEntityOf(t, []entityOfCase{
		{"Timothy Brannagh, the chief executive, agreed. Tim Brannagh said so on Monday.", "Tim Brannagh", "Timothy Brannagh"},
		{"Christopher Odell and Christine Odell met Chris Odell on Monday.", "Chris Odell", ""},
		{"Daniela Varga spoke first. Dan Varga spoke next.", "Dan Varga", ""},
	})
}

// TestHeadlineNamesFromBody: a headline in title case names whom the body
// names, and the body says what kind of name it is ("Rafale" is the
// body's warplane, not a place by default).
func TestHeadlineNamesFromBody(t *testing.T) {
	text := "Bram Koster Calls Dassault Rafale Order 'A Disgrace'\n\nThe opposition leader Bram Koster on Monday attacked the order for a Dassault Rafale. Koster said the money was needed elsewhere."
	found := map[string]Kind{}
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			if m.Span.End < strings.IndexByte(text, '\n') {
				found[m.Text] = e.Kind
			}
		}
	}
	if want := (map[string]Kind{"Bram Koster": Person, "Dassault Rafale": Other}); !maps.Equal(found, want) {
		t.Errorf("headline mentions %v, want %v", found, want)
	}
	if qs := Quotes(text); len(qs) != 1 || qs[0].Speaker != "Bram Koster" {
		t.Errorf("Quotes = %+v, want 'A Disgrace' by Bram Koster", qs)
	}
}

// TestTitledSurname: a surname with a title stands for the person the
// text names in full with the same title, else for the one of the
// title's sex, not merely the nearest; and for no one the text names in
// full when it is a woman's title and the only full name's given name a
// boy's in the US list (his wife), while a given name of no known sex
// takes either, and a man's title takes a name the list calls a girl's
// (European men are named Jean, Andrea, Simone).
func TestTitledSurname(t *testing.T) {
	checkEntityOf(t, []entityOfCase{
		{"Hillary Clinton and Bill Clinton arrived. Mrs. Clinton spoke first.", "Mrs. Clinton", "Hillary Clinton"},
		{"Bill Clinton and Hillary Clinton arrived. Mr. Clinton spoke first.", "Mr. Clinton", "Bill Clinton"},
		{"Dr. Alondra Nelsen thanked Bill Nelsen. Dr. Nelsen spoke later.", "Dr. Nelsen", "Alondra Nelsen"},
		{"Council leader Robert Hanson opened the library. Mrs. Hanson cut the ribbon. Mr. Hanson thanked the builders.", "Mrs. Hanson", "Hanson"},
		{"Council leader Robert Hanson opened the library. Mrs. Hanson cut the ribbon. Mr. Hanson thanked the builders.", "Mr. Hanson", "Robert Hanson"},
		{"Council leaders Robert Hanson and John Hanson opened the library. Mrs. Hanson cut the ribbon.", "Mrs. Hanson", "Hanson"},
		{"Mrs. Robert Hanson opened the library. Mrs. Hanson cut the ribbon.", "Mrs. Hanson", "Robert Hanson"},
		{"Councillor Kiran Hanson opened the library. Mrs. Hanson cut the ribbon.", "Mrs. Hanson", "Kiran Hanson"},
		{"Prime Minister Jean Castex spoke on Monday. Mr. Castex said the rules would stay.", "Mr. Castex", "Jean Castex"},
		// The alias table's man is not a woman's titled surname either:
		// with his wife named in full she is the one meant, else no one.
		{"President Donald Trump arrived in Paris. Mrs. Trump visited a school. Mr. Trump met Emmanuel Macron.", "Mrs. Trump", "Trump"},
		{"President Donald Trump arrived in Paris. Mrs. Trump visited a school. Mr. Trump met Emmanuel Macron.", "Mr. Trump", "Donald Trump"},
		{"First lady Melania Trump visited a hospital. Mrs. Trump spoke with nurses. President Donald Trump stayed in Washington.", "Mrs. Trump", "Melania Trump"},
		{"First lady Melania Trump visited a hospital. President Donald Trump stayed in Washington. MRS. TRUMP'S VISIT", "MRS. TRUMP'S", "Melania Trump"},
	})
}

// TestTimeZoneAcronym: an acronym after a day's name, "am"/"pm" or a
// clock time is a time zone, not an organisation; after "am", "pm" or a
// clock time, no name at all.
func TestTimeZoneAcronym(t *testing.T) {
	for _, text := range []string{
		"The event starts at 3 PM EST, organisers said.",
		"The vote closes at 8 p.m. EDT on Tuesday.",
		"The launch is set for 10:30 GMT on Friday.",
	} {
		checkMentions(t, text, nil)
	}
	for _, text := range []string{
		"Jets were scrambled late Wednesday AEST as drones crossed the border.",
		"The vote closes at 8 p.m. EDT on Tuesday.",
		"The launch is set for 10:30 GMT on Friday.",
	} {
		for _, e := range Entities(text) {
			if isAcronym(e.Name) && e.Kind == Org {
				t.Errorf("Entities(%q): %q is an organisation, want a time zone (other)", text, e.Name)
			}
		}
	}
}

// TestIndefiniteBeforeName: "a" or "an" before a name no table knows,
// whose words say nothing of its kind, makes it a thing's ("a Dassault
// Rafale"), unless the name only modifies the noun after it ("a Brenna
// Hollow supporter" is a supporter of a person); the name's last word
// alone later is the same thing, not a person's surname.
func TestIndefiniteBeforeName(t *testing.T) {
	text := "He stood in front of a Dassault Rafale (R) on the runway. Later a Brenna Hollow supporter spoke, and Brenna Hollow thanked him. " +
		"Hours later the Rafale flew over the base."
	checkKinds(t, text, map[string]Kind{"Dassault Rafale": Other, "Brenna Hollow": Person})
}

// TestPluralOfName: a single word in the plural that is a place only by
// default takes the kind of its singular in the same text: the Bidens
// are people, Rafales are things.
func TestPluralOfName(t *testing.T) {
	text := "Hunter Biden met reporters on Monday. The Bidens left early. France has a Dassault Rafale (R) on show and wants more Rafales."
	checkKinds(t, text, map[string]Kind{"Hunter Biden": Person, "Bidens": Person, "France": Place, "Dassault Rafale": Other, "Rafales": Other})
}

// TestSpokenTo: a name no list knows after a reporting verb whose object
// is the one spoken to is an organisation, the outlet told ("told
// Newsmax"), not a place; told to do something, it is no outlet.
func TestSpokenTo(t *testing.T) {
	text := "The senator told Quillmax in an interview that she would run. Her aide later told Brightwire the same. " +
		"Then she told Zorvan to stop calling."
	kinds := map[string]Kind{}
	for _, e := range Entities(text) {
		kinds[e.Name] = e.Kind
	}
	if kinds["Quillmax"] != Org || kinds["Brightwire"] != Org || kinds["Zorvan"] == Org {
		t.Errorf("kinds %v: want Quillmax and Brightwire org, Zorvan (told to do something) no org", kinds)
	}
	// Where the name modifies the people told, it is not the one told.
	checkKinds(t, "The mayor told Quillburg residents to stay inside.", map[string]Kind{"Quillburg": Other})
	text = "Turnout fell, Crowdwire reported on Monday, and according to Statvane it fell most in towns. Later Rimbleton voted. " +
		"According to Pollwise, turnout will recover; Zembla reportedly disagrees."
	checkKinds(t, text, map[string]Kind{"Crowdwire": Org, "Statvane": Org, "Rimbleton": Other, "Pollwise": Org, "Zembla": Other})
	// A name of several words that a common word opens is the outlet too,
	// not a person by default; one that a given name opens is a person.
	checkKinds(t, "The minister told Radio Quillmar that the plan was on track. He also told Dana Kell so.", map[string]Kind{"Radio Quillmar": Org, "Dana Kell": Person})
	// Only a medium opens such a name: a person's first word may be a
	// common word too.
	checkKinds(t, "The senator told Newt Gingrich so.", map[string]Kind{"Newt Gingrich": Person})
}

// TestWebNames: a site's name as its domain writes it names whoever runs
// the site, not a place.
func TestWebNames(t *testing.T) {
	checkKinds(t, "Shoppers moved to Bargainly.com last year; Fairvote.org disagreed.", map[string]Kind{"Bargainly.com": Org, "Fairvote.org": Org})
	for w, want := range map[string]bool{
		"Amazon.com": true, "HealthCare.gov": true, "Scoop.it": true, "Celsias.co.nz": true,
		"U.S": false, "St.Louis": false, "PanARMENIAN.Net": false, "A.com": false, "Report.website": false, "Kyiv": false,
	} {
		if got := isWebName(w); got != want {
			t.Errorf("isWebName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPluralHonorifics: "Sens.", "Reps.", "Drs." stand before several
// names as "Sen." before one: in the first name's span, no name of their
// own, and no sentence ends at their full stop.
func TestPluralHonorifics(t *testing.T) {
	var got []string
	for _, e := range Entities("The lead was clear, with Sens. Ted Cruz and Marco Rubio far behind. Drs. Okafor and Lind agreed.") {
		for _, m := range e.Mentions {
			got = append(got, string(e.Kind)+" "+m.Text)
		}
	}
	slices.Sort(got)
	want := []string{"person Drs. Okafor", "person Lind", "person Marco Rubio", "person Sens. Ted Cruz"}
	for _, e := range Entities("The bill was backed by Florida Sens. Marco Rubio and Bill Nelson. He did ten reps. Then he rested.") {
		if e.Name != "Marco Rubio" && e.Name != "Bill Nelson" && (e.Name != "Florida" || e.Kind != Place) {
			t.Errorf("entity %q (%s): want only Marco Rubio, Bill Nelson and the place Florida (a place before a title is split off; \"reps.\" ends a sentence)", e.Name, e.Kind)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

// TestPlaceDemonyms: the plural of a state's or a city's demonym names
// its people, as "Americans" does, not a place; a surname that reads as a
// demonym alone ("Burman") stays the person's.
func TestPlaceDemonyms(t *testing.T) {
	checkKinds(t, "Thousands of Iowans and Ohioans voted, and Chicagoans watched.",
		map[string]Kind{"Iowans": Person, "Ohioans": Person, "Chicagoans": Person})
	for w, want := range map[string]bool{"Iowan": true, "ohioan": true, "Texan": true, "Floridian": true, "Bostonian": true,
		"Adrian": false, "Morgan": false, "Milan": false, "Walker": false, "Chester": false} {
		if got := placeDemonym(w); got != want {
			t.Errorf("placeDemonym(%q) = %v, want %v", w, got, want)
		}
	}
	for _, e := range Entities("Leonard Burman, who runs the center, disagreed. Burman said taxes would rise.") {
		if e.Name == "Burman" || e.Kind != Person && strings.Contains(e.Name, "Burman") {
			t.Errorf("entity %q (%s): want Burman one person with Leonard Burman", e.Name, e.Kind)
		}
	}
}

// TestCenterNames: "Center for …" and "Center of …" head an
// institution's whole name, "and" included; "… Center" alone is a
// place (a building as often: "Wells Fargo Center"; see TestCenterAtEnd).
func TestCenterNames(t *testing.T) {
	checkKinds(t, "A report by the Center for Economic and Policy Research and the Brookings Institution disagreed.",
		map[string]Kind{"Center for Economic and Policy Research": Org, "Brookings Institution": Org})
	// "International" also opens headlines: the name is cut before it (a
	// known limit) rather than lost, as the whole run read as a headline
	// would be.
	var names []string
	for _, e := range Entities("A report by the Center for Strategic and International Studies found gaps.") {
		names = append(names, e.Name+" "+string(e.Kind))
	}
	if !slices.Contains(names, "Center for Strategic org") {
		t.Errorf("entities %q: want Center for Strategic (org)", names)
	}
}

// TestSaidOn: where something was said ("said on Telegram", "writing on
// Breitbart") is a medium, not a place; "called on" asks someone.
func TestSaidOn(t *testing.T) {
	text := "Three civilians were hurt in Gubkin, officials said on Telegram. Later a columnist, writing on Substack, agreed."
	checkKinds(t, text, map[string]Kind{"Gubkin": Place, "Telegram": Other, "Substack": Other})
	if !saidOn("he wrote on X", len("he wrote on ")) || saidOn("he called on X", len("he called on ")) || saidOn("he lives on X", len("he lives on ")) {
		t.Error(`saidOn: want true after "wrote on", false after "called on" and "lives on"`)
	}
}

// TestCountedName: a determiner that only a common noun takes ("a",
// "these", "several") before a single word no table knows makes it a kind
// of thing, not a place; not where the word modifies a noun after it ("a
// Quorvath supporter") or has its state after it ("a Brelton, Iowa,
// diner").
func TestCountedName(t *testing.T) {
	text := "She bought a Zorvex in Gubkin and later returned those Plinkas. " +
		"Ellen Marsh, a Quorvath supporter, ate at a Brelton, Iowa, diner. Quorvath said Brelton was quiet."
	checkKinds(t, text, map[string]Kind{"Gubkin": Place, "Zorvex": Other, "Plinkas": Other, "Brelton": Place,
		"Iowa": Place, "Ellen Marsh": Person, "Quorvath": Person})
	// An acronym by default an organisation's is counted the same way;
	// not before a slash ("a CNN/ORC poll") nor a quoted phrase, for places
	// too (Zorvex has no sign of its kind: Other).
	text = "He wired it to a QLN, as the ZBC advised. A ZBC/NQT poll came out. Those Zorvex “smart” lids sold."
	checkKinds(t, text, map[string]Kind{"QLN": Other, "ZBC": Org, "NQT": Org, "Zorvex": Other})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"It is a Zorvex.", true}, {"It has many Zorvex units", true}, {"It is the Zorvex.", false},
		{"It is a Zorvex's lid", false}, {"It is an Oskel, Iowa, shop", false}, {"It has several Zorvex", true},
	} {
		start := strings.Index(c.text, "Zorvex")
		if start < 0 {
			start = strings.Index(c.text, "Oskel")
		}
		end := start + strings.IndexAny(c.text[start:]+" ", " .,")
		if c.text[end:min(len(c.text), end+2)] == "'s" {
			end += 2
		}
		if got := countedNoun(c.text, start, end); got != c.want {
			t.Errorf("countedNoun(%q, %q) = %v, want %v", c.text, c.text[start:end], got, c.want)
		}
	}
}

// TestLawTitle: the words before "in", "of" or "and" and the name of a
// law open the law's title, and name no person or place; an event after
// "on" leaves them be. "The House" that passed it is the chamber.
func TestLawTitle(t *testing.T) {
	text := "The House passed the Margot Keel Dignity in Housing Act. Their Freedom of Information Act request followed. " +
		"Senator Ellen Marsh campaigned in Iowa on Veterans Day."
	checkKinds(t, text, map[string]Kind{"House": Org, "Margot Keel Dignity": Other, "Housing Act": Other, "Freedom": Other, "Information Act": Other,
		"Ellen Marsh": Person, "Iowa": Place, "Veterans Day": Other})
}

// TestAmountAcronym: an acronym after an amount is a currency or a unit,
// not an organisation; after a year it may still be one.
func TestAmountAcronym(t *testing.T) {
	text := "A kayak costs 125 QRB per hour at Brelton harbour. The 2016 GOP nominee spoke, and the GOP cheered."
	checkKinds(t, text, map[string]Kind{"QRB": Other, "Brelton": Place, "GOP": Org})
	for _, c := range []struct {
		before string
		want   bool
	}{{"costs 125 ", true}, {"a $1,500 ", true}, {"about 2.5 ", true}, {"the 2016 ", false}, {"the ", false}, {"room 12B ", false}} {
		if got := afterAmount(c.before+"QRB", len(c.before)); got != c.want {
			t.Errorf("afterAmount(%q) = %v, want %v", c.before+"QRB", got, c.want)
		}
	}
}

// TestCapitalisedTermAcronym: an acronym spelled out in capitalised words
// that the prose also writes in lower case is a term, as one spelled out
// in lower case is; one spelled out by a name is not.
func TestCapitalisedTermAcronym(t *testing.T) {
	text := "Mutation testing introduces errors into a System Under Test (SUT). A test runs the system under load many times, and the SUT fails. " +
		"The Velden Research Council (VRC) paid for it, and the VRC was pleased."
	got := kindsByName(text)
	if _, ok := got["SUT"]; ok {
		t.Errorf("Entities(%q) has SUT (%s), a term", text, got["SUT"])
	}
	if got["VRC"] != Org && got["Velden Research Council"] != Org {
		t.Errorf("Entities(%q) kinds %v: want the Velden Research Council (VRC) an organisation", text, got)
	}
}

// TestDigitsNotFolded: a doubled letter folds (Muammar, Muamar), a
// doubled digit does not: models and groups that differ by a digit are
// different names.
func TestDigitsNotFolded(t *testing.T) {
	if Canonical("Muammar Gaddafi") != Canonical("Muamar Gaddafi") {
		t.Errorf("Canonical(Muammar Gaddafi) %q != Canonical(Muamar Gaddafi) %q", Canonical("Muammar Gaddafi"), Canonical("Muamar Gaddafi"))
	}
	for _, pair := range [][2]string{{"Airbus A330", "Airbus A30"}, {"AC1900", "AC190"}, {"G20", "G200"}} {
		if a, b := Canonical(pair[0]), Canonical(pair[1]); a == b {
			t.Errorf("Canonical(%q) = Canonical(%q) = %q; want them apart", pair[0], pair[1], a)
		}
	}
}

// TestFirmsWithTitleWords: a company of the open data whose name opens
// with a title word or holds a word that opens headlines is found whole
// ("General Motors" was the person "Motors"; "American Express" the
// thing "Express"), and one such word alone stays no company ("a
// Southern accent").
func TestFirmsWithTitleWords(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Workers at General Motors and General Mills voted.", map[string]Kind{"General Motors": Org, "General Mills": Org}},
		{"He paid with his American Express card.", map[string]Kind{"American Express": Org}},
		{"He spoke with a Southern accent.", map[string]Kind{}},
	})
}

// TestFirmModifiers: a noun only companies have right after a name
// ("Tesla chief executive", "Ford shareholders") makes it a company's,
// though the name is a given name too, which alone would make it a
// person's.
func TestFirmModifiers(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Shares rose as Tesla chief executive Elon Musk spoke.", map[string]Kind{"Tesla": Org, "Elon Musk": Person}},
		{"Investors fled Ford on Monday, and Ford shareholders sued.", map[string]Kind{"Ford": Org}},
	})
}

// TestFirmSpeaks: a company of the open data list whose name is also a
// word of the dictionary opens a sentence and speaks: the company, though
// a common word opening a sentence is no name. A person's pronoun after
// the verb, or no verb of saying, leaves the word a common one.
func TestFirmSpeaks(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Google said on Monday it would cut jobs.", map[string]Kind{"Google": Org}},
		{"Target announced that it would close stores.", map[string]Kind{"Target": Org}},
		{"Apple pie is a dessert.", map[string]Kind{}},
		{"Coach said he was proud of the team.", map[string]Kind{}},
	})
}

// TestAdjectiveOpensName: "National", "Federal", "State" opening a name
// with no office, no person and no given name in it are the name's own
// ("National Archives", not "Archives"); before a noun of a person they
// open a title, which is no mention ("National Committeeman"), and before
// a name the lists know they modify it ("Islamic State Twitter").
func TestAdjectiveOpensName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // mentions there must be
		none string   // a mention there must not be
	}{
		{text: "Officials at the National Hurricane Center said the storm grew.", want: []string{"National Hurricane Center"}, none: "Hurricane Center"},
		{text: "The National Archives opened the files.", want: []string{"National Archives"}, none: "Archives"},
		{text: "He wrote for National Review and then National Geographic.", want: []string{"National Review", "National Geographic"}, none: "Review"},
		{text: "Bruce Hough, the Republican National Committeeman from Utah, agreed.", want: []string{"Bruce Hough", "Utah"}, none: "National Committeeman"},
		{text: "Copies of the pro-Islamic State Twitter account spread.", want: []string{"Twitter"}, none: "State Twitter"},
	} {
		got := allMentions(tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("Entities(%q) mentions %q, want %q among them", tc.text, got, w)
			}
		}
		if slices.Contains(got, tc.none) {
			t.Errorf("Entities(%q) mentions %q, want no %q", tc.text, got, tc.none)
		}
	}
}

// TestAdjectivesFromNames: a capitalised adjective made from a name
// ("Victorian", "Islamist", "Methodist") before its noun names nothing;
// a surname of that shape ("Crist", "Lundqvist") is still a name.
func TestAdjectivesFromNames(t *testing.T) {
	checkMentionRows(t, []mentionRow{
		{"Victorian houses line the street.", nil},
		{"Militants of an Islamist group attacked a Methodist church.", nil},
		{"Charlie Crist kept money from Crist donors.", []string{"Charlie Crist", "Crist"}},
		{"Henrik Lundqvist was hurt. Lundqvist saves were few.", []string{"Henrik Lundqvist", "Lundqvist"}},
		{"Henrik Bergkvist was hurt. Bergkvist saves were few.", []string{"Henrik Bergkvist", "Bergkvist"}},
	})
}

// TestThingNames: acts and events of WordNet, and health programmes named
// by a word in "-care", are things (Other), not places by default.
func TestThingNames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Opponents of Obamacare and Hillarycare rallied.", map[string]Kind{"Obamacare": Other, "Hillarycare": Other}},
		{"Cuts to Medicare loom before the World Series.", map[string]Kind{"Medicare": Other, "World Series": Other}},
	})
}

// TestSentenceAdverbBeforeName: an adverb in "-ly" of the dictionary, or
// "Whether", opening a sentence is no part of the name after it; a given
// name in "-ly" is one ("Kelly Clarkson").
func TestSentenceAdverbBeforeName(t *testing.T) {
	checkMentionRows(t, []mentionRow{
		{"Water it. Periodically Zentrik will send reminders.", []string{"Zentrik"}},
		{"Pay is due. Whether Kelvara pays in full is unclear.", []string{"Kelvara"}},
		{"Kelly Clarkson sang first.", []string{"Kelly Clarkson"}},
		{"Early Wynn pitched well.", []string{"Early Wynn"}}, // "early" is no adverb made from "ear"
		// The adverbs spelled otherwise than their stem and "-ly".
		{"The race was odd. Probably Zentrik was tired.", []string{"Zentrik"}},
		{"The race was odd. Luckily Zentrik was fast.", []string{"Zentrik"}},
		{"The race was odd. Ironically Zentrik won.", []string{"Zentrik"}},
	})
}

// TestEmployerFrames: a name no table knows after a verb of employment
// ("worked for", "played for", "signed with"), a founder's or chief
// executive's "of", or a person's noun and "at" is an employer, and one before "poll", "survey",
// "reporter" or "article" a pollster or an outlet: an organisation, where
// the kind would be the guess of last resort; a person or a place the text
// names as one stays one.
func TestEmployerFrames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"After college he worked for Zentrik in Ohio.", map[string]Kind{"Zentrik": Org, "Ohio": Place}},
		{"He played for Dunmore until 2001, then signed with Tarvo.", map[string]Kind{"Dunmore": Org, "Tarvo": Org}},
		{"She worked for Hillary Clinton in 2016.", map[string]Kind{"Hillary Clinton": Person}},
		{"Farbood Nivi, the founder of Grockit, spoke.", map[string]Kind{"Farbood Nivi": Person, "Grockit": Org}},
		{"He is the chief executive of Zentrik and co-founded Kelvara.", map[string]Kind{"Zentrik": Org, "Kelvara": Org}},
		{"A new Quinnipiac poll and a Pew survey agree.", map[string]Kind{"Quinnipiac": Org, "Pew": Org}},
		{"He had a tense run-in with a Kelvara reporter.", map[string]Kind{"Kelvara": Org}},
		{"An Iowa poll found a tie.", map[string]Kind{"Iowa": Place}},     // a place the lists know stays a place
		{"He later moved to Zentrik.", map[string]Kind{"Zentrik": Place}}, // the guess of last resort, without the frame
		// A person's noun and "at": the employer or the school; not
		// another noun ("the finger at Sandy"), nor a place the lists
		// know ("a professor at Oxford").
		{"Dana Kell, the chief economist at Zentrik, and a professor at Darnell spoke.", map[string]Kind{"Dana Kell": Person, "Zentrik": Org, "Darnell": Org}},
		{"They pointed the finger at Zentrik. He is a professor at Oxford.", map[string]Kind{"Zentrik": Place, "Oxford": Place}},
		// A given name alone after a frame only a firm or a team
		// follows; not after a verb a person's name follows too.
		{"If you were the CEO of Hilton, would you worry?", map[string]Kind{"Hilton": Org}},
		{"She worked for Martha for years.", map[string]Kind{"Martha": Person}},
		{"Settlers founded Lawrence, Kansas, in 1854.", map[string]Kind{"Lawrence": Place, "Kansas": Place}}, // a town before its region
	})
}

// TestNameHeads: "International" and "Watch", words that also open
// headlines, end the names of bodies inside a sentence; a headline in
// title case still splits at them.
func TestNameHeads(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Critics at Amnesty International and Human Rights Watch condemned the arrests.", map[string]Kind{"Amnesty International": Org, "Human Rights Watch": Org}},
		{"A report by Transparency International said so.", map[string]Kind{"Transparency International": Org}},
	})
}

// TestHeadlineRuns: in a line in title case, a run of capitalised words
// with a body's word in it is the body's name only when shaped as one
// (orgHeaded); else only the names the text knows are mentions.
func TestHeadlineRuns(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Police Department Investigates Shooting In Chicago\n\nA man was shot in Chicago on Monday, the police said.", map[string]Kind{"Chicago": Place}},
		{"Claire Bailey-Ross, University of Portsmouth\n\nThe notes were written over the winter.", map[string]Kind{"University of Portsmouth": Org}},
		{"Supreme Court Strikes Down Gun Law\n\nThe Supreme Court ruled on Monday.", map[string]Kind{"Supreme Court": Org}},
	})
	// The headline names by the surname the people the body names in full.
	text := "Obama Meets Merkel in Berlin\n\nPresident Barack Obama met German Chancellor Angela Merkel in Berlin on Tuesday."
	for _, e := range Entities(text) {
		if len(e.Mentions) != 2 {
			t.Errorf("Entities(%q): %s has %d mentions, want 2 (headline and body)", text, e.Name, len(e.Mentions))
		}
	}
}

// TestAndJoins: "and" inside a body's name joins the fields it covers,
// but before a name of its own, or between two bodies' words, it lists
// two names.
func TestAndJoins(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Scientists at the Massachusetts Institute of Technology and Harvard Medical School published it.", map[string]Kind{"Massachusetts Institute of Technology": Org, "Harvard Medical School": Org}},
		{"He spoke at the University of Zurich and Gordon Hanson listened.", map[string]Kind{"University of Zurich": Org, "Gordon Hanson": Person}},
		{"The Department of Housing and Urban Development said so.", map[string]Kind{"Department of Housing and Urban Development": Org}},
		// Two words that each name a body alone are two bodies, each a
		// mention, before "and" or after it.
		{"He will help House and Senate candidates.", map[string]Kind{"House": Org, "Senate": Org}},
		{"The bill passed the Senate and House on Monday.", map[string]Kind{"Senate": Org, "House": Org}},
		{"The Food and Drug Administration approved it.", map[string]Kind{"Food and Drug Administration": Org}},
		// A firm the open data writes with "&", written with "and".
		{"He left Procter and Gamble for Johnson and Johnson.", map[string]Kind{"Procter and Gamble": Org, "Johnson and Johnson": Org}},
	})
	// Not across a paragraph's end.
	if got := kindsByName("He worked at Procter and\n\nGamble rose."); got["Procter and Gamble"] != "" {
		t.Errorf("a firm's name across a paragraph's end: %v", got)
	}
	// A party's adjective before a chamber says who holds it: the
	// chamber is one entity with the chamber named alone.
	text := "The U.S. Senate met. It was a new Democratic Senate majority, and the Senate will act."
	checkKinds(t, text, map[string]Kind{"U.S. Senate": Org})
	checkKinds(t, "The Republican Party met.", map[string]Kind{"Republican Party": Org})
}

// TestClubs: a football club of clubs.txt is an organisation, though a
// place's name opens it ("Manchester City") or it reads as a person's
// ("Real Madrid").
func TestClubs(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Manchester City and Real Madrid drew 1-1 in Manchester.", map[string]Kind{"Manchester City": Org, "Real Madrid": Org, "Manchester": Place}},
		{"Bayern Munich and Paris Saint-Germain meet in the final.", map[string]Kind{"Bayern Munich": Org, "Paris Saint-Germain": Org}},
	})
}

// TestHyphenParticiples: a name and a participle joined by a hyphen are
// a compound adjective; the name ends at the hyphen ("Los Angeles-based"
// names Los Angeles), a Korean given name's syllable is no participle.
func TestHyphenParticiples(t *testing.T) {
	text := "A Nobel Prize-winning economist joined the Los Angeles-based firm, and Kim Jong-un met Ban Ki-moon."
	checkKinds(t, text, map[string]Kind{"Nobel Prize": Other, "Los Angeles": Place, "Kim Jong Un": Person, "Ban Ki-moon": Person})
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			if got := text[m.Span.Start:m.Span.End]; got != m.Text || strings.Contains(got, "-based") || strings.Contains(got, "-winning") {
				t.Errorf("%s: mention %q at %v (text there %q)", e.Name, m.Text, m.Span, got)
			}
		}
	}
	checkKinds(t, "The Republican-controlled Congress met.", map[string]Kind{"Congress": Org})
	// A syllable of a given name or an adjective that only ends in "-ed"
	// or "-ing" is no participle; an article's name is cut as any.
	checkKinds(t, "He met Li Ka-shing. The High-speed line opened, and an al-Qaeda-linked group fled.", map[string]Kind{"Li Ka-shing": Person, "al-Qaeda": Org})
	for _, text := range []string{"A Los Angeles-based-led firm.", "The Al-Qaeda-linked cell.", "-based", "X--based Y-", "Martin Luther King Jr's speech."} {
		for _, e := range Entities(text) {
			for _, m := range e.Mentions {
				if got := text[m.Span.Start:m.Span.End]; got != m.Text || strings.HasSuffix(got, "-") || strings.Contains(got, "-based") || strings.Contains(got, "-linked") {
					t.Errorf("Entities(%q): %s: mention %q at %v", text, e.Name, got, m.Span)
				}
			}
		}
	}
	checkKinds(t, "Martin Luther King Jr's speech was famous.", map[string]Kind{"Martin Luther King Jr": Person})
	// The participle says what the name is: a maker ("-made", "-built")
	// a company, unless the gazetteer knows it as a place or a people; a
	// thing won ("-winning", "-nominated") a prize, though a given name
	// or a place by default.
	checkKinds(t, "They flew Dassault-made jets, US-made jets and Iranian-made drones, and a Boeing-built plane landed.",
		map[string]Kind{"Dassault": Org, "United States": Place, "Boeing": Org})
	checkKinds(t, "The Oscar-winning actor met an Emmy-nominated writer and a Nobel-winning economist.",
		map[string]Kind{"Oscar": Other, "Emmy": Other, "Nobel": Other})
}

// TestAdjectivesOfPlace: an adjective that also opens offices' titles
// ("National", "State") before a kind of place is the place's name, in the
// mention and in the entity's name.
func TestAdjectivesOfPlace(t *testing.T) {
	checkKinds(t, "He visited the National Museum and the State Library.", map[string]Kind{"National Museum": Place, "State Library": Place})
	// Their keys keep the adjective: two museums stay two.
	checkKinds(t, "He visited the National Museum and then the State Museum.", map[string]Kind{"National Museum": Place, "State Museum": Place})
	// Not an adjective of time before a kind of place: "Former" is no
	// part of an airport's name.
	checkKinds(t, "Former Airport manager Jan Kowal said so.", map[string]Kind{"Airport": Place, "Jan Kowal": Person})
}

// TestModifiedPlaces: a word the gazetteer shows modifying places ("New",
// "North", "Greater") before a place it knows names a place whole, where
// "New" was cut off as a common word; at a sentence's start only when the
// name is also written inside a sentence nearby.
func TestModifiedPlaces(t *testing.T) {
	for _, w := range []string{"new", "north", "south", "east", "west", "greater", "lower"} {
		if !placeModifiers()[w] {
			t.Errorf("placeModifiers lacks %q", w)
		}
	}
	for _, w := range []string{"san", "saint", "port", "the", "old"} {
		if placeModifiers()[w] {
			t.Errorf("placeModifiers holds %q", w)
		}
	}
	checkKindRows(t, []kindRow{
		{"He grew up in New England and moved to Greater Manchester.", map[string]Kind{"New England": Place, "Greater Manchester": Place}},
		{"New Iran sanctions bill lacks support. The vote is on Monday.", map[string]Kind{"Iran": Place}},
		{"At New England town meetings, all residents vote. New England town meetings are old.", map[string]Kind{"New England": Place}},
		// A closing quotation mark before the name is no word of its
		// sentence: the name opens one there.
		{"“It is done.” New Iran talks begin on Monday. Nobody came.", map[string]Kind{"Iran": Place}},
	})
}

// TestTeams: a known place and a plural written after "the" is a team's
// or a body's name, and its short form the same organisation's, before a
// score too; a
// person's name of that shape, never after "the", stays a person's, and a
// place's own plural names stay places.
func TestTeams(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"The Dallas Cowboys beat the New England Patriots 24-10. The Patriots fell to 3-4, and the Cowboys rose.",
			map[string]Kind{"Dallas Cowboys": Org, "New England Patriots": Org}},
		{"Injuries kept him out against the Pittsburgh Steelers. The Steelers defense held.", map[string]Kind{"Pittsburgh Steelers": Org}},
		// A verb's past form after the name: its subject, no modifier.
		{"Fans of the Green Bay Packers cheered on Sunday.", map[string]Kind{"Green Bay Packers": Org}},
		// Not an adjective's: "Victorian themed" is a compound.
		{"They built Victorian themed homes and Edwardian styled villas.", map[string]Kind{}},
		{"By Miri Forbes and Nicholas Eaton. Miri Forbes is a researcher.", map[string]Kind{"Miri Forbes": Person, "Nicholas Eaton": Person}},
		{"George Soros and Austin Powers watched the Paris Accords talks.", map[string]Kind{"George Soros": Person, "Austin Powers": Person, "Paris Accords": Other}},
		// "the" is a word of its own: "loathe" is none.
		{"Austin Powers spoke on Monday. Critics loathe Powers films.", map[string]Kind{"Austin Powers": Person}},
		// A team's plural alone first, as a headline writes it, takes
		// the full name's kind.
		{"NFL says Bears handled it\n\nOn Sunday, Chicago Bears quarterback Jay Cutler was hurt. The NFL said the Bears handled it.",
			map[string]Kind{"NFL": Org, "Chicago Bears": Org, "Jay Cutler": Person}},
	})
	// A number after a name that is a score is no label's ("Figure 3"):
	// the name stays a mention; an abbreviation before a range of days
	// or a case's number is none.
	if got := kindsByName("Real Madrid beat Barcelona 3-1 on Sunday."); got["Barcelona"] == "" {
		t.Errorf("Barcelona before a score: no mention in %v", got)
	}
	checkKinds(t, "The poll ran Dec. 6-9 and the case is No. 11-3077.", map[string]Kind{})
	checkKinds(t, "The results are in Figure 3-1 and Figure 3-2 below.", map[string]Kind{})
}

// TestPrefixedNames: a sentence that opens with an English prefix joined
// to a name the lists know ("Ex-CIA", "Anti-Trump") names that; a
// capitalised prefix inside a sentence opens a name of its own, and a
// prefixed word inside a sentence is no mention.
func TestPrefixedNames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Ex-CIA chief in Benghazi breaks silence. The CIA said no.", map[string]Kind{"CIA": Org, "Benghazi": Place}},
		{"Ex-CIA Director John Brennan spoke.", map[string]Kind{"CIA": Org, "John Brennan": Person}},
		{"Anti-Trump protesters marched in Portland.", map[string]Kind{"Donald Trump": Person, "Portland": Place}},
		{"The Anti-Defamation League and the Pittsburgh Post-Gazette reported it.", map[string]Kind{"Anti-Defamation League": Org, "Pittsburgh Post-Gazette": Org}},
		{"Anti-Semitic slurs were heard in Paris.", map[string]Kind{"Paris": Place}},
		{"An ex-NASA engineer joined a pro-Israel group.", map[string]Kind{}},
	})
}

// TestPeopleBeforeNames: a people in the plural before a person's name
// describes the people named, and is no part of the name; a body named by
// a people and a word stays whole.
func TestPeopleBeforeNames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"The race pits fellow Floridians Jeb Bush and Marco Rubio against each other.", map[string]Kind{"Jeb Bush": Person, "Marco Rubio": Person}},
		{"During the debate, Democrats Hillary Clinton and Bernie Sanders clashed.", map[string]Kind{"Hillary Clinton": Person, "Bernie Sanders": Person}},
		{"Texans Ted Cruz and Rick Perry spoke.", map[string]Kind{"Ted Cruz": Person, "Rick Perry": Person}},
	})
	for _, e := range Entities("Democrats Abroad met in Berlin.") {
		if e.Name == "Abroad" {
			t.Errorf("Entities: %q cut from Democrats Abroad", e.Name)
		}
	}
}

// TestTranscriptLabels: the labels of a transcript's speakers, repeated at
// the start of lines before a colon, are names though each opens a
// sentence; a page's labels ("Source:", "Update:") are not.
func TestTranscriptLabels(t *testing.T) {
	text := "Umansky: Hello there.\nZillow: We agree.\nUmansky: Good.\nZillow: Yes.\nSource: the company.\nSource: the court."
	checkKinds(t, text, map[string]Kind{"Umansky": Person, "Zillow": Org})
	if got := speakerLabels(text); !maps.Equal(got, map[string]bool{"Umansky": true, "Zillow": true}) {
		t.Errorf("speakerLabels = %v, want Umansky and Zillow", got)
	}
}

// TestRealmNames: a nationality before a realm's word is part of the
// realm's name, in its key and its name: the British and the Roman Empire
// are two.
func TestRealmNames(t *testing.T) {
	text := "It was part of the Russian Empire. The British Empire and the Roman Empire grew."
	var names []string
	for _, e := range Entities(text) {
		names = append(names, e.Name)
	}
	slices.Sort(names)
	if want := []string{"British Empire", "Roman Empire", "Russian Empire"}; !slices.Equal(names, want) {
		t.Errorf("Entities(%q) names %q, want %q", text, names, want)
	}
}

// TestAppositionBefore: a noun of a body set off before a name and closed
// after it describes the name ("a space company, Blue Origin,"); a noun
// that ends a clause before a subject does not.
func TestAppositionBefore(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"He founded a space company, Blue Origin, in 2000.", map[string]Kind{"Blue Origin": Org}},
		{"After leaving the firm, Jan Kowal founded a bank.", map[string]Kind{"Jan Kowal": Person}},
	})
}

// TestAppositionPossessive: an apposition after a name may open with
// "its", "their" or a name's possessive ("Alphabet, Google's parent
// company"); a person's noun there is not of a name after "of" and a
// capitalised word but of the name before "of" ("Dean Holm of Holm
// Legal, Quennel's lawyer").
func TestAppositionPossessive(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Microsoft and Zorvakil, Google's parent company, reported results.", map[string]Kind{"Microsoft": Org, "Zorvakil": Org, "Google": Org}},
		{"He sold Zorvakil, its parent company, in May.", map[string]Kind{"Zorvakil": Org}},
		{"He hired Brelvik, their lawyer, in May.", map[string]Kind{"Brelvik": Person}},
		{"He hired Quennel, Trump's former lawyer, in May.", map[string]Kind{"Quennel": Person, "Donald Trump": Person}},
	})
	checkNotKind(t, "Dean Holm of Holm Legal, Quennel's lawyer, filed a motion.", "Holm Legal", Person)
	// A name ending in a word of the dictionary stays a person's when an
	// apposition of a person's noun follows, a name inside it too.
	checkKinds(t, "Arne Slot, the Liverpool manager, said his side were poor.", map[string]Kind{"Arne Slot": Person, "Liverpool": Place})
	// A name before the head only in an apposition that closes: not a
	// sentence's subject after an opening phrase.
	checkNotKind(t, "After leaving Tarvo, the Brazil singer was happier.", "Tarvo", Person)
	checkNotKind(t, "After the match against Red Star, the Arsenal manager was furious.", "Red Star", Person)
	// A relative clause or a preposition other than those after the head
	// leaves the apposition one.
	checkKinds(t, "It was said by Zornak Velt, a Reuters photographer who was there.", map[string]Kind{"Zornak Velt": Person, "Reuters": Org})
	// After "of" and no capitalised word, the apposition is the name's.
	checkKinds(t, "He is a client of Quennel, a lawyer in Ohio, and was sued.", map[string]Kind{"Quennel": Person, "Ohio": Place})
}

// TestFirmProducts: a firm's name the open data list and one more word is
// the firm's product ("Apple Music", "Google Stadia", even when the bare
// product comes first), unless the text writes it where places go ("at
// Staples Center").
func TestFirmProducts(t *testing.T) {
	text := "Stadia launched this week. Google Stadia costs less than Apple Music. Amazon Echo Dot sold out, and the game was shown at Staples Center."
	checkKinds(t, text, map[string]Kind{"Google Stadia": Other, "Apple Music": Other, "Amazon Echo Dot": Other, "Staples Center": Place})
}

// TestHonorificInsideRun: an abbreviated title inside a run stands between
// a place or a body and a person, as an office does ("Massachusetts Sen.
// Elizabeth Warren", "Kentucky GOP Gov. Matt Bevin"); a place of the
// gazetteer before it is a place's mention of its own, whatever the office
// ("Texas Sen. Ted Cruz"; "Nevada Democrat Lucy Flores").
func TestHonorificInsideRun(t *testing.T) {
	text := "Massachusetts Sen. Brenna Hollow spoke first. Then Kentucky GOP Gov. Tomas Berg answered."
	checkKinds(t, text, map[string]Kind{"Massachusetts": Place, "Brenna Hollow": Person, "Kentucky GOP": Org, "Tomas Berg": Person})
	checkKinds(t, "Nevada Democrat Lina Ferro won. Senate Republican Dale Moss lost.", map[string]Kind{"Nevada": Place, "Lina Ferro": Person, "Dale Moss": Person})
	checkKinds(t, "Rates rose after Federal Reserve Chair Janet Yellen met U.N. Secretary-General Ban Ki-moon.", map[string]Kind{"Federal Reserve": Org, "Janet Yellen": Person, "United Nations": Org, "Ban Ki-moon": Person})
	checkKinds(t, "They met at the Electric Chair Museum.", map[string]Kind{"Electric Chair Museum": Place})
	checkKinds(t, "The speech by Martin Luther King Jr. was famous.", map[string]Kind{"Martin Luther King Jr.": Person}) // a surname that is an office's word
	checkKinds(t, "The firm had leverage, said Notre Dame Law School professor Mark McKenna.", map[string]Kind{"Notre Dame Law School": Org, "Mark McKenna": Person})
	checkKinds(t, "Springfield Mayor J.R. Park said no.", map[string]Kind{"Springfield": Place, "J.R. Park": Person})
}

// TestRosterAndTitlesInsideRun: a player's position as rosters write it
// ("DL", "CB") and a firm officer's or an ombudsman's title inside a run
// are no part of the person's name; three capitals are an organisation's
// name ("BMJ Case Reports"), and an initial before a given name that ends
// the run ("Samuel L Jackson") is a middle initial.
func TestRosterAndTitlesInsideRun(t *testing.T) {
	text := "The Browns signed DL Tomas Berg and CB Brenna Hollow. Twitter CEO Anna Kowalczyk spoke, and Samuel L Jackson laughed."
	got := kindsByName(text)
	for _, name := range []string{"Tomas Berg", "Brenna Hollow", "Anna Kowalczyk", "Samuel L Jackson"} {
		if got[name] != Person {
			t.Errorf("Entities(%q): %q is %q, want a person (all: %v)", text, name, got[name], got)
		}
	}
}

// TestOfficeBeforeDay: an office word inside a run followed by a day names
// no one ("told the Argus Leader Monday afternoon").
func TestOfficeBeforeDay(t *testing.T) {
	text := `"It is working," Brenna Hollow told the Argus Leader Monday afternoon.`
	if k, ok := kindsByName(text)["Monday"]; ok {
		t.Errorf("Entities(%q) has Monday (%s), a day", text, k)
	}
}

// TestCityVariants: the rules alone (the zero Resolver) key another
// spelling GeoNames gives a city as the city, and keep apart a city's
// former name and look-alike cities.
func TestCityVariants(t *testing.T) {
	var r Resolver
	same := [][]string{
		{"Mykolaiv", "Mykolayiv", "Nikolaev", "Nikolayev", "Nikolaev's"},
		{"Kharkiv", "Kharkov"},
		{"Mumbai", "Bombay"},
		{"Dnipropetrovsk", "Dnepropetrovsk"},
		{"Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"},
		{"Luhansk", "Lugansk"},
	}
	for _, g := range same {
		for _, v := range g[1:] {
			if a, b := r.Key(g[0]), r.Key(v); a != b {
				t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", g[0], a, v, b)
			}
		}
	}
	apart := [][2]string{
		{"York", "Eboracum"},       // a former name, not a spelling
		{"Beijing", "Peking"},      // the same
		{"Mykolaiv", "Mykolaivka"}, // another town
		{"Luhansk", "Lutsk"},
		{"Ahmad", "Al Ahmadi"}, // a given name GeoNames lists for a city
	}
	for _, p := range apart {
		if a, b := r.Key(p[0]), r.Key(p[1]); a == b {
			t.Errorf("Key(%q) = Key(%q) = %q: want them apart", p[0], p[1], a)
		}
	}
}

// TestCompassPlaces: a division of a country that a compass word names
// as a part of a place is a place of its own, not the place it is part of
// ("Northern Ireland" is not Ireland).
func TestCompassPlaces(t *testing.T) {
	text := "Officials in Northern Ireland met ministers from Ireland and Western Australia on Tuesday."
	checkFirstMentionKinds(t, text, map[string]Kind{"Northern Ireland": Place, "Ireland": Place, "Western Australia": Place})
}

// TestAndListsNames: "and" after a place or a firm the gazetteers know
// whole lists two names; it joins an organisation's name only inside it
// ("Department of Health and Human Services").
func TestAndListsNames(t *testing.T) {
	for text, want := range map[string][]string{
		"Clashes in the West Bank and North Sinai continued.":                      {"West Bank", "North Sinai"},
		"Reporters of the New York Times and the Los Angeles Times asked.":         {"New York Times", "Los Angeles Times"},
		"He spoke to the Department of Health and Human Services about the virus.": {"Department of Health and Human Services"},
		// A head shared by two common words ("air", "space" beside "the
		// air base"): one name.
		"Pilots of the French Air and Space Force flew from the air base.":    {"French Air and Space Force"},
		"The Food and Drug Administration approved it, and food prices fell.": {"Food and Drug Administration"},
		// A surname or a pronoun before "and" lists two names.
		"Mr Kessler met Clinton and State Department officials, and Kessler left.": {"Mr Kessler", "Clinton", "State Department"},
		"He and House Judiciary Committee members spoke; he left.":                 {"House Judiciary Committee"},
		"He met Defense and State Department officials; defense spending rose.":    {"State Department"},
		// A place the gazetteer names with "and" is one name; a kind
		// of place ends a name before "and" where no "of" is in it.
		"The Trinidad and Tobago team beat Bosnia and Herzegovina.": {"Trinidad and Tobago", "Bosnia and Herzegovina"},
		"Trains stop at Ravelin Park and Union Station.":            {"Ravelin Park", "Union Station"},
		"The Department of Parks and Recreation met.":               {"Department of Parks and Recreation"},
	} {
		var got []string
		for _, e := range Entities(text) {
			got = append(got, e.Mentions[0].Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Entities(%q) first mentions %q, want %q", text, got, want)
		}
	}
}

// TestPersonHeads: a name no table knows before a noun only a person has
// (kin, a president's term) is a person's, every mention of it.
func TestPersonHeads(t *testing.T) {
	for text, name := range map[string]string{
		"Former officials of the Obama administration criticised the plan. Obama later defended it.": "Obama",
		"Donors close to the Ricketts family gave more than before.":                                 "Ricketts",
		"Reporters asked about Kowalczyk's wife and the contracts.":                                  "Kowalczyk",
	} {
		found := false
		for _, e := range Entities(text) {
			if e.Name == name || strings.HasPrefix(e.Mentions[0].Text, name) {
				found = true
				if e.Kind != Person {
					t.Errorf("Entities(%q): %q is %s, want person", text, name, e.Kind)
				}
			}
		}
		if !found {
			t.Errorf("Entities(%q): no %q", text, name)
		}
	}
}

// TestFirmsBeforePlaceWords: a firm the open data list whole is an
// organisation even when a word of it names places ("Street", "City").
func TestFirmsBeforePlaceWords(t *testing.T) {
	text := "According to the Wall Street Journal and the Kansas City Star, the talks failed."
	for _, e := range Entities(text) {
		if e.Kind != Org {
			t.Errorf("Entities(%q): %q is %s, want org", text, e.Mentions[0].Text, e.Kind)
		}
	}
}

// TestPossessiveEndsFullName: a person's full name in the possessive ends
// the name; what follows is a name of its own ("Ted Cruz's Iowa
// campaign": Ted Cruz, and Iowa).
func TestPossessiveEndsFullName(t *testing.T) {
	text := "Volunteers for Ted Cruz's Iowa campaign knocked on doors in Des Moines."
	checkFirstMentionKinds(t, text, map[string]Kind{"Ted Cruz's": Person, "Iowa": Place, "Des Moines": Place})
}

// TestBodyThenPerson: an office before a run names its body, and the run
// goes on to the holder's name: two mentions where the lists know the
// body whole, and what follows the holder reads on its own. A firm's name
// before a given name (a product), a town of one word ("Chad Michael
// Murray"), a country that is a given name too ("Jordan Mickey Tarrant")
// or a body the lists do not know stay whole.
func TestBodyThenPerson(t *testing.T) {
	for text, want := range map[string]map[string]Kind{
		"He met U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry on Monday.": {
			"U.S.": Place, "European Union": Org, "Gordon Sondland": Person, "Rick Perry": Person,
		},
		"She thanked Ambassador to the United Nations Nikki Haley and Defense Secretary Jim Mattis.": {
			"United Nations": Org, "Nikki Haley": Person, "Jim Mattis": Person,
		},
		"The European Union Gordon Sondland testified on Wednesday.":        {"European Union": Org, "Gordon Sondland": Person},
		"The United Nations Antonio Guterres Monday warned of famine.":      {"United Nations": Org, "Antonio Guterres": Person},
		"Ambassador to the United Nations Nikki Haley In New York said no.": {"United Nations": Org, "Nikki Haley": Person, "New York": Place},
		"The actor Chad Michael Murray signed on.":                          {"Chad Michael Murray": Person},
		"Sales of the Amazon Echo Dot rose.":                                {"Amazon Echo Dot": Other},
	} {
		checkFirstMentionKinds(t, text, want)
	}
	// "Jordan" is a country of the table and a given name: no body.
	text := "The forward Jordan Mickey Tarrant scored twice."
	checkFirstMentionKinds(t, text, map[string]Kind{"Jordan Mickey Tarrant": Person})
}

// TestPlaceOffices: the name before a town's or a state's office is a
// place, before another office an organisation; and "and" after a month
// joins nothing.
func TestPlaceOffices(t *testing.T) {
	for text, want := range map[string]map[string]Kind{
		"Atlantic City Mayor Don Guardian said casinos would stay.":      {"Atlantic City": Place, "Don Guardian": Person},
		"Judicial Watch President Tom Fitton said the suit would go on.": {"Judicial Watch": Org, "Tom Fitton": Person},
		"Lawmakers left in July and Congress did not return.":            {"Congress": Org},
		// A nationality or a place, then words of the dictionary: the
		// office's field, no body.
		"French Culture Minister Odile Marchand said the museum would reopen.": {"Odile Marchand": Person},
		"Texas Agriculture Commissioner Dale Purvis spoke on Monday.":          {"Texas": Place, "Dale Purvis": Person},
		// Offices of law and order, with the scope they are held over.
		"Manhattan District Attorney Alvin Bragg said so.":               {"Manhattan": Place, "Alvin Bragg": Person},
		"Cook County State's Attorney Eileen Burke said so.":             {"Cook County": Place, "Eileen Burke": Person},
		"Cook County Sheriff Tom Dart said the jail was full.":           {"Cook County": Place, "Tom Dart": Person},
		"The ruling came from U.S. District Judge Dee Benson on Monday.": {"U.S.": Place, "Dee Benson": Person},
		"Assistant U.S. Attorney John Doe told the jury so.":             {"U.S.": Place, "John Doe": Person},
		"Harris County District Attorney Kim Ogg said so.":               {"Harris County": Place, "Kim Ogg": Person},
		// Not before other offices, which head teams and firms.
		"Miami Heat President Pat Riley said so.": {"Miami Heat": Org, "Pat Riley": Person},
	} {
		checkFirstMentionKinds(t, text, want)
	}
	// A body of one word no list knows before an office is a mention
	// where the text names it on its own elsewhere, inside a sentence.
	checkMentions(t, "Investors watched the Zorvex board. Zorvex Chair Dana Kell spoke.", []string{"Zorvex", "Zorvex", "Dana Kell"})
	checkMentions(t, "Health is wealth. Health Secretary Dana Kell spoke.", []string{"Dana Kell"})
	checkMentions(t, "Why Some People Triumph Online\n\nHow to adopt an Online Leader Dana Kell mindset.", []string{"Dana Kell"})
	// Unless the text names the words on their own elsewhere.
	text := "Ads for American Harvest ran in May. American Harvest Commissioner Dana Kell spoke."
	found := false
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			found = found || m.Text == "American Harvest" && m.Span.Start > 30
		}
	}
	if !found {
		t.Errorf("Entities(%q): no mention \"American Harvest\" before the office", text)
	}
}

// TestCountryGivenNames: a given name that is also a country's name,
// which may stand before a title ("Israel PM"), opens a person's name
// before a surname alone; not after "in" or "at", nor before a word of
// the dictionary or a name the lists know. A country's acronym before a
// title is the country's mention ("UK PM").
func TestCountryGivenNames(t *testing.T) {
	for text, want := range map[string]map[string]Kind{
		"Foreign Minister Israel Katz met envoys. Katz said so.": {"Israel Katz": Person},
		"When Caesar arrived in Egypt Pothinus mocked him.":      {"Caesar": Other, "Egypt": Place, "Pothinus": Person},
		"Israel Hamas talks stalled on Monday.":                  {"Israel": Place, "Hamas": Org},
		// "PM" is a title, after a country's acronym too.
		"UK PM Odile Marchand met the PM of Canada.": {"UK": Place, "Odile Marchand": Person, "Canada": Place},
	} {
		checkFirstMentionKinds(t, text, want)
	}
	if got := Entities("Defense Minister Israel Katz said so.")[0].Name; got != "Israel Katz" {
		t.Errorf("the entity of \"Israel Katz\" is named %q", got)
	}
}

// TestOccupationTitles: an occupation that no list of offices holds,
// before a given name and a surname, ends a job's title, which is no
// name: the words before it are the title's, unless they name a body
// the lists know or an acronym does. A bare occupation word inside a
// person's name, with no given name after it, stays the name's.
func TestOccupationTitles(t *testing.T) {
	for text, want := range map[string]map[string]Kind{
		"The plan came from Campaign Manager Jennifer Oakes on Monday.": {"Jennifer Oakes": Person},
		"Digital Content Editor Melissa Tran wrote the note.":           {"Melissa Tran": Person},
		"The court heard Defensive Coordinator Steve Marlow on Friday.": {"Steve Marlow": Person},
		"FAA Administrator Robert Linley said the rule would stand.":    {"FAA": Org, "Robert Linley": Person},
		"Google Software Engineer Diane Oyelaran built the tool.":       {"Google": Org, "Diane Oyelaran": Person},
		"The quarterback Baker Mayfield threw twice.":                   {"Baker Mayfield": Person},
		"He thanked Christopher Walker Smith for the loan.":             {"Christopher Walker Smith": Person},
		"The Mary Baker Eddy Library opened on Monday.":                 {"Mary Baker Eddy Library": Place},
		"Paris Hilton Hotel Manager Diane Oyelaran said it.":            {"Paris Hilton Hotel": Org, "Diane Oyelaran": Person},
		"CBS Sports NFL Insider Jason Marlow said so.":                  {"CBS": Org, "Jason Marlow": Person},
		"Apple Senior Software Engineer Diane Oyelaran spoke.":          {"Apple": Org, "Diane Oyelaran": Person},
	} {
		checkFirstMentionKinds(t, text, want)
	}
}

// TestBylineNames: the names of a byline are mentions, as in prose: a
// byline in title case is no headline, and one in capitals ends where
// the capitals do.
func TestBylineNames(t *testing.T) {
	for text, want := range map[string]map[string]Kind{
		"By Tamsin Hale, Oliver Brandt, and Ruth Ocampo\n\nThe survey closed in May.\n": {"Tamsin Hale": Person, "Oliver Brandt": Person, "Ruth Ocampo": Person},
		"By Tamsin Hale and Ruth Ocampo\n\nThe survey closed in May.\n":                 {"Tamsin Hale": Person, "Ruth Ocampo": Person},
		"By MARTA KOVACS Associated Press\n\nThe survey closed in May.\n":               {"MARTA KOVACS": Person, "Associated Press": Org},
		"By MARTA McKOVACS Associated Press\n\nThe survey closed in May.\n":             {"MARTA McKOVACS": Person, "Associated Press": Org},
		"By TOM KOVACS Jr. Associated Press\n\nThe survey closed in May.\n":             {"TOM KOVACS Jr.": Person, "Associated Press": Org},
		"By Popular Demand Returns Tonight\n\nThe show returns in May.\n":               {},
		// A job's title alone names no one.
		"By MARTA KOVACS Staff Writer\n\nThe survey closed in May.\n":  {"MARTA KOVACS": Person},
		"By Marta Kovacs, Staff Writer\n\nThe survey closed in May.\n": {"Marta Kovacs": Person},
	} {
		checkFirstMentionKinds(t, text, want)
	}
}

// TestDatelineTowns: a word in capitals that opens a dateline is a place
// where a region, an agency's bracket or the gazetteer shows the dateline
// is one; it joins no name it ends ("CSKA Sofia"), and an acronym before
// a dash is no dateline's.
func TestDatelineTowns(t *testing.T) {
	for text, want := range map[string]map[string]Kind{
		"WICKFORD, England — Ferries ran late on Tuesday.\n":       {"WICKFORD": Place, "England": Place},
		"WICKFORD (Reuters) - Ferries ran late on Tuesday.\n":      {"WICKFORD": Place, "Reuters": Org},
		"PORTSMOUTH — Ferries ran late on Tuesday.\n":              {"PORTSMOUTH": Place},
		"SOFIA (Reuters) - He left CSKA Sofia for Levski Sofia.\n": {"SOFIA": Place, "Reuters": Org, "CSKA Sofia": Org, "Levski Sofia": Org},
		"NASA — the agency said so on Tuesday.\n":                  {},
		"CORRECTION, Jan. 5 — An earlier version erred.\n":         {},
		"WICKFORD, Jan. 5 — Ferries ran late on Tuesday.\n":        {"WICKFORD": Place},
		"MENTOR, Ohio (AP) — Ferries ran late on Tuesday.\n":       {"MENTOR": Place, "Ohio": Place, "AP": Org},
		"CORRECTION, Nov — An earlier version erred.\n":            {"Nov": Other}, // no dateline's region, no place
	} {
		checkFirstMentionKinds(t, text, want)
	}
}

// TestCapitalsOnly: a person or a place the text writes only in
// capitals is shown in title case (its mentions stay as written), an
// acronym is not; a word of the dictionary longer than an acronym,
// written in capitals for emphasis, names nothing.
func TestCapitalsOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the entities' names
	}{
		{"WICKFORD, England — Ferries ran late on Tuesday.\n", []string{"Wickford", "England"}},
		{"By MARTA KOVACS Associated Press\n\nThe survey closed.\n", []string{"Marta Kovacs", "Associated Press"}},
		{"NYC — Ferries ran late on Tuesday.\n", nil},
		{"The ferry was ABSOLUTELY full and ran late in Wickford.\n", []string{"Wickford"}},
		// Common words among capitals, shouted, name nothing; such a
		// word in prose is an acronym by choice.
		{"BREAKING NEWS: Ferries ran late in Wickford.\n\nSTORY DEVELOPING\n", []string{"Wickford"}},
		{"It boots with the GRUB loader.\n", []string{"GRUB"}},
		// A word the text's signs make a name stays, whatever its case.
		{"The senator told POLITICO on Tuesday it was over.\n", []string{"POLITICO"}},
		{"By KATHLEEN O'TOOLE and BETSY MCKAY\n\nThe survey closed.\n", []string{"Kathleen O'Toole", "Betsy McKay"}},
		// A job's title written as one someone holds names no one; a
		// name of the same shape elsewhere stays.
		{"Alexandre Roche, a Product Designer at Facebook, left.\n", []string{"Alexandre Roche", "Facebook"}},
		{"He bought a Magic Chef stove.\n", []string{"Magic Chef"}},
	} {
		var got []string
		for _, e := range Entities(c.text) {
			got = append(got, e.Name)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Entities(%q) names %q, want %q", c.text, got, c.want)
		}
	}
}

// TestEndsInCommonWord: an unknown name of several words that opens with
// no given name and ends in a word the text's prose writes in lower case
// names a thing, not a person ("Sonos Move" beside "the move"); unless the
// text writes the whole name in lower case as well ("fort lee"), or its
// last word is a kind of place.
func TestEndsInCommonWord(t *testing.T) {
	text := "The Sonos Move speaker ships in May. Buyers praised the move to a larger battery.\n\n" +
		"Visitors to Fort Lee can walk to the bridge; fort lee has a ferry too. Keep to the lee of the cliff."
	got := firstMentionKinds(text)
	if got["Sonos Move"] != Other || got["Fort Lee"] == Other {
		t.Errorf("Entities: kinds %v, want Sonos Move other, Fort Lee a name", got)
	}
}

// TestWrittenLower: the prose writes a name's words side by side in lower
// case, as strings.EqualFold matches them, also where a word of the text
// opens with a rune of two bytes that folds to the name's first letter
// (the long s of "ſabah"), which the scan's test of first bytes must not
// pass over.
func TestWrittenLower(t *testing.T) {
	for _, c := range []struct {
		text  string
		words []string
		want  bool
	}{
		{"They sailed past fort lee at dawn.", []string{"Fort", "Lee"}, true},
		{"They sailed past fort hill at dawn.", []string{"Fort", "Lee"}, false},
		{"The sabah coast is long.", []string{"Sabah"}, true},
		{"The ſabah coast is long.", []string{"Sabah"}, true},
		{"The Sabah coast is long.", []string{"Sabah"}, false}, // capitalised: the name itself
		{"The tabah coast is long.", []string{"Sabah"}, false},
		{"The émile prize.", []string{"Émile"}, true}, // a first letter not ASCII: every word is read
	} {
		scans := 0
		if got := writtenLower(c.text, appendTokens(nil, c.text), c.words, &scans); got != c.want {
			t.Errorf("writtenLower(%q, %q) = %v, want %v", c.text, c.words, got, c.want)
		}
	}
}

// TestFirmWordAlone: a word alone that the text links to a firm it names
// in full by the open data's name or with a legal form is the firm, before
// the full name or after it, though it speaks ("Tribune said") as people
// do; a given name alone so linked stays a person's.
func TestFirmWordAlone(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Its rival bid for Tribune last month. The Chicago Tribune reported the bid.", "Chicago Tribune"},
		{"The Chicago Tribune reported the bid. Tribune said no.", "Chicago Tribune"},
		{"McClatchy Co filed for bankruptcy. McClatchy said it would go on.", "McClatchy Co"},
	} {
		es := Entities(c.text)
		if len(es) != 1 || es[0].Name != c.want || es[0].Kind != Org {
			t.Errorf("Entities(%q) = %v, want one organisation %q", c.text, es, c.want)
		}
	}
	// Written where places go first, the word alone is the town.
	text := "The mill in Quorvath closed last year. Quorvath Co said it would reopen the mill."
	if es := Entities(text); len(es) != 1 || es[0].Kind != Place {
		t.Errorf("Entities(%q) = %v, want one place", text, es)
	}
	text = "The Quorvath Co shop opened. Jesus, it was cold. Quorvath said sales were up."
	for _, e := range Entities(text) {
		if strings.HasPrefix(e.Name, "Quorvath") && e.Kind != Org {
			t.Errorf("Entities(%q): %q is %s, want org", text, e.Name, e.Kind)
		}
	}
	// A given name alone joins the one school the text names by it,
	// unless a verb reads it as a person's; and so in a batch.
	text = "Darnell University raised its fees. Darnell will also cut staff."
	if es := Entities(text); len(es) != 1 || es[0].Kind != Org || len(es[0].Mentions) != 2 {
		t.Errorf("Entities(%q) = %v, want one organisation named twice", text, es)
	}
	text = "Darnell University raised its fees. Darnell said she would resign."
	if es := Entities(text); len(es) != 2 {
		t.Errorf("Entities(%q) = %v, want the school and a person", text, es)
	}
	var r Resolver
	if ks := r.KeyAll([]string{"Darnell University", "Darnell's"}); ks[0] != ks[1] {
		t.Errorf("KeyAll: %q and %q have keys %q", "Darnell University", "Darnell's", ks)
	}
	if ks := r.KeyAll([]string{"Darnell University", "Darnell College", "Darnell"}); ks[2] == ks[0] || ks[2] == ks[1] {
		t.Errorf("KeyAll: %q joins one of two schools: keys %q", "Darnell", ks)
	}
}

// TestFirmThatIsAGivenName: one word that the open data's firms and the
// given-name list share ("Lexus", "Porsche", "Dana") is the firm, unless
// the text names a person with it, whom the word alone then joins, or
// writes it as only a person is written (an age, "who", "said she", a
// quotation's speaker).
func TestFirmThatIsAGivenName(t *testing.T) {
	text := "At the time, Lexus called the car a concept, and Porsche did the same."
	checkFirstMentionKinds(t, text, map[string]Kind{"Lexus": Org, "Porsche": Org})
	text = "Dana Perino spoke on Monday. Later, Dana said the plan would work."
	if es := Entities(text); len(es) != 1 || es[0].Kind != Person || len(es[0].Mentions) != 2 {
		t.Errorf("Entities(%q) = %v, want one person named twice", text, es)
	}
	// The text's signs of a person make the word a person's.
	for _, text := range []string{
		"Asked about 2028, Dana said she would not run again.",
		"Police said Bentley, 34, was arrested on Monday.",
		"The captain, Noble, who joined the club in 2019, scored.",
		"\"We are ready,\" Bentley said after practice.",
	} {
		if es := Entities(text); len(es) != 1 || es[0].Kind != Person {
			t.Errorf("Entities(%q) = %v, want one person", text, es)
		}
	}
}

// TestCompassSurname: a given name and a compass point are a person's
// name ("Kanye West", "Oliver North"), though a compass point makes other
// names places ("Kowloon West", "West Virginia"); a place's name first
// ("Victoria West") stays a place.
func TestCompassSurname(t *testing.T) {
	text := "Oliver North met Jerry West and Adam South in Kowloon West, then drove to Victoria West and West Virginia."
	checkFirstMentionKinds(t, text, map[string]Kind{"Oliver North": Person, "Jerry West": Person, "Adam South": Person, "Kowloon West": Place, "Victoria West": Place, "West Virginia": Place})
}

// TestCompanyHeads: an unknown name that ends in a word many listed
// companies' names end in (companyHeads) and opens with no common word is
// a company's, not a person's or a thing's; a phrase of common words that
// ends in one is not.
func TestCompanyHeads(t *testing.T) {
	text := "Quorvath Holdings bought Zentral Robotics from Brelt Labs on Monday. " +
		"Gubkin Networks said Social Networks would not mind."
	checkFirstMentionKinds(t, text, map[string]Kind{"Quorvath Holdings": Org, "Zentral Robotics": Org, "Brelt Labs": Org, "Gubkin Networks": Org, "Social Networks": Other})
	// A person's name may end in such a word: an age or an apposition
	// that names a person says so.
	text = "Anthony Holdings, 34, was charged on Monday. Glenn Capital, a former trader, said he was sorry."
	checkFirstMentionKinds(t, text, map[string]Kind{"Anthony Holdings": Person, "Glenn Capital": Person})
}

// TestFirmHeads: an unknown name that ends in a noun firms' names end in
// is an organisation; the noun joins no names around "and".
func TestFirmHeads(t *testing.T) {
	text := "Bankers from Evercore Partners and Salix Pharmaceuticals met on Monday."
	checkFirstMentionKinds(t, text, map[string]Kind{"Evercore Partners": Org, "Salix Pharmaceuticals": Org})
}

// TestSentenceOpenerBeforeName: a sentence's first word that the text also
// writes in lower case is no part of the known name after it.
func TestSentenceOpenerBeforeName(t *testing.T) {
	text := "Critics said it would maybe pass. Maybe Instagram will change course, whatever the cost."
	checkFirstMentionKinds(t, text, map[string]Kind{"Instagram": Org})
}

// TestTimeAdverbBeforeName: an adverb of time that opens a sentence is no
// part of the name after it ("Now Assange faces …"); inside a name it
// stays ("USA Today").
func TestTimeAdverbBeforeName(t *testing.T) {
	text := "Julian Assange was arrested in April. Now Assange faces 18 charges. Meanwhile Lena Ostrova wrote in USA Today that the case was weak."
	got := map[string]bool{}
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			got[m.Text] = true
		}
	}
	for _, want := range []string{"Assange", "Lena Ostrova", "USA Today"} {
		if !got[want] {
			t.Errorf("Entities(%q): no mention %q in %v", text, want, got)
		}
	}
	for _, not := range []string{"Now Assange", "Meanwhile Lena Ostrova"} {
		if got[not] {
			t.Errorf("Entities(%q): mention %q, want the adverb left out", text, not)
		}
	}
}

// TestEventHeadsAfterGivenNames: an event's, a prize's, a law's or a
// plan's head noun ends a name of a thing even after a given name ("Davis
// Cup", "Marshall Plan", "Philip K. Dick Award"), unless the head is a
// surname too ("Doris Day").
func TestEventHeadsAfterGivenNames(t *testing.T) {
	text := "Spain won the Davis Cup after the Marshall Plan exhibition, and Doris Day sang."
	checkFirstMentionKinds(t, text, map[string]Kind{"Spain": Place, "Davis Cup": Other, "Marshall Plan": Other, "Doris Day": Person})
	// A person's signs beat the head; alone the head is no event's.
	text = "Rhonda Week, a nurse in Ohio, said the line was long. Kevin Summit, 52, said prices fell."
	checkFirstMentionKinds(t, text, map[string]Kind{"Rhonda Week": Person, "Kevin Summit": Person, "Ohio": Place})
	text = "The Week reported it first."
	checkFirstMentionKinds(t, text, map[string]Kind{"Week": Org})
	// Prizes, finals, weeks and summits of a name are events too.
	text = "She won the Philip K. Dick Award before the Davis Cup Finals, the American Music Awards, Milan Design Week and the Cloud Identity Summit."
	checkFirstMentionKinds(t, text, map[string]Kind{"Philip K. Dick Award": Other, "Davis Cup Finals": Other, "American Music Awards": Other, "Milan Design Week": Other, "Cloud Identity Summit": Other})
}

// firstMentionKinds returns the kind of each entity Entities finds in
// text, by the text of its first mention.
func firstMentionKinds(text string) map[string]Kind {
	got := map[string]Kind{}
	for _, e := range Entities(text) {
		got[e.Mentions[0].Text] = e.Kind
	}
	return got
}

// checkFirstMentionKinds fails t unless firstMentionKinds(text) is want.
func checkFirstMentionKinds(t *testing.T, text string, want map[string]Kind) {
	t.Helper()
	if got := firstMentionKinds(text); !maps.Equal(got, want) {
		t.Errorf("Entities(%q): first mentions and kinds %v, want %v", text, got, want)
	}
}

func TestTrimPossessive(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Putin's", "Putin"},
		{"Putin’s", "Putin"},
		{"PUTIN'S", "PUTIN"},
		{"PUTIN’S", "PUTIN"},
		{"Jones'", "Jones"},
		{"Jones’", "Jones"},
		{"Mass", "Mass"},
		{"Iris", "Iris"},
		{"O'Neill", "O'Neill"},
		{"a's", "a's"}, // one byte would be left
		{"a’s", "a’s"},
		{"ab’s", "ab"},
		{"x'", "x'"},
		{"xy'", "xy"},
		{"x’", "x’"},
		{"xy’", "xy"},
		{"’s", "’s"},
		{"'", "'"},
		{"", ""},
		{"a\xe2\x80s", "a\xe2\x80s"}, // a broken "’s": not an ending
	} {
		if got := trimPossessive(c.in); got != c.want {
			t.Errorf("trimPossessive(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := string(trimPossessive([]byte(c.in))); got != c.want {
			t.Errorf("trimPossessive([]byte(%q)) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestKindEvidence: what the words around a name say of its kind, one row
// a rule, each with the reason the rule reads that sign.
func TestKindEvidence(t *testing.T) {
	for _, tc := range []struct {
		name, reason, text string
		want               map[string]Kind
	}{
		{
			name:   "language",
			reason: `a name before "language" or "speakers", or after "speakers of", twice, names a language: an other proper name`,
			text:   "Most Brelvani speakers live in Gubkin. The Brelvani language has no script, and Brelvani is taught at home.",
			want:   map[string]Kind{"Brelvani": Other, "Gubkin": Place},
		},
		{
			name:   "language of a people",
			reason: "written once as a language among other mentions, the name is its people's (or a source's: \"the Ethnologue language codes\")",
			text:   "Quorvath said the Quorvath language was old. Quorvath left.",
			want:   map[string]Kind{"Quorvath": Person},
		},
		{
			name:   "parties of a case",
			reason: `"v." between two names cites a case at law, whose parties no gazetteer knows are people; "vs." also joins teams`,
			text:   "The court cited Quorvath v. Brelton. The Zentals vs. Plinkas game was late.",
			want:   map[string]Kind{"Quorvath": Person, "Brelton": Person, "Zentals": Other, "Plinkas": Other}, // teams with no sign of their kind
		},
		{
			name:   "place head after a given name, where places go",
			reason: `"in" or "the" before a name that ends in a kind of place says the place, even after a given name ("in Forest Park")`,
			text:   "We walked in Laura Park and saw the Kevin Palace. Laura Hill said so.",
			want:   map[string]Kind{"Laura Park": Place, "Kevin Palace": Place, "Laura Hill": Person},
		},
		{
			name:   "place head after a given name and another word",
			reason: "three words or more that end in a kind of place name it, unless an initial stands before the head (\"Robert S. Ford\")",
			text:   "Tourists like Jack Quorvath Palace. Robert S. Ford spoke.",
			want:   map[string]Kind{"Jack Quorvath Palace": Place, "Robert S. Ford": Person},
		},
		{
			name:   "step number",
			reason: "a number of one or two digits that opens a sentence numbers a step, and the word after it opens the step's sentence as after \"2.\"",
			text:   "Water the seeds daily. 2 Keep the soil damp. 3 Spread the mix out in Gubkin.",
			want:   map[string]Kind{"Gubkin": Place},
		},
		{
			name:   "numbered reference and bare year",
			reason: "a numbered reference (\"[7]\") or a year that ends a citation (\"2011;\") cites an author, and the names joined to an author are authors",
			text:   "As Quorvath & Brelton [7] showed, and as Zentral found (Zentral 2011; Gubkin, 2010).",
			want:   map[string]Kind{"Quorvath": Person, "Brelton": Person, "Zentral": Person, "Gubkin": Person},
		},
		{
			name:   "author cited by year only",
			reason: "a name always followed by a number is a label (\"Figure 3\"), but not when the number is a year that ends a citation",
			text:   "Gaze follows colour (Plinka 2010; Quorvath & Brelton 2011).",
			want:   map[string]Kind{"Plinka": Person, "Quorvath": Person, "Brelton": Person},
		},
		{
			name:   "adjective before its noun",
			reason: "a word shaped as an adjective made from a name (\"-ian\", \"-ical\", \"-ial\", \"-ional\") before a lower-case noun is no name; it is one before a reporting verb",
			text:   "The Quorvathian houses and the Brelical sense met Gubkin. The Zentralian said so.",
			want:   map[string]Kind{"Gubkin": Other, "Zentralian": Person}, // "met Gubkin": no sign of its kind
		},
		{
			name:   "numbered part of a law",
			reason: "\"Title\", \"Article\", \"Chapter\" or \"Section\" and a Roman numeral name a part of a law or a document, no person",
			text:   "The Secretary may waive any Title IV provision, as Article III allows.",
			want:   map[string]Kind{"Secretary": Person, "Title IV": Other, "Article III": Other}, // "the Secretary": a capitalised office alone (TestCapitalisedOfficeAlone)
		},
		{
			name:   "number before an unknown name",
			reason: "a number right before a name of unknown words is an address's or a guide's numbered sight (\"9 Chehel Sotoun\"), no person; a year before one says nothing",
			text:   "See 9 Quorvath Brelt and 121 Zentral Plinka. The 2012 Gubkin Drass spoke.",
			want:   map[string]Kind{"Quorvath Brelt": Place, "Zentral Plinka": Place, "Gubkin Drass": Person},
		},
		{
			name:   "row of a table of figures",
			reason: "a number before an unknown name and two after it make a row of figures (a league's standings, a race's results): the row names its people, no address; one after is a score, and a telephone number opens with 0: they say nothing",
			text:   "27 Quorvath Brelt 487 0 0 1 1\n\n28 Zentral Plinka 485 0 0 2 2\n\nSee 9 Gubkin Drass. It is 3 Mirta Vosk, 12 feet high.\n\nCalgary 2 Ostra Vel 1 (OT)\n\nThe cafe at 4 Kemble Vrost 01632 960123 opens daily.",
			want:   map[string]Kind{"Quorvath Brelt": Person, "Zentral Plinka": Person, "Gubkin Drass": Place, "Mirta Vosk": Place, "Ostra Vel": Place, "Kemble Vrost": Place},
		},
		{
			name:   "kin in apposition",
			reason: "a kin noun after a possessive in apposition with a name (\"Quorvath, his brother\", \"her daughter, Brelt,\", \"his younger brother, Zorv,\": a word or two in lower case may qualify the noun) makes it a person's: only people have kin",
			text:   "We met Quorvath, his brother, at Gubkin. Her daughter, Brelt, came too. His younger brother, Zorv, stayed. Her late first husband, Plinka, was a pilot.",
			want:   map[string]Kind{"Quorvath": Person, "Brelt": Person, "Gubkin": Place, "Zorv": Person, "Plinka": Person},
		},
		{
			name:   "addressed in quoted speech",
			reason: "a name after a comma that closes a quotation (“It's okay, Gram,”) is addressed, as people are",
			text:   "“It’s okay, Quorvath,” she said in Gubkin. “Go home, Brelt.”",
			want:   map[string]Kind{"Quorvath": Person, "Brelt": Person, "Gubkin": Place},
		},
		{
			name:   "place and province in quoted speech",
			reason: "a name after a capitalised word and a comma in a quotation lists a place and its province, curly marks as straight (“Sarkh, Logar,”), and is not addressed",
			text:   "“Sarkh, Zorvath,” he said. \"Gubkin, Brelskor,\" she said.",
			want:   map[string]Kind{"Zorvath": Other, "Brelskor": Other}, // the first words open their sentences: no evidence, no mention; nor of the second's kind
		},
		{
			name:   "a people's plural",
			reason: "a word no gazetteer knows shaped as a demonym's plural (\"-ans\" after a consonant or \"i\") names a people, as \"Americans\" does; not \"Orleans\"",
			text:   "Many Quorvathians and Brelskans moved to Gubkin, far from Zorleans.",
			want:   map[string]Kind{"Quorvathians": Person, "Brelskans": Person, "Gubkin": Place, "Zorleans": Place},
		},
		{
			name:   "antecedent of who",
			reason: "a name followed by \", who\" is a person's; not after \"in\", \"at\" or \"of\", where \"who\" speaks of the noun before",
			text:   "I went to Quorvath, who is a politician. The mayor of Brelt, who spoke, left Gubkin.",
			want:   map[string]Kind{"Quorvath": Person, "Brelt": Other, "Gubkin": Other}, // no person; nor a place by any sign
		},
		{
			name:   "who after a possessive or an ordinal",
			reason: "after a possessive or an ordinal the name is part of a longer phrase, and \", who\" speaks of the phrase's head",
			text:   "A clerk on New York's Quorvath, who gave money, and a delegate from the state's 2nd Brelt, who is also in Gubkin.",
			want:   map[string]Kind{"New York": Place, "Quorvath": Other, "Brelt": Other, "Gubkin": Place},
		},
		{
			name:   "adjective after a capitalised The",
			reason: "\"The\" capitalised inside a sentence opens a name (\"outside The Venetian hotel\"), so an adjective's shape after it says nothing",
			text:   "They met outside The Quorvathian hotel in Gubkin.",
			want:   map[string]Kind{"Quorvathian": Other, "Gubkin": Place}, // a name, of no kind a sign gives
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, kindsByName(tc.text)); diff != "" {
				t.Errorf("%s: Entities(%q) kinds (-want +got):\n%s", tc.reason, tc.text, diff)
			}
		})
	}
}

// TestDesignations: an unknown word of four runes or more that mixes
// letters and digits names a model, a weapon or a part, not an
// organisation or a place; short acronyms with a digit ("G7") stay
// organisations.
func TestDesignations(t *testing.T) {
	for w, want := range map[string]bool{"A320": true, "ASN4G": true, "D800E": true, "H1N1": true,
		"G7": false, "G20": false, "3M": false, "NATO": false, "AB12": true, "1234": false,
		"A330neo": true, "Boeing 737": false} {
		if got := isDesignation(w); got != want {
			t.Errorf("isDesignation(%q) = %v, want %v", w, got, want)
		}
	}
	checkKinds(t, "The jets will carry the ASN4G missile, and the airline flies the A320 to Lyon.",
		map[string]Kind{"ASN4G": Other, "A320": Other, "Lyon": Place})
}

// TestBodyOfDescriptors: a body named by a nationality's or an office's
// words and a head noun is named whole, though those words open a
// person's name as offices ("European Commission President …").
func TestBodyOfDescriptors(t *testing.T) {
	checkKinds(t, "Officials said the European Commission agreed, and the Russian Foreign Ministry said so. "+
		"European Commission President Ursula von der Leyen spoke in Brussels.",
		map[string]Kind{"European Commission": Org, "Russian Foreign Ministry": Org, "Ursula von der Leyen": Person, "Brussels": Place})
	// At a sentence's start: "The" is left out, a function word keeps
	// the rule off ("In Congress"), as do qualifiers of an office
	// ("Former").
	checkKinds(t, "The European Commission said on Monday it would act. In Congress, few agreed.",
		map[string]Kind{"European Commission": Org, "Congress": Org})
	// A determiner or a qualifier before the body is passed over before
	// its words are read for capitals (review of dc86e17).
	checkKinds(t, "Yesterday the talks ended. THE European Commission President Jan Kowalski said so.",
		map[string]Kind{"European Commission": Org, "Jan Kowalski": Person})
	checkKinds(t, "The UN Commission President Jan Kowalski said so.",
		map[string]Kind{"United Nations": Org, "Jan Kowalski": Person})
	// Before an office and a name, the body is named too.
	checkKinds(t, "Officials said European Commission President Ursula von der Leyen agreed.",
		map[string]Kind{"European Commission": Org, "Ursula von der Leyen": Person})
}

// TestAgentNounBeforeName: a noun for someone who does something opening
// a sentence before a given name describes the person ("Comedian Sarah
// Silverman"); a given name of that shape does not ("Walter Cronkite").
// So does a noun of a person before a name of no dictionary words
// ("Actress Danai Gurira"), but not before common words, which may name
// a body ("Teacher Retirement System").
func TestAgentNounBeforeName(t *testing.T) {
	checkKinds(t, "Comedian Sarah Silverman spoke first. Walter Cronkite followed her.",
		map[string]Kind{"Sarah Silverman": Person, "Walter Cronkite": Person})
	checkKinds(t, "Actress Danai Gurira spoke first.", map[string]Kind{"Danai Gurira": Person})
	text := "Teacher Retirement System officials met."
	if _, ok := kindsByName(text)["Teacher Retirement System"]; !ok {
		t.Errorf("Entities(%q) = %v, want the name whole", text, kindsByName(text))
	}
}

// TestPairedNamesWrittenApart: a hyphenated name one of whose mentions
// is written without the hyphen names one of the people, not the pair.
func TestPairedNamesWrittenApart(t *testing.T) {
	text := "Gary Johnson met Bill Weld. The Johnson-Weld ticket grew. Then Weld said so."
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			if m.Text == "Weld" && e.Kind != Person {
				t.Errorf("Entities(%q): %q in %q is %s, want a person", text, m.Text, e.Name, e.Kind)
			}
		}
	}
}

// TestStormNames: a tropical cyclone's name is an event's, not a
// person's, at a sentence's start too; the given name alone stays a
// person's, unless the text names the storm by it.
func TestStormNames(t *testing.T) {
	checkKinds(t, "Hurricane Katrina hit the city. Then Typhoon Haiyan struck.",
		map[string]Kind{"Hurricane Katrina": Other, "Typhoon Haiyan": Other})
	checkKinds(t, "Katrina said no.", map[string]Kind{"Katrina": Person})
	// The given name alone before the storm's full name is the storm.
	checkKinds(t, "After Sandy, the town rebuilt. Hurricane Sandy killed 100 people.", map[string]Kind{"Hurricane Sandy": Other})
	// A storm word before a common word opens a place's or a body's name.
	checkKinds(t, "Then Typhoon Lagoon opened.", map[string]Kind{"Typhoon Lagoon": Place})
}

// TestOfficeInChamber: a title head after a chamber ("House Speaker",
// "NFL Commissioner") is the office, not part of the person's name; the
// side of a chamber ("Majority", "Minority") is part of the office, not
// of the body's name.
func TestOfficeInChamber(t *testing.T) {
	checkKinds(t, "House Speaker Nancy Pelosi said no.", map[string]Kind{"Nancy Pelosi": Person})
	checkKinds(t, "Senate Majority Leader Chuck Schumer said no.", map[string]Kind{"Chuck Schumer": Person})
	// "Chief" splits a body from a person too, but not as "Chief of".
	checkKinds(t, "Police Chief John Smith said.", map[string]Kind{"John Smith": Person})
	text := "He met Deputy Chief of Staff Jake Sullivan and Deputy Chief of Staff Huma Abedin."
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			if strings.HasPrefix(m.Text, "of ") {
				t.Errorf("Entities(%q): a mention opens with \"of\": %q", text, m.Text)
			}
		}
	}
	// Not a title head in a place's or an event's name.
	checkKinds(t, "They met at Speaker's Corner.", map[string]Kind{"Speaker's Corner": Place})
	if _, ok := kindsByName("The Speaker Series Events began.")["Series Events"]; ok {
		t.Errorf("Entities(%q): \"Speaker\" stripped as a title", "The Speaker Series Events began.")
	}
}

// TestGivenNameRunInTitleCase: a line that reads as title case because
// it is full of names (an author's line, a caption) still names the
// person whose given name opens a run that a lower-case word ends; a run
// that a number or a capitalised word ends is split as a headline's is.
func TestGivenNameRunInTitleCase(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Daniel Smith works at Durham University, United Kingdom",
			map[string]Kind{"Daniel Smith": Person, "Durham University": Org, "United Kingdom": Place}},
		{"Claire Warwick c.warwick@durham.ac.uk Durham University, United Kingdom",
			map[string]Kind{"Claire Warwick": Person, "Durham University": Org, "United Kingdom": Place}},
		{"[Images via Getty; Justin Bieber image via AP]", map[string]Kind{"Justin Bieber": Person}},
		// A number after the run proves nothing of where the name ends.
		{"Presentation European Seminars 2012 in London Nov 7 & 8", map[string]Kind{"London": Place}},
		{"After the Order, Sarah Palin Unleashed 4 Words On Them", map[string]Kind{}},
	})
}

// TestOfficeBeforeWordInTitleCase: in a line in title case a lone word
// after an office, a title or a style names a person though the table
// does not know it ("Senator Baker", "Reverend Moomaw"); a common word
// there is the headline's verb ("the President Denies the Troops").
func TestOfficeBeforeWordInTitleCase(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Senator Hatfield, Vice President Mondale, Senator Baker, Speaker O'Neill, Reverend Moomaw, and my fellow citizens:",
			map[string]Kind{"Hatfield": Person, "Mondale": Person, "Baker": Person, "O'Neill": Person, "Moomaw": Person}},
		{"Senator Baker and Governor Romney\nI watched the debate.", map[string]Kind{"Baker": Person, "Romney": Person}},
		{"Note to Senator Specter and Others\nI watched the debate.", map[string]Kind{}}, // "specter" is a common word
		{"More Responses from Judge Gonzales (Jan. 25, 2005)", map[string]Kind{"Gonzales": Person}},
		{"The President Denies the Troops The Necessary Support", map[string]Kind{}},
	})
}

// TestStateAfterTown: a US state's abbreviation after a town and a comma,
// the AP's or (after a place the gazetteer knows) the postal one, is a
// mention of the state, with its full stops, in the state's entity.
func TestStateAfterTown(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"He was killed in San Bernardino, Calif., on Monday. California mourned.", map[string]Kind{"San Bernardino": Place, "California": Place}},
		{"The suit was filed in Washington, D.C., on Monday.", map[string]Kind{"Washington": Place, "District of Columbia": Place}},
		{"A rally in Concord, N.H., drew a crowd.", map[string]Kind{"Concord": Place, "New Hampshire": Place}},
		{"Here in Seattle, WA, unemployment is low.", map[string]Kind{"Seattle": Place, "Washington": Place}},
		// A town whose name is a given name: its region makes it a town.
		{"The company is based in Franklin, Tenn., and sells lamps.", map[string]Kind{"Franklin": Place, "Tennessee": Place}},
		{"The shooting happened in Sanford, Florida, in 2012.", map[string]Kind{"Sanford": Place, "Florida": Place}},
		{"Paul Porter, a truck driver from Ava, Mo., joined them.", map[string]Kind{"Paul Porter": Person, "Ava": Place, "Missouri": Place}},
		// A full name before a state is a member of Congress, not a town.
		{"Democrats such as Jim Himes, Conn., objected.", map[string]Kind{"Jim Himes": Person, "Connecticut": Place}},
		{"He moved to Seattle, WA. It rained.", map[string]Kind{"Seattle": Place, "Washington": Place}},
		// A run that goes on past the abbreviation: the rest is a name.
		{"Raleigh, N.C. Roy Cooper said.", map[string]Kind{"Raleigh": Place, "North Carolina": Place, "Roy Cooper": Person}},
		// A dateline's town opens its paragraph: a place, though no other
		// line names it, and though "He" follows.
		{"The story.\n\nPORTSMOUTH, N.H. — He may be a big underdog.", map[string]Kind{"Portsmouth": Place, "New Hampshire": Place}}, // named in title case (capitalsOnly)
		{"The story.\n\nCHICO, Calif. - Bernie Sanders spoke.", map[string]Kind{"Chico": Place, "California": Place, "Bernie Sanders": Person}},
		// A postal abbreviation after a word the gazetteer does not know
		// as a place is no state.
		{"Well, OK then, we left.", map[string]Kind{}},
		{"Call Dr. Ojutalayo, MD, today.", map[string]Kind{"Ojutalayo": Person}},
	})
	for _, e := range Entities("He was killed in San Bernardino, Calif., on Monday.") {
		if e.Name == "California" && (len(e.Mentions) != 1 || e.Mentions[0].Text != "Calif.") {
			t.Errorf("California's mentions: %+v, want one, \"Calif.\"", e.Mentions)
		}
	}
}

// TestFormalStateNames: a polity's word and "of" before a place make one
// mention of the place ("the People's Republic of China" is China's); the
// table says which Korea a formal name means.
func TestFormalStateNames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"He visited the People's Republic of China. China is big.", map[string]Kind{"China": Place}},
		{"Greece and the Republic of North Macedonia resolved it.", map[string]Kind{"Greece": Place, "North Macedonia": Place}},
		{"He went to the Democratic Republic of the Congo.", map[string]Kind{"DR Congo": Place}},
		{"He went to the Republic of the Congo.", map[string]Kind{"Congo-Brazzaville": Place}},
		// In capitals the possessive splits the run; what is left is
		// still China's, not Taiwan's.
		{"THE PEOPLE'S REPUBLIC OF CHINA WARNS TAIWAN", map[string]Kind{"China": Place, "Taiwan": Place}},
		{"The Sultanate of Oman and the State of Qatar met.", map[string]Kind{"Oman": Place, "Qatar": Place}},
		{"The Democratic People's Republic of Korea fired. North Korea is isolated.", map[string]Kind{"North Korea": Place}},
		// A town's or a province's formal name is the place's; a
		// district's a place of its own.
		{"The City of Cleveland grew. Cleveland is big.", map[string]Kind{"Cleveland": Place}},
		{"The Borough of Brooklyn voted.", map[string]Kind{"Brooklyn": Place}},
		{"He lives in the District of Columbia.", map[string]Kind{"District of Columbia": Place}},
		{"The Republic of Korea voted.", map[string]Kind{"South Korea": Place}},
		// Only a polity's, a town's or a district's word, alone or after
		// formal modifiers, opens a formal name.
		{"He flew to Quezon City of the Philippines.", map[string]Kind{"Quezon City": Place, "Philippines": Place}},
	})
	// Not before a word that is no place.
	for name, kind := range kindsByName("He gave the State of the Union address.") {
		if kind == Place {
			t.Errorf("Entities(%q): %q a place", "He gave the State of the Union address.", name)
		}
	}
	for _, e := range Entities("He visited the People's Republic of China. China is big.") {
		if want := []string{"People's Republic of China", "China"}; len(e.Mentions) != 2 || e.Mentions[0].Text != want[0] || e.Mentions[1].Text != want[1] {
			t.Errorf("China's mentions: %+v, want %q", e.Mentions, want)
		}
	}
}

// TestSpeakerOpensSentence: a word no table knows, alone at a sentence's
// start, is a name when a reporting verb follows it, though the text
// names it nowhere else; not a nationality's or a party's plural.
func TestSpeakerOpensSentence(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Kowalczyk told reporters he was fine.", map[string]Kind{"Kowalczyk": Person}},
		{"The vote was close. Sickels says he is a B+.", map[string]Kind{"Sickels": Person}},
		{"The vote was close. Democrats said it was fair.", map[string]Kind{}},
		{"The vote was close. Friends said it was fair.", map[string]Kind{}},
		{"The vote was close. Kowalczyk was fine.", map[string]Kind{}},
	})
}

// TestPronounIEndsName: the pronoun "I" after a name is no part of it
// ("Mr. Collins I know", "Jim Eastland I’ve"); a numeral is ("World War I",
// "Elizabeth I's", "Henry I of England").
func TestPronounIEndsName(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"At the end of the job. Mr. Collins I know you're biting at the bit.", map[string]Kind{"Collins": Person}},
		{"Other than Jim Eastland I’ve presided over more nominees.", map[string]Kind{"Jim Eastland": Person}},
		{"He said President Carter I think set a very high standard.", map[string]Kind{"Carter": Person}},
		{"We are connected on LinkedIn I thought.", map[string]Kind{"LinkedIn": Org}},
		{"He left after World War I ended in 1918.", map[string]Kind{}}, // no "World War" cut from its numeral
		{"Elizabeth I's reign was long.", map[string]Kind{"Elizabeth I": Person}},
		{"AND I HOPE I'll make it", map[string]Kind{}},
	})
	// A king's numeral before a verb the pronoun seldom takes.
	for _, text := range []string{"In 1649, King Charles I was executed.", "In 1066, William I became king."} {
		for name := range kindsByName(text) {
			if name == "Charles" || name == "William" {
				t.Errorf("Entities(%q): %q cut from its numeral", text, name)
			}
		}
	}
}

// TestOfficeOf: an office of several words joined by "of" ("Chief of
// Staff", "Secretary of Homeland Security") is no part of the name after
// it, whether the run holds it (an organisation's word, "Staff", joins it)
// or the run starts after "of"; its field is a mention only where it
// names a place or holds a word no dictionary knows.
func TestOfficeOf(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Chief of Staff Reince Priebus met the press.", map[string]Kind{"Reince Priebus": Person}},
		{"White House Chief of Staff John Kelly left.", map[string]Kind{"White House": Org, "John Kelly": Person}},
		{"Then Deputy Chief of Staff Huma Abedin wrote.", map[string]Kind{"Huma Abedin": Person}},
		{"Director of National Intelligence James Clapper said.", map[string]Kind{"James Clapper": Person}},
		{"Secretary of Homeland Security Kirstjen Nielsen said.", map[string]Kind{"Kirstjen Nielsen": Person}},
		{"Director of Communications Hope Hicks said.", map[string]Kind{"Hope Hicks": Person}},
		{"UMWA Director of Government Affairs Phil Smith said.", map[string]Kind{"UMWA": Org, "Phil Smith": Person}},
		{"President of Mexico Andrés Manuel López Obrador said.", map[string]Kind{"Mexico": Place, "Andrés Manuel López Obrador": Person}},
		{"Secretary of HHS Tom Price said.", map[string]Kind{"HHS": Org, "Tom Price": Person}},
		{"He met Deputy Chief of Staff Jake Sullivan and Deputy Chief of Staff Huma Abedin.",
			map[string]Kind{"Jake Sullivan": Person, "Huma Abedin": Person}},
		// A surname alone after the field, where a reporting verb follows.
		{"Chief of Staff Kelly said no.", map[string]Kind{"Kelly": Person}},
		{"Director of National Intelligence Clapper said no.", map[string]Kind{"Clapper": Person}},
		{"Secretary of Defense Quality Management Office said no.", map[string]Kind{"Defense Quality Management Office": Org}},
		// What follows the name reads as a run of its own.
		{"Chief of Staff John Kelly and Defense Secretary Jim Mattis met.", map[string]Kind{"John Kelly": Person, "Jim Mattis": Person}},
		{"Chief of Staff John Kelly of Boston said.", map[string]Kind{"John Kelly": Person, "Boston": Place}},
		// A field of common words alone names no one; nor does "of" after
		// a word that is no office.
		{"Secretary of Defense Quality Management Office", map[string]Kind{"Defense Quality Management Office": Org}},
		{"Bank of America Chairman Brian Moynihan said.", map[string]Kind{"Bank of America": Org, "Brian Moynihan": Person}},
	})
}

// TestThingByDefault: one capitalised word of the dictionary that is a
// place only for want of any sign is Other where its first noun sense in
// WordNet names a thing, an act or an idea (entitynouns.txt), and stays a
// place where it names a location, a natural object, a group or a person,
// or heads places' names.
func TestThingByDefault(t *testing.T) {
	for _, tc := range []struct {
		name   string
		want   bool
		reason string
	}{
		{"Operations", true, "the singular's first sense an act"},
		{"Curiosity", true, "a feeling"},
		{"Remember", true, "no noun at all"},
		{"Windows", false, "the dictionary knows it as a name too (isCommonWord): left to the guess of last resort"},
		{"Homepage", true, "a communication"},
		{"Downtown", false, "a location"},
		{"Earth", false, "the capitalised lemma, a location, before the lower-case one, a substance"},
		{"Lake", false, "a natural object"},
		{"Borders", false, "the singular is a location"},
		{"Congressmen", false, "the singular is a person"},
		{"Airport", false, "heads places' names"},
		{"Paris", false, "a gazetteer's place"},
		{"Qwertyuiop", false, "no word of the dictionary"},
		{"NASA", false, "an acronym"},
		{"Curiosity's", true, "a possessive is read without its ending"},
	} {
		if got := thingByDefault(tc.name); got != tc.want {
			t.Errorf("thingByDefault(%q) = %v, want %v (%s)", tc.name, got, tc.want, tc.reason)
		}
	}
	checkKinds(t, "The rover Curiosity landed. The Downtown was quiet.",
		map[string]Kind{"Curiosity": Other, "Downtown": Place})
}

// TestInitialsOfLongerName: an acronym the text does not define joins
// the one longer name of the text whose initials it is, and takes its
// kind; with two such names it joins neither.
func TestInitialsOfLongerName(t *testing.T) {
	entities := func(text string) map[string][]string {
		out := map[string][]string{}
		for _, e := range Entities(text) {
			for _, m := range e.Mentions {
				out[e.Name] = append(out[e.Name], m.Text)
			}
		}
		return out
	}
	for _, tc := range []struct {
		text string
		want map[string][]string
	}{
		{"The Saturday Evening Post paid well. Later SEP editors refused.",
			map[string][]string{"Saturday Evening Post": {"Saturday Evening Post", "SEP"}}},
		{"Prices in NYC rose. New York City is dear.",
			map[string][]string{"New York City": {"NYC", "New York City"}}},
		{"The California Public Utilities Commission met. The CPUC's ruling stood.",
			map[string][]string{"California Public Utilities Commission": {"California Public Utilities Commission", "CPUC's"}}},
		{"The Democratic National Committee met before the Democratic National Convention. The DNC said no.",
			map[string][]string{"Democratic National Committee": {"Democratic National Committee"},
				"Democratic National Convention": {"Democratic National Convention"}, "DNC": {"DNC"}}},
	} {
		if diff := cmp.Diff(tc.want, entities(tc.text)); diff != "" {
			t.Errorf("Entities(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
	checkKinds(t, "Prices in NYC rose. New York City is dear.", map[string]Kind{"New York City": Place})
}

// TestAcronymsOfThings: an acronym no table knows is an organisation's, unless
// WordNet's first sense of it is a thing's (acronyms.txt: "LED", "DNA"),
// where it is Other, unless it speaks, is told or airs something, or is
// a news agency; one that opens a sentence before a word in lower case is
// a name there as anywhere.
func TestAcronymsOfThings(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"The cheap LED bulb lasts. Her DNA test came back.", map[string]Kind{"LED": Other, "DNA": Other}},
		{"He told ABC that he would run.", map[string]Kind{"ABC": Org}},
		{"Ten died, AFP said.", map[string]Kind{"AFP": Org}},
		{"The vote ended. FBI agents came.", map[string]Kind{"FBI": Org}},
		{"The vote ended. XYZQ reported it.", map[string]Kind{"XYZQ": Org}},
		{"OK. That was it.", map[string]Kind{}},
		{"It was late. LOL, I did it.", map[string]Kind{}},
	})
}

// TestOfNameHasNoSurname: the last word of a body's or a place's name
// with "of" is no surname for a word alone to join ("England" is not the
// "Bank of England"); a person's name with "of" keeps its parts.
func TestOfNameHasNoSurname(t *testing.T) {
	keys := func(text string) map[string]string {
		out := map[string]string{}
		for _, e := range Entities(text) {
			for _, m := range e.Mentions {
				out[m.Text] = e.Key
			}
		}
		return out
	}
	k := keys("The Bank of England raised rates. Then England won the match.")
	if k["England"] == "" || k["England"] == k["Bank of England"] {
		t.Errorf("England and the Bank of England: keys %q", k)
	}
	k = keys("The Opposition of Neptune came. Then Neptune rose.")
	if k["Neptune"] == "" || k["Neptune"] == k["Opposition of Neptune"] {
		t.Errorf("Neptune and the Opposition of Neptune: keys %q", k)
	}
}

// TestSentenceWordBeforeSurname: a sentence's first word the text also
// writes in lower case, before a surname the text gives a full name, is
// no part of the name ("Young Sanders" after "Bernie Sanders").
//
// So is a word of the dictionary the text never capitalises inside a
// sentence before a surname the text writes after another first word,
// one it does capitalise there ("Kestrel" of "nominee Kestrel Varnado"),
// though that word is in no list of given names; but not before a word
// of the dictionary, which two names may end ("Media Inquiries",
// "Consumer Inquiries").
func TestSentenceWordBeforeSurname(t *testing.T) {
	checkKinds(t, "Bernie Sanders spoke to young voters in Ohio. Young Sanders supporters cheered him.",
		map[string]Kind{"Bernie Sanders": Person, "Ohio": Place})
	text := "Party nominee Kestrel Varnado spoke in Ohio on Monday.\n\nMultiple Varnado advisers were stunned. Varnado said he was proud."
	checkKinds(t, text, map[string]Kind{"Kestrel Varnado": Person, "Ohio": Place})
	for _, e := range Entities(text) {
		if e.Name == "Kestrel Varnado" && len(e.Mentions) != 3 {
			t.Errorf("Entities(%q): %q has %d mentions, want 3 (the bare surnames join it)", text, e.Name, len(e.Mentions))
		}
	}
	// Before a month alone, the word opens a date's line.
	for _, text := range []string{"Published Jan. 5, 2020. The council met.", "Updated Nov 12 2012 - 6:04am\n\nThe council met."} {
		if es := Entities(text); len(es) != 0 {
			t.Errorf("Entities(%q) = %v, want none", text, es)
		}
	}
	for _, e := range Entities("For help, call Media Inquiries at the desk.\n\nConsumer Inquiries open at nine.") {
		for _, m := range e.Mentions {
			if m.Text == "Inquiries" {
				t.Errorf("a word of the dictionary is no surname: %q is a mention of %q", m.Text, e.Name)
			}
		}
	}
}

// TestKindsInContext: what the words around a name say of its kind. Each
// row's reason says why the kind is right.
func TestKindsInContext(t *testing.T) {
	for _, tc := range []struct {
		text, reason string
		want         map[string]Kind
	}{
		{"Zentrik's Dana Kell and Germany's Olaf Scholz spoke.",
			"a word with a possessive right before a person's full name is the person's employer or country (possessorOfPerson)",
			map[string]Kind{"Zentrik": Org, "Dana Kell": Person, "Germany": Place, "Olaf Scholz": Person}},
		{"Mr. Harlow said so. Harlow's Tom Reed agreed. Obama's Joe Biden was there.",
			"but not a person's name: one a sign makes a person's elsewhere, or the guess does",
			map[string]Kind{"Harlow": Person, "Tom Reed": Person, "Obama": Person, "Joe Biden": Person}},
		{"Downing Street and the Kremlin said so. Wall Street fell.",
			"a participle opening a sentence opens a name whose other word alone names only a kind of place (kindWordOnly)",
			map[string]Kind{"Downing Street": Place, "Kremlin": Org, "Wall Street": Place}},
		{"Attending Church on Sunday, the family prayed. The Church said it was pleased.",
			"a word that names a kind of place or body and also stands alone is no street's suffix: the participle opens the sentence",
			map[string]Kind{"Church": Org}},
		{"Darnell College beat Boston College, and police in College Park, Georgia, made arrests.",
			"\"College\" last heads a school's name; first, it is a town's word (guessKind)",
			map[string]Kind{"Darnell College": Org, "Boston College": Org, "College Park": Place, "Georgia": Place}},
		{"Pilots of the Royal Velden Air Guard (Garde de l'air vélden) trained there.",
			"a name opening a bracket after an organisation's and going on with a particle names it in its own language: a mention of it (TestOrgForms)",
			map[string]Kind{"Royal Velden Air Guard": Org}},
		{"The Velden Farming Council (Tarnok branch) met on Friday in Tarnok.",
			"a bracket that goes on with a common noun says where the body is",
			map[string]Kind{"Velden Farming Council": Org, "Tarnok": Place}},
		{"He chaired the Farming Council of Orange County (Tarnok.) for years.",
			"a word alone in the bracket says where the body is",
			map[string]Kind{"Farming Council of Orange County": Org, "Tarnok": Place}},
		{"Democratic U.S. Rep. Anna Kowalczyk pummeled the plan on Friday.",
			"a party's adjective before an institution and an office describes the office's holder",
			map[string]Kind{"United States": Place, "Anna Kowalczyk": Person}},
		{"Republican National Committee Chairman Tomas Berg spoke on Friday.",
			"a party's adjective that opens a body's name is part of it",
			map[string]Kind{"Republican National Committee": Org, "Tomas Berg": Person}},
		{"Port Velden boasts a sheltered little harbour, and Port Velden is quiet.",
			`"boasts" of a place means "has": no verb of speech`,
			map[string]Kind{"Port Velden": Place}},
	} {
		t.Run(tc.reason, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestTitleWithFullStop checks that a story's title in title case is read
// as a headline even when it ends in a full stop (as PolNeAR's titles
// do): only the names the body or the tables know are mentions in it,
// where a line of names in prose that ends in one is not a headline.
func TestTitleWithFullStop(t *testing.T) {
	text := "Hillary Clinton Was Headed Home But Turned Back to Avoid Bad Optics.\n\n" +
		"Hillary Clinton left the event early on Sunday, her campaign said. Aides said she was fine.\n"
	checkParsedNames(t, text, "Hillary Clinton")
	// A short title is a headline too: two words of four letters or
	// more, all capitalised, where another line needs four.
	checkParsedNames(t, "Why Tea Is Better on Cold Days\n\nBy Tamsin Hale\n\nDrinkers in three countries said so in a survey, the authors wrote. Hale said the result held.\n", "Tamsin Hale")
	prose := "He thanked Alice Walker, Bobby Dylan and Carla Sagan.\n"
	var names []string
	for _, e := range Entities(prose) {
		names = append(names, e.Name)
	}
	if !slices.Contains(names, "Alice Walker") {
		t.Errorf("Entities(%q) = %q: a line of names in prose is no headline", prose, names)
	}
}

// checkParsedNames fails t unless the names of the entities of the
// articles Parse makes of text are want, in order.
func checkParsedNames(t *testing.T, text string, want ...string) {
	t.Helper()
	var got []string
	for _, a := range Parse(text) {
		for _, e := range a.Entities {
			got = append(got, e.Name)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Parse(%q): entities %q, want %q", text, got, want)
	}
}

// TestPlaceGroups checks that a place the gazetteer knows followed by a
// common noun in the plural is a team, an organisation; not a person whose surname ends in s after a place's
// name, nor a place or an event.
func TestPlaceGroups(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Los Angeles Lakers", false}, // "lakers" is no word of the dictionary
		{"Chicago Bears", true},
		{"Pittsburgh Penguins", true},
		{"Iowa Democrats", false},     // "Democrat" is a name to the dictionary: the party's rules decide
		{"Miri Forbes", false},        // a surname, no word
		{"George Soros", false},       // a given name first
		{"London Olympics", false},    // an event
		{"Oxford Circus", false},      // no plural
		{"Arlington Counties", false}, // a kind of place
		{"Chicago", false},
		{"Bears", false},
	} {
		if got := placeGroup(tc.name); got != tc.want {
			t.Errorf("placeGroup(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	var kinds []string
	for _, e := range Entities("The Chicago Bears beat the Detroit Lions on Sunday.") {
		kinds = append(kinds, e.Name+":"+string(e.Kind))
	}
	if want := []string{"Chicago Bears:org", "Detroit Lions:org"}; !slices.Equal(kinds, want) {
		t.Errorf("kinds %q, want %q", kinds, want)
	}
}

// TestRulesInText: by the rules alone (no table), a surname in a run of
// capitals joins the person the text names in full, "Sir" with a given
// name is the knight of that name, and a bare surname means the person
// whose name has no suffix when the text also names a Jr.
func TestRulesInText(t *testing.T) {
	var bare Resolver
	for _, c := range []struct {
		name, text string
		a, b       string // two mentions that must be one entity
		reason     string
	}{
		{"caps surname", "President Vladimir Putin met business leaders. One site ran the headline: PUTIN PRESSES BUSINESS ON ARCTIC PLANS",
			"Vladimir Putin", "PUTIN", "a surname the text gives with a given name, in capitals"},
		{"caps full name", "Her father, Nigel Lawson, was Chancellor. The cook Nigella Lawson has written a new book.\n\nNIGELLA LAWSON HAS REVEALED HER FAVOURITE DISH",
			"Nigella Lawson", "NIGELLA LAWSON", "a word the prose capitalises inside its sentences opens it, before a surname the text gives with a given name"},
		{"sir and given name", "Prime Minister Sir Keir Starmer hosted the summit. Sir Keir said afterwards that it went well.",
			"Sir Keir Starmer", "Sir Keir", "British usage"},
		{"suffix", "President Donald Trump signed it. His son, Donald Trump Jr., promoted the move. Mr. Trump's aides said more.",
			"Donald Trump", "Mr. Trump's", "the suffix tells the son apart"},
	} {
		key := map[string]string{}
		for _, e := range bare.Entities(c.text) {
			for _, m := range e.Mentions {
				key[m.Text] = e.Key
			}
		}
		if key[c.a] == "" || key[c.a] != key[c.b] {
			t.Errorf("%s: mentions %q; want %q and %q one entity (%s)", c.name, key, c.a, c.b, c.reason)
		}
	}
	// Not a word that ends an organisation's or a place's name, nor one of
	// the dictionary, though a run with a given name ends in it.
	for _, e := range bare.Entities("Russell Senate Office Building was closed. Chase Introductory offers ended.\n\nBUILDING CLOSED FOR INTRODUCTORY WEEK") {
		for _, m := range e.Mentions {
			if m.Text == "BUILDING" || m.Text == "INTRODUCTORY" {
				t.Errorf("%q is a mention of %q; want no name in capitals", m.Text, e.Name)
			}
		}
	}
}

// TestHyphenedGiven: a family name and a given name of two romanised
// syllables joined by a hyphen put the family first, so that the bare
// family name joins the full name; English compounds and Western
// hyphenated names do not read so.
func TestHyphenedGiven(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Lai Ching-te", true}, {"President Tsai Ing-wen", true}, {"Ban Ki-moon's", true}, {"Cheuk Hau-yip", true},
		{"Nguyen Xuan-phuc", true}, {"Lai Ching te", true},
		{"Los Angeles-based", false}, {"Mario T-shirts", false}, {"Firefox Add-on", false}, {"Alan Sokal-style", false},
		{"Jean-Pierre Raffarin", false}, {"Bashar al-Assad", false}, {"Ching-te", false},
		{"ẞ Ching-te", false}, {"Lai ẞ-ẞ", false}, // a capital whose lower case is shorter: no panic
	} {
		if got := hyphenedGiven(c.name); got != c.want {
			t.Errorf("hyphenedGiven(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	var bare Resolver
	keys := bare.KeyAll([]string{"Tsai Ing-wen", "Tsai", "President Lai Ching-te", "Lai", "Chou En-lai"})
	if keys[0] != keys[1] || keys[2] != keys[3] || keys[3] == keys[4] {
		t.Errorf("keys %q: want Tsai with Tsai Ing-wen, Lai with Lai Ching-te and not with Chou En-lai", keys)
	}
	key := map[string]string{}
	for _, e := range bare.Entities("UN chief Ban Ki-moon arrived on Monday. Ban said the talks would go on.") {
		for _, m := range e.Mentions {
			key[m.Text] = e.Key
		}
	}
	if key["Ban"] == "" || key["Ban"] != key["Ban Ki-moon"] {
		t.Errorf("mentions %q: want Ban with Ban Ki-moon", key)
	}
}

// TestFeminineGivenNames: the skeleton of a given name keeps its final a
// or e, which tells the feminine forms apart (Eric and Erica Garner,
// Ivan and Ivana), while the transliterations of one name, which agree on
// it, still meet; short forms still join their long ones.
func TestFeminineGivenNames(t *testing.T) {
	var bare Resolver
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Eric Garner", "Erica Garner", false},
		{"Ivan Petrov", "Ivana Petrov", false},
		{"Paul Smith", "Paula Smith", false},
		{"Louis Martin", "Louise Martin", false},
		{"Alexander Ocasio", "Alexandra Ocasio", false},
		{"Nigel Lawson", "Nigella Lawson", false},
		{"Yulia Tymoshenko", "Yuliya Tymoshenko", true},
		{"Hamza Yusuf", "Hamzah Yusuf", true},
		{"Abdulla Aripov", "Abdullah Aripov", true},
		{"Ilya Yashin", "Illia Yashin", true},
	} {
		if same := bare.Key(c.a) == bare.Key(c.b); same != c.same {
			t.Errorf("Key(%q) %q, Key(%q) %q: want the same %v", c.a, bare.Key(c.a), c.b, bare.Key(c.b), c.same)
		}
	}
	if keys := bare.KeyAll([]string{"Joshua Apte", "Josh Apte", "Apte"}); keys[0] != keys[1] || keys[1] != keys[2] {
		t.Errorf("keys %q: want Josh with Joshua (a boy's name in -a) and the bare surname with both", keys)
	}
	key := map[string]string{}
	for _, e := range bare.Entities("Pete Santilli said so. Peter Santilli agreed. Santilli left.") {
		for _, m := range e.Mentions {
			key[m.Text] = e.Key
		}
	}
	if key["Pete Santilli"] != key["Peter Santilli"] {
		t.Errorf("mentions %q: want Pete with Peter", key)
	}
}

// TestGivenAlone: a given name alone opening a sentence is a person's
// mention ("Robert said no."), unless the dictionary knows the word in
// any sense, the text also writes it inside a sentence as part of
// another name, or a region after a comma makes it a place.
func TestGivenAlone(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
		reason     string
	}{
		{"Robert said no. The meeting ended.", "Robert", true, "a given name of the list, no word of the dictionary"},
		{"“Lindsey?” she asked. Nobody answered.", "Lindsey", true, "a vocative in quotation marks"},
		{"Mark my words. The vote is close.", "Mark", false, "the dictionary knows mark"},
		{"Will you come? The vote is close.", "Will", false, "the dictionary knows will"},
		{"May I go? Nobody answered.", "May", false, "the dictionary knows may"},
		{"The deal was backed by The Carlyle Group. Carlyle, which held a stake, declined.", "Carlyle", false, "inside a sentence the text writes it in an organisation's name"},
		{"Camden, NJ is a city on the river.", "Camden", false, "a state after a comma"},
		{"Chester, Pa. is a city on the river.", "Chester", false, "a state's abbreviation after a comma"},
		{"Kia said it would recall cars.", "Kia", false, "a firm of the open data too"},
	} {
		got := false
		for _, e := range Entities(c.text) {
			if e.Name == c.name && e.Kind == Person {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("Entities(%q): person %q = %v, want %v (%s)", c.text, c.name, got, c.want, c.reason)
		}
	}
}

// TestPossessiveEnds: a name's possessive ends the name; what it owns is
// a name of its own. A common noun's possessive is part of the name, and
// so is a possessive before one common noun or a legal form.
func TestPossessiveEnds(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // mentions, in order
	}{
		{"He met leaders of Trump's AIPAC and Iran's Atomic Energy Organization yesterday.", []string{"Trump's", "AIPAC", "Iran's", "Atomic Energy Organization"}},
		{"Shares of the People's Liberation Army Daily fell, said the U.S. Attorney's Office.", []string{"People's Liberation Army Daily", "U.S. Attorney's Office"}},
		{"He writes for Tom's Guide and McDonald's Corp. in Chicago.", []string{"Tom's Guide", "McDonald's Corp", "Chicago"}},
		{"She was taken to St. Mary's Medical Center in Chicago.", []string{"Mary's Medical Center", "Chicago"}},
		{"I ordered the Stadia's Founder's Edition from the store.", []string{"Stadia's Founder's Edition"}},
		// A bare apostrophe after a name in "s" is a possessive too,
		// unless a single quotation mark opened before the name.
		{"Jeff Bezos' Blue Origin launched its rocket.", []string{"Jeff Bezos", "Blue Origin"}},
		{"He sang 'Zorbas' Blue Origin' loudly.", []string{"Zorbas' Blue Origin"}},
		{"Rock 'n' roll fans cheered Jeff Bezos' Blue Origin on Monday.", []string{"Jeff Bezos", "Blue Origin"}},
		{"In the '90s Jeff Bezos' Blue Origin was founded.", []string{"Jeff Bezos", "Blue Origin"}},
		{"He called it 'historic' and Jeff Bezos' Blue Origin agreed.", []string{"Jeff Bezos", "Blue Origin"}},
	} {
		checkMentions(t, c.text, c.want)
	}
}

// TestNamedAfterPerson: a given name, then words ending in two common
// words of the dictionary, names a thing named after someone; a person's
// name ends in a surname.
func TestNamedAfterPerson(t *testing.T) {
	checkKinds(t, "The James Webb Space Telescope captured images.", map[string]Kind{"James Webb Space Telescope": Other})
	checkKinds(t, "Later George Washington Carver taught there.", map[string]Kind{"George Washington Carver": Person})
	// Two given names and a surname of two words, a generation's suffix,
	// three words: people.
	checkKinds(t, "Later Mary Jane Iron Cloud testified.", map[string]Kind{"Mary Jane Iron Cloud": Person})
	checkKinds(t, "Later Tom Iron Cloud testified.", map[string]Kind{"Tom Iron Cloud": Person})
	checkKinds(t, "Later Jefferson Beauregard Sessions III was sworn in.", map[string]Kind{"Jefferson Beauregard Sessions III": Person})
}

// TestNickname: a nickname in quotation marks between a given name and a
// surname is part of the name's mention and no part of its key or name.
func TestNickname(t *testing.T) {
	text := `The cartel leader Ismael "El Mayo" Zambada pleaded guilty. Zambada faces life. Kevin “Khao” Kates spoke.`
	checkMentions(t, text, []string{`Ismael "El Mayo" Zambada`, "Zambada", "Kevin “Khao” Kates"})
	checkKinds(t, text, map[string]Kind{"Ismael Zambada": Person, "Kevin Kates": Person})
	if a, b := Canonical(`Ismael "El Mayo" Zambada`), Canonical("Ismael Zambada"); a != b {
		t.Errorf("Canonical of the name with its nickname %q, without %q: want one key", a, b)
	}
	// After a title too; and the nickname is no quotation.
	text = `Economist Mike "Mish" Shedlock said the Fed was wrong.`
	checkKinds(t, text, map[string]Kind{"Mike Shedlock": Person, "Fed": Org})
	if qs := Quotes(text); len(qs) > 0 {
		t.Errorf("Quotes(%q) = %v, want none: a nickname is no quotation", text, qs)
	}
	// Not after a surname or a possessive, nor a nickname that opens
	// with a stop word.
	for _, text := range []string{
		`Congress debated Joe Biden's "Build Back Better" Act on Monday.`,
		`Fans bought Taylor Swift "Eras" Tour tickets.`,
		`Dwayne "The Rock" Johnson said he would not run.`,
	} {
		for _, m := range sortedMentions(Entities(text)) {
			if strings.ContainsAny(m.Text, `"`) {
				t.Errorf("Entities(%q): mention %q holds a quotation mark", text, m.Text)
			}
		}
	}
	if got := kindsByName(`Dwayne "The Rock" Johnson said he would not run.`); got["Johnson"] != Person {
		t.Errorf(`Dwayne "The Rock" Johnson: kinds %v, want Johnson a person`, got)
	}
	// Not after a word that is no given name.
	for _, m := range sortedMentions(Entities(`The film "Top Gun" Maverick won.`)) {
		if strings.ContainsAny(m.Text, `"`) {
			t.Errorf("mention %q holds a quotation mark: no given name opens it", m.Text)
		}
	}
}

// TestCamelCaseOpensSentence: a brand's name in camel case opening a
// sentence is a name, whatever a sentence's first capital says.
func TestCamelCaseOpensSentence(t *testing.T) {
	checkKinds(t, "QuillTech released a model on Thursday.", map[string]Kind{"QuillTech": Org})
}

// TestHashtags: a name written only as a hashtag is a tag, Other.
func TestHashtags(t *testing.T) {
	checkKinds(t, "Fans posted #HealthyHydration on Monday.", map[string]Kind{"HealthyHydration": Other})
}

// TestOfPerson: a name of several words no list knows after a person's
// full name and "of" is the person's team, firm or body; a name of one
// word there is most often a town, and a known place stays a place.
func TestOfPerson(t *testing.T) {
	checkKinds(t, "Max Verstappen of Quill Brothers won ahead of Lando Norris.", map[string]Kind{"Max Verstappen": Person, "Quill Brothers": Org, "Lando Norris": Person})
	checkKinds(t, "John Korir of Kenya won the race.", map[string]Kind{"John Korir": Person, "Kenya": Place})
	checkNotKind(t, "Later Jane Doe of Biddlesworth spoke.", "Biddlesworth", Org)
}

// TestKindAfterList: a list of names followed by a kind of place in the
// plural names places ("Menard and Logan counties").
func TestKindAfterList(t *testing.T) {
	checkKinds(t, "The warning covers Menard and Logan counties until 5 p.m.", map[string]Kind{"Menard": Place, "Logan": Place})
	checkKinds(t, "Floods hit the Tigris and Euphrates rivers in May.", map[string]Kind{"Tigris": Place, "Euphrates": Place})
	// Not a kind of building, named after people and firms, nor a list
	// that holds a person.
	checkNotKind(t, "Guests filled the Quorvak and Brelton hotels in May.", "Quorvak", Place)
	checkNotKind(t, "Ms. Dana Kell and Brelton counties voted.", "Brelton", Place)
}

// TestStateNamed: a place's name and "State" are a name whole; a US
// state's, a state university's, unless the state is New York or
// Washington, which "State" tells from the city.
func TestStateNamed(t *testing.T) {
	checkKinds(t, "Fans of Ohio State cheered, and Michigan State lost.", map[string]Kind{"Ohio State": Org, "Michigan State": Org})
	checkKinds(t, "Voters in Washington State approved it.", map[string]Kind{"Washington State": Place})
	checkKinds(t, "The Lagos State government said so.", map[string]Kind{"Lagos State": Place})
}

// TestAndAfterPlaceOf: "and" joins no place after "of" to a place that
// opens the next name, unless the two are one place.
func TestAndAfterPlaceOf(t *testing.T) {
	checkMentions(t, "Fans of the University of Kansas and Ohio cheered.", []string{"University of Kansas", "Ohio"})
	checkMentions(t, "He visited the Republic of Trinidad and Tobago in May.", []string{"Republic of Trinidad and Tobago"})
	checkMentions(t, "The Department of Health and Human Services said so.", []string{"Department of Health and Human Services"})
	checkMentions(t, "The Department of Justice and Texas filed suit.", []string{"Department of Justice", "Texas"})
	// Two runs that share the head after "and": with a possessive, and
	// before an office and its holder.
	checkMentions(t, "The Food and Drug Administration's commissioner, Marty Makary, spoke.", []string{"Food and Drug Administration's", "Marty Makary"})
	checkMentions(t, "Health and Human Services Secretary Robert F. Kennedy Jr. spoke.", []string{"Health and Human Services", "Robert F. Kennedy Jr."})
}

// checkNotKind fails t when Entities(text) gives the entity named name
// the kind not.
func checkNotKind(t *testing.T, text, name string, not Kind) {
	t.Helper()
	if got := kindsByName(text)[name]; got == not {
		t.Errorf("Entities(%q): %s is of kind %s", text, name, not)
	}
}

// checkMentions fails t unless the mentions Entities finds in text are
// want, in text order.
func checkMentions(t *testing.T, text string, want []string) {
	t.Helper()
	var got []string
	for _, m := range sortedMentions(Entities(text)) {
		got = append(got, m.Text)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) mentions (-want +got):\n%s", text, diff)
	}
}

// sortedMentions returns the mentions of es in text order.
func sortedMentions(es []Entity) []Mention {
	var ms []Mention
	for _, e := range es {
		ms = append(ms, e.Mentions...)
	}
	slices.SortFunc(ms, func(a, b Mention) int { return a.Span.Start - b.Span.Start })
	return ms
}

// TestOrgForms: an institution's name keys alike with or without "the",
// in either word order, in British or American spelling, and without its
// legal form; a company's name cut of its legal form joins no person.
func TestOrgForms(t *testing.T) {
	var bare Resolver
	for _, group := range [][]string{
		{"Department of Justice", "Justice Department", "the Justice Department", "The Justice Department's"},
		{"Ministry of Defence", "Defence Ministry", "Ministry of Defense", "Defense Ministry"},
		{"Apple Inc.", "Apple, Inc.", "Apple Inc", "Apple"},
		{"PJSC Gazprom", "Gazprom PJSC", "Gazprom"},
		{"Siemens AG", "Siemens"},
		{"Banco Santander S.A.", "Banco Santander"},
		{"Airbus SE", "Airbus", "Airbus's"}, // the European company's form
		{"Amazon.com Inc.", "Amazon.com", "Amazon", "Amazon.com's"},
		{"the Donetsk region", "Donetsk region", "Donetsk"},
		{"Zaporizhzhia", "Zaporizhia", "Zaporozhye"},
	} {
		want := bare.Key(group[0])
		for _, v := range group[1:] {
			if got := bare.Key(v); got != want {
				t.Errorf("Key(%q) = %q, want %q, the key of %q", v, got, want, group[0])
			}
		}
	}
	// Others named alike stay apart: another body's head than a
	// ministry's, a department's or a bureau's; a form in lower case.
	for _, pair := range [][2]string{
		{"University of Washington", "Washington University"},
		{"University of Miami", "Miami University"},
		{"Bank of China", "China Bank"},
		{"Jorge Sa", "Jorge"},
		{"Zao Wou-Ki", "Wou-Ki"},
		{"Main Street SE", "Main Street"}, // a city's quarter, not a company's form
		{"Portland SE", "Portland"},       // the same, after a city
		{"Booking.com", "booking.com"},    // no capital: no name
		{"Paris.com", "Paris"},            // a site, not the city
	} {
		if a, b := bare.Key(pair[0]), bare.Key(pair[1]); a == b {
			t.Errorf("Key(%q) = Key(%q) = %q; want them apart", pair[0], pair[1], a)
		}
	}
	// A firm's name written closed, with a capital inside, is the name
	// the batch writes open, as a firm's; a person's name and a name no
	// batch writes open keep their keys.
	keys := bare.KeyAll([]string{"Exxon Mobil Corp.", "ExxonMobil", "Exxonmobil", "EXXONMOBIL", "Ron De Santis", "Ron DeSantis"})
	if keys[1] != keys[0] || keys[2] != keys[0] || keys[3] != keys[0] || keys[5] == keys[4] {
		t.Errorf("closed names: keys %q; want ExxonMobil's spellings with Exxon Mobil Corp., the two Rons apart", keys)
	}
	// The table's bodies have no titles to drop: "Union" (a credit
	// union, the Times Union) and "The Onion" are not the European Union.
	for _, n := range []string{"Union", "The Union", "Onion", "Teachers Union"} {
		if got := Canonical(n); got == "European Union" {
			t.Errorf("Canonical(%q) = %q; want another key", n, got)
		}
	}
	// A city whose other spelling is its name with the article ("Hague",
	// "The Hague") resolves at all (cutArticle leaves one word alone).
	if a, b := Canonical("Hague"), Canonical("The Hague"); a == "" || a != b {
		t.Errorf("Canonical(Hague) = %q, Canonical(The Hague) = %q; want one key", a, b)
	}
	if a, b := Canonical("Korea"), Canonical("South Korea"); a != b {
		t.Errorf("Canonical(Korea) = %q, Canonical(South Korea) = %q; want one key (a place's compass word may go)", a, b)
	}
	for _, c := range []struct{ text, a, b string }{
		{"Michael R. Bloomberg spoke. Bloomberg L.P. said nothing. Bloomberg left.", "Bloomberg L.P.", "Michael R. Bloomberg"},
		{"Harry F. Byrd Sr. led the fight against Brown v. Board of Education. Byrd's plan failed.", "Board of Education", "Byrd's"},
	} {
		key := map[string]string{}
		for _, e := range bare.Entities(c.text) {
			for _, m := range e.Mentions {
				key[m.Text] = e.Key
			}
		}
		if key[c.a] == "" || key[c.a] == key[c.b] {
			t.Errorf("Entities(%q): %q and %q have keys %q and %q; want two entities", c.text, c.a, c.b, key[c.a], key[c.b])
		}
	}
	// A name in the body's own language, in a bracket after it, is a
	// mention of it, to the bracket's end.
	var again []string
	for _, e := range bare.Entities("Pilots of the Royal Velden Air Guard (Garde de l'air vélden) trained there.") {
		for _, m := range e.Mentions {
			again = append(again, e.Name+": "+m.Text)
		}
	}
	if want := []string{"Royal Velden Air Guard: Royal Velden Air Guard", "Royal Velden Air Guard: Garde de l'air vélden"}; !slices.Equal(again, want) {
		t.Errorf("mentions %q, want %q", again, want)
	}
	// Not past a comma: the bracket says more than the name.
	checkMentions(t, "The Royal Velden Air Guard (Garde de l'air, founded in 1934) flew.", []string{"Royal Velden Air Guard", "Garde"})
	// A legal form written in lower case is a name ("Pao").
	checkMentions(t, "Ellen Pao sued. Pao said she lost.", []string{"Ellen Pao", "Pao"})
	for _, e := range bare.Entities("Tyvak Nano-Satellite Systems, Inc. builds satellites.") {
		if e.Name == "Inc" {
			t.Errorf("%q is an entity; a legal form alone is no name", e.Name)
		}
	}
}

// TestGivenAloneJoinsTable: a given name alone joins the one person the
// table lists with it in the text, named there by surname only; a title
// before it makes a given name that is also a city a person's; where two
// people share its skeleton, the one whose given name is spelled as
// written.
func TestGivenAloneJoinsTable(t *testing.T) {
	for _, c := range []struct{ text, given, full string }{
		{"Biden spoke on Monday. Later, Joe said he would run again.", "Joe", "Joe Biden"},
		{"Putin's adviser spoke. Now is the time for President Vladimir to show he's serious.", "Vladimir", "Vladimir Putin"},
		{"Putin and Volodymyr Zelensky spoke. Now is the time for President Vladimir to show he's serious.", "Vladimir", "Vladimir Putin"},
	} {
		got := ""
		for _, e := range Entities(c.text) {
			for _, m := range e.Mentions {
				if m.Text == c.given {
					got = e.Name
				}
			}
		}
		if got != c.full {
			t.Errorf("Entities(%q): %q is a mention of %q, want %q", c.text, c.given, got, c.full)
		}
	}
}

// TestNationalityAndOccupation: a nationality before an occupation
// describes someone and names nothing.
func TestNationalityAndOccupation(t *testing.T) {
	for _, text := range []string{
		"He is joined by Ane Bagamery, American Journalist and former editor of the paper.",
		"The prize went to Mark Owen, British Novelist, last year.",
	} {
		for _, e := range Entities(text) {
			if strings.Contains(e.Name, "Journalist") || strings.Contains(e.Name, "Novelist") || e.Name == "American" || e.Name == "British" {
				t.Errorf("Entities(%q) has %s %q; want only the person", text, e.Kind, e.Name)
			}
		}
	}
	// After "the" the words name a publication.
	if es := Entities("He reads the American Spectator every week."); len(es) == 0 {
		t.Errorf("Entities(%q) = none; want the publication", "He reads the American Spectator every week.")
	}
}

// TestPlaceWhole: a place whose name ends in the kind of place it is keeps
// its whole name, though words that open names on their own stand in it;
// a title or a second name glued on does not make one.
func TestPlaceWhole(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"We hiked in Glacier National Park last year.", []string{"Glacier National Park"}},
		{"They landed at Philadelphia International Airport on Monday.", []string{"Philadelphia International Airport"}},
		{"He ran in Central Park every day.", []string{"Central Park"}},
		{"It was President Ford who pardoned him.", []string{"Ford"}},
	} {
		checkMentions(t, c.text, c.want)
	}
}

// TestSpellingFolds: the Arabic article written as it sounds before a sun
// letter goes as al- and el- go, and only joined by a hyphen to a word
// that opens with its letter; German tsch and sch are English ch and sh; -sen is not -son.
func TestSpellingFolds(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Deir ez-Zor", "deir zor"},
		{"Deir al-Zor", "deir zor"},
		{"Hayat Tahrir ash-Sham", "hayat tahrir sham"},
		{"Salah ad-Din", "salah din"},
		{"An-Nasr", "nasr"},
		{"Ed Davey", "ed davey"}, // no hyphen: a name
		{"Ed-Dorado", "dorado"},  // the rule's one false friend, if it ever occurs
		{"Anne-Marie Trevelyan", "anne marie trevelyan"},
		{"Es-Salaam-", "salaam"}, // a trailing hyphen is no join
		{"ez-", "ez"},
		{"Dar es-Salaam", "dar salaam"},
		{"Dar es-Dalaam", "dar es dalaam"}, // the letters differ: no article
	} {
		if got := normalizeName(tc.in); got != tc.want {
			t.Errorf("normalizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, p := range [][2]string{{"klitschko", "klychko"}, {"schmyhal", "shmyhal"}, {"tschaikowski", "chaikovsky"}} {
		if a, b := wordSkeleton(p[0]), wordSkeleton(p[1]); a != b {
			t.Errorf("wordSkeleton(%q) = %q, wordSkeleton(%q) = %q: want one", p[0], a, p[1], b)
		}
	}
	// Danish -sen and Swedish or English -son end other families' names;
	// sch before a vowel is no German spelling of sh.
	for _, p := range [][2]string{{"andersen", "andersson"}, {"petersen", "peterson"}, {"frederiksen", "frederiksson"}, {"olsen", "olson"},
		{"schultz", "shultz"}, {"schiff", "shiff"}} { // sch before a vowel is English or German too
		if a, b := wordSkeleton(p[0]), wordSkeleton(p[1]); a == b {
			t.Errorf("wordSkeleton(%q) = wordSkeleton(%q) = %q: want them apart", p[0], p[1], a)
		}
	}
}

// TestAcronymHyphenated: the parts of a hyphenated word give an acronym
// its initials ("Tehrik-i-Taliban Pakistan", "TTP"), and a name the rules
// would take for a person's is a thing once the text gives its acronym:
// people are not known by their initials outside the alias table.
func TestAcronymHyphenated(t *testing.T) {
	var r Resolver
	for _, g := range [][]string{
		{"Tehrik-i-Taliban Pakistan", "TTP"},
		{"Hayat Tahrir al-Sham", "HTS"},
		{"Trans-Pacific Partnership", "TPP"},
	} {
		if ks := r.KeyAll(g); ks[0] != ks[1] {
			t.Errorf("KeyAll(%q) = %q: want one key", g, ks)
		}
	}
	// One entity of three mentions. Its kind is not asserted: the pact is
	// other, but a name that ends in "Partnership", a body's noun, is taken
	// for an organisation (see isBodyNoun), as most such names are.
	text := "Lawmakers debated the Trans-Pacific Partnership (TPP) on Monday. Critics of the TPP said it would cost jobs."
	var got []string
	for _, e := range Entities(text) {
		got = append(got, fmt.Sprintf("%s %d", e.Name, len(e.Mentions)))
	}
	if want := []string{"Trans-Pacific Partnership 3"}; !slices.Equal(got, want) {
		t.Errorf("Entities: %q, want %q", got, want)
	}
	// Opening a quotation after "A", the index reads as a person's name
	// but for its acronym.
	text = "In 2004 the agency ran its first study.\n\n“A Household Safety Index (HSI) has been calculated for over 90 countries.” The HSI shows a drop."
	es := Entities(text)
	if len(es) != 1 || es[0].Kind != Other || len(es[0].Mentions) != 3 {
		t.Errorf("Entities: %+v, want one thing, Household Safety Index, of three mentions", es)
	}
	// A person known by initials has a given name first.
	text = "Dominique Strauss-Kahn (DSK) spoke on Monday. DSK said no."
	if es := Entities(text); len(es) != 1 || es[0].Kind != Person {
		t.Errorf("Entities(%q) = %+v, want one person", text, es)
	}
}

// TestIllnessNames: a name no list knows is a disease's, not a place's,
// before a noun that only diseases take ("the Zika virus", "the Ebola
// outbreak", "Alzheimer's disease"); a known place before the same noun
// stays a place ("the Wuhan outbreak").
func TestIllnessNames(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"Officials said the Ebola outbreak had spread to two more towns.", []string{"Ebola other"}},
		{"The Zika virus spread through Brazil last year.", []string{"Zika other", "Brazil place"}},
		{"Doctors say Alzheimer's disease affects millions.", []string{"Alzheimer other"}},
		{"The Wuhan outbreak spread in January.", []string{"Wuhan place"}},
		{"They drove to Zika on Monday.", []string{"Zika place"}}, // no such noun after it: the guess of last resort ("Ebola" is in things.txt)
	})
}

// TestDictionaryEndedNames: several words that open with no given name
// and end in a word of the dictionary (no name, no kind of place, no
// firm's or company's head) name a thing, not a person ("Mostly True";
// "Ceres Robotics" ends in a company's head: TestCompanyHeads), unless the text says it is one (an honorific, an apposition
// that names an occupation) or the name has a person's shape
// (a particle, an initial, a suffix, a given name in capitals). "Tapper"
// is such a dictionary word; "Nnamdi", "Kemi" and "Vann" are no given
// names of the list.
func TestDictionaryEndedNames(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"Ceres Robotics won a contract on Monday.", []string{"Ceres Robotics org"}}, // a company's head, no common word first
		{"Images from the Hubble Space Telescope showed the plumes.", []string{"Hubble Space Telescope other"}},
		{"The site rated the claim Mostly True.", []string{"Mostly True other"}},
		{"Goodwill Industries runs the project.", []string{"Goodwill Industries org"}}, // a firm's head
		{"Nnamdi Tapper attended the meeting.", []string{"Nnamdi Tapper other"}},       // no sign either way
		// Every word a word of the dictionary, the last a surname too
		// ("Bell"), and none a given name first: a title or a product.
		{"Reviewers loved Copper Lantern and Hollow Bell.", []string{"Copper Lantern other", "Hollow Bell other"}},
		{"Coach Doc Rivers said he was proud.", []string{"Doc Rivers person"}}, // a reporting verb and "he": a person
		// The text makes it a person's.
		// Speaking does not: on news text, the bodies and terms that "say"
		// outnumber the people whose given name the list lacks.
		{"Nnamdi Tapper said on Monday that the plan had failed.", []string{"Nnamdi Tapper other"}},
		{"Kemi Tapper, a lawyer, joined the team.", []string{"Kemi Tapper person"}},
		{"Officials met Mr. Nnamdi Tapper on Friday.", []string{"Nnamdi Tapper person"}},
		// A person's shape: a particle, an initial, a suffix, a given name in capitals.
		{"The raid that killed Osama bin Laden was planned for months.", []string{"Osama bin Laden person"}},
		{"The raid that killed Osama Bin Laden was planned for months.", []string{"Osama Bin Laden person"}},
		{"The hunt for Bin Laden took ten years.", []string{"Bin Laden person"}},
		{"Bin Talal Holdings bought the stake.", []string{"Bin Talal Holdings other"}}, // the particle opens a longer name
		{"The essay by Vann R. Tapper ran first.", []string{"Vann R. Tapper person"}},
		{"The essay by Vann Tapper Jr. ran first.", []string{"Vann Tapper Jr. person"}},
		{"THE INTERVIEW WITH JAKE TAPPER AIRED LATE.", []string{"Jake Tapper person"}},
		// An East Asian family name first and a given name of romanised
		// syllables, as parsePerson reads it; not an interjection before
		// a common word.
		{"The essay by Lim Kok Soon ran first.", []string{"Lim Kok Soon person"}},
		{"The band Moon Hooch played late.", []string{"Moon Hooch other"}},
	})
}

// TestPlaceBodies: "the" before a name that opens with a place's name
// that is a given name too, and that heads its phrase, makes it a body of
// the place (a team, a paper, a party), not a person ("the Denver
// Broncos", "the Boston Globe"); without "the", or as a modifier, the
// name stays a person's.
func TestPlaceBodies(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"Fans of the Denver Broncos on Sunday cheered.", []string{"Denver Broncos org"}},
		{"The quarterback of the Dallas Cowboys, Dak Prescott, threw twice.", []string{"Dallas Cowboys org", "Dak Prescott person"}},
		{"He wrote for the Boston Globe.", []string{"Boston Globe org"}},
		{"Dallas Green spoke to reporters.", []string{"Dallas Green person"}},
		{"Virginia Woolf wrote the novel.", []string{"Virginia Woolf person"}},
		{"She watched the Madison Keys match.", []string{"Madison Keys person"}},
	})
}

// TestAcronymEndedNames: a name of several words that ends in an acronym
// is no person's where the rules had only guessed one ("Windows XP",
// "Great America PAC"), and a city with its state's abbreviation is the
// city ("Seattle WA"); post-nominal letters and a given name first keep
// the person.
func TestAcronymEndedNames(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"Microsoft ended support for Windows XP in 2014.", []string{"Microsoft org", "Windows XP other"}},
		{"Donors gave money to Great America PAC this year.", []string{"Great America PAC other"}},
		{"She moved to Seattle WA last year.", []string{"Seattle WA place"}},
		{"She moved to Austin TX last year.", []string{"Austin TX place"}},             // a given name first: the place is read before
		{"Offices: Chicago IL and more.", []string{"Chicago IL place"}},                // "IL" is no Roman numeral
		{"Stops: Seattle WA, Erie PA.", []string{"Seattle WA place", "Erie PA place"}}, // places, not authors
		{"The essay by Nnamdi Tapper III ran.", []string{"Nnamdi Tapper III person"}},
		{"The clinic is run by Nnamdi Tapper MD.", []string{"Nnamdi Tapper MD person"}},
		{"John Milbank RRP tested it.", []string{"John Milbank RRP person"}},
		// Authors as medicine cites them: a surname and initials, in a list.
		{"Guyatt GH, Oxman AD, Willan AR. Laboratory diagnosis of anemia.", []string{"Guyatt GH person", "Oxman AD person", "Willan AR person"}},
		{"As shown by Mello MM, Studdert DM et al. in 2004.", []string{"Mello MM person", "Studdert DM person"}},
	})
}

// TestDeities: God is spoken of as a person, as GUM marks it, not a
// place by default.
func TestDeities(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"They pray to God every day.", []string{"God person"}},
		{"He said Allah is merciful.", []string{"Allah person"}},
	})
}

// TestClubNames: "FC" and "AFC" (football club) mark an organisation's
// name, as "Club" does.
func TestClubNames(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"He left FC Porto in 2004.", []string{"FC Porto org"}},
		{"He joined Leeds United AFC last year.", []string{"Leeds United AFC org"}},
	})
}

// TestBuildingNames: a name that ends in a building's or a road's noun
// (buildings.txt, from WordNet) is a place where GeoNames has no such
// kind of place ("Pittock Mansion", "Diagon Alley", "York Minster").
func TestBuildingNames(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"They toured Pittock Mansion on Sunday.", []string{"Pittock Mansion place"}},
		{"We walked down Diagon Alley after lunch.", []string{"Diagon Alley place"}},
		{"The service was held at York Minster.", []string{"York Minster place"}},
	})
	for w := range entries(buildingsText) {
		if w != strings.ToLower(w) || isGivenName(titleCase(w)) {
			t.Errorf("buildings.txt: %q is not a lower-case word that is no given name", w)
		}
	}
}

// textRow is a text and what a test should read of it, in order: its
// entities as "Name kind" (nameKindCase) or its mentions (mentionRow).
type textRow struct {
	text string
	want []string
}

// nameKindCase is a text and the entities Entities finds in it, each as
// "Name kind".
type nameKindCase = textRow

// checkTextRows checks that render reads each row's want in its text;
// what names what render reads, for the failure message.
func checkTextRows(t *testing.T, rows []textRow, what string, render func(string) []string) {
	t.Helper()
	for _, r := range rows {
		if got := render(r.text); !slices.Equal(got, r.want) {
			t.Errorf("Entities(%q) %s %q, want %q", r.text, what, got, r.want)
		}
	}
}

// testNameKinds checks the entities of each case's text.
func testNameKinds(t *testing.T, cases []nameKindCase) {
	t.Helper()
	checkTextRows(t, cases, "entities", func(text string) []string {
		var got []string
		for _, e := range Entities(text) {
			got = append(got, e.Name+" "+string(e.Kind))
		}
		return got
	})
}

// TestCommonWordsNoTableNames: a dictionary word that shares a skeleton
// with a name of the alias table is the word ("Rise" is no "Russia",
// "Iron" no "Iran", "Used" no "Assad", "Note" no "NATO"), in a title-case
// headline above all; the table's names themselves still resolve.
func TestCommonWordsNoTableNames(t *testing.T) {
	for _, text := range []string{
		"Prices Rise as Iron Ore Demand Grows\n\nIron ore prices rose on Monday in Sydney.\n",
		"Sheriff Says Homes Were Used as Hideouts\n\nThe sheriff said on Monday that the homes had been empty.\n",
		"Doing Business Gets Easier, Report Says\n\nA report said on Tuesday that the rules had eased.\n",
		"Note to Readers\n\nThe paper will not print on Monday.\n",
	} {
		for _, a := range Parse(text) {
			for _, e := range a.Entities {
				if !strings.HasPrefix(e.Key, "~") && e.Name != "Sydney" {
					t.Errorf("%q: entity %q (%s) from the table, want none", text, e.Name, e.Kind)
				}
			}
		}
	}
	r := DefaultResolver()
	// A given name is no other spelling of a table person's surname, nor
	// a word the dictionary knows as a name too ("Moody" is no Modi).
	for _, n := range []string{"Holly", "Molly", "Gene", "Hayley", "Moody", "Moody's", "Span", "Curie", "Genes"} {
		if k := r.Key(n); !strings.HasPrefix(k, "~") {
			t.Errorf("Key(%q) = %q, want no table name", n, k)
		}
	}
	for _, n := range []string{"Russia", "Iran", "Assad", "NATO", "Nato", "Kyiv", "Kiev", "Kim", "Healey", "Milei"} {
		if k := r.Key(n); strings.HasPrefix(k, "~") {
			t.Errorf("Key(%q) = %q, want the table's name", n, k)
		}
	}
}

// TestFirmShortNames: a word alone that opens the one organisation's
// name of the text is that organisation ("Samsung" after "Samsung
// Electronics Co."), as a bare surname is a person's; not a place, a
// person the text titles, a surname the text gives a person, a word that
// only opens a sentence, or a word that opens two organisations' names.
func TestFirmShortNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // entities as "Name kind: mention|mention"
	}{
		{"firms", "Toyota Motor Corporation said on Monday it would raise prices. Toyota shares rose 2%. Samsung Electronics Co. reported a profit; Samsung also said it would invest. Goldman Sachs Group Inc. cut its forecast. Goldman said rates would rise.",
			[]string{"Toyota Motor Corporation org: Toyota Motor Corporation|Toyota", "Samsung Electronics Co org: Samsung Electronics Co|Samsung",
				"Goldman Sachs Group Inc org: Goldman Sachs Group Inc|Goldman"}},
		{"university", "Harvard University said it would appeal. A Harvard spokesman declined to comment.",
			[]string{"Harvard University org: Harvard University|Harvard"}},
		{"two bodies", "Harvard University objected on Monday. Harvard Business School objected too. Students at Harvard marched.",
			[]string{"Harvard University org: Harvard University", "Harvard Business School org: Harvard Business School", "Harvard place: Harvard"}},
		{"place", "The Washington Post reported the plan. Officials in Washington denied it.",
			[]string{"Washington Post org: Washington Post", "Washington place: Washington"}},
		{"person", "Gerald Ford toured the Ford Motor Co. plant. Ford said the workers were proud.",
			[]string{"Gerald Ford person: Gerald Ford|Ford", "Ford Motor Co org: Ford Motor Co"}},
		{"titled", "The Obama Foundation opened a museum. President Obama spoke there. Obama said it was a gift.",
			[]string{"Obama Foundation org: Obama Foundation", "Obama person: Obama|Obama"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := entityMentions(tc.text, true)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Entities(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestAmpersandFirms: an ampersand joins the words of a firm's name that
// firms.txt lists or that end in a legal form, and lists names elsewhere.
func TestAmpersandFirms(t *testing.T) {
	text := "Procter & Gamble said sales rose. Shares of Johnson & Johnson fell after Marks & Spencer cut its outlook. " +
		"Tiffany & Co. and Pacific Gas & Electric Co. also reported. The study (Heidenreich & Turano 2011) went from Tempe & Mesa to Phoenix."
	var got []string
	for _, e := range Entities(text) {
		got = append(got, e.Name+" "+string(e.Kind))
	}
	want := []string{"Procter & Gamble org", "Johnson & Johnson org", "Marks & Spencer org", "Tiffany & Co org", "Pacific Gas & Electric Co org",
		"Heidenreich person", "Turano person", "Tempe place", "Mesa place", "Phoenix place"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) (-want +got):\n%s", text, diff)
	}
}

// TestDoctrineAndFieldNames: a capitalised noun of a doctrine ("-ism")
// or a field of study ("-ology", "-iatry", "-ics") is another kind of
// name, not the place a lone unknown word would be by default; a firm's
// name of several words that ends so is not.
func TestDoctrineAndFieldNames(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"He said Trumpism would outlast the campaign.", []string{"Trumpism other"}},
		{"Critics of Communism gathered in Prague.", []string{"Communism other", "Prague place"}},
		{"She is a fellow in Psychiatry and won the prize in Economics.", []string{"Psychiatry other", "Economics other"}},
		{"Shares of LG Electronics rose.", []string{"LG Electronics org"}},
	})
}

// TestKinTerms: "Mom" and "Dad" used as names name no one a reader can
// look up.
func TestKinTerms(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"Dad says Mom will call us from Boston tonight.", []string{"Boston place"}},
		{"The letter to Grandma arrived on Monday.", nil},
	})
}

// TestFirmOpensSentence: a listed firm that is no word of the dictionary
// and no given name is a name when it opens a sentence, as inside one; a
// listed firm that is a word too ("Amazon") is one only where the text
// also names it inside a sentence.
func TestFirmOpensSentence(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"Microsoft said on Monday it would expand.", []string{"Microsoft org"}},
		{"Amazon rose on Monday.", nil},
		{"Amazon rose on Monday after analysts praised Amazon.", []string{"Amazon org"}},
	})
}

// TestBareSurnameFollows: a bare surname goes on meaning the person it
// last meant when the text names a relative in full in between, as news
// writing does ("his wife, Heidi Cruz" once; "Cruz" for the senator).
func TestBareSurnameFollows(t *testing.T) {
	text := "Sen. Ted Cruz endorsed the nominee on Friday. Cruz said the choice was hard. " +
		"The nominee had mocked his wife, Heidi Cruz, during the primary. Cruz said he had moved on."
	got := entityMentions(text, false)
	want := []string{"Ted Cruz: Sen. Ted Cruz|Cruz|Cruz", "Heidi Cruz: Heidi Cruz"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) (-want +got):\n%s", text, diff)
	}
}

// TestDoubleBarrelledSurname: a surname of two parts joined by a hyphen,
// written alone, joins the full name it ends; two names the hyphen pairs
// do not read as one surname. A bare surname joins the full name in
// either order of an East Asian family name that is a given name too.
func TestDoubleBarrelledSurname(t *testing.T) {
	for text, want := range map[string][]string{
		"Douglas Holtz-Eakin, an economist, spoke. Holtz-Eakin said taxes would rise.": {"Douglas Holtz-Eakin: Douglas Holtz-Eakin|Holtz-Eakin"},
		"Judge Colleen Kollar-Kotelly ruled. The order by Kollar-Kotelly was broad.":   {"Colleen Kollar-Kotelly: Colleen Kollar-Kotelly|Kollar-Kotelly"},
		// A family name that is an English given name too opens a name
		// given name first before words that are no romanised syllables.
		"Lee Epstein, a scholar, said so. Epstein added that it was rare.":   {"Lee Epstein: Lee Epstein|Epstein"},
		"Lee Hsien Loong spoke, and Lee said no.":                            {"Lee Hsien Loong: Lee Hsien Loong|Lee"},
		"Sen. Ted Cruz spoke. Kim Jong-un met Ban Ki-moon, and Kim said no.": {"Ted Cruz: Sen. Ted Cruz", "Kim Jong Un: Kim Jong-un|Kim", "Ban Ki-moon: Ban Ki-moon"},
	} {
		if diff := cmp.Diff(want, entityMentions(text, false)); diff != "" {
			t.Errorf("Entities(%q) (-want +got):\n%s", text, diff)
		}
	}
}

// entityMentions returns the entities of text, each as "Name: mention|
// mention", or "Name kind: mention|mention" with kinds.
func entityMentions(text string, kinds bool) []string {
	var out []string
	for _, e := range Entities(text) {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		head := e.Name
		if kinds {
			head += " " + string(e.Kind)
		}
		out = append(out, head+": "+strings.Join(ms, "|"))
	}
	return out
}

// TestStreetAbbreviations: a street suffix's abbreviation after a name is
// the street's ("Main St." is "Main Street"); "St." before a name is no
// street.
func TestStreetAbbreviations(t *testing.T) {
	var r Resolver
	if a, b := r.Key("Main St."), r.Key("Main Street"); a != b {
		t.Errorf("Key(Main St.) = %q, Key(Main Street) = %q, want one key", a, b)
	}
	if a, b := r.Key("St. Louis"), r.Key("Street Louis"); a == b {
		t.Errorf("Key(St. Louis) = Key(Street Louis) = %q", a)
	}
	testNameKinds(t, []nameKindCase{
		{"The shop on Main St. opened, and Main Street filled up.", []string{"Main Street place"}},
	})
}

// TestPlaceWords: the words of placeWords end a place's name. "Station"
// and the plural "Springs" do, after a given name too ("Harrison Hot
// Springs"; the singular "Spring" names a season as often, and stays
// out); a common capital before one is part of the name, as before a
// GeoNames head (placeWhole); and a body's word before one is whose the
// place is, the place word, the head, giving the kind (placeHeaded),
// unless "of" puts the head first.
func TestPlaceWords(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"The ships sailed home to Norfolk Naval Station in May.", []string{"Norfolk Naval Station place"}},
		{"They drove on to Alexander Springs for a swim.", []string{"Alexander Springs place"}},
		{"You can book a boat tour out of Harrison Hot Springs.", []string{"Harrison Hot Springs place"}},
		{"We met at Grand Central Station on Monday.", []string{"Grand Central Station place"}},
		{"They live on Central Park West, near the museum.", []string{"Central Park West place"}},
		// Not a common capital before the gazetteer's place.
		{"Last Kansas City game was great, he said.", []string{"Kansas City place"}},
		// CLDR's M49 regions are the gazetteer's places.
		{"Migrants came from all over Latin America and Southeast Asia.", []string{"Latin America place", "Southeast Asia place"}},
		{"Middle Tennessee won by three.", []string{"Middle Tennessee place"}}, // "Middle" of "Middle Africa" opens places now
		{"Crowds filled Times Square on Friday.", []string{"Times Square place"}},
		{"The plane took off from Edwards Air Force Base at dawn.", []string{"Edwards Air Force Base place"}},
		{"The Department of State said no.", []string{"Department of State org"}},
		{"The Los Angeles Unified School District said classes would resume.", []string{"Los Angeles Unified School District org"}},
		{"The Labour Party said no.", []string{"Labour Party org"}},
	})
}

// TestTwoCapitals: two capitals are a name only where they name a news
// agency in prose (twoLetterName); a thing's abbreviation, a role, a
// widget's residue and an agency's letters after "a" are none.
func TestTwoCapitals(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"He told the AP on Monday that he would run.", []string{"AP org"}},
		{"WASHINGTON (AP) — It rained on Monday.", []string{"Washington place", "AP org"}},
		{"Gates told AP he was working, according to AP.", []string{"AP org"}},
		{"The VP said no. I watch TV at 9 PM. TT 20 Share this story.", nil},
		{"The recipe was chosen as a CP this week.", nil},
		{"The school offers AP classes and AP exams. Children with CP need help.", nil},
	})
}

// TestOutlets: the news outlets of firms.txt (mkfirms -outlets) are
// organisations, where the name alone would say a person's or a place's.
func TestOutlets(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{"Gizmodo wrote that he acknowledged it.", []string{"Gizmodo org"}},
		{"The Israeli newspaper Haaretz noted the change.", []string{"Haaretz org"}},
		// A common capital opening the sentence stays in a firm's or a
		// place's name; an article does not.
		{"New York Times reporters said it.", []string{"New York Times org"}},
		{"The New York Times said it.", []string{"New York Times org"}},
		{"New York Police Department officers said it.", []string{"New York Police Department org"}},
		// The same with a legal form after the firm's name (isFirmRun).
		{"Sales at General Motors Co rose.", []string{"General Motors org"}},
	})
}

// TestOaths: God sworn by names no one (oath); God spoken of is a
// person's mention.
func TestOaths(t *testing.T) {
	testNameKinds(t, []nameKindCase{
		{`"Oh my God, this can't be happening," she said.`, nil},
		{"He was at the top of the ticket, for God's sake.", nil},
		{"He's gotta, by God, get his revenge. God, I didn't spend a thing. Jesus, they'd better buy some players.", nil},
		{"It is like a horse, ridden by God or the Devil.", []string{"God person", "Devil person"}},
		{"He is my God and my rock. They pray to my God, who made the world.", []string{"God person"}},
		{"By God, he did it.", nil},
	})
	// A name opening a sentence before a comma and a relative pronoun is
	// spoken of: the footballer's second mention stays his.
	checkTextRows(t, []textRow{{
		"Manchester City's Gabriel Jesus scored twice. Jesus, who joined in 2017, was pleased.",
		[]string{"Manchester City org: Manchester City's", "Gabriel Jesus person: Gabriel Jesus|Jesus"},
	}}, "mentions", func(text string) []string { return entityMentions(text, true) })
}

// TestFirstWordAlone: a word alone that opens the one person's full name
// of the text, no given name of the list, no word of the dictionary, is
// that person ("Reince" after "Reince Priebus").
func TestFirstWordAlone(t *testing.T) {
	text := "Mr. Reince Priebus spoke on Monday. Party officials said Reince had called them."
	got := entityMentions(text, true)
	want := []string{"Reince Priebus person: Mr. Reince Priebus|Reince"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) (-want +got):\n%s", text, diff)
	}
}

// TestSharedHeadBodies: "and" inside a body's name whose first word is a
// common word joins it, after "The" or "U.S." too, and a country's
// abbreviation before a body's name is no part of its key.
func TestSharedHeadBodies(t *testing.T) {
	text := "The U.S. Food and Drug Administration approved the drug on Monday. " +
		"The Food and Drug Administration said trials were complete. The Securities and Exchange Commission declined to comment."
	got := entityMentions(text, true)
	want := []string{"U.S. Food and Drug Administration org: U.S. Food and Drug Administration|Food and Drug Administration",
		"Securities and Exchange Commission org: Securities and Exchange Commission"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) (-want +got):\n%s", text, diff)
	}
	var r Resolver
	if a, b := r.Key("UK Ministry of Defence"), r.Key("Ministry of Defence"); a != b {
		t.Errorf("Key(UK Ministry of Defence) = %q, Key(Ministry of Defence) = %q, want one key", a, b)
	}
}

// TestBodyNouns: a noun that names an organisation or a body of people
// (institutions.txt, from WordNet) tells an unknown name's kind: a
// capitalised one alone ("the Cabinet", "the Treasury"), the last word of
// a longer name ("Muslim Brotherhood") or the word before its "of"
// ("House of Representatives"), and a body named by title words
// alone ("the House", "the White House"), which stays apart from the
// chamber and from the office a name follows ("White House spokesman
// Josh Earnest"). A nation is no body ("the Nation" stays a place).
// TestHonorificBeforeOffice keeps "Mr. Chief Justice" a person: a
// department's proper name ("Justice") heads no body's name.
func TestBodyNouns(t *testing.T) {
	checkKinds(t, "The Cabinet met on Tuesday. Officials at the Treasury said rates would rise.",
		map[string]Kind{"Cabinet": Org, "Treasury": Org})
	checkKinds(t, "Leaders of the Muslim Brotherhood met in Cairo on Tuesday.",
		map[string]Kind{"Muslim Brotherhood": Org, "Cairo": Place})
	checkKinds(t, "The bill passed the House on Tuesday. White House spokesman Josh Earnest said the president would sign it.",
		map[string]Kind{"House": Org, "White House": Org, "Josh Earnest": Person})
	checkKinds(t, "He spoke to the Nation on Tuesday.", map[string]Kind{"Nation": Other}) // a name, no body's: no sign says which kind
	// Before "of" the noun heads the name, as a kind of place does ("Gulf
	// of Mexico") and "Center" does.
	checkKinds(t, "The Florida House of Representatives and the International Brotherhood of Electrical Workers agreed.",
		map[string]Kind{"Florida House of Representatives": Org, "International Brotherhood of Electrical Workers": Org})

	text := "The White House said on Tuesday that it would veto the bill. The House passed it anyway."
	keys := map[string]string{}
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			keys[m.Text] = e.Key
		}
	}
	if keys["White House"] == "" || keys["House"] == "" || keys["White House"] == keys["House"] {
		t.Errorf("Entities(%q) keys %q: want the White House and the House apart", text, keys)
	}
	// A title word before "of" heads the name: the display and the key keep
	// it ("of Commons" was both), and the short name joins it. A country's
	// word before the House only says whose it is.
	for _, tc := range []struct{ text, long, short string }{
		{"The House of Commons voted on Tuesday. The Commons then rose.", "House of Commons", "Commons"},
		{"The U.S. House voted on Tuesday. The House then adjourned.", "U.S. House", "House"},
	} {
		var names []string
		byText := map[string]string{}
		for _, e := range Entities(tc.text) {
			names = append(names, e.Name)
			for _, m := range e.Mentions {
				byText[m.Text] = e.Key
			}
		}
		if byText[tc.long] == "" || byText[tc.long] != byText[tc.short] || slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, "of ") }) {
			t.Errorf("Entities(%q): names %q, keys %q: want %q and %q one entity", tc.text, names, byText, tc.long, tc.short)
		}
	}
	if got, want := Canonical("the White House"), Canonical("White House"); got != want || got == Canonical("House") {
		t.Errorf("Canonical: %q for the White House, %q for White House, %q for House: want the first two equal and apart from the third", got, want, Canonical("House"))
	}
}

// TestInstitutionsList checks the embedded list's shape: a word a line
// in lower case with its tag, none of the political units it leaves out.
func TestInstitutionsList(t *testing.T) {
	n := 0
	for w, tag := range entries(institutionsText) {
		n++
		if w != strings.ToLower(w) || strings.ContainsAny(w, " \t") || tag != "c" && tag != "p" {
			t.Errorf("institutions.txt: %q tag %q: want a lower-case word tagged c or p", w, tag)
		}
	}
	if n < 300 {
		t.Errorf("institutions.txt has %d words: want the WordNet list (500 or so)", n)
	}
	for _, w := range []string{"nation", "state", "union", "country"} {
		if isInstitution(w) {
			t.Errorf("isInstitution(%q) = true: a political unit names a place as often", w)
		}
	}
	for _, w := range []string{"House", "cabinet", "brotherhood", "legislature"} {
		if !isBodyNoun(w) {
			t.Errorf("isBodyNoun(%q) = false", w)
		}
	}
	if isBodyNoun("justice") || !isInstitution("Justice") {
		t.Errorf("justice: want an institution by its proper name only (the department), no body noun")
	}
}

// TestTownAndRegion: a name no table knows, followed by a comma and a
// region the gazetteer knows or a state's AP abbreviation, is a place (a
// town, as news writes them), where the guess of last resort was a person;
// not a person whose description goes on with the region's possessive,
// nor a name in a list.
func TestTownAndRegion(t *testing.T) {
	checkKinds(t, "The team is up first out of Clifton Park, New York, and it called. Eau Gallie, Fla., has grown with the base.",
		map[string]Kind{"Clifton Park": Place, "New York": Place, "Eau Gallie": Place, "Florida": Place})
	checkKinds(t, "Jeb Bush, Florida's former governor, spoke.", map[string]Kind{"Jeb Bush": Person, "Florida": Place})
	if !beforeRegion("Mission Viejo, Calif., officials", len("Mission Viejo")) || beforeRegion("Nitin Gadkari, Oxford, P. Chidambaram", len("Nitin Gadkari")) {
		t.Errorf("beforeRegion: want a town before its state, not a name in a list")
	}
	// The AP's abbreviations with full stops inside.
	for _, s := range []string{"Nashua, N.H., voted", "Nashua, N.H. - It", "Nashua, W.Va. on"} {
		if !beforeRegion(s, len("Nashua")) {
			t.Errorf("beforeRegion(%q) = false, want a town before its state", s)
		}
	}
	// A dateline's town in capitals, opening a paragraph, is a place, not
	// an acronym's organisation.
	checkKinds(t, "Christie gains.\nNASHUA, N.H. - The crowd was large. The Nashua crowd cheered.",
		map[string]Kind{"Christie": Person, "NASHUA": Place, "New Hampshire": Place})
	// Not an acronym before its seat inside a paragraph, nor at a
	// paragraph's start where no dash or bracket ends a dateline.
	checkKinds(t, "The group met the NJEA, N.J. - officials said. The NJEA agreed.", map[string]Kind{"NJEA": Org, "New Jersey": Place})
	checkKinds(t, "Officials said.\nCPUC, Calif. regulators said. The CPUC agreed.", map[string]Kind{"CPUC": Org, "California": Place})
}

// TestAcronymBeforeOffice: an acronym or a firm before an office names
// the body whose office it is; the person after it is a mention of their own. Not
// a word of a line in capitals, nor a name the table knows as a place.
func TestAcronymBeforeOffice(t *testing.T) {
	checkKinds(t, "The summit where FBI Director James Comey spoke ended. Comey left.",
		map[string]Kind{"FBI": Org, "James Comey": Person})
	checkKinds(t, "CPUC President Marybel Batjer said so.", map[string]Kind{"CPUC": Org, "Marybel Batjer": Person})
	// A firm of one word the open data knows names it too.
	checkKinds(t, "He met Twitter CEO Jack Dorsey and Boeing Chief Executive Dave Calhoun on Friday.",
		map[string]Kind{"Twitter": Org, "Jack Dorsey": Person, "Boeing": Org, "Dave Calhoun": Person})
	for _, e := range Entities("WE ASKED THE PRESIDENT ABOUT IT.") {
		if e.Kind == Org {
			t.Errorf("Entities of a line in capitals: %q is an organisation", e.Name)
		}
	}
}

// TestDefinedAcronym: a name that defines its acronym in brackets is the
// acronym's entity, when the acronym's capitals are the initials of its
// first words ("Centers for Disease Control and Prevention (CDC)",
// "American College of Pediatricians (ACPeds)") as when they are all of
// them; a plural "Centers" heads a name before "for" as "Center" does.
func TestDefinedAcronym(t *testing.T) {
	for _, tc := range []struct{ text, long, acr string }{
		{"Officials at the Centers for Disease Control and Prevention (CDC) said so. The CDC agreed.", "Centers for Disease Control and Prevention", "CDC"},
		{"Doctors set up the American College of Pediatricians (ACPeds) in 2002. When ACPeds spoke, few listened.", "American College of Pediatricians", "ACPeds"},
		// An ampersand between the words stays in the acronym.
		{"Shares of Procter & Gamble (P&G) rose on Monday. P&G said sales grew.", "Procter & Gamble", "P&G"},
	} {
		keys, kinds := map[string]string{}, map[string]Kind{}
		for _, e := range Entities(tc.text) {
			for _, m := range e.Mentions {
				keys[m.Text], kinds[m.Text] = e.Key, e.Kind
			}
		}
		if keys[tc.long] == "" || keys[tc.long] != keys[tc.acr] || kinds[tc.long] != Org {
			t.Errorf("Entities(%q): keys %q, kinds %q: want %q and %q one organisation", tc.text, keys, kinds, tc.long, tc.acr)
		}
	}
	if definesAcronym("CD", "Centers for Disease Control") || definesAcronym("XYZ", "Centers for Disease Control") {
		t.Errorf("definesAcronym: want three capitals or more, the initials' opening")
	}
}

// TestOfficeAfterOf: a title word after "of" names the body's field, not
// an office ("Department of Justice Inspector General Michael Horowitz"),
// also when the run opens the text (a first version read the word before
// the text's first).
func TestOfficeAfterOf(t *testing.T) {
	checkKinds(t, "Department of Justice Inspector General Michael Horowitz spoke.",
		map[string]Kind{"Department of Justice": Org, "Michael Horowitz": Person})
	// A rank before the office is still the office's: the body is "Bank
	// of England", not "Bank of England Deputy" (its kind, place, is
	// wrong and not asserted here).
	text := "The summit where Bank of England Deputy Governor Ben Broadbent spoke ended."
	got := kindsByName(text)
	if _, ok := got["Bank of England"]; !ok || got["Ben Broadbent"] != Person {
		t.Errorf("Entities(%q) kinds %v: want Bank of England and the person Ben Broadbent", text, got)
	}
}

// TestPossessiveBeforePerson: a person's full name after a possessive is
// a name of its own, even after a common noun's possessive ("Harvard
// University's John Smith"), and an organisation's word in the possessive
// keeps the organisation's name whole ("Iowa State University's"); a
// common noun's possessive inside a name, or before a title that is no
// person's, stays in it.
func TestPossessiveBeforePerson(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "name kind", in order
	}{
		{"He said Harvard University's John Smith agreed.", []string{"Harvard University org", "John Smith person"}},
		{"He said Iowa State University's Dianne Bystrom agreed.", []string{"Iowa State University org", "Dianne Bystrom person"}},
		{"He cited Iowa State University's study.", []string{"Iowa State University org"}},
		// A plural's bare apostrophe too, before a full name only.
		{"He said CBS News' Charlie Rose agreed.", []string{"CBS News org", "Charlie Rose person"}},
		{"The People's Liberation Army moved.", []string{"People's Liberation Army org"}},
		// One name, whatever its kind (a game's: person is a known error).
		{"He played Assassin's Creed III today.", []string{"Assassin's Creed III"}},
	} {
		var got []string
		for _, e := range Entities(tc.text) {
			if kinded := strings.Contains(strings.Join(tc.want, "|"), " org"); kinded {
				got = append(got, e.Name+" "+string(e.Kind))
			} else {
				got = append(got, e.Name)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Entities(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestWithinEdits(t *testing.T) {
	// Against the full table (Levenshtein with transpositions), on every pair of a small
	// alphabet's words up to five letters long and every bound.
	lev := func(a, b string) int {
		d := make([][]int, len(a)+1)
		for i := range d {
			d[i] = make([]int, len(b)+1)
			d[i][0] = i
		}
		for j := range d[0] {
			d[0][j] = j
		}
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				c := 1
				if a[i-1] == b[j-1] {
					c = 0
				}
				d[i][j] = min(d[i-1][j-1]+c, d[i-1][j]+1, d[i][j-1]+1)
				if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
					d[i][j] = min(d[i][j], d[i-2][j-2]+1)
				}
			}
		}
		return d[len(a)][len(b)]
	}
	words := []string{""}
	for n := 0; n < 4; n++ {
		for _, w := range words {
			if len(w) == n {
				words = append(words, w+"a", w+"b", w+"c")
			}
		}
	}
	words = append(words, "hizbullah", "hezbollah", "rima", "rome", "piraeus", "paris", "taleban", "taliban", "kiedis", "keidis", "abcd", "badc")
	for _, a := range words {
		for _, b := range words {
			d := lev(a, b)
			for k := 0; k <= 4; k++ {
				if got := withinEdits(a, b, k); got != (d <= k) {
					t.Fatalf("withinEdits(%q, %q, %d) = %v, distance %d", a, b, k, got, d)
				}
			}
		}
	}
}

// TestSkeletonLookalikes checks that a single word which only shares the
// consonant skeleton of a name the alias table lists is not taken for it
// (the words are capitalised words of news texts that the table once
// matched by skeleton), while other spellings of those names still are.
func TestSkeletonLookalikes(t *testing.T) {
	apart := [][2]string{
		{"Rima", "Rome"}, {"Gomes", "Hamas"}, {"Piraeus", "Paris"}, {"Columbia", "Colombia"},
		{"Quora", "South Korea"}, {"USAID", "Assad"}, {"Khomeini", "Khamenei"}, {"Aran", "Iran"},
		{"Aussie", "Asia"}, {"Nieto", "NATO"}, {"Patton", "Putin"}, {"Maddy", "Modi"},
		{"Gemini", "Khamenei"}, {"Niagara", "Nigeria"}, {"Russo", "Russia"}, {"Rousseau", "Russia"},
		// Titles stand before people, not places, and a compass word opens
		// a region's name.
		{"North America", "America"}, {"South America", "America"}, {"North America", "South America"},
		{"British Columbia", "Colombia"}, {"Health Care", "Cairo"}, {"General Patton", "Putin"},
		{"Ms Sierra", "Syria"}, {"South Asia", "Asia"}, {"King Street", "Queen Street"}, {"King Street", "Street"},
		{"King County", "Prince County"},
	}
	for _, p := range apart {
		if a, b := Canonical(p[0]), Canonical(p[1]); a == b {
			t.Errorf("Canonical(%q) = Canonical(%q) = %q; want them apart", p[0], p[1], a)
		}
	}
	same := [][2]string{
		{"Irak", "Iraq"}, {"Hizbullah", "Hezbollah"}, {"Taleban", "Taliban"}, {"Kyev", "Kyiv"},
		{"Syrie", "Syria"}, {"Berlyn", "Berlin"}, {"Mykolayiv", "Mykolaiv"}, {"Korea", "South Korea"},
		{"Sissi", "Sisi"}, {"Lebannon", "Lebanon"}, {"Assad", "Bashar al-Assad"},
		{"President Assad", "Assad"}, {"al-Hudaydah", "Hodeidah"}, {"Al Raqqa", "Raqqa"},
		{"Russian President Putin", "Putin"},
	}
	for _, p := range same {
		if a, b := Canonical(p[0]), Canonical(p[1]); a != b {
			t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q; want one key", p[0], a, p[1], b)
		}
	}
}

// TestGazetteerSkeletons checks that places of the gazetteer whose
// skeletons meet stay two entities in a text, and that one of them
// written in capitals is still the same place.
func TestGazetteerSkeletons(t *testing.T) {
	for _, tc := range []struct {
		text string
		want [][]string // the mentions' texts of each entity, in order
	}{
		{"The minister flew from Oman to Amman on Sunday. Talks in Amman went well.",
			[][]string{{"Oman"}, {"Amman", "Amman"}}},
		{"Troops from Guinea and Ghana arrived. Ghana sent more.",
			[][]string{{"Guinea"}, {"Ghana", "Ghana"}}},
		{"Rain fell in Arizona on Monday.\n\nARIZONA FLOODS\n\nArizona closed roads.",
			[][]string{{"Arizona", "ARIZONA", "Arizona"}}},
		// A compass word before a place names a region of its own.
		{"Exports to South America rose, and North America bought less from the United States.",
			[][]string{{"South America"}, {"North America"}, {"United States"}}},
		{"They walked in Old Oakland and then in North Oakland.",
			[][]string{{"Old Oakland"}, {"North Oakland"}}},
	} {
		got := mentionTexts(Entities(tc.text), func(Entity) bool { return true })
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Entities(%q) mentions (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestKindsByDefault checks the kinds of names the tables do not know,
// which would otherwise be a place (one word) or a person (several) by
// default: a word of the dictionary after a "The" in capitals inside a
// sentence is a title (a work's, Other, unless the text has it report or
// be told something: an outlet, Org); a noun of a person capitalised as a
// title is a person, unless a sign of another kind is anywhere in the
// text; a word of position before a place of the gazetteer names a
// region; the press's "Saint" is CLDR's "St.".
func TestKindsByDefault(t *testing.T) {
	for _, tc := range []struct {
		text string
		name string
		want Kind
	}{
		{"She read The Hobbit twice last summer.", "Hobbit", Other},
		{"Tickets for The Tempest sold out.", "Tempest", Other},
		{"The deal is off, according to The Guardian.", "Guardian", Org},
		{"The move was first reported by The Guardian.", "Guardian", Org},
		{"He moved to The Hague last year.", "The Hague", Place},
		{"The Times agreed, while The Independent disagreed.", "Independent", Org},
		{"It is like a horse, ridden by God or the Devil. The rider has free will.", "Devil", Person},
		{"Constantine was first proclaimed Emperor in the city.", "Emperor", Person},
		{"We will ask the Solicitor also to assist us.", "Solicitor", Person},
		{"The story ran first, as Politico reported on Monday.", "Politico", Org},
		{"The tip came from them, according to the Guardian.", "Guardian", Org},
		{"Museums are abundant throughout Northeast Ohio.", "Northeast Ohio", Place},
		{"The town lies between Paramus and Upper Manhattan.", "Upper Manhattan", Place},
		{"She flew to Saint Lucia last week.", "Saint Lucia", Place},
	} {
		var got Kind
		for _, e := range Entities(tc.text) {
			if e.Name == tc.name {
				got = e.Kind
			}
		}
		if got != tc.want {
			t.Errorf("Entities(%q): %q is %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestInTextLookalikes checks that a surname or a given name alone joins
// the full name of the text it may be another spelling of, and not one
// that only shares its skeleton.
func TestInTextLookalikes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want [][]string // the mentions' texts of each person, in order
	}{
		{"Ryan Knapp spoke first. Later Ron said no.", [][]string{{"Ryan Knapp"}, {"Ron"}}},
		{"Roger Deakins filmed it, and the critic Dickens praised it.", [][]string{{"Roger Deakins"}, {"Dickens"}}},
		{"Anthony Kiedis sang. Then Keidis left the stage.", [][]string{{"Anthony Kiedis", "Keidis"}}},
		{"Donald Trump spoke. Later Donald said yes.", [][]string{{"Donald Trump", "Donald"}}},
		{"William Binney spoke. Then Bill said so.", [][]string{{"William Binney", "Bill"}}},
		{"Bill Binney spoke. Then William said so.", [][]string{{"Bill Binney", "William"}}},
		{"Bill Binney spoke. Then Walter said so.", [][]string{{"Bill Binney"}, {"Walter"}}},
		{"Tony Gilroy wrote it. Then Nathan said so.", [][]string{{"Tony Gilroy"}, {"Nathan"}}},
	} {
		checkGroups(t, tc.text, Person, tc.want)
	}
}

// checkGroups checks the mentions' texts of each entity of kind k that
// Entities finds in text, in order.
func checkGroups(t *testing.T, text string, k Kind, want [][]string) {
	t.Helper()
	got := mentionTexts(Entities(text), func(e Entity) bool { return e.Kind == k })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) %s entities (-want +got):\n%s", text, k, diff)
	}
}

// mentionRow is a text and every mention Entities should find in it, in
// order.
type mentionRow = textRow

// checkMentionRows checks each row's mentions with allMentions.
func checkMentionRows(t *testing.T, rows []mentionRow) {
	t.Helper()
	checkTextRows(t, rows, "mentions", allMentions)
}

// allMentions returns the text of every mention Entities finds in text,
// entity by entity, each entity's in order.
func allMentions(text string) []string {
	var out []string
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			out = append(out, m.Text)
		}
	}
	return out
}

// mentionTexts returns the texts of the mentions of each entity keep
// holds, in order.
func mentionTexts(es []Entity, keep func(Entity) bool) [][]string {
	var out [][]string
	for _, e := range es {
		if !keep(e) {
			continue
		}
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, ms)
	}
	return out
}

// TestReferenceListAuthors checks that surnames a reference list writes
// with initials after them are people, at a line's start too, and that a
// place with its state's letters ("Washington, D.C.") stays a place.
func TestReferenceListAuthors(t *testing.T) {
	text := "Duckworth, A. L.; Peterson, C.; Matthews, M. D. (2007). Grit. He lives in Washington, D.C., with his wife."
	want := map[string]Kind{"Duckworth": Person, "Peterson": Person, "Matthews": Person, "Washington": Place, "District of Columbia": Place}
	got := map[string]Kind{}
	for _, e := range Entities(text) {
		got[e.Name] = e.Kind
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) kinds (-want +got):\n%s", text, diff)
	}
}

// TestFoundSize keeps the mention record entities makes for every name at
// 40 bytes: a text of names written one after another (the name-dense
// shape of `eval memory`) holds millions. The pointers come first and the
// flags last, so that no padding stands between them; one byte more
// makes it 48.
func TestFoundSize(t *testing.T) {
	if n := unsafe.Sizeof(found{}); n > 40 {
		t.Errorf("found is %d bytes, want at most 40: put a new flag in signs", n)
	}
}

// TestArabicArticleNames: one word after the Arabic article and a hyphen,
// which no list knows, is a group's or a paper's name; the same written as
// the surname of a full name the text gives joins that person.
func TestArabicArticleNames(t *testing.T) {
	checkKinds(t, "Fighters of al-Zarqan attacked the base, and the paper al-Wasat reported it.", map[string]Kind{"al-Zarqan": Org, "al-Wasat": Org})
	// Where places go it is a place, and a person where a pronoun of a
	// person follows its verb.
	checkKinds(t, "Fighting in al-Qurnan went on for days.", map[string]Kind{"al-Qurnan": Place})
	checkKinds(t, "Critics of al-Zubaidi say he lied.", map[string]Kind{"al-Zubaidi": Person})
}

// TestMarkedWordKeys: one word written with marks is keyed by the steps a
// word without them takes: "Omán" is Oman, which stays apart from Amman.
func TestMarkedWordKeys(t *testing.T) {
	for _, tc := range []struct{ a, b string }{{"Omán", "Oman"}, {"Perú", "Peru"}} {
		if ka, kb := Canonical(tc.a), Canonical(tc.b); ka != kb {
			t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q, want one key", tc.a, ka, tc.b, kb)
		}
	}
	if Canonical("Omán") == Canonical("Amman") {
		t.Errorf("Canonical(%q) = Canonical(%q): two places", "Omán", "Amman")
	}
}

// TestLoadAliasesTwice: loading a table again adds no second copy of its
// spellings, and keys stay as they were.
func TestLoadAliasesTwice(t *testing.T) {
	const table = "person: Abdel Fattah el-Sisi | Sisi\nplace: Mykolaiv | Nikolaev\n"
	r := NewResolver()
	for i := 0; i < 2; i++ {
		if err := r.LoadAliases(strings.NewReader(table)); err != nil {
			t.Fatal(err)
		}
	}
	for sk, ss := range r.table().spelled {
		seen := map[string]bool{}
		for _, s := range ss {
			if seen[s] {
				t.Errorf("spelling %q under %q twice: %q", s, sk, ss)
			}
			seen[s] = true
		}
	}
	if got, want := r.Key("el-Sisi"), r.Key("Abdel Fattah el-Sisi"); got != want {
		t.Errorf("Key(el-Sisi) = %q, want %q", got, want)
	}
}

// TestCapitalTheInside: "The" in capitals counts inside a sentence only as
// a word of its own.
func TestCapitalTheInside(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"as told in The Hobbit", true},
		{"the club; The Hobbit", true},
		{"readThe Hobbit", false},
		{"books,The Hobbit", true},
		{"It ended. The Hobbit", false},
		{"The Hobbit", false},
	} {
		start := strings.LastIndex(tc.text, "Hobbit")
		if got := capitalTheInside(tc.text, start); got != tc.want {
			t.Errorf("capitalTheInside(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestFirmsOpeningWithGivenNames: a name the firms list holds whole is the
// firm though a given name opens it ("Morgan Stanley", "Wells Fargo"),
// unless the sentence goes on about it as about a person: the founder.
func TestFirmsOpeningWithGivenNames(t *testing.T) {
	checkKinds(t, "Shares of Morgan Stanley rose after Wells Fargo said it would cut jobs.", map[string]Kind{"Morgan Stanley": Org, "Wells Fargo": Org})
	checkKinds(t, "Ralph Lauren said on Monday he would retire.", map[string]Kind{"Ralph Lauren": Person})
	checkKinds(t, "Ralph Lauren said Monday that he would retire.", map[string]Kind{"Ralph Lauren": Person})
	// A pronoun after the one told is anyone's.
	checkKinds(t, "Analysts at Morgan Stanley told clients she was wrong.", map[string]Kind{"Morgan Stanley": Org})
	// The given name alone that opens such a firm's name is the firm, as
	// "Samsung" is Samsung Electronics Co.'s; not one who speaks as a
	// person, nor a surname the text gives a person.
	for _, tc := range []struct {
		text string
		want [][]string
	}{
		{"Wells Fargo cut its forecast. A bank as big as Wells is too big to fail.", [][]string{{"Wells Fargo", "Wells"}}},
		{"Morgan Stanley cut its forecast. Later Morgan said she agreed.", [][]string{{"Morgan Stanley"}}},
		{"Gerald Ford toured the Ford Motor plant. Ford said the workers were proud.", [][]string{{"Ford Motor"}}},
	} {
		checkGroups(t, tc.text, Org, tc.want)
	}
}

// TestFirmArms: a firm's name and a country's or a city's is the firm's
// arm there, an organisation, not a product; a word alone that opens it
// stays the firm.
func TestFirmArms(t *testing.T) {
	checkKinds(t, "A spokesman for Google India said the plan would go ahead.", map[string]Kind{"Google India": Org})
	// Counted as a thing, it is a model named for a place.
	checkKinds(t, "Sales of the Hyundai Tucson rose in May.", map[string]Kind{"Hyundai Tucson": Other})
	// The firm opening a sentence, though a word of the dictionary too,
	// is a name where the text capitalises it inside a sentence as well.
	for _, text := range []string{
		"Executives at Google said on Monday that Google India would hire 500 engineers.",
		"Google said on Monday that Google India would hire 500 engineers.",
	} {
		checkGroups(t, text, Org, [][]string{{"Google"}, {"Google India"}})
	}
}

// TestBodyOnTopic: "on" joins an organisation's word to the topic after
// it, a common word capitalised ("Council on Foreign Relations"), but not
// to a day, a month or a place ("the Senate on Monday", "the Council on
// Syria"), nor to a name that is no common word ("Parliament on Brexit").
func TestBodyOnTopic(t *testing.T) {
	checkKinds(t, "Richard Haass, president of the Council on Foreign Relations, spoke to the Senate on Monday.",
		map[string]Kind{"Richard Haass": Person, "Council on Foreign Relations": Org, "Senate": Org})
	for _, text := range []string{
		"Russia vetoed a draft of the Security Council on Syria.",
		"A vote in Parliament on Brexit was put off.",
	} {
		for name := range kindsByName(text) {
			if strings.Contains(name, " on ") {
				t.Errorf("Entities(%q) has %q: \"on\" joined a name that is no topic", text, name)
			}
		}
	}
}

// TestNationalities: a nationality of the UK government's list alone is
// no name ("Eritrean troops", "Guatemalan officials"), as the nations'
// adjectives the press uses most were before; the country is still a
// place.
func TestNationalities(t *testing.T) {
	checkKinds(t, "Eritrean troops crossed into Ethiopia, and Guatemalan and Jamaican officials met in Laos.",
		map[string]Kind{"Ethiopia": Place, "Laos": Place})
}

// TestCenterAtEnd: no person's name ends in "Center"; a name that does is
// a place (most are buildings), even when a given name opens it or it
// speaks.
func TestCenterAtEnd(t *testing.T) {
	checkKinds(t, "Protesters marched to the Wells Fargo Center on Monday. Earlier, the Lincoln Center said it would close.",
		map[string]Kind{"Wells Fargo Center": Place, "Lincoln Center": Place})
}

// kindCase is a text and the kinds Entities should give its names.
type kindCase struct {
	name, text string
	want       map[string]Kind
}

// checkKindCases runs checkKinds on each case, as a subtest of its name.
func checkKindCases(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestGivenNamePlace checks a word that the gazetteer lists as a place
// and the given-name list as a name: a place, unless the text writes it
// as only a person is written (kin, a possessive's kin, a relative
// "who", "himself"); a
// region after a comma before "who" stays a place, and so do a name that
// speaks, a name after a preposition of places ("from Charlotte, who"),
// and a name before an attribution ("in Denver, his brother said").
func TestGivenNamePlace(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"kin before", "His son George worked his way through the ranks of government.", map[string]Kind{"George": Person}},
		{"kin after", "Through this, the clown met his wife, Nancy, a performing artist.", map[string]Kind{"Nancy": Person}},
		{"who", "The House chose John Quincy Adams over Jackson, who had a plurality of the votes.", map[string]Kind{"House": Org, "John Quincy Adams": Person, "Jackson": Person}},
		{"himself", "Later that year Austin himself drove to the coast.", map[string]Kind{"Austin": Person}},
		{"no sign", "I flew to George last week and drove on to Austin.", map[string]Kind{"George": Place, "Austin": Place}},
		{"region before who", "Casey lives in Columbus, Indiana, who works at a library.", map[string]Kind{"Casey": Person, "Columbus": Place, "Indiana": Place}},
		{"speaks", "Reporters asked, and Austin said it would not yield.", map[string]Kind{"Austin": Place}},
		{"a quotation's speaker", "“We won the game,” Mary said. Then Mary left.", map[string]Kind{"Mary": Person}},
		{"a quotation's speaker, straight marks", `"Did we win?" Charlotte asked.`, map[string]Kind{"Charlotte": Person}},
		{"after a quotation, no verb", "“We won the game,” Charlotte and the team left.", map[string]Kind{"Charlotte": Place}},
		{"attribution, not apposition", "They met in Denver, his brother said.", map[string]Kind{"Denver": Place}},
		{"attribution after a place", "The family moved to Charlotte, his mother said.", map[string]Kind{"Charlotte": Place}},
		{"who after from", "A nurse from Charlotte, who asked not to be named, said no.", map[string]Kind{"Charlotte": Place}},
		{"himself after to", "He drove to Austin himself to deliver the petition.", map[string]Kind{"Austin": Place}},
		{"apposition closes", "Reporters asked, and Charlotte, his sister, said no.", map[string]Kind{"Charlotte": Person}},
		{"apposition goes on", "Reporters asked, and Nancy, his wife of 40 years, said he was kind.", map[string]Kind{"Nancy": Person}},
		{"kin before, more after", "He was survived by his wife, Nancy, his daughters and a son.", map[string]Kind{"Nancy": Person}},
		{"kin after a preposition", "He left everything to Charlotte, his daughter, the will shows.", map[string]Kind{"Charlotte": Person}},
		{"who after Near", "The water rose fast. Near Charlotte, who lost her home, was a shelter.", map[string]Kind{"Charlotte": Place}},
		{"a possessive's kin", "The crowd waited, and George's brother spoke first.", map[string]Kind{"George": Person}},
		{"a possessive's kin joins the full name", "George Floyd died in 2020. We heard from George's brother.", map[string]Kind{"George Floyd": Person}},
		{"a possessive's no kin", "I flew to George. George's airport is small.", map[string]Kind{"George": Place}},
	})
}

// TestPlaceOpensSentence checks a single word opening a sentence: a place
// of the gazetteer is a mention there as anywhere ("Texas is big"), unless
// it is a word of the dictionary ("Nice", "Mobile") or a given name
// ("Victoria"), which stay mentions only where the text names them
// elsewhere. A place in capitals is a place, as datelines write it, not
// an acronym's organisation, unless it is a word too ("NICE", the
// institute, is no "Nice").
func TestPlaceOpensSentence(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"state", "It was hot. Texas is big.", map[string]Kind{"Texas": Place}},
		{"city", "The storm moved east. Chicago was spared.", map[string]Kind{"Chicago": Place}},
		{"dictionary word", "Mobile phones are banned. Reading is encouraged.", map[string]Kind{}},
		{"given name", "The vote was close. Victoria said no.", map[string]Kind{}},
		{"written in lower case", "Nice work. It was nice of them.", map[string]Kind{}},
		{"dateline in capitals", "DUBAI, Jan 5 — Dubai's carrier bought jets.", map[string]Kind{"DUBAI": Place}},
		{"acronym that is a word", "Doctors follow the NICE guidance on Monday.", map[string]Kind{"NICE": Org}},
	})
}

// TestLanguageNames: a name CLDR gives a language (languages.txt) is a
// language, kind Other, where the rules would otherwise guess a place for
// want of any sign; "the" before it makes it its people, a division's
// word after it a place, and a place the gazetteer knows stays one.
func TestLanguageNames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"The statement was read in Urdu and Pashto.", map[string]Kind{"Urdu": Other, "Pashto": Other}},
		{"Mr. Obama spoke Hebrew at the dinner.", map[string]Kind{"Obama": Person, "Hebrew": Other}},
		{"The signs are in Swahili, and the menus in Lao.", map[string]Kind{"Swahili": Other, "Lao": Other}},
		{"Observers watched the voting in Kachin state.", map[string]Kind{"Kachin": Place}},
		{"She flew to Nauru on Monday.", map[string]Kind{"Nauru": Place}}, // a language's name too
	})
	// "the" before the name: its people, which the rules may guess a place.
	if k, ok := kindsByName("The Maori said the talks failed.")["Maori"]; !ok || k == Other {
		t.Errorf("\"the Maori\": got kind %q (found %v), want a mention that is no language", k, ok)
	}
}

// TestListedCompaniesAlone: a company of the SEC's list (firms.txt) named
// by one word, with no other sign, is an organisation, not a place of last
// resort; one whose name is a web address keeps its dot.
func TestListedCompaniesAlone(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"You can back up your keychain in Dropbox, so you have it anywhere.", map[string]Kind{"Dropbox": Org}},
		{"Drivers for Lyft staged a strike in Seattle.", map[string]Kind{"Lyft": Org, "Seattle": Place}},
		{"Two guys from Motorola security were there, and one from Cisco.", map[string]Kind{"Motorola": Org, "Cisco": Org}},
	})
	for _, name := range []string{"JD.com", "Trip.com"} {
		if !isFirmName(name) {
			t.Errorf("isFirmName(%q) = false: firms.txt lost a web address's dot", name)
		}
	}
}

// TestGreetings: an interjection that opens a sentence (interjections) is
// no part of the name after it, and a name a greeting addresses ("Hi
// Dyanne,") is a person's though no list knows it.
func TestGreetings(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Hi Dyanne, I didn't stay at the hotel.", map[string]Kind{"Dyanne": Person}},
		{"Hello Marit! Thanks for the photos.", map[string]Kind{"Marit": Person}},
		{"Hey Tucson, we love you.", map[string]Kind{"Tucson": Place}}, // a place the gazetteer knows stays one
	})
	// No greeting, so no kind by it; but "Wow" is no part of the name.
	names := kindsByName("Wow Zorbin, that was fast.")
	if _, ok := names["Zorbin"]; !ok || len(names) != 1 {
		t.Errorf("\"Wow Zorbin\": got %v, want the one name Zorbin", names)
	}
}

// TestCalledAndHyphenedTitles: "a firm called X" describes X as the noun
// before "called" does, any noun of a body (institutions.txt) among them;
// an office of two title words joined by a hyphen ("Secretary-General") is
// stripped from a person's name as each word alone is.
func TestCalledAndHyphenedTitles(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"The campaign paid a firm called Cambridge Analytica, which analysed voters.", map[string]Kind{"Cambridge Analytica": Org}},
		{"A warm-up band called Sophistafunk got the crowd to dance.", map[string]Kind{"Sophistafunk": Org}},
		{"A new group called Black Votes Matter held a rally.", map[string]Kind{"Black Votes Matter": Org}},
		{"UN Secretary-General Ban Ki-moon said the talks would go on.", map[string]Kind{"United Nations": Org, "Ban Ki-moon": Person}},
		{"Director-General Tedros Adhanom Ghebreyesus said it.", map[string]Kind{"Tedros Adhanom Ghebreyesus": Person}},
	})
}

// TestPlacePeople: the people of a place written as the place and "-ers"
// ("New Yorkers") is one name, a people's as "Americans" is, and no place
// "Yorkers".
func TestPlacePeople(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Some three million New Yorkers were unable to vote.", map[string]Kind{"New Yorkers": Person}},
		{"New Zealanders voted on Saturday.", map[string]Kind{"New Zealanders": Person}},
	})
}

// TestDivisions: the first-level divisions of countries (divisions.txt,
// GeoNames) are places the gazetteer knows: the nations of the United
// Kingdom, provinces and states; a longer name that ends in one is no
// person whose surname it would be.
func TestDivisions(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Scotland and England voted on Thursday.", map[string]Kind{"Scotland": Place, "England": Place}},
		{"He flew from Bavaria to Queensland, then on to Uttar Pradesh.", map[string]Kind{"Bavaria": Place, "Queensland": Place, "Uttar Pradesh": Place}},
		{"The priest at St. Mary's Church in Crosthwaite spoke.", map[string]Kind{"St. Mary's Church": Place, "Crosthwaite": Place}},
	})
	for _, e := range Entities("A review of land reform in Scotland is planned. Community Land Scotland welcomed it.") {
		if e.Name == "Community Land Scotland" && len(e.Mentions) != 1 {
			t.Errorf("\"Scotland\" joined %q as its surname: %v", e.Name, e.Mentions)
		}
	}
}

// TestNewerPlaces: the cities that newer GeoNames names in English
// (newerplaces.txt) are places of the gazetteer, given names among them
// ("Harlem", "Milan") read as places where places go; a common surname
// among them ("Richardson", a Texas city) stays out of the list, so
// "Richardson said" is a person's.
func TestNewerPlaces(t *testing.T) {
	for _, name := range []string{"Naples", "Milan", "Kyiv", "Genoa", "Croydon", "St. Petersburg"} {
		if !isPlaceName(name) {
			t.Errorf("isPlaceName(%q) = false, want true", name)
		}
	}
	checkKindRows(t, []kindRow{
		{"She spoke in Harlem, then in Milan and Kobe.", map[string]Kind{"Harlem": Place, "Milan": Place, "Kobe": Place}},
		{"The committee met. Richardson said no.", map[string]Kind{"Richardson": Person}},
	})
}

// TestPoliticianSurnames: a US politician's surname alone is a person's
// name (uspoliticians.txt), where the guess of last resort for an unknown
// word alone is a place; "in" before it, heading its phrase, makes it the
// place ("in Romney", not "at Manchin rallies"). "Whip" is an office, so
// "Senate Majority Whip John Cornyn" names John Cornyn.
func TestPoliticianSurnames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"The bill stalled over Manchin's objection, and Pelosi's plan failed.", map[string]Kind{"Manchin": Person, "Pelosi": Person}},
		{"Voters in Ohio chose Obama over Romney in the end.", map[string]Kind{"Ohio": Place, "Obama": Person, "Romney": Person}},
		{"The vote was close. Romney stayed in, and Pelosi left.", map[string]Kind{"Romney": Person, "Pelosi": Person}},
		{"The farm lies in Romney, and voters at Manchin rallies cheered.", map[string]Kind{"Romney": Place, "Manchin": Person}},
		{"Senate Majority Whip John Cornyn (R-Tex.) responded. Cornyn said no.", map[string]Kind{"John Cornyn": Person}},
	})
	for _, w := range []string{"Sanders", "Trump", "Paul", "Houston"} {
		if isPoliticianSurname(w) {
			t.Errorf("isPoliticianSurname(%q) = true; want false (a common surname, a word, a given name or a place)", w)
		}
	}
}

// TestTableSpellingOpensSentence: another spelling of a name the table
// knows, opening a sentence, is a mention as the table's own spelling is
// ("Zelenskyy met …" beside "Zelensky met …"); a word in capitals that only
// comes close stays out ("COLUMBIA, S.C." is no Colombia).
func TestTableSpellingOpensSentence(t *testing.T) {
	for _, text := range []string{"Zelenskyy met Erdogan in Ankara.", "Zelensky met Erdogan in Ankara."} {
		if got := kindsByName(text)["Volodymyr Zelensky"]; got != Person {
			t.Errorf("Entities(%q): Volodymyr Zelensky is %q, want person", text, got)
		}
	}
	if _, ok := kindsByName("COLUMBIA, S.C. (AP) — The race tightened.")["Colombia"]; ok {
		t.Error(`"COLUMBIA, S.C.": got the entity Colombia`)
	}
}

// TestMonthSurnames: a month's name after a given name is a surname
// ("Theresa May", "Jill June"), and after an honorific the name ("Mrs
// May"), not the date it is before a number ("Jordan March 3") nor after a
// place that is a given name too ("the Georgia May primary").
func TestMonthSurnames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Prime Minister Theresa May met Brian May.", map[string]Kind{"Theresa May": Person, "Brian May": Person}},
		{"The plan was hers, Mrs May said.", map[string]Kind{"May": Person}},
		{"The king left Jordan March 3, officials said.", map[string]Kind{"Jordan": Place}},
		{"Jill June chaired the panel.", map[string]Kind{"Jill June": Person}},
		{"Voters await the Georgia May primary.", map[string]Kind{"Georgia": Place}},
	})
}

// TestHyphenPairs: two names the tables (or, for a surname, the text)
// know each, joined by a hyphen, are two mentions ("the Clinton-Kaine
// ticket"), each joining its own entity; a hyphenated name known whole
// stays one, and so do days ("Mon-Sun").
func TestHyphenPairs(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Hillary Clinton chose Tim Kaine. The Clinton-Kaine ticket held a rally.", map[string]Kind{"Hillary Clinton": Person, "Tim Kaine": Person}},
		{"Before the Microsoft-LinkedIn deal, LinkedIn was independent.", map[string]Kind{"Microsoft": Org, "LinkedIn": Org}},
		{"The sect lives on the Utah-Arizona border.", map[string]Kind{"Utah": Place, "Arizona": Place}},
		{"Hewlett-Packard and Rolls-Royce shares rose in Winston-Salem.", map[string]Kind{"Hewlett-Packard": Org, "Rolls-Royce": Org, "Winston-Salem": Place}},
		{"Alexandria Ocasio-Cortez spoke first.", map[string]Kind{"Alexandria Ocasio-Cortez": Person}},
	})
	for name := range kindsByName("Hours are usually 9am-4pm Mon-Sun.") {
		if name == "Mon" || name == "Sun" {
			t.Errorf("\"Mon-Sun\": got entity %q, want the days kept whole", name)
		}
	}
	text := "Hillary Clinton spoke. The Clinton-Trump’s race tightened. Donald Trump answered."
	got := map[string][]string{}
	for _, e := range Entities(text) {
		for _, m := range e.Mentions {
			got[e.Name] = append(got[e.Name], text[m.Span.Start:m.Span.End])
		}
	}
	want := map[string][]string{
		"Hillary Clinton": {"Hillary Clinton", "Clinton"},
		"Donald Trump":    {"Trump’s", "Donald Trump"}, // the possessive in the second name's span
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entities(%q) mentions (-want +got):\n%s", text, diff)
	}
}

// TestGivenNameListedWithPlaces: a given name alone in a list that holds
// two places or more and no person is the town of that name; beside one
// place, or a person, it stays a person's.
func TestGivenNameListedWithPlaces(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"It is a world city, I am convinced: Milan or Rome, Paris, Jakarta.", map[string]Kind{"Milan": Place, "Rome": Place, "Paris": Place, "Jakarta": Place}},
		{"The app works in Boulder, Boston, Charlotte, Denver, Lawrence and Portland.", map[string]Kind{"Boulder": Place, "Boston": Place, "Charlotte": Place, "Denver": Place, "Lawrence": Place, "Portland": Place}},
		{"Paris and Nicky visited the shop.", map[string]Kind{"Paris": Place, "Nicky": Person}},
		{"We visited Jordan, Tom and Kim Jong Un.", map[string]Kind{"Jordan": Place, "Tom": Person, "Kim Jong Un": Person}},
	})
}

// TestBodyInApposition: an apposition whose noun names a body
// (institutions.txt) and no person makes the name an organisation's, a
// nationality before the noun included; one whose noun names a person
// first ("a member of …") does not.
func TestBodyInApposition(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"Last month, the Independent, a British newspaper, reported it.", map[string]Kind{"Independent": Org}},
		{"He now runs Cryptography Research, a security firm that makes chips.", map[string]Kind{"Cryptography Research": Org}},
		{"He wrote a commentary for the Clarion-Ledger, the state's largest newspaper.", map[string]Kind{"Clarion-Ledger": Org}},
		{"Issawi Frej, a member of parliament, spoke.", map[string]Kind{"Issawi Frej": Person}},
	})
}

// TestEntitiesOfGivesWordsBack: entitiesOf marks the caller's words
// (headlines, participles and prefixes cut off) and gives them back as
// they came, for the quotation stage that reads them next.
func TestEntitiesOfGivesWordsBack(t *testing.T) {
	text := "Ex-CIA Chief Speaks In Berlin\n\nThe Los Angeles-based firm hired a Nobel Prize-winning economist. Anti-Trump protesters marched."
	ws := appendTokens(nil, text)
	ws[3].headline = true // a mark of the caller's own, kept
	want := slices.Clone(ws)
	DefaultResolver().table().entitiesOf(text, ws)
	if diff := cmp.Diff(want, ws, cmp.AllowUnexported(token{})); diff != "" {
		t.Errorf("entitiesOf changed the caller's words (-want +got):\n%s", diff)
	}
}

// TestAgeAfter: an age in commas or brackets right after a name, as news
// writes it of people; not a year, a number of more digits or mismatched
// marks.
func TestAgeAfter(t *testing.T) {
	for _, c := range []struct {
		name, rest string
		want       bool
	}{
		{"Anthony Holdings", ", 34, was charged", true},
		{"Anthony Holdings", " (34) was charged", true},
		{"Ann Lee", ", 105, died", true},
		{"Anthony Holdings", ", 2019, was charged", false},
		{"Anthony Holdings", ", 34) was charged", false},
		{"Anthony Holdings", " (34, was charged", false},
		{"Anthony Holdings", ", who is 34, was charged", false},
		{"Anthony Holdings", "", false},
	} {
		if got := ageAfter(c.name+c.rest, len(c.name)); got != c.want {
			t.Errorf("ageAfter(%q after %q) = %v, want %v", c.rest, c.name, got, c.want)
		}
	}
}

// TestInstanceNames checks the names WordNet knows as one person, place,
// organisation or thing (instances.txt), in sentences written for this
// test that give no other sign of what the names are: the famous person's
// surname alone is a person, the island or county a place, the war
// Other; a sign in the text still decides ("a Rasmussen poll" is the
// pollster's), and a surname that opens the name of a thing the text
// names is that thing's short name ("Hubble" beside "Hubble Space
// Telescope", "Disney" beside "Disney World").
func TestInstanceNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]Kind
	}{
		{"The director admired Spielberg and Truffaut.", map[string]Kind{"Spielberg": Person, "Truffaut": Person}},
		{"The exhibition pairs Warhol with a young painter. Students still read Freud.", map[string]Kind{"Warhol": Person, "Freud": Person}},
		{"Tourists love Maui, but Kauai is quieter.", map[string]Kind{"Maui": Place, "Kauai": Place}},
		{"The storm hit Essex hard.", map[string]Kind{"Essex": Place}},
		{"Visitors to Machu Picchu must book ahead.", map[string]Kind{"Machu Picchu": Place}},
		{"A Rasmussen poll found that 52 percent agreed.", map[string]Kind{"Rasmussen": Org}},
		{"Labrador voted no.", map[string]Kind{"Labrador": Person}}, // a congressman's surname before WordNet's place
	} {
		got := kindsByName(c.text)
		for name, k := range c.want {
			if got[name] != k {
				t.Errorf("Entities(%q): %s is %q, want %s", c.text, name, got[name], k)
			}
		}
	}
	checkNotKind(t, "NASA's Hubble Space Telescope took the picture. Years later, Hubble's camera failed on the Hubble Space Telescope.", "Hubble", Person)
	checkNotKind(t, "The family flew to Disney World in Florida. Later, Disney raised its prices.", "Disney", Person)
}

// TestInstanceKind checks the lookup of instances.txt: as written, each
// kind, and nothing for a name the file does not hold (a star, a ship) or
// holds in another case; and as a text writes it (instanceKindOf).
func TestInstanceKind(t *testing.T) {
	for name, want := range map[string]Kind{
		"Freud": Person, "Essex": Place, "Hamas": Org, "Spanish Civil War": Other,
		"freud": "", "Paris": "", "Fahrenheit": "", "Crohn": "", "Aldebaran": "", "Mayflower": "", "": "",
	} {
		if got := instanceKind(name); got != want {
			t.Errorf("instanceKind(%q) = %q, want %q", name, got, want)
		}
	}
	// As a text writes a name: a curly apostrophe, a possessive.
	for name, want := range map[string]Kind{"St. John’s": Place, "St. John's": Place, "Freud's": Person, "Freud’s": Person, "Paris's": ""} {
		if got := instanceKindOf(name); got != want {
			t.Errorf("instanceKindOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestEventOfNames checks that "of" after the head of an event's, a
// law's or a document's name joins the words after it to the name, in
// sentences written for this test: one mention, Other, with no place or
// person cut out of it.
func TestEventOfNames(t *testing.T) {
	checkKindRows(t, []kindRow{
		{"They signed the Treaty of Versailles in 1919.", map[string]Kind{"Treaty of Versailles": Other}},
		{"She wrote about the Battle of Hastings and the Declaration of Independence.", map[string]Kind{"Battle of Hastings": Other, "Declaration of Independence": Other}},
		{"He played at the Africa Cup of Nations in Ivory Coast.", map[string]Kind{"Africa Cup of Nations": Other, "Ivory Coast": Place}},
		{"The Festival of Britain opened in 1951.", map[string]Kind{"Festival of Britain": Other}},
	})
}
