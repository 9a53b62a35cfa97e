package events

import (
	"testing"
	"unsafe"

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
	// undated events are never merged across articles
	d := Document{
		Document: Meta{ID: "x"},
		Events:   []Event{{ID: "e1", Type: Call, Status: Occurred, Evidence: []string{"Called."}}},
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

// TestMergeSameMeeting extracts two articles that report one meeting in
// their own words and checks that the merged document has one meeting
// with both articles as its sources.
func TestMergeSameMeeting(t *testing.T) {
	a, err := Extract("reuters.txt", "date: 2024-03-21\n\nCAIRO — U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah el-Sissi in Cairo on Thursday.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Extract("ap.txt", "date: 2024-03-22\n\nEgypt's President Abdel Fattah el-Sissi met Blinken in Cairo on Thursday, officials said.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := Merge(a, b)
	var meetings []Event
	for _, e := range got.Events {
		if e.Type == Meeting {
			meetings = append(meetings, e)
		}
	}
	if len(meetings) != 1 {
		t.Fatalf("%d meetings, want 1: %+v", len(meetings), got.Events)
	}
	m := meetings[0]
	if m.Date != "2024-03-21" {
		t.Errorf("date %q, want 2024-03-21", m.Date)
	}
	want := []Source{
		{Document: "reuters", Evidence: a.Events[0].Evidence},
		{Document: "ap", Evidence: b.Events[0].Evidence},
	}
	if diff := cmp.Diff(want, m.Sources); diff != "" {
		t.Errorf("sources mismatch (-want +got):\n%s", diff)
	}
	if len(m.Evidence) != 2 {
		t.Errorf("evidence %q, want both sentences", m.Evidence)
	}
	var ids []string
	for _, x := range got.Actors {
		ids = append(ids, x.ID)
	}
	if diff := cmp.Diff([]string{"antony-blinken", "united-states", "egypt", "abdel-fattah-el-sissi"}, ids); diff != "" {
		t.Errorf("actors mismatch (-want +got):\n%s", diff)
	}
}

func TestMergerActorKinds(t *testing.T) {
	// not in the knowledge base: the same name of two kinds is two actors
	a := Document{Document: Meta{ID: "a"},
		Actors: []Actor{{ID: "zorgia", Name: "Zorgia", Kind: Country}},
		Events: []Event{{ID: "e1", Type: Statement, Date: "2024-01-02", Actors: []string{"zorgia"}, Evidence: []string{"Zorgia said."}}}}
	b := Document{Document: Meta{ID: "b"},
		Actors: []Actor{{ID: "zorgia", Name: "Zorgia", Kind: Person, Affiliation: "nato"}, {ID: "nato", Name: "NATO", Kind: Organization}},
		Events: []Event{{ID: "e1", Type: Statement, Date: "2024-01-02", Actors: []string{"zorgia"}, Evidence: []string{"Zorgia said."}}}}
	// in the knowledge base: one actor whatever kind an article gave it
	c := Document{Document: Meta{ID: "c"},
		Actors: []Actor{{ID: "nato", Name: "the alliance", Kind: Group}, {ID: "zorgia", Name: "Zorgia", Kind: Country}}}
	got := Merge(a, b, c)
	wantActors := []Actor{
		{ID: "zorgia", Name: "Zorgia", Aliases: []string{}, Kind: Country},
		{ID: "zorgia-person", Name: "Zorgia", Aliases: []string{}, Kind: Person, Affiliation: "nato"},
		{ID: "nato", Name: "NATO", Aliases: []string{"the alliance"}, Kind: Organization},
	}
	if diff := cmp.Diff(wantActors, got.Actors); diff != "" {
		t.Errorf("actors mismatch (-want +got):\n%s", diff)
	}
	var evs [][]string
	for _, e := range got.Events {
		evs = append(evs, append([]string{e.ID}, e.Actors...))
	}
	if diff := cmp.Diff([][]string{{"a/e1", "zorgia"}, {"b/e1", "zorgia-person"}}, evs); diff != "" {
		t.Errorf("events mismatch (-want +got):\n%s", diff)
	}
}

// TestMergerKeepsNoText checks that the merged document shares no memory
// with the documents added, which point into the article texts.
func TestMergerKeepsNoText(t *testing.T) {
	text := []byte("Ann met Bob on Monday.")
	ev := string(text) // one allocation that the merged document must not keep
	d := Document{Document: Meta{ID: "a"}, Actors: []Actor{{ID: "ann", Name: ev[:3], Kind: Person}},
		Events: []Event{{ID: "e1", Type: Meeting, Date: "2024-01-01", Actors: []string{"ann"}, Evidence: []string{ev}}}}
	m := NewMerger(nil)
	m.Add(d)
	m.Add(Document{Document: Meta{ID: "b"}})
	got := m.Document()
	if unsafe.StringData(got.Events[0].Evidence[0]) == unsafe.StringData(ev) ||
		unsafe.StringData(got.Actors[0].Name) == unsafe.StringData(ev) {
		t.Error("the merged document keeps the text of the article")
	}
}
