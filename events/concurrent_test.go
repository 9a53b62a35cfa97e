package events

import (
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/seeds"
	"github.com/google/go-cmp/cmp"
)

// TestConcurrentExtract runs Extract on several goroutines at once, as
// the CLI's --jobs workers do; under -race it finds shared state that is
// not safe, and every run must give the document a lone run gives.
func TestConcurrentExtract(t *testing.T) {
	want, err := Extract("seed.txt", seeds.Blinken, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 8
	docs := make([]Document, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			docs[i], _ = Extract("seed.txt", seeds.Blinken, Options{})
		})
	}
	wg.Wait()
	for i, d := range docs {
		if diff := cmp.Diff(want, d); diff != "" {
			t.Errorf("run %d: mismatch (-want +got):\n%s", i, diff)
		}
	}
}
