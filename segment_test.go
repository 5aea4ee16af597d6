package newstext

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Span // the spans of the entries; blank runs are one entry
	}{
		{"", nil},
		{"a", []Span{{0, 1}}},
		{"a\n", []Span{{0, 1}}},
		{"a\nb", []Span{{0, 1}, {2, 3}}},
		{"a\r\nb\r\n", []Span{{0, 1}, {3, 4}}},
		{"a\rb", []Span{{0, 1}, {2, 3}}},
		{"a\r", []Span{{0, 1}}},
		{"\r\r\n", []Span{{0, 1}}},
		{"a\n\n \n\t\nb", []Span{{0, 1}, {2, 6}, {7, 8}}},
		{"\n\n\n", []Span{{0, 2}}},
	} {
		lines := splitLines(tc.in)
		var got []Span
		for _, l := range lines {
			got = append(got, l.span)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("splitLines(%q) spans (-want +got):\n%s", tc.in, diff)
		}
		if n := countEntries(tc.in); n != len(lines) {
			t.Errorf("countEntries(%q) = %d, want %d", tc.in, n, len(lines))
		}
	}
}
