package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newstext/newstext"
)

func span(start, end int) newstext.Span { return newstext.Span{Start: start, End: end} }

func TestBestArticle(t *testing.T) {
	tests := []struct {
		name  string
		arts  []newstext.Span
		story newstext.Span
		want  int
	}{
		{name: "no-articles", story: span(0, 10), want: -1},
		{name: "no-overlap", arts: []newstext.Span{span(0, 10), span(20, 30)}, story: span(10, 20), want: -1},
		{name: "most-overlap", arts: []newstext.Span{span(0, 12), span(12, 30)}, story: span(10, 20), want: 1},
		{name: "inside", arts: []newstext.Span{span(0, 100)}, story: span(10, 20), want: 0},
		{name: "tie-earlier", arts: []newstext.Span{span(0, 15), span(15, 30)}, story: span(10, 20), want: 0},
		{name: "tie-earlier-start-later-index", arts: []newstext.Span{span(15, 30), span(0, 15)}, story: span(10, 20), want: 1},
		{name: "empty-article", arts: []newstext.Span{span(12, 12)}, story: span(10, 20), want: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []newstext.Article
			for _, s := range tt.arts {
				arts = append(arts, newstext.Article{Span: s})
			}
			if got := bestArticle(arts, tt.story); got != tt.want {
				t.Errorf("bestArticle(%v, %v) = %d, want %d", tt.arts, tt.story, got, tt.want)
			}
		})
	}
}

func TestStoryStarts(t *testing.T) {
	arts := []newstext.Article{{Span: span(50, 60)}, {Span: span(0, 50)}, {Span: span(50, 55)}}
	if got, want := storyStarts(arts), []int{0, 50}; !slices.Equal(got, want) {
		t.Errorf("storyStarts = %v, want %v", got, want)
	}
	b, _ := json.Marshal(storyStarts(nil))
	if string(b) != "[]" {
		t.Errorf("storyStarts(nil) encodes as %s, want []", b)
	}
}

func TestScoreBodies(t *testing.T) {
	title := "Title one"
	text := "Title one\nalpha beta gamma delta epsilon\n\nzeta eta theta iota kappa\nlambda mu\n"
	second := strings.Index(text, "zeta")
	f := segmentFile{name: "001", text: text, gold: segmentGold{Kind: "concat", Stories: []goldStory{
		{Start: 0, Title: &title, Paragraphs: []string{"alpha beta gamma delta epsilon"}},
		{Start: second, Paragraphs: []string{"zeta eta theta iota kappa", "lambda mu"}},
	}}}

	// One article covering the whole text: it overlaps both stories, so
	// both are scored against all its paragraphs.
	whole := []newstext.Article{{Span: span(0, len(text)), Paragraphs: []newstext.Paragraph{
		{Text: "alpha beta gamma delta epsilon"}, {Text: "zeta eta theta iota kappa"}, {Text: "lambda mu"}}}}
	got := scoreBodies(f, whole)
	if len(got) != 2 || got[0].article != 0 || got[1].article != 0 {
		t.Fatalf("scoreBodies matched %+v, want article 0 twice", got)
	}
	if got[0].span != span(0, second) || got[1].span != span(second, len(text)) {
		t.Errorf("gold spans %v, %v, want 0:%d, %d:%d", got[0].span, got[1].span, second, second, len(text))
	}
	// Story 1: 5 tokens, 2 shingles, all in the article's 12 tokens (9
	// shingles): tp 2, fp 7.
	if r := got[0].result; r.Recall() != 1 || math.Abs(r.Precision()-2.0/9) > 1e-12 {
		t.Errorf("story 1: %+v, want recall 1, precision 2/9", r)
	}
	if got[1].title != "(teaser) zeta eta theta iota kappa" {
		t.Errorf("story 2 title %q", got[1].title)
	}

	// No article: every story scores an empty body.
	got = scoreBodies(f, nil)
	for _, s := range got {
		if s.article != -1 || s.result.TP != 0 || s.result.FN != 1 {
			t.Errorf("story %d with no article: %+v", s.index, s)
		}
	}

	// Exact split.
	split := []newstext.Article{
		{Span: span(0, second), Paragraphs: []newstext.Paragraph{{Text: "alpha beta gamma delta epsilon"}}},
		{Span: span(second, len(text)), Paragraphs: []newstext.Paragraph{{Text: "zeta eta theta iota kappa"}, {Text: "lambda mu"}}},
	}
	for _, s := range scoreBodies(f, split) {
		if s.article != s.index || !s.result.Exact || s.result.TP != 1 {
			t.Errorf("story %d split exactly: %+v", s.index, s)
		}
	}
}

func TestRunSegment(t *testing.T) {
	dir := t.TempDir()
	dev := filepath.Join(dir, "dev")
	if err := os.Mkdir(dev, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "A title\nFirst story body text goes here.\n\nAnother title\nSecond story body text goes here.\n"
	gold := `{"kind": "concat", "stories": [
		{"start": 0, "title": "A title", "paragraphs": ["First story body text goes here."]},
		{"start": 42, "title": "Another title", "paragraphs": ["Second story body text goes here."]}]}`
	if err := os.WriteFile(filepath.Join(dev, "001.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dev, "001.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(dir, "pred.json")

	var out bytes.Buffer
	if err := runSegment([]string{"-data", dir, "-pred", pred, "-v"}, &out); err != nil {
		t.Fatalf("runSegment: %v\n%s", err, out.String())
	}
	for _, want := range []string{
		"parsed 1 files",
		"score.py: boundary scores skipped", // no score.py in dir
		"story bodies",
		"\nall ",
		"\nconcat ",
		"the 2 stories with the worst bodies",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	var starts map[string][]int
	b, err := os.ReadFile(pred)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &starts); err != nil {
		t.Fatalf("predictions %s: %v", b, err)
	}
	if s, ok := starts["001"]; !ok || len(s) == 0 || !slices.IsSorted(s) {
		t.Errorf("predictions %s: want sorted starts for \"001\"", b)
	}
}

func TestRunSegmentErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	tests := []struct {
		args []string
		want string
	}{
		{nil, "-data DIR is required (a folder like shared/eval/segment)"},
		{[]string{"-data", missing}, "-data " + missing + ": no such directory"},
		{[]string{"-data", t.TempDir()}, "no dev/*.txt in it"},
	}
	for _, tt := range tests {
		err := runSegment(tt.args, new(bytes.Buffer))
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("runSegment(%q) = %v, want one line containing %q", tt.args, err, tt.want)
		}
	}
}
