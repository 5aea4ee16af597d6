package main

import (
	"testing"

	"github.com/newstext/newstext/internal/golden"
)

// TestGolden runs titles with the arguments of each testdata/NAME.args
// and compares what it prints with testdata/NAME.golden. After a
// deliberate change: go test ./examples/titles -update, then read git diff.
func TestGolden(t *testing.T) { golden.Run(t, run) }
