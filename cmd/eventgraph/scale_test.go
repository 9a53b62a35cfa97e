//go:build unix

package main

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/textin"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
	"github.com/eventgraph/eventgraph/seeds"
)

// cost is what one run of the pipeline took.
type cost struct {
	cpu     time.Duration // user and system CPU time of the process
	mallocs uint64        // heap allocations
	events  int
}

// pipeline decodes, extracts, builds the graph and writes the timeline and
// DOT of text, as build does, and measures it.
func pipeline(t *testing.T, name, text string) cost {
	t.Helper()
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	c0 := cpuTime(t)
	s, err := textin.Decode(name, []byte(text), textin.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := events.Extract(name, s, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := render.Timeline(io.Discard, doc, render.TimelineOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := render.DOT(io.Discard, g, render.NetworkOptions{}); err != nil {
		t.Fatal(err)
	}
	c := cost{cpu: cpuTime(t) - c0, events: len(doc.Events)}
	runtime.ReadMemStats(&m1)
	c.mallocs = m1.Mallocs - m0.Mallocs
	return c
}

func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// checkLinear runs the pipeline on make(n) and make(4n) and fails when
// the cost grows faster than the size. Allocations, a count of operations
// that does not depend on the machine, must grow at most 1.5 times as fast
// as the text (linear work gives x4, quadratic x16). CPU time (not
// wall-clock time, so that other processes weigh less) is logged, and only
// fails beyond x16, worse than quadratic: the extractor has passes that
// compare each event with all the others (see README, Limits and errors),
// which a stricter bound would report on a loaded machine as often as not.
// With grow, the larger text must give at least 3 times the events.
func checkLinear(t *testing.T, n int, grow bool, make func(n int) string) {
	t.Helper()
	small, large := make(n), make(4*n)
	pipeline(t, "warm-up.txt", make(n/4)) // the knowledge base loads once
	cs := pipeline(t, "small.txt", small)
	cl := pipeline(t, "large.txt", large)
	size := float64(len(large)) / float64(len(small))
	cpu := float64(cl.cpu) / float64(max(cs.cpu, time.Millisecond))
	allocs := float64(cl.mallocs) / float64(cs.mallocs)
	t.Logf("%d -> %d bytes (x%.2f): CPU %v -> %v (x%.2f), allocations %d -> %d (x%.2f), events %d -> %d",
		len(small), len(large), size, cs.cpu.Round(time.Millisecond), cl.cpu.Round(time.Millisecond), cpu,
		cs.mallocs, cl.mallocs, allocs, cs.events, cl.events)
	if cs.events == 0 || grow && cl.events < 3*cs.events {
		t.Errorf("events %d -> %d: the texts do not exercise extraction", cs.events, cl.events)
	}
	if allocs > 1.5*size {
		t.Errorf("allocations grew x%.2f for x%.2f the text: not linear", allocs, size)
	}
	if cpu > size*size {
		t.Errorf("CPU time grew x%.2f for x%.2f the text: worse than quadratic", cpu, size)
	}
}

// repeatSeed is n bytes of the seed's paragraphs, with its header, each
// copy with its own Secretary of State (so that its events are its own
// and do not merge with the last copy's), paragraphs joined by sep.
func repeatSeed(n int, sep string) string {
	h := events.ParseHeader(seeds.Blinken)
	body := strings.ReplaceAll(seeds.Blinken[h.Body:], "\n", sep)
	var b strings.Builder
	b.WriteString(seeds.Blinken[:h.Body])
	for i := 0; b.Len() < n; i++ {
		// a first name too: a lone unknown surname is no name the
		// extractor can tell from any capitalised word
		b.WriteString(strings.ReplaceAll(body, "Blinken", "Antony "+personName(i)))
	}
	return b.String()[:n]
}

// TestLinearLargeText checks that a long article costs in proportion to
// its size: as one line of 1 MB, then 4 MB (no line end for a
// line-by-line pass to lean on), and as paragraphs of 256 KB, then 1 MB.
func TestLinearLargeText(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("takes 15 s of CPU; counts mean nothing under the race detector")
	}
	t.Run("one line", func(t *testing.T) {
		// one paragraph: the extractor merges one speaker's statements in
		// a paragraph, so the events need not grow with the text
		checkLinear(t, 1<<20, false, func(n int) string { return repeatSeed(n, " ") })
	})
	t.Run("paragraphs", func(t *testing.T) {
		checkLinear(t, 1<<18, true, func(n int) string { return repeatSeed(n, "\n") })
	})
}

// TestLinearManyNames checks that thousands of distinct people (1000, then
// 4000) cost in proportion to their number.
func TestLinearManyNames(t *testing.T) {
	if raceEnabled {
		t.Skip("counts mean nothing under the race detector")
	}
	checkLinear(t, 1000, true, manyNames)
}

// manyNames is an article naming n distinct people, each meeting another.
func manyNames(n int) string {
	var b strings.Builder
	b.WriteString("date: 2024-03-21\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Foreign Minister Anna %s met Prime Minister Omar %s in Cairo on Thursday.\n\n", personName(2*i), personName(2*i+1))
	}
	return b.String()
}

// personName is a made-up surname, a different one for each i < 12^4.
func personName(i int) string {
	syll := []string{"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "da", "fe", "go"}
	var b strings.Builder
	for j := 0; j < 4; j++ {
		b.WriteString(syll[i%len(syll)])
		i /= len(syll)
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}
