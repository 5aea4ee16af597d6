package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// An outDir writes the output of each document to a file of its own in a
// directory (--out-dir): what the command would print for that document
// alone in the chosen format (its rendering in the format's frame), in a
// file named by [outName] with the format's extension. A run that is
// stopped and started again goes on where it stopped: a document whose
// file exists is not parsed again (see [outDir.exists]), and a file is
// written under a temporary name and renamed into place once it is whole,
// so a run killed part way leaves no half-written file under an output's
// name (at most a temporary one, ".NAME.RANDOM.tmp", which no run reads).
// A document that cannot be read gets no file, so the next run tries it
// again.
type outDir struct {
	dir   string
	ext   string // the format's: ".txt", ".md", ".json", ".jsonl"
	frame frame  // the format's
}

// outExt maps each -o value to the extension of its files.
var outExt = map[string]string{"text": ".txt", "markdown": ".md", "json": ".json", "jsonl": ".jsonl"}

// testHookOutFile, when not nil, wraps the writer of each output file: a
// test makes a write fail part way, as a full disk would.
var testHookOutFile func(io.Writer) io.Writer

// path returns the path of the output file of the document named name.
func (o *outDir) path(name string) string {
	return filepath.Join(o.dir, outName(name)+o.ext)
}

// exists reports whether the output file of the document named name is
// there (whatever it holds: a run writes a file whole or not at all).
func (o *outDir) exists(name string) bool {
	_, err := os.Lstat(o.path(name))
	return err == nil
}

// write writes r's output to its file, unless r is an error or was
// skipped.
func (o *outDir) write(r rendered) error {
	if r.err != nil || r.skipped {
		return nil
	}
	final := o.path(r.path)
	f, err := createTemp(final)
	if err != nil {
		return err
	}
	var w io.Writer = f
	if testHookOutFile != nil {
		w = testHookOutFile(f)
	}
	sw := newStreamWriter(w, o.frame)
	err = sw.write(r)
	if err == nil {
		err = sw.close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), final)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("%s: %w", final, err)
	}
	return nil
}

func (o *outDir) close() error { return nil }

// createTemp creates a new file beside path, hidden, with a random part
// in its name, for writing; with the permissions os.Create gives (0666
// less the umask), which os.CreateTemp does not.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	for range 100 {
		name := filepath.Join(dir, fmt.Sprintf(".%s.%08x.tmp", base, rand.Uint32()))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("%s: no free temporary name beside it", path)
}

// maxOutName is the most bytes of a document's name that its output file's
// name keeps, before the hash.
const maxOutName = 100

// outName returns the name, without extension, of the output file of the
// document named name (source.Doc.Name: a path, with "#record N" or ":N"
// for a record of a WARC or JSONL file): the name made safe for any file
// system, then "-" and 8 hexadecimal digits of its SHA-256, so that two
// names that read the same once made safe (a/b.txt and a_b.txt) get two
// files. Safe means: every byte other than an ASCII letter, a digit, '.',
// '-' and '_' becomes '_', a run of them one; no '.', '-' or '_' at
// either end (no hidden file, no name an option could be taken for); at
// most the last maxOutName bytes (where the file name and record number
// are); "stdin" for standard input. The path is cleaned first, so
// ./a.txt and a.txt are one document; the same name gives the same file
// name on every run, which is what lets a run resume.
//
//	crawl/CC-NEWS.warc.gz#record 17  →  crawl_CC-NEWS.warc.gz_record_17-1a2b3c4d
func outName(name string) string {
	name = filepath.ToSlash(filepath.Clean(name))
	sum := sha256.Sum256([]byte(name))
	hash := hex.EncodeToString(sum[:4])
	if name == stdinPath || strings.HasPrefix(name, stdinPath+":") || strings.HasPrefix(name, stdinPath+"#") {
		name = "stdin" + name[1:] // a record of standard input: "-#record 2", "-:3"
	}
	var b strings.Builder
	under := false
	for i := range len(name) {
		c := name[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '_' {
			b.WriteByte(c)
			under = c == '_'
		} else if !under {
			b.WriteByte('_')
			under = true
		}
	}
	safe := b.String()
	if len(safe) > maxOutName {
		safe = safe[len(safe)-maxOutName:]
	}
	safe = strings.Trim(safe, ".-_")
	if safe == "" {
		return hash
	}
	return safe + "-" + hash
}
