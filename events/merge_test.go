package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMerge(t *testing.T) {
	a := Document{
		Document: Meta{ID: "a", Published: "2024-03-21"},
		Actors: []Actor{
			{ID: "antony-blinken", Name: "Antony Blinken", Aliases: []string{"Blinken"}, Kind: Person, Role: "Secretary of State", Affiliation: "united-states"},
			{ID: "egypt", Name: "Egypt", Aliases: []string{}, Kind: Country},
		},
		Events: []Event{
			{ID: "e1", Type: Meeting, Date: "2024-03-21", Status: Occurred, Actors: []string{"antony-blinken", "egypt"}, Evidence: []string{"A met."}, Offset: 10},
			{ID: "e2", Type: Statement, Status: Occurred, Actors: []string{"egypt"}, Evidence: []string{"A said."}, Offset: 20},
		},
	}
	b := Document{
		Document: Meta{ID: "b", Published: "2024-03-20"},
		Actors: []Actor{
			{ID: "antony-blinken", Name: "Tony Blinken", Aliases: []string{"the secretary"}, Kind: Person},
			{ID: "hamas", Name: "Hamas", Kind: Group},
		},
		Events: []Event{
			{ID: "e1", Type: Rejection, Date: "2024-03-19", Status: Occurred, Actors: []string{"hamas"}, Evidence: []string{"B rejected."}, Offset: 5},
			{ID: "e2", Type: Visit, Date: "2024-03", Status: Occurred, Actors: []string{"antony-blinken", "egypt"}, Evidence: []string{"B visited."}, Offset: 8},
		},
	}
	got := Merge(a, b)
	if want := (Meta{ID: "merged", Title: "2 articles", Published: "2024-03-21", Source: "a, b"}); got.Document != want {
		t.Errorf("meta = %+v, want %+v", got.Document, want)
	}
	wantActors := []Actor{
		{ID: "antony-blinken", Name: "Antony Blinken", Aliases: []string{"Blinken", "Tony Blinken", "the secretary"}, Kind: Person, Role: "Secretary of State", Affiliation: "united-states"},
		{ID: "egypt", Name: "Egypt", Aliases: []string{}, Kind: Country},
		{ID: "hamas", Name: "Hamas", Aliases: []string{}, Kind: Group},
	}
	if diff := cmp.Diff(wantActors, got.Actors); diff != "" {
		t.Errorf("actors mismatch (-want +got):\n%s", diff)
	}
	var ids []string
	for _, e := range got.Events {
		ids = append(ids, e.ID)
	}
	// 2024-03 (mid-month) falls before 2024-03-19; undated last
	if diff := cmp.Diff([]string{"b/e2", "b/e1", "a/e1", "a/e2"}, ids); diff != "" {
		t.Errorf("event order mismatch (-want +got):\n%s", diff)
	}
	for _, r := range got.Relations {
		if r.Event != "" && r.Event[1] != '/' {
			t.Errorf("relation %+v keeps an unprefixed event id", r)
		}
	}
	// the inputs are left as they were
	if a.Events[0].ID != "e1" || len(a.Actors[0].Aliases) != 1 {
		t.Errorf("Merge changed its input: %+v", a)
	}
}

func TestMergeSameDocumentIDs(t *testing.T) {
	d := Document{
		Document: Meta{ID: "x"},
		Events:   []Event{{ID: "e1", Type: Call, Date: "2024-03-21", Status: Occurred, Evidence: []string{"Called."}}},
	}
	got := Merge(d, d, d)
	var ids []string
	for _, e := range got.Events {
		ids = append(ids, e.ID)
	}
	if diff := cmp.Diff([]string{"x/e1", "x/e1-2", "x/e1-3"}, ids); diff != "" {
		t.Errorf("ids mismatch (-want +got):\n%s", diff)
	}
}

func TestMergeOne(t *testing.T) {
	d := Document{Document: Meta{ID: "only"}, Events: []Event{{ID: "e1", Type: Aid}}}
	if diff := cmp.Diff(d, Merge(d)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
