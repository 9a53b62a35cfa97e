package events

import (
	"regexp"
	"strings"
	"time"
)

// Event coreference across sentences: an event that an article reports
// once with its date ("its June 3 incursion") and again without one
// ("Eritrea's incursion into Tigray", "its incursion") is one event.

// side returns the actor an actor stands for in event coreference: a person
// for the country or organisation they lead or serve, when the document has
// it, else the actor itself.
func (x *extractor) side(id string) string {
	r := x.actors[id]
	if r == nil || r.Kind != Person || r.Affiliation == "" {
		return id
	}
	if _, ok := x.actors[r.Affiliation]; !ok {
		return id
	}
	return r.Affiliation
}

// compatibleActors reports whether two events can have the same
// participants: the same initiator (or a person and the state they serve),
// and the other actors of one among the actors of the other.
func (x *extractor) compatibleActors(o, c *cand) bool {
	if len(o.Actors) == 0 || len(c.Actors) == 0 {
		return false
	}
	if c.Type == Agreement {
		// parties to one deal may be named in any order
		return x.sidesWithin(c.Actors, o.Actors) || x.sidesWithin(o.Actors, c.Actors)
	}
	if x.side(o.Actors[0]) != x.side(c.Actors[0]) {
		return false
	}
	return x.sidesWithin(o.Actors[1:], c.Actors) || x.sidesWithin(c.Actors[1:], o.Actors)
}

// dateCompatible reports whether two dates can name the time of one event:
// equal, or the span of one inside the other's ("1998-W19" and "1998-05-04").
func dateCompatible(a, b Date) bool {
	if a == b {
		return true
	}
	as, ae, ok1 := a.Span()
	bs, be, ok2 := b.Span()
	if !ok1 || !ok2 {
		return false
	}
	return !as.Before(bs) && !ae.After(be) || !bs.Before(as) && !be.After(ae)
}

// corefTypes are the types whose undated mentions refer back to a dated
// report of the same event; statements and visits are told apart by their
// own rules.
var corefTypes = map[Type]bool{Attack: true, Agreement: true, Sanction: true, Release: true, Aid: true, Mediation: true}

// joinUndated merges each undated event of a coreference type into the one
// dated event of its type, status and participants, when exactly one fits.
func (x *extractor) joinUndated(evs []*cand) []*cand {
	dated := map[Type][]*cand{}
	for _, o := range evs {
		if o.Date != "" && corefTypes[o.Type] {
			dated[o.Type] = append(dated[o.Type], o)
		}
	}
	var out []*cand
	for _, c := range evs {
		if c.Date != "" || !corefTypes[c.Type] {
			out = append(out, c)
			continue
		}
		var fit *cand
		n := 0
		for _, o := range dated[c.Type] {
			if o.Status != c.Status || !x.compatibleActors(o, c) {
				continue
			}
			if fit == nil || fit != o {
				n++
			}
			fit = o
		}
		if n != 1 {
			out = append(out, c)
			continue
		}
		mergeInto(fit, c)
		if c.Offset < fit.Offset {
			fit.Offset = c.Offset
		}
	}
	return out
}

// sidesWithin reports whether every actor of a stands for a side among b's.
func (x *extractor) sidesWithin(a, b []string) bool {
	sides := map[string]bool{}
	for _, id := range b {
		sides[x.side(id)] = true
	}
	for _, id := range a {
		if !sides[x.side(id)] {
			return false
		}
	}
	return true
}

// duringAnchor finds "before|during|at|after the <event noun>" ("In toasts
// after the signing"): words that place an undated event on the
// day of a gathering the article reported earlier.
var duringAnchor = regexp.MustCompile(`(?i)\b(before|during|at|after|following|ahead of) (the|that|this) ([a-z-]+ ){0,2}(ceremony|signing|meeting|talks|summit|conference)\b`)

// duringNouns are the nouns one of which every match of duringAnchor contains.
var duringNouns = keywords{"ceremony", "signing", "meeting", "talks", "summit", "conference"}

// anchorDuring dates the undated events of a sentence that names, with a
// definite article, a gathering dated to the day earlier in the article.
func (x *extractor) anchorDuring(sents []Sentence) {
	dated := newEarlier(x.events, func(c *cand) bool { return len(c.Date) == 10 })
	inSent := bySentence(x.events)
	for si, s := range sents {
		if len(inSent[si]) == 0 {
			continue // no event to date: dated is lazy, and skipping a sentence changes none of its answers
		}
		if dated.before(si, Meeting, Agreement) == nil {
			continue // no gathering to be dated from, whatever the sentence names
		}
		if !duringNouns.mayOccurIn(s.Text, x.lowerSents[si]) {
			continue // most sentences: no need for the regular expression
		}
		loc := duringAnchor.FindStringSubmatchIndex(s.Text)
		if loc == nil {
			continue
		}
		noun := strings.ToLower(s.Text[loc[8]:loc[9]])
		types := []Type{Meeting}
		if noun == "ceremony" || noun == "signing" {
			types = []Type{Meeting, Agreement}
		}
		anchor := dated.before(si, types...)
		if anchor == nil {
			continue
		}
		for _, c := range inSent[si] {
			if c.Status != Occurred || x.otherGathering(s.Text[loc[1]:], anchor) {
				continue // "would sign ... at the talks": no day for what did not happen
			}
			if off := c.headOffset - s.Start; c.Date == "" && !c.anaphoric && (off < loc[0] || off >= loc[1]) {
				c.Date = anchor.Date
				c.DateText = s.Text[loc[0]:loc[1]]
			}
		}
	}
}

// shareSentenceDates dates the undated events of a sentence from a dated
// event beside them: the same initiator's other action ("praised the rescuers
// Monday ... during a short trip"), or the statement that reports them
// ("the ministry said Monday that the monitors toured two depots"), unless a
// perfect ("had met") puts them before it.
func shareSentenceDates(toks []token, cands []*cand) {
	for _, c := range cands {
		if c.Date != "" || c.anaphoric || len(c.Actors) == 0 {
			continue
		}
		for _, o := range cands {
			if o == c || len(o.Date) != 10 || o.Status != c.Status || len(o.Actors) == 0 {
				continue
			}
			// (two legs of one trip in a sentence keep their own days)
			// ("in a deal brokered by China": the deal's parties, not the agent)
			sameActor := (o.Actors[0] == c.Actors[0] || c.byAgent && len(c.Actors) > 1 && o.Actors[0] == c.Actors[1]) && o.Type != c.Type && !(o.Type == Statement && c.head > o.head)
			// a reported event takes the statement's day only when it is
			// told in the present or in the speaker's quoted words ("said on
			// Monday that Iran attacked" leaves the attack's day open)
			reported := o.Type == Statement && c.head > o.head && !perfectBefore(toks, c.head) &&
				(c.trig.Noun || thirdPersonVerb(toks[c.head]) || presentVerb(toks, c.head) || quotedAt(toks, c.head))
			// "held talks with visiting Prime Minister Imran Khan here on
			// Thursday": the visit's day is the talks' day
			visitor := o.visiting && o.Type != c.Type && contains(c.Actors, o.Actors[0])
			// "The UK and the EU have agreed a new deal, Johnson and Juncker
			// announced on Thursday": news in the perfect takes the day of
			// the announcement after it
			announced := o.Type == Statement && c.head < o.head && perfectBefore(toks, c.head) && trailingAttribution(toks, c.head, o.head)
			if sameActor || reported || visitor || announced {
				c.Date, c.DateText = o.Date, o.DateText
				break
			}
		}
	}
}

// perfectBefore reports whether "had" or "has" stands just before the word at i.
func perfectBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lower {
		case "had", "has", "have", "'d":
			return true
		}
	}
	return false
}

// continueDates dates an undated event from a dated one of the same type,
// initiator and status in the sentence before: a lead and its next
// sentence tell one event ("arrived in Lima on Monday. Rosa Ortiz took
// her delegation to the port ...").
func continueDates(evs []*cand) {
	bySent := map[int][]*cand{}
	for _, c := range evs {
		bySent[c.sent] = append(bySent[c.sent], c)
	}
	for _, c := range evs {
		if c.Date != "" || c.anaphoric || len(c.Actors) == 0 || c.Type == Statement {
			continue
		}
		for _, o := range bySent[c.sent-1] {
			if o.Type == c.Type && len(o.Date) == 10 && o.Status == c.Status &&
				len(o.Actors) > 0 && o.Actors[0] == c.Actors[0] {
				c.Date, c.DateText = o.Date, o.DateText
				break
			}
		}
	}
}

// storyAfterDCT applies the rule of EVENT-MODEL.md section 3 for wire copy
// dated the evening before the day it reports: when the article plans an
// event for the day after its date under a weekday name ("talks
// Wednesday at noon" in a Tuesday story), a past report of the same weekday
// ("flew Wednesday to the Balkans") means that day too, not the week before.
func (x *extractor) storyAfterDCT(evs []*cand) {
	if x.dctTime.IsZero() {
		return
	}
	next := DayDate(x.dctTime.AddDate(0, 0, 1))
	week := DayDate(x.dctTime.AddDate(0, 0, -6))
	wd, ok := time.Weekday(0), false
	travellers := map[string]bool{} // first actors of the events planned for that day
	for _, c := range evs {
		if c.Status == Planned && c.Date == next {
			if d, found := weekdayIn(c.DateText); found {
				wd, ok = d, true
				if len(c.Actors) > 0 {
					travellers[c.Actors[0]] = true
				}
			}
		}
	}
	if !ok {
		return
	}
	for _, c := range evs {
		if d, found := weekdayIn(c.DateText); found && d == wd && c.Date == week {
			// an event told as past moves after the article's date only
			// under a bare weekday, on the trip of one who plans that day
			// ("struck Rafah last Tuesday" stays a week back)
			if c.Status != Planned && (!bareWeekday(c.DateText) || len(c.Actors) == 0 || !travellers[c.Actors[0]]) {
				continue
			}
			c.Date = next
		}
	}
}

// presentVerb reports whether the trigger at i is a present-tense verb
// after "is|are|am" ("are meeting") or a plain present after a plural
// subject ("they meet").
func presentVerb(toks []token, i int) bool {
	if i > 0 {
		switch toks[i-1].Lower {
		case "is", "are", "am":
			return true
		}
	}
	return false
}

// quotedAt reports whether the word at i stands inside quotation marks.
func quotedAt(toks []token, i int) bool {
	n := 0
	for _, t := range toks[:i] {
		if isQuoteTok(t.Text) {
			n++
		}
	}
	return n%2 == 1
}

// bareWeekday reports whether a date's words are a weekday name alone, or
// with "on" or a part of the day ("Tuesday", "on Tuesday", "Tuesday morning").
func bareWeekday(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	n := 0
	for _, w := range ws {
		switch w {
		case "on", "morning", "afternoon", "evening", "night":
		default:
			if _, ok := weekdayIn(w); !ok {
				return false
			}
			n++
		}
	}
	return n == 1
}

// otherGathering reports whether the words after "at the talks" place the
// gathering elsewhere or at another time than anchor ("at the talks in
// June", "at the summit in Oslo" after a meeting in Rome).
func (x *extractor) otherGathering(after string, anchor *cand) bool {
	after = strings.TrimSpace(after)
	if !strings.HasPrefix(after, "in ") && !strings.HasPrefix(after, "on ") && !strings.HasPrefix(after, "next ") {
		return false
	}
	w := strings.Fields(after)
	if len(w) < 2 {
		return false
	}
	name := strings.Trim(w[1], ".,;:")
	if anchor.Place != "" && strings.HasPrefix(anchor.Place, name) {
		return false
	}
	return true
}
