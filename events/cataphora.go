package events

import "strings"

// Cataphora: a lead paragraph often names a person by description and the
// next sentence by name ("A Chilean head of an election monitoring
// mission arrived in Lima on Monday. Rosa Ortiz took her delegation ...";
// "A navy spokeswoman said Friday ... said spokeswoman Ana Ruiz").

// indefinitePerson reports whether the subject of the trigger at toks[start]
// is an indefinite description of a person: "a"/"an" opening the clause,
// then up to ten words with a person noun among them.
func indefinitePerson(toks []token, lo, start int) (int, string, bool) {
	noun := ""
	for k := start - 1; k >= lo && k >= start-11; k-- {
		t := toks[k]
		if !t.Word {
			return 0, "", false
		}
		if t.Class&wcPersonNoun != 0 && !t.Cap {
			noun = t.Lower
		}
		if t.Lower != "a" && t.Lower != "an" {
			continue
		}
		if k == lo || !toks[k-1].Word {
			return k, noun, noun != ""
		}
	}
	return 0, "", false
}

// fitsDescription reports whether a person named after a description can be
// the one described: in the lead of a story anyone named next is, later
// only one whose role has the description's noun ("spokesman").
func fitsDescription(r *actorRec, c *cand) bool {
	if c.sent <= 1 { // the lead, after a dateline of its own
		return true
	}
	role := strings.ToLower(r.Role)
	noun := c.descNoun
	if strings.HasPrefix(noun, "spokes") {
		noun = "spokes"
	}
	return noun != "" && strings.Contains(role, noun)
}

// describedBy returns the state or organisation a description names ("A
// senior State Department official", "An Iraqi official"): the one its
// event falls back to when no name follows.
func (x *extractor) describedBy(ms []mention, at []int, from, to int) []string {
	for k := from; k < to; k++ {
		if at[k] < 0 {
			continue
		}
		m := ms[at[k]]
		if r := x.actors[m.actor]; r != nil && r.Kind != Person && (m.prep == "" || m.adj) {
			return []string{r.ID}
		}
	}
	return nil
}

// resolveCataphora gives the events whose initiator was described, not
// named, the first person the next sentence names for the first time.
func (x *extractor) resolveCataphora(from, to int) {
	if len(x.cataphors) == 0 {
		return
	}
	for _, c := range x.cataphors {
		var best *actorRec
		for _, r := range x.actors {
			if r.Kind == Person && r.first >= from && r.first < to && fitsDescription(r, c) && (best == nil || r.first < best.first) {
				best = r
			}
		}
		switch {
		case best != nil:
			c.Actors = append([]string{best.ID}, c.Actors...)
			c.noSubj = false
		case len(c.fallback) > 0:
			c.Actors = append(c.fallback, c.Actors...)
			c.noSubj = false
		}
	}
	x.cataphors = nil
}
