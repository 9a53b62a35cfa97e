package graph

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/events"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func loadSeed(t *testing.T) events.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "render", "testdata", "seed.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc events.Document
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("seed.json: %v", err)
	}
	return doc
}

// dump writes the nodes and edges of g one a line.
func dump(g *Graph) string {
	var b strings.Builder
	for _, n := range g.Nodes() {
		fmt.Fprintf(&b, "node %s %q kind=%s role=%q affiliation=%q\n", n.ID, n.Label, n.Kind, n.Role, n.Affiliation)
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(&b, "edge %s -%s-> %s event=%q date=%q role=%q eventtype=%q status=%q\n",
			e.Source, e.Type, e.Target, e.Event, e.Date, e.Role, e.EventType, e.Status)
	}
	return b.String()
}

func TestSeedGolden(t *testing.T) {
	g, err := Build(loadSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	got := dump(g)
	path := filepath.Join("testdata", "seed.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func actor(id string, kind events.Kind) events.Actor {
	return events.Actor{ID: id, Name: strings.ToUpper(id[:1]) + id[1:], Kind: kind}
}

func TestBuild(t *testing.T) {
	base := []events.Actor{actor("a", events.Person), actor("b", events.Person), actor("c", events.Country)}
	meet := func(id string, date events.Date) events.Event {
		return events.Event{ID: id, Type: events.Meeting, Date: date, Status: events.Occurred, Actors: []string{"a", "b"}}
	}
	tests := []struct {
		name    string
		doc     events.Document
		want    string // dump, or the error text when wantErr
		wantErr bool
	}{
		{
			name: "two meetings of one pair are two edges",
			doc: events.Document{Actors: base, Events: []events.Event{meet("e2", "2024-03-21"), meet("e1", "2024-03-20")},
				Relations: []events.Relation{
					{Source: "a", Target: "b", Type: "met", Event: "e2", Date: "2024-03-21"},
					{Source: "a", Target: "b", Type: "met", Event: "e1", Date: "2024-03-20"},
				}},
			want: `node a "A" kind=person role="" affiliation=""
node b "B" kind=person role="" affiliation=""
node c "C" kind=country role="" affiliation=""
edge a -met-> b event="e1" date="2024-03-20" role="" eventtype="meeting" status="occurred"
edge a -met-> b event="e2" date="2024-03-21" role="" eventtype="meeting" status="occurred"
`,
		},
		{
			name: "duplicate relations are one edge, undated after dated, weeks and months by their first day",
			doc: events.Document{Actors: base, Events: []events.Event{meet("e1", "2024-W11"), meet("e2", "2024-03"), meet("e3", "")},
				Relations: []events.Relation{
					{Source: "a", Target: "c", Type: "leads", Role: "President"},
					{Source: "a", Target: "c", Type: "leads", Role: "President"},
					{Source: "a", Target: "b", Type: "met", Event: "e3"},
					{Source: "a", Target: "b", Type: "met", Event: "e1", Date: "2024-W11"},
					{Source: "a", Target: "b", Type: "met", Event: "e2", Date: "2024-03"},
				}},
			want: `node a "A" kind=person role="" affiliation=""
node b "B" kind=person role="" affiliation=""
node c "C" kind=country role="" affiliation=""
edge a -met-> b event="e2" date="2024-03" role="" eventtype="meeting" status="occurred"
edge a -met-> b event="e1" date="2024-W11" role="" eventtype="meeting" status="occurred"
edge a -met-> b event="e3" date="" role="" eventtype="meeting" status="occurred"
edge a -leads-> c event="" date="" role="President" eventtype="" status=""
`,
		},
		{
			name: "place of the event becomes a place node",
			doc: events.Document{Actors: base[:1],
				Events:    []events.Event{{ID: "e1", Type: events.Visit, Date: "2024-03-21", Status: events.Planned, Actors: []string{"a"}, Place: "Cairo"}},
				Relations: []events.Relation{{Source: "a", Target: "cairo", Type: "visited", Event: "e1", Date: "2024-03-21"}}},
			want: `node a "A" kind=person role="" affiliation=""
node cairo "Cairo" kind=place role="" affiliation=""
edge a -visited-> cairo event="e1" date="2024-03-21" role="" eventtype="visit" status="planned"
`,
		},
		{
			name: "visited target without event is a place",
			doc:  events.Document{Actors: base[:1], Relations: []events.Relation{{Source: "a", Target: "Rafah", Type: "visited"}}},
			want: `node Rafah "Rafah" kind=place role="" affiliation=""
node a "A" kind=person role="" affiliation=""
edge a -visited-> Rafah event="" date="" role="" eventtype="" status=""
`,
		},
		{
			name:    "unknown target",
			doc:     events.Document{Actors: base, Relations: []events.Relation{{Source: "a", Target: "z", Type: "met"}}},
			want:    `relation 0 (a met z): unknown target actor "z"`,
			wantErr: true,
		},
		{
			name:    "unknown source",
			doc:     events.Document{Actors: base, Relations: []events.Relation{{Source: "a", Target: "b", Type: "met"}, {Source: "z", Target: "b", Type: "met"}}},
			want:    `relation 1 (z met b): unknown source actor "z"`,
			wantErr: true,
		},
		{
			name:    "unknown event",
			doc:     events.Document{Actors: base, Relations: []events.Relation{{Source: "a", Target: "b", Type: "met", Event: "e9"}}},
			want:    `relation 0 (a met b): unknown event "e9"`,
			wantErr: true,
		},
		{
			name:    "empty target",
			doc:     events.Document{Actors: base, Relations: []events.Relation{{Source: "a", Type: "met"}}},
			want:    `relation 0 (a met ): empty source or target`,
			wantErr: true,
		},
		{
			name:    "duplicate actor",
			doc:     events.Document{Actors: []events.Actor{actor("a", events.Person), actor("a", events.Country)}},
			want:    `actor 1: duplicate id "a"`,
			wantErr: true,
		},
		{
			name:    "empty actor id",
			doc:     events.Document{Actors: []events.Actor{{Name: "Nobody"}}},
			want:    `actor 0 ("Nobody"): empty id`,
			wantErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Build(tt.doc)
			var got string
			switch {
			case err != nil && tt.wantErr:
				got = err.Error()
			case err != nil:
				t.Fatalf("Build: %v", err)
			case tt.wantErr:
				t.Fatalf("Build succeeded, want error %q", tt.want)
			default:
				got = dump(g)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func ids(ns []Node) []string {
	var s []string
	for _, n := range ns {
		s = append(s, n.ID)
	}
	return s
}

func TestNeighbourhood(t *testing.T) {
	g, err := Build(loadSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id        string
		depth     int
		wantNodes []string
		wantEdges int
	}{
		{"al-hadath", 0, []string{"al-hadath"}, 0},
		{"al-hadath", 1, []string{"al-hadath", "antony-blinken"}, 1},
		// Following edges backwards: Israel is visited by Blinken.
		{"abdel-fattah-el-sissi", 1, []string{"abdel-fattah-el-sissi", "antony-blinken", "egypt"}, 2},
		{"qatar", 2, []string{"antony-blinken", "egypt", "hamas", "israel", "qatar", "united-states"}, 0},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.id, tt.depth), func(t *testing.T) {
			sub, err := g.Neighbourhood(tt.id, tt.depth)
			if err != nil {
				t.Fatal(err)
			}
			got := ids(sub.Nodes())
			want := append([]string(nil), tt.wantNodes...)
			sort.Strings(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("nodes mismatch (-want +got):\n%s", diff)
			}
			for _, e := range sub.Edges() {
				if _, ok := sub.Node(e.Source); !ok {
					t.Errorf("edge %v leaves the subgraph", e)
				}
				if _, ok := sub.Node(e.Target); !ok {
					t.Errorf("edge %v leaves the subgraph", e)
				}
			}
			if tt.wantEdges > 0 && len(sub.Edges()) != tt.wantEdges {
				t.Errorf("got %d edges, want %d: %v", len(sub.Edges()), tt.wantEdges, sub.Edges())
			}
		})
	}
	if _, err := g.Neighbourhood("nobody", 1); err == nil {
		t.Error("Neighbourhood of an unknown node succeeded")
	}
	if _, err := g.Neighbourhood("qatar", -1); err == nil {
		t.Error("Neighbourhood with negative depth succeeded")
	}
}

func TestEdgesIsACopy(t *testing.T) {
	g, err := Build(loadSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	es := g.Edges()
	es[0].Type = "changed"
	if g.Edges()[0].Type == "changed" {
		t.Error("Edges returned the graph's own slice")
	}
}
