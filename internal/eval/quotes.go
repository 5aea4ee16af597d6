package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
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
	type pred struct {
		Start        int    `json:"start"`
		End          int    `json:"end"`
		Speaker      string `json:"speaker,omitempty"`
		SpeakerStart *int   `json:"speaker_start,omitempty"`
		SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	}
	type doc struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	gold := filepath.Join(*data, "dev.jsonl")
	err := eachJSONLine(gold, func(d doc) error {
		ps := []pred{}
		for _, q := range newstext.Quotes(d.Text) {
			p := pred{Start: q.Span.Start, End: q.Span.End, Speaker: q.Speaker}
			if !q.SpeakerSpan.IsZero() {
				s, e := q.SpeakerSpan.Start, q.SpeakerSpan.End
				p.SpeakerStart, p.SpeakerEnd = &s, &e
			}
			ps = append(ps, p)
		}
		return enc.Encode(map[string]any{"id": d.ID, "quotes": ps})
	})
	if err != nil {
		return err
	}
	path, cleanup, err := writePred(*predPath, "quotes-pred-*.jsonl", out.Bytes())
	if err != nil {
		return err
	}
	defer cleanup()
	return runScorer(stdout, *data, gold, path)
}
