package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/events"
)

// starDoc: a meets b twice, c and d once; b calls c; e acts alone.
func starDoc() events.Document {
	doc := events.Document{Document: events.Meta{ID: "star"}}
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		doc.Actors = append(doc.Actors, events.Actor{ID: id, Name: id, Kind: events.Country})
	}
	rel := func(ev, s, t, typ string) {
		doc.Events = append(doc.Events, events.Event{ID: ev, Type: events.Meeting, Actors: []string{s, t}})
		doc.Relations = append(doc.Relations, events.Relation{Source: s, Target: t, Type: typ, Event: ev})
	}
	rel("e1", "a", "b", "met")
	rel("e2", "a", "b", "met")
	rel("e3", "a", "c", "met")
	rel("e4", "a", "d", "met")
	rel("e5", "b", "c", "called")
	return doc
}

func TestTop(t *testing.T) {
	g, err := Build(starDoc())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		n     int
		nodes []string
		edges int
		left  int
	}{
		{0, []string{"a", "b", "c", "d", "e"}, 5, 0},
		{9, []string{"a", "b", "c", "d", "e"}, 5, 0},
		{1, []string{"a"}, 0, 4},
		{2, []string{"a", "b"}, 2, 3},
		{3, []string{"a", "b", "c"}, 4, 2},
		{4, []string{"a", "b", "c", "d"}, 5, 1},
	}
	for _, tt := range tests {
		sub, left := g.Top(tt.n)
		var ids []string
		for _, n := range sub.Nodes() {
			ids = append(ids, n.ID)
		}
		if diff := cmp.Diff(tt.nodes, ids); diff != "" {
			t.Errorf("Top(%d) nodes mismatch (-want +got):\n%s", tt.n, diff)
		}
		if len(sub.Edges()) != tt.edges || left != tt.left {
			t.Errorf("Top(%d): %d edges, %d left out; want %d, %d", tt.n, len(sub.Edges()), left, tt.edges, tt.left)
		}
	}
	if g.Degree("a") != 4 || g.Degree("e") != 0 {
		t.Errorf("Degree(a), Degree(e) = %d, %d; want 4, 0", g.Degree("a"), g.Degree("e"))
	}
}
