package events

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/eventgraph/eventgraph/events/kb"
	"github.com/eventgraph/eventgraph/events/timex"
)

var debugEvents = false

// trigHit is a trigger matched in a sentence.
type trigHit struct {
	t          *trigger
	start, end int // token range of the match
	head       int
}

// clause boundaries: words that start a new clause for argument search.
var clauseWords = map[string]bool{
	"but": true, "while": true, "whereas": true, "where": true, "whereby": true, "although": true, "though": true, "because": true,
	"unless": true, "until": true, "whom": true,
}

var (
	plannedBefore = []string{"will", "'ll", "shall", "set to", "expected to", "scheduled to", "due to",
		"plans to", "planned to", "planning to", "going to", "is to", "are to", "was to", "were to",
		"intends to", "hopes to", "aims to", "ready to", "prepared to", "to be", "determined to",
		"vowed to", "vows to", "promised to", "promises to", "wants to", "wanted to", "seeks to", "threatened to"}
	hypoBefore    = []string{"would", "could", "might", "may", "if"}
	ongoingBefore = []string{"trying to", "working to", "seeking to", "continue to", "continues to",
		"continued to", "are working on", "is working on", "have been", "has been"}
	negWords = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "without": true}
	// scheduleWords govern the coordinated verbs of their clause (see statusOf)
	scheduleWords = []string{"scheduled to", "set to", "expected to", "due to", "plans to", "planning to"}
)

// The phrases of statusOf, split into words.
var (
	plannedPhrases, hypoPhrases, ongoingPhrases = splitPhrases(plannedBefore), splitPhrases(hypoBefore), splitPhrases(ongoingBefore)
	schedulePhrases                             = splitPhrases(scheduleWords)
)

// splitPhrases returns the words of each phrase.
func splitPhrases(phrases []string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

func (x *extractor) hits(toks []token) []trigHit {
	_, byFirst, err := loadLexicon()
	if err != nil {
		return nil
	}
	var out []trigHit
	for i := 0; i < len(toks); i++ {
		if toks[i].Class&wcTriggerStart == 0 {
			continue
		}
		cands := byFirst[toks[i].Lower]
		if len(cands) == 0 {
			continue
		}
		best := trigHit{}
		nounCtx := x.nounContext(toks, i)
		for _, t := range cands {
			end, head, ok := t.match(toks, i)
			if !ok {
				continue
			}
			// a word that is both verb and noun reads as a noun after a
			// determiner, possessive, number, date or adjective ("its Oct. 7
			// attack", "the release", "other demands")
			if !t.Noun && nounCtx && head == i && (end == i+1 || strings.HasSuffix(toks[i].Lower, "ing")) {
				continue
			}
			if !t.Noun && head == i && i > 0 && toks[i-1].Text == "," && strings.HasSuffix(toks[i].Lower, "ing") && t.Type == Statement {
				continue // ", saying ...": attribution of a reason, not a statement
			}
			if !t.Noun && head == i && i > 0 && (toks[i].Lower == "call" || toks[i].Lower == "calls") && callModifiers[toks[i-1].Lower] {
				continue // "in a phone call on Monday": the noun, no "call on" demand
			}
			if !t.Noun && head == i && freeAdjective(toks, i) {
				continue // "the only remaining free crossing": an adjective
			}
			if !t.Noun && head == i && namingVerbs[toks[i].Lower] && (i > 0 && toks[i-1].Lower == "what" || i > 1 && toks[i-2].Lower == "what") {
				continue // "what the rebels term a truce": a name for something, no event
			}
			if t.Callee && !directCallee(toks, i, end) {
				continue // "a group called Hamas", "called the plan a trap"
			}
			if t.Type == Attack && head == i && strings.HasPrefix(toks[i].Lower, "str") && dealBefore(toks, i) {
				continue // "the deal was struck hours before": an agreement made, no blow
			}
			if t.Type == Sanction && end == i+1 && liftedSanction(toks, i) {
				continue // "will lift its oil embargo", "eased sanctions": relief, not a sanction
			}
			if t.Type == Release && head == i && releasedThing(toks, end) {
				continue // "released a video", "a hostage release deal": no one freed
			}
			if t.Type == Attack && head == i && figurative(toks, i) {
				continue // "a long verbal attack on Bush": words, not arms
			}
			if travelAdvice(toks, i, t.Type) {
				continue // "a warning against travel to Kenya": advice, no trip, no threat
			}
			if len(t.Ctx) > 0 {
				found := false
				for _, c := range t.Ctx {
					for _, f := range nounForms(c) {
						// a whole word: "aid" is no context in "said"
						if hasWord(toks, f) {
							found = true
						}
					}
				}
				if !found {
					continue
				}
			}
			if best.t == nil || end-i > best.end-best.start || end-i == best.end-best.start && t.Line < best.t.Line {
				best = trigHit{t: t, start: i, end: end, head: head}
			}
		}
		if best.t != nil {
			// a capitalised trigger word inside a name ("Security Council meeting" is fine,
			// "Operation Desert Strike" is not)
			if toks[best.head].Cap && best.head > 0 {
				continue
			}
			out = append(out, best)
			if best.end > i+1 {
				// the words of "launched missile strikes" make one event:
				// "strikes" is not another trigger
				i = best.end - 1
			}
		}
	}
	return out
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "any": true,
	"other": true, "another": true, "some": true, "no": true, "each": true, "every": true, "such": true,
	"'s": true, "first": true, "second": true, "third": true, "latest": true, "new": true, "last": true,
	"further": true, "more": true, "major": true, "joint": true, "recent": true, "two-hour": true,
}

// articles and possessives: the words before a noun phrase's modifier ("the
// Nairobi bombing"), never a conjunction ("that Hamas rejected").
var articles = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}

// freeAdjective reports whether "free" at toks[i] is an adjective before
// its noun ("a free crossing") rather than the verb ("will free hostages"):
// a lowercase noun follows and no auxiliary, "to" or pronoun comes before.
func freeAdjective(toks []token, i int) bool {
	if toks[i].Lower != "free" || i+1 >= len(toks) || i == 0 {
		return false
	}
	n := toks[i+1]
	if !n.Word || n.Cap || determiners[n.Lower] || objectPronouns[n.Lower] {
		return false
	}
	switch toks[i-1].Lower {
	case "to", "will", "would", "could", "can", "must", "should", "may", "might", "shall", "not", "and", "or", "did", "", "helped", "help", "let":
		return false
	}
	return toks[i-1].Word && !toks[i-1].Cap
}

// callModifiers make "call" a noun: "a phone call", "a video call".
var callModifiers = map[string]bool{"phone": true, "telephone": true, "video": true, "conference": true, "courtesy": true}

// figurativeAttack are the words before "attack" that make it one of
// words: a verbal, rhetorical, personal attack.
var figurativeAttack = map[string]bool{"verbal": true, "rhetorical": true, "personal": true, "scathing": true,
	"blistering": true, "stinging": true, "withering": true, "written": true, "televised": true, "broadcast": true}

// figurative reports whether the attack word at i is qualified as one of
// words by one of the two words before it ("a long verbal attack"), or is
// a stoppage of work (laborStrike).
func figurative(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-2); j-- {
		if figurativeAttack[toks[j].Lower] {
			return true
		}
	}
	return laborStrike(toks, i)
}

// laborStrike reports whether "strike" at i is a stoppage of work: "a
// general strike", "a hunger strike", "went on strike", "strike action".
func laborStrike(toks []token, i int) bool {
	if !strings.HasPrefix(toks[i].Lower, "strike") {
		return false
	}
	if i+1 < len(toks) && (toks[i+1].Lower == "action" || toks[i+1].Lower == "ballot") {
		return true
	}
	if i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "general", "hunger", "labor", "labour", "nationwide", "workers", "teachers", "doctors", "rail", "wildcat", "token", "one-day", "24-hour":
		return true
	case "on":
		return i > 1 && (strings.HasPrefix(toks[i-2].Lower, "go") || toks[i-2].Lower == "went" || beForms[toks[i-2].Lower])
	}
	return false
}

// dealBefore reports whether a noun of agreement stands among the three
// words before toks[i] ("the deal was struck").
func dealBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lower {
		case "deal", "deals", "agreement", "accord", "bargain", "compromise":
			return true
		}
	}
	return false
}

// liftedSanction reports whether a verb of ending stands among the three
// words before the sanction word at toks[i] ("lift its oil embargo",
// "eased the sanctions", "the lifting of sanctions").
func liftedSanction(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k].Lower
		if strings.HasPrefix(w, "lift") || strings.HasPrefix(w, "eas") || strings.HasPrefix(w, "relax") ||
			strings.HasPrefix(w, "remov") || strings.HasPrefix(w, "scrap") || strings.HasPrefix(w, "waiv") || w == "end" || w == "ended" || w == "ending" {
			return true
		}
		if !toks[k].Word || prepositions[w] && w != "of" {
			return false
		}
	}
	return false
}

// releasedThing reports whether what follows a release word at toks[end]
// is a thing published or the deal that would free captives, not people
// freed: "released a video", "released its annual report", "a hostage
// release deal".
func releasedThing(toks []token, end int) bool {
	for k := end; k < len(toks) && k < end+4; k++ {
		w := toks[k].Lower
		if releasedThings[w] {
			return true
		}
		if !toks[k].Word || !(determiners[w] || w == "'s" || w == "new" || w == "its" || w == "their" || w == "his" || w == "her" ||
			w == "annual" || w == "latest" || w == "first" || w == "full" || strings.HasSuffix(w, "ed") || toks[k].Cap) {
			return false
		}
	}
	return false
}

// releasedThings are nouns of things released that are not people.
var releasedThings = map[string]bool{"video": true, "videos": true, "statement": true, "report": true, "footage": true,
	"photo": true, "photos": true, "image": true, "images": true, "picture": true, "pictures": true, "recording": true,
	"audio": true, "letter": true, "list": true, "details": true, "figures": true, "data": true, "results": true,
	"findings": true, "document": true, "documents": true, "tape": true, "transcript": true, "budget": true,
	"funds": true, "deal": true, "agreement": true, "talks": true, "negotiations": true, "plan": true,
	"album": true, "book": true, "film": true, "map": true, "names": true, "evidence": true, "information": true,
	"guidelines": true, "text": true, "version": true, "date": true, "schedule": true}

// beForms are the forms of "to be".
var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true}

// travelAdvice reports whether the trigger word at i is part of advice
// about travel: "travel" as a noun after "against", "on" or "all" ("a
// warning against travel to Kenya", "a ban on travel to Iraq"), or a
// warning against travel or trips ("warned against all travel to
// Pakistan"), which is neither a visit nor a threat.
func travelAdvice(toks []token, i int, typ Type) bool {
	switch {
	case typ == Visit && strings.HasPrefix(toks[i].Lower, "travel"):
		if i > 0 {
			switch toks[i-1].Lower {
			case "against", "on", "all", "nonessential", "non-essential", "unnecessary":
				return true
			}
		}
	case typ == Threat && strings.HasPrefix(toks[i].Lower, "warn"):
		// the next words, quotation marks left out: "warned ``against
		// all travel to Pakistan''", "warns Americans against travel"
		var next []string
		for j := i + 1; j < len(toks) && len(next) < 4; j++ {
			if w := toks[j].Lower; w != "" && unicode.IsLetter(rune(w[0])) {
				next = append(next, w)
			}
		}
		for _, w := range next {
			if w == "travel" || w == "travelers" || w == "travellers" || w == "trips" {
				return next[0] == "against" || next[0] == "americans" || next[0] == "citizens"
			}
		}
	}
	return false
}

// objectPronouns stand after a verb, never after an adjective.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "it": true, "us": true, "me": true, "all": true}

// directCallee reports whether the verb toks[i:end] ("called") is a phone
// call to the person or body named right after it: a subject or an adverb
// before the verb ("Rubio also called", not "a group called"), a name after
// it (titles and ranks allowed: "called RSF commander Mohamed Hamdan
// Dagalo") and then the end of the clause, a date or a purpose, never a
// naming complement ("called Hamas a terrorist group", "called Netanyahu's
// plan reckless").
func directCallee(toks []token, i, end int) bool {
	if i == 0 {
		return false
	}
	if p := toks[i-1]; p.Word && !p.Cap && !strings.HasSuffix(p.Lower, "ly") && !calleeBefore[p.Lower] {
		return false
	}
	if end >= len(toks) || !toks[end].Cap || !toks[end].Word || toks[end].Time {
		return false
	}
	k := end
	for k < len(toks) && k < end+8 {
		t := toks[k]
		if t.Word && (t.Cap || t.Class&wcPersonNoun != 0 || t.RoleEnd) || t.Text == "." && k > end && rankAbbrevs[toks[k-1].Lower] || t.Text == "-" {
			k++
			continue
		}
		break
	}
	if k == len(toks) {
		return true
	}
	t := toks[k]
	return t.Time || t.Text == "," || t.Text == "." || t.Text == ";" || calleeAfter[t.Lower]
}

// calleeBefore are the words other than adverbs in -ly that may stand
// between a caller and "called"; calleeAfter the words that may follow the
// person called.
var (
	calleeBefore = map[string]bool{"he": true, "she": true, "they": true, "who": true, "also": true, "then": true,
		"later": true, "again": true, "first": true, "had": true, "has": true, "have": true, "never": true,
		"twice": true, "once": true, "separately": true, "subsequently": true, "reportedly": true}
	calleeAfter = map[string]bool{"on": true, "to": true, "and": true, "late": true, "early": true, "earlier": true,
		"last": true, "this": true, "again": true, "twice": true, "from": true, "after": true, "before": true,
		"yesterday": true, "today": true, "tonight": true, "overnight": true, "shortly": true, "soon": true, "by": true}
)

// namingVerbs give something a name ("what she calls a blockade"): after
// "what" they report no event.
var namingVerbs = map[string]bool{"call": true, "calls": true, "called": true, "term": true, "terms": true, "termed": true,
	"describe": true, "describes": true, "described": true, "dub": true, "dubs": true, "dubbed": true, "label": true, "labels": true, "labelled": true, "labeled": true}

// nounContext reports whether the word at toks[i] stands where a noun does.
func (x *extractor) nounContext(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.Class&wcDeterminer != 0 {
		return true
	}
	if p.Time {
		// "the Oct. 7 attack", but "Shoukry on Friday urged": a verb in
		// the past after an adverbial date
		w := toks[i].Lower
		return !strings.HasSuffix(w, "ed") && !pastForms()[w]
	}
	if p.Word && p.Lower[0] >= '0' && p.Lower[0] <= '9' {
		return true
	}
	if p.Class&wcPreposition != 0 && p.Lower != "to" && !strings.HasSuffix(toks[i].Lower, "ing") {
		return true // "an advisory against travel to Chad"
	}
	if i > 1 && toks[i-2].Class&wcArticle != 0 && (strings.HasSuffix(toks[i].Lower, "ing") ||
		len(p.Lower) > 5 && strings.HasSuffix(p.Lower, "ing") && p.Class&wcPersonNoun == 0 && !toks[i].Cap) {
		return true // "the Basra shelling", "a two-hour meeting"
	}
	if strings.HasSuffix(p.Lower, "th") && len(p.Lower) > 4 && !p.Cap {
		return true // ordinals: sixth, fourth
	}
	if i > 1 && len(p.Lower) > 4 && strings.HasSuffix(p.Lower, "ed") && !p.Cap && !toks[i].Cap {
		switch b := toks[i-2]; {
		case b.Class&(wcArticle|wcDeterminer) != 0, b.Lower == "and", isQuoteTok(b.Text):
			return true // "an unprovoked attack", "unprovoked and unjustified attack"
		}
	}
	if w := toks[i].Lower; p.Word && !p.Cap && p.Class&wcPersonNoun == 0 && !strings.HasSuffix(w, "ed") && !pastForms()[w] {
		// (a verb in the past is no noun: "the government rejected")
		for _, suf := range []string{"tion", "sion", "ment", "ary", "ive", "ous", "ic", "al", "ian", "ful"} {
			if strings.HasSuffix(p.Lower, suf) && len(p.Lower) > len(suf)+2 {
				return true
			}
		}
	}
	// a demonym or country used as a modifier: "Palestinian state", "U.S. concerns"
	if p.Cap && p.Word && i > 1 && !toks[i].Cap {
		for _, m := range x.lookup(p.Text) {
			if m.Via == kb.ViaDemonym && (!strings.HasSuffix(p.Text, "s") || strings.HasSuffix(p.Text, "ss")) {
				return true // "Palestinian state", not "the Saudis rejected"
			}
		}
	}
	return false
}

// sentenceEvents finds the events of one sentence.
func (x *extractor) sentenceEvents(si int, s Sentence, toks []token, ms []mention) {
	hits := x.hits(toks)
	// mentions by token
	at := append(x.at[:0], make([]int, len(toks))...)
	x.at = at
	for k := range at {
		at[k] = -1
	}
	for k, m := range ms {
		for t := m.i; t < m.j && t < len(toks); t++ {
			at[t] = k
		}
	}
	// drop triggers inside mentions, and noun triggers that are the object of
	// another trigger just before them ("broker an agreement")
	var kept []trigHit
	lastEnd := 0
	for n, h := range hits {
		if at[h.head] >= 0 || h.start < lastEnd {
			continue // inside a name, or inside a longer trigger ("verbal attack")
		}
		lastEnd = h.end
		if h.t.Noun && n > 0 {
			p := hits[n-1]
			if !p.t.Noun && p.t.Type != Statement && h.head-p.end <= 6 && h.head >= p.end && allWords(toks[p.end:h.head]) && !hasPreposition(toks[p.end:h.head]) {
				continue
			}
		}
		if !h.t.Noun && isNegated(toks, h.start) {
			continue
		}
		// "threatened to attack", "pledged to ask": the infinitive is what the
		// first trigger is about, not an event of its own
		if h.start > 0 && toks[h.start-1].Lower == "to" && len(kept) > 0 && kept[len(kept)-1].end == h.start-1 && !kept[len(kept)-1].t.Noun {
			continue
		}
		kept = append(kept, h)
	}
	hits = kept
	if x.trigAt == nil {
		x.trigAt = map[int]bool{}
	}
	clear(x.trigAt)
	for _, h := range hits {
		x.trigAt[h.start] = true
	}
	// sentence-initial "In Cairo," place
	sentPlace := ""
	if len(ms) > 0 && ms[0].i == 1 && toks[0].Lower == "in" && ms[0].j < len(toks) && toks[ms[0].j].Text == "," {
		sentPlace = x.placeName(ms[0])
	}
	var cands []*cand
	x.prevVerb = nil
	for _, h := range hits {
		c := x.eventFor(si, s, toks, ms, at, h)
		if c != nil && !h.t.Noun {
			x.prevVerb = c
		}
		if c == nil {
			continue
		}
		if c.Place == "" && sentPlace != "" && (h.t.Place || h.t.Dest) {
			c.Place = sentPlace
		}
		cands = append(cands, x.splitEvents(c, toks, ms, at, h)...)
	}
	x.dateSentence(s, toks, cands)
	shareSplitDates(cands)
	shareSentenceDates(toks, cands)
	if debugEvents {
		for _, c := range cands {
			println("CAND", c.Type, string(c.Date), c.Place, strings.Join(c.Actors, ","), "head", c.head, "noSubj", c.noSubj)
		}
	}
	// a plain reporting verb that frames another event of the sentence is no
	// statement of its own ("Lula said the emir promised him ...")
	framed := cands[:0]
	for _, c := range cands {
		if c.Type == Statement && !c.trig.Noun && isReportingVerb(toks[c.head].Lower) {
			frames := false
			source := -1 // the comma before the speaker of a trailing attribution
			for _, o := range cands {
				if o.head > c.head {
					if o.Type != Statement && !o.trig.Noun && !hasClauseWord(toks, c.head, o.head) && c.Date == "" {
						frames = true
					}
					continue
				}
				if o.head == c.head || o.trig.Noun || !trailingAttribution(toks, o.head, c.head) {
					continue
				}
				comma := lastComma(toks, o.head, c.head)
				if (o.Type != Statement || !isReportingVerb(toks[o.head].Lower)) && !timeAfter(toks, comma) {
					// "Biden met Netanyahu on Monday, the White House said.":
					// the source of the news (dated or not by the news)
					frames = true
				}
				if o.Type != Statement && source < 0 {
					source = comma
				}
			}
			if frames {
				continue
			}
			if source >= 0 && len(c.Actors) > 0 {
				// "Biden called Netanyahu, the White House said on Tuesday":
				// the speaker is the one after the comma ("..., the
				// Ukrainian air force said on Sunday": a speaker who is no
				// actor, so no statement)
				if c.Actors = actorsBetween(toks, ms, at, source, c.head, c.Actors); len(c.Actors) == 0 {
					continue
				}
			}
		}
		framed = append(framed, c)
	}
	cands = framed
	// one event per type and initiator in a sentence, but for different places
	var out []*cand
	for _, c := range cands {
		merged := false
		for _, o := range out {
			if o.Type != c.Type || o.split || c.split {
				continue
			}
			if o.Place != "" && c.Place != "" && !x.samePlace(o.Place, c.Place) {
				continue // visits to two places, talks in Doha and talks in Cairo
			}
			if len(o.Actors) > 0 && len(c.Actors) > 0 && o.Actors[0] != c.Actors[0] && !o.noSubj && !c.noSubj {
				continue
			}
			if o.noSubj && !c.noSubj {
				// the one with an initiator leads: "In an interview with X, Blinken said"
				o.Actors = append(append([]string{}, c.Actors...), o.Actors...)
				o.Actors = dedupe(o.Actors)
				o.noSubj = false
			}
			if o.Date != "" && c.Date != "" && o.Date != c.Date {
				continue
			}
			mergeInto(o, c)
			merged = true
			break
		}
		if !merged {
			out = append(out, c)
		}
	}
	x.events = append(x.events, out...)
}

func isReportingVerb(w string) bool {
	switch w {
	case "said", "says", "say", "saying", "told", "tells", "tell", "stated", "states", "announced", "announces", "announce":
		return true
	}
	return false
}

func isNegated(toks []token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		w := toks[k].Lower
		if toks[k].Class&wcNegWord != 0 {
			return true
		}
		switch w {
		case "declined", "declines", "decline", "refused", "refuses", "refuse":
			// "declined to say", "refused to comment"
			if toks[k+1].Lower == "to" {
				return true
			}
		case "or", "nor":
			// "did not confirm, or deny": the negation covers both verbs
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if toks[j].Class&wcNegWord != 0 {
					return true
				}
			}
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// eventFor builds the event a trigger reports, or nil.
func (x *extractor) eventFor(si int, s Sentence, toks []token, ms []mention, at []int, h trigHit) *cand {
	t := h.t
	c := &cand{Event: Event{Type: t.Type, Status: Occurred, Evidence: []string{s.Text}, Offset: s.Start},
		sent: si, para: s.Para, head: h.head, trig: t, headOffset: toks[h.head].Start}
	lo, hi := clauseBounds(toks, h.start, h.end)
	if t.Type == Threat && strings.HasPrefix(toks[h.head].Lower, "warn") && warnedThatStatement(toks, h.end) {
		c.Type = Statement // "warned that the violence threatened stability": words, no threat
	}
	if !t.Noun && demandedAct(toks, max(lo, h.start-12), h.start) {
		return nil // "urged both sides to agree to a truce": asked for, not done; the demand reports it
	}
	if t.Type == Aid && t.Noun && h.end < len(toks) && aidModified[toks[h.end].Lower] {
		return nil // "aid workers", "aid trucks": people and things, no aid given
	}
	if t.Type == Sanction && h.end < len(toks) {
		switch toks[h.end].Lower {
		case "relief", "waiver", "waivers", "exemption", "exemptions":
			return nil // "a sanctions waiver": the opposite of a sanction
		}
	}
	var subj []string
	licensed := !t.Noun
	ownerFound, dated := false, false
	imposed := false // "announced new sanctions", "retaliated with air strikes": the subject carries them out
	if v := x.visitingPerson(toks, ms, at, h); v != "" {
		subj = []string{v} // "received visiting Jordanian King Abdullah": the king travelled
		c.visiting = true
	}
	// a noun's owner: "Iraq's invasion", "its Oct. 7 attack", "Blinken's sixth visit"
	if t.Noun {
		for k := h.start - 1; k >= lo && k >= h.start-4; k-- {
			if at[k] >= 0 {
				m := ms[at[k]]
				if (m.poss || m.pronoun && (toks[k].Lower == "its" || toks[k].Lower == "his" || toks[k].Lower == "her") ||
					t.Type == Attack && m.adj && h.start-m.j <= 1 && militaryNouns[toks[h.end-1].Lower] && x.attackTold(toks, h.end)) && m.actor != "" {
					subj = []string{m.actor}
					licensed = true
					ownerFound = true
				}
				break
			}
			if !toks[k].Word && toks[k].Text != "-" && toks[k].Lower != "'s" && !x.inTimex(toks[k]) {
				break
			}
		}
		// a date right before: "the June 3 rocket strikes", "its 2014 incursion"
		for _, tx := range x.txBetween(s.Start, s.End) {
			if tx.End <= toks[h.start].Start && tx.End >= toks[max(h.start-3, 0)].Start && tx.Type == timex.TypeDate && tx.Start >= s.Start {
				k := h.start
				for k > 0 && toks[k-1].Start >= tx.End {
					k--
				}
				if onlyModifiers(toks[k:h.start]) {
					licensed = true
					dated = true
				}
			}
		}
		// "talks with X", "meeting with X", "invasion of X"
		if h.end < len(toks) && (toks[h.end].Lower == "with" || toks[h.end].Lower == "between" || toks[h.end].Lower == "of" && t.Type == Attack) {
			if h.end+1 < len(toks) && at[h.end+1] >= 0 || h.end+2 < len(toks) && at[h.end+2] >= 0 {
				licensed = true
			}
		}
		// a light or reporting verb before it: "held talks", "in an interview", "announced a gift"
		for k := h.start - 1; k >= lo && k >= h.start-4; k-- {
			switch toks[k].Lower {
			case "held", "hold", "holds", "holding", "had", "attended", "announced", "announces", "gave",
				"concluded", "began", "in", "at", "during", "after", "following", "joint", "signed", "on":
				licensed = true
			case "with":
				// "retaliated with air strikes on Gaza", "responded with a barrage"
				if p := prevLower(toks, k); t.Type == Attack && (strings.HasPrefix(p, "retaliat") || strings.HasPrefix(p, "respond") || p == "back") {
					licensed, imposed = true, true // the subject strikes
				}
			}
			if t.Type == Sanction && imposingVerbs[toks[k].Lower] {
				licensed, imposed = true, true
			}
			if k < h.start-1 && prepositions[toks[k+1].Lower] {
				break // "arrived on Tuesday for talks": the word belongs to another phrase
			}
		}
		// a verb of taking place after it: "The signing takes place", "talks were held"
		if nounHappens(toks, h.end) {
			licensed = true
		}
		// "a bombing on Friday killed 35 people": an attack told by its toll
		if t.Type == Attack && x.attackKilled(toks, h.end) {
			licensed, dated = true, true
		}
		// "sanctions on Iraq", "an embargo against Cuba"
		if t.Type == Sanction && h.end < len(toks) && (toks[h.end].Lower == "on" || toks[h.end].Lower == "against") {
			licensed = true
		}
		invited := false
		if !ownerFound && (t.Type == Meeting || t.Type == Agreement) {
			// "invited the ministers to a ceremony": a gathering of the host and the guests
			if inviter, guests := x.invitation(toks, ms, at, lo, h.start); len(inviter) > 0 && len(guests) > 0 {
				subj = append(inviter, guests...)
				licensed, invited, ownerFound = true, true, true
			}
		}
		if !licensed {
			return nil
		}
		c.anaphoric = !ownerFound && !dated && definiteBefore(toks, h.start)
		if invited {
			c.invited = true
		}
		if !ownerFound && t.Type != Attack && t.Type != Sanction && !definiteBefore(toks, h.start) {
			// "After talks with the emir, Lula said": the subject of the main
			// clause owns an event named in a fronted phrase (not an attack or
			// sanction: "After the invasion, Bush sent troops" is no attack by Bush;
			// nor "the ceremony", which refers back to a gathering, if any)
			if ids := x.frontedOwner(toks, ms, h); len(ids) > 0 {
				subj = ids
				c.anaphoric = false
			}
		}
	}
	if t.SubjObj && len(subj) == 0 {
		// "took him to": the pronoun after the verb is the traveller; the subject owns the trip
		for k := h.start; k < h.end; k++ {
			if at[k] >= 0 && ms[at[k]].actor != "" {
				subj = []string{ms[at[k]].actor}
			}
		}
		if len(subj) == 0 {
			for k := h.start + 1; k < h.end; k++ {
				if w := toks[k].Lower; (w == "him" || w == "her") && x.lastPerson != "" {
					subj = []string{x.lastPerson}
				}
			}
		}
	}
	if len(subj) == 0 && t.Type == Statement && !t.Noun && (h.start == 0 || isQuoteTok(toks[h.start-1].Text) || toks[h.start-1].Text == ",") {
		// "..., said spokeswoman Ana Ruiz": the speaker follows the verb
		if h.end < len(toks) && at[h.end] >= 0 && ms[at[h.end]].actor != "" && ms[at[h.end]].prep == "" {
			subj = []string{ms[at[h.end]].actor}
			// "Answered a Defence Ministry press officer, Ola Berg":
			// the person the title phrase ends with speaks
			for k := ms[at[h.end]].j; k < len(toks) && k < h.end+8 && (toks[k].Word || toks[k].Text == "-"); k++ {
				if at[k] >= 0 {
					if r := x.actors[ms[at[k]].actor]; r != nil && r.Kind == Person {
						subj = []string{r.ID}
					}
					break
				}
			}
		}
	}
	cataphor := false
	if d, noun, ok := indefinitePerson(toks, lo, h.start); ok && !t.Noun && len(subj) == 0 {
		cataphor = true // "A navy spokeswoman said": named in the next sentence
		c.fallback = x.describedBy(ms, at, d, h.start)
		c.descNoun = noun
	}
	if len(subj) == 0 && !cataphor && !t.Noun && h.start > 0 && commonNounSubject(toks[h.start-1]) && at[h.start-1] < 0 {
		// "..., officials said": a subject that names no actor, unless a
		// demonym qualifies it ("Sudanese army commanders ordered")
		for k := h.start - 2; k >= 0 && k >= h.start-3; k-- {
			// "Iraqi authorities", "Iraqi military authorities", "Pentagon sources"
			if at[k] >= 0 && ms[at[k]].actor != "" && (ms[at[k]].adj || ms[at[k]].j == h.start-1 && x.actors[ms[at[k]].actor].Kind != Person) {
				subj = []string{ms[at[k]].actor}
				break
			}
			if !toks[k].Word || toks[k].Cap {
				break
			}
		}
		if len(subj) == 0 {
			subj = coordinatedActors(toks, ms, at, lo, h.start-1)
		}
		if len(subj) == 0 {
			return nil
		}
	}
	if len(subj) == 0 && !cataphor && !t.Noun && h.start > 0 && toks[h.start-1].Lower == "and" && x.prevVerb != nil && !x.prevVerb.noSubj && len(x.prevVerb.Actors) > 0 {
		// "accused Ruto of bad faith and said ...": coordinated verbs share their subject
		subj = []string{x.prevVerb.Actors[0]}
	}
	if len(subj) == 0 && !cataphor && (!(t.Noun && (t.Type == Attack || t.Type == Sanction)) || imposed) {
		// the subject of the clause takes part in a visit or talks it names,
		// but an attack or an embargo it names is someone else's; a verb
		// right after a noun phrase no actor stands for has that phrase as
		// its subject ("said the violence threatened stability")
		if t.Noun || !plainNounBefore(toks, at, h.start, h.end) {
			subj = x.subject(toks, ms, at, lo, h.start)
		}
	}
	if len(subj) > 0 {
		if r := x.actors[subj[0]]; r != nil && r.Kind == Person {
			x.lastSubj = subj[0]
		}
	}
	// "by X" after a passive or a noun is the agent, who comes first:
	// "hostages captured by Hamas", "a deal brokered by China" (the
	// clause's subject, if any, is then what the agent acted on)
	by := h.end + 1
	if by+1 < len(toks) && toks[by].Lower == "the" {
		by++
	}
	if by < len(toks) && toks[h.end].Lower == "by" && at[by] >= 0 && ms[at[by]].actor != "" {
		m := ms[at[by]]
		if m.adj && m.j < len(toks) && at[m.j] >= 0 && ms[at[m.j]].actor != "" {
			m = ms[at[m.j]] // "by Turkish Foreign Minister X": the person, not the adjective
		}
		agents := []string{m.actor}
		// "signed by Annan and Iraqi Deputy Prime Minister Tariq Aziz": all of them
		// (not across a comma: "brokered by Qatar, the United Nations said")
		for k := m.j; k+1 < len(toks) && toks[k].Lower == "and" && at[k+1] >= 0; {
			n := ms[at[k+1]]
			if n.adj && n.j < len(toks) && at[n.j] >= 0 && ms[at[n.j]].actor != "" {
				n = ms[at[n.j]]
			}
			if n.actor == "" || n.adj {
				break
			}
			agents = append(agents, n.actor)
			k = n.j
		}
		var rest []string
		for _, a := range subj {
			if !contains(agents, a) {
				rest = append(rest, a)
			}
		}
		if h.start > 0 && at[h.start-1] < 0 && toks[h.start-1].Word && !toks[h.start-1].Cap && !preVerb[toks[h.start-1].Lower] {
			// "praised the ceasefire brokered by Egypt": a participle after
			// a noun; the clause's subject is no party to it
			rest = nil
		}
		c.byAgent = len(rest) > 0
		subj = append(dedupe(agents), rest...)
	}
	c.Actors = append(c.Actors, subj...)
	c.noSubj = len(subj) == 0
	c.nSubj = len(dedupe(subj))
	// the object and the place
	objs, place := x.objectAndPlace(toks, ms, at, h, hi, t)
	if c.anaphoric && len(objs) > 0 && h.end < len(toks) {
		switch toks[h.end].Lower {
		case "on", "of", "with", "against", "between", "to":
			c.namesParties = true // "the embargo on materials to Iraq"
		}
	}
	if len(objs) == 0 && t.Obj {
		// a participant inside the trigger's own words: "spoke with Putin by
		// phone", "suspended Niger's membership"
		for k := h.head + 1; k < h.end; k++ {
			if at[k] >= 0 {
				m := ms[at[k]]
				if m.actor != "" && !m.adj && !contains(subj, m.actor) && !contains(objs, m.actor) && !x.modifiesTitled(toks, ms, at, m) {
					objs = append(objs, m.actor)
				}
				k = m.j - 1
			}
		}
	}
	for _, o := range objs {
		if !contains(c.Actors, o) {
			c.Actors = append(c.Actors, o)
		}
	}
	c.Place = place
	if place == "" && x.dateline != "" && (t.Place || t.Dest) && hereAfter(toks, h.end, hi) {
		c.Place = x.dateline // "held talks with Imran Khan here on Thursday" in a story filed from Beijing
	}
	if t.Type == Visit && place != "" {
		if e := x.placeCountry(place); e != nil {
			x.ensureAffiliation(e.ID, s.Start)
			if _, ok := x.actors[e.ID]; ok && !contains(c.Actors, e.ID) {
				c.placeAct = e.ID
			}
		}
	}
	if cataphor {
		x.cataphors = append(x.cataphors, c)
	} else if t.Type == Visit && !t.SubjObj && len(subj) > 0 && x.actors[subj[0]] != nil && x.actors[subj[0]].Kind == Country && x.partiesOfPeople(toks, ms, at, lo, h.start) == nil {
		return nil // "half its grain goes to Egypt": a state does not travel; its leaders and envoys do
	} else if len(c.Actors) == 0 && !(t.Type == Attack && dated) {
		return nil // an attack its date names ("the Aug. 7 blasts") is an event without known actors
	}
	// groups become actors only when they take part
	for _, id := range c.Actors {
		if r := x.actors[id]; r != nil {
			r.used = true
		}
	}
	c.Status = statusOf(toks, lo, h)
	if c.Status == Occurred && t.Noun && nounContinues(toks, h.end) {
		c.Status = Ongoing // "the economic embargo on materials to Iraq continued unabated"
	}
	if c.invited && c.Status == Occurred {
		c.Status = Planned // an invitation is to something to come; a past date turns it back
	}
	if t.Type == Attack && (c.Status == Hypothetical || c.Status == Planned) {
		// "said it would bomb the depots if ...": a threat
		for k := h.end; k < len(toks); k++ {
			if toks[k].Lower == "unless" || toks[k].Lower == "if" {
				c.Type, c.Status = Threat, Occurred
				break
			}
		}
	}
	c.Confidence = 0.9
	if t.Noun {
		c.Confidence = 0.75
	}
	if len(c.Actors) == 1 && (t.Type == Meeting || t.Type == Call) {
		c.Confidence -= 0.15
	}
	return c
}

// visitingPerson returns the person that "visiting" stands before as an
// adjective ("held talks with visiting Pakistani Prime Minister Imran
// Khan"), or "" when the word is a verb ("was visiting Cairo", "Blinken,
// visiting Riyadh, said").
func (x *extractor) visitingPerson(toks []token, ms []mention, at []int, h trigHit) string {
	if h.t.Type != Visit || h.t.Noun || toks[h.head].Lower != "visiting" || h.end != h.head+1 {
		return ""
	}
	if h.head == 0 {
		return ""
	}
	switch toks[h.head-1].Lower {
	case "with", "the", "a", "an", "his", "her", "their", "its", "met", "meets", "received", "receives",
		"hosted", "hosts", "welcomed", "welcomes", "greeted", "greets", "told", "and":
	default:
		return "" // "was visiting Cairo", "avoided visiting X": a verb
	}
	for k := h.end; k < len(toks) && k < h.end+6; k++ {
		if at[k] < 0 {
			if toks[k].Word && !toks[k].Cap {
				return "" // "visiting the region": no name right after
			}
			continue
		}
		m := ms[at[k]]
		if m.adj && m.j > k {
			k = m.j - 1
			continue // "visiting Pakistani Prime Minister X"
		}
		if r := x.actors[m.actor]; m.actor != "" && r != nil && r.Kind == Person {
			return m.actor
		}
		return ""
	}
	return ""
}

// invitation finds "X invited Y to a <noun>" before the noun at start: the
// inviter and the guests.
func (x *extractor) invitation(toks []token, ms []mention, at []int, lo, start int) (inviter, guests []string) {
	if start < 2 || toks[start-1].Lower != "a" && toks[start-1].Lower != "an" && toks[start-1].Lower != "the" || toks[start-2].Lower != "to" {
		return nil, nil
	}
	for k := start - 3; k >= lo && k >= start-20; k-- {
		switch toks[k].Lower {
		case "invited", "invites", "invite", "inviting":
		default:
			continue
		}
		inviter = x.subject(toks, ms, at, lo, k)
		for j := k + 1; j < start-2; j++ {
			if at[j] < 0 {
				continue
			}
			m := ms[at[j]]
			switch {
			case m.group:
				guests = append(guests, x.groupActor(m, toks))
			case m.actor != "" && !m.adj:
				guests = append(guests, m.actor)
			}
			break
		}
		return inviter, guests
	}
	return nil, nil
}

// eventNounBetween reports whether a word that may start a trigger stands
// in toks[from:to]: the phrase names an event, not who acted.
func eventNounBetween(toks []token, from, to int) bool {
	for _, t := range toks[from:to] {
		if t.Class&wcTriggerStart != 0 {
			return true
		}
	}
	return false
}

// thatRelative reports whether "that" after the word t opens a relative
// clause on a common noun ("a war that killed"), not a clause a verb or an
// adjective governs ("said that", "so that", "sure that").
func thatRelative(t token) bool {
	if !t.Word || t.Cap || speechVerbs[t.Lower] || strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ly") {
		return false
	}
	switch t.Lower {
	case "so", "such", "now", "sure", "clear", "aware", "confident", "hope", "believe", "say", "says", "think", "warn",
		"warns", "insist", "insists", "agree", "agrees", "given", "except", "fact", "news", "view", "idea", "grounds", "condition":
		return false
	}
	return strings.HasSuffix(t.Lower, "s") || nounEnds(t.Lower)
}

// nounEnds reports whether a word ends as English nouns of events and
// things do ("war", "attack", "offensive", "campaign", "agreement").
func nounEnds(w string) bool {
	for _, suf := range []string{"war", "attack", "offensive", "campaign", "ment", "tion", "sion", "ing", "ence", "ance", "ity", "conflict", "fighting", "crisis", "strike", "raid", "force", "group", "army"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// coordinatedActors returns the actors coordinated with the plain noun
// phrase ending at toks[k]: "Iran and six world powers reached a deal" has
// Iran among its subjects, the powers naming no actor of their own.
func coordinatedActors(toks []token, ms []mention, at []int, lo, k int) []string {
	j := k
	for j >= lo && j > k-4 && at[j] < 0 && toks[j].Word && !toks[j].Cap && toks[j].Lower != "and" {
		j--
	}
	if j < lo || j == k || toks[j].Lower != "and" {
		return nil
	}
	var ids []string
	for j--; j >= lo && at[j] >= 0; {
		m := ms[at[j]]
		if m.actor == "" || m.adj || m.poss || m.prep != "" {
			break
		}
		ids = append([]string{m.actor}, ids...)
		j = m.i - 1
		if j < lo || toks[j].Text != "," {
			break
		}
		j--
	}
	return ids
}

// partiesOfPeople returns the states and bodies of a subject such as
// "officials from Egypt and Qatar" or "negotiators of Israel and Hamas"
// standing right before the verb at start (auxiliaries between allowed):
// the people act for them.
func (x *extractor) partiesOfPeople(toks []token, ms []mention, at []int, lo, start int) []string {
	j := start - 1
	for n := 0; n < 4 && j >= lo && auxWords[toks[j].Lower]; n++ {
		j--
	}
	var ids []string
	for j >= lo && at[j] >= 0 {
		m := ms[at[j]]
		id := m.actor
		if m.group {
			id = x.groupActor(m, toks)
		}
		if id == "" || m.adj || m.poss || len(m.actors) > 0 {
			return nil // (not "ministers of the three countries": a reference back, left to the group)
		}
		ids = append([]string{id}, ids...)
		j = m.i - 1
		if j >= lo && toks[j].Lower == "the" {
			j--
		}
		if j >= lo && (toks[j].Lower == "and" || toks[j].Text == ",") {
			j--
			continue
		}
		break
	}
	if len(ids) == 0 || j-1 < lo || (toks[j].Lower != "from" && toks[j].Lower != "of" && toks[j].Lower != "for") {
		return nil
	}
	if p := toks[j-1]; !strings.HasSuffix(p.Lower, "s") || p.Class&wcPersonNoun == 0 && !delegateNouns[p.Lower] {
		return nil
	}
	return ids
}

// auxWords may stand between a subject and its verb ("will", "are expected to").
var auxWords = map[string]bool{"will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "have": true, "has": true, "had": true, "are": true, "were": true, "is": true, "was": true,
	"also": true, "then": true, "later": true, "again": true, "to": true, "expected": true, "due": true, "set": true,
	"scheduled": true, "planning": true, "plan": true, "not": true}

// delegateNouns are plural nouns for people who act for a state or body.
var delegateNouns = map[string]bool{"negotiators": true, "delegations": true, "delegates": true, "officials": true,
	"representatives": true, "envoys": true, "diplomats": true, "mediators": true, "ministers": true, "leaders": true,
	"lawmakers": true, "teams": true, "emissaries": true}

// relativeClauseStart returns the index of the comma that opens a relative
// clause ", who ... ," closed by the comma at end, or -1.
func relativeClauseStart(toks []token, lo, end int) int {
	for k := end - 1; k > lo && k >= end-16; k-- {
		switch toks[k].Lower {
		case ",":
			if k+1 < end && (toks[k+1].Lower == "who" || toks[k+1].Lower == "which") {
				return k
			}
			return -1
		case "said", "says", ";":
			return -1
		}
	}
	return -1
}

// plainNounBefore reports whether the verb in the past at start follows an
// article or a demonstrative and a lowercase noun that no mention or time
// expression covers: "the violence threatened", not "this week threatened".
func plainNounBefore(toks []token, at []int, start, end int) bool {
	if start < 2 || at[start-1] >= 0 || at[start-2] >= 0 || end < len(toks) && toks[end].Lower == "by" {
		return false // (and "a process brokered by X": a participle)
	}
	if v := toks[start].Lower; !strings.HasSuffix(v, "ed") && !pastForms()[v] {
		return false // "a whirlwind visit": the trigger itself may be the noun
	}
	n, d := toks[start-1], toks[start-2]
	if !n.Word || n.Cap || n.Time || d.Time || strings.HasSuffix(n.Lower, "ly") || preVerb[n.Lower] || negWords[n.Lower] {
		return false
	}
	return d.Lower == "the" || d.Lower == "a" || d.Lower == "an" || d.Lower == "this" || d.Lower == "that" || d.Lower == "these" || d.Lower == "those"
}

// attackTold reports whether the words after an attack noun at end give it
// a target or an effect, as a report of one attack does: "an Israeli raid
// on Jenin", "a Russian missile strike killed", not "Israeli air strikes
// have become routine".
func (x *extractor) attackTold(toks []token, end int) bool {
	if end >= len(toks) {
		return false
	}
	if toks[end].Lower == "on" && end+1 < len(toks) && (toks[end+1].Time || x.inTimex(toks[end+1])) {
		// "an Israeli drone strike on Tuesday killed": a date, no target;
		// what follows it tells
		return x.attackKilled(toks, end)
	}
	switch toks[end].Lower {
	case "on", "against", "killed", "destroyed", "hit", "struck", "wounded", "targeted", "damaged", "killing", "destroying", "wounding":
		return true
	}
	return false
}

// warnedThatStatement reports whether "warned" is followed by a clause
// ("warned that ...") that says nothing of what anyone will or would do:
// then it reports a view, not a threat.
func warnedThatStatement(toks []token, end int) bool {
	// "warned that", "warned Israel weeks before the attack that"
	for from := end; end < len(toks) && end < from+10 && toks[end].Lower != "that"; end++ {
		if toks[end].Text == "," || toks[end].Lower == "of" || toks[end].Lower == "against" || toks[end].Lower == "to" {
			return false // "warned of", "warned Iran against", "warned Iran to stop": a threat
		}
	}
	if end >= len(toks) || toks[end].Lower != "that" {
		return false
	}
	for _, t := range toks[end+1:] {
		switch t.Lower {
		case "will", "would", "'ll", "shall", "could", "may", "might", "ready", "right", "if", "unless":
			return false // ("could retaliate", "was ready to use", "reserved the right to respond")
		}
	}
	return true
}

// imposingVerbs put a sanction they govern in their subject's hands:
// "announced new sanctions against Russia", "agreed a package of sanctions".
var imposingVerbs = map[string]bool{
	"announced": true, "announces": true, "unveiled": true, "unveils": true, "approved": true, "approves": true,
	"adopted": true, "adopts": true, "agreed": true, "agrees": true, "extended": true, "extends": true,
	"tightened": true, "tightens": true, "widened": true, "widens": true,
}

// nounHappens reports whether the words from toks[i] say that the event a
// noun names takes place: "will take place", "was held", "is scheduled",
// "continued".
func nounHappens(toks []token, i int) bool {
	var ws []string
	for k := i; k < len(toks) && k < i+4 && toks[k].Word; k++ {
		ws = append(ws, toks[k].Lower)
	}
	s := " " + strings.Join(ws, " ") + " "
	for _, p := range []string{" take place ", " took place ", " takes place ", " taking place ", " was held ",
		" were held ", " will be held ", " is scheduled ", " was scheduled ", " are scheduled ", " is set ",
		" continued ", " continues ", " began ", " begins ", " opened ", " opens ", " ended "} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// frontedOwner returns the subject of the main clause when the noun trigger
// h stands in a phrase that opens the sentence and ends with a comma ("At a
// news conference with Gore, Netanyahu said ..."), else "".
func (x *extractor) frontedOwner(toks []token, ms []mention, h trigHit) []string {
	if len(toks) == 0 || !prepositions[toks[0].Lower] && toks[0].Lower != "ahead" && toks[0].Lower != "following" && toks[0].Lower != "during" {
		return nil
	}
	comma := -1
	for k := 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			if k > h.start {
				comma = k
			}
			break
		}
	}
	if comma < 0 {
		return nil
	}
	for _, m := range ms {
		if m.i <= comma {
			continue
		}
		if m.prep == "" && !m.adj && !m.group && m.actor != "" {
			if len(m.actors) > 0 {
				return m.actors
			}
			return []string{m.actor}
		}
		return nil
	}
	return nil
}

// possessives are the pronouns that modify a noun ("his counterpart").
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// subjectPronouns are pronouns that, when nothing resolves them, still
// stand as the subject of the verb after them.
var subjectPronouns = map[string]bool{"they": true, "we": true, "i": true, "you": true}

// auxiliaries and other words that stand between a subject and its verb.
var preVerb = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "be": true,
	"been": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"shall": true, "should": true, "must": true, "to": true, "also": true, "then": true, "not": true,
	"never": true, "n't": true, "just": true, "already": true, "still": true, "later": true, "again": true,
	"meanwhile": true, "and": true, "or": true, "but": true, "who": true, "which": true, "that": true,
	"did": true, "does": true, "do": true, "once": true, "first": true, "thus": true, "far": true,
	"since": true, "after": true, "before": true, "when": true, "as": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "there": true, "ever": true, "now": true, "formally": true,
}

// commonNounSubject reports whether the word before a verb is a plain noun
// ("officials said", "sources say"), so that the subject names no actor.
func commonNounSubject(t token) bool {
	if !t.Word || t.Cap || preVerb[t.Lower] || strings.HasSuffix(t.Lower, "ly") {
		return false
	}
	return strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") || personNouns[t.Lower]
}

// quoteOpensSentence reports whether the quotation closed at toks[k] began
// the sentence: "“We will not give away our land,” he told reporters",
// not "called it “a natural habitat,” saying".
func quoteOpensSentence(toks []token, k int) bool {
	for j := k - 2; j >= 0; j-- {
		if isQuoteTok(toks[j].Text) {
			for _, t := range toks[:j] {
				if t.Word {
					return false
				}
			}
			return true
		}
	}
	return false
}

// clauseBounds returns the token range of the clause around a trigger.
func clauseBounds(toks []token, start, end int) (lo, hi int) {
	lo = 0
	for k := start - 1; k >= 0; k-- {
		w := toks[k].Lower
		if w == ";" || w == ":" || toks[k].Class&wcClauseWord != 0 || w == "--" || w == "—" {
			lo = k + 1
			break
		}
		if k > 0 && isQuoteTok(toks[k].Text) && toks[k-1].Text == "," && quoteOpensSentence(toks, k) {
			lo = k + 1 // "``We will not give away our land,'' he told reporters": the quotation is not the clause
			break
		}
	}
	hi = len(toks)
	for k := end; k < len(toks); k++ {
		w := toks[k].Lower
		if w == ";" || w == ":" || toks[k].Class&wcClauseWord != 0 || w == "--" || w == "—" || w == "that" || w == "which" || w == "who" || w == "where" || w == "when" {
			hi = k
			break
		}
	}
	return lo, hi
}

// subject finds the initiator: the nearest actor mention to the left of the
// trigger that is not the object of a preposition, with the actors
// coordinated with it ("The United States, Egypt and Qatar").
func (x *extractor) subject(toks []token, ms []mention, at []int, lo, start int) []string {

	// a relative clause: "envoys ..., who went to the palace"
	// has the noun before "who" as its subject, named or not
	r := start - 1
	for r >= lo && at[r] < 0 && toks[r].Word && toks[r].Lower != "who" && toks[r].Lower != "which" && toks[r].Lower != "that" &&
		toks[r].Lower != "and" && toks[r].Lower != "or" {
		r-- // "who went to the palace to express": the verbs of the clause share its subject
	}
	if r >= 1 && r > lo && toks[r].Lower == "that" && at[r-1] < 0 && thatRelative(toks[r-1]) {
		return nil // "a border war that has killed thousands": the war, no actor, is the subject
	}
	if r >= 0 && r >= lo && (toks[r].Lower == "who" || toks[r].Lower == "which") {
		a := r - 1
		if a >= 0 && toks[a].Text == "," {
			a--
		}
		if a >= 0 && at[a] >= 0 {
			m := ms[at[a]]
			if m.group {
				return []string{x.groupActor(m, toks)}
			}
			if m.actor != "" && !m.adj && m.prep != "of" {
				return []string{m.actor} // not "the ambassadors of Arab states, who"
			}
		}
		return nil
	}
	if ids := x.partiesOfPeople(toks, ms, at, lo, start); len(ids) > 0 {
		return ids // "Officials from Egypt and Qatar met", "negotiators from Israel and Hamas will return"
	}
	var adjFallback string
	var with []string
	infinitive := start > 0 && toks[start-1].Lower == "to"
	for k := start - 1; k >= lo && k >= start-30; k-- {
		if at[k] < 0 {
			if toks[k].Class&wcSubjectPronoun != 0 && adjFallback == "" {
				return nil // "they may keep travelling": a subject no actor stands for
			}
			if toks[k].Text == "," {
				// "Sarkozy, who holds the rotating EU presidency, flew to
				// Moscow": the subject stands before the relative clause
				if c := relativeClauseStart(toks, lo, k); c >= 0 {
					k, start = c, c // what stands before the clause is direct
				}
			}
			continue
		}
		m := ms[at[k]]
		k = m.i
		if m.i > 0 && m.j < len(toks) && toks[m.i-1].Text == "(" && toks[m.j].Text == ")" {
			continue // "MOSCOW (Reuters) - Crimeans voted": a source in brackets acts in no clause
		}
		direct := m.j == start && m.actor != "" && !m.adj && m.prep != "with" && m.prep != "of"
		if m.group && (m.prep == "" || m.j == start) {
			return append([]string{x.groupActor(m, toks)}, with...)
		}
		if m.prep == "with" && m.actor != "" && !m.adj && infinitive {
			with = append(with, m.actor) // "worked with Israel to put a proposal"
			continue
		}
		if !direct && (m.actor == "" || m.prep != "" && m.prep != "of" || m.poss) {
			continue
		}
		if m.adj {
			if adjFallback == "" && start-m.j <= 3 && !eventNounBetween(toks, m.j, start) {
				adjFallback = m.actor // (not "an Iraqi bombing killed": the bombing did)
			}
			continue
		}
		if m.prep == "of" && !direct {
			continue
		}
		out := []string{m.actor}
		if len(m.actors) > 0 {
			out = append([]string(nil), m.actors...) // "the two leaders"
		}
		// coordination to the left: "X, Y and Z"
		conj := false
		for j := m.i - 1; j >= lo; {
			w := toks[j].Lower
			if w == "," || w == "and" {
				conj = true
				j--
				continue
			}
			if w == "the" {
				j--
				continue
			}
			if at[j] >= 0 && ms[at[j]].prep == "of" && ms[at[j]].i >= 2 {
				j = ms[at[j]].i - 2 // "Sand of Norway, Lund of Denmark and Ek"
				continue
			}
			if at[j] >= 0 && (ms[at[j]].adj || ms[at[j]].pronoun && possessives[toks[j].Lower]) && !conj {
				j = ms[at[j]].i - 1 // "Chilean leader Gabriel Boric", "his counterpart X": modifiers of the name
				continue
			}
			if conj && at[j] >= 0 && ms[at[j]].actor != "" && !ms[at[j]].adj && ms[at[j]].prep == "" {
				out = append([]string{ms[at[j]].actor}, out...)
				j = ms[at[j]].i - 1
				conj = false
				continue
			}
			break
		}
		return dedupe(append(out, with...))
	}
	if adjFallback != "" {
		return []string{adjFallback}
	}
	return nil
}

// objectAndPlace finds the participants after the trigger and the place.
func (x *extractor) objectAndPlace(toks []token, ms []mention, at []int, h trigHit, hi int, t *trigger) ([]string, string) {
	var objs []string
	place := ""
	stopObj := false
	for k := h.end; k < hi && k < h.end+25; k++ {
		if at[k] < 0 {
			w := toks[k].Lower
			if toks[k].Class&wcSpeechVerb != 0 {
				stopObj = true // "..., and said Washington would": another clause
			}
			if w == "," && (len(objs) > 0 && !listContinues(toks, ms, at, k) || place != "" || k > h.end && toks[k-1].Time || attributionAhead(toks, k)) || w == "to" && k+1 < len(toks) && !toks[k+1].Name && toks[k+1].Lower != "the" && !(t.Type == Threat && k == h.end) {
				stopObj = true
			}
			continue
		}
		m := ms[at[k]]
		k = m.j - 1
		isPlace := m.place != "" && (m.actor == "" || placePreps[m.prep] || m.prep == "" && t.Type == Visit)
		if t.Type == Attack && m.actor != "" && !m.adj && (m.prep == "at" || m.prep == "into" || m.prep == "toward" || m.prep == "towards") {
			isPlace = false // "fired rockets at Israel": the state is the target
		}
		if t.Noun && t.Dest && m.i > h.end+2 {
			isPlace = isPlace && m.prep != "to" // "trip to X", not "trip, ... to Dutch tourists"
		}
		// (a town an attack hits is where it happens: "shelled Idlib", "air strikes on Rafah")
		hitTown := t.Type == Attack && m.actor == "" && (m.prep == "" || m.prep == "on" || m.prep == "near" ||
			m.prep == "of" && m.i >= 2 && settlementWords[toks[m.i-2].Lower])
		if isPlace && place == "" && (t.Dest && (m.prep == "to" || m.prep == "in" || m.prep == "at" || m.prep == "for" || m.prep == "" && h.t.Type == Visit) || t.Place && (m.prep == "in" || m.prep == "at" || hitTown)) {
			// "the West Bank town of Ramallah": the town
			if w := m.j; w+2 < len(toks) && settlementWords[toks[w].Lower] && toks[w+1].Lower == "of" && at[w+2] >= 0 && ms[at[w+2]].place != "" {
				m = ms[at[w+2]]
				k = m.j - 1
			}
			place = x.placeName(m)
			continue
		}
		if isPlace && m.actor == "" {
			continue
		}
		if !t.Obj || stopObj || m.poss && m.actor != "" && x.ownsNext(toks, ms, at, k+2) {
			continue
		}
		if x.modifiesTitled(toks, ms, at, m) {
			continue // "Hamas leader Ismail Haniyeh", "U.S. President-elect Donald Trump": the person, not the body
		}
		if m.j < len(toks) && speechVerbs[toks[m.j].Lower] {
			stopObj = true // "brokered by Qatar, the United Nations said": the speaker
			continue
		}
		if t.Type == Attack && (m.prep == "at" || m.prep == "on" || m.prep == "against") {
			// "shelling of French consulates": the state whose mission was hit
		} else if m.prep == "in" || m.prep == "at" || m.prep == "from" || m.prep == "by" || m.prep == "of" && t.Type != Attack && t.Type != Proposal {
			continue // ("by X" is an agent, of this trigger or of a later one: "signed a deal brokered by X")
		}
		if m.adj && t.Type != Attack {
			continue
		}
		if t.Noun && m.prep == "" && m.i != h.end {
			continue // a noun takes its participants from a phrase after it ("talks with X", "invasion of X")
		}
		id := m.actor
		if m.group {
			id = x.groupActor(m, toks)
		}
		if r := x.actors[id]; r != nil && r.Kind == Media && t.Type == Statement {
			continue // "told Reuters": the channel, not a party
		}
		if id != "" && !contains(objs, id) {
			objs = append(objs, id)
		}
		for _, a := range m.actors[min(1, len(m.actors)):] {
			if !contains(objs, a) {
				objs = append(objs, a)
			}
		}
		// "X and Y": keep going only across a conjunction
		if k+1 < len(toks) && toks[k+1].Lower != "and" && toks[k+1].Text != "," {
			stopObj = true
		}
	}
	return objs, place
}

// ownsNext reports whether a mention starts at toks[k], or a person's
// after up to three lower-case words there: the owner before "'s" gives
// way to what it owns ("Egypt's President el-Sissi", "Sudan's army chief
// Abdel Fattah Burhan").
func (x *extractor) ownsNext(toks []token, ms []mention, at []int, k int) bool {
	for n := 0; n < 4 && k+n < len(toks); n++ {
		if at[k+n] >= 0 {
			if n == 0 {
				return true
			}
			r := x.actors[ms[at[k+n]].actor]
			last := toks[k+n-1]
			return r != nil && r.Kind == Person && toks[k+n].Cap && (last.Class&wcPersonNoun != 0 || last.RoleEnd)
		}
		if t := toks[k+n]; !t.Word || t.Cap || prepositions[t.Lower] || determiners[t.Lower] || t.Lower == "and" || t.Lower == "or" {
			return false
		}
	}
	return false
}

// modifiesTitled reports whether the mention m of a body or state stands
// before a person's title, as the office's owner: "Hamas leader Ismail
// Haniyeh", "U.S. President-elect Donald Trump".
func (x *extractor) modifiesTitled(toks []token, ms []mention, at []int, m mention) bool {
	k := m.j
	return m.actor != "" && !m.poss && k < len(toks) && toks[k].Word && (!toks[k].Cap || x.roleStarts(toks, k)) && x.titledNext(toks, ms, at, k)
}

// roleStarts reports whether a role title of the knowledge base starts at
// toks[k] ("President-elect Donald Trump").
func (x *extractor) roleStarts(toks []token, k int) bool {
	role, _ := x.roleAt(toks, k)
	return role != ""
}

// titledNext reports whether a person's title starts at the lower-case
// word toks[k]: the mention of a titled person ("leader Ismail Haniyeh")
// or role words before a person's name.
func (x *extractor) titledNext(toks []token, ms []mention, at []int, k int) bool {
	if at[k] < 0 {
		return x.ownsNext(toks, ms, at, k)
	}
	n := ms[at[k]]
	r := x.actors[n.actor]
	return n.i == k && !n.pronoun && r != nil && r.Kind == Person
}

func (x *extractor) groupActor(m mention, toks []token) string {
	name := strings.TrimPrefix(strings.TrimPrefix(m.groupName, "the "), "The ")
	if id := x.sameGroup(name); id != "" {
		return x.addActor(Actor{ID: id}, name, toks[m.i].Start)
	}
	return x.addActor(Actor{Name: name, Kind: Group}, "", toks[m.i].Start)
}

// envoyWords are plural heads that name the same diplomats.
var envoyWords = map[string]bool{"ambassadors": true, "envoys": true, "diplomats": true}

// sameGroup returns the group of the document that a new group name names
// again: both of envoys ("ambassadors", "envoys", "diplomats") with the same
// capitalised modifiers ("African envoys" after "ambassadors ... of 30
// African countries").
func (x *extractor) sameGroup(name string) string {
	key := func(n string) (string, bool) {
		var caps []string
		envoys := false
		for _, w := range strings.Fields(n) {
			if envoyWords[strings.ToLower(w)] {
				envoys = true
			} else if w[0] >= 'A' && w[0] <= 'Z' {
				caps = append(caps, w)
			}
		}
		sort.Strings(caps)
		return strings.Join(caps, " "), envoys && len(caps) > 0
	}
	k, ok := key(name)
	if !ok {
		return ""
	}
	best := ""
	for id, r := range x.actors {
		if r.Kind != Group || r.Name == name {
			continue
		}
		if k2, ok2 := key(r.Name); ok2 && k2 == k && (best == "" || id < best) {
			best = id
		}
	}
	return best
}

func (x *extractor) placeName(m mention) string {
	if m.place != "" {
		return m.place
	}
	if r := x.actors[m.actor]; r != nil {
		return r.Name
	}
	return ""
}

// placeCountry returns the country a place is or lies in.
func (x *extractor) placeCountry(place string) *kb.Entity {
	if c := x.country(place); c != nil {
		return c
	}
	if p, ok := x.kb.Place(place); ok && p.Country != "" {
		return x.kb.ByID(p.Country)
	}
	return nil
}

// samePlace reports whether two place names are the same place or one lies in the other.
func (x *extractor) samePlace(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	ca, cb := x.placeCountry(a), x.placeCountry(b)
	if ca == nil || cb == nil || ca.ID != cb.ID {
		return false
	}
	// one of them is the country itself
	return strings.EqualFold(ca.Name, a) || strings.EqualFold(cb.Name, b) || x.country(a) != nil || x.country(b) != nil
}

// statusOf reads the status from the words before the trigger in its
// clause: the phrases of plannedBefore and the like, matched word by word
// against the tokens (TestStatusOfPhrases compares it with matching them
// in the text of the words joined by blanks).
func statusOf(toks []token, lo int, h trigHit) Status {
	from := max(lo, h.start-12)
	// near is the last four words before the trigger, within the clause
	near := toks[from:h.start]
	if k := max(lo, h.start-4); k > from {
		near = toks[k:h.start]
	}
	if h.end > h.head+1 && strings.HasSuffix(toks[h.head+1].Lower, "ed") {
		return Occurred // "the embargo placed on Eritrea": a participle tells what was done
	}
	if anyPhrase(near, ongoingPhrases) {
		return Ongoing
	}
	// a schedule governs the coordinated verbs of its clause: "was scheduled
	// to lay flowers ..., talk to guards and meet with the president"
	clause := toks[lo:h.start]
	for _, ph := range schedulePhrases {
		if k := phraseAt(clause, ph); k >= 0 && !hasWord(clause[k:], "said") {
			return Planned
		}
	}
	// a phrase of plannedBefore in before starts with one of its words
	before := toks[from:h.start]
	for _, t := range before {
		if t.Class&wcPlannedStart == 0 {
			continue
		}
		if anyPhrase(before, plannedPhrases) {
			return Planned
		}
		break
	}
	for _, ph := range hypoPhrases {
		if phraseAt(near, ph) >= 0 {
			if len(ph) == 1 && ph[0] == "would" && reportedFuture(toks, from, h.start) {
				return Planned // "said the alliance would hold a summit on Friday": the future of a report
			}
			return Hypothetical
		}
	}
	head := toks[h.head].Lower
	if strings.HasSuffix(head, "ing") && len(near) > 0 {
		if w := near[len(near)-1].Lower; w == "is" || w == "are" || w == "am" {
			return Ongoing
		}
	}
	return Occurred
}

// demandedAct reports whether the trigger at start is the infinitive that
// a verb of asking governs: "urged Israel to agree", "asked Iran to
// release", "called on both sides to sign".
func demandedAct(toks []token, from, start int) bool {
	if start == 0 || toks[start-1].Lower != "to" {
		return false
	}
	for k := start - 2; k >= from; k-- {
		switch toks[k].Lower {
		case "urged", "urges", "urge", "urging", "asked", "asks", "pressed", "presses", "pressing",
			"encouraged", "encourages", "appealed", "appeals", "implored", "begged":
			return true
		case "on":
			if k > from && strings.HasPrefix(toks[k-1].Lower, "call") {
				return true
			}
		}
	}
	return false
}

// hereAfter reports whether the adverb "here" stands in the clause after
// a trigger, before toks[hi].
func hereAfter(toks []token, end, hi int) bool {
	for k := end; k < hi && k < len(toks); k++ {
		if toks[k].Lower == "here" && !(k+1 < len(toks) && toks[k+1].Lower == "is") {
			return true
		}
	}
	return false
}

// nounContinues reports whether the verb after a noun trigger's phrase,
// which starts at toks[end], says the event goes on: "the embargo on Iraq
// continued unabated", "the talks continue", "the blockade remains".
func nounContinues(toks []token, end int) bool {
	for k := end; k < len(toks) && k < end+8; k++ {
		switch toks[k].Lower {
		case "continued", "continues", "continue", "continuing", "persisted", "persists", "remained", "remains", "dragged", "drags":
			return true
		}
		if !toks[k].Word && toks[k].Text != "-" && toks[k].Text != "." || toks[k].Class&wcClauseWord != 0 {
			return false
		}
	}
	return false
}

// anyPhrase reports whether one of phrases, phrases of statusOf, occurs
// in toks.
func anyPhrase(toks []token, phrases [][]string) bool {
	for k := range toks {
		if toks[k].Class&wcStatusStart == 0 {
			continue // no phrase starts with this word
		}
		for _, ph := range phrases {
			if phraseIsAt(toks, k, ph) {
				return true
			}
		}
	}
	return false
}

// phraseIsAt reports whether the words of phrase follow one another from
// toks[k].
func phraseIsAt(toks []token, k int, phrase []string) bool {
	if k+len(phrase) > len(toks) {
		return false
	}
	for n, w := range phrase {
		if toks[k+n].Lower != w {
			return false
		}
	}
	return true
}

// phraseAt returns the first token of toks where the words of phrase, a
// phrase of statusOf, follow one another, -1 if they do nowhere.
func phraseAt(toks []token, phrase []string) int {
	for k := 0; k+len(phrase) <= len(toks); k++ {
		if toks[k].Class&wcStatusStart != 0 && phraseIsAt(toks, k, phrase) {
			return k
		}
	}
	return -1
}

// reportedFuture reports whether "would" before the trigger at end is the
// future of a reported statement ("said the alliance would hold a summit"):
// a verb of saying stands between from and the "would", and no condition
// ("if", "unless", "in return for") anywhere in the sentence makes it
// hypothetical.
func reportedFuture(toks []token, from, end int) bool {
	for _, t := range toks {
		switch t.Lower {
		case "if", "unless", "provided", "otherwise", "return", "exchange", "should", "whether", "once", "until",
			"case", "event", "any", "willing", "ready", "prepared", "able":
			return false
		}
	}
	for k := end - 1; k >= from; k-- {
		if toks[k].Lower != "would" {
			continue
		}
		for j := k - 1; j >= from && j >= k-6; j-- {
			switch toks[j].Lower {
			case "said", "says", "announced", "announces", "told", "tells", "confirmed", "confirms", "added", "stated":
				return true
			case "not", "n't", ",":
				return false
			}
		}
		return false
	}
	return false
}

// dateSentence gives each event the time expression nearest its trigger:
// a time expression belongs to the one trigger it is nearest to.
func (x *extractor) dateSentence(s Sentence, toks []token, cands []*cand) {
	if len(cands) == 0 {
		return
	}
	for _, tx := range x.txBetween(s.Start, s.End) {
		if tx.Start < s.Start || tx.End > s.End {
			continue
		}
		d, ok := timexDate(tx)
		if !ok && (tx.Type != timex.TypeDate && tx.Type != timex.TypeTime || strings.HasSuffix(tx.Value, "_REF")) {
			continue
		}
		// token index of the timex
		ti := -1
		for k, t := range toks {
			if t.Start >= tx.Start {
				ti = k
				break
			}
		}
		if ti < 0 {
			continue
		}
		// a date right before a noun trigger qualifies it ("the Oct. 7 attack");
		// otherwise it belongs to the nearest trigger on its left ("met ... on
		// Thursday"), else to the nearest on its right ("On Thursday, X met")
		var best *cand
		txEnd := ti
		for txEnd < len(toks) && toks[txEnd].End <= tx.End {
			txEnd++
		}
		for _, c := range cands {
			if c.trig.Noun && c.head >= txEnd && c.head-txEnd <= 3 && onlyModifiers(toks[txEnd:c.head]) {
				best = c
			}
		}
		if best == nil {
			left, right := nearestCand(cands, ti, -1, 12), nearestCand(cands, ti, +1, 10)
			switch {
			case left != nil && right != nil && hasComma(toks, left.head, ti) && !hasComma(toks, ti, right.head):
				// "Before X's tour, the ministry on Monday published":
				// the date stands in the clause of the trigger after it
				best = right
			case left != nil:
				best = left
			case right != nil:
				best = right
			default:
				// a lone trigger far away: "is due to fly to Lusaka, the
				// second leg of his tour, on Friday evening"
				if c := nearestCand(cands, ti, -1, 20); c != nil && !hasClauseWord(toks, c.head, ti) {
					best = c
				}
			}
		}
		if lo, hi, in := relativeClauseAround(toks, ti); in && best != nil && (best.head < lo || best.head >= hi && !subordinateBetween(toks, hi, best.head)) {
			// "Keating, who put the issue in the spotlight in his 1996
			// campaign, welcomed the result": the clause's date is its own
			best = nil
		}
		switch {
		case best == nil:
		case ok && best.Date == "":
			best.Date, best.DateText = d, tx.Text
		case !ok && best.DateText == "":
			// no reference date: the date stays unknown, its words are kept
			best.DateText = tx.Text
		}
	}
	for _, c := range cands {
		if c.Date == "" || x.dctTime.IsZero() {
			continue
		}
		start, end, ok := c.Date.Span()
		if !ok {
			continue
		}
		if c.Status == Occurred && !c.trig.Noun && !c.visiting && c.Type != Statement && presentTense(toks, c.head) {
			// "X and Y meet separately Monday with Z": an action verb in the
			// present with a weekday other than today's is a schedule
			if wd, ok := weekdayIn(c.DateText); ok && wd != x.dctTime.Weekday() {
				c.Status = Planned
			}
		}
		if c.Status == Planned && end.Before(x.dctTime.AddDate(0, 0, 1)) {
			// "will travel ... on Friday, officials said": the clause's own
			// future tense decides the weekday
			if wd, ok := weekdayIn(c.DateText); ok {
				if v := timex.ResolveWeekday(string(x.dct), wd, timex.TenseFuture); v != "" {
					c.Date = Date(v)
					start, end, _ = c.Date.Span()
				}
			}
		}
		switch {
		case c.Status == Occurred && start.After(x.dctTime), c.Status == Ongoing && !start.Before(x.dctTime):
			c.Status = Planned
		case c.Status == Planned && !end.After(x.dctTime):
			c.Status = Occurred // a date before the article's is no plan
		}
	}
}

// hasPreposition reports whether a preposition other than "of" stands in ts:
// "placed on Eritrea after its incursion" names two events, "broker an end of
// the war" one.
func hasPreposition(ts []token) bool {
	for _, t := range ts {
		if prepositions[t.Lower] && t.Lower != "of" {
			return true
		}
	}
	return false
}

// nearestCand returns the candidate whose trigger is nearest the token ti on
// one side (dir -1 left, +1 right, the token itself counting as right),
// at most max tokens away.
func nearestCand(cands []*cand, ti, dir, max int) *cand {
	var best *cand
	bestDist := max + 1
	for _, c := range cands {
		d := (c.head - ti) * dir
		if dir < 0 && d <= 0 || d < 0 || d >= bestDist {
			continue
		}
		best, bestDist = c, d
	}
	return best
}

// hasComma reports whether a comma or semicolon stands between tokens i and j.
func hasComma(toks []token, i, j int) bool {
	for k := min(i, j) + 1; k < max(i, j) && k < len(toks); k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return true
		}
	}
	return false
}

// hasClauseWord reports whether a word that opens a subordinate clause
// ("which", "who", "that", "when", "where") stands between tokens i and j.
// trailingAttribution reports whether the reporting verb toks[v] closes
// the sentence as the source of the clause around toks[o]: a comma after
// that clause, then only the speaker's words before the verb, and nothing
// after it but a few words ("on Monday", "in a statement") and the stop.
func trailingAttribution(toks []token, o, v int) bool {
	comma := lastComma(toks, o, v)
	if comma < 0 || v-comma > 7 && !attributionAhead(toks, comma) || hasClauseWord(toks, comma, v) {
		return false
	}
	if w := toks[comma+1].Lower; w == "and" || w == "but" {
		return false // "..., and Sisi said the talks went well"
	}
	rest := 0
	for k := v + 1; k < len(toks); k++ {
		if t := toks[k]; t.Word {
			if rest == 0 && !t.Time && !prepositions[t.Lower] && t.Lower != "late" && t.Lower != "early" {
				return false // "said the talks went well": a clause of its own
			}
			if t.Lower == "that" || t.Lower == "and" || t.Lower == "but" {
				return false
			}
			rest++
		}
	}
	return rest <= 6
}

// listContinues reports whether the comma at toks[k] goes on with a list
// of names closed by "and": "met el-Sissi, King Abdullah and Mohammed bin
// Salman" (not "met el-Sissi, who ..." or "met el-Sissi, the ministry said").
func listContinues(toks []token, ms []mention, at []int, k int) bool {
	j := k + 1
	for n := 0; n < 6; n++ {
		if j < len(toks) && toks[j].Lower == "the" {
			j++
		}
		if j >= len(toks) || at[j] < 0 || ms[at[j]].actor == "" {
			return false
		}
		j = ms[at[j]].j
		if j >= len(toks) {
			return false
		}
		if toks[j].Lower == "and" {
			j++
			if j < len(toks) && toks[j].Lower == "the" {
				j++
			}
			return j < len(toks) && at[j] >= 0 && ms[at[j]].actor != "" && !(ms[at[j]].j < len(toks) && isReportingVerb(toks[ms[at[j]].j].Lower))
		}
		if toks[j].Text != "," {
			return false
		}
		j++
	}
	return false
}

// attributionAhead reports whether the comma at toks[k] opens a closing
// attribution: names, titles and "and" up to a reporting verb ("..., Prime
// Minister Boris Johnson and Jean-Claude Juncker announced on Thursday").
func attributionAhead(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j < k+16; j++ {
		t := toks[j]
		if isReportingVerb(t.Lower) {
			return j > k+1
		}
		if t.Lower == "and" || particles[t.Lower] {
			continue // (names and particles: "Ursula von der Leyen")
		}
		if !t.Word && t.Text != "-" && t.Text != "." || t.Class&wcClauseWord != 0 || !t.Cap && t.Lower != "and" && t.Lower != "the" && t.Lower != "'s" && t.Class&wcPersonNoun == 0 && !t.RoleEnd {
			return false
		}
	}
	return false
}

// relativeClauseAround returns the span of the relative clause set off by
// commas (", who ... ,", ", which ... ,") that holds toks[i], if any.
func relativeClauseAround(toks []token, i int) (lo, hi int, ok bool) {
	for hi = i + 1; hi < len(toks) && toks[hi].Text != ","; hi++ {
	}
	if hi == len(toks) {
		return 0, 0, false
	}
	c := relativeClauseStart(toks, 0, hi)
	if c < 0 || c+1 >= i {
		return 0, 0, false
	}
	return c + 1, hi, true
}

// subordinateBetween reports whether a subordinating word stands between
// toks[i] and toks[j] ("..., when the Soviets invaded"): a clause that may
// take the date before it.
func subordinateBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		switch toks[k].Lower {
		case "when", "as", "after", "before", "while", "since", "until":
			return true
		}
	}
	return false
}

// timeAfter reports whether a word of a time expression follows toks[k].
func timeAfter(toks []token, k int) bool {
	for _, t := range toks[k+1:] {
		if t.Time {
			return true
		}
	}
	return false
}

// lastComma returns the index of the last comma between toks[i] and
// toks[j], or -1.
func lastComma(toks []token, i, j int) int {
	for k := j - 1; k > i; k-- {
		if toks[k].Text == "," {
			return k
		}
	}
	return -1
}

// actorsBetween keeps the actors of ids that a mention between toks[i] and
// toks[j] names.
func actorsBetween(toks []token, ms []mention, at []int, i, j int, ids []string) []string {
	var keep []string
	for k := i + 1; k < j && k < len(toks); k++ {
		if at[k] >= 0 {
			if a := ms[at[k]].actor; a != "" && contains(ids, a) && !contains(keep, a) {
				keep = append(keep, a)
			}
		}
	}
	return keep
}

func hasClauseWord(toks []token, i, j int) bool {
	for k := i + 1; k < j && k < len(toks); k++ {
		switch toks[k].Lower {
		case "which", "who", "whom", "that", "when", "where", "while", "because", ";":
			return true
		}
	}
	return false
}

// presentTense reports whether the verb at toks[i] is in the simple present
// ("meet", "meets"), not a past form, a participle or a gerund, and no
// auxiliary stands before it.
func presentTense(toks []token, i int) bool {
	w := toks[i].Lower
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || pastForms()[w] || sameFormPast[w] {
		return false
	}
	if i > 0 && preVerb[toks[i-1].Lower] && toks[i-1].Lower != "and" && toks[i-1].Lower != "also" && toks[i-1].Lower != "then" {
		return false
	}
	if i > 0 && (determiners[toks[i-1].Lower] || articles[toks[i-1].Lower]) {
		return false // "issued an appeal on Tuesday": a noun, no verb of its own
	}
	// a bare infinitive after a verb of causing or perceiving has no
	// subject of its own: "helped broker", "watched the troops shell"
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if bareInfinitiveVerbs[toks[k].Lower] {
			return false
		}
		if !toks[k].Word || toks[k].Lower == "that" {
			break
		}
	}
	return true
}

// attackKilled reports whether a verb of harm follows the attack noun
// ending at end, past a date ("a bombing on Friday killed").
func (x *extractor) attackKilled(toks []token, end int) bool {
	k := end
	if k+1 < len(toks) && toks[k].Lower == "on" && (toks[k+1].Time || x.inTimex(toks[k+1])) {
		for k++; k < len(toks) && (toks[k].Time || x.inTimex(toks[k])); k++ {
		}
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "killed", "destroyed", "wounded", "injured", "damaged", "levelled", "leveled", "flattened":
		return true
	}
	return false
}

// militaryNouns are the attacks of armed forces, which a state's adjective
// owns ("an Israeli air strike"); a bombing or a blast it only places ("an
// Iraqi bombing").
var militaryNouns = map[string]bool{"strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"raid": true, "raids": true, "shelling": true, "bombardment": true, "offensive": true, "invasion": true,
	"incursion": true}

// aidModified are nouns that "aid" modifies without reporting aid given.
var aidModified = map[string]bool{"worker": true, "workers": true, "agency": true, "agencies": true, "group": true,
	"groups": true, "organization": true, "organizations": true, "organisation": true, "organisations": true,
	"official": true, "officials": true, "truck": true, "trucks": true, "convoy": true, "convoys": true}

// speechVerbs after a name make it the speaker of a report.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "reported": true, "announced": true, "added": true}

// settlementWords name a place inside a larger one: "the Gaza city of Rafah".
var settlementWords = map[string]bool{"town": true, "city": true, "village": true, "port": true, "capital": true,
	"province": true, "region": true, "district": true, "camp": true}

// hasWord reports whether a token of toks is w (lower case).
func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// sameFormPast are verbs whose past is their plain form: news tells "cut
// ties on Monday" of the past, not as a schedule.
var sameFormPast = map[string]bool{
	"cut": true, "hit": true, "put": true, "set": true, "shut": true, "quit": true, "spread": true,
	"cast": true, "let": true, "hurt": true, "split": true, "bid": true, "beat": true, "broadcast": true,
}

// bareInfinitiveVerbs take a verb without "to" after them or their object.
var bareInfinitiveVerbs = map[string]bool{
	"help": true, "helps": true, "helped": true, "helping": true, "let": true, "lets": true, "letting": true,
	"watch": true, "watches": true, "watched": true, "see": true, "sees": true, "saw": true, "seen": true,
	"hear": true, "hears": true, "heard": true, "make": true, "makes": true, "made": true,
}

var pastOnce = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for lemma, forms := range irregular {
		for _, f := range forms {
			if f != lemma && !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ing") {
				m[f] = true
			}
		}
	}
	return m
})

// pastForms returns the irregular past and participle forms of the trigger verbs ("met", "took").
func pastForms() map[string]bool { return pastOnce() }

func allWords(ts []token) bool {
	for _, t := range ts {
		if !t.Word && t.Text != "-" && !isQuoteTok(t.Text) {
			return false
		}
	}
	return true
}

// definiteBefore reports whether a definite determiner stands before the
// noun at toks[i], with at most two modifiers between ("the bombings", "the
// Nairobi bombing", "those talks").
func definiteBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lower {
		case "the", "this", "that", "these", "those":
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// onlyModifiers reports whether the words between a date and a noun can all
// modify the noun ("Wednesday's", "terrorist"): no preposition or determiner.
func onlyModifiers(ts []token) bool {
	for _, t := range ts {
		if t.Lower == "'s" || t.Text == "-" {
			continue
		}
		if !t.Word || prepositions[t.Lower] || determiners[t.Lower] && t.Lower != "'s" || t.Lower == "and" {
			return false
		}
	}
	return true
}

// weekdayIn returns the weekday a date's words name ("Friday", "on Friday", "Friday night").
func weekdayIn(s string) (time.Weekday, bool) {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		for d := time.Sunday; d <= time.Saturday; d++ {
			if w == strings.ToLower(d.String()) {
				return d, true
			}
		}
	}
	return 0, false
}

// timexDate converts a TIMEX3 DATE or TIME value to an event Date.
func timexDate(tx timex.Timex) (Date, bool) {
	if tx.Type != timex.TypeDate && tx.Type != timex.TypeTime {
		return "", false
	}
	v := tx.Value
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10]
	}
	d := Date(v)
	if _, _, ok := d.Span(); !ok {
		return "", false
	}
	return d, true
}

// relative anchors: "one day after Blinken met ...", "two days before".
var relAnchor = regexp.MustCompile(`(?i)\b(one|a|two|three|four|five|six|seven|\d+) (day|days|week|weeks) (after|before)\b`)

// relPhrases are the phrases one of which every match of relAnchor contains.
var relPhrases = keywords{"day after", "days after", "week after", "weeks after", "day before", "days before", "week before", "weeks before"}

var numberWords = map[string]int{"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

// anchorRelative dates events reported as "N days after" another event: the
// event after "after" is N days before the one the sentence starts with
// (an earlier event of the same type, "The meeting comes one day after ...").
func (x *extractor) anchorRelative(sents []Sentence) {
	dated := newEarlier(x.events, func(c *cand) bool { return c.Date != "" && len(c.Date) == 10 })
	inSent := bySentence(x.events)
	for si, s := range sents {
		if len(inSent[si]) == 0 {
			continue // no event to date: dated is lazy, and skipping a sentence changes none of its answers
		}
		if !relPhrases.mayOccurIn(s.Text, x.lowerSents[si]) {
			continue // most sentences: no need for the regular expression
		}
		loc := relAnchor.FindStringSubmatchIndex(s.Text)
		if loc == nil {
			continue
		}
		n, ok := numberWords[strings.ToLower(s.Text[loc[2]:loc[3]])]
		if !ok {
			n = atoiSafe(s.Text[loc[2]:loc[3]])
		}
		unit := strings.ToLower(s.Text[loc[4]:loc[5]])
		if strings.HasPrefix(unit, "week") {
			n *= 7
		}
		if strings.EqualFold(s.Text[loc[6]:loc[7]], "before") {
			n = -n
		}
		// "X proposed a plan one day before the meeting": the anchor is named
		// after the phrase, the dated event before it
		if x.anchorAfter(si, s, loc, n, dated, inSent[si]) {
			continue
		}
		// an event of this sentence dated by its own words before the phrase
		// is the anchor of those after it: "X urged ... on Friday, a day
		// after he held talks" (those took the sentence's day; they move)
		if x.anchorInSentence(s, loc, n, inSent[si]) {
			continue
		}
		// the anchor: an event named before the phrase ("The meeting") is the last
		// earlier event of that type
		headText := strings.ToLower(s.Text[:loc[0]])
		var named []Type
		for _, typ := range Types {
			for _, f := range typeNouns[typ] {
				if strings.Contains(headText, f) {
					named = append(named, typ)
					break
				}
			}
		}
		anchor := dated.before(si, named...)
		if anchor == nil {
			continue
		}
		at, _, _ := anchor.Date.Span()
		for _, c := range inSent[si] {
			if c.Offset != s.Start {
				continue
			}
			if c.Date == "" && tokenOffsetAfter(c, s, loc[1]) {
				c.Date = DayDate(at.Add(-time.Duration(n) * 24 * time.Hour))
				c.DateText = s.Text[loc[0]:loc[7]]
			}
		}
	}
}

// anchorInSentence dates the events after the phrase at loc ("a day after
// he held talks") from the last event before it that a time expression of
// the sentence dates. n is negative for "before". It reports whether it
// dated any.
func (x *extractor) anchorInSentence(s Sentence, loc []int, n int, inSent []*cand) bool {
	var anchor *cand
	for _, c := range inSent {
		if c.Offset == s.Start && c.headOffset < s.Start+loc[0] && len(c.Date) == 10 && c.DateText != "" &&
			strings.Contains(s.Text[:loc[0]], c.DateText) && (anchor == nil || c.headOffset > anchor.headOffset) {
			anchor = c
		}
	}
	if anchor == nil {
		return false
	}
	at, _, _ := anchor.Date.Span()
	// the phrase's clause ends at the next comma: "two days after Russia
	// launched strikes, and said Washington would send aid"
	stop := len(s.Text)
	if i := strings.IndexByte(s.Text[loc[1]:], ','); i >= 0 {
		stop = loc[1] + i
	}
	done := false
	for _, c := range inSent {
		if c.Offset != s.Start || c.headOffset < s.Start+loc[1] || c.headOffset >= s.Start+stop {
			continue
		}
		if c.Date == "" || c.Date == anchor.Date && c.DateText == anchor.DateText {
			c.Date = DayDate(at.AddDate(0, 0, -n))
			c.DateText = s.Text[loc[0]:loc[7]]
			done = true
		}
	}
	return done
}

// anchorAfter dates the events of sentence si that stand before a phrase
// "N days before|after the <event noun>" from the latest earlier event of
// that noun's type. n is negative for "before".
// dated gives the latest earlier dated event of a type, inSent the events
// of sentence si.
func (x *extractor) anchorAfter(si int, s Sentence, loc []int, n int, dated *earlier, inSent []*cand) bool {
	rest := strings.ToLower(s.Text[loc[1]:])
	rest = strings.TrimLeft(rest, " ")
	for _, det := range []string{"the ", "that ", "this ", "their ", "his ", "her ", "its "} {
		if !strings.HasPrefix(rest, det) {
			continue
		}
		noun := strings.TrimPrefix(rest, det)
		for _, typ := range Types {
			for _, f := range typeNouns[typ] {
				if !strings.HasPrefix(noun, f) {
					continue
				}
				anchor := dated.before(si, typ)
				if anchor == nil {
					return false
				}
				at, _, _ := anchor.Date.Span()
				done := false
				for _, c := range inSent {
					if c.Date == "" && c.headOffset-s.Start < loc[0] {
						c.Date = DayDate(at.AddDate(0, 0, n))
						c.DateText = s.Text[loc[0]:loc[1]] + " " + strings.TrimSpace(s.Text[loc[1]:loc[1]+len(det)+len(f)+1])
						done = true
					}
				}
				return done
			}
		}
	}
	return false
}

// typeNouns are the nouns that refer back to an event of a type.
var typeNouns = map[Type][]string{
	Meeting: {"meeting", "talks", "summit"}, Visit: {"visit", "trip", "arrival"}, Call: {"call"},
	Attack: {"attack", "strike", "bombing"}, Agreement: {"agreement", "deal", "accord"},
}

func tokenOffsetAfter(c *cand, s Sentence, at int) bool {
	// the trigger lies after the phrase: compare by the evidence position of the head
	return c.headOffset-s.Start >= at
}

func atoiSafe(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
		if n > 10000 {
			return 0
		}
	}
	return n
}

func mergeInto(o, c *cand) {
	for _, e := range c.Evidence {
		if !contains(o.Evidence, e) {
			o.Evidence = append(o.Evidence, e)
		}
	}
	for _, a := range c.Actors {
		if !contains(o.Actors, a) {
			o.Actors = append(o.Actors, a)
		}
	}
	if o.Date == "" && c.Date != "" {
		o.Date, o.DateText = c.Date, c.DateText
	}
	if o.Place == "" {
		o.Place = c.Place
	}
	if o.placeAct == "" {
		o.placeAct = c.placeAct
	}
	if c.Confidence > o.Confidence {
		o.Confidence = c.Confidence
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func dedupe(xs []string) []string {
	var out []string
	for _, s := range xs {
		if !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// eventList merges the events that report one real-world event, dates and
// orders them and gives them ids.
func (x *extractor) eventList(docID string) []Event {
	x.storyAfterDCT(x.events)
	continueDates(x.events)
	var merged []*cand
	ix := newMergeIndex()
	for _, c := range x.events {
		if len(c.Actors) == 0 && c.noSubj && !(c.Type == Attack && c.Date != "") {
			continue // a description the next sentence did not name
		}
		if c.anaphoric {
			// "the bombings": the latest earlier event of the type, if any
			var ante *cand
			if i := ix.latest(c.Type, c.Date); i >= 0 {
				ante = merged[i]
			}
			if ante != nil {
				// its evidence joins, its guessed participants do not
				for _, e := range c.Evidence {
					if !contains(ante.Evidence, e) {
						ante.Evidence = append(ante.Evidence, e)
					}
				}
			}
			// with no earlier event to refer to, "the talks" reports nothing
			// new; "the embargo on materials to Iraq" names its parties and
			// stands for itself
			if ante != nil || !c.namesParties {
				continue
			}
		}
		done := false
		for _, i := range ix.alike(c) {
			if o := merged[i]; x.sameEvent(o, c) {
				undated := o.Date == ""
				mergeInto(o, c)
				if undated && o.Date != "" {
					ix.dated(o, i)
				}
				done = true
				break
			}
		}
		if !done {
			ix.add(c, len(merged))
			merged = append(merged, c)
		}
	}
	merged = x.joinUndated(merged)
	// an undated visit takes the day of the traveller's dated events at the
	// same place ("the trip began in Saudi Arabia" + "met ... in Saudi Arabia" a day earlier)
	placedDays := map[string][]*cand{} // the events dated to a day at a place, by actor
	addPlacedDay := func(o *cand) {
		if len(o.Date) == 10 && o.Place != "" {
			for _, a := range dedupe(o.Actors) {
				placedDays[a] = append(placedDays[a], o)
			}
		}
	}
	for _, o := range merged {
		addPlacedDay(o)
	}
	for _, c := range merged {
		if c.Type != Visit || c.Date != "" || c.Place == "" || len(c.Actors) == 0 {
			continue
		}
		var best Date
		for _, o := range placedDays[c.Actors[0]] {
			if o == c || o.Date == "" || len(o.Date) != 10 || o.Place == "" || !contains(o.Actors, c.Actors[0]) {
				continue
			}
			if x.samePlace(o.Place, c.Place) && (best == "" || o.Date < best) {
				best = o.Date
			}
		}
		if best != "" {
			c.Date = best
			c.DateText = ""
			addPlacedDay(c)
		}
	}
	// an event with no place happened where its initiator's visit of the
	// same sentence or the same day went ("arrived in Cairo and met with ...")
	visitsOf := map[string][]*cand{} // the visits of each traveller, in order
	for _, o := range merged {
		if o.Type == Visit && len(o.Actors) > 0 {
			visitsOf[o.Actors[0]] = append(visitsOf[o.Actors[0]], o)
		}
	}
	for _, c := range merged {
		if c.Place != "" || len(c.Actors) == 0 || c.Type == Attack || c.Type == Sanction {
			continue
		}
		for _, o := range visitsOf[c.Actors[0]] {
			if o == c || o.Type != Visit || o.Place == "" || len(o.Actors) == 0 || o.Actors[0] != c.Actors[0] {
				continue
			}
			if o.sent == c.sent || c.Date != "" && len(c.Date) == 10 && o.Date == c.Date {
				c.Place = o.Place
				break
			}
		}
		if c.Place == "" && c.Type == Visit && x.dateline != "" {
			c.Place = x.dateline // "arrived Thursday" in a story filed from where she arrived
		}
	}
	out := make([]Event, 0, len(merged))
	for _, c := range merged {
		e := c.Event
		if c.placeAct != "" && !contains(e.Actors, c.placeAct) {
			e.Actors = append(e.Actors, c.placeAct)
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if c := compareDates(out[i].Date, out[j].Date); c != 0 {
			return c < 0
		}
		return out[i].Offset < out[j].Offset
	})
	seen := map[string]int{}
	for i := range out {
		e := &out[i]
		first := "unknown"
		if len(e.Actors) > 0 {
			first = e.Actors[0]
		}
		d := string(e.Date)
		if d == "" {
			d = "undated"
		}
		id := strings.ToLower(d) + "-" + string(e.Type) + "-" + first
		seen[id]++
		if seen[id] > 1 {
			id += "-" + itoa(seen[id])
		}
		e.ID = id
	}
	return out
}

// compareDates orders dates for the event list: by the middle of their
// spans, then by their text, undated last. It returns -1, 0 or +1.
func compareDates(a, b Date) int {
	if (a == "") != (b == "") {
		if a != "" {
			return -1
		}
		return 1
	}
	if a == b {
		return 0
	}
	ta, _ := a.Mid()
	tb, _ := b.Mid()
	switch {
	case ta.Before(tb):
		return -1
	case tb.Before(ta):
		return 1
	case a < b:
		return -1
	}
	return 1
}

// sameEvent reports whether two events of an article report one real-world
// event: same type, same initiator and participants, compatible date,
// place and status.
func (x *extractor) sameEvent(o, c *cand) bool {
	if o.Type != c.Type || o.Status != c.Status {
		return false
	}
	if o.Type == Statement {
		// one speaker's words in one paragraph, or in the next sentence,
		// are one statement unless their dates differ
		if c.Date == "" && o.Date != "" && !x.sidesWithin(c.Actors, o.Actors) || o.Date == "" && c.Date != "" && !x.sidesWithin(o.Actors, c.Actors) {
			return false // words to another audience on an unsaid day: another statement
		}
		// (a paragraph, up to 20 sentences: a story without breaks is no one statement)
		return (c.sent-o.sent <= 1 || c.para == o.para && c.sent-o.sent <= 20) && len(o.Actors) > 0 && len(c.Actors) > 0 &&
			o.Actors[0] == c.Actors[0] && (o.Date == "" || c.Date == "" || o.Date == c.Date)
	}
	if o.Date != "" && c.Date != "" && o.Date != c.Date {
		return false
	}
	if len(o.Actors) == 0 || len(c.Actors) == 0 || o.Actors[0] != c.Actors[0] {
		return false
	}
	if o.Type == Visit {
		if o.Place == "" || c.Place == "" {
			return o.Date != "" && o.Date == c.Date
		}
		return x.samePlace(o.Place, c.Place)
	}
	if o.Place != "" && c.Place != "" && !x.samePlace(o.Place, c.Place) {
		return false
	}
	// the same participants
	if len(o.Actors) != len(c.Actors) {
		return false
	}
	for _, a := range c.Actors {
		if !contains(o.Actors, a) {
			return false
		}
	}
	return o.Date == c.Date
}

// actorList returns the actors of the document by first mention, with groups
// only when an event names them.
func (x *extractor) actorList() []Actor {
	recs := make([]*actorRec, 0, len(x.actors))
	for _, r := range x.actors {
		if r.Kind == Group && !r.used {
			continue
		}
		recs = append(recs, r)
	}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].first != recs[j].first {
			return recs[i].first < recs[j].first
		}
		return recs[i].ID < recs[j].ID
	})
	out := make([]Actor, 0, len(recs))
	for _, r := range recs {
		a := r.Actor
		a.Aliases = []string{}
		for al := range r.aliases {
			if al != a.Name {
				a.Aliases = append(a.Aliases, al)
			}
		}
		sort.Strings(a.Aliases)
		if a.Affiliation != "" {
			if _, ok := x.actors[a.Affiliation]; !ok {
				a.Affiliation = ""
			}
		}
		out = append(out, a)
	}
	return out
}

// relationVerbs names the relation an event of each type gives.
var relationVerbs = map[Type]string{
	Visit: "visited", Meeting: "met", Call: "called", Statement: "told", Proposal: "proposed",
	Demand: "demanded", Rejection: "rejected", Agreement: "agreed", Mediation: "mediated",
	Attack: "attacked", Aid: "aided", Release: "released", Sanction: "sanctioned", Threat: "threatened",
}

// Relations derives the relations of section 4 of EVENT-MODEL.md: for every
// event, one from its initiator to each other actor (for visits to the
// place when no country actor stands for it), and from knowledge, "leads"
// or "member_of" from each person to its affiliation. The result is sorted.
func Relations(actors []Actor, evs []Event) []Relation {
	known := map[string]bool{}
	for _, a := range actors {
		known[a.ID] = true
	}
	out := []Relation{}
	for _, e := range evs {
		if len(e.Actors) == 0 {
			continue
		}
		verb := relationVerbs[e.Type]
		src := e.Actors[0]
		targets := e.Actors[1:]
		if e.Type == Visit && len(targets) == 0 && e.Place != "" {
			targets = []string{Slug(e.Place)}
		}
		for _, t := range targets {
			if t == src {
				continue
			}
			out = append(out, Relation{Source: src, Target: t, Type: verb, Event: e.ID, Date: e.Date})
		}
	}
	for _, a := range actors {
		if a.Kind != Person || a.Affiliation == "" || !known[a.Affiliation] {
			continue
		}
		typ := "member_of"
		switch strings.ToLower(a.Role) {
		case "president", "prime minister", "king", "queen", "emir", "sultan", "chancellor", "supreme leader",
			"secretary-general", "leader", "chairman":
			typ = "leads"
		}
		out = append(out, Relation{Source: a.ID, Target: a.Affiliation, Type: typ, Role: a.Role})
	}
	slices.SortStableFunc(out, func(a, b Relation) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target),
			cmp.Compare(a.Date, b.Date), cmp.Compare(a.Type, b.Type), cmp.Compare(a.Event, b.Event))
	})
	return out
}
