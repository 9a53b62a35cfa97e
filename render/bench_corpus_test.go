package render_test

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/eventgraph/eventgraph/corpus"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

var benchSizes = []struct{ actors, events int }{{50, 100}, {200, 1000}, {2000, 3000}}

// networkSizes are smaller: a dot layout takes minutes for a thousand edges.
var networkSizes = []struct{ actors, events int }{{20, 30}, {50, 100}}

func BenchmarkTimelineSynthetic(b *testing.B) {
	for _, size := range benchSizes {
		doc := corpus.Synthetic(size.actors, size.events)
		b.Run(fmt.Sprintf("events=%d", size.events), func(b *testing.B) {
			for b.Loop() {
				if err := render.Timeline(io.Discard, doc, render.TimelineOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDOTSynthetic(b *testing.B) {
	for _, size := range benchSizes {
		g, err := graph.Build(corpus.Synthetic(size.actors, size.events))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("actors=%d/relations=%d", size.actors, size.events), func(b *testing.B) {
			for b.Loop() {
				if err := render.DOT(io.Discard, g, render.NetworkOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNetwork lays the network out with go-graphviz and writes SVG;
// scripts/graphviz-ratio compares it with native dot on 2,000 actors.
func BenchmarkNetwork(b *testing.B) {
	for _, size := range networkSizes {
		g, err := graph.Build(corpus.Synthetic(size.actors, size.events))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("actors=%d/relations=%d", size.actors, size.events), func(b *testing.B) {
			for b.Loop() {
				if err := render.Network(context.Background(), io.Discard, g, "svg", render.NetworkOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
