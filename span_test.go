package newstext

import "testing"

func TestSpanOverlaps(t *testing.T) {
	tests := []struct {
		name string
		s, t Span
		want bool
	}{
		{"same", Span{2, 5}, Span{2, 5}, true},
		{"inside", Span{0, 10}, Span{3, 4}, true},
		{"one byte shared", Span{0, 3}, Span{2, 8}, true},
		{"touching", Span{0, 3}, Span{3, 8}, false},
		{"apart", Span{0, 3}, Span{5, 8}, false},
		{"empty inside", Span{0, 10}, Span{4, 4}, false},
		{"both empty at one offset", Span{4, 4}, Span{4, 4}, false},
	}
	for _, tt := range tests {
		if got := tt.s.Overlaps(tt.t); got != tt.want {
			t.Errorf("%s: %v.Overlaps(%v) = %v, want %v", tt.name, tt.s, tt.t, got, tt.want)
		}
		if got := tt.t.Overlaps(tt.s); got != tt.want {
			t.Errorf("%s: %v.Overlaps(%v) = %v, want %v (not symmetric)", tt.name, tt.t, tt.s, got, tt.want)
		}
	}
}
