package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/seeds"
)

// contractArticles are articles whose extraction must keep the rules of
// EVENT-MODEL.md whatever the extractor finds in them.
var contractArticles = []struct{ name, text string }{
	{"seed.txt", seeds.Blinken},
	{"border.txt", `date: 2020-06-17
source: written for the eventgraph CLI tests

NEW DELHI (AP) — India and China agreed on Wednesday to ease tensions along their disputed border after a clash on Monday night in which 20 Indian soldiers were killed.

Indian Foreign Minister Subrahmanyam Jaishankar spoke by phone with his Chinese counterpart, Wang Yi, and told him the attack was premeditated. China rejected the charge and demanded that India punish those responsible.

The two sides will hold talks between military commanders next week, officials said.
`},
	{"hostages.txt", `date: 2011-10-18
source: written for the eventgraph CLI tests

JERUSALEM (AP) — Israel released hundreds of Palestinian prisoners on Tuesday in exchange for a soldier held by Hamas for five years, in a deal brokered by Egypt.

Prime Minister Benjamin Netanyahu said he had made a difficult decision. The United States welcomed the exchange and urged both sides to return to talks. Hamas threatened to capture more soldiers.
`},
	{"nodate.txt", `The foreign ministers met on Thursday and agreed to meet again next month. Iran rejected the plan.
`},
}

// TestContract checks what extract prints against the rules of the event
// model: closed sets of types, statuses and kinds, ids that resolve, dates in
// ISO 8601, evidence quoted from the text, the order of events, and the same
// bytes from the same input.
func TestContract(t *testing.T) {
	for _, a := range contractArticles {
		t.Run(a.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), a.name)
			if err := os.WriteFile(path, []byte(a.text), 0o644); err != nil {
				t.Fatal(err)
			}
			// --quiet: nodate.txt gets a note that it has no date
			out := runOK(t, "extract", "--quiet", path)
			if again := runOK(t, "extract", "--quiet", path); !bytes.Equal(out, again) {
				t.Fatal("two runs of extract on one article give different output")
			}
			var raw map[string]json.RawMessage
			if err := json.Unmarshal(out, &raw); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"document", "actors", "events", "relations"} {
				if _, ok := raw[k]; !ok {
					t.Errorf("no %q in the document", k)
				}
			}
			var doc events.Document
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			for _, p := range checkContract(doc, a.text) {
				t.Error(p)
			}
		})
	}
}

// runOK runs the CLI and fails unless it exits 0 without a word on stderr.
func runOK(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, strings.NewReader(""), &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("eventgraph %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.Bytes()
}

// checkContract lists the ways doc breaks the event model for the article text.
func checkContract(doc events.Document, text string) []string {
	var probs []string
	bad := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	statuses := []events.Status{events.Occurred, events.Planned, events.Ongoing, events.Hypothetical}

	actors := map[string]bool{}
	for _, a := range doc.Actors {
		if a.ID == "" || actors[a.ID] {
			bad("actor id %q empty or repeated", a.ID)
		}
		actors[a.ID] = true
		if a.Name == "" {
			bad("actor %s has no name", a.ID)
		}
		if !slices.Contains(events.Kinds, a.Kind) {
			bad("actor %s: kind %q not one of %v", a.ID, a.Kind, events.Kinds)
		}
	}
	for _, a := range doc.Actors {
		if a.Affiliation != "" && !actors[a.Affiliation] {
			bad("actor %s: affiliation %q is not in actors", a.ID, a.Affiliation)
		}
	}

	evs := map[string]events.Event{}
	undated := false
	var last events.Event
	for i, e := range doc.Events {
		if e.ID == "" || evs[e.ID].ID != "" {
			bad("event id %q empty or repeated", e.ID)
		}
		evs[e.ID] = e
		if !e.Type.Valid() {
			bad("event %s: type %q not one of %v", e.ID, e.Type, events.Types)
		}
		if !slices.Contains(statuses, e.Status) {
			bad("event %s: status %q not one of %v", e.ID, e.Status, statuses)
		}
		if e.Date != "" {
			if d, err := events.ParseDate(string(e.Date)); err != nil || d != e.Date {
				bad("event %s: date %q is not ISO 8601 (%v)", e.ID, e.Date, err)
			}
			if undated {
				bad("event %s: dated event after an undated one", e.ID)
			}
			if i > 0 && last.Date != "" {
				lm, _ := last.Date.Mid()
				m, _ := e.Date.Mid()
				if m.Before(lm) {
					bad("event %s (%s) comes after %s (%s)", e.ID, e.Date, last.ID, last.Date)
				}
			}
		} else {
			undated = true
		}
		last = e
		if len(e.Actors) == 0 {
			bad("event %s has no actors", e.ID)
		}
		for _, id := range e.Actors {
			if !actors[id] {
				bad("event %s: actor %q is not in actors", e.ID, id)
			}
		}
		if len(e.Evidence) == 0 {
			bad("event %s has no evidence", e.ID)
		}
		for _, s := range e.Evidence {
			if s == "" || !strings.Contains(text, s) {
				bad("event %s: evidence %q is not a passage of the text", e.ID, s)
			}
		}
		if e.Confidence < 0 || e.Confidence > 1 {
			bad("event %s: confidence %v outside 0..1", e.ID, e.Confidence)
		}
	}

	// A relation joins two actors, or an actor and the place of its event
	// (section 4: visited goes from an actor to a place or country).
	for _, r := range doc.Relations {
		if !actors[r.Source] {
			bad("relation %s %s %s: source is not an actor", r.Source, r.Type, r.Target)
		}
		if r.Type == "" {
			bad("relation %s -> %s has no type", r.Source, r.Target)
		}
		e, ok := evs[r.Event]
		if r.Event != "" && !ok {
			bad("relation %s %s %s: event %q does not exist", r.Source, r.Type, r.Target, r.Event)
			continue
		}
		toPlace := ok && e.Place != "" && events.Slug(e.Place) == events.Slug(r.Target)
		if !actors[r.Target] && !toPlace {
			bad("relation %s %s %s: target is neither an actor nor the event's place", r.Source, r.Type, r.Target)
		}
		if !ok {
			continue
		}
		if r.Date != e.Date {
			bad("relation %s %s %s: date %q, its event's %q", r.Source, r.Type, r.Target, r.Date, e.Date)
		}
		if !slices.Contains(e.Actors, r.Source) || !slices.Contains(e.Actors, r.Target) && !toPlace {
			bad("relation %s %s %s: not between actors of event %s", r.Source, r.Type, r.Target, e.ID)
		}
	}
	return probs
}

// TestCheckContract makes sure checkContract catches each kind of break.
func TestCheckContract(t *testing.T) {
	const text = "Ann met Bob on Monday."
	good := func() events.Document {
		return events.Document{
			Actors: []events.Actor{{ID: "ann", Name: "Ann", Kind: events.Person, Affiliation: "land"},
				{ID: "bob", Name: "Bob", Kind: events.Person}, {ID: "land", Name: "Land", Kind: events.Country}},
			Events: []events.Event{
				{ID: "e1", Type: events.Meeting, Date: "2024-03-18", Status: events.Occurred,
					Actors: []string{"ann", "bob"}, Evidence: []string{text}, Confidence: 0.9},
				{ID: "e2", Type: events.Statement, Date: "2024-04", Status: events.Occurred,
					Actors: []string{"ann"}, Evidence: []string{text}, Confidence: 0.5},
				{ID: "e3", Type: events.Meeting, Status: events.Planned,
					Actors: []string{"bob"}, Evidence: []string{text}, Confidence: 1},
			},
			Relations: []events.Relation{{Source: "ann", Target: "bob", Type: "met", Event: "e1", Date: "2024-03-18"}},
		}
	}
	if probs := checkContract(good(), text); len(probs) > 0 {
		t.Fatalf("good document: %v", probs)
	}
	visit := good()
	visit.Events[0].Place = "Cairo"
	visit.Relations = append(visit.Relations, events.Relation{Source: "ann", Target: "cairo", Type: "visited", Event: "e1", Date: "2024-03-18"})
	if probs := checkContract(visit, text); len(probs) > 0 {
		t.Fatalf("a visit to the event's place: %v", probs)
	}
	tests := []struct {
		name  string
		spoil func(d *events.Document)
		want  string
	}{
		{"kind", func(d *events.Document) { d.Actors[0].Kind = "pet" }, `kind "pet"`},
		{"repeated actor", func(d *events.Document) { d.Actors[1].ID = "ann" }, `actor id "ann"`},
		{"affiliation", func(d *events.Document) { d.Actors[0].Affiliation = "sea" }, `affiliation "sea"`},
		{"type", func(d *events.Document) { d.Events[0].Type = "party" }, `type "party"`},
		{"status", func(d *events.Document) { d.Events[0].Status = "done" }, `status "done"`},
		{"date", func(d *events.Document) { d.Events[0].Date = "18 March" }, `not ISO 8601`},
		{"order", func(d *events.Document) { d.Events[1].Date = "2023" }, `comes after`},
		{"undated first", func(d *events.Document) { d.Events[0].Date = "" }, `after an undated`},
		{"actor", func(d *events.Document) { d.Events[0].Actors[1] = "cy" }, `actor "cy"`},
		{"evidence", func(d *events.Document) { d.Events[0].Evidence = []string{"Ann met Cy."} }, `not a passage`},
		{"confidence", func(d *events.Document) { d.Events[0].Confidence = 2 }, `outside 0..1`},
		{"relation actor", func(d *events.Document) { d.Relations[0].Target = "cy" }, `neither an actor nor the event's place`},
		{"relation event", func(d *events.Document) { d.Relations[0].Event = "e9" }, `event "e9"`},
		{"relation date", func(d *events.Document) { d.Relations[0].Date = "2024" }, `its event's`},
		{"relation pair", func(d *events.Document) { d.Relations[0].Target = "land" }, `not between actors`},
	}
	for _, tt := range tests {
		d := good()
		tt.spoil(&d)
		probs := checkContract(d, text)
		if !slices.ContainsFunc(probs, func(p string) bool { return strings.Contains(p, tt.want) }) {
			t.Errorf("%s: problems %q, want one containing %q", tt.name, probs, tt.want)
		}
	}
}
