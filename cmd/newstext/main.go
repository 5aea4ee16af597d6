// Newstext parses scraped news text and HTML pages into articles and
// prints them.
//
// Usage:
//
//	newstext [-o text|json|jsonl] [-j N] [-html|-text] [-max-size N] [PATH ...]
//
// Each PATH is a file, a directory or "-" for standard input; with no PATH
// newstext reads standard input. A directory is walked recursively, in
// lexical order, for files ending .txt, .html or .htm (any case); a file
// named on the command line is read whatever its name. A directory walk
// reads only regular files and symbolic links to them: a named pipe, a
// device or a socket found there (or a link to one) is reported as "not a
// regular file" and never opened.
//
// An input whose content opens like an HTML page (with a tag, after any
// byte order mark and white space, and with a tag such as <html>, <div> or
// <p> in its first kilobyte) is read as HTML, any other as text. UTF-16 with a byte order mark is decoded to
// UTF-8 first: for sniffing, and for text input before it is parsed, in
// which case spans index the decoded UTF-8 text, not the input's bytes.
// A UTF-8 byte order mark on text input is kept as it is.
//
// The flags are:
//
//	-o format
//		text (the default): a rendering for people, one block per input,
//		every text value quoted with strconv.Quote and every span printed
//		as start:end in UTF-8 bytes.
//		jsonl: one JSON object per input, on one line:
//		{"path": ..., "text": ..., "articles": [...]}, or
//		{"path": ..., "error": "..."} for an input that cannot be read.
//		"text" is the text the spans index when it is not the input's
//		bytes: the extracted text of an HTML page, or text input decoded
//		from UTF-16; it is left out otherwise, and no article carries a
//		"text" of its own. A record is written as it is encoded, an
//		article at a time, so the output grows with the input, not with
//		articles times text.
//		json: one indented JSON array of those same objects.
//	-j N
//		parse N inputs in parallel (default: the number of CPUs). The
//		output is in input order whatever N is, and is written as soon
//		as each input and all those before it are done.
//	-html, -text
//		read every input as HTML, or as text, whatever its content.
//	-aliases FILE
//		add the alias table in FILE (the format of the embedded
//		aliases.txt: "KIND: Display | alias | …" lines) to the embedded
//		one, for the entities and speakers of every article. A bad table
//		is bad usage.
//	-max-size N
//		refuse an input larger than N bytes (default 256MB). N is a
//		number of bytes, or one with a unit KB, MB, GB or TB, each a
//		power of 1024 ("256MB" is 256 MiB). A regular file is refused by
//		its size, unread; any other input (standard input, a pipe or a
//		device named on the command line) when reading it passes the
//		limit.
//
// An input that cannot be read, or is over -max-size, is reported on one
// line of standard error and in the output, and the run goes on; the exit
// status is then 1. Bad usage exits with status 2. When standard error is
// a terminal and there are more than 20 inputs, a progress line is kept
// on it.
//
// The subcommand "newstext canon [-aliases FILE] [NAME ...]" prints each name with its
// canonical key, the names keyed as one batch (a bare surname takes the
// key of the one full name in the list with that surname); with no NAME
// it reads one name a line from standard input, and reports and skips a line longer than 1 MiB. The subcommand
// "newstext dupes [-threshold T] [-html|-text] [-max-size N] [PATH ...]"
// prints one line per group of two or more inputs that are the same story
// (near-duplicates by [newstext.Index]), the paths separated by tabs,
// groups in the order of their first input.
//
// The names canon and dupes are reserved for subcommands; to read a file of
// that name, write it as ./canon.
package main

import (
	"bufio"
	"bytes"
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

// maxNameLine is the longest line runCanon reads from standard input as a
// name, in bytes; a longer line is skipped.
const maxNameLine = 1 << 20

// runCanon prints NAME<TAB>CANONICAL for each name given as an argument,
// or, with no argument, for each line of standard input, keyed as one
// batch (see [newstext.Resolver.KeyAll]), so the keys are printed once all
// the names are read. A line longer than [maxNameLine] is reported on
// standard error and skipped, and the lines after it are read; the exit
// status is then 1.
func runCanon(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("newstext canon", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), "usage: newstext canon [-aliases FILE] [NAME ...]\n\n")
		flags.PrintDefaults()
	}
	aliases := aliasesFlag(flags)
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	args = flags.Args()
	resolver, err := loadResolver(*aliases)
	if err != nil {
		fmt.Fprintf(stderr, "newstext: canon: %v\n", err)
		return 2
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	// The names are one batch (Resolver.KeyAll): a bare surname takes the
	// key of the one full name in the list with that surname.
	printAll := func(names []string) {
		for i, key := range resolver.KeyAll(names) {
			fmt.Fprintf(w, "%s\t%s\n", names[i], key)
		}
	}
	if len(args) > 0 {
		printAll(args)
		return 0
	}
	br := bufio.NewReaderSize(stdin, 64*1024)
	status := 0
	var names []string
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, maxNameLine)
		if tooLong {
			fmt.Fprintf(stderr, "newstext: canon: standard input line %d: longer than %d bytes, skipped\n", n, maxNameLine)
			status = 1
		} else if name := strings.TrimRight(line, "\r"); name != "" {
			names = append(names, name)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			printAll(names)
			w.Flush()
			fmt.Fprintf(stderr, "newstext: canon: reading standard input: %v\n", err)
			return 1
		}
	}
	printAll(names)
	return status
}

// readLine returns the next line of br without its "\n". A line longer
// than max bytes is read to its end but not kept: readLine returns "" and
// tooLong. err is io.EOF after the last line, which may be "" or lack its
// "\n"; any other error ends the input.
func readLine(br *bufio.Reader, max int) (line string, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		chunk = bytes.TrimSuffix(chunk, []byte("\n"))
		if !tooLong {
			if len(buf)+len(chunk) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return string(buf), tooLong, err
		}
	}
}

// runDupes prints one line per group of inputs that are the same story
// (two or more), the paths separated by tabs, groups in the order of their
// first input. An input that cannot be read is reported on standard error
// and the run goes on, ending with status 1.
func runDupes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("newstext dupes", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), "usage: newstext dupes [-threshold T] [-html|-text] [-max-size N] [PATH ...]\n\n")
		flags.PrintDefaults()
	}
	threshold := flags.Float64("threshold", newstext.DefaultThreshold, "similarity in (0, 1] at which two inputs are the same story")
	m := modeFlags(flags)
	limit := maxSizeFlag(flags)
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
	rd := newReader(stdin, rm, *limit, &newstext.Parser{})
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

const usage = `usage: newstext [-o text|json|jsonl] [-j N] [-html|-text] [-max-size N] [PATH ...]
       newstext canon [-aliases FILE] [NAME ...]   (names from the arguments, or one a line on standard input)
       newstext dupes [-threshold T] [-html|-text] [-max-size N] [PATH ...]   (groups of inputs that are the same story)

Newstext parses scraped news text and HTML pages into articles. Each PATH
is a file, a directory (walked for regular .txt, .html and .htm files) or
"-" for standard input; with no PATH it reads standard input. An input
whose content opens like an HTML page is read as HTML, any other as text;
-html and -text decide for every input. An input larger than -max-size
is refused.

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
	limit := maxSizeFlag(flags)
	aliases := aliasesFlag(flags)
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	resolver, err := loadResolver(*aliases)
	if err != nil {
		fmt.Fprintf(stderr, "newstext: %v\n", err)
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
	err = process(inputs, *jobs, newReader(stdin, rm, *limit, &newstext.Parser{Resolver: resolver}), func(i int, r result) error {
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

// aliasesFlag defines -aliases on flags and returns its value.
func aliasesFlag(flags *flag.FlagSet) *string {
	return flags.String("aliases", "", "add the alias table in `FILE` (the format of the embedded aliases.txt) to the embedded one")
}

// loadResolver returns the default Resolver when path is "", else a new
// Resolver with the embedded table and the one in the file at path.
func loadResolver(path string) (*newstext.Resolver, error) {
	if path == "" {
		return newstext.DefaultResolver(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-aliases: %v", err)
	}
	defer f.Close()
	r := newstext.NewResolver()
	if err := r.LoadAliases(f); err != nil {
		return nil, fmt.Errorf("-aliases %s: %v", path, err)
	}
	return r, nil
}

// maxSizeFlag defines -max-size on flags and returns its value.
func maxSizeFlag(flags *flag.FlagSet) *size {
	limit := defaultMaxSize
	flags.Var(&limit, "max-size", "refuse an input larger than `N` bytes (units KB, MB, GB: powers of 1024)")
	return &limit
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
