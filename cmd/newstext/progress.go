package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

const (
	// progressEvery is the time between two redraws of the progress line.
	progressEvery = 250 * time.Millisecond
	// progressAfter is how long a run goes before the progress line
	// shows, so that a short run draws none.
	progressAfter = time.Second
)

// progress keeps the standard error of a run: the messages of the inputs
// that fail and, on a terminal, a progress line and a summary at the end.
// The line ("newstext: 120/4000 inputs, 35.2/s, 1m50s left") is redrawn
// every progressEvery once the run has gone on for progressAfter; the
// summary ("newstext: 4000 inputs, 9120 articles, 3 errors in 1m54s") ends
// the run. Neither is written when the writer is not a terminal or the run
// is quiet (-q). A progress is safe for concurrent use.
type progress struct {
	mu     sync.Mutex
	w      io.Writer
	active bool             // drawing a line and a summary
	total  int              // inputs in all; -1 when not known
	noun   [2]string        // what the inputs yield, one and many, for the summary: "article", "articles"
	now    func() time.Time // the clock
	start  time.Time

	inputs, items, errors int
	skipped               int // inputs not parsed again: their output exists (--out-dir)
	width                 int // of the line on screen, 0 when there is none
	stopTick              chan struct{}
	stopped               bool
}

// newProgress returns the progress of a run over total inputs that
// reports on w: with a line and a summary when w is a terminal and the run
// is not quiet.
func newProgress(w io.Writer, total int, quiet bool, now func() time.Time) *progress {
	p := newProgressOn(w, total, !quiet && isTerminal(w), now)
	if p.active {
		go p.tick()
	}
	return p
}

// newProgressOn returns a progress that draws when active, without the
// goroutine that redraws it: the tests call draw.
func newProgressOn(w io.Writer, total int, active bool, now func() time.Time) *progress {
	return &progress{w: w, active: active, total: total, noun: [2]string{"article", "articles"}, now: now, start: now(), stopTick: make(chan struct{})}
}

// tick redraws the line until the run stops.
func (p *progress) tick() {
	t := time.NewTicker(progressEvery)
	defer t.Stop()
	for {
		select {
		case <-p.stopTick:
			return
		case <-t.C:
			p.mu.Lock()
			p.draw()
			p.mu.Unlock()
		}
	}
}

// draw writes the progress line over the one on screen, once the run has
// gone on for progressAfter. p.mu is held.
func (p *progress) draw() {
	if !p.active || p.stopped {
		return
	}
	elapsed := p.now().Sub(p.start)
	if elapsed < progressAfter {
		return
	}
	line := fmt.Sprintf("newstext: %d inputs", p.inputs)
	if p.total >= 0 {
		line = fmt.Sprintf("newstext: %d/%d inputs", p.inputs, p.total)
	}
	if p.errors > 0 {
		line += fmt.Sprintf(", %d %s", p.errors, plural(p.errors, "error", "errors"))
	}
	if p.inputs > 0 {
		rate := float64(p.inputs) / elapsed.Seconds()
		line += fmt.Sprintf(", %.1f/s", rate)
		if p.total >= p.inputs {
			left := time.Duration(float64(p.total-p.inputs) / rate * float64(time.Second))
			line += ", " + roundDuration(left) + " left"
		}
	}
	pad := max(p.width-len(line), 0)
	fmt.Fprintf(p.w, "\r%s%*s", line, pad, "")
	if pad > 0 {
		fmt.Fprintf(p.w, "\r%s", line)
	}
	p.width = len(line)
}

// clearLocked erases the progress line, if one is shown. p.mu is held.
func (p *progress) clearLocked() {
	if p.width == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r%*s\r", p.width, "")
	p.width = 0
}

// cleared runs fn, which writes to the terminal the line is on, with the
// line erased and no redraw until fn returns.
func (p *progress) cleared(fn func() error) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clearLocked()
	return fn()
}

// printf writes a message on a line of its own; the progress line comes
// back at the next redraw.
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clearLocked()
	fmt.Fprintf(p.w, format, args...)
}

// done counts one input done, with the items (articles) it gave, whether
// it failed and whether it was skipped (its output exists).
func (p *progress) done(items int, failed, skipped bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inputs++
	p.items += items
	if failed {
		p.errors++
	}
	if skipped {
		p.skipped++
	}
}

// stop ends the redraws and erases the line. It may be called more than
// once.
func (p *progress) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.stopped {
		p.stopped = true
		close(p.stopTick)
	}
	p.clearLocked()
}

// summary stops the progress and, when it is active, writes the line that
// ends the run: inputs, items, errors and time.
func (p *progress) summary() {
	p.stop()
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.active {
		return
	}
	skipped := ""
	if p.skipped > 0 {
		skipped = fmt.Sprintf(" (%d skipped: output exists)", p.skipped)
	}
	fmt.Fprintf(p.w, "newstext: %d %s%s, %d %s, %d %s in %s\n",
		p.inputs, plural(p.inputs, "input", "inputs"), skipped,
		p.items, plural(p.items, p.noun[0], p.noun[1]),
		p.errors, plural(p.errors, "error", "errors"),
		roundDuration(p.now().Sub(p.start)))
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// roundDuration returns d as people read a time: "0.4s" under ten
// seconds, "42s", "3m07s", "2h05m".
func roundDuration(d time.Duration) string {
	switch {
	case d < 10*time.Second:
		return fmt.Sprintf("%.1fs", d.Seconds())
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Round(time.Second).Seconds()))
	case d < time.Hour:
		d = d.Round(time.Second)
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	d = d.Round(time.Minute)
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}
