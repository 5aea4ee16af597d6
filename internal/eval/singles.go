package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/internal/shingle"
)

// runSingles counts how often Parse reads one news article as one story.
// The articles are those of a PolNeAR split built by shared/eval/polnear
// (-polnear; each a headline line and its paragraphs, written by outlets
// the segmentation sets do not sample), or the gold texts of an
// extraction set (-gold, a folder like shared/eval/extraction or one that
// shared/eval/extraction-more builds: each page's articleBody, and its
// readers' comments after a blank line where the set keeps them apart,
// for pages whose gold has 50 words or more). Neither was written to
// test segmentation. An article read as several stories, or as a list of
// teasers, is an error of the segmenter. -part splits the articles it
// reads (every third, in file order for PolNeAR and by sorted id for a
// gold folder, is the check part). For a gold folder that is every third
// of the pages of 50 words or more, not of all the set's pages as the
// extraction benchmark splits them: the two splits differ on 314 of
// Dragnet train's 930 such pages, 21 of Readability's 113, 44 of
// CleanPortalEval's 69 and 349 of CleanEval final's 667. The segmenter was fitted on this split's fit part
// (TestFitBreaks), so it stays as it is. -v lists the fit
// part's errors; -out writes the part's articles as a segmentation set
// of single-story files, which TestFitBreaks can fit on.
func runSingles(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("singles", flag.ContinueOnError)
	data := fs.String("polnear", "", "folder the PolNeAR kit's build.sh wrote (holding dev.jsonl and train.jsonl)")
	gold := fs.String("gold", "", "or: folder of an extraction set (holding ground-truth.json), whose gold texts are read")
	split := fs.String("split", "train", "PolNeAR split to read: train or dev (test is reserved for independent checks)")
	part := partFlag(fs, "articles")
	verbose := fs.Bool("v", false, "list the articles of the fit part read as several stories")
	out := fs.String("out", "", "also write the part's articles to `DIR`/dev as single-story files of a segmentation set (ID.txt, ID.json), for TestFitBreaks")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if (*data == "") == (*gold == "") {
		return errors.New("one of -polnear OUT (built by shared/eval/polnear/build.sh) or -gold DIR is required")
	}
	if err := checkPart(*part); err != nil {
		return err
	}
	var writeErr error
	if *out != "" {
		// What is written is fitted on: never the part only scored.
		if *part != partFit || *data != "" && *split != "train" {
			return errors.New("-out writes the fit part only (-part fit, and -split train for PolNeAR): the check part and PolNeAR dev are never fitted on")
		}
		dir := filepath.Join(*out, "dev")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		// Files left by an earlier run would be fitted on too.
		if names, err := os.ReadDir(dir); err != nil || len(names) > 0 {
			return fmt.Errorf("-out: %s must be empty (%d files, %v)", dir, len(names), err)
		}
	}
	var n, one, several, teasers, panicked int
	// count parses the i-th article, text, whose id is id.
	count := func(i int, id, text string) {
		if !inPart(i, *part) {
			return
		}
		if writeErr != nil {
			return // stop at the first file that cannot be written
		}
		n++
		if *out != "" {
			if writeErr = writeSingle(filepath.Join(*out, "dev"), id, text); writeErr != nil {
				return
			}
		}
		arts, ok := recovered("Parse", id, func() []newstext.Article { return newstext.Parse(text) })
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
			fmt.Fprintf(stdout, "  %d %s: %d stories, teasers %v\n", i, id, len(arts), len(arts) > 0 && arts[0].Teaser)
		}
	}
	what := ""
	if *gold != "" {
		what = "gold " + filepath.Base(*gold)
		texts, err := goldTexts(*gold)
		if err != nil {
			return err
		}
		for i, t := range texts {
			count(i, t.id, t.text)
		}
	} else {
		if err := checkSplit(*split); err != nil {
			return err
		}
		what = "split " + *split
		i := -1
		err := eachJSONLine(filepath.Join(*data, *split+".jsonl"), func(d polnearDoc) error {
			i++
			count(i, d.ID, d.Text)
			return nil
		})
		if err != nil {
			return fmt.Errorf("split %s: %w", *split, err)
		}
	}
	if writeErr != nil {
		return writeErr
	}
	if n == 0 {
		return fmt.Errorf("%s, part %s: no article", what, *part)
	}
	fmt.Fprintf(stdout, "%s, part %s: %d articles; one story %d (%.3f); several stories %d; a teaser list %d; panicked %d\n",
		what, *part, n, one, float64(one)/float64(n), several, teasers, panicked)
	return nil
}

// writeSingle writes text to dir as the single-story file of a
// segmentation set that TestFitBreaks reads (ID.txt, and ID.json whose one
// story starts at byte 0; no layout or paragraphs, so eval segment cannot
// score the folder), the id's slashes made underscores. An id that would
// name no plain file there, or a file already written, is an error.
func writeSingle(dir, id, text string) error {
	base := strings.ReplaceAll(id, "/", "_")
	if base == "" || base[0] == '.' || strings.IndexFunc(base, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_' || r == '-' || r == '.')
	}) >= 0 {
		return fmt.Errorf("-out: id %q is no file name", id)
	}
	for _, f := range []struct{ ext, data string }{
		{".txt", text},
		{".json", `{"kind": "single", "stories": [{"start": 0, "line": 0}]}` + "\n"},
	} {
		w, err := os.OpenFile(filepath.Join(dir, base+f.ext), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return fmt.Errorf("-out: %w (ids %q and another map to one file?)", err, id)
		}
		_, err = w.WriteString(f.data)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// goldText is one page's gold text in an extraction set.
type goldText struct{ id, text string }

// goldTexts returns the gold texts of the extraction set in dir whose
// articleBody has 50 words or more, by id sorted as strings: the body,
// and the readers' comments after a blank line where the set has them.
func goldTexts(dir string) ([]goldText, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct{ ArticleBody, Comments string }
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	var out []goldText
	for _, id := range slices.Sorted(maps.Keys(truth)) {
		t := truth[id]
		if len(shingle.Tokens(t.ArticleBody)) < 50 {
			continue
		}
		text := t.ArticleBody
		if strings.TrimSpace(t.Comments) != "" {
			text += "\n\n" + t.Comments
		}
		out = append(out, goldText{id, text})
	}
	return out, nil
}
