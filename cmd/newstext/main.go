// Newstext parses scraped news text and HTML pages into articles and
// prints them.
//
// Install it with
//
//	go install github.com/newstext/newstext/cmd/newstext@latest
//
// Usage:
//
//	newstext [flags] [PATH ...]                 parse, and print the articles
//	newstext canon [--aliases FILE] [NAME ...]  print each name's canonical key
//	newstext dupes [flags] [PATH ...]           print the groups of inputs that are the same story
//	newstext schema                             print the JSON Schema of -o json and -o jsonl
//	newstext version                            print the version (also --version)
//	newstext help [COMMAND]                     print the help (also -h, --help)
//
// Flags are GNU-style: long names with two dashes (--max-size 1MB,
// --max-size=1MB), one-letter short forms with one (-o json, -ojson, -qv),
// before, between or after the paths; "--" ends them. A long flag written
// with one dash (-max-size, -html), as Go's flag package reads it, is read
// too. -h and --help print the help on standard output. An unknown flag,
// or a flag's bad value, is bad usage: one line on standard error and exit
// status 2.
//
// Each PATH is a file, a directory or "-" for standard input; with no PATH
// newstext reads standard input. The package
// github.com/newstext/newstext/source reads them, as it does for the
// examples and pipelines, one document at a time:
//
//   - Compression (gzip, bzip2, zstd) is undone first, told by its magic
//     bytes, not by the name: page.html.gz is a page.
//   - A WARC file (.warc, .warc.gz, or content opening "WARC/", as
//     Common Crawl and CC-NEWS write them) holds a document per HTML
//     response (2xx) or HTML resource record, named PATH#record N
//     (records counted from 1, every type counted); requests, metadata,
//     images and the like are passed over. The record's URL
//     (WARC-Target-URI) stands for --url, and the charset of its HTTP
//     Content-Type decodes a page that is not UTF-8.
//   - A JSONL file (.jsonl, .ndjson, or content opening `{"`) holds a
//     document per line, named PATH:N: {"url", "html"} is a page and
//     {"text"} text, with optional "date", "id" and "title".
//   - Any other input is one document: a page when its content opens
//     like one (with a tag, after any byte order mark and white space,
//     and with a tag such as <html>, <div> or <p> in its first kilobyte),
//     text otherwise. UTF-16 with a byte order mark is decoded to UTF-8
//     first: for sniffing, and for text before it is parsed, in which
//     case spans index the decoded UTF-8 text, not the input's bytes. A
//     UTF-8 byte order mark on text is kept as it is.
//
// --input-format decides the format of every input instead. A directory
// is walked recursively, in lexical order, for files whose names, less
// .gz, .bz2, .zst or .zstd, end .txt, .text, .html, .htm, .xhtml, .warc,
// .jsonl or .ndjson (any case); folders whose names start with "." are
// not entered. A file named on the command line is read whatever its
// name. A directory walk reads only regular files and symbolic links to
// them: a named pipe, a device or a socket found there (or a link to one)
// is reported as "not a regular file" and never opened.
//
// The flags of the default command are:
//
//	-o, --output FORMAT
//		text (the default): for people. Per article its headline, byline,
//		dateline, agency, date, site and address, the paragraphs, the
//		captions with their credits, the quotations as
//		SPEAKER (cue): "words", and the names it mentions, one line per
//		kind. No spans, no removed lines: see --debug.
//		markdown: each article as Markdown (headline, a line of byline,
//		dateline, date and site, paragraphs, captions), articles and
//		inputs separated by rules, each input named in an HTML comment.
//		jsonl: one JSON object per document, on one line:
//		{"schema_version": 1, "path": ..., "text": ..., "articles": [...]},
//		or {"schema_version": 1, "path": ..., "error": "..."} for an
//		input or record that cannot be read. A WARC record's or JSONL
//		line's object also has the "url", "date" and "id" its input
//		gives. "text" is the text the spans index when it is not the
//		document's bytes: the extracted text of an HTML page, or text
//		input decoded from UTF-16; it is left out otherwise, and no
//		article carries a "text" of its own, so a record grows with the
//		input, not with articles times text. The JSON Schema of the
//		records is in schema.json beside this file, and "newstext
//		schema" prints it.
//		json: one indented JSON array of those same objects.
//	-v, --debug
//		with -o text: every field with its span (start:end in UTF-8
//		bytes), every text quoted with strconv.Quote so that invisible
//		characters show, and the removed lines with their reasons.
//	--fields LIST
//		with -o json or jsonl: the members each article carries, comma
//		separated, from the Article's JSON names (span, title,
//		title_span, byline, ..., entities, quotes), plus "body" (the
//		paragraphs' texts joined by blank lines, not written by
//		default) and "text" (the record's text). Default: all of them
//		but body. Entities and quotes are not looked for when the list
//		leaves them out.
//	-j, --jobs N
//		parse N inputs in parallel, and render their output (default:
//		the number of CPUs). The output is in input order whatever N is,
//		and is written as soon as each input and all those before it are
//		done.
//	--input-format FORMAT
//		how every input is read: auto (the default: by its content and
//		name, as above), text or html (each input one document, whatever
//		its content), warc or jsonl.
//	--html, --text
//		read every input as HTML, or as text, whatever its content: the
//		same as --input-format html or text.
//	--out-dir DIR
//		write the output of each document to a file of its own in DIR
//		(made if need be) instead of standard output: what newstext -o
//		FORMAT prints for that document alone, in a file named after the
//		document (its name with every character other than an ASCII
//		letter, digit, ".", "-" or "_" made "_", and a hash of it:
//		crawl.warc.gz_record_17-1a2b3c4d.json), ending .txt, .md, .json
//		or .jsonl. A document whose file is there already is not parsed
//		again, so a run stopped part way goes on where it stopped when
//		started again. Each file is written under a temporary name and
//		renamed when whole: a stopped run leaves no half-written output
//		(at most a hidden .NAME.RANDOM.tmp). A document that cannot be
//		read gets no file.
//	--aliases FILE
//		add the alias table in FILE (the format of the embedded
//		aliases.txt: "KIND: Display | alias | …" lines) to the embedded
//		one, for the entities and speakers of every article. A bad table
//		is bad usage.
//	--no-entities, --no-quotes
//		do not look for the names, or the quotations, the articles hold
//		(newstext.Parser's NoEntities and NoQuotes): with both, parsing
//		text runs more than three times as fast.
//	--url URL
//		the address the one input (an HTML page) was fetched from: the
//		article's url where the page declares none, the base of a
//		relative one, and the site's name where the page gives none
//		(newstext.Parser's URL). It takes one PATH, not a directory; a
//		document whose input gives its URL (a WARC record, a JSONL line
//		with "url") keeps its own.
//	--max-size N
//		refuse a document larger than N bytes (default 256MB): a file
//		(decompressed), a WARC record's page, a JSONL line. N is a
//		number of bytes, or one with a unit KB, MB, GB or TB, each a
//		power of 1024 ("256MB" is 256 MiB). A regular file is refused by
//		its size, unread; any other input (standard input, a pipe or a
//		device named on the command line) when reading it passes the
//		limit.
//	-q, --quiet
//		no progress line and no summary on standard error.
//	--version
//		print the version and exit.
//
// An input that cannot be read, or a record of one (a truncated or
// corrupt gzip member, a damaged WARC record, a JSONL line that is not
// JSON), or one over --max-size, is reported on one line of standard error
// naming the input and the record ("reading crawl.warc.gz: record 17
// (gzip member at byte 1234): ...", "reading pages.jsonl: line 42: ..."),
// and in the output; the run goes on with the next record or input, and
// the exit status is then 1. So is an empty file, a directory in which
// no file is read, and a file of binary data (not with --text). Bad usage
// exits with status 2.
//
// When standard error is a terminal, a line on it shows the progress of a
// run that lasts (documents done and a second; the number to come is not
// known in advance, since a WARC or JSONL file holds many), and a summary
// ends the run: documents (and how many --out-dir skipped), articles,
// errors and time. Neither is written when standard error is not a
// terminal, or with -q.
//
// "newstext canon [--aliases FILE] [NAME ...]" prints each name with its
// canonical key, the names keyed as one batch (a bare surname takes the key
// of the one full name in the list with that surname); with no NAME it
// reads one name a line from standard input, and reports and skips a line
// longer than 1 MiB.
//
// "newstext dupes [flags] [PATH ...]" prints one line per group of two or
// more documents that are the same story (near-duplicates by
// [newstext.Index]), their names separated by tabs, groups in the order of
// their first document; with --json, one JSON object per group with the
// similarities. It reads its PATHs as newstext does (a WARC record or a
// JSONL line is an input of its own). An input that holds several stories
// counts as one document per story, named PATH#N; --whole signs every
// input whole. See "newstext help dupes".
//
// The names canon, dupes, schema, version and help are reserved for
// subcommands; to read a file of that name, write it as ./canon.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
)

func main() {
	gc.tune()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// subcommands maps each subcommand's name to the function that runs it
// with the arguments after its name.
var subcommands map[string]func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

func init() {
	subcommands = map[string]func(args []string, stdin io.Reader, stdout, stderr io.Writer) int{
		"canon":   runCanon,
		"dupes":   runDupes,
		"schema":  runSchema,
		"version": runVersion,
		"help":    runHelp,
	}
}

// run runs the command with the arguments after the program name and
// returns the exit status: 0 for success, 1 when an input failed or the
// output could not be written, 2 for bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if sub, ok := subcommands[args[0]]; ok {
			return sub(args[1:], stdin, stdout, stderr)
		}
	}
	return runParse(args, stdin, stdout, stderr)
}

// parseCommand returns the default command's flag set: the synopsis and
// help text and the flags, defined on it.
func parseCommand() (*command, *parseFlags) {
	c := newCommand("newstext", "newstext [flags] [PATH ...]\n       newstext canon|dupes|schema|version|help [...]", `
Newstext parses scraped news text and HTML pages into articles. Each PATH
is a file, a directory (walked for .txt, .html, .htm, .warc and .jsonl
files, gzip, bzip2 or zstd compressed or not) or "-" for standard input;
with no PATH it reads standard input. A WARC file holds a page per HTML
response, a JSONL file a document per line ({"url","html"} or {"text"});
any other input is a page when its content opens like one, else text.
An input or record that cannot be read is reported on one line of
standard error, the run goes on and exits with status 1.

Subcommands:
  canon    print each name's canonical key      (newstext help canon)
  dupes    group the inputs that are the same story  (newstext help dupes)
  schema   print the JSON Schema of -o json and -o jsonl
  version  print the version
  help     print this help, or a subcommand's`)
	fs := c.flags
	f := &parseFlags{}
	fs.StringVarP(&f.output, "output", "o", "text", "the `FORMAT` of the output: text, markdown, json or jsonl")
	fs.BoolVarP(&f.debug, "debug", "v", false, "with -o text: every span and removed line, texts quoted")
	fs.StringVar(&f.fields, "fields", "", "with -o json/jsonl: the article members to write, comma-separated (`LIST` of JSON names; also body, text)")
	fs.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "parse `N` inputs in parallel")
	f.format = inputFormatFlags(fs)
	fs.StringVar(&f.outDir, "out-dir", "", "write each document's output to a file of its own in `DIR`, skipping those already there")
	f.aliases = aliasesFlag(fs)
	fs.BoolVar(&f.noEntities, "no-entities", false, "do not look for the names of people, places and organisations")
	fs.BoolVar(&f.noQuotes, "no-quotes", false, "do not look for quotations")
	fs.StringVar(&f.url, "url", "", "the `URL` the one input, a page, was fetched from")
	f.limit = maxSizeFlag(fs)
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "no progress line or summary on a terminal")
	fs.BoolVar(&f.version, "version", false, "print the version and exit")
	return c, f
}

// parseFlags are the values of the default command's flags.
type parseFlags struct {
	output, fields, url   string
	outDir                string
	debug, quiet, version bool
	fieldsSet             bool // --fields was given
	noEntities, noQuotes  bool
	jobs                  int
	format                func() (source.Format, error)
	aliases               *string
	limit                 *size
}

// runParse is the default command: parse every input and print the articles.
func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, f := parseCommand()
	paths, status := c.parse(args, stdout, stderr)
	if status >= 0 {
		return status
	}
	if f.version {
		writeVersion(stdout)
		return 0
	}
	f.fieldsSet = c.flags.Changed("fields")
	set, err := f.settings()
	if err != nil {
		c.usageError(stderr, err.Error())
		return 2
	}

	if err := checkURL(f.url, paths); err != nil {
		c.usageError(stderr, err.Error())
		return 2
	}
	var out recordWriter = newStreamWriter(stdout, set.output.frame)
	rd := newReader(stdin, paths, set.format, *f.limit, set.parser)
	if f.outDir != "" {
		od := &outDir{dir: f.outDir, ext: outExt[f.output], frame: set.output.frame}
		if err := os.MkdirAll(od.dir, 0o777); err != nil {
			fmt.Fprintf(stderr, "newstext: --out-dir: %v\n", err)
			return 1
		}
		out, rd.skip = od, od.exists
	}
	prog := newProgress(stderr, -1, f.quiet, time.Now)
	defer prog.stop()
	outputOnTerminal := f.outDir == "" && isTerminal(stdout)
	failed := false
	// The workers parse and render; the writing, in order, only copies.
	work := func(doc source.Doc, err error) rendered {
		done := gc.parsing(len(doc.Body)) // until the result is written
		r := set.output.render(rd.do(doc, err))
		r.gcDone = done
		return r
	}
	err = process(rd.docs(paths), f.jobs, work, func(r rendered) error {
		defer r.gcDone()
		if r.err != nil {
			failed = true
			prog.printf("newstext: %v\n", r.err)
		}
		if r.failed != nil {
			return r.failed
		}
		write := func() error { return out.write(r) }
		if outputOnTerminal {
			// The output goes where the progress line is: not under it.
			write = func() error { return prog.cleared(func() error { return out.write(r) }) }
		}
		if err := write(); err != nil {
			return err
		}
		r.free()
		prog.done(r.articles, r.err != nil, r.skipped)
		return nil
	})
	if err == nil {
		err = out.close()
	}
	if err != nil {
		prog.printf("newstext: writing output: %v\n", err)
		return 1
	}
	prog.summary()
	if failed {
		return 1
	}
	return 0
}

// checkURL returns an error, which is bad usage, when --url is given with
// more than one input or with a directory: it names the address of one
// page.
func checkURL(url string, paths []string) error {
	switch {
	case url == "":
		return nil
	case len(paths) > 1:
		return fmt.Errorf("--url names the address of one page; %d inputs given", len(paths))
	case len(paths) == 1 && paths[0] != stdinPath:
		if fi, err := os.Stat(paths[0]); err == nil && fi.IsDir() {
			return fmt.Errorf("--url names the address of one page; %s is a directory", paths[0])
		}
	}
	return nil
}

// settings are what the default command's flags set.
type settings struct {
	output outputFormat
	format source.Format
	parser *newstext.Parser
}

// settings returns what the flags set, or an error that says why they do
// not go together, which is bad usage.
func (f *parseFlags) settings() (settings, error) {
	var opts outputOptions
	fail := func(format string, args ...any) (settings, error) {
		return settings{}, fmt.Errorf(format, args...)
	}
	newFormat, ok := formats[f.output]
	if !ok {
		return fail("unknown output format %q (want text, markdown, json or jsonl)", f.output)
	}
	if f.jobs < 1 {
		return fail("--jobs %d: need at least 1", f.jobs)
	}
	format, err := f.format()
	if err != nil {
		return fail("%v", err)
	}
	isJSON := f.output == "json" || f.output == "jsonl"
	if f.debug && f.output != "text" {
		return fail("--debug goes with -o text")
	}
	opts.debug = f.debug
	parser := &newstext.Parser{NoEntities: f.noEntities, NoQuotes: f.noQuotes, URL: f.url}
	switch {
	case f.fieldsSet && !isJSON:
		return fail("--fields goes with -o json or -o jsonl")
	case f.fieldsSet:
		fields, err := parseFields(f.fields)
		if err != nil {
			return fail("--fields: %v", err)
		}
		for _, off := range []struct {
			name string
			set  bool
		}{{"entities", f.noEntities}, {"quotes", f.noQuotes}} {
			if off.set && fields[off.name] {
				return fail("--fields %s with --no-%s", off.name, off.name)
			}
		}
		opts.fields = fields
		// What the output leaves out is not looked for.
		parser.NoEntities = parser.NoEntities || !fields["entities"]
		parser.NoQuotes = parser.NoQuotes || !fields["quotes"]
	case isJSON:
		opts.fields = defaultFields()
		opts.fields["entities"] = !f.noEntities
		opts.fields["quotes"] = !f.noQuotes
	}
	resolver, err := loadResolver(*f.aliases)
	if err != nil {
		return fail("%v", err)
	}
	parser.Resolver = resolver
	return settings{output: newFormat(opts), format: format, parser: parser}, nil
}

// runHelp prints the help of the command, or of the subcommand named.
func runHelp(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || len(args) == 1 && (args[0] == "-h" || args[0] == "--help") {
		c, _ := parseCommand()
		c.help(stdout)
		return 0
	}
	if len(args) == 1 {
		if sub, ok := subcommands[args[0]]; ok {
			return sub([]string{"--help"}, strings.NewReader(""), stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "newstext help: unknown command %q (want canon, dupes, schema, version or help)\n", strings.Join(args, " "))
	return 2
}

// runVersion prints the version.
func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("newstext version", "newstext version", "Version prints the version of newstext, the Go version it was built with\nand, when the build recorded it, the commit.")
	if status := c.parseNoOperands(args, stdout, stderr); status >= 0 {
		return status
	}
	writeVersion(stdout)
	return 0
}
