package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/kb"
	"github.com/eventgraph/eventgraph/events/timex"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

const usage = `eventgraph turns news articles into dated events, an actor network and pictures.

Usage:
  eventgraph extract  [--date YYYY-MM-DD] [--kb FILE] [-o FILE] FILE...|-   events JSON
  eventgraph timeline [--date ...] [-o FILE] FILE...                       timeline SVG
  eventgraph network  [--format svg|dot|png] [--layout L] [-o FILE] FILE... actor network
  eventgraph build    [-o DIR] FILE...          events.json, timeline.svg, network.svg, network.dot
  eventgraph timex    [--date YYYY-MM-DD] FILE|-                          time expressions JSON

Several files merge into one graph and one timeline. "-" reads standard input.
A FILE ending in .json is read as a document that extract wrote.

Example:
  eventgraph build -o out seeds/000_bc5b05ce5a26e218.txt

Run "eventgraph COMMAND --help" for a command's flags.
`

// usageError is an error in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "extract":
		err = e.extract(args[1:])
	case "timeline":
		err = e.timeline(args[1:])
	case "network":
		err = e.network(args[1:])
	case "build":
		err = e.build(args[1:])
	case "timex":
		err = e.timex(args[1:])
	default:
		fmt.Fprintf(stderr, "eventgraph: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err == nil {
		return 0
	}
	if errors.Is(err, pflag.ErrHelp) {
		return 0
	}
	fmt.Fprintf(stderr, "eventgraph %s: %v\n", args[0], err)
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// common flags of the commands that read articles.
type inputFlags struct {
	date string
	kb   string
}

func (e *env) flagSet(name, synopsis, example string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "Usage: eventgraph %s\n\nFlags:\n%s\nExample:\n  %s\n", synopsis, fs.FlagUsages(), example)
	}
	return fs
}

func (in *inputFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&in.date, "date", "", "reference date `YYYY-MM-DD` for relative dates (default: the date: header or dateline)")
	fs.StringVar(&in.kb, "kb", "", "extra knowledge-base `FILE` (TSV, same format as the built-in one) adding or overriding actors")
}

func parse(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

// options builds extraction options from the flags.
func (in *inputFlags) options() (events.Options, error) {
	var opt events.Options
	if in.date != "" {
		d, err := events.ParseDate(in.date)
		if err != nil || len(d) != 10 {
			return opt, usageError{fmt.Sprintf("--date %q: not a date of the form YYYY-MM-DD", in.date)}
		}
		opt.Date = d
	}
	if in.kb != "" {
		f, err := os.Open(in.kb)
		if err != nil {
			return opt, err
		}
		defer f.Close()
		o, err := kb.Load(in.kb, f)
		if err != nil {
			return opt, err
		}
		k := kb.Default().Merge(o)
		if err := k.Validate(); err != nil {
			return opt, fmt.Errorf("%s: %w", in.kb, err)
		}
		opt.KB = k
	}
	return opt, nil
}

// load reads the inputs with the options the flags give.
func (e *env) load(in *inputFlags, files []string) (events.Document, error) {
	opt, err := in.options()
	if err != nil {
		return events.Document{}, err
	}
	return e.read(files, opt)
}

// read extracts (or, for .json files, loads) every input and merges them.
func (e *env) read(files []string, opt events.Options) (events.Document, error) {
	if len(files) == 0 {
		return events.Document{}, usageError{"no input files (give FILE... or - for standard input)"}
	}
	var docs []events.Document
	for _, name := range files {
		var data []byte
		var err error
		if name == "-" {
			data, err = io.ReadAll(e.stdin)
		} else {
			data, err = os.ReadFile(name)
		}
		if err != nil {
			return events.Document{}, err
		}
		if strings.HasSuffix(name, ".json") {
			var d events.Document
			if err := json.Unmarshal(data, &d); err != nil {
				return events.Document{}, fmt.Errorf("%s: not an eventgraph document: %w", name, err)
			}
			docs = append(docs, d)
			continue
		}
		d, err := events.Extract(name, string(data), opt)
		if err != nil {
			return events.Document{}, err
		}
		docs = append(docs, d)
	}
	return events.Merge(docs...), nil
}

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

func (e *env) timeline(args []string) error {
	fs := e.flagSet("timeline", "timeline [--date YYYY-MM-DD] [--title T] [--width PX] [-o FILE] FILE...",
		"eventgraph timeline -o timeline.svg seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
	out := fs.StringP("output", "o", "-", "write the SVG to `FILE` (- for standard output)")
	title := fs.String("title", "", "title of the picture (default: the article's title or id)")
	width := fs.Int("width", 800, "width in `pixels`")
	if err := parse(fs, args); err != nil {
		return err
	}
	doc, err := e.load(&in, fs.Args())
	if err != nil {
		return err
	}
	return e.write(*out, func(w io.Writer) error {
		return render.Timeline(w, doc, render.TimelineOptions{Title: *title, Width: *width})
	})
}

func (e *env) network(args []string) error {
	fs := e.flagSet("network", "network [--format svg|dot|png] [--layout dot|neato|fdp|circo|sfdp] [-o FILE] FILE...",
		"eventgraph network --format dot -o network.dot seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
	out := fs.StringP("output", "o", "-", "write the picture to `FILE` (- for standard output)")
	format := fs.String("format", "svg", "output `format`: svg, dot or png")
	layout := fs.String("layout", "dot", "Graphviz `layout`: dot, neato, fdp, circo or sfdp")
	title := fs.String("title", "", "title of the picture")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch *format {
	case "svg", "dot", "png":
	default:
		return usageError{fmt.Sprintf("--format %q: want svg, dot or png", *format)}
	}
	if !slices.Contains(render.Layouts, *layout) {
		return usageError{fmt.Sprintf("--layout %q: want one of %s", *layout, strings.Join(render.Layouts, ", "))}
	}
	doc, err := e.load(&in, fs.Args())
	if err != nil {
		return err
	}
	g, err := graph.Build(doc)
	if err != nil {
		return err
	}
	nopt := render.NetworkOptions{Title: *title, Layout: *layout}
	return e.write(*out, func(w io.Writer) error {
		return render.Network(context.Background(), w, g, *format, nopt)
	})
}

func (e *env) build(args []string) error {
	fs := e.flagSet("build", "build [--date YYYY-MM-DD] [-o DIR] FILE...",
		"eventgraph build -o out seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
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
	// render everything first, so that a failure writes nothing
	nopt := render.NetworkOptions{Title: *title}
	outputs := []struct {
		name string
		make func(io.Writer) error
	}{
		{"events.json", func(w io.Writer) error { return writeJSON(w, doc) }},
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
	for i, o := range outputs {
		if err := writeFileAtomic(filepath.Join(*dir, o.name), bufs[i].Bytes()); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stderr, "eventgraph build: %d events, %d actors; wrote %s/{events.json,timeline.svg,network.svg,network.dot}\n",
		len(doc.Events), len(doc.Actors), *dir)
	return nil
}

func (e *env) timex(args []string) error {
	fs := e.flagSet("timex", "timex [--date YYYY-MM-DD] FILE|-", "eventgraph timex --date 2013-03-21 article.txt")
	date := fs.String("date", "", "reference date `YYYY-MM-DD` (default: the date: header or dateline)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"timex takes one FILE (or - for standard input)"}
	}
	name := fs.Arg(0)
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(e.stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	text := string(data)
	dct := *date
	if dct != "" {
		if d, err := events.ParseDate(dct); err != nil || len(d) != 10 {
			return usageError{fmt.Sprintf("--date %q: not a date of the form YYYY-MM-DD", dct)}
		}
	} else {
		h := events.ParseHeader(text)
		if v := h.Fields["date"]; v != "" {
			dct = v
		} else {
			dct = string(events.DatelineDate(text[h.Body:]))
		}
	}
	tx := timex.Tag(text, dct)
	if tx == nil {
		tx = []timex.Timex{}
	}
	b, err := json.MarshalIndent(struct {
		DCT     string        `json:"dct"`
		Timexes []timex.Timex `json:"timexes"`
	}{dct, tx}, "", "  ")
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(append(b, '\n'))
	return err
}

// write renders into memory, then writes to standard output or, atomically, to a file.
func (e *env) write(name string, make func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := make(&buf); err != nil {
		return err
	}
	if name == "-" || name == "" {
		_, err := e.stdout.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(name, buf.Bytes())
}

// writeFileAtomic writes data to a temporary file beside name and renames it
// into place, so that a failure never leaves a half-written file.
func writeFileAtomic(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, unwrapPath(err))
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", name, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the operation and temporary path from an *os.PathError or
// *os.LinkError, keeping the cause ("no such file or directory").
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
