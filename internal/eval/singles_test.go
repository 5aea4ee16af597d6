package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSingles runs the singles command over a split of three articles:
// one story, two stories in one text, and one story again, the third in
// the check part.
func TestSingles(t *testing.T) {
	dir := t.TempDir()
	story := "Council ends harbour tunnel work.\n\nThe city council voted on Monday to end work on the tunnel.\n\nHe said the money would go to buses instead.\n"
	two := "Council Ends Harbour Tunnel Work\n\nThe city council voted on Monday to end work on the tunnel under the old harbour after costs doubled.\n\n\n\n" +
		"Storm Closes Mountain Pass For A Week\n\nHeavy snow shut the only road over the range on Friday, and crews expect to reopen it next week.\n"
	var b strings.Builder
	for i, text := range []string{story, two, story} {
		line, err := json.Marshal(polnearDoc{ID: "a" + string(rune('0'+i)), Text: text})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "train.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for part, want := range map[string]string{
		"fit":   "split train, part fit: 2 articles; one story 1 (0.500); several stories 1; a teaser list 0; panicked 0",
		"check": "split train, part check: 1 articles; one story 1 (1.000); several stories 0; a teaser list 0; panicked 0",
	} {
		var out strings.Builder
		if err := runSingles([]string{"-polnear", dir, "-part", part}, &out); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(out.String()); got != want {
			t.Errorf("part %s:\ngot  %s\nwant %s", part, got, want)
		}
	}
	if err := runSingles([]string{"-polnear", dir, "-split", "test"}, &strings.Builder{}); err == nil {
		t.Error("-split test: no error; the test compartment is reserved")
	}
}
