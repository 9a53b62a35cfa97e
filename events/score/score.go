package score

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Counts are the tallies of one document, of one event type or of a whole
// corpus, from which Figures derive.
type Counts struct {
	TP int // predicted events matched with a required gold event
	FP int // predicted events matched with no gold event
	FN int // required gold events matched with no prediction

	DateOK   int // matched pairs whose predicted date is one of the gold dates
	StatusOK int // matched pairs with the gold status
	PlaceOK  int // matched pairs with a gold place whose predicted place is one of them
	PlaceN   int // matched pairs with a gold place
	Strict   int // matched pairs with the right date and exactly the right actors

	ActorTP int // required gold actors of matched events that the prediction names
	ActorFP int // predicted actors of matched events that are neither required nor optional
	ActorFN int // required gold actors of matched events that the prediction lacks

	ActorsRequired int // required actors of the gold file (repeats counted)
	ActorsFound    int // of those, the ones the prediction's actor list names
}

// add adds o to c.
func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.DateOK += o.DateOK
	c.StatusOK += o.StatusOK
	c.PlaceOK += o.PlaceOK
	c.PlaceN += o.PlaceN
	c.Strict += o.Strict
	c.ActorTP += o.ActorTP
	c.ActorFP += o.ActorFP
	c.ActorFN += o.ActorFN
	c.ActorsRequired += o.ActorsRequired
	c.ActorsFound += o.ActorsFound
}

// Doc is the score of one document.
type Doc struct {
	Name string // NAME of NAME.gold.json
	Counts
	// ByType splits the event counts by event type: the gold type for
	// matched and missed events, the predicted type for spurious ones.
	// ActorsRequired and ActorsFound stay zero in it.
	ByType  map[string]Counts
	Details []Detail // matched, then missed, then spurious events
}

// DetailKind says what a Detail reports.
type DetailKind int

// The kinds of Detail.
const (
	Matched  DetailKind = iota // a prediction matched with a required gold event
	Missed                     // a required gold event that no prediction matched
	Spurious                   // a prediction that matched no gold event
)

// Detail is one line of the verbose report: how a gold event or a
// prediction fared.
type Detail struct {
	Kind DetailKind
	// Gold is the index of the gold event in the gold file (Matched, Missed).
	Gold int
	// Type is the gold event's type (Matched, Missed) or the predicted
	// event's type (Spurious; JSON text when it is no string).
	Type          string
	ActorsMissing []string // required gold actors the prediction lacks, sorted (Matched)
	ExtraActors   int      // predicted actors outside the gold ones (Matched)
	Strict        bool     // right date and actors (Matched)
	// Evidence is the gold event's first evidence phrase (Missed) or the
	// first 120 characters of the prediction's evidence (Spurious).
	Evidence string

	typ, date, goldDate, status, goldStatus, evidence *node
}

// String is the detail as score.py --verbose prints it: a JSON object in
// Python's layout, non-ASCII characters as they are.
func (d Detail) String() string {
	var b []byte
	field := func(k string, v *node) {
		if len(b) == 0 {
			b = append(b, '{')
		} else {
			b = append(b, ", "...)
		}
		b = appendPyString(b, k)
		b = append(b, ": "...)
		b = appendPy(b, v)
	}
	str := func(s string) *node { return &node{kind: kString, s: s} }
	num := func(i int) *node { return &node{kind: kNumber, s: strconv.Itoa(i)} }
	switch d.Kind {
	case Matched:
		missing := &node{kind: kArray}
		for _, a := range d.ActorsMissing {
			missing.elems = append(missing.elems, str(a))
		}
		field("gold", num(d.Gold))
		field("type", str(d.Type))
		field("date", d.date)
		field("gold_date", d.goldDate)
		field("actors_missing", missing)
		field("extra_actors", num(d.ExtraActors))
		field("status", d.status)
		field("gold_status", d.goldStatus)
		field("strict", &node{kind: kBool, b: d.Strict})
	case Missed:
		field("gold", num(d.Gold))
		field("missed", str(d.Type))
		field("evidence", d.evidence)
	case Spurious:
		field("spurious", d.typ)
		field("date", d.date)
		field("evidence", d.evidence)
	}
	return string(append(b, '}'))
}

// resolve is score.py's GoldActors.resolve: the gold name of the first
// form that is a gold actor's name or alias, or "".
func (g *Gold) resolve(forms []string) string {
	for _, f := range forms {
		if hit := g.index[NormName(f)]; hit != "" {
			return hit
		}
	}
	return ""
}

// Score scores a prediction against a gold file as score.py does. A nil
// pred is an empty prediction: every required gold event is missed.
//
// A predicted event matches a gold event of its type (or of type "*") when
// one of the gold evidence phrases occurs in its evidence, both in NormText
// form. Candidate pairs are taken best actor overlap first, then in gold
// order, then in prediction order, each event at most once; required gold
// events choose before optional ones. A prediction matched with an optional
// gold event counts neither way.
func Score(name string, gold *Gold, pred *Prediction) Doc {
	if pred == nil {
		pred = &Prediction{}
	}
	d := Doc{Name: name, ByType: map[string]Counts{}}
	// the gold name of each actor of each prediction, "" for none
	names := make([][]string, len(pred.events))
	for pi, p := range pred.events {
		for _, a := range p.actors {
			names[pi] = append(names[pi], gold.resolve(a.forms))
		}
	}
	type cand struct{ overlap, gi, pi int }
	var cands []cand
	for gi, g := range gold.events {
		for pi, p := range pred.events {
			if g.typ != "*" && !pyEqual(&node{kind: kString, s: g.typ}, p.typ) {
				continue
			}
			if !slices.ContainsFunc(g.phrases, func(ph string) bool { return ph != "" && strings.Contains(p.text, ph) }) {
				continue
			}
			got := map[string]bool{}
			for _, n := range names[pi] {
				if n != "" {
					got[n] = true
				}
			}
			overlap := 0
			for _, a := range dedupe(g.actors) {
				if got[a] {
					overlap++
				}
			}
			cands = append(cands, cand{overlap, gi, pi})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.overlap, a.overlap), cmp.Compare(a.gi, b.gi), cmp.Compare(a.pi, b.pi))
	})
	usedG := make([]bool, len(gold.events))
	usedP := make([]bool, len(pred.events))
	var pairs [][2]int
	for _, optional := range []bool{false, true} {
		for _, c := range cands {
			if gold.events[c.gi].optional != optional || usedG[c.gi] || usedP[c.pi] {
				continue
			}
			usedG[c.gi], usedP[c.pi] = true, true
			pairs = append(pairs, [2]int{c.gi, c.pi})
		}
	}

	tally := func(typ string, f func(*Counts)) {
		f(&d.Counts)
		c := d.ByType[typ]
		f(&c)
		d.ByType[typ] = c
	}
	for _, pair := range pairs {
		g, p := gold.events[pair[0]], pred.events[pair[1]]
		if g.optional {
			continue
		}
		var c Counts
		c.TP = 1
		dateOK := slices.ContainsFunc(g.date.asList(), func(x *node) bool { return pyEqual(p.date, x) })
		statusOK := pyEqual(p.status, g.status)
		c.DateOK, c.StatusOK = b2i(dateOK), b2i(statusOK)
		if g.hasPlace {
			c.PlaceN = 1
			if p.place == "" {
				c.PlaceOK = b2i(g.placeNone)
			} else {
				c.PlaceOK = b2i(g.places[NormName(p.place)])
			}
		}
		req := dedupe(g.actors)
		got := map[string]bool{}
		extra := 0
		for _, n := range names[pair[1]] {
			switch {
			case n != "" && slices.Contains(req, n):
				got[n] = true
			case n != "" && slices.Contains(g.optionalActors, n):
			default:
				extra++
			}
		}
		var missing []string
		for _, a := range req {
			if !got[a] {
				missing = append(missing, a)
			}
		}
		slices.Sort(missing)
		c.ActorTP, c.ActorFN, c.ActorFP = len(got), len(missing), extra
		strict := dateOK && len(missing) == 0 && extra == 0
		c.Strict = b2i(strict)
		tally(g.typ, func(t *Counts) { t.add(c) })
		d.Details = append(d.Details, Detail{Kind: Matched, Gold: pair[0], Type: g.typ,
			ActorsMissing: missing, ExtraActors: extra, Strict: strict,
			date: p.date, goldDate: g.date, status: p.status, goldStatus: g.status})
	}
	for gi, g := range gold.events {
		if g.optional || usedG[gi] {
			continue
		}
		tally(g.typ, func(t *Counts) { t.FN++ })
		det := Detail{Kind: Missed, Gold: gi, Type: g.typ, evidence: g.firstEvidence}
		if g.firstEvidence != nil && g.firstEvidence.kind == kString {
			det.Evidence = g.firstEvidence.s
		}
		d.Details = append(d.Details, det)
	}
	for pi, p := range pred.events {
		if usedP[pi] {
			continue
		}
		typ := string(appendPy(nil, p.typ))
		if p.typ != nil && p.typ.kind == kString {
			typ = p.typ.s
		}
		tally(typ, func(t *Counts) { t.FP++ })
		ev := truncate(p.evidence, 120)
		d.Details = append(d.Details, Detail{Kind: Spurious, Type: typ, Evidence: ev,
			typ: p.typ, date: p.date, evidence: &node{kind: kString, s: ev}})
	}

	found := map[string]bool{}
	for _, forms := range pred.forms {
		if hit := gold.resolve(forms); hit != "" {
			found[hit] = true
		}
	}
	d.ActorsRequired = len(gold.required)
	for _, a := range dedupe(gold.required) {
		d.ActorsFound += b2i(found[a])
	}
	return d
}

// dedupe returns xs without repeats, in first-seen order: a Python set.
func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// truncate is Python's s[:n]: the first n characters.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
