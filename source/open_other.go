//go:build !unix

package source

// openNonblock is 0 where opening a file cannot block on a named pipe, or
// where there is no flag to prevent it.
const openNonblock = 0
