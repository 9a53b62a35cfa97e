package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/events/score"
)

const goldSuffix = ".gold.json"

func (e *env) eval(args []string) error {
	fs := e.flagSet("eval", "eval [--verbose] [--json] [--by-type] [--kb FILE] [-o FILE] GOLD_DIR [PRED_DIR]",
		"eventgraph eval gold pred         score pred/NAME.json against gold/NAME.gold.json\n"+
			"  eventgraph eval --verbose gold    extract gold/NAME.txt and score it, with each match")
	var in inputFlags
	fs.StringVar(&in.kb, "kb", "", "extra knowledge-base `FILE` for the extraction without PRED_DIR")
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
	names, err := goldNames(goldDir)
	if err != nil {
		return err
	}
	var predict func(i int, name string) ([]byte, string, error)
	if fs.NArg() == 2 {
		predDir := fs.Arg(1)
		if err := isDir(predDir); err != nil {
			return err
		}
		predict = func(_ int, name string) ([]byte, string, error) {
			path := filepath.Join(predDir, name+".json")
			data, err := os.ReadFile(path)
			return data, path, err
		}
	} else {
		opt, err := in.options()
		if err != nil {
			return err
		}
		show := *progress || isTerminal(e.stderr)
		predict = func(i int, name string) ([]byte, string, error) {
			path := filepath.Join(goldDir, name+".txt")
			if show {
				fmt.Fprintf(e.stderr, "eventgraph eval: [%d/%d] extracting %s\n", i+1, len(names), path)
			}
			if _, err := os.Stat(path); err != nil {
				return nil, path, err
			}
			doc, err := e.read([]string{path}, opt)
			if err != nil {
				return nil, path, fmt.Errorf("extract %s: %w", path, err)
			}
			var buf bytes.Buffer
			err = writeJSON(&buf, doc)
			return buf.Bytes(), path, err
		}
	}
	var r score.Report
	for i, name := range names {
		gp := filepath.Join(goldDir, name+goldSuffix)
		data, err := os.ReadFile(gp)
		if err != nil {
			return err
		}
		gold, err := score.ParseGold(gp, data)
		if err != nil {
			return err
		}
		var pred *score.Prediction
		data, path, err := predict(i, name)
		switch {
		case errors.Is(err, os.ErrNotExist):
			fmt.Fprintf(e.stderr, "eventgraph eval: %s: no prediction (%s is missing), scored as empty\n", name, path)
		case err != nil:
			fmt.Fprintf(e.stderr, "eventgraph eval: %s: %v; scored as empty\n", name, err)
		default:
			if pred, err = score.ParsePrediction(path, data); err != nil {
				fmt.Fprintf(e.stderr, "eventgraph eval: %s: unreadable prediction: %v; scored as empty\n", name, err)
			}
		}
		r.Docs = append(r.Docs, score.Score(name, gold, pred))
	}
	o := score.Options{Verbose: *verbose, ByType: *byType}
	return e.write(*out, func(w io.Writer) error {
		if *asJSON {
			return r.WriteJSON(w, o)
		}
		return r.WriteText(w, o)
	})
}

// goldNames lists the NAME of every NAME.gold.json in dir, sorted as
// score.py sorts them.
func goldNames(dir string) ([]string, error) {
	if err := isDir(dir); err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, de := range entries {
		if n, ok := strings.CutSuffix(de.Name(), goldSuffix); ok {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no NAME%s files", dir, goldSuffix)
	}
	slices.Sort(names)
	return names, nil
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

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
