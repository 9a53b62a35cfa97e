package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/eventgraph/eventgraph/corpus"
	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/score"
)

func (e *env) eval(args []string) error {
	fs := e.flagSet("eval", "eval [--verbose] [--json] [--by-type] [--kb FILE] [-o FILE] GOLD_DIR [PRED_DIR]",
		"eventgraph eval gold pred         score pred/NAME.json against gold/NAME.gold.json\n"+
			"  eventgraph eval --verbose gold    extract gold/NAME.txt and score it, with each match")
	in := inputFlags{jobs: 1, quiet: true}
	fs.StringVar(&in.kb, "kb", "", "extra knowledge-base `FILE` for the extraction without PRED_DIR")
	in.decodeFlags.add(fs)
	verbose := fs.BoolP("verbose", "v", false, "print each document's figures and matches first, as score.py --verbose")
	asJSON := fs.Bool("json", false, "print the figures as one JSON object, as score.py --json")
	byType := fs.Bool("by-type", false, "add precision, recall, F1 and strict F1 per event type")
	progress := fs.Bool("progress", false, "report each extracted article on standard error (default when it is a terminal)")
	out := fs.StringP("output", "o", "-", "write the report to `FILE` (- for standard output)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 1 || fs.NArg() > 2 {
		return usageError{"eval takes GOLD_DIR and, optionally, PRED_DIR"}
	}
	goldDir := fs.Arg(0)
	if err := isDir(goldDir); err != nil {
		return err
	}
	// read gives the prediction for NAME and the file it came from
	var read func(name string) ([]byte, string, error)
	if fs.NArg() == 2 {
		predDir := fs.Arg(1)
		if err := isDir(predDir); err != nil {
			return err
		}
		read = func(name string) ([]byte, string, error) {
			path := filepath.Join(predDir, name+".json")
			data, err := os.ReadFile(path)
			return data, path, err
		}
	} else {
		opt, err := in.options()
		if err != nil {
			return err
		}
		show := *progress || corpus.IsTerminal(e.stderr)
		names, err := score.Names(goldDir)
		if err != nil {
			return err
		}
		done := 0
		read = func(name string) ([]byte, string, error) {
			path := filepath.Join(goldDir, name+".txt")
			if done++; show {
				fmt.Fprintf(e.stderr, "eventgraph eval: [%d/%d] extracting %s\n", done, len(names), path)
			}
			if _, err := os.Stat(path); err != nil {
				return nil, path, err
			}
			var doc events.Document
			err := e.each(&in, []string{path}, opt, func(r corpus.Result) error {
				doc = r.Doc
				return nil
			})
			if err != nil {
				return nil, path, fmt.Errorf("extract %s: %w", path, err)
			}
			var buf bytes.Buffer
			err = writeJSON(&buf, doc)
			return buf.Bytes(), path, err
		}
	}
	r, err := score.Dir(goldDir, func(name string) *score.Prediction {
		data, path, err := read(name)
		switch {
		case errors.Is(err, os.ErrNotExist):
			fmt.Fprintf(e.stderr, "eventgraph eval: %s: no prediction (%s is missing), scored as empty\n", name, path)
		case err != nil:
			fmt.Fprintf(e.stderr, "eventgraph eval: %s: %v; scored as empty\n", name, err)
		default:
			pred, err := score.ParsePrediction(path, data)
			if err == nil {
				return pred
			}
			fmt.Fprintf(e.stderr, "eventgraph eval: %s: unreadable prediction: %v; scored as empty\n", name, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	o := score.Options{Verbose: *verbose, ByType: *byType}
	return e.write(*out, func(w io.Writer) error {
		if *asJSON {
			return r.WriteJSON(w, o)
		}
		return r.WriteText(w, o)
	})
}

// isDir returns an error naming dir unless it is a directory.
func isDir(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("%s: %w", dir, unwrapPath(err))
	}
	if !st.IsDir() {
		return fmt.Errorf("%s: not a directory", dir)
	}
	return nil
}
