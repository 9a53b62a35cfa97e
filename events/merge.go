package events

import (
	"cmp"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/events/kb"
)

// Source is one article's report of an event: the article's document id and
// the sentences of that article that report it.
type Source struct {
	Document string   `json:"document"`
	Evidence []string `json:"evidence"`
}

// Merge joins the documents of several articles into one, as a Merger does
// with the built-in knowledge base. A single document is returned as it is.
func Merge(docs ...Document) Document {
	if len(docs) == 1 {
		return docs[0]
	}
	m := NewMerger(nil)
	for _, d := range docs {
		m.Add(d)
	}
	return m.Document()
}

// Merger joins the documents of many articles into one, a document at a
// time, keeping only what the merged document needs: its memory grows with
// the number of actors and events, not with the text of the articles.
//
// Actors are one across articles when they are the same knowledge-base
// entity (same id), or else when they have the same id (a slug of the
// name) and the same kind; an actor whose id is taken by another actor of
// another kind gets the kind appended to its id ("georgia-person"). Aliases
// are united; the first role and affiliation are kept.
//
// Events that several articles report — the same type, the same actors
// (initiator first, except for meetings, calls and agreements, whose
// actors are a set), the same date and the same place — become one event,
// with the evidence of every article and one entry in Sources for each.
// Undated events are never merged across articles. Event ids get the id of
// the first reporting document in front ("monday/e1"). Events are ordered
// by date, then by the order in which their first report was added and its
// position in the text; relations are derived anew.
//
// The zero Merger is not usable; make one with NewMerger.
type Merger struct {
	kb     *kb.KB
	n      int
	first  Document // the only document, while n == 1
	meta   Meta
	ids    []string // the document ids, in order
	actors []Actor
	byKey  map[string]int // actor key -> index in actors
	kindOf map[string]Kind
	events []*merged
	byEv   map[string]*merged
	intern map[string]string
}

// merged is an event of the merged document with what orders it.
type merged struct {
	Event
	doc  int   // the index of the first document that reports it
	last int   // the index of the last document that reports it
	mid  int64 // the middle of its date in Unix seconds; 0 if undated
}

// NewMerger returns a Merger that recognises actors of the knowledge base
// k; nil means kb.Default().
func NewMerger(k *kb.KB) *Merger {
	if k == nil {
		k = kb.Default()
	}
	return &Merger{kb: k, byKey: map[string]int{}, kindOf: map[string]Kind{},
		byEv: map[string]*merged{}, intern: map[string]string{}}
}

// Len returns the number of documents added.
func (m *Merger) Len() int { return m.n }

// Add adds the document of one article. The Merger keeps copies of the
// strings it needs, so that d and the text it came from can be freed.
func (m *Merger) Add(d Document) {
	m.n++
	if m.n == 1 {
		m.first = d
		return
	}
	if m.n == 2 {
		f := m.first
		m.first = Document{}
		m.add(f)
	}
	m.add(d)
}

// str returns a copy of s that shares its memory with equal strings that
// the Merger keeps already.
func (m *Merger) str(s string) string {
	if s == "" {
		return ""
	}
	if t, ok := m.intern[s]; ok {
		return t
	}
	s = strings.Clone(s)
	m.intern[s] = s
	return s
}

func (m *Merger) strs(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = m.str(s)
	}
	return out
}

// known reports whether id is an actor of the knowledge base.
func (m *Merger) known(id string) bool {
	e := m.kb.ByID(id)
	return e != nil && e.Kind != kb.Place
}

func (m *Merger) add(d Document) {
	di := len(m.ids)
	docID := m.str(d.Document.ID)
	m.ids = append(m.ids, docID)
	if d.Document.Published > m.meta.Published {
		m.meta.Published = Date(m.str(string(d.Document.Published)))
	}
	// rename maps the document's actor ids to the merged ones where they differ.
	var rename map[string]string
	for _, a := range d.Actors {
		if k, ok := m.kindOf[a.ID]; ok && k != a.Kind && !m.known(a.ID) {
			if rename == nil {
				rename = map[string]string{}
			}
			rename[a.ID] = a.ID + "-" + string(a.Kind)
		}
	}
	for _, a := range d.Actors {
		key := a.ID
		if !m.known(a.ID) {
			key = a.ID + "/" + string(a.Kind)
		}
		if r, ok := rename[a.ID]; ok {
			a.ID = r
		}
		if r, ok := rename[a.Affiliation]; ok {
			a.Affiliation = r
		}
		if i, ok := m.byKey[key]; ok {
			m.unite(&m.actors[i], a)
			continue
		}
		m.byKey[key] = len(m.actors)
		if _, ok := m.kindOf[a.ID]; !ok {
			m.kindOf[a.ID] = a.Kind
		}
		m.actors = append(m.actors, Actor{ID: m.str(a.ID), Name: m.str(a.Name), Aliases: m.strs(a.Aliases),
			Kind: a.Kind, Role: m.str(a.Role), Affiliation: m.str(a.Affiliation)})
	}
	for _, e := range d.Events {
		actors := make([]string, len(e.Actors))
		for i, a := range e.Actors {
			if r, ok := rename[a]; ok {
				a = r
			}
			actors[i] = m.str(a)
		}
		key := ""
		if e.Date != "" {
			key = eventKey(e.Type, actors, e.Date, e.Place)
			if x := m.byEv[key]; x != nil && x.last != di {
				x.last = di
				ev := m.strs(e.Evidence)
				x.Sources = append(x.Sources, Source{Document: docID, Evidence: ev})
				for _, s := range ev {
					if !slices.Contains(x.Evidence, s) {
						x.Evidence = append(x.Evidence, s)
					}
				}
				x.Confidence = max(x.Confidence, e.Confidence)
				continue
			}
		}
		ev := m.strs(e.Evidence)
		x := &merged{Event: Event{ID: docID + "/" + e.ID, Type: e.Type, Date: Date(m.str(string(e.Date))),
			DateText: m.str(e.DateText), Status: e.Status, Actors: actors, Place: m.str(e.Place),
			Evidence: ev, Confidence: e.Confidence, Offset: e.Offset,
			Sources: []Source{{Document: docID, Evidence: ev}}}, doc: di, last: di}
		if t, ok := e.Date.Mid(); ok {
			x.mid = t.Unix()
		}
		if key != "" {
			if _, ok := m.byEv[key]; !ok {
				m.byEv[key] = x
			}
		}
		m.events = append(m.events, x)
	}
}

// unite adds what actor a of another article says to the merged actor t.
func (m *Merger) unite(t *Actor, a Actor) {
	add := func(s string) {
		if s != t.Name && !slices.Contains(t.Aliases, s) {
			t.Aliases = append(t.Aliases, m.str(s))
		}
	}
	n := len(t.Aliases)
	if a.Name != t.Name {
		add(a.Name)
	}
	for _, s := range a.Aliases {
		add(s)
	}
	if len(t.Aliases) > n {
		slices.Sort(t.Aliases)
	}
	if t.Role == "" {
		t.Role = m.str(a.Role)
	}
	if t.Affiliation == "" {
		t.Affiliation = m.str(a.Affiliation)
	}
}

// symmetric are the event types whose actors act together, so that their
// order does not tell one event from another.
var symmetric = map[Type]bool{Meeting: true, Call: true, Agreement: true}

// eventKey returns what two reports of one event share.
func eventKey(t Type, actors []string, d Date, place string) string {
	as := slices.Clone(actors)
	if symmetric[t] {
		slices.Sort(as)
	} else if len(as) > 1 {
		slices.Sort(as[1:])
	}
	return string(t) + "\x00" + string(d) + "\x00" + Slug(place) + "\x00" + strings.Join(as, "\x00")
}

// MergedID is the document id of a document merged from several.
const MergedID = "merged"

// Document returns the merged document. With one document added it is
// that document as it was; with none, an empty document.
func (m *Merger) Document() Document {
	switch m.n {
	case 0:
		return Document{Actors: []Actor{}, Events: []Event{}, Relations: []Relation{}}
	case 1:
		return m.first
	}
	out := Document{Document: Meta{ID: MergedID, Title: itoa(m.n) + " articles",
		Published: m.meta.Published, Source: strings.Join(m.ids, ", ")}}
	out.Actors = slices.Clone(m.actors)
	evs := slices.Clone(m.events)
	slices.SortStableFunc(evs, func(a, b *merged) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date != "" {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(a.mid, b.mid), cmp.Compare(a.Date, b.Date),
			cmp.Compare(a.doc, b.doc), cmp.Compare(a.Offset, b.Offset))
	})
	seen := make(map[string]bool, len(evs))
	out.Events = make([]Event, 0, len(evs))
	for _, x := range evs {
		e := x.Event
		id := e.ID
		for n := 2; seen[id]; n++ {
			id = e.ID + "-" + itoa(n)
		}
		seen[id] = true
		e.ID = id
		out.Events = append(out.Events, e)
	}
	out.Relations = Relations(out.Actors, out.Events)
	return out
}
