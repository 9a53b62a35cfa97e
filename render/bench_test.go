package render

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/eventgraph/eventgraph/corpus"
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

// synthetic is the graph of corpus.Synthetic(n, m).
func synthetic(b *testing.B, n, m int) *graph.Graph {
	g, err := graph.Build(corpus.Synthetic(n, m))
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// BenchmarkDOT writes the DOT of a 2,000-actor graph, whole and cut to
// the 50 most connected (--top 50).
func BenchmarkDOT(b *testing.B) {
	g := synthetic(b, 2000, 4000)
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

// BenchmarkNetwork lays the network out with go-graphviz and writes SVG
// (small graphs: a dot layout takes minutes for a thousand edges);
// scripts/graphviz-ratio compares it with native dot on 2,000 actors.
func BenchmarkNetwork(b *testing.B) {
	for _, size := range []struct{ actors, events int }{{20, 30}, {50, 100}} {
		g := synthetic(b, size.actors, size.events)
		b.Run(fmt.Sprintf("actors=%d/relations=%d", size.actors, size.events), func(b *testing.B) {
			for b.Loop() {
				if err := Network(context.Background(), io.Discard, g, "svg", NetworkOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
