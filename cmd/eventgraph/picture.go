package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/eventgraph/eventgraph/render"
)

// defaultTop is how many actors a network picture keeps unless --top says
// otherwise: the most connected ones, the picture saying how many it left
// out. A month of wire copy names hundreds of actors, which no picture in a
// report can show legibly; the data exports (GraphML, GEXF, events.json)
// keep them all.
const defaultTop = 60

// networkFlags are the flags of the network picture, shared by network
// and build.
type networkFlags struct {
	layout  string
	cluster bool
	top     int
}

func (f *networkFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&f.layout, "layout", "auto", fmt.Sprintf("Graphviz `layout`: auto (dot up to %d linked actors, sfdp beyond), dot, neato, fdp, circo, sfdp or twopi", render.AutoDotNodes))
	fs.BoolVar(&f.cluster, "cluster", false, "draw people inside a box of their country or organisation")
	fs.IntVar(&f.top, "top", defaultTop, "keep the `N` most connected actors in the network picture and say how many were left out (0: all)")
}

// check reports bad values as usage errors.
func (f *networkFlags) check() error {
	if !slices.Contains(render.Layouts, f.layout) {
		return usageError{fmt.Sprintf("--layout %q: want one of %s", f.layout, strings.Join(render.Layouts, ", "))}
	}
	if f.top < 0 {
		return usageError{"--top must not be negative"}
	}
	return nil
}

// options returns the network options the flags give.
func (f *networkFlags) options(title string) render.NetworkOptions {
	return render.NetworkOptions{Title: title, Layout: f.layout, Cluster: f.cluster, Top: f.top}
}

// timelineFlags are the flags of the timeline picture, shared by timeline
// and build.
type timelineFlags struct {
	lanes, aggregate string
}

func (f *timelineFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&f.lanes, "lanes", "none", "swim lanes: `MODE` actor (one per principal actor), type (one per event type) or none")
	fs.StringVar(&f.aggregate, "aggregate", "auto", "group dated events of a type per day, week or month: `MODE` auto (when too dense), none, day, week or month")
}

// check reports bad values as usage errors.
func (f *timelineFlags) check() error {
	if !slices.Contains(render.LaneModes, f.lanes) {
		return usageError{fmt.Sprintf("--lanes %q: want one of %s", f.lanes, strings.Join(render.LaneModes, ", "))}
	}
	if !slices.Contains(render.AggregateModes, f.aggregate) {
		return usageError{fmt.Sprintf("--aggregate %q: want one of %s", f.aggregate, strings.Join(render.AggregateModes, ", "))}
	}
	return nil
}

// options returns the timeline options the flags give.
func (f *timelineFlags) options(title string, width int) render.TimelineOptions {
	return render.TimelineOptions{Title: title, Width: width, Lanes: f.lanes, Aggregate: f.aggregate}
}
