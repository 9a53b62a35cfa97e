package events

// Cataphora: a lead paragraph often names a person by description and the
// next sentence by name ("An American leader of a U.N. inspection team
// resumed work in Iraq Friday. Scott Ritter led his team ..."; "A Pentagon
// spokesman said Thursday ... said spokesman Kenneth Bacon").

// indefinitePerson reports whether the subject of the trigger at toks[start]
// is an indefinite description of a person: "a"/"an" opening the clause,
// then up to ten words with a person noun among them.
func indefinitePerson(toks []token, lo, start int) bool {
	person := false
	for k := start - 1; k >= lo && k >= start-11; k-- {
		t := toks[k]
		if !t.Word {
			return false
		}
		if personNouns[t.Lower] && !t.Cap {
			person = true
		}
		if t.Lower != "a" && t.Lower != "an" {
			continue
		}
		if k == lo || !toks[k-1].Word {
			return person
		}
	}
	return false
}

// resolveCataphora gives the events whose initiator was described, not
// named, the first person the next sentence names for the first time.
func (x *extractor) resolveCataphora(from, to int) {
	if len(x.cataphors) == 0 {
		return
	}
	var best *actorRec
	for _, r := range x.actors {
		if r.Kind == Person && r.first >= from && r.first < to && (best == nil || r.first < best.first) {
			best = r
		}
	}
	for _, c := range x.cataphors {
		if best != nil {
			c.Actors = append([]string{best.ID}, c.Actors...)
			c.noSubj = false
		}
	}
	x.cataphors = nil
}
