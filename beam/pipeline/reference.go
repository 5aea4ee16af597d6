package pipeline

import (
	"fmt"
	"os"

	"github.com/newstext/newstext"
)

// Reference returns the clusters a newstext.Index finds among the
// articles of the inputs (local files, sorted as by [Inputs]) when it
// adds them in node order, signed as the pipeline signs them, with the
// problems met on the way: what a run of the pipeline on the same inputs
// must write, for the tests and for newstext-beam compare. It holds
// every signature in memory: it is the one-machine baseline.
func Reference(inputs []string, ro ReadOptions, threshold float64) ([][]string, []Problem, error) {
	ix := newstext.NewIndex(threshold)
	var problems []Problem
	for i, path := range inputs {
		f, err := os.Open(path)
		if err != nil {
			problems = append(problems, Problem{"inputs_unreadable", err})
			continue
		}
		for a, prob := range ro.Articles(i, path, f) {
			if prob != nil {
				problems = append(problems, *prob)
				continue
			}
			ix.AddSignature(a.ID, newstext.SignArticle(&a.Article))
		}
		if err := f.Close(); err != nil {
			return nil, nil, fmt.Errorf("newstext: %w", err)
		}
	}
	return ix.Clusters(), problems, nil
}
