package main

import (
	"runtime/debug"
	"testing"
)

// gcPercent returns the garbage collector's target, leaving it as it is.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestGCTunerLarge checks that the target is largeGCPercent while any
// large document is in flight and batchGCPercent otherwise, and that
// nothing changes when the user set the collector (on is false).
func TestGCTunerLarge(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	g := &gcTuner{on: true}
	small := g.parsing(renderLater)
	if p := gcPercent(); p != batchGCPercent {
		t.Fatalf("a document of renderLater bytes: target %d, want %d", p, batchGCPercent)
	}
	small()
	done1 := g.parsing(renderLater + 1)
	done2 := g.parsing(renderLater + 1)
	if p := gcPercent(); p != largeGCPercent {
		t.Fatalf("two large documents in flight: target %d, want %d", p, largeGCPercent)
	}
	done1()
	if p := gcPercent(); p != largeGCPercent {
		t.Fatalf("one large document still in flight: target %d, want %d", p, largeGCPercent)
	}
	done2()
	if p := gcPercent(); p != batchGCPercent {
		t.Fatalf("no large document in flight: target %d, want %d", p, batchGCPercent)
	}
	off := &gcTuner{}
	done := off.parsing(renderLater + 1)
	if p := gcPercent(); p != batchGCPercent {
		t.Errorf("the user set the collector: target %d, want it left at %d", p, batchGCPercent)
	}
	done()
}
