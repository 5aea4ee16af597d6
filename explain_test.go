package newstext

import (
	"fmt"
	"os"
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
	for _, d := range readSegDevDocs(t, dir) {
		lines, lex, content, isGold := d.lines, d.lex, d.content, d.isGold
		picked := map[int]bool{}
		for _, s := range segment(lines, lex) {
			picked[lines[s].span.Start] = true
		}
		idf := lex.idf()
		story, after := newVector(lex), newVector(lex)
		last := 0
		for ci, i := range content {
			l := &lines[i]
			var why []string
			score := 0.0
			candidate := ci > 0 && (l.title() || l.dotted() || isGold[l.span.Start])
			if candidate {
				score = scoreBreak(lines, content, ci, last, usualGap(lines, content), map[uint64]bool{}, idf, story, after, &why)
			}
			if picked[l.span.Start] {
				last = ci
				story.reset()
			}
			if l.chrome == 0 && !l.caption() {
				story.addLine(i, idf)
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
			fmt.Printf("%s %s %6.2f %.70q %v\n", d.name, mark, score, l.text, why)
		}
	}
}
