package render

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

// mermaidEntities are the characters Mermaid's grammars give a meaning to
// (":" ends a timeline event or period, "#" starts a comment, ";" ends a
// statement, "%%" a comment, quotes, pipes and backticks end labels, "<"
// and "&" start HTML), written as Mermaid entity codes, which Mermaid
// turns back into the characters after parsing. Every "#" is escaped, so a
// text that happens to look like an entity code stays as written.
var mermaidEntities = strings.NewReplacer(
	"#", "#35;",
	":", "#58;",
	";", "#59;",
	"%", "#37;",
	`"`, "#quot;",
	"`", "#96;",
	"|", "#124;",
	"<", "#lt;",
	">", "#gt;",
	"&", "#amp;",
	"{", "#123;",
	"}", "#125;",
)

// mermaidText makes s one line of Mermaid text: line breaks become spaces
// (or brk, when not empty) and every character Mermaid could read as
// syntax an entity code.
func mermaidText(s, brk string) string {
	if brk == "" {
		return mermaidEntities.Replace(clean(validText(s)))
	}
	lines := strings.Split(validText(s), "\n")
	for i, l := range lines {
		lines[i] = mermaidEntities.Replace(clean(l)) // validText dropped bidi controls
	}
	return strings.Join(lines, brk)
}

// MermaidTimeline writes the events of doc as a Mermaid timeline diagram
// (https://mermaid.js.org/syntax/timeline.html): a section per year, a
// period per date (YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www, in date order)
// with the labels of its events, and undated events in a last section.
// The title is opt.Title, else the document's title, else its id. Text is
// escaped with Mermaid entity codes: "10:22" is written 10#58;22, which
// Mermaid shows as 10:22 instead of splitting the event there.
func MermaidTimeline(w io.Writer, doc events.Document, opt TimelineOptions) error {
	actors := actorIndex(doc)
	evs := append([]events.Event(nil), doc.Events...)
	sort.SliceStable(evs, func(i, j int) bool { return dateLess(evs[i].Date, evs[j].Date) })
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("timeline\n")
	p("    title %s\n", mermaidText(docTitle(opt.Title, doc), ""))
	section, period := "", ""
	for _, e := range evs {
		sec, per := "Undated", "undated"
		if s, _, ok := e.Date.Span(); ok {
			sec, per = strconv.Itoa(s.Year()), string(e.Date)
		}
		if sec != section {
			p("    section %s\n", sec)
			section, period = sec, ""
		}
		text := mermaidText(headline(e, actors), "")
		if per != period {
			p("        %s : %s\n", mermaidText(per, ""), text)
			period = per
		} else {
			p("        %s : %s\n", strings.Repeat(" ", len(per)), text)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write mermaid timeline: %w", err)
	}
	return nil
}

// dateLess orders dates by the first day they cover, then as text; the
// empty or malformed date comes last.
func dateLess(a, b events.Date) bool {
	sa, _, oka := a.Span()
	sb, _, okb := b.Span()
	switch {
	case oka != okb:
		return oka
	case oka && !sa.Equal(sb):
		return sa.Before(sb)
	}
	return a < b
}

// mermaidShapes are the node shapes of the flowchart per actor kind, as
// the opening and closing brackets around a quoted label.
var mermaidShapes = map[events.Kind][2]string{
	events.Person:       {"([", "])"},
	events.Country:      {"[", "]"},
	events.Organization: {"{{", "}}"},
	events.Group:        {"[[", "]]"},
	events.Media:        {"[/", "/]"},
	graph.Place:         {">", "]"},
}

// MermaidFlowchart writes the actor network g as a Mermaid flowchart
// (https://mermaid.js.org/syntax/flowchart.html), left to right: every
// node (sorted by id; shape and colours by actor kind, people with their
// role on a second line) and every relation as its own arrow labelled
// with its type and date, dotted for knowledge, planned and hypothetical
// relations. Node ids are the actor ids with every character other than
// an ASCII letter or digit turned into "_" (Mermaid reads "end" and
// punctuation in ids as syntax); labels are quoted and escaped with
// Mermaid entity codes. The title (opt.Title, else "Actor network") goes
// in the front matter, with ‹ and › for angle brackets.
func MermaidFlowchart(w io.Writer, g *graph.Graph, opt NetworkOptions) error {
	title := opt.Title
	if title == "" {
		title = "Actor network"
	}
	// a JSON string is a YAML string; Mermaid shows the title as it is, so
	// angle brackets become the look-alike quotation marks ‹ and ›, that
	// no tag can be read in it
	title = strings.NewReplacer("<", "‹", ">", "›").Replace(clean(validText(title)))
	tj, err := json.Marshal(title)
	if err != nil {
		return fmt.Errorf("write mermaid flowchart: %w", err)
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("---\ntitle: %s\n---\n", tj)
	p("flowchart LR\n")
	nodes := g.Nodes()
	ids := mermaidIDs(nodes)
	byKind := map[events.Kind][]string{}
	for _, n := range nodes {
		sh, ok := mermaidShapes[n.Kind]
		if !ok {
			sh = [2]string{"(", ")"}
		}
		label := mermaidText(n.Label, "")
		if n.Role != "" {
			label += "<br>" + mermaidText(n.Role, "")
		}
		p("    %s%s\"%s\"%s\n", ids[n.ID], sh[0], label, sh[1])
		byKind[n.Kind] = append(byKind[n.Kind], ids[n.ID])
	}
	for i, e := range g.Edges() {
		label := e.Type
		switch e.Status {
		case events.Planned, events.Hypothetical:
			label += " (" + string(e.Status) + ")"
		}
		if e.Role != "" {
			label += " (" + e.Role + ")"
		}
		text := mermaidText(label, "")
		if e.Date != "" {
			text += "<br>" + mermaidText(string(e.Date), "")
		}
		arrow := "-->"
		if knowledgeRelation(e.Type) || e.Status == events.Planned || e.Status == events.Hypothetical {
			arrow = "-.->"
		}
		p("    %s %s|\"%s\"| %s\n", ids[e.Source], arrow, text, ids[e.Target])
		colour := "#555555"
		if s, ok := typeStyles[e.EventType]; ok && !knowledgeRelation(e.Type) {
			colour = s.colour
		}
		p("    linkStyle %d stroke:%s\n", i, colour)
	}
	kinds := append(append([]events.Kind(nil), events.Kinds...), graph.Place)
	for _, k := range kinds {
		if len(byKind[k]) == 0 {
			continue
		}
		st := kindStyleOf(k)
		p("    classDef %s fill:%s,stroke:%s\n", k, st.fill, st.border)
		p("    class %s %s\n", strings.Join(byKind[k], ","), k)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write mermaid flowchart: %w", err)
	}
	return nil
}

// mermaidIDs maps the node ids to Mermaid ids: "n_" and the id with
// characters other than ASCII letters and digits as "_", made unique by
// "_2", "_3" in node order.
func mermaidIDs(nodes []graph.Node) map[string]string {
	ids := make(map[string]string, len(nodes))
	used := map[string]bool{}
	for _, n := range nodes {
		base := "n_" + strings.Map(func(r rune) rune {
			if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return r
			}
			return '_'
		}, n.ID)
		id := base
		for i := 2; used[id]; i++ {
			id = base + "_" + strconv.Itoa(i)
		}
		used[id] = true
		ids[n.ID] = id
	}
	return ids
}
