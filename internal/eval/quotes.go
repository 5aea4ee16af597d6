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

// quotePred is one quotation in the prediction format of the quotes
// scorers (shared/eval/quotes and shared/eval/polnear): the quote's byte
// span, the resolved speaker and the speaker mention's span, the last two
// left out when unknown.
type quotePred struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Speaker      string `json:"speaker,omitempty"`
	SpeakerStart *int   `json:"speaker_start,omitempty"`
	SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	Cue          string `json:"cue,omitempty"` // ignored by the scorers; for reading errors
}

// quoteDoc is one line of a quotes prediction file: a gold document's id
// and its predicted quotations.
type quoteDoc struct {
	ID     string      `json:"id"`
	Quotes []quotePred `json:"quotes"`
}

// quotePreds converts quotations to prediction records, in order. It is
// never nil, so that a document without quotes encodes as [].
func quotePreds(qs []newstext.Quote) []quotePred {
	ps := make([]quotePred, 0, len(qs))
	for _, q := range qs {
		p := quotePred{Start: q.Span.Start, End: q.Span.End, Speaker: q.Speaker, Cue: q.Cue}
		if !q.SpeakerSpan.IsZero() {
			s, e := q.SpeakerSpan.Start, q.SpeakerSpan.End
			p.SpeakerStart, p.SpeakerEnd = &s, &e
		}
		ps = append(ps, p)
	}
	return ps
}

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
	type doc struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	gold := filepath.Join(*data, "dev.jsonl")
	err := eachJSONLine(gold, func(d doc) error {
		return enc.Encode(quoteDoc{ID: d.ID, Quotes: quotePreds(newstext.Quotes(d.Text))})
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
