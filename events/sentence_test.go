package events

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "month abbreviation",
			in:   "The border crossing closed on Oct. 7 and stayed shut. Aid trucks waited in line.",
			want: []string{"The border crossing closed on Oct. 7 and stayed shut.", "Aid trucks waited in line."},
		},
		{
			name: "dotted acronym before a noun",
			in:   "He briefed U.S. officials in Doha on Monday. They gave no details.",
			want: []string{"He briefed U.S. officials in Doha on Monday.", "They gave no details."},
		},
		{
			name: "dotted acronym opening a sentence",
			in:   "Talks stalled. U.S. officials blamed both sides.",
			want: []string{"Talks stalled.", "U.S. officials blamed both sides."},
		},
		{
			name: "dotted acronym ending a sentence",
			in:   "The envoy flew back to the U.S. The talks will resume next month.",
			want: []string{"The envoy flew back to the U.S.", "The talks will resume next month."},
		},
		{
			name: "military title",
			in:   "Gen. John Dailey told reporters the operation was over. Troops began to leave.",
			want: []string{"Gen. John Dailey told reporters the operation was over.", "Troops began to leave."},
		},
		{
			name: "Mr.",
			in:   "Mr. Gore arrived in Moscow on Tuesday. Mrs. Gore stayed home.",
			want: []string{"Mr. Gore arrived in Moscow on Tuesday.", "Mrs. Gore stayed home."},
		},
		{
			name: "middle initial and suffix",
			in:   "Treasury Secretary Robert J. Hale III saw the emir in Doha. Hale then left for Muscat.",
			want: []string{"Treasury Secretary Robert J. Hale III saw the emir in Doha.", "Hale then left for Muscat."},
		},
		{
			name: "state abbreviation with comma",
			in:   "The senator campaigned in Springfield, Ill., on June 4 before a group of farmers. She drove home.",
			want: []string{"The senator campaigned in Springfield, Ill., on June 4 before a group of farmers.", "She drove home."},
		},
		{
			name: "state abbreviation ending a sentence",
			in:   "The senator was born in Springfield, Ill. The family moved away later.",
			want: []string{"The senator was born in Springfield, Ill.", "The family moved away later."},
		},
		{
			name: "lower-case number abbreviation",
			in:   "The inspectors of team no. 225 reached the site at dawn. They found nothing.",
			want: []string{"The inspectors of team no. 225 reached the site at dawn.", "They found nothing."},
		},
		{
			name: "capital number abbreviation",
			in:   "Resolution No. 1701 calls for a ceasefire. Both sides accepted it.",
			want: []string{"Resolution No. 1701 calls for a ceasefire.", "Both sides accepted it."},
		},
		{
			name: "clock time",
			in:   "The talks began at 10 a.m. Thursday and ended at 8 p.m. The delegates left.",
			want: []string{"The talks began at 10 a.m. Thursday and ended at 8 p.m.", "The delegates left."},
		},
		{
			name: "senator",
			in:   "Sen. Maria Lopez said the vote would be close. Sens. Ward and Hale agreed.",
			want: []string{"Sen. Maria Lopez said the vote would be close.", "Sens. Ward and Hale agreed."},
		},
		{
			name: "typographic quote closes a sentence",
			in:   "The minister said: “We will do everything possible.” He said the talks would go on.",
			want: []string{"The minister said: “We will do everything possible.”", "He said the talks would go on."},
		},
		{
			name: "straight quote closes a sentence",
			in:   `The envoy said: "Nothing is agreed." Talks resume Monday.`,
			want: []string{`The envoy said: "Nothing is agreed."`, "Talks resume Monday."},
		},
		{
			name: "quote with comma does not close",
			in:   "“We are ready to talk,” the minister said. “Nothing is agreed.” Talks resume Monday.",
			want: []string{"“We are ready to talk,” the minister said.", "“Nothing is agreed.”", "Talks resume Monday."},
		},
		{
			name: "AP quotes",
			in:   "``We are ready to talk,'' the minister said. ``Nothing is agreed.'' Talks resume Monday.",
			want: []string{"``We are ready to talk,'' the minister said.", "``Nothing is agreed.''", "Talks resume Monday."},
		},
		{
			name: "question and exclamation",
			in:   "Will they meet again? Nobody knows! The mediators hope so.",
			want: []string{"Will they meet again?", "Nobody knows!", "The mediators hope so."},
		},
		{
			name: "dateline on the first line of a sentence",
			in:   "NAIROBI, Kenya (AP) _ Kenya's president flew to Addis Ababa on Monday. He met the prime minister.",
			want: []string{"NAIROBI, Kenya (AP) _ Kenya's president flew to Addis Ababa on Monday.", "He met the prime minister."},
		},
		{
			name: "dateline on its own line",
			in:   "NAIROBI, Kenya (AP) _\nKenya's president flew to Addis Ababa on Monday.",
			want: []string{"NAIROBI, Kenya (AP) _", "Kenya's president flew to Addis Ababa on Monday."},
		},
		{
			name: "wrapped lines stay one sentence",
			in:   "The foreign minister said the\ntalks would resume in Geneva\nnext week.",
			want: []string{"The foreign minister said the\ntalks would resume in Geneva\nnext week."},
		},
		{
			name: "paragraph without a final stop",
			in:   "Envoys meet in Geneva\n\nThe talks will last two days.",
			want: []string{"Envoys meet in Geneva", "The talks will last two days."},
		},
		{
			name: "ellipsis inside a quote",
			in:   "“We will stand together against ... Americans who threaten us,” he said. The crowd cheered.",
			want: []string{"“We will stand together against ... Americans who threaten us,” he said.", "The crowd cheered."},
		},
		{
			name: "ellipsis before a lower-case word",
			in:   "He said the plan was ... unworkable. Others disagreed.",
			want: []string{"He said the plan was ... unworkable.", "Others disagreed."},
		},
		{
			name: "ellipsis character",
			in:   "The deal is close… The negotiators want more time. They met again.",
			want: []string{"The deal is close… The negotiators want more time.", "They met again."},
		},
		{
			name: "spaced ellipsis",
			in:   "“We reject . . . Western pressure,” the minister said. He left.",
			want: []string{"“We reject . . . Western pressure,” the minister said.", "He left."},
		},
		{
			name: "ellipsis closing a quote",
			in:   "“We will fight on...” The minister left the hall.",
			want: []string{"“We will fight on...”", "The minister left the hall."},
		},
		{
			name: "ellipsis and full stop",
			in:   "The talks went on and on.... Then the envoy left.",
			want: []string{"The talks went on and on....", "Then the envoy left."},
		},
		{
			name: "ellipsis ending a paragraph",
			in:   "The talks went on and on...\n\nThen the envoy left.",
			want: []string{"The talks went on and on...", "Then the envoy left."},
		},
		{
			name: "Windows line endings",
			in:   "The envoy arrived.\r\nHe met the king.\r\n\r\nTalks ended Friday.\r\n",
			want: []string{"The envoy arrived.", "He met the king.", "Talks ended Friday."},
		},
		{
			name: "empty",
			in:   "",
			want: nil,
		},
		{
			name: "only space",
			in:   " \n\n\t\r\n ",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in, 0) {
				got = append(got, s.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSentencesOffsets checks Start, End and Para against the text.
func TestSentencesOffsets(t *testing.T) {
	text := "title: x\n\nFirst one. Second one.\r\n\r\nThird one\nstill third.\n\n\nFourth."
	h := ParseHeader(text)
	got := Sentences(text, h.Body)
	type sp struct {
		Text string
		Para int
	}
	want := []sp{{"First one.", 0}, {"Second one.", 0}, {"Third one\nstill third.", 1}, {"Fourth.", 2}}
	var gs []sp
	for _, s := range got {
		gs = append(gs, sp{s.Text, s.Para})
		if text[s.Start:s.End] != s.Text {
			t.Errorf("text[%d:%d] = %q, want %q", s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		if s.Start < h.Body {
			t.Errorf("sentence %q starts at %d, before the body at %d", s.Text, s.Start, h.Body)
		}
	}
	if diff := cmp.Diff(want, gs); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Start < got[i-1].End {
			t.Errorf("sentence %d starts at %d before the end %d of sentence %d", i, got[i].Start, got[i-1].End, i-1)
		}
	}
	if strings.Contains(got[1].Text, "\r") {
		t.Errorf("sentence keeps a carriage return: %q", got[1].Text)
	}
}

func TestIsDottedAcronym(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"U.S", true}, {"U.N", true}, {"a.m", true}, {"é.u", true}, {"U.S.", false}, {".S", false},
		{"US", false}, {"U..S", false}, {"Gen.Sec", false}, {"", false}, {".", false}, {"U.N.-backed", false},
	} {
		if got := isDottedAcronym(tt.w); got != tt.want {
			t.Errorf("isDottedAcronym(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
