package render

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/corpus"
	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

// TestUnlinked: actors without relations are listed under the title, not
// laid out as nodes in one long row.
func TestUnlinked(t *testing.T) {
	linked := []events.Actor{
		{ID: "ann", Name: "Ann Example", Kind: events.Person, Role: "Foreign Minister", Affiliation: "land"},
		{ID: "land", Name: "Land", Kind: events.Country},
	}
	tests := []struct {
		name      string
		alone     []string
		relations bool
		wantLabel string // the graph label in the DOT
		wantNodes int
	}{
		{"none alone", nil, true, `"Actor network"`, 2},
		{"two alone", []string{"Zed", "Bo"}, true,
			`<Actor network<br align="left"/><font point-size="10" color="#555555">2 actors without relations: Bo, Zed.<br align="left"/></font><br/>>`, 2},
		{"markup in names", []string{`<b>"x" & y</b>`}, true,
			`<Actor network<br align="left"/><font point-size="10" color="#555555">1 actor without relations: &lt;b&gt;&#34;x&#34; &amp; y&lt;/b&gt;.<br align="left"/></font><br/>>`, 2},
		{"no relations at all", []string{"Zed"}, false,
			`<Actor network<br align="left"/><font point-size="10" color="#555555">3 actors without relations: Ann Example, Land, Zed.<br align="left"/></font><br/>>`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := events.Document{Actors: append([]events.Actor(nil), linked...)}
			for _, n := range tt.alone {
				doc.Actors = append(doc.Actors, events.Actor{ID: events.Slug(n) + "-id", Name: n, Kind: events.Group})
			}
			if tt.relations {
				doc.Relations = []events.Relation{{Source: "ann", Target: "land", Type: "member_of", Role: "Foreign Minister"}}
			}
			g, err := graph.Build(doc)
			if err != nil {
				t.Fatal(err)
			}
			var dot bytes.Buffer
			if err := DOT(&dot, g, NetworkOptions{}); err != nil {
				t.Fatal(err)
			}
			src := dot.String()
			first := strings.SplitN(src, "\n", 3)[1]
			label := strings.TrimPrefix(first[:strings.Index(first, ", labelloc=")], "\tgraph [label=")
			if diff := cmp.Diff(tt.wantLabel, label); diff != "" {
				t.Errorf("graph label mismatch (-want +got):\n%s", diff)
			}
			if got := strings.Count(src, ", shape="); got != tt.wantNodes {
				t.Errorf("%d nodes in the DOT, want %d:\n%s", got, tt.wantNodes, src)
			}
			// The role is on the node; the edge does not repeat it.
			if tt.relations && !strings.Contains(src, `[label=" member_of ", `) {
				t.Errorf("member_of edge label repeats the role:\n%s", src)
			}
			svg, err := renderSVG(t, g)
			if err != nil {
				t.Fatalf("graphviz: %v\n%s", err, src)
			}
			if err := wellFormed(svg); err != nil {
				t.Errorf("svg not well-formed: %v", err)
			}
			// Graphviz writes &quot; where esc writes &#34;.
			svg = bytes.ReplaceAll(svg, []byte("&quot;"), []byte("&#34;"))
			for _, n := range tt.alone {
				if !bytes.Contains(svg, []byte(esc(n))) {
					t.Errorf("svg lacks %q:\n%s", n, svg)
				}
			}
		})
	}
}

// TestUnlinkedWraps: a long list wraps into lines that stay narrow, so the
// picture does not grow wide because of it.
func TestUnlinkedWraps(t *testing.T) {
	var alone []graph.Node
	for i := range 40 {
		alone = append(alone, graph.Node{ID: string(rune('a' + i%26)), Label: "Organization of Example States " + string(rune('A'+i%26))})
	}
	label := unlinkedLabel("Actor network", alone)
	lines := strings.Split(label, `<br align="left"/>`)
	if len(lines) < 10 {
		t.Errorf("%d lines, want the list wrapped into more", len(lines))
	}
	for _, l := range lines[1 : len(lines)-1] {
		l = strings.TrimPrefix(l, `<font point-size="10" color="#555555">`)
		if w := textWidth(l, 10, false); w > unlinkedWidth {
			t.Errorf("line %q is %.0f wide, want at most %d", l, w, unlinkedWidth)
		}
	}
}

// TestUnlinkedLayoutWidth: many actors without relations do not make the
// network picture wide.
func TestUnlinkedLayoutWidth(t *testing.T) {
	doc := events.Document{Actors: []events.Actor{
		{ID: "ann", Name: "Ann", Kind: events.Person}, {ID: "bob", Name: "Bob", Kind: events.Person},
	}, Relations: []events.Relation{{Source: "ann", Target: "bob", Type: "met"}}}
	for i := range 30 {
		doc.Actors = append(doc.Actors, events.Actor{ID: "c" + string(rune('a'+i)), Name: "Country of " + string(rune('A'+i)), Kind: events.Country})
	}
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	var svg bytes.Buffer
	if err := Network(context.Background(), &svg, g, "svg", NetworkOptions{}); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`).FindSubmatch(svg.Bytes())
	if m == nil {
		t.Fatalf("no size in the svg:\n%s", svg.String())
	}
	w, _ := strconv.ParseFloat(string(m[1]), 64)
	if w > 700 {
		t.Errorf("picture is %.0fpt wide, want at most 700", w)
	}
}

// pairDoc: Ann (of Land) meets Bob (of Sea) n times on n days, Bob
// rejects Ann once, and Ann leads Land.
func pairDoc(n int) events.Document {
	doc := events.Document{Actors: []events.Actor{
		{ID: "ann", Name: "Ann Example", Kind: events.Person, Role: "President", Affiliation: "land"},
		{ID: "bob", Name: "Bob Example", Kind: events.Person, Affiliation: "sea"},
		{ID: "cy", Name: "Cy Example", Kind: events.Person, Affiliation: "land"},
		{ID: "land", Name: "Land", Kind: events.Country},
		{ID: "sea", Name: "Sea", Kind: events.Country},
	}}
	add := func(id string, t events.Type, rel, s, tg string, d events.Date) {
		doc.Events = append(doc.Events, events.Event{ID: id, Type: t, Date: d, Actors: []string{s, tg}, Status: events.Occurred})
		doc.Relations = append(doc.Relations, events.Relation{Source: s, Target: tg, Type: rel, Event: id, Date: d})
	}
	for i := range n {
		add(fmt.Sprint("m", i), events.Meeting, "met", "ann", "bob", events.Date(fmt.Sprintf("2024-03-%02d", i+1)))
	}
	add("r", events.Rejection, "rejected", "bob", "ann", "")
	add("c", events.Call, "called", "cy", "ann", "2024-03-01")
	doc.Relations = append(doc.Relations, events.Relation{Source: "ann", Target: "land", Type: "leads", Role: "President"})
	return doc
}

func dotOf(t *testing.T, doc events.Document, opt NetworkOptions) string {
	t.Helper()
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := DOT(&b, g, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestBundles: all the events between two actors make one edge whose
// width grows with their number and whose label lists them, wrapped.
func TestBundles(t *testing.T) {
	tests := []struct {
		n                int
		want             string // the ann-bob edge
		wantMaxLineWidth float64
	}{
		{1, `"ann" -> "bob" [label=" met \n 2024-03-01 \n rejected ", color="#009E73", penwidth="2.4", weight="2", dir="both"];`, edgeLabelWidth},
		{3, `"ann" -> "bob" [label=" met ×3 \n 2024-03-01, 2024-03-02, \n 2024-03-03 \n rejected ", color="#009E73", penwidth="3.6", weight="4", dir="both"];`, edgeLabelWidth},
		{40, `[label=" met ×40 \n 40 dates, 2024-03-01 to \n 2024-03-40 \n rejected ", color="#009E73", penwidth="6", weight="41", dir="both"];`, edgeLabelWidth},
	}
	for _, tt := range tests {
		src := dotOf(t, pairDoc(tt.n), NetworkOptions{})
		var edge string
		for _, l := range strings.Split(src, "\n") {
			if strings.HasPrefix(l, "\t\"ann\" -> \"bob\"") {
				if edge != "" {
					t.Errorf("n=%d: two ann-bob edges", tt.n)
				}
				edge = strings.TrimSpace(l)
			}
		}
		if !strings.HasSuffix(edge, tt.want) {
			t.Errorf("n=%d: edge\n%s\nwant it to end in\n%s", tt.n, edge, tt.want)
		}
		label := edge[strings.Index(edge, `label="`)+7:]
		label = label[:strings.Index(label, `"`)]
		for _, line := range strings.Split(label, `\n`) {
			if w := textWidth(strings.TrimSpace(line), 9, false); w > tt.wantMaxLineWidth {
				t.Errorf("n=%d: label line %q is %.0f wide", tt.n, line, w)
			}
		}
		if strings.Count(src, "\"ann\" -> \"land\"") != 1 || !strings.Contains(src, `"ann" -> "land" [label=" leads ", color="#888888", style="dashed"]`) {
			t.Errorf("n=%d: the leads relation is not one dashed edge:\n%s", tt.n, src)
		}
	}
	if a, b := penWidth(2), penWidth(3); !(penWidth(1) < a && a < b && b <= 6) {
		t.Errorf("penWidth does not grow: %v %v %v", penWidth(1), a, b)
	}
}

// TestCluster: with Cluster, people sit in a box of their country with it.
func TestCluster(t *testing.T) {
	src := dotOf(t, pairDoc(1), NetworkOptions{Cluster: true})
	want := "\tsubgraph \"cluster_land\" {\n" +
		"\t\tlabel=\"Land\"; labeljust=\"l\"; fontsize=\"11\"; fontcolor=\"#555555\"; style=\"rounded,filled\"; fillcolor=\"#F7F7F7\"; color=\"#BBBBBB\";\n" +
		"\t\t\"ann\" [label=\"Ann Example\\nPresident\""
	if !strings.Contains(src, want) {
		t.Errorf("no Land cluster starting with Ann:\n%s", src)
	}
	land := src[strings.Index(src, "cluster_land"):]
	land = land[:strings.Index(land, "\t}\n")]
	for _, id := range []string{`"cy"`, `"land"`} {
		if !strings.Contains(land, id) {
			t.Errorf("cluster Land lacks %s:\n%s", id, land)
		}
	}
	if !strings.Contains(src, "subgraph \"cluster_sea\" {") {
		t.Errorf("Bob's country Sea is not drawn (it has no relation) but names his cluster:\n%s", src)
	}
	if strings.Contains(dotOf(t, pairDoc(1), NetworkOptions{}), "subgraph") {
		t.Error("clusters without Cluster")
	}
	var svg bytes.Buffer
	g, _ := graph.Build(pairDoc(2))
	if err := Network(context.Background(), &svg, g, "svg", NetworkOptions{Cluster: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(svg.String(), `class="cluster"`) {
		t.Error("graphviz drew no cluster")
	}
}

// TestSelect: Focus draws a neighbourhood and Top the most connected
// nodes, each saying so under the title.
func TestSelect(t *testing.T) {
	tests := []struct {
		name  string
		opt   NetworkOptions
		nodes []string
		note  string
	}{
		{"all", NetworkOptions{}, []string{"ann", "bob", "cy", "land"}, ""},
		{"focus on Bob, depth 1", NetworkOptions{Focus: "bob"}, []string{"ann", "bob"}, "Neighbourhood of Bob Example: actors at most 1 relation away."},
		{"focus on Bob, depth 2", NetworkOptions{Focus: "bob", Depth: 2}, []string{"ann", "bob", "cy", "land"}, "Neighbourhood of Bob Example: actors at most 2 relations away."},
		{"top 2", NetworkOptions{Top: 2}, []string{"ann", "bob"}, "The 2 most connected of 5 actors and places; 3 left out."},
		{"focus and top", NetworkOptions{Focus: "cy", Depth: 2, Top: 3}, []string{"ann", "bob", "cy"}, "The 3 most connected of 4 actors and places; 1 left out."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := dotOf(t, pairDoc(2), tt.opt)
			var nodes []string
			for _, l := range strings.Split(src, "\n") {
				if strings.Contains(l, ", shape=") {
					nodes = append(nodes, strings.Trim(strings.Fields(l)[0], `"`))
				}
			}
			if diff := cmp.Diff(tt.nodes, nodes); diff != "" {
				t.Errorf("nodes mismatch (-want +got):\n%s", diff)
			}
			if tt.note != "" && !strings.Contains(src, tt.note) {
				t.Errorf("no note %q:\n%s", tt.note, src)
			}
		})
	}
	g, _ := graph.Build(pairDoc(1))
	if err := DOT(io.Discard, g, NetworkOptions{Focus: "zed"}); err == nil || !strings.Contains(err.Error(), `"zed"`) {
		t.Errorf("unknown focus: error %v", err)
	}
}

// TestLargeNetwork checks what keeps a network of thousands of actors
// drawable in seconds: the auto layout hands large networks to sfdp,
// force-directed layouts of many nodes draw straight edges, and the list
// of actors without relations is cut short.
func TestLargeNetwork(t *testing.T) {
	tests := []struct {
		name           string
		actors, events int
		layout         string
		want, notWant  []string
	}{
		{"small, auto: dot", 20, 30, "", []string{`layout="dot"`}, []string{`splines=`}},
		{"small, neato: curved edges", 20, 30, "neato", []string{`layout="neato"`, `splines="true"`, `overlap="false"`}, nil},
		{"large, auto: sfdp with straight edges", 2000, 3000, "auto", []string{`layout="sfdp"`, `splines="line"`, `overlap="scale"`, " and 168 others."}, []string{`layout="dot"`}},
		{"large, dot asked for: dot", 2000, 3000, "dot", []string{`layout="dot"`}, []string{`splines=`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := graph.Build(corpus.Synthetic(tt.actors, tt.events))
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if err := DOT(&b, g, NetworkOptions{Layout: tt.layout}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("DOT lacks %s", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(b.String(), w) {
					t.Errorf("DOT has %s", w)
				}
			}
		})
	}
}

// TestWide: a star of partners is laid out from left to right, a chain or
// a small star from top to bottom.
func TestWide(t *testing.T) {
	star := func(n int) ([]graph.Node, []bundle) {
		nodes := []graph.Node{{ID: "hub"}}
		var bs []bundle
		for i := range n {
			id := fmt.Sprint("p", i)
			nodes = append(nodes, graph.Node{ID: id})
			bs = append(bs, bundle{source: "hub", target: id})
		}
		return nodes, bs
	}
	chain := func(n int) ([]graph.Node, []bundle) {
		var nodes []graph.Node
		var bs []bundle
		for i := range n {
			nodes = append(nodes, graph.Node{ID: fmt.Sprint("c", i)})
			if i > 0 {
				bs = append(bs, bundle{source: fmt.Sprint("c", i-1), target: fmt.Sprint("c", i)})
			}
		}
		// and back: a cycle must not hang the ranking
		bs = append(bs, bundle{source: fmt.Sprint("c", n-1), target: "c0"})
		return nodes, bs
	}
	for _, tt := range []struct {
		name string
		g    func(int) ([]graph.Node, []bundle)
		n    int
		want bool
	}{
		{"star of 8", star, 8, true},
		{"star of 4", star, 4, false},
		{"chain of 10 in a cycle", chain, 10, false},
	} {
		nodes, bs := tt.g(tt.n)
		if got := wide(nodes, bs); got != tt.want {
			t.Errorf("%s: wide = %v, want %v", tt.name, got, tt.want)
		}
	}
}
