// Package render draws event documents and actor networks: an SVG
// timeline written by hand (Timeline, TimelinePNG), a DOT description of
// the actor network written by our own code (DOT), and a Graphviz
// rendering of it as SVG or PNG (Network) through
// github.com/goccy/go-graphviz, which runs Graphviz compiled to
// WebAssembly and needs neither cgo nor a dot binary.
//
// The timeline has an axis that adapts its ticks and breaks across long
// empty stretches, optional swim lanes per actor or per type, and groups
// dense events per day, week or month. Its labels are measured with the
// metrics of the Go font (golang.org/x/image/font/gofont), embedded in the
// program and named first in the SVG; tables of character widths bound
// the fallback fonts (Helvetica, Arial, Liberation Sans, DejaVu Sans) from
// above, so labels never run into each other or off the picture whichever
// of these fonts draws them.
//
// PNG output rasterises the SVG in Go: shapes with github.com/srwiley/oksvg
// and rasterx, text with the Go fonts.
//
// The same document also goes to the formats other tools read: CSV tables
// of events and actors (EventsCSV, ActorsCSV), GraphML and GEXF 1.3 for
// networkx, Gephi and yEd (GraphML, GEXF; GEXF with event dates as spells),
// Mermaid timeline and flowchart diagrams (MermaidTimeline,
// MermaidFlowchart), Knight Lab's TimelineJS JSON (TimelineJS) and a
// self-contained HTML report with both pictures and linked tables (Report).
//
// Every output is deterministic: the same input gives the same bytes.
package render
