package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

func (e *env) build(args []string) error {
	fs := e.flagSet("build", "build [--date YYYY-MM-DD] [--jobs N] [--from-jsonl] [-o DIR] FILE...|DIR...|-",
		"eventgraph build -o out seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
	fs.BoolVar(&in.docs, "from-jsonl", false, "read .jsonl files and - as documents that extract --format jsonl wrote, one per line")
	dir := fs.StringP("output", "o", "out", "write the files into `DIR` (created if missing)")
	title := fs.String("title", "", "title of the pictures")
	if err := parse(fs, args); err != nil {
		return err
	}
	doc, err := e.load(&in, fs.Args())
	if err != nil {
		return err
	}
	g, err := graph.Build(doc)
	if err != nil {
		return err
	}
	// render the pictures first, so that a failure writes nothing;
	// events.json, which can be large, is written from the document
	nopt := render.NetworkOptions{Title: *title}
	outputs := []struct {
		name string
		make func(io.Writer) error
	}{
		{"timeline.svg", func(w io.Writer) error {
			return render.Timeline(w, doc, render.TimelineOptions{Title: *title})
		}},
		{"network.svg", func(w io.Writer) error { return render.Network(context.Background(), w, g, "svg", nopt) }},
		{"network.dot", func(w io.Writer) error { return render.DOT(w, g, nopt) }},
	}
	bufs := make([]bytes.Buffer, len(outputs))
	for i, o := range outputs {
		if err := o.make(&bufs[i]); err != nil {
			return fmt.Errorf("%s: %w", o.name, err)
		}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	if err := writeAtomic(filepath.Join(*dir, "events.json"), func(w io.Writer) error { return writeJSON(w, doc) }); err != nil {
		return err
	}
	for i, o := range outputs {
		if err := writeFileAtomic(filepath.Join(*dir, o.name), bufs[i].Bytes()); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "eventgraph build: %d events, %d actors; wrote %s/{events.json,timeline.svg,network.svg,network.dot}\n",
		len(doc.Events), len(doc.Actors), *dir)
	return nil
}
