package newstext

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchQuotes(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("QS"), "||") {
		for _, q := range Quotes(s) {
			fmt.Printf("%-50.50q speaker=%q mention=%q cue=%q\n", q.Text, q.Speaker, s[q.SpeakerSpan.Start:q.SpeakerSpan.End], q.Cue)
		}
		fmt.Println("--")
	}
}
