package main

import (
	"io"
	"strings"

	"github.com/eventgraph/eventgraph/render"
)

func (e *env) timeline(args []string) error {
	fs := e.flagSet("timeline", "timeline [--date YYYY-MM-DD] [--format svg|mermaid|timelinejs|csv] [--title T] [--width PX] [-o FILE] FILE...",
		"eventgraph timeline -o timeline.svg seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
	out := fs.StringP("output", "o", "-", "write the SVG to `FILE` (- for standard output)")
	title := fs.String("title", "", "title of the picture (default: the article's title or id)")
	width := fs.Int("width", 800, "width in `pixels`")
	format := fs.String("format", "svg", "output `format`: "+strings.Join(timelineFormats, ", "))
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, timelineFormats); err != nil {
		return err
	}
	doc, err := e.load(&in, fs.Args())
	if err != nil {
		return err
	}
	return e.write(*out, func(w io.Writer) error {
		return writeTimeline(w, doc, *format, render.TimelineOptions{Title: *title, Width: *width})
	})
}
