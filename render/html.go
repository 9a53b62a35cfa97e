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
	a := newAnchors(doc)
	tlSVG := a.linkTimeline(inlineSVG(tl.String()), doc, topt)
	netSVG := a.linkNetwork(inlineSVG(net.String()), g, nopt)

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
	event, actor  map[string]string // event or actor id -> row id
	inTimeline    map[string]bool   // event ids with a marker in the timeline
	inNetwork     map[string]bool   // event ids with an edge in the network
	nodeInNetwork map[string]bool   // node ids drawn in the network
	hasRow        map[string]bool   // actor ids with a row in the actors' table
}

func newAnchors(doc events.Document) *anchors {
	a := &anchors{event: map[string]string{}, actor: map[string]string{}, inTimeline: map[string]bool{},
		inNetwork: map[string]bool{}, nodeInNetwork: map[string]bool{}, hasRow: map[string]bool{}}
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

// linkEvents rewrites the <g> element at svg[start:] whose start tag is
// svg[start:tagEnd] and which stands for the events evs: it becomes a link
// to the row of the first, and gets the id prefix+ANCHOR of each event
// that has none yet: the first on itself, the others on empty groups
// inside it. It returns the new svg and the index after the element.
func (a *anchors) linkEvents(svg string, start, tagEnd int, evs []string, prefix string, done map[string]bool) (string, int) {
	var ids []string
	for _, id := range evs {
		if _, ok := a.event[id]; ok {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return svg, tagEnd
	}
	tag := svg[start:tagEnd]
	var extra strings.Builder
	for _, id := range ids {
		if done[id] {
			continue
		}
		done[id] = true
		anchor := prefix + a.event[id]
		if !strings.Contains(tag, ` id="`+prefix) {
			tag = setID(tag, anchor)
		} else {
			extra.WriteString(`<g id="` + anchor + `"></g>`)
		}
	}
	return wrapGroup(svg, start, tagEnd-start, tag+extra.String(), a.event[ids[0]])
}

// setID sets the id attribute of the start tag of an element.
func setID(tag, id string) string {
	if i := strings.Index(tag, ` id="`); i >= 0 {
		if j := strings.IndexByte(tag[i+5:], '"'); j >= 0 {
			return tag[:i] + ` id="` + id + `"` + tag[i+5+j+1:]
		}
	}
	end := strings.IndexAny(tag, " >")
	return tag[:end] + ` id="` + id + `"` + tag[end:]
}

// linkTimeline gives each event marker of the timeline SVG that Timeline
// drew of doc with opt the id tl-ANCHOR and makes it a link to the
// event's row. The markers are the items of the layout, in the order
// writeTimeline draws them, each checked against its <title>; a marker
// that stands for several events (an aggregate) links to the first and
// holds the ids of all; an event drawn twice (in two lanes) has its id on
// the first marker.
func (a *anchors) linkTimeline(svg string, doc events.Document, opt TimelineOptions) string {
	const open = `<g class="event"><title>`
	l := layoutTimeline(doc, opt)
	items := append(append([]item(nil), l.dated...), l.undated...)
	done := map[string]bool{}
	for i, k := 0, 0; ; k++ {
		j := strings.Index(svg[i:], open)
		if j < 0 || k >= len(items) {
			break
		}
		i += j
		it := items[k]
		title, evs := hoverText(it.ev), []string{it.ev.ID}
		if it.group != nil {
			title, evs = groupHover(it), nil
			for _, e := range it.group {
				evs = append(evs, e.ID)
			}
		}
		if !strings.HasPrefix(svg[i+len(open):], esc(title)+"</title>") {
			i += len(open) // not the item expected: leave it
			continue
		}
		svg, i = a.linkEvents(svg, i, i+len(`<g class="event">`), evs, "tl-", done)
	}
	for id := range done {
		a.inTimeline[id] = true
	}
	return svg
}

// linkNetwork gives the nodes of the Graphviz SVG that Network drew of g
// with opt the ids net-ANCHOR and links them to the actors' rows, and
// links each edge to the row of the first event it stands for, giving it
// the ids net-ANCHOR of those events. Edges are the bundles of the DOT
// source in order (Graphviz numbers edges as they come), each checked
// against its <title>.
func (a *anchors) linkNetwork(svg string, g *graph.Graph, opt NetworkOptions) string {
	var bundles []bundle
	if sub, _, err := selectNodes(g, opt); err == nil {
		bundles = bundleEdges(sub)
	}
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
	done := map[string]bool{}
	for i := 0; ; {
		loc := svgNodeOrEdge(svg, i)
		if loc == nil {
			break
		}
		start, tagEnd := loc[0], loc[2]
		title := gvTitle(svg[loc[4]:loc[5]])
		i = loc[1]
		if loc[6] == 1 { // node
			id, ok := names[title]
			if !ok {
				continue
			}
			an, ok := a.actor[id]
			if !ok {
				an = uniqueAnchor("actor-", id, used) // a place: no row
				a.actor[id] = an
			}
			a.nodeInNetwork[id] = true
			newTag := setID(svg[start:tagEnd], "net-"+an)
			if !a.hasRow[id] {
				svg = svg[:start] + newTag + svg[tagEnd:]
				i = start + len(newTag)
				continue
			}
			svg, i = wrapGroup(svg, start, tagEnd-start, newTag, an)
			continue
		}
		k, err := strconv.Atoi(svg[start+len(`<g id="edge`) : start+strings.Index(svg[start:], `" `)])
		if err != nil || k < 1 || k > len(bundles) {
			continue
		}
		b := bundles[k-1]
		if title != gvName(b.source)+"->"+gvName(b.target) {
			continue // not the bundle expected: leave it
		}
		var evs []string
		for _, e := range b.relations {
			evs = append(evs, e.Event)
		}
		svg, i = a.linkEvents(svg, start, tagEnd, evs, "net-", done)
	}
	for id := range done {
		a.inNetwork[id] = true
	}
	return svg
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
