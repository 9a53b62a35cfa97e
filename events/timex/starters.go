package timex

import "strings"

// starters holds every lower-case word that can begin a time expression:
// the first words each matcher looks for. A word token outside it cannot
// start a match, so the parser skips it without trying the matchers; most
// words of a text are skipped this way. Tokens of digits, of digits and
// letters, and apostrophes ('80s) always go through. TestStarters checks
// that the filter changes no output.
var starters = func() map[string]bool {
	m := map[string]bool{}
	add := func(ws ...string) {
		for _, w := range ws {
			m[w] = true
		}
	}
	// determiners, frames and directions
	add("the", "a", "an", "its", "their", "this", "that", "these", "last", "next", "past", "coming",
		"previous", "current", "present", "prior", "preceding", "following", "same", "comparable",
		"corresponding", "latest", "latter", "most", "final", "flat", "fiscal", "fy", "calendar")
	// modifiers and quantities
	add("early", "mid", "late", "earlier", "later", "end", "around", "about", "approximately",
		"roughly", "more", "less", "fewer", "no", "at", "up", "nearly", "almost", "some", "over",
		"within", "under", "half", "couple", "dozen", "recent", "each", "every", "per", "then")
	// references and clock words
	add("now", "right", "just", "currently", "nowadays", "presently", "recently", "lately", "as",
		"today", "yesterday", "tomorrow", "tonight", "noon", "midday", "midnight", "year", "year's")
	for _, words := range []map[string]int{months, ordinals, ones, tens, decadeWords} {
		for w := range words {
			add(w)
		}
	}
	for w := range weekdays {
		add(w, w+"s")
	}
	for w := range seasons {
		add(w)
	}
	for w := range partsOfDay {
		add(w)
	}
	for w := range units {
		add(w)
	}
	for w := range fuzzyQuant {
		add(w)
	}
	for w := range durFrames {
		add(w)
	}
	for w := range setAdverbs {
		add(w)
	}
	for _, dm := range durMods {
		add(dm.words[0])
	}
	for _, mp := range modPhrases {
		add(mp.words[0])
	}
	for w := range modPrefix {
		add(w)
	}
	for name := range holidays {
		first, _, _ := strings.Cut(name, " ")
		add(strings.TrimSuffix(first, "'s"))
	}
	return m
}()

// canStart reports whether a match may begin at token t.
func canStart(t *token) bool {
	switch t.kind {
	case kWord:
		return starters[t.l]
	case kPunct:
		return t.l == "'" || t.l == "’"
	}
	return true
}
