package events

import "strings"

// Definite references to states and organisations: "the alliance" after
// NATO, "the bloc" after the European Union, "the kingdom" after Saudi
// Arabia, "the group" after Hamas. Each head noun names which of the actors
// of the current or the previous sentence it can stand for; the most
// recently named one that fits is taken.

// bodyHeads maps a head noun (one or two words after "the") to the test
// an actor must pass to be what it stands for.
var bodyHeads = map[string]func(x *extractor, r *actorRec) bool{
	"alliance": func(x *extractor, r *actorRec) bool {
		return r.Kind == Organization && x.namesWord(r, "alliance", "treaty organization")
	},
	"bloc": func(x *extractor, r *actorRec) bool {
		return r.Kind == Organization && x.namesWord(r, "bloc", "union", "association", "community", "league", "cooperation council")
	},
	"kingdom": func(x *extractor, r *actorRec) bool { return r.Kind == Country && x.namesWord(r, "kingdom") },
	"emirate": func(x *extractor, r *actorRec) bool {
		return r.Kind == Country && x.namesWord(r, "emirate", "emirates")
	},
	"group":          func(x *extractor, r *actorRec) bool { return r.Kind == Group && r.kbID != "" },
	"militant group": func(x *extractor, r *actorRec) bool { return r.Kind == Group && r.kbID != "" },
	"movement":       func(x *extractor, r *actorRec) bool { return r.Kind == Group && r.kbID != "" },
	"organization":   func(x *extractor, r *actorRec) bool { return r.Kind == Organization },
	"organisation":   func(x *extractor, r *actorRec) bool { return r.Kind == Organization },
}

// namesWord reports whether the name of r, or a name the knowledge base
// gives it, contains one of words as whole words (case ignored).
func (x *extractor) namesWord(r *actorRec, words ...string) bool {
	names := []string{r.Name}
	if r.kbID != "" {
		if e := x.kb.ByID(r.kbID); e != nil {
			names = append(names, e.Aliases...)
		}
	}
	for _, n := range names {
		n = " " + strings.ToLower(n) + " "
		for _, w := range words {
			if strings.Contains(n, " "+w+" ") {
				return true
			}
		}
	}
	return false
}

// definiteBody recognises "the alliance", "the bloc", "the kingdom", "the
// group" ... at toks[i] (toks[i] is "the") and resolves it to the most
// recent actor of the current or the previous sentence that fits its head
// noun ("the kingdom's" too). "the group of seven" and a head followed by a
// name ("the group Hamas") are left to other rules. ("the country" is not
// among them: it as often names the state acted on as the one acting.)
func (x *extractor) definiteBody(toks []token, i int) (mention, bool) {
	if i+1 >= len(toks) || toks[i+1].Class&wcBodyHeadStart == 0 {
		return mention{}, false // no head of a body starts here
	}
	head, end := toks[i+1].Lower, i+2
	if i+2 < len(toks) {
		if two := head + " " + toks[i+2].Lower; bodyHeads[two] != nil {
			head, end = two, i+3
		}
	}
	fits := bodyHeads[head]
	if fits == nil {
		return mention{}, false
	}
	if end < len(toks) && (toks[end].Lower == "of" || toks[end].Cap && toks[end].Word) {
		return mention{}, false
	}
	var best *actorRec
	for _, r := range x.actors {
		if r.last < x.prevSent || r.last >= toks[i].Start || !fits(x, r) {
			continue
		}
		if best == nil || r.last > best.last || r.last == best.last && r.ID < best.ID {
			best = r
		}
	}
	if best == nil {
		return mention{}, false
	}
	return mention{i: i, j: end, actor: best.ID}, true
}
