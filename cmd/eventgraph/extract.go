package main

import (
	"encoding/json"
	"io"

	"github.com/eventgraph/eventgraph/events"
)

func (e *env) extract(args []string) error {
	fs := e.flagSet("extract", "extract [--date YYYY-MM-DD] [--kb FILE] [-o FILE] FILE...|-",
		"eventgraph extract seeds/000_bc5b05ce5a26e218.txt > events.json")
	var in inputFlags
	in.add(fs)
	out := fs.StringP("output", "o", "-", "write the JSON to `FILE` (- for standard output)")
	if err := parse(fs, args); err != nil {
		return err
	}
	doc, err := e.load(&in, fs.Args())
	if err != nil {
		return err
	}
	return e.write(*out, func(w io.Writer) error { return writeJSON(w, doc) })
}

func writeJSON(w io.Writer, doc events.Document) error {
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}
