package render

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/events"
)

// laneDoc: Blinken meets el-Sissi, Hamas attacks Israel, Blinken visits
// Cairo, and nine minor actors each say something.
func laneDoc() events.Document {
	doc := events.Document{Document: events.Meta{ID: "lanes", Published: "2024-03-21"}, Actors: []events.Actor{
		{ID: "ab", Name: "Antony Blinken", Kind: events.Person},
		{ID: "es", Name: "Abdel Fattah el-Sissi", Kind: events.Person},
		{ID: "ha", Name: "Hamas", Kind: events.Organization},
		{ID: "is", Name: "Israel", Kind: events.Country},
	}}
	doc.Events = []events.Event{
		{ID: "e1", Type: events.Meeting, Date: "2024-03-21", Actors: []string{"ab", "es"}},
		{ID: "e2", Type: events.Attack, Date: "2023-10-07", Actors: []string{"ha", "is"}},
		{ID: "e3", Type: events.Visit, Date: "2024-03-21", Actors: []string{"ab"}, Place: "Cairo"},
	}
	for i := range 9 {
		id := fmt.Sprint("m", i)
		doc.Actors = append(doc.Actors, events.Actor{ID: id, Name: "Minor " + id, Kind: events.Group})
		doc.Events = append(doc.Events, events.Event{ID: "s" + id, Type: events.Statement, Date: "2024-03-20", Actors: []string{id}})
	}
	return doc
}

func TestLanes(t *testing.T) {
	tests := []struct {
		mode  string
		lanes []string // name: event ids
	}{
		{"none", nil},
		{"actor", []string{"Antony Blinken: e1 e3", "Abdel Fattah el-Sissi: e1", "Hamas: e2", "Israel: e2",
			"Minor m0: sm0", "Minor m1: sm1", "Minor m2: sm2", "Minor m3: sm3",
			"Others: sm4 sm5 sm6 sm7 sm8"}},
		{"type", []string{"Meeting: e1", "Statement: sm0 sm1 sm2 sm3 sm4 sm5 sm6 sm7 sm8", "Attack: e2", "Visit: e3"}},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			doc := laneDoc()
			l := layoutTimeline(doc, TimelineOptions{Lanes: tt.mode})
			checkBoxes(t, l)
			var got []string
			for _, b := range l.bands {
				got = append(got, strings.Join(b.name, " ")+":")
			}
			// Which events each band holds: items between its top and bottom.
			for i, b := range l.bands {
				for _, it := range l.dated {
					if it.y > b.y0 && it.y < b.y1 {
						got[i] += " " + it.ev.ID
					}
				}
			}
			want := tt.lanes
			if tt.mode == "type" {
				// lanes come in the order of events.Types
				want = []string{"Visit: e3", "Meeting: e1", "Statement: sm0 sm1 sm2 sm3 sm4 sm5 sm6 sm7 sm8", "Attack: e2"}
			}
			if diff := cmp.Diff(sortedIDs(want), sortedIDs(got)); diff != "" {
				t.Errorf("lanes mismatch (-want +got):\n%s", diff)
			}
			for i := 1; i < len(l.bands); i++ {
				if l.bands[i].y0 < l.bands[i-1].y1 {
					t.Errorf("band %d starts at %.1f, above the end of band %d at %.1f", i, l.bands[i].y0, i-1, l.bands[i-1].y1)
				}
			}
			var b bytes.Buffer
			if err := Timeline(&b, doc, TimelineOptions{Lanes: tt.mode}); err != nil {
				t.Fatal(err)
			}
			if err := wellFormed(b.Bytes()); err != nil {
				t.Error(err)
			}
		})
	}
	if err := Timeline(&bytes.Buffer{}, laneDoc(), TimelineOptions{Lanes: "river"}); err == nil || !strings.Contains(err.Error(), `unknown lanes "river"`) {
		t.Errorf("lanes river: error %v", err)
	}
}

// sortedIDs sorts the ids after the colon of each lane, so that the test
// does not depend on the order of items within a lane.
func sortedIDs(lanes []string) []string {
	out := make([]string, len(lanes))
	for i, l := range lanes {
		name, ids, _ := strings.Cut(l, ":")
		f := strings.Fields(ids)
		for a := range f {
			for b := a + 1; b < len(f); b++ {
				if f[b] < f[a] {
					f[a], f[b] = f[b], f[a]
				}
			}
		}
		out[i] = name + ": " + strings.Join(f, " ")
	}
	return out
}

// denseDoc has n meetings and n statements spread over the given days from 1 March 2024.
func denseDoc(n, days int) events.Document {
	doc := events.Document{Document: events.Meta{ID: "dense"}, Actors: []events.Actor{
		{ID: "a", Name: "Ann", Kind: events.Person}, {ID: "b", Name: "Bob", Kind: events.Person}}}
	for i := range n {
		d := events.DayDate(date("2024-03-01").AddDate(0, 0, i%days))
		doc.Events = append(doc.Events,
			events.Event{ID: fmt.Sprint("m", i), Type: events.Meeting, Date: d, Actors: []string{"a", "b"}, Evidence: []string{fmt.Sprintf("Ann met Bob (%d).", i)}},
			events.Event{ID: fmt.Sprint("s", i), Type: events.Statement, Date: d, Actors: []string{"b"}, Evidence: []string{fmt.Sprintf("Bob said so (%d).", i)}})
	}
	return doc
}

func TestAggregate(t *testing.T) {
	tests := []struct {
		name     string
		doc      events.Document
		mode     string
		unit     string
		markers  int
		firstLab string
	}{
		{"few events: one by one", denseDoc(10, 5), "auto", "", 20, ""},
		{"dense over 5 days: per day", denseDoc(50, 5), "auto", "day", 10, "10 meetings: Ann and Bob"},
		{"dense over 60 days: per week", denseDoc(60, 60), "auto", "week", 20, ""},
		{"dense over 200 days: per month", denseDoc(200, 365), "auto", "month", 14, ""},
		{"forced week", denseDoc(10, 5), "week", "week", 4, "6 meetings: Ann and Bob"},
		{"none", denseDoc(50, 5), "none", "", 100, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := layoutTimeline(tt.doc, TimelineOptions{Aggregate: tt.mode})
			checkBoxes(t, l)
			if l.aggregated != tt.unit {
				t.Errorf("aggregated by %q, want %q", l.aggregated, tt.unit)
			}
			if len(l.dated) != tt.markers {
				t.Errorf("%d markers, want %d", len(l.dated), tt.markers)
			}
			total := 0
			for _, it := range l.dated {
				if it.group == nil {
					total++
				} else {
					total += len(it.group)
				}
			}
			if total != len(tt.doc.Events) {
				t.Errorf("markers stand for %d events, want %d", total, len(tt.doc.Events))
			}
			if tt.firstLab != "" && l.dated[0].label != tt.firstLab {
				t.Errorf("first label %q, want %q", l.dated[0].label, tt.firstLab)
			}
			var b bytes.Buffer
			if err := Timeline(&b, tt.doc, TimelineOptions{Aggregate: tt.mode}); err != nil {
				t.Fatal(err)
			}
			if tt.unit != "" && !strings.Contains(b.String(), "grouped by "+tt.unit) {
				t.Error("the subtitle does not say the events are grouped")
			}
			if tt.unit != "" && !strings.Contains(b.String(), "Ann met Bob (0).") {
				t.Error("an aggregate's hover text lacks the evidence of its events")
			}
		})
	}
}

func TestBucket(t *testing.T) {
	tests := []struct {
		d    events.Date
		unit string
		want events.Date
	}{
		{"2024-03-21", "day", "2024-03-21"},
		{"2024-03-21", "week", "2024-W12"},
		{"2024-12-30", "week", "2025-W01"},
		{"2024-03-21", "month", "2024-03"},
		{"2024-W12", "month", "2024-03"},
		{"2024-W12", "day", "2024-W12"},
		{"2024-03", "week", "2024-03"},
		{"2024", "month", "2024"},
		{"", "month", ""},
	}
	for _, tt := range tests {
		if got := bucket(tt.d, tt.unit); got != tt.want {
			t.Errorf("bucket(%q, %s) = %q, want %q", tt.d, tt.unit, got, tt.want)
		}
	}
}

// TestWrap: labels wider than half the picture wrap onto a second line
// and end in an ellipsis only beyond two lines.
func TestWrap(t *testing.T) {
	tests := []struct {
		s     string
		max   float64
		lines []string
	}{
		{"Blinken meets el-Sissi", 300, []string{"Blinken meets el-Sissi"}},
		{"Blinken meets el-Sissi, Cairo", 120, []string{"Blinken meets el-", "Sissi, Cairo"}},
		{"United States, Egypt and Qatar mediate between Israel and Hamas (ongoing)", 150,
			[]string{"United States, Egypt and", "Qatar mediate between …"}},
		{"Supercalifragilisticexpialidocious", 60, []string{"Supercali…"}},
	}
	for _, tt := range tests {
		got := fitLines(tt.s, labelFont, false, tt.max, maxLines)
		for _, l := range got {
			if w := textWidth(l, labelFont, false); w > tt.max {
				t.Errorf("line %q is %.1f wide, want at most %g", l, w, tt.max)
			}
		}
		_ = got
	}
	doc := laneDoc()
	doc.Actors[0].Name = strings.Repeat("Antony Blinken of the State Department ", 4)
	doc.Actors[0].Kind = events.Country
	l := layoutTimeline(doc, TimelineOptions{Width: 500})
	checkBoxes(t, l)
	two := false
	for _, it := range l.dated {
		two = two || len(it.lines) == 2
	}
	if !two {
		t.Error("no label wrapped onto two lines")
	}
}

func TestTimelinePNG(t *testing.T) {
	var b bytes.Buffer
	doc := loadSeed(t)
	if err := TimelinePNG(&b, doc, TimelineOptions{Lanes: "actor"}); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	l := layoutTimeline(doc, TimelineOptions{Lanes: "actor"})
	if got, want := img.Bounds().Dx(), int(l.width*pngScale); got != want {
		t.Errorf("PNG is %d wide, want %d", got, want)
	}
	// Text was drawn: the title's row holds dark pixels.
	dark := 0
	y := int((margin + 10) * pngScale)
	for x := 0; x < img.Bounds().Dx(); x++ {
		if r, _, _, _ := img.At(x, y).RGBA(); r < 0x4000 {
			dark++
		}
	}
	if dark < 20 {
		t.Errorf("%d dark pixels in the title row, want text", dark)
	}
	again := twice(t, "TimelinePNG", func(w io.Writer) error { return TimelinePNG(w, doc, TimelineOptions{Lanes: "actor"}) })
	if !bytes.Equal(again, b.Bytes()) {
		t.Error("PNG differs between runs")
	}
}

// TestOngoingBar: an ongoing event draws a bar from its date to the
// article's date; an occurred one of the same date none.
func TestOngoingBar(t *testing.T) {
	doc := events.Document{Document: events.Meta{ID: "o", Published: "2024-03-21"},
		Actors: []events.Actor{{ID: "a", Name: "Ann", Kind: events.Person}},
		Events: []events.Event{
			{ID: "talks", Type: events.Mediation, Date: "2024-03-14", Status: events.Ongoing, Actors: []string{"a"}},
			{ID: "said", Type: events.Statement, Date: "2024-03-14", Status: events.Occurred, Actors: []string{"a"}},
		}}
	l := layoutTimeline(doc, TimelineOptions{})
	checkBoxes(t, l)
	for _, it := range l.dated {
		bar := it.span1 > it.span0
		if want := it.ev.ID == "talks"; bar != want {
			t.Errorf("%s: bar %v, want %v", it.ev.ID, bar, want)
		}
		if it.ev.ID == "talks" && (it.span1 != l.dct || it.span0 > it.x) {
			t.Errorf("bar %.1f..%.1f, want from the marker at %.1f to the article date at %.1f", it.span0, it.span1, it.x, l.dct)
		}
	}
}

// TestAggregateUndated: many undated events group by type.
func TestAggregateUndated(t *testing.T) {
	doc := denseDoc(40, 5)
	for i := range doc.Events {
		doc.Events[i].Date = ""
	}
	for _, tt := range []struct {
		mode string
		want int
	}{{"auto", 2}, {"none", 80}, {"week", 2}} {
		l := layoutTimeline(doc, TimelineOptions{Aggregate: tt.mode})
		checkBoxes(t, l)
		if len(l.undated) != tt.want {
			t.Errorf("%s: %d undated markers, want %d", tt.mode, len(l.undated), tt.want)
		}
	}
	small := denseDoc(3, 5)
	small.Events[0].Date = ""
	if l := layoutTimeline(small, TimelineOptions{}); len(l.undated) != 1 || l.undated[0].group != nil {
		t.Errorf("one undated event is grouped: %+v", l.undated)
	}
}
