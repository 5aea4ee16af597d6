package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/source"
	flag "github.com/spf13/pflag"
)

// A command is one subcommand's flag set and the text of its help.
type command struct {
	flags *flag.FlagSet
	// synopsis is the usage line(s), "newstext dupes [flags] [PATH ...]";
	// about is the paragraph after it. The flags follow.
	synopsis, about string
}

// newCommand returns a command whose flags are parsed GNU-style
// (github.com/spf13/pflag): long names with two dashes, one-letter short
// forms with one, flags before, between or after the operands, "--" ending
// them. -h and --help are handled by parse, which prints the help on
// standard output.
func newCommand(name, synopsis, about string) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parse reports errors itself, in one line
	fs.Usage = func() {}
	fs.SortFlags = false // in the order they are defined: the important first
	return &command{flags: fs, synopsis: synopsis, about: about}
}

// help writes the command's help: synopsis, description and flags.
func (c *command) help(w io.Writer) {
	fmt.Fprintf(w, "usage: %s\n\n%s\n\nFlags:\n%s", c.synopsis, strings.TrimSpace(c.about), flagUsages(c.flags))
}

// flagUsages returns one line per flag, in the order they are defined:
// its short and long forms, the name of its value (the usage's
// `quoted` word), what it does, and its default when that is not the
// zero value. -h, --help ends the list.
func flagUsages(fs *flag.FlagSet) string {
	type row struct{ left, right string }
	var rows []row
	fs.VisitAll(func(f *flag.Flag) {
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, usage := flag.UnquoteUsage(f)
		if f.Value.Type() != "bool" && name != "" {
			left += " " + name
		}
		switch f.DefValue {
		case "", "false", "0":
		default:
			usage += " (default " + f.DefValue + ")"
		}
		rows = append(rows, row{left, usage})
	})
	rows = append(rows, row{"  -h, --help", "print this help"})
	width := 0
	for _, r := range rows {
		width = max(width, len(r.left))
	}
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%-*s   %s\n", width, r.left, r.right)
	}
	return b.String()
}

// parse parses args. It returns the operands and -1 to go on, or the exit
// status to end with: 0 after printing the help (-h, --help) on stdout, 2
// after a one-line error and the synopsis on stderr.
func (c *command) parse(args []string, stdout, stderr io.Writer) ([]string, int) {
	err := c.flags.Parse(goStyleLongFlags(c.flags, args))
	switch {
	case errors.Is(err, flag.ErrHelp):
		c.help(stdout)
		return nil, 0
	case err != nil:
		c.usageError(stderr, err.Error())
		return nil, 2
	}
	return c.flags.Args(), -1
}

// parseNoOperands parses args for a command that takes flags only. It
// returns -1 to go on, or the exit status to end with (see parse); an
// operand is bad usage.
func (c *command) parseNoOperands(args []string, stdout, stderr io.Writer) int {
	operands, status := c.parse(args, stdout, stderr)
	if status < 0 && len(operands) > 0 {
		c.usageError(stderr, "takes no arguments")
		return 2
	}
	return status
}

// usageError reports bad usage on w: the reason in one line, then the
// synopsis and where the help is.
func (c *command) usageError(w io.Writer, reason string) {
	fmt.Fprintf(w, "%s: %s\nusage: %s\nRun '%s --help' for the flags.\n", c.flags.Name(), reason, c.synopsis, c.flags.Name())
}

// goStyleLongFlags returns args with each long flag written with one dash,
// as Go's flag package and the earlier versions of this command read
// them ("-max-size 1MB", "-html"), rewritten with two ("--max-size",
// "--html"), so that old scripts keep working: pflag would read "-html"
// as the short flags h, t, m and l. A token is rewritten only where a flag
// may stand: not after "--", and not as the value a flag before it takes.
func goStyleLongFlags(fs *flag.FlagSet, args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(out, args[i:]...)
		}
		if len(a) > 2 && a[0] == '-' && a[1] != '-' {
			name, _, _ := strings.Cut(a[1:], "=")
			if len(name) > 1 && fs.Lookup(name) != nil {
				a = "-" + a
			}
		}
		out = append(out, a)
		if takesNextArg(fs, a) && i+1 < len(args) {
			i++
			out = append(out, args[i])
		}
	}
	return out
}

// takesNextArg reports whether the flag token a is a flag that takes its
// value from the next argument: "--name" or a cluster of short flags
// ("-qo") whose last flag needs a value, with no "=value" or attached
// value.
func takesNextArg(fs *flag.FlagSet, a string) bool {
	needsValue := func(f *flag.Flag) bool { return f != nil && f.NoOptDefVal == "" }
	switch {
	case strings.HasPrefix(a, "--") && len(a) > 2:
		return !strings.Contains(a, "=") && needsValue(fs.Lookup(a[2:]))
	case len(a) > 1 && a[0] == '-':
		// Short flags: the first one that takes a value takes the rest of
		// the token, or else the next argument.
		for i := 1; i < len(a); i++ {
			f := fs.ShorthandLookup(a[i : i+1])
			if f == nil {
				return false
			}
			if needsValue(f) {
				return i == len(a)-1
			}
		}
	}
	return false
}

// defaultMaxSize is the default of --max-size: the source package's, 256 MiB.
const defaultMaxSize size = source.DefaultMaxSize

// maxSizeFlag defines --max-size and returns its value.
func maxSizeFlag(fs *flag.FlagSet) *size {
	limit := defaultMaxSize
	fs.Var(&limit, "max-size", "refuse a document (a file, a WARC record, a JSONL line) larger than `N` bytes (units KB, MB, GB: powers of 1024)")
	return &limit
}

// inputFormatFlags defines --input-format, --html and --text, and returns
// a function that, after parsing, gives the format they set (see
// source.Format), or an error, which is bad usage, when they disagree.
// --html is --input-format html, and --text is --input-format text.
func inputFormatFlags(fs *flag.FlagSet) func() (source.Format, error) {
	var format source.Format
	fs.TextVar(&format, "input-format", source.FormatAuto, "read each input as `FORMAT`: auto (by its content and name), text, html, warc or jsonl")
	html := fs.Bool("html", false, "read every input as an HTML page (--input-format html)")
	text := fs.Bool("text", false, "read every input as text, even one that looks like HTML (--input-format text)")
	return func() (source.Format, error) {
		var name string
		var f source.Format
		switch {
		case *html && *text:
			return 0, errors.New("--html and --text cannot both be set")
		case *html:
			name, f = "--html", source.FormatHTML
		case *text:
			name, f = "--text", source.FormatText
		default:
			return format, nil
		}
		if format != source.FormatAuto && format != f {
			return 0, fmt.Errorf("%s and --input-format %v cannot both be set", name, format)
		}
		return f, nil
	}
}

// aliasesFlag defines --aliases and returns its value.
func aliasesFlag(fs *flag.FlagSet) *string {
	return fs.String("aliases", "", "add the alias table in `FILE` (the format of the embedded aliases.txt) to the embedded one")
}

// loadResolver returns the default Resolver when path is "", else a new
// Resolver with the embedded table and the one in the file at path.
func loadResolver(path string) (*newstext.Resolver, error) {
	if path == "" {
		return newstext.DefaultResolver(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--aliases: %v", err)
	}
	defer f.Close()
	r := newstext.NewResolver()
	if err := r.LoadAliases(f); err != nil {
		return nil, fmt.Errorf("--aliases %s: %v", path, err)
	}
	return r, nil
}
