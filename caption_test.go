package newstext

import (
	"strings"
	"testing"
)

// TestHasPictureStem checks hasPictureStem against the four
// strings.Contains it stands for, on the fixture lines and their tails,
// damaged as scrapers damage them, and on the stems at every offset of
// the eight-byte steps, cut at either end.
func TestHasPictureStem(t *testing.T) {
	lines := fixtureLines(readFixtures(t))
	for k, l := range lines {
		lines = append(lines, dirty(l, k), l[max(0, len(l)-80):])
	}
	for _, stem := range []string{"hoto", "mage", "icture", "redit", "Photo", "Image", "Picture", "Credit"} {
		for pad := range 20 {
			s := strings.Repeat("x", pad) + stem + strings.Repeat("y", 20-pad)
			lines = append(lines, s, s[:pad+len(stem)], s[pad:], s[:pad+len(stem)-1], s[pad+1:])
		}
	}
	lines = append(lines, "", "t", "g", "ot", "ag", "tt tt gg", "hotohoto", "redi", "edit", "ictur")
	for _, s := range lines {
		want := strings.Contains(s, "hoto") || strings.Contains(s, "mage") ||
			strings.Contains(s, "icture") || strings.Contains(s, "redit")
		if got := hasPictureStem(s); got != want {
			t.Errorf("hasPictureStem(%q) = %v, want %v", s, got, want)
		}
	}
}
