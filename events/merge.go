package events

import (
	"sort"
	"strings"
)

// Merge joins the documents of several articles into one: actors with the
// same id become one (aliases united, the first role and affiliation kept),
// events keep their ids, prefixed with their document id when more than one
// document is merged, and relations are derived anew. Events are ordered by
// date, then by document and position. A single document is returned as it is.
func Merge(docs ...Document) Document {
	if len(docs) == 1 {
		return docs[0]
	}
	out := Document{Document: Meta{ID: "merged", Title: itoa(len(docs)) + " articles"}}
	idx := map[string]int{}
	for _, d := range docs {
		if d.Document.Published > out.Document.Published {
			out.Document.Published = d.Document.Published
		}
		for _, a := range d.Actors {
			if k, ok := idx[a.ID]; ok {
				m := &out.Actors[k]
				al := map[string]bool{}
				for _, s := range append(append([]string{}, m.Aliases...), a.Aliases...) {
					al[s] = true
				}
				if a.Name != m.Name {
					al[a.Name] = true
				}
				delete(al, m.Name)
				m.Aliases = m.Aliases[:0]
				for s := range al {
					m.Aliases = append(m.Aliases, s)
				}
				sort.Strings(m.Aliases)
				if m.Role == "" {
					m.Role = a.Role
				}
				if m.Affiliation == "" {
					m.Affiliation = a.Affiliation
				}
				continue
			}
			idx[a.ID] = len(out.Actors)
			a.Aliases = append([]string{}, a.Aliases...)
			out.Actors = append(out.Actors, a)
		}
	}
	type ev struct {
		e   Event
		doc int
	}
	var evs []ev
	for di, d := range docs {
		for _, e := range d.Events {
			e.ID = d.Document.ID + "/" + e.ID
			evs = append(evs, ev{e, di})
		}
	}
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i].e, evs[j].e
		if c := compareDates(a.Date, b.Date); c != 0 {
			return c < 0
		}
		if evs[i].doc != evs[j].doc {
			return evs[i].doc < evs[j].doc
		}
		return a.Offset < b.Offset
	})
	seen := map[string]bool{}
	for _, x := range evs {
		id := x.e.ID
		for n := 2; seen[id]; n++ {
			id = x.e.ID + "-" + itoa(n)
		}
		seen[id] = true
		x.e.ID = id
		out.Events = append(out.Events, x.e)
	}
	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Document.ID)
	}
	out.Document.Source = strings.Join(sources, ", ")
	out.Relations = Relations(out.Actors, out.Events)
	return out
}
