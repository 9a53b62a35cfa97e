package render

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/goccy/go-graphviz"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

// NetworkOptions controls DOT and Network.
type NetworkOptions struct {
	// Title labels the picture; empty means "Actor network".
	Title string
	// Layout is the Graphviz layout engine: dot (the default), neato, fdp,
	// circo, sfdp or twopi.
	Layout string
	// LeftToRight lays a dot layout out from left to right instead of
	// from top to bottom.
	LeftToRight bool
}

// Layouts lists the layout engines NetworkOptions.Layout accepts.
var Layouts = []string{"dot", "neato", "fdp", "circo", "sfdp", "twopi"}

// Formats lists the formats Network writes.
var Formats = []string{"svg", "png", "dot"}

func (o NetworkOptions) layout() (string, error) {
	if o.Layout == "" {
		return "dot", nil
	}
	for _, l := range Layouts {
		if o.Layout == l {
			return l, nil
		}
	}
	return "", fmt.Errorf("unknown layout %q (want one of %s)", o.Layout, strings.Join(Layouts, ", "))
}

const dotFont = "Helvetica,Arial,sans-serif"

// DOT writes the actor network g in the Graphviz DOT language: nodes
// sorted by id, shaped and coloured by actor kind, people labelled with
// name and role; one edge per relation, labelled with its type and date,
// coloured like the timeline's markers of its event type; knowledge
// relations (member_of, leads) dashed, planned and hypothetical events
// dotted. Actors that no relation touches are not drawn as nodes but listed
// under the title. Every id and label is quoted and escaped.
func DOT(w io.Writer, g *graph.Graph, opt NetworkOptions) error {
	layout, err := opt.layout()
	if err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	title := opt.Title
	if title == "" {
		title = "Actor network"
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("digraph \"eventgraph\" {\n")
	// Graphviz lays nodes without edges side by side in one row, which
	// makes the picture of an article that names many actors many times
	// wider than high. They are listed under the title instead.
	linked, alone := splitIsolated(g)
	label := dotLabel(title)
	if len(alone) > 0 {
		label = unlinkedLabel(title, alone)
	}
	p("\tgraph [label=%s, labelloc=\"t\", labeljust=\"l\", fontname=%s, fontsize=\"14\", layout=%s, pad=\"0.2\", nodesep=\"0.3\", ranksep=\"0.5\"",
		label, dotID(dotFont), dotID(layout))
	switch layout {
	case "dot":
		if opt.LeftToRight {
			p(", rankdir=\"LR\"")
		}
	case "neato", "fdp", "sfdp":
		// A fixed start makes the force-directed layouts repeatable.
		p(", overlap=\"false\", sep=\"+10\", splines=\"true\", start=\"1\"")
	case "circo", "twopi":
		p(", overlap=\"false\"")
	}
	p("];\n")
	p("\tnode [fontname=%s, fontsize=\"11\", style=\"filled\", penwidth=\"1.2\", margin=\"0.12,0.06\"];\n", dotID(dotFont))
	p("\tedge [fontname=%s, fontsize=\"9\", arrowsize=\"0.7\", fontcolor=\"#333333\"];\n", dotID(dotFont))
	node := func(indent string, n graph.Node) {
		st := kindStyleOf(n.Kind)
		label := n.Label
		if n.Role != "" {
			label += "\n" + n.Role
		}
		style := "filled"
		if st.style != "" {
			style += "," + st.style
		}
		p("%s%s [label=%s, shape=%s, style=%s, fillcolor=%s, color=%s];\n",
			indent, dotID(n.ID), dotLabel(label), dotID(st.shape), dotID(style), dotID(st.fill), dotID(st.border))
	}
	for _, n := range linked {
		node("\t", n)
	}
	for _, e := range g.Edges() {
		label := e.Type
		if src, _ := g.Node(e.Source); e.Role != "" && e.Role != src.Role {
			// The node already shows its role: "leads" under "el-Sissi,
			// President" says enough.
			label += " (" + e.Role + ")"
		}
		switch e.Status {
		case events.Planned, events.Hypothetical:
			label += " (" + string(e.Status) + ")"
		}
		if e.Date != "" {
			label += "\n" + string(e.Date)
		}
		colour := "#555555"
		t := e.EventType
		if t == "" {
			t = relationTypes[e.Type]
		}
		if s, ok := typeStyles[t]; ok {
			colour = s.colour
			if colour == okYellow {
				colour = "#B8A800"
			}
		}
		attrs := ""
		switch {
		case knowledgeRelation(e.Type):
			attrs = ", style=\"dashed\""
			colour = "#888888"
		case e.Status == events.Planned || e.Status == events.Hypothetical:
			attrs = ", style=\"dotted\", penwidth=\"1.6\""
		}
		p("\t%s -> %s [label=%s, color=%s%s];\n", dotID(e.Source), dotID(e.Target), dotLabel(label), dotID(colour), attrs)
	}
	p("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	return nil
}

// splitIsolated splits the nodes of g, in id order, into those that an edge
// touches and those that no edge touches.
func splitIsolated(g *graph.Graph) (linked, alone []graph.Node) {
	touched := map[string]bool{}
	for _, e := range g.Edges() {
		touched[e.Source] = true
		touched[e.Target] = true
	}
	for _, n := range g.Nodes() {
		if touched[n.ID] {
			linked = append(linked, n)
		} else {
			alone = append(alone, n)
		}
	}
	return linked, alone
}

// unlinkedLabel is an HTML-like Graphviz label: the title, and under it in
// smaller grey type the names of the nodes alone, wrapped.
func unlinkedLabel(title string, alone []graph.Node) string {
	names := make([]string, len(alone))
	for i, n := range alone {
		names[i] = clean(n.Label)
	}
	list := plural(len(alone), "actor") + " without relations: " + strings.Join(names, ", ") + "."
	var b strings.Builder
	b.WriteString("<" + esc(clean(title)) + `<br align="left"/><font point-size="10" color="#555555">`)
	for _, line := range wrap(list, 10, false, unlinkedWidth) {
		b.WriteString(esc(line) + `<br align="left"/>`)
	}
	// an empty line keeps the list off the top row of nodes
	b.WriteString("</font><br/>>")
	return b.String()
}

// unlinkedWidth is the width in points of the lines of unlinkedLabel.
const unlinkedWidth = 560

// dotID quotes s as a DOT identifier. Backslashes and quotes are escaped;
// line breaks and other control characters, which DOT ids cannot hold
// safely, are written as \uXXXX with a single backslash (escaped backslashes
// are always doubled), so distinct ids stay distinct.
func dotID(s string) string {
	return dotQuote(s, false)
}

// dotLabel quotes s as a DOT label: like dotID, but line breaks become
// Graphviz's centred line break \n and other control characters spaces.
func dotLabel(s string) string {
	return dotQuote(s, true)
}

func dotQuote(s string, label bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			r = '\uFFFD'
		}
		i += size
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\r' && label && i < len(s) && s[i] == '\n':
			// \r\n is one line break
		case (r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029') && label:
			b.WriteString(`\n`)
		case r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' || r == '\uFEFF' || bidiControl(r):
			if label {
				b.WriteByte(' ')
			} else {
				fmt.Fprintf(&b, `\u%04X`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// gvMu serialises uses of go-graphviz, whose WebAssembly module is one
// instance per process.
var gvMu sync.Mutex

// Network writes the actor network g laid out by Graphviz in the given
// format: "svg", "png", or "dot" (the DOT source that DOT writes, without
// running Graphviz). It uses one Graphviz instance and closes it before
// returning.
func Network(ctx context.Context, w io.Writer, g *graph.Graph, format string, opt NetworkOptions) error {
	var src bytes.Buffer
	if err := DOT(&src, g, opt); err != nil {
		return err
	}
	switch format {
	case "dot":
		if _, err := w.Write(src.Bytes()); err != nil {
			return fmt.Errorf("write network: %w", err)
		}
		return nil
	case "svg", "png":
	default:
		return fmt.Errorf("network: unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	layout, _ := opt.layout() // DOT checked it
	out, err := runGraphviz(ctx, src.Bytes(), layout, graphviz.Format(format))
	if err != nil {
		return fmt.Errorf("network: %w", err)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("write network: %w", err)
	}
	return nil
}

// runGraphviz parses DOT source with go-graphviz and renders it.
func runGraphviz(ctx context.Context, src []byte, layout string, format graphviz.Format) ([]byte, error) {
	gvMu.Lock()
	defer gvMu.Unlock()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("start graphviz: %w", err)
	}
	// Close reports the warnings Graphviz gathered during the run (such
	// as "no value for width of non-ASCII character"), not a failure to
	// free, so its error is dropped.
	defer gv.Close()
	gr, err := graphviz.ParseBytes(src)
	if err != nil {
		return nil, fmt.Errorf("parse dot: %w", err)
	}
	defer gr.Close() // like gv.Close, reports warnings only
	if err := warmUp(ctx, gv, gr, layout); err != nil {
		return nil, err
	}
	gv.SetLayout(graphviz.Layout(layout))
	var out bytes.Buffer
	if err := gv.Render(ctx, gr, format, &out); err != nil {
		return nil, fmt.Errorf("render %s with %s: %w", format, layout, err)
	}
	return out.Bytes(), nil
}

// warmUp lays fdp and sfdp graphs out once before the layout that counts:
// the first fdp or sfdp layout of a graph in a process differs from all
// later ones in the last digit of some coordinates (state inside the
// WebAssembly module), which would break "same input, same bytes".
func warmUp(ctx context.Context, gv *graphviz.Graphviz, gr *graphviz.Graph, layout string) error {
	if layout != "fdp" && layout != "sfdp" {
		return nil
	}
	gv.SetLayout(graphviz.Layout(layout))
	if err := gv.Render(ctx, gr, graphviz.XDOT, io.Discard); err != nil {
		return fmt.Errorf("warm up %s: %w", layout, err)
	}
	return nil
}
