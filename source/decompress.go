package source

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// Compression is told by magic bytes, never by the file name: a scraper's
// page.html may be gzip and its crawl.warc.gz plain.

// A codec is a compression format.
type codec uint8

const (
	codecNone codec = iota
	codecGzip
	codecBzip2
	codecZstd
)

func (c codec) String() string {
	return [...]string{"", "gzip", "bzip2", "zstd"}[c]
}

// gzipMagic opens every gzip member: ID1, ID2 and CM 8 (deflate).
var gzipMagic = []byte{0x1f, 0x8b, 0x08}

// sniffCompression returns the codec whose magic bytes open br, without
// consuming them. A read error other than io.EOF is returned.
func sniffCompression(br *bufio.Reader) (codec, error) {
	head, err := br.Peek(10)
	if err != nil && err != io.EOF {
		return codecNone, err
	}
	return compressionOf(head), nil
}

// compressionOf returns the codec whose magic bytes open head: gzip
// (1F 8B 08), bzip2 ("BZh", a block size 1-9, then the magic of a block
// or of the end of the stream), or zstd (a frame, 28 B5 2F FD, or a
// skippable frame, 5? 2A 4D 18).
func compressionOf(head []byte) codec {
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		return codecGzip
	case len(head) >= 10 && string(head[:3]) == "BZh" && '1' <= head[3] && head[3] <= '9' &&
		(string(head[4:10]) == "\x31\x41\x59\x26\x53\x59" || string(head[4:10]) == "\x17\x72\x45\x38\x50\x90"):
		return codecBzip2
	case bytes.HasPrefix(head, []byte{0x28, 0xb5, 0x2f, 0xfd}),
		len(head) >= 4 && head[0]&0xf0 == 0x50 && string(head[1:4]) == "\x2a\x4d\x18":
		return codecZstd
	}
	return codecNone
}

// zstdMaxWindow bounds the memory a zstd stream can make the decoder
// hold: 128 MiB, the largest window of zstd --long.
const zstdMaxWindow = 128 << 20

// decompress returns the decompressed stream of r, compressed with c, and
// a function that releases the decoder. A gzip stream of several members
// (concatenated gzip files, or a WARC file gzipped a record at a time)
// reads as one stream.
func decompress(c codec, r io.Reader) (io.Reader, func(), error) {
	none := func() {}
	switch c {
	case codecGzip:
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, none, fmt.Errorf("gzip: %w", err)
		}
		return z, none, nil
	case codecBzip2:
		return bzip2.NewReader(r), none, nil
	case codecZstd:
		z, err := zstd.NewReader(r,
			zstd.WithDecoderConcurrency(1), // no goroutines, no blocks decoded ahead
			zstd.WithDecoderLowmem(true),
			zstd.WithDecoderMaxWindow(zstdMaxWindow))
		if err != nil {
			return nil, none, fmt.Errorf("zstd: %w", err)
		}
		return z, z.Close, nil
	}
	return r, none, nil
}

// readErr returns err, an error reading an input compressed with c, with
// the codec's name, so that "unexpected EOF" says it is a truncated gzip
// file; an error that names it already ("gzip: invalid checksum") is
// returned as it is.
func readErr(c codec, err error) error {
	var tl errTooLarge
	if c == codecNone || errors.As(err, &tl) || strings.HasPrefix(err.Error(), c.String()+": ") {
		return err
	}
	return fmt.Errorf("%v: %w", c, err)
}

// gzipHead returns the first bytes (up to sniffLen) of the decompressed
// gzip member that opens br, without consuming anything; fewer when the
// member is shorter or is cut off within the buffer. It fails only when
// the member's header is not valid. used is how many bytes of br it
// read: at least the header's. z, when not nil, is reset and used to
// decompress, which saves allocating a decompressor a call.
func gzipHead(br *bufio.Reader, z *gzip.Reader) (head []byte, used int, err error) {
	window, _ := br.Peek(br.Size())
	r := bytes.NewReader(window) // a flate.Reader: gzip reads no further than it needs
	if z == nil {
		z = new(gzip.Reader)
	}
	if err := z.Reset(r); err != nil {
		return nil, len(window) - r.Len(), err
	}
	z.Multistream(false)
	var buf [sniffLen]byte
	n, _ := io.ReadFull(z, buf[:])
	return bytes.Clone(buf[:n]), len(window) - r.Len(), nil
}

// A countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func newCountReader(r io.Reader) *countReader { return &countReader{r: r} }

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
