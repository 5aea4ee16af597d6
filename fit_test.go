package newstext

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFitBreaks fits breakWeights by logistic regression on segmentation
// sets made by shared/eval/segment/make.py. It runs only when SEGTRAIN
// names the sets' dev folders (colon-separated), and prints the weights:
//
//	SEGTRAIN=../shared/eval/segment/dev:/tmp/seg7/dev go test -run TestFitBreaks -v
//
// A set of real single-story articles, as `go run ./internal/eval singles
// -gold DRAGNET_DIR -part fit -out DIR` (or -polnear OUT -split train)
// writes it, is read the same way (DIR/dev).
//
// SEGFREE=cueA,cueB fits only the named weights and holds the others
// (with SEGPRIOR, a new cue's weight alone); SEGSTATS=1 also prints how
// often each cue fires on story starts and on other candidates.
//
// Candidates and their cues are measured as segment measures them, with
// the story state (where the current story starts, its words) taken from
// the gold starts.
func TestFitBreaks(t *testing.T) {
	dirs := os.Getenv("SEGTRAIN")
	if dirs == "" {
		t.Skip("SEGTRAIN not set")
	}
	var xs [][numCues]float64
	var ys []float64
	// SEGDUMP=FILE writes each candidate as a tab-separated row: set,
	// file, content line, story start (0 or 1), some raw shapes of the
	// line and its neighbours, then every cue.
	var dump *os.File
	if p := os.Getenv("SEGDUMP"); p != "" {
		var err error
		if dump, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer dump.Close()
		fmt.Fprintf(dump, "set\tfile\tci\ty\twords\tgapBefore\tgapAfter\tnextWords\tnextEnds\tprevWords\t%s\n", strings.Join(cueNames[:], "\t"))
	}
	for _, dir := range strings.Split(dirs, ":") {
		for _, d := range readSegDevDocs(t, dir) {
			lines, lex, content, isGold := d.lines, d.lex, d.content, d.isGold
			idf := lex.idf()
			story, after := newVector(lex), newVector(lex)
			var titles []uint64
			last, hasBody := 0, false
			for ci := range content {
				l := &lines[content[ci]]
				start := isGold[l.span.Start] && ci > 0
				if ci > 0 && (l.title() || l.dotted()) && hasBody && !slices.Contains(titles, l.key) {
					xs = append(xs, breakCues(lines, content, ci, last, usualGap(lines, content), map[uint64]bool{}, idf, story, after))
					ys = append(ys, b2f(start))
					if dump != nil {
						var next *line
						gapAfter := -1
						if ci+1 < len(content) {
							next = &lines[content[ci+1]]
							gapAfter = blankLines(lines, content[ci], content[ci+1])
						} else {
							next = l
						}
						fmt.Fprintf(dump, "%s\t%s\t%d\t%v\t%d\t%d\t%d\t%d\t%v\t%d", dir, d.name, ci, b2f(start), l.words,
							blankLines(lines, content[ci-1], content[ci]), gapAfter, next.words, b2f(next.ends()), lines[content[ci-1]].words)
						for _, x := range xs[len(xs)-1] {
							fmt.Fprintf(dump, "\t%.4g", x)
						}
						fmt.Fprintln(dump)
					}
				}
				if start {
					last, titles, hasBody = ci, titles[:0], false
					story.reset()
				}
				switch {
				case (l.title() || l.dotted() && start) && !hasBody:
					titles = append(titles, l.key)
				case isBodyLine(l):
					hasBody = true
				}
				if l.chrome == 0 && !l.caption() {
					story.addLine(content[ci], idf)
				}
			}
		}
	}
	// Batch gradient descent on the L2-regularised log loss.
	// SEGPRIOR=1 starts from breakWeights and pulls toward them instead
	// of toward zero: a cue the sets never show keeps its weight.
	var w, prior [numCues]float64
	if os.Getenv("SEGPRIOR") != "" {
		w, prior = breakWeights, breakWeights
	}
	lambda, rate := 0.01, 0.5
	if v := os.Getenv("SEGLAMBDA"); v != "" {
		fmt.Sscan(v, &lambda)
	}
	var free map[string]bool
	if v := os.Getenv("SEGFREE"); v != "" {
		free = map[string]bool{}
		for _, n := range strings.Split(v, ",") {
			free[n] = true
		}
	}
	iters := 20000
	if v := os.Getenv("SEGITER"); v != "" {
		fmt.Sscan(v, &iters)
	}
	for iter := 0; iter < iters; iter++ {
		var grad [numCues]float64
		for i, x := range xs {
			z := 0.0
			for k := range x {
				z += w[k] * x[k]
			}
			p := 1 / (1 + math.Exp(-z))
			for k := range x {
				grad[k] += (p - ys[i]) * x[k]
			}
		}
		for k := range w {
			if free != nil && !free[cueConsts[k]] {
				continue
			}
			reg := lambda * (w[k] - prior[k])
			if k == int(cueBias) {
				reg = 0
			}
			w[k] -= rate * (grad[k]/float64(len(xs)) + reg)
		}
	}
	pos := 0.0
	for _, y := range ys {
		pos += y
	}
	fmt.Printf("%d candidates, %.0f story starts\n", len(xs), pos)
	if os.Getenv("SEGSTATS") != "" {
		for k := range numCues {
			var p, n int
			for i, x := range xs {
				if x[k] != 0 {
					if ys[i] == 1 {
						p++
					} else {
						n++
					}
				}
			}
			fmt.Printf("  %-12s fires on %d starts, %d others\n", cueNames[k], p, n)
		}
	}
	var b strings.Builder
	for k, x := range w {
		fmt.Fprintf(&b, "%s: %.2f, ", cueConsts[k], x)
	}
	fmt.Println(b.String())
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

var cueConsts = [numCues]string{"cueBias", "cueNamed", "cueRepeated", "cueCaptions", "cueWidgets", "cueByline",
	"cueClosing", "cueVoided", "cueAfterFooter", "cueAfterChrome", "cueAfterCredit", "cueGap1", "cueGap2",
	"cueDateline", "cueList", "cueShort", "cueFour", "cueLong", "cueItem", "cueSim", "cueSimLow", "cueSimSmall",
	"cueSimHigh", "cueTitleCase", "cueQuestion", "cueAllCaps", "cueYoung", "cueDotted", "cueLead", "cueEcho", "cueStoryLen", "cueShift", "cueTemplate", "cueApart", "cueGapSeen", "cueHeadLen", "cueOverLong", "cueSentLong", "cueEchoAll", "cuePrevLong", "cueNextLong", "cueEchoSome", "cueSimMid", "cueNextShort", "cueDrop"}

// segDevDoc is one dump of a segmentation set (NNN.txt with its gold
// NNN.json), analysed as Parse analyses it.
type segDevDoc struct {
	name    string
	lines   []line
	lex     *lexicon
	content []int        // the indexes of the lines that are not blank
	isGold  map[int]bool // the offsets of the gold story starts
}

// readSegDevDocs reads the dumps of a segmentation set folder, teaser
// lists left out.
func readSegDevDocs(t *testing.T, dir string) []segDevDoc {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out []segDevDoc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			Kind    string
			Stories []struct{ Start int }
		}
		g, _ := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json")
		if err := json.Unmarshal(g, &gold); err != nil {
			t.Fatal(err)
		}
		if gold.Kind == "teasers" {
			continue
		}
		d := segDevDoc{name: filepath.Base(f), isGold: map[int]bool{}}
		for _, s := range gold.Stories {
			d.isGold[s.Start] = true
		}
		text := string(data)
		d.lines = splitLines(text)
		d.lex = analyse(text, d.lines)
		for i := range d.lines {
			if !d.lines[i].blank() {
				d.content = append(d.content, i)
			}
		}
		out = append(out, d)
	}
	return out
}
