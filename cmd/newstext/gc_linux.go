package main

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// usableMemory returns the bytes of memory the process may use: the
// machine's RAM, or the memory limit of its control group (a container's)
// where that is lower; 0 when neither can be read.
func usableMemory() uint64 {
	var info syscall.Sysinfo_t
	if syscall.Sysinfo(&info) != nil {
		return 0
	}
	total := uint64(info.Totalram) * uint64(info.Unit)
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil { // cgroup v2
		if n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 && n < total {
			total = n
		}
	}
	return total
}
