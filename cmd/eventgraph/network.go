package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

func (e *env) network(args []string) error {
	fs := e.flagSet("network", "network [--format svg|dot|png|graphml|gexf|mermaid] [--layout auto|dot|neato|fdp|circo|sfdp|twopi] [--cluster] [--top N] [--actor NAME [--depth N]] [--from DATE] [--to DATE] [--types T,...] [-o FILE] FILE...",
		"eventgraph network --format dot -o network.dot seeds/000_bc5b05ce5a26e218.txt\n  eventgraph network --cluster --actor Blinken --depth 2 -o blinken.svg seeds/000_bc5b05ce5a26e218.txt")
	var in inputFlags
	in.add(fs)
	var flt filterFlags
	flt.add(fs)
	out := fs.StringP("output", "o", "-", "write the picture to `FILE` (- for standard output)")
	format := fs.String("format", "svg", "output `format`: "+strings.Join(networkFormats, ", "))
	var pic networkFlags
	pic.add(fs)
	title := fs.String("title", "", "title of the picture")
	depth := fs.Int("depth", 0, "with --actor, draw the actor's neighbourhood up to `N` relations away instead of filtering events")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, networkFormats); err != nil {
		return err
	}
	if err := pic.check(); err != nil {
		return err
	}
	if *depth < 0 {
		return usageError{"--depth must not be negative"}
	}
	var focus string
	if fs.Changed("depth") {
		if len(flt.actors) != 1 {
			return usageError{"--depth needs exactly one --actor"}
		}
		focus, flt.actors = flt.actors[0], nil
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
	nopt := pic.options(networkTitle(*title, doc))
	nopt.Depth = *depth
	if focus != "" {
		a, err := doc.LookupActor(focus)
		if err != nil {
			return fmt.Errorf("--actor: %w", err)
		}
		nopt.Focus = a.ID
	}
	g, err := graph.Build(doc)
	if err != nil {
		return err
	}
	return e.write(*out, func(w io.Writer) error {
		return writeNetwork(w, g, *format, nopt)
	})
}

// networkTitle is the title of a network picture: the one asked for, else
// "Actors of" the document's title, as the HTML report heads its network,
// else none (the renderer's "Actor network").
func networkTitle(title string, doc events.Document) string {
	if title == "" && doc.Document.Title != "" {
		return "Actors of " + doc.Document.Title
	}
	return title
}
