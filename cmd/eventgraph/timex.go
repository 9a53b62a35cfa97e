package main

import (
	"encoding/json"
	"fmt"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/timex"
)

func (e *env) timex(args []string) error {
	fs := e.flagSet("timex", "timex [--date YYYY-MM-DD] FILE|-", "eventgraph timex --date 2013-03-21 article.txt")
	date := fs.String("date", "", "reference date `YYYY-MM-DD` (default: the date: header or dateline)")
	var dec decodeFlags
	dec.add(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"timex takes one FILE (or - for standard input)"}
	}
	dct := *date
	if dct != "" {
		if d, err := events.ParseDate(dct); err != nil || len(d) != 10 {
			return usageError{fmt.Sprintf("--date %q: not a date of the form YYYY-MM-DD", dct)}
		}
	}
	var err error
	if e.decode, err = dec.options(); err != nil {
		return err
	}
	name := fs.Arg(0)
	data, err := e.readInput(name)
	if err != nil {
		return err
	}
	text, err := e.decodeText(name, data)
	if err != nil {
		return err
	}
	if dct == "" {
		h := events.ParseHeader(text)
		if v := h.Fields["date"]; v != "" {
			if _, err := events.ParseDate(v); err != nil {
				return fmt.Errorf("%s:1: date header: %w", name, err)
			}
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
