package render

import (
	"context"
	"io"
	"testing"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/seeds"
)

// extractSeed runs the extractor on the seed article, as the CLI does.
func extractSeed(t *testing.T) events.Document {
	t.Helper()
	doc, err := events.Extract(seeds.Name, seeds.Blinken, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSeedExtractedGolden renders what the extractor finds in the real seed
// article, where TestSeedGolden renders a hand-made fixture. The goldens
// follow the extractor: when it changes, look at the pictures and refresh
// them with go test ./render -update.
func TestSeedExtractedGolden(t *testing.T) {
	doc := extractSeed(t)
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	var opt NetworkOptions
	dot := twice(t, "DOT", func(w io.Writer) error { return DOT(w, g, opt) })
	golden(t, "seed-extracted.dot", dot)

	svg := twice(t, "Network svg", func(w io.Writer) error { return Network(context.Background(), w, g, "svg", opt) })
	if err := wellFormed(svg); err != nil {
		t.Errorf("network svg is not well-formed XML: %v", err)
	}
	golden(t, "seed-extracted.network.svg", svg)

	tl := twice(t, "Timeline", func(w io.Writer) error { return Timeline(w, doc, TimelineOptions{}) })
	if err := wellFormed(tl); err != nil {
		t.Errorf("timeline svg is not well-formed XML: %v", err)
	}
	golden(t, "seed-extracted.timeline.svg", tl)

	// Whatever the extractor finds, no two boxes of the timeline overlap
	// and none leaves the picture, at any width.
	for _, w := range []int{320, 600, 800, 1200} {
		checkBoxes(t, layoutTimeline(doc, TimelineOptions{Width: w}))
	}
}
