// Command graphviz-ratio compares the two ways of drawing a large actor
// network: through go-graphviz (Graphviz compiled to WebAssembly, what
// eventgraph uses) and through Graphviz's native dot program, on the same
// DOT source. It prints both times and their ratio.
//
// Usage:
//
//	go run ./scripts/graphviz-ratio [-actors 2000] [-relations 3000] [-layout auto]
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
	"os"
	"os/exec"
	"syscall"
	"time"

	"github.com/eventgraph/eventgraph/corpus"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

func main() {
	actors := flag.Int("actors", 2000, "number of actors")
	rels := flag.Int("relations", 3000, "number of events, each a relation between two actors")
	layout := flag.String("layout", "auto", "Graphviz layout, as eventgraph network --layout takes it")
	flag.Parse()
	if err := run(*actors, *rels, *layout); err != nil {
		fmt.Fprintln(os.Stderr, "graphviz-ratio:", err)
		os.Exit(1)
	}
}

func run(n, m int, layout string) error {
	g, err := graph.Build(corpus.Synthetic(n, m))
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

	// CPU time rather than wall-clock time: the figures then hold on a
	// machine that other jobs share.
	t0 := time.Now()
	// The DOT names its layout engine (layout="sfdp"), which is what
	// "auto" chose; dot -K would override it.
	cmd := exec.Command("dot", "-Tsvg", "-o", dir+"/native.svg", dotFile)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("native dot: %w", err)
	}
	native := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	fmt.Printf("native dot:  %v CPU (%v wall)\n", native.Round(time.Millisecond), time.Since(t0).Round(time.Millisecond))

	t0 = time.Now()
	c0 := cpuTime()
	var out bytes.Buffer
	if err := render.Network(context.Background(), &out, g, "svg", opt); err != nil {
		return err
	}
	wasm := cpuTime() - c0
	fmt.Printf("go-graphviz: %v CPU (%v wall, %d bytes of SVG)\n", wasm.Round(time.Millisecond), time.Since(t0).Round(time.Millisecond), out.Len())
	fmt.Printf("ratio go-graphviz/dot: %.2f\n", wasm.Seconds()/native.Seconds())
	return nil
}

// cpuTime returns the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
