package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// batchGCPercent is the garbage collector's target the command runs with
// when the user sets neither GOGC nor GOMEMLIMIT: the heap may grow to five
// times what is live before a collection, not twice. Parsing allocates a
// great deal that dies within one document, so the default target spends
// a tenth of the run collecting, and with -j 2 the two workers' collections
// hold each other up.
const batchGCPercent = 400

// largeGCPercent is the target while a large document (see renderLater) is
// parsed: its live data is many times its size already, and at
// batchGCPercent the peak would be twice what the runtime's default gives.
const largeGCPercent = 100

// A gcTuner sets the garbage collector for a batch run (see tune) and
// lowers its target while a large document is in flight (see parsing).
// It is safe for concurrent use.
type gcTuner struct {
	mu    sync.Mutex
	on    bool // tune set the target: the user set neither GOGC nor GOMEMLIMIT
	large int  // large documents being parsed
}

// tune sets the target batchGCPercent and a soft memory limit of half the
// memory the process may use, unless the user set GOGC or GOMEMLIMIT (then
// the runtime's own reading of them stands) or that memory cannot be read.
func (g *gcTuner) tune() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	total := usableMemory()
	if total == 0 {
		return
	}
	debug.SetMemoryLimit(int64(min(total/2, 1<<62)))
	debug.SetGCPercent(batchGCPercent)
	g.mu.Lock()
	g.on = true
	g.mu.Unlock()
}

// parsing notes that a document of size bytes is about to be parsed and
// returns the function to call once it is: while a document over
// renderLater bytes is in flight, the target is largeGCPercent.
func (g *gcTuner) parsing(size int) (done func()) {
	if size <= renderLater {
		return func() {}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.on {
		return func() {}
	}
	if g.large++; g.large == 1 {
		debug.SetGCPercent(largeGCPercent)
	}
	return func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if g.large--; g.large == 0 {
			debug.SetGCPercent(batchGCPercent)
		}
	}
}

// gc is the command's garbage collector tuning.
var gc gcTuner
