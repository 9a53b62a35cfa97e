package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/events/kb"
)

// titled recognises a title before a name: "President Abdel Fattah
// el-Sissi", "Egypt's President ...", "Ghanaian Foreign Minister Ama
// Mensah", "Crown Prince Mohammed bin Salman", "King Hussein of Jordan",
// "spokesman Pete Williams".
func (x *extractor) titled(toks []token, i int) (mention, bool) {
	role, end := x.roleAt(toks, i)
	// a rank after an office: "army chief Gen. Abdel Fattah Burhan",
	// "commander Lt. Gen. ..."
	for role != "" && end+2 < len(toks) && rankAbbrevs[toks[end].Lower] && toks[end].Cap && toks[end+1].Text == "." {
		end += 2
	}
	lowerTitle := false
	if role == "" {
		// lower-case person nouns: "spokesman Pete Williams", "deputy spokesman ..."
		j := i
		for j < len(toks) && toks[j].Class&wcPersonNoun != 0 && !toks[j].Cap {
			j++
		}
		if j == i {
			return mention{}, false
		}
		role, end, lowerTitle = surface(x.text, toks, i, j), j, true
	}
	if end >= len(toks) || !toks[end].Name {
		return mention{}, false
	}
	nameEnd := nameRun(toks, end)
	name := surface(x.text, toks, end, nameEnd)
	// "King Hussein of Jordan"
	aff := ""
	if nameEnd+1 < len(toks) && toks[nameEnd].Lower == "of" && toks[nameEnd+1].Cap {
		if c := x.country(surface(x.text, toks, nameEnd+1, nameRun(toks, nameEnd+1))); c != nil {
			aff = c.ID
			nameEnd = nameRun(toks, nameEnd+1)
		}
	}
	// owner before the title: "Egypt's President", "Ghanaian Foreign Minister", "British Foreign Office minister"
	if aff == "" && i > 0 {
		if i >= 2 && toks[i-1].Lower == "'s" {
			if c := x.country(toks[i-2].Text); c != nil {
				aff = c.ID
			}
		} else if c := x.country(toks[i-1].Text); c != nil {
			aff = c.ID
		}
	}
	full := role + " " + name
	at := toks[i].Start
	// the knowledge base: the titled form, then the name, with the office checked
	for _, form := range []string{full, name} {
		ms := x.lookup(form)
		var people []*kb.Entity
		for _, m := range ms {
			if m.Entity.Kind == kb.Person {
				people = append(people, m.Entity)
			}
		}
		if len(people) == 0 {
			continue
		}
		pick := people[0]
		if len(people) > 1 {
			for _, p := range people {
				if t := x.termAt(p); t != nil && strings.EqualFold(t.Role, role) {
					pick = p
					break
				}
			}
		}
		id := x.fromKB(pick, name, at)
		if r := x.actors[id]; r != nil && r.Role == "" {
			// no office on the date: the title the text gives
			r.Role = titleCase(role)
			if r.Affiliation == "" && aff != "" {
				r.Affiliation = aff
				x.ensureAffiliation(aff, at)
			}
		}
		return mention{i: i, j: nameEnd, actor: id}, true
	}
	if lowerTitle {
		// a lower-case noun only makes a person of a name that looks like one
		if nameEnd-end < 2 && nameClassOf(toks[end].Text)&ncGivenName == 0 {
			return mention{}, false
		}
		if c := x.country(name); c != nil {
			return mention{}, false
		}
	}
	// a surname the document knows: "President Bush" after "George Bush"
	if id := x.knownPerson(name); id != "" {
		return mention{i: i, j: nameEnd, actor: x.addActor(Actor{ID: id}, name, at)}, true
	}
	a := Actor{Name: name, Kind: Person, Role: titleCase(role), Affiliation: aff}
	if lowerTitle {
		a.Role = role
	}
	id := x.addActor(a, "", at)
	if aff != "" {
		x.ensureAffiliation(aff, at)
	}
	return mention{i: i, j: nameEnd, actor: id}, true
}

// lowerWords returns the lower-case forms of toks[i:j] joined by single
// spaces, false if one is no word. The text of an ASCII article holds
// the words so joined when single spaces part them.
func (x *extractor) lowerWords(toks []token, i, j int) (string, bool) {
	cut := x.lowerText != ""
	for k := i; k < j; k++ {
		if !toks[k].Word {
			return "", false
		}
		if k > i && (toks[k].Start != toks[k-1].End+1 || x.text[toks[k-1].End] != ' ') {
			cut = false
		}
	}
	if cut {
		return x.lowerText[toks[i].Start:toks[j-1].End], true
	}
	words := make([]string, j-i)
	for k := range words {
		words[k] = toks[i+k].Lower
	}
	return strings.Join(words, " "), true
}

// rankAbbrevs are abbreviated military and civil ranks written before a
// name with a full stop ("Gen.", "Lt.", "Sen.").
var rankAbbrevs = map[string]bool{"gen": true, "lt": true, "col": true, "maj": true, "brig": true, "adm": true,
	"sgt": true, "capt": true, "cmdr": true, "cdr": true, "cpl": true, "gov": true, "sen": true, "rep": true}

// roleAt returns the longest role title of the knowledge base that starts
// at toks[i] (up to four words) and the index after it, or "" and i.
func (x *extractor) roleAt(toks []token, i int) (string, int) {
	for n := min(4, len(toks)-i); n >= 1; n-- {
		if !toks[i+n-1].RoleEnd {
			continue // no title ends with this word
		}
		title, ok := x.lowerWords(toks, i, i+n)
		if !ok {
			continue
		}
		if r, _, found := x.kb.Role(title); found {
			return r, i + n
		}
	}
	return "", i
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for k, w := range ws {
		if w == "of" || w == "the" || w == "for" {
			continue
		}
		ws[k] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// country returns the country a name, alias or demonym names.
func (x *extractor) country(form string) *kb.Entity {
	for _, m := range x.lookup(form) {
		if m.Entity.Kind == kb.Country {
			return m.Entity
		}
	}
	return nil
}

// knownPerson returns the id of a person of the document one of whose name
// words is name ("Blinken", "Saddam"), the most recently named first.
func (x *extractor) knownPerson(name string) string {
	return x.latestOf(slices.Values(x.personWords[name]), func(r *actorRec) bool {
		if Surname(r.Name) == name || r.aliases[name] {
			return true
		}
		for _, w := range strings.Fields(r.Name) {
			if w == name {
				return true
			}
		}
		return false
	})
}

// group recognises a group of people: modifiers and a plural head ("Arab
// foreign ministers", "flood survivors", "the trade ministers of Peru,
// Chile and Bolivia", "Asian envoys").
func (x *extractor) group(toks []token, i int) (mention, bool) {
	// the head comes after at most three modifiers: most words have none
	// that near, and need no look at the knowledge base
	head := false
	for k := i; k < len(toks) && k <= i+3 && !head; k++ {
		head = toks[k].Class&wcGroupHead != 0
	}
	if !head {
		return mention{}, false
	}
	j := i
	mods := 0
	var state *kb.Entity // the state of a demonym modifier
	for j < len(toks) && toks[j].Word && toks[j].Class&wcGroupHead == 0 {
		w := toks[j]
		isMod := w.Class&wcGroupMod != 0
		if w.Cap && (!isMod || mods == 0) {
			if c := x.country(w.Text); c != nil {
				isMod, state = true, c
			}
		}
		if !isMod {
			return mention{}, false
		}
		mods++
		j++
		if mods > 3 {
			return mention{}, false
		}
	}
	if j >= len(toks) || toks[j].Class&wcGroupHead == 0 {
		return mention{}, false
	}
	end := j + 1
	if state != nil && mods == 1 && armedHeads[toks[j].Lower] {
		// "Ethiopian troops shelled", "Israeli soldiers raided": the state's forces act for it
		return mention{i: i, j: end, actor: x.fromKB(state, "", toks[i].Start)}, true
	}
	if mods == 0 {
		// "envoys and consuls of 12 Asian nations"
		e, ok := x.ofCountries(toks, end)
		if !ok {
			return mention{}, false
		}
		end = e
	}
	// "... of Peru, Chile and Bolivia"
	if end+1 < len(toks) && toks[end].Lower == "of" {
		k := end + 1
		last := -1
		for k < len(toks) {
			if toks[k].Lower == "the" || toks[k].Text == "," || toks[k].Lower == "and" {
				k++
				continue
			}
			if !toks[k].Name {
				break
			}
			r := nameRun(toks, k)
			c := x.country(surface(x.text, toks, k, r))
			if c == nil {
				break
			}
			x.fromKB(c, "", toks[k].Start) // the states stay actors of their own
			last = r
			k = r
		}
		if last > 0 {
			end = last
		}
	}
	name := surface(x.text, toks, i, end)
	return mention{i: i, j: end, group: true, groupName: name}, true
}

// armedHeads are the plural nouns of a state's armed forces.
var armedHeads = map[string]bool{"troops": true, "soldiers": true, "forces": true, "warplanes": true, "jets": true,
	"gunboats": true, "warships": true, "tanks": true}

// unknownName classifies a run of name tokens the knowledge base does not
// know: a person, an organisation, a media outlet or a place.
func (x *extractor) unknownName(toks []token, i, end int) (mention, bool) {
	if end <= i {
		return mention{}, false
	}
	// trim a trailing possessive-less initial or suffix
	name := surface(x.text, toks, i, end)
	first, more := firstWord(name)
	at := toks[i].Start
	prep := prevLower(toks, i)
	// a building or site: "at the Jimmy Carter Center"
	if last := toks[end-1].Text; end-i > 1 && nameClassOf(last)&ncFacilityCue != 0 {
		if placePreps[prep] {
			return mention{i: i, j: end, place: name}, true
		}
		return mention{i: i, j: end, actor: x.addActor(Actor{Name: name, Kind: Organization}, "", at)}, true
	}
	// organisation and media cues
	for k := i; k < end; k++ {
		var c nameClass // the cues count after the first word
		if k > i {
			c = nameClassOf(strings.TrimSuffix(toks[k].Text, "."))
		}
		if c&ncMediaCue != 0 || end < len(toks) && toks[end].Lower == "newspaper" {
			return mention{i: i, j: end, actor: x.addActor(Actor{Name: name, Kind: Media}, "", at)}, true
		}
		if c&ncOrgCue != 0 {
			// "the Organization of Petroleum Exporting Countries"
			e := end
			if e+1 < len(toks) && toks[e].Lower == "of" && toks[e+1].Name {
				e = nameRun(toks, e+1)
				name = surface(x.text, toks, i, e)
			}
			return mention{i: i, j: e, actor: x.addActor(Actor{Name: name, Kind: Organization}, "", at)}, true
		}
	}
	given := nameClassOf(first)&ncGivenName != 0
	if placePreps[prep] && !given {
		return mention{i: i, j: end, place: name}, true
	}
	// a single word the document knows as a person's name
	if !more {
		if id := x.knownPerson(name); id != "" {
			return mention{i: i, j: end, actor: x.addActor(Actor{ID: id}, name, at)}, true
		}
	}
	if given && more {
		// "Kenneth Piernick": given name and surname; a surname known in
		// the document first joins the person it names
		if id := x.knownPerson(Surname(name)); id != "" && strings.HasSuffix(x.actors[id].Name, Surname(name)) {
			return mention{i: i, j: end, actor: x.addActor(Actor{ID: id}, name, at)}, true
		}
		a := Actor{Name: name, Kind: Person}
		// apposition: "Ana Ruiz, a port official,"
		if end+2 < len(toks) && toks[end].Text == "," && (toks[end+1].Lower == "a" || toks[end+1].Lower == "the") {
			k := end + 2
			for k < len(toks) && toks[k].Word && !toks[k].Cap && k-end < 6 {
				if toks[k].Class&wcPersonNoun != 0 {
					a.Role = surface(x.text, toks, end+2, k+1)
					break
				}
				k++
			}
		}
		return mention{i: i, j: end, actor: x.addActor(a, "", at)}, true
	}
	// apposition after a person noun: "His deputy, Momcilo Krajisnik,",
	// "his Eritrean counterpart, Haile Woldensae,"
	if more && i >= 2 && toks[i-1].Text == "," && end < len(toks) && toks[end].Text == "," &&
		(personNouns[toks[i-2].Lower] || toks[i-2].Lower == "counterpart") && !toks[i-2].Cap && len(strings.Fields(name)) <= 4 {
		return mention{i: i, j: end, actor: x.addActor(Actor{Name: name, Kind: Person, Role: toks[i-2].Lower}, "", at)}, true
	}
	return mention{}, false
}

// firstWord returns the first of the words strings.Fields finds in s, and
// whether there are more, without building the list of words.
func firstWord(s string) (first string, more bool) {
	start, end := -1, len(s)
	for i := 0; i < len(s); {
		c, w := s[i], 1
		space := c < utf8.RuneSelf && asciiSpace[c]
		if c >= utf8.RuneSelf {
			r, n := decodeRuneAt(s, i)
			space, w = unicode.IsSpace(r), n
		}
		switch {
		case !space && start < 0:
			start = i
		case !space && end < len(s):
			return s[start:end], true
		case space && start >= 0 && end == len(s):
			end = i
		}
		i += w
	}
	if start < 0 {
		return "", false
	}
	return s[start:end], false
}

// ofCountries matches, from toks[i], an optional "and <words>" and then "of
// [number] <demonym> countries|states|nations" ("of 12 Asian nations"),
// and returns the end of the match.
func (x *extractor) ofCountries(toks []token, i int) (int, bool) {
	k := i
	if k < len(toks) && toks[k].Lower == "and" {
		for k++; k < len(toks) && k < i+5 && toks[k].Lower != "of"; k++ {
			if !toks[k].Word {
				return 0, false
			}
		}
	}
	if k >= len(toks) || toks[k].Lower != "of" {
		return 0, false
	}
	k++
	if k < len(toks) && toks[k].Word && toks[k].Lower[0] >= '0' && toks[k].Lower[0] <= '9' {
		k++
	}
	if k+1 >= len(toks) || !toks[k].Cap {
		return 0, false
	}
	if c := x.country(toks[k].Text); c == nil && !groupMods[toks[k].Lower] {
		return 0, false
	}
	switch toks[k+1].Lower {
	case "countries", "states", "nations", "governments":
		return k + 2, true
	}
	return 0, false
}
