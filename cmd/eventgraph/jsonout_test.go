package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/eventgraph/eventgraph/corpus"
	"github.com/eventgraph/eventgraph/events"
	"github.com/google/go-cmp/cmp"
)

// TestWriteJSON checks that writeJSON writes what json.MarshalIndent does.
func TestWriteJSON(t *testing.T) {
	full := corpus.Synthetic(30, 60)
	full.Events[0].Place = "Cairo <&>"
	full.Events[0].Sources = []events.Source{{Document: "a", Evidence: []string{"x"}}}
	for name, doc := range map[string]events.Document{
		"full":  full,
		"empty": {Actors: []events.Actor{}, Events: []events.Event{}, Relations: []events.Relation{}},
		"nil":   {Document: events.Meta{ID: "x", Title: "T"}},
	} {
		want, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := writeJSON(&got, doc); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want)+"\n", got.String()); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", name, diff)
		}
	}
}
