package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
)

func (e *env) build(args []string) error {
	fs := e.flagSet("build", "build [--date YYYY-MM-DD] [--formats LIST|all] [--jobs N] [--from-jsonl] [--lanes MODE] [--layout L] [--cluster] [--top N] [-o DIR] FILE...|DIR...|-",
		"eventgraph build -o out --formats all seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
	fs.BoolVar(&in.docs, "from-jsonl", false, "read .jsonl files and - as documents that extract --format jsonl wrote, one per line")
	var flt filterFlags
	flt.add(fs)
	dir := fs.StringP("output", "o", "out", "write the files into `DIR` (created if missing)")
	title := fs.String("title", "", "title of the pictures")
	var tpic timelineFlags
	tpic.add(fs)
	var npic networkFlags
	npic.add(fs)
	formats := fs.String("formats", defaultBuildFormats, "comma `list` of the formats to write, or all: "+buildFormatNames())
	if err := parse(fs, args); err != nil {
		return err
	}
	outputs, err := buildFiles(*formats)
	if err != nil {
		return err
	}
	if err := tpic.check(); err != nil {
		return err
	}
	if err := npic.check(); err != nil {
		return err
	}
	doc, err := e.load(&in, fs.Args())
	if err == nil {
		doc, err = flt.apply(doc)
	}
	if err != nil {
		return err
	}
	g, err := graph.Build(doc)
	if err != nil {
		return err
	}
	// render everything first, so that a failure writes nothing;
	// events.json, which can be large, is written from the document
	x := exportInput{doc: doc, g: g, topt: tpic.options(*title, 0), nopt: npic.options(networkTitle(*title, doc))}
	bufs := make([]bytes.Buffer, len(outputs))
	names := make([]string, len(outputs))
	for i, o := range outputs {
		names[i] = o.name
		if o.name == "events.json" {
			continue
		}
		if err := o.write(x, &bufs[i]); err != nil {
			return fmt.Errorf("%s: %w", o.name, err)
		}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	for i, o := range outputs {
		path := filepath.Join(*dir, o.name)
		if o.name == "events.json" {
			err = writeAtomic(path, func(w io.Writer) error { return o.write(x, w) })
		} else {
			err = writeFileAtomic(path, bufs[i].Bytes())
		}
		if err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "eventgraph build: %d events, %d actors; wrote %s/{%s}\n",
		len(doc.Events), len(doc.Actors), *dir, strings.Join(names, ","))
	return nil
}
