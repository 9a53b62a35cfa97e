package timex

import (
	"fmt"
	"math/bits"
	"strings"
	"time"
)

// ---- durations and offsets: three days, a week earlier, two years ago ----

var durMods = []struct {
	words []string
	mod   string
}{
	{[]string{"more", "than"}, "MORE_THAN"},
	{[]string{"less", "than"}, "LESS_THAN"},
	{[]string{"fewer", "than"}, "LESS_THAN"},
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS"},
	{[]string{"at", "least"}, "EQUAL_OR_MORE"},
	{[]string{"at", "most"}, "EQUAL_OR_LESS"},
	{[]string{"up", "to"}, "EQUAL_OR_LESS"},
	{[]string{"nearly"}, "LESS_THAN"},
	{[]string{"almost"}, "LESS_THAN"},
	{[]string{"about"}, "APPROX"},
	{[]string{"around"}, "APPROX"},
	{[]string{"roughly"}, "APPROX"},
	{[]string{"approximately"}, "APPROX"},
	{[]string{"some"}, "APPROX"},
	{[]string{"over"}, "MORE_THAN"},
	{[]string{"within"}, "LESS_THAN"},
	{[]string{"under"}, "LESS_THAN"},
}

// durModStarts maps the first word of each of durMods to the mask of the
// phrases it starts, in their order.
var durModStarts = func() wordTable {
	starts := map[string]uint32{}
	for k, dm := range durMods {
		starts[dm.words[0]] |= 1 << k
	}
	return newWordTable(starts)
}()

// isDurFrame reports whether w is one of durFrames.
func isDurFrame(w string) bool { return numberWords.get(w)&clDurFrame != 0 }

var durFrames = set("past", "last", "next", "first", "coming", "previous", "following", "final",
	"latest", "remaining", "initial", "same", "entire", "whole", "full")

var durFillers = set("more", "additional", "full", "straight", "consecutive", "long", "trading",
	"business", "calendar", "working", "extra", "further", "short", "whole", "entire", "solid")

// quantity parses a count at i: digits, words, "a", "a few", "a couple of",
// "several"; n < 0 means unspecified. plural reports whether a plural unit
// must follow.
func (p *parser) quantity(i int) (n, e int, ok bool) {
	l := p.l(i)
	switch {
	case l == "a" || l == "an" || l == "one" && p.tok(i+1).kind == kWord && !isPluralUnit(p.l(i+1)):
		if p.l(i+1) == "few" {
			return -1, i + 2, true
		}
		if p.l(i+1) == "couple" && p.l(i+2) == "of" {
			return 2, i + 3, true
		}
		if p.l(i+1) == "dozen" {
			return 12, i + 2, true
		}
		if p.l(i+1) == "half" {
			return 0, i, false
		}
		if p.l(i+1) == "hundred" || p.l(i+1) == "thousand" {
			v := 100
			if p.l(i+1) == "thousand" {
				v = 1000
			}
			v, u := andUnder100(p.toks, i, v, 2)
			return v, i + u, true
		}
		return 1, i + 1, true
	case numberWords.get(l)&clFuzzy != 0:
		return -1, i + 1, true
	case l == "couple" && p.l(i+1) == "of":
		return 2, i + 2, true
	}
	if n, u, ok := wordNumber(p.toks, i); ok {
		e := i + u
		// "two to three weeks", "12 to 18 months": the first figure
		if p.oneOf(e, "to", "or") || p.hyphen(e) && p.tok(e+1).kind == kNum {
			if _, u2, ok := wordNumber(p.toks, e+1); ok {
				e = e + 1 + u2
			}
		}
		return n, e, true
	}
	return 0, i, false
}

// matchDuration matches a duration or offset; its extent leaves out
// "within", though it sets the mod, and the article of an adjective ("the
// [eight-year] war"), as TempEval-3 does, so the match may start after i.
func (p *parser) matchDuration(i int) (match, bool) {
	if p.l(i) == "the" && p.l(i+1) == "year" && p.hyphen(i+2) && p.oneOf(i+3, "earlier", "ago") {
		// "the year-earlier nine months": the period a year before
		if m, ok := p.duration(i + 4); ok && m.s == i+4 && m.typ == TypeDuration {
			m.s = i
			return m, true
		}
	}
	m, ok := p.duration(i)
	if !ok || m.s != i || m.typ != TypeDuration {
		return m, ok
	}
	if p.l(i) == "within" && m.e > i+1 {
		m.s = i + 1
	} else if p.l(i) == "the" && m.e == i+4 && p.hyphen(i+2) {
		m.s = i + 1
	}
	return m, ok
}

func (p *parser) duration(i int) (match, bool) {
	s := i
	mod := ""
	frame := ""
	if l := p.l(i); l == "the" || l == "a" && isDurFrame(p.l(i+1)) || l == "each" && p.l(i+1) == "of" && p.l(i+2) == "the" {
		if l == "each" {
			i += 2
		}
		i++
		if isDurFrame(p.l(i)) {
			frame = p.l(i)
			i++
		}
	} else if (l == "past" || l == "last" || l == "next" || l == "coming" || l == "first") && isDurFrame(l) {
		frame = l
		i++
	} else {
		for ks := durModStarts.get(l); ks != 0; ks &= ks - 1 {
			dm := durMods[bits.TrailingZeros32(ks)]
			if e, ok := p.seq(i, dm.words...); ok {
				mod, i = dm.mod, e
				break
			}
		}
		if p.l(i) == "the" && isDurFrame(p.l(i+1)) {
			return match{}, false // "over the past year": the frame starts the extent
		}
	}
	// "half an hour"
	if p.l(i) == "half" && (p.l(i+1) == "an" || p.l(i+1) == "a") {
		if u, ok := units[p.l(i+2)]; ok && u.code == "H" {
			return match{s: s, e: i + 3, typ: TypeDuration, val: "PT30M", mod: mod}, true
		}
		if u, ok := units[p.l(i+2)]; ok && u.code == "Y" && u.mult == 1 {
			return match{s: s, e: i + 3, typ: TypeDuration, val: "P6M", mod: mod}, true
		}
	}
	n, j, ok := p.quantity(i)
	if ok && p.l(i) == "many" && p.l(i-1) == "as" {
		return match{}, false // "three times in as many days": the count is elsewhere
	}
	if !ok && s == i && p.oneOf(i-1, "for", "within", "in", "over", "after") && isPluralUnit(p.l(i)) && units[p.l(i)].code != "Q" {
		// "for weeks", "within days"
		if n := p.tok(i + 1); !(n.kind == kWord && (n.l == "of" || n.l == "ago" || n.l == "later" || n.l == "earlier")) {
			return match{s: s, e: i + 1, typ: TypeDuration, val: durationValue(-1, units[p.l(i)])}, true
		}
	}
	if !ok && s == i && p.hyphen(i+1) && p.l(i+2) == "long" {
		// a unit's adjective: "a day-long meeting", "the decades-long feud"
		if u, ok := units[p.l(i)]; ok && u.code != "Q" && p.l(i) != "night" {
			n := 1
			if isPluralUnit(p.l(i)) {
				n = -1
			}
			return match{s: s, e: i + 3, typ: TypeDuration, val: durationValue(n, u)}, true
		}
	}
	if !ok {
		// bare plural after a frame: "the past months", "recent weeks", "coming years"
		if (frame != "" || p.oneOf(i, "recent", "coming")) && isPluralUnit(p.l(i+1)) || frame != "" && isPluralUnit(p.l(i)) {
			k := i
			if p.oneOf(i, "recent", "coming") {
				k++
			}
			u := units[p.l(k)]
			if frame == "" && p.l(i) == "recent" && u.code == "Y" && u.mult == 1 {
				return match{s: s, e: k + 1, typ: TypeDate, val: "PAST_REF"}, true
			}
			return match{s: s, e: k + 1, typ: TypeDuration, val: durationValue(-1, u), mod: mod}, true
		}
		return match{}, false
	}
	// "5 1/2 hours", "2½ years", "two and a half years": a half more
	half := false
	if n > 0 && p.l(j) == "and" && p.oneOf(j+1, "a", "one") && p.l(j+2) == "half" && isPluralUnit(p.l(j+3)) {
		half, j = true, j+3
	}
	if n > 0 && p.tok(i).kind == kNum && j == i+1 {
		if p.l(j) == "1" && p.l(j+1) == "/" && p.l(j+2) == "2" && !p.tok(j+1).space && !p.tok(j+2).space {
			half, j = true, j+3
		} else if p.l(j) == "½" {
			half, j = true, j+1
		}
	}
	for numberWords.get(p.l(j))&clDurFiller != 0 && p.l(j+1) != "than" {
		j++
	}
	// hyphenated adjective: two-week, 10-year-old, 30-day
	hyph := false
	if p.hyphen(j) {
		hyph = true
		j++
	}
	uw := p.l(j)
	if !hyph && p.hyphen(j+1) && p.oneOf(j+2, "earlier", "ago") {
		return match{}, false // "a year-earlier loss": the adjective alone
	}
	u, ok := units[uw]
	if !ok || hyph && u.code == "Q" && isPluralUnit(uw) {
		return match{}, false // "three-quarters" is a fraction
	}
	plural := isPluralUnit(uw)
	if n == 1 && plural && !hyph || n > 1 && !plural && !hyph && p.tok(i).kind != kNum && !strings.HasSuffix(p.l(j-1), "-") {
		// "one years", "two week": accept the latter (spoken "two day"), reject "a years"
		if n == 1 {
			return match{}, false
		}
	}
	if n < 0 && !plural && !hyph {
		return match{}, false
	}
	if p.tok(j).isCap() && !p.newSentence(i) && !p.tok(i).isCap() && !p.tok(i-1).isCap() {
		return match{}, false // a title in running text: CBS's "60 Minutes"
	}
	if uw == "second" && n == 1 && (p.l(i) == "a" || p.l(i) == "an") {
		return match{}, false // "a second time"
	}
	if u.code == "D" && (uw == "night" || uw == "nights") && n == 1 {
		return match{}, false
	}
	e := j + 1
	if hyph && p.hyphen(e) && p.l(e+1) == "old" || !hyph && p.l(e) == "old" && u.code == "Y" {
		return match{}, false // ages ("a 6-year-old", "52 years old") are not time expressions in TimeML
	}
	if hyph && p.hyphen(e) && p.l(e+1) == "long" {
		e += 2
	} else if !hyph && frame == "" && mod == "" && p.hyphen(e) && p.l(e+1) == "long" {
		// "a month-long strike": the adjective, without its article
		e += 2
		hyph = true
		if p.oneOf(s, "a", "an") {
			s++
		}
	}
	if n == 0 {
		return match{}, false
	}
	// "in two weeks' time": that long from the DCT
	if !hyph && frame == "" && n > 0 && p.l(s-1) == "in" && (p.l(e) == "'" || p.l(e) == "’" || p.l(e) == "'s") && p.l(e+1) == "time" && !u.time {
		return p.offset(s, e+2, n, u, true, mod), true
	}
	// "a week or so ago": the "or so" only softens an offset
	if !hyph && p.l(e) == "or" && p.l(e+1) == "so" && p.oneOf(e+2, "ago", "earlier", "later") {
		e += 2
		if mod == "" {
			mod = "APPROX"
		}
	}
	val := durationValue(n, u)
	// "a minute and a half"
	if !hyph && n > 0 && p.oneOf(e, "and") && p.oneOf(e+1, "a", "one") && p.l(e+2) == "half" {
		half, e = true, e+3
	}
	if half {
		if v, ok := halfMore(n, u); ok {
			val = v
		}
	}
	if u.code == "Q" {
		if n > 0 {
			val = fmt.Sprintf("P%dQ", n)
		} else {
			val = "PXQ"
		}
	}
	// offsets; "an hour later" is an hour: a clock offset gives no date
	if u.time && p.oneOf(e, "later", "earlier", "afterward", "afterwards", "before", "after") && p.l(e-1) != "ago" {
		return match{s: s, e: e, typ: TypeDuration, val: val, mod: mod}, true
	}
	if !hyph && frame == "" && n < 0 {
		switch p.l(e) {
		case "ago", "earlier":
			return match{s: s, e: e + 1, typ: TypeDate, val: "PAST_REF", mod: mod}, true
		case "hence":
			return match{s: s, e: e + 1, typ: TypeDate, val: "FUTURE_REF", mod: mod}, true
		case "later":
			// "a few days later" is after the DCT only in a future clause; in
			// a narrative it is some days after the last event: a duration
			if p.tense(s, e+1) == TenseFuture {
				return match{s: s, e: e + 1, typ: TypeDate, val: "FUTURE_REF", mod: mod}, true
			}
			return match{s: s, e: e, typ: TypeDuration, val: val, mod: mod}, true
		}
	}
	// "will one day be": some day in the future, not a day's length
	if n == 1 && e == i+2 && p.l(i) == "one" && uw == "day" && modals[p.l(s-1)] {
		return match{s: s, e: e, typ: TypeDate, val: "FUTURE_REF"}, true
	}
	if !hyph && frame == "" && n > 0 {
		switch p.l(e) {
		case "ago":
			return p.offset(s, e+1, -n, u, true, mod), true
		case "earlier", "before", "previously", "prior":
			if p.l(e) != "before" && p.l(e) != "prior" || p.endsPhrase(e+1) {
				return p.offset(s, e+1, -n, u, false, mod), true
			}
		case "later", "after", "afterward", "afterwards", "hence":
			if p.l(e) != "after" || p.endsPhrase(e+1) {
				if p.l(e) == "hence" {
					return p.offset(s, e+1, n, u, true, mod), true
				}
				return p.offset(s, e+1, n, u, false, mod), true
			}
		case "from":
			if p.l(e+1) == "now" {
				return p.offset(s, e+2, n, u, true, mod), true
			}
		}
	}
	// set: "$10 a year", "twice a week", "per day"
	if (p.l(i) == "a" || p.l(i) == "per") && frame == "" && mod == "" && n == 1 {
		b := p.tok(s - 1)
		if b.kind == kNum || b.l == "%" || b.l == "percent" || b.l == "twice" || b.l == "once" || b.l == "times" ||
			b.l == "cents" || b.l == "dollars" || strings.HasSuffix(b.l, "illion") {
			return match{s: s, e: e, typ: TypeSet, val: val}, true
		}
	}
	// "the past year" is last year in TimeBank
	if n == 1 && (frame == "past" || frame == "last") && u.code == "Y" && u.mult == 1 && p.l(i) != "one" && p.hasDCT && p.l(s) == "the" {
		pt := yearPoint(p.dct.Year() - 1)
		return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	if frame == "" && p.l(s) == "the" && n == 1 {
		return match{}, false // "the year", "the day": too vague
	}
	return match{s: s, e: e, typ: TypeDuration, val: val, mod: mod}, true
}

// halfMore renders n and a half units as an ISO 8601 duration.
func halfMore(n int, u unit) (string, bool) {
	if u.mult != 1 {
		return "", false
	}
	switch u.code {
	case "Y":
		return fmt.Sprintf("P%dY6M", n), true
	case "D":
		return fmt.Sprintf("P%dDT12H", n), true
	case "W":
		return fmt.Sprintf("P%dDT12H", 7*n+3), true
	case "H":
		return fmt.Sprintf("PT%dH30M", n), true
	case "M":
		if u.time {
			return fmt.Sprintf("PT%dM30S", n), true
		}
		return fmt.Sprintf("P%dM15D", n), true
	}
	return "", false
}

// endsPhrase reports whether token i ends a phrase (so "before" / "after"
// are adverbs, not prepositions).
func (p *parser) endsPhrase(i int) bool {
	t := p.tok(i)
	return i >= len(p.toks) || t.kind == kPunct && t.l != "'" || t.l == "and" || t.l == "but" || t.l == "when"
}

// offset resolves n units from the DCT (fromDCT) or from the last date
// mentioned.
func (p *parser) offset(s, e, n int, u unit, fromDCT bool, mod string) match {
	m := match{s: s, e: e, typ: TypeDate, mod: mod, noAnchor: !fromDCT}
	if !p.hasDCT {
		m.val = map[string]string{"Y": "XXXX", "Q": "XXXX-QX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}[u.code]
		if m.val == "" {
			m.val = "XXXX-XX-XXTXX:XX"
		}
		return m
	}
	base := dayPoint(p.dct)
	if !fromDCT && p.anchor.ok() {
		base = p.anchor
	}
	k := n * u.mult
	code := u.code
	if u.time {
		code = "T" // hours, minutes, seconds: the day of the base
	}
	switch code {
	case "Y":
		switch {
		case base.gran == granQuarter || base.gran == granMonth:
			m.pt = shift(base, k, "Y")
		case base.gran == granDay && u.mult == 1 && p.anchorIsQuarterContext():
			m.pt = shift(p.lastQuarter(), k, "Y")
			m.noAnchor = true // "a year ago" compares; the quarter under discussion stays
		case base.gran == granDay && !fromDCT:
			m.pt = shift(base, k, "Y")
		default:
			m.pt = yearPoint(base.t.Year() + k)
		}
	case "Q":
		b := base
		if b.gran != granQuarter {
			b = quarterPoint(b.t.Year(), quarterOf(b.t))
		}
		m.pt = shift(b, k, "Q")
	case "M":
		if base.gran < granMonth {
			m.val = "XXXX-XX"
			return m
		}
		m.pt = shift(monthPoint(base.t.Year(), int(base.t.Month())), k, "M")
	case "W":
		if base.gran < granWeek {
			m.val = "XXXX-WXX"
			return m
		}
		m.pt = dayPoint(base.t.AddDate(0, 0, 7*k))
		if k <= -3 || k >= 3 {
			m.pt = weekPoint(m.pt.t)
		}
	case "D":
		if base.gran < granDay {
			m.val = "XXXX-XX-XX"
			return m
		}
		m.pt = dayPoint(base.t.AddDate(0, 0, k))
		if !fromDCT && base.gran == granDay {
			m.noAnchor = false // "Two days later, ... The next day": the story moves on
		}
	default:
		if base.gran < granDay {
			m.val = "XXXX-XX-XX"
			return m
		}
		m.typ = TypeTime
		m.val = base.value()
		return m
	}
	m.val = m.pt.value()
	return m
}

// anchorIsQuarterContext reports whether recent text talks about quarters.
func (p *parser) anchorIsQuarterContext() bool {
	for k := len(p.out) - 1; k >= 0 && k >= len(p.out)-3; k-- {
		if strings.Contains(p.out[k].Value, "-Q") {
			return true
		}
	}
	return false
}

// ---- now, recently, the future ----

func (p *parser) matchRef(i int) (match, bool) {
	s := i
	ref := func(e int, v string) (match, bool) {
		return match{s: s, e: e, typ: TypeDate, val: v}, true
	}
	switch p.l(i) {
	case "now":
		if p.l(i-1) == "right" || p.l(i-1) == "just" {
			return match{}, false
		}
		if p.newSentence(i) && p.l(i+1) == "," {
			return match{}, false // "Now, he says, ...": a discourse marker
		}
		return ref(i+1, "PRESENT_REF")
	case "right", "just":
		if p.l(i+1) == "now" {
			return ref(i+2, "PRESENT_REF")
		}
	case "currently", "nowadays", "presently":
		return ref(i+1, "PRESENT_REF")
	case "these":
		if p.l(i+1) == "days" {
			return ref(i+2, "PRESENT_REF")
		}
	case "then":
		if p.l(i+1) == "current" {
			return ref(i+2, "PAST_REF") // "the then current price"
		}
	case "current":
		if p.tok(i).isCap() || p.oneOf(i+1, "account", "accounts", "affairs", "events", "assets", "liabilities", "ratio") {
			return match{}, false
		}
		if p.oneOf(i+1, "quarter", "year", "month", "week", "period", "fiscal") {
			return match{}, false
		}
		return ref(i+1, "PRESENT_REF")
	case "recently", "lately":
		if p.l(i-1) == "more" || p.l(i-1) == "most" || p.l(i-1) == "until" {
			s = i - 1
		}
		return ref(i+1, "PAST_REF")
	case "as":
		if e, ok := p.seq(i, "as", "soon", "as", "possible"); ok {
			return ref(e, "FUTURE_REF")
		}
	case "the":
		if e, ok := p.seq(i, "the", "future"); ok {
			if p.l(i-1) == "to" && p.l(e) != "," || p.l(e) == "of" {
				return match{}, false // "an approach to the future", "the future of our peoples"
			}
			return ref(e, "FUTURE_REF")
		}
		if e, ok := p.seq(i, "the", "near", "future"); ok {
			return ref(e, "FUTURE_REF")
		}
		if e, ok := p.seq(i, "the", "distant", "future"); ok {
			return ref(e, "FUTURE_REF")
		}
		for _, w := range []string{"near", "short", "long"} {
			if e, ok := p.seq(i, "the", w, "term"); ok {
				return ref(e, "FUTURE_REF")
			}
		}
		if e, ok := p.seq(i, "the", "present"); ok && !p.oneOf(e, "government", "system", "situation", "case") && p.tok(e).kind != kWord {
			return ref(e, "PRESENT_REF")
		}
		if e, ok := p.seq(i, "the", "past"); ok {
			n := p.tok(e)
			if n.kind == kPunct || p.oneOf(e, "and", "but", "when", "that", "because", "as", "is", "was", "has", "have", "had", "in", "to", "for", "we", "they", "he", "she", "it", "i") {
				return ref(e, "PAST_REF")
			}
		}
	case "a":
		if e, ok := p.seq(i, "a", "later", "date"); ok {
			return ref(e, "FUTURE_REF")
		}
	}
	return match{}, false
}

// ---- sets: daily, each week, every Thursday ----

var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W",
	"semiannually": "P6M", "biannually": "P6M",
}

func (p *parser) matchSet(i int) (match, bool) {
	s := i
	if v, ok := setAdverbs[p.l(i)]; ok {
		if p.l(i) == "annually" && p.quantityBefore(i) {
			return match{}, false // "rise 8.5% annually", "10,000 units annually": a rate
		}
		return match{s: s, e: i + 1, typ: TypeSet, val: v}, true
	}
	if !p.oneOf(i, "each", "every", "per") {
		return match{}, false
	}
	if u, ok := units[p.l(i+1)]; ok && u.time && p.l(i) == "per" {
		return match{}, false // "15 million instructions per second": a rate
	}
	j := i + 1
	n := 1
	if p.l(j) == "other" {
		n, j = 2, j+1
	} else if v, u, ok := wordNumber(p.toks, j); ok && v > 1 {
		n, j = v, j+u
	}
	l := p.l(j)
	if u, ok := units[l]; ok {
		if l == "night" || l == "nights" {
			return match{s: s, e: j + 1, typ: TypeSet, val: "P1D"}, true
		}
		return match{s: s, e: j + 1, typ: TypeSet, val: durationValue(n, u)}, true
	}
	if l == "season" {
		return match{s: s, e: j + 1, typ: TypeSet, val: "P3M"}, true
	}
	if _, ok := seasons[l]; ok {
		return match{s: s, e: j + 1, typ: TypeSet, val: "XXXX-" + seasons[l]}, true
	}
	if pod, ok := partsOfDay[l]; ok {
		return match{s: s, e: j + 1, typ: TypeSet, val: "XXXX-XX-XXT" + pod}, true
	}
	if wd, ok := weekdays[l]; ok && len(l) > 5 {
		return match{s: s, e: j + 1, typ: TypeSet, val: weekdayX(wd)}, true
	}
	if m, ok := months[l]; ok && len(l) > 2 && p.tok(j).isCap() {
		return match{s: s, e: j + 1, typ: TypeSet, val: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	return match{}, false
}

// quantityBefore reports whether a number or a percentage stands among
// the three tokens before i, which makes a frequency adverb a rate.
func (p *parser) quantityBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if t := p.tok(j); t.kind == kNum || t.l == "%" || t.l == "percent" {
			return true
		}
	}
	return false
}

// ---- clock times: 3 p.m., 10:35 a.m., noon ----

var timeZones = set("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
	"cest", "eet", "ist", "jst", "et", "pt", "ct", "mt")

func (p *parser) matchTime(i int) (match, bool) {
	s := i
	if p.oneOf(i, "around", "about", "approximately", "roughly") {
		i++
	}
	hh, mm := -1, 0
	e := i
	t := p.tok(i)
	switch {
	case (t.l == "noon" || t.l == "midday") && p.l(i-1) != "high":
		hh, e = 12, i+1
	case t.l == "midnight":
		hh, e = 24, i+1
	case t.kind == kNum && len(t.l) == 4 && (timeZones[p.l(i+1)] || p.l(i+1) == "local" && p.l(i+2) == "time"):
		// wire copy's clock: "at 0600 GMT", "1430 local time"
		h, _ := smallNumber(t.l[:2])
		m, ok := smallNumber(t.l[2:])
		if !ok || h > 24 || m > 59 || h == 24 && m > 0 {
			return match{}, false
		}
		hh, mm, e = h, m, i+1
	case t.kind == kNum || t.kind == kMixed:
		h, m, ok := parseClock(t.l)
		if !ok {
			return match{}, false
		}
		n := p.l(i + 1)
		ampm := ""
		if t.kind == kMixed {
			if strings.HasSuffix(t.l, "am") || strings.HasSuffix(t.l, "pm") {
				ampm = t.l[len(t.l)-2:]
				h, m, ok = parseClock(t.l[:len(t.l)-2])
				if !ok {
					return match{}, false
				}
			} else {
				return match{}, false
			}
			e = i + 1
		} else if strings.HasPrefix(n, "a.m") || n == "am" && p.tok(i+1).kind == kWord {
			ampm, e = "am", i+2
		} else if strings.HasPrefix(n, "p.m") || n == "pm" {
			ampm, e = "pm", i+2
		} else if n == "o'clock" {
			e = i + 2
		} else if e2, ok := p.seq(i+1, "in", "the"); ok && partsOfDay[p.l(e2)] != "" {
			if partsOfDay[p.l(e2)] != "MO" && h < 12 {
				h += 12
			}
			e = e2 + 1
		} else if strings.Contains(t.l, ":") && timeZones[p.l(i+1)] {
			e = i + 1
		} else {
			return match{}, false
		}
		if h > 12 && ampm != "" || h > 24 {
			return match{}, false
		}
		if ampm == "pm" && h < 12 {
			h += 12
		}
		if ampm == "am" && h == 12 {
			h = 0
		}
		hh, mm = h, m
	default:
		return match{}, false
	}
	if timeZones[p.l(e)] || p.l(e) == "local" && p.l(e+1) == "time" {
		if p.l(e) == "local" {
			e++
		}
		e++
	}
	// a day after it: "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "noon today"
	var day point
	bare := false
	k := e
	if p.l(k) == "," {
		k++
	}
	if p.l(k) == "on" {
		k++
	}
	for _, f := range []matcher{(*parser).matchWeekday, (*parser).matchDeictic, (*parser).matchMonth} {
		if m, ok := f(p, k); ok && m.pt.gran == granDay && m.typ == TypeDate {
			day, e, bare = m.pt, m.e, m.bare
			break
		}
	}
	if !day.ok() {
		day = p.sentenceDay(s)
	}
	clock := fmt.Sprintf("T%02d:%02d", hh, mm)
	if !day.ok() {
		return match{s: s, e: e, typ: TypeTime, val: "XXXX-XX-XX" + clock}, true
	}
	return match{s: s, e: e, typ: TypeTime, val: day.value() + clock, pt: day, bare: bare}, true
}

// parseClock parses "3", "10:35".
func parseClock(s string) (h, m int, ok bool) {
	hs, ms, colon := strings.Cut(s, ":")
	h, ok = smallNumber(hs)
	if !ok || len(hs) > 2 || h > 24 {
		return 0, 0, false
	}
	if colon {
		m, ok = smallNumber(ms)
		if !ok || len(ms) != 2 || m > 59 {
			return 0, 0, false
		}
	}
	return h, m, true
}

// smallNumber parses one to four ASCII digits, as strconv.Atoi would but
// without making an error for the many tokens that are not numbers.
func smallNumber(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// sentenceDay is the day a clock time in the sentence at token s belongs
// to: the last day named earlier in the sentence, else the DCT.
func (p *parser) sentenceDay(s int) point {
	start := s
	for start > 0 && !p.newSentence(start) {
		start--
	}
	for k := len(p.out) - 1; k >= 0; k-- {
		o := p.out[k]
		if o.Start < p.toks[start].s {
			break
		}
		if len(o.Value) >= 10 && o.Value[4] == '-' && o.Value[7] == '-' {
			if t, ok := parseDCT(o.Value[:10]); ok {
				return dayPoint(t)
			}
		}
	}
	// a day named later in the sentence
	for j := s; j < len(p.toks) && j < s+20 && !p.boundary(j); j++ {
		if wd, ok := p.weekdayAt(j); ok && p.hasDCT {
			return dayPoint(resolveWeekday(p.dct, wd, p.tense(j, j+1)))
		}
	}
	if p.hasDCT {
		return dayPoint(p.dct)
	}
	return point{}
}

// ---- holidays ----

func (p *parser) matchHoliday(i int) (match, bool) {
	s := i
	dir := ""
	if p.oneOf(i, "last", "next", "this") {
		dir = p.l(i)
		i++
	}
	if !p.tok(i).isCap() {
		return match{}, false
	}
	key, e := "", 0
	var b strings.Builder
	for j := i; j < i+5 && j < len(p.toks); j++ {
		t := p.toks[j]
		if j > i && t.l != "'s" {
			b.WriteByte(' ')
		}
		b.WriteString(t.l)
		if _, ok := holidays[b.String()]; ok {
			key, e = b.String(), j+1
		}
	}
	if key == "" {
		return match{}, false
	}
	f := holidays[key]
	// "Easter week", "Christmas week": the ISO week of the holiday, whose
	// Monday decides on which side of the DCT it lies
	week := p.l(e) == "week"
	if week {
		day := f
		f = func(y int) time.Time { d := day(y); return d.AddDate(0, 0, 1-isoWeekday(d.Weekday())) }
		e++
	}
	if y, ye, ok := p.yearNum(e); ok && p.tok(e).kind == kNum {
		pt := dayPoint(f(y))
		if week {
			pt = weekPoint(f(y))
		}
		return match{s: s, e: ye, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	if !p.hasDCT {
		return match{s: s, e: e, typ: TypeDate, val: "XXXX-XX-XX"}, true
	}
	y := p.dct.Year()
	cur := f(y)
	var t = cur
	tense := p.tense(s, e)
	switch dir {
	case "last":
		tense = TensePast
		if !cur.Before(p.dct) {
			t = f(y - 1)
		}
	case "next":
		tense = TenseFuture
		if !cur.After(p.dct) {
			t = f(y + 1)
		}
	case "this":
	default:
		switch tense {
		case TensePast:
			if cur.After(p.dct) {
				t = f(y - 1)
			}
		case TenseFuture:
			if cur.Before(p.dct) {
				t = f(y + 1)
			}
		default:
			prev, next := f(y-1), f(y+1)
			if absDays(prev.Sub(p.dct)) < absDays(t.Sub(p.dct)) {
				t = prev
			}
			if absDays(next.Sub(p.dct)) < absDays(t.Sub(p.dct)) {
				t = next
			}
		}
	}
	pt := dayPoint(t)
	if week {
		pt = weekPoint(t)
	}
	return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}, true
}
