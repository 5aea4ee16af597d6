package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dedupeDir is the repository's folder of near-duplicate fixtures.
var dedupeDir = filepath.Join("..", "..", "testdata", "dedupe")

// TestDupesStories: dupes compares stories. On testdata/dedupe, the
// digest doc0044 opens with the top of doc0140's story, so its first
// story joins that group; with --whole the files are compared whole and
// the groups are groups.want's.
func TestDupesStories(t *testing.T) {
	name := func(stem string) string { return filepath.Join(dedupeDir, stem+".txt") }
	res := runCmd(t, "", "dupes", dedupeDir)
	want := strings.Join([]string{
		name("doc0007") + "\t" + name("doc0090"),
		name("doc0041") + "\t" + name("doc0048"),
		name("doc0044") + "#1\t" + name("doc0063") + "\t" + name("doc0140"),
	}, "\n") + "\n"
	if res.code != 0 || res.stdout != want {
		t.Errorf("exit %d, stderr %q\n%s", res.code, res.stderr, cmp.Diff(want, res.stdout))
	}

	data, err := os.ReadFile(filepath.Join(dedupeDir, "groups.want"))
	if err != nil {
		t.Fatal(err)
	}
	want = ""
	for line := range strings.Lines(string(data)) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		var names []string
		for _, stem := range strings.Fields(line) {
			names = append(names, name(stem))
		}
		want += strings.Join(names, "\t") + "\n"
	}
	res = runCmd(t, "", "dupes", "--whole", dedupeDir)
	if res.code != 0 || res.stdout != want {
		t.Errorf("--whole: exit %d, stderr %q\n%s", res.code, res.stderr, cmp.Diff(want, res.stdout))
	}
}

// TestDupesJSON: --json gives each group's first document, every
// document's similarity to it and the pairs over the threshold.
func TestDupesJSON(t *testing.T) {
	dir := t.TempDir()
	story := "Central bank holds rates\n\nThe central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year, as wage growth slowed and energy prices eased.\n"
	other := "Council approves road budget\n\nThe city council approved a new budget for road repairs on Monday after a long debate about potholes, bus lanes and the cost of winter gritting across the district.\n"
	writeFile(t, filepath.Join(dir, "a.txt"), story)
	writeFile(t, filepath.Join(dir, "b.txt"), other)
	// Two stories in one file, the second a copy of a.txt's.
	writeFile(t, filepath.Join(dir, "c.txt"), "Storm closes schools across the county\n\nBy Ann Lee\n\n"+
		"A storm closed every school in the county on Friday, and the roads to the coast were shut by fallen trees and flooding overnight.\n\n"+
		"Officials said the schools would open again on Monday if the weather allowed it.\n\nShare on Facebook\n\n"+
		strings.Replace(strings.Replace(story, "\n\n", "\n\nBy John Roe\n\n", 1), "Thursday", "Thursday afternoon", 1))
	res := runCmd(t, "", "dupes", "--json", "-j", "3", dir)
	if res.code != 0 {
		t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
	}
	var groups []dupeGroupJSON
	for line := range strings.Lines(res.stdout) {
		var g dupeGroupJSON
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		groups = append(groups, g)
	}
	if len(groups) != 1 {
		t.Fatalf("%d groups, want 1:\n%s", len(groups), res.stdout)
	}
	g := groups[0]
	a, c2 := filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.txt")+"#2"
	if g.Group != 1 || g.First != a || len(g.Documents) != 2 || g.PairsOmitted {
		t.Fatalf("group %+v, want group 1 of a.txt and c.txt#2", g)
	}
	d0, d1 := g.Documents[0], g.Documents[1]
	if d0.ID != a || d0.Path != a || d0.Story != 0 || d0.Title != "Central bank holds rates" || d0.Similarity != 1 {
		t.Errorf("first document %+v", d0)
	}
	if d1.ID != c2 || d1.Path != filepath.Join(dir, "c.txt") || d1.Story != 2 || d1.Title != "Central bank holds rates" ||
		!(d1.Similarity >= 0.55 && d1.Similarity < 1) {
		t.Errorf("second document %+v, want c.txt's second story, similar but not the same", d1)
	}
	if len(g.Pairs) != 1 || g.Pairs[0] != (dupePairJSON{A: a, B: c2, Similarity: d1.Similarity}) {
		t.Errorf("pairs %+v, want the one pair with the second document's similarity", g.Pairs)
	}
	// No groups, no output.
	if res := runCmd(t, "", "dupes", "--json", filepath.Join(dir, "b.txt")); res.code != 0 || res.stdout != "" {
		t.Errorf("one input: exit %d, stdout %q", res.code, res.stdout)
	}
}

// TestDupesLargeGroup: a group of more than maxPairGroup documents lists
// its documents and not its pairs.
func TestDupesLargeGroup(t *testing.T) {
	dir := t.TempDir()
	story := "The central bank left interest rates unchanged on Thursday and said inflation would stay close to its target through next year, as wage growth slowed and energy prices eased.\n"
	for i := range maxPairGroup + 2 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), story)
	}
	res := runCmd(t, "", "dupes", "--json", dir)
	var g dupeGroupJSON
	if err := json.Unmarshal([]byte(res.stdout), &g); err != nil {
		t.Fatalf("%v: %.200s", err, res.stdout)
	}
	if len(g.Documents) != maxPairGroup+2 || !g.PairsOmitted || g.Pairs != nil {
		t.Errorf("%d documents, pairs omitted %v, %d pairs; want %d, true, none", len(g.Documents), g.PairsOmitted, len(g.Pairs), maxPairGroup+2)
	}
}

// TestDupesParallel: the groups do not depend on -j.
func TestDupesParallel(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata")
	serial := runCmd(t, "", "dupes", "--json", "-j", "1", dir)
	if serial.code != 0 || strings.Count(serial.stdout, "\n") < 3 {
		t.Fatalf("-j 1: exit %d, stdout %q", serial.code, serial.stdout)
	}
	for range 3 {
		if par := runCmd(t, "", "dupes", "--json", "-j", "4", dir); par != serial {
			t.Fatalf("-j 4 differs from -j 1:\n%s\n%s", serial.stdout, par.stdout)
		}
	}
}
