package render

import (
	"bufio"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/events"
)

// checkBoxes fails when two boxes of a layout overlap or one leaves the
// canvas. The label of an event may lie over its own span bar.
func checkBoxes(t *testing.T, l *timelineLayout) {
	t.Helper()
	type owned struct {
		box
		owner int // items own their body and text; -1 for the rest
	}
	var bs []owned
	for _, b := range l.titleBoxes {
		bs = append(bs, owned{b, -1})
	}
	for i, it := range append(append([]item(nil), l.dated...), l.undated...) {
		bs = append(bs, owned{it.body, i}, owned{it.text, i})
	}
	for _, e := range l.legend {
		bs = append(bs, owned{e.box, -1})
	}
	for _, b := range l.bands {
		bs = append(bs, owned{b.nameBox, -1})
	}
	if len(bs) != len(l.boxes()) {
		t.Fatalf("checkBoxes sees %d boxes, the layout has %d", len(bs), len(l.boxes()))
	}
	for i, a := range bs {
		if a.x0 < 0 || a.y0 < 0 || a.x1 > l.width || a.y1 > l.height {
			t.Errorf("box %d %+v leaves the %gx%g canvas", i, a.box, l.width, l.height)
		}
		for j := i + 1; j < len(bs); j++ {
			if a.owner >= 0 && a.owner == bs[j].owner {
				continue
			}
			if a.overlaps(bs[j].box) {
				t.Errorf("boxes %d %+v and %d %+v overlap", i, a.box, j, bs[j].box)
			}
		}
	}
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func dayInterval(s string) interval { t := date(s); return interval{t, t.Add(day)} }

func TestSegments(t *testing.T) {
	tests := []struct {
		name  string
		spans []interval
		x1    float64  // the right end of the plot; 776 when 0
		want  []string // from..to of each segment, padded
	}{
		{
			name:  "one day",
			spans: []interval{dayInterval("2024-03-21")},
			want:  []string{"2024-03-20..2024-03-23"},
		},
		{
			name:  "seed: October 7, then a week in March",
			spans: []interval{dayInterval("2023-10-07"), dayInterval("2024-03-20"), dayInterval("2024-03-21"), dayInterval("2024-03-22")},
			want:  []string{"2023-10-06..2023-10-09", "2024-03-19..2024-03-24"},
		},
		{
			name:  "spread evenly over a month: no break",
			spans: []interval{dayInterval("2024-03-01"), dayInterval("2024-03-08"), dayInterval("2024-03-15"), dayInterval("2024-03-22"), dayInterval("2024-03-29")},
			want:  []string{"2024-02-27T14..2024-04-01T10"},
		},
		{
			name:  "a month date overlapping a day is one cluster",
			spans: []interval{{date("2023-10-01"), date("2023-11-01")}, dayInterval("2023-10-07")},
			want:  []string{"2023-09-28T10..2023-11-03T14"},
		},
		{
			name: "three clusters across decades",
			spans: []interval{dayInterval("1990-08-02"), dayInterval("2001-09-11"), dayInterval("2024-03-20"),
				dayInterval("2024-03-21")},
			want: []string{"1990-08-01..1990-08-04", "2001-09-10..2001-09-13", "2024-03-19..2024-03-23"},
		},
		{
			name: "four clusters over 75 years: the 8 years from 1990 to 1998 are broken too",
			spans: []interval{dayInterval("1949-06-01"), dayInterval("1950-02-01"), dayInterval("1990-08-02"),
				dayInterval("1998-08-07"), dayInterval("2024-03-21")},
			want: []string{"1949-05-11T12..1950-02-22T12", "1990-08-01..1990-08-04", "1998-08-06..1998-08-09", "2024-03-20..2024-03-23"},
		},
		{
			name: "a plot too narrow for two segments is not broken",
			spans: []interval{dayInterval("2023-10-07"), dayInterval("2024-03-20"), dayInterval("2024-03-21"),
				dayInterval("2024-03-22")},
			x1:   24 + 2*minSegment + breakWidth - 1,
			want: []string{"2023-09-23..2024-04-06"},
		},
		{
			name: "four clusters in room for three segments: the shortest gap stays",
			spans: []interval{dayInterval("1949-06-01"), dayInterval("1950-02-01"), dayInterval("1990-08-02"),
				dayInterval("1998-08-07"), dayInterval("2024-03-21")},
			x1:   24 + 3*minSegment + 2*breakWidth,
			want: []string{"1949-05-11T12..1950-02-22T12", "1989-12-01..1999-04-09", "2024-03-20..2024-03-23"},
		},
		{
			// Events mentioned across decades, none far from the next, and a
			// dense month: the month gets a segment of its own.
			name: "a dense core among spread-out dates",
			spans: []interval{dayInterval("1960-05-01"), dayInterval("1966-03-01"), dayInterval("1971-07-01"), dayInterval("1977-01-01"),
				dayInterval("1983-09-01"), dayInterval("1989-02-01"), dayInterval("1994-06-01"), dayInterval("2000-10-01"),
				dayInterval("2006-01-01"), dayInterval("2011-04-01"), dayInterval("2016-08-01"),
				dayInterval("2020-03-02"), dayInterval("2020-03-05"), dayInterval("2020-03-09"), dayInterval("2020-03-12"),
				dayInterval("2020-03-16"), dayInterval("2020-03-19"), dayInterval("2020-03-23"), dayInterval("2020-03-26"),
				dayInterval("2020-03-30"), dayInterval("2020-04-02"), dayInterval("2020-04-06"), dayInterval("2020-04-09"),
				dayInterval("2020-04-13"), dayInterval("2020-04-16"), dayInterval("2020-04-20"), dayInterval("2020-04-23"),
				dayInterval("2020-04-27"), dayInterval("2020-04-30")},
			want: []string{"1955-08-23T18..2017-10-12", "2020-02-26..2020-05-06"},
		},
		{
			name:  "gap of ten days is not broken",
			spans: []interval{dayInterval("2024-03-01"), dayInterval("2024-03-11")},
			want:  []string{"2024-02-29..2024-03-13"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x1 := tt.x1
			if x1 == 0 {
				x1 = 776
			}
			segs := segments(tt.spans, 24, x1)
			var got []string
			prev := 0.0
			for i, s := range segs {
				f := func(t time.Time) string {
					if t.Hour() != 0 {
						return t.Format("2006-01-02T15")
					}
					return t.Format("2006-01-02")
				}
				got = append(got, f(s.from)+".."+f(s.to))
				if s.x1-s.x0 < minSegment-0.01 && len(segs) > 1 {
					t.Errorf("segment %d is %.1f px wide", i, s.x1-s.x0)
				}
				if i > 0 && s.x0 < prev+breakWidth-0.01 {
					t.Errorf("segment %d starts at %.1f, before the break after %.1f", i, s.x0, prev)
				}
				prev = s.x1
			}
			if last := segs[len(segs)-1].x1; last > x1+0.01 || segs[0].x0 != 24 {
				t.Errorf("segments span %.1f..%.1f, want 24..%.1f", segs[0].x0, last, x1)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTicks(t *testing.T) {
	seg := func(from, to, first string, x0, x1 float64) segment {
		return segment{from: date(from), to: date(to), first: date(first), x0: x0, x1: x1}
	}
	tests := []struct {
		name string
		seg  segment
		want string // labels, with the context line in brackets
	}{
		{"five days wide: every day", seg("2024-03-19", "2024-03-24", "2024-03-20", 100, 700),
			"19 Mar [2024], 20 Mar, 21 Mar, 22 Mar, 23 Mar"},
		{"lone day: the day itself, neighbours too close", seg("2023-10-06", "2023-10-09", "2023-10-07", 24, 150),
			"7 Oct [2023]"},
		{"lone day in a very narrow segment", seg("2023-10-06", "2023-10-09", "2023-10-07", 24, 90),
			"7 Oct [2023]"},
		{"a month on 300 px: weekly, Mondays", seg("2024-03-01", "2024-04-01", "2024-03-05", 0, 300),
			"4 Mar [2024], 11 Mar, 18 Mar, 25 Mar"},
		{"half a year: months with the year on change, edge ticks dropped", seg("2023-10-01", "2024-04-01", "2023-10-07", 0, 700),
			"Nov [2023], Dec, Jan [2024], Feb, Mar"},
		{"two decades: years", seg("2004-01-01", "2024-06-01", "2004-01-01", 0, 700),
			"2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024"},
		{"two thousand years: centuries, without trying every day", seg("0011-01-01", "2024-06-01", "0011-01-01", 0, 700),
			"0200, 0400, 0600, 0800, 1000, 1200, 1400, 1600, 1800"},
		{"a year across a new year on a narrow axis", seg("2023-06-01", "2024-06-01", "2023-06-01", 0, 250),
			"Jul [2023], Oct, Jan [2024], Apr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := ticks(tt.seg, tt.seg.x0-4, tt.seg.x1+4)
			var got []string
			for _, tk := range ts {
				s := tk.Label
				if tk.Context != "" {
					s += " [" + tk.Context + "]"
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, strings.Join(got, ", ")); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			if !ticksFit(ts, tt.seg.x0-4, tt.seg.x1+4) {
				t.Error("chosen ticks overlap")
			}
		})
	}
}

func TestEventLabel(t *testing.T) {
	actors := map[string]events.Actor{
		"ab": {ID: "ab", Name: "Antony Blinken", Kind: events.Person},
		"es": {ID: "es", Name: "Abdel Fattah el-Sissi", Kind: events.Person},
		"eg": {ID: "eg", Name: "Egypt", Kind: events.Country},
		"qa": {ID: "qa", Name: "Qatar", Kind: events.Country},
		"us": {ID: "us", Name: "United States", Kind: events.Country},
		"ha": {ID: "ha", Name: "Hamas", Kind: events.Organization},
		"is": {ID: "is", Name: "Israel", Kind: events.Country},
		"em": {ID: "em", Name: "Egyptian mediators", Kind: events.Group},
		"hg": {ID: "hg", Name: "Hamas", Kind: events.Group},
		"ki": {ID: "ki", Name: "Kim Jong Un", Kind: events.Person},
		"mo": {ID: "mo", Name: "Moon Jae-in", Kind: events.Person},
	}
	tests := []struct {
		e    events.Event
		want string
	}{
		{events.Event{Type: events.Meeting, Actors: []string{"ab", "es"}, Place: "Cairo"}, "Blinken meets el-Sissi, Cairo"},
		{events.Event{Type: events.Visit, Actors: []string{"ab"}, Place: "Cairo"}, "Blinken visits Cairo"},
		{events.Event{Type: events.Visit, Actors: []string{"ab", "is"}, Status: events.Planned}, "Blinken visits Israel (planned)"},
		{events.Event{Type: events.Visit, Actors: []string{"ab"}}, "Blinken travels"},
		{events.Event{Type: events.Statement, Actors: []string{"ab"}}, "Blinken says"},
		{events.Event{Type: events.Visit, Actors: []string{"em"}, Place: "Tel Aviv"}, "Egyptian mediators visit Tel Aviv"},
		{events.Event{Type: events.Meeting, Actors: []string{"em", "ha"}}, "Egyptian mediators meet Hamas"},
		{events.Event{Type: events.Statement, Actors: []string{"em"}}, "Egyptian mediators say"},
		{events.Event{Type: events.Rejection, Actors: []string{"hg"}}, "Hamas rejects"},
		{events.Event{Type: events.Meeting, Actors: []string{"ki", "mo"}, Place: "Panmunjom"}, "Kim meets Moon, Panmunjom"},
		{events.Event{Type: events.Mediation, Actors: []string{"us", "eg", "qa"}, Status: events.Ongoing}, "United States, Egypt and Qatar mediate (ongoing)"},
		{events.Event{Type: events.Rejection, Actors: []string{"is", "ha"}}, "Israel rejects Hamas"},
		{events.Event{Type: events.Demand, Actors: []string{"ha", "is"}}, "Hamas demands of Israel"},
		{events.Event{Type: events.Proposal, Actors: []string{"us"}, Status: events.Hypothetical}, "United States proposes (hypothetical)"},
		{events.Event{Type: events.Agreement, Actors: []string{"is", "ha", "us", "eg", "qa"}}, "Israel agrees with Hamas, United States and 2 others"},
		{events.Event{Type: events.Attack, Actors: []string{"ha"}}, "Hamas attacks"},
		{events.Event{Type: events.Call, Actors: []string{"ab", "unknown-id"}}, "Blinken calls unknown-id"},
		{events.Event{Type: events.Aid}, "Aid"},
		{events.Event{Type: "parade", Actors: []string{"eg"}}, "Egypt parade"},
	}
	for _, tt := range tests {
		if got := eventLabel(tt.e, actors); got != tt.want {
			t.Errorf("eventLabel(%v) = %q, want %q", tt.e, got, tt.want)
		}
	}
}

// stackDoc makes a document of n events on the given dates, in turn, with
// actors of long names.
func stackDoc(n int, dates []string, name string) events.Document {
	doc := events.Document{Actors: []events.Actor{
		{ID: "a", Name: name, Kind: events.Person},
		{ID: "b", Name: name + " Junior", Kind: events.Country},
	}}
	for i := 0; i < n; i++ {
		doc.Events = append(doc.Events, events.Event{ID: fmt.Sprint("e", i), Type: events.Types[i%len(events.Types)],
			Date: events.Date(dates[i%len(dates)]), Status: []events.Status{events.Occurred, events.Planned, events.Ongoing}[i%3],
			Actors: []string{"a", "b"}, Place: "Sharm el-Sheikh"})
	}
	return doc
}

func TestLabelStacking(t *testing.T) {
	tests := []struct {
		name  string
		doc   events.Document
		width int
		lanes int // the most lanes the layout may use; 0: no limit
	}{
		{"seed", loadSeed(t), 800, 6},
		{"seed at 320 px", loadSeed(t), 320, 0},
		{"ten events on one day, long labels on two rows", stackDoc(10, []string{"2024-03-21"}, "Mohammed bin Salman"), 800, 20},
		{"events near both edges", stackDoc(8, []string{"2024-01-01", "2024-12-31", "2024-01-02", "2024-12-30"}, "Wwwwwwwww Wwwwwwwwww"), 800, 0},
		{"very long names", stackDoc(6, []string{"2024-03-20", "2024-03-21"}, strings.Repeat("Abdel Fattah ", 20)), 800, 0},
		{"months and weeks", stackDoc(6, []string{"2023-10", "2024-W11", "2024", "2024-03-21"}, "Blinken"), 800, 0},
		{"many undated", stackDoc(30, []string{"", "2024-03-21"}, "Antony Blinken"), 640, 0},
		{"unicode", stackDoc(5, []string{"2024-03-21", "2020-02-02"}, "عبد الفتاح السيسي 習近平 Ægir 😀"), 500, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := layoutTimeline(tt.doc, TimelineOptions{Width: tt.width})
			checkBoxes(t, l)
			lanes := 0
			for _, it := range l.dated {
				lanes = max(lanes, it.lane+len(it.lines))
			}
			if tt.lanes > 0 && lanes > tt.lanes {
				t.Errorf("used %d lanes, want at most %d", lanes, tt.lanes)
			}
			if got := len(l.dated) + len(l.undated); got != len(tt.doc.Events) {
				t.Errorf("drew %d events, want %d", got, len(tt.doc.Events))
			}
		})
	}
}

func TestTextWidth(t *testing.T) {
	tests := []struct {
		s    string
		want float64 // at 10 px
	}{
		{"", 0},
		{"i", 2.78},
		{"Mm", 18.38},
		{"é", 8.6},
	}
	for _, tt := range tests {
		if got := textWidth(tt.s, 10, false); fmt.Sprintf("%.2f", got) != fmt.Sprintf("%.2f", tt.want) {
			t.Errorf("textWidth(%q) = %.2f, want %.2f", tt.s, got, tt.want)
		}
	}
	if got := truncate("Antony Blinken meets everyone", 11, false, 80); textWidth(got, 11, false) > 80 || !strings.HasSuffix(got, "…") {
		t.Errorf("truncate gave %q (%.1f px)", got, textWidth(got, 11, false))
	}
	for _, line := range wrap("A title that is long enough to wrap onto more lines", 16, true, 150) {
		if textWidth(line, 16, true) > 150 {
			t.Errorf("wrapped line %q is too wide", line)
		}
	}
}

// TestSpanLabel: the label of an event dated by a week that fills most of
// the axis goes over its bar, whole, rather than truncated beside it.
func TestSpanLabel(t *testing.T) {
	doc := events.Document{
		Document: events.Meta{ID: "week", Published: "1990-08-16"},
		Actors: []events.Actor{
			{ID: "hussein", Name: "Hussein bin Talal", Kind: events.Person},
			{ID: "saddam", Name: "Saddam Hussein", Kind: events.Person},
		},
		Events: []events.Event{
			{ID: "w", Type: events.Meeting, Date: "1990-W33", Actors: []string{"hussein", "saddam"}, Status: events.Occurred},
			{ID: "d", Type: events.Statement, Date: "1990-08-16", Actors: []string{"saddam"}, Status: events.Occurred},
		},
	}
	for _, width := range []int{800, 500} {
		l := layoutTimeline(doc, TimelineOptions{Width: width})
		checkBoxes(t, l)
		for _, it := range l.dated {
			if it.ev.ID != "w" {
				continue
			}
			if it.span1 <= it.span0 {
				t.Fatalf("width %d: the week has no span bar", width)
			}
			if want := eventLabel(it.ev, map[string]events.Actor{"hussein": doc.Actors[0], "saddam": doc.Actors[1]}); it.label != want {
				t.Errorf("width %d: label %q, want %q", width, it.label, want)
			}
			if it.anchor != "start" || it.text.x0 <= it.x+markerR {
				t.Errorf("width %d: label at %.1f (%s), want right of the marker at %.1f", width, it.text.x0, it.anchor, it.x)
			}
		}
	}
}

// TestLabelOverBar: a label with no room beside its week bar lies over the
// bar on a white ground, so that the bar does not strike through it.
func TestLabelOverBar(t *testing.T) {
	doc := events.Document{
		Document: events.Meta{ID: "talks", Published: "1998-05-01"},
		Actors:   []events.Actor{{ID: "n", Name: "Benjamin Netanyahu", Kind: events.Person}, {ID: "a", Name: "Madeleine Albright", Kind: events.Person}},
		Events: []events.Event{
			{ID: "e1", Type: events.Meeting, Date: "1998-05-04", Status: events.Planned, Actors: []string{"n", "a"}},
			{ID: "e2", Type: events.Meeting, Date: "1998-W19", Status: events.Planned, Actors: []string{"n"}, Place: "London"},
		},
	}
	for _, tt := range []struct {
		width int
		over  bool
	}{{1000, true}, {3000, false}} {
		l := layoutTimeline(doc, TimelineOptions{Width: tt.width})
		over := 0
		for _, it := range l.dated {
			if it.span1 > it.span0 && it.text.x0 < it.span1 && it.text.x1 > it.span0 {
				over++
			}
		}
		var b strings.Builder
		bw := bufio.NewWriter(&b)
		writeTimeline(bw, l)
		bw.Flush()
		grounds := strings.Count(b.String(), `fill="#FFFFFF" fill-opacity="0.9"`)
		if (over > 0) != tt.over || grounds != over {
			t.Errorf("width %d: %d labels over their bar, %d white grounds; want over %v and one ground each", tt.width, over, grounds, tt.over)
		}
	}
}

// TestMergedSubtitle: the timeline of several articles gives the date of
// the latest as such, not as the date of the article.
func TestMergedSubtitle(t *testing.T) {
	a := events.Document{Document: events.Meta{ID: "a", Published: "1990-08-16"}, Events: []events.Event{{ID: "e", Type: events.Meeting, Date: "1990-08-16"}}}
	b := events.Document{Document: events.Meta{ID: "b", Published: "1998-08-18"}, Events: []events.Event{{ID: "e", Type: events.Visit, Date: "1998-08-18"}}}
	m := events.NewMerger(nil)
	m.Add(a)
	if got := layoutTimeline(m.Document(), TimelineOptions{}).subtitle; !strings.HasPrefix(got, "Article of 1990-08-16") {
		t.Errorf("one article: subtitle %q", got)
	}
	m.Add(b)
	if got := layoutTimeline(m.Document(), TimelineOptions{}).subtitle; !strings.HasPrefix(got, "Latest article of 1998-08-18") {
		t.Errorf("two articles: subtitle %q", got)
	}
}
