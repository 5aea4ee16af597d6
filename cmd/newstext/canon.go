package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

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
	c := newCommand("newstext canon", "newstext canon [--aliases FILE] [NAME ...]", `
Canon prints each name with its canonical key, NAME<TAB>KEY a line: the key
every spelling of the name shares ("Zelenskyy" and "Mr. Zelensky's" give
"Volodymyr Zelensky", "Kiev" gives "Kyiv"). The names are keyed as one
batch: a bare surname takes the key of the one full name in the list with
that surname. With no NAME, canon reads one name a line from standard
input; a line longer than 1 MiB is reported and skipped. A name that starts
with a dash goes after "--".`)
	aliases := aliasesFlag(c.flags)
	args, status := c.parse(args, stdout, stderr)
	if status >= 0 {
		return status
	}
	resolver, err := loadResolver(*aliases)
	if err != nil {
		c.usageError(stderr, err.Error())
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
	status = 0
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
