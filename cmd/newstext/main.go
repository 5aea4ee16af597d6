// Newstext parses scraped news text into articles and prints them.
//
// Usage:
//
//	newstext [-o text|json|jsonl] [-j N] [PATH ...]
//
// Each PATH is a file, a directory or "-" for standard input; with no PATH
// newstext reads standard input. A directory is walked recursively, in
// lexical order, for files ending .txt, .html or .htm (any case); a file
// named on the command line is read whatever its name. HTML is read as
// text for now.
//
// The flags are:
//
//	-o format
//		text (the default): a rendering for people, one block per input,
//		every text value quoted with strconv.Quote and every span printed
//		as start:end in UTF-8 bytes.
//		jsonl: one JSON object per input, {"path": ..., "articles": [...]}
//		or {"path": ..., "error": "..."} for an input that cannot be read.
//		json: one indented JSON array of those same objects.
//	-j N
//		parse N inputs in parallel (default: the number of CPUs). The
//		output is in input order whatever N is, and is written as soon
//		as each input and all those before it are done.
//
// An input that cannot be read is reported on standard error and in the
// output, and the run goes on; the exit status is then 1. Bad usage exits
// with status 2. When standard error is a terminal and there are more than
// 20 inputs, a progress line is kept on it.
//
// The subcommand "newstext canon [NAME ...]" prints each name with its
// canonical key. The subcommand "newstext dupes [-threshold T] [PATH ...]"
// prints one line per group of two or more inputs that are the same story
// (near-duplicates by [newstext.Index]), the paths separated by tabs, groups
// in the order of their first input.
//
// The names canon and dupes are reserved for subcommands; to read a file of
// that name, write it as ./canon.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/newstext/newstext"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs the command with the arguments after the program name and
// returns the exit status: 0 for success, 1 when an input failed or the
// output could not be written, 2 for bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		// A subcommand is one function and one case here.
		switch args[0] {
		case "canon":
			return runCanon(args[1:], stdin, stdout, stderr)
		case "dupes":
			return runDupes(args[1:], stdin, stdout, stderr)
		}
	}
	return runParse(args, stdin, stdout, stderr)
}

// runCanon prints NAME<TAB>CANONICAL for each name given as an argument,
// or, with no argument, for each line of standard input.
func runCanon(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	print := func(name string) {
		fmt.Fprintf(w, "%s\t%s\n", name, newstext.Canonical(name))
	}
	if len(args) > 0 {
		for _, name := range args {
			print(name)
		}
		return 0
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if name := strings.TrimRight(sc.Text(), "\r"); name != "" {
			print(name)
		}
	}
	if err := sc.Err(); err != nil {
		w.Flush()
		fmt.Fprintf(stderr, "newstext: canon: reading standard input: %v\n", err)
		return 1
	}
	return 0
}

// runDupes prints one line per group of inputs that are the same story
// (two or more), the paths separated by tabs, groups in the order of their
// first input. An input that cannot be read is reported on standard error
// and the run goes on, ending with status 1.
func runDupes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("newstext dupes", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), "usage: newstext dupes [-threshold T] [-html|-text] [PATH ...]\n\n")
		flags.PrintDefaults()
	}
	threshold := flags.Float64("threshold", newstext.DefaultThreshold, "similarity in (0, 1] at which two inputs are the same story")
	m := modeFlags(flags)
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if !(*threshold > 0 && *threshold <= 1) {
		fmt.Fprintf(stderr, "newstext: dupes: -threshold %v: want a number in (0, 1]\n", *threshold)
		return 2
	}
	rm, ok := m()
	if !ok {
		fmt.Fprintln(stderr, "newstext: dupes: -html and -text cannot both be set")
		return 2
	}
	ix := newstext.NewIndex(*threshold)
	rd := newReader(stdin, rm)
	failed := false
	for _, in := range list(flags.Args()) {
		data, err := rd.read(in)
		if err != nil {
			fmt.Fprintf(stderr, "newstext: %v\n", err)
			failed = true
			continue
		}
		ix.AddSignature(in.path, newstext.Sign(storyText(rm, data)))
	}
	w := bufio.NewWriter(stdout)
	for _, group := range ix.Clusters() {
		fmt.Fprintln(w, strings.Join(group, "\t"))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "newstext: writing output: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

const usage = `usage: newstext [-o text|json|jsonl] [-j N] [-html|-text] [PATH ...]
       newstext canon [NAME ...]   (names from the arguments, or one a line on standard input)
       newstext dupes [-threshold T] [-html|-text] [PATH ...]   (groups of inputs that are the same story)

Newstext parses scraped news text and HTML pages into articles. Each PATH
is a file, a directory (walked for .txt, .html and .htm files) or "-" for
standard input; with no PATH it reads standard input. An input whose
content opens like an HTML page is read as HTML, any other as text;
-html and -text decide for every input.

`

// runParse is the default command: parse every input and print the articles.
func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("newstext", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), usage)
		flags.PrintDefaults()
	}
	format := flags.String("o", "text", "output `format`: text, json or jsonl")
	jobs := flags.Int("j", runtime.NumCPU(), "parse `N` inputs in parallel")
	m := modeFlags(flags)
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	newWriter, ok := formats[*format]
	if !ok {
		fmt.Fprintf(stderr, "newstext: unknown output format %q (want text, json or jsonl)\n", *format)
		return 2
	}
	if *jobs < 1 {
		fmt.Fprintf(stderr, "newstext: -j %d: need at least 1\n", *jobs)
		return 2
	}
	rm, ok := m()
	if !ok {
		fmt.Fprintln(stderr, "newstext: -html and -text cannot both be set")
		return 2
	}

	inputs := list(flags.Args())
	prog := newProgress(stderr, len(inputs))
	clearBeforeOutput := isTerminal(stdout)
	out := newWriter(stdout)
	failed := false
	err := process(inputs, *jobs, newReader(stdin, rm), func(i int, r result) error {
		if r.err != nil {
			failed = true
			prog.clear()
			fmt.Fprintf(stderr, "newstext: %v\n", r.err)
		}
		if clearBeforeOutput {
			prog.clear()
		}
		if err := out.write(r); err != nil {
			return err
		}
		prog.update(i + 1)
		return nil
	})
	if err == nil {
		err = out.close()
	}
	prog.clear()
	if err != nil {
		fmt.Fprintf(stderr, "newstext: writing output: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// modeFlags defines -html and -text on flags and returns a function that,
// after parsing, gives the mode they set, or false when both are set.
func modeFlags(flags *flag.FlagSet) func() (mode, bool) {
	html := flags.Bool("html", false, "read every input as an HTML page")
	text := flags.Bool("text", false, "read every input as text, even one that looks like HTML")
	return func() (mode, bool) {
		switch {
		case *html && *text:
			return 0, false
		case *html:
			return modeHTML, true
		case *text:
			return modeText, true
		}
		return modeSniff, true
	}
}
