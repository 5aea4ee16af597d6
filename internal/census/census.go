// Package census reads the US Census Bureau's list of surnames, which the
// data builders (internal/mkfirms, internal/mkinstitutions) use to filter
// their lists: a name that is a common surname is no firm's or thing's.
package census

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// CommonSurnames returns, in lower case, the n commonest surnames of the
// 1990 Census's dist.all.last at path (public domain; a name in
// capitals, its frequency, the cumulative frequency and its rank a line).
// It fails when the file holds fewer than n ranked names.
func CommonSurnames(path string, n int) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, n)
	for line := range strings.Lines(string(data)) {
		fs := strings.Fields(line)
		if len(fs) != 4 {
			continue
		}
		if rank, err := strconv.Atoi(fs[3]); err == nil && rank <= n {
			out[strings.ToLower(fs[0])] = true
		}
	}
	if len(out) < n {
		return nil, fmt.Errorf("%s: %d surnames of the first %d: not the Census's dist.all.last", path, len(out), n)
	}
	return out, nil
}
