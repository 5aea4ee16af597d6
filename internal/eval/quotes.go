package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/newstext/newstext"
)

// runQuotes scores newstext.Quotes on the quotes set: it writes the
// prediction file shared/eval/quotes/score.py reads (quote spans, the
// resolved speaker and the speaker mention's span) and runs the scorer.
func runQuotes(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	data := fs.String("data", "", "folder like shared/eval/quotes (holding dev.jsonl and score.py)")
	predPath := fs.String("pred", "", "write the predictions here (default: a temporary file)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" {
		return errors.New("-data DIR is required (a folder like shared/eval/quotes)")
	}
	f, err := os.Open(filepath.Join(*data, "dev.jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	path := *predPath
	if path == "" {
		tmp, err := os.CreateTemp("", "quotes-pred-*.jsonl")
		if err != nil {
			return err
		}
		path = tmp.Name()
		tmp.Close()
		defer os.Remove(path)
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	type pred struct {
		Start        int    `json:"start"`
		End          int    `json:"end"`
		Speaker      string `json:"speaker,omitempty"`
		SpeakerStart *int   `json:"speaker_start,omitempty"`
		SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	enc := json.NewEncoder(out)
	for sc.Scan() {
		var doc struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return fmt.Errorf("dev.jsonl: %w", err)
		}
		ps := []pred{}
		for _, q := range newstext.Quotes(doc.Text) {
			p := pred{Start: q.Span.Start, End: q.Span.End, Speaker: q.Speaker}
			if !q.SpeakerSpan.IsZero() {
				s, e := q.SpeakerSpan.Start, q.SpeakerSpan.End
				p.SpeakerStart, p.SpeakerEnd = &s, &e
			}
			ps = append(ps, p)
		}
		if err := enc.Encode(map[string]any{"id": doc.ID, "quotes": ps}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	cmd := exec.Command("python3", filepath.Join(*data, "score.py"), filepath.Join(*data, "dev.jsonl"), path)
	cmd.Stdout, cmd.Stderr = stdout, stdout
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("score.py: %w", err)
	}
	return nil
}
