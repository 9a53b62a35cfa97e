// Command graphviz-ratio compares the two ways of drawing a large actor
// network: through go-graphviz (Graphviz compiled to WebAssembly, what
// eventgraph uses) and through Graphviz's native dot program, on the same
// DOT source. It prints both times and their ratio.
//
// Usage:
//
//	go run ./scripts/graphviz-ratio [-actors 2000] [-relations 3000] [-layout dot]
//
// The network is synthetic: actors of every kind, people with roles, and
// events of every type between actors drawn by a fixed-seed generator.
// dot must be on PATH (apt-get install graphviz).
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"time"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

func main() {
	actors := flag.Int("actors", 2000, "number of actors")
	rels := flag.Int("relations", 3000, "number of events, each a relation between two actors")
	layout := flag.String("layout", "dot", "Graphviz layout")
	flag.Parse()
	if err := run(*actors, *rels, *layout); err != nil {
		fmt.Fprintln(os.Stderr, "graphviz-ratio:", err)
		os.Exit(1)
	}
}

// Synthetic returns a document of n actors and m events between them.
func Synthetic(n, m int) events.Document {
	r := rand.New(rand.NewPCG(1, 2))
	doc := events.Document{Document: events.Meta{ID: "synthetic"}}
	for i := range n {
		k := events.Kinds[i%len(events.Kinds)]
		a := events.Actor{ID: fmt.Sprintf("actor-%04d", i), Name: fmt.Sprintf("Actor %04d of %s", i, k), Kind: k}
		if k == events.Person {
			a.Role = "Foreign Minister"
		}
		doc.Actors = append(doc.Actors, a)
	}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range m {
		a, b := r.IntN(n), r.IntN(n)
		if a == b {
			b = (b + 1) % n
		}
		doc.Events = append(doc.Events, events.Event{
			ID: fmt.Sprintf("e%d", i), Type: events.Types[i%len(events.Types)], Status: events.Occurred,
			Date:   events.DayDate(start.AddDate(0, 0, r.IntN(365))),
			Actors: []string{doc.Actors[a].ID, doc.Actors[b].ID}, Evidence: []string{"x"},
		})
	}
	doc.Relations = events.Relations(doc.Actors, doc.Events)
	return doc
}

func run(n, m int, layout string) error {
	g, err := graph.Build(Synthetic(n, m))
	if err != nil {
		return err
	}
	opt := render.NetworkOptions{Layout: layout}
	var src bytes.Buffer
	if err := render.DOT(&src, g, opt); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "graphviz-ratio")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dotFile := dir + "/network.dot"
	if err := os.WriteFile(dotFile, src.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d actors, %d relations, %d bytes of DOT, layout %s\n", n, m, src.Len(), layout)

	t0 := time.Now()
	cmd := exec.Command("dot", "-K"+layout, "-Tsvg", "-o", dir+"/native.svg", dotFile)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("native dot: %w", err)
	}
	native := time.Since(t0)
	fmt.Printf("native dot:  %v\n", native.Round(time.Millisecond))

	t0 = time.Now()
	var out bytes.Buffer
	if err := render.Network(context.Background(), &out, g, "svg", opt); err != nil {
		return err
	}
	wasm := time.Since(t0)
	fmt.Printf("go-graphviz: %v (%d bytes of SVG)\n", wasm.Round(time.Millisecond), out.Len())
	fmt.Printf("ratio go-graphviz/dot: %.2f\n", wasm.Seconds()/native.Seconds())
	return nil
}
