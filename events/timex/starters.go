package timex

import (
	"maps"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/internal/wordtab"
)

// startSet lists what a matcher can start with: lower-case words, a token
// of digits (or digits and letters: "1990s", "3pm"), an apostrophe ('80s);
// and lead words, which start a match only before a token of then ("the"
// starts a week only in "the week of", "the next week" ...).
type startSet struct {
	words     []string
	num, apos bool
	leads     []string
	then      *startSet
}

// The start masks: bit k is set when matchers[k] can start at such a
// token, or, in the lead masks, can start at a lead word before such a
// token. A word that is no matcher's start or lead has mask 0, and the
// parser skips it without calling any matcher; most words of a text are
// skipped so, and "the", "a", "this" before most words too. TestFastPaths,
// TestStarterSalad and FuzzTimex check that the masks change no output.
// init makes them and the tables below from matchers (whose functions,
// matchModified, use them: a variable's initializer could not).
var (
	wordMask, leadMask, thenMask         map[string]uint32
	numMask, aposMask, thenNum, thenApos uint32
)

func init() {
	wordMask, numMask, aposMask, leadMask = masks(func(s startSet) startSet { return s }, true)
	thenMask, thenNum, thenApos, _ = masks(func(s startSet) startSet {
		if s.then == nil {
			return startSet{}
		}
		return *s.then
	}, false)
	starters, leaders, followers = newWordTable(wordMask), newWordTable(leadMask), newWordTable(thenMask)
	for w := range wordMask {
		k := sketchBit(w)
		starterSketch[k/64] |= 1 << (k % 64)
	}
}

// masks returns the word, number and apostrophe masks of the start sets
// that set picks from the matchers, and, when leads, the masks of the lead
// words (with leadBit set in the word mask of each).
func masks(set func(startSet) startSet, leads bool) (map[string]uint32, uint32, uint32, map[string]uint32) {
	if len(matchers) != nMatchers || nMatchers > 31 {
		panic("timex: matchers and their indices differ, or more than 31")
	}
	words, lead := map[string]uint32{}, map[string]uint32{}
	var num, apos uint32
	for k, m := range matchers {
		s := set(m.starts)
		for _, w := range s.words {
			words[w] |= 1 << k
		}
		if leads {
			for _, w := range s.leads {
				lead[w] |= 1 << k
				words[w] |= leadBit
			}
		}
		if s.num {
			num |= 1 << k
		}
		if s.apos {
			apos |= 1 << k
		}
	}
	return words, num, apos, lead
}

// leadBit marks, in a word's start mask, a word that is some matcher's
// lead.
const leadBit = 1 << 31

// starters holds wordMask, leaders leadMask and followers thenMask, in
// open-addressing tables hashed on a word's length and three of its bytes:
// most words of a text land on an empty slot, which costs less than the
// map lookup it saves.
var starters, leaders, followers wordTable

// The classes of words that cue and clauseBreak test, from the word lists
// of the same names, in one table: a token costs one lookup, not one per
// list.
const (
	cueFuture = 1 << iota
	cueMotion
	cuePast
	cuePresent
	cueScheduled
	cueNotPastEd
	cueQuote
	cueClause
)

var cueWords = func() wordTable {
	classes := map[string]uint32{}
	for cl, words := range map[uint32]map[string]bool{cueFuture: futureCues, cueMotion: motionIng,
		cuePast: pastCues, cuePresent: presentCues, cueScheduled: scheduledPresent, cueNotPastEd: notPastEd,
		cueQuote: quoteMarks, cueClause: clauseBreaks} {
		for w := range words {
			classes[w] |= cl
		}
	}
	return newWordTable(classes)
}()

// wordTable maps words to masks (see wordtab.Table).
type wordTable struct{ *wordtab.Table }

func newWordTable(masks map[string]uint32) wordTable {
	t := wordTable{wordtab.New(len(masks))}
	for w, m := range masks {
		t.Add(w, m)
	}
	return t
}

// get returns the mask of w, 0 if it has none.
func (t wordTable) get(w string) uint32 { return t.Get(w) }

// startMask returns the matchers that may start at token i of toks.
func startMask(toks []token, i int) uint32 {
	t := &toks[i]
	switch t.kind {
	case kWord:
		if !maybeStarter(t.l) {
			return 0
		}
		m := starters.get(t.l)
		if m&leadBit == 0 {
			return m
		}
		m &^= leadBit
		if i+1 < len(toks) {
			m |= leaders.get(t.l) & thenOf(&toks[i+1])
		}
		return m
	case kPunct:
		if isApos(t.l) {
			return aposMask
		}
		return 0
	}
	return numMask
}

// starterSketch has bit sketchBit(w) set for each word of wordMask (the
// start and lead words): a word whose bit is clear is none of them, which
// most words of a text show more cheaply than a lookup in starters.
var starterSketch [1 << sketchBits / 64]uint64

const sketchBits = 14

// sketchBit hashes a word's length and first and last bytes to a bit of
// starterSketch.
func sketchBit(w string) uint32 {
	return (uint32(len(w))&15)<<10 | (uint32(w[0])&31)<<5 | uint32(w[len(w)-1])&31
}

// maybeStarter reports whether w may be in wordMask (see starterSketch).
func maybeStarter(w string) bool {
	k := sketchBit(w)
	return starterSketch[k/64]&(1<<(k%64)) != 0
}

// thenOf returns the matchers whose lead words may come before token t.
func thenOf(t *token) uint32 {
	switch t.kind {
	case kWord:
		return followers.get(t.l)
	case kPunct:
		m := followers.get(t.l) // a hyphen: "a two-week", "an hour-long"
		if isApos(t.l) {
			m |= thenApos
		}
		return m
	}
	return thenNum
}

// isApos reports whether w is an apostrophe.
func isApos(w string) bool { return w == "'" || w == "’" }

// quarterFrames are the words before "quarter" or "half" that a quarter
// can start with ("the latest quarter", "last year's first half").
var quarterFrames = []string{"last", "latter", "latest", "most", "current", "this", "present", "previous", "prior",
	"past", "preceding", "next", "coming", "following", "same", "comparable", "corresponding", "flat", "fiscal",
	"calendar", "final", "year"}

// monthLeads are the words before a month that pick its year; a month
// can follow several ("next last March" is last March's: matchMonth
// recurses).
var monthLeads = []string{"last", "next", "this", "past", "coming"}

// relativeUnits are the periods after "this", "last", "the following" ...
var relativeUnits = []string{"week", "weekend", "month", "year", "decade", "century", "day", "morning",
	"afternoon", "evening", "night"}

// durationWords are the other words a duration can start with.
var durationWords = []string{"each", "half", "couple", "dozen", "recent", "first", "one"}

// refWords are the words of "now", "recently" and the like ("the future"
// and "a later date" start with a lead).
var refWords = []string{"now", "right", "just", "currently", "nowadays", "presently", "these", "then",
	"current", "recently", "lately", "as"}

// holidayWords are the first words of the holidays' names.
func holidayWords() []string {
	var ws []string
	for name := range holidays {
		first, _, _ := strings.Cut(name, " ")
		ws = append(ws, strings.TrimSuffix(first, "'s"))
	}
	return ws
}

func keys[V any](m map[string]V) []string { return slices.Collect(maps.Keys(m)) }

func cat(lists ...[]string) []string { return slices.Concat(lists...) }

func plural(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w + "s"
	}
	return out
}

// firstWords returns the first word of each phrase.
func firstWords(phrases []struct {
	words []string
	mod   string
}) []string {
	var ws []string
	for _, ph := range phrases {
		ws = append(ws, ph.words[0])
	}
	return ws
}

// modFirst returns the first words of the modifier phrases that do not
// start with "the", or, when the, the second words of those that do.
func modFirst(the bool) []string {
	var ws []string
	for _, ph := range modPhrases {
		switch {
		case ph.words[0] != "the" && !the:
			ws = append(ws, ph.words[0])
		case ph.words[0] == "the" && the:
			ws = append(ws, ph.words[1])
		}
	}
	return ws
}
