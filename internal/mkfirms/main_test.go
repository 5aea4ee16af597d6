package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestIsBrandName(t *testing.T) {
	words := map[string]bool{"target": true, "subway": true}
	taken := map[string]bool{"Paris": true, "Emma": true}
	given := map[string]bool{"Tom": true, "Emma": true}
	words["waffle"], words["house"], words["arctic"], words["circle"] = true, true, true, true
	heads := map[string]bool{"house": true}
	f := &filter{words: words, taken: taken, given: given, heads: heads}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Pizza Hut", true},
		{"Waffle House", true},   // common words, a business noun at the end
		{"Arctic Circle", false}, // common words and no business noun: a place as often
		{"U-Haul", true},
		{"FleetPride", true},
		{"7-Eleven", true},
		{"Target", false},   // a word of the lexicon
		{"Subway", false},   // the same, capitalised
		{"Paris", false},    // a place
		{"Tom Ford", false}, // opens with a given name
		{"Truist", false},   // one plain word: without the surnames, a surname or a town as likely
		{"AAMCO", false},    // an acronym is an organisation's without the list
		{"O'Neill", false},  // a surname's shape
		{"McGrath", false},  // the same
		{"Smith-Jones", false},
		{"Pizza Хат", false}, // not in Latin letters
		{"ab", false},
	} {
		if got := isBrandName(c.name, f); got != c.want {
			t.Errorf("isBrandName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	// With the commonest surnames, a plain word is a brand unless it is
	// one of them or a given name's possessive.
	f.surnames = map[string]bool{"evans": true, "kohl": true}
	f.kinds = map[string]bool{"Aussie": true}
	given["Colin"] = true
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Walmart", true},
		{"Truist", true},
		{"Evans", false},   // a common surname
		{"Kohl's", false},  // the same, possessive
		{"Colin's", false}, // a given name's possessive
		{"Evanss", false},  // a surname's plural (a family: "the Clintons")
		{"Aussie", false},  // a kind of person (the dictionary's plural)
		{"Target", false},  // still a word
		{"Paris", false},   // still a place
		{"AAMCO", false},   // still an acronym
		{"Bic", false},     // under four letters
	} {
		if got := isBrandName(c.name, f); got != c.want {
			t.Errorf("with surnames, isBrandName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSecShortName(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Walmart Inc.", "Walmart"},
		{"NVIDIA CORP", "Nvidia"},
		{"Uber Technologies, Inc", "Uber"},
		{"MARRIOTT INTERNATIONAL INC /MD/", "Marriott"},
		{"Alibaba Group Holding Ltd", "Alibaba"},
		{"Airbus SE/ADR", "Airbus"},
		{"Exxon Mobil Corp", "Exxon Mobil"},
		{"IBM", "IBM"},
		{"Alarm.com Holdings, Inc.", "Alarm.com"}, // a web address keeps its dot
		{"C3.ai, Inc.", "C3.ai"},
		{"Banco Santander, S.A.", "Banco Santander"},
		{"Motorola Solutions, Inc.", "Motorola"}, // a business word
		{"Cisco Systems, Inc.", "Cisco"},
	} {
		if got := secShortName(c.title); got != c.want {
			t.Errorf("secShortName(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestOutletNames reads a websources.csv of freebie's shape (with a
// byte-order mark and a short row): articles and brackets go, garbled
// names ("Clar_n" has no other sign of it than "_"), adjectives, common
// words joined by "&" and government sites are skipped, and the words
// that end five names become business nouns.
func TestOutletNames(t *testing.T) {
	csv := "\ufeffsource_id,name,language,cca,coverage,covered_area,url\n" +
		"0\n" +
		"1,Al Jazeera (en),en,QA,global,world,http://www.aljazeera.com/\n" +
		"2,The White House,en,us,global,world,https://www.whitehouse.gov/\n" +
		"3,The Atlantic,en,US,global,world,https://www.theatlantic.com/\n" +
		"4,Cinco D\ufffd_as,es,ES,national,spain,http://cincodias.com/\n" +
		"4,Clar_n,es,AR,national,argentina,http://www.clarin.com/\n" +
		"4,Food & Beverages,en,US,global,world,http://example.com/\n" +
		"5,Axios,en,US,global,world,https://www.axios.com/\n" +
		"6,Fox News,en,US,global,world,http://www.foxnews.com/\n" +
		"7,CBS News,en,US,global,world,http://www.cbsnews.com/\n" +
		"8,Sky News,en,GB,global,world,http://news.sky.com/\n" +
		"9,Kyodo News,en,JP,global,world,http://english.kyodonews.jp/\n" +
		"10,Mining News,en,AU,global,world,http://www.miningnews.net/\n" +
		"11,Open Source,en,US,global,world,https://opensource.com/\n"
	path := filepath.Join(t.TempDir(), "websources.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{"fox": true, "news": true, "sky": true, "mining": true, "open": true, "source": true, "food": true, "beverages": true}
	f := &filter{words: words, taken: map[string]bool{}, given: map[string]bool{"Al": true}, heads: map[string]bool{},
		surnames: map[string]bool{"smith": true}}
	got, err := outletNames(path, f)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	// "Al Jazeera" opens with a given name, as brands may not; "Open
	// Source" is common words with no business noun at its end.
	want := []string{"Axios", "CBS News", "Fox News", "Kyodo News", "Mining News", "Sky News"}
	if !slices.Equal(got, want) {
		t.Errorf("outletNames = %q, want %q", got, want)
	}
	if !f.heads["news"] {
		t.Errorf("heads = %v, want news (it ends five names)", f.heads)
	}
}

func TestGovernmentSite(t *testing.T) {
	for _, c := range []struct {
		url  string
		want bool
	}{
		{"https://www.whitehouse.gov/", true},
		{"https://WWW.WHITEHOUSE.GOV/", true},
		{"https://whitehouse.gov:443/", true},
		{"//whitehouse.gov/", true},
		{"http://timor-leste.gov.tl/", true},
		{"https://gov.uk/", true},
		{"https://www.gov.uk/news", true},
		{"http://example.com?ref=x.gov", false},
		{"https://govtech.com/", false},
		{"http://www.governing.com/", false},
		{"https://www.gov.example.com/", false},
	} {
		if got := governmentSite(c.url); got != c.want {
			t.Errorf("governmentSite(%q) = %v, want %v", c.url, got, c.want)
		}
	}
}
