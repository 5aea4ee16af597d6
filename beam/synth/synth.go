// Package synth makes a synthetic news corpus with known near-copies, to
// measure the pipeline at scale: most documents are distinct stories,
// and some are copies of another at a similarity that is computed
// exactly, so that the pairs the pipeline finds can be scored.
//
// The words come from texts given to [Learn] (the repository's scraped
// fixtures): a bigram chain over their words writes sentences that read
// like news but are new, so that two stories share almost no 4-word
// shingle. A story has a headline and 4 to 12 paragraphs of 1 to 4
// sentences. A copy is made from its original the way wire copies differ
// (see [Copy]); a same-topic story shares its original's top paragraph
// and nothing else, and must stay apart.
package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/newstext/newstext"
)

// Model is a bigram chain over words.
type Model struct {
	words  []string
	next   [][]int32 // next[w]: the words seen after w, with repeats
	starts []int32   // words that start a sentence
}

// Learn reads texts and returns the chain of their words: runs of ASCII
// letters, so that the shingles of a generated text are the words as
// written, lower-cased.
func Learn(texts []string) *Model {
	m := &Model{}
	index := map[string]int32{}
	id := func(w string) int32 {
		i, ok := index[w]
		if !ok {
			i = int32(len(m.words))
			index[w] = i
			m.words = append(m.words, w)
			m.next = append(m.next, nil)
		}
		return i
	}
	for _, text := range texts {
		for _, sentence := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '\n' || r == '?' || r == '!' }) {
			prev := int32(-1)
			for _, w := range strings.FieldsFunc(sentence, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) {
				if len(w) > 20 {
					prev = -1
					continue
				}
				i := id(w)
				if prev < 0 {
					m.starts = append(m.starts, i)
				} else {
					m.next[prev] = append(m.next[prev], i)
				}
				prev = i
			}
		}
	}
	return m
}

// sentence writes a sentence of 8 to 30 words. One word in six jumps to
// a word chosen at random, so that sentences do not run down the same
// well-worn paths.
func (m *Model) sentence(r *rand.Rand, b *strings.Builder) {
	n := 8 + r.IntN(23)
	w := m.starts[r.IntN(len(m.starts))]
	for i := range n {
		s := m.words[w]
		if i == 0 {
			b.WriteString(strings.ToUpper(s[:1]) + s[1:])
		} else {
			b.WriteByte(' ')
			b.WriteString(strings.ToLower(s))
		}
		if next := m.next[w]; len(next) > 0 && r.IntN(6) > 0 {
			w = next[r.IntN(len(next))]
		} else {
			w = int32(r.IntN(len(m.words)))
		}
	}
	b.WriteByte('.')
}

// Story is a document of the corpus.
type Story struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"-"`
}

// Text returns the story's paragraphs separated by blank lines.
func (s *Story) Text() string { return strings.Join(s.Paragraphs, "\n\n") }

// MarshalJSON writes the story as a line of JSONL input: id, title, text.
func (s *Story) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Text  string `json:"text"`
	}{s.ID, s.Title, s.Text()})
}

// Story writes a new story.
func (m *Model) Story(r *rand.Rand, id string) Story {
	var b strings.Builder
	m.sentence(r, &b)
	title := strings.TrimSuffix(b.String(), ".")
	if words := strings.Fields(title); len(words) > 10 {
		title = strings.Join(words[:6+r.IntN(5)], " ")
	}
	s := Story{ID: id, Title: title}
	for range 4 + r.IntN(9) {
		b.Reset()
		for k := range 1 + r.IntN(4) {
			if k > 0 {
				b.WriteByte(' ')
			}
			m.sentence(r, &b)
		}
		s.Paragraphs = append(s.Paragraphs, b.String())
	}
	return s
}

// A Tier says how much a copy is changed.
type Tier int

const (
	// Easy: another headline, a dateline, one word in 50 swapped.
	Easy Tier = iota
	// Medium: the last 10-30% of paragraphs cut, one sentence in 10
	// with a word swapped, sometimes two paragraphs merged.
	Medium
	// Hard: cut to its top 30-60% of paragraphs, one sentence in 5 with
	// a word swapped: found by containment (the leads agree).
	Hard
)

var tierNames = [...]string{"easy", "medium", "hard"}

func (t Tier) String() string { return tierNames[t] }

var datelines = []string{"LONDON (Reuters) - ", "WASHINGTON (AP) - ", "PARIS (AFP) - ", "NEW DELHI - ", "(Reuters) - ", "BERLIN (dpa) - "}

// Copy returns a copy of s changed as tier says.
func (m *Model) Copy(r *rand.Rand, s *Story, id string, tier Tier) Story {
	c := Story{ID: id, Title: s.Title, Paragraphs: slices.Clone(s.Paragraphs)}
	swap := func(p string, rate int) string {
		words := strings.Fields(p)
		for i := range words {
			if r.IntN(rate) == 0 {
				words[i] = strings.ToLower(m.words[r.IntN(len(m.words))])
			}
		}
		return strings.Join(words, " ")
	}
	switch tier {
	case Easy:
		c.Title = "UPDATE 1-" + c.Title
		c.Paragraphs[0] = datelines[r.IntN(len(datelines))] + c.Paragraphs[0]
		for i, p := range c.Paragraphs {
			c.Paragraphs[i] = swap(p, 50)
		}
	case Medium:
		keep := max(2, len(c.Paragraphs)-len(c.Paragraphs)*(10+r.IntN(21))/100)
		c.Paragraphs = c.Paragraphs[:keep]
		for i, p := range c.Paragraphs {
			c.Paragraphs[i] = swap(p, 150)
		}
		if r.IntN(3) == 0 && len(c.Paragraphs) > 2 {
			c.Paragraphs[1] += " " + c.Paragraphs[2]
			c.Paragraphs = slices.Delete(c.Paragraphs, 2, 3)
		}
	case Hard:
		keep := max(2, len(c.Paragraphs)*(30+r.IntN(31))/100)
		c.Paragraphs = c.Paragraphs[:min(keep, len(c.Paragraphs))]
		c.Title = strings.ToLower(c.Title[:1]) + c.Title[1:] + ", report says"
		for i, p := range c.Paragraphs {
			c.Paragraphs[i] = swap(p, 75)
		}
	}
	return c
}

// SameTopic returns a new story that opens with s's top paragraph.
func (m *Model) SameTopic(r *rand.Rand, s *Story, id string) Story {
	t := m.Story(r, id)
	t.Paragraphs[0] = s.Paragraphs[0]
	return t
}

// Pair is a pair of documents of the corpus that were made from one
// another, with their similarity computed exactly ([Similarity]).
type Pair struct {
	A, B       string
	Similarity float64
	// Kind is the tier of a copy, or "same-topic".
	Kind string
}

// Truth is what a corpus's maker knows: the pairs made from one another
// and the clusters their pairs at or over Threshold make (two or more
// documents; every other document is a story of its own).
type Truth struct {
	Threshold float64    `json:"threshold"`
	Docs      int        `json:"docs"`
	Clusters  [][]string `json:"clusters"`
	Pairs     []Pair     `json:"pairs"`
}

// Options of a corpus.
type Options struct {
	Docs      int     // documents in all
	Seed      uint64  // the same seed makes the same corpus
	Copied    float64 // share of stories that have copies (1 to 3 each); 0 is 0.1
	SameTopic float64 // share of documents that are same-topic stories; 0 is 0.02
	Threshold float64 // for Truth.Clusters; 0 is 0.55
}

// Generate makes a corpus of o.Docs documents in a random order and calls
// emit with each; it returns the truth about them.
func (m *Model) Generate(o Options, emit func(*Story) error) (*Truth, error) {
	if o.Copied == 0 {
		o.Copied = 0.1
	}
	if o.SameTopic == 0 {
		o.SameTopic = 0.02
	}
	if o.Threshold == 0 {
		o.Threshold = 0.55
	}
	r := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	// Decide the documents first: a family is an original and its
	// copies, or an original and a same-topic story.
	type family struct {
		copies    []Tier
		sameTopic bool
	}
	var families []family
	n := 0
	for n < o.Docs {
		f := family{}
		switch x := r.Float64(); {
		case x < o.SameTopic:
			f.sameTopic = true
		case x < o.SameTopic+o.Copied:
			for range 1 + r.IntN(3) {
				f.copies = append(f.copies, Tier(r.IntN(10)*3/10%3))
			}
		}
		size := 1 + len(f.copies)
		if f.sameTopic {
			size++
		}
		if n+size > o.Docs {
			f = family{}
			size = 1
		}
		families = append(families, f)
		n += size
	}
	// Then the order: each document's number is its place in the output.
	order := r.Perm(o.Docs)
	id := func(k int) string { return fmt.Sprintf("s%07d", order[k]) }
	truth := &Truth{Threshold: o.Threshold, Docs: o.Docs}
	out := make([]*Story, o.Docs) // filled in order, emitted as completed
	nextOut := 0
	flush := func() error {
		for nextOut < len(out) && out[nextOut] != nil {
			if err := emit(out[nextOut]); err != nil {
				return err
			}
			out[nextOut] = nil
			nextOut++
		}
		return nil
	}
	k := 0
	uf := newUnionFind()
	for _, f := range families {
		orig := m.Story(r, id(k))
		k++
		fam := []Story{orig}
		kinds := []string{""}
		for _, t := range f.copies {
			fam = append(fam, m.Copy(r, &orig, id(k), t))
			kinds = append(kinds, t.String())
			k++
		}
		if f.sameTopic {
			fam = append(fam, m.SameTopic(r, &orig, id(k)))
			kinds = append(kinds, "same-topic")
			k++
		}
		for i := range fam {
			for j := i + 1; j < len(fam); j++ {
				kind := kinds[j]
				if i > 0 {
					kind = "copy-copy"
				}
				sim := Similarity(signed(&fam[i]), signed(&fam[j]))
				truth.Pairs = append(truth.Pairs, Pair{A: fam[i].ID, B: fam[j].ID, Similarity: sim, Kind: kind})
				if sim >= o.Threshold {
					uf.union(fam[i].ID, fam[j].ID)
				}
			}
		}
		for i := range fam {
			var num int
			fmt.Sscanf(fam[i].ID, "s%d", &num)
			out[num] = &fam[i]
		}
		if err := flush(); err != nil {
			return nil, err
		}
	}
	truth.Clusters = uf.clusters()
	return truth, nil
}

// signed is the text the pipeline signs for a story read as one story:
// its headline and running text as newstext.Parse finds them (a line the
// chain wrote that reads as page chrome, "all rights reserved", is
// dropped there too).
func signed(s *Story) string {
	p := newstext.Parser{Single: true, NoEntities: true, NoQuotes: true}
	as := p.Parse(s.Title + "\n\n" + s.Text())
	if len(as) == 0 {
		return ""
	}
	return as[0].Title + "\n\n" + as[0].Body()
}

// unionFind groups ids.
type unionFind struct{ parent map[string]string }

func newUnionFind() *unionFind { return &unionFind{map[string]string{}} }

func (u *unionFind) find(x string) string {
	for {
		p, ok := u.parent[x]
		if !ok || p == x {
			return x
		}
		x = p
	}
}

func (u *unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[ra] = ra
	u.parent[rb] = ra
}

// clusters returns the groups, each sorted, sorted by their first id.
func (u *unionFind) clusters() [][]string {
	groups := map[string][]string{}
	for x := range u.parent {
		r := u.find(x)
		groups[r] = append(groups[r], x)
	}
	var out [][]string
	for _, g := range groups {
		if len(g) > 1 {
			slices.Sort(g)
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// WriteTruth writes the truth as indented JSON.
func WriteTruth(w io.Writer, t *Truth) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(t)
}

// LearnDir learns from the .txt files under dir.
func LearnDir(dir string) (*Model, error) {
	var texts []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".txt" {
			return err
		}
		data, err := os.ReadFile(path)
		texts = append(texts, string(data))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	m := Learn(texts)
	if len(m.starts) == 0 {
		return nil, fmt.Errorf("synth: no words in the .txt files under %s", dir)
	}
	return m, nil
}

// WriteCorpus writes a corpus into dir as files JSONL files,
// corpus-00000.jsonl on (document k goes to file k*files/o.Docs, so the
// files in order are the corpus in order), and its truth as truth.json.
func WriteCorpus(m *Model, dir string, files int, o Options) (*Truth, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var f *os.File
	var w *bufio.Writer
	cur, k := -1, 0
	closeFile := func() error {
		if f == nil {
			return nil
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	truth, err := m.Generate(o, func(s *Story) error {
		if n := k * files / o.Docs; n != cur {
			if err := closeFile(); err != nil {
				return err
			}
			var err error
			f, err = os.Create(filepath.Join(dir, fmt.Sprintf("corpus-%05d.jsonl", n)))
			if err != nil {
				return err
			}
			w, cur = bufio.NewWriterSize(f, 1<<16), n
		}
		k++
		b, err := s.MarshalJSON()
		if err != nil {
			return err
		}
		w.Write(b)
		return w.WriteByte('\n')
	})
	if err == nil {
		err = closeFile()
	}
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	tf, err := os.Create(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	if err := WriteTruth(tf, truth); err != nil {
		tf.Close()
		return nil, fmt.Errorf("synth: %w", err)
	}
	return truth, tf.Close()
}
