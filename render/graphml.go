package render

import (
	"bufio"
	"fmt"
	"io"

	"github.com/eventgraph/eventgraph/graph"
)

// graphMLKeys are the data keys of GraphML: id, the element they belong
// to, and the attribute name readers see.
var graphMLKeys = []struct{ id, domain, name string }{
	{"title", "graph", "title"},
	{"label", "node", "label"},
	{"kind", "node", "kind"},
	{"role", "node", "role"},
	{"affiliation", "node", "affiliation"},
	{"relation", "edge", "relation"},
	{"event", "edge", "event"},
	{"event_type", "edge", "event_type"},
	{"status", "edge", "status"},
	{"date", "edge", "date"},
	{"edge_role", "edge", "role"},
}

// GraphML writes the actor network g as GraphML
// (http://graphml.graphdrawing.org), which networkx, igraph, Gephi, yEd and
// Cytoscape read: a directed graph with every node (actors and places,
// sorted by id, with label, kind, role and affiliation) and every relation
// as its own edge (with relation type, event, event type, status, date and
// role), so two meetings of one pair are two parallel edges. The title
// (opt.Title, else "Actor network") is the graph's title data.
func GraphML(w io.Writer, g *graph.Graph, opt NetworkOptions) error {
	title := opt.Title
	if title == "" {
		title = "Actor network"
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		p("  <key id=%q for=%q attr.name=%q attr.type=\"string\"/>\n", k.id, k.domain, k.name)
	}
	p("  <graph id=\"eventgraph\" edgedefault=\"directed\">\n")
	data := func(indent, key, value string) {
		if value != "" {
			p("%s<data key=\"%s\">%s</data>\n", indent, key, xmlText(value))
		}
	}
	data("    ", "title", title)
	for _, n := range g.Nodes() {
		p("    <node id=\"%s\">\n", xmlText(n.ID))
		data("      ", "label", n.Label)
		data("      ", "kind", string(n.Kind))
		data("      ", "role", n.Role)
		data("      ", "affiliation", n.Affiliation)
		p("    </node>\n")
	}
	edges := g.Edges()
	for i, id := range edgeIDs(edges) {
		e := edges[i]
		p("    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", xmlText(id), xmlText(e.Source), xmlText(e.Target))
		data("      ", "relation", e.Type)
		data("      ", "event", e.Event)
		data("      ", "event_type", string(e.EventType))
		data("      ", "status", string(e.Status))
		data("      ", "date", string(e.Date))
		data("      ", "edge_role", e.Role)
		p("    </edge>\n")
	}
	p("  </graph>\n")
	p("</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// xmlText escapes s for XML character data and attribute values after
// making it text XML can hold (see validText).
func xmlText(s string) string {
	return esc(validText(s))
}
