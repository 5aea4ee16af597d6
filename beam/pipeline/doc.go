// Package pipeline parses a news corpus into articles and groups the
// articles that are the same story, as an Apache Beam pipeline: the
// MapReduce that the newstext package doc sketches, made to run on the
// Prism runner on one machine and on Dataflow, Flink or Spark.
//
//	p, s := beam.NewPipelineWithRoot()
//	inputs, _ := pipeline.Inputs(ctx, []string{"gs://bucket/cc-news/*.warc.gz"})
//	err := pipeline.Build(s, pipeline.Options{Inputs: inputs, Output: "gs://bucket/out", Shards: 256})
//	…
//	_, err = beamx.RunWithMetrics(ctx, p)
//
// [Build] says the steps. What it writes:
//
//   - OUTPUT/articles-SSSSS-of-NNNNN.jsonl: an article a line, the
//     newstext.Article's JSON with "cluster" (the id of the cluster's
//     first article; the article's own id when it is alone),
//     "cluster_size", "id" (the input's id of the document, JSONL "id" or
//     WARC-Record-ID, else its source.Doc.Name; "#N" added for the Nth of
//     several stories), "input" (source.Doc.Name) and "story" in front.
//   - OUTPUT/clusters-SSSSS-of-NNNNN.jsonl: a [Cluster] of two or more a
//     line, its articles' ids in corpus order.
//
// # The same clusters as newstext.Index
//
// Articles are numbered in corpus order (node.go): inputs sorted, records
// in input order, stories in record order. A bucket's articles are
// compared each with the [MaxBucketChecks] before it in that order, which
// is what an Index that adds the articles in that order compares, less
// the pairs the Index skips because they are already in one cluster; so
// the connected components of the pairs found are Index.Clusters exactly,
// however large the buckets (up to MaxGroup articles a bucket). The
// tests check it on the repository's fixtures, on a synthetic corpus and
// on the evaluation set's dev corpus ([Reference] is the Index side).
//
// # What crosses the network
//
// A signature is 1.3 KB. A band record carries the article's number only
// (16 bytes with its key, 48 records a document), not its signature: the
// signatures go through two joins with the candidate pairs instead, once
// each, where the doc sketch's (key, (id, signature)) records would
// shuffle 48 copies of each, 62 KB a document. Band records, signatures
// and pairs travel packed, many to an element, keyed by a partition of
// their key (dedupe.go): a runner's cost is per element as much as per
// byte, and one element per band record made a run on Prism hold 215 KB
// a document and take four times as long. The articles' JSON goes
// through one join, with their cluster.
//
// # Bad input
//
// What the source package reports (a record it cannot read, a damaged
// WARC record or gzip member, an input with no document), an input that
// cannot be opened, a document with no story and a panic in the parser
// are counted (the counters of the "newstext" namespace: inputs_unreadable,
// inputs_empty, records_bad, docs_empty, docs_failed), logged on the
// worker, and skipped; the run goes on.
//
// # Files
//
//   - pipeline.go: [Options], [Build], the registration of the DoFns.
//   - read.go: [Inputs], [ReadOptions.Articles] (one input's articles, as
//     the pipeline and [Reference] both read them), the read step.
//   - node.go: the numbering of articles.
//   - dedupe.go: band keys, candidate pairs, signatures joined and
//     compared.
//   - components.go: connected components by large-star and small-star
//     rounds.
//   - output.go: clusters, articles with their cluster, sharded writes.
//   - reference.go: [Reference], the clusters of a newstext.Index.
//   - results.go: reading a run's clusters back, [ScorePairs].
package pipeline
