//go:build !unix

package newstext

import "time"

var processStart = time.Now()

// cpuTime returns the wall time since the tests started where the process's
// CPU time cannot be read.
func cpuTime() time.Duration { return time.Since(processStart) }
