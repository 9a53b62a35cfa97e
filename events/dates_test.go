package events

import (
	"strings"
	"testing"
	"time"
)

// The reference date of the date tests: a Thursday.
const thursdayDCT = "2024-03-21"

// dateCase is a short article (without its header) and the event it must
// report: the event of type typ whose evidence contains ev (any event of
// that type when ev is empty).
type dateCase struct {
	name   string
	text   string
	typ    Type
	ev     string
	date   Date
	status Status
	gap    string // a known extraction gap: the case is skipped with this reason
}

func checkDateCase(t *testing.T, c dateCase) {
	t.Helper()
	if c.gap != "" {
		t.Skip("known gap: " + c.gap)
	}
	doc, err := Extract("dates.txt", "date: "+thursdayDCT+"\n\n"+c.text+"\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var found []Event
	for _, e := range doc.Events {
		if e.Type != c.typ {
			continue
		}
		if c.ev == "" || strings.Contains(strings.Join(e.Evidence, " "), c.ev) {
			found = append(found, e)
		}
	}
	if len(found) == 0 {
		t.Fatalf("no %s event in %q; events: %s", c.typ, c.text, eventSummary(doc.Events))
	}
	e := found[0]
	if e.Date != c.date || e.Status != c.status {
		t.Errorf("%q: %s event date %q (%q) status %s, want date %q status %s",
			c.text, c.typ, e.Date, e.DateText, e.Status, c.date, c.status)
	}
}

func eventSummary(evs []Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("\n\t" + string(e.Type) + " " + string(e.Date) + " " + string(e.Status) + " [" + strings.Join(e.Actors, " ") + "]")
	}
	return b.String()
}

// TestWeekdayDates resolves every weekday in past, present and future
// reports against a Thursday DCT (EVENT-MODEL.md section 3, "Resolving dates").
func TestWeekdayDates(t *testing.T) {
	days := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	// the latest such day on or before the DCT
	past := map[time.Weekday]Date{
		time.Monday: "2024-03-18", time.Tuesday: "2024-03-19", time.Wednesday: "2024-03-20",
		time.Thursday: "2024-03-21", time.Friday: "2024-03-15", time.Saturday: "2024-03-16", time.Sunday: "2024-03-17",
	}
	// the next such day after the DCT; the DCT's own weekday is the DCT
	// (news copy says "will speak Thursday" in a Thursday story about that
	// day; the convention of timex.ResolveWeekday)
	future := map[time.Weekday]Date{
		time.Monday: "2024-03-25", time.Tuesday: "2024-03-26", time.Wednesday: "2024-03-27",
		time.Thursday: "2024-03-21", time.Friday: "2024-03-22", time.Saturday: "2024-03-23", time.Sunday: "2024-03-24",
	}
	for _, wd := range days {
		d := wd.String()
		cases := []dateCase{
			{name: "past meeting", text: "Blinken met Egyptian President Abdel Fattah el-Sissi in Cairo on " + d + ".",
				typ: Meeting, date: past[wd], status: Occurred},
			{name: "past bare weekday", text: "Hamas rejected the ceasefire proposal " + d + ".",
				typ: Rejection, date: past[wd], status: Occurred},
			{name: "past statement", text: "Blinken told reporters in Cairo on " + d + " that Egypt backed the plan.",
				typ: Statement, date: past[wd], status: Occurred},
			{name: "later", text: "Later " + d + ", Blinken met Jordan's King Abdullah II in Amman.",
				typ: Meeting, date: past[wd], status: Occurred},
			{name: "night", text: "Blinken met el-Sissi " + d + " night.",
				typ: Meeting, date: past[wd], status: Occurred},
			{name: "future will", text: "Blinken will travel to Israel on " + d + ".",
				typ: Visit, date: future[wd], status: Planned},
			{name: "future expected to", text: "Blinken is expected to meet Israeli Prime Minister Benjamin Netanyahu on " + d + ".",
				typ: Meeting, date: future[wd], status: Planned},
			{name: "future heading", text: "Blinken is heading to Israel on " + d + ".",
				typ: Visit, date: future[wd], status: Planned},
			{name: "future with trailing said", text: "Blinken will travel to Israel on " + d + ", officials said.",
				typ: Visit, date: future[wd], status: Planned},
		}
		for _, c := range cases {
			t.Run(d+"/"+c.name, func(t *testing.T) { checkDateCase(t, c) })
		}
	}
}

// TestRelativeDates covers the other rules of EVENT-MODEL.md section 3.
func TestRelativeDates(t *testing.T) {
	cases := []dateCase{
		{name: "present same day", text: "Blinken meets el-Sissi in Cairo on Thursday.",
			typ: Meeting, date: "2024-03-21", status: Occurred},
		{name: "later Thursday", text: "Blinken arrived in Cairo on Thursday morning. He met el-Sissi later Thursday.",
			typ: Meeting, date: "2024-03-21", status: Occurred},
		{name: "one day after an event", text: "Blinken met el-Sissi in Cairo on Thursday. The meeting came one day after Blinken visited Saudi Arabia.",
			typ: Visit, ev: "Saudi Arabia", date: "2024-03-20", status: Occurred},
		{name: "one day after, capital as place", text: "Blinken met el-Sissi in Cairo on Thursday. The meeting came one day after Blinken visited Riyadh.",
			typ: Visit, ev: "Riyadh", date: "2024-03-20", status: Occurred},
		{name: "a day after, in the same sentence", text: "Blinken rejected the plan on Wednesday, a day after he held talks with Netanyahu.",
			typ: Meeting, date: "2024-03-19", status: Occurred},
		{name: "the event dated in the same sentence keeps its day", text: "Blinken rejected the plan on Wednesday, a day after he held talks with Netanyahu.",
			typ: Rejection, date: "2024-03-20", status: Occurred},
		{name: "a date between subject and verb", text: "Blinken on Wednesday urged Israel to hold its fire.",
			typ: Demand, date: "2024-03-20", status: Occurred},
		{name: "two days after", text: "Blinken met el-Sissi on Wednesday. The meeting came two days after Hamas released four hostages.",
			typ: Release, date: "2024-03-18", status: Occurred},
		{name: "a week after", text: "Blinken met el-Sissi on Wednesday. The talks came a week after Israel attacked Rafah.",
			typ: Attack, date: "2024-03-13", status: Occurred},
		{name: "one day before the event", text: "Blinken met el-Sissi on Wednesday. Qatar proposed a ceasefire plan one day before the meeting.",
			typ: Proposal, date: "2024-03-19", status: Occurred},
		{name: "a day earlier", text: "Blinken met el-Sissi on Wednesday. He visited Jordan a day earlier.",
			typ: Visit, date: "2024-03-19", status: Occurred},
		{name: "the next day", text: "Blinken met el-Sissi on Wednesday. He visited Jordan the next day.",
			typ: Visit, date: "2024-03-21", status: Occurred},
		{name: "yesterday", text: "Blinken met el-Sissi yesterday.",
			typ: Meeting, date: "2024-03-20", status: Occurred},
		{name: "today", text: "Blinken meets el-Sissi today.",
			typ: Meeting, date: "2024-03-21", status: Occurred},
		{name: "tomorrow", text: "Blinken will meet el-Sissi tomorrow.",
			typ: Meeting, date: "2024-03-22", status: Planned},
		{name: "month day noun in a past report", text: "Israel has fought Hamas since the Oct. 7 attack.",
			typ: Attack, date: "2023-10-07", status: Occurred},
		{name: "month day verb in a past report", text: "Hamas attacked Israel on Oct. 7.",
			typ: Attack, date: "2023-10-07", status: Occurred},
		{name: "month day after the DCT's day in a past report", text: "Blinken met el-Sissi on Dec. 12.",
			typ: Meeting, date: "2023-12-12", status: Occurred},
		{name: "month day in a future report", text: "Blinken will visit Egypt on April 2.",
			typ: Visit, date: "2024-04-02", status: Planned},
		{name: "month in a past report", text: "Hamas attacked Israel in October.",
			typ: Attack, date: "2023-10", status: Occurred},
		{name: "the DCT's month in a past report", text: "Israel and Hamas agreed to a truce in March.",
			typ: Agreement, date: "2024-03", status: Occurred},
		{name: "later month in a past report", text: "Hamas attacked Israel in April.",
			typ: Attack, date: "2023-04", status: Occurred},
		{name: "year", text: "Russia attacked Ukraine in 2022.",
			typ: Attack, date: "2022", status: Occurred},
		{name: "last week", text: "Israel attacked Rafah last week.",
			typ: Attack, date: "2024-W11", status: Occurred},
		{name: "next week", text: "Blinken will meet Netanyahu next week.",
			typ: Meeting, date: "2024-W13", status: Planned},
		{name: "duration", text: "Qatar has spent several weeks trying to broker a deal between Israel and Hamas.",
			typ: Mediation, date: "", status: Ongoing},
		{name: "full date", text: "Hamas released two hostages on March 8, 2024.",
			typ: Release, date: "2024-03-08", status: Occurred},
		{name: "no time", text: "Blinken visited Saudi Arabia.",
			typ: Visit, date: "", status: Occurred},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkDateCase(t, c) })
	}
}

// TestNoReferenceDate: without a DCT a weekday stays unresolved (date null,
// date_text keeps the words), and a full date still resolves.
func TestNoReferenceDate(t *testing.T) {
	// the full date stands below the first lines, where no dateline is read
	text := "Blinken met el-Sissi on Thursday.\n\nThe talks went on.\n\nThey ended.\n\nHamas released two hostages on March 8, 2024.\n"
	doc, err := Extract("nodct.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Document.Published != "" {
		t.Fatalf("published = %q, want none", doc.Document.Published)
	}
	got := map[Type]Event{}
	for _, e := range doc.Events {
		got[e.Type] = e
	}
	if e, ok := got[Meeting]; !ok || e.Date != "" || e.DateText != "Thursday" {
		t.Errorf("meeting = %+v, want an undated meeting with date_text Thursday", e)
	}
	if e, ok := got[Release]; !ok || e.Date != "2024-03-08" {
		t.Errorf("release = %+v, want date 2024-03-08", e)
	}
}
