package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/eventgraph/eventgraph/corpus"
	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/kb"
	"github.com/spf13/pflag"
)

// common flags of the commands that read articles.
type inputFlags struct {
	date  string
	kb    string
	jobs  int
	quiet bool
	// docs reads .jsonl files and stdin as documents (build --from-jsonl).
	docs bool
	decodeFlags
}

func (in *inputFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&in.date, "date", "", "reference date `YYYY-MM-DD` for relative dates (default: the date: header or dateline)")
	fs.StringVar(&in.kb, "kb", "", "extra knowledge-base `FILE` (TSV, same format as the built-in one) adding or overriding actors")
	fs.IntVar(&in.jobs, "jobs", 0, "extract `N` articles at a time (default: one per core)")
	fs.BoolVarP(&in.quiet, "quiet", "q", false, "no progress report on standard error")
	in.decodeFlags.add(fs)
}

// options builds extraction options from the flags.
func (in *inputFlags) options() (events.Options, error) {
	var opt events.Options
	if in.jobs < 0 {
		return opt, usageError{fmt.Sprintf("--jobs %d: want 1 or more (0 for one per core)", in.jobs)}
	}
	if in.jobs == 0 {
		in.jobs = runtime.NumCPU()
	}
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

// load reads the inputs with the options the flags give and merges their
// documents into one.
func (e *env) load(in *inputFlags, files []string) (events.Document, error) {
	opt, err := in.options()
	if err != nil {
		return events.Document{}, err
	}
	m := events.NewMerger(opt.KB)
	err = e.each(in, files, opt, func(r corpus.Result) error {
		m.Add(r.Doc)
		return nil
	})
	return m.Document(), err
}

// each extracts (or, for documents, decodes) every input on in.jobs
// workers and calls fn with the documents in input order, reporting
// progress on a terminal.
func (e *env) each(in *inputFlags, files []string, opt events.Options, fn func(corpus.Result) error) error {
	if len(files) == 0 {
		return usageError{"no input files (give FILE... or - for standard input)"}
	}
	dec, err := in.decodeFlags.options()
	if err != nil {
		return err
	}
	files, err = corpus.Expand(files)
	if err != nil {
		return err
	}
	var p *corpus.Progress
	if !in.quiet {
		total, _ := corpus.Size(files)
		p = corpus.NewProgress(e.stderr, total)
	}
	r := corpus.NewReader(files, e.stdin, corpus.Options{Documents: in.docs, Text: dec})
	defer r.Close()
	err = corpus.Run(r.Next, in.jobs, opt, func(res corpus.Result) error {
		p.Add(res.Item.Size)
		if len(res.Doc.Events) == 0 && !in.quiet {
			why := ""
			if res.Item.NoText {
				why = " (it has no text)"
			}
			fmt.Fprintf(e.stderr, "eventgraph: no events found in %s%s\n", res.Item.Name, why)
		}
		if res.Item.Article() && len(res.Doc.Events) > 0 && res.Doc.Document.Published == "" && !in.quiet {
			fmt.Fprintf(e.stderr, "eventgraph: %s has no date (no date: header or dateline), so relative dates such as \"Monday\" stay undated; --date sets one\n", res.Item.Name)
		}
		return fn(res)
	})
	p.Done()
	return inputHint(err)
}
