package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// genEvent is what TestGeneralRules compares of each event.
type genEvent struct {
	Type   Type
	Date   Date
	Status Status
	Actors []string
}

// TestGeneralRules checks rules on sentences written for the test that a
// rule fitted to one article got wrong: no single-sentence trigger, no
// reading that only one article's wording supports.
func TestGeneralRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []genEvent
	}{
		{"a coup is no armed attack", "Opposition leaders in Yangon on Monday denounced the army's February power-grab.",
			[]genEvent{{Statement, "2024-03-18", Occurred, []string{"opposition-leaders"}}}},
		{"an occupation of long ago is no attack", "Finland marked 50 years since the 1974 occupation of the islands on Monday.", nil},
		{"a quoted name is no statement", `Prime Minister Kaja Kallas called the plan "a fair start" on Monday.`, nil},
		{"what before a verb that names nothing", "Prime Minister Kaja Kallas visited Riga on Monday, which is what she proposed in January.",
			[]genEvent{
				{Proposal, "2024-01", Occurred, []string{"kaja-kallas"}},
				{Visit, "2024-03-18", Occurred, []string{"kaja-kallas", "latvia"}},
			}},
		{"what before a naming verb", "Prime Minister Kaja Kallas condemned what she calls a blockade of Narva on Monday.",
			[]genEvent{{Statement, "2024-03-18", Occurred, []string{"kaja-kallas"}}}},
		{"hours on the ground", "Foreign Minister Ingrid Halvorsen will spend just two days on the ground in Juba from Wednesday.",
			[]genEvent{{Visit, "2024-03-27", Planned, []string{"ingrid-halvorsen", "south-sudan"}}}},
		{"a fronted attack is not the main subject's", "After the invasion of Georgia, President Obama sent aid to Tbilisi.",
			[]genEvent{{Attack, "", Occurred, []string{"georgia"}}, {Aid, "", Occurred, []string{"obama"}}}},
		{"a secretary of state of a state the article does not name",
			"Pope Francis met the Lebanese prime minister on Monday. The secretary of state joined the talks.",
			[]genEvent{{Meeting, "2024-03-18", Occurred, []string{"pope-francis", "najib-mikati"}}}},
		{"words in a phone call are no meeting", "Blinken told Gulf foreign ministers in a phone call on Monday that the strikes had to stop.",
			[]genEvent{{Statement, "2024-03-18", Occurred, []string{"antony-blinken", "gulf-foreign-ministers"}}}},
		{"a past event reported on a day keeps its own day open", "Saudi officials said on Monday that Iran attacked the Abqaiq oil plant.",
			[]genEvent{
				{Statement, "2024-03-18", Occurred, []string{"saudi-officials"}},
				{Attack, "", Occurred, []string{"iran"}},
			}},
		{"a deal reported for later talks takes no day", "Foreign ministers met in Vienna on Monday. Officials said Iran would sign a framework deal at the talks in July.",
			[]genEvent{
				{Meeting, "2024-03-18", Occurred, []string{"foreign-ministers"}},
				{Agreement, "", Planned, []string{"iran"}},
			}},
		{"a noun after an article is no schedule", "Prime Minister Kaja Kallas issued an appeal on Tuesday to travellers in the region.",
			[]genEvent{{Statement, "2024-03-19", Occurred, []string{"kaja-kallas"}}}},
		{"a fronted definite gathering is no new meeting", "Hamas and Israel agreed on a four-day truce on Wednesday. At the ceremony in Doha, Qatar said more hostages would be freed.",
			[]genEvent{
				{Agreement, "2024-03-20", Occurred, []string{"hamas", "israel"}},
				{Release, "", Planned, []string{"qatar"}},
			}},
		{"a bare infinitive is no schedule", "Norway helped broker a truce between the two militias, officials said Monday.",
			[]genEvent{{Mediation, "2024-03-18", Occurred, []string{"norway"}}}},
		{"a perceived act is no schedule", "Residents watched Russian troops shell Kharkiv on Monday.",
			[]genEvent{{Attack, "2024-03-18", Occurred, []string{"russia"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractCase(t, thursdayDCT, tt.text)
			var got []genEvent
			for _, e := range doc.Events {
				got = append(got, genEvent{e.Type, e.Date, e.Status, e.Actors})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestStoryAfterDCTKeepsThePast checks that a planned weekday the day
// after the article's date does not pull a past event of another actor,
// dated "last <weekday>", past the article's date.
func TestStoryAfterDCTKeepsThePast(t *testing.T) {
	doc := extractCase(t, "2024-03-18", "Israeli jets struck Rafah last Tuesday. Netanyahu will meet Biden in Washington on Tuesday.")
	var got []genEvent
	for _, e := range doc.Events {
		got = append(got, genEvent{e.Type, e.Date, e.Status, e.Actors})
	}
	want := []genEvent{
		{Attack, "2024-03-12", Occurred, []string{"israel"}},
		{Meeting, "2024-03-19", Planned, []string{"benjamin-netanyahu", "joe-biden"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
