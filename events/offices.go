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
func roleWordAt(toks []token, i, ri int) bool { return phraseIsAt(toks, i, roleWordFields[ri]) }

// holderOf returns the actor holding the office rw for the state aff: a
// person of the article with that role and affiliation, else the one holder
// the knowledge base gives at the article's date (added as an actor).
func (x *extractor) holderOf(rw, aff string, at int) string {
	// the role itself, not "Former Prime Minister" or "Deputy Prime Minister"
	if id := x.latestPerson(func(r *actorRec) bool {
		role := strings.ToLower(r.Role)
		return r.Affiliation == aff && (role == rw || strings.HasSuffix(role, " "+rw) && !strings.Contains(role, "former") &&
			!strings.Contains(role, "deputy") && !strings.Contains(role, "vice") && !strings.Contains(role, "acting"))
	}); id != "" {
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

// govWords name the government or the armed forces of a state, which act
// for the state: "Ethiopia's federal government", "the government of
// Ethiopia", "Russia's forces".
var govWords = map[string]bool{"government": true, "administration": true, "authorities": true,
	"cabinet": true, "regime": true, "leadership": true, "junta": true,
	"forces": true, "troops": true, "army": true, "military": true, "navy": true, "warplanes": true, "jets": true}

// govModifiers may stand between a state's name and govWords.
var govModifiers = map[string]bool{"federal": true, "military": true, "interim": true, "transitional": true,
	"new": true, "central": true, "national": true, "provisional": true, "caretaker": true}

// governmentOf rewrites m into the state it names when m is the state's
// government: "Ethiopia's (federal) government" (m the state before "'s")
// or "the government of Ethiopia" (m the state after "of").
func (x *extractor) governmentOf(toks []token, m mention) (mention, bool) {
	r := x.actors[m.actor]
	if r == nil || r.Kind != Country || m.adj {
		return m, false
	}
	if m.poss {
		k := m.j + 1
		if k < len(toks) && govModifiers[toks[k].Lower] {
			k++
		}
		if k < len(toks) && govWords[toks[k].Lower] && !(k+1 < len(toks) && toks[k+1].Class&wcPersonNoun != 0) {
			// (not "Sudan's army chief ...", "Israel's military spokesman")
			return mention{i: m.i, j: k + 1, actor: m.actor, prep: m.prep, poss: k+1 < len(toks) && toks[k+1].Lower == "'s"}, true
		}
		return m, false
	}
	if m.prep == "of" && m.i >= 3 && toks[m.i-1].Lower == "of" && govWords[toks[m.i-2].Lower] && toks[m.i-3].Lower == "the" {
		prep := ""
		if m.i >= 4 && prepositions[toks[m.i-4].Lower] {
			prep = toks[m.i-4].Lower
		}
		return mention{i: m.i - 3, j: m.j, actor: m.actor, prep: prep, poss: m.poss}, true
	}
	return m, false
}
