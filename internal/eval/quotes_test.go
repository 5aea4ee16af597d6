package main

import (
	"encoding/json"
	"testing"

	"github.com/newstext/newstext"
)

func TestQuotePreds(t *testing.T) {
	tests := []struct {
		name string
		qs   []newstext.Quote
		want string
	}{
		{name: "none", want: `{"id":"d","quotes":[]}`},
		{
			name: "speaker-and-mention",
			qs:   []newstext.Quote{{Span: span(10, 20), Speaker: "Bill Clinton", SpeakerSpan: span(24, 31)}},
			want: `{"id":"d","quotes":[{"start":10,"end":20,"speaker":"Bill Clinton","speaker_start":24,"speaker_end":31}]}`,
		},
		{
			name: "name-only",
			qs:   []newstext.Quote{{Span: span(10, 20), Speaker: "Josh Earnest"}},
			want: `{"id":"d","quotes":[{"start":10,"end":20,"speaker":"Josh Earnest"}]}`,
		},
		{
			name: "no-speaker-in-order",
			qs:   []newstext.Quote{{Span: span(0, 5)}, {Span: span(8, 9), Speaker: "he", SpeakerSpan: span(0, 2)}},
			want: `{"id":"d","quotes":[{"start":0,"end":5},{"start":8,"end":9,"speaker":"he","speaker_start":0,"speaker_end":2}]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(quoteDoc{ID: "d", Quotes: quotePreds(tt.qs)})
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want {
				t.Errorf("got  %s\nwant %s", b, tt.want)
			}
		})
	}
}
