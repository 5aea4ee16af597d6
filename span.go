package newstext

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets into the
// text that was parsed: input[s.Start:s.End] is the source of whatever
// carries the span. The zero Span is empty and means "absent" where a field
// is optional. In JSON a Span is a two-element array, [start, end].
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// Overlaps reports whether s and t share at least one byte:
// s.Start < t.End && t.Start < s.End, both spans non-empty.
func (s Span) Overlaps(t Span) bool {
	return s.Start < s.End && t.Start < t.End && s.Start < t.End && t.Start < s.End
}

// String returns "start:end".
func (s Span) String() string { return fmt.Sprintf("%d:%d", s.Start, s.End) }

// MarshalJSON encodes s as [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, "[%d,%d]", s.Start, s.End), nil
}

// UnmarshalJSON decodes [start, end].
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("newstext: span: %w", err)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}

// validText returns s with each run of bytes that is not valid UTF-8
// replaced by U+FFFD, and s itself, without allocating, when it is valid.
// The texts the library reports beside a span (quotes, mentions, speakers)
// go through it, so that encoding/json writes them as they are and a
// reader comparing them with the input at the span knows the one rule:
// validText(input[span]) == text.
func validText(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
