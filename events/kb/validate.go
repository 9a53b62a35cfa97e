package kb

import (
	"fmt"
	"sort"
	"strings"
)

// Validate checks k as a whole and returns every problem found, one
// "file:line: problem" line each: actor ids (countries, organizations, media,
// groups, people) unique across kinds; every country and affiliation an
// existing id; every term's role a role of roles.tsv; no two people holding
// one office (role and affiliation, except roles of class other) at the same
// time; no name, alias, demonym or capital standing for two entities of one
// kind (for people: at the same time; surnames may be shared); no role title
// standing for two roles.
func (k *KB) Validate() error {
	var errs []string
	add := func(pos, format string, args ...any) {
		errs = append(errs, pos+": "+fmt.Sprintf(format, args...))
	}
	// Unique actor ids.
	for _, id := range sortedKeys(k.byID) {
		var actors []*Entity
		for _, e := range k.byID[id] {
			if e.Kind != Place {
				actors = append(actors, e)
			}
		}
		for _, e := range actors[min(1, len(actors)):] {
			add(e.pos, "%s id %q is also the id of a %s (%s)", e.Kind, id, actors[0].Kind, actors[0].pos)
		}
	}
	// References.
	isActor := func(id string) bool {
		for _, e := range k.byID[id] {
			if e.Kind != Place && e.Kind != Person {
				return true
			}
		}
		return false
	}
	isCountry := func(id string) bool {
		es := k.byID[id]
		return len(es) > 0 && es[0].Kind == Country
	}
	for _, e := range k.sorted {
		switch e.Kind {
		case Organization, Media, Group, Place:
			if e.Country != "" && !isCountry(e.Country) {
				add(e.pos, "%s %q: unknown country %q", e.Kind, e.ID, e.Country)
			}
		case Person:
			for i, t := range e.Terms {
				if t.Affiliation != "" && !isActor(t.Affiliation) {
					add(e.termPos[i], "person %q: unknown affiliation %q", e.ID, t.Affiliation)
				}
				if t.Role != "" && k.roles[t.Role] == nil {
					if r, _, ok := k.Role(t.Role); ok {
						add(e.termPos[i], "person %q: role %q is not canonical; want %q", e.ID, t.Role, r)
					} else {
						add(e.termPos[i], "person %q: unknown role %q", e.ID, t.Role)
					}
				}
			}
		}
	}
	// Overlapping holders of one office.
	type tenure struct {
		e   *Entity
		t   Term
		pos string
		sp  span
	}
	offices := map[string][]tenure{}
	for _, e := range k.sorted {
		if e.Kind != Person {
			continue
		}
		for i, t := range e.Terms {
			r := k.roles[t.Role]
			if r == nil || r.class == "other" {
				continue
			}
			key := t.Role + "\x00" + t.Affiliation
			offices[key] = append(offices[key], tenure{e, t, e.termPos[i], termSpan(t)})
		}
	}
	for _, key := range sortedKeys(offices) {
		ts := offices[key]
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].sp.start < ts[j].sp.start })
		for i := 1; i < len(ts); i++ {
			for j := 0; j < i; j++ {
				if ts[j].sp.overlaps(ts[i].sp) {
					add(ts[i].pos, "%s of %s: %s (from %s) overlaps %s (%s to %s, %s)",
						ts[i].t.Role, ts[i].t.Affiliation, ts[i].e.ID, orOpen(ts[i].t.Start),
						ts[j].e.ID, orOpen(ts[j].t.Start), orOpen(ts[j].t.End), ts[j].pos)
				}
			}
		}
	}
	// Names standing for two entities of one kind.
	for _, f := range sortedKeys(k.exact) {
		byKind := map[Kind][]*Entity{}
		seen := map[*Entity]bool{}
		for _, h := range k.exact[f] {
			if h.via == ViaSurname || seen[h.e] {
				continue
			}
			seen[h.e] = true
			byKind[h.e.Kind] = append(byKind[h.e.Kind], h.e)
		}
		for _, kind := range []Kind{Country, Organization, Group, Media, Person, Place} {
			es := byKind[kind]
			for i := 1; i < len(es); i++ {
				for j := 0; j < i; j++ {
					if kind == Person && !sameTime(es[i], es[j]) {
						continue
					}
					a, b := es[i], es[j]
					if lessPos(b.pos+": ", a.pos+": ") {
						a, b = b, a
					}
					add(b.pos, "%q names both %s %q and %q (%s)", f, kind, b.ID, a.ID, a.pos)
				}
			}
		}
	}
	// Role titles standing for two roles.
	titles := map[string][]*roleInfo{}
	for _, name := range k.Roles() {
		r := k.roles[name]
		seen := map[string]bool{}
		for _, t := range append([]string{name}, r.aliases...) {
			t = strings.ToLower(t)
			if !seen[t] {
				seen[t] = true
				titles[t] = append(titles[t], r)
			}
		}
	}
	for _, t := range sortedKeys(titles) {
		rs := titles[t]
		sort.SliceStable(rs, func(i, j int) bool { return lessPos(rs[i].pos+": ", rs[j].pos+": ") })
		for _, r := range rs[min(1, len(rs)):] {
			add(r.pos, "title %q names both role %q and %q (%s)", t, r.name, rs[0].name, rs[0].pos)
		}
	}
	if len(errs) > 0 {
		return joinErrors(errs)
	}
	return nil
}

// sameTime reports whether two people have terms at the same time; a person
// with no terms is of every time.
func sameTime(a, b *Entity) bool {
	if len(a.Terms) == 0 || len(b.Terms) == 0 {
		return true
	}
	for _, s := range a.Terms {
		for _, t := range b.Terms {
			if termSpan(s).overlaps(termSpan(t)) {
				return true
			}
		}
	}
	return false
}

func orOpen(d string) string {
	if d == "" {
		return "open"
	}
	return d
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}
