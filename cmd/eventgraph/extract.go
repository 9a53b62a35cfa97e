package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/eventgraph/eventgraph/corpus"
)

func (e *env) extract(args []string) error {
	fs := e.flagSet("extract", "extract [--date YYYY-MM-DD] [--kb FILE] [--format json|jsonl] [--jobs N] [-o FILE] FILE...|DIR...|-",
		"eventgraph extract seeds/000_bc5b05ce5a26e218.txt > events.json")
	var in inputFlags
	in.add(fs)
	out := fs.StringP("output", "o", "-", "write the JSON to `FILE` (- for standard output)")
	format := fs.String("format", "json", "`format`: json (one merged document) or jsonl (one document per article and line, as each is done)")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch *format {
	case "json":
	case "jsonl":
		opt, err := in.options()
		if err != nil {
			return err
		}
		return e.stream(*out, func(w io.Writer, flush func() error) error {
			return e.each(&in, fs.Args(), opt, func(r corpus.Result) error {
				b, err := json.Marshal(r.Doc)
				if err != nil {
					return err
				}
				if _, err := w.Write(append(b, '\n')); err != nil {
					return err
				}
				return flush()
			})
		})
	default:
		return usageError{fmt.Sprintf("--format %q: want json or jsonl", *format)}
	}
	doc, err := e.load(&in, fs.Args())
	if err != nil {
		return err
	}
	return e.stream(*out, func(w io.Writer, _ func() error) error { return writeJSON(w, doc) })
}
