package events

import (
	"slices"
	"strings"
)

// Several events in one sentence: one trigger may report more than one
// event ("X and Y meet separately with Z", "talks with survivors and with
// mayors", "two hours in Doha and then six in Riyadh").

// splitEvents returns the events a candidate stands for: itself, or one
// event per participant set when the sentence says so.
func (x *extractor) splitEvents(c *cand, toks []token, ms []mention, at []int, h trigHit) []*cand {
	out := []*cand{c}
	switch c.Type {
	case Meeting, Call:
		out = x.splitSeparately(c, toks, h)
		for _, o := range x.andWith(c, toks, ms, at, h) {
			out = append(out, o)
		}
	case Visit:
		out = append(out, x.visitLegs(c, toks, ms, at, h)...)
	case Statement:
		if m := x.audienceMeeting(c, toks, h); m != nil {
			out = append(out, m)
		}
	}
	for _, o := range out {
		for _, id := range o.Actors {
			if r := x.actors[id]; r != nil {
				r.used = true // groups become actors when they take part
			}
		}
	}
	return out
}

// diplomaticHeads are the plural nouns of groups one meets face to face
// when one speaks to them.
var diplomaticHeads = []string{"ambassadors", "envoys", "diplomats", "ministers", "counterparts", "delegates", "delegations", "leaders"}

// audienceMeeting returns the meeting a statement to a group of diplomats
// implies ("Lula briefed envoys of 12 Asian nations in
// Brasilia ..."), or nil.
func (x *extractor) audienceMeeting(c *cand, toks []token, h trigHit) *cand {
	switch toks[h.head].Lower {
	case "told", "tells", "tell", "addressed", "addresses", "briefed", "briefs":
	default:
		return nil
	}
	if c.noSubj || len(c.Actors) < 2 {
		return nil
	}
	lo, hi := clauseBounds(toks, h.start, h.end)
	for _, t := range toks[lo:hi] {
		switch t.Lower {
		case "phone", "call", "telephone", "video", "videoconference", "letter", "message":
			return nil // "told the ministers in a phone call": no one met
		}
	}
	for _, id := range c.Actors[1:] {
		r := x.actors[id]
		if r == nil || r.Kind != Group {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(r.Name)) {
			if slices.Contains(diplomaticHeads, w) {
				m := c.clone()
				m.Type = Meeting
				m.Actors = []string{c.Actors[0], id}
				m.origin = nil
				return m
			}
		}
	}
	return nil
}

// splitSeparately splits "X and Y met separately with Z" into a meeting of
// X with Z and one of Y with Z.
func (x *extractor) splitSeparately(c *cand, toks []token, h trigHit) []*cand {
	if c.nSubj < 2 || len(c.Actors) <= c.nSubj {
		return []*cand{c}
	}
	sep := false
	for k := max(0, h.start-2); k < len(toks) && k <= h.end+1; k++ {
		if toks[k].Lower == "separately" || toks[k].Lower == "individually" {
			sep = true
		}
	}
	if !sep {
		return []*cand{c}
	}
	subj, objs := c.Actors[:c.nSubj], c.Actors[c.nSubj:]
	var out []*cand
	for _, a := range subj {
		n := c.clone()
		n.Actors = append([]string{a}, objs...)
		n.nSubj = 1
		n.split = true
		out = append(out, n)
	}
	return out
}

// andWith finds a second partner in "meeting with X ... and with Y": a
// meeting of its own.
func (x *extractor) andWith(c *cand, toks []token, ms []mention, at []int, h trigHit) []*cand {
	if c.noSubj || len(c.Actors) == 0 {
		return nil
	}
	var out []*cand
	for k := h.end + 1; k+2 < len(toks) && k < h.end+25; k++ {
		if toks[k].Text == ";" || toks[k].Lower == "but" {
			break
		}
		if toks[k].Lower != "and" || toks[k+1].Lower != "with" || at[k+2] < 0 {
			continue
		}
		m := ms[at[k+2]]
		id := m.actor
		if m.group {
			id = x.groupActor(m, toks)
		}
		if id == "" || id == c.Actors[0] {
			continue
		}
		// the partner leaves the first meeting
		var first []string
		for _, a := range c.Actors {
			if a != id {
				first = append(first, a)
			}
		}
		c.Actors = first
		c.split = true
		n := c.clone()
		n.Actors = []string{c.Actors[0], id}
		n.Place = ""
		out = append(out, n)
	}
	return out
}

// visitLegs finds the further stops of a trip in the trigger's clause: "two
// hours in Doha, Qatar, ... and then roughly six hours in
// Riyadh, Saudi Arabia": a visit for each place in another country or city.
func (x *extractor) visitLegs(c *cand, toks []token, ms []mention, at []int, h trigHit) []*cand {
	if c.Place == "" || c.noSubj || len(c.Actors) == 0 {
		return nil
	}
	var out []*cand
	places := []string{c.Place}
	for k := h.end; k+1 < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Lower == "but" || toks[k].Lower == "before" || toks[k].Lower == "after" {
			break
		}
		if toks[k].Lower != "and" {
			continue
		}
		// "and then ... in|to <place>" within a few words, with no trigger of
		// its own ("and took him to Egypt" is an event already)
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			w := toks[j].Lower
			if x.trigAt[j] {
				break
			}
			if w == "," || w == "and" || w == "." {
				break
			}
			if (w != "in" && w != "to") || j+1 >= len(toks) || at[j+1] < 0 {
				continue
			}
			m := ms[at[j+1]]
			p := x.placeName(m)
			if m.place == "" || p == "" {
				break
			}
			known := false
			for _, q := range places {
				if strings.EqualFold(q, p) || x.samePlace(q, p) && x.country(q) == nil && x.country(p) == nil {
					known = true
				}
			}
			if known {
				break
			}
			places = append(places, p)
			n := c.clone()
			n.Place = p
			n.Actors = []string{c.Actors[0]}
			n.placeAct = ""
			if e := x.placeCountry(p); e != nil {
				x.ensureAffiliation(e.ID, toks[j].Start)
				if _, ok := x.actors[e.ID]; ok {
					n.placeAct = e.ID
				}
			}
			n.head = j
			c.split = true
			out = append(out, n)
			break
		}
	}
	return out
}

// clone copies a candidate with its own slices, marked as one of several
// events of its trigger.
func (c *cand) clone() *cand {
	n := *c
	n.Actors = append([]string(nil), c.Actors...)
	n.Evidence = append([]string(nil), c.Evidence...)
	n.split = true
	n.origin = c
	if c.origin != nil {
		n.origin = c.origin
	}
	return &n
}

// shareSplitDates gives the events split from one trigger the date one of
// them has ("X and Y meet separately Monday with Z"; the legs of one trip).
func shareSplitDates(cands []*cand) {
	for _, c := range cands {
		if c.Date != "" {
			continue
		}
		for _, o := range cands {
			if o != c && o.Date != "" && c.origin != nil && (o == c.origin || o.origin == c.origin) {
				c.Date, c.DateText, c.Status = o.Date, o.DateText, o.Status
				break
			}
		}
	}
}
