package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/kb"
	"github.com/spf13/pflag"
)

// common flags of the commands that read articles.
type inputFlags struct {
	date string
	kb   string
	decodeFlags
}

func (in *inputFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&in.date, "date", "", "reference date `YYYY-MM-DD` for relative dates (default: the date: header or dateline)")
	fs.StringVar(&in.kb, "kb", "", "extra knowledge-base `FILE` (TSV, same format as the built-in one) adding or overriding actors")
	in.decodeFlags.add(fs)
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
	if e.decode, err = in.decodeFlags.options(); err != nil {
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
		data, err := e.readInput(name)
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
		d, err := e.extractText(name, data, opt)
		if err != nil {
			return events.Document{}, err
		}
		docs = append(docs, d)
	}
	return events.Merge(docs...), nil
}
