package main

import "testing"

// TestInPart: the fit and check parts split the documents, every third
// one (the third, the sixth, ...) to check, and "all" takes both.
func TestInPart(t *testing.T) {
	fit, check := 0, 0
	for i := range 174 {
		f, c := inPart(i, partFit), inPart(i, partCheck)
		if f == c {
			t.Fatalf("document %d: fit %v, check %v; want exactly one", i, f, c)
		}
		if !inPart(i, partAll) {
			t.Fatalf("document %d is not in all", i)
		}
		if c != (i%3 == 2) {
			t.Errorf("document %d: check %v", i, c)
		}
		if f {
			fit++
		} else {
			check++
		}
	}
	if fit != 116 || check != 58 {
		t.Errorf("174 documents split %d / %d, want 116 / 58", fit, check)
	}
}
