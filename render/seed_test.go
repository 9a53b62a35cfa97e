package render

import (
	"bytes"
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

// FuzzSVG: any article text gives a well-formed timeline SVG in every
// lane mode, and an actor network graph.Build accepts and DOT writes.
func FuzzSVG(f *testing.F) {
	f.Add(seeds.Blinken)
	f.Add("date: 2024-03-21\n\nHamas rejected the proposal on Monday. \"<x>\" & Blinken met el-Sissi in ]]> Cairo.\x00\xff")
	f.Add("title: </title><script>\n\nThe talks have gone on for several weeks.")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 20000 {
			return
		}
		doc, err := events.Extract("fuzz", text, events.Options{})
		if err != nil {
			return
		}
		for _, lanes := range LaneModes {
			var b bytes.Buffer
			if err := Timeline(&b, doc, TimelineOptions{Lanes: lanes}); err != nil {
				t.Fatal(err)
			}
			if err := wellFormed(b.Bytes()); err != nil {
				t.Fatalf("lanes %s: not well-formed: %v\n%s", lanes, err, b.String())
			}
		}
		g, err := graph.Build(doc)
		if err != nil {
			t.Fatalf("graph of an extracted document: %v", err)
		}
		if err := DOT(io.Discard, g, NetworkOptions{Cluster: true, Top: 5}); err != nil {
			t.Fatal(err)
		}
	})
}
