package events

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Filter selects the events of a document that a picture or an export
// shows. The zero Filter keeps everything.
type Filter struct {
	// From and To bound the dates kept, both inclusive and at any
	// precision: From "2024-03" keeps events from 1 March 2024 on. An
	// event is kept when its date overlaps the range; with either bound
	// set, undated events are left out.
	From, To Date
	// Types keeps only events of these types; empty keeps all.
	Types []Type
	// Actors keeps only events in which one of these actors takes part,
	// each given by id, name or alias (case and spacing ignored); empty
	// keeps all.
	Actors []string
}

// IsZero reports whether f keeps everything.
func (f Filter) IsZero() bool {
	return f.From == "" && f.To == "" && len(f.Types) == 0 && len(f.Actors) == 0
}

// FindActor returns the actor of d whose id, name or one of whose
// aliases is name, case and spacing ignored; ids win over names, names
// over aliases, and among equals the first actor of d.
func (d Document) FindActor(name string) (Actor, bool) {
	as := d.findActors(name)
	if len(as) == 0 {
		return Actor{}, false
	}
	return as[0], true
}

// LookupActor is FindActor for names a user typed: the error says when no
// actor has the name, or when several have it at the same rank ("Hussein"
// as an alias of Saddam Hussein and of Hussein bin Talal) and names them.
func (d Document) LookupActor(name string) (Actor, error) {
	as := d.findActors(name)
	switch len(as) {
	case 0:
		return Actor{}, fmt.Errorf("no actor %q in the document", name)
	case 1:
		return as[0], nil
	}
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name + " (" + a.ID + ")"
	}
	return Actor{}, fmt.Errorf("actor %q is ambiguous: %s; give the id", name, strings.Join(names, ", "))
}

// findActors returns the actors that match name at the best rank: id,
// then name, then alias.
func (d Document) findActors(name string) []Actor {
	key := normName(name)
	if key == "" {
		return nil
	}
	for _, pass := range []func(Actor) bool{
		func(a Actor) bool { return normName(a.ID) == key },
		func(a Actor) bool { return normName(a.Name) == key },
		func(a Actor) bool {
			return slices.ContainsFunc(a.Aliases, func(s string) bool { return normName(s) == key })
		},
	} {
		var as []Actor
		for _, a := range d.Actors {
			if pass(a) {
				as = append(as, a)
			}
		}
		if len(as) > 0 {
			return as
		}
	}
	return nil
}

func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// Filter returns the part of d that f selects: the events it keeps, in
// their order; the relations of those events; knowledge relations
// (membership, leadership) of the actors kept; and the actors that take
// part in a kept event or relation, in their order. The error names a
// bad bound, an unknown type or an actor that d does not have.
func (d Document) Filter(f Filter) (Document, error) {
	if f.IsZero() {
		return d, nil
	}
	var from, to time.Time
	if f.From != "" {
		s, _, ok := f.From.Span()
		if !ok {
			return Document{}, fmt.Errorf("filter: from %q is not a date", f.From)
		}
		from = s
	}
	if f.To != "" {
		_, e, ok := f.To.Span()
		if !ok {
			return Document{}, fmt.Errorf("filter: to %q is not a date", f.To)
		}
		to = e
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		return Document{}, fmt.Errorf("filter: from %s is after to %s", f.From, f.To)
	}
	for _, t := range f.Types {
		if !t.Valid() {
			return Document{}, fmt.Errorf("filter: unknown event type %q", t)
		}
	}
	who := map[string]bool{}
	for _, name := range f.Actors {
		a, err := d.LookupActor(name)
		if err != nil {
			return Document{}, fmt.Errorf("filter: %w", err)
		}
		who[a.ID] = true
	}
	keep := func(e Event) bool {
		if len(f.Types) > 0 && !slices.Contains(f.Types, e.Type) {
			return false
		}
		if len(who) > 0 && !slices.ContainsFunc(e.Actors, func(id string) bool { return who[id] }) {
			return false
		}
		if from.IsZero() && to.IsZero() {
			return true
		}
		s, end, ok := e.Date.Span()
		if !ok {
			return false
		}
		return (from.IsZero() || end.After(from)) && (to.IsZero() || s.Before(to))
	}
	out := Document{Document: d.Document, Actors: []Actor{}, Events: []Event{}, Relations: []Relation{}}
	kept := map[string]bool{}   // event ids
	actors := map[string]bool{} // actor ids
	for _, e := range d.Events {
		if keep(e) {
			out.Events = append(out.Events, e)
			kept[e.ID] = true
			for _, id := range e.Actors {
				actors[id] = true
			}
		}
	}
	for _, r := range d.Relations {
		if r.Event != "" && kept[r.Event] {
			actors[r.Source], actors[r.Target] = true, true
		}
	}
	// Relations in the order of d: those of the events kept, and the
	// knowledge relations of their actors (el-Sissi leads Egypt), whose
	// targets join the actors.
	var also []string
	for _, r := range d.Relations {
		switch {
		case r.Event != "" && kept[r.Event]:
		case r.Event == "" && actors[r.Source]:
			also = append(also, r.Target)
		default:
			continue
		}
		out.Relations = append(out.Relations, r)
	}
	for _, id := range also {
		actors[id] = true
	}
	for _, a := range d.Actors {
		if actors[a.ID] {
			out.Actors = append(out.Actors, a)
		}
	}
	return out, nil
}
