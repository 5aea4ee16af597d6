package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"

	"github.com/newstext/newstext"
)

// memoryCases are the inputs whose peak memory `eval memory` measures:
// the shapes issue 10 found costly, each as a maker of n bytes and the
// entry point it goes through.
var memoryCases = []struct {
	name string
	html bool
	make func(n int) string
}{
	{"name-dense", false, func(n int) string {
		names := []string{"Zelensky", "Kyiv", "Macron", "Boris", "Johnson", "Ukraine", "Paris", "Anna",
			"Lee", "Smith", "Berlin", "Moscow", "Olena", "Kowalczyk", "Dnipro", "Reuters"}
		r := rand.New(rand.NewPCG(3, 4))
		return linesOf(n, func(b *strings.Builder) {
			for j := range 12 {
				if j > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(names[r.IntN(len(names))])
			}
		})
	}},
	{"name-dense-unknown", false, func(n int) string {
		// Capitalised made-up words: every run is a name no table knows.
		r := rand.New(rand.NewPCG(5, 6))
		syl := []string{"ka", "lo", "mi", "ne", "su", "ta", "vor", "zel", "dan", "rik"}
		return linesOf(n, func(b *strings.Builder) {
			for j := range 12 {
				if j > 0 {
					b.WriteByte(' ')
				}
				w := syl[r.IntN(len(syl))] + syl[r.IntN(len(syl))] + syl[r.IntN(len(syl))]
				b.WriteString(strings.ToUpper(w[:1]) + w[1:])
			}
		})
	}},
	{"short-lines", false, func(n int) string {
		i := 0
		return linesOf(n, func(b *strings.Builder) { fmt.Fprintf(b, "Share\nLine %d\na\n", i); i++ })
	}},
	{"headlines", false, func(n int) string {
		i := 0
		return linesOf(n, func(b *strings.Builder) { fmt.Fprintf(b, "Local Council Votes On Budget %d <i>", i); i++ })
	}},
	{"prose", false, func(n int) string {
		s := "LONDON (Reuters) - Prime Minister Keir Starmer said on Tuesday that Britain would \"stand with Ukraine\", " +
			"after talks with President Volodymyr Zelensky in Kyiv. \"We will not back down,\" he added.\n\n"
		return strings.Repeat(s, n/len(s)+1)
	}},
	{"one-line", false, func(n int) string {
		// The prose case with no line end at all: a dump that lost its
		// line breaks, names, titled surnames and quotes on one line.
		s := "LONDON (Reuters) - Prime Minister Keir Starmer said on Tuesday that Britain would \"stand with Ukraine\", " +
			"after talks with Mr Zelensky in Kyiv. \"We will not back down,\" Mr Starmer added. "
		return strings.Repeat(s, n/len(s)+1)
	}},
	{"live-page", true, func(n int) string {
		var b strings.Builder
		b.WriteString("<html><body><main><h1>Live: the summit</h1>\n")
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "<article><h2>Update %d</h2><p>Ministers met for round %d, and Anna Lee said \"we are close\".</p></article>\n", i, i)
		}
		b.WriteString("</main></body></html>")
		return b.String()
	}},
}

// linesOf returns at least n bytes of lines that line writes.
func linesOf(n int, line func(b *strings.Builder)) string {
	var b strings.Builder
	b.Grow(n + 256)
	for b.Len() < n {
		line(&b)
		b.WriteByte('\n')
	}
	return b.String()
}

// runMemory measures the peak resident memory of one Parse (or ParseHTML)
// of each case, as a multiple of the input's size. Each case runs in a
// child process of its own (this program, re-run with -child), whose peak
// resident set the kernel reports when it exits (getrusage ru_maxrss, what
// /usr/bin/time -v prints as "Maximum resident set size"). The child
// builds its input, lets the garbage collector run, and parses it once;
// the figure includes the input itself and the Go runtime.
func runMemory(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("memory", flag.ContinueOnError)
	mb := fs.Int("mb", 25, "input size in MB")
	child := fs.String("child", "", "run one case in this process (used by the parent)")
	most := fs.Float64("max", 0, "fail when a case's peak passes this multiple of its input (0: report only)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *child != "" {
		for _, c := range memoryCases {
			if c.name == *child {
				in := c.make(*mb << 20)
				runtime.GC()
				if c.html {
					_, err := newstext.ParseHTML(strings.NewReader(in))
					return err
				}
				newstext.Parse(in)
				return nil
			}
		}
		return fmt.Errorf("no case %q", *child)
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%-20s %10s %12s %8s\n", "case", "input MB", "peak RSS MB", "ratio")
	var over []string
	for _, c := range memoryCases {
		cmd := exec.Command(exe, "memory", "-mb", fmt.Sprint(*mb), "-child", c.name)
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%s: %v", c.name, err)
		}
		ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		if !ok {
			return fmt.Errorf("no resource usage on this system")
		}
		peak := float64(ru.Maxrss) * 1024 // kilobytes on Linux
		in := float64(len(c.make(*mb << 20)))
		fmt.Fprintf(stdout, "%-20s %10.1f %12.1f %7.1fx\n", c.name, in/(1<<20), peak/(1<<20), peak/in)
		if *most > 0 && peak/in > *most {
			over = append(over, c.name)
		}
	}
	if len(over) > 0 {
		return fmt.Errorf("peak memory over %gx the input: %s", *most, strings.Join(over, ", "))
	}
	return nil
}
