package score

import (
	"fmt"
)

// Gold is one parsed gold file, NAME.gold.json of EVENT-MODEL.md section 6:
// the actors and events that an extractor should find in NAME.txt.
type Gold struct {
	index    map[string]string // normalised name or alias -> gold name; the first actor wins
	required []string          // names of the actors that are not optional, repeats kept
	events   []goldEvent
}

type goldEvent struct {
	typ            string
	phrases        []string // normalised evidence phrases
	firstEvidence  *node    // as_list(evidence)[0], shown for a missed event
	date, status   *node    // as written; a date may be a list of values
	actors         []string // required actors, as written
	optionalActors []string
	hasPlace       bool            // place is not null
	places         map[string]bool // normalised acceptable places
	placeNone      bool            // no place is acceptable too
	optional       bool
}

// ParseGold parses the gold file data; name (the file's name) starts every
// error, with the line and column of the value at fault.
//
// A gold file is an object with a list "actors" of {name, aliases,
// optional} and a list "events" of {type, date, status, actors,
// optional_actors, place, evidence, optional}; date, status and optional
// may be any JSON value, place a name or a list of names and nulls, evidence
// a phrase or a list of phrases. A required event needs an evidence phrase.
func ParseGold(name string, data []byte) (*Gold, error) {
	return parseFile(name, data, parseGold)
}

// parseFile decodes data and parses the value with parse; errors start
// with name:line:col.
func parseFile[T any](name string, data []byte, parse func(*node) (*T, error)) (*T, error) {
	root, err := decode(data)
	if err == nil {
		var v *T
		if v, err = parse(root); err == nil {
			return v, nil
		}
	}
	return nil, at(name, data, err)
}

// schemaError is a value of the wrong shape at a path like events[2].actors.
func schemaError(n *node, path, want string) error {
	return &posError{off: n.off, msg: fmt.Sprintf("%s: want %s, not %s", path, want, n.kindName())}
}

func parseGold(root *node) (*Gold, error) {
	if root.kind != kObject {
		return nil, schemaError(root, "gold file", "an object")
	}
	g := &Gold{index: map[string]string{}}
	actors, err := objectList(root, "actors", false)
	if err != nil {
		return nil, err
	}
	for i, a := range actors {
		path := fmt.Sprintf("actors[%d]", i)
		name := a.get("name")
		if name == nil {
			return nil, &posError{off: a.off, msg: path + ": no name"}
		}
		if name.kind != kString {
			return nil, schemaError(name, path+".name", "a string")
		}
		aliases, err := stringList(a, "aliases", path)
		if err != nil {
			return nil, err
		}
		for _, form := range append([]string{name.s}, aliases...) {
			k := NormName(form)
			if _, ok := g.index[k]; !ok {
				g.index[k] = name.s
			}
		}
		if !a.get("optional").truthy() {
			g.required = append(g.required, name.s)
		}
	}
	// score.py normalises "places" without using them: check their shape only
	if _, err := nullableStrings(root.get("places"), "places", true); err != nil {
		return nil, err
	}
	evs, err := objectList(root, "events", false)
	if err != nil {
		return nil, err
	}
	for i, e := range evs {
		ge, err := parseGoldEvent(e, fmt.Sprintf("events[%d]", i))
		if err != nil {
			return nil, err
		}
		g.events = append(g.events, ge)
	}
	return g, nil
}

func parseGoldEvent(e *node, path string) (goldEvent, error) {
	ge := goldEvent{
		date:     e.get("date"),
		status:   e.get("status"),
		optional: e.get("optional").truthy(),
	}
	t := e.get("type")
	if t == nil || t.kind != kString {
		if t == nil {
			return ge, &posError{off: e.off, msg: path + ": no type"}
		}
		return ge, schemaError(t, path+".type", "a string")
	}
	ge.typ = t.s
	ev := e.get("evidence")
	if ev != nil {
		phrases, err := nullableStrings(ev, path+".evidence", false)
		if err != nil {
			return ge, err
		}
		for _, p := range phrases {
			ge.phrases = append(ge.phrases, NormText(p))
		}
		if ev.kind == kArray && len(ev.elems) == 0 && !ge.optional {
			return ge, &posError{off: ev.off, msg: path + ".evidence: a required event needs an evidence phrase"}
		}
	}
	ge.firstEvidence = ev.asList()[0]
	var err error
	if ge.actors, err = stringList(e, "actors", path); err != nil {
		return ge, err
	}
	if ge.optionalActors, err = stringList(e, "optional_actors", path); err != nil {
		return ge, err
	}
	if p := e.get("place"); !p.none() {
		names, err := nullableStrings(p, path+".place", false)
		if err != nil {
			return ge, err
		}
		ge.hasPlace, ge.places = true, map[string]bool{}
		for _, x := range names {
			if x == "" {
				ge.placeNone = true // score.py: None for a falsy place
			} else {
				ge.places[NormName(x)] = true
			}
		}
	}
	return ge, nil
}

// objectList returns the objects of the list at key, none when it is
// missing or, with lenient (score.py's "or []"), false-like.
func objectList(n *node, key string, lenient bool) ([]*node, error) {
	l := n.get(key)
	if l == nil || lenient && !l.truthy() {
		return nil, nil
	}
	if l.kind != kArray {
		return nil, schemaError(l, key, "a list of objects")
	}
	for i, e := range l.elems {
		if e.kind != kObject {
			return nil, schemaError(e, fmt.Sprintf("%s[%d]", key, i), "an object")
		}
	}
	return l.elems, nil
}

// stringList returns the strings of the list at key, none when it is missing.
func stringList(n *node, key, path string) ([]string, error) {
	l := n.get(key)
	if l == nil {
		return nil, nil
	}
	path += "." + key
	if l.kind != kArray {
		return nil, schemaError(l, path, "a list of strings")
	}
	var out []string
	for i, e := range l.elems {
		if e.kind != kString {
			return nil, schemaError(e, fmt.Sprintf("%s[%d]", path, i), "a string")
		}
		out = append(out, e.s)
	}
	return out, nil
}

// nullableStrings returns a string, or the strings of a list, with null as
// "". With listOnly, a single string is refused.
func nullableStrings(n *node, path string, listOnly bool) ([]string, error) {
	if n == nil {
		return nil, nil
	}
	want := "a string or a list of strings"
	if listOnly {
		want = "a list of strings"
	}
	if listOnly && n.kind != kArray {
		return nil, schemaError(n, path, want)
	}
	var out []string
	for i, e := range n.asList() {
		switch {
		case e.none():
			out = append(out, "")
		case e.kind == kString:
			out = append(out, e.s)
		case n.kind == kArray:
			return nil, schemaError(e, fmt.Sprintf("%s[%d]", path, i), "a string or null")
		default:
			return nil, schemaError(e, path, want)
		}
	}
	return out, nil
}
