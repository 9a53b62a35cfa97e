package events

import (
	"iter"
	"slices"
	"strings"
)

// indexPerson records the words knownPerson looks a person up by: the
// words of the name, the surname and every alias. addActor calls it each
// time it records or renames a person, so that knownPerson looks at the
// few people a word can name instead of every actor of the document: a
// text naming thousands of people stays linear.
func (x *extractor) indexPerson(r *actorRec) {
	// the words only accumulate, and a person's name and aliases change
	// seldom: most mentions find the person indexed as it is
	if r.indexed && r.indexedName == r.Name && r.indexedAliases == len(r.aliases) {
		return
	}
	r.indexed, r.indexedName, r.indexedAliases = true, r.Name, len(r.aliases)
	if x.personWords == nil {
		x.personWords = map[string][]*actorRec{}
	}
	add := func(w string) {
		// (a scan of the people under w, as knownPerson's look-up of w makes)
		if !slices.Contains(x.personWords[w], r) {
			x.personWords[w] = append(x.personWords[w], r)
		}
	}
	for _, w := range strings.Fields(r.Name) {
		add(w)
	}
	add(Surname(r.Name))
	for a := range r.aliases {
		add(a)
	}
}

// latestOf returns the id of the person among rs for whom ok holds that
// was named last: the last person named, else the one first named latest
// (ties broken by id, so the order of rs never shows).
func (x *extractor) latestOf(rs iter.Seq[*actorRec], ok func(*actorRec) bool) string {
	best, bestAt := "", -1
	for r := range rs {
		if r.Kind != Person || !ok(r) {
			continue
		}
		at := r.first
		if r.ID == x.lastPerson {
			at = 1 << 40
		}
		if at > bestAt || at == bestAt && r.ID < best {
			best, bestAt = r.ID, at
		}
	}
	return best
}
