package render

import (
	"slices"
	"sort"
	"time"
)

const day = 24 * time.Hour

// segment is a stretch of the time axis drawn at a constant scale. A
// timeline whose dates cluster (October 2023, then a week in March 2024)
// gets one segment per cluster with an axis break between them, so that
// the recent week is not squashed into a pixel.
type segment struct {
	from, to time.Time // the time domain
	x0, x1   float64   // where it is drawn
	events   int       // dated events that fall in it
	first    time.Time // the first day of an event in it, at midnight
}

// x returns the position of t, which must lie in the segment's domain.
func (s segment) x(t time.Time) float64 {
	return s.x0 + seconds(s.from, t)/seconds(s.from, s.to)*(s.x1-s.x0)
}

// seconds is the time from a to b in seconds. Unlike b.Sub(a) it does not
// stop at time.Duration's 292 years: an article may mention the year 70.
func seconds(a, b time.Time) float64 {
	return float64(b.Unix()-a.Unix()) + float64(b.Nanosecond()-a.Nanosecond())/1e9
}

func (s segment) contains(t time.Time) bool { return !t.Before(s.from) && !t.After(s.to) }

// interval is the span of one dated event.
type interval struct{ from, to time.Time }

// Break rules: a gap between clusters of dates becomes an axis break when
// it is at least minBreak long and at least breakFraction of the span
// that the longer gaps already broken leave; at most maxSegments segments
// are made, and no more than fit side by side minSegment wide, breaking
// the longest gaps.
const (
	breakFraction = 0.25
	minBreak      = 14 * day
	maxSegments   = 4
	breakWidth    = 28.0 // pixels between two segments
	minSegment    = 96.0 // the narrowest segment, in pixels
)

// A dense core of a timeline holds at least coreShare of its events in at
// most coreFraction of its span.
const (
	coreShare    = 0.6
	coreFraction = 0.05
)

// dateCluster is a run of overlapping event spans and the number of events
// in it.
type dateCluster struct {
	from, to time.Time
	n        int
}

// denseCore returns the first and last of the shortest run of clusters
// (sorted, not overlapping) that holds coreShare of the events, and
// whether that run is a dense core.
func denseCore(cs []dateCluster) (first, last int, ok bool) {
	if len(cs) < 2 {
		return 0, 0, false
	}
	total := 0
	for _, c := range cs {
		total += c.n
	}
	need := coreShare * float64(total)
	best := -1.0
	sum, j := 0, -1
	for i := range cs {
		for float64(sum) < need && j+1 < len(cs) {
			j++
			sum += cs[j].n
		}
		if float64(sum) < need {
			break
		}
		if d := seconds(cs[i].from, cs[j].to); best < 0 || d < best {
			best, first, last = d, i, j
		}
		sum -= cs[i].n
	}
	whole := seconds(cs[0].from, cs[len(cs)-1].to)
	return first, last, best >= 0 && best <= coreFraction*whole && (first > 0 || last < len(cs)-1)
}

// segments splits the spans into clusters and lays them out between x0
// and x1. spans must not be empty.
func segments(spans []interval, x0, x1 float64) []segment {
	sp := append([]interval(nil), spans...)
	sort.Slice(sp, func(i, j int) bool {
		if !sp[i].from.Equal(sp[j].from) {
			return sp[i].from.Before(sp[j].from)
		}
		return sp[i].to.Before(sp[j].to)
	})
	// Merge overlapping spans into clusters, counting events.
	var cs []dateCluster
	for _, s := range sp {
		if len(cs) > 0 && !s.from.After(cs[len(cs)-1].to) {
			c := &cs[len(cs)-1]
			if s.to.After(c.to) {
				c.to = s.to
			}
			c.n++
			continue
		}
		cs = append(cs, dateCluster{s.from, s.to, 1})
	}
	total := seconds(cs[0].from, cs[len(cs)-1].to)
	// Choose the gaps to break at: the longest ones that pass the rules.
	type gap struct {
		after int     // index of the cluster before the gap
		d     float64 // seconds
	}
	var gaps []gap
	for i := 0; i+1 < len(cs); i++ {
		if d := seconds(cs[i].to, cs[i+1].from); d >= minBreak.Seconds() {
			gaps = append(gaps, gap{i, d})
		}
	}
	sort.SliceStable(gaps, func(i, j int) bool { return gaps[i].d > gaps[j].d })
	// The longest gaps first, each measured against what the gaps broken
	// before it leave of the span: 1949, 1990, 1998 and 2024 become four
	// segments, where measuring against the whole span would squash the
	// eight years between 1990 and 1998.
	// No more segments than fit side by side at their narrowest.
	most := max(1, min(maxSegments, int((x1-x0+breakWidth)/(minSegment+breakWidth))))
	breakAfter := map[int]bool{}
	left := total
	// A dense core, the shortest run of clusters that holds coreShare of
	// the events, gets a segment of its own when it is a small part of the
	// span: a month of wire copy that also mentions 1948, 1967 and 1990 is
	// not squeezed into the last pixels of a 70-year axis.
	if i, j, ok := denseCore(cs); ok {
		for _, k := range []int{i - 1, j} {
			if k < 0 || k+1 >= len(cs) || len(breakAfter) >= most-1 {
				continue
			}
			if d := seconds(cs[k].to, cs[k+1].from); d >= minBreak.Seconds() {
				breakAfter[k] = true
				left -= d
			}
		}
	}
	for _, g := range gaps {
		if len(breakAfter) >= most-1 || g.d < breakFraction*left {
			break
		}
		if !breakAfter[g.after] {
			breakAfter[g.after] = true
			left -= g.d
		}
	}
	var segs []segment
	cur := segment{from: cs[0].from, to: cs[0].to, first: cs[0].from}
	for i, c := range cs {
		if i > 0 {
			if breakAfter[i-1] {
				segs = append(segs, cur)
				cur = segment{from: c.from, to: c.to, first: c.from}
			} else if c.to.After(cur.to) {
				cur.to = c.to
			}
		}
		cur.events += c.n
	}
	segs = append(segs, cur)
	// Pad each domain so that markers do not sit on its ends, but by no
	// more than a third of the gap to a neighbouring segment, so that
	// domains never overlap.
	unpadded := slices.Clone(segs)
	for i := range segs {
		s := &segs[i]
		pad := time.Duration(seconds(s.from, s.to) / 12 * float64(time.Second))
		if pad < day {
			pad = day
		}
		pad = pad.Round(time.Hour)
		before, after := pad, pad
		if i > 0 {
			before = min(before, time.Duration(seconds(unpadded[i-1].to, s.from)/3*float64(time.Second)).Round(time.Hour))
		}
		if i+1 < len(segs) {
			after = min(after, time.Duration(seconds(s.to, unpadded[i+1].from)/3*float64(time.Second)).Round(time.Hour))
		}
		s.from, s.to = s.from.Add(-before), s.to.Add(after)
	}
	// Share the width: each segment in proportion to its events plus one,
	// but none narrower than minSegment.
	avail := x1 - x0 - breakWidth*float64(len(segs)-1)
	weights := make([]float64, len(segs))
	sum := 0.0
	for i, s := range segs {
		weights[i] = float64(s.events + 1)
		sum += weights[i]
	}
	widths := make([]float64, len(segs))
	fixed, fixedW := map[int]bool{}, 0.0
	for changed := true; changed; {
		changed = false
		free := sum
		for i := range segs {
			if fixed[i] {
				free -= weights[i]
			}
		}
		for i := range segs {
			if fixed[i] {
				continue
			}
			widths[i] = (avail - fixedW) * weights[i] / free
			if widths[i] < minSegment && len(segs) > 1 {
				widths[i] = minSegment
				fixed[i] = true
				fixedW += minSegment
				changed = true
			}
		}
	}
	x := x0
	for i := range segs {
		segs[i].x0, segs[i].x1 = x, x+widths[i]
		x += widths[i] + breakWidth
	}
	return segs
}

// tick is a labelled mark on the axis. Label is the first line ("20 Mar",
// "Oct", "2024"); Context, when set, is a second line that gives the year
// the first line leaves out.
type tick struct {
	t              time.Time
	x              float64
	Label, Context string
}

// step is a tick spacing the axis may use.
type step struct {
	unit string // "day", "week", "month" or "year"
	n    int
}

var steps = []step{{"day", 1}, {"day", 2}, {"week", 1}, {"week", 2}, {"month", 1}, {"month", 2},
	{"month", 3}, {"month", 6}, {"year", 1}, {"year", 2}, {"year", 5}, {"year", 10}, {"year", 20},
	{"year", 50}, {"year", 100}, {"year", 200}, {"year", 500}, {"year", 1000}}

const (
	tickFont = 10.0 // font size of tick labels
	tickGap  = 8.0  // least space between two tick labels
)

// ticks chooses the finest step whose labels fit side by side on the
// segment without overlapping, and returns its ticks. Ticks whose labels
// would leave [minX, maxX] are dropped. Days and weeks are marked at noon,
// where day markers sit; months and years at their first day. The first
// tick and each tick in a new year carry the year as context, unless the
// step is in years.
func ticks(s segment, minX, maxX float64) []tick {
	for _, st := range steps {
		if crowded(s, st) {
			continue
		}
		var ts []tick
		for _, t := range ticksOf(s, st) {
			w := textWidth(t.Label, tickFont, false)
			if t.x-w/2 >= minX && t.x+w/2 <= maxX {
				ts = append(ts, t)
			}
		}
		if st.unit != "year" {
			for i := range ts {
				if i == 0 || ts[i].t.Year() != ts[i-1].t.Year() {
					ts[i].Context = ts[i].t.Format("2006")
				}
			}
		}
		if len(ts) > 0 && ticksFit(ts, minX, maxX) && spaced(ts) {
			return ts
		}
	}
	return nil
}

// crowded reports whether step st would put so many ticks on segment s
// that they cannot be spaced minTickSpacing apart, judged from the
// lengths alone: a segment of centuries then never makes a tick per day.
func crowded(s segment, st step) bool {
	unit := day
	switch st.unit {
	case "week":
		unit = 7 * day
	case "month":
		unit = 30 * day
	case "year":
		unit = 365 * day
	}
	n := seconds(s.from, s.to) / (unit * time.Duration(st.n)).Seconds()
	return n > 2*(s.x1-s.x0)/minTickSpacing+4
}

// minTickSpacing is the least distance between ticks, in pixels: finer
// steps would fit their labels but crowd the axis.
const minTickSpacing = 56.0

func spaced(ts []tick) bool {
	for i := 1; i < len(ts); i++ {
		if ts[i].x-ts[i-1].x < minTickSpacing {
			return false
		}
	}
	return true
}

// ticksFit reports whether the labels and context lines of ts stay inside
// [minX, maxX] with at least tickGap between neighbours.
func ticksFit(ts []tick, minX, maxX float64) bool {
	prevLabel, prevCtx := minX-tickGap, minX-tickGap
	for _, t := range ts {
		w := textWidth(t.Label, tickFont, false)
		if t.x-w/2 < prevLabel+tickGap || t.x+w/2 > maxX {
			return false
		}
		prevLabel = t.x + w/2
		if t.Context != "" {
			w := textWidth(t.Context, tickFont, false)
			if t.x-w/2 < prevCtx+tickGap || t.x+w/2 > maxX {
				return false
			}
			prevCtx = t.x + w/2
		}
	}
	return true
}

// ticksOf returns the ticks of step st inside the segment's domain.
func ticksOf(s segment, st step) []tick {
	var ts []time.Time
	switch st.unit {
	case "day", "week":
		// Days count from the first event day, so that a lone event gets a
		// tick; weeks start on Mondays.
		base := s.first
		n := st.n
		if st.unit == "week" {
			base = base.AddDate(0, 0, -((int(base.Weekday()) + 6) % 7))
			n *= 7
		}
		for base.Add(12 * time.Hour).After(s.from) {
			base = base.AddDate(0, 0, -n)
		}
		for d := base; !d.After(s.to); d = d.AddDate(0, 0, n) {
			if t := d.Add(12 * time.Hour); s.contains(t) {
				ts = append(ts, t)
			}
		}
	case "month":
		m := time.Date(s.from.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		for ; !m.After(s.to); m = m.AddDate(0, st.n, 0) {
			if s.contains(m) {
				ts = append(ts, m)
			}
		}
	case "year":
		y := s.from.Year() / st.n * st.n
		for ; ; y += st.n {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			if t.After(s.to) {
				break
			}
			if s.contains(t) {
				ts = append(ts, t)
			}
		}
	}
	out := make([]tick, len(ts))
	for i, t := range ts {
		tk := tick{t: t, x: s.x(t)}
		switch st.unit {
		case "day", "week":
			tk.Label = t.Format("2 Jan")
		case "month":
			tk.Label = t.Format("Jan")
		case "year":
			tk.Label = t.Format("2006")
		}
		out[i] = tk
	}
	return out
}
