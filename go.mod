module github.com/newstext/newstext

go 1.26.0

require golang.org/x/text v0.43.0

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/google/go-cmp v0.7.0
	github.com/klauspost/compress v1.20.4
	golang.org/x/net v0.62.0
)

require github.com/andybalholm/cascadia v1.3.4 // indirect
