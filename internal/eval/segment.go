package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/internal/shingle"
)

// segmentFile is one dump of the segmentation set with its gold.
type segmentFile struct {
	name string // "001", the key score.py expects
	text string // dev/NNN.txt
	gold segmentGold
}

// segmentGold is the part of dev/NNN.json that eval reads.
type segmentGold struct {
	Kind    string      `json:"kind"`
	Layout  string      `json:"layout"` // of a single-story file
	Stories []goldStory `json:"stories"`
}

type goldStory struct {
	Start      int      `json:"start"`
	Title      *string  `json:"title"` // nil for a teaser
	Paragraphs []string `json:"paragraphs"`
}

// storyScore is one gold story's body scored against the article that
// overlaps it most.
type storyScore struct {
	file    string
	kind    string
	index   int // of the story in its file
	stories int // in its file
	title   string
	span    newstext.Span // of the gold story: to the next story's start
	article int           // index of the matched article, -1 for none
	artSpan newstext.Span
	result  shingle.Result
}

// runSegment runs Parse over every dump of the segmentation set in
// -data DIR, writes the story starts it finds as score.py predictions and
// prints score.py's table, then scores each gold story's body against the
// recovered article that overlaps it most.
func runSegment(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("segment", flag.ContinueOnError)
	data := fl.String("data", "", "segmentation set `DIR` holding dev/NNN.txt, dev/NNN.json and score.py (required)")
	predPath := fl.String("pred", "", "write the predicted story starts to `FILE` (default: a temporary file, removed after)")
	verbose := fl.Bool("v", false, "also list the 15 stories whose bodies score worst")
	fl.Usage = func() {
		fmt.Fprintln(fl.Output(), "usage: go run ./internal/eval segment -data DIR [-pred FILE] [-v]")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(fl.Output(), "unexpected argument %q\n", fl.Arg(0))
		fl.Usage()
		return errUsage
	}
	if *data == "" {
		return errors.New("-data DIR is required (a folder like shared/eval/segment)")
	}

	files, err := loadSegment(*data)
	if err != nil {
		return err
	}

	// Parse every dump once; the articles serve both measures.
	articles := make([][]newstext.Article, len(files))
	size := 0
	began := time.Now()
	for i, f := range files {
		articles[i] = parseFile(f)
		size += len(f.text)
	}
	took := time.Since(began)
	fmt.Fprintf(stdout, "parsed %d files, %d bytes in %v (%.1f MB/s)\n\n",
		len(files), size, took.Round(time.Microsecond), float64(size)/1e6/took.Seconds())

	// Story starts, for score.py.
	preds := make(map[string][]int, len(files))
	for i, f := range files {
		preds[f.name] = storyStarts(articles[i])
	}
	path, cleanup, err := writePredictions(*predPath, preds)
	if err != nil {
		return fmt.Errorf("writing predictions: %w", err)
	}
	defer cleanup()
	if *predPath != "" {
		fmt.Fprintf(stdout, "predictions written to %s\n", path)
	}
	scoreErr := scoreBoundaries(stdout, *data, path)
	if scoreErr != nil {
		fmt.Fprintf(stdout, "score.py: %v\n", scoreErr)
	}

	// Story bodies.
	var scores []storyScore
	for i, f := range files {
		scores = append(scores, scoreBodies(f, articles[i])...)
	}
	fmt.Fprintln(stdout)
	printBodies(stdout, files, articles, scores)
	fmt.Fprintln(stdout)
	printSingles(stdout, files, articles)
	fmt.Fprintln(stdout)
	printTitles(stdout, files, articles)
	if *verbose {
		fmt.Fprintln(stdout)
		printWorst(stdout, scores, 15)
	}
	if scoreErr != nil {
		return fmt.Errorf("score.py: %w", scoreErr)
	}
	return nil
}

// loadSegment reads every dev/NNN.txt under dir with its dev/NNN.json, in
// name order.
func loadSegment(dir string) ([]segmentFile, error) {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("-data %s: no such directory", dir)
	case err != nil:
		return nil, fmt.Errorf("-data %s: %w", dir, err)
	case !st.IsDir():
		return nil, fmt.Errorf("-data %s: not a directory", dir)
	}
	txts, err := filepath.Glob(filepath.Join(dir, "dev", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(txts) == 0 {
		return nil, fmt.Errorf("-data %s: no dev/*.txt in it (want a folder like shared/eval/segment)", dir)
	}
	slices.Sort(txts)
	files := make([]segmentFile, 0, len(txts))
	for _, txt := range txts {
		text, err := os.ReadFile(txt)
		if err != nil {
			return nil, err
		}
		jsonPath := strings.TrimSuffix(txt, ".txt") + ".json"
		b, err := os.ReadFile(jsonPath)
		if err != nil {
			return nil, fmt.Errorf("gold for %s: %w", txt, err)
		}
		f := segmentFile{
			name: strings.TrimSuffix(filepath.Base(txt), ".txt"),
			text: string(text),
		}
		if err := json.Unmarshal(b, &f.gold); err != nil {
			return nil, fmt.Errorf("%s: %w", jsonPath, err)
		}
		if len(f.gold.Stories) == 0 {
			return nil, fmt.Errorf("%s: no stories", jsonPath)
		}
		for i, s := range f.gold.Stories {
			if s.Start < 0 || s.Start > len(f.text) || i > 0 && s.Start <= f.gold.Stories[i-1].Start {
				return nil, fmt.Errorf("%s: story %d starts at %d: want ascending offsets within the %d bytes of the text",
					jsonPath, i, s.Start, len(f.text))
			}
		}
		files = append(files, f)
	}
	return files, nil
}

// parseFile returns newstext.Parse of the dump. A panic is raised again
// with the file's name in front, on top of the original stack.
func parseFile(f segmentFile) []newstext.Article {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("newstext.Parse of dev/%s.txt: %v", f.name, r))
		}
	}()
	return newstext.Parse(f.text)
}

// storyStarts returns the start of each article's span, sorted, each
// offset once. It is never nil, so that it encodes as [] in JSON.
func storyStarts(arts []newstext.Article) []int {
	starts := make([]int, 0, len(arts))
	for _, a := range arts {
		starts = append(starts, a.Span.Start)
	}
	slices.Sort(starts)
	return slices.Compact(starts)
}

// writePredictions writes preds as score.py's prediction file, {"NNN":
// [offsets...]}, to path, or to a temporary file when path is "". It
// returns the path written and a function that removes the file if it is
// temporary.
func writePredictions(path string, preds map[string][]int) (string, func(), error) {
	b, err := json.Marshal(preds) // map keys come out sorted
	if err != nil {
		return "", nil, err
	}
	return writePred(path, "newstext-segment-*.json", append(b, '\n'))
}

// scoreBoundaries prints the table of DIR/score.py for the predictions in
// predPath. A missing python3 or score.py is reported on one line and is
// not an error.
func scoreBoundaries(stdout io.Writer, dir, predPath string) error {
	fmt.Fprintln(stdout, "story boundaries (score.py):")
	script := filepath.Join(dir, "score.py")
	if _, err := os.Stat(script); err != nil {
		fmt.Fprintf(stdout, "no %s: boundary scores skipped\n", script)
		return nil
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		fmt.Fprintln(stdout, "python3 not found: boundary scores skipped")
		return nil
	}
	cmd := exec.Command(python, script, filepath.Join(dir, "dev"), predPath)
	cmd.Stdout = stdout
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

// scoreBodies scores the body of each gold story of f against the article
// whose span overlaps the story's byte range most: the range runs from the
// story's start to the next story's start, or to the end of the text. On a
// tie the earlier article wins. A story that no article overlaps is scored
// against an empty body.
func scoreBodies(f segmentFile, arts []newstext.Article) []storyScore {
	scores := make([]storyScore, len(f.gold.Stories))
	for i, s := range f.gold.Stories {
		end := len(f.text)
		if i+1 < len(f.gold.Stories) {
			end = f.gold.Stories[i+1].Start
		}
		sc := storyScore{
			file:    f.name,
			kind:    f.gold.Kind,
			index:   i,
			stories: len(f.gold.Stories),
			title:   storyTitle(s),
			span:    newstext.Span{Start: s.Start, End: end},
			article: bestArticle(arts, newstext.Span{Start: s.Start, End: end}),
		}
		var pred string
		if sc.article >= 0 {
			a := arts[sc.article]
			sc.artSpan = a.Span
			texts := make([]string, len(a.Paragraphs))
			for j, p := range a.Paragraphs {
				texts[j] = p.Text
			}
			pred = strings.Join(texts, "\n")
		}
		sc.result = shingle.Compare(strings.Join(s.Paragraphs, "\n"), pred)
		scores[i] = sc
	}
	return scores
}

// bestArticle returns the index of the article whose span overlaps span by
// the most bytes, the earliest (by span start, then by index) among equals,
// or -1 when none overlaps it.
func bestArticle(arts []newstext.Article, span newstext.Span) int {
	best, bestLen := -1, 0
	for i, a := range arts {
		n := min(a.Span.End, span.End) - max(a.Span.Start, span.Start)
		if n <= 0 {
			continue
		}
		if n > bestLen || n == bestLen && a.Span.Start < arts[best].Span.Start {
			best, bestLen = i, n
		}
	}
	return best
}

// storyTitle returns the gold title, or for a teaser its opening words.
func storyTitle(s goldStory) string {
	if s.Title != nil {
		return *s.Title
	}
	if len(s.Paragraphs) == 0 {
		return "(teaser)"
	}
	return "(teaser) " + s.Paragraphs[0]
}

// printBodies prints the shingle scores of the story bodies for all files,
// for the files of several stories (multi: every kind but single, as
// score.py's multi row) and for each kind, with the counts of gold stories
// and predicted articles.
func printBodies(w io.Writer, files []segmentFile, articles [][]newstext.Article, scores []storyScore) {
	type group struct {
		files, stories, articles, unmatched int
		results                             []shingle.Result
	}
	groups := map[string]*group{"all": {}, "multi": {}}
	// of returns the groups a file of kind k counts in.
	of := func(k string) []*group {
		if k == "single" {
			return []*group{groups["all"], groups[k]}
		}
		return []*group{groups["all"], groups["multi"], groups[k]}
	}
	var kinds []string
	for i, f := range files {
		g := groups[f.gold.Kind]
		if g == nil {
			g = &group{}
			groups[f.gold.Kind] = g
			kinds = append(kinds, f.gold.Kind)
		}
		for _, g := range of(f.gold.Kind) {
			g.files++
			g.stories += len(f.gold.Stories)
			g.articles += len(articles[i])
		}
	}
	for _, s := range scores {
		for _, g := range of(s.kind) {
			g.results = append(g.results, s.result)
			if s.article < 0 {
				g.unmatched++
			}
		}
	}
	slices.Sort(kinds)

	fmt.Fprintln(w, "story bodies (extraction metric: gold paragraphs vs the article overlapping the story most):")
	const row = "%-11s %5s %7s %8s %9s %6s %6s %6s %6s\n"
	fmt.Fprintf(w, row, "set", "files", "stories", "articles", "unmatched", "P", "R", "F1", "exact")
	for _, k := range append([]string{"all", "multi"}, kinds...) {
		g := groups[k]
		if g.files == 0 {
			continue
		}
		s := shingle.Summarise(g.results)
		fmt.Fprintf(w, row, k, fmt.Sprint(g.files), fmt.Sprint(g.stories), fmt.Sprint(g.articles),
			fmt.Sprint(g.unmatched), f3(s.Precision), f3(s.Recall), f3(s.F1), f3(s.Accuracy))
	}
}

// printWorst prints the n stories whose bodies have the lowest F1, worst
// first, with where each story is and which article it was scored against.
func printWorst(w io.Writer, scores []storyScore, n int) {
	worst := slices.Clone(scores)
	slices.SortStableFunc(worst, func(a, b storyScore) int {
		return cmp.Compare(a.result.F1(), b.result.F1())
	})
	worst = worst[:min(n, len(worst))]
	fmt.Fprintf(w, "the %d stories with the worst bodies:\n", len(worst))
	const row = "%-5s %-5s %-5s %-4s %-10s %-13s %-13s %s\n"
	fmt.Fprintf(w, row, "F1", "P", "R", "file", "story", "gold span", "article span", "title")
	for _, s := range worst {
		art := "none"
		if s.article >= 0 {
			art = fmt.Sprintf("#%d %v", s.article, s.artSpan)
		}
		fmt.Fprintf(w, row, f3(s.result.F1()), f3(s.result.Precision()), f3(s.result.Recall()),
			s.file, fmt.Sprintf("%d/%d", s.index+1, s.stories), s.span, art, clip(s.title, 70))
	}
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

// clip returns s quoted, cut to at most n runes with "…" at the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) > n {
		s = string([]rune(s)[:n-1]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// A tally counts, by group and in all, how many cases there were and how
// many came out right.
type tally struct {
	rows   map[string]*[2]int // group -> cases, right
	groups []string           // in the order first seen
	all    [2]int
}

func (t *tally) add(group string, right bool) {
	if t.rows == nil {
		t.rows = map[string]*[2]int{}
	}
	r := t.rows[group]
	if r == nil {
		r = new([2]int)
		t.rows[group] = r
		t.groups = append(t.groups, group)
	}
	for _, x := range []*[2]int{r, &t.all} {
		x[0]++
		if right {
			x[1]++
		}
	}
}

// print writes the heading, then one row per group with cases (sorted by
// name) and the row "all": group, cases, right and their share, under the
// column names given, the counts in columns of the widths given. It
// writes nothing when there were no cases.
func (t *tally) print(w io.Writer, heading, group, cases, right string, casesWidth, rightWidth int) {
	if t.all[0] == 0 {
		return
	}
	slices.Sort(t.groups)
	fmt.Fprintln(w, heading)
	fmt.Fprintf(w, "%-12s %*s %*s %6s\n", group, casesWidth, cases, rightWidth, right, "share")
	row := func(name string, r [2]int) {
		fmt.Fprintf(w, "%-12s %*d %*d %6.3f\n", name, casesWidth, r[0], rightWidth, r[1], float64(r[1])/float64(r[0]))
	}
	for _, g := range t.groups {
		if r := t.rows[g]; r[0] > 0 {
			row(g, *r)
		}
	}
	row("all", t.all)
}

// printSingles prints, for the files that hold one story, by layout, how
// many came back as one article.
func printSingles(w io.Writer, files []segmentFile, articles [][]newstext.Article) {
	var t tally
	for i, f := range files {
		if f.gold.Kind == "single" {
			t.add(f.gold.Layout, len(articles[i]) == 1)
		}
	}
	t.print(w, "single-story files told as one story, by layout:", "layout", "files", "one", 5, 5)
}

// printTitles prints how often the headline of a gold story with a title
// is found exactly: the article that starts within the story's first
// line has that title (Clean of the gold title line, without the "# " of
// a markdown heading), by kind.
func printTitles(w io.Writer, files []segmentFile, articles [][]newstext.Article) {
	var t tally
	for i, f := range files {
		for _, st := range f.gold.Stories {
			if st.Title == nil {
				continue
			}
			want := newstext.Clean(*st.Title)
			got := ""
			for _, a := range articles[i] {
				if a.Span.Start >= st.Start && a.Span.Start <= st.Start+len(*st.Title)+8 {
					got = a.Title
					break
				}
			}
			t.add(f.gold.Kind, got == want || strings.TrimLeft(want, "# ") == got)
		}
	}
	t.print(w, "titles found exactly (stories with a title line):", "kind", "titled", "exact", 7, 6)
}
