package render

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/eventgraph/eventgraph/graph"
)

// GEXF writes the actor network g as GEXF 1.3 (https://gexf.net), Gephi's
// own format, as a dynamic graph whose time is dates, so that Gephi's
// timeline plays the network:
//
//   - every relation is its own edge (kind = its relation type, so that
//     Gephi keeps parallel edges apart) with a spell over the days its
//     event's date covers (one day, or a whole week, month or year);
//     undated relations and knowledge (leads, member_of) have no spell and
//     are always there;
//   - a node whose relations are all dated appears on the first of those
//     days and stays; any other node is always there;
//   - nodes are coloured by actor kind as in the network picture, and carry
//     kind, role and affiliation; edges carry event, event type, status,
//     date and role.
//
// Nodes are sorted by id, edges as graph.Edges sorts them. The title
// (opt.Title, else "Actor network") is the description of the file.
func GEXF(w io.Writer, g *graph.Graph, opt NetworkOptions) error {
	title := opt.Title
	if title == "" {
		title = "Actor network"
	}
	edges := g.Edges()
	// first[id] is the first day of a node's dated relations; undated[id]
	// is true when one of its relations has no date.
	first := map[string]string{}
	undated := map[string]bool{}
	for _, e := range edges {
		d0, _, ok := daySpan(e.Date)
		for _, id := range []string{e.Source, e.Target} {
			switch {
			case !ok:
				undated[id] = true
			case first[id] == "" || d0 < first[id]:
				first[id] = d0
			}
		}
	}

	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	p("  <meta>\n    <creator>eventgraph</creator>\n    <description>%s</description>\n  </meta>\n", xmlText(title))
	p(`  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">` + "\n")
	attrs := func(class string, names []string) {
		p("    <attributes class=\"%s\">\n", class)
		for _, n := range names {
			p("      <attribute id=\"%s\" title=\"%s\" type=\"string\"/>\n", n, n)
		}
		p("    </attributes>\n")
	}
	attrs("node", []string{"kind", "role", "affiliation"})
	attrs("edge", []string{"relation", "event", "event_type", "status", "date", "role"})
	values := func(kv ...string) {
		started := false
		for i := 1; i < len(kv); i += 2 {
			if kv[i] == "" {
				continue
			}
			if !started {
				p("        <attvalues>\n")
				started = true
			}
			p("          <attvalue for=\"%s\" value=\"%s\"/>\n", kv[i-1], xmlText(kv[i]))
		}
		if started {
			p("        </attvalues>\n")
		}
	}

	p("    <nodes>\n")
	for _, n := range g.Nodes() {
		// labels are xsd:token: one line, single spaces
		p("      <node id=\"%s\" label=\"%s\">\n", xmlText(n.ID), xmlText(clean(n.Label)))
		values("kind", string(n.Kind), "role", n.Role, "affiliation", n.Affiliation)
		if d := first[n.ID]; d != "" && !undated[n.ID] {
			p("        <spells>\n          <spell start=\"%s\"/>\n        </spells>\n", d)
		}
		r, gr, b := rgb(kindStyleOf(n.Kind).border)
		p("        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", r, gr, b)
		p("      </node>\n")
	}
	p("    </nodes>\n")

	p("    <edges>\n")
	for i, id := range edgeIDs(edges) {
		e := edges[i]
		p("      <edge id=\"%s\" source=\"%s\" target=\"%s\" kind=\"%s\" label=\"%s\">\n",
			xmlText(id), xmlText(e.Source), xmlText(e.Target), xmlText(clean(e.Type)), xmlText(clean(e.Type)))
		values("relation", e.Type, "event", e.Event, "event_type", string(e.EventType),
			"status", string(e.Status), "date", string(e.Date), "role", e.Role)
		if d0, d1, ok := daySpan(e.Date); ok {
			p("        <spells>\n          <spell start=\"%s\" end=\"%s\"/>\n        </spells>\n", d0, d1)
		}
		p("      </edge>\n")
	}
	p("    </edges>\n")
	p("  </graph>\n</gexf>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	return nil
}

// rgb splits a colour #RRGGBB into its parts; anything else is grey.
func rgb(hex string) (r, g, b int) {
	if len(hex) != 7 || hex[0] != '#' {
		return 119, 119, 119
	}
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		return 119, 119, 119
	}
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)
}
