package score

import (
	"fmt"
	"strings"
)

// Prediction is one parsed extractor document, the JSON that
// `eventgraph extract NAME.txt` prints (EVENT-MODEL.md section 5). Only
// the actors' id, name and aliases and the events' type, date, status,
// actors, place and evidence count.
type Prediction struct {
	forms  map[string][]string // actor id key -> its name and aliases
	events []predEvent
}

type predEvent struct {
	typ, date, status *node
	place             string // "" when the event has none
	evidence          string // the evidence sentences joined by spaces
	text              string // NormText(evidence)
	actors            []predActor
}

// predActor is an actor id of an event with the forms it is known by.
type predActor struct {
	key   string
	forms []string // the forms of the actor list's entry, or the id itself
}

// ParsePrediction parses an extractor document; name (the file's name)
// starts every error. A prediction that score.py could not score (not an
// object, actors that are not objects, evidence that is not text) is an
// error too.
//
// Like score.py, it takes a missing or false-like "actors" or "events" as
// empty, an event's "sentence" when it has no "evidence", and an actor's
// name when it has no id.
func ParsePrediction(name string, data []byte) (*Prediction, error) {
	return parseFile(name, data, parsePrediction)
}

func parsePrediction(root *node) (*Prediction, error) {
	if root.kind != kObject {
		return nil, schemaError(root, "prediction", "an object")
	}
	p := &Prediction{forms: map[string][]string{}}
	actors, err := objectList(root, "actors", true)
	if err != nil {
		return nil, err
	}
	for i, a := range actors {
		path := fmt.Sprintf("actors[%d]", i)
		name := a.get("name")
		all := []*node{name}
		if al := a.get("aliases"); al.truthy() {
			items, ok := al.pyIter()
			if !ok {
				return nil, schemaError(al, path+".aliases", "a list of strings")
			}
			all = append(all, items...)
		}
		var forms []string
		for _, f := range all {
			s, err := form(f, path)
			if err != nil {
				return nil, err
			}
			if s != "" {
				forms = append(forms, s)
			}
		}
		id := name
		if v, ok := a.vals["id"]; ok {
			id = v
		}
		key, err := id.hashKey()
		if err != nil {
			return nil, &posError{off: id.off, msg: path + ".id: " + err.Error()}
		}
		p.forms[key] = forms
	}
	evs, err := objectList(root, "events", true)
	if err != nil {
		return nil, err
	}
	for i, e := range evs {
		pe, err := p.parseEvent(e, fmt.Sprintf("events[%d]", i))
		if err != nil {
			return nil, err
		}
		p.events = append(p.events, pe)
	}
	return p, nil
}

func (p *Prediction) parseEvent(e *node, path string) (predEvent, error) {
	pe := predEvent{typ: e.get("type"), date: e.get("date"), status: e.get("status")}
	if pl := e.get("place"); pl.truthy() {
		if pl.kind != kString {
			return pe, schemaError(pl, path+".place", "a string")
		}
		pe.place = pl.s
	}
	ev := e.get("evidence")
	if ev.none() {
		ev = e.get("sentence")
	}
	if ev.truthy() {
		var parts []string
		for j, s := range ev.asList() {
			if s.kind != kString {
				return pe, schemaError(s, fmt.Sprintf("%s.evidence[%d]", path, j), "a string")
			}
			parts = append(parts, s.s)
		}
		pe.evidence = strings.Join(parts, " ")
	}
	pe.text = NormText(pe.evidence)
	if as := e.get("actors"); as.truthy() {
		items, ok := as.pyIter()
		if !ok {
			return pe, schemaError(as, path+".actors", "a list of actor ids")
		}
		for j, a := range items {
			key, err := a.hashKey()
			if err != nil {
				return pe, &posError{off: a.off, msg: fmt.Sprintf("%s.actors[%d]: %v", path, j, err)}
			}
			forms, ok := p.forms[key]
			if !ok { // score.py resolves an unknown id as a name
				s, err := form(a, fmt.Sprintf("%s.actors[%d]", path, j))
				if err != nil {
					return pe, err
				}
				forms = []string{s}
			}
			pe.actors = append(pe.actors, predActor{key: key, forms: forms})
		}
	}
	return pe, nil
}

// form is a name as score.py normalises it: a string, or "" for a
// false-like value.
func form(n *node, path string) (string, error) {
	if !n.truthy() {
		return "", nil
	}
	if n.kind != kString {
		return "", schemaError(n, path, "a name")
	}
	return n.s, nil
}
