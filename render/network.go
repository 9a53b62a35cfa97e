package render

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
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
	// Layout is the Graphviz layout engine: auto (the default), dot,
	// neato, fdp, circo, sfdp or twopi. Auto is dot for networks of up to
	// AutoDotNodes linked actors and sfdp for larger ones, which dot takes
	// minutes to lay out.
	Layout string
	// LeftToRight lays a dot layout out from left to right instead of
	// from top to bottom. Without it, a network that would be much wider
	// than high from top to bottom (one actor with many partners, as in
	// an article about one envoy's trip) is laid out from left to right.
	LeftToRight bool
	// Cluster draws each person inside a box of the country or
	// organisation they belong to, with that actor.
	Cluster bool
	// Focus, when set, is the id of a node: only its neighbourhood, the
	// nodes at most Depth relations away, is drawn.
	Focus string
	// Depth is how far the neighbourhood of Focus reaches; 0 means 1.
	Depth int
	// Top, when positive, keeps the Top most connected nodes and says
	// under the title how many it left out.
	Top int
}

// Layouts lists the layout engines NetworkOptions.Layout accepts.
var Layouts = []string{"auto", "dot", "neato", "fdp", "circo", "sfdp", "twopi"}

// AutoDotNodes is the most linked actors the auto layout gives to dot.
const AutoDotNodes = 150

// splineNodes is the most linked actors a force-directed layout routes
// curved edges around and removes overlaps from node by node; beyond it
// edges are straight lines and the layout is scaled apart. The WebAssembly
// Graphviz lacks the fast overlap removal (prism, vpsc) and falls back to
// Voronoi diagrams, which with curved edges take it seconds for 250 actors
// and many minutes for 2,000.
const splineNodes = 150

// maxListed is the most actors without relations named under the title;
// the rest are counted.
const maxListed = 40

// Formats lists the formats Network writes.
var Formats = []string{"svg", "png", "dot"}

// layout returns the layout engine of o for a network of n linked nodes.
func (o NetworkOptions) layout(n int) (string, error) {
	if o.Layout == "" || o.Layout == "auto" {
		if n > AutoDotNodes {
			return "sfdp", nil
		}
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
	_, err := writeDOT(w, g, opt)
	return err
}

// writeDOT writes what DOT writes and returns the layout engine it chose.
func writeDOT(w io.Writer, g *graph.Graph, opt NetworkOptions) (string, error) {
	if _, err := opt.layout(0); err != nil {
		return "", fmt.Errorf("write dot: %w", err)
	}
	g, notes, err := selectNodes(g, opt)
	if err != nil {
		return "", fmt.Errorf("write dot: %w", err)
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
	layout, _ := opt.layout(len(linked))
	label := dotLabel(title)
	if len(alone) > 0 || len(notes) > 0 {
		label = notedLabel(title, notes, alone)
	}
	p("\tgraph [label=%s, labelloc=\"t\", labeljust=\"l\", fontname=%s, fontsize=\"14\", layout=%s, pad=\"0.2\", nodesep=\"0.4\", ranksep=\"0.5\"",
		label, dotID(dotFont), dotID(layout))
	bundles := bundleEdges(g)
	switch layout {
	case "dot":
		if opt.LeftToRight || wide(linked, bundles) {
			p(", rankdir=\"LR\"")
		}
	case "neato", "fdp", "sfdp":
		// A fixed start makes the force-directed layouts repeatable.
		// Past splineNodes, edges are straight and the layout is scaled
		// apart: 2,000 nodes then take seconds instead of many minutes.
		splines, overlap := "true", "false"
		if len(linked) > splineNodes {
			splines, overlap = "line", "scale"
		}
		p(", overlap=%s, sep=\"+10\", splines=%s, start=\"1\"", dotID(overlap), dotID(splines))
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
			indent, dotID(n.ID), dotLabel(wrapLabel(label, 11, nodeLabelWidth)), dotID(st.shape), dotID(style), dotID(st.fill), dotID(st.border))
	}
	clusters, free := clusterNodes(g, linked, opt.Cluster)
	for _, c := range clusters {
		p("\tsubgraph %s {\n", dotID("cluster_"+c.id))
		p("\t\tlabel=%s; labeljust=\"l\"; fontsize=\"11\"; fontcolor=\"#555555\"; style=\"rounded,filled\"; fillcolor=\"#F7F7F7\"; color=\"#BBBBBB\";\n", dotLabel(c.label))
		for _, n := range c.nodes {
			node("\t\t", n)
		}
		p("\t}\n")
	}
	for _, n := range free {
		node("\t", n)
	}
	for _, e := range bundles {
		p("\t%s -> %s [%s];\n", dotID(e.source), dotID(e.target), e.attrs())
	}
	p("}\n")
	if err := bw.Flush(); err != nil {
		return "", fmt.Errorf("write dot: %w", err)
	}
	return layout, nil
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
	return notedLabel(title, nil, alone)
}

// notedLabel is an HTML-like Graphviz label: the title, and under it in
// smaller grey type the notes and the names of the nodes alone, wrapped.
func notedLabel(title string, notes []string, alone []graph.Node) string {
	var b strings.Builder
	b.WriteString("<" + esc(clean(title)) + `<br align="left"/><font point-size="10" color="#555555">`)
	paras := append([]string(nil), notes...)
	if len(alone) > 0 {
		var names []string
		for _, n := range alone[:min(len(alone), maxListed)] {
			names = append(names, clean(n.Label))
		}
		if len(alone) > maxListed {
			names = append(names, fmt.Sprintf("and %d others", len(alone)-maxListed))
		}
		without := " without relations: "
		if len(notes) > 0 {
			// Their relations may lead to actors left out.
			without = " without relations in this picture: "
		}
		paras = append(paras, plural(len(alone), "actor")+without+strings.Join(names, ", ")+".")
	}
	for _, para := range paras {
		for _, line := range wrap(para, 10, false, unlinkedWidth) {
			b.WriteString(esc(line) + `<br align="left"/>`)
		}
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
	layout, err := writeDOT(&src, g, opt)
	if err != nil {
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
	// Graphviz lays out and draws the SVG; the PNG is that SVG
	// rasterised, since go-graphviz's own PNG renderer fills curved edges
	// and drops node outlines.
	out, err := runGraphviz(ctx, src.Bytes(), layout, graphviz.SVG)
	if err != nil {
		return fmt.Errorf("network: %w", err)
	}
	if format == "png" {
		if err := rasterise(w, out, pngScale, helveticaWidth); err != nil {
			return fmt.Errorf("network png: %w", err)
		}
		return nil
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

// Widths in points of the wrapped labels of nodes and edges.
const (
	nodeLabelWidth = 150
	edgeLabelWidth = 130
)

// wrapLabel wraps each line of a label at width points in a font of the
// given size and joins the lines with line breaks.
func wrapLabel(s string, size, width float64) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		lines = append(lines, wrap(clean(l), size, false, width)...)
	}
	return strings.Join(lines, "\n")
}

// selectNodes narrows g to the neighbourhood of opt.Focus and to the
// opt.Top most connected nodes, and returns notes that say so.
func selectNodes(g *graph.Graph, opt NetworkOptions) (*graph.Graph, []string, error) {
	var notes []string
	if opt.Focus != "" {
		depth := max(opt.Depth, 1)
		sub, err := g.Neighbourhood(opt.Focus, depth)
		if err != nil {
			return nil, nil, err
		}
		n, _ := g.Node(opt.Focus)
		steps := "1 relation"
		if depth > 1 {
			steps = fmt.Sprintf("%d relations", depth)
		}
		notes = append(notes, fmt.Sprintf("Neighbourhood of %s: actors at most %s away.", clean(n.Label), steps))
		g = sub
	}
	if opt.Top > 0 {
		total := len(g.Nodes())
		sub, left := g.Top(opt.Top)
		if left > 0 {
			notes = append(notes, fmt.Sprintf("The %d most connected of %d actors and places; %d left out.", opt.Top, total, left))
		}
		g = sub
	}
	return g, notes, nil
}

// cluster is a box of the network: a country or organisation with the
// people who belong to it.
type cluster struct {
	id, label string
	nodes     []graph.Node
}

// clusterNodes groups the people among nodes by affiliation, each group
// with its country or organisation when that is among nodes; free are the
// nodes in no cluster. Without on, every node is free. Both keep the
// order of nodes; clusters come in id order.
func clusterNodes(g *graph.Graph, nodes []graph.Node, on bool) (clusters []cluster, free []graph.Node) {
	if !on {
		return nil, nodes
	}
	present := map[string]bool{}
	members := map[string]int{}
	for _, n := range nodes {
		present[n.ID] = true
		if n.Kind == events.Person && n.Affiliation != "" && n.Affiliation != n.ID {
			members[n.Affiliation]++
		}
	}
	ids := make([]string, 0, len(members))
	for id := range members {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	index := map[string]int{}
	for i, id := range ids {
		label := id
		if n, ok := g.Node(id); ok {
			label = n.Label
		}
		clusters = append(clusters, cluster{id: id, label: clean(label)})
		index[id] = i
	}
	for _, n := range nodes {
		i, ok := index[n.ID]
		if !ok && n.Kind == events.Person {
			i, ok = index[n.Affiliation]
		}
		if ok {
			clusters[i].nodes = append(clusters[i].nodes, n)
		} else {
			free = append(free, n)
		}
	}
	return clusters, free
}

// bundle is the one edge drawn between two nodes for all the events that
// link them (or for all the knowledge relations between them).
type bundle struct {
	source, target string
	both           bool     // relations run both ways
	lines          []string // one per relation type and status
	events         int      // relations in the bundle
	colour, style  string
	relations      []graph.Edge // the relations it stands for, in edge order
}

// wide reports whether a top-to-bottom dot layout of the nodes and
// bundles would be much wider than high: its widest rank holds at least
// five nodes and more than twice as many as there are ranks. Ranks are
// estimated as dot starts them, each node one below the lowest of the
// nodes with an edge to it (cycles are cut after len(nodes) steps).
func wide(nodes []graph.Node, bundles []bundle) bool {
	rank := make(map[string]int, len(nodes))
	for range len(nodes) {
		changed := false
		for _, b := range bundles {
			if r := rank[b.source] + 1; r > rank[b.target] && r < len(nodes) {
				rank[b.target] = r
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	counts := map[int]int{}
	widest := 0
	for _, n := range nodes {
		counts[rank[n.ID]]++
		widest = max(widest, counts[rank[n.ID]])
	}
	return widest >= 5 && widest > 2*len(counts)
}

// bundleEdges merges the edges of g into one bundle per pair of nodes,
// either way round, for the event relations, and one for the knowledge
// relations. A bundle's label lists each relation type with its dates;
// its width grows with the number of relations.
func bundleEdges(g *graph.Graph) []bundle {
	type key struct {
		a, b      string
		knowledge bool
	}
	type group struct {
		name  string
		dates []string
		n     int
	}
	var keys []key
	groups := map[key][]*group{}
	first := map[key]graph.Edge{}
	both := map[key]bool{}
	typeCount := map[key]map[events.Type]int{}
	settled := map[key]bool{} // has a relation that is neither planned nor hypothetical
	members := map[key][]graph.Edge{}
	for _, e := range g.Edges() {
		k := key{min(e.Source, e.Target), max(e.Source, e.Target), knowledgeRelation(e.Type)}
		members[k] = append(members[k], e)
		f, seen := first[k]
		if !seen {
			keys = append(keys, k)
			first[k] = e
			typeCount[k] = map[events.Type]int{}
		} else if f.Source != e.Source {
			both[k] = true
		}
		name := e.Type
		if src, _ := g.Node(e.Source); e.Role != "" && e.Role != src.Role {
			// The node already shows its role: "leads" under "el-Sissi,
			// President" says enough.
			name += " (" + e.Role + ")"
		}
		switch e.Status {
		case events.Planned, events.Hypothetical:
			name += " (" + string(e.Status) + ")"
		default:
			settled[k] = true
		}
		var gr *group
		for _, x := range groups[k] {
			if x.name == name {
				gr = x
			}
		}
		if gr == nil {
			gr = &group{name: name}
			groups[k] = append(groups[k], gr)
		}
		gr.n++
		if e.Date != "" && !slices.Contains(gr.dates, string(e.Date)) {
			gr.dates = append(gr.dates, string(e.Date))
		}
		t := e.EventType
		if t == "" {
			t = relationTypes[e.Type]
		}
		typeCount[k][t]++
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.a != b.a {
			return a.a < b.a
		}
		if a.b != b.b {
			return a.b < b.b
		}
		return !a.knowledge && b.knowledge
	})
	out := make([]bundle, 0, len(keys))
	for _, k := range keys {
		f := first[k]
		b := bundle{source: f.Source, target: f.Target, both: both[k], colour: "#555555", relations: members[k]}
		for _, gr := range groups[k] {
			b.events += gr.n
			head := gr.name
			if gr.n > 1 {
				head += fmt.Sprintf(" ×%d", gr.n)
			}
			b.lines = append(b.lines, head)
			switch n := len(gr.dates); {
			case n > maxEdgeDates:
				// "2020-01-05 to 2020-12-06": a year of weekly meetings
				// would otherwise hang a column of dates off the edge.
				ds := slices.Clone(gr.dates)
				slices.Sort(ds)
				b.lines = append(b.lines, fmt.Sprintf("%d dates, %s to %s", n, ds[0], ds[n-1]))
			case n > 0:
				b.lines = append(b.lines, strings.Join(gr.dates, ", "))
			}
		}
		// The colour of the commonest event type, the first on ties.
		best, bestN := events.Type(""), 0
		for _, t := range events.Types {
			if n := typeCount[k][t]; n > bestN {
				best, bestN = t, n
			}
		}
		if s, ok := typeStyles[best]; ok {
			b.colour = s.colour
			if b.colour == okYellow {
				b.colour = "#B8A800"
			}
		}
		switch {
		case k.knowledge:
			b.style, b.colour = "dashed", "#888888"
		case !settled[k]:
			b.style = "dotted"
		}
		out = append(out, b)
	}
	return out
}

// maxEdgeDates is the most dates an edge label lists; more are given as
// their count, the first and the last.
const maxEdgeDates = 4

// penWidth is the stroke width of a bundle of n relations: 1.2 for one,
// growing with the logarithm of n up to 6.
func penWidth(n int) float64 {
	return min(1.2+1.2*math.Log2(float64(max(n, 1))), 6)
}

// attrs returns the DOT attributes of the bundle.
func (b bundle) attrs() string {
	label := wrapLabel(strings.Join(b.lines, "\n"), 9, edgeLabelWidth)
	// Graphviz sets the labels of neighbouring edges edge to edge; a
	// space each side keeps "2024-03-21" off the next one's "mediated".
	label = " " + strings.ReplaceAll(label, "\n", " \n ") + " "
	a := fmt.Sprintf("label=%s, color=%s", dotLabel(label), dotID(b.colour))
	if b.events > 1 {
		a += fmt.Sprintf(", penwidth=\"%s\", weight=\"%d\"", num(penWidth(b.events)), b.events)
	}
	if b.both {
		a += ", dir=\"both\""
	}
	switch b.style {
	case "dashed":
		a += ", style=\"dashed\""
	case "dotted":
		a += ", style=\"dotted\", penwidth=\"1.6\""
	}
	return a
}
