// Package render draws event documents and actor networks: an SVG
// timeline written by hand (Timeline), a DOT description of the actor
// network written by our own code (DOT), and a Graphviz rendering of it as
// SVG or PNG (Network) through github.com/goccy/go-graphviz, which runs
// Graphviz compiled to WebAssembly and needs neither cgo nor a dot binary.
//
// The same document also goes to the formats other tools read: CSV tables
// of events and actors (EventsCSV, ActorsCSV), GraphML and GEXF 1.3 for
// networkx, Gephi and yEd (GraphML, GEXF; GEXF with event dates as spells),
// Mermaid timeline and flowchart diagrams (MermaidTimeline,
// MermaidFlowchart), Knight Lab's TimelineJS JSON (TimelineJS) and a
// self-contained HTML report with both pictures and linked tables (Report).
//
// Every output is deterministic: the same input gives the same bytes.
//
// The timeline measures text with tables of character widths that bound
// Helvetica, Arial, Liberation Sans and DejaVu Sans from above, so labels
// never run into each other or off the picture whichever of these fonts
// draws them.
package render
