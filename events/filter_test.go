package events

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func filterDoc() Document {
	return Document{
		Document: Meta{ID: "f"},
		Actors: []Actor{
			{ID: "antony-blinken", Name: "Antony Blinken", Aliases: []string{"Blinken"}, Kind: Person},
			{ID: "abdel-fattah-el-sissi", Name: "Abdel Fattah el-Sissi", Kind: Person, Affiliation: "egypt"},
			{ID: "egypt", Name: "Egypt", Kind: Country},
			{ID: "hamas", Name: "Hamas", Kind: Organization},
			{ID: "israel", Name: "Israel", Kind: Country},
			{ID: "saddam-hussein", Name: "Saddam Hussein", Aliases: []string{"Hussein"}, Kind: Person},
			{ID: "hussein-bin-talal", Name: "Hussein bin Talal", Aliases: []string{"Hussein"}, Kind: Person},
		},
		Events: []Event{
			{ID: "e1", Type: Attack, Date: "2023-10-07", Actors: []string{"hamas", "israel"}},
			{ID: "e2", Type: Meeting, Date: "2024-03-21", Actors: []string{"antony-blinken", "abdel-fattah-el-sissi"}},
			{ID: "e3", Type: Visit, Date: "2024-03", Actors: []string{"antony-blinken"}, Place: "Cairo"},
			{ID: "e4", Type: Rejection, Actors: []string{"israel", "hamas"}},
		},
		Relations: []Relation{
			{Source: "hamas", Target: "israel", Type: "attacked", Event: "e1", Date: "2023-10-07"},
			{Source: "antony-blinken", Target: "abdel-fattah-el-sissi", Type: "met", Event: "e2", Date: "2024-03-21"},
			{Source: "antony-blinken", Target: "cairo", Type: "visited", Event: "e3", Date: "2024-03"},
			{Source: "abdel-fattah-el-sissi", Target: "egypt", Type: "leads", Role: "President"},
			{Source: "israel", Target: "hamas", Type: "rejected", Event: "e4"},
		},
	}
}

func TestFilter(t *testing.T) {
	tests := []struct {
		name             string
		f                Filter
		events, actors   []string
		relations        []string // source-type-target
		wantErrSubstring string
	}{
		{name: "zero keeps all", f: Filter{},
			events:    []string{"e1", "e2", "e3", "e4"},
			actors:    []string{"antony-blinken", "abdel-fattah-el-sissi", "egypt", "hamas", "israel", "saddam-hussein", "hussein-bin-talal"},
			relations: []string{"hamas-attacked-israel", "antony-blinken-met-abdel-fattah-el-sissi", "antony-blinken-visited-cairo", "abdel-fattah-el-sissi-leads-egypt", "israel-rejected-hamas"}},
		{name: "from a month: the month date overlaps, undated dropped", f: Filter{From: "2024-03"},
			events:    []string{"e2", "e3"},
			actors:    []string{"antony-blinken", "abdel-fattah-el-sissi", "egypt"},
			relations: []string{"antony-blinken-met-abdel-fattah-el-sissi", "antony-blinken-visited-cairo", "abdel-fattah-el-sissi-leads-egypt"}},
		{name: "to a day", f: Filter{To: "2023-12-31"},
			events: []string{"e1"}, actors: []string{"hamas", "israel"}, relations: []string{"hamas-attacked-israel"}},
		{name: "a day inside a month date", f: Filter{From: "2024-03-10", To: "2024-03-10"},
			events: []string{"e3"}, actors: []string{"antony-blinken"}, relations: []string{"antony-blinken-visited-cairo"}},
		{name: "types", f: Filter{Types: []Type{Attack, Rejection}},
			events: []string{"e1", "e4"}, actors: []string{"hamas", "israel"}, relations: []string{"hamas-attacked-israel", "israel-rejected-hamas"}},
		{name: "actor by alias, any case", f: Filter{Actors: []string{"  blinken "}},
			events:    []string{"e2", "e3"},
			actors:    []string{"antony-blinken", "abdel-fattah-el-sissi", "egypt"},
			relations: []string{"antony-blinken-met-abdel-fattah-el-sissi", "antony-blinken-visited-cairo", "abdel-fattah-el-sissi-leads-egypt"}},
		{name: "actor by id and type together", f: Filter{Actors: []string{"hamas"}, Types: []Type{Rejection}},
			events: []string{"e4"}, actors: []string{"hamas", "israel"}, relations: []string{"israel-rejected-hamas"}},
		{name: "nothing left", f: Filter{Types: []Type{Call}}},
		{name: "unknown actor", f: Filter{Actors: []string{"Kissinger"}}, wantErrSubstring: `no actor "Kissinger"`},
		{name: "ambiguous alias", f: Filter{Actors: []string{"hussein"}}, wantErrSubstring: `actor "hussein" is ambiguous: Saddam Hussein (saddam-hussein), Hussein bin Talal (hussein-bin-talal); give the id`},
		{name: "a name beats an alias", f: Filter{Actors: []string{"Saddam Hussein"}}},
		{name: "unknown type", f: Filter{Types: []Type{"picnic"}}, wantErrSubstring: `unknown event type "picnic"`},
		{name: "bad date", f: Filter{From: "March"}, wantErrSubstring: `from "March" is not a date`},
		{name: "from after to", f: Filter{From: "2024-03-22", To: "2024-03-21"}, wantErrSubstring: "is after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := filterDoc().Filter(tt.f)
			if tt.wantErrSubstring != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErrSubstring) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErrSubstring)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var evs, acts, rels []string
			for _, e := range got.Events {
				evs = append(evs, e.ID)
			}
			for _, a := range got.Actors {
				acts = append(acts, a.ID)
			}
			for _, r := range got.Relations {
				rels = append(rels, r.Source+"-"+r.Type+"-"+r.Target)
			}
			if diff := cmp.Diff([3][]string{tt.events, tt.actors, tt.relations}, [3][]string{evs, acts, rels}); diff != "" {
				t.Errorf("events, actors, relations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
