package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

// exportInput is what every output of build is made from.
type exportInput struct {
	doc  events.Document
	g    *graph.Graph
	topt render.TimelineOptions
	nopt render.NetworkOptions
}

// outputFile is one file build writes.
type outputFile struct {
	name  string
	write func(x exportInput, w io.Writer) error
}

// buildFormat is a format of build --formats and the files it writes.
type buildFormat struct {
	name  string
	files []outputFile
}

// buildFormats are the formats of build --formats, in the order they are written.
var buildFormats = []buildFormat{
	{"json", []outputFile{{"events.json", func(x exportInput, w io.Writer) error { return writeJSON(w, x.doc) }}}},
	{"timeline", []outputFile{{"timeline.svg", func(x exportInput, w io.Writer) error { return render.Timeline(w, x.doc, x.topt) }}}},
	{"network", []outputFile{{"network.svg", func(x exportInput, w io.Writer) error {
		return render.Network(context.Background(), w, x.g, "svg", x.nopt)
	}}}},
	{"dot", []outputFile{{"network.dot", func(x exportInput, w io.Writer) error { return render.DOT(w, x.g, x.nopt) }}}},
	{"png", []outputFile{
		{"timeline.png", func(x exportInput, w io.Writer) error { return render.TimelinePNG(w, x.doc, x.topt) }},
		{"network.png", func(x exportInput, w io.Writer) error {
			return render.Network(context.Background(), w, x.g, "png", x.nopt)
		}},
	}},
	{"csv", []outputFile{
		{"events.csv", func(x exportInput, w io.Writer) error { return render.EventsCSV(w, x.doc) }},
		{"actors.csv", func(x exportInput, w io.Writer) error { return render.ActorsCSV(w, x.doc) }},
	}},
	{"graphml", []outputFile{{"network.graphml", func(x exportInput, w io.Writer) error { return render.GraphML(w, x.g, x.nopt) }}}},
	{"gexf", []outputFile{{"network.gexf", func(x exportInput, w io.Writer) error { return render.GEXF(w, x.g, x.nopt) }}}},
	{"mermaid", []outputFile{
		{"timeline.mmd", func(x exportInput, w io.Writer) error { return render.MermaidTimeline(w, x.doc, x.topt) }},
		{"network.mmd", func(x exportInput, w io.Writer) error { return render.MermaidFlowchart(w, x.g, x.nopt) }},
	}},
	{"timelinejs", []outputFile{{"timelinejs.json", func(x exportInput, w io.Writer) error { return render.TimelineJS(w, x.doc, x.topt) }}}},
	{"html", []outputFile{{"report.html", func(x exportInput, w io.Writer) error {
		return render.Report(context.Background(), w, x.doc, x.g, render.ReportOptions{Title: x.topt.Title, Timeline: x.topt, Network: x.nopt})
	}}}},
}

// defaultBuildFormats is the default of build --formats.
const defaultBuildFormats = "json,timeline,network,dot"

func buildFormatNames() string {
	names := make([]string, len(buildFormats))
	for i, f := range buildFormats {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}

// buildFiles returns the files of a --formats list: "all", or format
// names separated by commas, in the order of buildFormats.
func buildFiles(list string) ([]outputFile, error) {
	want := map[string]bool{}
	for _, name := range strings.Split(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		ok := name == "all"
		for _, f := range buildFormats {
			ok = ok || f.name == name
		}
		if !ok {
			return nil, usageError{fmt.Sprintf("--formats: unknown format %q (want all or a comma list of %s)", name, buildFormatNames())}
		}
		want[name] = true
	}
	if len(want) == 0 {
		return nil, usageError{fmt.Sprintf("--formats %q: no format (want all or a comma list of %s)", list, buildFormatNames())}
	}
	var files []outputFile
	for _, f := range buildFormats {
		if want["all"] || want[f.name] {
			files = append(files, f.files...)
		}
	}
	return files, nil
}

// networkFormats are the formats of network --format.
var networkFormats = []string{"svg", "dot", "png", "graphml", "gexf", "mermaid"}

// writeNetwork writes the actor network in one of networkFormats.
func writeNetwork(w io.Writer, g *graph.Graph, format string, opt render.NetworkOptions) error {
	switch format {
	case "graphml":
		return render.GraphML(w, g, opt)
	case "gexf":
		return render.GEXF(w, g, opt)
	case "mermaid":
		return render.MermaidFlowchart(w, g, opt)
	}
	return render.Network(context.Background(), w, g, format, opt)
}

// timelineFormats are the formats of timeline --format.
var timelineFormats = []string{"svg", "png", "mermaid", "timelinejs", "csv"}

// writeTimeline writes the timeline of doc in one of timelineFormats.
func writeTimeline(w io.Writer, doc events.Document, format string, opt render.TimelineOptions) error {
	switch format {
	case "mermaid":
		return render.MermaidTimeline(w, doc, opt)
	case "timelinejs":
		return render.TimelineJS(w, doc, opt)
	case "csv":
		return render.EventsCSV(w, doc)
	case "png":
		return render.TimelinePNG(w, doc, opt)
	}
	return render.Timeline(w, doc, opt)
}

// checkFormat returns a usage error unless format is one of formats.
func checkFormat(format string, formats []string) error {
	if slices.Contains(formats, format) {
		return nil
	}
	return usageError{fmt.Sprintf("--format %q: want one of %s", format, strings.Join(formats, ", "))}
}
