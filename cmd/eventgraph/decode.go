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

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/textin"
	"github.com/spf13/pflag"
)

// decodeFlags are the flags that say how to read an input's bytes as text.
type decodeFlags struct {
	input    string
	lenient  bool
	maxBytes string
}

func (d *decodeFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&d.input, "input", "auto", "input `format`: text, html, or auto (HTML when the name ends .html or .htm or the text starts like a page)")
	fs.BoolVar(&d.lenient, "lenient", false, "replace invalid UTF-8 with U+FFFD instead of failing")
	fs.StringVar(&d.maxBytes, "max-bytes", "16MiB", "refuse an input larger than `SIZE` (bytes, or with K, M or G: powers of 1024; 0: no limit)")
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
	if n == 0 {
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
	if errors.Is(err, textin.ErrTooLarge) {
		return nil, fmt.Errorf("%w; --max-bytes raises the limit", err)
	}
	return data, err
}

// decodeText reads an input's bytes as text (textin.Decode), saying how
// to get past the errors a flag can get past.
func (e *env) decodeText(name string, data []byte) (string, error) {
	text, err := textin.Decode(name, data, e.decode)
	if errors.Is(err, textin.ErrInvalidUTF8) && !strings.Contains(err.Error(), "UTF-32") {
		return "", fmt.Errorf("%w; --lenient replaces invalid bytes with U+FFFD", err)
	}
	return text, err
}

// extractText reads an input's bytes as text and extracts its events. An
// input with no events gets a note on standard error, and the run goes on
// with outputs valid and empty of them.
func (e *env) extractText(name string, data []byte, opt events.Options) (events.Document, error) {
	text, err := e.decodeText(name, data)
	if err != nil {
		return events.Document{}, err
	}
	doc, err := events.Extract(name, text, opt)
	if err != nil {
		return events.Document{}, err
	}
	if len(doc.Events) == 0 {
		why := ""
		if strings.TrimSpace(text[events.ParseHeader(text).Body:]) == "" {
			why = " (it has no text)"
		}
		fmt.Fprintf(e.stderr, "eventgraph: no events found in %s%s\n", name, why)
	}
	return doc, nil
}
