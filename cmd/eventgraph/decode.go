package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/events/textin"
	"github.com/spf13/pflag"
)

// decodeFlags are the flags that say how to read an input's bytes as text.
type decodeFlags struct {
	input    string
	lenient  bool
	maxBytes string
	fs       *pflag.FlagSet // to tell a --max-bytes given from the default
}

func (d *decodeFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&d.input, "input", "auto", "input `format`: text, html, or auto (HTML when the name ends .html or .htm or the text starts like a page)")
	fs.BoolVar(&d.lenient, "lenient", false, "replace invalid UTF-8 with U+FFFD instead of failing")
	fs.StringVar(&d.maxBytes, "max-bytes", "16MiB", "refuse an input larger than `SIZE` (bytes, or with K, M or G: powers of 1024; 0: no limit); without it, documents that extract wrote may have up to 1GiB")
	d.fs = fs
}

// options checks the flags and gives the textin options they ask for.
func (d *decodeFlags) options() (textin.Options, error) {
	var opt textin.Options
	f, err := textin.ParseFormat(d.input)
	if err != nil {
		return opt, usageError{fmt.Sprintf("--input %q: want %s", d.input, strings.Join(textin.Formats, ", "))}
	}
	n, err := parseSize(d.maxBytes)
	if err != nil {
		return opt, usageError{fmt.Sprintf("--max-bytes %q: %v", d.maxBytes, err)}
	}
	switch {
	case d.fs != nil && !d.fs.Changed("max-bytes"):
		n = 0 // the defaults: textin's for articles, corpus's for documents
	case n == 0:
		n = -1 // no limit
	}
	return textin.Options{Format: f, Lenient: d.lenient, MaxBytes: n}, nil
}

var sizeRE = regexp.MustCompile(`(?i)^\s*(\d{1,18})\s*(?:([kmg])(?:i?b)?|b)?\s*$`)

// parseSize reads a size: "1048576", "512K", "16M", "16MiB", "1GB" (K, M and
// G are powers of 1024, with or without "B" or "iB").
func parseSize(s string) (int64, error) {
	m := sizeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, errors.New("want a number of bytes such as 1048576, 512K, 16M or 1G")
	}
	n, _ := strconv.ParseInt(m[1], 10, 64) // 18 digits fit
	shift := map[string]uint{"": 0, "k": 10, "m": 20, "g": 30}[strings.ToLower(m[2])]
	if n > math.MaxInt64>>shift {
		return 0, errors.New("too large")
	}
	return n << shift, nil
}

// readInput reads a named input ("-": standard input) within the size limit.
func (e *env) readInput(name string) ([]byte, error) {
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	max := e.decode.MaxBytes
	if max == 0 {
		max = textin.DefaultMaxBytes
	}
	data, err := textin.ReadAll(name, r, max)
	return data, inputHint(err)
}

// decodeText reads an input's bytes as text (textin.Decode), saying how
// to get past the errors a flag can get past.
func (e *env) decodeText(name string, data []byte) (string, error) {
	text, err := textin.Decode(name, data, e.decode)
	return text, inputHint(err)
}

// inputHint adds to an error reading an input the flag that gets past it.
func inputHint(err error) error {
	switch {
	case errors.Is(err, textin.ErrTooLarge):
		return fmt.Errorf("%w; --max-bytes raises the limit", err)
	case errors.Is(err, textin.ErrInvalidUTF8) && !strings.Contains(err.Error(), "UTF-32"):
		return fmt.Errorf("%w; --lenient replaces invalid bytes with U+FFFD", err)
	}
	return err
}
