package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/newstext/newstext"
)

// runSingles counts how often Parse reads one news article as one story,
// on the articles of a PolNeAR split built by shared/eval/polnear: each of
// them is one article (a headline line and its paragraphs), written by
// outlets the segmentation sets do not sample, and no segmentation rule
// was fitted on them. An article read as several stories, or as a list
// of teasers, is an error of the segmenter. -part splits train as the
// other sets are split (every third article, in file order, is the check
// part); -v lists the fit part's errors.
func runSingles(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("singles", flag.ContinueOnError)
	data := fs.String("polnear", "", "folder the PolNeAR kit's build.sh wrote (holding dev.jsonl and train.jsonl)")
	split := fs.String("split", "train", "split to read: train or dev (test is reserved for independent checks)")
	part := partFlag(fs, "articles")
	verbose := fs.Bool("v", false, "list the articles of the fit part read as several stories")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *data == "" {
		return errors.New("-polnear OUT is required (OUT built by shared/eval/polnear/build.sh)")
	}
	if err := checkSplit(*split); err != nil {
		return err
	}
	if err := checkPart(*part); err != nil {
		return err
	}
	var n, one, several, teasers, panicked int
	i := -1
	err := eachJSONLine(filepath.Join(*data, *split+".jsonl"), func(d polnearDoc) error {
		i++
		if !inPart(i, *part) {
			return nil
		}
		n++
		arts, ok := recovered("Parse", d.ID, func() []newstext.Article { return newstext.Parse(d.Text) })
		switch {
		case !ok:
			panicked++
		case len(arts) == 1 && !arts[0].Teaser:
			one++
		case len(arts) > 0 && arts[0].Teaser:
			teasers++
		default:
			several++
		}
		if ok && (len(arts) != 1 || arts[0].Teaser) && *verbose && inPart(i, partFit) {
			fmt.Fprintf(stdout, "  %d %s: %d stories, teasers %v\n", i, d.ID, len(arts), len(arts) > 0 && arts[0].Teaser)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("split %s: %w", *split, err)
	}
	if n == 0 {
		return fmt.Errorf("split %s, part %s: no article", *split, *part)
	}
	fmt.Fprintf(stdout, "split %s, part %s: %d articles; one story %d (%.3f); several stories %d; a teaser list %d; panicked %d\n",
		*split, *part, n, one, float64(one)/float64(n), several, teasers, panicked)
	return nil
}
