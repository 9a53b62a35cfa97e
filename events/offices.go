package events

import "strings"

// Offices named through a state: "Egypt's foreign minister" is whoever held
// that office for Egypt at the article's date, and "his Jordanian
// counterpart" the holder, for Jordan, of the office the person just named
// holds. Both resolve through the actors already named in the article, then
// through the knowledge base's terms of office.

// officeOf rewrites the mention m, a state followed by "'s", into the
// person who holds the office named after it ("Egypt's foreign minister"),
// when the article or the knowledge base knows exactly one. A name right
// after the office ("Egypt's foreign minister, Sameh Shoukry" is left to the
// name) or "of" keeps m as it is.
func (x *extractor) officeOf(toks []token, m mention) (mention, bool) {
	r := x.actors[m.actor]
	if !m.poss || r == nil || r.Kind != Country || m.j+1 >= len(toks) {
		return m, false
	}
	rw, end := roleAt(toks, m.j+1)
	if rw == "" || end < len(toks) && (toks[end].Lower == "of" || toks[end].Cap && toks[end].Word) {
		return m, false
	}
	id := x.holderOf(rw, m.actor, toks[m.i].Start)
	if id == "" {
		return m, false
	}
	return mention{i: m.i, j: end, actor: id, prep: m.prep, poss: end < len(toks) && toks[end].Lower == "'s"}, true
}

// counterpart rewrites the mention m, a demonym before "counterpart"
// ("his Jordanian counterpart"), into the person who holds, for that
// state, the office of the person the sentence is about.
func (x *extractor) counterpart(toks []token, m mention) (mention, bool) {
	r := x.actors[m.actor]
	if !m.adj || r == nil || r.Kind != Country || m.j >= len(toks) || toks[m.j].Lower != "counterpart" {
		return m, false
	}
	p := x.actors[x.sentPerson]
	if p == nil || p.Role == "" || p.Affiliation == m.actor {
		return m, false
	}
	id := x.holderOf(strings.ToLower(p.Role), m.actor, toks[m.i].Start)
	if id == "" || id == p.ID {
		return m, false
	}
	return mention{i: m.i, j: m.j + 1, actor: id, prep: m.prep}, true
}

// roleAt returns the role word of roleWords that starts at toks[i], the
// longest first, and the index after it.
func roleAt(toks []token, i int) (string, int) {
	best, end := "", i
	for ri, ws := range roleWordFields {
		if len(ws) > end-i && roleWordAt(toks, i, ri) {
			best, end = roleWords[ri], i+len(ws)
		}
	}
	return best, end
}

// roleWordAt reports whether roleWords[ri] stands at toks[i].
func roleWordAt(toks []token, i, ri int) bool {
	ws := roleWordFields[ri]
	if i+len(ws) > len(toks) {
		return false
	}
	for k, w := range ws {
		if toks[i+k].Lower != w {
			return false
		}
	}
	return true
}

// holderOf returns the actor holding the office rw for the state aff: a
// person of the article with that role and affiliation, else the one holder
// the knowledge base gives at the article's date (added as an actor).
func (x *extractor) holderOf(rw, aff string, at int) string {
	if id := x.lastWithRole(rw, aff); id != "" {
		return id
	}
	if x.dct == "" {
		return ""
	}
	role, _, ok := x.kb.Role(rw)
	if !ok {
		return ""
	}
	hs := x.kb.Holders(role, aff, string(x.dct))
	if len(hs) != 1 {
		return ""
	}
	return x.fromKB(hs[0], "", at)
}
