package newstext

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainSegment prints, for every headline-shaped line of every dump
// in SEGDEV (a folder of NNN.txt with NNN.json gold, such as
// shared/eval/segment/dev), whether it starts a story in the gold and in
// the output, its score and each cue's contribution. It is a tool for
// whoever tunes the segmenter, not a check; it runs only when SEGDEV is
// set:
//
//	SEGDEV=../shared/eval/segment/dev go test -run TestExplainSegment -v | grep -E ' (FP|FN) '
//
// OK marks a story start found, FN one missed, FP a false start; lines
// that are neither are printed when their score is within 2 of the
// threshold.
func TestExplainSegment(t *testing.T) {
	dir := os.Getenv("SEGDEV")
	if dir == "" {
		t.Skip("SEGDEV not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
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
		isGold := map[int]bool{}
		for _, s := range gold.Stories {
			isGold[s.Start] = true
		}
		text := string(data)
		lines := splitLines(text)
		lex := analyse(text, lines)
		picked := map[int]bool{}
		for _, s := range segment(lines, lex) {
			picked[lines[s].span.Start] = true
		}
		var content []int
		for i := range lines {
			if !lines[i].blank {
				content = append(content, i)
			}
		}
		idf := lex.idf()
		story, after := newVector(len(idf)), newVector(len(idf))
		last := 0
		for ci, i := range content {
			l := &lines[i]
			var why []string
			score := 0.0
			candidate := ci > 0 && (l.title || l.dotted || isGold[l.span.Start])
			if candidate {
				score = scoreBreak(lines, content, ci, last, map[uint64]bool{}, idf, story, after, &why)
			}
			if picked[l.span.Start] {
				last = ci
				story.reset()
			}
			if l.chrome == "" && !l.caption {
				story.add(l.bag, idf)
			}
			if !candidate {
				continue
			}
			mark := "  "
			switch {
			case isGold[l.span.Start] && picked[l.span.Start]:
				mark = "OK"
			case isGold[l.span.Start]:
				mark = "FN"
			case picked[l.span.Start]:
				mark = "FP"
			case score < -2:
				continue
			}
			fmt.Printf("%s %s %6.2f %.70q %v\n", filepath.Base(f), mark, score, l.text, why)
		}
	}
}
