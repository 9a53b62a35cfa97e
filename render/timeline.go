package render

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/events"
)

// TimelineOptions controls Timeline.
type TimelineOptions struct {
	// Title heads the picture; empty means the document's title, else its id.
	Title string
	// Width is the width of the picture in pixels; 0 means 800. Widths
	// below 320 are raised to 320.
	Width int
	// Lanes splits the dated events into swim lanes: "actor" gives one
	// lane to each principal actor (an event sits in the lane of each of
	// its participants), "type" one lane to each event type; "" or
	// "none" draws one band.
	Lanes string
	// Aggregate groups dated events of one type per "day", "week" or
	// "month" into one marker with their count; "" or "auto" does so
	// only when there are too many events to draw one by one, at the
	// finest of those steps that makes them few enough; "none" never.
	Aggregate string
}

// LaneModes lists the values TimelineOptions.Lanes accepts.
var LaneModes = []string{"none", "actor", "type"}

// AggregateModes lists the values TimelineOptions.Aggregate accepts.
var AggregateModes = []string{"auto", "none", "day", "week", "month"}

func (o TimelineOptions) check() error {
	if o.Lanes != "" && !slices.Contains(LaneModes, o.Lanes) {
		return fmt.Errorf("unknown lanes %q (want one of %s)", o.Lanes, strings.Join(LaneModes, ", "))
	}
	if o.Aggregate != "" && !slices.Contains(AggregateModes, o.Aggregate) {
		return fmt.Errorf("unknown aggregation %q (want one of %s)", o.Aggregate, strings.Join(AggregateModes, ", "))
	}
	return nil
}

// Geometry of the timeline, in pixels.
const (
	margin      = 16.0
	titleFont   = 16.0
	titleLine   = 20.0
	labelFont   = 11.0
	laneH       = 20.0 // height of a lane of dated events and of a row of undated ones
	markerR     = 5.0
	textPad     = 5.0  // between a marker and its label
	boxGap      = 10.0 // least horizontal space between two labels in a lane
	defaultW    = 800
	legendGap   = 18.0 // between legend entries and undated events in a row
	maxLabelFrc = 0.5  // a label is at most this fraction of the width
)

// band is a swim lane: the rows of one actor's or type's events.
type band struct {
	name    []string // the lane's name, wrapped into the gutter
	y0, y1  float64
	nameBox box
}

// box is a rectangle in picture coordinates.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// item is an event as drawn: a marker with a label.
type item struct {
	ev              events.Event
	group           []events.Event // the events an aggregate stands for; nil for one event
	label           string         // the whole label
	lines           []string       // the label as drawn: wrapped, at most maxLines
	x, y            float64        // marker centre
	span0, span1    float64        // span bar of a month, week or year date; span0 == span1 for days
	textX           float64
	anchor          string // "start" or "end"
	body, text      box    // the marker (and span bar), and the label
	lane            int
	hollow, ongoing bool
	dash            string
}

// legendEntry is one sample of the legend.
type legendEntry struct {
	kind  string // "type", "planned", "ongoing", "hypothetical", "span", "dct"
	typ   events.Type
	label string
	x, y  float64
	box   box
}

// timelineLayout is the computed geometry of a timeline.
type timelineLayout struct {
	width, height float64
	title         []string
	titleBoxes    []box
	subtitle      string
	subtitleY     float64
	desc          string

	segs           []segment
	ticks          [][]tick
	axisY          float64
	lanesBottom    float64
	dated          []item
	bands          []band  // swim lanes; none without lanes
	aggregated     string  // the step events were grouped by, or ""
	dct            float64 // x of the article date, or -1
	undatedHeading float64 // baseline of the "Undated" heading, or -1
	undated        []item
	legendY        float64 // y of the rule above the legend
	legend         []legendEntry
	empty          string // message shown when there are no events
}

// boxes returns every box of text or marker of the layout, for tests.
func (l *timelineLayout) boxes() []box {
	bs := append([]box(nil), l.titleBoxes...)
	for _, it := range l.dated {
		bs = append(bs, it.body, it.text)
	}
	for _, it := range l.undated {
		bs = append(bs, it.body, it.text)
	}
	for _, e := range l.legend {
		bs = append(bs, e.box)
	}
	for _, b := range l.bands {
		bs = append(bs, b.nameBox)
	}
	return bs
}

// Timeline writes an SVG timeline of the events of doc to w: dated events
// on a date axis (with a break across long empty stretches), undated
// events in a band below, a legend of the types used and a title.
func Timeline(w io.Writer, doc events.Document, opt TimelineOptions) error {
	if err := opt.check(); err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	l := layoutTimeline(doc, opt)
	bw := bufio.NewWriter(w)
	writeTimeline(bw, l)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write timeline: %w", err)
	}
	return nil
}

// actorName returns the short name of the actor with the given id, or the id.
func actorName(actors map[string]events.Actor, id string) string {
	if a, ok := actors[id]; ok {
		if s := clean(a.Short()); s != "" {
			return s
		}
	}
	return clean(id)
}

// list joins names as English does: "A", "A and B", "A, B and C", "A, B and 2 others".
func list(names []string) string {
	switch n := len(names); {
	case n == 0:
		return ""
	case n == 1:
		return names[0]
	case n <= 3:
		return strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	default:
		return fmt.Sprintf("%s, %s and %d others", names[0], names[1], n-2)
	}
}

// labelVerbs words a label per event type: the verb with an object ("Blinken
// meets el-Sissi"), the phrase without one ("Hamas rejects"), and what joins
// the verb to its object.
var labelVerbs = map[events.Type]struct{ verb, alone, sep string }{
	events.Meeting:   {"meets", "holds talks", " "},
	events.Call:      {"calls", "makes a call", " "},
	events.Statement: {"tells", "says", " "},
	events.Proposal:  {"proposes", "proposes", " to "},
	events.Demand:    {"demands", "demands", " of "},
	events.Rejection: {"rejects", "rejects", " "},
	events.Agreement: {"agrees", "agrees", " with "},
	events.Attack:    {"attacks", "attacks", " "},
	events.Aid:       {"aids", "sends aid", " "},
	events.Release:   {"releases", "releases captives", " "},
	events.Sanction:  {"sanctions", "imposes sanctions", " "},
	events.Threat:    {"threatens", "threatens", " "},
}

// eventLabel returns the short label of an event: who, what, where, in the
// present tense ("Blinken meets el-Sissi, Cairo").
func eventLabel(e events.Event, actors map[string]events.Actor) string {
	var names []string
	for _, id := range e.Actors {
		names = append(names, actorName(actors, id))
	}
	subj, objs := "", []string(nil)
	if len(names) > 0 {
		subj, objs = names[0], names[1:]
	}
	place := clean(e.Place)
	// a group named by a plural noun takes the plural verb: "Egyptian
	// mediators visit Tel Aviv" (not "Hamas", a name)
	plural := false
	if len(e.Actors) > 0 {
		a, ok := actors[e.Actors[0]]
		last := subj[strings.LastIndexByte(subj, ' ')+1:]
		plural = ok && a.Kind == events.Group && last != "" && 'a' <= last[0] && last[0] <= 'z' &&
			strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
	}
	v := func(verb string) string {
		if !plural {
			return verb
		}
		first, rest, _ := strings.Cut(verb, " ")
		first = strings.TrimSuffix(first, "s")
		if rest != "" {
			return first + " " + rest
		}
		return first
	}
	with := func(verb, alone, prep string) string {
		if len(objs) == 0 {
			return subj + " " + v(alone)
		}
		return subj + " " + v(verb) + prep + list(objs)
	}
	var s string
	switch e.Type {
	case events.Visit:
		switch {
		case place != "":
			s = subj + " " + v("visits") + " " + place
			place = ""
		case len(objs) > 0:
			s = subj + " " + v("visits") + " " + list(objs)
		default:
			s = subj + " " + v("travels")
		}
	case events.Mediation:
		if len(names) > 1 {
			s = list(names) + " mediate"
		} else {
			s = subj + " " + v("mediates")
		}
	default:
		if v, ok := labelVerbs[e.Type]; ok {
			s = with(v.verb, v.alone, v.sep)
		} else {
			s = with(clean(string(e.Type))+" with", clean(string(e.Type)), " ")
		}
	}
	s = strings.TrimSpace(s)
	if subj == "" {
		// No actor known: name the event by its type.
		s = strings.TrimSpace(strings.ToUpper(string(e.Type[:min(1, len(e.Type))])) + clean(string(e.Type[min(1, len(e.Type)):])))
		if s == "" {
			s = "Event"
		}
	}
	if place != "" {
		s += ", " + place
	}
	switch e.Status {
	case events.Planned:
		s += " (planned)"
	case events.Ongoing:
		s += " (ongoing)"
	case events.Hypothetical:
		s += " (hypothetical)"
	}
	return s
}

// hoverText is the <title> of an event: its date, type and status, then
// its evidence.
func hoverText(e events.Event) string {
	head := string(e.Date)
	if head == "" {
		head = "undated"
	}
	if e.DateText != "" {
		head += " (" + e.DateText + ")"
	}
	head += ": " + string(e.Type)
	if e.Status != "" {
		head += ", " + string(e.Status)
	}
	parts := []string{clean(head)}
	for _, s := range e.Evidence {
		parts = append(parts, clean(s))
	}
	return strings.Join(parts, "\n")
}

// MinTimelineWidth is the narrowest timeline, in pixels: Timeline widens a
// narrower TimelineOptions.Width to it.
const MinTimelineWidth = 320

func layoutTimeline(doc events.Document, opt TimelineOptions) *timelineLayout {
	W := opt.Width
	if W == 0 {
		W = defaultW
	}
	if W < MinTimelineWidth {
		W = MinTimelineWidth
	}
	l := &timelineLayout{width: float64(W), dct: -1, undatedHeading: -1}
	right := l.width - margin
	actors := map[string]events.Actor{}
	for _, a := range doc.Actors {
		actors[a.ID] = a
	}

	// Title and subtitle.
	title := clean(opt.Title)
	if title == "" {
		title = clean(doc.Document.Title)
	}
	if title == "" && doc.Document.ID != "" {
		title = "Timeline of " + clean(doc.Document.ID)
	}
	if title == "" {
		title = "Timeline"
	}
	y := margin
	l.title = wrap(title, titleFont, true, right-margin)
	for _, line := range l.title {
		l.titleBoxes = append(l.titleBoxes, box{margin, y, margin + textWidth(line, titleFont, true), y + titleLine})
		y += titleLine
	}
	var dated, undated []events.Event
	for _, e := range doc.Events {
		if _, _, ok := e.Date.Span(); ok {
			dated = append(dated, e)
		} else {
			undated = append(undated, e)
		}
	}
	var sub []string
	if doc.Document.Published != "" {
		sub = append(sub, articleOf(doc)+clean(string(doc.Document.Published)))
	}
	sub = append(sub, fmt.Sprintf("%s: %d dated, %d undated", plural(len(doc.Events), "event"), len(dated), len(undated)))
	unit := aggregationUnit(dated, opt.Aggregate)
	l.aggregated = unit
	if unit != "" {
		sub = append(sub, "dated events grouped by "+unit)
	}
	// Undated events group by type where dated ones group, or when
	// there are too many of them to list.
	groupUndated := unit != "" && opt.Aggregate != "auto" && opt.Aggregate != "" ||
		(opt.Aggregate == "" || opt.Aggregate == "auto") && len(undated) > denseEvents
	if groupUndated {
		sub = append(sub, "undated events grouped by type")
	}
	l.subtitle = truncate(strings.Join(sub, " · "), labelFont, false, right-margin)
	l.subtitleY = y + 12
	l.titleBoxes = append(l.titleBoxes, box{margin, y, margin + textWidth(l.subtitle, labelFont, false), y + 16})
	y += 18
	l.desc = fmt.Sprintf("Timeline of %s (%d dated, %d undated) from %s", plural(len(doc.Events), "event"), len(dated), len(undated), title)
	if doc.Document.Published != "" {
		l.desc += ", an article of " + clean(string(doc.Document.Published))
	}
	l.desc += "."

	maxLabel := l.width * maxLabelFrc
	if len(doc.Events) == 0 {
		l.empty = "No events."
		l.legendY = y + 30
		l.height = l.legendY + margin
		return l
	}

	// Dated events on the axis.
	if len(dated) > 0 {
		y += 8
		lanes := laneGroups(dated, actors, opt.Lanes)
		var spans []interval
		for i := range lanes {
			lanes[i].entries = aggregate(lanes[i].events, unit)
			for _, en := range lanes[i].entries {
				s, t, _ := en.ev.Date.Span()
				spans = append(spans, interval{s, t})
			}
		}
		// Ongoing events run on to the article date: the axis reaches it.
		if s0, s1, ok := doc.Document.Published.Span(); ok && len(doc.Document.Published) == 10 &&
			slices.ContainsFunc(dated, func(e events.Event) bool { return e.Status == events.Ongoing }) {
			spans = append(spans, interval{s0, s1})
		}
		gutter := 0.0
		if opt.Lanes == "actor" || opt.Lanes == "type" {
			for _, ln := range lanes {
				gutter = max(gutter, textWidth(ln.name, labelFont, true))
			}
			gutter = min(gutter, maxGutter) + 12
		}
		plotLeft := margin + gutter
		l.segs = segments(spans, plotLeft+8, right-8)
		for _, s := range l.segs {
			l.ticks = append(l.ticks, ticks(s, plotLeft, right))
		}
		l.axisY = y + 30
		if pub, ok := doc.Document.Published.Mid(); ok && len(doc.Document.Published) == 10 {
			for _, s := range l.segs {
				if s.contains(pub) {
					l.dct = s.x(pub)
				}
			}
		}
		top := l.axisY + 16
		for i, ln := range lanes {
			its, rows := packLanes(ln.entries, actors, l.segs, l.dct, top, plotLeft, right, maxLabel)
			l.dated = append(l.dated, its...)
			bottom := top + float64(rows-1)*laneH + laneH/2 + 4
			if gutter > 0 {
				bd := band{y0: top - laneH/2 - 4}
				bd.name = fitLines(ln.name, labelFont, true, gutter-12, maxLines)
				// The band is tall enough for its name.
				bottom = max(bottom, bd.y0+float64(len(bd.name))*lineH+8)
				bd.y1 = bottom
				w := 0.0
				for _, line := range bd.name {
					w = max(w, textWidth(line, labelFont, true))
				}
				bd.nameBox = box{margin, bd.y0 + 2, margin + w, bd.y0 + 2 + float64(len(bd.name))*lineH + 3}
				l.bands = append(l.bands, bd)
				if i < len(lanes)-1 {
					bottom += 6
				}
			}
			l.lanesBottom = bottom
			top = bottom + laneH/2 + 6
		}
		y = l.lanesBottom + 10
	}

	// Undated events in rows below.
	if len(undated) > 0 {
		y += 6
		l.undatedHeading = y + 12
		l.titleBoxes = append(l.titleBoxes, box{margin, y, margin + textWidth("Undated events", labelFont, true), y + 16})
		y += 20
		var its []item
		ens := entries(undated)
		if groupUndated {
			ens = aggregate(undated, "day") // undated dates stay empty: a group per type
		}
		for _, en := range ens {
			its = append(its, newItem(en, actors, maxLabel))
		}
		y = flow(its, margin, right, y, func(i int, x, cy float64) {
			it := &its[i]
			it.x, it.y = x+ringR(*it), cy
			it.span0, it.span1 = it.x, it.x
			it.anchor = "start"
			it.textX = it.x + ringR(*it) + textPad
			it.body = box{it.x - ringR(*it), cy - 8, it.x + ringR(*it), cy + 8}
			it.text = box{it.textX, cy - 8, it.textX + linesWidth(it.lines), cy + 8 + float64(len(it.lines)-1)*lineH}
		}, func(i int) (float64, int) {
			return 2*ringR(its[i]) + textPad + linesWidth(its[i].lines), len(its[i].lines)
		})
		l.undated = its
		y += 6
	}

	// Legend.
	l.legendY = y + 4
	y += 12
	used := map[events.Type]bool{}
	status := map[string]bool{}
	for _, e := range doc.Events {
		used[e.Type] = true
		switch e.Status {
		case events.Planned, events.Ongoing, events.Hypothetical:
			status[string(e.Status)] = true
		}
	}
	for _, it := range l.dated {
		if it.span1 > it.span0 {
			status["span"] = true
		}
	}
	var legend []legendEntry
	for _, t := range events.Types {
		if used[t] {
			legend = append(legend, legendEntry{kind: "type", typ: t, label: string(t)})
		}
	}
	var other []string
	for t := range used {
		if !t.Valid() {
			other = append(other, string(t))
		}
	}
	sort.Strings(other)
	for _, t := range other {
		legend = append(legend, legendEntry{kind: "type", typ: events.Type(t), label: truncate(clean(t), labelFont, false, 120)})
	}
	for _, s := range []string{"planned", "ongoing", "hypothetical", "span"} {
		if status[s] {
			label := s
			if s == "span" {
				label = "month or week"
			}
			legend = append(legend, legendEntry{kind: s, label: label})
		}
	}
	if l.dct >= 0 {
		legend = append(legend, legendEntry{kind: "dct", label: "article date"})
	}
	y = flow(legend, margin, right, y, func(i int, x, cy float64) {
		e := &legend[i]
		e.x, e.y = x, cy
		e.box = box{x, cy - 8, x + legendWidth(*e), cy + 8}
	}, func(i int) (float64, int) { return legendWidth(legend[i]), 1 })
	l.legend = legend
	l.height = y + margin
	return l
}

func plural(n int, s string) string {
	if n == 1 {
		return "1 " + s
	}
	return fmt.Sprintf("%d %ss", n, s)
}

// legendWidth is the width of a legend entry: a sample, a gap and the label.
func legendWidth(e legendEntry) float64 {
	sample := 2*markerR + 4
	if e.kind == "span" || e.kind == "dct" {
		sample = 18
	}
	return sample + textPad + textWidth(e.label, labelFont, false)
}

// flow lays out n entries of the given widths and heights (in rows of
// laneH) from left to right, starting a new row when one does not fit;
// place receives each entry's left edge and the centre of its first row.
// It returns the y below the last row.
func flow[T any](entries []T, left, right, y float64, place func(i int, x, cy float64), size func(i int) (float64, int)) float64 {
	if len(entries) == 0 {
		return y
	}
	x, rows := left, 1
	for i := range entries {
		w, h := size(i)
		if x > left && x+w > right {
			x = left
			y += float64(rows) * laneH
			rows = 1
		}
		place(i, x, y+laneH/2)
		rows = max(rows, h)
		x += w + legendGap
	}
	return y + float64(rows)*laneH
}

// Label wrapping: a label wider than half the picture wraps into at most
// maxLines lines of lineH pixels.
const (
	maxLines  = 2
	lineH     = 13.0
	maxGutter = 140.0 // the widest lane name column
)

// fitLines wraps s into lines at most max pixels wide; when that takes
// more than n lines, the last one ends with an ellipsis.
func fitLines(s string, size float64, bold bool, max float64, n int) []string {
	lines := wrap(s, size, bold, max)
	if len(lines) > n {
		rest := strings.Join(lines[n-1:], " ")
		lines = append(lines[:n-1], truncate(rest+" …", size, bold, max))
	}
	return lines
}

// linesWidth is the width of the widest line.
func linesWidth(lines []string) float64 {
	w := 0.0
	for _, l := range lines {
		w = max(w, textWidth(l, labelFont, false))
	}
	return w
}

// entry is an event to draw: one event, or an aggregate of the events
// in group, whose ev carries their type and the period as its date.
type entry struct {
	ev    events.Event
	group []events.Event
}

func entries(evs []events.Event) []entry {
	es := make([]entry, len(evs))
	for i, e := range evs {
		es[i] = entry{ev: e}
	}
	return es
}

// newItem makes the item of an entry with its label wrapped at most maxW wide.
func newItem(en entry, actors map[string]events.Actor, maxW float64) item {
	e := en.ev
	it := item{ev: e, group: en.group, label: eventLabel(e, actors)}
	if en.group != nil {
		it.label = groupLabel(en.group, actors)
	}
	it.lines = fitLines(it.label, labelFont, false, maxW, maxLines)
	switch e.Status {
	case events.Planned:
		it.hollow, it.dash = true, "2.5 1.5"
	case events.Hypothetical:
		it.hollow, it.dash = true, "1 1.5"
	case events.Ongoing:
		it.ongoing = true
	}
	return it
}

// ringR is the radius of the space an item's marker takes: the marker,
// or the ring around the marker of an ongoing event.
func ringR(it item) float64 {
	if it.ongoing {
		return markerR + 4.5
	}
	return markerR + 2
}

// packLanes places the dated events in rows below the axis: each at the
// x of its date, its label to the right of the marker (to the left when
// that would leave the canvas; over the span bar of a long date when
// neither side has room; else wrapped narrower on the roomier side), in
// the first row from the top where it overlaps nothing. A label of two
// lines takes two rows. An ongoing event's bar runs on to dct, the x of
// the article date (-1 for none), when that lies in its segment. Row centres start at top; it returns the items
// and the number of rows used.
func packLanes(dated []entry, actors map[string]events.Actor, segs []segment, dct, top, left, right, maxLabel float64) ([]item, int) {
	its := make([]item, len(dated))
	for i, en := range dated {
		e := en.ev
		it := newItem(en, actors, maxLabel)
		mid, _ := e.Date.Mid()
		s0, s1, _ := e.Date.Span()
		seg := segs[0]
		for _, s := range segs {
			if s.contains(mid) {
				seg = s
			}
		}
		it.x = seg.x(mid)
		it.span0, it.span1 = it.x, it.x
		if s1.Sub(s0) > day {
			it.span0, it.span1 = max(seg.x(s0), seg.x0), min(seg.x(s1), seg.x1)
		}
		if it.ongoing && dct > it.span1 && dct <= seg.x1 {
			// Still going on when the article was written: a bar from
			// its date to the article's.
			it.span0, it.span1 = min(it.span0, seg.x(s0)), dct
		}
		its[i] = it
	}
	order := make([]int, len(its))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return its[order[a]].x < its[order[b]].x })
	var rows [][]box
	for _, i := range order {
		it := &its[i]
		r := ringR(*it)
		b0, b1 := min(it.x-r, it.span0), max(it.x+r, it.span1)
		w := linesWidth(it.lines)
		startX := max(it.x+r, it.span1) + textPad - 1
		endX := min(it.x-r, it.span0) - textPad + 1
		// Over a span bar, right of its marker, comes before wrapping
		// narrower: the label's halo keeps it readable over the bar.
		overX := it.x + r + textPad - 1
		switch {
		case startX+w <= right:
			it.anchor, it.textX = "start", startX
		case endX-w >= left:
			it.anchor, it.textX = "end", endX
		case it.span1 > it.span0 && overX+w <= right:
			it.anchor, it.textX = "start", overX
		case right-startX >= endX-left:
			it.anchor, it.textX = "start", startX
			it.lines = fitLines(it.label, labelFont, false, right-startX, maxLines)
		default:
			it.anchor, it.textX = "end", endX
			it.lines = fitLines(it.label, labelFont, false, endX-left, maxLines)
		}
		w = linesWidth(it.lines)
		// Too little room on either side for even an ellipsis: the label
		// goes over its own marker, kept within the plot.
		if w > right-left {
			it.lines = fitLines(it.label, labelFont, false, right-left, maxLines)
			w = linesWidth(it.lines)
		}
		if it.anchor == "start" && it.textX+w > right {
			it.textX = max(left, right-w)
		}
		if it.anchor == "end" && it.textX-w < left {
			it.textX = min(right, left+w)
		}
		var t0, t1 float64
		if it.anchor == "start" {
			t0, t1 = it.textX, it.textX+w
		} else {
			t0, t1 = it.textX-w, it.textX
		}
		k := len(it.lines)
		for row := 0; ; row++ {
			for len(rows) < row+k {
				rows = append(rows, nil)
			}
			free := true
			for j := row; j < row+k && free; j++ {
				cy := top + float64(j)*laneH
				whole := box{min(b0, t0) - boxGap/2, cy - 8, max(b1, t1) + boxGap/2, cy + 8}
				for _, o := range rows[j] {
					if o.overlaps(whole) {
						free = false
						break
					}
				}
			}
			if !free {
				continue
			}
			cy := top + float64(row)*laneH
			it.lane, it.y = row, cy
			it.body = box{b0, cy - 8, b1, cy + 8}
			it.text = box{t0, cy - 8, t1, cy + 8 + float64(k-1)*lineH}
			for j := row; j < row+k; j++ {
				cy := top + float64(j)*laneH
				rows[j] = append(rows[j], box{min(b0, t0) - boxGap/2, cy - 8, max(b1, t1) + boxGap/2, cy + 8})
			}
			break
		}
	}
	n := 0
	for _, it := range its {
		n = max(n, it.lane+len(it.lines))
	}
	return its, max(n, 1)
}

// lane is a swim lane of dated events before layout.
type lane struct {
	name    string
	events  []events.Event
	entries []entry // the events, aggregated or not
}

// maxActorLanes is how many actors get a lane of their own; the events
// of the others share one lane.
const maxActorLanes = 8

// laneGroups splits the dated events into lanes. By "actor": the actors
// with the most events (first mention breaks ties) get a lane each, an
// event appearing in the lane of each of them that takes part, and the
// events of none of them in a lane "Others". By "type": a lane per type
// in the order of events.Types. Otherwise one lane.
func laneGroups(dated []events.Event, actors map[string]events.Actor, mode string) []lane {
	switch mode {
	case "actor":
		ids := byActivity(dated)
		others := len(ids) > maxActorLanes
		if others {
			ids = ids[:maxActorLanes]
		}
		lanes := make([]lane, len(ids))
		index := map[string]int{}
		for i, id := range ids {
			lanes[i].name = actorName(actors, id)
			if a, ok := actors[id]; ok && clean(a.Name) != "" {
				lanes[i].name = clean(a.Name)
			}
			index[id] = i
		}
		var rest []events.Event
		for _, e := range dated {
			in := false
			seen := map[int]bool{}
			for _, id := range e.Actors {
				if i, ok := index[id]; ok && !seen[i] {
					lanes[i].events = append(lanes[i].events, e)
					seen[i], in = true, true
				}
			}
			if !in {
				rest = append(rest, e)
			}
		}
		if len(rest) > 0 {
			lanes = append(lanes, lane{name: "Others", events: rest})
		}
		return lanes
	case "type":
		byType := map[events.Type][]events.Event{}
		var other []events.Type
		for _, e := range dated {
			if len(byType[e.Type]) == 0 && !e.Type.Valid() {
				other = append(other, e.Type)
			}
			byType[e.Type] = append(byType[e.Type], e)
		}
		var lanes []lane
		for _, t := range append(append([]events.Type(nil), events.Types...), other...) {
			if evs := byType[t]; len(evs) > 0 {
				name := clean(string(t))
				if name == "" {
					name = "(no type)"
				}
				r, n := utf8.DecodeRuneInString(name)
				lanes = append(lanes, lane{name: string(unicode.ToUpper(r)) + name[n:], events: evs})
			}
		}
		return lanes
	}
	return []lane{{events: dated}}
}

// writeTimeline writes the SVG of a layout.
func writeTimeline(w *bufio.Writer, l *timelineLayout) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	W, H := num(l.width), num(l.height)
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%s" height="%s" viewBox="0 0 %s %s" role="img" font-family="%s" font-size="%s">`+"\n",
		W, H, W, H, fontFamily, num(labelFont))
	p("<title>%s</title>\n", esc(strings.Join(l.title, " ")))
	p("<desc>%s</desc>\n", esc(l.desc))
	p("<style>text{fill:%s}.halo{paint-order:stroke;stroke:#FFFFFF;stroke-width:3px;stroke-linejoin:round}.muted{fill:%s}</style>\n", inkColour, mutedColour)
	p(`<rect width="%s" height="%s" fill="#FFFFFF"/>`+"\n", W, H)
	// Title and subtitle.
	for i, line := range l.title {
		p(`<text x="%s" y="%s" font-size="%s" font-weight="bold">%s</text>`+"\n", num(margin), num(margin+float64(i)*titleLine+15), num(titleFont), esc(line))
	}
	p(`<text class="muted" x="%s" y="%s">%s</text>`+"\n", num(margin), num(l.subtitleY), esc(l.subtitle))
	if l.empty != "" {
		p(`<text class="muted" x="%s" y="%s">%s</text>`+"\n", num(margin), num(l.legendY-10), esc(l.empty))
	}

	if len(l.bands) > 0 {
		p(`<g class="lanes">` + "\n")
		for i, b := range l.bands {
			if i%2 == 0 {
				p(`<rect x="%s" y="%s" width="%s" height="%s" fill="#F4F6F8"/>`+"\n", num(margin), num(b.y0), num(l.width-2*margin), num(b.y1-b.y0))
			}
			p(`<text x="%s" y="%s" font-weight="bold">`, num(margin+2), num(b.y0+lineH+1))
			for j, line := range b.name {
				dy := "0"
				if j > 0 {
					dy = num(lineH)
				}
				p(`<tspan x="%s" dy="%s">%s</tspan>`, num(margin+2), dy, esc(line))
			}
			p("</text>\n")
		}
		p("</g>\n")
	}
	if len(l.segs) > 0 {
		p(`<g class="axis" font-size="%s">`+"\n", num(tickFont))
		for _, ts := range l.ticks {
			for _, t := range ts {
				p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#E4E4E4" stroke-width="1"/>`+"\n", num(t.x), num(l.axisY), num(t.x), num(l.lanesBottom))
			}
		}
		if l.dct >= 0 {
			p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.2" stroke-dasharray="4 3"/>`+"\n", num(l.dct), num(l.axisY-6), num(l.dct), num(l.lanesBottom), okVermillion)
		}
		for i, s := range l.segs {
			p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.2"/>`+"\n", num(s.x0), num(l.axisY), num(s.x1), num(l.axisY), ruleColour)
			if i > 0 {
				// Axis break: two slanted strokes in the gap.
				for _, dx := range []float64{-4, 4} {
					cx := (l.segs[i-1].x1+s.x0)/2 + dx
					p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.2"/>`+"\n", num(cx-3), num(l.axisY+5), num(cx+3), num(l.axisY-5), ruleColour)
				}
			}
			for _, t := range l.ticks[i] {
				p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"/>`+"\n", num(t.x), num(l.axisY-5), num(t.x), num(l.axisY), ruleColour)
				p(`<text class="muted" x="%s" y="%s" text-anchor="middle">%s</text>`+"\n", num(t.x), num(l.axisY-9), esc(t.Label))
				if t.Context != "" {
					p(`<text class="muted" x="%s" y="%s" text-anchor="middle" font-weight="bold">%s</text>`+"\n", num(t.x), num(l.axisY-21), esc(t.Context))
				}
			}
		}
		p("</g>\n")
		p(`<g class="dated">` + "\n")
		for _, it := range l.dated {
			writeItem(p, it)
		}
		p("</g>\n")
	}
	if l.undatedHeading >= 0 {
		p(`<g class="undated">` + "\n")
		p(`<text x="%s" y="%s" font-weight="bold">Undated events</text>`+"\n", num(margin), num(l.undatedHeading))
		for _, it := range l.undated {
			writeItem(p, it)
		}
		p("</g>\n")
	}
	if len(l.legend) > 0 {
		p(`<g class="legend">` + "\n")
		p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#DDDDDD" stroke-width="1"/>`+"\n", num(margin), num(l.legendY), num(l.width-margin), num(l.legendY))
		for _, e := range l.legend {
			writeLegend(p, e)
		}
		p("</g>\n")
	}
	p("</svg>\n")
}

func writeItem(p func(string, ...any), it item) {
	st := styleOf(it.ev.Type)
	p(`<g class="event">`)
	if it.group != nil {
		p("<title>%s</title>", esc(groupHover(it)))
	} else {
		p("<title>%s</title>", esc(hoverText(it.ev)))
	}
	if it.span1 > it.span0 {
		p(`<rect x="%s" y="%s" width="%s" height="6" rx="3" fill="%s" fill-opacity="0.35"/>`, num(it.span0), num(it.y-3), num(it.span1-it.span0), st.colour)
	}
	if it.ongoing {
		p(`<circle cx="%s" cy="%s" r="%s" fill="none" stroke="%s" stroke-width="1.2"/>`, num(it.x), num(it.y), num(markerR+3), st.colour)
	}
	r := markerR
	if it.group != nil {
		r = markerR + 1.5 // an aggregate: a larger marker
	}
	p("%s", marker(st, it.x, it.y, r, it.hollow, it.dash))
	if it.span1 > it.span0 && it.text.x0 < it.span1 && it.text.x1 > it.span0 {
		// A label over its own span bar: a white ground under its first
		// line, where the bar runs, so that the bar does not strike it.
		p(`<rect x="%s" y="%s" width="%s" height="14" rx="2" fill="#FFFFFF" fill-opacity="0.9"/>`,
			num(it.text.x0-2), num(it.y-7), num(it.text.x1-it.text.x0+4))
	}
	if len(it.lines) == 1 {
		p(`<text class="halo" x="%s" y="%s" text-anchor="%s">%s</text>`, num(it.textX), num(it.y+4), it.anchor, esc(it.lines[0]))
	} else {
		p(`<text class="halo" x="%s" y="%s" text-anchor="%s">`, num(it.textX), num(it.y+4), it.anchor)
		for i, line := range it.lines {
			dy := "0"
			if i > 0 {
				dy = num(lineH)
			}
			p(`<tspan x="%s" dy="%s">%s</tspan>`, num(it.textX), dy, esc(line))
		}
		p("</text>")
	}
	p("</g>\n")
}

func writeLegend(p func(string, ...any), e legendEntry) {
	x, y := e.x, e.y
	sx := x + markerR + 2 // sample centre
	textX := x + 2*markerR + 4 + textPad
	grey := style{"#777777", "circle"}
	switch e.kind {
	case "type":
		p("%s", marker(styleOf(e.typ), sx, y, markerR, false, ""))
	case "planned":
		p("%s", marker(grey, sx, y, markerR, true, "2.5 1.5"))
	case "hypothetical":
		p("%s", marker(grey, sx, y, markerR, true, "1 1.5"))
	case "ongoing":
		p(`<circle cx="%s" cy="%s" r="%s" fill="none" stroke="#777777" stroke-width="1.2"/>`, num(sx), num(y), num(markerR+2))
		p("%s", marker(grey, sx, y, markerR-1.5, false, ""))
	case "span":
		p(`<rect x="%s" y="%s" width="18" height="6" rx="3" fill="#777777" fill-opacity="0.35"/>`, num(x), num(y-3))
		textX = x + 18 + textPad
	case "dct":
		p(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.2" stroke-dasharray="4 3"/>`, num(x+9), num(y-8), num(x+9), num(y+8), okVermillion)
		textX = x + 18 + textPad
	}
	p(`<text x="%s" y="%s">%s</text>`+"\n", num(textX), num(y+4), esc(e.label))
}

// esc escapes text for XML character data and attribute values; characters
// XML does not allow become U+FFFD, bidirectional controls are dropped.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(dropBidi(s))) // writes to a strings.Builder never fail
	return b.String()
}

// Aggregation: with more than denseEvents dated events, "auto" groups
// them per day, week or month, the finest step that leaves at most
// maxGroups markers.
const (
	denseEvents = 60
	maxGroups   = 40
)

// bucket returns the date of the period of the given unit that holds d:
// a day, an ISO week or a month. Dates coarser than the unit stay as they are.
func bucket(d events.Date, unit string) events.Date {
	s, e, ok := d.Span()
	if !ok {
		return d
	}
	switch unit {
	case "day":
		if e.Sub(s) <= day {
			return events.DayDate(s)
		}
	case "week":
		if e.Sub(s) <= 7*day {
			y, w := s.ISOWeek()
			return events.Date(fmt.Sprintf("%04d-W%02d", y, w))
		}
	case "month":
		if e.Sub(s) <= 31*day {
			return events.Date(s.Format("2006-01"))
		}
	}
	return d
}

// aggregationUnit returns the step the dated events are grouped by under
// mode, or "" for none.
func aggregationUnit(dated []events.Event, mode string) string {
	switch mode {
	case "day", "week", "month":
		return mode
	case "none":
		return ""
	}
	if len(dated) <= denseEvents {
		return ""
	}
	for _, unit := range []string{"day", "week", "month"} {
		if len(aggregate(dated, unit)) <= maxGroups {
			return unit
		}
	}
	return "month"
}

// aggregate groups the events of each type per period of the unit; a
// period with one event of a type keeps the event. Groups come in the
// order of their first event. With unit "" every event is its own entry.
func aggregate(evs []events.Event, unit string) []entry {
	if unit == "" {
		return entries(evs)
	}
	type key struct {
		d events.Date
		t events.Type
	}
	var keys []key
	groups := map[key][]events.Event{}
	for _, e := range evs {
		k := key{bucket(e.Date, unit), e.Type}
		if len(groups[k]) == 0 {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], e)
	}
	out := make([]entry, 0, len(keys))
	for _, k := range keys {
		g := groups[k]
		if len(g) == 1 {
			out = append(out, entry{ev: g[0]})
			continue
		}
		ev := events.Event{ID: fmt.Sprintf("%s %s", k.d, k.t), Type: k.t, Date: k.d, Status: events.Occurred, Actors: byActivity(g)}
		out = append(out, entry{ev: ev, group: g})
	}
	return out
}

// groupLabel is the label of an aggregate: "12 meetings: Blinken, el-Sissi and 3 others".
func groupLabel(g []events.Event, actors map[string]events.Actor) string {
	ids := byActivity(g)
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = actorName(actors, id)
	}
	s := plural(len(g), clean(string(g[0].Type)))
	if len(names) > 0 {
		s += ": " + list(names)
	}
	return s
}

// maxHover is how many events the hover text of an aggregate lists.
const maxHover = 25

// groupHover is the <title> of an aggregate: the period, then each event
// with its date and evidence.
func groupHover(it item) string {
	parts := []string{clean(fmt.Sprintf("%s: %s", it.ev.Date, plural(len(it.group), string(it.ev.Type))))}
	for i, e := range it.group {
		if i == maxHover {
			parts = append(parts, fmt.Sprintf("… and %d more", len(it.group)-maxHover))
			break
		}
		parts = append(parts, strings.ReplaceAll(hoverText(e), "\n", " — "))
	}
	return strings.Join(parts, "\n")
}

// byActivity returns the ids of the actors of evs, those in the most
// events first, first mention breaking ties.
func byActivity(evs []events.Event) []string {
	count := map[string]int{}
	var ids []string
	for _, e := range evs {
		for _, id := range e.Actors {
			if count[id] == 0 {
				ids = append(ids, id)
			}
			count[id]++
		}
	}
	sort.SliceStable(ids, func(i, j int) bool { return count[ids[i]] > count[ids[j]] })
	return ids
}

// articleOf introduces the publication date of doc: "Article of ", or for
// a merged document, whose date is that of its latest article, "Latest
// article of ".
func articleOf(doc events.Document) string {
	if doc.Document.ID == events.MergedID {
		return "Latest article of "
	}
	return "Article of "
}
