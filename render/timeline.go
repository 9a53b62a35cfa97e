package render

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/events"
)

// TimelineOptions controls Timeline.
type TimelineOptions struct {
	// Title heads the picture; empty means the document's title, else its id.
	Title string
	// Width is the width of the picture in pixels; 0 means 800. Widths
	// below 320 are raised to 320.
	Width int
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
	minWidth    = 320
	defaultW    = 800
	legendGap   = 18.0 // between legend entries and undated events in a row
	maxLabelFrc = 0.5  // a label is at most this fraction of the width
)

// box is a rectangle in picture coordinates.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// item is an event as drawn: a marker with a label.
type item struct {
	ev              events.Event
	label           string
	x, y            float64 // marker centre
	span0, span1    float64 // span bar of a month, week or year date; span0 == span1 for days
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
	return bs
}

// Timeline writes an SVG timeline of the events of doc to w: dated events
// on a date axis (with a break across long empty stretches), undated
// events in a band below, a legend of the types used and a title.
func Timeline(w io.Writer, doc events.Document, opt TimelineOptions) error {
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
	with := func(verb, alone, prep string) string {
		if len(objs) == 0 {
			return subj + " " + alone
		}
		return subj + " " + verb + prep + list(objs)
	}
	var s string
	switch e.Type {
	case events.Visit:
		switch {
		case place != "":
			s = subj + " visits " + place
			place = ""
		case len(objs) > 0:
			s = subj + " visits " + list(objs)
		default:
			s = subj + " travels"
		}
	case events.Mediation:
		if len(names) > 1 {
			s = list(names) + " mediate"
		} else {
			s = subj + " mediates"
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

func layoutTimeline(doc events.Document, opt TimelineOptions) *timelineLayout {
	W := opt.Width
	if W == 0 {
		W = defaultW
	}
	if W < minWidth {
		W = minWidth
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
		sub = append(sub, "Article of "+clean(string(doc.Document.Published)))
	}
	sub = append(sub, fmt.Sprintf("%s: %d dated, %d undated", plural(len(doc.Events), "event"), len(dated), len(undated)))
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
		var spans []interval
		for _, e := range dated {
			s, t, _ := e.Date.Span()
			spans = append(spans, interval{s, t})
		}
		l.segs = segments(spans, margin+8, right-8)
		for _, s := range l.segs {
			l.ticks = append(l.ticks, ticks(s, margin, right))
		}
		l.axisY = y + 30
		if pub, ok := doc.Document.Published.Mid(); ok && len(doc.Document.Published) == 10 {
			for _, s := range l.segs {
				if s.contains(pub) {
					l.dct = s.x(pub)
				}
			}
		}
		l.dated = packLanes(dated, actors, l.segs, l.axisY+16, margin, right, maxLabel)
		lanes := 0
		for _, it := range l.dated {
			lanes = max(lanes, it.lane+1)
		}
		l.lanesBottom = l.axisY + 16 + float64(lanes-1)*laneH + laneH/2 + 4
		y = l.lanesBottom + 10
	}

	// Undated events in rows below.
	if len(undated) > 0 {
		y += 6
		l.undatedHeading = y + 12
		l.titleBoxes = append(l.titleBoxes, box{margin, y, margin + textWidth("Undated events", labelFont, true), y + 16})
		y += 20
		var its []item
		for _, e := range undated {
			its = append(its, newItem(e, actors, maxLabel))
		}
		y = flow(its, margin, right, y, func(i int, x, cy float64) {
			it := &its[i]
			it.x, it.y = x+ringR(*it), cy
			it.span0, it.span1 = it.x, it.x
			it.anchor = "start"
			it.textX = it.x + ringR(*it) + textPad
			it.body = box{it.x - ringR(*it), cy - 8, it.x + ringR(*it), cy + 8}
			it.text = box{it.textX, cy - 8, it.textX + textWidth(it.label, labelFont, false), cy + 8}
		}, func(i int) float64 {
			return 2*ringR(its[i]) + textPad + textWidth(its[i].label, labelFont, false)
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
	}, func(i int) float64 { return legendWidth(legend[i]) })
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

// flow lays out n entries of the given widths in rows from left to right,
// starting a new row when one does not fit; place receives each entry's
// left edge and row centre. It returns the y below the last row.
func flow[T any](entries []T, left, right, y float64, place func(i int, x, cy float64), width func(i int) float64) float64 {
	if len(entries) == 0 {
		return y
	}
	x := left
	for i := range entries {
		w := width(i)
		if x > left && x+w > right {
			x = left
			y += laneH
		}
		place(i, x, y+laneH/2)
		x += w + legendGap
	}
	return y + laneH
}

// newItem makes the item of an event with its label, truncated to maxW.
func newItem(e events.Event, actors map[string]events.Actor, maxW float64) item {
	it := item{ev: e, label: truncate(eventLabel(e, actors), labelFont, false, maxW)}
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

// packLanes places the dated events in lanes below the axis: each at the
// x of its date, its label to the right of the marker (to the left when
// that would leave the canvas; over the span bar of a long date when
// neither side has room), in the first lane from the top where it
// overlaps nothing. Lane centres start at top.
func packLanes(dated []events.Event, actors map[string]events.Actor, segs []segment, top, left, right, maxLabel float64) []item {
	its := make([]item, len(dated))
	for i, e := range dated {
		it := newItem(e, actors, maxLabel)
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
			it.span0, it.span1 = seg.x(s0), seg.x(s1)
		}
		its[i] = it
	}
	order := make([]int, len(its))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return its[order[a]].x < its[order[b]].x })
	var lanes [][]box
	for _, i := range order {
		it := &its[i]
		r := ringR(*it)
		b0, b1 := min(it.x-r, it.span0), max(it.x+r, it.span1)
		w := textWidth(it.label, labelFont, false)
		// Right of the marker if it fits, else left, else truncated on
		// the roomier side.
		startX := max(it.x+r, it.span1) + textPad - 1
		endX := min(it.x-r, it.span0) - textPad + 1
		// Over a span bar, right of its marker, comes before truncating:
		// the label's halo keeps it readable over the bar.
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
			it.label = truncate(it.label, labelFont, false, right-startX)
		default:
			it.anchor, it.textX = "end", endX
			it.label = truncate(it.label, labelFont, false, endX-left)
		}
		w = textWidth(it.label, labelFont, false)
		var t0, t1 float64
		if it.anchor == "start" {
			t0, t1 = it.textX, it.textX+w
		} else {
			t0, t1 = it.textX-w, it.textX
		}
		for lane := 0; ; lane++ {
			if lane == len(lanes) {
				lanes = append(lanes, nil)
			}
			cy := top + float64(lane)*laneH
			body := box{b0, cy - 8, b1, cy + 8}
			text := box{t0, cy - 8, t1, cy + 8}
			whole := box{min(b0, t0) - boxGap/2, cy - 8, max(b1, t1) + boxGap/2, cy + 8}
			free := true
			for _, o := range lanes[lane] {
				if o.overlaps(whole) {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			it.lane, it.y, it.body, it.text = lane, cy, body, text
			lanes[lane] = append(lanes[lane], whole)
			break
		}
	}
	return its
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
	p("<title>%s</title>", esc(hoverText(it.ev)))
	if it.span1 > it.span0 {
		p(`<rect x="%s" y="%s" width="%s" height="6" rx="3" fill="%s" fill-opacity="0.35"/>`, num(it.span0), num(it.y-3), num(it.span1-it.span0), st.colour)
	}
	if it.ongoing {
		p(`<circle cx="%s" cy="%s" r="%s" fill="none" stroke="%s" stroke-width="1.2"/>`, num(it.x), num(it.y), num(markerR+3), st.colour)
	}
	p("%s", marker(st, it.x, it.y, markerR, it.hollow, it.dash))
	p(`<text class="halo" x="%s" y="%s" text-anchor="%s">%s</text>`, num(it.textX), num(it.y+4), it.anchor, esc(it.label))
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
