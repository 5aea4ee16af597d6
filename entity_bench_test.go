package newstext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkEntities finds the entities of the article fixtures (real
// scraped news), one text at a time. A Resolver caches what it says of
// each name across texts: "warm" keeps the cache from op to op (a corpus
// that names the same people again), "cold" empties it before each op, so
// that only the names repeated within the fixtures are found in it;
// "no-names" reads them in lower case without quotation marks
// (noNamesNoQuotes), where no word is a name.
func BenchmarkEntities(b *testing.B) {
	b.Run("warm", func(b *testing.B) {
		benchmarkFixtures(b, func(text string) { Entities(text) })
	})
	b.Run("cold", func(b *testing.B) {
		r := NewResolver()
		benchmarkFixturesEach(b, r.table().names.reset, func(text string) { r.Entities(text) })
	})
	// The fixtures' words with no name among them: what reading a
	// text's words costs before the rules for any name start.
	b.Run("no-names", func(b *testing.B) {
		var texts []string
		for _, fx := range readFixtures(b) {
			texts = append(texts, noNamesNoQuotes(fx.data))
		}
		benchmarkTexts(b, texts, nil, func(t string) {
			if len(Entities(t)) != 0 {
				b.Fatal("a name in a text in lower case")
			}
		})
	})
}

// benchmarkFixtures runs f on each article fixture, one text at a time,
// with the fixtures' bytes as the benchmark's bytes.
func benchmarkFixtures(b *testing.B, f func(text string)) { benchmarkFixturesEach(b, nil, f) }

// benchmarkFixturesEach is benchmarkFixtures calling op, when not nil,
// before each op's first text.
func benchmarkFixturesEach(b *testing.B, op func(), f func(text string)) {
	var texts []string
	for _, fx := range readFixtures(b) {
		texts = append(texts, fx.data)
	}
	benchmarkTexts(b, texts, op, f)
}

// benchmarkTexts runs f on each of texts, one at a time, with their bytes
// as the benchmark's bytes, calling op, when not nil, before each op's
// first text.
func benchmarkTexts(b *testing.B, texts []string, op func(), f func(text string)) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if op != nil {
			op()
		}
		for _, t := range texts {
			f(t)
		}
	}
}

// BenchmarkCanonical keys the names of the entity fixtures' mentions, as
// written; names/s is the figure to read.
func BenchmarkCanonical(b *testing.B) {
	files, _ := filepath.Glob("testdata/entity/*.txt")
	var names []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range Entities(string(data)) {
			for _, m := range e.Mentions {
				names = append(names, m.Text)
			}
		}
	}
	names = append(names, strings.Fields("Zelenskyy Kiev Donbass Lugansk Hizbullah")...)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, name := range names {
			Canonical(name)
		}
	}
	b.ReportMetric(float64(len(names)*b.N)/b.Elapsed().Seconds(), "names/s")
}
