package score

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustGold(t *testing.T, s string) *Gold {
	t.Helper()
	g, err := ParseGold("gold.json", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func mustPred(t *testing.T, s string) *Prediction {
	t.Helper()
	if s == "" {
		return nil
	}
	p, err := ParsePrediction("pred.json", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The gold actors of the cases below.
const actors = `"actors": [
	{"name": "Sara Mendes", "aliases": ["Mendes", "the minister"]},
	{"name": "Portugal", "aliases": ["Lisbon"]},
	{"name": "The Fishermen's Guild", "aliases": ["guild"]},
	{"name": "Coast Guard", "optional": true}]`

func TestScore(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string // pred "" is no prediction
		want       Counts
		details    []string // Detail.String() of each detail, when given
	}{{
		name: "evidence ignores case, spacing and typographic quotes",
		gold: `{` + actors + `, "events": [{"type": "meeting", "date": "2020-06-01", "status": "occurred",
			"actors": ["Sara Mendes", "The Fishermen's Guild"], "evidence": ["met  the guild's leaders"]}]}`,
		pred: `{"actors": [{"id": "m", "name": "Mendes"}, {"id": "g", "name": "fishermens guild"}],
			"events": [{"type": "meeting", "date": "2020-06-01", "status": "occurred", "actors": ["m", "g"],
			"evidence": ["Mendes MET the guild\u2019s\nleaders in Porto."]}]}`,
		want: Counts{TP: 1, DateOK: 1, StatusOK: 1, Strict: 1, ActorTP: 2, ActorsRequired: 3, ActorsFound: 2},
	}, {
		name: "another type does not match",
		gold: `{"events": [{"type": "meeting", "evidence": ["met the guild"]}]}`,
		pred: `{"events": [{"type": "call", "evidence": ["Mendes met the guild."]}]}`,
		want: Counts{FP: 1, FN: 1},
		details: []string{
			`{"gold": 0, "missed": "meeting", "evidence": "met the guild"}`,
			`{"spurious": "call", "date": null, "evidence": "Mendes met the guild."}`,
		},
	}, {
		name: "an optional gold event of type * takes any prediction, counted neither way",
		gold: `{"events": [{"type": "*", "optional": true, "evidence": ["told reporters"]}]}`,
		pred: `{"events": [{"type": "statement", "evidence": ["Mendes told reporters."]}]}`,
		want: Counts{},
	}, {
		name: "an optional gold event takes only its type",
		gold: `{"events": [{"type": "proposal", "optional": 1, "evidence": ["offered"]}]}`,
		pred: `{"events": [{"type": "statement", "evidence": ["Mendes offered talks."]}]}`,
		want: Counts{FP: 1},
	}, {
		name: "required gold events choose before optional ones",
		gold: `{"events": [{"type": "*", "optional": true, "evidence": ["Mendes"]},
			{"type": "visit", "date": "2020-06-02", "evidence": ["arrived in Porto"]}]}`,
		pred: `{"events": [{"type": "visit", "date": "2020-06-02", "evidence": ["Mendes arrived in Porto."]}]}`,
		want: Counts{TP: 1, DateOK: 1, StatusOK: 1, Strict: 1},
	}, {
		name: "best actor overlap first, the other prediction is spurious",
		gold: `{` + actors + `, "events": [{"type": "meeting", "actors": ["Sara Mendes", "Portugal"], "evidence": ["talks"]}]}`,
		pred: `{"events": [
			{"type": "meeting", "actors": ["Mendes"], "evidence": ["First talks."]},
			{"type": "meeting", "actors": ["Lisbon", "the minister"], "evidence": ["Second talks."]}]}`,
		want: Counts{TP: 1, FP: 1, DateOK: 1, StatusOK: 1, Strict: 1, ActorTP: 2, ActorsRequired: 3},
		details: []string{
			`{"gold": 0, "type": "meeting", "date": null, "gold_date": null, "actors_missing": [], "extra_actors": 0, "status": null, "gold_status": null, "strict": true}`,
			`{"spurious": "meeting", "date": null, "evidence": "First talks."}`,
		},
	}, {
		name: "a prediction matches one gold event only",
		gold: `{"events": [{"type": "attack", "evidence": ["shelled"]}, {"type": "attack", "evidence": ["the port"]}]}`,
		pred: `{"events": [{"type": "attack", "evidence": ["Gunboats shelled the port."]}]}`,
		want: Counts{TP: 1, FN: 1, DateOK: 1, StatusOK: 1, Strict: 1},
	}, {
		name: "a date from a list of acceptable dates",
		gold: `{"events": [{"type": "visit", "date": ["2020-06-02", "2020-W23"], "status": "planned", "evidence": ["will visit"]}]}`,
		pred: `{"events": [{"type": "visit", "date": "2020-W23", "status": "occurred", "evidence": ["She will visit Porto."]}]}`,
		want: Counts{TP: 1, DateOK: 1, Strict: 1},
	}, {
		name: "a wrong date is not strict",
		gold: `{"events": [{"type": "visit", "date": "2020-06-02", "evidence": ["will visit"]}]}`,
		pred: `{"events": [{"type": "visit", "date": "2020-06", "evidence": ["She will visit Porto."]}]}`,
		want: Counts{TP: 1, StatusOK: 1},
	}, {
		name: "a null in the gold dates accepts no date",
		gold: `{"events": [{"type": "visit", "date": ["2020-06-02", null], "evidence": ["will visit"]}]}`,
		pred: `{"events": [{"type": "visit", "evidence": ["She will visit Porto."]}]}`,
		want: Counts{TP: 1, DateOK: 1, StatusOK: 1, Strict: 1},
	}, {
		name: "places compare as names; null accepts none; a null gold place is not counted",
		gold: `{"events": [
			{"type": "visit", "place": "The Port of Leix\u00f5es", "evidence": ["one"]},
			{"type": "visit", "place": ["Porto", null], "evidence": ["two"]},
			{"type": "visit", "place": "Porto", "evidence": ["three"]},
			{"type": "visit", "place": null, "evidence": ["four"]}]}`,
		pred: `{"events": [
			{"type": "visit", "place": "port of LEIXOES", "evidence": ["one"]},
			{"type": "visit", "place": "", "evidence": ["two"]},
			{"type": "visit", "place": "Lisbon", "evidence": ["three"]},
			{"type": "visit", "place": "Lisbon", "evidence": ["four"]}]}`,
		want: Counts{TP: 4, DateOK: 4, StatusOK: 4, Strict: 4, PlaceN: 3, PlaceOK: 1},
	}, {
		name: "a place with its diacritics",
		gold: `{"events": [{"type": "visit", "place": "The Port of Leix\u00f5es", "evidence": ["one"]}]}`,
		pred: `{"events": [{"type": "visit", "place": "port of LEIX\u00d5ES.", "evidence": ["one"]}]}`,
		want: Counts{TP: 1, DateOK: 1, StatusOK: 1, Strict: 1, PlaceN: 1, PlaceOK: 1},
	}, {
		name: "missing and extra actors; optional actors count neither way",
		gold: `{` + actors + `, "events": [{"type": "demand", "actors": ["Sara Mendes", "Portugal"],
			"optional_actors": ["Coast Guard"], "evidence": ["demanded"]}]}`,
		pred: `{"actors": [{"id": "sm", "name": "Sara Mendes"}, {"id": "cg", "name": "the coast guard"},
			{"id": "es", "name": "Spain"}],
			"events": [{"type": "demand", "actors": ["sm", "cg", "es", null], "evidence": ["Mendes demanded quotas."]}]}`,
		want: Counts{TP: 1, DateOK: 1, StatusOK: 1, ActorTP: 1, ActorFN: 1, ActorFP: 2, ActorsRequired: 3, ActorsFound: 1},
		details: []string{
			`{"gold": 0, "type": "demand", "date": null, "gold_date": null, "actors_missing": ["Portugal"], "extra_actors": 2, "status": null, "gold_status": null, "strict": false}`,
		},
	}, {
		name: "actor recall counts required gold actors the actor list names",
		gold: `{` + actors + `}`,
		pred: `{"actors": [{"id": "pt", "name": "Portuguese Republic", "aliases": ["Lisbon"]},
			{"id": "fg", "name": "Guild"}, {"id": "cg", "name": "Coast Guard"}]}`,
		want: Counts{ActorsRequired: 3, ActorsFound: 2},
	}, {
		name: "evidence from sentence when there is none, and evidence as one string",
		gold: `{"events": [{"type": "aid", "evidence": "pledged"}, {"type": "release", "evidence": ["freed"]}]}`,
		pred: `{"events": [{"type": "aid", "sentence": "Portugal pledged aid."},
			{"type": "release", "evidence": "Rebels freed two crew."}]}`,
		want: Counts{TP: 2, DateOK: 2, StatusOK: 2, Strict: 2},
	}, {
		name: "an empty evidence phrase never matches",
		gold: `{"events": [{"type": "aid", "evidence": ["", null]}]}`,
		pred: `{"events": [{"type": "aid", "evidence": ["Portugal pledged aid."]}]}`,
		want: Counts{FP: 1, FN: 1},
	}, {
		name: "no prediction misses every required event",
		gold: `{` + actors + `, "events": [{"type": "aid", "evidence": ["pledged"]}, {"type": "*", "optional": true, "evidence": ["x"]}]}`,
		want: Counts{FN: 1, ActorsRequired: 3},
	}, {
		name: "dates compare as Python values: 2020 equals 2020.0",
		gold: `{"events": [{"type": "aid", "date": 2020, "status": "occurred", "evidence": ["pledged"]}]}`,
		pred: `{"events": [{"type": "aid", "date": 2020.0, "status": "planned", "evidence": ["Portugal pledged aid."]}]}`,
		want: Counts{TP: 1, DateOK: 1, Strict: 1},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Score("case", mustGold(t, tc.gold), mustPred(t, tc.pred))
			if diff := cmp.Diff(tc.want, d.Counts); diff != "" {
				t.Errorf("counts mismatch (-want +got):\n%s", diff)
			}
			if tc.details == nil {
				return
			}
			var got []string
			for _, det := range d.Details {
				got = append(got, det.String())
			}
			if diff := cmp.Diff(tc.details, got); diff != "" {
				t.Errorf("details mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestByType(t *testing.T) {
	g := mustGold(t, `{"events": [{"type": "attack", "evidence": ["shelled"]}, {"type": "visit", "evidence": ["arrived"]}]}`)
	p := mustPred(t, `{"events": [{"type": "attack", "evidence": ["Gunboats shelled the port."]},
		{"type": "threat", "evidence": ["Rebels warned the port."]}]}`)
	d := Score("case", g, p)
	want := map[string]Counts{
		"attack": {TP: 1, DateOK: 1, StatusOK: 1, Strict: 1},
		"threat": {FP: 1},
		"visit":  {FN: 1},
	}
	if diff := cmp.Diff(want, d.ByType); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestFigures(t *testing.T) {
	c := Counts{TP: 3, FP: 1, FN: 2, DateOK: 2, StatusOK: 3, PlaceOK: 1, PlaceN: 2, Strict: 1,
		ActorTP: 4, ActorFP: 1, ActorFN: 1, ActorsRequired: 5, ActorsFound: 4}
	// the float values that score.py's prf computes for these counts,
	// last digits included
	want := Figures{
		EventPrecision: 0.75, EventRecall: 0.6, EventF1: 0.6666666666666665,
		StrictF1:     0.22222222222222224,
		DateAccuracy: 0.6666666666666666, StatusAccuracy: 1, PlaceAccuracy: 0.5,
		EventActorF1: 0.8000000000000002, ActorRecall: 0.8, GoldEvents: 5, PredictedEvents: 4,
	}
	if diff := cmp.Diff(want, c.Figures()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Figures{}, Counts{}.Figures()); diff != "" {
		t.Errorf("no data: mismatch (-want +got):\n%s", diff)
	}
}
