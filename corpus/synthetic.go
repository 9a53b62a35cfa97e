package corpus

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/eventgraph/eventgraph/events"
)

// Synthetic returns a made-up merged document of n actors of every kind
// (people with a role) and m events of every type, each between any actor
// and, mostly, one of a few hubs, drawn by a fixed-seed generator, with dates over a year: the same
// document for the same n and m, for benchmarks of graph building and
// rendering at corpus scale.
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
		// the second actor is drawn mostly from the first few actors, the
		// hubs that news networks have (countries, big organisations)
		a, b := r.IntN(n), int(float64(n)*math.Pow(r.Float64(), 4))
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
