module github.com/newstext/newstext

// Go 1.26: golang.org/x/net v0.62.0 declares it, and ParseHTML needs that
// x/net (earlier ones parse text split by stray end tags in quadratic time;
// TestLinear's html/stray-end-tags). The library's own code needs Go 1.24.
// See the README's "Go version".
go 1.26.0

require golang.org/x/text v0.43.0

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/google/go-cmp v0.7.0
	github.com/klauspost/compress v1.20.4 // source only (zstd): the library never imports it
	github.com/spf13/pflag v1.1.0 // cmd/newstext only: the library never imports it
	golang.org/x/net v0.62.0
)

require github.com/andybalholm/cascadia v1.3.4 // indirect
