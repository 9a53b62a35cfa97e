package render

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

// ReportOptions controls Report.
type ReportOptions struct {
	// Title heads the report; empty means the document's title, else its id.
	// It is also the title of the two pictures unless their options set one.
	Title string
	// Timeline and Network are the options of the two pictures.
	Timeline TimelineOptions
	Network  NetworkOptions
}

// Report writes a self-contained HTML report of doc and its actor network
// g: the title and the article's date, the timeline and the network as
// inline SVG, a table of the events with their evidence sentences and a
// table of the actors. Everything is linked: a click on an event of the
// timeline or an edge of the network goes to its row in the table, a
// click on a node to the actor's row, and each row links back to the
// pictures (#tl-ID, #net-event-ID, #net-actor-ID; rows are #event-ID and
// #actor-ID, with ID made of ASCII letters, digits and hyphens).
//
// The page loads nothing from outside (no script, no font, no image; a
// Content-Security-Policy forbids them) and every text is escaped, so no
// article can inject markup or script into it. It prints as it shows.
func Report(ctx context.Context, w io.Writer, doc events.Document, g *graph.Graph, opt ReportOptions) error {
	title := docTitle(opt.Title, doc)
	topt, nopt := opt.Timeline, opt.Network
	if topt.Title == "" {
		topt.Title = title
	}
	if nopt.Title == "" {
		nopt.Title = "Actors of " + title
	}
	var tl, net bytes.Buffer
	if err := Timeline(&tl, doc, topt); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := Network(ctx, &net, g, "svg", nopt); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	a := newAnchors(doc, g)
	tlSVG := a.linkTimeline(inlineSVG(tl.String()), doc)
	netSVG := a.linkNetwork(inlineSVG(net.String()), g)

	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	h := func(s string) string { return html.EscapeString(validText(s)) }
	p("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
	p("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
	p("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
	p("<meta name=\"generator\" content=\"eventgraph\"/>\n")
	p("<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n", h(title), reportCSS)
	p("<header>\n<h1>%s</h1>\n<p class=\"facts\">%s</p>\n", h(title), h(summary(doc)))
	if s := clean(doc.Document.Source); s != "" {
		p("<p class=\"facts\">Source: %s</p>\n", h(s))
	}
	p("<nav><a href=\"#timeline\">Timeline</a> · <a href=\"#network\">Network</a> · <a href=\"#events\">Events</a> · <a href=\"#actors\">Actors</a></nav>\n</header>\n")
	p("<section id=\"timeline\">\n<h2>Timeline</h2>\n<figure>\n%s<figcaption>Click an event to read its evidence below.</figcaption>\n</figure>\n</section>\n", tlSVG)
	p("<section id=\"network\">\n<h2>Actor network</h2>\n<figure>\n%s<figcaption>Click an actor or a relation to see it in the tables.</figcaption>\n</figure>\n</section>\n", netSVG)

	actors := actorIndex(doc)
	actorLink := func(id string) string {
		name := h(clean(actorFullName(actors, id)))
		if an, ok := a.actor[id]; ok {
			return "<a href=\"#" + an + "\">" + name + "</a>"
		}
		return name
	}
	if tableStart(bw, "events", "Events", len(doc.Events), "Date", "Event", "Actors", "Evidence", "See") {
		for _, e := range doc.Events {
			an := a.event[e.ID]
			date := "undated"
			if e.Date != "" {
				date = h(string(e.Date))
			}
			p("<tr id=\"%s\" class=\"%s\"><td class=\"date\">%s", an, h(clean(string(e.Status))), date)
			if e.DateText != "" {
				p("<br/><small>%s</small>", h(clean(e.DateText)))
			}
			p("</td><td><strong>%s</strong><br/><small>%s</small></td><td>", h(headline(e, actors)), h(clean(eventFacts(e))))
			for i, id := range e.Actors {
				if i > 0 {
					p(", ")
				}
				p("%s", actorLink(id))
			}
			p("</td><td>")
			for _, s := range e.Evidence {
				p("<blockquote>%s</blockquote>", h(clean(s)))
			}
			p("</td><td class=\"see\">")
			if a.inTimeline[e.ID] {
				p("<a href=\"#tl-%s\">timeline</a> ", an)
			}
			if a.inNetwork[e.ID] {
				p("<a href=\"#net-%s\">network</a>", an)
			}
			p("</td></tr>\n")
		}
		p("</tbody>\n</table>\n")
	}
	p("</section>\n")

	evsOf := map[string][]string{}
	for _, e := range doc.Events {
		for _, id := range e.Actors {
			if l := evsOf[id]; len(l) == 0 || l[len(l)-1] != e.ID {
				evsOf[id] = append(l, e.ID)
			}
		}
	}
	if tableStart(bw, "actors", "Actors", len(doc.Actors), "Name", "Kind", "Role", "Also called", "Events", "See") {
		for _, ac := range doc.Actors {
			an := a.actor[ac.ID]
			role := h(clean(ac.Role))
			if ac.Affiliation != "" {
				if role != "" {
					role += ", "
				}
				role += actorLink(ac.Affiliation)
			}
			aliases := make([]string, len(ac.Aliases))
			for i, s := range ac.Aliases {
				aliases[i] = h(clean(s))
			}
			p("<tr id=\"%s\"><td><strong>%s</strong></td><td>%s</td><td>%s</td><td>%s</td><td>", an, h(clean(ac.Name)), h(clean(string(ac.Kind))), role, strings.Join(aliases, ", "))
			for i, id := range evsOf[ac.ID] {
				if i > 0 {
					p(" ")
				}
				p("<a href=\"#%s\">%s</a>", a.event[id], h(clean(id)))
			}
			p("</td><td class=\"see\">")
			if a.nodeInNetwork[ac.ID] {
				p("<a href=\"#net-%s\">network</a>", an)
			}
			p("</td></tr>\n")
		}
		p("</tbody>\n</table>\n")
	}
	p("</section>\n")
	p("<footer>Made by eventgraph from %s.</footer>\n</body>\n</html>\n", h(clean(doc.Document.ID)))
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// tableStart opens the section id with its heading and, when it has n > 0
// rows, a table with the given column heads, reporting whether it did;
// a section without rows says so instead.
func tableStart(w io.Writer, id, heading string, n int, heads ...string) bool {
	fmt.Fprintf(w, "<section id=\"%s\">\n<h2>%s</h2>\n", id, heading)
	if n == 0 {
		fmt.Fprintf(w, "<p>No %s found.</p>\n", strings.ToLower(heading))
		return false
	}
	fmt.Fprintf(w, "<table>\n<thead><tr><th>%s</th></tr></thead>\n<tbody>\n", strings.Join(heads, "</th><th>"))
	return true
}

const reportCSS = `
body{font-family:Helvetica,Arial,"Liberation Sans","DejaVu Sans",sans-serif;color:#222;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;line-height:1.4}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ddd}
.facts{color:#555;margin:.2rem 0}nav{margin:.6rem 0}a{color:#0060a0}
figure{margin:0}figure svg{max-width:100%;height:auto;display:block}figcaption{color:#666;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e4e4e4;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.date{white-space:nowrap}td.see{white-space:nowrap}
blockquote{margin:0 0 .3rem;padding-left:.5rem;border-left:3px solid #ccc;color:#333}
tr:target{background:#fff3bf}g:target text{font-weight:bold}g:target path,g:target ellipse,g:target polygon{stroke-width:3}
tr.planned td,tr.hypothetical td{font-style:italic}
footer{color:#777;font-size:.8rem;margin-top:2rem}
@media print{nav,figcaption,td.see,th:last-child{display:none}tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
`

// anchors are the ids of the report's rows, and what the pictures show.
type anchors struct {
	event, actor  map[string]string     // event or actor id -> row id
	inTimeline    map[string]bool       // event ids with a marker in the timeline
	inNetwork     map[string]bool       // event ids with an edge in the network
	nodeInNetwork map[string]bool       // node ids drawn in the network
	pairs         map[string][][]string // "source->target" -> the events of each edge drawn so, in DOT order
	hasRow        map[string]bool       // actor ids with a row in the actors' table
}

func newAnchors(doc events.Document, g *graph.Graph) *anchors {
	a := &anchors{event: map[string]string{}, actor: map[string]string{}, inTimeline: map[string]bool{},
		inNetwork: map[string]bool{}, nodeInNetwork: map[string]bool{}, pairs: map[string][][]string{}, hasRow: map[string]bool{}}
	used := map[string]bool{}
	for _, e := range doc.Events {
		if _, ok := a.event[e.ID]; !ok {
			a.event[e.ID] = uniqueAnchor("event-", e.ID, used)
		}
	}
	for _, ac := range doc.Actors {
		if _, ok := a.actor[ac.ID]; !ok {
			a.actor[ac.ID] = uniqueAnchor("actor-", ac.ID, used)
			a.hasRow[ac.ID] = true
		}
	}
	if g == nil {
		return a
	}
	// DOT draws one edge per pair of nodes for all their events (and one
	// for their knowledge relations), in this order.
	for _, b := range bundleEdges(g) {
		k := gvName(b.source) + "->" + gvName(b.target) // Graphviz's title of the edge
		var evs []string
		for _, ev := range b.eventIDs {
			if _, ok := a.event[ev]; ok {
				evs = append(evs, ev)
			}
		}
		a.pairs[k] = append(a.pairs[k], evs)
	}
	return a
}

// uniqueAnchor returns prefix and id with every character other than an
// ASCII letter, digit or hyphen as "_", made unique among used.
func uniqueAnchor(prefix, id string, used map[string]bool) string {
	base := prefix + strings.Map(func(r rune) rune {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return r
		}
		return '_'
	}, id)
	s := base
	for i := 2; used[s]; i++ {
		s = base + "_" + strconv.Itoa(i)
	}
	used[s] = true
	return s
}

var (
	svgComment = regexp.MustCompile(`(?s)<!--.*?-->\n?`)
	svgNode    = regexp.MustCompile(`<g id="node[0-9]+" class="node">\n<title>([^<]*)</title>`)
	svgEdge    = regexp.MustCompile(`<g id="edge[0-9]+" class="edge">\n<title>([^<]*)</title>`)
)

// inlineSVG returns an SVG document as an element to put inside HTML:
// without the XML declaration, doctype and comments.
func inlineSVG(s string) string {
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	return svgComment.ReplaceAllString(s, "")
}

// groupEnd returns the index just after the </g> that closes the <g
// element starting at s[start:], or -1.
func groupEnd(s string, start int) int {
	depth := 0
	for i := start; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		switch {
		case strings.HasPrefix(s[i:], "<g ") || strings.HasPrefix(s[i:], "<g>"):
			depth++
		case strings.HasPrefix(s[i:], "</g>"):
			depth--
			if depth == 0 {
				return i + len("</g>")
			}
		}
		i++
	}
	return -1
}

// wrapGroup rewrites the <g> element at s[start:] whose start tag is
// s[start:start+tagLen]: newTag replaces the start tag and the element is
// put inside a link to href. It returns the new s and the index after
// the rewritten element.
func wrapGroup(s string, start, tagLen int, newTag, href string) (string, int) {
	end := groupEnd(s, start)
	if end < 0 {
		return s, start + tagLen
	}
	open := `<a href="#` + href + `">` + newTag
	out := s[:start] + open + s[start+tagLen:end] + "</a>" + s[end:]
	return out, end + len(open) - tagLen + len("</a>")
}

// linkTimeline gives each event marker of a timeline SVG the id tl-ANCHOR
// and makes it a link to the event's row. Markers are known by their
// <title>, the event's hover text; an event drawn twice is linked twice
// and has the id on its first marker.
func (a *anchors) linkTimeline(svg string, doc events.Document) string {
	const tag = `<g class="event">`
	queue := map[string][]string{}
	for _, e := range doc.Events {
		k := esc(hoverText(e))
		queue[k] = append(queue[k], e.ID)
	}
	last := map[string]string{}
	for i := 0; ; {
		j := strings.Index(svg[i:], tag+"<title>")
		if j < 0 {
			return svg
		}
		i += j
		t0 := i + len(tag+"<title>")
		t1 := strings.Index(svg[t0:], "</title>")
		if t1 < 0 {
			return svg
		}
		key := svg[t0 : t0+t1]
		newTag := tag
		var id string
		if q := queue[key]; len(q) > 0 {
			id, queue[key] = q[0], q[1:]
			last[key] = id
			newTag = `<g class="event" id="tl-` + a.event[id] + `">`
			a.inTimeline[id] = true
		} else if id = last[key]; id == "" {
			i = t0
			continue
		}
		svg, i = wrapGroup(svg, i, len(tag), newTag, a.event[id])
	}
}

// linkNetwork gives the nodes of a Graphviz SVG of g the ids net-ANCHOR
// and links them to the actors' rows, and links each edge, which stands
// for all the events between its two nodes, to the row of the first of
// them; the edge carries the id net-ANCHOR of each of its events.
func (a *anchors) linkNetwork(svg string, g *graph.Graph) string {
	names := map[string]string{} // node name as Graphviz writes it -> node id
	for _, n := range g.Nodes() {
		if k := gvName(n.ID); names[k] == "" {
			names[k] = n.ID
		}
	}
	used := map[string]bool{}
	for _, an := range a.actor {
		used[an] = true
	}
	for _, an := range a.event {
		used[an] = true
	}
	nodeAnchor := func(id string) string {
		if an, ok := a.actor[id]; ok {
			return an
		}
		a.actor[id] = uniqueAnchor("actor-", id, used) // a place: no row
		return a.actor[id]
	}
	seen := map[string]int{}
	for i := 0; ; {
		loc := svgNodeOrEdge(svg, i)
		if loc == nil {
			return svg
		}
		start, tagEnd := loc[0], loc[2]
		title := gvTitle(svg[loc[4]:loc[5]])
		tagLen := tagEnd - start
		if loc[6] == 1 { // node
			id, ok := names[title]
			if !ok {
				i = loc[1]
				continue
			}
			an := nodeAnchor(id)
			a.nodeInNetwork[id] = true
			newTag := `<g id="net-` + an + `" class="node">`
			if !a.hasRow[id] {
				// a place: no row to link to
				svg = svg[:start] + newTag + svg[tagEnd:]
				i = start + len(newTag)
				continue
			}
			svg, i = wrapGroup(svg, start, tagLen, newTag, an)
			continue
		}
		k := seen[title]
		seen[title]++
		var evs []string
		if bs := a.pairs[title]; k < len(bs) {
			evs = bs[k]
		}
		if len(evs) == 0 {
			i = loc[1]
			continue
		}
		// The edge links to its first event's row and carries the ids
		// of all its events: its own tag the first, groups around it
		// the others.
		newTag := svg[start:tagEnd]
		var outer []string
		for _, ev := range evs {
			if a.inNetwork[ev] {
				continue
			}
			a.inNetwork[ev] = true
			if newTag == svg[start:tagEnd] {
				newTag = `<g id="net-` + a.event[ev] + `" class="edge">`
			} else {
				outer = append(outer, "net-"+a.event[ev])
			}
		}
		svg, i = wrapGroupIDs(svg, start, tagLen, newTag, a.event[evs[0]], outer)
	}
}

// wrapGroupIDs is wrapGroup with the group also inside empty groups with
// the given ids, so that links to any of them reach it.
func wrapGroupIDs(s string, start, tagLen int, newTag, href string, ids []string) (string, int) {
	if len(ids) == 0 {
		return wrapGroup(s, start, tagLen, newTag, href)
	}
	end := groupEnd(s, start)
	if end < 0 {
		return s, start + tagLen
	}
	var open, closing strings.Builder
	open.WriteString(`<a href="#` + href + `">`)
	for _, id := range ids {
		open.WriteString(`<g id="` + id + `">`)
		closing.WriteString("</g>")
	}
	open.WriteString(newTag)
	closing.WriteString("</a>")
	out := s[:start] + open.String() + s[start+tagLen:end] + closing.String() + s[end:]
	return out, end + open.Len() - tagLen + closing.Len()
}

// svgNodeOrEdge finds the next node or edge group of a Graphviz SVG at or
// after i: the start and end of the match, the end of the start tag, the
// title's bounds, and 1 for a node or 2 for an edge. It returns nil when
// there is none.
func svgNodeOrEdge(svg string, i int) []int {
	n := svgNode.FindStringSubmatchIndex(svg[i:])
	e := svgEdge.FindStringSubmatchIndex(svg[i:])
	var m []int
	kind := 0
	switch {
	case n == nil && e == nil:
		return nil
	case e == nil || (n != nil && n[0] < e[0]):
		m, kind = n, 1
	default:
		m, kind = e, 2
	}
	tagEnd := i + m[0] + strings.Index(svg[i+m[0]:], ">") + 1
	return []int{i + m[0], i + m[1], tagEnd, 0, i + m[2], i + m[3], kind}
}

// gvName returns the name Graphviz gives the node that DOT writes for id,
// with XML's entities decoded: Graphviz reads \" in a quoted id as a quote
// and keeps every other backslash, so the \\ of a backslash stays doubled.
func gvName(id string) string {
	q := dotID(id)
	q = q[1 : len(q)-1]
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		if q[i] == '\\' && i+1 < len(q) {
			if q[i+1] != '"' {
				b.WriteByte('\\')
			}
			i++
			b.WriteByte(q[i])
			continue
		}
		b.WriteByte(q[i])
	}
	return html.UnescapeString(b.String())
}

// gvTitle decodes the <title> Graphviz writes for a node or an edge.
// Graphviz leaves an & that already starts an entity as it is, so a name
// holding "&amp;" reads back as "&", as gvName makes it too.
func gvTitle(s string) string {
	return html.UnescapeString(html.UnescapeString(s))
}
