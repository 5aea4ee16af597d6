package newstext

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchEntities(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("ENTS"), "||") {
		for _, e := range Entities(s) {
			for _, m := range e.Mentions {
				fmt.Printf("%-30q %-7s key=%q\n", s[m.Span.Start:m.Span.End], e.Kind, e.Key)
			}
		}
		fmt.Println("--")
	}
}
