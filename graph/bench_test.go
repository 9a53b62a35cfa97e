package graph_test

import (
	"fmt"
	"testing"

	"github.com/eventgraph/eventgraph/corpus"
	"github.com/eventgraph/eventgraph/graph"
)

// BenchmarkBuild builds the actor network of corpus-sized documents.
func BenchmarkBuild(b *testing.B) {
	for _, size := range []struct{ actors, events int }{{200, 2000}, {2000, 100000}} {
		doc := corpus.Synthetic(size.actors, size.events)
		b.Run(fmt.Sprintf("actors=%d/events=%d", size.actors, size.events), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := graph.Build(doc); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(size.events)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
