package newstext

import (
	"bufio"
	"bytes"
	"cmp"
	_ "embed"
	"fmt"
	"hash/maphash"
	"io"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Name variants.
//
// News text spells one person, place or organisation many ways:
// Zelensky, Zelenskyy, Mr Zelensky, President Volodymyr Zelensky,
// Zelensky's; Kyiv and Kiev; Donbas and Donbass. [Canonical] maps every
// spelling to one key with no context. It works in three steps:
//
//  1. Normalise: clean the text, drop diacritics, transliterate Cyrillic
//     (BGN/PCGN), fold case, drop possessives, dots of initials and
//     acronyms, titles and offices ("Mr", "Lt. Gen.", "Russian Foreign
//     Minister"), Arabic articles ("al-", "el-"), patronymics
//     ("Vladimirovich") and middle initials.
//  2. Reduce the name to a skeleton that is the same for the spellings the
//     romanisation systems and the press produce. The surname keeps the
//     place of its vowels (Putin and Potanin stay apart) but not their
//     letters (Hezbollah, Hizbullah, Hizballah); the ending -y, -iy, -yy,
//     -ii, -yi is one ending and the feminine -a another (Zelensky,
//     Zelenska); kh and g fold into h (Kharkiv, Lugansk); doubled letters
//     are single; x is ks, q is k. Given names keep only their consonants
//     (Vladimir, Volodymyr; Petro, Pyotr; Dmitry, Dmytro).
//  3. Look the skeleton up in the alias table (aliases.txt, embedded):
//     what no rule can know, such as Kiev for Kyiv, another romanisation
//     system (Teng Hsiao-ping), an acronym (MBS), a nickname (Steve), and
//     which person a bare surname means in the news.
//
// A name the table does not know keys by its skeleton: its spellings with
// a given name group together, but a bare surname stays apart from them
// (only a text can say who "Syrskyi" is; [Entities] links surnames to full
// names within one text).

//go:embed aliases.txt
var embeddedAliases string

// Kind is the kind of entity a name refers to.
type Kind string

// The kinds of entity. Other is a proper name that is no person, place or
// organisation: an event ("Revolutionary War", "Olympic Games"), a law or
// document ("Hindu Marriage Act", "Marshall Plan"), a holiday
// ("Christmas", "Thanksgiving Day"); and a name of one word whose kind
// neither the tables nor the text show (see [Entities]), which a user
// who needs one of the three kinds may leave out.
const (
	Person Kind = "person"
	Place  Kind = "place"
	Org    Kind = "org"
	Other  Kind = "other"
)

// Resolver maps names to canonical keys and display names with an alias
// table. The zero Resolver has no table and keys names by their skeleton
// only; [NewResolver] returns one with the embedded table. A Resolver is
// safe for concurrent use, [Resolver.LoadAliases] included: a call that
// resolves names reads the tables as they were when it started.
type Resolver struct {
	mu  sync.Mutex                 // serialises LoadAliases
	tab atomic.Pointer[aliasTable] // nil for the zero Resolver
}

// aliasTable holds a Resolver's tables. A published table is never
// changed: LoadAliases builds a new one and swaps it in whole, so that a
// call that resolves names reads one consistent table without a lock.
type aliasTable struct {
	entries   []*aliasEntry
	byAlias   map[string]*aliasEntry   // normalised alias or display name
	bySkel    map[string]*aliasEntry   // skeleton of a place or an org
	spelled   map[string][]string      // skeleton -> the normalised spellings of one word that gave it
	bySurname map[string][]*aliasEntry // surname skeleton of a person
	nicks     map[string]string        // given-name skeleton -> canonical one
	nickWords map[string]string        // normalised given name of a nick line, canonical or not -> the canonical skeleton
	prefixes  map[string]bool          // normalised first words of the table's multi-word names
	inNames   map[string]bool          // normalised words of the table's multi-word names

	// names caches what the table says of the names texts have held,
	// since a corpus names the same people and places story after
	// story. A published table never changes, so neither does an answer.
	names nameCache
	// misses remembers the spans of words the rules probed that the
	// table does not know (see entitiesOf's probe), which names does not
	// keep.
	misses missCache
}

// A missCache remembers names a table does not know, by their maphash,
// in a fixed number of slots: a name's slot holds the last such name to
// land in it. A read or a write is one atomic operation, with no lock. A
// false answer needs two names with the same 64-bit hash (0 and 1 count
// as one: 0 marks an empty slot).
type missCache [1 << 12]atomic.Uint64

// slot returns name's slot and hash (never 0, the empty slot's).
func (c *missCache) slot(name string) (*atomic.Uint64, uint64) {
	h := max(maphash.String(wordHashSeed, name), 1)
	return &c[h%uint64(len(c))], h
}

// has reports whether name was added (unless another name took its slot
// since).
func (c *missCache) has(name string) bool {
	s, h := c.slot(name)
	return s.Load() == h
}

// add remembers name.
func (c *missCache) add(name string) {
	s, h := c.slot(name)
	s.Store(h)
}

// maxCachedNames bounds a table's cache of names: when it would hold more
// it starts again from the names met last, so that a corpus of new names
// costs memory in proportion to this bound, not to the corpus.
const maxCachedNames = 1 << 14

// A nameCache maps names to what a table says of them. A read of a name
// already published takes no lock: it looks the name up in an immutable
// map behind an atomic pointer. Names added since wait in a small map
// under a mutex until there are a quarter as many as published, and then
// a new map with both is published, so each name costs a constant number
// of copies on average.
type nameCache struct {
	published atomic.Pointer[map[string]*nameInfo]
	mu        sync.Mutex
	pending   map[string]*nameInfo
}

// get returns the answer cached for name, if any.
func (c *nameCache) get(name string) (*nameInfo, bool) {
	if m := c.published.Load(); m != nil {
		if in, ok := (*m)[name]; ok {
			return in, true
		}
	}
	c.mu.Lock()
	in, ok := c.pending[name]
	c.mu.Unlock()
	return in, ok
}

// put caches in as the answer for name, a copy of which it keeps.
func (c *nameCache) put(name string, in *nameInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pending == nil {
		c.pending = map[string]*nameInfo{}
	}
	c.pending[strings.Clone(name)] = in
	var old map[string]*nameInfo
	if m := c.published.Load(); m != nil {
		old = *m
	}
	full := len(old)+len(c.pending) > maxCachedNames
	if !full && len(c.pending) < max(64, len(old)/4) {
		return
	}
	if full {
		old = nil // start again from the names met last
	}
	m := make(map[string]*nameInfo, len(old)+len(c.pending))
	maps.Copy(m, old)
	maps.Copy(m, c.pending)
	c.published.Store(&m)
	c.pending = nil
}

// len returns the number of names cached.
func (c *nameCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.pending)
	if m := c.published.Load(); m != nil {
		n += len(*m)
	}
	return n
}

// reset empties the cache.
func (c *nameCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.published.Store(nil)
	c.pending = nil
}

// nameInfo is what a table says of a name: resolveParts' answer and the
// skeletons of its surname and given names, which the in-text grouping of
// mentions compares.
type nameInfo struct {
	key         string
	e           *aliasEntry
	kind        Kind
	partSurname string  // the skeletons of the name's surname and given names
	partGiven   string  // (resolveParts returns them only when it parsed the name)
	norm        string  // normalizeName(name)
	display     string  // displayForm(name)
	guess       [2]Kind // guessKind(name, norm, person) for person false and true
}

// info returns what t says of name, from its cache or computed and
// cached. Every string it holds is a copy: the cache never keeps a text
// alive.
func (t *aliasTable) info(name string) *nameInfo {
	if in, ok := t.names.get(name); ok {
		return in
	}
	key, e, kind, sur, given := t.resolveParts(name)
	return t.cacheInfo(name, key, e, kind, sur, given)
}

// cacheInfo makes the nameInfo of name from what resolveParts returned for
// it, and caches it.
func (t *aliasTable) cacheInfo(name, key string, e *aliasEntry, kind Kind, sur, given string) *nameInfo {
	norm := normalizeName(name)
	if sur == "" {
		if w, single := singleASCIIWord(name); single {
			sur, given = wordSkeleton(w), ""
		} else {
			p := parsePerson(name, stripTitles(norm), nil)
			sur, given = surnameSkeleton(p.surname), givenSkeleton(p.given)
		}
	}
	if titleBody(tokens(norm)) {
		sur, given = "", "" // no surname for a word alone to join: "House" is not the "White House"
	}
	if head, _, ok := strings.Cut(norm, " of "); ok && !isGivenName(capitalized(firstField(strings.TrimPrefix(head, "the ")))) && !nameTitles.has(lastField(head)) {
		// A body's or a place's name with "of" has no surname either:
		// "England" alone is the country, not the "Bank of England".
		// Not a person's ("Joan of Arc"), nor a chamber's that a title
		// word heads, whose last word is its short name ("the Commons"
		// of the "House of Commons").
		sur, given = "", ""
	}
	in := &nameInfo{key: strings.Clone(key), e: e, kind: kind,
		partSurname: strings.Clone(sur), partGiven: strings.Clone(given), norm: strings.Clone(norm), display: strings.Clone(displayForm(name)),
		guess: [2]Kind{guessKind(name, norm, false), guessKind(name, norm, true)}}
	t.names.put(name, in)
	return in
}

type aliasEntry struct {
	kind    Kind
	display string
	given   string // skeleton of the given names, for people
	surname string // skeleton of the surname, for people
	skel    string // skeleton of the whole name, for places and orgs
	initial string // middle initials, for people listed with them
}

var (
	defaultResolver     *Resolver
	defaultResolverOnce sync.Once
)

// DefaultResolver returns the Resolver with the embedded alias table that
// [Canonical] uses.
func DefaultResolver() *Resolver {
	defaultResolverOnce.Do(func() { defaultResolver = NewResolver() })
	return defaultResolver
}

// NewResolver returns a Resolver with the embedded alias table.
func NewResolver() *Resolver {
	r := &Resolver{}
	if err := r.LoadAliases(strings.NewReader(embeddedAliases)); err != nil {
		panic("newstext: embedded alias table: " + err.Error())
	}
	return r
}

// LoadAliases adds the entries of an alias table in the format of the
// embedded one (see aliases.txt): "KIND: Display | alias | …" lines, "nick:
// Name | Nickname | …" lines, "#" comments. Later entries win over earlier
// ones for the same alias. It returns an error naming the first bad line,
// and then leaves the Resolver as it was: a table is added whole or not
// at all.
//
// LoadAliases may be called while other goroutines resolve names with r:
// each call that resolves ([Resolver.Entities], [Resolver.Key],
// [Resolver.Display], [Parser.Parse]) reads the tables as they were when it
// started, and sees a table LoadAliases adds only if it starts after
// LoadAliases returns.
func (r *Resolver) LoadAliases(rd io.Reader) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	t := r.table().clone()
	sc := bufio.NewScanner(rd)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("newstext: aliases line %d: want \"KIND: Name | alias\"", n)
		}
		names := strings.Split(rest, "|")
		for i := range names {
			names[i] = strings.TrimSpace(names[i])
		}
		if names[0] == "" {
			return fmt.Errorf("newstext: aliases line %d: no name", n)
		}
		switch Kind(strings.TrimSpace(kind)) {
		case "nick":
			canon := givenSkeleton(normalizeName(names[0]))
			t.nickWords[normalizeName(names[0])] = canon
			for _, nick := range names[1:] {
				t.nicks[givenSkeleton(normalizeName(nick))] = canon
				t.nickWords[normalizeName(nick)] = canon
			}
		case Person:
			t.addPerson(names)
		case Place, Org, Other:
			e := &aliasEntry{kind: Kind(strings.TrimSpace(kind)), display: names[0]}
			skel := func(a string) string { return nameSkeleton(spelledForm(e.kind, a)) }
			e.skel = skel(names[0])
			t.entries = append(t.entries, e)
			t.bySkel[e.skel] = e
			for _, a := range names {
				t.byAlias[aliasKey(a)] = e
				t.bySkel[skel(a)] = e
				if k := spelledForm(e.kind, a); !strings.Contains(k, " ") {
					t.addSpelling(skel(a), k)
				}
				ws := tokens(aliasKey(a))
				for k := 1; k < len(ws); k++ {
					t.prefixes[strings.Join(ws[:k], " ")] = true
				}
				if len(ws) > 1 {
					for _, w := range ws {
						t.inNames[w] = true
					}
				}
			}
		default:
			return fmt.Errorf("newstext: aliases line %d: unknown kind %q", n, kind)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("newstext: reading aliases: %w", err)
	}
	r.tab.Store(t)
	return nil
}

// table returns the tables r resolves with now.
func (r *Resolver) table() *aliasTable {
	if t := r.tab.Load(); t != nil {
		return t
	}
	return &emptyTable
}

// emptyTable is the zero Resolver's: no entries.
var emptyTable aliasTable

// clone returns a copy of t that can be changed without changing t.
func (t *aliasTable) clone() *aliasTable {
	c := &aliasTable{
		entries:   slices.Clone(t.entries),
		byAlias:   maps.Clone(t.byAlias),
		bySkel:    maps.Clone(t.bySkel),
		spelled:   make(map[string][]string, len(t.spelled)),
		bySurname: make(map[string][]*aliasEntry, len(t.bySurname)),
		nicks:     maps.Clone(t.nicks),
		nickWords: maps.Clone(t.nickWords),
		prefixes:  maps.Clone(t.prefixes),
		inNames:   maps.Clone(t.inNames),
	}
	for k, es := range t.bySurname {
		c.bySurname[k] = slices.Clone(es) // addPerson replaces entries in place
	}
	for k, ss := range t.spelled {
		c.spelled[k] = slices.Clone(ss)
	}
	if c.byAlias == nil {
		c.byAlias = map[string]*aliasEntry{}
		c.bySkel = map[string]*aliasEntry{}
		c.nicks = map[string]string{}
		c.nickWords = map[string]string{}
		c.prefixes = map[string]bool{}
		c.inNames = map[string]bool{}
	}
	return c
}

func (t *aliasTable) addPerson(names []string) {
	display := strings.Replace(names[0], " / ", " ", 1)
	e := &aliasEntry{kind: Person, display: display}
	var p personName
	if given, surname, ok := strings.Cut(names[0], "/"); ok {
		p = personName{given: tokens(normalizeName(given)), surname: tokens(normalizeName(surname))}
		p.given, p.initials = dropInitials(p.given)
	} else {
		p = parsePerson(display, stripTitles(normalizeName(display)), nil)
	}
	e.given = t.canonGiven(givenSkeleton(p.given))
	e.surname = surnameSkeleton(p.surname)
	e.initial = strings.Join(p.initials, "")
	t.entries = append(t.entries, e)
	// A later entry for the same person replaces the earlier one.
	same := slices.IndexFunc(t.bySurname[e.surname], func(o *aliasEntry) bool {
		return t.canonGiven(o.given) == t.canonGiven(e.given) && o.initial == e.initial
	})
	if same >= 0 {
		t.bySurname[e.surname][same] = e
	} else {
		t.bySurname[e.surname] = append(t.bySurname[e.surname], e)
	}
	t.byAlias[aliasKey(display)] = e
	for _, a := range names[1:] {
		t.byAlias[aliasKey(a)] = e
	}
	// The surname's spellings, against which a word of the surname's
	// skeleton is read (spelledNear): its words and their hyphenated parts
	// ("el-sisi", "sisi").
	for _, w := range p.surname {
		t.addSpelling(e.surname, w)
		if strings.Contains(w, "-") {
			for _, part := range strings.Split(w, "-") {
				t.addSpelling(e.surname, part)
			}
		}
	}
	for _, a := range names {
		if ws := tokens(aliasKey(strings.Replace(a, " / ", " ", 1))); len(ws) > 1 {
			for _, w := range ws {
				t.inNames[w] = true
			}
		}
	}
}

// canonGiven maps a given-name skeleton to its canonical form through the
// nickname table.
func (t *aliasTable) canonGiven(g string) string {
	if c, ok := t.nicks[g]; ok {
		return c
	}
	return g
}

// Canonical returns the key of name: the same string for every spelling of
// one person, place or organisation, with no context (titles, possessives,
// case, diacritics, hyphens and the romanisation variants folded; see the
// package notes on name variants). For a name the alias table knows, the
// key is its display name ("Volodymyr Zelensky", "Kyiv"); for any other it
// is a skeleton that starts with "~". Canonical uses [DefaultResolver]; it
// is safe for concurrent use. Invalid UTF-8 is read as U+FFFD.
func Canonical(name string) string { return DefaultResolver().Key(name) }

// Key returns the canonical key of name (see [Canonical]).
func (r *Resolver) Key(name string) string {
	key, _, _ := r.table().resolve(name)
	return key
}

// KeyAll returns the key of each of names, as [Resolver.Key] does, and
// then gives a bare surname the key of the person the batch names in full
// with that surname: among "Volodymyr Zelensky", "Zelensky" and "Mr
// Zelenskyy's", all three get the key of the first, with or without the
// alias table. When the batch names two people with the surname, the bare
// surname goes to the one it names in full at least twice as often as all
// the others together, the one a reader of the batch would take it for
// ("Ardern" with "Jacinda Ardern", written three times in full, rather
// than with "Ross Ardern", written once); with no such one (each written
// once) it keeps its own key: the batch cannot say who it is. A surname
// the alias table knows keeps
// the table's answer. A full name with more given names than another full
// name of the batch with the same surname, whose given names open or end
// its own, takes that name's key ("Bola Ahmed Tinubu" with "Bola Tinubu",
// "Matamela Cyril Ramaphosa" with "Cyril Ramaphosa"), unless two such
// names fit. An acronym takes the key of the one long form of the batch
// whose initials it spells ("NATO" with "North Atlantic Treaty
// Organization"), unless a given name opens it or it has initials of its
// own. A firm's names join as a person's do: "X Group" with the firm X
// the batch writes with a legal form, and a word alone with the one
// organisation of the batch whose name it opens ("Samsung", "Samsung
// Electronics Co."), and a firm's name written closed with a capital
// inside that of the one name the batch writes open ("ExxonMobil", "Exxon
// Mobil Corp."). A corpus's names, or a list given to `newstext canon`,
// are such a batch.
func (r *Resolver) KeyAll(names []string) []string {
	t := r.table()
	type parsed struct {
		key, surname string
		bare         bool     // a surname alone
		full         bool     // a person's name with a given name
		given        []string // the skeletons of a full name's given names, for a name no table knows
		first        []string // those given names, in lower case
		last         string   // its surname, in lower case
		suffix       string
	}
	ps := make([]parsed, len(names))
	for i, n := range names {
		key, e, kind, sur, given := t.resolveParts(n)
		ps[i] = parsed{key: key, surname: sur, bare: e == nil && given == "" && sur != "",
			full: given != "" && sur != "" && kind != Place && kind != Org}
		if e == nil && ps[i].full {
			s := stripTitles(normalizeName(n))
			p := parsePerson(n, s, t.surnameLengths(s))
			if len(p.surname) > 0 && !eastAsianFamilies.has(p.surname[0]) {
				for _, g := range p.given {
					ps[i].given = append(ps[i].given, givenSkeleton(g))
				}
				ps[i].first = p.given
				ps[i].last = strings.Join(p.surname, " ")
				ps[i].suffix = p.suffix
			}
		}
	}
	out := make([]string, len(names))
	for i := range ps {
		out[i] = ps[i].key
	}
	// A full name whose given names lengthen another's of the batch, one
	// for one, with the same surname ("Steven Witkoff" and "Steve
	// Witkoff", "Timothy Cook" and "Tim Cook"), names the same person: the
	// short form of a given name is its first letters. So does a full
	// name with more given names than another, whose given names open or
	// end its own ("Bola Ahmed Tinubu" and "Bola Tinubu", "Matamela Cyril
	// Ramaphosa" and "Cyril Ramaphosa"). Either takes the other name's
	// key, when only one key fits; the short forms go first, so that a
	// longer name finds them joined.
	// The names of a surname are compared by their distinct forms, and
	// not at all past maxForms of them: then many people share it.
	type form struct {
		p     *parsed
		names []int // the indexes of the names of this form
	}
	bySurname := map[string][]*form{}
	forms := map[string]*form{} // suffix, given-name skeletons and words, surname -> its form
	var order []*form           // the forms in the order of their first names
	for i := range ps {
		p := &ps[i]
		if len(p.given) == 0 {
			continue
		}
		id := p.suffix + "\x00" + strings.Join(p.given, " ") + "\x00" + strings.Join(p.first, " ") + "\x00" + p.surname
		f := forms[id]
		if f == nil {
			f = &form{p: p}
			forms[id] = f
			order = append(order, f)
			bySurname[p.surname] = append(bySurname[p.surname], f)
		}
		f.names = append(f.names, i)
	}
	shortens := func(a, b *parsed) bool {
		return a.suffix == b.suffix && len(a.given) == len(b.given) && shortensGiven(a.given, b.given, a.first, b.first)
	}
	join := func(f *form, key string) {
		for _, i := range f.names {
			out[i] = key
		}
	}
	for _, same := range bySurname {
		// The short forms, pairwise: not past maxForms forms.
		for _, fb := range same {
			if len(same) > maxForms {
				break
			}
			var to *form // the one form that shortens fb's and no other
			for _, fa := range same {
				if !shortens(fa.p, fb.p) {
					continue
				}
				if to != nil || slices.ContainsFunc(same, func(f *form) bool { return f != fb && shortens(fa.p, f.p) }) {
					to = nil // two fit, or it shortens two: neither
					break
				}
				to = fa
			}
			if to != nil {
				join(fb, out[to.names[0]])
			}
		}
		// The names with more given names whose given names open or
		// end another's of the surname (longerForms).
		given := make([][]string, len(same))
		suffix := make([]string, len(same))
		for k, f := range same {
			given[k], suffix[k] = f.p.given, f.p.suffix
		}
		for k, to := range longerForms(given, suffix) {
			if to >= 0 {
				join(same[k], out[same[to].names[0]])
			}
		}
	}
	// A full name that goes on after a surname the batch gives another
	// full name names that person, with a second surname ("Juan Evo
	// Morales Ayma" and "Evo Morales", "Pedro Sánchez Pérez-Castejón" and
	// "Pedro Sánchez": Spanish and Portuguese names carry both parents'
	// surnames, the press often the first alone), when the batch gives its
	// own surname no other name, the first surname and the given names are
	// the other's, letter for letter (the given names may go on before or
	// after them), and one person fits: "Ulf Kristerson Berg" is not "Ulf
	// Kristersson". The second surname is its last word, or its last two
	// when hyphenated.
	for _, f := range order {
		p := f.p
		if len(p.first) < 2 || len(bySurname[p.surname]) > 1 {
			continue
		}
		if n := trimPossessive(strings.TrimSpace(names[f.names[0]])); strings.Contains(n, " ") && isFirmName(n[:strings.LastIndexByte(n, ' ')]) {
			continue // a firm's name goes on: "Wells Fargo Advisors" is no "Wells Fargo" with a second surname
		}
		drop := 1
		if _, last, _ := strings.Cut(lastField(names[f.names[0]]), "-"); last != "" && len(p.first) >= 3 {
			drop = 2 // "Pérez-Castejón": its words are two in the parse
		}
		first := p.first[:len(p.first)-drop+1]
		sur, first := first[len(first)-1], first[:len(first)-1]
		same := bySurname[surnameSkeleton([]string{sur})]
		if len(same) > maxForms {
			continue // many people share it: none fits for sure, and the work stays linear
		}
		fit := ""
		for _, fa := range same {
			a := fa.p
			if a.suffix != p.suffix || a.last != sur || len(a.first) > len(first) ||
				!slices.Equal(a.first, first[:len(a.first)]) && !slices.Equal(a.first, first[len(first)-len(a.first):]) {
				continue
			}
			if k := out[fa.names[0]]; fit == "" || fit == k {
				fit = k
			} else {
				fit = "-" // two people fit: neither
				break
			}
		}
		if fit != "" && fit != "-" {
			join(f, fit)
		}
	}
	// A bare surname takes the key of the person the batch names in full
	// with it far more often than all others together: dominantOver
	// times as often, or alone.
	written := map[string]map[string]int{} // surname skeleton -> key -> names of the batch
	for i, p := range ps {
		if !p.full {
			continue
		}
		if written[p.surname] == nil {
			written[p.surname] = map[string]int{}
		}
		written[p.surname][out[i]]++
	}
	full := make(map[string]string, len(written)) // surname skeleton -> the key its bare form takes, or ""
	for sur, keys := range written {
		total, best, most := 0, "", 0
		for k, n := range keys {
			total += n
			if n > most || n == most && k < best {
				best, most = k, n
			}
		}
		if most >= dominantOver*(total-most) {
			full[sur] = best
		}
	}
	// Nor does a woman's title before it take a man's key ("Mrs. Hanson"
	// is not Robert Hanson; see isMan), unless the batch writes that full
	// name with a woman's title too ("Mrs. Robert Hanson", his wife in
	// the old style).
	men := map[string]bool{}  // the keys of full names whose first given name the list calls a boy's
	hers := map[string]bool{} // the keys of full names written with a woman's title
	for i, p := range ps {
		if p.full && len(p.first) > 0 && givenNameSex(capitalized(p.first[0])) == 'M' {
			men[out[i]] = true
		}
		if p.full && womanTitled(titleOf(names[i])) {
			hers[out[i]] = true
		}
	}
	for i, p := range ps {
		if k := full[p.surname]; p.bare && k != "" && !(men[k] && !hers[k] && womanTitled(titleOf(names[i]))) {
			out[i] = k
		}
	}
	t.joinFirmNames(names, out, full)
	joinClosedNames(names, out)
	// An acronym names what the one long form of the batch whose
	// initials it spells names ("NATO", "N.A.T.O." and "Nato's" with
	// "North Atlantic Treaty Organization"), unless that is a person's
	// name, and so does every word that shares the acronym's key. A
	// batch with no acronym asks no long form for its initials.
	if !slices.ContainsFunc(names, func(n string) bool { _, ok := batchAcronym(n); return ok }) {
		return out
	}
	byInitials := map[string]string{} // a long form's initials -> its key, or "" once two keys have them
	for j, m := range names {
		m = trimPossessive(strings.TrimSpace(m))
		base, firm := cutLegalForm(m)
		if !firm {
			base = m
		}
		if !strings.Contains(m, " ") || strings.Contains(base, ".") || opensWithGivenName(m) && !strings.Contains(m, " & ") && guessKind(m, normalizeName(m), false) != Org {
			// A person's initials are no acronym of the batch ("Rep.
			// G.K. Butterfield"); a body's are, though a given name
			// opens its name ("Christian Democratic Union", "General
			// Motors"), and two names joined by "&" are no one
			// person's ("Jackson & Jones").
			continue
		}
		// The initials of the whole name, where no abbreviated legal
		// form ends it ("British Broadcasting Corporation": BBC; not
		// "Ford Motor Co.": FMC is another firm), and of the name
		// without its legal form ("Procter & Gamble Co.": P&G); each
		// with its ampersands and without them ("Ernst & Young": E&Y
		// and EY).
		var inis [4]string
		if !strings.Contains(m, ".") {
			inis[0] = initialsOf(m)
		}
		if firm {
			inis[1] = initialsOf(base)
		}
		for k := range 2 {
			if strings.Contains(inis[k], "&") {
				inis[k+2] = strings.ReplaceAll(inis[k], "&", "")
			}
		}
		for k, ini := range inis {
			if len(ini) < 2 || len(ini) > 6 || slices.Contains(inis[:k], ini) {
				continue
			}
			if old, ok := byInitials[ini]; !ok {
				byInitials[ini] = out[j]
			} else if old != out[j] {
				byInitials[ini] = ""
			}
		}
	}
	long := map[string]string{} // acronym's key -> the long form's key, or "" once two fit
	for i, n := range names {
		acr, ok := batchAcronym(n)
		if !ok {
			continue
		}
		k, ok := byInitials[acr]
		if !ok || k == out[i] {
			continue
		}
		if old, seen := long[out[i]]; !seen {
			long[out[i]] = k
		} else if old != k {
			long[out[i]] = ""
		}
	}
	for i, n := range names {
		if k := long[out[i]]; k != "" && !strings.Contains(withoutArticle(n), " ") {
			out[i] = k
		}
	}
	return out
}

// batchAcronym returns the name n of a batch as an acronym without its
// article, possessive and dots ("the SEC", "N.A.T.O.", "Nato's"), and
// whether it is one (see KeyAll).
func batchAcronym(n string) (string, bool) {
	acr := strings.ReplaceAll(trimPossessive(withoutArticle(n)), ".", "")
	return acr, !strings.Contains(acr, " ") && isAcronym(acr)
}

// withoutArticle returns name without space around it and without the
// article that opens it ("the SEC", "The Boeing Company").
func withoutArticle(name string) string {
	s := strings.TrimSpace(name)
	if rest, ok := strings.CutPrefix(s, "the "); ok {
		return strings.TrimSpace(rest)
	}
	if rest, ok := strings.CutPrefix(s, "The "); ok {
		return strings.TrimSpace(rest)
	}
	return s
}

// joinFirmNames is the step of KeyAll that gives a firm's shorter names
// the key of its full name, as a bare surname takes a person's: keys
// holds the key of each of names so far, and surnames the keys bare
// surnames take (a surname's person comes first). A name that ends in a
// group word ("Alibaba Group", "Lloyds Banking Group") takes the key of
// the name without it, when the batch writes that firm with a legal form
// ("Alibaba Group Holding Ltd", whose key cutLegalForm made the same).
// Then one word alone ("Samsung", "Harvard's") takes the key of the one
// organisation of the batch whose name it opens ("Samsung Electronics
// Co.", "Harvard University"), unless the word is a place ("Washington"
// is no "Washington Post"), a given name (but for a school named by it:
// "Stanford" with "Stanford University", see schoolNamed), or a surname
// the batch gives a person: with two such organisations ("Harvard University", "Harvard
// Business School") it keeps its own key.
func (t *aliasTable) joinFirmNames(names, keys []string, surnames map[string]string) {
	firms := map[string]bool{} // the keys of the names written with a legal form
	for i, n := range names {
		if _, ok := cutLegalForm(withoutArticle(n)); ok {
			firms[keys[i]] = true
		}
	}
	for i, n := range names {
		s := trimPossessive(withoutArticle(n))
		stem := withoutGroupWords(s)
		if stem == s {
			continue
		}
		if k, _, _ := t.resolve(stem); firms[k] {
			keys[i] = k
		}
	}
	// The organisations by the first word of their names.
	byFirst := map[string]string{} // normalized first word -> the key of the organisations it opens, or "" for two
	schools := map[string]bool{}   // normalized first words of the names of schools (schoolNamed)
	for i, n := range names {
		s := trimPossessive(withoutArticle(n))
		first, _, multi := strings.Cut(s, " ")
		if !multi || keys[i] == "" {
			continue
		}
		school := schoolNamed(s)
		if _, firm := cutLegalForm(s); !firm && !school && (guessKind(s, normalizeName(s), false) != Org || firmPart(s)) {
			continue // not "Google India" for "Google"
		}
		w := normalizeName(first)
		schools[w] = schools[w] || school
		if k, seen := byFirst[w]; !seen {
			byFirst[w] = keys[i]
		} else if k != keys[i] {
			byFirst[w] = ""
		}
	}
	if len(byFirst) == 0 {
		return
	}
	for i, n := range names {
		w := trimPossessive(withoutArticle(n))
		if strings.IndexByte(w, ' ') >= 0 || isPlaceName(w) && !isFirmName(w) || isGivenName(w) && !schools[normalizeName(w)] {
			continue // "Toyota" is a city too, but a firm first (see guessKind); "Stanford" is a given name, but the one school the batch names so
		}
		if _, e, _, sur, _ := t.resolveParts(w); e != nil || surnames[sur] != "" {
			continue
		}
		if k := byFirst[normalizeName(w)]; k != "" {
			keys[i] = k
		}
	}
}

// joinFirmMentions gives a word alone ("Samsung", "Harvard") the entity
// of the one organisation the text names with a longer name that it
// opens ("Samsung Electronics Co.", "Harvard University"), as a bare
// surname takes a person's and as [Resolver.KeyAll] joins a batch's
// (joinFirmNames): not a word the table knows, a place (unless a firm
// first: "Toyota"), a given name (unless a listed firm or a school is
// named by it, "Ford", "Stanford", and no verb reads it as a person's:
// "Morgan said she"), or a surname the text gives a person
// (surnames: surname skeleton -> its full-name mentions), nor a
// nationality ("British" is no "British Airways"); and the longer name
// is no headline's (a title in title case is no evidence of a name). A
// word that opens two organisations' names keeps its own, and so does one
// the text's prose also writes in lower case (common): "the nation" beside
// "Nation" is no short name of a body the text names "Nation ...". guess
// is the kind a name that the table does not know has (guessKind, with
// the text's evidence).
func (t *aliasTable) joinFirmMentions(text string, ws []token, ms []found, surnames map[string]int, guess func(name string, person bool) Kind, common func(w string) bool, sc *entityScratch) {
	byFirst := sc.byFirst // the organisations' mentions by first word
	defer clear(byFirst)
	indexFirstWords(text, ms, byFirst, func(f *found, name string) bool {
		return !f.description && !f.person && !f.headline && (f.r.kind == Org || f.r.e == nil && guess(name, false) == Org && !firmPart(name))
	})
	if len(byFirst) == 0 {
		return
	}
	personal := sc.personal // the keys the text writes as a person's somewhere: "President Obama", "Mr. Bush"; filled when first needed
	read := false
	var buf [64]byte
	for i := range ms {
		m := &ms[i]
		if m.r.e != nil || m.description || m.person || m.start != m.nameStart {
			continue
		}
		j, w, ok := openedBy(text, ms, byFirst, m)
		if !ok {
			continue
		}
		if long := trimPossessive(text[ms[j].nameStart:ms[j].end]); isGivenName(w) && (!isFirmName(long) && !schoolNamed(long) || personAfterVerb(text, ws, int(m.end))) || isDemonym(w) || placeDemonym(w) || common(w) {
			continue // a given name opens a firm's name the open data list whole, though: "Ford" of Ford Motor, "Wells" of Wells Fargo; not "Morgan said she"
		}
		if _, named := surnames[m.parts.partSurname]; named {
			continue // a person's surname: "Ford" after "Gerald Ford"
		}
		k, _ := wordAt(ws, int(m.nameStart))
		caps := k < len(ws) && ws[k].allCaps
		if caps && (isPlaceName(titleCase(w)) || !isFirmName(w)) || isPlaceName(w) && !isFirmName(w) {
			continue // "BELGRADE" over a dateline; a word in capitals only as the firm writes it ("HSBC")
		}
		if k < len(ws) && (ws[k].sentStart || ws[k].headline) && isDictionaryWord(string(lowerInto(buf[:], w))) {
			continue // "Military officials said": a capital that opens a sentence says nothing
		}
		if !read {
			read = true
			for _, f := range ms {
				k, _ := wordAt(ws, int(f.start))
				if f.person || f.start != f.nameStart || k > 0 && (inLower(officeWords, ws[k-1].in(text)) || inLower(nameTitles, ws[k-1].in(text))) {
					personal[f.r.key] = true
				}
			}
		}
		if !personal[m.r.key] {
			m.r, m.tentative, m.org = ms[j].r, false, true
		}
	}
}

// schoolNamed reports whether name is a word and "University" or
// "College" ("Stanford University", "Cornell College"): a school named for
// a person or a place, which the press names by that word alone
// ("Stanford", "Cornell's"), though the word is a given name too.
func schoolNamed(name string) bool {
	_, head, ok := strings.Cut(name, " ")
	return ok && (head == "University" || head == "College")
}

// joinFirstWords gives a word alone the entity of the one person the
// text names in full with that word first, when the word is no given
// name of the list (those join by the given-name rule), no word of the
// dictionary, no place, no firm, and no surname the text gives a person
// (surnames): a family name written first ("Moon" after "Moon Jae-in"),
// or a given name the list lacks ("Vane" after "Vane Ivanovic").
// person says the full name is a person's: an honorific, the table or a
// given name of the list (namesPerson), not the guess of last resort, by
// which "DNC Chairwoman Donna Brazile" and "WhatsApp Roaming Pass" were
// people whose first words "DNC" and "WhatsApp" would join.
func joinFirstWords(text string, ms []found, surnames map[string]int, person func(f *found) bool, byFirst map[string]int) {
	defer clear(byFirst) // the people's full names by first word; empty on entry
	indexFirstWords(text, ms, byFirst, func(f *found, _ string) bool {
		return f.parts.partGiven != "" && !f.description && person(f)
	})
	if len(byFirst) == 0 {
		return
	}
	var buf [64]byte
	for i := range ms {
		m := &ms[i]
		if m.parts.partGiven != "" || m.r.e != nil || m.description || m.start != m.nameStart {
			continue
		}
		j, w, ok := openedBy(text, ms, byFirst, m)
		if !ok {
			continue
		}
		if _, linked := surnames[m.parts.partSurname]; linked || isGivenName(w) || isPlaceName(w) || isFirmName(w) || isDictionaryWord(string(lowerInto(buf[:], w))) {
			continue
		}
		m.r, m.person, m.tentative = ms[j].r, true, false
	}
}

// indexFirstWords maps in byFirst the first word, as written, of each
// name of several words of ms that want takes (given the mention and its
// name without possessive) to the mention's index in ms, or to -1 where
// the names of two entities open with the word.
func indexFirstWords(text string, ms []found, byFirst map[string]int, want func(f *found, name string) bool) {
	for j := range ms {
		f := &ms[j]
		name := trimPossessive(text[f.nameStart:f.end])
		first, _, multi := strings.Cut(name, " ")
		if !multi || !want(f, name) {
			continue
		}
		if k, seen := byFirst[first]; !seen {
			byFirst[first] = j
		} else if k >= 0 && ms[k].r.key != f.r.key {
			byFirst[first] = -1
		}
	}
}

// openedBy returns the index in ms of the one longer name of byFirst (see
// indexFirstWords) that the mention m, a word alone, opens, and that
// word, its possessive cut; ok is false when no such name of another
// entity is there.
func openedBy(text string, ms []found, byFirst map[string]int, m *found) (j int, w string, ok bool) {
	w = trimPossessive(text[m.nameStart:m.end])
	j, ok = byFirst[w]
	return j, w, ok && j >= 0 && ms[j].r.key != m.r.key
}

// dominantOver is how many times as often as every other person of the
// surname together a batch must name a person in full for the bare
// surname to be taken as that person's (see [Resolver.KeyAll]).
const dominantOver = 2

// Display returns the name to print for name: the alias table's spelling
// where the table knows the entity, else name without titles and
// possessive.
func (r *Resolver) Display(name string) string {
	_, e, _ := r.table().resolve(name)
	if e != nil {
		return e.display
	}
	return displayForm(name)
}

// resolve returns the key of name, the table entry it resolves to (or
// nil), and its kind as far as the table knows it ("" when unknown).
func (t *aliasTable) resolve(name string) (string, *aliasEntry, Kind) {
	key, e, kind, _, _ := t.resolveParts(name)
	return key, e, kind
}

// resolveParts is resolve that also returns the skeletons of the name's
// surname and given names as it read them ("" where the table answered
// before the name was parsed; callers that need them parse again).
func (t *aliasTable) resolveParts(name string) (key string, e *aliasEntry, kind Kind, surname, given string) {
	return t.resolvePartsOf(name, true)
}

// resolvePartsOf is resolveParts, which reads another spelling of a city as
// the city's name only where spellings is set: the city's own name is
// read without it, since it may be a spelling in turn ("Ternopil’", whose
// possessive-looking apostrophe goes, is "Ternopil", a spelling of
// "Ternopil’"), and every other step shortens the name.
func (t *aliasTable) resolvePartsOf(name string, spellings bool) (key string, e *aliasEntry, kind Kind, surname, given string) {
	// The kind of division a place is, after its name, is not the name
	// ("Donbas region").
	// Nor is the article before it ("the Donetsk region", "The Justice
	// Department"), unless the table lists the name with it.
	if rest, ok := cutArticle(name); ok && t.byAlias[normalizeName(name)] == nil {
		return t.resolvePartsOf(rest, spellings)
	}
	if base, ok := cutDivisionWord(name); ok {
		return t.resolvePartsOf(base, spellings)
	}
	// Nor is the Arabic article before a place the gazetteer knows
	// ("al-Hudaydah", "Al Raqqa").
	if rest, ok := cutArabicArticle(name); ok && spellings && t.byAlias[normalizeName(name)] == nil {
		if _, city := cityOf(rest); city || isPlaceName(trimPossessive(rest)) {
			return t.resolvePartsOf(rest, spellings)
		}
	}
	if full, ok := streetSpelledOut(name); ok {
		return t.resolvePartsOf(full, spellings) // "Main St." is "Main Street"
	}
	if state, ok := dottedState(name); ok {
		return t.resolvePartsOf(state, spellings) // "N.Y. Gov. Andrew Cuomo", "D.C. Mayor Muriel Bowser"
	}
	if rest, ok := cutCountryPrefix(name); ok {
		return t.resolvePartsOf(rest, spellings) // "U.S. Food and Drug Administration"
	}
	// Nor is a company's legal form ("Siemens AG", "Apple Inc.", "PJSC
	// Gazprom").
	// It is a company's name whole: no surname for a bare name to join,
	// nor one that joins a person's ("Bloomberg L.P." is no Michael
	// Bloomberg).
	if base, ok := cutLegalForm(name); ok {
		key, e, kind, _, _ = t.resolvePartsOf(base, spellings)
		return key, e, kind, "", ""
	}
	// Nor is the ".com" of a company named by its web address
	// ("Amazon.com", "Overstock.com's"): it is the company.
	if base, ok := cutDotCom(name); ok {
		// Not where the name left is a place or a person the table or
		// the lists know: "Paris.com", "Trump.com" are sites, not the
		// city or the man.
		if key, e, kind, _, _ = t.resolvePartsOf(base, spellings); kind != Place && kind != Person && !isPlaceName(base) && !isGivenName(base) {
			return key, e, kind, "", ""
		}
	}
	// Another spelling of a city is keyed as the city's name, unless the
	// table lists it ("Nikolaev" as "Mykolayiv") or it is a word of the
	// dictionary ("Genes" is no Geneva). It has no parts of a person's
	// name: "Main" is not the surname of "Frankfurt am Main".
	if city, ok := cityOf(name); ok && spellings && t.byAlias[normalizeName(name)] == nil && !isDictionaryWord(strings.ToLower(trimPossessive(name))) {
		key, e, kind, _, _ = t.resolvePartsOf(city, false)
		return key, e, kind, "", ""
	}
	if w, ok := singleASCIIWord(name); ok {
		return t.resolveWord(name, w)
	}
	n := normalizeName(name)
	if n == "" {
		return "", nil, "", "", ""
	}
	if w, ok := singleASCIIWord(n); ok && w == n && !strings.ContainsAny(name, " -") {
		return t.resolveWord(name, w) // one word written with marks ("Omán", "Sánchez"): the same steps as without them
	}
	if e := t.byAlias[n]; e != nil {
		return e.display, e, e.kind, "", ""
	}
	s := stripTitles(n)
	bare := trimPossessive(strings.TrimSpace(name))
	if ws := tokens(n); len(ws) > 1 && orgWords.has(ws[len(ws)-1]) || isPlaceName(bare) || isFirmName(bare) ||
		len(ws) > 1 && placeOpened(ws[0], bare) {
		s = n // "State Department", "Defense Ministry", "North Carolina", "General Motors", "South China Sea", "King Street": the words are the name
	}
	if s == "" {
		s = n
	}
	// Titles stand before people, not places: what is left of "North
	// America", "British Columbia" or "Health Care" once the words that
	// may be titles go is no place of the table (America, Colombia,
	// Cairo). An article is no title ("The Dusseldorf").
	titled, region := false, false
	if s != n && strings.HasSuffix(n, s) {
		stripped := strings.Fields(strings.TrimSuffix(n, s))
		if onlyCompass(stripped) {
			s = n // a compass word opens a place's name: "North America" is no America
			region = true
		}
		// A place before a place is a pair of them ("U.S.-Mexico"), not
		// a title.
		titled = slices.ContainsFunc(stripped, func(w string) bool {
			e := t.byAlias[w]
			return w != "the" && !(e != nil && e.kind == Place) && !isPlaceName(capitalized(w))
		})
	}
	// A woman's title before a name names no man the table lists
	// ("Mrs. Trump", "First Lady Trump" are not Donald Trump, and "Mrs.
	// Donald Trump" is his wife in the old style; see isMan).
	herTitle := titled && womanTitled(strings.TrimSuffix(n, s))
	// An institution named with "of" ("Board of Education") is keyed in
	// the other order; its head noun, now last, is no surname for a bare
	// name to join ("Byrd" is not "Education Board").
	s, inverted := orgForm(s)
	if e := t.byAlias[s]; e != nil && !(titled && e.kind == Place) && !(herTitle && isMan(e)) {
		return e.display, e, e.kind, "", ""
	}
	// A word that only shares the skeleton of a name the table lists is
	// spelled near it, as resolveWord asks, unless it is the gazetteer's
	// name of a place the gazetteer knows by no other ("Al Ḩudaydah", the
	// table's Hodeidah).
	if sk := nameSkeleton(s); t.bySkel[sk] != nil && !(titled && t.bySkel[sk].kind == Place) && !(herTitle && isMan(t.bySkel[sk])) &&
		(strings.Contains(s, " ") || t.spelledNear(sk, s) || t.bySkel[sk].kind == Place && isPlaceName(bare) && !isPlaceName(t.bySkel[sk].display)) {
		e := t.bySkel[sk]
		return e.display, e, e.kind, "", ""
	}
	p := parsePerson(name, s, t.surnameLengths(s))
	sur := surnameSkeleton(p.surname)
	given = t.canonGiven(givenSkeleton(p.given))
	if p.suffix == "" {
		var match *aliasEntry
		matches := 0
		// A surname with a title and no given name is spelled near the
		// table's ("General Patton" is no Putin).
		near := given != "" || len(p.surname) > 0 && t.spelledNear(sur, p.surname[len(p.surname)-1])
		for _, e := range t.bySurname[sur] {
			if given == "" && herTitle && isMan(e) {
				continue
			}
			if near && (given == "" || t.canonGiven(e.given) == given && (p.initialsString() == "" || e.initial == "" || e.initial == p.initialsString())) {
				if given != "" && e.initial != "" && p.initialsString() == "" && len(t.bySurname[sur]) > 1 {
					continue // "George Bush" is neither listed Bush with an initial
				}
				match = e
				matches++
			}
		}
		if matches == 1 {
			return match.display, match, Person, sur, given
		}
	}
	key = "~" + sur
	if given != "" {
		key = "~" + given + " " + sur
	}
	if p.suffix != "" {
		key += " " + p.suffix
	}
	if p.initialsString() != "" && given != "" && len(t.bySurname[sur]) > 1 {
		key += " " + p.initialsString() // the table lists people told apart by them
	}
	if inverted {
		return key, nil, "", "", ""
	}
	if region {
		// The whole name is its own surname: no bare name joins it
		// ("Wales" is not "South Wales"), nor it a bare name.
		return key, nil, "", key, ""
	}
	if given != "" && !strings.Contains(bare, " ") && doubleBarrelled(bare) {
		// "Holtz-Eakin" alone is a surname of two, which a full name
		// ends ("Douglas Holtz-Eakin", whose surname's last part its
		// skeleton keeps): a bare surname, not a given name and one.
		// Not where either part is a name of its own kind, which the
		// hyphen pairs ("Jean-Marc", "Obama-Clinton", "Apple-HTC").
		a, b, _ := strings.Cut(bare, "-")
		if !t.ownName(a) && !t.ownName(b) {
			given = ""
		}
	}
	return key, nil, "", sur, given
}

// ownName reports whether the word w is a name of its own the lists
// know: a given name, a place, a firm, a US politician's surname, an
// acronym or an entry of the table.
func (t *aliasTable) ownName(w string) bool {
	return isGivenName(w) || isPlaceName(w) || isFirmName(w) || isPoliticianSurname(w) || isAcronym(w) || t.knows(w)
}

// doubleBarrelled reports whether the last word of name is two
// capitalised parts joined by one hyphen ("Holtz-Eakin", "Lopez-Cantera",
// "Abdel-Aziz"), a surname of two: not a romanised given name, whose
// second part is in lower case ("Jong-un", "Ki-moon"), nor an article
// and a name ("al-Assad").
func doubleBarrelled(name string) bool {
	last := lastField(trimPossessive(strings.TrimSpace(name)))
	a, b, ok := strings.Cut(last, "-")
	if !ok || strings.Contains(b, "-") || inLower(arabicArticles, a) {
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return unicode.IsUpper(ra) && unicode.IsUpper(rb) && utf8.RuneCountInString(a) > 1 && utf8.RuneCountInString(b) > 1
}

// orgForm returns the normalized name s in the one word order the press
// writes a government body's name in two, with the words that say what it
// deals with before its head noun rather than after "of" ("Department of
// Justice", "Ministry of Defence" as "justice department", "defence
// ministry"), and whether it turned it so. Only a ministry, a department
// or a bureau turns: "University of Miami" and "Miami University", "Bank
// of China" and "China Bank" are others. Other names come back as they
// are, the article dropped (see cutArticle).
func orgForm(s string) (string, bool) {
	s = strings.TrimPrefix(s, "the ")
	head, rest, ok := strings.Cut(s, " of ")
	if !ok || !turnedHeads.has(head) {
		return s, false
	}
	if ws := tokens(rest); len(ws) > 3 || slices.ContainsFunc(ws, func(w string) bool { return w == "of" || w == "and" || w == "the" }) {
		return s, false
	}
	return rest + " " + head, true
}

// cutArticle returns name without the article that opens it ("the
// Justice Department", "the Donetsk region"), when two words or more are
// left. One word left is read whole: another spelling of a city may be
// the name with its article ("Hague" is "The Hague"), and resolving the
// one from the other would not end; orgForm drops the article of such a
// name after normalizing it ("the union").
func cutArticle(name string) (string, bool) {
	rest := withoutArticle(name)
	return rest, len(rest) < len(strings.TrimSpace(name)) && strings.Contains(rest, " ")
}

// turnedHeads are the heads of the government bodies orgForm turns.
var turnedHeads = setOf("ministry department bureau")

// divisionWords, in lower case, name the kind of a country's division
// after its name ("Donbas region", "Kherson Oblast").
var divisionWords = setOf("region oblast province governorate")

// cutDivisionWord returns name without the division word that ends it
// after a capitalised word ("Donbas region" → "Donbas"), unless the
// gazetteer knows that word as a city or a country: "Zhytomyr Oblast" and
// "Kursk region" are the lands around the cities they are named after.
func cutDivisionWord(name string) (string, bool) {
	s := trimPossessive(strings.TrimSpace(name))
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || !divisionWords.has(strings.ToLower(s[i+1:])) {
		return "", false
	}
	base := strings.TrimSpace(s[:i])
	if _, city := cityOf(base); city || isPlaceName(base) {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(base); !unicode.IsUpper(r) {
		return "", false
	}
	return base, true
}

// isFirmRun reports whether the run name is a firm of the open data,
// whole or without its legal form ("General Motors Co", "Apple Inc.").
func isFirmRun(name string) bool {
	if isFirmName(name) {
		return true
	}
	rest, ok := cutLegalForm(name)
	return ok && isFirmName(rest)
}

// cutLegalForm returns name without the legal form that ends it ("Siemens
// AG", "Apple, Inc.", "Meta Platforms Inc") or, for the forms written
// first, opens it ("PJSC Gazprom"), when a capitalised name is left.
func cutLegalForm(name string) (string, bool) {
	s := strings.TrimSuffix(trimPossessive(strings.TrimSpace(name)), ".")
	i := strings.IndexByte(s, ' ')
	if i <= 0 {
		return "", false
	}
	// "PT" opens Indonesian firms' names, of two words or more after it
	// ("PT Bank Mandiri"); before one word it is as often a time zone.
	if _, lead, _ := legalForm(s[:i]); lead && (s[:i] != "PT" || strings.Count(s, " ") >= 2) {
		return strings.TrimSpace(s[i+1:]), true
	}
	i = strings.LastIndexByte(s, ' ')
	trail, _, form := legalForm(s[i+1:])
	if !trail {
		return "", false
	}
	base := strings.TrimRight(s[:i], " ,&") // "Merck & Co.", "Hitachi, Ltd."
	if r, _ := utf8.DecodeRuneInString(base); base == "" || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return "", false
	}
	if spelledLegalForms.has(form) && isPlaceName(base) {
		return "", false // "Hudson's Bay Company", "Virginia Company": the place is no firm
	}
	if _, city := cityOf(base); form == "se" && (city || isPlaceName(base) || isPlaceHeadWord(lastField(base))) {
		return "", false // "Main Street SE", "Portland SE": a city's south-east quarter
	}
	// A group's or a holding company's name is its business's name with
	// the word before the legal form ("Sony Group Corp.", "HSBC Holdings
	// plc", "Alibaba Group Holding Ltd"); without a legal form the word
	// stays ("Wagner Group").
	return withoutGroupWords(base), true
}

// joinClosedNames is the step of KeyAll that gives a firm's name written
// closed, with a capital inside ("ExxonMobil", "PricewaterhouseCoopers"),
// the key of the name the batch writes open, word for word, as a firm's
// ("Exxon Mobil Corp.", "Exxon Mobil" beside it): with a legal form, or
// guessed an organisation. keys holds the key of each of names; a
// spelling that two keys have open joins neither.
func joinClosedNames(names, keys []string) {
	// Each name without its article, possessive and legal form, read
	// once; the organisations are guessed only in a batch with a closed
	// name, as most have none.
	forms := make([]string, len(names))
	firms := make([]bool, len(names))
	closed := false
	for i, n := range names {
		forms[i] = trimPossessive(withoutArticle(strings.TrimSpace(n)))
		if base, firm := cutLegalForm(forms[i]); firm {
			forms[i], firms[i] = base, true
		}
		closed = closed || !strings.Contains(forms[i], " ") && isCamelCase(forms[i])
	}
	if !closed {
		return
	}
	open := map[string]string{} // an open name's words run together, in lower case -> its key, "" for two
	for i, s := range forms {
		if !strings.Contains(s, " ") || !firms[i] && guessKind(s, normalizeName(s), false) != Org {
			continue
		}
		k := strings.ToLower(strings.ReplaceAll(s, " ", ""))
		if old, seen := open[k]; !seen {
			open[k] = keys[i]
		} else if old != keys[i] {
			open[k] = ""
		}
	}
	// Each closed name's key moves, and with it every name of the batch
	// that had it ("Exxonmobil", "EXXONMOBIL" beside "ExxonMobil").
	var moved map[string]string // old key -> new
	for i, s := range forms {
		if strings.Contains(s, " ") || !isCamelCase(s) {
			continue
		}
		if k := open[strings.ToLower(s)]; k != "" && k != keys[i] {
			if moved == nil {
				moved = map[string]string{}
			}
			moved[keys[i]] = k
		}
	}
	for i, k := range keys {
		if to, ok := moved[k]; ok {
			keys[i] = to
		}
	}
}

// cutDotCom returns name without the ".com" that ends it (a possessive
// after it goes too), when one capitalised word is left: "Amazon" of
// "Amazon.com".
func cutDotCom(name string) (string, bool) {
	base, ok := strings.CutSuffix(trimPossessive(strings.TrimSpace(name)), ".com")
	if r, _ := utf8.DecodeRuneInString(base); !ok || base == "" || !unicode.IsUpper(r) || strings.ContainsAny(base, " .") {
		return "", false
	}
	return base, true
}

// withoutGroupWords returns name without the group words that end it
// ("Alibaba Group Holding" as "Alibaba"), its first word kept.
func withoutGroupWords(name string) string {
	for {
		j := strings.LastIndexByte(name, ' ')
		if j <= 0 || !inLower(groupWords, name[j+1:]) {
			return name
		}
		name = strings.TrimRight(name[:j], " ,")
	}
}

// groupWords, in lower case, end the name of a group or a holding company
// before its legal form (see cutLegalForm).
var groupWords = setOf("group holding holdings")

// spelledLegalForms are the legal forms written out as English words,
// which end names of other things too ("Hudson's Bay Company").
var spelledLegalForms = setOf("corporation company limited incorporated")

// isLegalForm reports whether the word w is a legal form that a company's
// name may leave on its own after a comma ("Systems, Inc.", "Holdings,
// LLC"): none that is a name or an acronym too ("AG", "ASA", "Pao").
func isLegalForm(w string) bool {
	trail, _, lw := legalForm(w)
	return trail && loneLegalForms.has(lw)
}

// loneLegalForms are the trailing legal forms isLegalForm takes.
var loneLegalForms = setOf("inc incorporated corp ltd plc llc llp gmbh")

// legalForm reports whether the word w, without its dots, is a legal form
// written after a company's name, and one written before it, with its
// lower case. A form is written in capitals ("AG", "S.A.", "PJSC"); only
// those of anyCaseLegalForms may be written otherwise ("Inc.", "Ltd",
// "GmbH"): "Sa", "Pao" and "Zao" are names. It allocates nothing: it runs
// on every name resolved.
func legalForm(w string) (trailing, leading bool, lower string) {
	var buf [12]byte
	n, caps := 0, true
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '.':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z':
			caps = false
		default:
			return false, false, ""
		}
		if n == len(buf) {
			return false, false, ""
		}
		buf[n] = c
		n++
	}
	// The lookups copy nothing; the lower case is made only on a match.
	if !caps && !anyCaseLegalForms.hasBytes(buf[:n]) {
		return false, false, ""
	}
	trailing, leading = trailingLegalForms.hasBytes(buf[:n]), leadingLegalForms.hasBytes(buf[:n])
	if trailing || leading {
		lower = string(buf[:n])
	}
	return trailing, leading, lower
}

// anyCaseLegalForms are the legal forms written in lower case too.
var anyCaseLegalForms = setOf("inc incorporated corp corporation co company ltd limited plc pty bhd tbk gmbh kgaa sarl srl")

// trailingLegalForms and leadingLegalForms, in lower case and without
// dots, are the abbreviations of companies' legal forms that English news
// writes after a company's name ("Inc.", "AG", "S.A.") or, for the
// Russian and Indonesian ones, before it ("PJSC", "PT"): a subset of the
// ISO 20275 Entity Legal Forms code list (GLEIF, CC0 1.0), with the
// English forms spelled out ("Corporation", "Limited") and "Co.", which
// English firms' names end in ("Ford Motor Company", "Ford Motor Co."),
// and the European company's "SE" ("Airbus SE", "BASF SE").
var (
	trailingLegalForms = setOf("inc incorporated corp corporation co company ltd limited plc llc llp lp ag sa se nv bv ab asa oyj gmbh kgaa sarl srl pty bhd tbk kk pjsc jsc")
	leadingLegalForms  = setOf("pjsc jsc oao pao ooo zao pt")
)

// singleASCIIWord returns name as one lower-case word when it is a single
// word of ASCII letters and digits (a possessive and dots allowed), which
// resolve can key without the general path's allocations.
func singleASCIIWord(name string) (string, bool) {
	var buf [64]byte
	w, ok := lowerASCIIWord(&buf, name)
	return string(w), ok
}

// lowerASCIIWord is singleASCIIWord writing the word into buf.
func lowerASCIIWord(buf *[64]byte, name string) ([]byte, bool) {
	name = trimPossessive(name)
	if name == "" || len(name) > 64 {
		return nil, false
	}
	n := 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'A' <= c && c <= 'Z':
			buf[n] = c + 'a' - 'A'
			n++
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			buf[n] = c
			n++
		case c == '.' || c == '\'':
		default:
			return nil, false
		}
	}
	if n == 0 {
		return nil, false
	}
	return buf[:n], true
}

// resolveWord is resolve for one normalised word w of name: the same
// answer by the same steps, without tokenising. A match by skeleton alone,
// in another spelling, keeps the kind the open data give the word:
// "Ghana", a country, is no spelling of the surname Haniyeh, nor "Cara", a
// given name, of Cairo.
func (t *aliasTable) resolveWord(name, w string) (key string, e *aliasEntry, kind Kind, surname, given string) {
	sk := wordSkeleton(w)
	if e := t.byAlias[w]; e != nil {
		return e.display, e, e.kind, sk, ""
	}
	bare := trimPossessive(name)
	open := openDataKind(bare)
	// A skeleton shared with a place the table lists is that place's,
	// unless the word is a given name too ("George" is no "Georgia"), or
	// a word of the dictionary: that is the word, not another spelling of
	// the name ("Rise" in a headline is no "Russia", "Iron" no "Iran",
	// "Used" no "Assad"), and one it knows as a name too is that name
	// ("Moody" is no Modi, "Curie" no Cairo). The dictionary is read only
	// where a skeleton meets.
	// Nor is a word spelled far from every spelling the table gives the
	// place: a skeleton keeps only a word's consonants, and a short one is
	// shared by other names ("Rima" and Rome, "Gomes" and Hamas, "Piraeus"
	// and Paris); another spelling of a name differs from one of its
	// spellings in a letter, or two in a long name ("Hizbullah",
	// "Hezbollah"), and opens with the same vowel ("Aran" is no Iran).
	// Nor is a place of the gazetteer a spelling of another place the
	// gazetteer holds: it is a place of its own ("Columbia" is no
	// Colombia; but "Mykolayiv", GeoNames' spelling, is the table's
	// Mykolaiv).
	if e := t.bySkel[sk]; e != nil && (strings.EqualFold(e.display, bare) || t.spelledNear(sk, w) && !(e.kind == Place && isPlaceName(bare) && isPlaceName(e.display)) && (open == "" && !isDictionaryWord(w) || open == e.kind && !(e.kind == Place && isGivenName(bare)))) {
		return e.display, e, e.kind, sk, ""
	}
	// A given name is no other spelling of a table person's surname
	// ("Holly" is no Healey, "Molly" no Milei), only the surname as the
	// table writes it ("Kim", of Kim Jong Un).
	if es := t.bySurname[sk]; len(es) == 1 && (hasWordFold(es[0].display, bare) || t.spelledNear(sk, w) && (open == "" && !isDictionaryWord(w) || open == Person && !isGivenName(bare))) {
		return es[0].display, es[0], Person, sk, "" // "Kellogg", a firm, as the surname of Keith Kellogg
	}
	// A place of the gazetteer whose skeleton another place of the
	// gazetteer shares is keyed by its own spelling, in any case: those
	// are two places ("Oman" and "Amman", "Guinea" and "Ghana"), not two
	// spellings of one.
	if placeSkeletonShared(sk, w) {
		return "~" + w, nil, "", sk, ""
	}
	return "~" + sk, nil, "", sk, ""
}

// onlyCompass reports whether the words ws are the compass points that
// nameTitles holds (for "North Korean leader"), one or more, with "the"
// before them or not.
func onlyCompass(ws []string) bool {
	compass := false
	for _, w := range ws {
		switch w {
		case "north", "south":
			compass = true
		case "the":
		default:
			return false
		}
	}
	return compass
}

// spelledForm returns the words of a name of the alias table that its
// skeleton is made of: a body's words are its name, none a title
// ("European Union" is no "Union"), while a place's compass word may go
// ("South Korea", "Korea").
func spelledForm(kind Kind, name string) string {
	if kind == Org {
		return normalizeName(name)
	}
	return stripTitles(normalizeName(name))
}

// addSpelling records the spelling w of one word under its skeleton sk,
// once: a table loaded again, or a name its aliases repeat, adds none.
func (t *aliasTable) addSpelling(sk, w string) {
	if !slices.Contains(t.spelled[sk], w) {
		t.spelled[sk] = append(t.spelled[sk], w)
	}
}

// spelledNear reports whether the normalised word w is within
// nearEdits of a spelling of one word that the table gives skeleton sk.
func (t *aliasTable) spelledNear(sk, w string) bool {
	for _, s := range t.spelled[sk] {
		if nearSpelling(w, s) {
			return true
		}
	}
	return false
}

// vowels are the letters a skeleton folds as vowels, y among them.
const vowels = "aeiouy"

// isVowel reports whether the lower-case ASCII letter c is one of vowels.
func isVowel(c byte) bool { return strings.IndexByte(vowels, c) >= 0 }

// hasNearWord reports whether the last word of w, or its last hyphenated
// part, may be another spelling (nearSpelling) of a word of name or of
// its parts: "Kiedis" of "Anthony Kiedis", "the Senate" of "U.S. Senate",
// "Cunningham-Burley" of "Sarah Cunningham-Burley"; not "Dickens" of
// "Roger Deakins".
func hasNearWord(name, w string) bool {
	var lb, pb [64]byte
	last, ok := lowerLastPart(&lb, w)
	if !ok || !plainName(name) || !plainName(w) {
		return hasNearWordFolded(name, w)
	}
	for rest := name; len(rest) > 0; {
		part := rest
		if i := strings.IndexAny(rest, " -"); i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if p, ok := lowerASCIIWord(&pb, part); ok && nearSpelling(last, p) {
			return true
		}
	}
	return false
}

// plainName reports whether name holds only ASCII letters, digits,
// spaces, hyphens, full stops and straight apostrophes: the names whose
// words hasNearWord reads without normalizeName.
func plainName(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == ' ' || c == '-' || c == '.' || c == '\'') {
			return false
		}
	}
	return true
}

// lowerLastPart writes the last word of w, or its last hyphenated part,
// into buf in lower case, its full stops and apostrophes dropped; ok is
// false where it is not plain ASCII letters and digits (lowerASCIIWord).
func lowerLastPart(buf *[64]byte, w string) ([]byte, bool) {
	w = strings.TrimSpace(trimPossessive(w))
	if i := strings.LastIndexAny(w, " -"); i >= 0 {
		w = w[i+1:]
	}
	return lowerASCIIWord(buf, w)
}

// hasNearWordFolded is hasNearWord for names not in plain ASCII: their
// words folded as normalizeName folds them ("Sofía" as "sofia").
func hasNearWordFolded(name, w string) bool {
	split := func(r rune) bool { return r == ' ' || r == '-' }
	ws := strings.FieldsFunc(normalizeName(w), split)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	for p := range strings.FieldsFuncSeq(normalizeName(name), split) {
		if nearSpelling(last, p) {
			return true
		}
	}
	return false
}

// fullNameOf returns the name of the mention f in full: the table's
// entry's where the table resolved it ("Mr. Trump" as Donald Trump), else
// as the text writes it.
func fullNameOf(text string, f *found) string {
	if f.r.e != nil && f.r.e.kind == Person {
		return f.r.e.display
	}
	return text[f.nameStart:f.end]
}

// nicknamed reports whether the lower-case given name w and the first
// word of the full name f are two names of one nick line of the table
// ("William" and Bill Binney), as spelled: a skeleton alone is shared by
// other names ("Nathan" and Anthony).
func nicknamed(t *aliasTable, w string, f *found, text string) bool {
	first, _, _ := strings.Cut(fullNameOf(text, f), " ")
	c, ok := t.nickWords[w]
	return ok && c == t.nickWords[normalizeName(first)]
}

// firstWordLower returns the first word of name in lower case, its
// letters' marks dropped ("Sofía" as "sofia").
func firstWordLower(name string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	return normalizeName(first)
}

// nearSpelling reports whether the lower-case words w and s may be two
// spellings of one name: within nearEdits of each other, and opening with
// the same vowel if either opens with one ("Aran" is no Iran); a word of
// one or two letters only the same word.
func nearSpelling[S ~string | ~[]byte](w, s S) bool {
	if min(len(w), len(s)) < 3 {
		return len(w) > 0 && withinEdits(w, s, 0) // a word of two letters is only itself ("Li", not "Al")
	}
	return (w[0] == s[0] || !isVowel(w[0]) && !isVowel(s[0])) && withinEdits(w, s, nearEdits(min(len(w), len(s))))
}

// nearEdits is how many edits apart two spellings of one name of n
// letters may be: one, two from nine letters on ("Hizbullah",
// "Hezbollah"), three from fifteen.
func nearEdits(n int) int {
	switch {
	case n >= 15:
		return 3
	case n >= 9:
		return 2
	}
	return 1
}

// withinEdits reports whether a and b are at most k edits apart:
// insertions, deletions and substitutions of bytes, and transpositions of
// two neighbouring ones ("Kiedis", "Keidis"), each edit once (the optimal
// string alignment distance). Words longer than maxEditWord are compared
// whole.
func withinEdits[S ~string | ~[]byte](a, b S, k int) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > k {
		return false
	}
	if len(b) > maxEditWord {
		if len(a) != len(b) {
			return false
		}
		for i := range len(a) {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	var rows [3][maxEditWord + 1]int
	pp, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j-1]+cost, prev[j]+1, cur[j-1]+1)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, pp[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > k {
			return false
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(b)] <= k
}

// maxEditWord is the longest word withinEdits aligns letter by letter.
const maxEditWord = 64

// hasWordFold reports whether w is one of the words of name, in any case
// ("Kim" of "Kim Jong Un", "Healey" of "John Healey").
func hasWordFold(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// spelledAs reports whether name, as written, is a spelling the table
// lists for e: its display name, its surname, or one of its aliases; not
// a word that only shares its skeleton ("Sure" and Syria).
func (t *aliasTable) spelledAs(e *aliasEntry, name string) bool {
	bare := trimPossessive(name)
	if strings.EqualFold(bare, e.display) || strings.EqualFold(bare, lastField(e.display)) {
		return true
	}
	if w, ok := singleASCIIWord(bare); ok {
		return t.byAlias[w] == e
	}
	return t.byAlias[normalizeName(bare)] == e
}

// openDataKind returns the kind the embedded open data give the name as
// written: a place the gazetteer lists, else a person's given name, else a
// firm; "" for a name none of them lists.
func openDataKind(name string) Kind {
	switch {
	case isPlaceName(name):
		return Place
	case isGivenName(name):
		return Person
	case isFirmName(name):
		return Org
	}
	return ""
}

// mayStartTableName reports whether the word w can be part of a
// multi-word name the table lists; only then are the longer runs around
// it worth looking up. Words that are not plain ASCII always may.
func (t *aliasTable) mayStartTableName(w string) bool {
	var buf [64]byte
	lw, ok := lowerASCIIWord(&buf, w)
	if !ok || len(lw) == 1 {
		return true // not plain ASCII, or an initial ("U." of "U.S.")
	}
	return t.inNames[string(lw)]
}

// isKnownSurname reports whether the word w, as a surname, is one the
// table lists (in any spelling the skeleton folds).
func (t *aliasTable) isKnownSurname(w string) bool {
	lw, ok := singleASCIIWord(w)
	if !ok {
		return true
	}
	return len(t.bySurname[wordSkeleton(lw)]) > 0
}

// surnameLengths returns, longest first, the lengths in words of the
// surnames the table lists that end s ("lopez obrador").
func (t *aliasTable) surnameLengths(s string) []int {
	ws := tokens(s)
	var out []int
	for k := min(3, len(ws)); k >= 2; k-- {
		if len(t.bySurname[surnameSkeleton(ws[len(ws)-k:])]) > 0 {
			out = append(out, k)
		}
	}
	return out
}

// dropNickname returns s without the nickname in quotation marks inside
// it, and the space before it: "Ismael Zambada" for `Ismael "El Mayo"
// Zambada` (see nicknameEnd). A name that opens or ends with the marks is
// left as it is.
func dropNickname(s string) string {
	open := strings.IndexAny(s, "\"“")
	if open <= 0 || s[open-1] != ' ' || isFirmName(s) {
		return s // not a firm's name the open data writes with the marks: "Toys “R” Us"
	}
	_, size := utf8.DecodeRuneInString(s[open:])
	end := strings.IndexAny(s[open+size:], "\"”")
	if end <= 0 {
		return s
	}
	end += open + size
	_, closeSize := utf8.DecodeRuneInString(s[end:])
	if end+closeSize >= len(s) || s[end+closeSize] != ' ' {
		return s
	}
	return s[:open-1] + s[end+closeSize:]
}

// nicknameEnd returns the end of the nickname in quotation marks and the
// surname after it that go on the given name(s) ws[i:j] ("Ismael “El
// Mayo” Zambada", "Earvin "Magic" Johnson"), as the index of the
// surname's word plus one, or j: a given name stands right before the
// nickname ("Economist Mike "Mish" Shedlock"; not "Joe Biden's "Build
// Back Better" Act", "Taylor Swift "Eras" Tour"), which opens with no
// stop word ("The Rock"), one to three
// capitalised words stand between an opening mark after a space and a
// closing one before a space, and a capitalised word follows.
func nicknameEnd(text string, ws []token, i, j int) int {
	if j >= len(ws) || ws[i].headline {
		return j // not in a headline in title case, whose capitals say nothing
	}
	if gap := text[ws[j-1].end:ws[j].start]; gap != " \"" && gap != " “" {
		return j // no opening mark: most names, asked first as it costs least
	}
	if !isGivenName(ws[j-1].in(text)) {
		return j // not after a surname or a possessive ("Joe Biden's "Build Back Better" Act")
	}
	if inLower(stopWords, ws[j].in(text)) || inLower(commonCapitals, ws[j].in(text)) {
		return j // not a nickname that opens with "The": "Dwayne "The Rock" Johnson" reads as before
	}
	for q := j; q < len(ws) && q < j+3 && ws[q].upper; q++ {
		if q+1 >= len(ws) {
			return j
		}
		switch text[ws[q].end:ws[q+1].start] {
		case " ":
			continue
		case "\" ", "” ":
			if ws[q+1].upper && !ws[q+1].allCaps {
				return q + 2
			}
		}
		return j
	}
	return j
}

// aliasKey returns the form of an alias that lookups compare: normalised,
// titles kept.
func aliasKey(a string) string { return normalizeName(a) }

// displayForm returns name cleaned, without leading titles and a trailing
// possessive, in its own spelling.
func displayForm(name string) string {
	s := Clean(name)
	s = dropNickname(trimPossessive(s))
	fields := strings.Fields(s)
	normalized := tokens(normalizeName(s))
	if len(fields) > 1 && (inLower(orgWords, fields[len(fields)-1]) || inLower(realmWords, fields[len(fields)-1])) || isPlaceName(s) || isFirmName(s) || titleBody(normalized) || adjectivesOfPlace(normalized) || adjectiveName(normalized) ||
		len(fields) == 2 && onlyCompass([]string{strings.ToLower(fields[0])}) ||
		len(fields) > 1 && placeOpened(fields[0], s) {
		return strings.Join(fields, " ") // "Defence Ministry", "North Carolina", "General Motors", "White House", "South Asia", "South China Sea", "King Street": the words are the name
	}
	for len(fields) > 1 && (inLower(nameTitles, strings.Trim(fields[0], ".")) || strings.IndexByte(fields[0], '-') > 0 && titleCompound(strings.ToLower(fields[0]))) && fields[1] != "of" && fields[1] != "for" && !(len(fields) == 2 && countryGiven(fields[0], fields[1])) {
		fields = fields[1:]
	}
	return strings.Join(fields, " ")
}

// personName is a name split into its parts.
type personName struct {
	given    []string
	surname  []string
	initials []string
	suffix   string // "jr", "sr", "ii", "iii"
}

func (p personName) initialsString() string { return strings.Join(p.initials, "") }

// eastAsianFamilies are family names that come first in Chinese, Korean
// and Vietnamese names as the press prints them.
var eastAsianFamilies = setOf(`kim lee li park choi jung kang cho yoon yun jang lim han oh seo shin kwon
	moon hwang ahn song hong xi wang zhang liu chen yang zhao huang zhou wu xu sun ma zhu hu guo he lin
	gao luo zheng liang xie song tang deng feng han cao peng zeng xiao tian dong pan yuan cai jiang yu
	du ye cheng wei su lu ding ren shen yao mao jin teng nguyen tran pham hoang vo dang bui do ngo duong ly`)

// suffixes follow a name and are part of who it is.
var nameSuffixes = setOf("jr sr ii iii iv")

// parsePerson splits the normalised, title-free form s of name into given
// names and surname. surnameLens, longest first, are surname lengths in
// words that a table knows for the end of s. A family name comes first
// in the East Asian names of eastAsianFamilies and in those whose given
// name is two syllables joined by a hyphen (hyphenedGiven).
func parsePerson(name, s string, surnameLens []int) personName {
	ws := tokens(s)
	var p personName
	if len(ws) > 1 && nameSuffixes.has(ws[len(ws)-1]) {
		p.suffix = ws[len(ws)-1]
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return p
	}
	switch {
	case len(surnameLens) > 0 && surnameLens[0] <= len(ws):
		k := surnameLens[0]
		p.surname, p.given = ws[len(ws)-k:], ws[:len(ws)-k]
	case len(ws) >= 2 && len(ws) <= 3 && eastAsianFamilies.has(ws[0]) && (!isGivenName(capitalized(ws[0])) || allRomanisedGiven(ws[1:])):
		// A family name first, unless the family is an English given name
		// too and a word after it is no romanised given name of one or
		// two syllables: "Lee Epstein", "Kim Kardashian" are named given
		// name first; "Lee Gisoo", "Kim Hana" family first.
		p.surname, p.given = ws[:1], ws[1:]
	case len(ws) >= 3 && hyphenedGiven(name):
		p.surname, p.given = ws[len(ws)-3:len(ws)-2], ws[len(ws)-2:]
	default:
		// The surname is the last word with the particles before it
		// ("von der leyen", "le drian", "bin salman").
		i := len(ws) - 1
		for i > 0 && surnameParticles.has(ws[i-1]) {
			i--
		}
		p.surname, p.given = ws[i:], ws[:i]
	}
	p.given, p.initials = dropInitials(p.given)
	// Patronymics ("vladimirovich", "viktorovna") are not part of the key.
	if len(p.given) > 1 {
		kept := p.given[:0:0]
		for k, g := range p.given {
			if k > 0 && isPatronymic(g) {
				continue
			}
			kept = append(kept, g)
		}
		p.given = kept
	}
	return p
}

// eastAsianGiven reports whether rest, one or two words after an East
// Asian family name, is a given name of romanised syllables
// (allRomanisedGiven), not all of them words of the dictionary.
func eastAsianGiven(rest string) bool {
	given := strings.Fields(strings.ToLower(rest))
	return len(given) > 0 && len(given) <= 2 && allRomanisedGiven(given) && !allCommonWords(given)
}

// allCommonWords reports whether every word of ws, in lower case, is a
// word of the dictionary (isCommonWord).
func allCommonWords(ws []string) bool {
	return !slices.ContainsFunc(ws, func(w string) bool { return !isCommonWord(w) })
}

// allRomanisedGiven reports whether every word of ws is romanisedGiven:
// the given name after an East Asian family name ("cheng soon").
func allRomanisedGiven(ws []string) bool {
	return !slices.ContainsFunc(ws, func(w string) bool { return !romanisedGiven(w) })
}

// romanisedGiven reports whether the lower-case word w is one or two
// romanised syllables (syllable): "jong", "hyesu", "gisoo", a given name
// or a part of one as Korean and Chinese names are written in English.
func romanisedGiven(w string) bool {
	if syllable(w, false) {
		return true
	}
	for k := 1; k < len(w); k++ {
		if syllable(w[:k], false) && syllable(w[k:], false) {
			return true
		}
	}
	return false
}

// hyphenedGiven reports whether name ends in a family name of one
// syllable and a given name of two joined by a hyphen (or a space), the
// second in lower case, as Chinese, Taiwanese and Korean names are
// romanised ("Lai Ching-te", "Tsai Ing-wen", "Choo Kyung-ho", "Chou
// En-lai", "Lai Ching te"): words of one to seven letters. A Western name
// ends in no lower-case word. Not "al-Assad" or "Jean-Pierre Raffarin".
func hyphenedGiven(name string) bool {
	var last [3]string // the last three words, last[2] the last
	n := 0
	for w := range strings.FieldsSeq(trimPossessive(strings.TrimSpace(name))) {
		last[0], last[1], last[2] = last[1], last[2], w
		n++
	}
	if n < 2 {
		return false
	}
	if a, b, ok := strings.Cut(last[2], "-"); ok {
		return syllable(last[1], true) && syllable(a, true) && syllable(b, false)
	}
	return n >= 3 && syllable(last[0], true) && syllable(last[1], true) && syllable(last[2], false)
}

// syllable reports whether w is one syllable of a Chinese, Korean or
// Vietnamese name as romanised (pinyin, Wade-Giles, Revised Romanization,
// McCune-Reischauer and their press forms): an onset of romanisationOnsets,
// vowels, and a coda of romanisationCodas, capitalised when upper says so
// and in lower case after its first letter ("Ching", "te", "Kyung", "yeol",
// "Hsiao"; not "based", "style", "Add", "Los").
func syllable(w string, upper bool) bool {
	if w == "" || len(w) > 7 {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false // the romanisations are written in ASCII letters
		}
		if 'A' <= c && c <= 'Z' {
			if i > 0 || !upper {
				return false // the case of its first letter as asked, the others in lower case
			}
			c += 'a' - 'A'
		} else if i == 0 && upper {
			return false
		}
		buf[i] = c
	}
	lw := string(buf[:len(w)])
	i := 0
	for i < len(lw) && !isVowel(lw[i]) {
		i++
	}
	j := i
	for j < len(lw) && isVowel(lw[j]) {
		j++
	}
	return i < j && (i == 0 || romanisationOnsets.has(lw[:i])) && (j == len(lw) || romanisationCodas.has(lw[j:]))
}

// romanisationOnsets and romanisationCodas are the consonants that open
// and close a syllable in the romanisations of Chinese, Korean and
// Vietnamese names ("" for none).
var (
	romanisationOnsets = setOf(`b c ch d f g gy h hs hw j k kh kw ky l m n ng ngh nh ny p ph q r s sh ss sz t th tr ts tz w x z zh`)
	romanisationCodas  = setOf(`c ch h k l m n ng nh p t`)
)

func isPatronymic(w string) bool {
	for _, suf := range []string{"ovich", "evich", "yevich", "ovna", "evna", "ichna", "ovych", "ovych"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// dropInitials removes one-letter given names (middle initials) and
// returns them apart. A name of initials only keeps them.
func dropInitials(given []string) (kept, initials []string) {
	for _, g := range given {
		if utf8.RuneCountInString(g) == 1 {
			initials = append(initials, g)
			continue
		}
		kept = append(kept, g)
	}
	if len(kept) == 0 {
		return given, nil
	}
	return kept, initials
}

// nameTitles are the words of titles, offices, ranks and descriptions that
// stand before a name and are not part of it.
var nameTitles = setOf(`mr mrs ms miss mx sir dame dr prof professor gen general lt col colonel maj major
	adm admiral capt captain cmdr commander sgt sergeant sen senator rep representative gov governor
	president elect vice prime premier pm minister ministers secretary chancellor king queen
	prince princess crown sheikh sayyed sayed ayatollah imam mian chairman chairwoman chair ambassador
	envoy special spokesman spokeswoman spokesperson aide adviser advisor kremlin commission first lady
	former retired late the pope cardinal archbishop bishop rabbi judge justice lord lady baroness baron
	mayor deputy acting interim supreme leader chief head director lieutenant field marshal brigadier
	foreign defence defense interior finance economy trade health justice state security national
	senior top un us u.s american russian ukrainian french british german chinese iranian israeli
	palestinian syrian egyptian saudi turkish polish italian spanish indian pakistani korean north
	south japanese belarusian serbian mexican brazilian european emir caliph mullah hon honourable
	honorable rev reverend father sister brother saint st madam russia ukraine america britain france
	germany china iran israel syria egypt turkey poland japan india pakistan kremlin's white house
	attorney prosecutor coach ceo cfo coo analyst economist researcher founder owner manager editor
	reporter correspondent executive officer sheriff detective inspector superintendent lawyer diplomat
	candidate nominee host chancellor governor-general attorney-general chair co-founder president-elect whip` + pluralHonorificWords)

// surnameParticles join the surname that follows them.
var surnameParticles = setOf("von van der den de da di del della le la du dos das ter ten " + patronymicWords)

// patronymicWords are the particles that open an Arabic name ("Bin
// Laden", "Abu Bakr", "Ibn Saud"); patronymics holds them alone.
const patronymicWords = "bin ibn abu bint"

// arabicArticles are dropped from names: al-Assad is Assad.
var arabicArticles = setOf("al el as ad an ar ash at az ul")

// setOf returns the set of the white-space separated words.
func setOf(words string) *wordSet {
	s := &wordSet{m: map[string]bool{}}
	for _, w := range strings.Fields(words) {
		s.add(w)
	}
	return s
}

// titleBody reports whether the words ws of a normalised name are all
// title words (nameTitles) and the last a body's noun (isBodyNoun):
// the name of a body, whole ("White House"), whose last word alone names
// another ("House").
func titleBody(ws []string) bool {
	if len(ws) < 2 || !isBodyNoun(ws[len(ws)-1]) {
		return false
	}
	country := 0 // words that only say whose the body is: "U.S. House" is the House
	for _, w := range ws {
		if !nameTitles.has(w) {
			return false
		}
		if namesCountry(w) {
			country++
		}
	}
	return country < len(ws)-1
}

// namesCountry reports whether the normalised title word w names a
// country, by its name, its people's adjective or its abbreviation
// (countryPrefixes): before a body's noun it says whose the body is ("U.S.
// House", "Russian Foreign Ministry"), it names no other body.
func namesCountry(w string) bool {
	u := strings.ToUpper(w)
	return countryPrefixes[u] || countryPrefixes[u+"."] || demonyms.has(w) || isPlaceName(capitalized(w))
}

// stripTitles removes the title words that open the normalised name s,
// keeping at least one word.
func stripTitles(s string) string {
	ws := tokens(s)
	i := 0
	for i < len(ws)-1 && (nameTitles.has(ws[i]) || titleCompound(ws[i]) || i+2 < len(ws) && roleNoun(ws[i]) && isGivenName(capitalized(ws[i+1]))) {
		i++
	}
	if titleBody(ws) {
		return s // title words only, a body's noun last, name the body: "White House"
	}
	if adjectivesOfPlace(ws) || len(ws) >= 2 && realmWords.has(ws[len(ws)-1]) {
		return s // "National Museum", "State Library"; "Russian Empire": a realm's nationality is its name's
	}
	if adjectiveName(ws) {
		return s // "National Archives", "National Hurricane Center": the adjective is the name's
	}
	// An office the list does not know ends in an office word
	// ("Infrastructure Minister Oleksandr Kubrakov", "State Duma Speaker
	// Vyacheslav Volodin", "Czech Prime Minister Petr Fiala"): the words
	// up to the last office word are the title, when a name follows it
	// (not a suffix alone: "Martin Luther King Jr.").
	for j := len(ws) - 2; j >= i; j-- {
		if officeWords.has(ws[j]) || titleHeads.has(ws[j]) || titleCompound(ws[j]) {
			if rest := ws[j+1:]; len(rest) > 1 || !nameSuffixes.has(rest[0]) {
				i = j + 1
			}
			break
		}
	}
	for i > 0 && i < len(ws) && (ws[i] == "of" || ws[i] == "for") {
		i-- // a title word before "of" heads the name: "House of Commons", "Secretary of State"
	}
	return strings.Join(ws[i:], " ")
}

// titleCompound reports whether w, in lower case, is an office of title
// words joined by hyphens ("secretary-general", "attorney-general",
// "director-general", "governor-general", "vice-president"), as British
// and UN usage writes them.
func titleCompound(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") {
		return false
	}
	title := func(p string) bool { return nameTitles.has(p) || isOfficeOrTitleHead(p) }
	return title(a) && title(b)
}

// givenSpellings maps the first given name of each person in ms, in
// lower case and letter for letter, to the index of the person's mention:
// in a full name the text writes, or in the name the table lists for a
// mention; -1 where two people have it. One pass: it is read for every
// given name alone whose skeleton two people share.
func givenSpellings(text string, ms []found, isPerson func(*found) bool) map[string]int {
	out := map[string]int{}
	for j := range ms {
		f := &ms[j]
		if !isPerson(f) {
			continue
		}
		full := text[f.nameStart:f.end]
		if f.r.e != nil {
			full = f.r.e.display
		}
		first, _, ok := strings.Cut(full, " ")
		if !ok {
			continue
		}
		first = strings.ToLower(first)
		if k, seen := out[first]; !seen {
			out[first] = j
		} else if k >= 0 && ms[k].r.key != f.r.key {
			out[first] = -1
		}
	}
	return out
}

// titledFull returns the full-name mention that a surname with a title
// before it (m: "Dr. Nelson", "Mr. Trump") stands for, among the
// full-name mentions cands of that surname (k of them before m): the
// nearest before, else the first after, that bears the same title ("Dr.
// Alondra Nelson", not "Bill Nelson"); else the nearest whose given name
// agrees with the title's sex ("Mr." is no Melania, "Mrs." no Donald);
// else best.
func titledFull(text string, ms []found, cands []int, k int, m *found, best int) int {
	title := strings.TrimSpace(text[m.start:m.nameStart])
	// The candidates nearest first, before then after, at most
	// maxTitledScan of them: the work stays linear in a text that names
	// many people of one surname.
	lo, hi := max(0, k-maxTitledScan), min(len(cands), k+maxTitledScan)
	nearest := func(yield func(int) bool) {
		for j := k - 1; j >= lo; j-- {
			if !yield(cands[j]) {
				return
			}
		}
		for j := k; j < hi; j++ {
			if !yield(cands[j]) {
				return
			}
		}
	}
	for j := range nearest {
		if f := &ms[j]; f.start < f.nameStart && strings.EqualFold(strings.TrimSpace(text[f.start:f.nameStart]), title) {
			return j
		}
	}
	sex := titleSex(title)
	if sex == 0 {
		return best
	}
	for j := range nearest {
		if agrees(sex, text[ms[j].nameStart:ms[j].end]) {
			return j
		}
	}
	return best
}

// titleSex returns 'M' or 'F' for an honorific that says its bearer's sex
// ("Mr.", "Sir", "Lord"; "Mrs.", "Ms", "Miss", "Dame", "Lady", "Madam"), else 0.
func titleSex(title string) byte {
	switch strings.ToLower(strings.TrimSuffix(strings.TrimSpace(title), ".")) {
	case "mr", "sir", "lord":
		return 'M'
	case "mrs", "ms", "miss", "dame", "lady", "madam":
		return 'F'
	}
	return 0
}

// titleOf returns the title words that stripTitles takes off name, in
// lower case ("mrs" of "Mrs. Hanson"), or "".
func titleOf(name string) string {
	n := normalizeName(name)
	if s := stripTitles(n); s != n && strings.HasSuffix(n, s) {
		return strings.TrimSuffix(n, s)
	}
	return ""
}

// womanTitled reports whether the title words before a name hold a
// woman's honorific ("mrs", "ms", "first lady"; see titleSex).
func womanTitled(title string) bool {
	for _, w := range tokens(title) {
		if titleSex(w) == 'F' {
			return true
		}
	}
	return false
}

// isMan reports whether the table's entry e is a person whose given name
// the given-name list calls a boy's. The list is of US babies, so only a
// woman's title is tested against it (see titleSex).
func isMan(e *aliasEntry) bool {
	return e.kind == Person && givenNameSex(firstField(e.display)) == 'M'
}

// knighted reports whether the honorific title is "Sir" or "Dame", which
// British usage puts before a knight's or a dame's given name ("Sir
// Keir" for Sir Keir Starmer): the name after it is a given name.
func knighted(title string) bool {
	t := strings.TrimSpace(title)
	return strings.EqualFold(t, "sir") || strings.EqualFold(t, "dame")
}

// withoutSuffixed returns the full-name mentions cands (indexes in ms) of
// one surname less those whose name ends in a suffix ("Donald Trump Jr."),
// when some do and some do not: the suffix is how the text tells the
// younger apart, and a bare or titled surname ("Trump", "Mr. Trump") names
// the other. Else cands itself.
func withoutSuffixed(text string, ms []found, cands []int) []int {
	suffixed := func(j int) bool {
		last := strings.ToLower(strings.TrimSuffix(lastField(trimPossessive(text[ms[j].nameStart:ms[j].end])), "."))
		return nameSuffixes.has(last)
	}
	n := 0
	for _, j := range cands {
		if suffixed(j) {
			n++
		}
	}
	if n == 0 || n == len(cands) {
		return cands
	}
	out := make([]int, 0, len(cands)-n)
	for _, j := range cands {
		if !suffixed(j) {
			out = append(out, j)
		}
	}
	return out
}

// maxTitledScan is how many full-name mentions titledFull reads on each
// side of a titled surname.
const maxTitledScan = 32

// roleNoun reports whether the lower-case word w is an English compound
// that names a role by "-man", "-woman" or "-person" ("congresswoman",
// "assemblyman", "councilperson"), and no given name ("herman"): a title
// before a name, as "chairman" and "spokeswoman" of nameTitles are, where
// a given name follows it (stripTitles; not "Goldman Sachs Bank").
func roleNoun(w string) bool {
	for _, suffix := range [...]string{"woman", "man", "person"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return !isGivenName(capitalized(w))
		}
	}
	return false
}

// titleHeads are office words that end a title before a name, besides
// officeWords: "State Duma Speaker", "Ombudsman", "EU Commissioner", and
// the offices of law and order among nameTitles ("Manhattan District
// Attorney Alvin Bragg", "Cook County Sheriff Tom Dart", "District 186
// Superintendent", "NYPD Detective", "Inspector").
var titleHeads = setOf("speaker ombudsman commissioner prosecutor attorney sheriff superintendent inspector detective")

// styleTitles are the styles of peers and clergy of nameTitles that stand
// before a person's surname alone ("Lord Diplock", "Lady Thatcher",
// "Bishop Tutu", "Rabbi Sacks", "Reverend Wright"; "Rev." is an honorific),
// though some open a place's name too ("Lord Howe Island", "Bishop
// Auckland"): evidence of a person only before one word that names no
// place the gazetteer knows ("Bishop Auckland" gives the place
// "Auckland", as it did before).
var styleTitles = setOf("lord lady baron baroness bishop archbishop cardinal rabbi reverend")

// tokens splits a normalised name into words.
func tokens(s string) []string { return strings.Fields(s) }

// trimPossessive removes "'s", "’s" (or "'S", "’S") or a trailing
// apostrophe ("Jones'", "Jones’") from s, when more than one byte is left.
func trimPossessive[S ~string | ~[]byte](s S) S {
	// By the last byte first: most words end in none of the endings, and
	// this runs on every capitalised word of a text.
	n := len(s)
	switch {
	case n < 3:
		return s
	case s[n-1] == 's' || s[n-1] == 'S':
		if s[n-2] == '\'' && n > 3 {
			return s[:n-2]
		}
		if n > 5 && string(s[n-4:n-1]) == "’" {
			return s[:n-4]
		}
	case s[n-1] == '\'':
		return s[:n-1]
	case n > 4 && string(s[n-3:]) == "’":
		return s[:n-3]
	}
	return s
}

// normalizeName returns name cleaned, possessive dropped, in lower-case
// ASCII (diacritics removed, Cyrillic transliterated), with hyphens as
// spaces, the dots of initials and acronyms removed ("n.a.t.o." is
// "nato", "v." is "v"), Arabic articles dropped and other punctuation
// gone.
func normalizeName(name string) string {
	s := trimPossessive(Clean(name))
	// A possessive inside the name belongs to a title ("Russia's
	// President Vladimir Putin", "Ukraine's Security Service").
	if strings.Contains(s, "s ") && (strings.Contains(s, "'s ") || strings.Contains(s, "’s ")) {
		s = innerPossessives.Replace(s)
	}
	if strings.IndexByte(s, '-') > 0 {
		s = dropSunArticles(s)
	}
	s = dropNickname(s)
	var b strings.Builder
	b.Grow(len(s))
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				b.WriteByte(c)
			case c == '.' || c == '\'':
				// Dots of initials and acronyms, apostrophes
				// inside names (O'Neill): dropped.
			default:
				b.WriteByte(' ')
			}
		case unicode.Is(unicode.Mn, r):
			// A diacritic, after NFD: dropped.
		case r == '’':
		default:
			if t, ok := specialLatin[r]; ok {
				b.WriteString(t)
			} else if t, ok := cyrillic[unicode.ToLower(r)]; ok {
				b.WriteString(t)
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			} else {
				b.WriteByte(' ')
			}
		}
	}
	ws := strings.Fields(b.String())
	kept := ws[:0]
	for i, w := range ws {
		if arabicArticles.has(w) && i+1 < len(ws) {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// cutArabicArticle returns name without the Arabic article that opens it,
// written al- or el-, joined by a hyphen or a space ("al-Hudaydah", "Al
// Raqqa", "El-Arish").
func cutArabicArticle(name string) (string, bool) {
	if len(name) < 4 || name[0]|0x20 != 'a' && name[0]|0x20 != 'e' || name[1]|0x20 != 'l' || name[2] != '-' && name[2] != ' ' {
		return "", false
	}
	return name[3:], true
}

// dropSunArticles drops the Arabic article where it is written as it
// sounds before a "sun letter", which it assimilates: a vowel and the
// letter of the next word, joined to it by a hyphen ("Deir ez-Zor",
// "ash-Sham", "ad-Din", "an-Nasr"). Other spellings write it al- or el-,
// which normalizeName drops as a word; the assimilated forms are not
// dropped as words because "Ed", "an" and "as" are words too.
func dropSunArticles(s string) string {
	var b []byte
	last := 0 // s[:last] is in b, when cut
	for i := 1; i < len(s); i++ {
		if s[i] != '-' || i+1 == len(s) {
			continue
		}
		j := i // the start of the word before the hyphen
		for j > 0 && s[j-1] != ' ' && s[j-1] != '-' {
			j--
		}
		w := s[j:i]
		if len(w) < 2 || len(w) > 3 || w[0]|0x20 != 'a' && w[0]|0x20 != 'e' {
			continue
		}
		c := w[1] | 0x20 // lower case, for a letter
		if !strings.ContainsRune("dnrstz", rune(c)) || len(w) == 3 && w[2]|0x20 != 'h' || s[i+1]|0x20 != c {
			continue
		}
		b = append(b, s[last:j]...)
		last = i + 1
	}
	if last == 0 {
		return s
	}
	return string(append(b, s[last:]...))
}

// innerPossessives turns "Russia's President" into "Russia President".
var innerPossessives = strings.NewReplacer("'s ", " ", "’s ", " ")

// specialLatin spells the Latin letters that have no decomposition.
var specialLatin = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l",
	'œ': "oe", 'Œ': "oe", 'þ': "th", 'ð': "d", 'ı': "i",
}

// cyrillic transliterates Russian, Ukrainian and Belarusian letters the
// BGN/PCGN way.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'є': "ye", 'ё': "yo", 'ж': "zh",
	'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "w", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch",
	'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

// nameSkeleton returns the skeleton of a whole name (places and
// organisations): the surname skeleton of each word.
func nameSkeleton(s string) string {
	ws := tokens(s)
	// "Donbas region", "Luhansk oblast": the kind word is not the name.
	if len(ws) > 1 && divisionWords.has(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = wordSkeleton(w)
	}
	return strings.Join(parts, " ")
}

// surnameSkeleton returns the skeleton of the words of a surname.
func surnameSkeleton(ws []string) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = wordSkeleton(w)
	}
	return strings.Join(parts, " ")
}

// wordSkeleton reduces a lower-case ASCII word to the form its
// romanisations share: kh, gh and g are h, x is ks, q and ck are k, ph is
// f, w is v, -isation is -ization; doubled letters are single; every run
// of vowels (y counts as one after the first letter) is "a", except a final
// run, which is "i" when it ends in i or y and "a" otherwise; an h after
// the last vowel goes (Haniyeh, Haniya).
func wordSkeleton(w string) string {
	if len(w) <= 3 {
		return w // an acronym or a short name: its letters are all it has
	}
	sk := foldWord(w)
	if strings.Trim(sk, vowels) == "" {
		return w // no consonant to tell it by: "IAEA" is no "IEEE"
	}
	return sk
}

// foldWord is wordSkeleton without the exception for short words: given
// names fold every syllable (Hu-ning, Huning).
func foldWord(w string) string {
	w = strings.ReplaceAll(w, "isation", "ization")
	if strings.HasSuffix(w, "mme") {
		w = w[:len(w)-2] // British "programme", American "program"
	}
	if strings.Contains(w, "sch") {
		// German spells Slavic ch and sh as tsch and sch (Klitschko,
		// Klychko; Schmyhal, Shmyhal): tsch always, sch before a
		// consonant, where English writes no sch; before a vowel it
		// is English or German too, and other names (Schultz, Shultz;
		// Schiff, Shiff).
		w = germanSch(w)
	}
	if strings.Contains(w, "zhzh") || strings.Contains(w, "shsh") || strings.Contains(w, "chch") {
		// A doubled consonant spelled with two letters is one, as a
		// doubled letter is: Zaporizhzhia, Zaporizhia.
		w = doubledDigraphs.Replace(w)
	}
	if n := len(w); n > 5 && strings.HasSuffix(w, "ence") && w[n-5] == 'f' {
		w = w[:n-2] + "se" // British "defence", "offence", American "defense", "offense"
	}
	var bBuf, outBuf [64]byte
	b := bBuf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'k' && i+1 < len(w) && w[i+1] == 'h', c == 'g' && i+1 < len(w) && w[i+1] == 'h':
			c = 'h'
			i++
		case c == 'p' && i+1 < len(w) && w[i+1] == 'h':
			c = 'f'
			i++
		case c == 'c' && i+1 < len(w) && w[i+1] == 'k':
			c = 'k'
			i++
		case c == 'g':
			c = 'h'
		case c == 'q':
			c = 'k'
		case c == 'w':
			c = 'v'
		case c == 'x':
			b = append(b, 'k')
			c = 's'
		}
		b = append(b, c)
	}
	vowelAt := func(k int) bool {
		c := b[k]
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' && k > 0
	}
	// Drop an h after the last vowel.
	if n := len(b); n > 2 && b[n-1] == 'h' && vowelAt(n-2) {
		b = b[:n-1]
	}
	out := outBuf[:0]
	for k := 0; k < len(b); {
		if vowelAt(k) {
			j := k
			for j < len(b) && vowelAt(j) {
				j++
			}
			switch {
			case j < len(b):
				out = append(out, 'a')
			case b[j-1] == 'i' || b[j-1] == 'y':
				out = append(out, 'i')
			default:
				out = append(out, 'a')
			}
			k = j
			continue
		}
		// A doubled letter is one (Muammar, Muamar); a doubled digit
		// is not ("AC1900" is no "AC190", "G20" no "G200").
		if len(out) == 0 || out[len(out)-1] != b[k] || '0' <= b[k] && b[k] <= '9' {
			out = append(out, b[k])
		}
		k++
	}
	// Danish and Norwegian patronymics end in -sen, Swedish and
	// English ones in -son: Andersen and Andersson, Petersen and
	// Peterson are other families, not other spellings.
	if n := len(out); n > 3 && len(w) > 4 && strings.HasSuffix(w, "sen") && string(out[n-3:]) == "san" {
		out[n-2] = 'e'
	}
	return string(out)
}

// germanSch spells German tsch as English ch, and sch as sh before a
// consonant or at the end of w.
func germanSch(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		switch {
		case strings.HasPrefix(w[i:], "tsch"):
			b = append(b, 'c', 'h')
			i += 3
		case strings.HasPrefix(w[i:], "sch") && (i+3 == len(w) || !isVowel(w[i+3])):
			b = append(b, 's', 'h')
			i += 2
		default:
			b = append(b, w[i])
		}
	}
	return string(b)
}

// doubledDigraphs spells a doubled two-letter consonant once.
var doubledDigraphs = strings.NewReplacer("zhzh", "zh", "shsh", "sh", "chch", "ch")

// givenSkeleton returns the skeleton of given names: their consonants
// only, after the same letter folding as wordSkeleton, so that
// transliterations of one given name meet (Vladimir, Volodymyr; Yuri,
// Yuriy; Aleksandr, Alexander, Alyaksandr), and the words joined.
func givenSkeleton(ws any) string {
	var words []string
	switch v := ws.(type) {
	case string:
		words = tokens(v)
	case []string:
		words = v
	}
	if len(words) == 1 {
		return givenWordSkeleton(words[0])
	}
	parts := make([]string, 0, len(words))
	for _, w := range words {
		parts = append(parts, givenWordSkeleton(w))
	}
	// Joined: romanisations split the syllables of one given name in
	// different places (Jong Un, Jong-un; Keqiang, Ke-qiang; Jean-Yves,
	// Jean Yves).
	return strings.Join(parts, "")
}

// longerForms returns, for the forms of one surname's full names (the
// skeletons of each form's given names, and its suffix), the index of the
// form with fewer given names that opens or ends each one's given names
// ("Matamela Cyril Ramaphosa" and "Cyril Ramaphosa", "Bola Ahmed Tinubu"
// and "Bola Tinubu", "Alexandria Ocasio-Cortez" and "Ocasio-Cortez",
// whose parse gives "Ocasio" as a given name), when one person fits, or -1;
// the shorter forms are looked up first, so that a longer form finds them
// joined, in time linear in the forms. KeyAll reads a batch's names so,
// and the in-text grouping a text's (joinLongerForms).
func longerForms(given [][]string, suffix []string) []int {
	to := make([]int, len(given))
	order := make([]int, len(given))
	for k := range to {
		to[k], order[k] = -1, k
	}
	root := func(k int) int {
		if to[k] >= 0 {
			return to[k]
		}
		return k
	}
	slices.SortStableFunc(order, func(x, y int) int { return len(given[x]) - len(given[y]) })
	byGiven := make(map[string]int, len(given)) // suffix and given-name skeletons -> form, -2 for two people
	for _, b := range order {
		fit := -1
		for n := 1; n < len(given[b]) && fit != -2; n++ {
			for _, part := range [2][]string{given[b][:n], given[b][len(given[b])-n:]} {
				k, ok := byGiven[suffix[b]+"\x00"+strings.Join(part, " ")]
				switch {
				case !ok:
				case k == -2 || fit >= 0 && fit != k:
					fit = -2 // two people fit: neither
				default:
					fit = k
				}
			}
		}
		if fit >= 0 {
			to[b] = fit
		}
		id := suffix[b] + "\x00" + strings.Join(given[b], " ")
		if k, ok := byGiven[id]; !ok {
			byGiven[id] = root(b)
		} else if k != root(b) {
			byGiven[id] = -2
		}
	}
	// Two longer forms that fit one shorter one, and not each other
	// (their roots differ), are two people who share its names: "Mary
	// Elizabeth Smith" and "Sarah Elizabeth Smith" beside "Elizabeth
	// Smith", "Carlos Sánchez Pérez" and "Luis Sánchez Pérez" beside
	// "Sánchez Pérez". None of them joins it.
	joiners := make(map[int]int, len(given)) // shorter form -> the one longer form that joins it, -2 for two
	for b, k := range to {
		if k < 0 {
			continue
		}
		if j, ok := joiners[k]; !ok {
			joiners[k] = b
		} else if j != -2 && !formOf(given[j], given[b]) && !formOf(given[b], given[j]) {
			joiners[k] = -2
		}
	}
	for b, k := range to {
		if k >= 0 && joiners[k] == -2 {
			to[b] = -1
		}
	}
	return to
}

// formOf reports whether the given names short open or end long's, or
// are long's.
func formOf(short, long []string) bool {
	n := len(short)
	return n <= len(long) && (slices.Equal(short, long[:n]) || slices.Equal(short, long[len(long)-n:]))
}

// joinLongerForms gives the full-name mentions ms[same] (one surname's)
// whose given names go on past those of one other name among them, and of
// no third, that name's resolution (longerForms): "Matamela Cyril
// Ramaphosa" takes "Cyril Ramaphosa"'s, "Alexandria Ocasio-Cortez"
// "Ocasio-Cortez"'s. Names the table knows keep their own.
func joinLongerForms(ms []found, same []int) (joined bool) {
	// Most surnames have one form, or none whose given names' skeleton
	// (joined: givenSkeleton) opens or ends another's: nothing to parse.
	var buf [8]string
	givens, ok := distinctGivens(ms, same, buf[:0])
	if !ok || !slices.ContainsFunc(givens, func(g string) bool {
		return slices.ContainsFunc(givens, func(long string) bool {
			return len(g) < len(long) && (strings.HasPrefix(long, g) || strings.HasSuffix(long, g))
		})
	}) {
		return false
	}
	forms, ok := personForms(ms, same)
	if !ok || len(forms) < 2 {
		return false
	}
	given := make([][]string, len(forms))
	suffix := make([]string, len(forms))
	for k, f := range forms {
		given[k], suffix[k] = f.given, f.suffix
	}
	to := longerForms(given, suffix)
	for _, j := range same {
		k := slices.IndexFunc(forms, func(f personForm) bool { return f.r.key == ms[j].r.key })
		if k >= 0 && to[k] >= 0 {
			ms[j].r, joined = forms[to[k]].r, true
		}
	}
	return joined
}

// personForm is one of a surname's full names in a text, parsed
// (personForms): its resolution, the skeletons of its given names and
// the given names, and its suffix.
type personForm struct {
	r            *resolvedName
	given, first []string
	suffix       string
}

// personForms parses the distinct full names (by key) of the mentions
// ms[same] that the table does not know; ok is false when there are more
// than maxForms: then many people share the surname, and the work stays
// linear.
func personForms(ms []found, same []int) (forms []personForm, ok bool) {
	for _, j := range same {
		if ms[j].r.e != nil || slices.ContainsFunc(forms, func(f personForm) bool { return f.r.key == ms[j].r.key }) {
			continue
		}
		if len(forms) == maxForms {
			return nil, false
		}
		p := parsePerson(ms[j].parts.display, stripTitles(ms[j].parts.norm), nil)
		f := personForm{r: ms[j].r, first: p.given, suffix: p.suffix}
		for _, g := range p.given {
			f.given = append(f.given, givenWordSkeleton(g))
		}
		forms = append(forms, f)
	}
	return forms, true
}

// distinctGivens appends to out the distinct given-name skeletons
// (partGiven) of the mentions ms[same]; ok is false past maxForms.
func distinctGivens(ms []found, same []int, out []string) ([]string, bool) {
	for _, j := range same {
		if g := ms[j].parts.partGiven; !slices.Contains(out, g) {
			if len(out) == maxForms {
				return out, false
			}
			out = append(out, g)
		}
	}
	return out, true
}

// joinShortForms gives the full-name mentions ms[same] (one surname's)
// whose given names lengthen those of one other name among them, and of
// no third, that name's resolution: "Timothy Cook" takes "Tim Cook"'s.
// Names the table knows keep their own.
func joinShortForms(ms []found, same []int) {
	// Most surnames have one name, or names no given name of which
	// opens another's: nothing to parse.
	var buf [8]string
	givens, ok := distinctGivens(ms, same, buf[:0])
	if !ok || !slices.ContainsFunc(givens, func(g string) bool {
		short := strings.TrimSuffix(g, "a") // the skeleton's feminine ending (givenWordSkeleton): "pete" shortens "peter"
		return short != "" && slices.ContainsFunc(givens, func(long string) bool { return long != g && len(short) < len(long) && strings.HasPrefix(long, short) })
	}) {
		return
	}
	forms, ok := personForms(ms, same)
	if !ok || len(forms) < 2 {
		return
	}
	shortens := func(a, b *personForm) bool {
		return a != b && a.suffix == b.suffix && len(a.given) == len(b.given) && shortensGiven(a.given, b.given, a.first, b.first)
	}
	to := make([]*resolvedName, len(forms))
	for k := range forms {
		b := &forms[k]
		for i := range forms {
			a := &forms[i]
			if !shortens(a, b) {
				continue
			}
			if to[k] != nil || slices.ContainsFunc(forms, func(f personForm) bool { return f.r.key != b.r.key && shortens(a, &f) }) {
				to[k] = nil // two fit, or it shortens two: neither
				break
			}
			to[k] = a.r
		}
	}
	for _, j := range same {
		for k := range forms {
			if to[k] != nil && ms[j].r.key == forms[k].r.key {
				ms[j].r = to[k]
				break
			}
		}
	}
}

// maxForms is how many distinct full names with one surname KeyAll
// compares with each other (see KeyAll): the work grows with its square.
const maxForms = 64

// shortensGiven reports whether the given names short (their skeletons
// shortSk) are those of long (longSk), each the same or its first three
// letters or more, and one of them shorter: "steve" of "steven",
// "alex" of "alexander", "tim" of "timothy". A short form is of the same
// sex as the name it shortens: "eric" is no "erica", "daniel" no
// "daniela" (the feminine -a, unless the given-name list says a boy's
// name, "josh" of "joshua"; or a name given mostly to girls where the
// other is given mostly to boys).
func shortensGiven(shortSk, longSk, short, long []string) bool {
	if len(short) != len(shortSk) || len(long) != len(longSk) {
		return false
	}
	shorter := false
	for k := range shortSk {
		s, l := short[k], long[k]
		switch {
		case shortSk[k] == longSk[k]:
		case len(s) >= 3 && len(l) > len(s) && strings.HasPrefix(l, s) && !strings.HasSuffix(s, "a") && (!strings.HasSuffix(l, "a") || givenNameSex(capitalized(l)) == 'M'):
			if sexes := [2]byte{givenNameSex(capitalized(s)), givenNameSex(capitalized(l))}; sexes == [2]byte{'F', 'M'} || sexes == [2]byte{'M', 'F'} {
				return false
			}
			shorter = true
		default:
			return false
		}
	}
	return shorter
}

// capitalized returns the lower-case word w with its first letter in
// upper case, as a given-name list writes it.
func capitalized(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// givenWordSkeleton is givenSkeleton of one lower-case word: its folded
// consonants.
func givenWordSkeleton(w string) string {
	sk := foldWord(w)
	out := make([]byte, 0, len(sk)+1)
	for i := 0; i < len(sk); i++ {
		if c := sk[i]; c != 'a' && c != 'i' && c != 'y' {
			out = append(out, c) // consonants a vowel kept apart stay two: Li Qiang, Li Keqiang
		}
	}
	if len(out) == 0 {
		return sk
	}
	if feminineEnding(w) {
		out = append(out, 'a') // Paula is not Paul, Louise not Louis, Erica not Eric
	}
	return string(out)
}

// feminineEnding reports whether the given name w, in lower case, ends
// in "a" or "e" (an "h" after it dropped: Sarah, Sara; Hamzah, Hamza), as
// the feminine forms of given names do in the languages that make them
// so (Paula, Daniela, Erica; Louise, Denise, Simone), and as the
// transliterations of one name agree on (Yulia, Yuliya, Iuliia; Ilya,
// Illia). Its skeleton keeps that vowel: the masculine forms end
// otherwise.
func feminineEnding(w string) bool {
	w = strings.TrimSuffix(w, "h")
	return len(w) > 1 && (w[len(w)-1] == 'a' || w[len(w)-1] == 'e')
}

// Entity is a person, place or organisation a text names, with every
// mention of it.
type Entity struct {
	// Name is the display name: the alias table's spelling where the
	// table knows the entity, otherwise the fullest form the text uses,
	// in title case where the text writes a person's or a place's name
	// only in capitals ("PORTSMOUTH" of a dateline is "Portsmouth").
	Name string `json:"name"`
	// Key is the canonical key (see [Canonical]), the same across texts
	// for names the table knows or that the text spells in full.
	Key      string    `json:"key"`
	Kind     Kind      `json:"kind"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place a text names an entity. Its span covers the name
// with the honorifics and ranks written directly before it ("Mr", "Sir",
// "Gen.") and a possessive after it; offices ("President", "Foreign
// Minister") stay outside.
type Mention struct {
	// Text is the mention as written: the text at Span, with any
	// invalid UTF-8 as U+FFFD.
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Entities returns the people, places and organisations that text names,
// and the other proper names it can tell (kind [Other]), in order of first
// mention, using [DefaultResolver]. Spans index text. Entities is safe for
// concurrent use and never fails.
//
// An entity's kind is the alias table's when the table knows it. Else it
// comes from the name: an acronym is an organisation; a name that ends in
// the head noun of an event, a law or a document ("War", "Act", "Plan"),
// a numbered part of one ("Title IV"), a holiday, a model's designation
// ("Rafale S5"), a doctrine ("Trumpism") or a field of study
// ("Psychology") is Other; a word that names organisations ("Ministry",
// "Party", "Senate") or a company's legal form ("Corp.", "Limited") makes
// one, a word that names places ("River", "Province", "Mount Hood", "Fort
// Pierce", "Main St.") a place; a nation's or a faith's people
// ("Americans", "Muslims", and words shaped so: "Alaskans") are a person;
// a place a gazetteer knows followed by a common noun in the plural is a
// team, an organisation ("Chicago Bears"); a longer name is a place when a gazetteer knows it or it ends in a kind
// of place that GeoNames names features by ("Park", "Castle"; after a
// given name only in three words or more, or where "in", "at" or "the"
// stands before it: "in Forest Park"), else a person's, unless each of
// its words is a word of the dictionary and no given name, honorific or
// title opens it ("Rolling Stone", "Opening Bell": Other); one word is a
// place when a gazetteer built from open data (countries, US states, the
// first-level divisions of countries such as "Scotland" or "Punjab",
// cities of 100,000 people, by the names of 2013 and of 2018) knows it, a
// person when it is a common given name or the surname of a member of the
// US Congress since 2012, a president or a vice president that names
// nothing else ("Pelosi"; "in Pelosi" is a place), else a place; a name
// that none of those rules decides and that WordNet knows as one place,
// or, in several words, as one person, organisation or thing
// (instances.txt: "Essex", "Machu Picchu", "Spanish Civil War") is of
// that kind; a person's or a body's name of one word that WordNet knows
// ("Freud", "Beatles") is of that kind where the text gives no sign of
// any kind (see below), unless the text writes it opening the name of
// something else, which it then stays Other beside ("Hubble" beside
// "Hubble Space Telescope"); a language's name (CLDR's: "Urdu", "Swahili") is
// Other where the rules could only guess; but a word of the dictionary whose first noun sense
// in WordNet is no group, location, natural object or person ("Curiosity",
// "Operations", "Remember") is Other where the text gives no sign of its
// kind (see below).
//
// The text's evidence then overrides those guesses of last resort. An
// honorific before any mention, a reporting verb after one ("Vogel told"),
// a citation of it as an author ("Carrano (2010)", "Biewener [7]"), a
// party to a case ("Lynch v. Overholser"), a kin noun in apposition
// ("Philonise, his brother"), a relative "who" after it ("Rotus, who's a
// seasoned politician") or an address in quoted speech (“It's okay,
// Gram,”) makes the entity a person; "in" or a street number before
// a longer name ("45 Anderson Ave") a place; "shares of" before a
// mention or a company's possessive ("Subaru's shareholders") an
// organisation, and so do a body's noun before "called" ("a firm called
// Cambridge Analytica"), a verb of employment or a person's noun and "at"
// before it ("worked for Zentrik", "an economist at Flexport") and a
// possessive of it before a person's full name ("Zentrik's Dana Kell");
// a town's region after a comma ("Franklin, Tenn.",
// "Sanford, Florida"), or a list that holds two places or more ("Milan or
// Rome, Paris"), makes a given name alone a place; a greeting before it
// ("Hi Dyanne,") a person; a name the text writes as a language's twice ("the
// Eegimaa language", "speakers of Eegimaa"), or at each mention, is Other.
// A word that stays a place only by the guess of last resort is Other
// unless the text puts something there: a preposition of place or motion
// before a mention ("from Neiafu", "north of Uptown"), a division's word
// after one ("the Khmelnytsky region"), a bracket after an organisation's
// name ("the Farming Council (Tarnok)"), or a list with a place
// ("Svendborg or Faaborg"); in news such words are mostly people, teams,
// products and sites ("Rosicky", "Sabres", "Android", "Wikileaks").
// Two names the tables know joined by a hyphen ("the Clinton-Kaine
// ticket", "the Microsoft-LinkedIn deal") are two mentions.
// An acronym the text defines in brackets ("Special Air Service (SAS)"),
// or one of three letters or more that is the initials of the one longer
// name of the text ("CPUC" after "California Public Utilities
// Commission"), is that name's entity, of that name's kind.
// A word alone that opens the one organisation's name of the text is
// that organisation ("Samsung" after "Samsung Electronics Co."), and a
// bare surname the person it last meant ("Cruz" after "Sen. Ted Cruz …
// his wife, Heidi Cruz").
// Other context around the name (a country acting as a government) is not
// read yet.
//
// A kinship term used as a name ("Mom", "Dad") is none. An interjection
// that opens a sentence ("Hi", "Hello", "Please") is no part of the name
// after it. A capitalised
// word that opens a sentence is no name, and no part of the name after it
// ("Thanks Judy"), when the text also writes it in lower case,
// or when the embedded English dictionary (SCOWL) knows it as no name and
// the text never capitalises it inside a sentence ("Authorities said"); a
// firm of the open data that is no word of the dictionary is a name there
// too ("Microsoft said").
// In a line in title case, a headline or the story's title that Parse
// found, capitals say nothing: only names the tables or the body know are
// mentions there.
func Entities(text string) []Entity { return DefaultResolver().Entities(text) }

// isHonorific reports whether the word w, in any case and with or
// without its full stop, is one of honorifics ("Mr.", "Sen", "DR").
func isHonorific(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return inLower(honorifics, w) || inLower(pluralHonorifics, w)
}

// honorifics stand in a mention's span; they say the mention is a person.
var honorifics = setOf("mr mrs ms miss mx sir dame dr prof gen lt col maj adm capt cmdr sgt sen rep gov ayatollah sheikh sayyed imam chairman mian rev")

// pluralHonorifics are the plurals the press writes of the short
// honorifics above before several names ("Sens. Ted Cruz and Marco
// Rubio", "Drs. Smith and Jones", "Messrs." for Mr, "Mmes." for Mrs).
// They are common words too ("ten reps", "the gens"), so their full stop
// is an abbreviation's only before a name (see isAbbrev).
var pluralHonorifics = setOf(pluralHonorificWords)

const pluralHonorificWords = " messrs mmes drs profs gens lts cols majs adms capts cmdrs sgts sens reps govs"

// weekdayWords name the days, in lower case.
const weekdayWords = `monday tuesday wednesday thursday friday saturday sunday`

// weekdays are weekdayWords as a list.
var weekdays = strings.Fields(weekdayWords)

// monthWords name the months, in lower case.
const monthWords = `january february march april may june july august september october november december`

// months are monthWords as a set.
var months = setOf(monthWords)

// calendarWords name the days and months, in lower case.
const calendarWords = weekdayWords + " " + monthWords

// timeAdverbs are the adverbs of time that open a sentence before its
// subject ("Now Assange faces …", "Meanwhile Rihanna …"): the sentence's,
// not the name's. Mid-sentence they may end a name ("USA Today", "Wisconsin
// Now"), so only a sentence's first word is read against them.
var timeAdverbs = setOf("now today tonight yesterday tomorrow later earlier soon meanwhile recently finally currently previously")

// calendarNames are calendarWords as a set.
var calendarNames = setOf(calendarWords)

// calendarForms are the other forms of the days' names: their plurals
// ("open on Wednesdays") and the abbreviations of timetables that name no
// one else ("Wed.", "Thurs"; not "Sun", "Sat" or "Mon").
const calendarForms = `mondays tuesdays wednesdays thursdays fridays saturdays sundays
	tue tues wed thu thur thurs fri`

// placeOffices are the offices a place holds, not an organisation: the
// name before them is a town's or a state's.
var placeOffices = setOf(`mayor governor gov lieutenant sheriff`)

// commonCapitals are words that open sentences or headlines in capitals
// and are not names: the days and months among them.
var commonCapitals = setOf(calendarWords + " " + calendarForms + ` the a an in on at to of for by with from as and or but if when while after before
	since during under over about against between among asked among one two three first last next new
	former late this that these those there here it its he she they we you i his her their our my your
	former president presidents prime minister ministers foreign deputy senior chief spokesman spokeswoman
	state secretary general official officials head leader leaders ambassador envoy special minister
	photo image caption file read more share video live
	western eastern northern southern central national international federal global regional local
	i'm i’m i'll i’ll i've i’ve i'd i’d
	breaking update updated opinion analysis exclusive watch listen follow related click please`)

// officeBefore reports whether the word before ws[a] is an office, a
// title or a style that only a person's name follows ("Senator Baker",
// "Speaker O'Neill", "Reverend Moomaw"), as the rules after a mention is
// added read them.
func officeBefore(text string, ws []token, a int) bool {
	o := ws[a-1].in(text)
	return isOfficeOrTitleHead(o) || inLower(styleTitles, strings.TrimSuffix(o, "."))
}

// isOfficeOrTitleHead reports whether w, in any case, is an office's word
// or a title's head ("Secretary", "General"): one before a name says the
// name is its holder's.
func isOfficeOrTitleHead(w string) bool { return inLower(officeWords, w) || inLower(titleHeads, w) }

// officeAdjectives are the adjectives among the function words
// (stopWords) that stand between a determiner and an office ("our new
// President", "his own Secretary", "the next Speaker").
var officeAdjectives = setOf("new own next same")

// addressHonorific reports whether w is an honorific or a form of address
// that stands before an office ("Mr. President", "Madam Speaker").
func addressHonorific(w string) bool {
	return isHonorific(w) || strings.EqualFold(w, "madam") || strings.EqualFold(w, "madame") || strings.EqualFold(w, "mister")
}

// closesApposition reports whether the apposition whose name ends at
// text[end] closes there: a comma, a full stop, a semicolon, a colon, a
// closing bracket or the end of the text after it ("The Turkish President,
// Recep Tayyip Erdogan, flew in"; not "the President, Joe Biden and
// Kamala Harris", a list).
func closesApposition(text string, end int) bool {
	return end == len(text) || strings.IndexByte(",.;:)!?\n", text[end]) >= 0
}

// capitalOffice reports whether ws[k] ends an office written in capitals
// that stands alone for a person ("the Secretary", "our new President",
// "the Vice President's", "Mr. President", "as President", "the President
// of the United States"), and where the office's words start. The office
// is capitalised as a name is, in a sentence not in title case, and no
// capitalised word follows it (that makes it a title: "the President Joe
// Biden"). Before it stand a determiner ("the", "a", "our"; up to two
// lower-case words between: "our new President", "the 46th President"),
// "as" or an honorific. Offices are the words of officeWords and
// titleHeads, the nouns a description names a person by; other title
// words ("Editor", "Professor", "Executive") name no one alone ("the
// Executive branch").
func capitalOffice(text string, ws []token, k int) (start int, ok bool) {
	t := ws[k]
	if !t.upper || t.allCaps || t.headline || t.sentStart {
		return 0, false
	}
	w := trimPossessive(t.in(text))
	if !isOfficeOrTitleHead(w) || w != capitalized(strings.ToLower(w)) {
		return 0, false
	}
	if k+1 < len(ws) && ws[k+1].upper && !strings.ContainsAny(text[t.end:ws[k+1].start], ",;:.!?()\"“”\n") {
		return 0, false // "Vice" of "Vice President"; "President Biden"
	}
	start = k
	for start > 0 && start > k-3 && ws[start-1].upper && !ws[start-1].sentStart && inLower(nameTitles, ws[start-1].in(text)) && !addressHonorific(ws[start-1].in(text)) && text[ws[start-1].end:ws[start].start] == " " {
		start-- // "Vice President", "Prime Minister", "Chief Justice"
	}
	d := start - 1
	if d < 0 {
		return 0, false
	}
	if addressHonorific(ws[d].in(text)) {
		return start, true // "Madam Secretary"
	}
	for mods := 0; mods < 2 && d > 0 && !ws[d].upper && (!isFunctionWord(ws[d].in(text)) || inLower(officeAdjectives, ws[d].in(text))) && text[ws[d].end:ws[d+1].start] == " "; mods++ {
		d-- // "our new President", "the 46th President"
	}
	switch strings.ToLower(ws[d].in(text)) {
	case "the", "a", "an", "our", "your", "his", "her", "their", "my", "its", "as":
		return start, text[ws[d].end:ws[d+1].start] == " "
	}
	return 0, false
}

// interjections open a sentence before a name and are never part of it
// ("Hi Dyanne", "Hey Arnoldo", "Please Marta"), whatever the name after
// them: the lemmas tagged INTJ three times or more in the Universal
// Dependencies English Web Treebank's dev and test files (UD_English-EWT,
// commit 15d613d; CC BY-SA 4.0, see NOTICE).
var interjections = setOf("please yes no well hi like lol wow yeah okay hello hey yum plz ok")

// regnalVerbs are the verbs that histories write after a monarch's or a
// pope's numeral ("Charles I was executed", "William I became king",
// "John Paul I died"), where the pronoun "I" would read "I am", "I had":
// after them "I" is a numeral.
var regnalVerbs = setOf("was became died reigned ruled succeeded married abdicated crowned founded granted issued conquered is who whose")

// speakerAlone reports whether the word ws[a], alone at a sentence's
// start, is a name because a reporting verb follows it ("Kowalczyk told
// reporters", "Sickels says"): someone says something. Not a plural of
// the dictionary or a people's ("Friends said", "Democrats said"), nor a
// word the gazetteers or the firms' lists also know, whose kind the verb
// does not tell ("Victoria said", "Kia said").
func speakerAlone(text string, ws []token, a int) bool {
	if !speaks(text, ws, int(ws[a].end)) {
		return false
	}
	w := trimPossessive(ws[a].in(text))
	lw := strings.ToLower(w)
	if stem, ok := strings.CutSuffix(lw, "s"); ok && (isDictionaryWord(stem) || isDictionaryWord(lw)) {
		return false // "Friends said", "Judges said": a common noun's plural, a group
	}
	return !isDemonymPlural(lw) && !isPlaceName(w) && !isFirmName(w)
}

// pronounI reports whether the word ws[j], after a name's word, is the
// pronoun "I" and not a numeral of a name: "I" with a contraction ("I'm",
// "I’d"), or "I" after a word that is no common word and before a word
// in lower case that is no preposition, determiner, "and", "or" or verb
// of regnalVerbs ("Collins I know", "Obama I think"; not "World War I
// ended", "Henry I of England", "Charles I was executed", "William I
// became king").
func pronounI(text string, ws []token, j int) bool {
	if text[ws[j].start] != 'I' || int(ws[j].end-ws[j].start) > len("I’ve") {
		return false // the common case, read first
	}
	w := ws[j].in(text)
	if j == 0 || ws[j-1].allCaps {
		return false // a line in capitals: "I HOPE I'LL"
	}
	if rest, ok := strings.CutPrefix(w, "I'"); ok || strings.HasPrefix(w, "I’") {
		if !ok {
			rest = w[len("I’"):]
		}
		return rest == "m" || rest == "d" || rest == "ve" || rest == "ll"
	}
	if w != "I" || j+1 >= len(ws) || ws[j+1].upper || ws[j+1].start-ws[j].end != 1 || text[ws[j].end] != ' ' {
		return false
	}
	if next := ws[j+1].in(text); clausePrepositions.has(next) || determiners.has(next) || next == "and" || next == "or" || regnalVerbs.has(next) {
		return false // "Henry I of England", "Shah Abbas I in the 1600s", "Charles I was executed"
	}
	var buf [32]byte
	prev := trimPossessive(ws[j-1].in(text))
	return len(prev) > len(buf) || !isCommonWord(string(lowerInto(buf[:], prev)))
}

// mentionRuns yields the runs of words that may name something, as the
// index of their first word and one past their last: words in capitals,
// joined by name particles, with honorifics before them. The runs are
// yielded, not returned: in text dense with capitals they are as many as
// its words.
func mentionRuns(text string, ws []token) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(ws); {
			if !ws[i].upper {
				i++
				continue
			}
			j := i + 1
			for j < len(ws) {
				if k := ampersandFirm(text, ws, i, j); k > j {
					j = k // "Procter & Gamble", "Tiffany & Co."
					continue
				}
				if k := nicknameEnd(text, ws, i, j); k > j {
					j = k // `Ismael "El Mayo" Zambada`: a nickname inside a name
					continue
				}
				if ws[j].start-ws[j-1].end > 2 || strings.ContainsAny(text[ws[j-1].end:ws[j].start], ",;:()\"“”\n/|.!?") {
					break
				}
				if ws[j].upper && possessiveEnds(text, ws, i, j) {
					break
				}
				if pronounI(text, ws, j) {
					break // "Mr. Collins I know", "Obama I think": the speaker, no regnal number ("Henry I of England", "Elizabeth I's")
				}
				if ws[j].upper && !ws[j].allCaps && j-i >= 2 && bylineNameBefore(text, ws[max(i, j-maxNameWords):j]) && bylineAgencyAt(text, int(ws[j].start)) {
					break // a byline's name in capitals ends before its agency's: "By JOANN LOVIGLIO Associated Press"
				}
				if ws[j].upper {
					j++
					continue
				}
				// "of", "for", "and", "the" join the words of an
				// organisation's name: "Ministry of Foreign Affairs",
				// "Security Service of Ukraine"; "of" after the kind of
				// a place those of a place's: "District of Columbia",
				// "Gulf of Mexico"; and after the head of an event's, a
				// law's or a document's name those of that name: "Treaty
				// of Versailles", "Battle of Hastings", "Africa Cup of
				// Nations" (otherHeads).
				// But "and" after a whole place or firm the gazetteers
				// know, after a day or a month, or after an organisation's
				// word, which ends a body's name, lists two names: "West
				// Bank and North Sinai", "July and Congress", "Harvard
				// University and Harvard Business School"), and so does
				// "and" after a kind of place with no "of" or "for" before it
				// (placeEndsBefore: "Forest Park and Union Station"), and
				// "and" before a name of its own (namesAfterAnd: "Institute
				// of Technology and Harvard Medical School"); "Department of
				// Health and Human Services" goes on.
				if k := firmWithAnd(text, ws, i, j); k > 0 {
					j = k // "Procter and Gamble", "Bath and Body Works": a firm the open data writes with "&"
					continue
				}
				if lw := ws[j].in(text); (lw == "of" || lw == "for" || lw == "and" || lw == "the") && j+1 < len(ws) && ws[j+1].upper && j-i < maxJoinedWords &&
					ws[j+1].start-ws[j].end <= 2 && (hasOrgWord(text, ws[i:j+2]) || lw == "of" && (isPlaceHeadWord(ws[j-1].in(text)) || isBodyNoun(ws[j-1].in(text)) || inLower(otherHeads, ws[j-1].in(text))) || centerJoins(text, ws[i:j], lw, ws[j+1].in(text))) &&
					(lw != "and" || !namedWhole(text[ws[i].start:ws[j-1].end]) && !inLower(calendarNames, text[ws[i].start:ws[j-1].end]) && !inLower(orgWords, ws[j-1].in(text)) && !placeEndsBefore(text, ws, i, j) && !namesAfterAnd(text, ws, j+1) && !twoBodies(text, ws, i, j) && !placeOfThenPlace(text, ws, i, j)) {
					j += 2
					continue
				}
				// "on" joins a body's word to the topic it is on, a
				// common word capitalised: "Council on Foreign
				// Relations", "Commission on Human Rights"; not "the
				// Senate on Monday", nor in a headline, whose capitals
				// say nothing.
				if j+1 < len(ws) && ws[j].in(text) == "on" && bodyOnTopic(text, ws, j) {
					j += 2
					continue
				}
				// Particles join the capitalised word after them: "von der
				// Leyen", "bin Salman", "al-Assad".
				k := j
				for k < len(ws) && isParticle(ws[k].in(text)) && ws[k].start-ws[k-1].end <= 2 {
					k++
				}
				if k > j && k < len(ws) && ws[k].upper && ws[k].start-ws[k-1].end <= 2 {
					j = k + 1
					continue
				}
				break
			}
			if !yield(i, j) {
				return
			}
			i = j
		}
	}
}

// placeEndsBefore reports whether the words ws[i:j] before an "and" end
// in a kind of place (namedPlace) with no "of" or "for"
// among them: the head of a place's name, which ends it ("Forest Park and
// Union Station" are two places), where after "of" the words are the
// fields a body covers ("Department of Parks and Recreation").
func placeEndsBefore(text string, ws []token, i, j int) bool {
	if !namedPlace(ws[j-1].in(text)) {
		return false
	}
	for k := i; k < j; k++ {
		if w := ws[k].in(text); w == "of" || w == "for" {
			return false
		}
	}
	return true
}

// namesAfterAnd reports whether the capitalised words from ws[k], after
// "and" in what may be a body's name, are a name of their own: a body's
// or a place's that an organisation's word or a kind of place ends and
// no common word opens ("… and Harvard Medical School", "… and Ohio State
// University"), or a person's, a given name before a word that is no
// common word ("… and Gordon Hanson"). Else the words are the fields a
// ministry or a department covers, and the name goes on ("Health and
// Human Services", "Housing and Urban Development", "Devices and
// Radiological Health").
func namesAfterAnd(text string, ws []token, k int) bool {
	e := k
	for e < len(ws) && e-k < maxNameWords && ws[e].upper && (e == k || ws[e].start-ws[e-1].end == 1) {
		e++
	}
	first := ws[k].in(text)
	if e-k >= 2 && isGivenName(first) && !inCommonWords(trimPossessive(ws[k+1].in(text))) {
		return true
	}
	last := trimPossessive(ws[e-1].in(text))
	return e-k >= 2 && !inCommonWords(first) && (inLower(orgWords, last) || isPlaceHeadWord(last))
}

// firmWithAnd returns the end of the run that ws[j], an "and" one space
// from the capitalised words from ws[i] and from the next, joins to them
// as a firm the open data names with "&" ("Procter and Gamble", "Bath
// and Body Works": isFirmName reads "and" as "&"; see ampersandFirm) or
// a place the gazetteer names with "and" ("Trinidad and Tobago"), or 0.
// The words before "and" are one or two, after it one to three.
func firmWithAnd(text string, ws []token, i, j int) int {
	if j-i > 2 || j+1 >= len(ws) || ws[j].in(text) != "and" || !ws[j+1].upper || text[ws[j-1].end:ws[j].start] != " " || text[ws[j].end:ws[j+1].start] != " " {
		return 0
	}
	end := capitalsAfter(text, ws, j+1)
	if k := longestFirm(text, ws, i, j+1, end); k > j+1 {
		return k
	}
	from := i
	if j-i == 2 && ws[i].in(text) == "The" {
		from = i + 1 // "The Trinidad and Tobago team": the article opens the sentence, not the name
	}
	for k := end; k > j+1; k-- {
		if isPlaceName(trimPossessive(text[ws[from].start:ws[k-1].end])) {
			return k // a country the gazetteer names with "and": "Trinidad and Tobago", "Bosnia and Herzegovina"
		}
	}
	return 0
}

// twoBodies reports whether the "and" at ws[j] joins two words that each
// name a body alone, the one word from ws[i] before it and the one after
// it, neither capitalised past it: "House and Senate candidates" are two
// chambers' candidates, not one body's.
func twoBodies(text string, ws []token, i, j int) bool {
	if j != i+1 || j+2 < len(ws) && ws[j+2].upper && ws[j+2].start-ws[j+1].end == 1 {
		return false
	}
	body := func(w string) bool { return inLower(orgWords, w) || isBodyNoun(w) }
	return body(ws[i].in(text)) && body(trimPossessive(ws[j+1].in(text)))
}

// maxJoinedWords is the most words a run joined by "of", "for", "and" or
// "the" grows to ("National Association for the Advancement of Colored
// People" has eight): past it those words join no more, which keeps the
// checks on the run so far (namedWhole, calendarNames) linear in the
// text.
const maxJoinedWords = 12

// bodyOnTopic reports whether the word "on" at ws[j] joins the
// organisation's word before it to a topic after it, as in "Council on
// Foreign Relations": the word before is one of orgWords, the word after
// is capitalised and a common word (no day, month or place), and neither
// is in a headline in title case.
func bodyOnTopic(text string, ws []token, j int) bool {
	prev, next := &ws[j-1], &ws[j+1]
	if !next.upper || next.start-ws[j].end > 2 || prev.headline || next.headline || prev.allCaps || next.allCaps ||
		!inLower(orgWords, prev.in(text)) {
		return false
	}
	w := next.in(text)
	var buf [32]byte
	return len(w) <= len(buf) && isCommonWord(string(lowerInto(buf[:], w))) && !inLower(calendarNames, w) && !isPlaceName(w)
}

// placeWhole reports whether the run ws[a:b] (honor: an honorific opens
// it) is a place's name whole, though words of commonCapitals stand in
// it: it ends in the kind of place it names (namedPlace: "Glacier
// National Park", "Central Park", "Philadelphia International Airport",
// "Grand Central Station", "Central Park West"), opens with no
// title, and holds no stop word after its first word (not "Ms. Yellen
// The Federal Reserve").
func placeWhole(text string, ws []token, a, b int, honor bool) bool {
	if b-a < 2 || ws[a].allCaps || ws[a].headline || !namedPlace(ws[b-1].in(text)) {
		return false
	}
	if w := ws[a].in(text); (honor || inLower(nameTitles, w) && !inLower(nameAdjectives, w)) && !placeOpened(w, text[ws[a].start:ws[b-1].end]) {
		return false // a title opens it, unless one that opens places' names too: "Queen Alia International Airport", "King Street"; "National Museum" is a place's
	}
	common := false
	for k := a; k < b-1; k++ {
		w := ws[k].in(text)
		if k > a && inLower(stopWords, w) {
			return false
		}
		if common && isPlaceName(trimPossessive(text[ws[k].start:ws[b-1].end])) {
			return false // the gazetteer's place after the common words: "Last Kansas City game", "Breaking Jersey City"
		}
		common = common || inLower(commonCapitals, w) && !inLower(stopWords, w)
	}
	return common
}

// realmWords, in lower case, are the words for a kind of state that end
// the names of states, past ones most ("Russian Empire", "Abbasid
// Caliphate", "Weimar Republic"): a nationality before one is part of the
// name, which keeps it in its key and its display. (What kind such a name
// is stays the rules' to say: GUM's check part did not bear out a place.)
var realmWords = setOf("empire kingdom caliphate khanate sultanate emirate tsardom republic")

// adjectivesOfPlace reports whether the words ws of a normalised name are
// adjectives of nameAdjectives and one kind of place after them: a
// place's name whole ("National Museum", "State Library"), not a title
// and a name.
func adjectivesOfPlace(ws []string) bool {
	n := len(ws) - 1
	return n >= 1 && isPlaceHead(ws[n]) && !slices.ContainsFunc(ws[:n], func(w string) bool { return !nameAdjectives.has(w) })
}

// adjectiveName reports whether the words ws of a normalised name open
// with an adjective of nameAdjectives and hold no word that makes them a
// title (titleAfterAdjective): the adjective is the name's own ("National Archives", "National
// Hurricane Center"), not a title's ("National Security Adviser"). See
// adjectiveOpensName for a run of a text.
func adjectiveName(ws []string) bool {
	return len(ws) >= 2 && nameAdjectives.has(ws[0]) && !slices.ContainsFunc(ws[1:], titleAfterAdjective)
}

// titleAfterAdjective reports whether the word w, in any case, after an
// adjective of nameAdjectives makes the words a title rather than a name
// (adjectiveName, adjectiveOpensName): a title word that is no such
// adjective, an office, a compound office ("secretary-general"), a noun
// of a person ("Committeeman") or a given name.
func titleAfterAdjective(w string) bool {
	var buf [32]byte
	lw := string(lowerInto(buf[:], w))
	return nameTitles.has(lw) && !nameAdjectives.has(lw) || isOfficeOrTitleHead(lw) || titleCompound(lw) || isPersonNoun(lw) || isGivenName(capitalized(lw))
}

// derivedAdverb reports whether the lower-case word w is an adverb the
// dictionary tags as one ('L') made by "-ly" from a word it knows
// (adverbStem: "apparently", "probably", "luckily"; a stem of four letters or
// more: not "early"): opening a sentence before a name it is none of the
// name ("Periodically Memrise will …"), unlike the given names and
// surnames in "-ly" ("Kelly", "Emily", "Reilly").
func derivedAdverb(w string) bool {
	stem, ok := strings.CutSuffix(w, "ly")
	if !ok || utf8.RuneCountInString(stem) < 4 {
		return false // not "early" of "ear", "only" of "on"
	}
	if tag, known := dictionaryWords().tagOf(w); !known || tag != 'L' || !adverbStem(stem) {
		return false
	}
	return !isGivenName(capitalized(w))
}

// adverbStem reports whether stem, a word less its "-ly", is a word of
// the dictionary as English spells the adverbs it makes: itself
// ("apparent"), or with "-le" for "-ably" and "-ibly" ("probable",
// "possible"), "-y" for "-ily" ("happy", "lucky"), "-ic" for "-ically"
// ("basic", "ironic").
func adverbStem(stem string) bool {
	if isDictionaryWord(stem) {
		return true
	}
	switch {
	case strings.HasSuffix(stem, "ab"), strings.HasSuffix(stem, "ib"):
		return isDictionaryWord(stem + "le")
	case strings.HasSuffix(stem, "ical"):
		return isDictionaryWord(strings.TrimSuffix(stem, "al"))
	case strings.HasSuffix(stem, "i"):
		return isDictionaryWord(strings.TrimSuffix(stem, "i") + "y")
	}
	return false
}

// adjectiveOpensName reports whether the run ws[a:b] of two words or
// more, inside a sentence not in title case, opens with an adjective of
// nameAdjectives and holds no word that makes it a title
// (titleAfterAdjective), and the words after the adjective are no name
// the lists know on their own: the adjective is the name's own ("National
// Archives", "National Hurricane Center", "Federal Reserve"), not a
// title's ("National Security Adviser Jake Sullivan", "Republican National
// Committeeman") nor a modifier's ("Islamic State Twitter account").
func adjectiveOpensName(text string, ws []token, a, b int) bool {
	if b-a < 2 || ws[a].allCaps || ws[a].headline || !inLower(nameAdjectives, ws[a].in(text)) {
		return false
	}
	if rest := trimPossessive(text[ws[a+1].start:ws[b-1].end]); isFirmName(rest) || isPlaceName(rest) {
		return false // a name of its own after the adjective: "Islamic State Twitter account"
	}
	return !slices.ContainsFunc(ws[a+1:b], func(w token) bool { return titleAfterAdjective(trimPossessive(w.in(text))) })
}

// nameAdjectives are the words of nameTitles that are adjectives, which
// open the names of places and bodies as often as offices ("National
// Museum", "State Library", "Foreign Office"; "National Security
// Adviser").
var nameAdjectives = setOf("national state foreign federal supreme")

// possessiveEnds reports whether the capitalised word ws[j-1] is a
// name's possessive that ends the name before ws[j]: the owner is named,
// and what it owns is a name of its own ("Trump's White House", "SpaceX's
// Starship", "Johnson's Lives of the Poets", and after any possessive a
// person's full name: "Harvard University's John Smith"); not in a headline in title
// case, whose capitals say nothing (markHeadlines). A possessive of a common
// noun is part of the name ("People's Liberation Army", "U.S. Attorney's
// Office", "Founder's Edition"), and so is a possessive before one word
// that is a legal form or a common noun ("McDonald's Corp.", "Tom's
// Guide").
func possessiveEnds(text string, ws []token, i, j int) bool {
	w := ws[j-1].in(text)
	bare := trimPossessive(w)
	// A bare apostrophe ends a name only after an "s" ("the Times' Ben
	// Sisario", "Jeff Bezos' Blue Origin"), and where a single quotation
	// opened before the name it may close that instead ('Zorbas' Blue
	// Origin'): there it ends one only before a person's full name.
	after := text[ws[j-1].end:ws[j].start]
	apostrophe := strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") || len(bare) == len(w) && (after == "' " || after == "’ ")
	if len(bare) == len(w) && !apostrophe || apostrophe && !strings.HasSuffix(bare, "s") || ws[j-1].allCaps || ws[j-1].headline {
		return false
	}
	// A person's full name after the possessive is a name of its own,
	// whatever owns it ("Harvard University's John Smith", "the Post's
	// David Fahrenthold"): a given name and a surname that ends the run,
	// no common word nor capitals ("the League's Charlotte Panthers",
	// "Assassin's Creed III", "the PGA Tour's Jackie Gleason Classic").
	if j+1 < len(ws) && isGivenName(ws[j].in(text)) && ws[j+1].upper && ws[j+1].start-ws[j].end <= 1 && !ws[j+1].allCaps &&
		(j+2 >= len(ws) || !ws[j+2].upper || ws[j+2].start-ws[j+1].end > 1) {
		var sb [64]byte
		if !isCommonWord(string(lowerInto(sb[:], trimPossessive(ws[j+1].in(text))))) {
			return true
		}
	}
	if apostrophe && singleQuoteOpen(text, int(ws[i].start)) {
		return false // 'the Times' Magazine': the apostrophe closes a quotation
	}
	var buf [64]byte
	if lw := lowerInto(buf[:], bare); isCommonWord(string(lw)) {
		return false
	}
	// A saint's possessive names churches, hospitals and days ("St.
	// Mary's Medical Center", "St. Patrick's Day"); a firm named in the
	// possessive, its shops ("McDonald's").
	if isFirmName(w) || i > 0 && ws[i].start-ws[i-1].end <= 2 && isSaint(ws[i-1].in(text)) || isSaint(ws[i].in(text)) {
		return false
	}
	// A common noun's possessive after it goes on with the name
	// ("Stadia's Founder's Edition"); so does one word after it that is
	// a legal form or a common noun ("McDonald's Corp.", "Tom's Guide",
	// "Emily's List"), not a name of its own.
	next := strings.TrimSuffix(ws[j].in(text), ".")
	if bare := trimPossessive(next); len(bare) != len(next) {
		return !isCommonWord(string(lowerInto(buf[:], bare)))
	}
	if j+1 < len(ws) && ws[j+1].upper && ws[j+1].start-ws[j].end <= 2 {
		return true
	}
	return !isLegalForm(next) && !isCommonWord(string(lowerInto(buf[:], next)))
}

// placeOfThenPlace reports whether the run ws[i:j], before "and" at
// ws[j], ends in "of" and a place of the gazetteer, and a place's name
// opens the words after "and", the two no one place's name: two names,
// as in "the University of Michigan and Ohio State"; not "the Republic of
// Trinidad and Tobago", one place. After "of" and a field, a place whole
// after "and" is a name of its own too: "the Department of Justice and
// Texas"; not "the Department of Health and Human Services".
func placeOfThenPlace(text string, ws []token, i, j int) bool {
	k := j - 1
	for k > i && ws[k].in(text) != "of" {
		k--
	}
	if k <= i || k+1 >= j {
		return false
	}
	if !isPlaceName(text[ws[k+1].start:ws[j-1].end]) {
		// "the Department of Justice and Texas": a place, whole, after
		// "and" and to the end of the capitalised words, is a name of its
		// own after a field.
		q := j + 1
		for q < len(ws) && ws[q].upper && ws[q].start-ws[q-1].end == 1 && q-j <= 3 {
			q++
		}
		return q > j+1 && (q == len(ws) || !ws[q].upper) && isPlaceName(trimPossessive(text[ws[j+1].start:ws[q-1].end]))
	}
	for n := 1; n <= 2 && j+n < len(ws) && ws[j+n].upper; n++ {
		if isPlaceName(text[ws[j+1].start:ws[j+n].end]) {
			return !isPlaceName(text[ws[k+1].start:ws[j+n].end])
		}
	}
	return false
}

// singleQuoteOpen reports whether a single quotation mark is open before
// text[start] on its line: the nearest single mark before it within
// maxQuoteLookback bytes opens a quotation (singleRole), rather than
// closing one or being an apostrophe ("Rock 'n' roll", "the '90s"). An
// apostrophe after a name there may close the quotation ('Zorbas' Blue
// Origin'), where elsewhere it is a possessive ("Jeff Bezos' Blue
// Origin").
func singleQuoteOpen(text string, start int) bool {
	lo := max(0, start-maxQuoteLookback)
	for i := start - 1; i >= lo; i-- {
		size := 0
		switch c := text[i]; {
		case c == '\n':
			return false
		case c == '\'':
			size = 1
		case (c == 0x98 || c == 0x99) && i >= 2 && text[i-2] == 0xe2 && text[i-1] == 0x80: // the last byte of "‘" or "’"
			i -= 2
			size = 3
		default:
			continue
		}
		switch singleRole(text, i, size) {
		case 1:
			return true
		case 2:
			return false // the quotation closed before the name
		}
	}
	return false
}

// maxQuoteLookback bounds how far back singleQuoteOpen looks.
const maxQuoteLookback = 200

// isSaint reports whether w is "St", "St.", "Ste" or "Saint".
func isSaint(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return w == "St" || w == "Saint" || w == "Ste"
}

// joinSharedHeads joins two runs of mentionRuns (word indexes into ws,
// in order) that are one name whose words share the head after them:
// "Air and Space Force", "Food and Drug Administration", "Ways and Means
// Committee". The run after "and" ends in an organisation's word (its
// possessive too: "Food and Drug Administration's"), or holds one among
// its first four words right before an office that goes on the run
// ("Health and Human Services Secretary Robert F. Kennedy Jr."), and the
// one before holds none (else mentionRuns joined them), and the word
// before "and" is a common word, one the text's prose also writes in
// lower case (common): "French Air and Space Force" beside "the French
// air force". A name there lists two bodies instead ("Clinton and State
// Department", "Ryan and Republican National Committee"): a surname is
// not written in lower case; nor does a word that opens names on its own
// after "and" ("Defense and State Department", commonCapitals). It
// returns runs, joined in place.
func joinSharedHeads(text string, ws []token, runs [][2]int32, common func(w string) bool) [][2]int32 {
	out := runs[:0]
	for k := 0; k < len(runs); k++ {
		r := runs[k]
		for k+1 < len(runs) {
			next := runs[k+1]
			left, right := ws[r[0]:r[1]], ws[next[0]:next[1]]
			and := r[1] // the word between the runs
			if next[0] != and+1 || ws[and].in(text) != "and" || len(withoutLeadIn(text, left)) > 3 || len(right) < 2 ||
				text[ws[and-1].end:ws[and].start] != " " || text[ws[and].end:ws[next[0]].start] != " " ||
				ws[r[0]].headline != ws[next[0]].headline {
				break
			}
			// The body's head: the last of at most four words, or one of
			// them before an office that goes on the run ("Health and
			// Human Services Secretary Robert F. Kennedy Jr.").
			head := slices.IndexFunc(right[:min(len(right), 4)], func(w token) bool { return inLower(orgWords, trimPossessive(w.in(text))) })
			last, first := trimPossessive(ws[and-1].in(text)), right[0].in(text)
			if head < 1 || head != len(right)-1 && !isInnerTitle(right[head+1].in(text)) || hasOrgWord(text, left) || !common(last) && !commonAlone(text, left, last) ||
				opensNameAlone(last) || opensNameAlone(first) {
				break
			}
			r[1] = next[1]
			k++
		}
		out = append(out, r)
	}
	return out
}

// commonAlone reports whether the run left of text is the one word last,
// after an article that opens the sentence or a country's abbreviation
// ("The Food", "U.S. Food"), and last a common word of the dictionary that
// no list knows as a name: "Food" of "Food and Drug Administration",
// "Fish" of "Fish and Wildlife Service", where the text never writes the
// word in lower case; not "Apple" (a firm).
func commonAlone(text string, left []token, last string) bool {
	var buf [32]byte
	return len(withoutLeadIn(text, left)) == 1 && isCommonWord(string(lowerInto(buf[:], last))) && !isFirmName(last)
}

// withoutLeadIn returns the run ws of text without the article that
// opens its sentence and the country's abbreviation before a body's name
// ("The U.S. Food" as "Food").
func withoutLeadIn(text string, ws []token) []token {
	for len(ws) > 1 {
		w, n := ws[0].in(text), 1
		if w == "U." && len(ws) > 2 && ws[1].start == ws[0].end {
			w, n = text[ws[0].start:ws[1].end], 2 // "U.S." is two initials to the tokenizer
		}
		if !(ws[0].sentStart && (w == "The" || w == "A" || w == "An")) && !countryPrefixes[w] {
			break
		}
		ws = ws[n:]
	}
	return ws
}

// cutCountryPrefix returns name without the country's abbreviation that
// opens it (countryPrefixes), when what is left is a body's name of two
// words or more, with a word that names organisations ("U.S. Food and Drug
// Administration", "UK Ministry of Defence"; not "U.S. Steel").
func cutCountryPrefix(name string) (string, bool) {
	s := strings.TrimSpace(name)
	prefix, rest, ok := strings.Cut(s, " ")
	if !ok || !countryPrefixes[prefix] || !strings.Contains(rest, " ") {
		return "", false
	}
	for w := range strings.FieldsSeq(trimPossessive(rest)) {
		if inLower(orgWords, w) {
			return rest, true
		}
	}
	return "", false
}

// countryPrefixes are the abbreviations of countries that the press
// writes before the name of a country's body ("U.S. Food and Drug
// Administration", "UK Ministry of Defence"): no part of the body's name.
var countryPrefixes = map[string]bool{"U.S.": true, "US": true, "U.K.": true, "UK": true}

// opensNameAlone reports whether the word w names something or opens a
// name without the words before it: a given name, a place, or a word of
// commonCapitals ("State", "National").
func opensNameAlone(w string) bool {
	return inLower(commonCapitals, w) || isGivenName(w) || isPlaceName(w)
}

// continuesName reports whether the text after a name goes on with a
// name's particle ("de l'air", "von"), as a name in another language does.
func continuesName(after string) bool {
	start, end, ok := scanWord(after, 0)
	return ok && start == 1 && after[0] == ' ' && isParticle(after[start:end])
}

// ampersandFirm returns one past the last word of a firm's name that the
// run ws[i:j] of text opens and that goes on after an ampersand, " & ",
// before ws[j]: a name of firms.txt ("Procter & Gamble", "Bed Bath &
// Beyond") or one whose capitalised words after the ampersand end in a
// legal form ("Tiffany & Co.", "Pacific Gas & Electric Co."). Else it
// returns j: an ampersand between names lists them ("Baron & Beresford
// 2014", "Tempe & Mesa").
func ampersandFirm(text string, ws []token, i, j int) int {
	if j >= len(ws) || ws[j].start-ws[j-1].end != 3 || text[ws[j-1].end+1] != '&' || !ws[j].upper || text[ws[j-1].end:ws[j].start] != " & " {
		return j // most gaps are one space: two comparisons
	}
	end := capitalsAfter(text, ws, j)
	if k := longestFirm(text, ws, i, j, end); k > j {
		return k
	}
	if trail, _, _ := legalForm(ws[end-1].in(text)); trail {
		return end
	}
	return j
}

// capitalsAfter returns one past the capitalised words from ws[j] on,
// one space apart, at most three.
func capitalsAfter(text string, ws []token, j int) int {
	end := j
	for end < len(ws) && end < j+3 && ws[end].upper && (end == j || text[ws[end-1].end:ws[end].start] == " ") {
		end++
	}
	return end
}

// longestFirm returns one past the last word of the longest name of
// firms.txt that the words from ws[i] make when they run on to ws[k-1],
// for k from end down to past j, or j where none does.
func longestFirm(text string, ws []token, i, j, end int) int {
	for k := end; k > j; k-- {
		if isFirmName(trimPossessive(text[ws[i].start:ws[k-1].end])) {
			return k
		}
	}
	return j
}

// namedWhole reports whether name, as written, is a place or a firm the
// gazetteers know.
func namedWhole(name string) bool { return isPlaceName(name) || isFirmName(name) }

// pluralAcronym returns the singular of an acronym written in the plural
// ("LLMs", "SSRIs", "NGOs") and whether w is one. What a text counts is a
// kind of thing, not the one body an organisation's acronym names.
func pluralAcronym(w string) (string, bool) {
	one, ok := strings.CutSuffix(w, "s")
	if !ok || len(one) < 2 || len(one) > 6 {
		return "", false
	}
	for i := 0; i < len(one); i++ {
		if one[i] < 'A' || one[i] > 'Z' {
			return "", false
		}
	}
	return one, true
}

// termAcronym reports whether ws[k] is an acronym in brackets that
// spells out the lower-case words before it ("sea surface salinity
// (SSS)", "centre of mass (CoM)", "compact fluorescent lamps (CFLs)"):
// the name of a thing, not of a person, place or organisation. Its
// letters in lower case are the initials of the words before the
// bracket, or its capitals are with "of", "and", "the", "for", "in",
// "on" and "to" left out.
func termAcronym(text string, ws []token, k int) bool { return termAcronymOf(text, ws, k, nil) }

// termAcronymOf is termAcronym where a capitalised word of the long form
// counts as a lower-case one when common says so (a word the text's prose
// writes in lower case: "System Under Test (SUT)" beside "the system" and
// "a test").
func termAcronymOf(text string, ws []token, k int, common func(w string) bool) bool {
	w := ws[k]
	if w.start == 0 || text[w.start-1] != '(' || int(w.end) >= len(text) || k == 0 {
		return false
	}
	acr := strings.TrimSuffix(w.in(text), "s") // a plural: "CFLs"
	if text[w.end] != ')' || len(acr) < 2 || len(acr) > 6 || !isASCII(acr) {
		return false
	}
	upper := 0
	for i := 0; i < len(acr); i++ {
		if 'A' <= acr[i] && acr[i] <= 'Z' {
			upper++
		}
	}
	if upper < 2 {
		return false
	}
	if text[ws[k-1].end:w.start] != " (" {
		return false
	}
	// spells reports whether the words before the bracket, read back,
	// have the letters as initials, skipping small words when skip.
	spells := func(letters string, skip bool) bool {
		j := k - 1
		for n := len(letters) - 1; n >= 0; n-- {
			for skip && j >= 0 && acronymSkips.has(ws[j].in(text)) {
				j--
			}
			if j < 0 || ws[j].upper && (common == nil || !common(ws[j].in(text))) {
				return false
			}
			w := ws[j].in(text)
			if parts := hyphenInitials(w); len(parts) > 1 && n+1 >= len(parts) && strings.EqualFold(letters[n+1-len(parts):n+1], parts) {
				n -= len(parts) - 1 // each part of a word joined by hyphens gives a letter: "light-emitting diode (LED)"
			} else if w[0]|0x20 != letters[n]|0x20 {
				return false
			}
			j--
		}
		return true
	}
	var caps []byte
	for i := 0; i < len(acr); i++ {
		if 'A' <= acr[i] && acr[i] <= 'Z' {
			caps = append(caps, acr[i])
		}
	}
	return spells(acr, false) || spells(string(caps), true)
}

// hyphenInitials returns the first letters of the parts of w that
// hyphens join ("le" of "light-emitting"), or w's first letter alone.
func hyphenInitials(w string) string {
	if strings.IndexByte(w, '-') < 0 {
		return w[:1]
	}
	var b [8]byte
	out := b[:0]
	for part := range strings.SplitSeq(w, "-") {
		if part != "" && part[0] < utf8.RuneSelf && len(out) < len(b) {
			out = append(out, part[0]) // acronyms are ASCII: a part opening with another letter gives none
		}
	}
	return string(out)
}

// acronymSkips are the small words an acronym leaves out.
var acronymSkips = setOf("of and the for in on to")

// isAcronymOf reports whether acr, two to six capitals (an ampersand
// among them), is the initials of the capitalised words of long ("SAS",
// "Special Air Service"; "ECB", "European Central Bank"; "P&G", "Procter
// & Gamble"), or those initials without their ampersands ("EY", "Ernst &
// Young"); "UNHCR" is not the initials of "UN Refugee Agency".
func isAcronymOf(acr, long string) bool {
	if !isAcronym(acr) {
		return false
	}
	ini := initialsOf(long)
	return ini == acr || strings.Contains(ini, "&") && strings.ReplaceAll(ini, "&", "") == acr
}

// personOrUnknown reports whether the table's entry e, if any, is a
// person's: a word the table knows as a place or a body is no office.
func personOrUnknown(e *aliasEntry) bool { return e == nil || e.kind == Person }

// isLetters reports whether w is letters only ("FBI"; not "K1300S").
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// definesAcronym reports whether long, followed by acr in brackets,
// defines acr: acr is its initials (isAcronymOf), or the capitals of acr,
// three or more, are the initials of its first words, as an acronym that
// leaves out a last word or writes a syllable in lower case does
// ("Centers for Disease Control and Prevention (CDC)", "American College
// of Pediatricians (ACPeds)").
func definesAcronym(acr, long string) bool {
	if isAcronymOf(acr, long) {
		return true
	}
	var caps []byte
	for i := 0; i < len(acr); i++ {
		switch c := acr[i]; {
		case 'A' <= c && c <= 'Z':
			caps = append(caps, c)
		case i < 2 || c < 'a' || c > 'z':
			return false // two capitals open it, and only letters follow
		}
	}
	ini := initialsOf(long)
	return len(caps) >= 3 && len(caps) <= 6 && strings.HasPrefix(ini, string(caps))
}

// isAcronym reports whether w has two to six runes and no lower-case
// letter ("AFP", "SBU", "NATO"): an acronym's shape.
func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 6 && isAllCaps(w)
}

// bodyStart returns where the name of a body in the run ws[a:b] of text
// may start: after a determiner opening a sentence ("The" of "The
// European Commission said") and after words that place an office's
// holder in time (officeQualifiers: "Former" of "Former British Army
// officer"); ok is false when a function word opens the sentence there
// ("In Congress", "But the Senate").
func bodyStart(text string, ws []token, a, b int) (o int, ok bool) {
	var buf [32]byte
	o = a
	if o < b && ws[o].sentStart && determiners.hasBytes(lowerInto(buf[:], ws[o].in(text))) {
		o++
	}
	for o < b && officeQualifiers.hasBytes(lowerInto(buf[:], ws[o].in(text))) {
		o++
	}
	return o, o >= b || !(ws[o].sentStart && isFunctionWord(string(lowerInto(buf[:], ws[o].in(text)))))
}

// officeQualifiers are the words that place the holder of an office in
// time or rank ("former president", "acting director", "Assistant U.S.
// Attorney"): they qualify a person, never name a body.
var officeQualifiers = setOf("former late retired acting interim outgoing incoming then ex assistant")

// isAgentNoun reports whether the capitalised word w has the shape of a
// noun for someone who does something: "-ian", "-ist", "-er", "-or" after
// three letters or more ("Comedian", "Novelist", "Singer", "Actor").
func isAgentNoun(w string) bool {
	for _, suf := range [...]string{"ian", "ist", "er", "or"} {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) && isASCII(w) {
			return true
		}
	}
	return false
}

// noDictionaryWords reports whether none of ws, words of text, is a word
// of the dictionary in lower case, names included ("Danai Gurira", not
// "Retirement System").
func noDictionaryWords(text string, ws []token) bool {
	for _, w := range ws {
		if s := w.in(text); len(s) > 32 || inDictionary(s) {
			return false // a word longer than any of the dictionary's is no name's either
		}
	}
	return true
}

// describesOccupation reports whether the capitalised word w names an
// occupation: one of occupations, or an agent noun of the dictionary
// ("Journalist", "Novelist").
func describesOccupation(w string) bool {
	return inLower(occupations, w) || isAgentNoun(w) && isCommonWord(strings.ToLower(w))
}

// describesBody reports whether the words ws[a:b] of text are all words
// that describe a body or an office (nameTitles, demonyms, commonCapitals:
// "European", "Foreign", "Federal"), with no word of a name among them.
func describesBody(text string, ws []token, a, b int) bool {
	for k := a; k < b; k++ {
		var buf [32]byte
		lw := lowerInto(buf[:], strings.TrimSuffix(ws[k].in(text), "."))
		if !nameTitles.hasBytes(lw) && !demonyms.hasBytes(lw) && !commonCapitals.hasBytes(lw) {
			return false
		}
	}
	return true
}

// isDesignation reports whether w is one word of four runes or more that
// mixes letters and digits, as the designations of models, weapons and
// parts do ("A320", "ASN4G", "H1N1", "A330neo"); an organisation's acronym
// with a digit is short ("G7", "G20", "3M").
func isDesignation(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	letters, digits := false, false
	for _, r := range w {
		if unicode.IsSpace(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
		digits = digits || unicode.IsDigit(r)
	}
	return letters && digits
}

// initialsOf returns the initials of the words of name that open with an
// ASCII capital ("North Atlantic Treaty Organization": "NATO"; "Bank of
// England": "BE"), the parts of a hyphenated word counted as words
// ("Tehrik-i-Taliban Pakistan": "TTP"; "Hayat Tahrir al-Sham": "HTS"),
// and an ampersand that stands as a word between them kept, once, as
// such acronyms write it ("Johnson & Johnson": "J&J"; "American
// Telephone & Telegraph": "AT&T"; one inside a word is not: "AT&T Inc."
// gives "A").
func initialsOf(name string) string {
	var initials []byte
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '-' || unicode.IsSpace(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && r < utf8.RuneSelf:
			initials = append(initials, byte(r))
		case w == "&" && len(initials) > 0 && initials[len(initials)-1] != '&':
			initials = append(initials, '&')
		}
	}
	return strings.TrimRight(string(initials), "&")
}

// inProse reports whether text[start:end] is a word of running prose, not
// part of an address, a handle or a file name ("twitter" of
// "twitter.com/x", "@nytimes", "report_final"): white space or an opening
// bracket or quotation mark before it, and no "/", "@", "_" or a dot with
// more after it.
func inProse(text string, start, end int) bool {
	if start > 0 {
		if c := text[start-1]; c != ' ' && c != '\n' && c != '(' && c != '"' && c != '\'' && !strings.HasSuffix(text[:start], "“") {
			return false
		}
	}
	if end < len(text) {
		switch c := text[end]; c {
		case '/', '@', '_':
			return false
		case '.':
			if end+1 < len(text) && text[end+1] != ' ' && text[end+1] != '\n' {
				return false
			}
		}
	}
	return true
}

// isDemonymPlural reports whether the lower-case word w names the people
// of a nation, a state or city, or a faith: a demonym's plural
// ("americans", "thais"; "swiss" is not one; "iowans", "chicagoans" by
// placeDemonym) or a faith's ("muslims", "hindus").
func isDemonymPlural(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && (isDemonym(stem) || faiths.has(stem) || politicalGroups.has(stem) || placeDemonym(stem))
}

// isDemonym reports whether the word w, in any case, is a nationality
// (see demonyms) or a compound joined by a hyphen that ends in one and
// opens with one, a faith or a combining form in "-o" ("African-American",
// "Mexican-American", "Muslim-American", "Franco-American",
// "Sino-Japanese").
func isDemonym(w string) bool {
	if len(w) > 48 {
		return false
	}
	var buf [48]byte
	lw := lowerInto(buf[:], w)
	if demonyms.hasBytes(lw) {
		return true
	}
	i := bytes.IndexByte(lw, '-')
	if i <= 0 || !demonyms.hasBytes(lw[i+1:]) {
		return false
	}
	first := lw[:i]
	return demonyms.hasBytes(first) || faiths.hasBytes(first) || len(first) >= 4 && first[len(first)-1] == 'o' && isLetters(string(first)) && !isPlaceName(w[:i])
}

// placeDemonym reports whether w, in any case, names someone from a place
// the gazetteer knows (isPlaceName), by the endings English gives: "-n"
// (Iowan: Iowa), "-an" (Ohioan: Ohio; Texan: Texas), "-ian" (Bostonian:
// Boston; Floridian: Florida), "-ite" (Brooklynite: Brooklyn). Not a place
// or a given name itself ("Adrian"): the list of demonyms holds the
// nations, this rule the states and cities. Only plurals are read so
// (isDemonymPlural: "Iowans", "Texans"): one alone is too often a surname
// ("Burman", "Cuban"), and "-er" too ("New Yorker" is also a magazine,
// "Walker" a surname).
func placeDemonym(w string) bool {
	if len(w) < 5 || len(w) > 40 {
		return false
	}
	if !isUpperRune(firstRune(w)) {
		w = titleCase(w) // "iowans" as normalized names write it
	}
	if isPlaceName(w) || isGivenName(w) {
		return false
	}
	var buf [48]byte
	try := func(stem, add string) bool {
		return len(stem) >= 3 && isPlaceName(string(append(append(buf[:0], stem...), add...)))
	}
	switch {
	case strings.HasSuffix(w, "an"):
		n := len(w)
		return try(w[:n-1], "") || try(w[:n-2], "") || try(w[:n-1], "s") || // Iowa-n, Ohio-an, Texa(s)-n
			strings.HasSuffix(w, "ian") && (try(w[:n-3], "") || try(w[:n-3], "a")) // Boston-ian, Florid(a)-ian
	case strings.HasSuffix(w, "ite"):
		return try(w[:len(w)-3], "")
	}
	return false
}

// deities are the names of God in the Abrahamic faiths, which English
// writes as proper names.
var deities = setOf("god allah yahweh jehovah")

// oath reports whether the word ws[a], a deity's name or "Jesus" or
// "Christ", is sworn by rather than spoken of: "Oh my God", "oh God I
// looked", "my God" cried out (after "oh", a comma or "and", or opening a
// sentence, before a comma, a full stop, "!" or "?": "and my God, there
// must've been thousands"), "for God's sake", "by God" set off by commas
// ("he's gotta, by God, get his revenge"; "By God, he did"), or the word
// opening a sentence before a comma and a pronoun or an exclamation mark
// ("God, I didn't spend a thing", "Jesus, they'd better buy"). Spoken
// of, God is a person's mention, as GUM marks it ("ridden by God or the
// Devil", "pray to my God, who made the world", "Jesus, who joined in
// 2017, scored"). "Oh God" written in capitals is a run of two words,
// which this does not read.
func oath(text string, ws []token, a int) bool {
	w := trimPossessive(ws[a].in(text))
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	lw := lowerInto(buf[:], w)
	if !deities.hasBytes(lw) && string(lw) != "jesus" && string(lw) != "christ" {
		return false
	}
	rest := text[ws[a].end:]
	if len(w) < len(ws[a].in(text)) {
		return strings.HasPrefix(rest, " sake") // "for God's sake(s)"
	}
	cried := rest == "" || strings.IndexByte(",.!?", rest[0]) >= 0
	if a > 0 {
		switch prev := strings.ToLower(ws[a-1].in(text)); prev {
		case "oh", "o":
			return true
		case "my":
			if !cried {
				return false
			}
			if ws[a-1].sentStart || a == 1 {
				return true
			}
			before := strings.TrimRight(text[:ws[a-1].start], " ")
			return strings.HasSuffix(before, ",") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“") ||
				strings.EqualFold(ws[a-2].in(text), "oh") || strings.EqualFold(ws[a-2].in(text), "and")
		case "by":
			return strings.HasPrefix(rest, ",") && (ws[a-1].sentStart || strings.HasSuffix(text[:ws[a-1].start], ", "))
		}
	}
	if !ws[a].sentStart {
		return false
	}
	if strings.HasPrefix(rest, "!") {
		return true
	}
	next, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	word, _, _ := strings.Cut(next, " ")
	word = strings.ToLower(strings.TrimRight(word, ",.!?"))
	if i := strings.IndexAny(word, "'’"); i > 0 {
		word = word[:i] // "they'd", "I'm"
	}
	return oathPronouns.has(word)
}

// oathPronouns are the words that, after "God," opening a sentence, show
// the name sworn by ("God, I didn't…"); a relative pronoun, an article or
// a number shows it spoken of ("Jesus, who…", "God, the creator, …").
var oathPronouns = setOf("i you he she we they it this that what")

// religions are the names of the faiths of faiths: no person, place or
// organisation, but other proper names.
var religions = setOf("islam christianity judaism hinduism buddhism sikhism jainism taoism zoroastrianism")

// legislatures, in lower case, are the words for a legislative chamber
// that name a country's chamber alone (WordNet's legislature and its
// kinds: "congress", "parliament", "senate", "house", "assembly",
// "legislature", "diet", "duma", "knesset"): a party's adjective before
// one says who holds it ("a Democratic Senate"), where before "party",
// "caucus" or "committee" it names the party's own body.
var legislatures = setOf("congress parliament senate house assembly legislature diet duma knesset")

// namesGroup reports whether w, after a political adjective, makes it part
// of a name: a state's ("Democratic Republic of Congo") or a party's
// ("Liberal Democrats", "Social Democrats").
func namesGroup(w string) bool {
	if len(w) > 32 {
		return false
	}
	var buf [32]byte
	lw := string(lowerInto(buf[:], trimPossessive(w)))
	return lw == "republic" || politicalGroups.has(lw) || isDemonymPlural(lw)
}

// politicalGroups are the adjectives of the political groups OntoNotes 5.0
// files with nationalities and faiths (its NORP category: "nationalities
// or religious or political groups"), for the party families the English
// press names its parties and their members by. The press writes them as
// it writes nationalities: the adjective alone is no name ("Republican
// senators", "a Democratic candidate"), and their plural names people
// ("Democrats", "Conservatives"). "Labour" and "Green" are left out: they
// are the name of a party alone, or a common word. A party's name ("the
// Republican Party") keeps it (see hasOrgWord).
var politicalGroups = setOf("democrat democratic republican conservative liberal socialist communist libertarian")

// faiths are the adjectives of the major religions and their main
// branches (as Wikipedia's "Major religious groups" lists them), and
// "jew", which the press writes as it writes nationalities: an adjective
// alone is no name ("a Hindu temple", "Christian voters"), their plural
// names people ("Muslims", "Jews", "Evangelicals"). The names of churches and branches
// that open organisations' names ("Orthodox Church", "Islamic State" is
// kept whole by leaving them out of demonyms) are not here.
var faiths = setOf(`muslim islamic jewish jew hindu buddhist sikh jain taoist zoroastrian sunni shia shiite
	christian catholic protestant evangelical mormon`)

// demonyms are the nationality adjectives the press puts before names:
// the nationalities of one word of the UK government's list of
// nationalities (Open Government Licence v3.0, as dariusk/corpora's
// geography/nationalities.json carries it; see NOTICE), less "Lao" (also
// the language, and "Laos" would read as its plural) and "Stateless";
// and words of the same use the list has not: a continent's or a
// people's ("European", "Arab", "Kurdish"), the adjectives the list gives
// in another form ("Korean", "Saudi", "Bosnian", "Congolese", "Nepali",
// "Argentinian"), and the US Census's ethnicity of "Hispanic or Latino".
// A list, not a suffix rule: -ian also ends given names (Julian, Adrian).
// A compound of two ("African-American") is one too (see isDemonym).
var demonyms = setOf(`afghan albanian algerian american andorran angolan anguillan argentine armenian australian austrian
	azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bermudian
	bhutanese bolivian botswanan brazilian british bruneian bulgarian burkinan burmese burundian
	cambodian cameroonian canadian chadian chilean chinese colombian comoran croatian cuban cymraes
	cymro cypriot czech danish djiboutian dominican dutch ecuadorean egyptian emirati english eritrean
	estonian ethiopian faroese fijian filipino finnish french gabonese gambian georgian german ghanaian
	gibraltarian greek greenlandic grenadian guamanian guatemalan guinean guyanese haitian honduran
	hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
	jordanian kazakh kenyan kittitian kosovan kuwaiti kyrgyz latvian lebanese liberian libyan lithuanian
	luxembourger macanese macedonian malagasy malawian malaysian maldivian malian maltese marshallese
	martiniquais mauritanian mauritian mexican micronesian moldovan monegasque mongolian montenegrin
	montserratian moroccan mosotho mozambican namibian nauruan nepalese nicaraguan nigerian nigerien
	niuean norwegian omani pakistani palauan palestinian panamanian paraguayan peruvian polish
	portuguese prydeinig qatari romanian russian rwandan salvadorean sammarinese samoan scottish
	senegalese serbian singaporean slovak slovenian somali spanish sudanese surinamese swazi swedish
	swiss syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tristanian tunisian turkish
	turkmen tuvaluan ugandan ukrainian uruguayan uzbek venezuelan vietnamese vincentian wallisian welsh
	yemeni zambian zimbabwean
	african arab argentinian asian bosnian congolese european hispanic korean kurdish latina latino
	nepali saudi`)

// maxNameWords is the most words a name has; longer runs of capitalised
// words (a headline in capitals, a list of names) are split on what the
// table knows, within windows of this many words.
const maxNameWords = 6

// isParticle reports whether w is a lower-case name particle or article
// ("von", "der", "bin", "al-Assad"'s "al").
func isParticle(w string) bool {
	lw := strings.ToLower(w)
	if lw != w {
		return false
	}
	if i := strings.IndexByte(lw, '-'); i > 0 {
		return arabicArticles.has(lw[:i]) || surnameParticles.has(lw[:i]) // "al-", "el-", "bin-"
	}
	// Standing alone, only "al" and "el" are articles: "at", "as" and
	// "an" are English words.
	return surnameParticles.has(lw) || lw == "al" || lw == "el"
}

// Entities returns the entities text names (see the package function).
func (r *Resolver) Entities(text string) []Entity { return r.table().entities(text) }

// A slab allocates values a block at a time: add returns a pointer to its
// copy of v that stays valid until reset, since a block is never grown. A
// text of many names costs a few allocations, not one a name, and a slab
// kept in pooled scratch (see entityScratch) costs none once its blocks
// are made.
type slab[T any] struct {
	blocks [][]T // each of slabBlock values
	n      int   // values added since the last reset
}

// slabBlock is how many values a block of a slab holds.
const slabBlock = 256

func (s *slab[T]) add(v T) *T {
	if s.n == len(s.blocks)*slabBlock {
		s.blocks = append(s.blocks, make([]T, slabBlock))
	}
	p := &s.blocks[s.n/slabBlock][s.n%slabBlock]
	*p = v
	s.n++
	return p
}

// reset zeroes the values added, so that they hold nothing reachable, and
// makes the blocks free for new values; the pointers add returned before
// must no longer be used.
func (s *slab[T]) reset() {
	for i := 0; i*slabBlock < s.n; i++ {
		clear(s.blocks[i])
	}
	s.n = 0
}

// maxProbeMisses bounds the multi-word spans that entities remembers as
// no name: enough for any article, a bound on a text of a million names.
const maxProbeMisses = 1 << 14

// A capitalForm is a capitalised word of a text and the hash of its
// lower case (maphash, wordHashSeed).
type capitalForm struct {
	form  string
	lower uint64
}

// A found is a mention as entities finds it. It is small (40 bytes),
// since text dense with capitals has one for most of its words before
// they are sorted out, and points into the memos rather than copying what
// they hold.
type found struct {
	r          *resolvedName // key, table entry and kind
	parts      *nameInfo     // the name's surname and given-name skeletons (partSurname, partGiven)
	start, end int32         // the mention's span
	nameStart  int32         // where the name starts, after honorifics; it ends with the span
	person     bool          // an honorific or a given name says so
	firm       bool          // the text writes it as a company: "X's shareholders", "shares of X"
	place      bool          // the text writes it as a place: "in X", "near X"
	thing      bool          // the text writes "the" before it, as no person's name
	placeBody  bool          // "the Dallas Cowboys": "the" before a name that opens with a place's name that is a given name too
	counted    bool          // a determiner of common nouns stands before it ("a Geofence", "these Vans"): no place
	org        bool          // a noun for an organisation stands before it ("the journal Nature Astronomy")
	signs      sign          // what else the text writes of it (see sign): one byte, so that a found stays 40 bytes
	// tentative: a single unknown word opening a sentence, kept
	// only if the text names it elsewhere.
	tentative bool
	// description: "the president", after the person's name; it
	// has no name of its own.
	description bool
	// headline: found in a headline in title case because the body
	// names it; what kind it is the body says.
	headline bool
	// initials: an acronym the text does not define that takes the
	// entity of the one longer name of the text it is the initials of;
	// what kind it is the longer name says.
	initials bool
}

// A sign is one of the things a text may write of a mention that
// entities weighs for its kind, as a bit of found.signs.
type sign uint8

const (
	signMedium   sign = 1 << iota // the text says something was said on it ("said on Telegram"): no place
	signOutlet                    // told something or reporting it ("told Newsmax", "Politico reported", "according to Gallup"): no place
	signUnit                      // an acronym after an amount ("225 DKK") or a name after "degrees" ("Celsius"): a currency or a unit
	signInTitle                   // it opens the title of a law or an event that a name of those ends ("George Floyd Justice in Policing Act")
	signIllness                   // it names a disease: "the Zika virus", "the Ebola outbreak", "Alzheimer's disease"
	signLanguage                  // the text writes it as a language's name: "the Eegimaa language", "speakers of Bayot"
	signStyled                    // a word of the dictionary after "The" in capitals inside a sentence ("in The Hobbit"): a title, no place
	signRole                      // a noun whose first sense is a person ("the Devil", "the Regent"): no place
)

// has reports whether the text writes s of the mention f.
func (f *found) has(s sign) bool { return f.signs&s != 0 }

// isPerson reports whether the mention f is a person's by what is known
// of it so far: its own evidence, its resolved kind, or the table's entry.
func (f *found) isPerson() bool {
	return f.person || f.r.kind == Person || f.r.e != nil && f.r.e.kind == Person
}

// resolvedName is a name of one text as entities resolved it: the shared
// answer of the table, with a kind that the text's own evidence may set.
type resolvedName struct {
	key  string
	e    *aliasEntry
	kind Kind
	in   *nameInfo // what the table says of the name, shared: never changed
}

// entityScratch holds the words and maps one call of entities works in,
// pooled between calls: a map grown for one text serves the next without
// growing again (growth was a tenth of entities' time).
type entityScratch struct {
	ws          []token
	heads       []uint64         // the caller's headline marks, a bit a word, while entitiesOf marks its own
	cut         []cutWord        // the caller's words entitiesOf cut, as they came
	unsuffixed  []int            // see withoutSuffixed
	runs        [][2]int32       // see mentionRuns
	surnames    map[string]bool  // see entities
	named       map[string]bool  // see entities
	openers     map[string]int32 // see openedOtherwise
	openersRead bool             // see openedOtherwise
	capitals    map[string]uint8 // see entities
	lowerSeen   map[uint64]bool  // see entities
	memo        map[string]*resolvedName
	resolved    slab[resolvedName] // memo's values
	entries     map[string]*aliasEntry
	inFull      map[string]bool // namedInFull
	// surnameIDs and surnameGroups group the full names by surname (see
	// entities); the groups hold indices of ms only.
	surnameIDs    map[string]int
	surnameGroups [][]int
	byGiven       map[string]int  // see entities
	byFirst       map[string]int  // see joinFirmMentions and joinFirstWords
	personal      map[string]bool // see joinFirmMentions
	lastMeant     map[int]int     // see the bare surnames of entities
	firm          map[string]bool
	index         map[string]int
	ms            []found         // the mentions
	headlines     []found         // the mentions of headlines, found after the body's (see entities)
	states        []found         // the states' abbreviations after towns (see entities)
	merged        []found         // ms with the states merged in; it and ms swap buffers
	bodyNames     map[string]bool // the body's names, for the headlines
	candidates    []capitalForm
	entityOf      []int32 // see the grouping at the end of entities
	counts        []int
	languageOf    []int32         // see the kinds at the end of entities
	roleOf        []int8          // see the kinds at the end of entities
	placeLists    []bool          // see placeLists
	kindLists     []bool          // see kindAfterLists
	orgNamed      map[string]bool // see entitiesOf's orgNamed
	paired        []found         // see the hyphen pairs in entities
	officeParts   []officePart
	initials      map[string]int // see the acronyms of entities
}

var entityScratchPool = sync.Pool{New: func() any {
	return &entityScratch{
		initials:   map[string]int{},
		surnames:   map[string]bool{},
		named:      map[string]bool{},
		openers:    map[string]int32{},
		capitals:   map[string]uint8{},
		lowerSeen:  map[uint64]bool{},
		memo:       map[string]*resolvedName{},
		entries:    map[string]*aliasEntry{},
		inFull:     map[string]bool{},
		surnameIDs: map[string]int{},
		byGiven:    map[string]int{},
		byFirst:    map[string]int{},
		personal:   map[string]bool{},
		lastMeant:  map[int]int{},
		firm:       map[string]bool{},
		index:      map[string]int{},
	}
}}

// maxPooledWords bounds the scratch the pool keeps: that of a text of more
// words is left to the collector, so that one huge text does not hold its
// memory for the texts after it.
const maxPooledWords = 1 << 16

// release empties s and returns it to the pool (or drops it: see
// maxPooledWords). Nothing of the text stays reachable from a pooled s.
// A cutWord is a word of the caller's as it came, before entitiesOf cut
// it (a participle or a prefix off), and its index.
type cutWord struct {
	i int
	w token
}

func (s *entityScratch) release() {
	if cap(s.ws) > maxPooledWords || cap(s.ms) > maxPooledWords || cap(s.merged) > maxPooledWords || cap(s.runs) > maxPooledWords ||
		s.resolved.n > maxPooledWords || len(s.surnameGroups) > maxPooledWords/4 ||
		len(s.capitals)+len(s.memo)+len(s.entries) > maxPooledWords/4 {
		return // the words of Parse come from withTokens, not ws: ms and runs tell the text's size
	}
	s.ws = s.ws[:0]
	s.runs = s.runs[:0]
	clear(s.ms[:cap(s.ms)]) // they point at the text's names
	clear(s.headlines[:cap(s.headlines)])
	s.headlines = s.headlines[:0]
	clear(s.states[:cap(s.states)])
	s.states = s.states[:0]
	clear(s.merged[:cap(s.merged)])
	s.merged = s.merged[:0]
	clear(s.paired[:cap(s.paired)])
	s.paired = s.paired[:0]
	clear(s.bodyNames)
	clear(s.candidates[:cap(s.candidates)])
	s.candidates = s.candidates[:0]
	s.ms = s.ms[:0]
	s.entityOf = s.entityOf[:0]
	s.counts = s.counts[:0]
	s.languageOf = s.languageOf[:0]
	s.placeLists = s.placeLists[:0]
	s.kindLists = s.kindLists[:0]
	clear(s.surnames)
	clear(s.named)
	clear(s.openers)
	s.openersRead = false
	clear(s.capitals)
	clear(s.lowerSeen)
	clear(s.memo)
	s.resolved.reset()
	clear(s.entries)
	clear(s.inFull)
	clear(s.surnameIDs)
	clear(s.byGiven)
	clear(s.byFirst)
	clear(s.personal)
	clear(s.lastMeant)
	clear(s.firm)
	clear(s.index)
	clear(s.initials)
	entityScratchPool.Put(s)
}

// entities is [Resolver.Entities] with the table t.
func (t *aliasTable) entities(text string) []Entity { return t.entitiesOf(text, nil) }

// entitiesOf is entities given the words of text (see appendTokens), or
// nil to read them itself. It leaves ws as it was: its marks (headlines,
// participles cut off) go on a copy.
func (t *aliasTable) entitiesOf(text string, ws []token) []Entity {
	loadGazetteers()
	sc := entityScratchPool.Get().(*entityScratch)
	defer sc.release()
	// The words are read here, or are the caller's: marked here (the
	// headlines, the cut participles and prefixes below are this
	// stage's) and given back as they came when it returns, rather than
	// copied, which in a text dense with names held as much memory as
	// the mentions.
	if ws == nil {
		sc.ws = appendTokens(sc.ws[:0], text)
		ws = sc.ws
	} else {
		sc.heads = sc.heads[:0]
		for i := range ws {
			if i%64 == 0 {
				sc.heads = append(sc.heads, 0)
			}
			if ws[i].headline {
				sc.heads[i/64] |= 1 << (i % 64)
			}
		}
		sc.cut = sc.cut[:0]
		defer func() {
			for k := len(sc.cut) - 1; k >= 0; k-- {
				ws[sc.cut[k].i] = sc.cut[k].w // the first record of a word, which is as it came, last
			}
			for i := range ws {
				ws[i].headline = sc.heads[i/64]&(1<<(i%64)) != 0
			}
		}()
	}
	for i := range ws {
		for w := &ws[i]; w.upper && hyphenAdjectiveLast(w.in(text)); {
			// "a Nobel Prize-winning economist", "the Los Angeles-based
			// firm": the word ends at the hyphen, and the participle
			// after it is no name's (each of them: "X-based-led").
			if len(sc.cut) == 0 || sc.cut[len(sc.cut)-1].i != i {
				sc.cut = append(sc.cut, cutWord{i, *w})
			}
			w.end = w.start + int32(strings.LastIndexByte(w.in(text), '-'))
		}
	}
	for i := range ws {
		// "Ex-CIA chief in Benghazi breaks silence", "Anti-Trump
		// protesters marched": a sentence that opens with an English
		// prefix joined to a name the lists know names that, not a
		// place of the prefixed word. Inside a sentence, the prefixed
		// word is no mention, as annotators of names leave "anti-Luther"
		// unmarked, and one in capitals opens a name of its own ("the
		// Anti-Defamation League", "the Post-ABC poll"). A word the lists
		// do not know is an adjective or a term ("Anti-Semitic"); and the
		// name is not cut out before a capitalised word other than a
		// title, which it would run into ("Post-Brexit Britain").
		w := &ws[i]
		if !w.sentStart || !w.upper {
			continue
		}
		p := namePrefixLen(w.in(text))
		if p == 0 || !t.prefixedName(text[int(w.start)+p:w.end]) {
			continue
		}
		if next := ws[min(i+1, len(ws)-1)].in(text); i+1 == len(ws) || !ws[i+1].upper || text[w.end:ws[i+1].start] != " " || inLower(nameTitles, next) && !isPlaceName(next) && !isDemonym(next) {
			if len(sc.cut) == 0 || sc.cut[len(sc.cut)-1].i != i {
				sc.cut = append(sc.cut, cutWord{i, *w})
			}
			w.start += int32(p)
			w.upper, w.sentStart, w.allCaps = true, false, isAllCaps(w.in(text)) && utf8.RuneCountInString(w.in(text)) > 1
		}
	}
	// name returns the name of a mention that is no description.
	name := func(m *found) string { return text[m.nameStart:m.end] }
	// The runs, found once: a pass over them before the real one makes
	// ms once at its size (a run is a mention, seldom more) and notes
	// the last words of runs of several words that open with a given name
	// or an honorific, surnames ("Chris Early" … "Early"; not "Celebrity
	// Homes"), or that end in a word for an organisation or a place
	// ("Supreme Court" … "Court").
	markHeadlines(text, ws) // before the runs: a possessive in a headline ends nothing (possessiveEnds)
	for first, end := range mentionRuns(text, ws) {
		sc.runs = append(sc.runs, [2]int32{int32(first), int32(end)})
	}
	runs := len(sc.runs)
	surnames := sc.surnames // lower case
	named := sc.named       // the surnames of runs that open with a given name, or give one after a title, lower case
	for _, run := range sc.runs {
		first, end := int(run[0]), int(run[1])
		if end-first < 2 {
			continue
		}
		if given := isGivenName(ws[first].in(text)); given || isHonorific(ws[first].in(text)) ||
			inLower(orgWords, ws[end-1].in(text)) || inLower(placeWords, ws[end-1].in(text)) {
			surname := strings.ToLower(trimPossessive(ws[end-1].in(text)))
			surnames[surname] = true
			if given {
				named[surname] = true
			}
		} else if end-first > 2 && isGivenName(ws[end-2].in(text)) && !inLower(orgWords, ws[end-1].in(text)) &&
			!inLower(placeWords, ws[end-1].in(text)) && !isPlaceHeadWord(ws[end-1].in(text)) {
			// A given name and a surname after a title ("President
			// Vladimir Putin").
			named[strings.ToLower(trimPossessive(ws[end-1].in(text)))] = true
		}
	}
	ms := slices.Grow(sc.ms[:0], runs)
	defer func() { sc.ms = ms }()
	lastEnd := 0 // mentions never overlap: a run inside an earlier one is skipped
	// What the text says of each capitalised word (without its
	// possessive), for the single-word runs below: whether it comes at
	// least once without a number after it (one that always has its
	// number, "Figure 3", "Figure 4", is a label; "Boeing 737" is not,
	// when the text also writes "Boeing" alone; nor one before a score,
	// "beat Chelsea 2-0", unless a common noun in the singular, a label's
	// word: "Figure 3-1"), and whether the text's
	// prose also writes it in lower case ("Yeah" and "yeah": a common
	// word, unless a surname).
	capitals := sc.capitals
	for k, w := range ws {
		if !w.upper {
			continue
		}
		key := trimPossessive(w.in(text))
		old, seen := capitals[key]
		f := old
		if !(k+1 < len(ws) && text[w.end:ws[k+1].start] == " " && isDigit(text[ws[k+1].start])) || k+1 < len(ws) && (citedYear(text, int(ws[k+1].start)) || !strings.HasSuffix(key, ".") && !(inCommonWords(key) && !strings.HasSuffix(key, "s")) && scoreAt(text, int(ws[k+1].start))) {
			f |= capAlone
		}
		if !w.sentStart && !w.headline {
			f |= capMid
		}
		if k > 0 && text[ws[k-1].end:w.start] == " " && (ws[k-1].in(text) == "the" || ws[k-1].in(text) == "The") {
			f |= capAfterThe
		}
		if termAcronym(text, ws, k) {
			f |= capTerm
			capitals[key+"s"] |= capTerm // its plural: "CFLs"
		}
		if one, ok := pluralAcronym(key); ok {
			f |= capTerm
			capitals[one] |= capTerm // and its singular
		}
		if !seen || f != old {
			capitals[key] = f
		}
	}
	candidates := sc.candidates[:0] // the capitalised words a lower-case word may match
	lowerSeen := sc.lowerSeen       // their lower cases, by maphash (wordHashSeed): false, or true once the prose writes one
	var maybe shapeFilter           // a candidate's lower case may be the word
	var lbuf [64]byte
	for c := range capitals {
		lc := appendLower(lbuf[:0], c, len(lbuf)) // as strings.ToLower, to 64 bytes: longer is skipped
		if len(lc) == 0 || len(lc) > 63 || surnames[string(lc)] {
			continue
		}
		h := maphash.Bytes(wordHashSeed, lc)
		candidates = append(candidates, capitalForm{c, h})
		lowerSeen[h] = false
		maybe.addShape(lc[0], len(lc))
	}
	for _, w := range ws {
		if w.upper || !maybe.may(w.in(text)) {
			continue
		}
		h := maphash.String(wordHashSeed, w.in(text)) // as maphash.Bytes of the same bytes
		if seen, ok := lowerSeen[h]; ok && !seen && inProse(text, int(w.start), int(w.end)) {
			lowerSeen[h] = true
		}
	}
	lowerScans := 0     // see commonWords
	elsewhereScans := 0 // see namedElsewhere
	// Every capitalised form of a word the prose writes in lower case
	// ("Apple" and "APPLE" beside "apple"), whatever the map's order.
	for _, c := range candidates {
		if lowerSeen[c.lower] {
			capitals[c.form] |= capLower
		}
	}
	// An acronym spelled out in capitalised words that the prose also
	// writes in lower case is a term too ("Compact Fluorescent Light
	// (CFL)", "System Under Test (SUT)").
	common := func(w string) bool { return capitals[w]&capLower != 0 }
	// givenInCaps: a word in capitals that may open a name before a
	// surname (namedInCaps): initials, a given name of the list, or a
	// word the prose capitalises inside its sentences and never writes in
	// lower case ("NIGELLA" beside "Nigella").
	givenInCaps := func(w string) bool {
		if isInitials(w) {
			return true
		}
		tc := titleCase(w)
		return isGivenName(tc) || capitals[tc]&(capMid|capLower) == capMid
	}
	for k, w := range ws {
		if w.allCaps && k > 0 && text[w.start-1] == '(' {
			key := trimPossessive(w.in(text))
			if capitals[key]&capTerm == 0 && termAcronymOf(text, ws, k, common) {
				capitals[key] |= capTerm
				capitals[key+"s"] |= capTerm
			}
		}
	}
	sc.candidates = candidates
	sc.runs = joinSharedHeads(text, ws, sc.runs, common)
	memo := sc.memo              // names repeat within a text
	resolvedSlab := &sc.resolved // the memos' values: see slab
	normalize := func(name string) string { return t.info(name).norm }
	// guess is guessKind for a name the table does not know.
	guess := func(name string, person bool) Kind {
		if person {
			return t.info(name).guess[1]
		}
		return t.info(name).guess[0]
	}
	resolveMemo := func(name string) *resolvedName {
		if v, ok := memo[name]; ok {
			return v
		}
		in := t.info(name)
		v := resolvedSlab.add(resolvedName{in.key, in.e, in.kind, in})
		memo[name] = v
		return v
	}
	// probe returns the table entry of a name the rules only test
	// ("is this run a place the table knows?"): most such runs are no
	// name, and in text dense with capitals there are many, so only the
	// entry is kept for them, not a key.
	entries := sc.entries
	probe := func(name string) *aliasEntry {
		if v, ok := memo[name]; ok {
			return v.e
		}
		e, ok := entries[name]
		if !ok {
			// Only a hit is worth the table's cache: a miss is a span
			// of words that names nothing, and text dense with capitals
			// has more of them than the cache holds. Misses go to the
			// table's missCache, which holds a bounded number.
			var in *nameInfo
			if !t.misses.has(name) {
				var cached bool
				if in, cached = t.names.get(name); !cached {
					if key, e, kind, sur, given := t.resolveParts(name); e != nil {
						in = t.cacheInfo(name, key, e, kind, sur, given)
					} else {
						t.misses.add(name)
					}
				}
			}
			if in != nil && in.e != nil {
				// A hit is kept whole, as resolveMemo keeps it: the
				// mention that follows resolves the same name.
				memo[name] = resolvedSlab.add(resolvedName{in.key, in.e, in.kind, in})
				return in.e
			}
			// Misses on several words are kept up to a bound: text dense
			// with capitals probes many spans that it never repeats.
			if len(entries) < maxProbeMisses || !strings.ContainsAny(name, " \u00a0") {
				entries[name] = nil
			}
		}
		return e
	}
	// respelled reports whether the table knows name only as another
	// name's other spelling ("COLUMBIA" as "Colombia").
	respelled := func(name string) bool {
		e := probe(name)
		return e != nil && !t.spelledAs(e, name)
	}
	add := func(a, b int, honor, tentative bool) {
		name := text[ws[a].start:ws[b-1].end]
		nameStart := ws[a].start
		start := nameStart
		if honor {
			// Honorifics directly before the name are in the span.
			for a > 0 && isHonorific(ws[a-1].in(text)) && ws[a-1].upper && !strings.ContainsRune(text[ws[a-1].end:ws[a].start], '\n') {
				a-- // on the name's line: "Mrs." ending the line before is another's
			}
			start = ws[a].start
		}
		r := resolveMemo(name)
		if r.key == "" {
			return
		}
		parts := r.in
		if start < nameStart {
			// "Sir Keir": an alias may include the honorific.
			if r2 := resolveMemo(text[start:ws[b-1].end]); r2.e != nil && r.e == nil {
				r = r2
			}
		}
		f := found{start: start, end: ws[b-1].end, nameStart: nameStart, r: r, parts: parts,
			tentative: tentative && (r.e == nil || !t.spelledAs(r.e, name) && !tableSpelling(trimPossessive(name))) && start == nameStart}
		f.person = start < nameStart || r.kind == Person
		// Mentions never overlap: a longer name replaces the ones it
		// covers ("US State Department" after "US"); one that starts
		// inside an earlier mention and runs past it is no mention.
		for len(ms) > 0 && ms[len(ms)-1].end > f.start {
			if last := ms[len(ms)-1]; last.start < f.start || last.end > f.end {
				return
			}
			ms = ms[:len(ms)-1]
		}
		ms = append(ms, f)
		lastEnd = int(f.end)
	}
	// A headline's runs come last (phase 1), once the body's mentions are
	// known: a headline in title case names the people the body names
	// ("Chris Christie Calls Hillary Clinton 'A Disgrace'"), and its
	// runs keep the body's names as they keep the table's.
	labels := speakerLabels(text)
	var body []found              // the body's mentions, while phase 1 finds the headlines'
	var bodyNames map[string]bool // the names of the body's mentions, as written
	for phase := 0; phase < 2; phase++ {
		if phase == 1 {
			if !slices.ContainsFunc(sc.runs, func(r [2]int32) bool { return ws[r[0]].headline }) {
				break
			}
			if sc.bodyNames == nil {
				sc.bodyNames = map[string]bool{}
			}
			bodyNames = sc.bodyNames
			for _, m := range ms {
				name := trimPossessive(text[m.nameStart:m.end])
				bodyNames[name] = true
				// A headline names a person by the surname ("Obama Meets
				// Merkel") whom the body names in full: the last word of
				// a name that opens with a given name, of a person of the
				// table or ending in a US politician's surname, if no
				// word of the dictionary ("Ford Transmission", "Clinton
				// Foundation").
				if i := strings.LastIndexByte(name, ' '); i > 0 && (opensWithGivenName(name) || m.r.e != nil && m.r.e.kind == Person || isPoliticianSurname(name[i+1:])) && !inDictionary(name[i+1:]) {
					bodyNames[name[i+1:]] = true
				}
			}
			body, ms, lastEnd = ms, sc.headlines[:0], 0
		}
		for _, r := range sc.runs {
			if ws[r[0]].headline != (phase == 1) {
				continue
			}
			run := [2]int{int(r[0]), int(r[1])}
			if int(ws[run[0]].start) < lastEnd {
				continue
			}
			// A name the table knows may go on in lower case ("Normandy
			// format"): take the longest such extension, up to two words.
			extend := false
			if run[1] < len(ws) && !ws[run[1]].upper && t.mayStartTableName(ws[run[1]-1].in(text)) {
				extend = t.prefixes[normalize(text[ws[run[0]].start:ws[run[1]-1].end])]
			}
			if run[1] < len(ws) {
				if divisionWords.has(ws[run[1]].in(text)) {
					extend = true // "Belgorod region"
				}
			}
			for ext := min(run[1]+2, len(ws)); extend && ext > run[1]; ext-- {
				if strings.ContainsAny(text[ws[run[1]-1].end:ws[ext-1].start], ",;:.!?()\"“”\n") ||
					slices.ContainsFunc(ws[run[1]:ext], func(w token) bool { return w.upper }) {
					continue // only lower-case words extend a name
				}
				if e := probe(text[ws[run[0]].start:ws[ext-1].end]); e != nil && e.kind != Person {
					run[1] = ext
					break
				}
			}
			a, b := run[0], run[1]
			if officeFieldRun(text, ws, a, b, probe, 2) {
				continue // "the Secretary of Education said": the office's field names nothing
			}
			// A possessive inside the run ends a name the open data or the
			// table know, and what follows is another's ("NASA's Jet
			// Propulsion Laboratory", "Jupiter's Ganymede"); an unknown word's
			// possessive is part of the name ("People's Daily", "Assassin's
			// Creed").
			for p := a; p+1 < b; p++ {
				if w := ws[p].in(text); trimPossessive(w) == w {
					continue
				}
				owner := trimPossessive(text[ws[a].start:ws[p].end])
				if isAcronym(owner) || isPlaceName(owner) || isFirmName(owner) || t.byAlias[normalize(owner)] != nil ||
					p > a && p-a < 3 && !ws[a].headline && opensWithGivenName(owner) && !t.splitsRun(text, ws, a, p+1) { // a person's full name: "Ted Cruz's Iowa campaign"
					add(a, p+1, false, false)
					a = p + 1
				}
				break
			}
			// An office of several words joined by "of" (officeOf) stands
			// before a person's name: the words after the office's field
			// name the person ("Secretary of Homeland Security Kirstjen
			// Nielsen"), the field is a mention of its own where it names a
			// place or a word no dictionary knows ("President of Mexico
			// Andrés Manuel López Obrador", "Secretary of HHS"), and so is a
			// body before the office as for one office word below ("White
			// House Chief of Staff John Kelly"); see officeParts. What
			// follows the name reads as a run of its own ("Deputy Chief of
			// Staff Jake Sullivan and Deputy Chief of Staff Huma Abedin").
			for a < b {
				parts, rest := officeParts(text, ws, a, b, probe, sc.officeParts[:0])
				if len(parts) == 0 {
					break
				}
				sc.officeParts = parts
				for _, part := range parts {
					n := len(ms)
					add(part.a, part.b, false, false)
					if part.person && len(ms) > n && ms[len(ms)-1].nameStart == ws[part.a].start {
						ms[len(ms)-1].person = true
					}
				}
				a, run[0] = rest, rest // the rest of the run reads as a run of its own
			}
			if a >= b {
				continue
			}
			// A body's or a place's name the lists know whole, then a
			// person's: an office before the run named the body, and the
			// run goes on to its holder ("U.S. Ambassador to the European
			// Union Gordon Sondland", "Ambassador to the United Nations
			// Nikki Haley"). Two mentions, the person's its own run.
			a0 := a // a function word opening the sentence is no name's: "The European Union Gordon Sondland", "But United Nations …"
			if b-a >= 4 && ws[a].sentStart && inLower(stopWords, ws[a].in(text)) {
				a0++
			}
			if k, e := bodyThenPerson(text, ws, a0, b, probe); k > 0 && !ws[a].headline && !(ws[a].allCaps && ws[b-1].allCaps) {
				add(a0, k, false, false)
				n := len(ms)
				add(k, e, false, false)
				if len(ms) > n && ms[len(ms)-1].nameStart == ws[k].start {
					ms[len(ms)-1].person = true
				}
				for a = e; a < b && !ws[a].upper; a++ {
				}
				run[0] = a // what follows the person's name ("and Energy Secretary Rick Perry") reads as a run of its own
				if a >= b {
					continue
				}
			}
			// A body's name of a nationality or an office's words and a
			// body's head noun is the name whole ("European Commission",
			// "Russian Foreign Ministry", "International Brotherhood of
			// Teamsters": the head stands before "of"), though its words
			// would open a person's name as offices: no name follows them
			// (see bodyStart for the words before it).
			h := b - 1
			if k := slices.IndexFunc(ws[a:b], func(w token) bool { return w.in(text) == "of" }); k > 0 && !slices.ContainsFunc(ws[a+k+1:b], func(w token) bool {
				bare := strings.TrimSuffix(w.in(text), ".")
				return bare == "and" || inLower(nameTitles, bare) || inLower(officeWords, bare) || isHonorific(bare)
			}) {
				h = a + k - 1 // the words after "of" name no one: "House of Commons", not "Party of Regions and President Viktor Yanukovych"
			}
			if head := trimPossessive(ws[h].in(text)); (h > a || h < b-1) && !ws[a].headline && !ws[a].allCaps && (inLower(orgWords, head) || isBodyNoun(head)) {
				if o, ok := bodyStart(text, ws, a, b); ok && (h > o || h < b-1) && o <= h && describesBody(text, ws, o, h) {
					add(o, b, false, false)
					continue
				}
			}
			// Offices, honorifics and common words that open the run are not
			// the name ("Former President Dmitry Medvedev", "Mr Lavrov").
			honor := false
			opened := a  // where the words stripped below start
			office := -1 // the word after the last honorific
			for a < b {
				// The word in lower case, without a dot and then without a
				// possessive; as bytes, since a map looks them up without
				// allocating.
				if b-a >= 2 && !inLower(stopWords, ws[a].in(text)) && isFirmRun(trimPossessive(text[ws[a].start:ws[b-1].end])) {
					break // a company the open data lists, whole, though a title opens it: "General Motors", "General Electric"
				}
				var buf [32]byte
				lw := lowerInto(buf[:], strings.TrimSuffix(ws[a].in(text), "."))
				if honorifics.hasBytes(lw) || pluralHonorifics.hasBytes(lw) || rosterPosition(text, ws, a, b) {
					honor = true
					a++
					office = a
					continue
				}
				if p := placeEnd(text, ws, a, b); p > 0 {
					// "New Hampshire", "North Carolina": the gazetteer's
					// place, whole. It is a mention of its own before a
					// title ("New Jersey Gov. Chris Christie") or as a
					// possessive ("San Francisco's Moscone Center"); before
					// other words it is part of a longer name ("Los Angeles
					// County", "San Francisco Bay Area").
					if p == b {
						break
					}
					next := strings.TrimSuffix(ws[p].in(text), ".")
					if !inLower(nameTitles, next) && !isHonorific(next) && trimPossessive(ws[p-1].in(text)) == ws[p-1].in(text) {
						break
					}
					add(a, p, false, false)
					a = p
					continue
				}
				bare := trimPossessive(lw)
				// The body whose office the words after it name, named by
				// descriptors and its head noun ("European Commission
				// President Ursula von der Leyen"), or by title words and a
				// body's noun ("White House Press Secretary").
				if a > opened && a+1 < b && (orgWords.hasBytes(bare) || isBodyNounLower(bare)) && inLower(nameTitles, strings.TrimSuffix(ws[a+1].in(text), ".")) {
					if o, ok := bodyStart(text, ws, opened, a); ok && a > o && !ws[o].headline && !ws[o].allCaps && describesBody(text, ws, o, a) &&
						(orgWords.hasBytes(bare) || titleBody(tokens(normalizeName(text[ws[o].start:ws[a].end])))) {
						add(o, a+1, false, false)
						a++
						continue
					}
				}
				// An acronym before an office names the body whose office it
				// is ("FBI Director James Comey", "CPUC President Marybel
				// Batjer"); not a word of a line in capitals, nor one before
				// a place's name ("RT America").
				if acr := trimPossessive(ws[a].in(text)); a+1 < b && !ws[a].headline && (!ws[a+1].allCaps || !ws[b-1].allCaps && inLower(nameTitles, ws[a+1].in(text))) && isAcronym(acr) && isLetters(acr) && !isHonorific(acr) {
					next := strings.TrimSuffix(ws[a+1].in(text), ".")
					if (inLower(nameTitles, next) || inLower(officeWords, next)) && !isPlaceName(next) && !inLower(demonyms, next) && personOrUnknown(probe(next)) {
						add(a, a+1, false, false)
						a++
						continue
					}
				}
				if givenThenSurname(text, ws, a, b, len(bare) != len(lw), probe) {
					break // a country's name that is a given name too, before a surname alone: "Israel Katz", "India Arie"
				}
				if len(bare) != len(lw) && a+1 < b || nameTitles.hasBytes(bare) {
					// "Russia's President …", "Kremlin spokesman …": the
					// country or the institution is named too.
					if e := probe(string(bare)); e != nil && e.kind != Person {
						add(a, a+1, false, false)
						a++
						continue
					}
				}
				if demonyms.hasBytes(bare) && a+1 < b && (inLower(otherHeads, ws[b-1].in(text)) || inLower(otherHeadsAfterName, ws[b-1].in(text))) {
					break // a nationality before an event's name is part of it: "Korean War"
				}
				if a+2 == b && onlyCompass([]string{string(lw)}) {
					if next := trimPossessive(ws[a+1].in(text)); isPlaceName(next) || probe(next) != nil && probe(next).kind == Place {
						break // a compass word before a place names a region: "South Asia", "North Africa"
					}
				}
				if a+2 == b && demonyms.hasBytes(bare) && describesOccupation(trimPossessive(ws[a+1].in(text))) && !afterThe(text, int(ws[a].start)) {
					a = b // a nationality and an occupation describe someone: "American Journalist"; not "the American Spectator"
					continue
				}
				if a+1 == b && !honor && nameTitles.hasBytes(bare) && isBodyNounLower(bare) && (afterThe(text, int(ws[a].start)) || b+1 < len(ws) && twoBodies(text, ws, a, b) || a >= 2 && ws[a-1].in(text) == "and" && twoBodies(text, ws, a-2, a-1)) {
					break // a body's title word alone after "the" names the body: "the House", "the Commission"; so does one beside "and" and another body's ("House and Senate candidates", "the Senate and House")
				}
				if a+1 == b && !honor && onlyCompass([]string{string(lw)}) && afterThe(text, int(ws[a].start)) {
					break // a compass word alone after "the" names a region: "the South", "the North", as "the West" does
				}
				if b-a >= 2 && placeOpened(ws[a].in(text), ws[b-1].in(text)) {
					break // a place whose name opens with a title word: "South China Sea", "Prince Edward Island", "St. Lawrence River", "King Street"
				}
				if !honor && adjectiveOpensName(text, ws, a, b) {
					break // "National Archives", "National Hurricane Center"; not "National Security Adviser Jake Sullivan"
				}
				if nameTitles.hasBytes(bare) || titleHeadBefore(text, ws, a, b, opened, len(bare) == len(lw)) || (commonCapitals.hasBytes(lw) || commonCapitals.hasBytes(bare)) && !(honor && months.hasBytes(bare)) || ws[a].sentStart && (isFunctionWord(string(lw)) || a+1 < b && (timeAdverbs.hasBytes(lw) || derivedAdverb(string(lw)))) ||
					a+1 < b && (demonyms.hasBytes(bare) || politicalGroups.hasBytes(bare) && !namesGroup(ws[a+1].in(text)) || isHyphenAdjective(ws[a].in(text))) {
					a++
					continue
				}
				// A people in the plural before a person's name (a given
				// name, or a word and a surname the table knows) describes
				// the people named after it: "fellow Floridians Jeb Bush
				// and Marco Rubio", "Republicans Jeb Bush and …", "Texans
				// Ted Cruz and Rick Perry".
				if w := trimPossessive(ws[a].in(text)); a+1 < b && !ws[a].headline &&
					(isGivenName(ws[a+1].in(text)) || b-a == 3 && t.isKnownSurname(trimPossessive(ws[b-1].in(text))) && !inCommonWords(ws[a+1].in(text))) &&
					(isDemonymPlural(string(bare)) || peopleShaped(w)) {
					a++
					continue
				}
				// An agent noun opening the sentence before a given name is
				// the person's description, not their name ("Comedian Sarah
				// Silverman", "Novelist Anne Tyler"); so is a noun of a
				// person that is no name ("Actress Danai Gurira"), before
				// words that are none of the dictionary's, as a name is.
				if w := ws[a].in(text); ws[a].sentStart && a+2 < b && !isGivenName(w) && !isPlaceName(w) &&
					(isAgentNoun(w) && isGivenName(ws[a+1].in(text)) || isPersonNoun(w) && isCommonWord(string(lw)) && noDictionaryWords(text, ws[a+1:b])) {
					a++
					continue
				}
				// A sentence's first word that the text also writes in lower
				// case, or a word of the dictionary it never capitalises
				// inside a sentence (commonOpener), and no word stripped
				// above, before a name the tables know whole or one that
				// opens with a given name, or a surname the text gives a
				// full name ("Given Sanders" after "Bernie Sanders"), opens
				// the sentence, not the name ("Maybe Instagram", "Following
				// Assange", "Thanks Judy", "Hi Tim", "Added Todd Schneider",
				// "Use Scoop.it": a web address is a name whole);
				// not one that opens places ("West Oakland"). After a word
				// only the dictionary knows, the surname must be one the text
				// gives with a given name: the word may be a given name the
				// list lacks ("Mitt Romney" after "Mr. Romney"). A participle
				// of the dictionary opens a clause before any name ("Using
				// CFLs will …", "Hosting Cook …") but a street's suffix
				// alone ("Downing Street": kindWordOnly), and such a word before a
				// month alone opens a date's line ("Posted Nov 20",
				// "Published Jan. 5").
				if ws[a].sentStart && a+1 < b && !isGivenName(ws[a].in(text)) && !mayOpenPlace(ws[a].in(text)) && !stormWords.hasBytes(lw) {
					f := capitals[trimPossessive(ws[a].in(text))]
					if tail := trimPossessive(text[ws[a+1].start:ws[b-1].end]); commonOpener(ws[a], f, bare) && (interjections.hasBytes(bare) || isPresentParticiple(string(bare)) && !kindWordOnly(tail) || b-a == 2 && isMonthWord(tail) || isPlaceName(tail) || isFirmName(tail) || isWebName(tail) || opensWithGivenName(tail) ||
						b-a == 2 && (f&capLower != 0 && inLowerMap(surnames, tail) || inLowerMap(named, tail) || openedOtherwise(text, ws, sc, capitals, tail, string(lw))) && !inLower(orgWords, tail) && !inLower(placeWords, tail) && !isPlaceHeadWord(tail) ||
						t.mayStartTableName(ws[a+1].in(text)) && probe(tail) != nil && t.spelledAs(probe(tail), tail)) {
						a++
						continue
					}
				}
				break
			}
			if a >= b {
				// An honorific before an office and nothing else addresses
				// the office's holder ("Mr. President", "Madam Chairman",
				// "Mr. Chief Justice"): a person's mention.
				if honor && office > 0 && office < b && office >= b-3 && inLower(officeWords, trimPossessive(ws[b-1].in(text))) &&
					!slices.ContainsFunc(ws[office:b], func(w token) bool { return !inLower(nameTitles, trimPossessive(w.in(text))) }) {
					add(office, b, true, false)
				}
				continue
			}
			if b-a == 1 {
				w := ws[a].in(text)
				if isHyphenAdjective(w) {
					continue // "Soviet-era", "Kremlin-style": adjectives (a participle after the hyphen was cut off above)
				}
				// A single word the table does not know is no name when it is
				// one of these.
				if t.byAlias[normalize(w)] == nil {
					bw := trimPossessive(w)
					c := capitals[bw]
					switch {
					case utf8.RuneCountInString(w) <= 2 && !twoLetterName(text, ws, a):
						continue // "TT", "A": widget residue
					case isLegalForm(bw):
						continue // "Inc." after "Tyvak Nano-Satellite Systems,": a company's legal form
					case oath(text, ws, a):
						continue // "Oh my God", "for God's sake": an oath, which names no one
					case c&capAlone == 0:
						continue // "Figure 3", "Table 2": a label, never without its number
					case c&capTerm != 0:
						continue // "SSS" after "sea surface salinity (SSS)": a term
					case isDemonym(bw) || inLower(faiths, bw) || inLower(politicalGroups, bw):
						continue // "Cuban", "Armenian", "Hindu", "Republican": a nationality, a faith or a political group
					case !honor && inLower(kinTerms, bw):
						continue // "Mom", "Dad": a kinship term used as a name, which names nobody the reader knows
					case c&capLower != 0 && !honor && !isPlaceName(bw):
						continue // "Yeah" beside "yeah": a common word
					case ws[a].sentStart && !honor && commonOpener(ws[a], c, lowerInto(lbuf[:], bw)) && !isPlaceName(bw) && !isGivenName(bw) && !isFirmName(bw):
						continue // "Power", "Using": a word of the dictionary opening a sentence, and never capitalised inside one
					case !honor && w == bw && adjectiveShaped(bw) && !isPlaceName(bw) && !isGivenName(bw) && !isFirmName(bw) && !headsPhrase(text, ws, int(ws[a].end)) && !beforeReporting(text, ws, int(ws[a].end)) &&
						!(a > 0 && ws[a-1].in(text) == "The" && !ws[a-1].sentStart): // "outside The Venetian hotel": "The" says a name
						continue // "Victorian houses", "Hegelian colour": an adjective before its noun
					case ws[a].headline && !ws[a].allCaps && !honor && !(a > opened && officeBefore(text, ws, a) && !isCommonWord(string(lowerInto(lbuf[:], bw)))) && probe(w) == nil && !isPlaceName(bw):
						// In a line in title case capitals say nothing (see
						// markHeadlines): a word left alone there, after a
						// country or a title ("as France Invests in …"), is a
						// name only if the table or the gazetteer knows it, as
						// in the longer runs of such a line below. An acronym
						// stays: its capitals are not the line's.
						continue
					}
				}
			}
			// An office inside the run stands between an institution and a
			// person ("Judicial Watch President Tom Fitton", "New York Mayor
			// Bill de Blasio"): the institution is a mention of its own when
			// the table knows it or it has several words, and the words after
			// the office name a person.
			if k := innerOffice(text, ws, a, b); k > 0 && !ws[a].headline && !(ws[a].allCaps && ws[b-1].allCaps) {
				// An occupation no list of offices holds is a job's
				// title with the words before it ("Digital Content
				// Editor Anne Glover"), unless they name a body the
				// table, the gazetteer or the open data of firms knows,
				// or an acronym does ("Google Software Engineer …",
				// "NASA Administrator Jim Bridenstine").
				job := isOccupationTitle(text, ws, k, b)
				i0 := bodyBeforeOffice(text, ws, run[0], k) // "Interim BART Police Chief Ed Alvarez": the qualifier is the office's
				// A party's adjective describes the office's holder, not
				// the institution: "Democratic U.S. Rep. Gwen Graham"; not
				// in a body's name ("Republican National Committee
				// Chairman Reince Priebus").
				for i0+1 < k && inLower(politicalGroups, ws[i0].in(text)) && !namesGroup(ws[i0+1].in(text)) && !hasOrgWord(text, ws[i0:k]) {
					i0++
				}
				o := k // where the office starts: "Chief Minister", "Deputy Director"
				for o-1 > i0 && (inLower(nameTitles, ws[o-1].in(text)) || inLower(officeSides, ws[o-1].in(text)) || inLower(officeScopes, ws[o-1].in(text))) && ws[o-2].in(text) != "of" && ws[o-2].in(text) != "for" {
					o-- // not a field after "of": "Department of Justice Inspector General"
				}
				known := func(name string) bool {
					if e := probe(name); e != nil && (!job || t.spelledAs(e, name)) {
						return true // in a job's title, only as spelled: "CBS Sports NFL" is not the NFL
					}
					return isPlaceName(name) || isFirmName(name) || isAcronym(name)
				}
				if first := trimPossessive(ws[i0].in(text)); job || o-i0 >= 2 && inLower(portfolioOffices, strings.TrimSuffix(ws[k].in(text), ".")) && (isDemonym(first) || isPlaceName(first)) &&
					!slices.ContainsFunc(ws[i0+1:o], func(w token) bool { return w.allCaps }) && !namedElsewhere(text, int(ws[i0].start), int(ws[o-1].end), &elsewhereScans) {
					// Of an office over a field of government too
					// (portfolioOffices), a nationality or a place and then
					// words of the dictionary name its field, not a body:
					// "French Culture Minister Rachida Dati" names no
					// "French Culture", "Texas Agriculture Commissioner Sid
					// Miller" the place "Texas". Not before other offices,
					// which head teams and firms ("Miami Heat President Pat
					// Riley"). An acronym after the place is the body:
					// "Kentucky GOP Gov. Matt Bevin"; so are the words
					// where the text names them elsewhere on their own
					// ("ads for American Harvest", then "American Harvest
					// Commissioner Dana Kell").
					i0, o = jobTitleBody(text, ws, run[0], i0, o, known)
				}
				if o-i0 >= 2 || o-i0 == 1 && (known(trimPossessive(ws[i0].in(text))) || !job && namedElsewhere(text, int(ws[i0].start), int(ws[o-1].end), &elsewhereScans)) {
					n := len(ms) // a body of one word the table, the gazetteer or the open data of firms knows, or an acronym: "Twitter CEO Jack Dorsey", "NASA Administrator …"
					add(i0, o, false, false)
					if m := &ms[len(ms)-1]; len(ms) > n && m.r.e == nil && m.r.kind == "" {
						m.r.kind = Org // a name no table knows that holds an office
						if inLower(placeOffices, strings.TrimSuffix(ws[k].in(text), ".")) && !slices.ContainsFunc(ws[i0:o], func(w token) bool { return w.allCaps }) ||
							isPlaceName(text[ws[i0].start:ws[o-1].end]) || o-i0 > 1 && inLower(placeWords, ws[o-1].in(text)) {
							m.r.kind = Place // a town's or a state's office: "Atlantic City Mayor Don Guardian", not "Kentucky GOP Gov. …"; a place the gazetteer knows: "Texas Sen. Ted Cruz", "Nevada Democrat Lucy Flores"
						}
					}
				}
				p := k + 1
				for p < b && (inLower(officeWords, ws[p].in(text)) || inLower(nameTitles, ws[p].in(text))) {
					p++
				}
				if p == b-1 && inLower(commonCapitals, ws[p].in(text)) {
					p = b // "the Argus Leader Monday": a day, not the leader's name
				}
				if p < b {
					n := len(ms)
					add(p, b, honor, false)
					if len(ms) > n && ms[len(ms)-1].nameStart == ws[p].start {
						ms[len(ms)-1].person = true
					}
				}
				continue
			}
			// A run the table knows whole is one mention ("Saudi Arabia",
			// "North Korea").
			if run[1]-run[0] > 1 && t.mayStartTableName(ws[run[0]].in(text)) {
				if e := probe(text[ws[run[0]].start:ws[run[1]-1].end]); e != nil && e.kind != Person {
					add(run[0], run[1], false, false)
					continue
				}
			}
			// An organisation keeps its whole name ("State Department"), and
			// so does a place whose name ends in the kind of place it is
			// ("Glacier National Park", "the National Theatre"): the words
			// that open names on their own (commonCapitals) are its own
			// there.
			if place := placeWhole(text, ws, int(run[0]), b, honor); place || hasOrgWord(text, ws[a:b]) && !ws[a].allCaps && (!ws[a].headline || orgHeaded(text, ws, a, b)) {
				a = run[0]
				for a < b && inLower(commonCapitals, ws[a].in(text)) && ws[a].sentStart && (!place || isFunctionWord(strings.ToLower(ws[a].in(text)))) &&
					(inLower(determiners, ws[a].in(text)) || !isFirmRun(trimPossessive(text[ws[a].start:ws[b-1].end])) && placeEnd(text, ws, a, b) < 0) {
					a++ // "The", "In" opening the sentence; "Central" of "Central Park" stays, and "New" of "New York Times" or "New York Police Department"
				}
				if b-a == 2 && inLower(politicalGroups, ws[a].in(text)) && inLower(legislatures, trimPossessive(ws[a+1].in(text))) {
					a++ // "a Democratic Senate majority", "the Republican Congress": the chamber, held by the party
				}
				add(a, b, false, false)
				continue
			}
			// A possessive before a name (possessiveEnds) is a name too,
			// at a sentence's start as anywhere: "CNN's Wolf Blitzer".
			owner := b < len(ws) && len(trimPossessive(ws[a].in(text))) != len(ws[a].in(text)) && ws[b].upper && text[ws[a].end:ws[b].start] == " "
			tentative := b-a == 1 && ws[a].sentStart && !owner && !givenAlone(text, ws, a, capitals) && !nameAlone(ws[a].in(text), capitals) && !knownFirm(ws[a].in(text)) && !invertedInitials(text[ws[a].end:min(len(text), int(ws[a].end)+24)]) &&
				!isCamelCase(trimPossessive(ws[a].in(text))) && // "OpenAI released …": a brand's capitals are no sentence's
				!firmCapitalised(ws[a].in(text), capitals) && !acronymInProse(text, ws, a) &&
				!quotedSpeaker(text, ws, int(ws[a].start), int(ws[a].end)) && // “Did we win?” Charlotte asked.
				!speakerAlone(text, ws, a) && // "Kowalczyk told reporters …"
				!firmSpeaks(text, ws, a) && // "Google said on Monday …"
				!labels[ws[a].in(text)] && // "Umansky: …", a transcript's speaker
				!(opensDateline(text, int(ws[a].start), int(ws[a].end)) && !respelled(ws[a].in(text))) // "PORTSMOUTH, England —"; "COLUMBIA, S.C." is no Colombia
			// A run in capitals (a headline) or with words no name has:
			// keep the parts the table knows, else the whole run.
			if b-a > maxNameWords || b-a > 1 && (ws[a].allCaps && ws[b-1].allCaps || ws[a].headline && !givenNameRun(text, ws, a, b) || t.splitsRun(text, ws, a, b)) {
				for k := a; k < b; {
					best := -1
					longest := k + 1
					switch {
					case t.mayStartTableName(ws[k].in(text)):
						longest = min(b, k+maxNameWords)
					default:
						// A person the table lists, in any spelling: a
						// given name or two before a known surname.
						for l := min(b, k+3); l > k+1; l-- {
							if t.isKnownSurname(ws[l-1].in(text)) {
								longest = l
								break
							}
						}
					}
					// The body's names first, longest first; then the
					// table's, as far as the table may know a name.
					for l := min(b, k+maxNameWords); bodyNames != nil && l > longest; l-- {
						if bodyNames[trimPossessive(text[ws[k].start:ws[l-1].end])] {
							best = l
							break
						}
					}
					// A company or a place of the open data, of two words
					// or more: "General Motors", "Ohio State".
					for l := min(b, k+maxNameWords); best < 0 && l > max(longest, k+1); l-- {
						if name := trimPossessive(text[ws[k].start:ws[l-1].end]); isFirmName(name) || isPlaceName(name) || k == a && l == b && isDottedState(name) {
							best = l
						}
					}
					for l := longest; best < 0 && l > k; l-- {
						name := text[ws[k].start:ws[l-1].end]
						if l == k+1 && capitals[trimPossessive(name)]&capLower != 0 && t.byAlias[normalize(name)] == nil {
							continue // a word the prose writes in lower case, as a lone word is (see below)
						}
						if e := probe(name); e != nil || bodyNames[trimPossessive(name)] || k == a && l == b && isDottedState(name) { // the run whole: not "N.C." of "N.C. State"
							best = l
							break
						}
					}
					if p := placeEnd(text, ws, k, b); p > best {
						best = p
					}
					if best < 0 && ws[a].allCaps && ws[b-1].allCaps {
						if best = namedInCaps(text, ws, k, b, named, givenInCaps); best < 0 {
							best = capsName(text, ws, k, b)
						}
					}
					if best > 0 {
						add(k, best, honor, false)
						k = best
						continue
					}
					k++
				}
				continue
			}
			n := len(ms)
			add(a, b, honor, tentative)
			if len(ms) > n && b == a+1 && ms[n].r.e == nil && opensDateline(text, int(ws[a].start), int(ws[a].end)) {
				ms[n].place = true // a dateline's town: a place, which joins no firm or team by its last word ("SOFIA" … "CSKA Sofia")
			}
			if len(ms) > n && b == a+1 && labels[ws[a].in(text)] {
				if m := &ms[len(ms)-1]; m.r.e == nil && !isPlaceName(m.r.key) && !isFirmName(ws[a].in(text)) {
					m.person = true // a transcript's speaker is someone, whatever the guess of last resort
				}
			}
			if len(ms) > n && a > run[0] {
				if m := &ms[len(ms)-1]; m.nameStart == ws[a].start && m.r.e == nil && m.r.kind == "" {
					if o := ws[a-1].in(text); isOfficeOrTitleHead(o) && !inLower(orgWords, trimPossessive(ws[b-1].in(text))) {
						m.person = true // "Secretary Cardona", "General Prelogar": an office holder; not "Justice Department"
					} else if b == a+1 && inLower(styleTitles, strings.TrimSuffix(o, ".")) && !isPlaceName(trimPossessive(ws[a].in(text))) {
						m.person = true // "Lord Diplock", "Rabbi Sacks": a peer's or a cleric's style
					}
				}
			}
		}
	}
	if body != nil {
		for i := range ms {
			ms[i].headline = true
		}
		sc.headlines = ms
		ms = append(body, ms...)
		slices.SortStableFunc(ms, func(x, y found) int { return int(x.start - y.start) })
		// Mentions never overlap: where a headline's mention runs into a
		// body's (the headline pass did not see them), the body's stays.
		kept := ms[:0]
		for _, f := range ms {
			if n := len(kept); n > 0 && f.start < kept[n-1].end {
				if kept[n-1].headline && !f.headline {
					kept[n-1] = f
				}
				continue
			}
			kept = append(kept, f)
		}
		ms = kept
	}
	// Two names joined by a hyphen that the tables (or, for a surname,
	// the text's full names) know each and not whole ("the Clinton-Trump debate", "the
	// Microsoft-LinkedIn deal",
	// "Moscow-Beijing ties") are two mentions, so that neither takes the
	// other as part of its name ("Trump" the surname of "Clinton-Trump").
	// Names the tables know whole stay one: "Hewlett-Packard",
	// "Baden-Württemberg", "Guinea-Bissau", "Dominique Strauss-Kahn".
	var paired []found               // nil until a pair is split; then sc.paired's array
	var fullSurnames map[string]bool // the last words of the full names of the text, once a hyphen asks
	for i := range ms {
		m := &ms[i]
		a, b, ok := hyphenPair(text, m, func(w string) bool {
			var buf [64]byte
			_, ascii := lowerASCIIWord(&buf, w) // isKnownSurname says yes to any other
			if probe(w) != nil || ascii && t.isKnownSurname(w) || inLowerMap(named, w) {
				return true
			}
			if fullSurnames == nil {
				// The surname of a full name the text gives, whatever
				// its given name ("Caster Semenya", "Mariya Savinova":
				// "the Savinova-Semenya race").
				fullSurnames = map[string]bool{}
				for _, f := range ms {
					if f.parts.partGiven != "" && f.r.e == nil && !strings.ContainsRune(text[f.nameStart:f.end], '-') {
						fullSurnames[strings.ToLower(trimPossessive(lastField(text[f.nameStart:f.end])))] = true
					}
				}
			}
			return fullSurnames[strings.ToLower(w)]
		})
		if ok && inLowerMap(named, trimPossessive(text[m.nameStart:m.end])) {
			ok = false // the text gives the whole as a surname: "Ana Gómez-Pérez … Gómez-Pérez"
		}
		if !ok {
			if paired != nil {
				paired = append(paired, *m)
			}
			continue
		}
		if paired == nil {
			paired = append(sc.paired[:0], ms[:i]...)
		}
		for _, sp := range [2][2]int32{a, b} {
			r := resolveMemo(text[sp[0]:sp[1]])
			paired = append(paired, found{start: sp[0], end: sp[1], nameStart: sp[0], r: r, parts: r.in, headline: m.headline})
		}
	}
	if paired != nil {
		sc.paired = ms[:0] // ms's array is the next split's scratch; paired's is ms's now
		ms = paired
	}
	// A state's formal name, a polity's word and "of" before the name of a
	// place ("the People's Republic of China", "the Republic of North
	// Macedonia", "the Democratic Republic of the Congo", "the Kingdom of
	// Saudi Arabia"), is one mention of that place; so is a town's ("the
	// City of Cleveland"); a district's is a place of its own ("the
	// District of Columbia"). One pass, the mentions kept in place.
	joined := ms[:0]
	for i := 0; i < len(ms); i++ {
		if i+1 < len(ms) {
			if f, ok := t.formalName(text, &ms[i], &ms[i+1], resolveMemo); ok {
				joined = append(joined, f)
				i++
				continue
			}
		}
		joined = append(joined, ms[i])
	}
	ms = joined
	// A state's abbreviation after a place and a comma ("San Bernardino,
	// Calif.", "Washington, D.C.", "Seattle, WA") is a mention of the
	// state, whole with its full stops, whatever the runs made of it
	// ("Calif" a place by default, "D.C." nothing). A postal one only after a
	// place the gazetteer knows or a kind of place ("Well, OK", "Lynch,
	// MS" are none); an AP one after any name that is no person's. A
	// mention the runs made that starts at the abbreviation and goes on
	// past it ("N.C. Roy Cooper") is left as it is. The states found are
	// merged in one pass after.
	states := sc.states[:0]
	for i := range ms {
		m := &ms[i]
		if m.person || m.description || int(m.end)+3 > len(text) || text[m.end] != ',' || text[m.end+2] < 'A' || text[m.end+2] > 'Z' {
			continue // the common case, read first: no ", " and a capital after the name
		}
		name := trimPossessive(text[m.nameStart:m.end])
		if len(name) != int(m.end-m.nameStart) {
			continue
		}
		start, end, state := stateAfter(text, int(m.end), placeOrKindOfPlace(name))
		if state == "" || i+1 < len(ms) && int(ms[i+1].start) < end && int(ms[i+1].start) != start {
			continue
		}
		r := resolveMemo(state)
		if r.key == "" {
			continue
		}
		if i+1 < len(ms) && int(ms[i+1].start) == start && int(ms[i+1].end) > end {
			n := &ms[i+1]
			// The run went on past the abbreviation ("Raleigh, N.C. Roy
			// Cooper said", "Lodi, N.J. Harmony's"): the rest is a name
			// of its own, read again.
			rest := strings.TrimLeft(text[end:n.end], " ")
			if rest == "" {
				continue
			}
			r2 := resolveMemo(rest)
			if r2.key == "" {
				continue
			}
			n.start, n.nameStart, n.r, n.parts = n.end-int32(len(rest)), n.end-int32(len(rest)), r2, r2.in
		}
		if m.tentative && m.r.e == nil && (strings.HasPrefix(m.r.key, "~") || strings.EqualFold(m.r.key, name)) {
			// A dateline's town: "PORTSMOUTH, N.H. —", "Scranton, Pa.,
			// workers"; not one the gazetteers spell as another place
			// ("COLUMBIA, S.C." is no Colombia).
			m.tentative, m.place = false, true
		} else if !m.tentative && m.r.e == nil && !m.org && !m.firm && (!opensWithGivenName(name) || afterPlacePreposition(text, int(m.start))) {
			m.place = true // a town the tables do not know, whatever its name's guess: "Franklin, Tenn.", "in Sierra Visa, Ariz."; not "Jim Himes, Conn."
		}
		states = append(states, found{start: int32(start), end: int32(end), nameStart: int32(start), r: r, parts: r.in, place: true})
	}
	sc.states = states
	if len(states) > 0 {
		// Merge by start; a state replaces the run's mention at its start
		// ("Calif", "Nev"), which ends where it does or a full stop short
		// (a longer one starts after it now).
		merged := sc.merged[:0]
		k := 0
		for _, m := range ms {
			for k < len(states) && states[k].start < m.start {
				merged = append(merged, states[k])
				k++
			}
			if k < len(states) && states[k].start == m.start {
				merged = append(merged, states[k])
				k++
				continue
			}
			merged = append(merged, m)
		}
		merged = append(merged, states[k:]...)
		sc.merged, ms = ms[:0], merged
	}
	// Acronyms the text defines, "Special Air Service (SAS)": the
	// acronym's mentions are the long form's entity (or the long form the
	// acronym's, when only the table knows the acronym).
	var defined map[string]*resolvedName
	for i := 0; i+1 < len(ms); i++ {
		long, acr := &ms[i], &ms[i+1]
		if text[long.end:acr.start] != " (" || int(acr.end) >= len(text) || text[acr.end] != ')' ||
			!definesAcronym(text[acr.nameStart:acr.end], text[long.nameStart:long.end]) || long.r.key == acr.r.key {
			continue
		}
		if defined == nil {
			defined = map[string]*resolvedName{}
		}
		if acr.r.e != nil && long.r.e == nil {
			defined[long.r.key] = acr.r
		} else {
			defined[acr.r.key] = long.r
		}
	}
	// An acronym the text does not define, of three letters or more, that
	// no table knows and that is the initials of the capitalised words of
	// one longer name of the text, and of no other, is that name's
	// ("SEP" after "Saturday Evening Post", "IQA" after "International
	// Quidditch Association").
	var longs map[string]int // initials -> the index of the one name with them, or -1
	for i := range ms {
		if acr := trimPossessive(text[ms[i].nameStart:ms[i].end]); ms[i].r.e == nil && utf8.RuneCountInString(acr) >= 3 && isAcronym(acr) && defined[ms[i].r.key] == nil {
			if longs == nil {
				longs = sc.initials
				for j := range ms {
					if long := text[ms[j].nameStart:ms[j].end]; strings.IndexByte(long, ' ') > 0 && !isAllCaps(long) {
						if ini := initialsOf(long); len(ini) >= 3 {
							if k, seen := longs[ini]; !seen {
								longs[ini] = j
							} else if k >= 0 && ms[k].r.key != ms[j].r.key {
								longs[ini] = -1
							}
						}
					}
				}
			}
			if k, ok := longs[acr]; ok && k >= 0 {
				if defined == nil {
					defined = map[string]*resolvedName{}
				}
				defined[ms[i].r.key] = ms[k].r
				ms[i].initials = true
			}
		}
	}
	for i := range ms {
		if r, ok := defined[ms[i].r.key]; ok {
			ms[i].r = r
			ms[i].tentative = false
		}
	}
	// Link within the text: a bare surname (or an unknown spelling)
	// takes the entity of the full name with the same surname skeleton,
	// the nearest one before it, else the first after it.
	surnameGroup := sc.surnameIDs     // surname skeleton -> its group of full-name mentions
	fullNames := sc.surnameGroups[:0] // the groups: mentions in order
	namedInFull := sc.inFull          // keys named with a given name
	for j := range ms {
		if ms[j].parts.partGiven == "" {
			continue
		}
		g, ok := surnameGroup[ms[j].parts.partSurname]
		if !ok {
			g = len(fullNames)
			surnameGroup[ms[j].parts.partSurname] = g
			if g < cap(fullNames) {
				fullNames = fullNames[:g+1]
				fullNames[g] = fullNames[g][:0]
			} else {
				fullNames = append(fullNames, nil)
			}
		}
		fullNames[g] = append(fullNames[g], j)
		namedInFull[ms[j].r.key] = true
	}
	sc.surnameGroups = fullNames
	fullBySurname := func(surname string) []int {
		if g, ok := surnameGroup[surname]; ok {
			return fullNames[g]
		}
		return nil
	}
	// namesPerson: an honorific, the table or a common given name first
	// says the mention is a person's.
	namesPerson := func(f *found) bool {
		first, _, _ := strings.Cut(text[f.nameStart:f.end], " ")
		return f.person || f.r.kind == Person || isGivenName(first)
	}
	// A full name whose given names lengthen another's of the text with
	// the same surname ("Timothy Cook" and "Tim Cook") names the same
	// person, as in a batch (KeyAll, shortensGiven).
	var people []int
	for _, same := range fullNames {
		joinShortForms(ms, same)
		// People's names only, where one of the surname's names is a
		// person's by a sign (namesPerson): a place, a body or a thing
		// named with more words than another is no other spelling of
		// it ("New South Wales" is no "South Wales", "LEGO Star Wars" no
		// "Star Wars").
		people = people[:0]
		if slices.ContainsFunc(same, func(j int) bool { return namesPerson(&ms[j]) }) {
			for _, j := range same {
				bare := trimPossessive(name(&ms[j]))
				if k := guess(bare, false); !ms[j].place && !ms[j].org && !isPlaceName(bare) && k != Org && k != Other {
					people = append(people, j)
				}
			}
		}
		joinLongerForms(ms, people)
	}
	var plain map[int][]int // a group's full names without a suffix, once computed (withoutSuffixed)
	// The full name the last bare or titled surname of a group took: a
	// bare surname goes on meaning the person it last meant ("Mr.
	// Trump's aides … TRUMP SIGNS", after "first lady Melania Trump"), as
	// news writing names a relative in full each time and the story's
	// subject by surname alone.
	lastMeant := sc.lastMeant // surname group -> index in ms
	for i := range ms {
		m := &ms[i]
		if m.start < m.nameStart && m.r.e != nil && isMan(m.r.e) && womanTitled(text[m.start:m.nameStart]) {
			// "Mrs. Trump": the table's man is not she, and the name
			// with its title is keyed as the rules key it (resolvePartsOf).
			m.r = resolveMemo(text[m.start:m.end])
			m.parts = m.r.in
		}
		if m.parts.partGiven != "" {
			continue
		}
		cands := fullBySurname(m.parts.partSurname)
		if g, ok := surnameGroup[m.parts.partSurname]; ok && len(cands) > 1 {
			p, done := plain[g]
			if !done {
				p = withoutSuffixed(text, ms, cands)
				if plain == nil {
					plain = map[int][]int{}
				}
				plain[g] = p
			}
			cands = p
		}
		best := -1
		if len(cands) > 0 {
			k, _ := slices.BinarySearch(cands, i)
			if k > 0 {
				best = cands[k-1] // the nearest before
			} else {
				best = cands[0] // the first after
			}
			g := surnameGroup[m.parts.partSurname]
			if j, ok := lastMeant[g]; ok && m.start == m.nameStart && len(cands) > 1 && namesPerson(&ms[j]) {
				best = j
			}
			if m.start < m.nameStart && len(cands) > 1 {
				best = titledFull(text, ms, cands, k, m, best)
			}
			if title := text[m.start:m.nameStart]; womanTitled(title) && !strings.EqualFold(strings.TrimSpace(title), strings.TrimSpace(text[ms[best].start:ms[best].nameStart])) &&
				givenNameSex(firstField(text[ms[best].nameStart:ms[best].end])) == 'M' {
				// "Mrs. Hanson" where the text names only Robert Hanson
				// in full: his wife or mother, not he. Only this way
				// round: the given-name list gives the sexes of US
				// babies, and men of other countries bear names it
				// calls a girl's ("Mr. Castex" is Jean Castex).
				best = -1
			}
		}
		if best >= 0 && m.r.e != nil && namedInFull[m.r.key] {
			// The table says who the surname means, and the text
			// names that person in full too.
			best = -1
		}
		if best < 0 {
			continue
		}
		bare := trimPossessive(text[m.nameStart:m.end])
		if m.r.e == nil && !hasNearWord(text[ms[best].nameStart:ms[best].end], bare) {
			continue // a surname skeleton alone joins other names: "Dickens" is not Roger Deakins
		}
		if placeLike := m.r.e != nil && m.r.kind != Person || m.r.e == nil && (isPlaceName(bare) || m.place); placeLike {
			// A place or organisation the table or the gazetteer knows
			// is the bare surname only of a name that is surely a
			// person's ("Hamilton" after "Ian Hamilton", not "Taiwan"
			// after "Smart Taiwan"), spelled as that name spells it
			// ("Paris" is not "Dave Pares").
			full := trimPossessive(text[ms[best].nameStart:ms[best].end])
			if !namesPerson(&ms[best]) || !strings.EqualFold(full[strings.LastIndexByte(full, ' ')+1:], bare) {
				continue
			}
		}
		// A word that names organisations ("Senate" after "the United
		// States Senate") is the same entity, but says nothing of a
		// person.
		orgWord := m.r.e == nil && guess(bare, false) == Org
		m.r, m.person = ms[best].r, m.person || !orgWord && (namesPerson(&ms[best]) || ms[best].r.e == nil && guess(trimPossessive(text[ms[best].nameStart:ms[best].end]), false) == Person && !afterIndefinite(text, int(ms[best].start))) &&
			!(ms[best].r.e == nil && !ms[best].person && teamShaped(text, ws, int(ms[best].nameStart), int(ms[best].end), capitals)) // "the Cowboys" after "the Dallas Cowboys": a team's short name
		m.tentative = false
		if g, ok := surnameGroup[m.parts.partSurname]; ok && len(fullNames[g]) > 1 {
			lastMeant[g] = best // only read where the text names several people of the surname
		}
	}
	t.joinFirmMentions(text, ws, ms, surnameGroup, guess, common, sc)
	// A given name alone ("Jenna", after "Jenna McMasters") is the one
	// person the text names in full with it; when the text names two
	// ("Jenna McMasters", "Jenna Ortiz"), it is neither. A place's name
	// that is a given name too ("Indiana", "Virginia") stays the place,
	// and a name whose words make it no person's ("Indiana University")
	// names nobody by its first word.
	byGiven := sc.byGiven // canonical given-name skeleton -> a full-name mention, or -1 when two entities share it
	for j := range ms {
		g := ms[j].parts.partGiven
		if e := ms[j].r.e; g == "" && e != nil && e.kind == Person && e.given != "" {
			g = t.canonGiven(e.given) // a person the table lists, named by any spelling ("Putin")
		}
		if g != "" && namesPerson(&ms[j]) && (ms[j].r.kind == Person || ms[j].r.e == nil && guess(trimPossessive(text[ms[j].nameStart:ms[j].end]), ms[j].person) == Person) {
			if k, ok := byGiven[g]; !ok {
				byGiven[g] = j
			} else if k >= 0 && ms[k].r.key != ms[j].r.key {
				byGiven[g] = -1
			}
		}
	}
	var spelled map[string]int // see givenSpellings, made when first needed
	for i := 0; i < len(ms) && len(byGiven) > 0; i++ {
		m := &ms[i]
		if m.parts.partGiven != "" || m.r.e != nil || m.description {
			continue
		}
		if _, linked := surnameGroup[m.parts.partSurname]; linked || m.r.key == "" || strings.IndexByte(text[m.nameStart:m.end], ' ') >= 0 {
			continue
		}
		bare := trimPossessive(text[m.nameStart:m.end])
		if !isGivenName(bare) && !knighted(text[m.start:m.nameStart]) || isPlaceName(bare) && !m.person && !afterKin(text, ws, int(m.start)) && !kinOfPossessive(text, ws, int(m.start), int(m.end)) {
			continue // "Vladimir" the city stays the city; "President Vladimir", "his son George", "George's brother" are people
		}
		var buf [64]byte
		w, ok := lowerASCIIWord(&buf, bare)
		if !ok {
			continue
		}
		gsk := givenWordSkeleton(string(w))
		j, ok := byGiven[t.canonGiven(gsk)]
		if ok && j < 0 {
			// Two people share the skeleton ("Vladimir" Putin, "Volodymyr"
			// Zelensky): the one whose given name is spelled as written.
			if spelled == nil {
				spelled = givenSpellings(text, ms, func(f *found) bool { return f.r.kind == Person && namesPerson(f) })
			}
			if k, found := spelled[string(w)]; found {
				j = k
			}
		}
		// The given name alone is spelled as the full name's is, nearly
		// ("Sofia", "Sofía"), or the nickname table joins them either way
		// ("Bill" and William Binney, "William" and Bill Binney): a
		// skeleton alone joins other names ("Ron" and Ryan Knapp, "Noel"
		// and Neil Stein).
		if ok && j >= 0 && (t.canonGiven(gsk) != gsk || nicknamed(t, string(w), &ms[j], text) || nearSpelling(string(w), firstWordLower(fullNameOf(text, &ms[j])))) {
			m.r, m.person, m.tentative = ms[j].r, true, false
		}
	}
	joinFirstWords(text, ms, surnameGroup, namesPerson, sc.byFirst)
	// A tentative mention stays when the text names the same key
	// elsewhere, or when it opens a list of places ("Milan or Rome,
	// Paris, Jakarta": see placeLists).
	firm := sc.firm
	tentatives := false
	for _, m := range ms {
		if !m.tentative {
			firm[m.r.key] = true
		} else {
			tentatives = true
		}
	}
	if tentatives {
		sc.placeLists = placeLists(text, ms, sc.placeLists)
	}
	kept := ms[:0]
	for i, m := range ms {
		if !m.tentative || firm[m.r.key] || sc.placeLists[i] {
			kept = append(kept, m)
		}
	}
	ms = kept
	// "the president", "the spokesman": a description the text has
	// given one person only ("President Vladimir Putin … the president").
	// The office phrases written before each person's name: "minister",
	// "prime minister" for "Prime Minister Keir Starmer".
	holders := map[string]map[string]int{} // office phrase -> key -> index in ms
	for i, m := range ms {
		if !m.person && m.r.kind != Person {
			continue
		}
		k, _ := wordAt(ws, int(m.start))
		if k == 0 || !inLower(officeWords, ws[k-1].in(text)) {
			continue
		}
		phrase := ""
		for back := k - 1; back >= 0 && back >= k-4; back-- {
			lw := strings.ToLower(trimPossessive(ws[back].in(text)))
			if !officeWords.has(lw) && !nameTitles.has(lw) {
				break
			}
			phrase = strings.TrimSpace(lw + " " + phrase)
			if holders[phrase] == nil {
				holders[phrase] = map[string]int{}
			}
			if _, ok := holders[phrase][m.r.key]; !ok {
				holders[phrase][m.r.key] = i
			}
		}
	}
	// Descriptions: "the" and an office phrase, after the one person the
	// text gave that office. The phrase may be capitalised, as it is
	// before the name ("the Secretary" after "Secretary Cardona", "the
	// Vice President" after "Vice President Ford"), where it is all the
	// run holds: a capitalised word after it makes it part of a longer
	// name ("the Secretary General António Guterres").
	var descr []found
	for k := 1; k < len(ws) && len(holders) > 0; k++ {
		w := ws[k].in(text)
		if n := len(w); n > 2 && w[n-1] == 's' {
			w = trimPossessive(w) // "the president's"
		}
		if !officeWords.shapes.mayFolded(w) {
			continue
		}
		if !officeWords.has(w) && (!ws[k].upper || !inLower(officeWords, w)) {
			continue
		}
		if ws[k].upper && (w != capitalized(strings.ToLower(w)) || k+1 < len(ws) && ws[k+1].upper && !strings.ContainsAny(text[ws[k].end:ws[k+1].start], ",;:.!?()\"“”\n")) {
			continue // "SECRETARY", or "the President Joe Biden"
		}
		if prev := ws[k-1].in(text); prev != "the" && prev != "The" && !inLower(nameTitles, prev) {
			continue
		}
		start := k
		for start > 0 && start > k-3 && inLower(nameTitles, ws[start-1].in(text)) && ws[start-1].in(text) != "the" && ws[start-1].upper == ws[k].upper {
			start--
		}
		if start == 0 || ws[start-1].in(text) != "the" && ws[start-1].in(text) != "The" {
			continue
		}
		phrase := strings.ToLower(trimPossessive(text[ws[start].start:ws[k].end]))
		phrase = strings.Join(strings.Fields(phrase), " ")
		if len(holders[phrase]) != 1 {
			continue
		}
		// The first mention that ends after "the": mentions are in order
		// and never overlap, and a description keeps it so.
		j, _ := slices.BinarySearchFunc(ms, ws[start-1].start, func(m found, at int32) int { return cmp.Compare(m.end-1, at) })
		if j < len(ms) && ms[j].start < ws[k].end {
			continue // a mention already holds the words ("the President", or "The" inside a name)
		}
		for _, i := range holders[phrase] {
			if ms[i].start < ws[start-1].start { // described after being named
				f := ms[i]
				f.start, f.end = ws[start-1].start, ws[k].end
				f.tentative, f.description = false, true
				descr = append(descr, f)
			}
		}
	}
	// A capitalised office alone ("the Secretary signed", "our new
	// President", "Madam Secretary", "sworn in as President"): inside a
	// sentence English capitalises an office's noun before a name or
	// where the noun stands for its holder, so with no name after it the
	// office is a person's mention. It is the holder's where the text gave
	// the office to one person (as above, and after "our" or "as" too),
	// or the person's named in apposition after it, else an entity of its
	// own, the office's: its holder unnamed.
	//
	// describe makes the office at ws[start:k+1] a description of the
	// mention ms[i]. The descriptions above and those this loop adds are
	// each in order of their start, so one cursor over the first and the
	// last of the second tell whether one holds the words already.
	describe := func(i, start, k int) {
		f := ms[i]
		f.start, f.nameStart, f.end = ws[start].start, ws[start].start, ws[k].end
		f.tentative, f.description = false, true
		descr = append(descr, f)
	}
	above, cursor := len(descr), 0
	var offices map[string]*resolvedName // the office's entity, by its words
	for k := 1; k < len(ws); k++ {
		start, ok := capitalOffice(text, ws, k)
		if !ok {
			continue
		}
		s, e := ws[start].start, ws[k].end
		for cursor < above && descr[cursor].end <= s {
			cursor++
		}
		j, _ := slices.BinarySearchFunc(ms, s, func(m found, at int32) int { return cmp.Compare(m.end-1, at) })
		if j < len(ms) && ms[j].start < e || cursor < above && descr[cursor].start < e || len(descr) > above && descr[len(descr)-1].end > s {
			continue // a name or a description holds the words already
		}
		name := trimPossessive(text[s:e])
		phrase := strings.Join(strings.Fields(strings.ToLower(name)), " ")
		// The holder named in apposition, closed after the name: "the
		// Turkish President, Recep Tayyip Erdogan,".
		if strings.HasPrefix(text[e:], ", ") {
			if i, ok := slices.BinarySearchFunc(ms, e+2, func(m found, at int32) int { return cmp.Compare(m.start, at) }); ok && (ms[i].person || ms[i].r.kind == Person) && closesApposition(text, int(ms[i].end)) {
				describe(i, start, k)
				continue
			}
		}
		if len(holders[phrase]) == 1 {
			for _, i := range holders[phrase] {
				if ms[i].start < s { // described after being named
					describe(i, start, k)
				}
			}
			if len(descr) > above && descr[len(descr)-1].start == s {
				continue
			}
		}
		// Its key is the office's words: "Vice President" is not
		// "President", as a name's key would have it. One entity an
		// office, however often the text writes it.
		r := offices[phrase]
		if r == nil {
			in := &nameInfo{key: phrase, kind: Person, norm: phrase, display: name, guess: [2]Kind{Person, Person}}
			r = resolvedSlab.add(resolvedName{phrase, nil, Person, in})
			if offices == nil {
				offices = map[string]*resolvedName{}
			}
			offices[phrase] = r
		}
		descr = append(descr, found{r: r, parts: r.in, start: s, nameStart: s, end: e, person: true})
	}
	if len(descr) > 0 {
		ms = append(ms, descr...)
		slices.SortStableFunc(ms, func(x, y found) int { return int(x.start - y.start) })
	}
	// A name no table knows that speaks ("Assange said", "Vogel told") is
	// a person's: where the rules would guess a place for want of any
	// other sign, a place the gazetteer does not know seldom speaks.
	// placeByDefault: the name is a place only for want of any other sign
	// (a single word no table or gazetteer knows), the only kind of name
	// the text's evidence below may make a person's.
	// orgNamed holds the keys of the entities the text names in full by
	// a firm's name of the open data or with a legal form ("Chicago
	// Tribune", "McClatchy Co."): a word alone that takes such a key
	// ("Tribune", linked as the full name's last word) is the firm, not a
	// place or a person for want of a sign. Not where only the shape of
	// the name says organisation: the place alone of "Air Chathams" is the
	// islands.
	orgNamed := sc.orgNamed
	clear(orgNamed)
	for i := range ms {
		m := &ms[i]
		if m.description || m.r.e != nil || m.start != m.nameStart || m.person {
			continue
		}
		if bare := trimPossessive(text[m.nameStart:m.end]); strings.IndexByte(bare, ' ') > 0 && guess(bare, false) == Org && (isFirmName(bare) || legalFormEnds(bare)) {
			if orgNamed == nil {
				orgNamed = map[string]bool{}
				sc.orgNamed = orgNamed
			}
			orgNamed[m.r.key] = true
		}
	}
	// placeByName: the name bare is a place's only for want of any other
	// sign, by its guess of last resort (no gazetteer's place, no kind of
	// place named in it).
	placeByName := func(bare string) bool {
		return guess(bare, false) == Place && !isPlaceName(bare) && !namesPlaceKind(bare)
	}
	placeByDefault := func(m *found) bool {
		if m.org || m.place || orgNamed[m.r.key] {
			return false // an organisation by the text's evidence: a firm's word alone (joinFirmMentions), the last word of a firm's name (orgNamed); a place by its: a dateline's town
		}
		return placeByName(trimPossessive(text[m.nameStart:m.end]))
	}
	// personByDefault: the name bare is a person's only for want of any
	// other sign (several words that open with no given name).
	personByDefault := func(bare string) bool {
		return strings.Contains(bare, " ") && guess(bare, false) == Person && !opensWithGivenName(bare)
	}
	for i := range ms {
		m := &ms[i]
		if m.description || m.r.e != nil || m.r.kind != "" || m.start != m.nameStart {
			continue
		}
		// A language's name: evidence against the guesses of last resort
		// and against a person's by a surname's link ("Eegimaa" after
		// "Gújjolaay Eegimaa"), not against an honorific. A name CLDR
		// gives a language is one where the rules could only guess
		// ("in Urdu", "spoke Pashto"), unless "the" makes it its people
		// ("the Maori of mainland New Zealand").
		bare := trimPossessive(text[m.nameStart:m.end])
		if namesLanguage(text, ws, int(m.start), int(m.end)) && (m.person || placeByDefault(m) || personByDefault(bare)) ||
			isLanguageName(bare) && (placeByDefault(m) || personByDefault(bare)) && !afterThe(text, int(m.start)) && !beforePlaceHead(text, ws, int(m.end)) {
			m.signs |= signLanguage // "the Eegimaa language", "speakers of Bayot", "in Urdu": a language, no place or person
		}
	}
	listed := placeLists(text, ms, sc.placeLists)
	sc.placeLists = listed
	kinded := kindAfterLists(text, ms, sc.kindLists)
	sc.kindLists = kinded
	for i := range ms {
		m := &ms[i]
		if m.person || m.description || m.r.e != nil || m.r.kind != "" {
			continue
		}
		bare := trimPossessive(text[m.nameStart:m.end])
		if m.start == m.nameStart && (placeByDefault(m) || personByDefault(bare)) && (employedBy(text, int(m.start)) || (employedAt(text, int(m.start)) || i > 0 && strings.Contains(bare, " ") && ofPerson(text, ms, i)) && !namedPlace(bare) || pollsBy(text, int(m.end))) ||
			m.start == m.nameStart && !strings.Contains(bare, " ") && isGivenName(bare) && !isPlaceName(bare) && !beforeRegion(text, int(m.end)) && (frameBefore(text, int(m.start), employerFrames) || employedAt(text, int(m.start))) {
			// "worked for Zentrik", "played for Dunmore", "signed with
			// Tarvo": an employer; "a Gallup poll": a pollster; where the
			// kind was the guess of last resort. A given name alone is
			// one where only a firm or a team can stand: "the CEO of
			// Hilton", "signed with Chelsea", not "worked for Martha", nor
			// a town before its region ("founded Lawrence, Kansas").
			m.org = true
		}
		if (writesFirm(text, int(m.start), int(m.end)) || madeBy(text, int(m.end)) && !isDemonym(bare)) && !isPlaceName(bare) {
			m.firm = true // not a country's "revenues"; "Dassault-made", not "US-made"
		}
		if m.start == m.nameStart && i+1 < len(ms) && possessorOfPerson(text, m, &ms[i+1]) && !isPlaceName(bare) && !isDemonym(bare) &&
			guess(bare, false) != Person && !personElsewhere(ms, m) {
			m.org = true // "Zentrik's Mark Zuckerberg": the employer, as "Apple's Tim Cook"
		}
		if m.start == m.nameStart && locatedIn(text, int(m.start)) && firmProduct(bare) && guess(bare, false) == Other {
			m.place = true // "at Staples Center"
		}
		if m.start == m.nameStart && founderNamed(bare) && (describedAs(text, ws, int(m.start), int(m.end)) == Person || isPersonNoun(appositionHead(text, ws, int(m.start), int(m.end)))) {
			m.person = true // "Charles Schwab, the founder,": the founder, not the firm
		}
		if m.start == m.nameStart && arabicArticleName(bare) {
			if locatedIn(text, int(m.start)) {
				m.place = true // "fighting in al-Bab": where the guess of last resort was a group
			} else if personAfterVerb(text, ws, int(m.end)) {
				m.person = true // "critics of al-Zubaidi say he lied"
			}
		}
		if m.start == m.nameStart && strings.Contains(bare, " ") && opensWithGivenName(bare) && isPlaceHeadWord(lastField(bare)) &&
			(locatedIn(text, int(m.start)) || afterThe(text, int(m.start)) || beforeRegion(text, int(m.end))) {
			m.place = true // "in Forest Park", "the Kaiser Building", "Clifton Park, New York": a place's head after a given name, written where places go
		}
		if m.start == m.nameStart && bare == text[m.nameStart:m.end] && isPoliticianSurname(bare) && locatedIn(text, int(m.start)) && headsPhrase(text, ws, int(m.end)) {
			m.place = true // "the farm lies in Romney": a politician's surname where places go, heading its phrase (not "at Romney rallies")
		}
		if m.start == m.nameStart && personByDefault(bare) {
			if locatedIn(text, int(m.start)) || afterNumber(text, int(m.start)) && !namesModel(text, int(m.nameStart), int(m.end)) && !beforeNumbers(text, int(m.end)) || beforeRegion(text, int(m.end)) {
				m.place = true // "in Eau Gallie", "at Kopinga Marae", "Clifton Park, New York": where the guess of last resort was a person
			} else if afterThe(text, int(m.start)) || afterIndefinite(text, int(m.start)) && headsPhrase(text, ws, int(m.end)) || commonWords(text, ws, int(m.nameStart), int(m.end), capitals, &lowerScans) ||
				endsInCommonWord(text, ws, int(m.nameStart), int(m.end), capitals, &lowerScans) ||
				endsInDictionaryWord(bare) && describedAs(text, ws, int(m.start), int(m.end)) != Person && !isPersonNoun(appositionHead(text, ws, int(m.start), int(m.end))) &&
					!inAuthorList(text, int(m.nameStart), int(m.end)) && !personAfterVerb(text, ws, int(m.end)) {
				m.thing = true // not "Arne Slot, the Liverpool manager,": an apposition of a person's noun
			}
		}
		if m.start == m.nameStart && !m.place && m.r.e == nil && kinded[i] {
			m.place = true // "Menard and Logan counties", "the Tigris and Euphrates rivers"
		}
		if m.start == m.nameStart && !m.place && !strings.Contains(bare, " ") && (listed[i] || beforeRegion(text, int(m.end))) && guess(bare, false) == Person {
			m.place = true // a given name before its region or listed with places is a town's: "Marion, Ohio", "Milan or Rome, Paris"
		}
		byDefault := placeByDefault(m)
		if m.start == m.nameStart && !m.person && (firmOrGivenName(bare) || opensWithGivenName(bare) && guess(bare, false) == Other) && personSigned(text, ws, m) {
			m.person = true // "Dana said she", "Bentley, 34,", "Kevin Summit, 52,": the given name's, not the firm's or the event's
		}
		if m.start == m.nameStart && strings.Contains(bare, " ") && afterThe(text, int(m.start)) && headsPhrase(text, ws, int(m.end)) {
			if first := firstField(bare); isPlaceName(first) && isGivenName(first) {
				m.placeBody = true // "the Dallas Cowboys", "the Charlotte Observer": a place's team, paper or party, no person
			}
		}
		// A name that opens a bracket right after an organisation's and
		// goes on there with a particle names it again, in its own
		// language ("the French Air and Space Force (Armee de l'air et
		// de l'espace)"): the organisation's mention, whole to the
		// bracket's end, not a name of last resort. A word alone in the bracket ("(Calif.)") or
		// before a common noun ("(Tarnok branch)") says where the body is.
		if (byDefault || personByDefault(bare)) && i > 0 && ms[i-1].end <= m.start && !ms[i-1].description && !ms[i-1].person &&
			text[ms[i-1].end:m.start] == " (" && continuesName(text[m.end:]) {
			p := &ms[i-1]
			if p.org || p.r.kind == Org || p.r.kind == "" && guess(name(p), false) == Org {
				// The same body, named up to the bracket's end.
				m.org, m.r = true, p.r
				if k := strings.IndexByte(text[m.end:min(len(text), int(m.end)+80)], ')'); k > 0 && !strings.ContainsAny(text[m.end:int(m.end)+k], ".,;(\n") &&
					(i+1 == len(ms) || ms[i+1].start >= m.end+int32(k)) {
					m.end += int32(k)
				}
			}
		}
		if byDefault && (subjectOfHe(text, ws, int(m.nameStart)) || headsPersonNoun(text, ws, int(m.end)) || kinApposition(text, ws, int(m.start), int(m.end)) || vocative(text, int(m.start), int(m.end)) || greeted(text, ws, int(m.start), int(m.end)) || beforeWho(text, int(m.start), int(m.end)) ||
			beforeReflexive(text, int(m.end)) || joinedToPerson(text, ms, i)) {
			m.person = true
		}
		// A word the gazetteer lists as a place that is a given name too
		// ("George", a city in South Africa; "Mary", one in Turkmenistan;
		// "Austin") is a place, unless the text writes it as only a
		// person is written, and not where places go (after "in", "to",
		// "from": "a nurse from Charlotte, who asked", "drove to Austin
		// himself"): with kin before it ("his son George") or after its
		// possessive ("George's brother"), kin in an
		// apposition ("his wife, Nancy,", "to Charlotte, his daughter,";
		// not "in Denver, his brother said", an attribution), before a
		// relative "who" (not a place's region after a comma: "Columbus,
		// Indiana, who"), or before "himself", or as the speaker a
		// quotation's end names ("“We won,” Mary said": a quotation's
		// attribution, which a city's statement seldom has). Not the verbs
		// of speaking alone ("Austin said" may be the city's government),
		// nor a "he" that goes on from it: "Arizona will be the fifth state
		// … He said" speaks of someone else.
		if !byDefault && m.start == m.nameStart && !strings.Contains(bare, " ") && isPlaceName(bare) && isGivenName(bare) &&
			(afterKin(text, ws, int(m.start)) || kinApposition(text, ws, int(m.start), int(m.end)) && !attributedToKin(text, ws, int(m.end)) || kinOfPossessive(text, ws, int(m.start), int(m.end)) ||
				quotedSpeaker(text, ws, int(m.start), int(m.end)) ||
				!afterPlacePreposition(text, int(m.start)) && (beforeWho(text, int(m.start), int(m.end)) && !strings.HasSuffix(text[:m.start], ", ") || beforeReflexive(text, int(m.end)))) {
			m.person = true
		}
		// A noun written before the name or an apposition after it
		// describes it ("singer Adele", "the journal Nature Astronomy",
		// "Airbnb, a company"): evidence only where the kind was the
		// guess of last resort, a place for one word, a person for
		// several that open with no given name.
		if m.start == m.nameStart {
			switch describedAs(text, ws, int(m.start), int(m.end)) {
			case Person:
				m.person = m.person || byDefault
			case Org:
				m.org = m.org || byDefault || personByDefault(bare)
			case Place:
				m.place = m.place || personByDefault(bare)
			}
		}
		if (byDefault || isAcronym(bare)) && m.start == m.nameStart && !strings.Contains(bare, " ") && countedNoun(text, int(m.start), int(m.end)) && headsPhrase(text, ws, int(m.end)) {
			m.counted = true // "a Geofence", "these Vans": a kind of thing, which places are not
		}
		if (byDefault || personByDefault(bare)) && m.start == m.nameStart && beforeIllnessNoun(text, ws, int(m.end)) {
			m.signs |= signIllness
		}
		if m.start == m.nameStart && isAcronym(bare) && (afterAmount(text, int(m.start)) || afterTime(text, int(m.start))) && headsPhrase(text, ws, int(m.end)) ||
			m.start == m.nameStart && strings.HasSuffix(text[:m.start], " degrees ") {
			m.signs |= signUnit // "225 DKK", "40 CUC": a currency or a unit; "Wednesday AEST", "3 p.m. EDT": a time zone; "40 degrees Celsius"
		}
		// Told something or reporting it, a name no list knows is, in
		// news, most often the outlet: "told Newsmax", "told POLITICO",
		// "Factcheck.org reported", "according to Statista".
		if told, toDo := spokenTo(text, int(m.start), int(m.end)); (byDefault || personByDefault(bare) && inLower(mediaWords, firstField(bare))) && m.start == m.nameStart && (told && !toDo || reportedBy(text, int(m.start), int(m.end))) {
			m.signs |= signOutlet // also a name of several words that a medium opens: "told Radio Mitre"; not "told Newt Gingrich"
		} else if m.start == m.nameStart && isThingAcronym(bare) && guess(bare, false) == Other &&
			(told && !toDo || reportedBy(text, int(m.start), int(m.end)) || saidOn(text, int(m.start)) || speaks(text, ws, int(m.end))) {
			m.org = true // an acronym of a thing that speaks, is told or airs something is an organisation's: "told ABC", "PBS reported", "on ABC"
		}
		// A word of the dictionary after a "The" written in capitals
		// inside a sentence is a title: a work's ("The Hobbit", "The
		// Tempest") or, told or reporting something (outlet above), a
		// paper's ("according to The Guardian"); not a place by default.
		if byDefault && m.start == m.nameStart && !strings.Contains(bare, " ") && capitalTheInside(text, int(m.start)) && isCommonWord(strings.ToLower(bare)) {
			m.signs |= signStyled
		}
		if byDefault && m.start == m.nameStart && !strings.Contains(bare, " ") && !isAllCaps(bare) && isPersonNoun(bare) && isDictionaryWord(strings.ToLower(bare)) {
			m.signs |= signRole
		}
		if byDefault && m.start == m.nameStart && saidOn(text, int(m.start)) {
			m.signs |= signMedium // "officials said on Telegram", "posted on Substack"
		}
		// The verb first: it is one short read, and seldom there. An
		// author cited as scholarship cites ("Carrano (2010)", "Binderman
		// et al., 2005", "(Palmeri, 2013)") is a person too.
		if !(speaks(text, ws, int(m.end)) && !(m.has(signOutlet) && reportsNext(text, ws, int(m.end)))) && !citesAuthor(text, int(m.end)) {
			continue
		}
		switch {
		case byDefault && m.has(signStyled):
			m.signs |= signOutlet // a title that speaks is a paper's: "The Telegraph understands", "The Independent said"
		case byDefault:
			m.person = true // only where the guess of last resort was a place
		case m.r.e == nil && m.start == m.nameStart && founderNamed(bare) && personAfterVerb(text, ws, int(m.end)):
			m.person = true // a firm named for its founder, written as the founder: "Ralph Lauren said he would retire"
		}
	}
	// Parties of a case at law ("Lynch v. Overholser", "Roe v. Wade"):
	// "v." between two names makes each that is a place only by default
	// a person's. Not "vs.", which also joins teams ("Lakers vs.
	// Celtics").
	for k := 0; k+1 < len(ms); k++ {
		if text[ms[k].end:ms[k+1].start] != " v. " {
			continue
		}
		for _, m := range []*found{&ms[k], &ms[k+1]} {
			if !m.person && !m.description && m.r.e == nil && m.r.kind == "" && placeByDefault(m) {
				m.person = true
			}
		}
	}
	// Authors cited together ("Palmeri and Gazio (1995)", "Hein, Reich,
	// Marks, Thuma, & Grigorenko, 2016"): the names listed before a cited
	// author, joined by "and", "&" or commas, are authors too. Outside a
	// citation a list may join a person to anything ("Joe Biden and
	// Democrats").
	for k := len(ms) - 1; k > 0; k-- {
		if !citesAuthor(text, int(ms[k].end)) {
			continue
		}
		for i := k - 1; i >= 0 && conjoined(text, ms[i], ms[i+1]); i-- {
			if m := &ms[i]; !m.person && !m.description && m.r.e == nil && m.r.kind == "" && placeByDefault(m) {
				m.person = true
			}
		}
	}
	// The words before "in", "of", "and", "for" or "against" and the name
	// of a law (one that lawHeads ends: "Policing Act", "Information Act")
	// open its title: "the George Floyd Justice in Policing Act", "a
	// Freedom of Information Act lawsuit". A title, not a person's name.
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.r.e != nil || a.r.kind != "" || a.description || b.r.e != nil || b.r.kind != "" || b.start != b.nameStart {
			continue
		}
		switch text[a.end:b.start] {
		case " in ", " of ", " and ", " for ", " against ":
		default:
			continue
		}
		if bare := trimPossessive(name(b)); strings.Contains(bare, " ") && lawHeads.has(strings.ToLower(lastField(bare))) && guess(bare, false) == Other {
			a.signs |= signInTitle
		}
	}
	// Group by key, in order of first mention. A first pass numbers the
	// entities and counts their mentions, so that the entities take one
	// allocation and their mentions another.
	if len(ms) == 0 {
		return nil
	}
	index := sc.index
	entityOf := sc.entityOf[:0] // the entity of each of ms
	counts := sc.counts[:0]     // the mentions of each entity
	for i := range ms {
		k, ok := index[ms[i].r.key]
		if !ok {
			k = len(counts)
			index[ms[i].r.key] = k
			counts = append(counts, 0)
		}
		counts[k]++
		entityOf = append(entityOf, int32(k))
	}
	sc.entityOf, sc.counts = entityOf, counts
	// model[k]: every mention of entity k names a model of a product: it
	// ends in a designation of letters and digits ("Rafale S5", "Airbus
	// A320"), as no person, place or organisation is written each time.
	model := make([]bool, len(counts))
	for k := range model {
		model[k] = true
	}
	for i, m := range ms {
		if m.r.e != nil || m.person || m.description || !namesModel(text, int(m.nameStart), int(m.end)) {
			model[entityOf[i]] = false
		}
	}
	out := make([]Entity, len(counts))
	mentions := make([]Mention, len(ms))
	for k, n := range counts {
		out[k].Mentions, mentions = mentions[:0:n], mentions[n:] // a full slice: an append by the caller copies
	}
	// An entity's kind starts from its first mention outside a headline
	// (see found.headline) that is no acronym standing for a longer name
	// (found.initials), and from its first where it has no other; a
	// word alone that has a kind only by the guess of last resort gives
	// way to a later full name that opens with a given name ("Jones-Drew
	// … Maurice Jones-Drew").
	// An "al-" name no list knows is a place only where the text writes
	// each of its mentions where places go ("fighting in al-Bab"), not
	// once ("membership in al-Qaeda" among the group's other mentions):
	// placed[k] is 1 then, -1 where one is elsewhere.
	// oneWordByDefault: a word alone that only the guess of last resort
	// gives a kind.
	oneWordByDefault := func(f *found) bool {
		return f.r.kind == "" && !f.person && !f.place && !f.org && !strings.Contains(name(f), " ")
	}
	first := make([]int32, len(out))
	placed := make([]int8, len(out))
	for k := range first {
		first[k] = -1
	}
	for i := range ms {
		k := entityOf[i]
		if first[k] < 0 || (ms[first[k]].headline || ms[first[k]].initials) && !ms[i].headline && !ms[i].initials ||
			!ms[i].headline && !ms[i].initials && oneWordByDefault(&ms[first[k]]) && ms[i].parts.partGiven != "" && opensWithGivenName(trimPossessive(name(&ms[i]))) {
			first[k] = int32(i)
		}
		if arabicArticleName(trimPossessive(text[ms[i].nameStart:ms[i].end])) {
			switch {
			case !ms[i].place:
				placed[k] = -1
			case placed[k] == 0:
				placed[k] = 1
			}
		}
	}
	for i, m := range ms {
		e := &out[entityOf[i]]
		if len(e.Mentions) == 0 {
			f := &ms[first[entityOf[i]]]
			kind := f.r.kind
			switch {
			case kind != "":
			case orgNamed[f.r.key] && firmWordAlone(text, ws, f, placeByName(trimPossessive(name(f)))):
				kind = Org // "bid for Tribune", then "the Chicago Tribune": the word alone first, a place only by default and not written where places go
			default:
				// A description comes after the name it describes, so
				// this is a name.
				kind = guess(name(f), f.person)
			}
			e.Key, e.Kind = m.r.key, kind
		}
		e.Mentions = append(e.Mentions, Mention{Text: validText(text[m.start:m.end]), Span: Span{int(m.start), int(m.end)}})
		if m.r.e != nil {
			e.Name = m.r.e.display
		} else if !m.description {
			if d := m.parts.display; len(d) > len(e.Name) && !strings.HasPrefix(e.Name, "~") {
				e.Name = validText(d)
			}
		}
		if m.person && e.Kind != Person && m.r.e == nil {
			e.Kind = Person
		}
		if e.Kind == Person && !m.person && m.r.e == nil && inLower(stormWords, firstField(text[m.nameStart:m.end])) && guess(trimPossessive(text[m.nameStart:m.end]), false) == Other {
			e.Kind = Other // "Sandy" and then "Hurricane Sandy": the storm's given name alone before it
		}
		if !m.person && e.Kind == Person && len(e.Mentions) > 1 && m.r.e == nil && isAcronymOf(strings.ReplaceAll(trimPossessive(text[m.nameStart:m.end]), ".", ""), trimPossessive(e.Mentions[0].Text)) &&
			!(opensWithGivenName(e.Mentions[0].Text) && !isCommonWord(strings.ToLower(firstField(e.Mentions[0].Text)))) {
			// The acronym of a name the rules took for a person's
			// though no given name opens it: such a name with an
			// acronym, and no org word at its end, names a thing: a
			// treaty, a survey, a device ("Trans-Pacific Partnership",
			// "TPP"; "Vehicle Stability Assist", "VSA"). A person
			// known by initials has a given name first ("Dominique
			// Strauss-Kahn", "DSK"), not a word that is a given name
			// too ("Female Orgasmic Disorder", "FOD").
			e.Kind = Other
		}
		if bare := trimPossessive(text[m.nameStart:m.end]); m.firm && !m.person && m.r.e == nil && (e.Kind != Person || personByDefault(bare) || isGivenName(bare)) {
			e.Kind = Org // "shares of LG Electronics", "Tesla shareholders": a person's only for want of any other sign, or by a given name alone
		}
		if !m.place && !m.person && e.Kind == Place && m.r.e == nil && (firmProduct(text[m.nameStart:m.end]) || isThingName(trimPossessive(text[m.nameStart:m.end]))) &&
			guess(trimPossessive(text[m.nameStart:m.end]), false) == Other {
			e.Kind = Other // "Stadia" first, a place by default, then "Google Stadia"; "Web", then "World Wide Web"
		}
		if m.place && !m.person && (e.Kind == Person || e.Kind == Other && firmProduct(text[m.nameStart:m.end]) || e.Kind == Org && placed[entityOf[i]] == 1) && m.r.e == nil {
			e.Kind = Place
		}
		if m.thing && !m.person && !m.place && e.Kind == Person && m.r.e == nil {
			e.Kind = Other
		}
		if !m.person && !m.place && (e.Kind == Person || e.Kind == Place) && m.r.e == nil && wonOrNominated(text, int(m.end)) {
			e.Kind = Other // "Oscar-winning", "Nobel-winning": a prize, though a given name or a place by default
		}
		if e.Kind == Org && !m.person && m.r.e == nil && m.start == m.nameStart && (afterThe(text, int(m.start)) || afterIndefinite(text, int(m.start))) && firmPart(text[m.nameStart:m.end]) {
			e.Kind = Other // "the Hyundai Tucson", "a Toyota Tacoma": a model named for a place, not the firm's arm there
		}
		if !m.person && e.Kind == Person && m.r.e == nil {
			if k := acronymEndKind(trimPossessive(text[m.nameStart:m.end])); k == Place || k == Other && !inAuthorList(text, int(m.nameStart), int(m.end)) {
				e.Kind = k // "Windows XP", "Super PAC": no person's name ends in an acronym; "Seattle WA" is the city
			}
		}
		if !m.thing && !m.person && !m.place && e.Kind == Person && m.r.e == nil && endsInFirmHead(text[m.nameStart:m.end], capitals) &&
			!personSigned(text, ws, &m) {
			e.Kind = Org // "Evercore Partners", "Chicago Tribune"
		}
		if m.org && !m.person && m.r.e == nil {
			e.Kind = Org
		}
		if m.placeBody && !m.person && e.Kind == Person && m.r.e == nil {
			e.Kind = Org
		}
		if m.has(signMedium) && !m.person && e.Kind == Place && m.r.e == nil {
			e.Kind = Other
		}
		if m.has(signOutlet) && !m.person && (e.Kind == Place || e.Kind == Person && inLower(mediaWords, firstField(trimPossessive(text[m.nameStart:m.end])))) && m.r.e == nil {
			e.Kind = Org // "told Newsmax"; "told Radio Mitre", a person only by default
		}
		if m.has(signStyled) && !m.has(signOutlet) && !m.person && !m.place && e.Kind == Place && m.r.e == nil {
			e.Kind = Other
		}
		if m.has(signIllness) && !m.person && !m.place && (e.Kind == Place || e.Kind == Person) && m.r.e == nil {
			e.Kind = Other
		}
		if m.counted && !m.person && !m.place && (e.Kind == Place || e.Kind == Org && isAcronym(trimPossessive(text[m.nameStart:m.end]))) && m.r.e == nil {
			e.Kind = Other // "a Geofence": one of a kind of things
		}
		if m.has(signInTitle) {
			e.Kind = Other
		}
		if e.Kind == Org && !m.person && m.r.e == nil && (datelineTown(text, &ms[i]) || m.start == m.nameStart && strings.EqualFold(e.Name, text[m.start:m.end]) && opensDateline(text, int(m.start), int(m.end))) {
			e.Kind = Place // not an acronym's organisation: "NASHUA, N.H. -"
		}
		if m.has(signUnit) && !m.person && (e.Kind == Org || e.Kind == Place && !m.place && !isPlaceName(trimPossessive(text[m.nameStart:m.end]))) && m.r.e == nil {
			e.Kind = Other // "degrees Fahrenheit": a unit, not a place the gazetteer knows
		}
		if m.r.e == nil && (m.place && stateNames[text[m.start:m.end]] != "" || isDottedState(trimPossessive(text[m.nameStart:m.end]))) {
			e.Kind = Place // a state's abbreviation after a town's name, or one with a full stop inside: "Washington, D.C.", "N.Y. Gov. Andrew Cuomo"
		}
	}
	// A team's or a body's name ("the Dallas Cowboys", "the Los Angeles
	// Lakers": teamShaped) makes its entity an organisation whatever its
	// other mentions say: a team speaks ("the Lakers said") and is
	// named by its plural alone, as a person or a place by default is.
	for i, m := range ms {
		if m.r.e == nil && m.start == m.nameStart && !m.place && teamShaped(text, ws, int(m.nameStart), int(m.end), capitals) {
			out[entityOf[i]].Kind = Org
		}
	}
	// language[k]: entity k is a language, written as one twice or at
	// each of its mentions, never with an honorific or the table's entry.
	// Once, among other mentions, the name is its people's ("the
	// indigenous Moriori language" beside "the Moriori").
	languageOf := append(sc.languageOf[:0], make([]int32, len(counts))...)
	sc.languageOf = languageOf
	for i, m := range ms {
		if m.has(signLanguage) {
			languageOf[entityOf[i]]++
		}
		if m.start < m.nameStart || m.r.e != nil {
			languageOf[entityOf[i]] = -1 << 30
		}
	}
	for k := range out {
		if model[k] || languageOf[k] > 0 && (languageOf[k] >= 2 || int(languageOf[k]) == counts[k]) {
			out[k].Kind = Other
		}
	}
	// A noun of a person capitalised as a title ("the Devil", "the
	// Emperor", "the Solicitor") is a person, where the entity is a place
	// only by default: no mention of it has the table's kind or any sign
	// of a place, an outlet, a firm, a title of a work or a thing
	// ("Politico reported", "The Guardian", "shares of Yahoo"). Where
	// such an entity is one word of the dictionary whose first sense names
	// a thing (thingByDefault: "Curiosity", "Operations"), it is Other.
	roleOf := append(sc.roleOf[:0], make([]int8, len(counts))...)
	sc.roleOf = roleOf
	for i, m := range ms {
		k := entityOf[i]
		switch {
		case m.r.e != nil || m.has(signOutlet) || m.has(signMedium) || m.has(signStyled) || m.org || m.firm || m.counted || m.place || m.has(signIllness) || m.has(signUnit) || m.placeBody:
			roleOf[k] = -1
		case m.has(signRole) && roleOf[k] == 0:
			roleOf[k] = 1
		}
	}
	for k := range out {
		if roleOf[k] == 1 && out[k].Kind == Place {
			out[k].Kind = Person
		}
	}
	pluralKinds(out)
	for k := range out {
		if roleOf[k] == 0 && out[k].Kind == Place && thingByDefault(out[k].Name) {
			out[k].Kind = Other // after pluralKinds: "the Trumps" after "Donald Trump" is a person's
		}
	}
	// A place only by default (roleOf 0: no sign of any kind), of one
	// word no gazetteer knows, is a place where the text puts something
	// there (defaultPlaces: "from Neiafu", "the Khmelnytsky region",
	// "Svendborg or Faaborg"), and Other where it does not: in news such names are
	// mostly people, teams, products and sites ("Rosicky", "Sabres",
	// "Android", "Digg"), which the guess of last resort made places.
	unplaced := defaultPlaces(text, ms, entityOf, out, roleOf)
	for k := range out {
		if unplaced[k] {
			out[k].Kind = Other
		}
	}
	instanceKinds(out, unplaced)
	pairedNames(out)
	names := out[:0]
	for _, e := range out {
		if shoutedWord(text, ws, &e) || jobTitleOnly(text, &e) || timeZoneOnly(text, &e) {
			continue
		}
		if capitalsOnly(&e) {
			e.Name = nameCase(e.Name)
		}
		if hashtagsOnly(text, &e) {
			e.Kind = Other // "#BlackLivesMatter": a tag, whoever's words it runs together
		}
		names = append(names, e)
	}
	return names
}

// everyMention reports whether e has mentions and ok holds of each: the
// test of the filters below, which read an entity by all its mentions.
func everyMention(e *Entity, ok func(m Mention) bool) bool {
	return len(e.Mentions) > 0 && !slices.ContainsFunc(e.Mentions, func(m Mention) bool { return !ok(m) })
}

// hashtagsOnly reports whether every mention of e follows a "#": a
// hashtag ("#HealthyHydration", "#MeToo"), no name of a person, place or
// organisation as written.
func hashtagsOnly(text string, e *Entity) bool {
	return everyMention(e, func(m Mention) bool { return m.Span.Start > 0 && text[m.Span.Start-1] == '#' })
}

// timeZoneOnly reports whether every mention of e is an acronym right
// after a clock time or "am" or "pm" ("3 PM EST", "3 p.m. EDT", "10:30
// GMT"): a time zone, no name. (After a day's name it may be one too,
// "late Wednesday AEST", but as often a body: "on Monday NATO said".)
func timeZoneOnly(text string, e *Entity) bool {
	return everyMention(e, func(m Mention) bool {
		w, ok := wordBefore(text, m.Span.Start)
		return ok && isAcronym(trimPossessive(m.Text)) && afterClock(w)
	})
}

// afterClock reports whether w, the word before a name, is "am" or "pm"
// (with dots or not, in any case) or a clock time ("10:30").
func afterClock(w string) bool {
	switch strings.ToLower(strings.ReplaceAll(w, ".", "")) {
	case "am", "pm":
		return true
	}
	c := strings.IndexByte(w, ':')
	return c > 0 && c+1 < len(w) && isDigit(w[c-1]) && isDigit(w[c+1])
}

// jobTitleOnly reports whether e, which no table knows and which is no
// person or place by the text's signs, is named only by a job's title
// written as one someone holds (heldTitle): two words or more of the dictionary, no
// given name, function word, firm or place among them, the last one of
// the occupations list's that no list of offices holds ("Staff Writer",
// "Software Engineer", "Staff Photographer"; not "Center", "Register",
// "Raider", which only an agent noun's shape makes occupations, nor
// "Magic Chef" or "The Post and Courier" elsewhere).
// An office's title stands for its holder ("the Prime Minister said") and
// is no such title.
func jobTitleOnly(text string, e *Entity) bool {
	if !strings.HasPrefix(e.Key, "~") || len(e.Mentions) == 0 || e.Kind == Person || e.Kind == Place {
		return false
	}
	var buf [32]byte
	for _, m := range e.Mentions {
		name := trimPossessive(m.Text)
		last := lastField(name)
		if len(last) == len(name) || !inLower(occupations, last) || isInnerTitle(last) || !heldTitle(text, m.Span.Start, m.Span.End) {
			return false // most names: no occupation last, and no words to split
		}
		n := 0
		for a, b := nextField(name, 0); a < b; a, b = nextField(name, b) {
			w := name[a:b]
			if n++; n > maxNameWords || len(w) > len(buf) || isGivenName(w) || isFirmName(w) || isPlaceName(w) {
				return false
			}
			lw := lowerInto(buf[:], w)
			if isFunctionWord(string(lw)) || !isDictionaryWord(string(lw)) {
				return false
			}
		}
	}
	return true
}

// heldTitle reports whether the words text[start:end] are written as a
// job someone holds: after a comma and a capitalised word ("Ka-Ping Yee,
// Software Engineer"), after "a", "an" or "by" ("a Product Designer at
// Facebook", "Photo by Staff Photographer"), before "at", "of" or "for"
// ("the Academic Director of the Department"), or on a byline's line
// ("By JOHN SMITH Staff Writer").
func heldTitle(text string, start, end int) bool {
	before := text[:start]
	if rest, ok := strings.CutSuffix(before, ", "); ok {
		r, _ := utf8.DecodeRuneInString(lastField(rest))
		return unicode.IsUpper(r)
	}
	after := text[end:min(len(text), end+5)]
	if strings.HasPrefix(after, " at ") || strings.HasPrefix(after, " of ") || strings.HasPrefix(after, " for ") {
		return true
	}
	if w, ok := wordBefore(text, start); ok && (w == "a" || w == "an" || w == "by") {
		// Not before a noun, as a brand is: "a Magic Chef stove".
		next := strings.TrimLeft(text[end:min(len(text), end+2)], " ")
		r, _ := utf8.DecodeRuneInString(next)
		return !(strings.HasPrefix(text[end:], " ") && unicode.IsLower(r))
	}
	from, to, ok := lineAround(text, start, maxBylineBytes)
	return ok && isBylineLine(strings.TrimSpace(text[from:to]))
}

// shoutedWord reports whether e, which no table knows and which is a
// place or a thing only for want of other signs, is named only by one
// word in capitals that is longer than an acronym (isAcronym), a word of
// the dictionary that is no name and no town the gazetteer knows
// ("ABSOLUTELY", "FUNCTIONALITIES", "PROBLEM" written for emphasis): in
// capitals the letters say nothing, and such a word names nothing. A
// code name so written ("MINARET") is lost with them. So is an entity of
// any kind that shoutedWords finds shouted among capitals ("BREAKING
// NEWS"). ws are the words of text, the text of e's spans.
func shoutedWord(text string, ws []token, e *Entity) bool {
	if !strings.HasPrefix(e.Key, "~") {
		return false // the table's
	}
	if shoutedWords(text, ws, e) {
		return true
	}
	if e.Kind != Place && e.Kind != Other {
		return false // a person or an organisation by the text's signs: "told POLITICO"
	}
	return everyMention(e, func(m Mention) bool {
		w := trimPossessive(m.Text)
		return utf8.RuneCountInString(w) > 6 && isAllCaps(w) && isLetters(w) && isCommonWord(strings.ToLower(w)) &&
			!isPlaceName(titleCase(w)) // not a town the gazetteer knows: "SURPRISE, Ariz."
	})
}

// shoutedWords reports whether every mention of e is written in capitals
// among words in capitals (capsAround: a line or a phrase shouted, not an
// acronym in prose such as "the GRUB loader") and made of common words of
// the dictionary of four letters or more, none a place the gazetteer
// knows, and is no firm ("SPRING TERM", "EVER LEAVE", "BREAKING NEWS",
// "FOR SALE"): in capitals the letters say nothing, and words of the
// dictionary name nothing. An acronym of three letters ("WHO", "FOX") or
// one that is no word ("NATO") stays. ws are the words of text, the text
// of e's spans.
func shoutedWords(text string, ws []token, e *Entity) bool {
	var buf [32]byte
	return everyMention(e, func(m Mention) bool {
		name := trimPossessive(m.Text)
		if !isAllCaps(name) || isFirmName(name) || isPlaceName(titleCase(name)) ||
			!strings.Contains(name, " ") && !capsAround(text, ws, m.Span.Start, m.Span.End) {
			return false
		}
		for a, b := nextField(name, 0); a < b; a, b = nextField(name, b) {
			if w := name[a:b]; len(w) < 4 || len(w) > len(buf) || !isLetters(w) || isPlaceName(titleCase(w)) ||
				!isCommonWord(string(lowerInto(buf[:], w))) {
				return false
			}
		}
		return true
	})
}

// capsAround reports whether the word of ws (the words of text) before
// the one that starts at start, or the one after the word that ends at
// end, is in capitals too, on the same line.
func capsAround(text string, ws []token, start, end int) bool {
	k, ok := wordAt(ws, start)
	if !ok {
		return false
	}
	if k > 0 && ws[k-1].allCaps && !strings.Contains(text[ws[k-1].end:start], "\n") {
		return true
	}
	n, _ := wordAt(ws, end)
	return n < len(ws) && ws[n].allCaps && !strings.Contains(text[end:ws[n].start], "\n")
}

// dottedWord reports whether a full stop in s has a letter right after
// it, as in a web address ("USINFO.STATE.GOV"), not as an initial's
// ("JOHN F."). Initials written together ("J.R. SMITH") read as one too,
// and such a name stays in capitals.
func dottedWord(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && ('A' <= s[i+1] && s[i+1] <= 'Z' || 'a' <= s[i+1] && s[i+1] <= 'z') {
			return true
		}
	}
	return false
}

// nameCase writes the name s, in capitals, in title case as names are
// written (titleCase: "O'NEILL" is "O'Neill"), with "Mc" before a capital
// ("MCKAY" is "McKay") and the words with no vowel left in capitals, as
// acronyms are ("JUPITER IRBM" is "Jupiter IRBM").
func nameCase(s string) string {
	words := strings.Split(s, " ")
	for k, w := range words {
		switch {
		case !strings.ContainsAny(w, "AEIOUY"):
			// an acronym or an initial: as written
		case len(w) > 4 && strings.HasPrefix(w, "MC"):
			words[k] = "Mc" + titleCase(w[2:])
		default:
			words[k] = titleCase(w)
		}
	}
	return strings.Join(words, " ")
}

// capitalsOnly reports whether e is a person or a place that the text
// names only in capitals, by a name of two words or more, one the
// gazetteer knows, or one word of five letters or more with a vowel
// ("JOANN LOVIGLIO", "PORTSMOUTH", "BAKU"; not an acronym, "NYC", nor an
// address, "USINFO.STATE.GOV"): a name to show as names are written
// (nameCase).
func capitalsOnly(e *Entity) bool {
	if e.Kind != Person && e.Kind != Place || !isAllCaps(e.Name) || strings.ContainsAny(e.Name, "_@/") || dottedWord(e.Name) {
		return false // not a web address or a file's name: "USINFO.STATE.GOV", "O_DIRECT"
	}
	for _, m := range e.Mentions {
		if !isAllCaps(m.Text) {
			return false
		}
	}
	return strings.Contains(e.Name, " ") || isPlaceName(titleCase(e.Name)) || utf8.RuneCountInString(e.Name) >= 5 && strings.ContainsAny(e.Name, "AEIOUY")
}

// thingByDefault reports whether name, the name of an entity that is a
// place only for want of any sign, is one capitalised word that no
// gazetteer knows as a place and whose first sense names a thing, not a
// group, a location, a natural object or a person (namesThingFirst):
// "Curiosity", "Operations", "Remember", but not "Downtown", "Earth" or "Lake".
// An acronym is not read so.
func thingByDefault(name string) bool {
	bare := trimPossessive(name)
	return bare != "" && !strings.ContainsAny(bare, " -.") && !isAllCaps(bare) && !isPlaceName(bare) && !isPlaceHeadWord(bare) && namesThingFirst(bare)
}

// mayPair reports whether e is a name pairedNames may make Other: a
// person's or a place's of one hyphenated word.
func mayPair(e Entity) bool {
	return (e.Kind == Person || e.Kind == Place) && strings.IndexByte(e.Name, '-') > 0 && !strings.ContainsAny(e.Name, " .")
}

// datelineTown reports whether the mention m of text is a dateline's town
// in capitals: it opens a paragraph, its state or region follows it, and a
// dash or an agency's bracket ends the dateline ("NASHUA, N.H. -", "RENO,
// Nev. -"); not an acronym with its seat inside a paragraph ("UNESCO,
// Paris"), nor a person in capitals before a state (a person's kind is not
// an organisation's to begin with).
func datelineTown(text string, m *found) bool {
	if m.start != m.nameStart || m.start > 0 && text[m.start-1] != '\n' ||
		!isAllCaps(trimPossessive(text[m.nameStart:m.end])) || !beforeRegion(text, int(m.end)) {
		return false
	}
	// The dateline's end: a dash or an agency's bracket after the region
	// ("NASHUA, N.H. -", "RENO, Nev. (AP) —"), not a sentence that goes on
	// ("CPUC, Calif. regulators said").
	rest := text[m.end:min(len(text), int(m.end)+32)]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, " - ") || strings.Contains(rest, " — ") || strings.Contains(rest, " – ") || strings.Contains(rest, " (")
}

// opensDateline reports whether the word text[start:end], in capitals,
// opens a line with a dateline (datelineOf) whose place it opens, and
// that the gazetteer knows, or that a region or a date after a comma or
// an agency's bracket shows is one where it is no word of the
// dictionary: "PORTSMOUTH —", "WICKFORD, England —", "WICKFORD, Jan. 5
// —", "WICKFORD (Reuters) -"; not "NASA — the agency said", nor
// "CORRECTION, Jan. 5 —". Only the line's first maxDatelineBytes are
// read.
func opensDateline(text string, start, end int) bool {
	if start > 0 && text[start-1] != '\n' || !isAllCaps(text[start:end]) || end-start < 2 {
		return false
	}
	line := text[start:min(len(text), start+maxDatelineBytes)]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	n, place, agency := datelineOf(line)
	w := text[start:end]
	if n == 0 || !strings.HasPrefix(place, w) {
		return false
	}
	if isPlaceName(titleCase(w)) {
		return true
	}
	region := ""
	if _, r, ok := strings.Cut(place, ","); ok {
		region = strings.TrimSpace(r)
	}
	if region != "" && !datedRegion(region) {
		return true // "TEMPLE, Texas (AP) —", "WICKFORD, England —"
	}
	// Before a date or an agency alone, a word of the dictionary is a
	// label, not a town the gazetteer does not know: "CORRECTION, Jan. 5
	// —", "UPDATE (Reuters) —".
	var buf [32]byte
	return !isDictionaryWord(string(lowerInto(buf[:], w))) && (agency != "" || region != "")
}

// datedRegion reports whether the words after a dateline's comma are a
// date, not a region: a number, or a month's or a day's name or its
// abbreviation first ("Jan. 5", "Nov", "Monday").
func datedRegion(region string) bool {
	if isDigit(region[0]) || isDateWords(region) {
		return true
	}
	var buf [16]byte
	w := lowerInto(buf[:], strings.TrimSuffix(firstField(region), "."))
	if len(w) < 3 {
		return false
	}
	return slices.ContainsFunc(calendarList, func(name string) bool { return strings.HasPrefix(name, string(w)) })
}

// calendarList is calendarWords as a list.
var calendarList = strings.Fields(calendarWords)

// maxDatelineBytes bounds what opensDateline reads of a line: datelineOf
// looks for its separator in the first 80 bytes; a dateline whose
// separator lies further is not read as one here.
const maxDatelineBytes = 96

// defaultPlaces reports which of the entities out are places only by the
// guess of last resort and by nothing in text: of one word no gazetteer
// knows and no word of a region, a polity or a kind of place ("the
// South", "the Republic", "Airport"), with no sign of any kind (roleOf
// 0), no mention right after a preposition of place or motion
// (afterPlacePreposition, afterPlaceOf: "from Neiafu", "north of
// Uptown") or before a division's word ("the Khmelnytsky region"), none in a bracket after an organisation's name
// (bracketedPlace), and none in a list with a place that has a sign or
// that a gazetteer knows ("in Svendborg or Faaborg", "Brin, Djibonker and
// Ziguinchor"). ms are the mentions of text, entityOf[i] the entity of
// ms[i].
func defaultPlaces(text string, ms []found, entityOf []int32, out []Entity, roleOf []int8) []bool {
	unplaced := make([]bool, len(out))
	for k := range out {
		name := out[k].Name
		unplaced[k] = roleOf[k] == 0 && out[k].Kind == Place && !strings.Contains(name, " ") && !gazetteerPlace(name) && instanceKindOf(name) != Place && !isDottedState(name) &&
			!inLower(regionWords, name) && !polityWords.has(name) && !isPlaceHeadWord(name) // "the South", "the Downtown", "the Republic", "Airport"
	}
	if !slices.Contains(unplaced, true) {
		return unplaced // the common case: every place has a sign or a gazetteer's name
	}
	for i := range ms {
		if !unplaced[entityOf[i]] {
			continue
		}
		start := int(ms[i].start)
		if afterPlacePreposition(text, start) || afterPlaceOf(text, start) || beforeDivisionWord(text, int(ms[i].end)) || i > 0 && out[entityOf[i-1]].Kind == Org && bracketedPlace(text, ms[i-1].end, ms[i].start, ms[i].end) {
			unplaced[entityOf[i]] = false
		}
	}
	// A list: mentions conjoined one to the next (conjoined), two of
	// them by ", " only where a comma or a full stop follows the second,
	// as after a town and its region (", " between two names may end a
	// clause: "In Buffalo, Sabres fans"); one place with a sign in it
	// gives every place of the list one, and a person none.
	for i := 0; i < len(ms); {
		j := listEnd(text, ms, i)
		if j-i == 2 && strings.HasPrefix(text[ms[i].end:ms[i+1].start], ",") && !closesPhrase(text, int(ms[i+1].end)) {
			j = i + 1 // "In Buffalo, Sabres fans"; not "Melton Mowbray, Leicestershire, has"
		}
		signed, person := false, false
		for k := i; k < j && j-i > 1; k++ {
			e := entityOf[k]
			signed = signed || out[e].Kind == Place && !unplaced[e]
			person = person || out[e].Kind == Person
		}
		for k := i; k < j && signed && !person; k++ {
			unplaced[entityOf[k]] = false
		}
		i = j
	}
	return unplaced
}

// pairedNames makes Other the kind of a name that joins by hyphens the
// surnames of people the text names ("the Trump-Clinton race", "the
// Rubio-Bush feud", "Clinton-Kaine"): a pairing of those people (a
// contest, a ticket, a bill), no person or place of its own, though the
// rules of last resort took it for one. Each part must be the last word
// of a different person's name in the same text, so that one person's
// double surname ("Claire Bailey-Ross") stays a person.
func pairedNames(out []Entity) {
	if !slices.ContainsFunc(out, mayPair) {
		return // most texts: no map to build
	}
	surnames := map[string]int{} // last word of a person's name: the entity
	for k, e := range out {
		if e.Kind == Person && e.Name != "" && !strings.Contains(e.Name, "-") {
			surnames[lastField(e.Name)] = k
		}
	}
	if len(surnames) < 2 {
		return
	}
	for k := range out {
		e := &out[k]
		if !mayPair(*e) || slices.ContainsFunc(e.Mentions, func(m Mention) bool { return !strings.Contains(m.Text, "-") }) {
			continue // written once without the hyphen ("Weld" beside "Johnson-Weld"), it names one of them
		}
		var seen []int // the people the parts name so far
		paired := true
		for part := range strings.SplitSeq(trimPossessive(e.Name), "-") {
			j, ok := surnames[part]
			if !ok || j == k || slices.Contains(seen, j) {
				paired = false
				break
			}
			seen = append(seen, j)
		}
		if paired {
			e.Kind = Other
		}
	}
}

// instanceKinds gives an entity of one word that is Other only by
// default (unplaced: a place by the guess of last resort that the text
// puts nowhere, see defaultPlaces) the kind WordNet knows it by, a
// person's ("Freud", "Warhol") or a body's ("Beatles"); unless the text
// writes the word opening the name of another entity that is no person:
// then it is that thing's or that body's short name, named after the
// person, and stays Other ("Hubble's camera" beside "Hubble Space
// Telescope", "Disney" beside "Disney World").
func instanceKinds(out []Entity, unplaced []bool) {
	var opening map[string]bool // the first words of the names of several words that are no person's, built once
	for k := range out {
		if !unplaced[k] {
			continue
		}
		name := out[k].Name
		kind := instanceKindOf(name)
		if kind != Person && kind != Org || kind == Person && (isGivenName(name) || isPoliticianSurname(name)) {
			continue // a given name or a politician's surname is a person's by the rules' own lists: "Obama"
		}
		if opening == nil {
			// The names changed below are of one word: they open no
			// other name, so the set holds for the whole loop.
			opening = map[string]bool{}
			for _, e := range out {
				if first, _, ok := strings.Cut(e.Name, " "); ok && e.Kind != Person {
					opening[first] = true
				}
			}
		}
		if !opening[name] {
			out[k].Kind = kind
		}
	}
}

// pluralKinds gives a name written in the plural the kind of the name in
// the singular that the same text holds ("orders for Rafales" after "a
// Dassault Rafale", "the Kennedys" after "John Kennedy"): a single word
// ending in "s" that is a place only by default, for want of any sign.
func pluralKinds(out []Entity) {
	type plural struct {
		one string // the singular
		k   int    // the entity written in the plural
	}
	var buf [8]plural
	plurals := buf[:0] // a text has few, and only the first few are read
	for k := range out {
		e := &out[k]
		if len(plurals) == len(buf) {
			break
		}
		if e.Kind != Place || len(e.Mentions) == 0 || !strings.HasPrefix(e.Key, "~") {
			continue
		}
		one := ""
		for _, m := range e.Mentions {
			w := trimPossessive(m.Text)
			if strings.IndexByte(w, ' ') >= 0 || !strings.HasSuffix(w, "s") || isPlaceName(w) {
				one = ""
				break
			}
			one = w[:len(w)-1]
		}
		if one != "" {
			plurals = append(plurals, plural{one, k})
		}
	}
	if len(plurals) == 0 {
		return
	}
	for _, f := range out {
		if f.Kind == Place {
			continue
		}
		for _, m := range f.Mentions {
			t := trimPossessive(m.Text)
			last := t[strings.LastIndexByte(t, ' ')+1:]
			for _, p := range plurals {
				if p.one == last && out[p.k].Kind == Place {
					out[p.k].Kind = f.Kind
				}
			}
		}
	}
}

// namesModel reports whether the name text[start:end] names a model of a
// product (see entitiesOf): a name of two words or more whose last word
// mixes letters and digits ("Rafale S5", "Airbus A320", "Dell G3"). A
// number after a name says nothing of it: players, drivers and ages are
// written so too ("Myles Garrett 95").
func namesModel(text string, start, end int) bool {
	name := trimPossessive(text[start:end])
	last := lastField(name)
	return last != name && strings.IndexFunc(last, unicode.IsLetter) >= 0 && strings.IndexFunc(last, unicode.IsDigit) >= 0
}

// scoreAt reports whether text at i holds a score: digits, a hyphen or an
// en dash, and digits ("2-0", "110–98").
func scoreAt(text string, i int) bool {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j == i || j >= len(text) {
		return false
	}
	switch {
	case text[j] == '-':
		j++
	case strings.HasPrefix(text[j:], "–"):
		j += len("–")
	default:
		return false
	}
	return j < len(text) && isDigit(text[j])
}

// namedInCaps returns the end of a person's name that opens at ws[k] in a
// run of capitals that ends at b, or -1: a surname that the text gives
// with a given name elsewhere (named, lower case: "PUTIN PRESSES
// BUSINESS" after "President Vladimir Putin"), alone or after words that
// given says are given names or initials ("ELIZABETH B. PRELOGAR"). Not a word that ends the names
// of organisations or places ("BUILDING" after "Russell Senate Office
// Building"), nor a word of the dictionary ("INTRODUCTORY" after "Chase
// Introductory").
func namedInCaps(text string, ws []token, k, b int, named map[string]bool, given func(w string) bool) int {
	for l := min(b, k+4); l > k; l-- {
		w := trimPossessive(ws[l-1].in(text))
		var buf [64]byte
		if !inLowerMap(named, w) || inLower(orgWords, w) || inLower(placeWords, w) || isPlaceHeadWord(w) || isCommonWord(string(lowerInto(buf[:], w))) {
			continue
		}
		if !slices.ContainsFunc(ws[k:l-1], func(g token) bool { return !given(g.in(text)) }) {
			return l
		}
	}
	return -1
}

// capsName returns the end of a name that opens at ws[k] in a run of
// capitals that ends at b, read as the gazetteers read title case, or -1:
// a place they know ("CAPE TOWN"), or a common given name and one more
// word that is no common word ("JOHN OSSOFF", not "MAY DAY"), nor, after
// a given name that is a function word too ("WILL", "MAY", "CAN"), a word
// the dictionary gives as a common word only ("WILL STAY", "MAY RISE";
// "TOM HANKS", "MIKE PENCE" are names, though "hanks" and "pence" are
// words).
// In capitals the letters say nothing; the gazetteers still do.
func capsName(text string, ws []token, k, b int) int {
	for l := min(b, k+3); l > k; l-- {
		if isPlaceName(titleCase(text[ws[k].start:ws[l-1].end])) {
			return l
		}
	}
	if k+1 >= b || !isGivenName(titleCase(ws[k].in(text))) {
		return -1
	}
	var buf [32]byte
	next := lowerInto(buf[:], trimPossessive(ws[k+1].in(text)))
	if len(next) < 2 || stopWords.hasBytes(next) || commonCapitals.hasBytes(next) || nameTitles.hasBytes(next) {
		return -1
	}
	var gbuf [32]byte
	if isFunctionWord(string(lowerInto(gbuf[:], ws[k].in(text)))) && isCommonWord(string(next)) {
		return -1 // a given name that is a modal verb too, then a common word: "CHINA WILL STAY", "RATES MAY RISE"
	}
	return k + 2
}

// describedAs returns the kind that a description gives the name
// text[start:end]: a lower-case noun right before it ("singer Adele",
// "quarterback Mason Rudolph", "the journal Nature Astronomy"), or before
// "called", "named" or "dubbed" before it ("a firm called Cambridge
// Analytica"), or the head
// of an apposition after it ("C2I, a company outside Washington"), as
// descriptorKind reads it.
func describedAs(text string, ws []token, start, end int) Kind {
	k, ok := wordAt(ws, start)
	noun := ""
	if ok && k > 0 && !ws[k-1].upper && text[ws[k-1].end:start] == ", " && strings.HasPrefix(text[end:], ",") {
		// An apposition before the name, closed after it: "his own
		// space company, Blue Origin, in 2000".
		if kind := descriptorKind(ws[k-1].in(text)); kind != "" {
			return kind
		}
	}
	if ok && k > 0 && !ws[k-1].upper && text[ws[k-1].end:start] == " " {
		noun = ws[k-1].in(text)
		switch noun {
		case "called", "named", "dubbed":
			// "a firm called Cambridge Analytica", "a band named
			// Sophistafunk", "a company named Young Indian": the noun
			// before the participle, which any noun of a body
			// (institutions.txt) may be there.
			noun = ""
			if k > 1 && !ws[k-2].upper && text[ws[k-2].end:ws[k-1].start] == " " {
				noun = ws[k-2].in(text)
				if descriptorKind(noun) == "" && isBodyNoun(noun) {
					return Org
				}
			}
		}
	}
	if noun == "" || descriptorKind(noun) == "" {
		noun = appositionHead(text, ws, start, end)
		if k := descriptorKind(noun); k != "" || noun == "" {
			return k
		}
		// An apposition's noun of a body (institutions.txt) that names no
		// person first: "the Independent, a British newspaper", "Crowdpac,
		// a start-up"; not "Win Htein, a member of …".
		if isBodyNoun(noun) && !isPersonNoun(noun) {
			return Org
		}
		return ""
	}
	return descriptorKind(noun)
}

// descriptorKind returns the kind of a name that the lower-case noun w
// describes: Person for an occupation, Org for a word for an organisation
// (orgWords, firmHeads), Place for a kind of place (placeWords, the
// GeoNames heads of isPlaceHead: "Newburgh Heights, a little town"), else "".
func descriptorKind(w string) Kind {
	switch {
	case occupations.has(w):
		return Person
	case (orgWords.has(w) || firmHeads.has(w)) && !verbsToo.has(w):
		return Org
	case placeWords.has(w) || isPlaceHead(w):
		return Place
	}
	return ""
}

// appositionHead returns the last word of the apposition that opens with
// an article, "its" or "their", or a name's possessive right after the
// name that ends at text[end] (", a company", ", an environmental
// nonprofit", ", the party's", ", a British newspaper": a nationality may
// stand among them, and a name where no verb follows the head (", the
// Liverpool manager,"; not "After leaving Tarvo, the Brazil singer was
// happier": verbAfter); ", its parent company", ", Google's parent
// company"):
// the lower-case words up to a function word or a punctuation mark, of
// which the last is the head; "" when there is none, or when a reporting
// verb follows them (the speaker of a cue: ", the news agency said").
// A person's noun there is not the name's, which starts at text[start],
// when "of" and a capitalised word stand before it: the apposition is of
// the name before "of" ("Dean Boland of Boland Legal, Ceglia's lawyer";
// not "a client of Quennel, a lawyer in Ohio").
func appositionHead(text string, ws []token, start, end int) string {
	rest := text[end:min(len(text), end+7)]
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	var buf [5]phraseWord
	words := appendWordsIn(buf[:0], text, ws, end, min(len(text), end+64), len(buf))
	if len(words) == 0 || text[end:words[0].start] != ", " {
		return ""
	}
	switch first := words[0].text; first {
	case "a", "an", "the", "its", "their":
	default:
		if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) || trimPossessive(first) == first {
			return "" // no article, "its", "their" or name's possessive (", Google's parent company") opens it
		}
	}
	head, headEnd, named := "", 0, false
	for i := 1; i < len(words); i++ {
		w := words[i]
		spaced := text[words[i-1].end:w.start] == " "
		if spaced && isReporting(w.text) {
			return "" // the speaker of a cue, not an apposition: ", the news agency said"
		}
		if r, _ := utf8.DecodeRuneInString(w.text); spaced && unicode.IsUpper(r) && head == "" {
			if isDemonym(w.text) {
				continue // a nationality before the head: ", a British newspaper"
			}
			var lb [32]byte
			if i+1 < len(words) && !isFunctionWord(string(lowerInto(lb[:], w.text))) {
				named = true
				continue // a name before the head: ", the Liverpool manager,"
			}
		}
		if r, _ := utf8.DecodeRuneInString(w.text); !spaced || !unicode.IsLower(r) || isFunctionWord(w.text) {
			break
		}
		head, headEnd = w.text, w.end
	}
	if named && head != "" && verbAfter(text, ws, headEnd) {
		return "" // "After leaving Tarvo, the Brazil singer was happier": the sentence's subject, no apposition
	}
	if isPersonNoun(head) && strings.HasSuffix(text[:start], " of ") {
		if w, ok := wordBefore(text, start-len("of ")); ok && w != "" {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				return "" // "Dean Boland of Boland Legal, Ceglia's lawyer": the person's
			}
		}
	}
	return head
}

// verbAfter reports whether the word right after text[:end] is a verb
// whose subject the words before are: an auxiliary or a modal ("was",
// "has", "will") or a verb's past form ("the Arsenal manager said" is a
// reporting verb's, read apart). An apposition's head is followed by a
// comma, a preposition, "who", "and" or the like instead.
func verbAfter(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+24))
	return ok && text[end:w.start] == " " && (auxiliaries.has(w.text) || beForms.has(w.text) || perfectOrFuture.has(w.text) || isPastForm(w.text))
}

// perfectOrFuture are the auxiliaries of the perfect and the future, which
// quote.go's auxiliaries and beForms leave out.
var perfectOrFuture = setOf("has have had having will would")

// verbsToo are the words of orgWords that github.com/dariusk/corpora's
// data/words/verbs.json (CC0 1.0, as for occupations) lists as verbs: before
// a name they are seldom its description ("to press Iran").
var verbsToo = setOf("force guard post press")

// occupations are the one-word occupations of github.com/dariusk/corpora
// (commit cf30ca2) data/humans/occupations.json (CC0 1.0; the US Bureau of
// Labor Statistics' list), less the words of its data/words/verbs.json
// ("judge", "guide") and of orgWords ("guard"): written before a name, the
// noun that says what the person does.
var occupations = setOf(`accountant actor actuary adjudicator agent anesthesiologist animator anthropologist
	arbitrator archeologist architect archivist artist assembler astronomer athlete attendant audiologist
	auditor author bailiff baker barback barber bartender bellhop biochemist biophysicist blaster blockmason
	boilermaker bookkeeper brazer brickmason butcher buyer cabinetmaker carpenter cartographer cashier caster
	chauffeur checker chef chemist chiropractor choreographer cleaner composer concierge conciliator
	conservator cook correspondent cosmetologist counselor courier curator cutter dancer demonstrator dentist
	dermatologist designer detective developer dietitian director dishwasher dispatcher dj doctor drafter
	dressmaker economist editor electrician embalmer engineer engraver epidemiologist escort etcher fabricator
	faller farmer farmworker firefighter fisher forester geographer geoscientist glazier groundskeeper
	gynecologist hairdresser hairstylist historian host hostess hostler hunter hydrologist illustrator
	inspector instructor internist interpreter interviewer investigator jailer janitor jeweler lawyer
	legislator librarian lifeguard locksmith logistician machinist magistrate maid manicurist mathematician
	measurer mediator messenger microbiologist millwright model molder mortician movers musician nutritionist
	obstetrician offbearer optician optometrist orderly orthodontist orthotist paperhanger paralegal paramedic
	pediatrician pedicurist pharmacist photogrammetrist photographer physician physicist pipefitter pipelayer
	plasterer plumber podiatrist postmaster priest producer proofreader prosthetist prosthodontist
	psychiatrist psychologist rancher receptionist referee reporter rigger roofer roustabout sailor sampler
	scaler sculptor secretary shampooer shaper shipmate singer slaughterer sociologist solderer sorter
	statistician steamfitter stonemason surgeon surveyor tailor taper teacher telemarketer teller tester
	therapist translator trapper trimmer tuner tutor typist umpire undertaker upholsterer usher veterinarian
	waiter waitress weigher welder woodworker writer yardmaster zoologist`)

// kinWords are the nouns of kin that personHeads holds.
const kinWords = `wife husband son daughter sons daughters mother father brother sister brothers sisters
	widow widower grandson granddaughter`

// personHeads are the nouns only a person has: kin (kinNouns), and a
// family, a president's or a governor's term ("the Obama administration",
// "the Bush presidency").
var (
	personHeads = setOf(kinWords + " family administration presidency")
	kinNouns    = setOf(kinWords)
)

// placePrepositions are the prepositions that places go after: where a
// thing is and where it goes ("from Charlotte", "to Austin"), wider than
// locatedIn's "in", "near" and "at", which say only where it is.
var placePrepositions = setOf("in at near to from into onto toward towards across outside inside within around via throughout")

// headsPersonNoun reports whether the name that ends at text[end] stands
// right before a noun of personHeads, itself or by its possessive
// ("Obama's wife", "the Obama administration", "the Clinton family").
func headsPersonNoun(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+16))
	return ok && text[end:w.start] == " " && personHeads.has(w.text)
}

// afterPlacePreposition reports whether one of placePrepositions, in any
// case, stands right before the name at text[start:].
func afterPlacePreposition(text string, start int) bool {
	w, ok := wordBefore(text, start)
	return ok && inLower(placePrepositions, w)
}

// beforeDivisionWord reports whether a division's word (divisionWords)
// follows the name that ends at text[end]: "the Khmelnytsky region", "the
// Kachin state" is no "Kachin" of another kind.
func beforeDivisionWord(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:min(len(text), end+16)], " ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	return divisionWords.has(strings.TrimRight(w, ".,;:"))
}

// closesPhrase reports whether the name that ends at text[end] ends its
// phrase: punctuation or the text's end follows it.
func closesPhrase(text string, end int) bool {
	if end == len(text) || strings.IndexByte(",.;:)!?\n\"", text[end]) >= 0 {
		return true
	}
	rest := strings.TrimPrefix(text[end:], " ")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(text[end:], "”")
}

// bracketedPlace reports whether the name text[start:end] stands alone in
// a bracket right after another name that ends at prev, or before a
// lower-case noun there ("the Farming Council of Orange County (Tarnok.)",
// "the Velden Farming Council (Tarnok branch)"): where the body is.
func bracketedPlace(text string, prev, start, end int32) bool {
	if prev > start || text[prev:start] != " (" {
		return false
	}
	rest := text[end:min(len(text), int(end)+24)]
	rest = strings.TrimPrefix(rest, ".")
	if strings.HasPrefix(rest, ")") {
		return true
	}
	rest, spaced := strings.CutPrefix(rest, " ")
	noun, _, closed := strings.Cut(rest, ")")
	return spaced && closed && noun != "" && strings.IndexFunc(noun, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// afterPlaceOf reports whether "of" stands right before text[start:]
// after a kind of place or a side of one ("the village of Thionk Essil",
// "north of Uptown", "the city of York"): the name is the place's.
func afterPlaceOf(text string, start int) bool {
	if w, ok := wordBefore(text, start); !ok || w != "of" {
		return false
	}
	w, ok := wordBefore(text, start-3)
	return ok && (isPlaceHeadWord(w) || inLower(regionWords, w) || inLower(placeWords, w))
}

// attributedToKin reports whether the name that ends at text[end] is
// followed by a possessive, a kin noun and a reporting verb ("in Denver,
// his brother said"): an attribution of what was said, not an apposition
// that names the kin.
func attributedToKin(text string, ws []token, end int) bool {
	if !strings.HasPrefix(text[end:], ", ") {
		return false
	}
	k, _ := wordAt(ws, end+2)
	return k+2 < len(ws) && inLower(possessiveDeterminers, ws[k].in(text)) && text[ws[k+1].end:ws[k+2].start] == " " && isReporting(ws[k+2].in(text))
}

// afterKin reports whether a possessive determiner and a kin noun
// (kinNouns) stand right before the name at text[start:] ("his son
// George", "her daughter Mary"): only people have kin.
func afterKin(text string, ws []token, start int) bool {
	k, ok := wordAt(ws, start)
	if !ok || k < 2 || ws[k].sentStart || ws[k-1].sentStart || text[ws[k-1].end:start] != " " || text[ws[k-2].end:ws[k-1].start] != " " {
		return false
	}
	return kinNouns.has(ws[k-1].in(text)) && inLower(possessiveDeterminers, ws[k-2].in(text))
}

// kinOfPossessive reports whether the name text[start:end] is a
// possessive before a kin noun: "George's brother", "Mary’s husband". A
// place has no kin.
func kinOfPossessive(text string, ws []token, start, end int) bool {
	if trimPossessive(text[start:end]) == text[start:end] {
		return false
	}
	w, ok := firstWordIn(text, ws, end, min(len(text), end+24))
	return ok && text[end:w.start] == " " && kinNouns.has(w.text)
}

// kinApposition reports whether the name text[start:end] stands in
// apposition with a kin noun of personHeads after a possessive: after it
// ("Philonise, his brother", "Shag, her daughter") or before it, the name
// closed by a comma ("his brother, Philonise,", "his younger brother,
// Yaw,"). Only people have kin.
func kinApposition(text string, ws []token, start, end int) bool {
	if rest := text[end:min(len(text), end+2)]; rest == ", " {
		var buf [2]phraseWord
		if w := appendWordsIn(buf[:0], text, ws, end, min(len(text), end+32), 2); len(w) == 2 && possessiveDeterminers.has(w[0].text) &&
			text[w[0].end:w[1].start] == " " && personHeads.has(w[1].text) && !strings.HasSuffix(w[1].text, "administration") {
			return true
		}
	}
	if before, ok := strings.CutSuffix(text[max(0, start-40):start], ", "); ok && end < len(text) && text[end] == ',' {
		noun := before[strings.LastIndexAny(before, " \n")+1:]
		if !personHeads.has(noun) || noun == "administration" || noun == "presidency" {
			return false
		}
		// The owner right before the noun, or before one or two words in
		// lower case that qualify it: "his brother", "his younger
		// brother", "her late first husband".
		rest := strings.TrimSuffix(before, noun)
		for range 3 {
			rest = strings.TrimSuffix(rest, " ")
			owner := rest[strings.LastIndexAny(rest, " \n")+1:]
			if owner == "" {
				return false
			}
			if possessiveDeterminers.has(strings.ToLower(owner)) || trimPossessive(owner) != owner {
				return true
			}
			if r, _ := utf8.DecodeRuneInString(owner); !unicode.IsLower(r) {
				return false
			}
			rest = strings.TrimSuffix(rest, owner)
		}
	}
	return false
}

// vocative reports whether the name text[start:end] is addressed in
// quoted speech: after a comma and closing its clause and the quotation
// (“It's okay, Gram,” she said), not after a name. People are addressed
// so, places seldom.
func vocative(text string, start, end int) bool {
	before, ok := strings.CutSuffix(text[max(0, start-32):start], ", ")
	if !ok || end+1 >= len(text) {
		return false
	}
	// Not after a name: "in Pangram area of Sarkh, Logar,” lists a place
	// and its province.
	word := before
	if i := strings.LastIndexAny(before, " \n“\""); i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:]) // “ is three bytes
		word = before[i+size:]
	}
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
		return false
	}
	switch text[end] {
	case ',', '.', '?', '!':
	default:
		return false
	}
	rest := text[end+1:]
	return strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, `"`)
}

// greeted reports whether the name text[start:end] is addressed by a
// greeting that opens its sentence ("Hi Dyanne,", "Hello Marta!", "Hey
// Arnoldo."): people are greeted so, places seldom.
func greeted(text string, ws []token, start, end int) bool {
	k, ok := wordAt(ws, start)
	if !ok || k == 0 || !ws[k-1].sentStart || text[ws[k-1].end:start] != " " || end >= len(text) {
		return false
	}
	switch text[end] {
	case ',', '!', '.', '\n':
	default:
		return false
	}
	w := ws[k-1].in(text)
	return strings.EqualFold(w, "hi") || strings.EqualFold(w, "hello") || strings.EqualFold(w, "hey")
}

// spokenTo reports whether the name text[start:end] is the object of a
// reporting verb whose object is the one spoken to (tellsHearer: "told
// Newsmax", "asked Nance to cash the check"), and whether an infinitive
// follows it: a person or an organisation, not a place. One told
// something is, in news, most often the outlet that asked; one told to do
// something is not (that it is a person would split "Megyn" from the
// "Megyn Kelly" of an earlier sentence, which a given name no list knows
// does not join).
func spokenTo(text string, start, end int) (told, toDo bool) {
	if capitalTheInside(text, start) {
		if !nameEndsPhrase(text, end) {
			return false, false
		}
		start -= len("The ") // "told The Times"
	}
	w, ok := wordBefore(text, start)
	if !ok || !tellsHearer(w) {
		return false, false
	}
	rest := text[end:min(len(text), end+32)]
	if w, ok := firstWordAfter(rest); ok && len(w) > 3 && strings.HasSuffix(w, "s") && isLower(w) && !isFunctionWord(w) {
		return false, false // "told Ashtabula residents": the name modifies the people told
	}
	return true, strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, " not ")
}

// firstWordAfter returns the word that follows a single space at the
// start of s, up to the next space or punctuation; ok is false when s
// does not open with a space and a letter.
func firstWordAfter(s string) (string, bool) {
	if !strings.HasPrefix(s, " ") || !letterAt(s, 1) {
		return "", false
	}
	w := s[1:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	return w, true
}

// reportedBy reports whether the text gives the name text[start:end] as
// the source of a report: "according to X" (in any case), "reported by
// X", "X reported", "X reports" (not "reportedly"), with a "The" in
// capitals before X or not. In news such a name, where no list
// knows it, is an outlet far more often than a person ("as Breitbart
// reported a few days later", "according to Statista"); one who reported
// a theft to the police, named by a surname alone, is typed so too.
func reportedBy(text string, start, end int) bool {
	if rest := text[end:min(len(text), end+10)]; strings.HasPrefix(rest, " reported") || strings.HasPrefix(rest, " reports") {
		verb := rest[len(" reports"):]
		if strings.HasPrefix(rest, " reported") {
			verb = rest[len(" reported"):]
		}
		return verb == "" || !letterAt(verb, 0) // not "reportedly"
	}
	if capitalTheInside(text, start) || afterThe(text, start) {
		// The name ends its phrase there: not "according to The
		// Youngstown/Warren Regional Chamber", whose name goes on, nor,
		// after "the" in lower case, "according to the Sanders
		// campaign", whose name is a noun's modifier.
		if !nameEndsPhrase(text, end) || !capitalTheInside(text, start) && end < len(text) && text[end] == ' ' {
			return false
		}
		start -= len("the ") // "according to The Guardian", "according to the Guardian"
	}
	if before := text[max(0, start-13):start]; len(before) == 13 && strings.EqualFold(before, "according to ") {
		return true
	}
	return strings.HasSuffix(text[max(0, start-12):start], "reported by ") // "first reported by The Guardian"
}

// listEnd returns the end of the list of mentions that ms[i] opens: the
// index after the last of the mentions conjoined one to the next (", ",
// " and ", " or ": conjoined), i+1 when ms[i] stands alone.
func listEnd(text string, ms []found, i int) int {
	j := i + 1
	for j < len(ms) && ms[j-1].end <= ms[j].start && conjoined(text, ms[j-1], ms[j]) {
		j++
	}
	return j
}

// placeLists sets out[i] for each mention ms[i] that is an item of a list
// (mentions conjoined one to the next) holding two places the gazetteer
// knows or more, written with no honorific, and no person's name: items of
// one list are mostly of one kind, and a given name alone among places is
// the town of that name ("Milan or Rome, Paris, Jakarta"; not "Paris and
// Nicky", "Jordan, Tom and Kim"). One pass over ms; out is reused.
func placeLists(text string, ms []found, out []bool) []bool {
	out = append(out[:0], make([]bool, len(ms))...)
	for i := 0; i < len(ms); {
		j := listEnd(text, ms, i)
		places, person := 0, false
		for k := i; k < j && j-i > 1; k++ {
			f := &ms[k]
			switch {
			case f.person || f.r.kind == Person || f.start != f.nameStart || f.description:
				person = true // a person, an honorific, or a description: no list of places
			case isPlaceName(trimPossessive(text[f.nameStart:f.end])):
				places++
			}
		}
		for k := i; k < j && places >= 2 && !person; k++ {
			out[k] = true
		}
		i = j
	}
	return out
}

// kindAfterLists sets out[i] for each mention ms[i] that is an item of a
// list (mentions conjoined one to the next, two or more, none a person's)
// whose last item is followed by a kind of place in the plural, in lower
// case, which each item names (placeKindsPlural): "Menard and Logan
// counties", "the Tigris and Euphrates rivers". Not the kinds of
// buildings, which are named after people and firms ("the Clinton and
// Bush libraries", "the Hilton and Marriott hotels"). One pass over ms;
// out is reused.
func kindAfterLists(text string, ms []found, out []bool) []bool {
	out = append(out[:0], make([]bool, len(ms))...)
	for i := 0; i < len(ms); {
		j := listEnd(text, ms, i)
		if j-i > 1 && !slices.ContainsFunc(ms[i:j], func(f found) bool { return f.isPerson() }) {
			end := int(ms[j-1].end)
			if rest, ok := strings.CutPrefix(text[end:min(len(text), end+16)], " "); ok {
				noun := rest[:strings.IndexFunc(rest+" ", func(r rune) bool { return !unicode.IsLower(r) })]
				for k := i; k < j && placeKindsPlural.has(noun); k++ {
					out[k] = true
				}
			}
		}
		i = j
	}
	return out
}

// placeKindsPlural are the kinds of places, in the plural, that a list of
// their names goes before ("Menard and Logan counties"): divisions of a
// country and features of the land and the water, as GeoNames' feature
// classes A, H and T hold them; not buildings, which bear people's and
// firms' names.
var placeKindsPlural = setOf(`counties parishes townships boroughs provinces states districts regions territories
	oblasts prefectures municipalities cantons rivers lakes islands mountains valleys seas bays`)

// beforeReflexive reports whether "himself" or "herself" follows the
// name that ends at end ("Vane himself presented"), as it follows only a
// person's.
func beforeReflexive(text string, end int) bool {
	rest := text[end:min(len(text), end+9)]
	return rest == " himself" || rest == " herself" || len(rest) == 9 && (rest[:8] == " himself" || rest[:8] == " herself") && !letterAt(rest, 8)
}

// joinedToPerson reports whether the name ms[i] and a name next to it are
// joined by "and" or "or", and the other is a person's, one word too:
// "Lord Diplock and Browning", "Cruz and Kasich", "Toph and Len". Two
// names joined so are mostly of one kind.
func joinedToPerson(text string, ms []found, i int) bool {
	joined := func(a, b *found) bool {
		if a.end > b.start {
			return false
		}
		// Not ", and", which as often joins two clauses ("buried in
		// Scranton, and Clinton was christened there").
		between := text[a.end:b.start]
		return between == " and " || between == " or "
	}
	person := func(f *found) bool {
		if f.description || !f.person {
			return false
		}
		// One word, as the name is ("Cruz and Kasich", not "Joe Biden
		// and Burisma": a list may join a person to anything), a
		// person's (found.person) by its own words: an honorific, the
		// table, a given name that is no place's ("Indiana and Niles").
		// Not by the words around it, which place "Linux and Windows"
		// among people, nor by a given name the text does not write as
		// a person's ("Kent and Essex", "Thames and Hudson"). Not in the
		// possessive either, which makes it part of a longer phrase
		// ("After Brexit and Trump's threats").
		name := text[f.nameStart:f.end]
		return strings.IndexByte(name, ' ') < 0 && trimPossessive(name) == name &&
			(f.start < f.nameStart || (f.r.e != nil && f.r.kind == Person || isGivenName(name)) && !isPlaceName(name))
	}
	// Not a word of the dictionary ("Harper and Row", "Smith and Sons":
	// a firm's name) or a name after "in", "at" or "of" ("at Brookings
	// and Mr. Swagel at …", "Mr. Altman of Evercore and Mr. Rubin").
	m := &ms[i]
	if locatedIn(text, int(m.start)) || strings.HasSuffix(text[:m.start], " of ") {
		return false
	}
	var buf [32]byte
	if bare := trimPossessive(text[m.nameStart:m.end]); len(bare) > len(buf) || isCommonWord(string(lowerInto(buf[:], bare))) {
		return false
	}
	return i > 0 && person(&ms[i-1]) && joined(&ms[i-1], &ms[i]) ||
		i+1 < len(ms) && person(&ms[i+1]) && joined(&ms[i], &ms[i+1])
}

// beforeWho reports whether a relative "who" follows the name
// text[start:end] (", who is a seasoned politician"): its antecedent is a
// person, as a place's or a thing's is not.
func beforeWho(text string, start, end int) bool {
	// Not after "in", "at" or "of": "the leader of the opposition in
	// North-Rhine Westphalia, who suggested" speaks of the leader; not
	// after "the", which names groups: "the Thunder, who have lost" (a
	// team).
	if before := text[max(0, start-4):start]; locatedIn(text, start) || strings.HasSuffix(before, " of ") || afterThe(text, start) {
		return false
	}
	// Nor after a possessive or an ordinal, which make the name part of
	// a longer phrase ("New York's Long Island, who gave", "the state's
	// 2nd District, who is").
	if w, ok := wordBefore(text, start); ok && (trimPossessive(w) != w || isOrdinal(w)) {
		return false
	}
	rest := text[end:min(len(text), end+8)]
	return strings.HasPrefix(rest, ", who ") || strings.HasPrefix(rest, ", who’") || strings.HasPrefix(rest, ", who'") ||
		strings.HasPrefix(rest, ", whose ") || strings.HasPrefix(rest, ", whom ")
}

// isOrdinal reports whether w is an ordinal in digits ("2nd", "21st",
// "4th").
func isOrdinal(w string) bool {
	if len(w) < 3 || !isDigit(w[0]) {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return isDigit(w[len(w)-3])
	}
	return false
}

// possessiveDeterminers are the possessive determiners of English.
var possessiveDeterminers = setOf("his her their my our your its")

// quotedSpeaker reports whether the name text[start:end] is the speaker
// a quotation's attribution names: a quotation's end before it
// (afterQuotationEnd) and a reporting verb after it ("“We won,” Mary
// said").
func quotedSpeaker(text string, ws []token, start, end int) bool {
	return afterQuotationEnd(text, start) && speaks(text, ws, end)
}

// afterQuotationEnd reports whether text[:start] ends with a quotation's
// closing mark after a comma, a question mark or an exclamation mark and
// one space (`,” `, `?" `): where a quotation's attribution names its
// speaker.
func afterQuotationEnd(text string, start int) bool {
	before := strings.TrimSuffix(text[:start], " ")
	if len(before) == start {
		return false
	}
	for _, mark := range [...]string{"”", "\""} {
		if rest, ok := strings.CutSuffix(before, mark); ok {
			return strings.HasSuffix(rest, ",") || strings.HasSuffix(rest, "?") || strings.HasSuffix(rest, "!")
		}
	}
	return false
}

// subjectOfHe reports whether the name at text[start:] opens its sentence
// and the next sentence opens with "He" or "She": the subject a personal
// pronoun goes on with (the centering of a discourse on its subject).
func subjectOfHe(text string, ws []token, start int) bool {
	k, ok := wordAt(ws, start)
	if !ok || !ws[k].sentStart {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+60; j++ {
		if ws[j].sentStart {
			w := ws[j].in(text)
			return w == "He" || w == "She"
		}
	}
	return false
}

// conjoined reports whether the text joins the mentions a and b, a
// before b, as items of one list: nothing but "and", "&", "or" or a
// comma (and one of those words after it) between them.
func conjoined(text string, a, b found) bool {
	switch between := text[a.end:b.start]; between {
	case ", ", " and ", " & ", " or ", ", and ", ", & ", ", or ":
		return true
	}
	return false
}

// placeEnd returns the end of the longest place of two to four words
// that the gazetteer knows and that opens the run ws[a:b] ("New
// Hampshire", "North Carolina", "South Sudan", whose first word would
// otherwise be read as a common word or a title), or -1.
func placeEnd(text string, ws []token, a, b int) int {
	if b-a < 2 || !mayOpenPlace(ws[a].in(text)) {
		return -1
	}
	for l := min(b, a+4); l > a+1; l-- {
		name := trimPossessive(text[ws[a].start:ws[l-1].end])
		if (isPlaceName(name) || placePeople(name)) && !modifierOpensSentence(text, ws, ws[a], name) {
			return l
		}
		var buf [64]byte
		if ws[a].allCaps && len(name) <= len(buf) && placeNames()[string(appendTitleCase(buf[:0], name))] {
			return l // "NEW YORK" too
		}
	}
	return -1
}

// modifierOpensSentence reports whether name is a place the gazetteer
// knows only as a modifier before a known place (isModifiedPlace: "New
// England"), written by the word w of ws (the text's words) that opens a
// sentence or a headline's words, and not written again nearby by a word
// that opens neither. At a sentence's start
// the modifier is most often the common adjective ("New Iran sanctions
// bill lacks support"); written again inside a sentence, the name is the
// place's ("At New England town meetings … New England town meetings
// provide"). The search looks nearWindow bytes either side, so that a
// text of many such sentences stays linear.
func modifierOpensSentence(text string, ws []token, w token, name string) bool {
	if !w.sentStart && !w.headline || placeNames()[name] || !isModifiedPlace(name) {
		return false
	}
	lo, hi := max(0, int(w.start)-nearWindow), min(len(text), int(w.start)+nearWindow)
	for near := text[lo:hi]; ; {
		i := strings.Index(near, name)
		if i < 0 {
			return true
		}
		if at := lo + i; at != int(w.start) {
			if k, ok := wordAt(ws, at); ok && !ws[k].sentStart && !ws[k].headline {
				return false
			}
		}
		lo += i + len(name)
		near = near[i+len(name):]
	}
}

// nearWindow is how far, in bytes either side, modifierOpensSentence and
// theBefore look for a name written again: a few paragraphs. A bound, so
// that a text of many such names stays linear.
const nearWindow = 4096

// placePeople reports whether name is the people of a place the
// gazetteer knows, written as the place and "-ers" ("New Yorkers", "New
// Zealanders"): a demonym's plural, whose first word would otherwise be
// read as a common word ("New"). placeEnd asks it of runs of two words or
// more only.
func placePeople(name string) bool {
	stem, ok := strings.CutSuffix(name, "ers")
	return ok && len(stem) >= 4 && isPlaceName(stem)
}

// isFunctionWord reports whether the lower-case word w is a word of a
// closed class that opens sentences and never a name: a stop word, a
// subordinator ("though"), a preposition ("despite") or a determiner
// ("several"), as the quotation stage knows them.
func isFunctionWord(w string) bool {
	return stopWords.has(w) || subordinators.has(w) || clausePrepositions.has(w) || determiners.has(w)
}

// locatedIn reports whether a locative preposition ("in", "near", "at")
// stands right before the name at text[start:].
func locatedIn(text string, start int) bool {
	before := text[max(0, start-6):start]
	return strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " near ") || strings.HasSuffix(before, " at ") ||
		strings.HasSuffix(before, "\nIn ") || strings.HasSuffix(before, " In ")
}

// beforeRegion reports whether the name that ends at text[end] is
// followed by a comma and a place the gazetteer knows, of one to three
// words, or a US state's abbreviation in the AP's style ("Clifton Park,
// New York", "Eau Gallie, Fla."): a town and its region, as news writes
// them.
func beforeRegion(text string, end int) bool {
	rest := text[end:min(len(text), end+40)]
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	rest = rest[2:]
	if w, after, ok := strings.Cut(rest, "."); ok {
		if isAPState(w) {
			return true // "Fla.", "Mich.": the AP's abbreviations
		}
		if w2, _, ok := strings.Cut(after, "."); ok && len(w) == 1 && isAPState(w+"."+w2) {
			return true // "N.Y.", "W.Va.": their full stops inside
		}
	}
	for i, words := 0, 0; i < len(rest) && words < 3; {
		start, stop, ok := scanWord(rest, i)
		if !ok || start != i || rest[start] < 'A' || rest[start] > 'Z' {
			return false
		}
		words++
		if isPlaceName(rest[:stop]) && (stop == len(rest) || strings.IndexByte(",.;:)\n", rest[stop]) >= 0) {
			// "Clifton Park, New York, and": not "Jeb Bush, Florida's
			// governor", nor a list of names ("Nitin Gadkari, Oxford, P.
			// Chidambaram").
			next := strings.TrimPrefix(rest[stop:], ", ")
			return len(next) == len(rest[stop:]) || next == "" || next[0] < 'A' || next[0] > 'Z'
		}
		if stop >= len(rest) || rest[stop] != ' ' {
			return false
		}
		i = stop + 1
	}
	return false
}

// stateNamed reports whether the words ws of a normalised name are a US
// state's name and "state": a state university ("Ohio State", "Michigan
// State", "Arizona State"). Not "New York State" or "Washington State",
// which English writes for the state itself, to tell it from the city of
// that name; nor another country's state ("Lagos State", "Rivers State":
// Nigeria's states are so named), a place.
func stateNamed(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "state" {
		return false
	}
	name := strings.Join(ws[:n-1], " ")
	if name == "new york" || name == "washington" {
		return false
	}
	for _, st := range usStates {
		if strings.EqualFold(st.name, name) {
			return true
		}
	}
	return false
}

// usStates are the US states and the District of Columbia with the
// abbreviations the press writes after a town's name: the Associated
// Press Stylebook's ("Fla.", "N.Y.", "D.C."; it spells out Alaska, Hawaii
// and the states of five letters or fewer, which have none) and the US
// Postal Service's two letters ("FL", "NY", "DC"; USPS Publication 28).
var usStates = []struct{ name, ap, postal string }{
	{"Alabama", "Ala.", "AL"}, {"Alaska", "", "AK"}, {"Arizona", "Ariz.", "AZ"}, {"Arkansas", "Ark.", "AR"},
	{"California", "Calif.", "CA"}, {"Colorado", "Colo.", "CO"}, {"Connecticut", "Conn.", "CT"}, {"Delaware", "Del.", "DE"},
	{"Florida", "Fla.", "FL"}, {"Georgia", "Ga.", "GA"}, {"Hawaii", "", "HI"}, {"Idaho", "", "ID"},
	{"Illinois", "Ill.", "IL"}, {"Indiana", "Ind.", "IN"}, {"Iowa", "", "IA"}, {"Kansas", "Kan.", "KS"},
	{"Kentucky", "Ky.", "KY"}, {"Louisiana", "La.", "LA"}, {"Maine", "", "ME"}, {"Maryland", "Md.", "MD"},
	{"Massachusetts", "Mass.", "MA"}, {"Michigan", "Mich.", "MI"}, {"Minnesota", "Minn.", "MN"}, {"Mississippi", "Miss.", "MS"},
	{"Missouri", "Mo.", "MO"}, {"Montana", "Mont.", "MT"}, {"Nebraska", "Neb.", "NE"}, {"Nevada", "Nev.", "NV"},
	{"New Hampshire", "N.H.", "NH"}, {"New Jersey", "N.J.", "NJ"}, {"New Mexico", "N.M.", "NM"}, {"New York", "N.Y.", "NY"},
	{"North Carolina", "N.C.", "NC"}, {"North Dakota", "N.D.", "ND"}, {"Ohio", "", "OH"}, {"Oklahoma", "Okla.", "OK"},
	{"Oregon", "Ore.", "OR"}, {"Pennsylvania", "Pa.", "PA"}, {"Rhode Island", "R.I.", "RI"}, {"South Carolina", "S.C.", "SC"},
	{"South Dakota", "S.D.", "SD"}, {"Tennessee", "Tenn.", "TN"}, {"Texas", "", "TX"}, {"Utah", "", "UT"},
	{"Vermont", "Vt.", "VT"}, {"Virginia", "Va.", "VA"}, {"Washington", "Wash.", "WA"}, {"West Virginia", "W.Va.", "WV"},
	{"Wisconsin", "Wis.", "WI"}, {"Wyoming", "Wyo.", "WY"}, {"District of Columbia", "D.C.", "DC"},
}

// stateNames maps each abbreviation of usStates, the AP's with its full
// stop ("Fla.", "N.Y."), the postal one without ("FL", "NY"), to the
// state's name. No AP abbreviation has two letters; every postal one has.
var stateNames = func() map[string]string {
	names := map[string]string{}
	for _, st := range usStates {
		if st.ap != "" {
			names[st.ap] = st.name
		}
		names[st.postal] = st.name
	}
	return names
}()

// isAPState reports whether w, with a full stop after it, is an AP
// abbreviation of a state ("Fla", "N.Y", "D.C").
func isAPState(w string) bool {
	_, ok := stateNames[w+"."]
	return ok
}

// dottedState returns the state that name, an AP abbreviation with a
// full stop inside it ("N.Y.", "D.C.", "W.Va."), stands for, wherever
// the text writes it: no other name is spelled so. The abbreviations of
// one word ("Fla.", "Miss.", "Ind.") are states only after a town and a
// comma (stateAfter): alone they are words and names too.
func dottedState(name string) (string, bool) {
	name = trimPossessive(name) // "N.Y.'s"
	if len(name) > len("W.Va.") || strings.IndexByte(strings.TrimSuffix(name, "."), '.') < 0 {
		return "", false // the longest is "W.Va."
	}
	if !strings.HasSuffix(name, ".") {
		name += "." // "W.Va" before the sentence's full stop
	}
	state, ok := stateNames[name]
	return state, ok
}

// isDottedState reports whether name is an AP abbreviation of a state
// with a full stop inside it (dottedState).
func isDottedState(name string) bool {
	_, ok := dottedState(name)
	return ok
}

// isPostalState reports whether the two letters w are a state's postal
// abbreviation ("FL", "DC").
func isPostalState[T string | []byte](w T) bool {
	_, ok := stateNames[string(w)]
	return ok && len(w) == 2
}

// placeOrKindOfPlace reports whether name is a place the gazetteer knows
// or ends in a kind of place ("Seattle", "Clifton Park"): a town a state's
// postal abbreviation may follow.
func placeOrKindOfPlace(name string) bool {
	return isPlaceName(name) || isPlaceHeadWord(lastField(name))
}

// formalName returns the one mention that a's formal words, "of" (or "of
// the") and the place b make, and whether they make one (see
// polityWords, localityWords, districtWords): a's name must be the head
// word alone or after formalModifiers ("Democratic People's Republic"),
// so that "Quezon City of the Philippines" and "Orange County of
// California" stay two. The span opens with the formal words, as with
// an honorific, and the name is the place's ("the City of Cleveland" is
// Cleveland), but for a district's, a place of its own ("District of
// Columbia"). The table may know the formal name as another place's
// ("Democratic People's Republic of Korea" is North Korea, not the table's
// South Korea for "Korea"): where the place resolves to a table entry
// spelt otherwise and the table does not know the formal name, there is
// none.
func (t *aliasTable) formalName(text string, a, b *found, resolve func(string) *resolvedName) (found, bool) {
	if a.person || b.person || a.description || b.description || a.r.e != nil && a.r.kind != Place {
		return found{}, false
	}
	gap := text[a.end:b.start]
	if gap != " of " && gap != " of the " {
		return found{}, false
	}
	words := text[a.nameStart:a.end]
	head := lastField(words)
	own := districtWords.has(head)
	if !own && !polityWords.has(head) && !localityWords.has(head) {
		return found{}, false
	}
	for w := range strings.FieldsSeq(words[:len(words)-len(head)]) {
		if !formalModifiers.has(straightApostrophe(w)) {
			return found{}, false
		}
	}
	place := text[b.nameStart:b.end]
	if len(trimPossessive(place)) != len(place) || b.r.kind != Place && !isPlaceName(place) && !(b.r.e == nil && t.info(place).guess[0] == Place && strings.Contains(place, " ")) {
		return found{}, false
	}
	formal := text[a.nameStart:b.end]
	if gap == " of the " {
		formal = words + " of " + place // the table's entries have no "the" ("Republic of Congo")
	}
	f := *b
	switch r := resolve(formal); {
	case own:
		if r.key == "" {
			return found{}, false
		}
		f.r, f.parts, f.nameStart = r, r.in, a.nameStart
	case r.e != nil:
		f.r = r
	case b.r.e != nil && !strings.EqualFold(b.r.e.display, place):
		return found{}, false // "Korea": which one, only the table could say
	}
	f.start, f.place = a.start, true
	return f, true
}

// formalModifiers are the words that may stand before a polity's or a
// district's word in a formal name ("Democratic People's Republic",
// "Islamic Republic", "United Kingdom", "Eastern District").
var formalModifiers = setOf("Democratic People's Islamic Federal Socialist Arab United Plurinational Bolivarian Independent Grand Hashemite Cooperative Oriental Eastern Western Northern Southern Central Middle")

// polityWords are the words for a kind of state that open the formal
// names of the UN's member states before "of" ("Republic of Korea",
// "Kingdom of Saudi Arabia", "Commonwealth of Australia", "Principality
// of Monaco", "Sultanate of Oman", "Grand Duchy of Luxembourg", "Union of
// the Comoros"), as the UN Terminology Database (UNTERM) gives them.
// Where the runs make no mention of the word ("the State of Qatar": a
// word that opens sentences), the place alone is the mention.
var polityWords = setOf("Republic Kingdom Commonwealth State Principality Sultanate Duchy Emirate Union Federation Confederation")

// localityWords are the words for a town or a division of a country
// that open its formal name before "of" and the place's own name ("the
// City of Cleveland", "the Borough of Brooklyn"): the place itself, as
// after polityWords ("the City of London" too, though it is not
// London). "Province of Quebec" is one run already, a place of its own.
var localityWords = setOf("City Town Township Village Municipality Borough Province Prefecture Parish Region Oblast Governorate")

// districtWords open the formal name of a division that is a place of its
// own beside the place whose name follows "of" ("the District of
// Columbia", "the Eastern District of New York"). ("the County of Kent"
// stays two: Kent reads as a surname.)
var districtWords = setOf("District County")

// stateQualifier reports whether the mention at sp is written as a
// state's abbreviation (usStates, the AP's or the postal one) right after
// the mention that ends at prevEnd and a comma: "Calif." of "San
// Bernardino, Calif.". It reads the mention's text only, not the place
// before it as stateAfter does.
func stateQualifier(text string, prevEnd int, sp Span) bool {
	return prevEnd >= 0 && sp.Start-prevEnd == 2 && text[prevEnd:sp.Start] == ", " && stateNames[text[sp.Start:sp.End]] != ""
}

// stateAfter returns the span [start, end) of the abbreviation of a US
// state (usStates) right after ", " at text[at:] ("Calif.", "N.J.",
// "D.C.", "WA"), and the state's name; postal ones only when postal
// holds. An AP abbreviation keeps its full stop; a postal one stands
// alone or before a sentence's full stop ("Seattle, WA."), which is not
// its.
func stateAfter(text string, at int, postal bool) (start, end int, name string) {
	if !strings.HasPrefix(text[at:], ", ") {
		return 0, 0, ""
	}
	start = at + 2
	end = start
	for end < len(text) && end-start < 6 && (text[end] >= 'A' && text[end] <= 'Z' || text[end] >= 'a' && text[end] <= 'z' || text[end] == '.') {
		end++
	}
	abbr := text[start:end]
	if end < len(text) && (text[end] >= 'A' && text[end] <= 'Z' || text[end] >= 'a' && text[end] <= 'z' || text[end] >= '0' && text[end] <= '9' && !strings.HasSuffix(abbr, ".")) {
		return 0, 0, "" // "Ind.ependent", "CAL"
	}
	if strings.HasSuffix(abbr, ".") {
		if n, ok := stateNames[abbr]; ok {
			return start, end, n
		}
		if len(abbr) != 3 || end < len(text) && text[end] != ' ' && text[end] != '\n' {
			return 0, 0, ""
		}
		abbr, end = abbr[:2], end-1 // a sentence's full stop after a postal one: "Seattle, WA."
	}
	if postal && isPostalState(abbr) {
		return start, end, stateNames[abbr]
	}
	return 0, 0, ""
}

// afterThe reports whether the word before text[start:] is "the": a name
// a person seldom has ("the Pittock Mansion", "the Leaky Cauldron").
func afterThe(text string, start int) bool {
	switch before := text[max(0, start-5):start]; before {
	case " the ", "\nthe ", " The ", "\nThe ":
		return true
	case "The ":
		return start == 4 // the text's first word
	}
	return false
}

// capitalTheInside reports whether the word at start follows a "The"
// written in capitals inside a sentence: a word of its own after a
// letter, a digit, a comma or a semicolon, not after a sentence's end or
// a line's start, nor glued to the end of a word ("readThe"; after a
// comma the space may be lost: "books,The Hobbit").
func capitalTheInside(text string, start int) bool {
	if start < 6 || text[start-4:start] != "The " || text[start-5] != ' ' && text[start-5] != ',' {
		return false // "readThe": a lost space inside a word; "books,The" is a comma's
	}
	i := start - 5
	for i >= 0 && text[i] == ' ' {
		i--
	}
	if i < 0 {
		return false
	}
	c := text[i]
	return c == ',' || c == ';' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// nameEndsPhrase reports whether the name that ends at end ends its
// phrase there: the text ends, or punctuation that closes a phrase, or a
// space and a word in lower case follow; not a slash, a hyphen or another
// capitalised word, which a name cut short runs on into.
func nameEndsPhrase(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	switch c := text[end]; c {
	case '.', ',', ';', ':', ')', '"', '\'', '!', '?', '\n':
		return true
	case ' ':
		return end+1 < len(text) && 'a' <= text[end+1] && text[end+1] <= 'z'
	}
	return strings.HasPrefix(text[end:], "’") || strings.HasPrefix(text[end:], "”")
}

// maxLowerScans bounds the scans for names written in lower case that one
// text makes (see commonWords).
const maxLowerScans = 16

// What a text says of one of its capitalised words (see entitiesOf).
const (
	capAlone    = 1 << iota // it comes at least once without a number after it
	capLower                // the text's prose also writes it in lower case
	capTerm                 // an acronym of a term: spelled out in lower case ("sea surface salinity (SSS)") or counted ("LLMs")
	capMid                  // it comes at least once inside a sentence of prose, not first and not in a headline
	capAfterThe             // it comes at least once right after "the" ("the Cowboys")
)

// possessorOfPerson reports whether the mention m, one word with a
// possessive, stands right before next, a person's name in full (a
// given name first, no kind of place last, a person's by guessKind),
// with nothing but a space between: the person's employer or country
// ("Apple's Tim Cook", "Germany's Olaf Scholz"). Its caller asks it only
// of a name that no guess makes a person's (not "Obama's Joe Biden",
// "Kennedy's Robert McNamara", nor "Meta's", whose word is a given name
// too) and no sign elsewhere does (personElsewhere).
func possessorOfPerson(text string, m, next *found) bool {
	name := text[m.nameStart:m.end]
	bare := trimPossessive(name)
	if len(bare) == len(name) || strings.ContainsAny(bare, " -") || int(next.start) != int(m.end)+1 || text[m.end] != ' ' || next.start != next.nameStart {
		return false
	}
	full := trimPossessive(text[next.nameStart:next.end])
	return strings.Contains(full, " ") && opensWithGivenName(full) && !namedPlace(full) && guessKind(full, normalizeName(full), false) == Person
}

// personElsewhere reports whether another mention of m's name (by key) has
// a person's sign: an honorific, a title or a given name before it
// ("Mr. Harlow … Harlow's Tom Reed").
func personElsewhere(ms []found, m *found) bool {
	for k := range ms {
		if o := &ms[k]; o != m && o.r != nil && m.r != nil && o.r.key == m.r.key && (o.person || o.start != o.nameStart) {
			return true
		}
	}
	return false
}

// kindWordOnly reports whether name is one word that is a street's
// suffix written out (the values of streetWords, USPS Publication 28:
// "Street", "Avenue", "Road"): no name alone, which the press never
// capitalises alone, so a participle before it opens the street's name
// ("Downing Street"), not the sentence. Words that name a kind of place
// or body and also stand alone ("the West", "the Church") are not read
// so: "Attending Church on Sunday" opens no name.
func kindWordOnly(name string) bool {
	for _, suffix := range streetWords {
		if strings.EqualFold(name, suffix) {
			return true
		}
	}
	return false
}

// isMonthWord reports whether w names a month, in full or short, with or
// without its full stop ("March", "Nov", "Jan.").
func isMonthWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	lw := lowerInto(buf[:], strings.TrimSuffix(w, "."))
	return months.hasBytes(lw) || monthAbbrevs.hasBytes(lw)
}

// openedOtherwise reports whether the text gives the surname tail, a name
// of three letters or more in lower case too, no word of the dictionary
// and no nation's people ("Americans"), after a first word other than
// opener, one the text writes as a name: no word it capitalises only to
// open a sentence (commonOpener), no nationality, no honorific and no
// title ("Mitt Romney", "Multiple Romney advisers": the second opens the
// sentence, not the name). It reads sc.runs once a text, into sc.openers
// (lower-case surname -> the index in ws of its run's first word).
func openedOtherwise(text string, ws []token, sc *entityScratch, capitals map[string]uint8, tail, opener string) bool {
	var buf, sbuf [32]byte
	if !sc.openersRead {
		sc.openersRead = true
		for _, r := range sc.runs {
			first, end := int(r[0]), int(r[1])
			if end-first < 2 {
				continue
			}
			w := trimPossessive(ws[first].in(text))
			if len(w) > len(buf) || ws[first].allCaps || ws[first].headline || isHonorific(w) || inLower(nameTitles, w) || inLower(officeWords, w) || isDemonym(w) {
				continue
			}
			if ws[first].sentStart && commonOpener(ws[first], capitals[w], lowerInto(buf[:], w)) {
				continue
			}
			surname, ok := surnameKey(sbuf[:], trimPossessive(ws[end-1].in(text)))
			if !ok {
				continue
			}
			if _, seen := sc.openers[string(surname)]; !seen {
				sc.openers[string(surname)] = int32(first)
			}
		}
	}
	lt, ok := surnameKey(sbuf[:], tail)
	if !ok {
		return false // a surname is a name, not a word: "Media Inquiries" and "Consumer Inquiries" are no one's
	}
	first, ok := sc.openers[string(lt)]
	return ok && !strings.EqualFold(trimPossessive(ws[first].in(text)), opener)
}

// surnameKey returns w in lower case, in buf, and whether it may be a
// surname openedOtherwise reads: three letters or more, not in capitals,
// no word of the dictionary and no nation's people.
func surnameKey(buf []byte, w string) ([]byte, bool) {
	if len(w) < 3 || len(w) > len(buf) || isAllCaps(w) {
		return nil, false
	}
	lw := lowerInto(buf, w)
	return lw, !isDictionaryWord(string(lw)) && !isDemonymPlural(string(lw))
}

// commonOpener reports whether a capitalised word w that opens a sentence,
// with the flags f the text gives it and its lower case lw (without a
// possessive), is a common word there: the text's prose also writes it in
// lower case, or the dictionary knows it as no name and the text never
// capitalises it inside a sentence. A word in capitals is an acronym or a
// label, not a word of the dictionary ("JAG", "PENCE:").
func commonOpener(w token, f uint8, lw []byte) bool {
	return f&capLower != 0 || !w.allCaps && f&capMid == 0 && isCommonWord(string(lw))
}

// commonWords reports whether every capitalised word of the name
// text[start:end] is one the text's prose also writes in lower case
// (capLower), and the prose does not write the name itself so
// (writtenLower): "Geographic Information
// Systems" beside "geographic", "information" and "systems", "System
// Under Test" beside "system" and "test". A person's name is made of
// names, not of the text's own vocabulary; such a name is a term or a
// title. A name the text once writes all in lower case ("fort lee")
// keeps its kind.
func commonWords(text string, ws []token, start, end int, capitals map[string]uint8, scans *int) bool {
	var buf [9]string
	words := nameCapitals(buf[:0], text, ws, start, end)
	if len(words) < 2 || len(words) == len(buf) {
		return false // more than eight: not read
	}
	for _, w := range words {
		if capitals[w]&capLower == 0 {
			return false
		}
	}
	// Every word is the text's own; the name is a term unless the text
	// writes it whole in lower case.
	return !writtenLower(text, ws, words, scans)
}

// nameCapitals appends to out the capitalised words, without their
// possessive, of the name text[start:end] of the tokens ws, until out is
// full (the callers pass a buffer on their stack).
func nameCapitals(out []string, text string, ws []token, start, end int) []string {
	k, _ := wordAt(ws, start)
	for _, w := range ws[k:] {
		if int(w.start) >= end || len(out) == cap(out) {
			break
		}
		if w.upper {
			out = append(out, trimPossessive(w.in(text)))
		}
	}
	return out
}

// endsInCommonWord reports whether the name that ends at text[end] ends
// in a word the text's prose also writes in lower case ("Nintendo Switch"
// beside "the switch", "Sonos Move" beside "a move"): a thing's name
// after its maker's or its series', where a person's would end in a
// surname.
func endsInCommonWord(text string, ws []token, start, end int, capitals map[string]uint8, scans *int) bool {
	k, _ := slices.BinarySearchFunc(ws, end, func(w token, i int) int { return int(w.end) - i })
	if k >= len(ws) || int(ws[k].end) != end || !ws[k].upper {
		return false
	}
	last := trimPossessive(ws[k].in(text))
	if capitals[last]&capLower == 0 || isPlaceHeadWord(last) {
		return false // a kind of place ends a place's name: "Neiafu Harbour"
	}
	// Unless the text writes the whole name in lower case too ("fort lee"):
	// then it is a name written carelessly.
	var buf [8]string
	return !writtenLower(text, ws, nameCapitals(buf[:0], text, ws, start, end), scans)
}

// writtenLower reports whether the prose of text writes words (a name's,
// capitalised as the name has them) side by side in lower case ("fort
// lee" for "Fort Lee"): a scan of the words ws, made for a few names a
// text at most (maxLowerScans, counted in scans; after that a name is
// taken as never so written), so that the time stays linear.
func writtenLower(text string, ws []token, words []string, scans *int) bool {
	if *scans >= maxLowerScans {
		return false
	}
	*scans++
	// An ASCII letter opening words[0] folds only with itself in either
	// case, or with a rune of more than one byte (the Kelvin sign for
	// "k", the long s for "s"): a word opening with another ASCII byte
	// is passed over unread.
	first := byte(0)
	if w := words[0]; w != "" && 'a' <= w[0]|0x20 && w[0]|0x20 <= 'z' {
		first = w[0] | 0x20
	}
	for k := 0; k+len(words) <= len(ws); k++ {
		if c := text[ws[k].start]; first != 0 && c < utf8.RuneSelf && c|0x20 != first {
			continue
		}
		if ws[k].upper || !strings.EqualFold(ws[k].in(text), words[0]) {
			continue
		}
		all := true
		for i := 1; i < len(words) && all; i++ {
			w := ws[k+i]
			all = !w.upper && strings.EqualFold(w.in(text), words[i]) && text[ws[k+i-1].end:w.start] == " "
		}
		if all && inProse(text, int(ws[k].start), int(ws[k].end)) {
			return true
		}
	}
	return false
}

// saidOn reports whether the words before text[start:] are a reporting
// verb and "on" ("said on", "posted on", "wrote on"): what follows is
// where it was said, a medium (a network, a site, an app), not a place,
// which things are said in.
func saidOn(text string, start int) bool {
	before, ok := strings.CutSuffix(text[max(0, start-24):start], " on ")
	if !ok {
		return false
	}
	verb := before[strings.LastIndexAny(before, " \n")+1:]
	return isReporting(verb) && !strings.HasPrefix(verb, "call") // "called on Kurds to": asked them
}

// namesLanguage reports whether the text writes the name text[start:end]
// as a language's: right before "language", "languages", "dialect" or
// "speakers" ("the Eegimaa language", "Bayot speakers"), or right after
// "speakers of" ("speakers of Kujireray"). A name the text gives a
// language is an other proper name, neither its people's place nor a
// person.
func namesLanguage(text string, ws []token, start, end int) bool {
	if strings.HasSuffix(text[max(0, start-12):start], "speakers of ") {
		return true
	}
	if name := text[start:end]; trimPossessive(name) != name {
		return false
	}
	w, ok := firstWordIn(text, ws, end, min(len(text), end+16))
	if !ok || text[end:w.start] != " " {
		return false
	}
	switch w.text {
	case "language", "languages", "dialect", "dialects", "speakers", "speaker":
		return true
	}
	return false
}

// beforePlaceHead reports whether the word right after text[:end], one
// space on, is a place's head or a division's word in lower case
// ("Kachin state", "Shan province", "Tigray region"; placeheads.txt,
// polityWords, localityWords, districtWords): the name is a place's,
// whatever else it names.
func beforePlaceHead(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+24))
	if !ok || text[end:w.start] != " " || w.text == "" || w.text[0] < 'a' || w.text[0] > 'z' {
		return false
	}
	if isPlaceHeadWord(w.text) {
		return true
	}
	c := capitalized(w.text)
	return polityWords.has(c) || localityWords.has(c) || districtWords.has(c)
}

// hyphenPair returns the spans of the two names that the mention m joins
// with a hyphen, one word each side, when the table, the gazetteer or the
// firms' list knows each part and none knows the whole; ok is false
// otherwise. inTable reports whether the table knows a name or a surname,
// or the text gives it as a surname after a given name ("Hillary Clinton").
func hyphenPair(text string, m *found, inTable func(string) bool) (a, b [2]int32, ok bool) {
	if m.start != m.nameStart || m.description || m.r.e != nil {
		return a, b, false
	}
	name := trimPossessive(text[m.nameStart:m.end])
	h := strings.IndexByte(name, '-')
	if h < 2 || h > len(name)-3 || strings.ContainsAny(name, " .") || strings.Count(name, "-") != 1 {
		return a, b, false
	}
	left, right := name[:h], name[h+1:]
	if r, _ := utf8.DecodeRuneInString(right); !unicode.IsUpper(r) || isPlaceName(name) || isFirmName(name) {
		return a, b, false
	}
	// A part in capitals is known by the table or the gazetteer only: an
	// acronym the firms' list holds may stand for much else ("Delhi-NCR",
	// the National Capital Region, is no NCR Corporation).
	known := func(w string) bool { return inTable(w) || isPlaceName(w) || isFirmName(w) && !isAllCaps(w) }
	if !known(left) || !known(right) || weekdayAbbrev(left) || weekdayAbbrev(right) {
		return a, b, false // "Mon-Sun": days, not a place and a firm
	}
	at := m.nameStart
	return [2]int32{at, at + int32(h)}, [2]int32{at + int32(h) + 1, m.end}, true // the possessive with the second name
}

// weekdayAbbrev reports whether w, in any case, is a day's name cut to
// three letters or more ("Mon", "Sun", "Thurs", "Friday").
func weekdayAbbrev(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	var buf [9]byte
	lw := string(lowerInto(buf[:], w))
	return slices.ContainsFunc(weekdays, func(day string) bool { return strings.HasPrefix(day, lw) })
}

// afterTime reports whether a time stands right before text[start:], as
// before a time zone ("late Wednesday AEST", "3 p.m. EDT", "10:30 GMT"):
// a day's name, "am" or "pm" (with dots or not), or a clock time.
func afterTime(text string, start int) bool {
	w, ok := wordBefore(text, start)
	if !ok {
		return false
	}
	return afterClock(w) || inLower(calendarNames, w) && !strings.Contains(w, ".")
}

// afterNumber reports whether a number of digits alone stands right
// before text[start:], as before an address or a numbered sight in a
// guide ("45 Anderson Ave", "9 Chehel Sotoun"); not one of four digits
// from 1000 to 2999, which is read as a year ("the 2012 Deferred
// Action"), so "1214 Anderson Ave" is not counted. (Its caller leaves out
// a model's name: "50 Airbus A350 jets" counts things.)
func afterNumber(text string, start int) bool {
	w, ok := wordBefore(text, start)
	if !ok || w == "" || len(w) == 4 && (w[0] == '1' || w[0] == '2') {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// bodyThenPerson returns the k, a < k < b-1, at which the run ws[a:b] goes
// from a name the alias table (through probe) knows whole, or the
// gazetteer does if of two words or more, and no person's, firm's or given
// name, to a person's name: a given name of the list that names no place,
// and one capitalised word or more (up to a word in lower case), the last
// no common word of the dictionary (isCommonWord), which no list knows as
// a firm's or a place's ("European Union Gordon Sondland", "United
// Nations Nikki Haley"); and e, where the person's name ends. k is 0 where
// there is none, or where the lists know the run whole. The longest known
// name before a given name wins.
func bodyThenPerson(text string, ws []token, a, b int, probe func(string) *aliasEntry) (k, e int) {
	if b-a < 3 {
		return 0, 0
	}
	wholeKnown := -1 // whether the lists know the run whole, once asked: 0 no, 1 yes
	// The body has maxNameWords words at most, and so has the person's
	// name after it: each k reads a bounded stretch, so a run of a
	// million capitalised words costs a bounded work per run.
	for k := min(b-2, a+maxNameWords); k > a; k-- {
		given := ws[k].in(text)
		if !isGivenName(given) || isPlaceName(given) || trimPossessive(ws[k-1].in(text)) != ws[k-1].in(text) || text[ws[k-1].end:ws[k].start] != " " {
			continue
		}
		// The person's name ends before a word in lower case ("Gordon
		// Sondland and Energy Secretary Rick Perry"), a day's or a
		// month's name ("Nikki Haley Friday said") or a function word
		// ("Nikki Haley In New York").
		e := k + 1
		for e < b && e-k <= maxNameWords && ws[e].upper && !inLower(calendarNames, trimPossessive(ws[e].in(text))) && !inLower(stopWords, ws[e].in(text)) {
			e++
		}
		if e-k < 2 || e-k > maxNameWords {
			continue
		}
		person := trimPossessive(text[ws[k].start:ws[e-1].end])
		if inCommonWords(trimPossessive(ws[e-1].in(text))) {
			continue // a word no name has ends it: "Royal Infirmary", "Justice Department", "Echo Buds"
		}
		if pe := probe(person); isFirmName(person) || isPlaceName(person) || pe != nil && pe.kind != Person {
			continue
		}
		// The body: a name the table knows, or a place of two words or
		// more the gazetteer does (one word may be a given name the list
		// lacks as such: "Chad Michael Murray", "Norman Vincent Peale");
		// not a firm of the open data, whose products follow it as names
		// do ("Amazon Echo Dot"), nor a given name ("Jordan", a country
		// too, of "Jordan Mickey Tarrant").
		body := text[ws[a].start:ws[k-1].end]
		if be := probe(body); isGivenName(body) || !(be != nil && be.kind != Person || k-a >= 2 && isPlaceName(body) && !isFirmName(body)) {
			continue
		}
		if wholeKnown < 0 {
			wholeKnown = 0
			if whole := trimPossessive(text[ws[a].start:ws[b-1].end]); isFirmName(whole) || isPlaceName(whole) || probe(whole) != nil {
				wholeKnown = 1
			}
		}
		if wholeKnown == 1 {
			return 0, 0
		}
		return k, e
	}
	return 0, 0
}

// firmWordAlone reports whether the mention f, first of an entity a text
// names in full as a firm (orgNamed), is one word that is a place only by
// default (byDefault: entitiesOf's placeByName of it) and is not written
// where places go ("bid for Tribune", then "the Chicago Tribune"; not
// "the mill in Quorvath", then "Quorvath Co"), nor a person's by the
// text's evidence.
func firmWordAlone(text string, ws []token, f *found, byDefault bool) bool {
	return byDefault && !f.person && !f.place && !f.description && f.start == f.nameStart && strings.IndexByte(trimPossessive(text[f.nameStart:f.end]), ' ') < 0 &&
		!locatedIn(text, int(f.start)) && !afterPlacePreposition(text, int(f.start)) && describedAs(text, ws, int(f.start), int(f.end)) != Place
}

// firmOrGivenName reports whether bare, one word, is both a firm of the
// open data and a given name of the list ("Dana", "Holden", "Lexus"):
// guessKind makes it the firm; the text's signs of a person
// (personSigned) make it a person.
func firmOrGivenName(bare string) bool {
	return strings.IndexByte(bare, ' ') < 0 && isFirmName(bare) && isGivenName(bare)
}

// personSigned reports whether the text writes the mention m as only a
// person is written: an age after it, a person's noun before it or in an
// apposition, a title or a style before it, "who" after it, a pronoun of
// a person after its reporting verb or as the next sentence's subject,
// kin after its possessive, or as the speaker a quotation's end names.
func personSigned(text string, ws []token, m *found) bool {
	start, end := int(m.start), int(m.end)
	k, ok := wordAt(ws, start)
	return ageAfter(text, end) || describedAs(text, ws, start, end) == Person || isPersonNoun(appositionHead(text, ws, start, end)) ||
		ok && k > 0 && officeBefore(text, ws, k) || beforeWho(text, start, end) || personAfterVerb(text, ws, end) ||
		subjectOfHe(text, ws, int(m.nameStart)) || kinOfPossessive(text, ws, start, end) || quotedSpeaker(text, ws, start, end)
}

// ageAfter reports whether an age in commas or brackets follows the name
// that ends at text[end] (", 34,", " (34)"), as news writes it of people
// only: "Anthony Holdings, 34, was charged".
func ageAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+6)]
	closing := byte(',')
	switch {
	case strings.HasPrefix(rest, ", "):
	case strings.HasPrefix(rest, " ("):
		closing = ')'
	default:
		return false
	}
	i := 2
	for i < len(rest) && isDigit(rest[i]) {
		i++
	}
	return i > 2 && i <= 5 && i < len(rest) && rest[i] == closing
}

// beforeNumbers reports whether two numbers (digits, with commas and a
// point inside allowed; none a run of digits that opens with 0, as
// telephone numbers and postcodes do) follow the name that ends at
// text[end], each after a space or a tab and ending at a space, a tab or
// the line's end:
// with a number before the name too, a row of a table of figures ("27
// Bubba Wallace 487 0 0", a league's standings, a race's results), whose
// names are its people or teams, not an address's ("45 Anderson Ave") or a
// guide's numbered sight ("9 Chehel Sotoun. Also known as …"). One number
// after is a score ("Calgary 2 Moose Jaw 1"), which says nothing.
func beforeNumbers(text string, end int) bool {
	for range 2 {
		if end+1 >= len(text) || text[end] != ' ' && text[end] != '\t' || !isDigit(text[end+1]) ||
			text[end+1] == '0' && end+2 < len(text) && isDigit(text[end+2]) {
			return false // not a telephone number's or a postcode's "01632", "0199"
		}
		end++
		for end < len(text) && (isDigit(text[end]) || (text[end] == ',' || text[end] == '.') && end+1 < len(text) && isDigit(text[end+1])) {
			end++
		}
		if end < len(text) && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' && text[end] != '\r' {
			return false
		}
	}
	return true
}

// wordBefore returns the word that ends one space before text[start:],
// within 15 bytes (a number, a time or a day's name: see afterTime and
// afterAmount), from the space, line feed or bracket before it; ok is
// false when no space stands right before start.
func wordBefore(text string, start int) (w string, ok bool) {
	before, ok := strings.CutSuffix(text[max(0, start-16):start], " ")
	if !ok {
		return "", false
	}
	return before[strings.LastIndexAny(before, " \n(")+1:], true
}

// afterAmount reports whether a number stands right before text[start:],
// as before a currency or a unit ("225 DKK", "1.5 GW"), and is no year
// ("the 2016 GOP nominee").
func afterAmount(text string, start int) bool {
	num, ok := wordBefore(text, start)
	if !ok {
		return false
	}
	num = strings.TrimLeft(num, "$€£¥")
	if num == "" || !isDigit(num[0]) || !isDigit(num[len(num)-1]) {
		return false
	}
	for i := 0; i < len(num); i++ {
		if c := num[i]; !isDigit(c) && c != '.' && c != ',' {
			return false
		}
	}
	return len(num) != 4 || num[0] != '1' && num[0] != '2'
}

// countedNoun reports whether a determiner that only a common noun takes
// stands right before the name text[start:end]: the indefinite article, or
// a word that counts or points at several ("another", "many", "several",
// "these", "those", "other"). A name so written is one of a kind of
// things ("a Geofence", "these Vans", "a Kickstarter"), as the name of a
// place or a person is not. A possessive is left out: it is a determiner
// itself, and the article is its noun's ("a Dillard's bag"); so is a name
// with a place after a comma, another name after a slash or a quoted
// phrase after it, which go before the noun the determiner counts ("an
// Oskaloosa, Iowa, coffee shop", "a CNN/ORC poll").
func countedNoun(text string, start, end int) bool {
	if name := text[start:end]; trimPossessive(name) != name {
		return false
	}
	if rest := text[end:min(len(text), end+3)]; strings.HasPrefix(rest, ", ") && len(rest) == 3 && 'A' <= rest[2] && rest[2] <= 'Z' {
		return false // "an Oskaloosa, Iowa, coffee shop": a town and its state before the noun
	}
	if rest := text[end:]; strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, " “") || strings.HasPrefix(rest, ` "`) {
		return false // "a CNN/ORC poll", "those Uber “side hustle” ads": the noun the determiner counts comes later
	}
	if afterIndefinite(text, start) {
		return true
	}
	before := strings.TrimSuffix(text[max(0, start-9):start], " ")
	if len(before) == start-max(0, start-9) {
		return false // no space before the name
	}
	w := before[strings.LastIndexAny(before, " \n(\"“")+1:]
	var buf [8]byte
	return countingWords.hasBytes(lowerInto(buf[:], w))
}

// beforeIllnessNoun reports whether the word after text[:end] (a name,
// its possessive included) is a noun that makes the name a disease's:
// "the Zika virus", "the Ebola outbreak", "Alzheimer's disease".
func beforeIllnessNoun(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+32))
	return ok && text[end:w.start] == " " && inLower(illnessNouns, w.text)
}

// illnessNouns name a disease after its name: the head nouns that end 30
// or more of the 3,102 disease names of github.com/dariusk/corpora
// data/medicine/diseases.json and infectious_diseases.json (a subset of
// the Human Disease Ontology, CC0), with "diseases" and British "tumour",
// and the nouns for a disease's agent, spread and vaccine. Only a name
// that is a place or a person for want of any other sign is read so:
// "the Wuhan outbreak" stays a place.
var illnessNouns = setOf("disease diseases cancer neoplasm carcinoma adenocarcinoma syndrome disorder tumor tumour allergy fever virus outbreak pandemic epidemic vaccine vaccines")

// countingWords are the English determiners, other than the article, that
// take a common noun and never a proper one: quantifiers and
// demonstratives of the plural ("many", "these") and "another", "other".
var countingWords = setOf("another many several these those other")

// afterIndefinite reports whether the word before text[start:] is "a" or
// "an": a name a person has only as a kind ("a Dassault Rafale", "a
// Toyota Corolla"), which names a thing.
func afterIndefinite(text string, start int) bool {
	before := text[max(0, start-4):start]
	return strings.HasSuffix(before, " a ") || strings.HasSuffix(before, " A ") || strings.HasSuffix(before, " an ") ||
		strings.HasSuffix(before, " An ") || before == "An " || len(before) == 2 && before == "A "
}

// headsPhrase reports whether a name ending at end is the head of its
// noun phrase, not a modifier of a noun after it ("a Mitt Romney
// supporter", "a Homeland Security official"): the next word is not a
// lower-case word outside the closed classes.
func headsPhrase(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+32))
	if !ok || text[end:w.start] != " " {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w.text)
	return !unicode.IsLower(r) || isFunctionWord(w.text)
}

// pastFormAfter reports whether the word right after a name ending at end
// is a verb's past form (isPastForm), whose subject the name is: "the
// Green Bay Packers cheered". Not for headsPhrase's other callers, where
// such a form may be an adjective's second half ("Victorian themed
// homes").
func pastFormAfter(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+32))
	return ok && text[end:w.start] == " " && isPastForm(w.text)
}

// writesFirm reports whether the text writes the name text[start:end] as
// a company's: a possessive before a word only companies have
// ("Toyota's shareholders", "Airbnb's chief executive"), such a word right
// after it ("Tesla chief executive", firmModifiers) or "shares of" before
// it.
func writesFirm(text string, start, end int) bool {
	if before := text[max(0, start-10):start]; before == "shares of " || before == "Shares of " {
		return true
	}
	rest := text[end:min(len(text), end+24)]
	if !strings.HasSuffix(text[start:end], "'s") && !strings.HasSuffix(text[start:end], "’s") {
		// A noun of a company's right after the name, as its modifier:
		// "Tesla chief executive Elon Musk", "Tesla CEO", "Tesla
		// shareholders", "the Tesla share price".
		if rest, ok := strings.CutPrefix(rest, " "); ok {
			for _, p := range firmModifiers {
				if strings.HasPrefix(rest, p) && (len(rest) == len(p) || !letterAt(rest, len(p))) {
					return true
				}
			}
		}
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "chief executive") {
		return true
	}
	var buf [16]byte
	return firmWords.hasBytes(lowerInto(buf[:], strings.TrimRight(firstField(rest), ".,;:")))
}

// employedBy reports whether a verb of employment and its preposition
// stand right before the name at text[start:] ("worked for", "plays for",
// "signed with", "employed by"), or a founder's or a chief executive's
// noun and "of" ("the founder of", "CEO of"), or "founded": the name is
// an employer there, a company, a team or a body. See employedAt too.
func employedBy(text string, start int) bool {
	return frameBefore(text, start, employerFrames) || frameBefore(text, start, personalEmployerFrames)
}

// employedAt reports whether a noun of a person (isPersonNoun: the
// WordNet nouns whose first sense is one) and "at" stand right before the
// name at text[start:] ("the chief economist at Flexport", "a trade
// professor at Cornell", "an analyst at Jefferies"): the name is the
// employer there, or the school, not a place, unless its own last word
// names a kind of place (namedPlace: "the priest at St. Mary's Church").
func employedAt(text string, start int) bool {
	before, ok := strings.CutSuffix(text[max(0, start-40):start], " at ")
	if !ok {
		return false
	}
	w := before[strings.LastIndexAny(before, " \n(")+1:]
	return w != "" && isLetters(w) && isLower(w) && isPersonNoun(w)
}

// mediaWords are the media that open a broadcaster's name ("Radio Mitre",
// "Channel 4", "TV Azteca", "Television New Zealand"), in lower case.
var mediaWords = setOf("radio channel tv television")

// ofPerson reports whether the mention ms[i] follows a person's full
// name and "of" or "of the" ("Max Verstappen of Red Bull", "Dean Boland
// of Boland Legal"): there, a name of several words no list knows is the
// person's team, firm or body, as after "at" (employedAt). Its caller
// leaves out a name of one word, most often the person's town ("Jane Doe
// of Biddeford"), and a place the lists know stays one ("John Korir of
// Kenya").
func ofPerson(text string, ms []found, i int) bool {
	p := &ms[i-1]
	if between := text[p.end:ms[i].start]; between != " of " && between != " of the " {
		return false
	}
	name := trimPossessive(text[p.nameStart:p.end])
	return p.isPerson() || strings.Contains(name, " ") && opensWithGivenName(name)
}

// frameBefore reports whether one of frames stands right before
// text[start:], after no letter ("worked for", "co-founder of"; not
// "reworked for").
func frameBefore(text string, start int, frames []string) bool {
	before := text[:start]
	for _, p := range frames {
		if rest, ok := strings.CutSuffix(before, p); ok {
			if r, _ := utf8.DecodeLastRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// pollsBy reports whether a noun of outletNouns follows the name that
// ends at text[end] ("a Gallup poll", "the Quinnipiac survey", "a Vox
// reporter"): the name is a pollster's or an outlet's there, where it is
// no place the lists know ("an Iowa poll").
func pollsBy(text string, end int) bool {
	rest := text[end:min(len(text), end+16)]
	for _, p := range outletNouns {
		if r, ok := strings.CutPrefix(rest, p); ok && (r == "" || r[0] == 's' && (len(r) == 1 || !letterAt(r, 1)) || !letterAt(r, 0)) {
			return true
		}
	}
	return false
}

// outletNouns are the nouns, with a space before them, that follow the
// name of a pollster or a news outlet as its modifier: its polls and
// surveys, its reporters, columnists and correspondents, its articles
// and editorials.
var outletNouns = []string{" poll", " survey", " reporter", " columnist", " correspondent", " article", " editorial", " op-ed"}

// employerFrames are the frames only a firm, a team or a body follows:
// the verbs of playing and signing for one, in their forms, with their
// prepositions, the nouns of those who found or run one, with "of", and
// "founded". After one, even a given name alone is an employer ("the CEO
// of Hilton", "signed with Chelsea"); the verbs a person's name follows as
// often are personalEmployerFrames.
var employerFrames = []string{
	"play for ", "plays for ", "played for ", "playing for ",
	"signed with ", "signed for ",
	"founder of ", "cofounder of ", "founded ", "cofounded ", // and "co-founder of", "co-founded"
	"CEO of ", "chief executive of ", "subsidiary of ", "acquired by ",
}

// personalEmployerFrames are the verbs of employment that a person's name
// follows as often as a firm's ("worked for Martha", "hired by Bob"), so
// that they say an employer only of a name that is no given name.
var personalEmployerFrames = []string{
	"work for ", "works for ", "worked for ", "working for ", "employed by ", "hired by ",
}

// firmModifiers are the nouns of what only a company has that follow its
// name with no possessive: "Tesla chief executive", "Tesla shareholders".
// Fewer than firmWords, after a possessive: without one, "Obama shares"
// and "Trump stock" are a verb and a person's.
var firmModifiers = []string{"chief executive", "CEO", "shareholders", "share price", "stock price"}

// firmWords are what only a company has, after a possessive: "Toyota's
// shareholders", "Airbnb's CEO" (see firmModifiers for the words after a
// name with none).
var firmWords = setOf("ceo shareholders shares stock employees headquarters subsidiary subsidiaries revenue revenues profit profits earnings customers")

// adjectiveShaped reports whether the capitalised word w ends as English
// adjectives made from names do ("Victorian", "Hegelian", "Biblical",
// "Imperial", "Congressional", "Islamist"): in "-ian", "-ical", "-ial",
// "-ional" or "-ist".
// Not "-ic": it also ends places ("Pacific", "Arctic") and surnames
// ("Djokovic").
func adjectiveShaped(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	var buf [32]byte
	lw := string(lowerInto(buf[:], w))
	switch {
	case strings.HasSuffix(lw, "ian"), strings.HasSuffix(lw, "ical"), strings.HasSuffix(lw, "ial"), strings.HasSuffix(lw, "ional"):
	case strings.HasSuffix(lw, "ist") && utf8.RuneCountInString(lw) >= 7 && !strings.HasSuffix(lw, "quist") && !strings.HasSuffix(lw, "qvist") && !strings.HasSuffix(lw, "kvist"):
		// "-ist" after a stem of four letters or more ("Islamist",
		// "Methodist", "Marxist"); not "Christ" or "Crist", nor the
		// Scandinavian surnames in "-quist", "-qvist" and "-kvist".
	default:
		return false
	}
	// A compound with a place the gazetteer knows names a region:
	// "Asia-Pacific".
	for part := range strings.SplitSeq(w, "-") {
		if isPlaceName(part) {
			return false
		}
	}
	return true
}

// beforeReporting reports whether a reporting verb follows the name that
// ends at text[end] ("the Guardian reported"): the name speaks.
func beforeReporting(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+24))
	return ok && text[end:w.start] == " " && isReporting(w.text)
}

// citedYear reports whether text[at:] opens with a year of publication
// that ends a citation ("2011;", "2010)"): the name before it is an
// author's ("Turano 2011;"), not a label's ("Figure 3").
func citedYear(text string, at int) bool {
	y := text[at:min(len(text), at+5)]
	return len(y) == 5 && (y[4] == ';' || y[4] == ')') && (y[0] == '1' && y[1] >= '5' || y[0] == '2' && y[1] == '0') && allDigits(y[:4])
}

// citesAuthor reports whether the text after a name at text[end:] cites
// it as the author of a work, as scholarship does: "et al", a year of
// publication in brackets or after a comma ("Carrano (2010)", "Palmeri,
// 2013)") or before the end of a citation ("Turano 2011;", "Milekic
// 2010)"), or a numbered reference ("Biewener [7]").
func citesAuthor(text string, end int) bool {
	rest := text[end:min(len(text), end+12)]
	if strings.HasPrefix(rest, " et al") {
		return true
	}
	if strings.HasPrefix(rest, " [") {
		// A numbered reference: "Carrano & Biewener [7]".
		if i := strings.IndexByte(rest, ']'); i > 2 && strings.Trim(rest[2:i], "0123456789,–- ") == "" && isDigit(rest[2]) {
			return true
		}
	}
	if strings.HasPrefix(rest, " ") && citedYear(text, end+1) {
		return true // "Turano 2011;", "Milekic 2010)"
	}
	if invertedInitials(text[end:min(len(text), end+24)]) {
		return true // "Matthews, M. D.;", "Peterson, C.;"
	}
	rest, ok := strings.CutPrefix(rest, " (")
	if !ok {
		rest, ok = strings.CutPrefix(rest, ", ")
	}
	if !ok || len(rest) < 4 || !allDigits(rest[:4]) {
		return false
	}
	return (rest[0] == '1' && rest[1] >= '5' || rest[0] == '2' && rest[1] == '0') && (len(rest) == 4 || !isDigit(rest[4]))
}

// invertedInitials reports whether s, the text after a name, opens with
// the initials a reference list writes after an author's surname: ", "
// and one to three capitals each with a full stop, spaced, then a comma,
// a semicolon, "&", "and" or a bracket ("Matthews, M. D.; Kelly, D. R.
// (2007)", "Smith, J., & Jones, K."). Not "Washington, D.C.", whose
// letters are not spaced.
func invertedInitials(s string) bool {
	rest, ok := strings.CutPrefix(s, ", ")
	if !ok {
		return false
	}
	for n := 0; n < 3; n++ {
		if len(rest) < 2 || rest[0] < 'A' || rest[0] > 'Z' || rest[1] != '.' {
			return false
		}
		rest = rest[2:]
		if next, ok := strings.CutPrefix(rest, " "); ok && len(next) >= 2 && 'A' <= next[0] && next[0] <= 'Z' && next[1] == '.' {
			rest = next
			continue
		}
		break
	}
	return rest == "" || rest[0] == ',' || rest[0] == ';' || strings.HasPrefix(rest, " &") || strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " (")
}

// bylineAgencyAt reports whether text[i:] opens, on a byline's line
// (isBylineLine) no longer than maxBylineBytes, the name of an agency, a
// firm or a body, or a writer's role, after the author's: "Associated
// Press" of "By JOANN LOVIGLIO Associated Press Writer", "Staff Writer" of
// "By JOHN SMITH Staff Writer". The words read are the capitalised ones
// up to a mark, at most four; the line is parsed as a byline only when
// they are such a name.
func bylineAgencyAt(text string, i int) bool {
	start, end, ok := lineAround(text, i, maxBylineBytes)
	if !ok {
		return false
	}
	tail := text[i:end]
	if k := strings.IndexAny(tail, ",|;:()\r"); k >= 0 {
		tail = tail[:k]
	}
	for _, dash := range [...]string{" - ", "—", "–"} {
		if k := strings.Index(tail, dash); k >= 0 {
			tail = tail[:k]
		}
	}
	var buf [4]string
	words := buf[:0]
	for w := range strings.FieldsSeq(tail) {
		if r, _ := utf8.DecodeRuneInString(w); len(words) == len(buf) || !unicode.IsUpper(r) {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return false
	}
	if first := words[0]; first != capitalized(strings.ToLower(first)) || inLower(nameSuffixes, strings.TrimSuffix(first, ".")) {
		return false // a name's own word: "McDONALD", "Jr."
	}
	named := false
	for n := len(words); n > 0 && !named; n-- {
		name := strings.Join(words[:n], " ")
		named = agencies[name] != "" || isFirmName(name)
	}
	last := words[len(words)-1]
	if !named && !inLower(orgWords, last) && !describesOccupation(last) {
		return false
	}
	return isBylineLine(strings.TrimSpace(text[start:end]))
}

// bylineNameBefore reports whether the words ws, a "By" aside, are a
// name of two words or more written in capitals, as a byline prints it,
// up to its last word, which is no word in title case ("JOANN LOVIGLIO",
// "MARTA McKOVACS"; not "Liana B.", "CNN Political", nor an outlet's
// one word, "NBC").
func bylineNameBefore(text string, ws []token) bool {
	if len(ws) > 0 && strings.EqualFold(ws[0].in(text), "by") {
		ws = ws[1:]
	}
	if len(ws) < 2 || !slices.ContainsFunc(ws, func(w token) bool { return w.allCaps }) {
		return false
	}
	last := trimPossessive(ws[len(ws)-1].in(text))
	if inLower(nameSuffixes, strings.TrimSuffix(last, ".")) && len(ws) > 2 {
		last = ws[len(ws)-2].in(text) // "KOVACS" of "TOM KOVACS Jr."
	}
	return utf8.RuneCountInString(strings.TrimSuffix(last, ".")) >= 2 && last != capitalized(strings.ToLower(last))
}

// lineAround returns the bounds of the line that holds text[i], without
// its newline; ok is false when the line is longer than max bytes, of
// which no more than max on each side of i are read.
func lineAround(text string, i, max int) (start, end int, ok bool) {
	from := i - min(i, max)
	start = from + strings.LastIndexByte(text[from:i], '\n') + 1
	if start == from && from > 0 && text[from-1] != '\n' {
		return 0, 0, false
	}
	end = strings.IndexByte(text[i:min(len(text), i+max)], '\n')
	switch {
	case end >= 0:
		end += i
	case i+max < len(text):
		return 0, 0, false
	default:
		end = len(text)
	}
	return start, end, end-start <= max
}

// maxBylineBytes is the longest line read as a byline.
const maxBylineBytes = 300

// markHeadlines marks the words of lines in title case (titleCased:
// "Macron Speeds up Rafale Warplane Orders"): not ending in a full stop
// unless the line is the story's title (token.title: a line of names in
// prose ends in one). A byline that names people (isPeopleByline: "By
// Jane Doe, John Roe and Ann Poe") is a line of names, not a headline
// ("By Popular Demand Returns" is one). In a headline
// capitals say nothing, and only names the table or the body knows are
// mentions.
func markHeadlines(text string, ws []token) {
	for i := 0; i < len(ws); {
		end := strings.IndexByte(text[ws[i].start:], '\n')
		lineEnd := len(text)
		if end >= 0 {
			lineEnd = int(ws[i].start) + end
		}
		j := i
		for j < len(ws) && int(ws[j].start) < lineEnd {
			j++
		}
		if titleCased(text, ws[i:j], ws[i].title) && (ws[i].title || !strings.HasSuffix(strings.TrimRight(text[ws[i].start:lineEnd], " \t\r\"'”’)"), ".")) && (lineEnd-int(ws[i].start) > maxBylineBytes || !isPeopleByline(text[ws[i].start:lineEnd])) {
			for k := i; k < j; k++ {
				ws[k].headline = true
			}
		} else {
			markQuotedTitles(text, ws, i, j)
		}
		i = j
	}
}

// titleCased reports whether the words ws of text are in title case, as a
// headline or a work's title is: at most 25 words, four or more of four
// letters or more, seven in ten of those capitalised. A story's title
// (title set: Parse found it) needs two such words, not four: a short
// title is a headline too ("Why Sex Gets Better in Older Age").
func titleCased(text string, ws []token, title bool) bool {
	if len(ws) > 25 {
		return false
	}
	long, caps := 0, 0
	for _, w := range ws {
		// A word of four letters or more has at least four bytes, and
		// one of 16 bytes at least four letters.
		if n := w.end - w.start; n >= 16 || n >= 4 && utf8.RuneCountInString(w.in(text)) >= 4 {
			long++
			if w.upper {
				caps++
			}
		}
	}
	return (long >= 4 || title && long >= 2) && caps*10 >= long*7
}

// markQuotedTitles marks, as markHeadlines marks a headline, the words of
// a title in title case (titleCased) between quotation marks inside the
// line of words ws[i:j] (a book's, a film's: "“2024: How Trump Retook the
// White House and the Democrats Lost America”").
func markQuotedTitles(text string, ws []token, i, j int) {
	opens := func(k int) bool { // an opening mark right before ws[k]
		from := 0
		if k > 0 {
			from = int(ws[k-1].end)
		}
		if int(ws[k].start)-from == 1 {
			return text[from] == '"' // the common case: one space or one mark
		}
		gap := text[max(from, int(ws[k].start)-4):ws[k].start]
		return strings.Contains(gap, "“") || strings.HasSuffix(gap, "\"") && (gap[len(gap)-2] == ' ' || gap[len(gap)-2] == '(')
	}
	closes := func(k int) bool { // a closing mark right after ws[k]
		to := len(text)
		if k+1 < len(ws) {
			to = int(ws[k+1].start)
		}
		if to-int(ws[k].end) == 1 {
			return text[ws[k].end] == '"'
		}
		gap := text[ws[k].end:min(to, int(ws[k].end)+4)]
		return strings.Contains(gap, "”") || strings.HasPrefix(strings.TrimLeft(gap, ",.?!:;"), "\"")
	}
	for k := i; k < j; k++ {
		if !opens(k) {
			continue
		}
		e := k
		for e < j && e-k < 25 && !closes(e) {
			e++
		}
		if e >= j || e-k >= 25 {
			continue
		}
		if titleCased(text, ws[k:e+1], false) {
			for m := k; m <= e; m++ {
				ws[m].headline = true
			}
		}
		k = e
	}
}

// splitsRun reports whether the run ws[a:b] holds a word no name has (a
// common word in capitals, as in a headline in title case), so that only
// its known parts are mentions.
func (t *aliasTable) splitsRun(text string, ws []token, a, b int) bool {
	if p := placeEnd(text, ws, a, b); p > 0 {
		a = p // "New York Islanders": "New" is the place's
	}
	for k := a; k < b; k++ {
		if k == b-1 && k > a && inLower(nameHeads, ws[k].in(text)) && !ws[a].headline {
			continue // "Amnesty International", "Human Rights Watch"
		}
		if k == a && adjectiveOpensName(text, ws, a, b) {
			continue // "National Archives"
		}
		if k == b-1 && k > a && ws[k].in(text) == "State" && isPlaceName(text[ws[a].start:ws[k-1].end]) {
			continue // "Ohio State", "Lagos State": a place's name and "State" are a name whole (see stateNamed)
		}
		if ws[k].upper && (inLower(commonCapitals, ws[k].in(text)) || inLower(stopWords, ws[k].in(text))) && !monthSurname(text, ws, a, k) {
			return true
		}
	}
	return false
}

// nameHeads are the words of commonCapitals that end names of bodies as
// their head ("Amnesty International", "Human Rights Watch"): at the end
// of a run of capitalised words inside a sentence they are the name's
// own, and the name a body's (guessKind). Not "State", which ends places
// as often ("Washington State").
var nameHeads = setOf("international watch")

// monthSurname reports whether ws[k], a month's name inside the run that
// opens at ws[a], is a surname: after a given name that is no place, and
// before no number ("Theresa May", "Brian May", "Mrs. Theresa May's"; not
// "since January 5", "Jordan March 3", "the Georgia May primary").
func monthSurname(text string, ws []token, a, k int) bool {
	if k == a || !inLower(months, trimPossessive(ws[k].in(text))) || !isGivenName(ws[k-1].in(text)) || isPlaceName(ws[k-1].in(text)) {
		return false // not after a place that is a given name too: "the Georgia May primary"
	}
	rest := strings.TrimLeft(text[ws[k].end:min(len(text), int(ws[k].end)+4)], " ")
	return rest == "" || !isDigit(rest[0])
}

// isHyphenAdjective reports whether w is a compound adjective made from a
// name: "US-brokered", "Kremlin-backed", "Australian-born" (the part after
// the hyphen in lower case, or the part before it an acronym).
func isHyphenAdjective(w string) bool {
	i := strings.IndexAny(w, "-‐")
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	rest := w[i+1:]
	if r, _ := utf8.DecodeRuneInString(rest); r == utf8.RuneError || !unicode.IsLetter(r) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ToUpper(w[:i]) == w[:i] || !unicode.IsUpper(r)
}

// hyphenAdjectiveLast reports whether the word w, which the caller found
// capitalised, ends in a participle after a hyphen, as compound adjectives do
// ("Prize-winning", "Kremlin-backed", "Texas-based", "US-led";
// "al-Qaeda-linked", the caller having found it a name): what it
// qualifies follows, and it ends no name ("Al-Qaeda-linked" ends in
// "Al-Qaeda"). Not "Hewlett-Packard", "Jean-Claude", "Kim Jong-un".
func hyphenAdjectiveLast(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	return compoundParticiple(w[i+1:])
}

// namePrefixLen returns the length, hyphen included, of the English
// prefix that opens the word w before a capital ("Ex-" of "Ex-CIA",
// "anti-" of "anti-Trump", "Pro-" of "Pro-Russian"), or 0 where there is
// none. The prefixes are those that join a name to make an adjective or a
// noun of it (namePrefixes).
func namePrefixLen(w string) int {
	k := strings.IndexByte(w, '-')
	if k < 2 || k > 4 || k+1 >= len(w) {
		return 0
	}
	if !slices.ContainsFunc(namePrefixes, func(p string) bool { return strings.EqualFold(p, w[:k]) }) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(w[k+1:]); !unicode.IsUpper(r) {
		return 0
	}
	return k + 1
}

// prefixedName reports whether w, written after an English prefix
// ("anti-", "ex-"), is a name of its own the lists know (ownName) and no
// acronym of a thing ("CIA", "EU"; not "MIDI").
func (t *aliasTable) prefixedName(w string) bool { return t.ownName(w) && !isThingAcronym(w) }

// knows reports whether the alias table resolves the name w to an entry.
func (t *aliasTable) knows(w string) bool {
	_, e, _ := t.resolve(w)
	return e != nil
}

// namePrefixes are the English prefixes that join a name: "ex-CIA",
// "pro-Israel", "anti-Trump", "non-Hispanic", "post-Brexit", "pre-Columbian".
var namePrefixes = []string{"ex", "pro", "anti", "non", "post", "pre"}

// compoundParticiple reports whether the word w, after a hyphen, is the
// participle of a compound adjective: in lower case, a common word in
// "-ed" or "-ing" whose stem is a word too ("-winning",
// "-backed", "-based") or an irregular participle ("-born", "-led"). Not
// a syllable of a Chinese or Korean given name ("Li Ka-shing", "Kim
// Jong-un"), nor an adjective that only ends so ("High-speed").
func compoundParticiple(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || len(w) > 24 {
		return false
	}
	if irregularParticiples.has(w) {
		return true
	}
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok {
		stem, ok = strings.CutSuffix(w, "ed")
	}
	if !ok || len(stem) < 2 || !isCommonWord(w) {
		return false // "Ka-shing", "High-speed": no participle of a verb
	}
	// The verb's stem, a word of the dictionary: as cut ("back-ed",
	// "orient-ed"), with its "e" ("bas-ed", "educat-ed"), its "y"
	// ("occupi-ed"), or its last consonant single ("winn-ing",
	// "controll-ed").
	n := len(stem)
	return isDictionaryWord(stem) || isDictionaryWord(stem+"e") ||
		stem[n-1] == 'i' && isDictionaryWord(stem[:n-1]+"y") ||
		n > 2 && stem[n-1] == stem[n-2] && isDictionaryWord(stem[:n-1])
}

// participleAfter reports whether text at end holds a hyphen and a
// participle of a compound adjective (compoundParticiple): the name that
// ends at end qualifies what follows ("London-based", "Trump-backed"),
// unlike a name before a dash ("Google--the search giant--said").
func participleAfter(text string, end int) bool { return hyphenParticiple(text, end) != "" }

// hyphenParticiple returns the participle of a compound adjective that
// follows a hyphen at text[end:] ("made" of "Dassault-made", "winning" of
// "Oscar-winning"), or "" where there is none.
func hyphenParticiple(text string, end int) string {
	rest, ok := strings.CutPrefix(text[end:], "-")
	if !ok {
		return ""
	}
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(rest)
	}
	if !compoundParticiple(rest[:i]) {
		return ""
	}
	return rest[:i]
}

// madeBy reports whether the name that ends at text[end:] is the maker of
// what follows, by a compound participle of making ("Dassault-made",
// "Boeing-built", "Samsung-manufactured"): a maker is a company or a
// country, and a country the gazetteer knows.
func madeBy(text string, end int) bool {
	switch hyphenParticiple(text, end) {
	case "made", "built", "manufactured", "produced":
		return true
	}
	return false
}

// wonOrNominated reports whether the name that ends at text[end:] is what
// someone won or was nominated for ("Oscar-winning", "Emmy-nominated",
// "Nobel Prize-winning"): a prize's or a contest's name, not a person's or
// a place's.
func wonOrNominated(text string, end int) bool {
	switch hyphenParticiple(text, end) {
	case "winning", "nominated":
		return true
	}
	return false
}

// irregularParticiples are the past participles of English's irregular
// verbs that end compound adjectives ("Australian-born", "US-led",
// "Kremlin-run", "Chinese-made", "locally-grown"), as the participles in
// "-ed" do.
var irregularParticiples = setOf("born led run made built grown known held bound driven")

// innerOffice returns the index of the first office word strictly inside
// the run ws[a:b], with a capitalised word before it and after it ("Tom"
// in "Judicial Watch President Tom Fitton"), or -1. A word after "of" or
// "for" is no office: it names the body's field ("Justice" in "Department
// of Justice Inspector General Michael Horowitz"). A run that ends in a
// kind of place or of body holds no office when the office word is right
// before that word or no given name or initial follows it ("Electric
// Chair Museum", "Notre Dame Law School"; not "Mayor Bill Hall", "Mayor
// J.R. Park").
func innerOffice(text string, ws []token, a, b int) int {
	office := func(k int) bool {
		if k > 0 && (ws[k-1].in(text) == "of" || ws[k-1].in(text) == "for") {
			return false // a field in a body's name: "Department of Justice Inspector General"
		}
		if k+1 < len(ws) && ws[k+1].in(text) == "of" {
			return false // an office of several words: "Chief of Staff"
		}
		return listedTitle(ws[k].in(text)) || rosterPosition(text, ws, k, b) || memberBeforeName(text, ws, k, b) ||
			k-a <= maxNameWords && b-k <= maxNameWords && occupationBeforeName(text, ws, k, b) // a job's title and a name: no run a text long
	}
	for k := a + 1; k+1 < b; k++ {
		if office(k) && !office(k-1) {
			if k+2 == b && inLower(nameSuffixes, strings.TrimSuffix(trimPossessive(ws[b-1].in(text)), ".")) {
				return -1 // a surname that is an office's word, and a suffix: "Martin Luther King Jr."
			}
			if last := trimPossessive(ws[b-1].in(text)); (isPlaceHeadWord(last) || isBodyNoun(last)) && (k == b-2 || !personLike(text, ws[k+1:b-1])) {
				return -1 // the run names a place or a body the office word is part of: "Electric Chair Museum", "Notre Dame Law School"
			}
			return k
		}
	}
	return -1
}

// jobTitleBody returns the body that opens the words ws[i0:o] before a
// job's title (isOccupationTitle), as [i0, o), or an empty one (o == i0)
// when the words are the title's. A body known reads from run0, the
// run's start, where bodyBeforeOffice dropped its first words ("New" of
// "New York Giants"): the words whole when known names them (the table,
// the gazetteer, the firms' open data, an acronym), else the longest such opening when only words of the
// dictionary that end no place's or body's name, or acronyms, follow it ("Google" of
// "Google Software Engineer"); none when all of them are such words
// ("Digital Content Editor"); else the words whole, as before an office
// ("Paris Hilton Hotel Manager"). At most maxNameWords words are read
// from each start.
func jobTitleBody(text string, ws []token, run0, i0, o int, known func(string) bool) (int, int) {
	if o-run0 > maxNameWords {
		return i0, o
	}
	starts := []int{i0}
	if run0 < i0 {
		starts = []int{run0, i0}
	}
	body := func(a, e int) string { return trimPossessive(text[ws[a].start:ws[e-1].end]) }
	titleWords := func(a, e int) bool {
		for _, w := range ws[a:e] {
			var buf [32]byte
			lw := lowerInto(buf[:], w.in(text))
			if nameTitles.hasBytes(lw) || officeQualifiers.hasBytes(lw) || string(lw) == "staff" || string(lw) == "head" {
				continue // a rank in the title: "Senior", "Junior", "Staff", "Head"
			}
			if (!isDictionaryWord(string(lw)) || isPlaceHead(lw) || orgWords.hasBytes(lw)) && !isAcronym(w.in(text)) {
				return false // an acronym may name the title's field: "CBS Sports NFL Insider"
			}
		}
		return true
	}
	for _, a := range starts {
		if a < o && known(body(a, o)) {
			return a, o
		}
	}
	for _, a := range starts {
		for e := o - 1; e > a; e-- {
			if titleWords(e, o) && known(body(a, e)) {
				return a, e
			}
		}
	}
	if titleWords(i0, o) {
		return i0, i0
	}
	return i0, o
}

// isOccupationTitle reports whether innerOffice found ws[k] as an
// occupation alone (occupationBeforeName), no office or title a list
// holds.
func isOccupationTitle(text string, ws []token, k, b int) bool {
	return occupationBeforeName(text, ws, k, b) && !listedTitle(ws[k].in(text))
}

// listedTitle reports whether w is an office or a title the lists hold
// (isInnerTitle), or a compound of one joined by a hyphen (titleCompound:
// "Vice-President").
func listedTitle(w string) bool {
	return isInnerTitle(w) || strings.IndexByte(w, '-') > 0 && titleCompound(strings.ToLower(w))
}

// occupationBeforeName reports whether ws[k], inside the run ws[:b], is
// an occupation (describesOccupation: "Manager", "Engineer",
// "Coordinator") before a given name and a surname: the end of a job's
// title that no list of offices holds ("Campaign Manager Jen O'Malley
// Dillon", "Software Engineer Eric Weigle").
func occupationBeforeName(text string, ws []token, k, b int) bool {
	if k+2 >= b || !describesOccupation(ws[k].in(text)) {
		return false
	}
	if k > 0 && isGivenName(ws[k-1].in(text)) {
		return false // after a given name, a surname: "Mary Baker Eddy", "Joel Chandler Harris" (and "Mercedes Engineer Jane Doe" stays one)
	}
	given := ws[k+1].in(text)
	return isGivenName(given) && !isInnerTitle(given) && !isPlaceName(given) && !isFirmName(given) // not "Inspector General Michael Horowitz"
}

// personLike reports whether one of the words ws, before a last word, is
// a given name or an initial ("Bill" of "Mayor Bill Hall", "J.R." of
// "Mayor J.R. Park"): words that open a person's name, not a body's.
func personLike(text string, ws []token) bool {
	for _, w := range ws {
		if s := w.in(text); isGivenName(s) || isInitial(s) || isInitials(s) {
			return true
		}
	}
	return false
}

// memberBeforeName reports whether ws[k] is a noun of a member ("Member",
// or a political group's: "Democrat", "Republican", "Conservative";
// politicalGroups) before a given name and one word more that end
// the run ws[:b]: "Senate Democrat Joe Manchin", "Texas Republican Ted
// Cruz", "Ranking Member Adam Schiff" name the person after the noun, and
// the words before it describe them. Not a party's name that goes on
// ("House Republican Conference Chair Elise Stefanik"): a given name must
// follow.
func memberBeforeName(text string, ws []token, k, b int) bool {
	if k+3 != b || !isGivenName(ws[k+1].in(text)) || isPlaceName(ws[k+1].in(text)) {
		return false
	}
	var buf [16]byte
	lw := lowerInto(buf[:], ws[k].in(text))
	return string(lw) == "member" || politicalGroups.hasBytes(lw)
}

// bodyBeforeOffice returns where the words ws[i:k] before an office
// start to name a body, past the words that open the sentence ("The",
// "Then") and the office's qualifiers ("Interim", "Former"), which are no
// part of it.
func bodyBeforeOffice(text string, ws []token, i, k int) int {
	for i < k && (ws[i].sentStart && (inLower(commonCapitals, ws[i].in(text)) || inLower(stopWords, ws[i].in(text))) || inLower(officeQualifiers, ws[i].in(text))) {
		i++
	}
	return i
}

// An officePart is a span of words ws[a:b] that officeParts finds a
// mention in, a person's name where person is set.
type officePart struct {
	a, b   int
	person bool
}

// officeParts returns, appended to out, the mentions of the run ws[a:b]
// around its first office of several words joined by "of" (officeOf), and
// where the rest of the run starts, or out itself and a where the run has
// no such office: a body before the office as for one office word ("White
// House" of "White House Chief of Staff John Kelly"; one word only where
// it is an acronym or probe knows it), the office's field where it names
// a place or holds a word no dictionary knows ("Mexico" of "President of
// Mexico Andrés Manuel López Obrador", "HHS"), and the person's name after
// it, which ends at the first word in lower case. The rest of the run
// starts at the next capitalised word after that ("Deputy Chief of Staff
// Huma Abedin" after "Deputy Chief of Staff Jake Sullivan and", "Boston"
// after "Chief of Staff John Kelly of"), or is empty (b).
func officeParts(text string, ws []token, a, b int, probe func(string) *aliasEntry, out []officePart) ([]officePart, int) {
	if ws[a].headline || ws[a].allCaps && ws[b-1].allCaps {
		return out, a
	}
	k, p := officeOf(text, ws, a, b)
	if p < 0 {
		return out, a
	}
	if k >= a {
		i0 := bodyBeforeOffice(text, ws, a, k) // "Then Deputy Chief of Staff Huma Abedin"
		o := k
		for o-1 > i0 && (inLower(nameTitles, ws[o-1].in(text)) || inLower(officeSides, ws[o-1].in(text))) && !titleBody(tokens(normalizeName(text[ws[i0].start:ws[o-1].end]))) {
			o-- // "Deputy Chief of Staff"; not "White House Chief of Staff"
		}
		if o-i0 >= 2 || o-i0 == 1 && (ws[i0].allCaps || probe(trimPossessive(ws[i0].in(text))) != nil) {
			out = append(out, officePart{a: i0, b: o}) // "White House", "UMWA"
		}
	}
	f := max(a, k+2)
	if isPlaceName(text[ws[f].start:ws[p-1].end]) || unknownWordIn(text, ws[f:p]) {
		out = append(out, officePart{a: f, b: p}) // "Mexico", "HHS", "Canterbury"; not "Homeland Security"
	}
	e := p + 1
	for e < b && (ws[e].upper || isParticle(ws[e].in(text))) {
		e++
	}
	out = append(out, officePart{a: p, b: e, person: true})
	for e < b && !ws[e].upper {
		e++ // "and", "of": no word of the next name
	}
	return out, e
}

// officeFieldRun reports whether the run ws[a:b] is the field of the
// portfolio office before it, and no name: "Secretary", "Minister" or
// "Commissioner" capitalised (portfolioOffices), "of" or "for" (and
// "the"), then words the dictionary gives as common words only
// (isCommonWord) that name no place, firm or body the lists or the table
// know and hold no organisation's word ("Secretary of Education",
// "Minister for Culture", "High Commissioner for Human Rights"; not
// "Secretary of State for Wales", "Minister of the Interior of Iraq",
// whose last runs are names); a field joined to one by "and" is one too
// ("Minister for Education and Skills"). Other offices head bodies and
// places named with common words ("President of Whole Foods", "Mayor of
// Bath"). As officeParts reads a field before a holder's name. It reads
// back through at most and runs joined by "and" or a comma.
func officeFieldRun(text string, ws []token, a, b int, probe func(string) *aliasEntry, and int) bool {
	if a < 2 || b-a > maxNameWords || ws[a].headline || ws[a].allCaps {
		return false
	}
	comma := text[ws[a-1].end:ws[a].start] == ", " && ws[a-1].upper
	if !comma && ws[a].start-ws[a-1].end != 1 {
		return false
	}
	// The office or the field before, first: most runs follow neither.
	if w := ws[a-1].in(text); w == "and" || comma {
		// "… for Education and Skills", "… for Housing, Local
		// Government and Heritage": the run before a field too.
		e := a
		if w == "and" {
			e = a - 1
		}
		p := e
		for p > 0 && ws[p-1].upper && (p == e || ws[p].start-ws[p-1].end == 1) {
			p--
		}
		if and == 0 || p == e || !officeFieldRun(text, ws, p, e, probe, and-1) {
			return false
		}
	} else {
		k := a - 2
		if ws[a-1].in(text) == "the" {
			k-- // "Secretary of the Navy"
		}
		if k < 0 || ws[k+1].start-ws[k].end != 1 || !ws[k].upper {
			return false
		}
		if of := ws[k+1].in(text); of != "of" && of != "for" || !portfolioOffices.has(strings.ToLower(strings.TrimSuffix(ws[k].in(text), "."))) && !secretaryOfState(text, ws, k) {
			return false
		}
	}
	for i := a; i < b; i++ {
		if w := trimPossessive(ws[i].in(text)); ws[i].upper && !isCommonWord(strings.ToLower(w)) {
			return false // a word no dictionary has, or that it gives as a name too: "Wales", "Justice"
		}
	}
	field := trimPossessive(text[ws[a].start:ws[b-1].end])
	return !hasOrgWord(text, ws[a:b]) && !isPlaceName(field) && !isFirmName(field) && probe(field) == nil
}

// secretaryOfState reports whether ws[k] is "State" of "Secretary of
// State", as the British write the office before its field ("Secretary
// of State for Environment").
func secretaryOfState(text string, ws []token, k int) bool {
	return k >= 2 && ws[k].in(text) == "State" && ws[k-1].in(text) == "of" && strings.EqualFold(ws[k-2].in(text), "Secretary")
}

// portfolioOffices are the offices held over a field of government
// (officeFieldRun), in lower case.
var portfolioOffices = setOf("secretary minister commissioner")

// unknownWordIn reports whether one of the capitalised words ws is no
// word of the dictionary (noDictionaryWords).
func unknownWordIn(text string, ws []token) bool {
	for i := range ws {
		if ws[i].upper && noDictionaryWords(text, ws[i:i+1]) {
			return true
		}
	}
	return false
}

// officeOf finds an office of several words joined by "of" before a
// person's name in the run ws[a:b] ("Chief of Staff Reince Priebus",
// "White House Chief of Staff John Kelly") or just before it (the run
// "Homeland Security Kirstjen Nielsen" after "Secretary of"): it returns
// the index of the office's word (a-2 in the second case) and of the
// name's first word (see officeField), or -1, -1.
func officeOf(text string, ws []token, a, b int) (office, name int) {
	if a >= 2 {
		if p := officeField(text, ws, a-2, b); p > a {
			return a - 2, p
		}
	}
	for k := a; k+2 < b; k++ {
		if ws[k+1].in(text) == "of" {
			if p := officeField(text, ws, k, b); p > 0 {
				return k, p
			}
		}
	}
	return -1, -1
}

// officeField returns the index of the first word of the name after the
// office that ws[k], a capitalised office or person noun, opens with
// "of" and a field ("Chief of Staff Reince Priebus", "Director of
// National Intelligence James Clapper", "Archbishop of Canterbury Justin
// Welby"), within the run ws[:b]; or -1 (see nameAfterField).
func officeField(text string, ws []token, k, b int) int {
	if k < 0 || k+2 >= b || !ws[k].upper || ws[k+1].in(text) != "of" || ws[k+1].start-ws[k].end != 1 || ws[k+2].start-ws[k+1].end != 1 {
		return -1
	}
	if w := strings.TrimSuffix(ws[k].in(text), "."); !isInnerTitle(w) && !isPersonNoun(w) {
		return -1
	}
	return nameAfterField(text, ws, k+2, b)
}

// nameAfterField returns the index of the first word of a person's name
// that follows an office's field opening at ws[f] ("Homeland Security" in
// "Secretary of Homeland Security Kirstjen Nielsen"), within ws[:b], or
// -1: the first word after the field's first, within maxNameWords of it,
// that is a given name with a word after it, or that the dictionary does
// not know (isDictionaryWord) and that names no place and is no acronym
// (those are the field's: "Mexico" in "President of Mexico Andrés Manuel
// López Obrador", "HHS"); or the last word, a surname alone, where a
// reporting verb follows it ("Chief of Staff Kelly said", "Director of
// National Intelligence Clapper told") and it is no word of a body's or a
// place's name ("Office"). A field of common words alone names no one
// ("Secretary of Defense Quality Management Office").
func nameAfterField(text string, ws []token, f, b int) int {
	for p := f + 1; p < b && p <= f+maxNameWords; p++ {
		w := ws[p].in(text)
		switch {
		case !ws[p].upper || ws[p].allCaps:
			continue
		case isGivenName(w):
			if p+1 < b || speaks(text, ws, int(ws[p].end)) {
				return p
			}
			return -1
		case isPlaceName(w):
			continue
		default:
			if !inDictionary(w) ||
				p+1 == b && !inLower(orgWords, w) && !isBodyNoun(w) && !isPlaceHeadWord(w) && speaks(text, ws, int(ws[p].end)) {
				return p
			}
		}
	}
	return -1
}

// stormName reports whether the words ws of a normalised name are a
// storm's: a word of stormWords ("tropical storm" too) and one word that
// is no common word ("Hurricane Katrina", "Typhoon Haiyan"; not "Typhoon
// Lagoon", a park, nor "Hurricane Party").
func stormName(ws []string) bool {
	switch {
	case len(ws) == 2 && stormWords.has(ws[0]):
		return !isCommonWord(ws[1])
	case len(ws) == 3 && ws[0] == "tropical" && ws[1] == "storm":
		return !isCommonWord(ws[2])
	}
	return false
}

// stormWords open the names of tropical cyclones, which are events, not
// people ("Hurricane Katrina", "Typhoon Haiyan"; WordNet's cyclone and
// its kinds).
var stormWords = setOf("hurricane typhoon cyclone superstorm")

// titleHeadBefore reports whether ws[a], a word of the run ws[opened:b]
// (bare reports whether it has no possessive), is a title head
// ("Speaker", "Commissioner") before a person's name: after a word already
// stripped as a title or a chamber, no stop word ("House Speaker Nancy
// Pelosi"), or before a given name or words that are none of the
// dictionary's, as a name's are ("Commissioner Roger Goodell", "Speaker
// Ryan's"); not in a place's or an event's name ("Speaker's Corner", "the
// Speaker Series Events").
func titleHeadBefore(text string, ws []token, a, b, opened int, bare bool) bool {
	return bare && a+1 < b && inLower(titleHeads, ws[a].in(text)) &&
		(a > opened && !inLower(stopWords, ws[a-1].in(text)) || isGivenName(ws[a+1].in(text)) || noDictionaryWords(text, ws[a+1:b]))
}

// officeScopes are the words that say over what an office of law is
// held, part of the office after the place whose it is: "Manhattan
// District Attorney Alvin Bragg", "Cook County State's Attorney",
// "Harris County District Judge"; not "County", which heads the place
// ("Cook County Sheriff").
var officeScopes = setOf("district circuit state's state’s")

// officeSides are the words that open an office in a chamber ("Senate
// Majority Leader", "Senate Minority Leader"): part of the office, not of
// the body's name.
var officeSides = setOf("majority minority ranking")

// executives are the titles of a firm's officers written as acronyms
// ("Twitter CEO Jack Dorsey").
var executives = setOf("ceo cfo coo cto")

// innerTitles are the words that split a run between a body and a
// person: the office words, the title heads, the honorifics (plurals
// too) and the executives, in lower case.
var innerTitles = func() *wordSet {
	s := &wordSet{m: map[string]bool{}}
	for _, set := range []*wordSet{officeWords, titleHeads, honorifics, pluralHonorifics, executives} {
		for w := range set.m {
			s.add(w)
		}
	}
	s.add("chief") // "Police Chief John Smith", "Apple Chief Executive Tim Cook"
	s.add("chair") // "Fed Chair Janet Yellen", "Committee Chair Elise Stefanik"
	return s
}()

// isInnerTitle reports whether the word w, in any case and with or
// without a full stop ("Sen."), is one of innerTitles.
func isInnerTitle(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" || w[0] >= utf8.RuneSelf || innerTitles.shapes[w[0]|0x20]&(1<<min(len(w), 63)) == 0 {
		return false
	}
	return inLower(innerTitles, w)
}

// rosterPosition reports whether ws[k] is a player's position as rosters
// abbreviate it ("DL Myles Garrett", "CB Denzel Ward", "F Hamidou
// Diallo"): one or two capitals with no dot, before a given name and a
// surname within the run ws[:b]. Three letters or more are an
// organisation's ("BMJ Case Reports").
func rosterPosition(text string, ws []token, k, b int) bool {
	w := ws[k].in(text)
	if len(w) > 2 || k+2 >= b {
		return false
	}
	if s := ws[k].start; s > 0 && text[s-1] != ' ' && text[s-1] != '\n' {
		return false // "B&C Ace Home": part of a name
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return text[ws[k].end:ws[k+1].start] == " " && isGivenName(ws[k+1].in(text))
}

// officeWords are the offices a description names a person by ("the
// president", "the spokesman").
var officeWords = setOf(`president minister spokesman spokeswoman chancellor premier secretary envoy
	ambassador general commander governor mayor senator king queen pope prince leader chairman aide
	monarch emir sheikh judge justice whip`)

// hasOrgWord reports whether one of ws is an organisation word.
func hasOrgWord(text string, ws []token) bool {
	for _, w := range ws {
		if inLower(orgWords, trimPossessive(w.in(text))) {
			return true
		}
	}
	return false
}

// orgHeaded reports whether the run ws[a:b] is shaped as a body's name
// in a line in title case, where every word is capitalised and a run is
// the whole line more often than a name: a word of orgWords ends it
// ("Durham University", "The New York Times"), or opens it before "of"
// in four words at most ("University of Portsmouth"), and no stop word
// but "of" follows its first. Not "Police Department Investigates
// Shooting", nor "Lecture Notes From Durham University".
func orgHeaded(text string, ws []token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w := ws[k].in(text); inLower(stopWords, w) && !strings.EqualFold(w, "of") {
			return false // "Lecture Notes From Durham University"
		}
	}
	if inLower(orgWords, trimPossessive(ws[b-1].in(text))) {
		return true
	}
	return b-a <= 4 && b-a >= 3 && inLower(orgWords, ws[a].in(text)) && strings.EqualFold(ws[a+1].in(text), "of")
}

// orgWords mark an organisation's name.
var orgWords = setOf(`ministry ministries parties councils agencies banks companies unions courts committees convention conventions
	commissions offices departments universities institutes corporations ministry party council agency service services bank company group organization
	organisation union forces army navy court committee commission office department university hospital
	news times post press association federation institute corporation inc ltd plc fund front movement
	brigade brigades guard police parliament assembly congress senate government force chiefs staff
	council army navy airlines school schools academy club fc afc team league authority authorities bureau
	agency administration
	foundation foundations society board alliance coalition forum limited institution corps`)

// placeHeaded reports whether the words ws of a normalised name end in a
// word of placeWords that follows a word of orgWords: English puts a
// name's head last, so the body's word there only says whose the place
// is ("Union Station", "Times Square", "Edwards Air Force Base"). Not a
// compass point, which says where, not what (regionWords: "Party West"),
// nor a jurisdiction's word, whose body is named so as often ("Unified
// School District", "Police State"). A name with "of" or "for" in it is
// headed before them, and is not read so ("Department of State").
// GeoNames' heads are left out: some name a firm's product as often ("Fox
// News Channel").
func placeHeaded(ws []string) bool {
	n := len(ws) - 1
	if n < 1 || slices.Contains(ws, "of") || slices.Contains(ws, "for") || !placeWords.has(ws[n]) {
		return false
	}
	switch ws[n] {
	case "district", "county", "state", "province", "region", "republic", "kingdom":
		return false
	}
	return !regionWords.has(ws[n]) && slices.ContainsFunc(ws[:n], orgWords.has)
}

// isCenter reports whether the word w, in any case, is "center" or
// "centre", or their plural. Before "for" or "of" it heads an
// institution's name ("Center for American Progress", "Centre for
// Disarmament", "Centers for Disease Control"); at the end of a name it
// names a building as often ("Wells Fargo Center", "Visitors Center"), so
// it is no word of orgWords.
func isCenter(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "s"), "S") // "Centers for Disease Control and Prevention"
	return strings.EqualFold(w, "center") || strings.EqualFold(w, "centre")
}

// centerJoins reports whether the joining word lw ("for", "of", "and")
// goes on the institution's name the run ws opened, next being the word
// after lw: "for" or "of" right after "Center", "and" after "Center for"
// and a word ("Center for Economic and Policy Research"), unless next is
// a word that also opens headlines (commonCapitals: "International"),
// which would make the whole run read as a headline (see splitsRun).
func centerJoins(text string, ws []token, lw, next string) bool {
	n := len(ws)
	switch lw {
	case "for", "of":
		return isCenter(ws[n-1].in(text))
	case "and":
		if inLower(commonCapitals, next) || inLower(stopWords, next) {
			return false
		}
		for k := 0; k+2 < n; k++ {
			if isCenter(ws[k].in(text)) && (ws[k+1].in(text) == "for" || ws[k+1].in(text) == "of") {
				return true
			}
		}
	}
	return false
}

// firmHeads are the last words of three or more of the firms' names of
// firms.txt (its source lists, before legal forms were dropped), less
// those already in orgWords, place words and words that end other names
// as often ("international", "america", "star", "global", "electric"):
// ending a name of two words or more, they make it a firm's. Unlike
// orgWords they do not join the words around "and" or "of" into one name.
var firmHeads = setOf(`energy financial journal tribune foods systems technologies communications partners
	worldwide resources automotive herald industries stores insurance technology pharmaceuticals petroleum
	brands enterprises chronicle healthcare sentinel`)

// companyHeads are the words that end ten or more of the names of the
// companies the SEC lists (company_tickers.json, public domain; its
// 10,077 titles less legal forms: "Pepco Holdings", "Mitel Networks",
// "Intel Labs") and not firmHeads, less places, given names, places'
// heads and the words that end other kinds of names as often
// (adjectives: "international", "global", "national", "public",
// "digital", "medical"; metals and goods: "gold", "silver", "copper",
// "gas"; the nouns of a field or a trade: "power", "health", "life",
// "income", "credit", "development", "education", "management",
// "investment", "finance", "mortgage", "materials", "minerals",
// "metals", "mining", "sciences", "products", "property", "storage",
// "homes", "resorts", "hospitality", "infrastructure", "motor",
// "acquisition"). Ending a name of two words or more that no common word
// opens (companyHeaded), they make it a company's where the guess was a
// firm's product (firmProduct) or a thing's for its last word of the
// dictionary (endsInDictionaryWord), and where it was a person's unless
// the text writes the word in lower case or writes an age or an
// apposition of a person after the name (endsInFirmHead and its caller).
var companyHeads = setOf(`holdings therapeutics bancorp capital solutions properties bancshares realty biosciences
	pharma entertainment biopharma media labs biotech networks laboratories biotherapeutics software
	semiconductor electronics biotechnology bioscience ventures robotics`)

// companyHeaded reports whether name, of two words or more, ends in a
// word of companyHeads and opens with a word that is no common word of
// the dictionary: "Pepco Holdings", "Mitel Networks"; not "Social Media",
// "High Gear Media", phrases of common words.
func companyHeaded(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	var buf [32]byte
	return companyHeads.hasBytes(lowerInto(buf[:], lastField(name))) && !inCommonWords(first)
}

// endsInFirmHead reports whether name, of two words or more, ends in a
// word of firmHeads that the text does not write in lower case ("Evercore
// Partners"; not "Geographic Information Systems" beside "such systems").
func endsInFirmHead(name string, capitals map[string]uint8) bool {
	bare := trimPossessive(name)
	if strings.IndexByte(bare, ' ') < 0 {
		return false
	}
	last := lastField(bare)
	var buf [32]byte
	return (firmHeads.hasBytes(lowerInto(buf[:], last)) || companyHeaded(bare)) && capitals[last]&capLower == 0
}

// teamShaped reports whether text[start:end] names a place the gazetteer
// knows followed by one or two capitalised words, the last a plural the
// text never writes in lower case, that the text writes after "the"
// (heading its phrase, or before a verb's past form: "the Green Bay
// Packers cheered"), whole or by its last words alone: "the Dallas
// Cowboys", "the New England Patriots", "Pittsburgh Steelers … the
// Steelers". That is a
// team's or a body's name ("the Madison Keys match" writes it as no
// name's head: a player's). A person's name may have the shape ("Miri
// Forbes", "George Soros", "Austin Powers") but is not written after
// "the"; a place's own names of it end in a kind of place ("islands",
// "springs": isPlaceHead), a people ("Texas Democrats"), a
// holiday, an event or a document ("Beijing Olympics", "Oslo Accords":
// otherHeads); and a place that is a common word or a firm too opens
// other names ("Mobile App Analytics", "Toyota Prius"). "The" is looked
// for within nearWindow bytes of start, and only where capitals holds
// capAfterThe for the plural's first word.
func teamShaped(text string, ws []token, start, end int, capitals map[string]uint8) bool {
	bare := trimPossessive(text[start:end])
	last := lastField(bare)
	if last == bare || len(last) < 4 || last[len(last)-1] != 's' || strings.HasSuffix(last, "ss") || capitals[last]&capLower != 0 {
		return false
	}
	var buf [32]byte
	lw := lowerInto(buf[:], last)
	if len(lw) == 0 || isPlaceHead(lw) || otherHeads.hasBytes(lw) || otherHeads.hasBytes(lw[:len(lw)-1]) || otherHeadsAfterName.hasBytes(lw) || holidays.hasBytes(lw) || isDemonymPlural(string(lw)) {
		return false
	}
	words := strings.Fields(bare)
	if len(words) > 5 {
		return false
	}
	for k := len(words) - 1; k >= max(1, len(words)-2); k-- {
		if slices.ContainsFunc(words[k:], func(w string) bool { return w[0] < 'A' || w[0] > 'Z' || len(w) < 3 }) {
			return false // "Regina L. Davis": an initial is a person's
		}
		place := strings.Join(words[:k], " ")
		if !isPlaceName(place) {
			continue
		}
		if isFirmName(place) || k == 1 && inCommonWords(place) {
			return false
		}
		return afterThe(text, start) && (headsPhrase(text, ws, end) || pastFormAfter(text, ws, end)) || capitals[words[k]]&capAfterThe != 0 && theBefore(text, start, strings.Join(words[k:], " "))
	}
	return false
}

// theBefore reports whether the word "the" stands before the words w in
// text within nearWindow bytes of start ("the Cowboys", "the Red Wings";
// not "loathe Powers", not "the Bruinsfan").
func theBefore(text string, start int, w string) bool {
	if w == "" {
		return false
	}
	lo := max(0, start-nearWindow)
	near := text[lo:min(len(text), start+nearWindow)]
	for i := 0; ; {
		k := strings.Index(near[i:], w)
		if k < 0 {
			return false
		}
		at := lo + i + k
		if end := at + len(w); afterThe(text, at) && (end == len(text) || !letterAt(text, end)) {
			return true
		}
		i += k + len(w)
	}
}

// guessKind says what an entity the table does not know is, from its name.
func guessKind(name, normalized string, person bool) Kind {
	if bare := trimPossessive(name); isDesignation(bare) && !person {
		return Other // a model's designation: "A320", "ASN4G", "A330neo"
	}
	if bare := trimPossessive(name); isAcronym(bare) && !person {
		if utf8.RuneCountInString(bare) >= 4 && onlyPlaceName(titleCase(bare)) && !isFirmName(bare) {
			// A place in capitals, as datelines write it ("DUBAI",
			// "KYIV"); not a word ("SALE", "TOURS") or a given name
			// ("SOFIA") that a city's name happens to be.
			return Place
		}
		if _, agency := agencies[bare]; isThingAcronym(bare) && !agency {
			return Other // a thing's or an idea's acronym: "DNA", "LED", "SARS"; not the agency "AFP"
		}
		return Org // an acronym: "AFP", "SBU", "FBI's"
	}
	ws := tokens(normalized)
	if !person && isOtherName(name, ws) {
		return Other
	}
	if stormName(ws) {
		return Other // a storm's name, an event: "Hurricane Katrina", "Tropical Storm Isaac"
	}
	if len(ws) == 1 && deities.has(ws[0]) {
		return Person // "God", "Allah": a being spoken of as a person, as GUM marks it
	}
	if len(ws) == 1 && isDemonymPlural(ws[0]) || isDemonymPlural(strings.ToLower(trimPossessive(name))) {
		return Person // "Americans", "Thais": people of a nation
	}
	if bare := trimPossessive(name); !person && isFirmName(bare) {
		// "Starbucks", "Pizza Hut"; before the places: "Toyota" is a
		// city too, but seldom in English news; and before the words
		// of places: "Wall Street Journal" is the paper. A given name
		// may open a firm's name with an ampersand: "Johnson & Johnson",
		// and a firm of one word may be a given name too ("Lexus",
		// "Porsche", "Kia", given to a hundred US babies in some year):
		// the firm, unless the text names a person with it, whom the word
		// alone then joins ("Dana Perino" … "Dana").
		return Org
	}
	if !person && placeHeaded(ws) {
		return Place // "Union Station", "Times Square": the last word, the head, decides
	}
	for _, w := range ws {
		if orgWords.has(w) {
			return Org // "State Department": the organisation word decides
		}
	}
	if n := len(ws); n >= 2 && (ws[n-1] == "college" || ws[n-1] == "colleges") {
		return Org // "Boston College", "Darnell College": the head, last; not "College Park", a town
	}
	if _, ok := cutLegalForm(name); ok && !person {
		return Org // "Deutsche Telekom AG", "Compaq Computer Corp."
	}
	if !person && stateNamed(ws) {
		return Org // "Ohio State", "Michigan State": a state university, as the sports pages name it
	}
	for k, w := range ws {
		if placeWords.has(w) && !(k == 1 && len(ws) == 2 && regionWords.has(w) && opensWithGivenName(name) && !isPlaceName(firstField(name))) {
			return Place // not a given name and a compass point's: "Kanye West", "Oliver North" are people
		}
	}
	if len(ws) >= 2 && isStreetAbbrev(ws[len(ws)-1]) {
		return Place // "Main St.", "Bergen Blvd"
	}
	if _, ok := agencies[trimPossessive(name)]; ok && !person {
		return Org // a news agency the credit and dateline rules know: "Reuters", "Xinhua"
	}
	if bare := trimPossessive(name); gazetteerPlace(bare) && !person {
		return Place // "Los Angeles", "Malaysia", "LOS ANGELES"
	}
	if !person && namesRegion(trimPossessive(name)) {
		return Place // "Northeast Ohio", "Upper Manhattan", "Roman Britain"
	}
	if !person && len(ws) >= 2 && isPlaceHead(ws[len(ws)-1]) && (!opensWithGivenName(name) || len(ws) >= 3 && utf8.RuneCountInString(ws[len(ws)-2]) > 1) {
		return Place // "Fort Lee Historic Park", "Auckland Castle"
	}
	if k := slices.Index(ws, "of"); !person && k > 0 && isPlaceHead(ws[k-1]) {
		return Place // "Gulf of Mexico", "Museum of African American History"
	}
	if k := slices.IndexFunc(ws, func(w string) bool { return w == "for" || w == "of" }); !person && k > 0 && (isCenter(ws[k-1]) || isBodyNoun(ws[k-1])) {
		return Org // "Center for American Progress", "Brennan Center for Justice", "House of Representatives"
	}
	if !person && firmProduct(name) {
		return Other // a firm's product: "Google Stadia", "Boeing Dreamliner", "Apple Arcade"
	}
	if !person && firmPart(name) {
		return Org // the firm's arm in a place: "Google India", "Yahoo Japan"
	}
	if !person && placeGroup(trimPossessive(name)) {
		return Org // "Chicago Bears", "Pittsburgh Penguins": a place's team
	}
	if !person && len(ws) >= 2 && inLower(nameHeads, ws[len(ws)-1]) {
		return Org // "Amnesty International", "Human Rights Watch"
	}
	if !person && len(ws) >= 2 && isBodyNoun(ws[len(ws)-1]) && !opensWithGivenName(name) {
		return Org // "Muslim Brotherhood", "Utah Legislature": a body's noun ends the name
	}
	if !person && isThingName(trimPossessive(name)) {
		return Other // a thing's proper name, where the guess of last resort is a person or a place: "Botox", "Walkman", "Ebola"
	}
	if !person && len(ws) >= 2 && ws[0] == "air" && !isCommonWord(ws[1]) {
		return Org // an airline: "Air Canada", "Air Tahiti Nui", "Air Chathams"; not "Air Combat", "Air Museum"
	}
	if !person && arabicArticleName(trimPossessive(name)) {
		return Org // "al-Qaeda", "Al-Shabaab": a bare surname so written ("al-Assad") joins the full name the text gives
	}
	if !person && len(ws) >= 2 && isCenter(ws[len(ws)-1]) {
		return Place // no person's name ends in "Center": a building's does ("Wells Fargo Center", "Visitors Center")
	}
	if !person && namedAfterPerson(name, ws) {
		return Other // "James Webb Space Telescope": a thing named after a person
	}
	if k := instanceKindOf(name); !person && (k == Place || k != "" && strings.Contains(trimPossessive(name), " ")) {
		// A name WordNet knows, where its shape tells nothing: "Essex",
		// "Machu Picchu", "Spanish Civil War". A person or a body of one
		// word ("Freud", "Beatles") is left to the text's evidence first
		// and takes WordNet's kind only where none is found: see
		// instanceKinds.
		return k
	}
	if person || len(tokens(name)) >= 2 {
		return Person
	}
	// One word the table does not know: a place the gazetteer knows
	// ("Malaysia", "Houston", also given names), else a given name alone
	// or a US politician's surname names a person ("Betty", "Steven",
	// "Pelosi"), else a brand's camel case names an organisation
	// ("OpenAI", "ProPublica"), else a place.
	w := trimPossessive(name)
	if !isPlaceName(w) && (isGivenName(w) || isPoliticianSurname(w)) {
		return Person
	}
	if !person && (isCamelCase(w) || isWebName(w)) {
		return Org
	}
	if peopleShaped(w) {
		return Person // "Alaskans", "Malardians": a people, as a demonym's plural is
	}
	if isInstitution(w) && !isPlaceName(w) {
		return Org
	}
	return Place
}

// namedAfterPerson reports whether name (ws, its words as normalised,
// less a generation's suffix: "Jr", "III") opens with given names and
// has three words or more after them that end in two common words of the
// dictionary, no given names: a thing named after a person ("James Webb
// Space Telescope", "Sloan Digital Sky Survey" is none: "Sky" is a given
// name too). A person's name
// ends in a surname, seldom a common word and never two after a word of
// its own ("George Washington Carver" ends in one; "Mary Jane Iron Cloud"
// has two given names and a surname of two words; "Jefferson Beauregard
// Sessions III", three words once the suffix goes).
func namedAfterPerson(name string, ws []string) bool {
	for len(ws) > 0 && nameSuffixes.has(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	n := len(ws)
	if n == 0 || !opensWithGivenName(name) {
		return false
	}
	given := 1
	for given < n && isGivenName(titleCase(ws[given])) {
		given++
	}
	if n-given < 3 {
		return false
	}
	for _, w := range ws[n-2:] {
		if !isCommonWord(w) || isGivenName(titleCase(w)) {
			return false
		}
	}
	return true
}

// gazetteerPlace reports whether a gazetteer knows name as a place, as
// written or, written in capitals, in title case ("LOS ANGELES").
func gazetteerPlace(name string) bool {
	return isPlaceName(name) || isAllCaps(name) && isPlaceName(titleCase(name))
}

// arabicArticleName reports whether name is one word after the Arabic
// article joined by a hyphen ("al-Qaeda", "Al-Shabaab", "el-Fagr"): a
// group's, a paper's or a place's name, which the gazetteer may know;
// a person's surname alone only where the text has given the full name,
// which the mention then joins.
func arabicArticleName(name string) bool {
	rest, ok := cutArabicArticle(name)
	return ok && name[2] == '-' && rest != "" && !strings.ContainsAny(rest, " -")
}

// peopleShaped reports whether the word w, which no gazetteer knows, is
// shaped as the plural of a demonym ("Alaskans", "Floridians",
// "Malardians"): "-ans" after a letter that is no vowel nor "e"
// ("Orleans"), five letters before it at least.
func peopleShaped(w string) bool {
	stem, ok := strings.CutSuffix(w, "ans")
	if !ok || utf8.RuneCountInString(stem) < 4 || isGivenName(w) {
		return false
	}
	return !strings.ContainsRune("aeou", rune(stem[len(stem)-1]))
}

// firmProduct reports whether name is a firm's name the open data list
// and one to three more words ("Google Stadia", "Apple Music", "Amazon
// Echo Dot"): a product of the firm, unless the text writes it where
// places go ("at Staples Center"), a noun of business ends it (a firm's
// name: "Evercore Partners"; see firmHeads) or a place the gazetteer
// knows does (the firm's arm there: see firmPart). Organisation and place
// words decide before it ("Ford Foundation", "Apple Park").
func firmProduct(name string) bool {
	rest, ok := afterFirm(name)
	var buf [32]byte
	return ok && !isPlaceName(rest) && !firmHeads.hasBytes(lowerInto(buf[:], lastField(rest))) && !companyHeaded(name)
}

// firmPart reports whether name is a firm's name the open data list and
// a place's that the gazetteer knows: the firm's arm there ("Google
// India", "Yahoo Japan", "CBS Buffalo"), not a product, unless the text
// counts it as a thing ("the Hyundai Tucson", in entitiesOf). A word
// alone that opens it is the firm, not the arm.
func firmPart(name string) bool {
	rest, ok := afterFirm(name)
	return ok && isPlaceName(rest)
}

// afterFirm returns the one to three words after the first of name when
// that first word is a firm's name the open data list and no given name.
func afterFirm(name string) (string, bool) {
	first, rest, ok := strings.Cut(trimPossessive(name), " ")
	return rest, ok && rest != "" && strings.Count(rest, " ") < 3 && isFirmName(first) && !isGivenName(first)
}

// isWebName reports whether the word w is a web site's name, as a domain
// writes it ("Amazon.com", "Factcheck.org", "HealthCare.gov"): a part of
// two letters or more, a full stop and two to four lower-case letters. A
// site is named for whoever runs it.
func isWebName(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i < 2 || len(w)-i-1 < 2 || len(w)-i-1 > 4 {
		return false
	}
	for j := i + 1; j < len(w); j++ {
		if w[j] < 'a' || w[j] > 'z' {
			return false
		}
	}
	return true
}

// isCamelCase reports whether the word w has a capital after a lower-case
// letter, as brands write their names ("OpenAI", "ProPublica",
// "ResearchGate"), and not as surnames do after a prefix ("McDonald",
// "DeSantis", "MacArthur", "LaGrange", "VanderBilt").
func isCamelCase(w string) bool {
	for i := 1; i+1 < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' && 'A' <= w[i+1] && w[i+1] <= 'Z' {
			switch w[:i+1] {
			case "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Vander", "St":
				continue
			}
			return true
		}
	}
	return false
}

// placeGroup reports whether name is a place the gazetteer knows followed
// by one capitalised common noun in the plural, which names a group, not a
// person or a place: a team ("Chicago Bears", "Detroit Lions"). Not a
// place's kind of place ("Virginia Beaches"), an event ("London
// Olympics", "Beijing Games") or a nation's people ("Texas Mexicans").
func placeGroup(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || !isPlaceName(name[:i]) {
		return false
	}
	last := name[i+1:]
	if len(last) < 4 || !isUpperRune(firstRune(last)) || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || isAllCaps(last) {
		return false
	}
	lw := strings.ToLower(last)
	if strings.HasSuffix(lw, "us") || holidays.has(lw) || opensWithGivenName(name) {
		return false // "Oxford Circus", "Iowa Caucus", "San Bernardino Christmas", "George Soros"
	}
	one := strings.TrimSuffix(lw, "s")
	if y, ok := strings.CutSuffix(lw, "ies"); ok {
		one = y + "y" // "counties"
	}
	// The plural is a word of the dictionary ("bears", "giants"), where a
	// surname is none ("Miri Forbes", "Elizabeth Holmes").
	return isCommonWord(lw) && !isPlaceHead(lw) && !isPlaceHead(one) && !placeWords.has(one) && !otherHeads.has(lw) && !otherHeadsAfterName.has(lw) && !isDemonymPlural(lw) && !isPlaceName(last) && !isGivenName(last)
}

// isOtherName reports whether the name, whose normalised words are ws,
// names an event, a law or document, a holiday or a religion (see Other):
// its head is one of otherHeads, the last word or the word before "of"
// ("Revolutionary War", "Marriage Act", "Treaty of Versailles"), and its
// first is no given name ("Doris Day"), or it is one of holidays or
// religions.
func isOtherName(name string, ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 && (holidays.has(ws[0]) || religions.has(ws[0]) || namesDoctrine(ws[0])) || namesField(ws) {
		return true
	}
	last := ws[len(ws)-1]
	if len(ws) == 2 && isRomanNumeral(last) && numberedParts.has(ws[0]) {
		return true // "Title IV", "Article III": a part of a law or a document
	}
	if len(ws) > 1 && isRomanNumeral(last) {
		last = ws[len(ws)-2] // "World War II": the numeral after the head
	}
	if k := slices.Index(ws, "of"); k > 0 && otherHeads.has(ws[k-1]) {
		last = ws[k-1] // "Treaty of Versailles", "Cup of Jo": the head before "of"
	}
	if !otherHeads.has(last) && (len(ws) < 2 || !otherHeadsAfterName.has(last)) {
		return false
	}
	// A given name first makes a person's name of a head that is also a
	// surname ("Doris Day", "Kim Code"), not of the others ("Davis Cup",
	// "Marshall Plan").
	return !opensWithGivenName(name) || !surnameHeads.has(last)
}

// knownFirm reports whether the word w, a possessive allowed, is a firm
// of firms.txt that is no word of the dictionary and no given name
// ("Microsoft", "Toyota"): opening a sentence it is the firm, as it is
// inside one. "Amazon", "Target" and "Shell" are words too, "Kia" a given
// name.
func knownFirm(w string) bool {
	bare := trimPossessive(w)
	if !isFirmName(bare) || isGivenName(bare) {
		return false
	}
	return !inDictionary(bare)
}

// kinTerms, in lower case, are the kinship terms English capitalises
// when a speaker uses one in place of a name ("Dad says", "from Mom"; The
// Chicago Manual of Style, 17th ed., 8.35): said alone they name a
// relative of the speaker, no one a reader of the text could look up.
var kinTerms = setOf("mom mum mommy mummy momma mama mamma ma dad daddy papa pa grandma grandpa granny grandad granddad grandmother grandfather nana nan")

// namesDoctrine reports whether the lower-case word w is an English noun
// of a doctrine or a movement by its suffix, "-ism" ("Trumpism",
// "Conservatism", "Marxism"): a name of a kind of belief, which is no
// person, place or organisation, whoever it is named after.
func namesDoctrine(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return len(w) > 5 && strings.HasSuffix(w, "ism")
}

// namesField reports whether the words ws, in lower case, are one word
// that names a field of study by the suffix English gives one
// ("Psychology", "Psychiatry", "Economics"): a common word of the
// dictionary ending in "-ology", "-iatry" or "-ics". Not a name of
// several words: "Capital Economics", "Flurry Analytics" and "LG
// Electronics" are firms.
func namesField(ws []string) bool {
	if len(ws) != 1 {
		return false
	}
	w := ws[0]
	return len(w) >= 7 && (strings.HasSuffix(w, "ology") || strings.HasSuffix(w, "iatry") || strings.HasSuffix(w, "ics")) && isCommonWord(w)
}

// numberedParts are the parts of a law or a document that a Roman numeral
// numbers ("Title IV", "Article III", "Chapter XI"), as OntoNotes 5.0's
// LAW category (see otherHeads) names them.
var numberedParts = setOf("title article chapter section")

// surnameHeads are the words of otherHeads that are surnames too.
var surnameHeads = setOf("day eve battle code charter prize games derby bible war series")

// isRomanNumeral reports whether the lower-case word w is written in the
// letters of Roman numerals alone ("ii", "iv", "lviii"), as a numeral after
// a name is ("World War II", "Super Bowl LVIII").
func isRomanNumeral(w string) bool {
	if w == "" || len(w) > 7 {
		return false
	}
	return strings.Trim(w, "ivxlc") == ""
}

// opensWithGivenName reports whether the name's first word is a common
// given name ("Doris Day", "Benny Hill"): a person's, whatever word ends it.
func opensWithGivenName(name string) bool {
	return isGivenName(firstField(trimPossessive(name)))
}

// givenNameRun reports whether the run ws[a:b] of a line in title case
// (markHeadlines) is a person's name all the same: two or three words, a
// given name first, and a word in lower case right after that title case
// would capitalise ("Daniel Smith works at Durham University", "Claire
// Warwick c.warwick@durham.ac.uk"), so that the run ends where the name
// does.
func givenNameRun(text string, ws []token, a, b int) bool {
	if b-a > 3 || b >= len(ws) || ws[b].upper || ws[b].allCaps || text[ws[b-1].end:ws[b].start] != " " || !isGivenName(ws[a].in(text)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[b].in(text))
	return unicode.IsLower(r) && !isFunctionWord(ws[b].in(text))
}

// otherHeads are the words that end the name of an event, a law or a
// document. They are the head nouns of OntoNotes 5.0's EVENT ("named
// hurricanes, battles, wars, sports events"), LAW ("named documents made
// into laws") and WORK_OF_ART categories as its annotation guidelines
// (BBN, 2007) describe them, written down from those descriptions, not
// from any evaluation set. "Convention" is left out: it also names a
// body ("the Convention voted"). otherHeadsAfterName holds the heads
// added in session 61 by the same descriptions.
var otherHeads = setOf(`war wars battle revolution uprising rebellion massacre holocaust olympics olympiad games
	cup championship championships tournament festival expo marathon derby prix bowl series
	act amendment treaty accord accords agreement declaration proclamation constitution charter
	code doctrine plan protocol directive statute manifesto manual scripture scriptures gospel
	bible day eve prize`)

// otherHeadsAfterName are heads of otherHeads' kind that end an event's
// name only after other words ("Philip K. Dick Award", "Davis Cup
// Finals", "Milan Design Week", "G20 Summit"); alone they name a paper
// ("The Week reported") or a place as often ("Summit"). Added in session
// 61 by the descriptions above (a prize as "prize" is, a tournament's
// last round, a named week or summit of events), after the news texts
// showed "Philip K. Dick Award", "Davis Cup Finals" and "Milan Design
// Week" read as people; checked on the 1,286 news texts (40 entities
// changed, all right) and GUM (no change).
var otherHeadsAfterName = setOf(`award awards finals week summit`)

// lawHeads are the words of otherHeads that end the name of a law or a
// document (OntoNotes 5.0's LAW): "Affordable Care Act", "Paris Agreement".
var lawHeads = setOf(`act amendment treaty accord accords agreement declaration proclamation constitution charter
	code doctrine protocol directive statute`)

// holidays name a holiday alone.
var holidays = setOf("christmas easter thanksgiving halloween hanukkah ramadan diwali passover")

// placeWords mark a place's name.
var placeWords = setOf(`street square avenue road bridge airport airbase base port river sea lake
	island islands mountain mountains valley city town village province region district county state
	republic kingdom strait gulf bay coast peninsula west east north south
	mount mt fort ft cape station springs`)

// namesPlaceKind reports whether name says what kind of place it names
// by its head, last ("Wall Street", "Main St.", "Red Sea"), before "of"
// ("Gulf of Mexico", "Church of England", as guessKind reads it) or, for
// the heads English writes first, first ("Fort Pierce", "Mount Hood"),
// and no given name opens it ("Michael Bay"): a place by its words, not
// for want of any other sign.
func namesPlaceKind(name string) bool {
	if head, _, ok := strings.Cut(name, " of "); ok && head != "" && isPlaceHeadWord(lastField(head)) {
		return true
	}
	first, _, _ := strings.Cut(name, " ")
	if strings.Contains(name, " ") && isCenter(lastField(name)) {
		return true // a building's, whatever opens it: "Lincoln Center"
	}
	if opensWithGivenName(name) {
		return false
	}
	var buf [32]byte
	if strings.Contains(name, " ") && leadingPlaceWords.hasBytes(lowerInto(buf[:], strings.TrimSuffix(first, "."))) {
		return true
	}
	if namesRegion(trimPossessive(name)) {
		return true
	}
	last := string(lowerInto(buf[:], strings.TrimSuffix(lastField(name), ".")))
	return placeWords.has(last) || strings.Contains(name, " ") && isStreetAbbrev(last)
}

// namesRegion reports whether name is a word of position or a
// nationality and a place of the gazetteer, which names a part of it or a
// time of it: "North Oakland", "Northeast Ohio", "Upper Manhattan", "Old
// Oakland", "Roman Britain".
func namesRegion(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || len(first) > 16 || !isPlaceName(rest) || isDictionaryWord(strings.ToLower(rest)) {
		return false // not "Old Man", "Scottish Enterprise": a place's name that is a word too
	}
	var buf [16]byte
	return regionWords.hasBytes(lowerInto(buf[:], first)) || isDemonym(first)
}

// regionWords are the words of position English writes before a place's
// name to name a part of it ("Northeast Ohio", "Upper Manhattan", "Greater
// London", "Old Oakland", "Middle Tennessee").
var regionWords = setOf(`north south east west northeast northwest southeast southwest northern southern
	eastern western central middle upper lower greater inner outer old downtown`)

// leadingPlaceWords are the words of placeWords that open a place's name
// in English ("Mount Hood", "Fort Worth", "Cape Cod", "Lake Placid", "Port
// Said").
var leadingPlaceWords = setOf("mount mt fort ft cape lake port")

// streetSpelledOut returns name with the street suffix's abbreviation
// that ends it written out ("Main St." as "Main Street", "Bergen Blvd" as
// "Bergen Boulevard"), and whether it had one.
func streetSpelledOut(name string) (string, bool) {
	s := trimPossessive(strings.TrimSpace(name))
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return "", false
	}
	var buf [8]byte
	last := strings.TrimSuffix(s[i+1:], ".")
	if len(last) > len(buf) {
		return "", false
	}
	full, ok := streetWords[string(lowerInto(buf[:], last))]
	if !ok {
		return "", false
	}
	return s[:i+1] + full, true
}

// isStreetAbbrev reports whether the lower-case word w, without its dot,
// is a street suffix's abbreviation (see streetWords).
func isStreetAbbrev(w string) bool {
	_, ok := streetWords[w]
	return ok
}

// streetWords maps the abbreviations of street suffixes of the USPS's
// Publication 28 (appendix C1) that end a street's name in news text, in
// lower case without the dot, to the suffix written out ("Main St.",
// "Anderson Ave", "Bergen Blvd"): after a name "St." is a street, before
// one a saint.
var streetWords = map[string]string{"st": "Street", "ave": "Avenue", "av": "Avenue", "blvd": "Boulevard", "rd": "Road",
	"hwy": "Highway", "pkwy": "Parkway", "ln": "Lane", "sq": "Square"}

// acronymInProse reports whether ws[a], a word alone opening a sentence,
// is an acronym of three letters or more before a word in lower case
// ("FBI agents came.", "AFP said"): capitals that a sentence's start does
// not explain, so a name there as inside a sentence, unless the
// dictionary knows the word ("LED", "ICE").
func acronymInProse(text string, ws []token, a int) bool {
	w := trimPossessive(ws[a].in(text))
	if utf8.RuneCountInString(w) < 3 || !isAcronym(w) || !isLetters(w) || ws[a].headline || a+1 >= len(ws) || ws[a+1].upper || text[ws[a].end:ws[a+1].start] != " " {
		return false // "LOL, I", "OMG." and capitals after it say nothing
	}
	return !inDictionary(w)
}

// givenAlone reports whether ws[a], a word alone opening a sentence, is a
// person's given name used alone ("Robert said no.", "“Lindsey?”"): a
// given name of the list that is no word of the dictionary in any sense
// (not "Hope", "Mark", "Will"), no place or firm of the open data ("Kia"),
// and that the text writes in neither lower case nor capitalised inside a
// sentence (there it is a mention of its own, or part of a longer name:
// "The Carlyle Group"). A place's region after a comma makes it the place
// ("Camden, NJ").
func givenAlone(text string, ws []token, a int, capitals map[string]uint8) bool {
	w := trimPossessive(ws[a].in(text))
	if !isGivenName(w) || isPlaceName(w) || isFirmName(w) || isFirmName(ws[a].in(text)) || capitals[w]&(capLower|capMid) != 0 {
		return false // "Mercedes", "Kia", "Wendy's": firms too
	}
	if !namesOnly(w) {
		return false
	}
	if a+1 < len(ws) && text[ws[a].end:ws[a+1].start] == ", " {
		next := ws[a+1].in(text)
		if isPlaceName(next) || ws[a+1].allCaps && len(next) == 2 ||
			ws[a+1].upper && int(ws[a+1].end) < len(text) && text[ws[a+1].end] == '.' && !isHonorific(next+".") {
			return false // "Camden, NJ", "Camden, N.J.", "Chester, Pa."
		}
	}
	return true
}

// nameAlone reports whether the word w, opening a sentence, is a name
// there as inside a sentence: one that is a place of the gazetteer
// that is no word of the dictionary in any sense nor a given name
// (onlyPlaceName: "Texas", "Chicago"; not "Nice", "Reading", "Mobile", nor
// "Victoria said no", which may be a person's answer), or a US
// politician's surname (isPoliticianSurname: no word, given name, place or
// firm; "Romney stayed in."), and that the text never writes in lower
// case.
func nameAlone(w string, capitals map[string]uint8) bool {
	w = trimPossessive(w)
	return capitals[w]&capLower == 0 && (onlyPlaceName(w) || isPoliticianSurname(w))
}

// tableSpelling reports whether name, which the table resolves to an entry
// that does not list it, is another spelling of that entry's name
// ("Zelenskyy" for Zelensky, "Hizbollah"), not a word that happens to
// come close: a name and nothing else (namesOnly), written in mixed case
// (a word in capitals is matched loosely: "COLUMBIA" is no Colombia), and
// no place of the gazetteer, which is a place of its own.
func tableSpelling(name string) bool {
	return strings.ContainsFunc(name, unicode.IsLower) && namesOnly(name) && !isPlaceName(name)
}

// onlyPlaceName reports whether w, as written, is a place of the
// gazetteer and nothing else: no given name and no word of the dictionary
// (namesOnly). nameAlone and guessKind's places in capitals ask it.
func onlyPlaceName(w string) bool {
	return isPlaceName(w) && !isGivenName(w) && namesOnly(w)
}

// namesOnly reports whether the word w, in lower case, is no word of the
// dictionary in any sense, no function word and none of the words
// capitalised in common use (commonCapitals): a name and nothing else.
func namesOnly(w string) bool {
	var buf [64]byte
	lw := string(lowerInto(buf[:], w))
	return !isDictionaryWord(lw) && !isFunctionWord(lw) && !commonCapitals.has(lw)
}

// endsInDictionaryWord reports whether the name's last word is, in lower
// case, a word of the dictionary that is no name, or the name is made of
// the dictionary's words only (wordsOnly: "Rolling Stone"), and the last
// is no kind of place and no
// firm's head ("Moon Express", "Mostly True"), nor a company's head after
// a first word that is no common word ("Ceres Robotics" is a company's
// name; see companyHeads): a thing's name where a person's would end in a
// surname. Not a name that
// has a person's shape: a name particle inside it ("Osama bin Laden",
// "Osama Bin Laden") or a patronymic one opening it ("Bin Laden"), an
// initial ("Vann R. Tapper"), a suffix ("Jr"), or a given name first when
// the whole name is in capitals ("JAKE TAPPER").
func endsInDictionaryWord(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	if isAllCaps(name) && isGivenName(titleCase(first)) {
		return false
	}
	var buf [32]byte
	if lf := lowerInto(buf[:], first); !strings.Contains(rest, " ") && patronymics.hasBytes(lf) {
		return false // "Bin Laden": a particle and a surname ("Bin Talal Holdings" goes on)
	} else if eastAsianFamilies.hasBytes(lf) && eastAsianGiven(rest) {
		return false // a family name first and a given name of syllables: "Lim Cheng Soon", as parsePerson reads it; not "Oh Mom", "Moon Hooch"
	}
	last := ""
	for rest != "" {
		w, more, _ := strings.Cut(rest, " ")
		rest = more
		if w == "" {
			continue
		}
		low := lowerInto(buf[:], strings.TrimSuffix(w, "."))
		if isInitial(w) || nameSuffixes.hasBytes(low) || rest != "" && isParticle(string(low)) {
			return false
		}
		last = w
	}
	low := lowerInto(buf[:], last)
	if companyHeaded(name) {
		return false // a company's: "Ceres Robotics", "Pepco Holdings"; not "Social Networks"
	}
	return (isCommonWord(string(low)) || wordsOnly(first, name)) && !isPlaceHead(low) && !firmHeads.hasBytes(low)
}

// wordsOnly reports whether every word of name, first its first
// word, is a word of the dictionary, and the first is no title
// ("Congresswoman Dean"): "Rolling Stone", "Opening Bell", "Assassin's
// Creed", whose last words are surnames too, are names made of words,
// where a person's is made of names.
func wordsOnly(first, name string) bool {
	var buf [32]byte
	if len(first) > len(buf) || isHonorific(first) || inLower(nameTitles, first) || inLower(officeWords, first) || roleNoun(string(lowerInto(buf[:], first))) {
		return false
	}
	for a, b := nextField(name, 0); a < b; a, b = nextField(name, b) {
		if !inDictionary(name[a:b]) {
			return false
		}
	}
	return true
}

// namedElsewhere reports whether the text names the words text[start:end]
// elsewhere on their own inside a sentence: after a word in lower case, a
// number, a comma or "The" (afterLowerWord), not inside a longer word, and
// before no capitalised word ("American Apparel's sales", "ads for
// American Apparel.", "The Fed raised rates"; not "American Apparel CEO"
// again, "Health is wealth", "Why Some People Triumph Online and
// Others"). Each call scans the text, so a text makes maxLowerScans of
// them at most, counted in scans, a count of their own; after that the
// answer is no.
func namedElsewhere(text string, start, end int, scans *int) bool {
	if *scans >= maxLowerScans {
		return false
	}
	*scans++
	name := text[start:end]
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(name)
		if i == start {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) {
			continue
		}
		if !afterLowerWord(text, i) {
			continue // opening a sentence or a line, where any word is capitalised, or after a capitalised word (a line in title case)
		}
		after, size := utf8.DecodeRuneInString(text[from:])
		if unicode.IsLetter(after) || unicode.IsDigit(after) {
			continue
		}
		if after == ' ' {
			if next, _ := utf8.DecodeRuneInString(text[from+size:]); unicode.IsUpper(next) {
				continue
			}
		}
		return true
	}
	return false
}

// afterLowerWord reports whether the word before text[i], past the
// spaces, is in lower case, a number or "The", or a comma stands there.
func afterLowerWord(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	last, _ := utf8.DecodeLastRuneInString(before)
	if last == ',' || unicode.IsDigit(last) {
		return true
	}
	j := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	word := before[j+1:]
	first, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLower(first) || word == "The"
}

// givenThenSurname reports whether the run ws[a:b], of two words with
// no possessive after the first (possessive), is a person's name that
// opens with a country's (countryGiven), and the table knows the second
// word as nobody else's.
func givenThenSurname(text string, ws []token, a, b int, possessive bool, probe func(string) *aliasEntry) bool {
	if possessive || b-a != 2 || !countryGiven(ws[a].in(text), ws[a+1].in(text)) {
		return false
	}
	if a > 0 && (ws[a-1].in(text) == "in" || ws[a-1].in(text) == "at") {
		return false // "arrived in Egypt Pothinus mocked him": a country after "in" or "at", a person's name seldom
	}
	e := probe(trimPossessive(ws[a+1].in(text)))
	return e == nil || e.kind == Person
}

// countryGiven reports whether first and second, two words of a name, are
// a given name that is also a country's name, which nameTitles holds as
// the title it may be ("Israel PM", "Russia President"), and a surname:
// "Israel Katz", "India Arie"; not "Israel Hamas", "Russia Ukraine",
// "China Evergrande", "Jordan Times": the second word is no word of the
// dictionary, no title or office, no place, firm or acronym.
func countryGiven(first, second string) bool {
	if !isGivenName(first) || !isPlaceName(first) {
		return false
	}
	w := trimPossessive(second)
	return !inDictionary(w) && !inLower(nameTitles, strings.TrimSuffix(w, ".")) && !inLower(officeWords, w) && !isPlaceName(w) && !isFirmName(w) && !isAcronym(w)
}

// placeOpeners are the words of nameTitles that also open places' names,
// named after a saint or a royal or by their side of something ("St.
// Lawrence River", "Prince Edward Island", "King George Island", "South
// China Sea"): before a name that a kind of place ends (namedPlace), the
// word is the place's, not a title.
var placeOpeners = setOf("north south saint st prince princess king queen")

// placeOpened reports whether first, the first word of a name of two
// words or more that ends as name ends, is one of placeOpeners and the
// name ends in a kind of place (namedPlace): "King Street", "Queen
// Street", "King County", "Prince Edward Island", "St. Lawrence River",
// "South China Sea" are places whole, not a title and a place.
func placeOpened(first, name string) bool {
	return inLower(placeOpeners, strings.TrimSuffix(first, ".")) && namedPlace(name)
}

// namedPlace reports whether name ends in a word that names a kind of
// place: a head of GeoNames' feature codes or of WordNet's buildings and
// roads ("River", "Island", "Church"; see isPlaceHead), or one of
// placeWords ("Sea", "Road").
func namedPlace(name string) bool {
	last := trimPossessive(lastField(name))
	var buf [32]byte
	return isPlaceHeadWord(last) || len(last) <= len(buf) && placeWords.hasBytes(lowerInto(buf[:], last))
}

// isInitial reports whether w is a capital letter alone or with a full
// stop ("R.", "R").
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && unicode.IsUpper(r)
}

// firmCapitalised reports whether the word w, which opens a sentence, is
// a firm of the open data that the text also capitalises inside a
// sentence ("Google said" beside "Google India"): a name, though a word of
// the dictionary too, where knownFirm says nothing.
func firmCapitalised(w string, capitals map[string]uint8) bool {
	bare := trimPossessive(w)
	return capitals[bare]&capMid != 0 && isFirmName(bare)
}

// founderNamed reports whether name, of several words, is a firm's the
// open data list whole that opens with a given name ("Ralph Lauren",
// "Charles Schwab", "Morgan Stanley"): the firm, unless the text writes it
// as its founder.
func founderNamed(name string) bool {
	return strings.Contains(name, " ") && opensWithGivenName(name) && isFirmName(name)
}

// personAfterVerb reports whether the reporting verb right after the name
// that ends at end is followed by a pronoun that stands for a person
// ("he", "she"), a time of one or two words or a "that" between ("said on
// Monday he would retire", "said Monday that she"). Any other word first
// ("it", "clients") ends the look, and after a verb whose object is the
// one spoken to ("told clients she was wrong") the pronoun may be anyone's.
func personAfterVerb(text string, ws []token, end int) bool {
	k, _ := wordAt(ws, end)
	if k >= len(ws) || ws[k].sentStart || !isReporting(ws[k].in(text)) || tellsHearer(ws[k].in(text)) {
		return false
	}
	var buf [8]byte
	for n, i := 0, k+1; i < len(ws) && n < 4; i, n = i+1, n+1 {
		w := ws[i].in(text)
		if ws[i].sentStart || len(w) > len("early") && !ws[i].upper {
			return false
		}
		switch string(lowerInto(buf[:], w)) {
		case "he", "she":
			return true
		case "on", "last", "this", "late", "early", "that":
			continue
		}
		if !ws[i].upper && !isDigit(w[0]) {
			return false // another word: a pronoun after it is no longer the verb's subject
		}
	}
	return false
}

// speaks reports whether the word right after the name that ends at
// text[end] is a reporting verb ("Vogel told", "Tapper said."): the name
// speaks, as people do.
func speaks(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+40))
	return ok && text[end:w.start] == " " && isReporting(strings.TrimSuffix(w.text, "."))
}

// speakerLabels returns the speakers' labels of a transcript in text:
// one to three capitalised words that open a line before a colon and a
// space ("Umansky: …", "Philip Karlberg: …", "TAPPER: …"), on two lines at
// least, none of them a common word ("Source:", "Update:", "Photo
// Credit:" are a page's labels). Nil when there are none.
func speakerLabels(text string) map[string]bool {
	if !strings.Contains(text, ": ") {
		return nil
	}
	var seen, labels map[string]bool
	for line := range strings.Lines(text) {
		line = strings.TrimLeft(line, " \t")
		i := strings.Index(line, ": ")
		if i <= 0 || i > 48 {
			continue
		}
		label := line[:i]
		if !labelShaped(label) {
			continue
		}
		if seen[label] {
			if labels == nil {
				labels = map[string]bool{}
			}
			labels[label] = true
			continue
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[label] = true
	}
	return labels
}

// labelShaped reports whether s is one to three words, each capitalised,
// of three letters or more, and no common word.
func labelShaped(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		n++
		if n > 3 || utf8.RuneCountInString(w) < 3 || !isUpperRune(firstRune(w)) || inCommonWords(w) {
			return false
		}
	}
	return n > 0
}

// firmSpeaks reports whether the word ws[a], which opens a sentence, is
// a company of the open data list (isFirmName) that the dictionary also
// knows as a word ("Google", "Apple", "Target") and a verb of saying
// follows it, not followed by a pronoun of a person (personAfterVerb):
// "Google said on Monday it would cut jobs". A common noun that opens a
// sentence does not speak; a firm does.
func firmSpeaks(text string, ws []token, a int) bool {
	w := trimPossessive(ws[a].in(text))
	return len(w) == len(ws[a].in(text)) && isFirmName(w) && !isGivenName(w) && speaks(text, ws, int(ws[a].end)) && !personAfterVerb(text, ws, int(ws[a].end))
}

// twoLetterName reports whether ws[a], a word of two capitals, names a
// news agency the credit rules know ("AP", "PA") in the ways the press
// writes its name: after "the" ("told the AP"), in a credit or a dateline
// ("(AP)", "via AP", "Walsh / AP"), before a verb of saying ("AP
// reported") or heading its phrase ("told AP he", "according to AP.").
// The same letters before a noun name other things as often ("AP exams"),
// and other pairs of capitals are an abbreviation of a thing ("TV",
// "PM"), a state's postal code ("NY"), a role ("VP", "QB") or a share
// widget's residue ("TT"), which speaking or owning something does not
// tell apart ("the VP said"): none of those is a name, nor the letters
// after "a" or "an" ("chosen as a CP").
func twoLetterName(text string, ws []token, a int) bool {
	w := ws[a].in(text)
	if _, agency := agencies[w]; !agency || len(w) != 2 || ws[a].headline {
		return false
	}
	start, end := int(ws[a].start), int(ws[a].end)
	before := text[max(0, start-5):start]
	switch {
	case afterIndefinite(text, start):
		return false // "chosen as a CP": one of a kind of things
	case afterThe(text, start):
		return true
	case strings.HasSuffix(before, "(") && strings.HasPrefix(text[end:], ")"), strings.HasSuffix(before, "via "), strings.HasSuffix(before, "/ "), strings.HasSuffix(before, "/"):
		return true
	}
	return speaks(text, ws, end) || headsPhrase(text, ws, end)
}

// reportsNext reports whether the word right after the name that ends at
// text[end] is a form of "report" ("Politico reported"), which outlets do.
func reportsNext(text string, ws []token, end int) bool {
	w, ok := firstWordIn(text, ws, end, min(len(text), end+40))
	return ok && text[end:w.start] == " " && strings.HasPrefix(w.text, "report")
}

// postNominals are common letters written after a person's name: some
// degrees, honours, orders and offices ("Jim Thompson MD", "Claire
// Waddelove OSB", "John Smith MP"); not a full list. ("Jr" and "Sr", in
// nameSuffixes, end in a lower-case letter and are no acronym.)
var postNominals = setOf("MP MD PhD DPhil QC KC OBE CBE MBE DBE KBE DDS RN Esq DO CPA MEP MSP OSB SJ OP")

// acronymEndKind returns the kind of a name of several words, not all in
// capitals, that ends in an acronym, where the rules had only guessed a
// person: no person's name ends so, but a product's, a show's or a body's
// does ("Windows XP", "Fareed Zakaria GPS", "Super PAC": Other, as what
// they are is not written), and a place's with its state's abbreviation
// ("Raleigh N.C.", "Washington D.C.": Place; a postal abbreviation
// only after a place the gazetteer knows or a kind of place: "Seattle
// WA", "Austin TX"). Post-nominal letters ("MD"), Roman numerals ("Tapper III"),
// initials and a given name first keep the person; "" for any other name.
func acronymEndKind(name string) Kind {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || i+1 == len(name) {
		return ""
	}
	raw, rest := name[i+1:], name[:i]
	if c := raw[len(raw)-1]; c != '.' && (c < 'A' || c > 'Z') {
		return "" // the last word is no acronym: the common case, read first
	}
	var buf [8]byte
	last := buf[:0]
	for j := 0; j < len(raw) && len(last) < len(buf); j++ {
		if raw[j] != '.' {
			last = append(last, raw[j])
		}
	}
	if len(last) == 0 || len(last) == len(buf) {
		return ""
	}
	if strings.HasSuffix(raw, ".") && isAPState(strings.TrimSuffix(raw, ".")) || isPostalState(last) && placeOrKindOfPlace(rest) {
		return Place
	}
	if isAllCaps(name) || opensWithGivenName(name) {
		return "" // "John Milbank RRP": a person's name, and a word the run took after it
	}
	if postNominals.hasBytes(last) || isInitial(raw) || isRegnalNumber(last) || len(last) > 4 || !isAcronym(string(last)) {
		return ""
	}
	var low [8]byte
	if isDictionaryWord(string(lowerInto(low[:], string(last)))) {
		return ""
	}
	return Other
}

// isRegnalNumber reports whether w is a Roman numeral from I to XXXIX in
// capitals, as after a monarch's or a pope's name or a sequel's title
// ("VIII", "XIV"): a numeral, where isRomanNumeral's letters alone would
// also take "IL" or "CC".
func isRegnalNumber[T string | []byte](w T) bool {
	j := 0
	for j < len(w) && j < 3 && w[j] == 'X' {
		j++
	}
	r := string(w[j:])
	switch r {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return len(w) > 0
	}
	return false
}

// inAuthorList reports whether text[start:end] is an author of a list
// written as medicine cites ("Guyatt GH, Oxman AD, Ali M."): a surname and
// one to three initials, with another such author right before or after
// it across a comma (the two words on that side; "Studdert DM, Mello MM et
// al."). A place with its state's abbreviation is read before this
// ("Seattle WA, Erie PA": see acronymEndKind).
func inAuthorList(text string, start, end int) bool {
	if !vancouverAuthor(text[start:end]) {
		return false
	}
	if rest, ok := strings.CutPrefix(text[end:min(len(text), end+48)], ", "); ok && vancouverAuthor(twoWords(rest, false)) {
		return true
	}
	if before, ok := strings.CutSuffix(text[max(0, start-48):start], ", "); ok && vancouverAuthor(twoWords(before, true)) {
		return true
	}
	return false
}

// twoWords returns the first two words of s (the last two when last),
// separated by one space, without the punctuation after the second.
func twoWords(s string, last bool) string {
	if last {
		i := strings.LastIndexByte(s, ' ')
		if k := strings.LastIndexAny(s, "\n\t"); k > i {
			return "" // a line's end between the two words
		}
		if i < 0 {
			return s
		}
		j := strings.LastIndexAny(s[:i], " \n\t(")
		return s[j+1:]
	}
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return ""
	}
	j := strings.IndexAny(s[i+1:], " ,.;")
	if j < 0 {
		return s
	}
	return s[:i+1+j]
}

// vancouverAuthor reports whether s is a surname and one to three
// initials without stops ("Oxman AD", "Ali M").
func vancouverAuthor(s string) bool {
	sur, ini, ok := strings.Cut(s, " ")
	if !ok || len(ini) == 0 || len(ini) > 3 || sur == "" {
		return false
	}
	for i := 0; i < len(ini); i++ {
		if ini[i] < 'A' || ini[i] > 'Z' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(sur)
	return unicode.IsUpper(r) && !isAllCaps(sur)
}

// patronymics are the patronymicWords.
var patronymics = setOf(patronymicWords)

// legalFormEnds reports whether a company's legal form ends name
// ("McClatchy Co.", "Deutsche Telekom AG"; see cutLegalForm).
func legalFormEnds(name string) bool {
	_, ok := cutLegalForm(name)
	return ok
}
