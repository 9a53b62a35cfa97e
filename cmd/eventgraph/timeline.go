package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/render"
)

func (e *env) timeline(args []string) error {
	fs := e.flagSet("timeline", "timeline [--format svg|png|mermaid|timelinejs|csv] [--lanes actor|type|none] [--aggregate auto|none|day|week|month] [--from DATE] [--to DATE] [--types T,...] [--actor NAME] [--date YYYY-MM-DD] [--title T] [--width PX] [-o FILE] FILE...",
		"eventgraph timeline -o timeline.svg seeds/000_bc5b05ce5a26e218.txt\n  eventgraph timeline --lanes actor --format png -o timeline.png seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
	var flt filterFlags
	flt.add(fs)
	out := fs.StringP("output", "o", "-", "write the picture to `FILE` (- for standard output)")
	title := fs.String("title", "", "title of the picture (default: the article's title or id)")
	width := fs.Int("width", 800, "width in `pixels`")
	lanes := fs.String("lanes", "none", "swim lanes: `MODE` actor (one per principal actor), type (one per event type) or none")
	agg := fs.String("aggregate", "auto", "group dated events of a type per day, week or month: `MODE` auto (when too dense), none, day, week or month")
	format := fs.String("format", "svg", "output `format`: "+strings.Join(timelineFormats, ", "))
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, timelineFormats); err != nil {
		return err
	}
	if !slices.Contains(render.LaneModes, *lanes) {
		return usageError{fmt.Sprintf("--lanes %q: want one of %s", *lanes, strings.Join(render.LaneModes, ", "))}
	}
	if !slices.Contains(render.AggregateModes, *agg) {
		return usageError{fmt.Sprintf("--aggregate %q: want one of %s", *agg, strings.Join(render.AggregateModes, ", "))}
	}
	if _, err := flt.filter(); err != nil {
		return err
	}
	doc, err := e.load(&in, fs.Args())
	if err == nil {
		doc, err = flt.apply(doc)
	}
	if err != nil {
		return err
	}
	opt := render.TimelineOptions{Title: *title, Width: *width, Lanes: *lanes, Aggregate: *agg}
	return e.write(*out, func(w io.Writer) error {
		return writeTimeline(w, doc, *format, opt)
	})
}
