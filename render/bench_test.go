package render

import (
	"fmt"
	"io"
	"testing"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

func BenchmarkTimeline(b *testing.B) {
	doc := loadSeed(b)
	for b.Loop() {
		if err := Timeline(io.Discard, doc, TimelineOptions{Lanes: "actor"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTimelineDense draws 2,000 events over a year: grouped per week.
func BenchmarkTimelineDense(b *testing.B) {
	doc := denseDoc(1000, 365)
	for b.Loop() {
		if err := Timeline(io.Discard, doc, TimelineOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTimelinePNG(b *testing.B) {
	doc := loadSeed(b)
	for b.Loop() {
		if err := TimelinePNG(io.Discard, doc, TimelineOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// bigGraph is a graph of n actors in a ring, each also meeting the
// actor n/7 further on, with one event per relation.
func bigGraph(b *testing.B, n int) *graph.Graph {
	var doc events.Document
	for i := range n {
		doc.Actors = append(doc.Actors, events.Actor{ID: fmt.Sprint("a", i), Name: fmt.Sprint("Actor ", i), Kind: events.Kinds[i%len(events.Kinds)]})
	}
	for i := range n {
		for k, j := range []int{(i + 1) % n, (i + n/7) % n} {
			id := fmt.Sprint("e", i, "-", k)
			doc.Events = append(doc.Events, events.Event{ID: id, Type: events.Meeting, Date: "2024-03-21", Actors: []string{doc.Actors[i].ID, doc.Actors[j].ID}})
			doc.Relations = append(doc.Relations, events.Relation{Source: doc.Actors[i].ID, Target: doc.Actors[j].ID, Type: "met", Event: id, Date: "2024-03-21"})
		}
	}
	g, err := graph.Build(doc)
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// BenchmarkDOT writes the DOT of a 2,000-actor graph, whole and cut to
// the 50 most connected (--top 50).
func BenchmarkDOT(b *testing.B) {
	g := bigGraph(b, 2000)
	for _, top := range []int{0, 50} {
		b.Run(fmt.Sprint("top=", top), func(b *testing.B) {
			for b.Loop() {
				if err := DOT(io.Discard, g, NetworkOptions{Top: top, Cluster: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
