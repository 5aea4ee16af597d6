//go:build !race

package newstext

// raceEnabled reports whether the tests run under the race detector, which
// makes them several times slower: timing tests skip themselves.
const raceEnabled = false
