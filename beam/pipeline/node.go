package pipeline

import "fmt"

// A node is an article's number in the corpus: the index of its input
// among the sorted inputs, the index of its record in the input (a WARC
// record, a JSONL line; 0 for a file that is one document) and the index
// of the story in the record, packed into an int64 so that nodes sort in
// the order a [newstext.Index] would add the articles. Cluster labels are
// nodes: a cluster's label is its smallest node, its first article.
const (
	storyBits  = 11 // 2,047 stories in one document
	recordBits = 32 // 4,294,967,295 records in one input
	inputBits  = 20 // 1,048,575 inputs

	maxStory  = 1<<storyBits - 1
	maxRecord = 1<<recordBits - 1
	maxInput  = 1<<inputBits - 1
)

// node returns the node of story s of record r of input i; ok is false
// when one of them is out of range (the article then has no node).
func node(i, r, s int) (n int64, ok bool) {
	if i < 0 || r < 0 || s < 0 || i > maxInput || r > maxRecord || s > maxStory {
		return 0, false
	}
	return int64(i)<<(recordBits+storyBits) | int64(r)<<storyBits | int64(s), true
}

// nodeString prints a node as input/record/story, for messages.
func nodeString(n int64) string {
	return fmt.Sprintf("%d/%d/%d", n>>(recordBits+storyBits), n>>storyBits&maxRecord, n&maxStory)
}
