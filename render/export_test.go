package render

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

// export is one export format as the tests run it.
type export struct {
	file  string // golden file suffix
	write func(w io.Writer, doc events.Document, g *graph.Graph) error
	check func(t *testing.T, out []byte, doc events.Document, g *graph.Graph)
}

var exports = []export{
	{"events.csv", func(w io.Writer, doc events.Document, _ *graph.Graph) error { return EventsCSV(w, doc) }, checkEventsCSV},
	{"actors.csv", func(w io.Writer, doc events.Document, _ *graph.Graph) error { return ActorsCSV(w, doc) }, checkActorsCSV},
	{"graphml", func(w io.Writer, _ events.Document, g *graph.Graph) error {
		return GraphML(w, g, NetworkOptions{Title: "Actors of the seed article"})
	}, checkGraphML},
	{"gexf", func(w io.Writer, _ events.Document, g *graph.Graph) error {
		return GEXF(w, g, NetworkOptions{Title: "Actors of the seed article"})
	}, checkGEXF},
	{"timeline.mmd", func(w io.Writer, doc events.Document, _ *graph.Graph) error {
		return MermaidTimeline(w, doc, TimelineOptions{Title: "Blinken in the Middle East: March 2024"})
	}, checkMermaidTimeline},
	{"network.mmd", func(w io.Writer, _ events.Document, g *graph.Graph) error {
		return MermaidFlowchart(w, g, NetworkOptions{Title: "Actors of the seed article"})
	}, checkMermaidFlowchart},
	{"timelinejs.json", func(w io.Writer, doc events.Document, _ *graph.Graph) error {
		return TimelineJS(w, doc, TimelineOptions{Title: "Blinken in the Middle East, March 2024"})
	}, checkTimelineJS},
	{"report.html", func(w io.Writer, doc events.Document, g *graph.Graph) error {
		return Report(context.Background(), w, doc, g, ReportOptions{Title: "Blinken in the Middle East, March 2024"})
	}, checkReport},
}

// TestExportsGolden writes every export of the seed fixture twice (the
// same bytes both times), checks its structure and compares it with
// testdata/seed.FORMAT.
func TestExportsGolden(t *testing.T) {
	doc := loadSeed(t)
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range exports {
		t.Run(x.file, func(t *testing.T) {
			out := twice(t, x.file, func(w io.Writer) error { return x.write(w, doc, g) })
			x.check(t, out, doc, g)
			golden(t, "seed."+x.file, out)
		})
	}
}

// TestExportsNasty writes every export of a document whose names, ids and
// sentences are made to break writers, and checks that each still reads
// back whole.
func TestExportsNasty(t *testing.T) {
	doc := nastyDoc()
	doc.Events[0].Evidence = append(doc.Events[0].Evidence, "=HYPERLINK(\"http://x\")", "At 10:22 : a colon; # not a comment %% nor this")
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range exports {
		t.Run(x.file, func(t *testing.T) {
			out := twice(t, x.file, func(w io.Writer) error { return x.write(w, doc, g) })
			x.check(t, out, doc, g)
			if !strings.HasSuffix(x.file, ".csv") && strings.Contains(strings.ToLower(string(out)), "<script") {
				t.Errorf("%s holds a raw <script>", x.file)
			}
		})
	}
}

func readCSV(t *testing.T, out []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(out))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	return rows
}

func checkEventsCSV(t *testing.T, out []byte, doc events.Document, _ *graph.Graph) {
	rows := readCSV(t, out)
	if diff := cmp.Diff(EventsCSVHeader, rows[0]); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	if len(rows) != len(doc.Events)+1 {
		t.Fatalf("%d rows, want %d events and a header", len(rows), len(doc.Events))
	}
	for i, e := range doc.Events {
		row := rows[i+1]
		checkCells(t, row)
		if got, want := row[0], csvCell(e.ID); got != want {
			t.Errorf("row %d: id %q, want %q", i+1, got, want)
		}
		if got, want := row[10], csvCell(strings.Join(e.Evidence, "\n")); got != want {
			t.Errorf("row %d: evidence %q, want %q", i+1, got, want)
		}
	}
}

func checkActorsCSV(t *testing.T, out []byte, doc events.Document, _ *graph.Graph) {
	rows := readCSV(t, out)
	if diff := cmp.Diff(ActorsCSVHeader, rows[0]); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	if len(rows) != len(doc.Actors)+1 {
		t.Fatalf("%d rows, want %d actors and a header", len(rows), len(doc.Actors))
	}
	for i, a := range doc.Actors {
		checkCells(t, rows[i+1])
		if got, want := rows[i+1][1], csvCell(a.Name); got != want {
			t.Errorf("row %d: name %q, want %q", i+1, got, want)
		}
	}
}

// checkCells fails on a cell a spreadsheet would run as a formula.
func checkCells(t *testing.T, row []string) {
	t.Helper()
	for _, c := range row {
		if c != "" && strings.ContainsAny(c[:1], "=+-@\t\r") {
			t.Errorf("cell %q starts a formula", c)
		}
	}
}

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Blinken", "Blinken"},
		{"=1+1", "'=1+1"},
		{"+49 30", "'+49 30"},
		{"-5", "'-5"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=x", "'\t=x"},
		{"＝1", "'＝1"},
		{"a=b", "a=b"},
		{"nul\x00byte", "nul byte"},
		{"bad \xff", "bad \uFFFD"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := csvCell(tt.in); got != tt.want {
			t.Errorf("csvCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// graphMLDoc is what the tests read of a GraphML file.
type graphMLDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID  string `xml:"id,attr"`
		For string `xml:"for,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []xmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string    `xml:"id,attr"`
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []xmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func checkGraphML(t *testing.T, out []byte, _ events.Document, g *graph.Graph) {
	var d graphMLDoc
	if err := xml.Unmarshal(out, &d); err != nil {
		t.Fatalf("graphml: %v", err)
	}
	if d.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", d.Graph.EdgeDefault)
	}
	keys := map[string]string{}
	for _, k := range d.Keys {
		keys[k.ID] = k.For
	}
	nodes, edges := g.Nodes(), g.Edges()
	if len(d.Graph.Nodes) != len(nodes) || len(d.Graph.Edges) != len(edges) {
		t.Fatalf("graphml has %d nodes and %d edges, want %d and %d", len(d.Graph.Nodes), len(d.Graph.Edges), len(nodes), len(edges))
	}
	ids := map[string]bool{}
	for i, n := range d.Graph.Nodes {
		if n.ID != validText(nodes[i].ID) {
			t.Errorf("node %d: id %q, want %q", i, n.ID, nodes[i].ID)
		}
		ids[n.ID] = true
		for _, dt := range n.Data {
			if keys[dt.Key] != "node" {
				t.Errorf("node %q: data key %q is not a node key", n.ID, dt.Key)
			}
		}
	}
	edgeIDs := map[string]bool{}
	for i, e := range d.Graph.Edges {
		if edgeIDs[e.ID] {
			t.Errorf("edge id %q twice", e.ID)
		}
		edgeIDs[e.ID] = true
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %q: %q -> %q is not between nodes", e.ID, e.Source, e.Target)
		}
		for _, dt := range e.Data {
			if keys[dt.Key] != "edge" {
				t.Errorf("edge %q: data key %q is not an edge key", e.ID, dt.Key)
			}
			if dt.Key == "event" && dt.Value != validText(edges[i].Event) {
				t.Errorf("edge %q: event %q, want %q", e.ID, dt.Value, edges[i].Event)
			}
		}
	}
}

// gexfDoc is what the tests read of a GEXF file.
type gexfDoc struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		Mode       string `xml:"mode,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Nodes      []struct {
			ID     string      `xml:"id,attr"`
			Label  string      `xml:"label,attr"`
			Spells []gexfSpell `xml:"spells>spell"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string      `xml:"id,attr"`
			Source string      `xml:"source,attr"`
			Target string      `xml:"target,attr"`
			Spells []gexfSpell `xml:"spells>spell"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type gexfSpell struct {
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

func checkGEXF(t *testing.T, out []byte, _ events.Document, g *graph.Graph) {
	var d gexfDoc
	if err := xml.Unmarshal(out, &d); err != nil {
		t.Fatalf("gexf: %v", err)
	}
	if d.Version != "1.3" || d.Graph.Mode != "dynamic" || d.Graph.TimeFormat != "date" {
		t.Errorf("version %q, mode %q, timeformat %q", d.Version, d.Graph.Mode, d.Graph.TimeFormat)
	}
	nodes, edges := g.Nodes(), g.Edges()
	if len(d.Graph.Nodes) != len(nodes) || len(d.Graph.Edges) != len(edges) {
		t.Fatalf("gexf has %d nodes and %d edges, want %d and %d", len(d.Graph.Nodes), len(d.Graph.Edges), len(nodes), len(edges))
	}
	appears := map[string]string{} // node id -> start of its spell
	for _, n := range d.Graph.Nodes {
		if n.Label != strings.Join(strings.Fields(n.Label), " ") {
			t.Errorf("node %q: label %q is no xsd:token", n.ID, n.Label)
		}
		if len(n.Spells) > 0 {
			appears[n.ID] = n.Spells[0].Start
		}
	}
	for i, e := range d.Graph.Edges {
		want := edges[i]
		d0, d1, dated := daySpan(want.Date)
		switch {
		case !dated && len(e.Spells) != 0:
			t.Errorf("undated edge %q has spells %v", e.ID, e.Spells)
		case dated && (len(e.Spells) != 1 || e.Spells[0] != gexfSpell{d0, d1}):
			t.Errorf("edge %q of %s: spells %v, want [%s, %s]", e.ID, want.Date, e.Spells, d0, d1)
		}
		// An edge never shows before its nodes.
		for _, id := range []string{e.Source, e.Target} {
			if s := appears[id]; s != "" && (!dated || s > d0) {
				t.Errorf("edge %q (%s) shows before node %q (from %s)", e.ID, want.Date, id, s)
			}
		}
	}
}

func TestGEXFSpells(t *testing.T) {
	doc := events.Document{
		Actors: []events.Actor{{ID: "a", Name: "A", Kind: events.Person}, {ID: "b", Name: "B", Kind: events.Country}, {ID: "c", Name: "C", Kind: events.Country}},
		Events: []events.Event{
			{ID: "e1", Type: events.Meeting, Date: "2024-03", Actors: []string{"a", "b"}},
			{ID: "e2", Type: events.Meeting, Date: "2024-W11", Actors: []string{"a", "b"}},
			{ID: "e3", Type: events.Visit, Actors: []string{"a", "c"}},
		},
		Relations: []events.Relation{
			{Source: "a", Target: "b", Type: "met", Event: "e1", Date: "2024-03"},
			{Source: "a", Target: "b", Type: "met", Event: "e2", Date: "2024-W11"},
			{Source: "a", Target: "c", Type: "visited", Event: "e3"},
		},
	}
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := GEXF(&b, g, NetworkOptions{}); err != nil {
		t.Fatal(err)
	}
	spells := regexp.MustCompile(`<(node|edge) id="([^"]*)"|<spell [^>]*>`).FindAllString(b.String(), -1)
	want := []string{
		`<node id="a"`, // an undated relation: always there
		`<node id="b"`, `<spell start="2024-03-01"/>`,
		`<node id="c"`,
		`<edge id="e1:a-&gt;b"`, `<spell start="2024-03-01" end="2024-03-31"/>`,
		`<edge id="e2:a-&gt;b"`, `<spell start="2024-03-11" end="2024-03-17"/>`,
		`<edge id="e3:a-&gt;c"`,
	}
	if diff := cmp.Diff(want, spells); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

var (
	// The lexer of Mermaid's timeline grammar (timeline.jison): a period
	// is [^#:\n]+, an event ":" then a space then characters where a
	// colon is never followed by white space.
	mmTitle   = regexp.MustCompile(`^    title [^#:;\n]+$`)
	mmSection = regexp.MustCompile(`^    section [^#:;\n]+$`)
	mmPeriod  = regexp.MustCompile(`^        ([^#:\n]+?) : ((?:[^:\n]|:\S)+)$`)
)

// checkMermaidTimeline reads a timeline diagram with the rules of
// Mermaid's grammar and checks that it holds every event once, in order,
// after decoding Mermaid's entity codes.
func checkMermaidTimeline(t *testing.T, out []byte, doc events.Document, _ *graph.Graph) {
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if lines[0] != "timeline" {
		t.Fatalf("first line %q", lines[0])
	}
	// Mermaid replaces entity codes before it parses.
	for i, l := range lines {
		lines[i] = mmEntity.ReplaceAllStringFunc(l, func(m string) string { return "\uFB02\u00B0" + m[1:len(m)-1] + "\u00B6\u00DF" })
	}
	if !mmTitle.MatchString(lines[1]) {
		t.Errorf("title line %q does not parse", lines[1])
	}
	var got []string
	for _, l := range lines[2:] {
		if mmSection.MatchString(l) {
			continue
		}
		m := mmPeriod.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("line %q does not parse", l)
			continue
		}
		for _, ev := range strings.Split(m[2], ": ") {
			got = append(got, mermaidDecode(mmPlaceholder.ReplaceAllString(ev, "#$1;")))
		}
	}
	actors := actorIndex(doc)
	evs := append([]events.Event(nil), doc.Events...)
	sort.SliceStable(evs, func(i, j int) bool { return dateLess(evs[i].Date, evs[j].Date) })
	var want []string
	for _, e := range evs {
		want = append(want, clean(headline(e, actors)))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events mismatch (-want +got):\n%s", diff)
	}
}

var (
	mmEntity      = regexp.MustCompile(`#([a-z]+|[0-9]+);`)
	mmPlaceholder = regexp.MustCompile("\uFB02\u00B0([a-z0-9]+)\u00B6\u00DF")
)

// mermaidDecode turns Mermaid entity codes back into characters, as
// Mermaid does after parsing.
func mermaidDecode(s string) string {
	names := map[string]string{"quot": `"`, "lt": "<", "gt": ">", "amp": "&"}
	return mmEntity.ReplaceAllStringFunc(s, func(m string) string {
		code := m[1 : len(m)-1]
		if c, ok := names[code]; ok {
			return c
		}
		var r rune
		fmt.Sscan(code, &r)
		return string(r)
	})
}

var (
	mmQuoted = `"([^"#]|#[a-z0-9]+;)*"`
	mmNode   = regexp.MustCompile(`^    (n_[A-Za-z0-9_]+)(\(\[|\[|\{\{|\[\[|\[/|>|\()` + mmQuoted + `(\]\)|\]|\}\}|\]\]|/\]|\))$`)
	mmEdge   = regexp.MustCompile(`^    (n_[A-Za-z0-9_]+) (-->|-\.->)\|` + mmQuoted + `\| (n_[A-Za-z0-9_]+)$`)
	mmStyle  = regexp.MustCompile(`^    (linkStyle [0-9]+ stroke:#[0-9A-F]{6}|classDef [a-z]+ fill:#[0-9A-F]{6},stroke:#[0-9A-F]{6}|class (n_[A-Za-z0-9_]+,)*n_[A-Za-z0-9_]+ [a-z]+)$`)
)

// checkMermaidFlowchart reads a flowchart with the rules of Mermaid's
// grammar for the statements it writes and checks that it has every node
// and every edge of g.
func checkMermaidFlowchart(t *testing.T, out []byte, _ events.Document, g *graph.Graph) {
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) < 4 || lines[0] != "---" || !strings.HasPrefix(lines[1], "title: ") || lines[2] != "---" || lines[3] != "flowchart LR" {
		t.Fatalf("head %q", lines[:min(4, len(lines))])
	}
	var title string
	if err := json.Unmarshal([]byte(strings.TrimPrefix(lines[1], "title: ")), &title); err != nil {
		t.Errorf("title is no JSON string: %v", err)
	}
	nodes := map[string]bool{}
	edges := 0
	for _, l := range lines[4:] {
		switch {
		case mmNode.MatchString(l):
			id := mmNode.FindStringSubmatch(l)[1]
			if nodes[id] || id == "n_end" {
				t.Errorf("node id %q twice", id)
			}
			nodes[id] = true
		case mmEdge.MatchString(l):
			m := mmEdge.FindStringSubmatch(l)
			if !nodes[m[1]] || !nodes[m[len(m)-1]] {
				t.Errorf("edge %q between unknown nodes", l)
			}
			edges++
		case mmStyle.MatchString(l):
		default:
			t.Errorf("line %q does not parse", l)
		}
	}
	if len(nodes) != len(g.Nodes()) || edges != len(g.Edges()) {
		t.Errorf("flowchart has %d nodes and %d edges, want %d and %d", len(nodes), edges, len(g.Nodes()), len(g.Edges()))
	}
}

func TestMermaidText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Blinken meets el-Sissi", "Blinken meets el-Sissi"},
		{"at 10:22 : then", "at 10#58;22 #58; then"},
		{"# not a comment %% nor this", "#35; not a comment #37;#37; nor this"},
		{`say "hi" | <b>&`, "say #quot;hi#quot; #124; #lt;b#gt;#amp;"},
		{"#quot;", "#35;quot#59;"},
		{"two\nlines", "two lines"},
	}
	for _, tt := range tests {
		got := mermaidText(tt.in, "")
		if got != tt.want {
			t.Errorf("mermaidText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := mermaidDecode(got); back != clean(tt.in) {
			t.Errorf("mermaidText(%q) decodes to %q", tt.in, back)
		}
	}
}

func checkTimelineJS(t *testing.T, out []byte, doc events.Document, _ *graph.Graph) {
	var d struct {
		Title struct {
			Text struct{ Headline, Text string }
		}
		Events []struct {
			UniqueID  string `json:"unique_id"`
			StartDate struct {
				Year, Month, Day int
			} `json:"start_date"`
			Text  struct{ Headline, Text string }
			Group string
		}
	}
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("timelinejs: %v", err)
	}
	var dated []events.Event
	for _, e := range doc.Events {
		if _, _, ok := e.Date.Span(); ok {
			dated = append(dated, e)
		}
	}
	if len(d.Events) != len(dated) {
		t.Fatalf("%d slides, want %d dated events", len(d.Events), len(dated))
	}
	if d.Title.Text.Headline == "" {
		t.Error("no title")
	}
	ids := map[string]bool{}
	for i, s := range d.Events {
		if ids[s.UniqueID] {
			t.Errorf("unique_id %q twice", s.UniqueID)
		}
		ids[s.UniqueID] = true
		start, _, _ := dated[i].Date.Span()
		if s.StartDate.Year != start.Year() || s.StartDate.Month < 0 || s.StartDate.Month > 12 || s.StartDate.Day < 0 || s.StartDate.Day > 31 {
			t.Errorf("slide %q: start_date %+v for %s", s.UniqueID, s.StartDate, dated[i].Date)
		}
		if s.Text.Headline == "" {
			t.Errorf("slide %q has no headline", s.UniqueID)
		}
		for _, txt := range []string{s.Text.Headline, s.Text.Text, s.Group} {
			if err := wellFormed([]byte("<x>" + txt + "</x>")); err != nil {
				t.Errorf("slide %q: text is not escaped HTML: %v", s.UniqueID, err)
			}
		}
	}
}

// checkReport parses the report (written as well-formed XML as well as
// HTML), and checks that every link inside it leads to an element of
// the page, that every event has its row, a marker in the timeline linked
// to it, and that nothing loads from outside.
func checkReport(t *testing.T, out []byte, doc events.Document, g *graph.Graph) {
	d := xml.NewDecoder(bytes.NewReader(out))
	d.Strict = true
	ids := map[string]int{}
	var hrefs []string
	rows := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("report is not well-formed: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "script", "iframe", "object", "embed", "img", "link", "image", "foreignobject":
			t.Errorf("report has a <%s> element", se.Name.Local)
		case "tr":
			rows++
		}
		for _, a := range se.Attr {
			switch {
			case a.Name.Local == "id":
				ids[a.Value]++
			case a.Name.Local == "href":
				hrefs = append(hrefs, a.Value)
			case strings.HasPrefix(strings.ToLower(a.Name.Local), "on"):
				t.Errorf("report has an event handler %s", a.Name.Local)
			case a.Name.Local == "src" || a.Name.Local == "style" && strings.Contains(a.Value, "url("):
				t.Errorf("report loads %s=%q", a.Name.Local, a.Value)
			}
		}
	}
	for id, n := range ids {
		if n > 1 && (strings.HasPrefix(id, "event-") || strings.HasPrefix(id, "actor-") || strings.HasPrefix(id, "tl-") || strings.HasPrefix(id, "net-")) {
			t.Errorf("id %q %d times", id, n)
		}
	}
	for _, h := range hrefs {
		if !strings.HasPrefix(h, "#") || ids[h[1:]] == 0 {
			t.Errorf("link %q leads nowhere in the page", h)
		}
	}
	if want := len(doc.Events) + len(doc.Actors) + 2; len(doc.Events) > 0 && len(doc.Actors) > 0 && rows != want {
		t.Errorf("%d table rows, want %d", rows, want)
	}
	a := newAnchors(doc)
	for _, e := range doc.Events {
		an := a.event[e.ID]
		if ids[an] != 1 {
			t.Errorf("event %q has no row", e.ID)
		}
		if ids["tl-"+an] != 1 {
			t.Errorf("event %q has no marker in the timeline", e.ID)
		}
	}
	for _, e := range g.Edges() {
		if an, ok := a.event[e.Event]; ok && ids["net-"+an] != 1 {
			t.Errorf("event %q has no edge in the network", e.Event)
		}
	}
	for _, n := range g.Nodes() {
		if an, ok := a.actor[n.ID]; ok && ids["net-"+an] != 1 {
			t.Errorf("actor %q has no node in the network", n.ID)
		}
	}
}

// FuzzExports writes every export of a small document whose names, ids,
// dates and sentences come from the fuzzer, and checks each with the
// structural checks of TestExportsGolden: XML and CSV read back whole with
// every node, edge and row, Mermaid follows its grammar, the report's
// links all lead somewhere.
func FuzzExports(f *testing.F) {
	for _, n := range nasty {
		f.Add(n, n+" role", "met", n+" said it.", "2024-03-21")
	}
	f.Add("Antony Blinken", "Secretary of State", "visited", "At 10:22: he left.", "2024-W11")
	f.Add("=cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "+1", "2023-10")
	f.Fuzz(func(t *testing.T, name, role, rel, sentence, date string) {
		if name == "" || rel == "" || !utf8.ValidString(name) {
			return // Build rejects empty ids; ids are text
		}
		doc := events.Document{
			Document: events.Meta{ID: name, Title: sentence, Published: "2024-03-21"},
			Actors: []events.Actor{
				{ID: name, Name: name, Kind: events.Person, Role: role, Aliases: []string{role}},
				{ID: name + "2", Name: role, Kind: events.Country},
			},
			Events: []events.Event{
				{ID: name, Type: events.Meeting, Date: events.Date(date), DateText: sentence, Status: events.Planned,
					Actors: []string{name, name + "2"}, Place: role, Evidence: []string{sentence}},
				{ID: name + "/2", Type: events.Type(rel), Status: events.Status(role), Actors: []string{name + "2"}},
			},
			Relations: []events.Relation{
				{Source: name, Target: name + "2", Type: rel, Event: name, Date: events.Date(date)},
				{Source: name + "2", Target: name, Type: "leads", Role: role},
			},
		}
		g, err := graph.Build(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range exports {
			if x.file == "report.html" && (strings.ContainsRune(name, 0xFFFD) || validText(name) != name) {
				continue // ids that XML cannot hold are changed, and may meet
			}
			var b bytes.Buffer
			if err := x.write(&b, doc, g); err != nil {
				t.Fatalf("%s: %v", x.file, err)
			}
			x.check(t, b.Bytes(), doc, g)
		}
	})
}

// TestReportDense links every event of a timeline that groups dense
// events into aggregates and draws each event in the lane of each actor,
// and of a network that bundles the relations of a pair into one edge.
func TestReportDense(t *testing.T) {
	doc := events.Document{Document: events.Meta{ID: "dense", Published: "2024-03-21"}}
	for _, n := range []string{"A", "B", "C"} {
		doc.Actors = append(doc.Actors, events.Actor{ID: strings.ToLower(n), Name: n, Kind: events.Country})
	}
	for i := range 70 {
		id := fmt.Sprintf("e%d", i)
		src, dst := "a", []string{"b", "c"}[i%2]
		if i%3 == 0 {
			src, dst = dst, src // both ways round: one bundle
		}
		date := events.Date(fmt.Sprintf("2024-03-%02d", 1+i%5))
		doc.Events = append(doc.Events, events.Event{ID: id, Type: events.Meeting, Date: date, Status: events.Occurred,
			Actors: []string{src, dst}, Evidence: []string{fmt.Sprintf("Meeting %d.", i)}})
		doc.Relations = append(doc.Relations, events.Relation{Source: src, Target: dst, Type: "met", Event: id, Date: date})
	}
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Report(context.Background(), &b, doc, g, ReportOptions{Timeline: TimelineOptions{Lanes: "actor"}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), " meetings") {
		t.Error("the timeline has no aggregate")
	}
	if n := strings.Count(b.String(), `class="edge"`); n != 2 {
		t.Errorf("the network has %d edges, want 2 bundles", n)
	}
	checkReport(t, b.Bytes(), doc, g)
}
