package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// develVersion is the version of a binary built from a checkout, which
// carries no module version.
const develVersion = "(devel)"

// version returns the command's version as the build recorded it: the
// module version of a binary built by "go install
// github.com/newstext/newstext/cmd/newstext@v0.1.0" (or @latest), a
// pseudo-version for a commit between tags, and "(devel)" for a build
// from a checkout ("go run ./cmd/newstext") or without build information.
// Releases are tagged vMAJOR.MINOR.PATCH (see CHANGELOG.md).
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" {
		return develVersion
	}
	return bi.Main.Version
}

// writeVersion prints "newstext VERSION", the Go version it was built
// with and, for a build from a checkout that recorded it, the commit.
func writeVersion(w io.Writer) {
	fmt.Fprintf(w, "newstext %s\n", version())
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return
	}
	fmt.Fprintf(w, "built with %s", bi.GoVersion)
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" {
		fmt.Fprintf(w, " from commit %.12s", rev)
		if modified == "true" {
			fmt.Fprint(w, " with local changes")
		}
	}
	fmt.Fprintln(w)
}
