package events

import (
	"slices"
	"sort"
	"strings"
)

// Plural definite references: "the two leaders", "both men", "the three
// foreign ministers", "the ministers" stand for the persons just named.

var countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}

// pluralHeads maps a plural noun to the role word its persons must hold
// ("" for any person).
var pluralHeads = map[string]string{
	"leaders": "", "men": "", "women": "", "officials": "", "ministers": "minister",
	"foreign ministers": "foreign minister", "presidents": "president", "envoys": "",
	"diplomats": "", "statesmen": "", "premiers": "prime minister", "prime ministers": "prime minister",
	"kings": "king",
}

// partyHeads are plural nouns that stand for the parties just named only
// with a number ("the two sides", "both countries"). "the four countries"
// are first the four states that acted together in the last event; "the two
// sides" the two actors of the last event with two. Else they are the
// persons named last when there are that many, else states, organisations
// and groups for "sides", states for the others.
var partyHeads = map[string]bool{"sides": true, "parties": true, "countries": true, "nations": true, "governments": true, "states": true}

// pluralDefinite recognises "the [two|three|both] [foreign] ministers|leaders|men"
// at toks[i] and resolves it to the persons named in the current or the
// previous sentence: the given number of them, most recently named first,
// or all of them whose role fits when no number is given.
func (x *extractor) pluralDefinite(toks []token, i int) (mention, bool) {
	j := i + 1
	n := 0
	if toks[i].Lower == "both" {
		n = 2
	} else if j < len(toks) {
		if c, ok := countWords[toks[j].Lower]; ok && toks[j].Lower != "both" {
			n = c
			j++
		}
	}
	head, end := "", j
	for k := min(j+2, len(toks)); k > j; k-- {
		if toks[k-1].Class&wcPluralHeadEnd == 0 && !(k == j+1 && n > 0 && partyHeads[toks[j].Lower]) {
			continue // no plural head ends with this word
		}
		w := make([]string, 0, 2)
		for _, t := range toks[j:k] {
			w = append(w, t.Lower)
		}
		if _, ok := pluralHeads[strings.Join(w, " ")]; ok || k == j+1 && n > 0 && partyHeads[toks[j].Lower] {
			head, end = strings.Join(w, " "), k
			break
		}
	}
	if head == "" || end < len(toks) && toks[end].Lower == "of" {
		return mention{}, false // "the trade ministers of Peru ...": a group of its own
	}
	role := pluralHeads[head]
	recent := func(kinds ...Kind) []*actorRec {
		// the current and the previous sentence, and the one before when
		// they name too few: "... met Arafat. Netanyahu's spokesman said ...
		// The two leaders are expected to meet Clinton"
		var recs []*actorRec
		for _, since := range []int{x.prevSent, x.earlierSent} {
			recs = recs[:0]
			for _, r := range x.actors {
				if !slices.Contains(kinds, r.Kind) || r.last < since {
					continue
				}
				if role != "" && !strings.Contains(strings.ToLower(r.Role), role) || head == "leaders" && (r.Role == "" || aideRole(r.Role)) ||
					(head == "sides" || head == "parties") && aideRole(r.Role) {
					continue
				}
				recs = append(recs, r)
			}
			if n == 0 || len(recs) >= n {
				break
			}
		}
		return recs
	}
	if partyHeads[head] && n > 0 {
		// "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. The
		// four countries ...": the initiators of the last event with as many
		if ids := x.lastParties(head, n); ids != nil {
			m := mention{i: i, j: end, actors: ids, actor: ids[0]}
			return m, true
		}
	}
	var recs []*actorRec
	switch {
	case !partyHeads[head]:
		recs = recent(Person)
	case head == "sides" || head == "parties":
		if recs = recent(Person); len(recs) < n {
			recs = recent(Country, Organization, Group)
		}
	default:
		recs = recent(Country)
	}
	sort.Slice(recs, func(a, b int) bool {
		if recs[a].last != recs[b].last {
			return recs[a].last > recs[b].last
		}
		return recs[a].ID < recs[b].ID
	})
	if n > 0 {
		if len(recs) < n {
			return mention{}, false
		}
		recs = recs[:n]
	}
	if len(recs) < 2 {
		return mention{}, false
	}
	// in the order they were named
	sort.Slice(recs, func(a, b int) bool {
		if recs[a].last != recs[b].last {
			return recs[a].last < recs[b].last
		}
		return recs[a].ID < recs[b].ID
	})
	m := mention{i: i, j: end}
	for _, r := range recs {
		m.actors = append(m.actors, r.ID)
	}
	m.actor = m.actors[0]
	return m, true
}

// lastParties returns the parties "the two sides" or "the four countries"
// (head) stand for in the latest event of the current or the previous
// sentence: for "sides" and "parties" every actor of an event with n or
// more of them, some acted on (the sides may be coalitions), for
// the others one whose n initiators are all states. It returns nil when
// none fits.
func (x *extractor) lastParties(head string, n int) []string {
	sides := head == "sides" || head == "parties"
	for k := len(x.events) - 1; k >= 0; k-- {
		c := x.events[k]
		if c.Offset < x.prevSent {
			break
		}
		if sides && (len(dedupe(c.Actors)) >= n && c.nSubj < len(dedupe(c.Actors)) || len(dedupe(c.Actors)) == n) {
			// ("Ethiopia and Eritrea signed a cease-fire. Salim called on
			// both sides": the two who signed)
			// "Hamas and Islamic Jihad fired rockets at Israel. Egypt urged
			// both sides": every party, the initiators and those they acted on
			return dedupe(c.Actors)
		}
		if !sides && c.nSubj == n && len(c.Actors) >= n {
			ids := c.Actors[:n]
			ok := true
			for _, id := range ids {
				if r := x.actors[id]; r == nil || r.Kind != Country {
					ok = false
				}
			}
			if ok {
				return append([]string(nil), ids...)
			}
		}
	}
	return nil
}

// aideRole reports whether a role is that of someone who speaks or works for
// a leader rather than leads: "the two leaders" are not their spokesmen.
func aideRole(role string) bool {
	r := strings.ToLower(role)
	for _, w := range []string{"spokes", "aide", "adviser", "advisor", "official", "envoy", "negotiator"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}
