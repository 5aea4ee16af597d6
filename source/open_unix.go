//go:build unix

package source

import "syscall"

// openNonblock is the flag that makes opening a named pipe return at once
// instead of waiting for a writer.
const openNonblock = syscall.O_NONBLOCK
