package render

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/seeds"
)

// TestConcurrentRender writes the timeline, the DOT and the network SVG
// of the seed on several goroutines at once; under -race it finds shared
// state that is not safe, and every output must equal a lone run's.
func TestConcurrentRender(t *testing.T) {
	doc, err := events.Extract("seed.txt", seeds.Blinken, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	outputs := []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return Timeline(b, doc, TimelineOptions{}) },
		func(b *bytes.Buffer) error { return DOT(b, g, NetworkOptions{}) },
		func(b *bytes.Buffer) error { return Network(context.Background(), b, g, "svg", NetworkOptions{}) },
	}
	for i, out := range outputs {
		var want bytes.Buffer
		if err := out(&want); err != nil {
			t.Fatal(err)
		}
		got := make([]bytes.Buffer, 4)
		errs := make([]error, len(got))
		var wg sync.WaitGroup
		for k := range got {
			wg.Go(func() { errs[k] = out(&got[k]) })
		}
		wg.Wait()
		for k := range got {
			if errs[k] != nil || !bytes.Equal(got[k].Bytes(), want.Bytes()) {
				t.Errorf("output %d, run %d: error %v or other bytes than a lone run", i, k, errs[k])
			}
		}
	}
}
