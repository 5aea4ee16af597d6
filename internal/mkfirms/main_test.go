package main

import "testing"

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
