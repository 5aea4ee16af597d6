package pipeline

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newstext/newstext/beam/synth"
)

// TestBadInput: an input that cannot be read (gone between listing and
// reading, as a deleted shard), a WARC file with a damaged record, an
// empty file and an empty JSONL document are counted and skipped, and the
// run finishes with the articles of everything else.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	story := func(i int) string {
		return fmt.Sprintf("Story %d of the day\n\nThe council met on Monday to discuss item %d of the budget, and the vote was delayed until the end of the month after a long debate.\n", i, i)
	}
	var warc bytes.Buffer
	for i := range 3 {
		var page bytes.Buffer
		fmt.Fprintf(&page, "<!doctype html><html><head><title>Story %d</title></head><body><article><h1>Story %d</h1><p>The council met on Monday to discuss item %d of the budget, and the vote was delayed until the end of the month.</p></article></body></html>", i, i, i)
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", page.Len(), page.Bytes())
		rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/%d\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i, len(http), http)
		var member bytes.Buffer
		zw := gzip.NewWriter(&member)
		zw.Write([]byte(rec))
		zw.Close()
		m := member.Bytes()
		if i == 1 { // the second record's gzip member overwritten in its middle
			for k := len(m) / 2; k < len(m)/2+8; k++ {
				m[k] ^= 0x5a
			}
		}
		warc.Write(m)
	}
	write("a-crawl.warc.gz", warc.Bytes())
	write("b-empty.txt", nil)
	write("c-good.txt", []byte(story(1)))
	write("d-export.jsonl", []byte(`{"id": "j1", "text": "`+"Story 2 of the day\\n\\nThe mayor opened the new bridge on Tuesday, and traffic was light in the first hours after a quiet ceremony by the river."+`"}`+"\n"+`{"id": "j2", "text": ""}`+"\n"))
	gone := write("e-gone.txt", []byte(story(3)))
	inputs, err := Inputs(t.Context(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	_, counts := run(t, Options{Inputs: inputs, Read: ReadOptions{NoEntities: true, NoQuotes: true}})
	t.Logf("counters: %v", counts)
	for name, want := range map[string]int64{
		"inputs":            5,
		"inputs_unreadable": 1, // e-gone.txt
		"records_bad":       1, // the WARC's second record
		"inputs_empty":      1, // b-empty.txt
		"articles":          4, // two pages of the WARC, c-good.txt, j1
	} {
		if counts[name] != want {
			t.Errorf("counter %s = %d, want %d", name, counts[name], want)
		}
	}
	if counts["docs_empty"]+counts["records_bad"] < 2 {
		t.Errorf("the empty JSONL document is not counted: %v", counts)
	}
}

// TestSynthetic runs the pipeline on a synthetic corpus of 3,000
// documents in 4 files (newstext-beam synth: distinct stories, copies of
// some at known similarities, same-topic stories that must stay apart)
// and checks that its clusters are an Index's and agree with the known
// copies: pair precision and recall at least 0.99. The same check on
// 200,000 documents is in beam/README.md.
func TestSynthetic(t *testing.T) {
	m, err := synth.LearnDir(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	truth, err := synth.WriteCorpus(m, dir, 4, synth.Options{Docs: 3000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := Inputs(t.Context(), []string{filepath.Join(dir, "*.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	ro := ReadOptions{Single: true, NoEntities: true, NoQuotes: true}
	want, _, err := Reference(inputs, ro, truth.Threshold)
	if err != nil {
		t.Fatal(err)
	}
	got, counts := run(t, Options{Inputs: inputs, Shards: 4, Read: ro})
	t.Logf("counters: %v", counts)
	if same := ScorePairs(want, got); same.F1 != 1 {
		t.Errorf("pipeline against Index: %v", same)
	}
	score := ScorePairs(truth.Clusters, got)
	t.Logf("against the known copies: %v", score)
	if score.Precision < 0.99 || score.Recall < 0.99 {
		t.Errorf("against the known copies: %v", score)
	}
}
