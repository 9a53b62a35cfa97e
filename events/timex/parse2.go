package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ---- modifiers: early, mid-, late, the end of ... ----

var modPrefix = map[string]string{
	"early": "START", "mid": "MID", "late": "END", "earlier": "", "later": "",
}

var modPhrases = []struct {
	words []string
	mod   string
}{
	{[]string{"the", "end", "of"}, "END"},
	{[]string{"the", "beginning", "of"}, "START"},
	{[]string{"the", "start", "of"}, "START"},
	{[]string{"the", "middle", "of"}, "MID"},
	{[]string{"the", "close", "of"}, "END"},
	{[]string{"end", "of"}, "END"},
	{[]string{"the", "turn", "of", "the"}, "START"},
	{[]string{"around"}, "APPROX"},
	{[]string{"about"}, "APPROX"},
	{[]string{"the", "early"}, "START"},
	{[]string{"the", "late"}, "END"},
	{[]string{"the", "mid"}, "MID"},
}

// modInner are the patterns a modifier can stand before, in the order
// they are tried, each with the matcher whose start mask tells whether it
// can start at a token (matchRelative's covers matchSeason, which it tries
// first).
var modInner = []struct {
	f matcher
	k int
}{
	{(*parser).matchMonth, mMonth}, {(*parser).matchYear, mYear}, {(*parser).matchDecade, mDecade},
	{(*parser).matchRelative, mRelative}, {(*parser).matchDeictic, mDeictic}, {(*parser).matchWeekday, mWeekday},
	{(*parser).matchSeason, mRelative}, {(*parser).matchQuarter, mQuarter}, {(*parser).matchYearEnd, mYearEnd},
	{(*parser).matchTheYear, mTheYear},
}

func (p *parser) matchModified(i int) (match, bool) {
	s := i
	mod, ok := "", false
	l := p.l(i)
	if m, found := modPrefix[l]; found {
		mod, ok = m, true
		i++
		if p.hyphen(i) {
			i++
		}
		if l == "earlier" || l == "later" {
			if !p.oneOf(i, "this", "that", "yesterday", "today", "tomorrow", "tonight", "in") {
				return match{}, false
			}
			if p.l(i) == "in" {
				i++
			}
		}
	} else {
		for _, ph := range modPhrases {
			if e, found := p.seq(i, ph.words...); found {
				mod, ok, i = ph.mod, true, e
				if p.hyphen(i) {
					i++
				}
				break
			}
		}
	}
	if !ok || i >= len(p.toks) {
		return match{}, false
	}
	var inner match
	found := false
	starts := allMatchers
	if !p.slow {
		starts = startMask(p.toks, i)
	}
	for _, in := range modInner {
		if starts&(1<<in.k) == 0 {
			continue // it cannot start at i
		}
		m, ok := in.f(p, i)
		if ok && m.s == i && (!found || m.e > inner.e) && (m.typ == TypeDate || m.typ == TypeTime) {
			inner, found = m, true
		}
	}
	if !found {
		return match{}, false
	}
	if _, isWeekday := p.weekdayAt(i); isWeekday && (mod == "APPROX" || l == "late" || l == "early") {
		return match{}, false // "around Wednesday's ruling", "Late Monday": the weekday alone
	}
	inner.s = s
	if mod != "" {
		inner.mod = mod
	}
	return inner, true
}

// matchYearEnd: "year end", "year-end".
func (p *parser) matchYearEnd(i int) (match, bool) {
	if p.l(i) != "year" || !p.hasDCT {
		return match{}, false
	}
	e := i + 1
	if p.hyphen(e) || p.l(e) == "'s" {
		e++
	}
	if p.l(e) != "end" {
		return match{}, false
	}
	if p.hyphen(i + 1) {
		// "by year-end" is the year's last day; "year-end results" qualifies a noun
		if n := p.tok(e + 1); n.kind == kWord && !n.isCap() && !p.oneOf(e+1, "and", "or", "to", "when", "as") {
			return match{}, false
		}
		y := p.dct.Year()
		if p.l(i-1) == "since" {
			y--
		}
		pt := dayPoint(date(y, 12, 31))
		return match{s: i, e: e + 1, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	pt := yearPoint(p.dct.Year())
	return match{s: i, e: e + 1, typ: TypeDate, val: pt.value(), mod: "END", pt: pt}, true
}

// ---- years ----

var yearPreps = set("in", "since", "of", "by", "until", "from", "year", "before", "after", "early",
	"mid", "late", "the", "circa", "fiscal", "through", "during", "between", "and", "to", "-", "'s")

var countNouns = set("people", "men", "women", "children", "feet", "meters", "metres", "miles",
	"km", "tons", "troops", "police", "staff", "persons", "workers", "jobs", "units", "cars",
	"homes", "dollars", "euros", "pounds", "shares", "barrels", "acres", "points", "votes",
	"seats", "members", "employees", "soldiers", "refugees", "residents", "rounds", "missiles",
	"rockets", "kilometers", "kilometres", "yards", "hours", "minutes", "days", "pieces",
	"copies", "households", "students", "page", "pages", "calories", "cases", "deaths")

func (p *parser) matchYear(i int) (match, bool) {
	s := i
	switch p.l(i) {
	case "pre", "post":
		// "post-1959 politics", "pre-1990 levels": the year, before or after
		if !p.hyphen(i + 1) {
			return match{}, false
		}
		if y, e, ok := p.yearNum(i + 2); ok && p.tok(i+2).kind == kNum && y >= 1000 && y <= 2199 {
			pt := yearPoint(y)
			mod := "BEFORE"
			if p.l(i) == "post" {
				mod = "AFTER"
			}
			return match{s: s, e: e, typ: TypeDate, val: pt.value(), mod: mod, pt: pt}, true
		}
		return match{}, false
	case "fiscal":
		i++
		if p.l(i) == "year" {
			i++
		}
	case "the":
		if p.l(i+1) != "year" {
			return match{}, false
		}
		i += 2
	case "fy":
		i++
	}
	t := p.tok(i)
	// numeric dates: 2024-03-21, 3/21/2024
	if t.kind == kNum && len(t.l) == 4 && p.hyphen(i+1) && p.hyphen(i+3) {
		y, _ := strconv.Atoi(t.l)
		m, err1 := strconv.Atoi(p.l(i + 2))
		d, err2 := strconv.Atoi(p.l(i + 4))
		if err1 == nil && err2 == nil && y >= 1000 && validDay(y, m, d) {
			pt := dayPoint(date(y, m, d))
			return match{s: s, e: i + 5, typ: TypeDate, val: pt.value(), pt: pt}, true
		}
	}
	if t.kind == kNum && len(t.l) <= 2 && p.l(i+1) == "/" && p.l(i+3) == "/" && !p.tok(i+1).space && !p.tok(i+3).space {
		a, _ := strconv.Atoi(t.l)
		b, err1 := strconv.Atoi(p.l(i + 2))
		y, err2 := strconv.Atoi(p.l(i + 4))
		if err1 == nil && err2 == nil && len(p.l(i+4)) == 4 {
			m, d := a, b
			if m > 12 {
				m, d = b, a
			}
			if validDay(y, m, d) {
				pt := dayPoint(date(y, m, d))
				return match{s: s, e: i + 5, typ: TypeDate, val: pt.value(), pt: pt}, true
			}
		}
	}
	y, e, ok := p.yearNum(i)
	if !ok {
		return match{}, false
	}
	prev := p.l(s - 1)
	if s != i {
		prev = "fiscal"
	}
	if t.kind == kWord {
		// year in words: "nineteen ninety-six" is clear; "two thousand" needs a cue
		if y == 2000 && !yearPreps[prev] {
			return match{}, false
		}
	} else if t.kind == kNum && s == i {
		if !yearPreps[prev] && (y < 1800 || y > 2100) {
			return match{}, false
		}
		switch prev {
		case "$", "#", "no", "number", "£", "€", "route", "flight", "room", "page", "pages", "article", "resolution", "at":
			return match{}, false
		}
		if b := p.tok(s - 1); b.kind == kWord && b.isCap() && !p.newSentence(s-1) && !yearPreps[b.l] && months[b.l] == 0 {
			return match{}, false // part of a name: "a joint venture called Orion 1980"
		}
		n := p.tok(e)
		switch {
		case n.l == "%" || n.l == "percent" || n.l == ":" && !n.space || countNouns[n.l]:
			return match{}, false
		case n.kind == kWord && !n.isCap() && len(n.l) > 3 && strings.HasSuffix(n.l, "s") && !strings.HasSuffix(n.l, "ss") &&
			!pastCues[n.l] && !presentCues[n.l] && n.l != "this" && n.l != "plus" && n.l != "news" && n.l != "ends" && n.l != "levels" &&
			!(prev == "the" && y >= 1900 && y <= 2100 && y%100 != 0) && prev != "-":
			return match{}, false // "1500 soldiers"; but "the 1992 protests", "pre-1990 levels"
		case p.tok(s-1).kind == kNum && !p.tok(s-1).isCap():
			return match{}, false
		}
	}
	pt := yearPoint(y)
	return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}, true
}

var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

func (p *parser) matchDecade(i int) (match, bool) {
	s := i
	the := false
	if p.l(i) == "the" {
		the = true
		i++
	}
	t := p.tok(i)
	// 1990s
	if t.kind == kMixed && len(t.l) == 5 && strings.HasSuffix(t.l, "s") && t.l[3] == '0' {
		y, err := strconv.Atoi(t.l[:4])
		if err == nil && y >= 1000 && y < 2200 {
			pt := point{t: date(y, 1, 1), gran: granDecade}
			return match{s: s, e: i + 1, typ: TypeDate, val: pt.value(), pt: pt}, true
		}
	}
	// '80s, the 80s
	if p.elision(i) && i+1 < len(p.toks) {
		i++
		t = p.tok(i)
		the = true
	}
	if the && t.kind == kMixed && len(t.l) == 3 && t.l[2] == 's' && t.l[1] == '0' {
		d, err := strconv.Atoi(t.l[:2])
		if err == nil {
			pt := point{t: date(expandYY(d), 1, 1), gran: granDecade}
			return match{s: s, e: i + 1, typ: TypeDate, val: pt.value(), pt: pt}, true
		}
	}
	// the nineties
	if d, ok := decadeWords[t.l]; ok && the {
		pt := point{t: date(1900+10*d, 1, 1), gran: granDecade}
		return match{s: s, e: i + 1, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	// the 20th century, the twentieth century
	if p.l(i+1) == "century" {
		n := 0
		if t.kind == kMixed {
			n, _ = strconv.Atoi(strings.TrimRight(t.l, "stndrh"))
		} else if o, ok := ordinals[t.l]; ok {
			n = o
			if t.l == "twenty" {
				n = 0
			}
		} else if t.l == "twenty" && p.hyphen(i+1) {
			return match{}, false
		}
		if n > 0 && n < 30 {
			pt := point{t: date((n-1)*100, 1, 1), gran: granCentury}
			return match{s: s, e: i + 2, typ: TypeDate, val: pt.value(), pt: pt}, true
		}
	}
	return match{}, false
}

// ---- quarters and halves ----

// quarterAbbrev reads "Q1" to "Q4" and "H1", "H2" at i, written in capitals
// and not part of a name ("Audi Q3") or a compound ("H1-B").
func (p *parser) quarterAbbrev(i int) (n int, half, ok bool) {
	t := p.tok(i)
	if t.kind != kMixed || len(t.l) != 2 || !t.isCap() || p.hyphen(i+1) {
		return 0, false, false
	}
	if b := p.tok(i - 1); b.kind == kWord && b.isCap() && !p.newSentence(i-1) {
		return 0, false, false
	}
	n = int(t.l[1] - '0')
	switch {
	case t.l[0] == 'q' && n >= 1 && n <= 4:
		return n, false, true
	case t.l[0] == 'h' && n >= 1 && n <= 2:
		return n, true, true
	}
	return 0, false, false
}

func (p *parser) matchQuarter(i int) (match, bool) {
	s := i
	if p.l(i) == "the" || p.l(i) == "its" || p.l(i) == "their" || p.l(i) == "a" {
		i++
		if p.l(s) != "the" && ordinals[p.l(i)] > 0 {
			s = i // "its fourth quarter", "a third-quarter loss": the extent leaves out the determiner
		}
	}
	rel := ""
	year := 0
	ord := 0
	for k := 0; k < 5; k++ {
		l := p.l(i)
		switch {
		case (l == "last" || l == "latter") && p.l(i+1) == "half":
			ord = 2
		case l == "latest" || l == "most" && p.l(i+1) == "recent":
			rel = "latest"
			if l == "most" {
				i++
			}
		case l == "current" || l == "this" || l == "present":
			rel = "current"
		case l == "last" || l == "previous" || l == "prior" || l == "past" || l == "preceding":
			rel = "previous"
		case l == "next" || l == "coming" || l == "following":
			rel = "next"
		case l == "same" || l == "comparable" || l == "corresponding" || l == "flat" || l == "fiscal" || l == "calendar" || l == "year's" || l == "final":
		case l == "year" && p.hyphen(i+1) && (p.l(i+2) == "earlier" || p.l(i+2) == "ago"):
			rel = "yearago"
			i += 2
		case l == "year" && p.l(i+1) == "'s" && p.hasDCT:
			year = p.dct.Year()
			switch p.l(i - 1) {
			case "last", "previous":
				year--
				rel = ""
			case "next":
				year++
				rel = ""
			}
			i++
		case p.tok(i).kind == kNum && len(l) == 4:
			y, _ := strconv.Atoi(l)
			if y < 1000 || y > 2199 {
				return match{}, false
			}
			year = y
			if p.l(i+1) == "'s" {
				i++
			}
		case ordinals[l] > 0 && ordinals[l] <= 4:
			ord = ordinals[l]
			if p.hyphen(i + 1) {
				i++
			}
		default:
			k = 5
			continue
		}
		i++
	}
	// "this year's third quarter", "last year's quarter"
	unitw := p.l(i)
	if qn, qh, ok := p.quarterAbbrev(i); ok && ord == 0 {
		// "Q3", "H1 2024": a quarter or half written short
		ord, unitw = qn, "quarter"
		if qh {
			unitw = "half"
		}
		if y, ye, ok := p.yearNum(i + 1); ok && p.tok(i+1).kind == kNum {
			year = y
			i = ye - 1
		}
	}
	if p.hyphen(i+1) && p.oneOf(i+2, "century", "point", "inch", "mile", "to") {
		return match{}, false // "a quarter-century low", "the quarter-to-quarter comparison"
	}
	half := unitw == "half"
	if unitw != "quarter" && !half && !(unitw == "period" && (rel != "" || year != 0)) {
		return match{}, false
	}
	if half && ord > 2 {
		return match{}, false
	}
	if ord == 0 && rel == "" && year == 0 && s == i {
		return match{}, false // bare "quarter"
	}
	if ord == 0 && half {
		return match{}, false
	}
	e := i + 1
	// of 1990, of fiscal 1990, of this year, of next year
	if p.l(e) == "of" {
		k := e + 1
		if p.l(k) == "fiscal" {
			k++
		}
		if y, ye, ok := p.yearNum(k); ok {
			year, e = y, ye
		} else if y, ye, ok := p.relYear(k); ok {
			year, e = y, ye
		}
	}
	// "the last half of the '80s": part of a decade is the decade
	if p.l(e) == "of" {
		if d, ok := p.matchDecade(e + 1); ok {
			d.s = s
			return d, true
		}
	}
	if !p.hasDCT && year == 0 {
		if half {
			return match{s: s, e: e, typ: TypeDate, val: fmt.Sprintf("XXXX-H%d", ord)}, true
		}
		v := "XXXX-QX"
		if ord > 0 {
			v = fmt.Sprintf("XXXX-Q%d", ord)
		}
		return match{s: s, e: e, typ: TypeDate, val: v}, true
	}
	if half {
		if year == 0 {
			year = p.dct.Year()
			if ord == 2 && int(p.dct.Month()) <= 6 && p.tense(s, e) != TenseFuture {
				year--
			}
		}
		pt := point{t: date(year, 6*(ord-1)+1, 1), gran: granHalf}
		return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	var pt point
	switch {
	case ord > 0:
		y := year
		if y == 0 {
			y = p.dct.Year()
			if p.anchor.gran == granQuarter && p.anchor.t.Year() != y && s > 0 && p.lastEnd >= s-12 {
				y = p.anchor.t.Year()
			} else if ord > quarterOf(p.dct) && p.tense(s, e) != TenseFuture && rel != "next" {
				y--
			}
		}
		if rel == "yearago" {
			y--
		}
		pt = quarterPoint(y, ord)
	default:
		base := p.lastQuarter()
		switch rel {
		case "latest":
			base = shift(quarterPoint(p.dct.Year(), quarterOf(p.dct)), -1, "Q")
		case "current":
			base = quarterPoint(p.dct.Year(), quarterOf(p.dct))
		case "previous":
			base = shift(quarterPoint(p.dct.Year(), quarterOf(p.dct)), -1, "Q")
		case "next":
			base = shift(quarterPoint(p.dct.Year(), quarterOf(p.dct)), 1, "Q")
		case "yearago":
			base = shift(base, -1, "Y")
		}
		if year != 0 {
			base = quarterPoint(year, quarterOf(base.t))
		}
		pt = base
	}
	if k, ok := p.seq(e, "a", "year"); ok && p.oneOf(k, "ago", "earlier") && rel != "yearago" {
		// "the quarter a year ago"
		pt = shift(pt, -1, "Y")
		return match{s: s, e: k + 1, typ: TypeDate, val: pt.value(), pt: pt, noAnchor: true}, true
	}
	return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt, noAnchor: rel == "yearago"}, true
}

// matchYearAgo: the adjectives "year-earlier", "year-ago" on their own.
func (p *parser) matchYearAgo(i int) (match, bool) {
	if p.l(i) != "year" || !p.hyphen(i+1) || !p.oneOf(i+2, "earlier", "ago") {
		return match{}, false
	}
	if !p.hasDCT {
		return match{s: i, e: i + 3, typ: TypeDate, val: "XXXX"}, true
	}
	pt := yearPoint(p.dct.Year() - 1)
	if p.anchor.gran == granQuarter || p.anchorIsQuarterContext() {
		pt = shift(p.lastQuarter(), -1, "Y")
	}
	return match{s: i, e: i + 3, typ: TypeDate, val: pt.value(), pt: pt, noAnchor: true}, true
}

// lastQuarter is the quarter under discussion: the last one mentioned, or
// the last completed one before the DCT.
func (p *parser) lastQuarter() point {
	cur := quarterPoint(p.dct.Year(), quarterOf(p.dct))
	recent := func(q point) bool {
		return q.gran == granQuarter && !q.t.After(cur.t) && q.t.After(cur.t.AddDate(-1, 0, 0))
	}
	if recent(p.topic) {
		return p.topic // an earnings report names its quarter first
	}
	if recent(p.anchor) {
		return p.anchor
	}
	return shift(cur, -1, "Q")
}

// ---- seasons ----

func (p *parser) matchSeason(i int) (match, bool) {
	s := i
	dir := ""
	switch p.l(i) {
	case "this", "last", "next", "past", "coming", "the":
		dir = p.l(i)
		i++
		if dir == "this" && (p.l(i) == "past" || p.l(i) == "coming") {
			dir = p.l(i)
			i++
		}
		if dir == "the" && (p.l(i) == "past" || p.l(i) == "coming" || p.l(i) == "early" || p.l(i) == "late") {
			return match{}, false
		}
	}
	code, ok := seasons[p.l(i)]
	if !ok {
		return match{}, false
	}
	e := i + 1
	// summer 1998, summer of 1998
	k := e
	if p.l(k) == "of" {
		k++
	}
	if y, ye, ok := p.yearNum(k); ok && (dir == "" || dir == "the") {
		pt := seasonPoint(y, code)
		return match{s: s, e: ye, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	if dir == "" && p.l(i-1) != "in" && p.l(i-1) != "this" && p.l(i-1) != "early" && p.l(i-1) != "late" && p.l(i-1) != "mid" {
		return match{}, false // "spring" the verb, "fall" the noun
	}
	if dir == "the" && !p.oneOf(s-1, "in", "during", "over", "of", "through", "into") {
		return match{}, false
	}
	if !p.hasDCT {
		return match{s: s, e: e, typ: TypeDate, val: "XXXX-" + code}, true
	}
	y, mon := p.dct.Year(), int(p.dct.Month())
	sm := seasonStart[code]
	started := mon >= sm || code == "WI" && mon <= 2
	curYear := y
	if code == "WI" && mon <= 2 {
		curYear = y - 1
	}
	switch dir {
	case "last", "past":
		if started {
			y = curYear - 1 // "last spring" in October is the spring of the year before
			if p.l(s) == "this" && code != "WI" && mon > seasonStart[code]+2 {
				y = curYear // "this past spring" is the one just gone
			}
		} else {
			y--
		}
	case "next", "coming":
		if started {
			y = curYear + 1
		}
	case "this":
		y = curYear
	default:
		switch p.tense(s, e) {
		case TensePast:
			if !started {
				y--
			} else {
				y = curYear
			}
		default:
			if started {
				y = curYear
			}
		}
	}
	pt := seasonPoint(y, code)
	return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}, true
}

// ---- this / last / next week, month, year, weekend ----

func (p *parser) matchRelative(i int) (match, bool) {
	if m, ok := p.matchSeason(i); ok {
		return m, true
	}
	s := i
	dir := ""
	switch p.l(i) {
	case "this", "last", "next", "past", "coming", "previous", "current", "that":
		dir = p.l(i)
		i++
		if dir == "this" && (p.l(i) == "past" || p.l(i) == "coming") {
			dir = p.l(i)
			i++
		}
	case "the":
		switch p.l(i + 1) {
		case "past", "last", "next", "coming", "previous", "current", "following", "same", "present", "preceding", "prior":
			dir = p.l(i + 1)
			i += 2
		case "week", "weekend", "year", "month", "decade", "day":
			dir = "the"
			i++
		default:
			return match{}, false
		}
	case "a":
		// "a week earlier" etc. is a duration
		return match{}, false
	default:
		return match{}, false
	}
	w := p.l(i)
	e := i + 1
	switch w {
	case "week", "weekend", "month", "year", "decade", "century", "day", "morning", "afternoon", "evening", "night":
	default:
		return match{}, false
	}
	if p.tok(s).isCap() && p.tok(i).isCap() && !p.newSentence(s) {
		return match{}, false // a title: ABC's "This Week"
	}
	if !p.hasDCT {
		v := map[string]string{"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
			"decade": "XXX", "century": "XX", "day": "XXXX-XX-XX"}[w]
		if v == "" {
			return match{}, false
		}
		if dir == "past" || dir == "the" && w != "weekend" {
			return match{}, false
		}
		return match{s: s, e: e, typ: TypeDate, val: v}, true
	}
	anchorDay, anchorMonth := p.dct, p.dct
	if p.anchor.gran == granDay {
		anchorDay = p.anchor.t
	}
	if p.anchor.gran >= granMonth {
		anchorMonth = p.anchor.t // "In March, ... The following month"
	}
	var pt point
	dct := p.dct
	switch w {
	case "week":
		switch dir {
		case "this", "current":
			pt = weekPoint(dct)
		case "last", "previous":
			pt = weekPoint(dct.AddDate(0, 0, -7))
		case "next", "coming":
			pt = weekPoint(dct.AddDate(0, 0, 7))
		case "past":
			if s+1 == i {
				pt = weekPoint(dct.AddDate(0, 0, -7))
				break
			}
			return match{s: s, e: e, typ: TypeDuration, val: "P1W"}, true
		case "following":
			pt = weekPoint(anchorDay.AddDate(0, 0, 7))
		case "same", "that":
			pt = weekPoint(anchorDay)
		default:
			return match{}, false
		}
	case "weekend":
		// the weekend of the ISO week of t
		we := func(t time.Time) match {
			iy, iw := t.ISOWeek()
			return match{s: s, e: e, typ: TypeDate, val: fmt.Sprintf("%04d-W%02d-WE", iy, iw), pt: weekPoint(t)}
		}
		wd := dct.Weekday()
		inWeekend := wd == time.Saturday || wd == time.Sunday
		switch dir {
		case "this":
			return we(dct), true
		case "last", "past", "previous":
			if inWeekend && dir == "past" {
				return we(dct), true
			}
			return we(dct.AddDate(0, 0, -7)), true
		case "next", "coming":
			if !inWeekend && dir == "coming" {
				return we(dct), true
			}
			return we(dct.AddDate(0, 0, 7)), true
		case "the", "following", "same", "that":
			if dir == "following" {
				return we(anchorDay.AddDate(0, 0, 7)), true
			}
			if inWeekend || p.tense(s, e) == TenseFuture {
				return we(dct), true
			}
			return we(dct.AddDate(0, 0, -7)), true
		}
		return match{}, false
	case "month":
		y, m := dct.Year(), int(dct.Month())
		switch dir {
		case "this", "current":
			pt = monthPoint(y, m)
		case "last", "previous":
			pt = monthPoint(y, m-1)
		case "next", "coming":
			pt = monthPoint(y, m+1)
		case "past":
			if s+1 == i {
				pt = monthPoint(y, m-1)
				break
			}
			return match{s: s, e: e, typ: TypeDuration, val: "P1M"}, true
		case "following":
			pt = shift(point{t: date(anchorMonth.Year(), int(anchorMonth.Month()), 1), gran: granMonth}, 1, "M")
		case "same", "that":
			pt = point{t: date(anchorMonth.Year(), int(anchorMonth.Month()), 1), gran: granMonth}
		default:
			return match{}, false
		}
		pt = point{t: date(pt.t.Year(), int(pt.t.Month()), 1), gran: granMonth}
	case "year":
		y := dct.Year()
		ay := y
		if p.anchor.gran >= granYear {
			ay = p.anchor.t.Year()
		}
		switch dir {
		case "this", "current", "present":
			pt = yearPoint(y)
		case "last", "past", "previous":
			pt = yearPoint(y - 1)
		case "next", "coming":
			pt = yearPoint(y + 1)
		case "following":
			pt = yearPoint(ay + 1)
		case "preceding", "prior":
			pt = yearPoint(ay - 1)
		case "same", "that":
			pt = yearPoint(ay)
		default:
			return match{}, false
		}
	case "decade":
		switch dir {
		case "this", "current":
			pt = point{t: date(dct.Year()/10*10, 1, 1), gran: granDecade}
		case "past", "last":
			return match{s: s, e: e, typ: TypeDuration, val: "P10Y"}, true
		case "next", "coming":
			return match{s: s, e: e, typ: TypeDuration, val: "P10Y"}, true
		default:
			return match{}, false
		}
	case "century":
		switch dir {
		case "past", "last", "next", "coming", "this", "current":
			return match{s: s, e: e, typ: TypeDuration, val: "P100Y"}, true
		default:
			return match{}, false
		}
	case "day":
		switch dir {
		case "next", "following":
			if s+1 == i && dir == "next" {
				return match{}, false // "next day" without "the" is usually "the next day" anyway
			}
			pt = dayPoint(anchorDay.AddDate(0, 0, 1))
		case "previous", "preceding", "prior":
			pt = dayPoint(anchorDay.AddDate(0, 0, -1))
		case "same", "that":
			pt = dayPoint(anchorDay)
		default:
			return match{}, false
		}
	case "morning", "afternoon", "evening", "night":
		pod := partsOfDay[w]
		var day time.Time
		switch dir {
		case "this":
			day = dct
		case "last":
			if w != "night" {
				return match{}, false
			}
			day = dct.AddDate(0, 0, -1)
		case "that", "same":
			day = anchorDay
		case "next", "following":
			if s+1 == i && dir == "next" {
				return match{}, false
			}
			day = anchorDay.AddDate(0, 0, 1)
		case "previous", "preceding", "prior":
			if s+1 == i {
				return match{}, false
			}
			day = anchorDay.AddDate(0, 0, -1) // "the previous night"
		case "the":
			return match{}, false
		default:
			return match{}, false
		}
		return match{s: s, e: e, typ: TypeTime, val: dayPoint(day).value() + "T" + pod, pt: dayPoint(day)}, true
	}
	return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}, true
}

// ---- today, yesterday, tomorrow, tonight ----

func (p *parser) matchDeictic(i int) (match, bool) {
	s := i
	off := 0
	switch p.l(i) {
	case "today":
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	case "tonight":
		if !p.hasDCT {
			return match{s: s, e: i + 1, typ: TypeTime, val: "XXXX-XX-XXTNI"}, true
		}
		pt := dayPoint(p.dct)
		return match{s: s, e: i + 1, typ: TypeTime, val: pt.value() + "TNI", pt: pt}, true
	case "the":
		if e, ok := p.seq(i, "the", "day", "before", "yesterday"); ok {
			return p.dayOffset(s, e, -2), true
		}
		if e, ok := p.seq(i, "the", "day", "after", "tomorrow"); ok {
			return p.dayOffset(s, e, 2), true
		}
		if m, ok := p.dayBeside(i); ok {
			return m, true
		}
		return p.nthDayToday(i)
	default:
		return match{}, false
	}
	e := i + 1
	m := p.dayOffset(s, e, off)
	if pod, ok := partsOfDay[p.l(e)]; ok {
		m.e = e + 1
		m.typ = TypeTime
		m.val += "T" + pod
	}
	return m, true
}

// dayBeside matches "the day before last Tuesday('s hearing)", "the day
// after Oct. 7": the day next to a date that names its day.
func (p *parser) dayBeside(s int) (match, bool) {
	off := 0
	switch {
	case p.l(s+1) != "day":
		return match{}, false
	case p.l(s+2) == "before":
		off = -1
	case p.l(s+2) == "after":
		off = 1
	default:
		return match{}, false
	}
	for _, f := range []matcher{(*parser).matchWeekday, (*parser).matchMonth} {
		if m, ok := f(p, s+3); ok && m.s == s+3 && m.pt.gran == granDay && m.typ == TypeDate {
			pt := dayPoint(m.pt.t.AddDate(0, 0, off))
			return match{s: s, e: m.e, typ: TypeDate, val: pt.value(), pt: pt}, true
		}
	}
	return match{}, false
}

// nthDayToday matches "today is the eighth day of the blockade", "it's
// the second day of the offensive": the ordinal day of something, said in
// the present tense of its own day, is the DCT.
func (p *parser) nthDayToday(s int) (match, bool) {
	t := p.tok(s + 1)
	ord := ordinals[t.l] > 0
	if t.kind == kMixed && len(t.l) > 2 {
		_, ok := smallNumber(t.l[:len(t.l)-2])
		ord = ok && strings.Contains("st nd rd th", t.l[len(t.l)-2:])
	}
	if !ord || p.l(s+2) != "day" || !p.oneOf(s-1, "is", "'s") || !p.oneOf(s-2, "today", "it", "this") {
		return match{}, false
	}
	return p.dayOffset(s, s+3, 0), true
}

func (p *parser) dayOffset(s, e, off int) match {
	if !p.hasDCT {
		return match{s: s, e: e, typ: TypeDate, val: "XXXX-XX-XX"}
	}
	pt := dayPoint(p.dct.AddDate(0, 0, off))
	return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}
}

// matchTheYear: "the year", "the full year", "the fiscal year" in company
// reports: the DCT's year, or a one-year duration when it is "the year
// ended June 30".
func (p *parser) matchTheYear(i int) (match, bool) {
	if p.l(i) != "the" || !p.oneOf(i-1, "for", "of", "in", "through", "throughout", "during") {
		return match{}, false
	}
	j := i + 1
	rel := 0
	for k := 0; k < 2; k++ {
		switch p.l(j) {
		case "full", "fiscal", "current", "calendar", "whole", "entire":
			j++
		case "latest", "previous", "last", "past", "prior":
			rel = -1
			j++
		}
	}
	if p.l(j) != "year" {
		return match{}, false
	}
	e := j + 1
	if n := p.tok(e); n.l == "'s" || n.kind == kNum || n.l == "-" {
		return match{}, false
	}
	if p.oneOf(e, "ended", "ending", "ends", "to", "through") {
		return match{s: i, e: e, typ: TypeDuration, val: "P1Y"}, true
	}
	if !p.hasDCT {
		return match{s: i, e: e, typ: TypeDate, val: "XXXX"}, true
	}
	pt := yearPoint(p.dct.Year() + rel)
	return match{s: i, e: e, typ: TypeDate, val: pt.value(), pt: pt}, true
}

// matchWeekOf: "the week of March 6" is the week that holds the day.
func (p *parser) matchWeekOf(i int) (match, bool) {
	e, ok := p.seq(i, "the", "week", "of")
	if !ok {
		return match{}, false
	}
	var day match
	found := false
	for _, f := range []matcher{(*parser).matchMonth, (*parser).matchDayMonth} {
		if m, ok := f(p, e); ok && m.pt.gran == granDay {
			day, found = m, true
			break
		}
	}
	if !found {
		return match{}, false
	}
	pt := weekPoint(day.pt.t)
	return match{s: i, e: day.e, typ: TypeDate, val: pt.value(), pt: pt}, true
}

// matchPartOfDay: "mid-afternoon yesterday", "late morning Friday": a part
// of day with the day it belongs to.
func (p *parser) matchPartOfDay(i int) (match, bool) {
	s := i
	if p.oneOf(i, "early", "late", "mid") {
		i++
		if p.hyphen(i) {
			i++
		}
	}
	pod, ok := partsOfDay[p.l(i)]
	if !ok || pod == "NI" && s == i {
		return match{}, false
	}
	e := i + 1
	for _, f := range []matcher{(*parser).matchDeictic, (*parser).matchWeekday} {
		if m, ok := f(p, e); ok && m.typ == TypeDate && (m.pt.gran == granDay || !p.hasDCT) {
			v := m.val
			if len(v) > 10 {
				v = v[:10]
			}
			return match{s: s, e: m.e, typ: TypeTime, val: v + "T" + pod, pt: m.pt, bare: m.bare}, true
		}
	}
	if s == i || !p.oneOf(s-1, "in", "on", "during", "by", "until", "since", "at", "from", "through") {
		return match{}, false // a bare "morning", "the early morning raid"
	}
	if !p.hasDCT {
		return match{s: s, e: e, typ: TypeTime, val: "XXXX-XX-XXT" + pod}, true
	}
	day := p.sentenceDay(s)
	return match{s: s, e: e, typ: TypeTime, val: day.value() + "T" + pod, pt: day}, true
}
