package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

func (e *env) network(args []string) error {
	fs := e.flagSet("network", "network [--format svg|dot|png|graphml|gexf|mermaid] [--layout dot|neato|fdp|circo|sfdp] [-o FILE] FILE...",
		"eventgraph network --format dot -o network.dot seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
	out := fs.StringP("output", "o", "-", "write the picture to `FILE` (- for standard output)")
	format := fs.String("format", "svg", "output `format`: "+strings.Join(networkFormats, ", "))
	layout := fs.String("layout", "dot", "Graphviz `layout`: dot, neato, fdp, circo or sfdp")
	title := fs.String("title", "", "title of the picture")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, networkFormats); err != nil {
		return err
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
		return writeNetwork(w, g, *format, nopt)
	})
}
