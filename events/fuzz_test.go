package events

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that Extract never panics, and that on valid UTF-8 its
// document marshals and holds together: event and relation actors are in
// the actor list, ids are unique, types, statuses and dates are valid, and
// every evidence string stands in the input.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"date: 2024-03-21\n\nBlinken met Egyptian President Abdel Fattah el-Sissi in Cairo on Thursday.",
		"date: 2024-03-21\r\n\r\nBlinken will travel to Israel on Friday. Hamas rejected the proposal.\r\n",
		"WASHINGTON, March 20, 2024 (AP) _ The meeting came one day after Blinken visited Saudi Arabia.",
		"“We will stand against ... Americans,” he said. Mr. Gore met U.S. officials on Oct. 7.",
		"date: bad\n\nText.",
		"date: 2024-W11\n\nIsrael attacked Rafah last week. Qatar has spent several weeks trying to broker a deal.",
		"He said. She said. It said. Its said. The secretary met the president.",
		"``Nothing is agreed,'' the minister said.\n\n\n\nSaudi Arabia would recognize Israel.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := Extract("fuzz.txt", text, Options{})
		if !utf8.ValidString(text) {
			if err == nil {
				t.Fatalf("no error for invalid UTF-8 %q", text)
			}
			return
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt:") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("marshal: %v", err)
		}
		checkDocument(t, text, doc)
	})
}

// checkDocument checks the invariants of a document extracted from text.
func checkDocument(t *testing.T, text string, doc Document) {
	t.Helper()
	actors := map[string]bool{}
	for _, a := range doc.Actors {
		if a.ID == "" || actors[a.ID] {
			t.Errorf("actor id %q empty or repeated", a.ID)
		}
		actors[a.ID] = true
	}
	for _, a := range doc.Actors {
		if a.Affiliation != "" && !actors[a.Affiliation] {
			t.Errorf("actor %s: affiliation %q is not an actor", a.ID, a.Affiliation)
		}
	}
	evs := map[string]bool{}
	for _, e := range doc.Events {
		if e.ID == "" || evs[e.ID] {
			t.Errorf("event id %q empty or repeated", e.ID)
		}
		evs[e.ID] = true
		if !e.Type.Valid() {
			t.Errorf("event %s: type %q", e.ID, e.Type)
		}
		switch e.Status {
		case Occurred, Planned, Ongoing, Hypothetical:
		default:
			t.Errorf("event %s: status %q", e.ID, e.Status)
		}
		if e.Date != "" {
			if _, err := ParseDate(string(e.Date)); err != nil {
				t.Errorf("event %s: %v", e.ID, err)
			}
		}
		if e.Confidence < 0 || e.Confidence > 1 {
			t.Errorf("event %s: confidence %v", e.ID, e.Confidence)
		}
		for _, a := range e.Actors {
			if !actors[a] {
				t.Errorf("event %s: actor %q is not in the actor list", e.ID, a)
			}
		}
		if len(e.Evidence) == 0 {
			t.Errorf("event %s has no evidence", e.ID)
		}
		for _, ev := range e.Evidence {
			if ev == "" || !strings.Contains(text, ev) {
				t.Errorf("event %s: evidence %q is not in the input", e.ID, ev)
			}
		}
	}
	for _, r := range doc.Relations {
		if !actors[r.Source] {
			t.Errorf("relation %+v: source is not an actor", r)
		}
		if r.Event != "" && !evs[r.Event] {
			t.Errorf("relation %+v: no such event", r)
		}
	}
}
