package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// fakeClock is a clock the test moves.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestProgressLine(t *testing.T) {
	clock := &fakeClock{t: time.Unix(1e9, 0)}
	var buf bytes.Buffer
	p := newProgressOn(&buf, 100, true, clock.now)
	draw := func() string {
		buf.Reset()
		p.mu.Lock()
		p.draw()
		p.mu.Unlock()
		return buf.String()
	}

	for range 10 {
		p.done(3, false, false)
	}
	if got := draw(); got != "" {
		t.Errorf("drawn before %v: %q", progressAfter, got)
	}
	clock.advance(2 * time.Second)
	if got, want := draw(), "\rnewstext: 10/100 inputs, 5.0/s, 18s left"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	p.done(0, true, false)
	clock.advance(200 * time.Second)
	if got, want := draw(), "\rnewstext: 11/100 inputs, 1 error, 0.1/s, 27m14s left"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// A shorter line blanks what is left of the longer one.
	for range 89 {
		p.done(1, false, false)
	}
	want := "\rnewstext: 100/100 inputs, 1 error, 0.5/s, 0.0s left"
	pad := len("newstext: 11/100 inputs, 1 error, 0.1/s, 27m14s left") - len(want[1:])
	if got := draw(); got != want+strings.Repeat(" ", pad)+want {
		t.Errorf("got %q, want the line padded and drawn again", got)
	}
	// A message clears the line first.
	buf.Reset()
	p.printf("newstext: reading x: no such file\n")
	if got, want := buf.String(), "\r"+strings.Repeat(" ", len(want)-1)+"\rnewstext: reading x: no such file\n"; got != want {
		t.Errorf("printf: got %q, want %q", got, want)
	}
	buf.Reset()
	p.summary()
	if got, want := buf.String(), "newstext: 100 inputs, 119 articles, 1 error in 3m22s\n"; got != want {
		t.Errorf("summary: got %q, want %q", got, want)
	}
	if got := draw(); got != "" {
		t.Errorf("drawn after the summary: %q", got)
	}
	p.stop() // again: nothing to do
}

func TestProgressUnknownTotal(t *testing.T) {
	clock := &fakeClock{t: time.Unix(1e9, 0)}
	var buf bytes.Buffer
	p := newProgressOn(&buf, -1, true, clock.now)
	p.noun = [2]string{"document", "documents"}
	p.done(1, false, false)
	clock.advance(4 * time.Second)
	p.mu.Lock()
	p.draw()
	p.mu.Unlock()
	if got, want := buf.String(), "\rnewstext: 1 inputs, 0.2/s"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	buf.Reset()
	p.summary()
	if got, want := buf.String(), "\r"+strings.Repeat(" ", len("newstext: 1 inputs, 0.2/s"))+"\rnewstext: 1 input, 1 document, 0 errors in 4.0s\n"; got != want {
		t.Errorf("summary: got %q, want %q", got, want)
	}
}

// TestProgressSkipped: the summary counts the inputs skipped because
// their output exists (--out-dir).
func TestProgressSkipped(t *testing.T) {
	clock := &fakeClock{t: time.Unix(1e9, 0)}
	var buf bytes.Buffer
	p := newProgressOn(&buf, -1, true, clock.now)
	p.done(3, false, false)
	p.done(0, false, true)
	p.done(0, false, true)
	p.summary()
	if got, want := buf.String(), "newstext: 3 inputs (2 skipped: output exists), 3 articles, 0 errors in 0.0s\n"; got != want {
		t.Errorf("summary: got %q, want %q", got, want)
	}
}

// TestProgressQuiet: off a terminal, or with -q, only the inputs' errors
// are written.
func TestProgressQuiet(t *testing.T) {
	clock := &fakeClock{t: time.Unix(1e9, 0)}
	for _, p := range []*progress{
		newProgress(&bytes.Buffer{}, 100, false, clock.now), // not a terminal
		newProgressOn(&bytes.Buffer{}, 100, false, clock.now),
	} {
		buf := p.w.(*bytes.Buffer)
		p.done(2, true, false)
		clock.advance(time.Minute)
		p.mu.Lock()
		p.draw()
		p.mu.Unlock()
		p.printf("newstext: reading x: no such file\n")
		p.summary()
		if got, want := buf.String(), "newstext: reading x: no such file\n"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	// The command on a pipe or a buffer writes no progress.
	res := runCmd(t, storyA, "-")
	if res.stderr != "" {
		t.Errorf("stderr %q, want none", res.stderr)
	}
}

func TestRoundDuration(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0.0s"}, {420 * time.Millisecond, "0.4s"}, {9940 * time.Millisecond, "9.9s"}, {42 * time.Second, "42s"},
		{187 * time.Second, "3m07s"}, {2*time.Hour + 5*time.Minute + 20*time.Second, "2h05m"},
	} {
		if got := roundDuration(tt.d); got != tt.want {
			t.Errorf("roundDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
