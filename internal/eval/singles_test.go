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
	// -out writes the fit part as a segmentation set, and refuses the
	// check part.
	out := t.TempDir()
	if err := runSingles([]string{"-polnear", dir, "-part", "fit", "-out", out}, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(out, "dev", "*"))
	for i := range names {
		names[i] = filepath.Base(names[i])
	}
	if want := []string{"a0.json", "a0.txt", "a1.json", "a1.txt"}; strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("-out wrote %v, want %v", names, want)
	}
	if b, err := os.ReadFile(filepath.Join(out, "dev", "a1.txt")); err != nil || string(b) != two {
		t.Errorf("-out: a1.txt is %q (%v), want the article's text", b, err)
	}
	var gold struct {
		Kind    string
		Stories []struct{ Start int }
	}
	if b, err := os.ReadFile(filepath.Join(out, "dev", "a0.json")); err != nil || json.Unmarshal(b, &gold) != nil || gold.Kind != "single" || len(gold.Stories) != 1 || gold.Stories[0].Start != 0 {
		t.Errorf("-out: a0.json reads as %+v (%v), want one story at 0", gold, err)
	}
	for _, args := range [][]string{
		{"-polnear", dir, "-part", "check", "-out", t.TempDir()},
		{"-polnear", dir, "-split", "dev", "-part", "fit", "-out", t.TempDir()},
	} {
		err := runSingles(args, &strings.Builder{})
		if err == nil || !strings.Contains(err.Error(), "fit part only") {
			t.Errorf("%v: error %v, want a refusal: the check part and PolNeAR dev are never fitted on", args, err)
		}
	}
	// A folder that already holds files would mix an old run into the fit.
	if err := runSingles([]string{"-polnear", dir, "-part", "fit", "-out", out}, &strings.Builder{}); err == nil || !strings.Contains(err.Error(), "must be empty") {
		t.Errorf("-out into a folder with files: error %v, want a refusal", err)
	}
	for _, id := range []string{"..", "a b", ""} {
		if err := writeSingle(t.TempDir(), id, "text"); err == nil {
			t.Errorf("writeSingle(%q): no error, want one: no plain file name", id)
		}
	}
	d := t.TempDir()
	if err := writeSingle(d, "a/b", "one"); err != nil {
		t.Fatal(err)
	}
	if err := writeSingle(d, "a_b", "two"); err == nil {
		t.Error(`writeSingle("a_b") after "a/b": no error, want one: both map to a_b.txt`)
	}
}

// TestSinglesGold runs the singles command over the gold texts of an
// extraction set of four pages: one too short to count, a story with its
// readers' comments kept apart (read after it), and two more stories.
func TestSinglesGold(t *testing.T) {
	dir := t.TempDir()
	story := "Council ends harbour tunnel work.\n\nThe city council voted on Monday to end work on the tunnel under the old harbour, after its costs doubled in two years and the contractor asked for more time.\n\n" +
		"He said the money would go to buses instead, and that the first new routes would open in the spring, once the drivers are hired and trained.\n"
	comments := "Martha Ellis July 13, 2012 at 3:24 am\n\nAbout time.\n\nPandora July 9, 2012 at 12:33 pm\n\nI agree.\n\nKealan June 27, 2012 at 1:21 pm\n\nGood.\n"
	truth := map[string]map[string]string{
		"1": {"articleBody": "Too short."},
		"2": {"articleBody": story, "comments": comments},
		"3": {"articleBody": story},
		"4": {"articleBody": story},
	}
	b, err := json.Marshal(truth)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	texts, err := goldTexts(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != 3 || texts[0].id != "2" || !strings.HasSuffix(texts[0].text, "\n\n"+comments) {
		t.Fatalf("goldTexts: %d texts, first %+v", len(texts), texts[0])
	}
	var out strings.Builder
	if err := runSingles([]string{"-gold", dir, "-part", "fit"}, &out); err != nil {
		t.Fatal(err)
	}
	want := "gold " + filepath.Base(dir) + ", part fit: 2 articles; one story 2 (1.000); several stories 0; a teaser list 0; panicked 0"
	if got := strings.TrimSpace(out.String()); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if err := runSingles([]string{"-gold", dir, "-polnear", dir}, &strings.Builder{}); err == nil {
		t.Error("-gold and -polnear: no error")
	}
}
