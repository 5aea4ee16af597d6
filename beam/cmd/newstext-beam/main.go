// Command newstext-beam parses a news corpus into articles and groups the
// articles that are the same story, on Apache Beam: on this machine with
// the Prism runner, or on Dataflow, Flink or Spark.
//
//	newstext-beam [flags] INPUT...           run the pipeline (the default)
//	newstext-beam index [flags] INPUT...     the same clusters by newstext.Index, on one machine
//	newstext-beam compare [flags] INPUT...   run both here and compare their clusters
//	newstext-beam synth [flags]              write a synthetic corpus with known copies
//
// An INPUT is a file, a local folder (its .txt, .html, .warc, .jsonl files,
// compressed or not) or a glob, gs://bucket/path/*.warc.gz included. The
// run writes OUTPUT/articles-SSSSS-of-NNNNN.jsonl (one article a line,
// with its cluster's id and size) and OUTPUT/clusters-SSSSS-of-NNNNN.jsonl
// (one cluster of two or more a line), and prints a line of counters
// (inputs, articles, bad records, empty documents, pairs, clusters) when
// the runner reports them. See beam/README.md.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newstext/newstext"
	"github.com/newstext/newstext/beam/pipeline"
	"github.com/newstext/newstext/source"
)

func main() {
	args := os.Args[1:]
	cmd := "run"
	if len(args) > 0 {
		switch args[0] {
		case "run", "index", "compare", "synth":
			cmd, args = args[0], args[1:]
		}
	}
	var err error
	switch cmd {
	case "run":
		err = run(args)
	case "index":
		err = index(args)
	case "compare":
		err = compare(args)
	case "synth":
		err = synthCmd(args)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "newstext-beam:", err)
		os.Exit(1)
	}
}

// options are the flags of run, index and compare.
type options struct {
	output                      string
	shards, rounds, maxGroup    int
	partitions                  int
	threshold                   float64
	format                      string
	maxSize                     int64
	single, noEntities, noQuote bool
}

// runFlags defines the flags of the pipeline on Go's flag.CommandLine,
// where Beam defines its own (--runner, --project, --region, ...).
func runFlags(o *options) {
	flag.StringVar(&o.output, "output", "", "write the articles and clusters to this `folder` (or gs://bucket/prefix)")
	flag.IntVar(&o.shards, "shards", 1, "write the articles as `N` files")
	flag.Float64Var(&o.threshold, "threshold", newstext.DefaultThreshold, "the similarity `T` in (0, 1] at which two articles are one story")
	flag.IntVar(&o.rounds, "rounds", pipeline.DefaultRounds, "`N` rounds of label propagation for the clusters")
	flag.IntVar(&o.maxGroup, "max-group", pipeline.DefaultMaxGroup, "keep the first `N` articles of a band key shared by more")
	flag.IntVar(&o.partitions, "partitions", pipeline.DefaultPartitions, "shuffle band records and signatures in `N` parts (a worker holds one part's signatures, 1.3 KB an article)")
	flag.StringVar(&o.format, "format", "auto", "read every input as `FORMAT`: auto, text, html, warc, jsonl")
	flag.Int64Var(&o.maxSize, "max-size", 0, "the largest document read, in `bytes` (0: the source package's default)")
	flag.BoolVar(&o.single, "single", false, "read each document as one story (JSONL exports of one story a record)")
	flag.BoolVar(&o.noEntities, "no-entities", false, "leave the articles' entities out (faster)")
	flag.BoolVar(&o.noQuote, "no-quotes", false, "leave the articles' quotes out (faster)")
}

// parseFlags parses the flags of run, index and compare (Beam's too) and
// returns the pipeline's options for the INPUTs they leave.
func parseFlags(args []string) (pipeline.Options, error) {
	var o options
	runFlags(&o)
	flag.CommandLine.Parse(args)
	beam.Init()
	return o.pipeline(context.Background(), flag.Args())
}

func (o *options) pipeline(ctx context.Context, args []string) (pipeline.Options, error) {
	var f source.Format
	if err := f.UnmarshalText([]byte(o.format)); err != nil {
		return pipeline.Options{}, err
	}
	if len(args) == 0 {
		return pipeline.Options{}, fmt.Errorf("no INPUT: give files, folders or globs")
	}
	inputs, err := pipeline.Inputs(ctx, args)
	if err != nil {
		return pipeline.Options{}, err
	}
	return pipeline.Options{
		Inputs: inputs, Output: o.output, Shards: o.shards, Threshold: o.threshold,
		Rounds: o.rounds, MaxGroup: o.maxGroup, Partitions: o.partitions,
		Read: pipeline.ReadOptions{Format: f, MaxSize: o.maxSize, Single: o.single, NoEntities: o.noEntities, NoQuotes: o.noQuote},
	}, nil
}

// run runs the pipeline with the runner --runner names (prism, the
// default, in this process; dataflow, flink, spark, universal).
func run(args []string) error {
	ctx := context.Background()
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the run to `file` (for the Prism runner, in this process)")
	po, err := parseFlags(args)
	if err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if po.Output == "" {
		return fmt.Errorf("no --output")
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, po); err != nil {
		return err
	}
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	printCounters(os.Stderr, res, time.Since(start))
	return nil
}

// printCounters prints the run's counters on one line, when the runner
// reports them.
func printCounters(w io.Writer, res beam.PipelineResult, d time.Duration) {
	if res == nil {
		return
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "newstext" {
			counts[c.Key.Name] += c.Result()
		}
	}
	names := make([]string, 0, len(counts))
	for k := range counts {
		names = append(names, k)
	}
	slices.Sort(names)
	var b strings.Builder
	fmt.Fprintf(&b, "newstext-beam: %.1fs", d.Seconds())
	for _, k := range names {
		fmt.Fprintf(&b, " %s=%d", k, counts[k])
	}
	fmt.Fprintln(w, b.String())
}

// index prints the clusters newstext.Index finds, one JSON line each, as
// the pipeline writes them: the one-machine baseline.
func index(args []string) error {
	po, err := parseFlags(args)
	if err != nil {
		return err
	}
	start := time.Now()
	clusters, problems, err := pipeline.Reference(po.Inputs, po.Read, po.Threshold)
	if err != nil {
		return err
	}
	w := json.NewEncoder(os.Stdout)
	for _, c := range clusters {
		if err := w.Encode(pipeline.Cluster{ID: c[0], Size: len(c), Documents: c}); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "newstext-beam index: %.1fs, %d clusters, %d problems\n", time.Since(start).Seconds(), len(clusters), len(problems))
	return nil
}

// compare runs the pipeline here with Prism and the Index on the same
// inputs and prints how their clusters compare, and with --gold how each
// compares with an annotation.
func compare(args []string) error {
	gold := flag.String("gold", "", "score against this annotation `file` (a JSON object with \"clusters\": shared/eval/dedupe/dev/corpus-gold.json, or synth's truth.json)")
	ctx := context.Background()
	po, err := parseFlags(args)
	if err != nil {
		return err
	}
	if po.Output == "" {
		dir, err := os.MkdirTemp("", "newstext-beam-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		po.Output = dir
	}
	start := time.Now()
	want, _, err := pipeline.Reference(po.Inputs, po.Read, po.Threshold)
	if err != nil {
		return err
	}
	fmt.Printf("index     %6.1fs  %d clusters\n", time.Since(start).Seconds(), len(want))

	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, po); err != nil {
		return err
	}
	start = time.Now()
	res, err := prism.Execute(ctx, p)
	if err != nil {
		return err
	}
	d := time.Since(start)
	got, err := pipeline.ReadClusters(po.Output)
	if err != nil {
		return err
	}
	fmt.Printf("pipeline  %6.1fs  %d clusters (Prism runner)\n", d.Seconds(), len(got))
	printCounters(os.Stdout, res, d)
	same := slices.EqualFunc(pipeline.Sorted(want), got, slices.Equal)
	fmt.Printf("same clusters as the Index: %v; pipeline against the Index: %v\n", same, pipeline.ScorePairs(want, got))
	if *gold != "" {
		g, err := pipeline.ReadGold(*gold)
		if err != nil {
			return err
		}
		fmt.Printf("Index against %s: %v\n", filepath.Base(*gold), pipeline.ScorePairs(g, want))
		fmt.Printf("pipeline against %s: %v\n", filepath.Base(*gold), pipeline.ScorePairs(g, got))
	}
	if !same {
		return fmt.Errorf("the pipeline's clusters are not the Index's")
	}
	return nil
}
