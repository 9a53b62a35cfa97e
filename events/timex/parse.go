package timex

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"
)

// match is one candidate expression over tokens [s, e).
type match struct {
	s, e int
	typ  string
	val  string
	mod  string
	pt   point // the resolved date, when there is one (for anchoring)
	// noAnchor keeps a derived date ("a year earlier") from becoming the
	// anchor of later relative expressions
	noAnchor bool
	// bare marks a weekday resolved by tense alone ("Tuesday", not "last
	// Tuesday" nor "Tuesday, Aug. 18")
	bare bool
}

// parser holds the state of one Tag call.
type parser struct {
	text   string
	toks   []token
	dct    time.Time
	hasDCT bool
	anchor point // the last date mentioned (initially the DCT)
	out    []Timex
	// the end token and point of the last emitted month-day, for "Oct. 7-9"
	lastDayEnd int
	lastDay    point
	lastEnd    int       // end token of the last emitted expression
	bare       []bareDay // the bare weekdays in out
	topic      point     // the first quarter the text names
	used       int       // the most tokens a paragraph had: what the buffer must clear
	low        string    // asciiLower(text), when the caller gave it (see TagLower)
	// slow turns off the starter filter: every token is tried (tests
	// check that the output is the same)
	slow bool
}

// bareDay is a bare weekday of the output: its index and its date.
type bareDay struct {
	k int
	t time.Time
}

func newParser(text, dct string) *parser {
	p := &parser{text: text}
	p.dct, p.hasDCT = parseDCT(dct)
	if p.hasDCT {
		p.anchor = dayPoint(p.dct)
	}
	return p
}

// run tags the text one paragraph at a time, reusing one token buffer: no
// expression, and no tense cue, crosses a blank line, and the memory used
// stays that of the longest paragraph. The state that spans paragraphs
// (the anchor date, the topic quarter, the weekdays of storyDay) lives in
// the parser and in its output.
func (p *parser) run() {
	low := p.low
	if low == "" {
		low = asciiLower(p.text)
	}
	for from := 0; from < len(p.text); {
		to := paragraphEnd(p.text, from)
		p.toks = tokenizeRange(p.text, low, from, to, p.toks[:0])
		p.used = max(p.used, len(p.toks))
		p.lastDayEnd, p.lastEnd = -1, -1
		for i := 0; i < len(p.toks); {
			mask := allMatchers
			if !p.slow {
				mask = startMask(p.toks, i)
			}
			if mask == 0 {
				i++ // the common case, without the call
				continue
			}
			m, ok := p.best(i, mask)
			if !ok {
				i++
				continue
			}
			p.emit(m)
			i = m.e
		}
		from = to
	}
	p.storyDay()
}

// paragraphEnd returns where the paragraph that starts at from ends: at the
// first newline of the next blank line (so the next paragraph starts with
// its blank line, as in the whole text), or at the end of the text.
func paragraphEnd(text string, from int) int {
	for i := from; i < len(text); {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		nl := i + k
		j := nl + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' && nl > from {
			return nl
		}
		i = nl + 1
	}
	return len(text)
}

// storyDay makes the bare mentions of a weekday in one article name one
// day: the reading nearest the DCT among those their clauses give. This is
// the wire-copy rule of the event model: copy is often dated the evening
// before the day it reports, so when one mention of the weekday after the
// DCT is future ("talks open Tuesday morning" in a Monday story), the
// others ("flew Tuesday to the Caucasus") are that day too, not six days
// before the DCT; and an infinitive's weekday ("celebrations to mark the
// entry on Friday" in a Saturday story) is the Friday the article reports.
func (p *parser) storyDay() {
	if !p.hasDCT || len(p.bare) < 2 {
		return
	}
	var best [7]time.Time
	for _, b := range p.bare {
		wd := b.t.Weekday()
		if best[wd].IsZero() || absDays(b.t.Sub(p.dct)) < absDays(best[wd].Sub(p.dct)) {
			best[wd] = b.t
		}
	}
	for _, b := range p.bare {
		if d := best[b.t.Weekday()]; !d.Equal(b.t) {
			v := p.out[b.k].Value
			p.out[b.k].Value = dayPoint(d).value() + v[10:]
		}
	}
}

type matcher func(p *parser, i int) (match, bool)

// The indices of the matchers, in the order best tries them.
const (
	mModified = iota
	mWeekday
	mMonth
	mDayMonth
	mYear
	mDecade
	mQuarter
	mYearAgo
	mTheYear
	mYearEnd
	mRelative
	mDuration
	mDeictic
	mRef
	mSet
	mTime
	mHoliday
	mDayContinuation
	mWeekOf
	mPartOfDay
	nMatchers
)

// matchers are the patterns tried at each token, with the words each can
// start with and the lead words it can start with only before certain
// tokens (see startMask). Each lead list is read off the matcher: "the"
// starts a weekday only in "the previous Monday", "the following Monday".
// A matcher that learns to start with another word, or to read another
// word after a lead, needs it here too: TestStarterSalad and FuzzTimex
// compare the tagger with one that tries every matcher at every token.
var matchers = []struct {
	f      matcher
	starts startSet
}{
	mModified: {(*parser).matchModified, startSet{words: cat(keys(modPrefix), modFirst(false)), leads: []string{"the"},
		then: &startSet{words: modFirst(true)}}},
	mWeekday: {(*parser).matchWeekday, startSet{words: cat(keys(weekdays), plural(keys(weekdays))), leads: []string{"last", "next", "this", "coming", "the"},
		then: &startSet{words: cat(keys(weekdays), []string{"past", "coming", "previous", "preceding", "following", "next"})}}},
	mMonth:    {(*parser).matchMonth, startSet{words: keys(months), leads: monthLeads, then: &startSet{words: cat(keys(months), monthLeads)}}},
	mDayMonth: {(*parser).matchDayMonth, startSet{num: true, leads: []string{"the"}, then: &startSet{words: keys(ordinals), num: true}}},
	mYear: {(*parser).matchYear, startSet{words: cat([]string{"fiscal", "fy", "two", "pre", "post"}, keys(ones)), num: true, apos: true,
		leads: []string{"the"}, then: &startSet{words: []string{"year"}}}},
	mDecade: {(*parser).matchDecade, startSet{words: cat(keys(decadeWords), keys(ordinals), keys(tens)), num: true, apos: true,
		leads: []string{"the"}, then: &startSet{words: cat(keys(decadeWords), keys(ordinals)), num: true, apos: true}}},
	mQuarter: {(*parser).matchQuarter, startSet{words: cat(quarterFrames, keys(ordinals)), num: true, leads: []string{"the", "its", "their", "a"},
		then: &startSet{words: cat(quarterFrames, keys(ordinals), []string{"quarter", "half", "period"}), num: true}}},
	mYearAgo: {(*parser).matchYearAgo, startSet{words: []string{"year"}}},
	mTheYear: {(*parser).matchTheYear, startSet{leads: []string{"the"}, then: &startSet{words: []string{"full", "fiscal", "current", "calendar",
		"whole", "entire", "latest", "previous", "last", "past", "prior", "year"}}}},
	mYearEnd: {(*parser).matchYearEnd, startSet{words: []string{"year"}}},
	mRelative: {(*parser).matchRelative, startSet{words: keys(seasons), leads: []string{"this", "last", "next", "past", "coming", "previous", "current", "that", "the"},
		then: &startSet{words: cat(keys(seasons), relativeUnits, []string{"past", "last", "next", "coming", "previous", "current",
			"following", "same", "present", "preceding", "prior"})}}},
	mDuration: {(*parser).matchDuration, startSet{words: cat([]string{"last", "next", "past", "coming"}, durationWords, firstWords(durMods),
		keys(fuzzyQuant), keys(ones), keys(tens), keys(units)), num: true,
		leads: []string{"the", "a", "an"}, then: &startSet{words: cat(keys(durFrames), keys(durFillers), keys(fuzzyQuant), keys(ones),
			keys(tens), keys(units), []string{"half", "a", "an", "couple", "few", "dozen", "hundred", "thousand", "recent", "coming", "and",
				"-", "‐", "–"}), num: true}}},
	mDeictic: {(*parser).matchDeictic, startSet{words: []string{"today", "yesterday", "tomorrow", "tonight"}, leads: []string{"the"},
		then: &startSet{words: cat(keys(ordinals), []string{"day"}), num: true}}},
	mRef: {(*parser).matchRef, startSet{words: refWords, leads: []string{"the", "a"},
		then: &startSet{words: []string{"future", "near", "distant", "short", "long", "present", "past", "later"}}}},
	mSet: {(*parser).matchSet, startSet{words: cat(keys(setAdverbs), []string{"each", "every", "per"})}},
	mTime: {(*parser).matchTime, startSet{words: []string{"noon", "midday", "midnight"}, num: true,
		leads: []string{"around", "about", "approximately", "roughly"}, then: &startSet{words: []string{"noon", "midday", "midnight"}, num: true}}},
	mHoliday:         {(*parser).matchHoliday, startSet{words: holidayWords(), leads: []string{"last", "next", "this"}, then: &startSet{words: holidayWords()}}},
	mDayContinuation: {(*parser).matchDayContinuation, startSet{num: true}},
	mWeekOf:          {(*parser).matchWeekOf, startSet{leads: []string{"the"}, then: &startSet{words: []string{"week"}}}},
	mPartOfDay:       {(*parser).matchPartOfDay, startSet{words: cat([]string{"early", "late", "mid"}, keys(partsOfDay))}},
}

// best returns the longest match starting at token i, trying the matchers
// of mask in their order (the first of equally long matches wins).
func (p *parser) best(i int, mask uint32) (match, bool) {
	if mask == 0 {
		return match{}, false
	}
	if t := p.toks[i]; t.kind == kPunct && t.l != "'" && t.l != "’" {
		return match{}, false // no expression starts with punctuation
	}
	var best match
	found := false
	for ; mask != 0; mask &= mask - 1 {
		m, ok := matcherFuncs[bits.TrailingZeros32(mask)](p, i)
		if !ok || m.e <= m.s || m.s < i {
			continue // a match may leave out words at i ("within [a week]")
		}
		if !found || m.e > best.e {
			best, found = m, true
		}
	}
	return best, found
}

// allMatchers is the mask of all matchers, which the slow parser tries at
// every token.
const allMatchers uint32 = 1<<nMatchers - 1

// matcherFuncs are the functions of matchers, for best's loop.
var matcherFuncs = func() []matcher {
	fs := make([]matcher, len(matchers))
	for k, m := range matchers {
		fs[k] = m.f
	}
	return fs
}()

func (p *parser) emit(m match) {
	s, e := p.toks[m.s].s, p.toks[m.e-1].e
	if m.bare && m.pt.gran == granDay {
		p.bare = append(p.bare, bareDay{len(p.out), m.pt.t})
	}
	p.out = append(p.out, Timex{Start: s, End: e, Text: p.text[s:e], Type: m.typ, Value: m.val, Mod: m.mod})
	if (m.typ == TypeDate || m.typ == TypeTime) && m.pt.ok() && m.pt.gran >= granYear && !m.noAnchor {
		p.anchor = m.pt
	}
	if m.pt.gran == granDay {
		p.lastDayEnd, p.lastDay = m.e, m.pt
	}
	if m.pt.gran == granQuarter && !m.noAnchor && !p.topic.ok() {
		p.topic = m.pt
	}
	p.lastEnd = m.e
}

// l returns the lower-case token i, or "" out of range.
func (p *parser) l(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].l
}

// tok returns token i or a zero token out of range.
func (p *parser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{}
	}
	return p.toks[i]
}

// seq reports whether the tokens from i spell words, returning the end.
func (p *parser) seq(i int, words ...string) (int, bool) {
	for _, w := range words {
		if p.l(i) != w {
			return i, false
		}
		i++
	}
	return i, true
}

// dot skips an abbreviation's period directly after token i-1.
func (p *parser) dot(i int) int {
	if i < len(p.toks) && p.toks[i].l == "." && !p.toks[i].space {
		return i + 1
	}
	return i
}

// hyphen reports whether token i is a hyphen joining two words.
func (p *parser) hyphen(i int) bool {
	t := p.tok(i)
	return (t.l == "-" || t.l == "‐" || t.l == "–") && !t.space && i+1 < len(p.toks) && !p.toks[i+1].space
}

var abbrevs = set("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "inc", "corp", "co",
	"jr", "sr", "ltd", "lt", "col", "maj", "capt", "sgt", "no", "vs", "u", "s", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "ft", "mt",
	"a", "p", "m", "n", "e", "w")

// boundary reports whether token i ends a sentence or clause group.
func (p *parser) boundary(i int) bool {
	t := p.tok(i)
	switch t.l {
	case "!", "?", ";":
		return true
	case ".":
		return !abbrevs[p.l(i-1)] || (i+1 < len(p.toks) && p.toks[i+1].nl > 0)
	}
	return false
}

// newSentence reports whether a blank line or sentence end precedes token i.
func (p *parser) newSentence(i int) bool {
	return i == 0 || p.toks[i].nl >= 2 || p.boundary(i-1)
}

// tense guesses the tense of the clause around tokens [s, e) from the
// nearest verb cue on either side within the sentence.
func (p *parser) tense(s, e int) Tense {
	const span = 20
	switch p.l(s - 1) {
	case "effective", "starting":
		return TenseFuture // "effective Feb. 1": the date a change takes effect
	case "last", "since":
		return TensePast // "last Oct. 23"
	case "until", "till":
		// "postponed until Tuesday morning": a deadline moved forward
		for j := s - 2; j >= 0 && j >= s-8 && !p.boundary(j); j-- {
			if deferVerbs[p.l(j)] {
				return TenseFuture
			}
		}
	}
	left, right := TenseUnknown, TenseUnknown
	ld, rd := span+1, span+1
	for j, d := s-1, 1; j >= 0 && d <= span; j, d = j-1, d+1 {
		if p.boundary(j) || p.toks[j+1].nl >= 2 || p.clauseBreak(j) {
			break
		}
		if c, _ := p.cue(j); c != TenseUnknown {
			left, ld = c, d
			break
		}
	}
	comma, purpose := false, false
	for j, d := e, 1; j < len(p.toks) && d <= span; j, d = j+1, d+1 {
		if p.boundary(j) || p.toks[j].nl >= 2 || p.clauseBreak(j) {
			break
		}
		if p.toks[j].l == "," {
			comma = true
		}
		if comma && attribution[p.toks[j].l] {
			continue // "..., an official said": the report's tense, not the clause's
		}
		if c, _ := p.cue(j); c != TenseUnknown {
			right, rd = c, d
			purpose = p.toks[j].l == "to"
			break
		}
	}
	if ld <= rd+1 || purpose && left == TensePast && !p.deadlineBefore(s) {
		// ("traveled to Cairo on Monday to discuss": the purpose that
		// follows does not move the trip into the future)
		return left
	}
	return right
}

// deadlineBefore reports whether "until", "by", "before" ... stands within
// the three tokens before s ("gave Merieux until mid-November to submit":
// a deadline, which the purpose after it does concern).
func (p *parser) deadlineBefore(s int) bool {
	for j := s - 1; j >= 0 && j >= s-3; j-- {
		if p.oneOf(j, "until", "till", "by", "before", "through") {
			return true
		}
	}
	return false
}

// deferVerbs move something to a later date ("postponed until Tuesday").
var deferVerbs = set("postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred",
	"defer", "adjourned", "adjourn", "extended", "extend", "extends", "put")

// attribution are the verbs of a trailing attribution ("..., he said").
var attribution = set("said", "says", "say", "told", "added", "reported", "stated", "noted", "explained")

var clauseBreaks = set("and", "but", "while", "whereas", "because", "which", "who", "although", "though")

// quoteMarks open or close quoted speech: the verb of the attribution
// outside the quote ("... Thursday,” he said") does not set the tense of
// the quote.
var quoteMarks = set("\"", "“", "”", "`", "'", "‘", "’")

// clauseBreak reports whether token j separates clauses for the tense
// scan: a conjunction or relative pronoun, or a quotation mark. "and"
// between two names ("Australia and India") joins nouns, not clauses.
func (p *parser) clauseBreak(j int) bool {
	t := p.toks[j]
	cl := cueWords.get(t.l)
	if cl&cueQuote != 0 {
		return true
	}
	if cl&cueClause == 0 {
		return false
	}
	if t.l == "and" || t.l == "or" {
		a, b := p.tok(j-1), p.tok(j+1)
		if b.l == "the" {
			b = p.tok(j + 2) // "Chile and the Dominican Republic"
		}
		if a.kind == kWord && b.kind == kWord && a.isCap() && b.isCap() {
			return false
		}
	}
	return true
}

// cue returns the tense signalled by token j, if any, and whether the cue
// is strong: a modal or a verb form from the word lists. An infinitive "to"
// and a word in -ed (a participle as often as a past tense) are weak.
func (p *parser) cue(j int) (Tense, bool) {
	l := p.toks[j].l
	cl := cueWords.get(l)
	switch {
	case l == "to":
		if plannedPast[p.l(j-1)] && p.hadBefore(j-1) {
			return TensePast, true // "had been due to expire"
		}
		next := p.tok(j + 1)
		if next.kind == kWord && !next.isCap() && !notVerbs[next.l] && !strings.HasSuffix(next.l, "ed") &&
			!strings.HasSuffix(next.l, "ing") && !strings.HasSuffix(next.l, "'s") && !pluralNoun(next.l) {
			return TenseFuture, false
		}
		return TenseUnknown, false
	case (l == "soon" || l == "early") && p.l(j+1) == "as":
		return TenseFuture, true
	case l == "set" && (p.l(j+1) == "to" || p.l(j+1) == "for"):
		if p.hadBefore(j) {
			return TensePast, true
		}
		return TenseFuture, true
	case cl&cueFuture != 0:
		if l == "later" || l == "next" || l == "coming" {
			return TenseUnknown, false // modifiers inside expressions; handled there
		}
		if plannedPast[l] && p.hadBefore(j) {
			return TensePast, true // "had been due to expire Friday": a plan that is over
		}
		if nounCues[l] && determiners[p.l(j-1)] {
			return TenseUnknown, false // "the plan", "its hopes": nouns
		}
		return TenseFuture, true
	case cl&cueMotion != 0:
		if b := p.l(j - 1); b == "was" || b == "were" || b == "had" || b == "been" {
			return TensePast, true
		}
		if l == "visiting" && p.oneOf(j-1, "with", "the", "a", "an", "his", "her", "their", "its", "met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "greeted") {
			return TenseUnknown, false // an adjective: "held talks with visiting Prime Minister X"
		}
		return TenseFuture, true
	case cl&cuePast != 0:
		if l == "last" || l == "earlier" {
			return TenseUnknown, false
		}
		if t, ok := p.passive(j); ok {
			return t, true
		}
		return TensePast, true
	case cl&cuePresent != 0:
		return TensePresent, true
	case cl&cueScheduled != 0 && p.toks[j].kind == kWord && !p.toks[j].isCap() &&
		(p.tok(j-1).kind == kWord || p.appositiveEnd(j-1) && strings.HasSuffix(l, "s")) &&
		!determiners[p.l(j-1)] && !p.oneOf(j-1, "to", "did", "didn't", "would", "could") && !p.oneOf(j+1, "of", "'s"):
		return TenseFuture, true
	case len(l) > 4 && strings.HasSuffix(l, "ed") && cl&cueNotPastEd == 0 && p.toks[j].kind == kWord && !p.toks[j].isCap():
		if t, ok := p.passive(j); ok {
			return t, true
		}
		if p.l(j+1) == "by" && p.tok(j-1).kind == kWord && !p.oneOf(j-1, "was", "were", "been", "had", "has", "have") {
			return TenseUnknown, false // a participle: "markets untouched by the crisis"
		}
		if articles[p.l(j-1)] || articles[p.l(j-2)] && degreeAdverbs[p.l(j-1)] {
			return TenseUnknown, false // an adjective: "on a still unspecified date in January"
		}
		return TensePast, false
	}
	return TenseUnknown, false
}

// appositiveEnd reports whether token j is the comma that closes an
// appositive after the subject ("The summit, held every two years, opens
// Monday"): a comma after a word, with an earlier comma in the sentence.
func (p *parser) appositiveEnd(j int) bool {
	if p.l(j) != "," || p.tok(j-1).kind != kWord {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-12 && !p.boundary(k); k-- {
		if p.l(k) == "," {
			return true
		}
	}
	return false
}

// nounCues are future cues that are nouns after a determiner.
var nounCues = set("plan", "plans", "hope", "hopes", "aims", "expected")

// articles are the determiners that are never pronouns: a word in -ed
// after one is an adjective ("the delayed vote"), where after "that" or
// "this" it may be a verb ("the talks that ended Monday").
var articles = set("the", "a", "an", "its", "their", "his", "our", "your", "my", "every", "each", "any", "no")

// degreeAdverbs come between an article and an adjective ("a still
// unspecified date", "the much delayed vote").
var degreeAdverbs = set("still", "much", "long", "newly", "recently", "widely", "so", "very", "as", "yet")

var determiners = set("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "such", "any", "no")

// passive gives the tense of a participle after a form of "be": "is
// heard" is present, "will be named" and "would be held" future.
func (p *parser) passive(j int) (Tense, bool) {
	switch p.l(j - 1) {
	case "is", "are", "am", "being":
		return TensePresent, true
	case "be":
		k := j - 2
		if p.oneOf(k, "still", "also", "not", "then", "probably", "likely", "soon") {
			k--
		}
		if p.oneOf(k, "will", "'ll", "shall", "to", "would") {
			return TenseFuture, true
		}
	}
	return TenseUnknown, false
}

// hadBefore reports whether "had" or "had been" comes right before token j.
func (p *parser) hadBefore(j int) bool {
	return p.l(j-1) == "had" || p.l(j-1) == "been" && p.l(j-2) == "had"
}

// strongFuture reports whether "will", "'ll" or "shall" comes shortly
// before token s in its sentence.
func (p *parser) strongFuture(s int) bool {
	for j := s - 1; j >= 0 && j >= s-6 && !p.boundary(j); j-- {
		if p.oneOf(j, "will", "'ll", "shall") {
			return true
		}
	}
	return false
}

// ---- weekdays ----

var notWeekdayBefore = set("man", "girl", "black", "cyber", "tgi", "blue", "bloody", "super", "casual")
var notWeekdayAfter = set("times", "telegraph", "express", "mirror", "post", "herald", "mail", "observer",
	"tribune", "independent", "school", "schools", "league", "magazine", "edition", "supplement", "night's")

func (p *parser) weekdayAt(i int) (time.Weekday, bool) {
	t := p.tok(i)
	if t.kind != kWord || len(t.l) < 6 || !t.isCap() {
		return 0, false
	}
	wd, ok := weekdays[t.l]
	if !ok {
		return 0, false
	}
	if notWeekdayBefore[p.l(i-1)] && p.tok(i-1).isCap() {
		return 0, false
	}
	if n := p.tok(i + 1); n.isCap() && notWeekdayAfter[n.l] {
		return 0, false
	}
	return wd, true
}

func (p *parser) matchWeekday(i int) (match, bool) {
	s := i
	dir := "" // "", "last", "next", "this", "prev", "following", "past", "coming"
	switch p.l(i) {
	case "last":
		dir, i = "last", i+1
	case "next":
		dir, i = "next", i+1
	case "this":
		dir, i = "this", i+1
		if p.l(i) == "past" {
			dir, i = "last", i+1
		} else if p.l(i) == "coming" {
			dir, i = "next", i+1
		}
	case "coming":
		dir, i = "next", i+1
	case "the":
		switch p.l(i + 1) {
		case "previous", "preceding":
			dir, i = "prev", i+2
		case "following", "next":
			dir, i = "following", i+2
		}
	}
	wd, ok := p.weekdayAt(i)
	if !ok {
		// plural weekdays: a set
		t := p.tok(i)
		if dir == "" && t.isCap() && strings.HasSuffix(t.l, "s") {
			if wd, ok := weekdays[strings.TrimSuffix(t.l, "s")]; ok && len(t.l) > 6 {
				val := "XXXX-WXX-" + strconv.Itoa(isoWeekday(wd))
				e := i + 1
				if pod, ok := partsOfDay[strings.TrimSuffix(p.l(e), "s")]; ok && strings.HasSuffix(p.l(e), "s") {
					val += "T" + pod
					e++
				}
				return match{s: s, e: e, typ: TypeSet, val: val}, true
			}
		}
		return match{}, false
	}
	e := i + 1
	m := match{s: s, e: e, typ: TypeDate}
	// an explicit date after it: "Friday, Oct. 13"
	j := e
	if p.l(j) == "," {
		j++
	}
	if md, ok := p.matchMonth(j); ok && md.pt.gran == granDay {
		md.s = s
		if p.hasDCT && !explicitYear(p, j, md.e) {
			// choose the year in which the weekday fits
			for _, dy := range []int{0, -1, 1} {
				t := md.pt.t.AddDate(dy, 0, 0)
				if t.Weekday() == wd {
					md.pt = dayPoint(t)
					md.val = md.pt.value()
					break
				}
			}
		}
		return md, true
	}
	var day time.Time
	if p.hasDCT {
		switch dir {
		case "last":
			day = weekdayOnOrBefore(p.dct.AddDate(0, 0, -1), wd)
		case "next":
			day = weekdayAfter(p.dct, wd)
		case "this":
			day = weekdayOnOrBefore(p.dct, wd)
			if p.tense(s, e) == TenseFuture {
				day = weekdayAfter(p.dct.AddDate(0, 0, -1), wd)
			}
		case "prev", "following":
			base := p.dct
			if p.anchor.gran == granDay {
				base = p.anchor.t
			}
			if dir == "prev" {
				day = weekdayOnOrBefore(base.AddDate(0, 0, -1), wd)
			} else {
				day = weekdayAfter(base, wd)
			}
		default:
			tense := p.tense(s, e)
			if p.l(e) == "'s" && tense != TenseFuture {
				tense = TensePast // "Wednesday's ruling"
			} else if p.l(e) == "'s" && !p.strongFuture(s) {
				tense = TensePast
			}
			if b := p.l(s - 1); (b == "later" || b == "earlier" || b == "late" || b == "early") && wd == p.dct.Weekday() {
				tense = TensePresent
			}
			day = resolveWeekday(p.dct, wd, tense)
			m.bare = true
		}
		m.pt = dayPoint(day)
		m.val = m.pt.value()
	} else {
		m.val = weekdayX(wd)
	}
	// "Tuesday nights", "on Monday and Tuesday nights": a set
	if dir == "" && p.isPluralPOD(e) {
		return match{s: s, e: e + 1, typ: TypeSet, val: weekdayX(wd) + "T" + partsOfDay[strings.TrimSuffix(p.l(e), "s")]}, true
	}
	if _, ok := weekdays[p.l(e+1)]; ok && dir == "" && p.oneOf(e, "and", "or") && p.tok(e+1).isCap() && p.isPluralPOD(e+2) {
		return match{s: s, e: e, typ: TypeSet, val: weekdayX(wd) + "T" + partsOfDay[strings.TrimSuffix(p.l(e+2), "s")]}, true
	}
	// a part of day: "Friday night" and "Friday morning" are that Friday;
	// news gold (and the event model) date them to the day: in TempEval-3
	// "Friday night" is "...TNI" less often than the plain day. "Friday
	// evening" and "afternoon" keep their part of day.
	if pod, ok := partsOfDay[p.l(e)]; ok {
		m.e = e + 1
		if pod == "EV" || pod == "AF" {
			m.typ = TypeTime
			m.val += "T" + pod
		}
	}
	return m, true
}

// isPluralPOD reports whether token i is a plural part of day ("nights").
func (p *parser) isPluralPOD(i int) bool {
	l := p.l(i)
	_, ok := partsOfDay[strings.TrimSuffix(l, "s")]
	return ok && strings.HasSuffix(l, "s")
}

func explicitYear(p *parser, s, e int) bool {
	for j := s; j < e; j++ {
		if p.toks[j].kind == kNum && len(p.toks[j].l) == 4 {
			return true
		}
	}
	return false
}

// ---- months ----

// monthAt recognises a month name at token i, returning its number and the
// token after it (past an abbreviation's period).
func (p *parser) monthAt(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind != kWord || !t.isCap() {
		return 0, i, false
	}
	m, ok := months[t.l]
	if !ok {
		return 0, i, false
	}
	e := i + 1
	full := len(t.l) > 4 || t.l == "may" || t.l == "june" || t.l == "july"
	if !full {
		e = p.dot(e)
		if p.tok(e).kind != kNum && (e == i+1 || !monthPreps[p.l(i-1)]) {
			return 0, i, false // "Jan" alone is a name more often than a month
		}
	}
	return m, e, true
}

// dayNum parses a day of month (7, 7th, 21st) at token i.
func (p *parser) dayNum(i int) (int, bool) {
	t := p.tok(i)
	s := t.l
	if t.kind == kMixed {
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			s = strings.TrimSuffix(s, suf)
		}
	} else if t.kind != kNum {
		if n, ok := ordinals[t.l]; ok {
			return n, true
		}
		return 0, false
	}
	if len(s) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	// not a time (7:30) nor a decimal; "Oct. 26:" ending a dateline is a day
	if nx := p.tok(i + 1); nx.l == ":" && !nx.space && p.tok(i+2).kind == kNum && !p.tok(i+2).space {
		return 0, false
	}
	return n, true
}

// yearNum parses a year written as four digits (or 'YY) at token i,
// returning it and the token after it.
func (p *parser) yearNum(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind == kNum && len(t.l) == 4 {
		y, err := strconv.Atoi(t.l)
		if err == nil && y >= 1000 && y <= 2199 {
			return y, i + 1, true
		}
	}
	if p.elision(i) && p.tok(i+1).kind == kNum && len(p.l(i+1)) == 2 && !p.tok(i+1).space {
		y, _ := strconv.Atoi(p.l(i + 1))
		return expandYY(y), i + 2, true
	}
	if y, u, ok := yearWords(p.toks, i); ok {
		return y, i + u, true
	}
	return 0, i, false
}

// elision reports whether token i is an apostrophe that can stand for a
// century ("'80s", "'96"): not the second of two apostrophes that open a
// quotation, as news copy writes CBS's "60 Minutes".
func (p *parser) elision(i int) bool {
	t := p.tok(i)
	return (t.l == "'" || t.l == "’") && (t.space || i == 0 || !quoteMarks[p.l(i-1)])
}

func expandYY(y int) int {
	if y < 30 {
		return 2000 + y
	}
	return 1900 + y
}

var monthPreps = set("in", "since", "until", "till", "by", "of", "from", "through", "during", "before",
	"after", "last", "next", "this", "early", "mid", "late", "-", "between", "and", "or", "to", "for",
	"past", "end", "beginning", "start", "middle", "each", "every", "around")

func (p *parser) matchMonth(i int) (match, bool) {
	if p.oneOf(i, "last", "next", "this", "past", "coming") {
		// "last May": the word that picks the year is part of the expression
		if m, ok := p.matchMonth(i + 1); ok && m.pt.gran == granMonth && !explicitYear(p, i+1, m.e) {
			m.s = i
			return m, true
		}
		return match{}, false
	}
	mon, j, ok := p.monthAt(i)
	if !ok {
		return match{}, false
	}
	s := i
	// a day: "Oct. 7", "October 7th", "March the 8th"
	if d, ok := p.dayNum(j); ok && p.tok(j).kind != kWord {
		e := j + 1
		// year: "Oct. 7, 2023", "Oct. 7 2023"
		k := e
		if p.l(k) == "," {
			k++
		}
		if y, ye, ok := p.yearNum(k); ok && p.tok(k).kind != kWord {
			if validDay(y, mon, d) {
				pt := dayPoint(date(y, mon, d))
				return match{s: s, e: ye, typ: TypeDate, val: pt.value(), pt: pt}, true
			}
		}
		return p.monthDay(s, e, mon, d), true
	}
	// ordinal day in words: "March eighth"
	if d, ok := ordinals[p.l(j)]; ok && d <= 31 && p.l(j+1) != "quarter" {
		return p.monthDay(s, j+1, mon, d), true
	}
	// month and year: "July 1997", "July of 1997"
	k := j
	if p.l(k) == "of" || p.l(k) == "," {
		k++
	}
	if y, ye, ok := p.yearNum(k); ok {
		pt := monthPoint(y, mon)
		return match{s: s, e: ye, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	// a bare month needs context for the ambiguous ones
	prev := p.l(i - 1)
	// a month before a noun, after a determiner: "a June agreement", "the
	// late-November trip", "The March accession"
	det := i - 1
	if p.hyphen(det) && p.oneOf(det-1, "early", "mid", "late") {
		det -= 2
	}
	n := p.tok(j)
	attributive := p.oneOf(det, "the", "a", "an", "its", "their", "his", "her", "our") &&
		n.kind == kWord && !n.isCap() && !p.oneOf(j, "of", "and", "or", "to", "in", "for")
	ambiguous := mon == 5 || mon == 3
	if ambiguous && !monthPreps[prev] && !attributive {
		return match{}, false
	}
	if n.kind == kWord && n.isCap() && !monthPreps[prev] {
		return match{}, false // a name: "April Glaspie"
	}
	if !p.hasDCT {
		return match{s: s, e: j, typ: TypeDate, val: fmt.Sprintf("XXXX-%02d", mon)}, true
	}
	// "January this year", "June last year"
	if y, e, ok := p.relYear(j); ok {
		pt := monthPoint(y, mon)
		return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	tense := p.tense(s, j)
	if attributive {
		// the noun names a thing done or agreed: the latest such month,
		// unless the month is near the DCT
		tense = TensePast
		if d := mon - int(p.dct.Month()); d >= -2 && d <= 2 {
			tense = TenseUnknown
		}
	}
	pt := p.resolveMonth(mon, tense, prev)
	return match{s: s, e: j, typ: TypeDate, val: pt.value(), pt: pt}, true
}

// relYear parses "this year", "last year", "next year" at i.
func (p *parser) relYear(i int) (int, int, bool) {
	if p.l(i+1) != "year" || !p.hasDCT {
		return 0, i, false
	}
	switch p.l(i) {
	case "this":
		return p.dct.Year(), i + 2, true
	case "last":
		return p.dct.Year() - 1, i + 2, true
	case "next":
		return p.dct.Year() + 1, i + 2, true
	}
	return 0, i, false
}

// resolveMonth picks the year of a month named without one.
func (p *parser) resolveMonth(mon int, tense Tense, prev string) point {
	y, cur := p.dct.Year(), int(p.dct.Month())
	switch prev {
	case "last", "past":
		if mon >= cur-1 {
			y-- // "last February" in March: "last month" would name the one just gone
		}
		return monthPoint(y, mon)
	case "next", "coming":
		if mon <= cur {
			y++
		}
		return monthPoint(y, mon)
	case "this":
		return monthPoint(y, mon)
	}
	if mon-cur <= 2 && cur-mon <= 2 && (tense == TenseUnknown || tense == TensePresent || mon == cur) {
		return monthPoint(y, mon) // near the DCT with no clear tense: the DCT's year
	}
	switch tense {
	case TensePast:
		if mon > cur {
			y--
		}
	case TenseFuture:
		if mon < cur {
			y++
		}
	default:
		if mon > cur {
			y--
		}
	}
	return monthPoint(y, mon)
}

// monthDay builds the match for a month and day without a year.
func (p *parser) monthDay(s, e, mon, d int) match {
	if !p.hasDCT {
		return match{s: s, e: e, typ: TypeDate, val: monthDayX(mon, d)}
	}
	t := resolveMonthDay(p.dct, mon, d, p.tense(s, e))
	pt := dayPoint(t)
	return match{s: s, e: e, typ: TypeDate, val: pt.value(), pt: pt}
}

func monthDayX(mon, d int) string { return fmt.Sprintf("XXXX-%02d-%02d", mon, d) }

// resolveMonthDay picks the year for a month and day by tense.
func resolveMonthDay(dct time.Time, mon, d int, tense Tense) time.Time {
	y := dct.Year()
	cand := func(y int) time.Time {
		if !validDay(y, mon, d) { // Feb 29
			return date(y, mon, 28)
		}
		return date(y, mon, d)
	}
	this := cand(y)
	// a date within two months of the DCT is that one whatever the verbs
	// say: tense cues are noisy, and reports rarely reach a year back for a
	// date that is weeks away
	if d := this.Sub(dct); d > -61*24*time.Hour && d < 61*24*time.Hour {
		return this
	}
	switch tense {
	case TensePast:
		if this.After(dct) {
			return cand(y - 1)
		}
		return this
	case TenseFuture:
		if this.Before(dct) {
			return cand(y + 1)
		}
		return this
	}
	best := this
	for _, c := range []time.Time{cand(y - 1), cand(y + 1)} {
		if absDays(c.Sub(dct)) < absDays(best.Sub(dct)) {
			best = c
		}
	}
	return best
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// matchDayMonth: "7 October", "7th of October 2023", "the 7th of October".
func (p *parser) matchDayMonth(i int) (match, bool) {
	s := i
	if p.l(i) == "the" {
		i++
	}
	d, ok := p.dayNum(i)
	if !ok || p.tok(i).kind == kWord && s == i {
		return match{}, false
	}
	j := i + 1
	if p.l(j) == "of" {
		j++
	}
	mon, k, ok := p.monthAt(j)
	if !ok {
		return match{}, false
	}
	if y, ye, ok := p.yearNum(k); ok && validDay(y, mon, d) {
		pt := dayPoint(date(y, mon, d))
		return match{s: s, e: ye, typ: TypeDate, val: pt.value(), pt: pt}, true
	}
	return p.monthDay(s, k, mon, d), true
}

// matchDayContinuation: the "9" of "Oct. 7-9" or "Oct. 7 and 9".
func (p *parser) matchDayContinuation(i int) (match, bool) {
	if p.lastDayEnd != i-1 || p.lastEnd != i-1 || i < 1 {
		return match{}, false
	}
	if !p.oneOf(i-1, "-", "to", "and", "or", "through", "–") {
		return match{}, false
	}
	d, ok := p.dayNum(i)
	if !ok || p.tok(i).kind == kWord {
		return match{}, false
	}
	y, mo, _ := p.lastDay.t.Date()
	if !validDay(y, int(mo), d) || d <= p.lastDay.t.Day() {
		return match{}, false
	}
	pt := dayPoint(date(y, int(mo), d))
	return match{s: i, e: i + 1, typ: TypeDate, val: pt.value(), pt: pt}, true
}

func (p *parser) oneOf(i int, ws ...string) bool {
	l := p.l(i)
	for _, w := range ws {
		if l == w {
			return true
		}
	}
	return false
}

// pluralNoun reports whether a word after "to" ends as a plural noun does
// ("to travellers", "to officials"): an infinitive never ends in a single
// -s ("to discuss", "to focus" end otherwise).
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
