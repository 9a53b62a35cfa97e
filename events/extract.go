package events

import (
	"fmt"
	"maps"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/events/kb"
	"github.com/eventgraph/eventgraph/events/timex"
)

// Options configure Extract.
type Options struct {
	// Date is the reference date (document creation time). When empty, the
	// date: header is used, then a dateline date in the first lines.
	Date Date
	// KB is the knowledge base of actors; nil means kb.Default().
	KB *kb.KB
	// ID is the document id; by default the file name without directory and extension.
	ID string
}

// Extract reads one article and returns its events, actors and relations.
// name names the input in errors and gives the document id. text must be
// UTF-8; an article with no events gives a Document with empty lists.
func Extract(name, text string, opt Options) (Document, error) {
	if !utf8.ValidString(text) {
		off := 0
		for off < len(text) {
			r, w := utf8.DecodeRuneInString(text[off:])
			if r == utf8.RuneError && w == 1 {
				break
			}
			off += w
		}
		return Document{}, fmt.Errorf("%s: invalid UTF-8 at byte offset %d", name, off)
	}
	h := ParseHeader(text)
	dct := opt.Date
	if dct == "" {
		if v, ok := h.Fields["date"]; ok && v != "" {
			d, err := ParseDate(v)
			if err != nil {
				return Document{}, fmt.Errorf("%s:1: date header: %w", name, err)
			}
			dct = d
		}
	}
	if dct == "" {
		dct = DatelineDate(text[h.Body:])
	}
	id := opt.ID
	if id == "" {
		id = DocID(name)
	}
	k := opt.KB
	if k == nil {
		k = kb.Default()
	}
	x := &extractor{
		text:   text,
		kb:     k,
		dct:    dct,
		actors: map[string]*actorRec{},
	}
	if t, _, ok := dct.Span(); ok && len(dct) == 10 {
		x.dctTime = t
	}
	x.run(h.Body)
	doc := Document{
		Document: Meta{ID: id, Title: h.Fields["title"], Published: dct, Source: h.Fields["source"]},
	}
	doc.Actors = x.actorList()
	doc.Events = x.eventList(id)
	doc.Relations = Relations(doc.Actors, doc.Events)
	return doc, nil
}

// DocID derives a document id from a file name: the base name without its
// extension, "stdin" for "-".
func DocID(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	b := filepath.Base(name)
	if e := filepath.Ext(b); e != "" && e != b {
		b = strings.TrimSuffix(b, e)
	}
	return b
}

type extractor struct {
	text    string
	kb      *kb.KB
	dct     Date
	dctTime time.Time
	actors  map[string]*actorRec
	// personWords indexes the persons of actors by name word, surname
	// and alias (see indexPerson).
	personWords map[string]map[*actorRec]bool
	// lastPerson is the id of the person most recently named; lastThing
	// the country or organisation most recently named as a subject.
	lastPerson string
	lastThing  string
	// lastSubj is the person who last initiated an event: "he" and "she"
	// refer to this person first.
	lastSubj string
	// sentPerson is the first person named in the current sentence, not as
	// the object of a preposition: usually its subject.
	sentPerson string
	events     []*cand
	prevVerb   *cand  // the last event a verb reported in the current sentence
	dateline   string // the place the story was filed from ("BAGHDAD, Iraq (AP)"), if known
	tx         []timex.Timex
	trigAt     map[int]bool // token indexes of the current sentence where a trigger starts
	// curSent and prevSent are the byte offsets of the current and the previous sentence,
	// earlierSent that of the one before the previous
	curSent, prevSent, earlierSent int
	// cataphors are the events of the previous sentence whose initiator a
	// description stands for ("A navy spokeswoman said")
	cataphors []*cand
	// byAlias indexes the actors by the forms the article uses for them
	byAlias map[string][]*actorRec
	// toks, ms and at hold the tokens, the mentions and the mention of
	// each token of the current sentence; their arrays are reused for the
	// next, so none of them outlives its sentence
	toks []token
	ms   []mention
	at   []int
	// lowerSents holds strings.ToLower of each sentence read so far
	lowerSents []string
	// looked holds the knowledge-base matches of the forms looked up (see lookup)
	looked map[string][]kb.Match
}

// lookup returns the knowledge-base matches of a form on the reference
// date, each form looked up once per article: the same names recur.
// The matches must not be changed.
func (x *extractor) lookup(form string) []kb.Match {
	if ms, ok := x.looked[form]; ok {
		return ms
	}
	ms := x.kb.Lookup(form, string(x.dct))
	if x.looked == nil {
		x.looked = map[string][]kb.Match{}
	}
	x.looked[form] = ms
	return ms
}

// cand is an event found in a sentence, before merging.
type cand struct {
	Event
	sent      int
	para      int      // paragraph of the sentence
	nSubj     int      // how many of Actors are initiators ("X and Y met Z")
	split     bool     // one of several events of one trigger: never merged within its sentence
	origin    *cand    // the candidate a split event was copied from
	invited   bool     // a gathering someone was invited to
	fallback  []string // the actors a description names, if the next sentence names no one
	descNoun  string   // the person noun of that description ("spokesman")
	head      int      // token index of the trigger word in its sentence
	trig      *trigger
	placeAct  string // country actor of the place, for visits
	noSubj    bool   // no initiator was found: the actors are objects
	byAgent   bool   // a passive's "by X" was put before the clause's subject
	visiting  bool   // "visiting" as an adjective: "talks with visiting X"
	anaphoric bool   // a definite noun ("the bombings") that may refer to an earlier event
	// namesParties: an anaphoric noun with a phrase naming who takes part
	// ("the embargo on materials to Iraq"), an event even with no antecedent
	namesParties bool
	headOffset   int // byte offset of the trigger word
}

func (x *extractor) run(body int) {
	sents := Sentences(x.text, body)
	// an ASCII text is lower-cased once, for the tagger and for each
	// sentence, whose lower case is cut from it
	lowerText := ""
	if isASCII(x.text) {
		lowerText = timex.LowerASCII(x.text)
		x.tx = timex.TagLower(x.text[body:], lowerText[body:], string(x.dct))
	} else {
		x.tx = timex.Tag(x.text[body:], string(x.dct))
	}
	for k := range x.tx {
		x.tx[k].Start += body
		x.tx[k].End += body
	}
	x.dateline = x.datelinePlace(sents)
	longest := 0
	for _, s := range sents {
		longest = max(longest, len(s.Text))
	}
	x.toks = make([]token, 0, longest/4+16) // about one token per 5 bytes: one array for the article
	x.lowerSents = make([]string, 0, len(sents))
	next := 0 // the first time expression that may hold the next token
	for si, s := range sents {
		x.earlierSent = x.prevSent
		x.prevSent = x.curSent
		x.curSent = s.Start
		var lower string
		if lowerText != "" {
			lower = lowerText[s.Start:s.End]
			x.lowerSents = append(x.lowerSents, lower)
		} else {
			lower = strings.ToLower(s.Text)
			x.lowerSents = append(x.lowerSents, lower)
			if !isASCII(s.Text) {
				lower = "" // the tokens' lower-case forms cannot be cut from it
			}
		}
		toks := tokenize(x.toks[:0], s.Text, lower, s.Start)
		x.toks = toks
		for k := range toks {
			// inTimex: tokens come in text order, so the expressions that
			// end before one end before the next
			for next < len(x.tx) && x.tx[next].End <= toks[k].Start {
				next++
			}
			toks[k].Time = next < len(x.tx) && toks[k].Start >= x.tx[next].Start && toks[k].End <= x.tx[next].End
			toks[k].RoleEnd = toks[k].Word && x.kb.RoleEnd(toks[k].Lower)
			toks[k].Class = classOf(toks[k].Lower)
		}
		markNear(toks)
		pending := x.cataphors
		ms := x.mentions(toks)
		if len(pending) > 0 {
			x.resolveCataphora(s.Start, s.End)
		}
		x.sentenceEvents(si, s, toks, ms)
	}
	x.resolveCataphora(len(x.text), len(x.text)) // a description in the last sentence
	x.anchorRelative(sents)
	x.anchorDuring(sents)
}

// addActor records an actor of the document and returns its id.
func (x *extractor) addActor(a Actor, form string, at int) string {
	if a.ID == "" {
		a.ID = Slug(a.Name)
	}
	if a.ID == "" {
		return ""
	}
	r, ok := x.actors[a.ID]
	if !ok {
		r = &actorRec{Actor: a, aliases: map[string]bool{}, first: at}
		x.actors[a.ID] = r
	} else {
		if r.Role == "" {
			r.Role = a.Role
		}
		if r.Affiliation == "" {
			r.Affiliation = a.Affiliation
		}
		if len(a.Name) > len(r.Name) && r.kbID == "" && a.Kind == Person && strings.HasSuffix(a.Name, Surname(r.Name)) {
			x.addAlias(r, r.Name)
			r.Name = a.Name
		}
	}
	if form != "" && form != r.Name {
		x.addAlias(r, form)
	}
	if at > r.last {
		r.last = at
	}
	if r.Kind == Person {
		x.lastPerson = r.ID
		x.indexPerson(r)
	}
	return r.ID
}

// fromKB records a knowledge-base entity as an actor.
func (x *extractor) fromKB(e *kb.Entity, form string, at int) string {
	a := Actor{ID: e.ID, Name: e.Name, Kind: kbKind(e.Kind)}
	if a.Kind == "" {
		return ""
	}
	if a.Kind == Person {
		if t := x.termAt(e); t != nil {
			a.Role, a.Affiliation = t.Role, t.Affiliation
		} else if t := x.pastTerm(e); t != nil {
			a.Role, a.Affiliation = "former "+t.Role, t.Affiliation
		}
	}
	if a.Kind == Organization {
		// (not a news outlet's: "(Reuters)" in a dateline would make the
		// United Kingdom an actor of every story it files)
		a.Affiliation = e.Country
	}
	id := x.addActor(a, form, at)
	if r := x.actors[id]; r != nil {
		r.kbID = e.ID
		if a.Kind == Person && (r.Role == "" || strings.HasPrefix(r.Role, "former ")) && a.Role != "" {
			r.Role, r.Affiliation = a.Role, a.Affiliation
		}
	}
	if a.Affiliation != "" {
		x.ensureAffiliation(a.Affiliation, at)
	}
	return id
}

// ensureAffiliation makes sure the actor an affiliation names exists.
func (x *extractor) ensureAffiliation(id string, at int) {
	if _, ok := x.actors[id]; ok {
		return
	}
	if e := x.kb.ByID(id); e != nil {
		a := Actor{ID: e.ID, Name: e.Name, Kind: kbKind(e.Kind)}
		if a.Kind != "" && a.Kind != Person {
			r := &actorRec{Actor: a, aliases: map[string]bool{}, first: at, kbID: e.ID}
			x.actors[id] = r
		}
	}
}

// termAt returns the office a person held at the reference date.
func (x *extractor) termAt(e *kb.Entity) *kb.Term {
	on := string(x.dct)
	for i := range e.Terms {
		t := &e.Terms[i]
		if on == "" {
			continue
		}
		if t.Start <= on && (t.End == "" || on < t.End) {
			return t
		}
	}
	return nil
}

// pastTerm returns the latest office a person had left by the reference
// date; nil when none (an office held only later is no "former" one).
func (x *extractor) pastTerm(e *kb.Entity) *kb.Term {
	on := string(x.dct)
	var best *kb.Term
	for i := range e.Terms {
		t := &e.Terms[i]
		if on == "" || t.End != "" && t.End <= on {
			if best == nil || t.End > best.End {
				best = t
			}
		}
	}
	return best
}

// mentions finds the actors and places a sentence names.
func (x *extractor) mentions(toks []token) []mention {
	ms := x.ms[:0]
	x.sentPerson = ""
	for i := 0; i < len(toks); {
		m, ok := x.mentionAt(toks, i)
		if !ok {
			i++
			continue
		}
		if m.i > 0 {
			p := toks[m.i-1].Lower
			if prepositions[p] {
				m.prep = p
			} else if m.i > 1 && (p == "the" || p == "a" || p == "an" || p == "his" || p == "her" || p == "its" || p == "their") && prepositions[toks[m.i-2].Lower] {
				m.prep = toks[m.i-2].Lower
			} else if (p == "and" || p == "or") && len(ms) > 0 && ms[len(ms)-1].j == m.i-1 && ms[len(ms)-1].prep != "" {
				m.prep = ms[len(ms)-1].prep // "to flood survivors and aid workers"
			} else if n := len(ms); n > 0 && ms[n-1].adj && ms[n-1].j == m.i && ms[n-1].prep != "" && !m.adj {
				m.prep = ms[n-1].prep // "with Egyptian President X": the name heads the phrase
			}
		}
		if m.j < len(toks) && toks[m.j].Lower == "'s" {
			m.poss = true
		}
		if o, ok := x.officeOf(toks, m); ok {
			m = o // "Egypt's foreign minister"
		} else if o, ok := x.governmentOf(toks, m); ok {
			m = o // "Ethiopia's government", "the government of Ethiopia"
		} else if o, ok := x.counterpart(toks, m); ok {
			m = o // "his Jordanian counterpart"
			if n := len(ms); n > 0 && ms[n-1].pronoun && ms[n-1].j == m.i {
				m.i, m.prep = ms[n-1].i, ms[n-1].prep // the possessive belongs to the phrase
				ms = ms[:n-1]
			}
		}
		ms = append(ms, m)
		if r := x.actors[m.actor]; r != nil && r.Kind == Person && !m.pronoun && (m.prep == "" || m.poss) && x.sentPerson == "" {
			x.sentPerson = m.actor
		}
		if m.actor != "" && !m.adj && !m.group && !m.pronoun && !placePreps[m.prep] {
			// (not "its plants in China": a place named is no "it" to come)
			if r := x.actors[m.actor]; r != nil && r.Kind != Person {
				x.lastThing = m.actor
			}
		}
		i = m.j
	}
	x.ms = ms
	return ms
}

// inTimex reports whether the token lies inside a time expression (x.tx is
// sorted and its expressions do not overlap).
func (x *extractor) inTimex(t token) bool {
	i := sort.Search(len(x.tx), func(i int) bool { return x.tx[i].End > t.Start })
	return i < len(x.tx) && t.Start >= x.tx[i].Start && t.End <= x.tx[i].End
}

// mentionAt recognises a mention starting at token i.
func (x *extractor) mentionAt(toks []token, i int) (mention, bool) {
	t := toks[i]
	if !t.Word || t.Time {
		return mention{}, false
	}
	switch t.Lower {
	case "he", "she", "him", "his", "her":
		if x.sentPerson != "" {
			return mention{i: i, j: i + 1, actor: x.sentPerson, pronoun: true}, true
		}
		if x.lastSubj != "" {
			return mention{i: i, j: i + 1, actor: x.lastSubj, pronoun: true}, true
		}
		if x.lastPerson != "" {
			return mention{i: i, j: i + 1, actor: x.lastPerson, pronoun: true}, true
		}
		return mention{}, false
	case "it":
		// "it would strike", "it is determined": the last country or organisation, as a subject
		if x.recentThing() && i+1 < len(toks) && (preVerb[toks[i+1].Lower] || thirdPersonVerb(toks[i+1])) {
			return mention{i: i, j: i + 1, actor: x.lastThing, pronoun: true}, true
		}
		return mention{}, false
	case "its":
		if x.recentThing() {
			return mention{i: i, j: i + 1, actor: x.lastThing, pronoun: true}, true
		}
		return mention{}, false
	case "the", "both":
		if m, ok := x.pluralDefinite(toks, i); ok {
			return m, true
		}
		if m, ok := x.definite(toks, i); ok {
			return m, true
		}
		if toks[i].Lower != "the" {
			break
		}
		if m, ok := x.definiteBody(toks, i); ok {
			return m, true
		}
	}
	// titled needs a word that may end a title among the four from i, or
	// a lower-case person noun at i; group a group's head among them
	if t.roleNear || t.Class&wcPersonNoun != 0 && !t.Cap {
		if m, ok := x.titled(toks, i); ok {
			return m, true
		}
	}
	if t.headNear {
		if m, ok := x.group(toks, i); ok {
			return m, true
		}
	}
	if !isNameTok(t) {
		return mention{}, false
	}
	end := nameRun(toks, i)
	// a form the article already gave a person: "Hussein" after "King Hussein"
	if id := x.aliasOwner(surface(x.text, toks, i, end)); id != "" {
		return mention{i: i, j: end, actor: x.addActor(Actor{ID: id}, "", toks[i].Start)}, true
	}
	// knowledge base: the longest match starting here
	longest := min(x.kb.MaxWords(), len(toks)-i)
	if toks[i].Lower != "the" {
		// no longer span than the longest that starts some form: a span
		// ends with a word, so Lookup drops no possessive from it, and
		// the text of each span begins with the text of the one before
		n := 0
		for n < longest && x.kb.Starts(surface(x.text, toks, i, i+n+1)) {
			n++
		}
		longest = n
	}
	for n := longest; n >= 1; n-- {
		if !toks[i+n-1].Word {
			continue
		}
		form := surface(x.text, toks, i, i+n)
		ms := x.lookup(form)
		if len(ms) == 0 {
			continue
		}
		if i+n < end && allPersons(ms) {
			continue // "Ahmed" of "Ahmed Ibrahim": no actor for the shorter name (handled below)
		}
		if m, ok := x.fromMatches(ms, form, toks, i, i+n); ok {
			if m.j < end && m.actor != "" && x.actors[m.actor] != nil && x.actors[m.actor].Kind == Person {
				continue // a longer unknown name: "Saddam" of "Saddam Hussein al-Tikriti" handled below
			}
			return m, true
		}
	}
	return x.unknownName(toks, i, end)
}

// allPersons reports whether every match is a person of the knowledge base.
func allPersons(ms []kb.Match) bool {
	for _, c := range ms {
		if c.Entity.Kind != kb.Person || c.Via == kb.ViaPlace {
			return false
		}
	}
	return true
}

// recentThing reports whether the last country or organisation named is
// named in this sentence or the one before: further back, an "it" more
// likely stands for something the text names without an actor ("The
// Federal Reserve ... when it meets").
func (x *extractor) recentThing() bool {
	r := x.actors[x.lastThing]
	return x.lastThing != "" && r != nil && r.last >= x.prevSent
}

// fromMatches turns knowledge-base matches for toks[i:j] into a mention.
func (x *extractor) fromMatches(ms []kb.Match, form string, toks []token, i, j int) (mention, bool) {
	at := toks[i].Start
	m := mention{i: i, j: j}
	// prefer an entity the document already calls by these words ("Hussein"
	// after "King Hussein", not Saddam Hussein), then one it already has
	best := -1
	for k, c := range ms {
		if r, ok := x.actors[c.Entity.ID]; ok && r.aliases[form] {
			best = k
			break
		}
	}
	for k, c := range ms {
		if _, ok := x.actors[c.Entity.ID]; ok && best < 0 {
			best = k
			break
		}
	}
	if best < 0 {
		best = 0
	}
	c := ms[best]
	e := c.Entity
	switch {
	case c.Via == kb.ViaPlace || e.Kind == kb.Place:
		m.place = e.Name
		if e.Country != "" {
			x.ensureAffiliation(e.Country, at)
		}
		return m, true
	case e.Kind == kb.Country:
		switch c.Via {
		case kb.ViaCapital:
			m.place = form
			if j < len(toks) && !placePreps[prevLower(toks, i)] && isSpeechOrActionAfter(toks, j) {
				m.actor = x.fromKB(e, form, at) // "Washington said"
				m.place = ""
			} else if i > 0 && !toks[i-1].Cap && isTriggerWord(toks[i-1].Lower) {
				m.actor = x.fromKB(e, form, at) // "warned Tehran": the object of a verb, still a place for "visited Tehran"
			} else if p := prevLower(toks, i); p == "with" || p == "between" {
				m.actor = x.fromKB(e, form, at) // "talks with New Delhi", "cut ties with Tehran": a party
				m.place = ""
			}
			return m, true
		case kb.ViaDemonym:
			m.actor = x.fromKB(e, "", at)
			if !strings.HasSuffix(form, "s") || strings.HasSuffix(form, "ss") {
				m.adj = true
			}
			return m, true
		}
		m.actor = x.fromKB(e, form, at)
		m.place = e.Name
		if j < len(toks) && toks[j].Word && !toks[j].Cap && isModifiedNoun(toks[j].Lower) {
			m.adj = true // "U.S. embassies"
		}
		return m, true
	case e.Kind == kb.Person:
		if c.Via == kb.ViaSurname && len(ms) > 1 && best == 0 {
			// ambiguous surname no one in the document has: skip it
			if _, ok := x.actors[e.ID]; !ok {
				return mention{}, false
			}
		}
		m.actor = x.fromKB(e, form, at)
		return m, true
	}
	m.actor = x.fromKB(e, form, at)
	return m, m.actor != ""
}

func prevLower(toks []token, i int) string {
	if i == 0 {
		return ""
	}
	p := toks[i-1].Lower
	switch p {
	case "the", "a", "his", "her", "their", "its":
		if i > 1 {
			return toks[i-2].Lower
		}
	}
	return p
}

// thirdPersonVerb reports whether t looks like a verb after "it": "hopes", "says".
func thirdPersonVerb(t token) bool {
	return t.Word && !t.Cap && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") && len(t.Lower) > 3
}

// datelinePlace reads the place of a dateline at the start of the story:
// "NAIROBI, Kenya (AP) _", "BAGHDAD, Iraq (AP)_ ...", "CAIRO (Reuters) -".
func (x *extractor) datelinePlace(sents []Sentence) string {
	if len(sents) == 0 {
		return ""
	}
	s := sents[0].Text
	end := strings.IndexAny(s, ",(")
	if end <= 0 || end > 40 {
		return ""
	}
	word := strings.TrimSpace(s[:end])
	if word == "" || strings.ToUpper(word) != word || !strings.Contains(s[:min(len(s), end+40)], "(") {
		return ""
	}
	name := titleWords(strings.ToLower(word))
	if p, ok := x.kb.Place(name); ok {
		return p.Name
	}
	return ""
}

func titleWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// isSpeechOrActionAfter reports whether a verb follows toks[j], so that a
// capital there stands for its government ("Washington warned").
func isSpeechOrActionAfter(toks []token, j int) bool {
	for j < len(toks) && (toks[j].Lower == "also" || toks[j].Lower == "later" || toks[j].Lower == "then" || toks[j].Lower == "again" || toks[j].Lower == "meanwhile") {
		j++ // "Washington also banned"
	}
	if j >= len(toks) {
		return false
	}
	w := toks[j].Lower
	if w == "has" || w == "had" || w == "have" || w == "will" || w == "would" || w == "is" || w == "was" {
		return true
	}
	return isTriggerWord(w) && !toks[j].Cap
}

// isTriggerWord reports whether a word can start an event trigger ("warned", "met").
func isTriggerWord(w string) bool {
	_, byFirst, _ := loadLexicon()
	return len(byFirst[w]) > 0
}

// isModifiedNoun: a lower-case word after a country name making it a modifier.
func isModifiedNoun(w string) bool {
	return w != "and" && w != "or" && w != "has" && w != "had" && w != "have" && w != "is" && w != "was" &&
		w != "will" && w != "would" && w != "said" && w != "says" && !prepositions[w] && w != "that" &&
		w != "which" && w != "who" && w != "were" && w != "are" && w != "could" && w != "can" && w != "also" &&
		!strings.HasSuffix(w, "ed") && !pastForms()[w] && !sameFormPast[w] // "Egypt cut ties", "Iran met"
}

// definite resolves "the secretary", "the president", "the Jordanian
// monarch" to the person of that office named earlier.
func (x *extractor) definite(toks []token, i int) (mention, bool) {
	// the role word comes next or after a demonym: most words after
	// "the" start none
	if !(i+1 < len(toks) && toks[i+1].Class&wcRoleWordStart != 0 || i+2 < len(toks) && toks[i+2].Class&wcRoleWordStart != 0) {
		return mention{}, false
	}
	j := i + 1
	aff := ""
	if j < len(toks) && toks[j].Cap {
		for _, m := range x.lookup(toks[j].Text) {
			if m.Via == kb.ViaDemonym {
				aff = m.Entity.ID
				j++
				break
			}
		}
	}
	for ri, rw := range roleWords {
		if !roleWordAt(toks, j, ri) {
			continue
		}
		end := j + len(roleWordFields[ri])
		if end < len(toks) && (toks[end].Lower == "of" || toks[end].Cap && toks[end].Word) {
			return mention{}, false // "the president of Egypt", "the Secretary Albright": left to others
		}
		if id := x.lastWithRole(rw, aff); id != "" {
			return mention{i: i, j: end, actor: id}, true
		}
		if aff == "" && x.dct != "" {
			// "the secretary of state" in 1998: the one holder of an office
			// whose title no other state uses
			if role, _, ok := x.kb.Role(rw); ok && strings.Contains(rw, " ") {
				// only when the article already names the state the office
				// serves: a Vatican story's secretary of state is no American
				if hs := x.kb.Holders(role, "", string(x.dct)); len(hs) == 1 && x.servesNamedState(hs[0], role) {
					return mention{i: i, j: end, actor: x.fromKB(hs[0], "", toks[i].Start)}, true
				}
			}
		}
		if aff != "" {
			if role, _, ok := x.kb.Role(rw); ok {
				if hs := x.kb.Holders(role, aff, string(x.dct)); len(hs) == 1 {
					return mention{i: i, j: end, actor: x.fromKB(hs[0], "", toks[i].Start)}, true
				}
			}
			if rw == "monarch" || rw == "king" {
				for _, role := range []string{"King", "Emir", "Sultan", "Queen"} {
					if hs := x.kb.Holders(role, aff, string(x.dct)); len(hs) == 1 {
						return mention{i: i, j: end, actor: x.fromKB(hs[0], "", toks[i].Start)}, true
					}
				}
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// lastWithRole returns the person of the document most recently named
// whose role contains the role word (and, if given, whose affiliation is aff).
func (x *extractor) lastWithRole(rw, aff string) string {
	return x.latestPerson(func(r *actorRec) bool {
		role := strings.ToLower(r.Role)
		match := strings.Contains(role, rw)
		if rw == "monarch" {
			match = strings.Contains(role, "king") || strings.Contains(role, "queen") || strings.Contains(role, "emir") || strings.Contains(role, "sultan")
		}
		return match && (aff == "" || r.Affiliation == aff)
	})
}

// addAlias records a form the article uses for an actor.
func (x *extractor) addAlias(r *actorRec, form string) {
	if r.aliases[form] {
		return
	}
	r.aliases[form] = true
	if x.byAlias == nil {
		x.byAlias = map[string][]*actorRec{}
	}
	x.byAlias[form] = append(x.byAlias[form], r)
}

// aliasOwner returns the person of the document that the article has
// called by exactly this form, if there is one and only one.
func (x *extractor) aliasOwner(form string) string {
	found := ""
	for _, r := range x.byAlias[form] {
		if r.Kind == Person {
			if found != "" {
				return ""
			}
			found = r.ID
		}
	}
	return found
}

// latestPerson returns the id of the person of the document for whom ok
// holds that was named last (see latestOf).
func (x *extractor) latestPerson(ok func(*actorRec) bool) string {
	return x.latestOf(maps.Values(x.actors), ok)
}

// servesNamedState reports whether e holds role, at the article's date, for
// a state or organisation the article has already named as an actor.
func (x *extractor) servesNamedState(e *kb.Entity, role string) bool {
	for _, t := range e.Terms {
		if t.Role == role && t.Affiliation != "" && x.actors[t.Affiliation] != nil {
			return true
		}
	}
	return false
}
