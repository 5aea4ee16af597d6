// Command mkgivennames writes givennames.txt, the given names the entity
// rules know, from the US Social Security Administration's national baby
// names data (public domain, a work of the US government): the yobYYYY.txt
// files of https://www.ssa.gov/oact/babynames/names.zip, one
// "name,sex,count" record a line.
//
// A name is kept when at least -min babies of one sex were given it in one
// year: rarer names are as often surnames or words. It is marked F or M
// when at least sexShare percent of the babies given it over all the years
// were girls, or boys. Usage, from the repo root:
//
//	go run ./internal/mkgivennames -src DIR > givennames.txt
//
// where DIR holds the unzipped yob*.txt files.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

func main() {
	src := flag.String("src", "", "folder of the SSA's yobYYYY.txt files (required)")
	least := flag.Int("min", 100, "keep a name given to at least this many babies of one sex in one year")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "mkgivennames: -src DIR is required")
		os.Exit(2)
	}
	if err := run(*src, *least); err != nil {
		fmt.Fprintln(os.Stderr, "mkgivennames:", err)
		os.Exit(1)
	}
}

// sexShare is the share, in percent, of the babies given a name that
// must be of one sex for the name to be marked as that sex's.
const sexShare = 90

func run(src string, least int) error {
	files, err := filepath.Glob(filepath.Join(src, "yob*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no yob*.txt files in %s", src)
	}
	most := map[string]int{}     // name -> the most babies of one sex in one year
	bySex := map[string][2]int{} // name -> babies given it over all years, female and male
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			fields := strings.Split(strings.TrimSpace(line), ",")
			if len(fields) != 3 {
				return fmt.Errorf("%s:%d: want name,sex,count", f, i+1)
			}
			n, err := strconv.Atoi(fields[2])
			if err != nil {
				return fmt.Errorf("%s:%d: %v", f, i+1, err)
			}
			most[fields[0]] = max(most[fields[0]], n)
			c := bySex[fields[0]]
			if fields[1] == "F" {
				c[0] += n
			} else {
				c[1] += n
			}
			bySex[fields[0]] = c
		}
	}
	var names []string
	for name, n := range most {
		if n >= least {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# Given names: %d names given to at least %d US babies of one sex in one year,\n", len(names), least)
	fmt.Fprintf(w, "# %s to %s, from the Social Security Administration's national baby names\n",
		strings.TrimSuffix(strings.TrimPrefix(filepath.Base(files[0]), "yob"), ".txt"),
		strings.TrimSuffix(strings.TrimPrefix(filepath.Base(files[len(files)-1]), "yob"), ".txt"))
	fmt.Fprintln(w, "# (public domain). Rebuild: go run ./internal/mkgivennames -src DIR > givennames.txt")
	fmt.Fprintf(w, "# After a tab, F or M: at least %d%% of the babies given the name over those years were girls, or boys.\n", sexShare)
	for _, name := range names {
		c := bySex[name]
		switch total := c[0] + c[1]; {
		case 100*c[0] >= sexShare*total:
			fmt.Fprintf(w, "%s\tF\n", name)
		case 100*c[1] >= sexShare*total:
			fmt.Fprintf(w, "%s\tM\n", name)
		default:
			fmt.Fprintln(w, name)
		}
	}
	return w.Flush()
}
