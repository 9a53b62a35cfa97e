package main

import (
	"bytes"
	"encoding/json"
	"math"
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

// FuzzAppendJSON checks that the actors, events and relations written by
// hand are the bytes json.MarshalIndent writes, for any strings and
// confidence.
func FuzzAppendJSON(f *testing.F) {
	f.Add("Cairo <&>", "a\"b\\c\n\t\x01", "\u2028é\xff", 0.5, 3)
	f.Add("", "", "", 0.0, 0)
	f.Add("x", "1e-07", "日本", 1e-7, -1)
	f.Add("x", "y", "z", 1e21, 1<<40)
	f.Add("x", "y", "z", 0.30000000000000004, 7)
	f.Fuzz(func(t *testing.T, a, b, c string, conf float64, n int) {
		if math.IsNaN(conf) || math.IsInf(conf, 0) {
			return
		}
		var list []string
		if n%3 == 1 {
			list = []string{}
		} else if n%3 == 2 {
			list = []string{a, b, c}
		}
		evs := []events.Event{
			{ID: a, Type: events.Type(b), Date: events.Date(c), DateText: a, Status: events.Status(c), Actors: list,
				Place: b, Evidence: list, Confidence: conf, Offset: n},
			{ID: a, Confidence: -conf, Offset: -n, Sources: []events.Source{{Document: a, Evidence: list}, {Document: c, Evidence: []string{b}}}},
			{Sources: []events.Source{}},
		}
		for _, e := range evs {
			checkAppend(t, e, appendEvent)
		}
		checkAppend(t, events.Actor{ID: a, Name: b, Aliases: list, Kind: events.Kind(c), Role: a, Affiliation: b}, appendActor)
		checkAppend(t, events.Actor{Aliases: list}, appendActor)
		checkAppend(t, events.Relation{Source: a, Target: b, Type: c, Event: a, Date: events.Date(b), Role: c}, appendRelation)
		checkAppend(t, events.Relation{}, appendRelation)
	})
}

// checkAppend compares appendValue(v) with json.MarshalIndent(v, "    ", "  ").
func checkAppend[T any](t *testing.T, v T, appendValue func([]byte, T) ([]byte, error)) {
	t.Helper()
	want, err := json.MarshalIndent(v, "    ", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got, err := appendValue([]byte("x"), v)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("x"+string(want), string(got)); diff != "" {
		t.Errorf("%#v: mismatch (-want +got):\n%s", v, diff)
	}
}
