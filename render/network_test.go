package render

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

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
			if tt.relations && !strings.Contains(src, `[label="member_of", `) {
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
