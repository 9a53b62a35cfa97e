package render

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

// This file holds what the exports (CSV, GraphML, GEXF, Mermaid,
// TimelineJS, HTML) share.

// actorIndex maps the actor ids of doc to their actors.
func actorIndex(doc events.Document) map[string]events.Actor {
	m := make(map[string]events.Actor, len(doc.Actors))
	for _, a := range doc.Actors {
		m[a.ID] = a
	}
	return m
}

// actorFullName returns the full name of the actor with the given id, or the id.
func actorFullName(actors map[string]events.Actor, id string) string {
	if a, ok := actors[id]; ok && a.Name != "" {
		return a.Name
	}
	return id
}

// headline is the one-line label of an event that every export shows:
// the timeline's label ("Blinken meets el-Sissi, Cairo").
func headline(e events.Event, actors map[string]events.Actor) string {
	return eventLabel(e, actors)
}

// docTitle returns title, else the document's title, else its id.
func docTitle(title string, doc events.Document) string {
	for _, s := range []string{title, doc.Document.Title, doc.Document.ID} {
		if s = clean(s); s != "" {
			return s
		}
	}
	return "Events"
}

// validText makes s valid UTF-8 that XML 1.0 can hold: invalid bytes and
// control characters other than tab and line feed become U+FFFD or a
// space, and \r\n and \r become \n.
func validText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return r
		case r == '\r' || r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return ' '
		case r == '\uFFFE' || r == '\uFFFF':
			return '\uFFFD'
		}
		return r
	}, s)
}

// daySpan returns the first and the last day a date covers, as
// YYYY-MM-DD; ok is false for an empty or malformed date.
func daySpan(d events.Date) (first, last string, ok bool) {
	s, e, ok := d.Span()
	if !ok {
		return "", "", false
	}
	return s.Format("2006-01-02"), e.AddDate(0, 0, -1).Format("2006-01-02"), true
}

// edgeIDs gives every edge of edges (sorted as graph.Edges sorts them) an
// id made of its content: the event (or the relation type of a knowledge
// edge), source and target, with "#2", "#3" appended to repeats.
func edgeIDs(edges []graph.Edge) []string {
	ids := make([]string, len(edges))
	used := map[string]bool{}
	for i, e := range edges {
		base := e.Event
		if base == "" {
			base = e.Type
		}
		base += ":" + e.Source + "->" + e.Target
		id := base
		for n := 2; used[id]; n++ {
			id = base + "#" + strconv.Itoa(n)
		}
		used[id] = true
		ids[i] = id
	}
	return ids
}
