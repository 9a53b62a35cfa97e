package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/eventgraph/eventgraph/render"
)

// The widths timeline --width takes: narrower, the renderer would widen
// the picture anyway; wider, no screen or page shows it whole.
const (
	minWidth = render.MinTimelineWidth
	maxWidth = 10000
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
	width := fs.Int("width", 800, fmt.Sprintf("width in `pixels` (%d to %d)", minWidth, maxWidth))
	var pic timelineFlags
	pic.add(fs)
	format := fs.String("format", "svg", "output `format`: "+strings.Join(timelineFormats, ", "))
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, timelineFormats); err != nil {
		return err
	}
	if err := pic.check(); err != nil {
		return err
	}
	if *width < minWidth || *width > maxWidth {
		return usageError{fmt.Sprintf("--width %d: want %d to %d pixels", *width, minWidth, maxWidth)}
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
	opt := pic.options(*title, *width)
	return e.write(*out, func(w io.Writer) error {
		return writeTimeline(w, doc, *format, opt)
	})
}
