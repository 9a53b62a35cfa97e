package timex

import (
	"maps"
	"slices"
	"strings"
)

// startSet lists what a matcher can start with: lower-case words, a token
// of digits (or digits and letters: "1990s", "3pm"), an apostrophe ('80s).
type startSet struct {
	words     []string
	num, apos bool
}

// The start masks: bit k is set when matchers[k] can start at such a
// token. A word that is no matcher's start has mask 0, and the parser
// skips it without calling any matcher; most words of a text are skipped
// so. TestFastPaths checks that the masks change no output.
var wordMask, numMask, aposMask = func() (map[string]uint32, uint32, uint32) {
	if len(matchers) > 32 {
		panic("timex: more than 32 matchers")
	}
	words := map[string]uint32{}
	var num, apos uint32
	for k, m := range matchers {
		for _, w := range m.starts.words {
			words[w] |= 1 << k
		}
		if m.starts.num {
			num |= 1 << k
		}
		if m.starts.apos {
			apos |= 1 << k
		}
	}
	return words, num, apos
}()

// starters holds wordMask in an open-addressing table hashed on a word's
// length and three of its bytes: most words of a text land on an empty
// slot, which costs less than the map lookup it saves.
var starters = func() *wordTable {
	t := &wordTable{}
	for w, m := range wordMask {
		t.add(w, m)
	}
	return t
}()

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

var cueWords = func() *wordTable {
	classes := map[string]uint32{}
	for cl, words := range map[uint32]map[string]bool{cueFuture: futureCues, cueMotion: motionIng,
		cuePast: pastCues, cuePresent: presentCues, cueScheduled: scheduledPresent, cueNotPastEd: notPastEd,
		cueQuote: quoteMarks, cueClause: clauseBreaks} {
		for w := range words {
			classes[w] |= cl
		}
	}
	t := &wordTable{}
	for w, cl := range classes {
		t.add(w, cl)
	}
	return t
}()

// wordTableBits is log2 of the slots of a wordTable: a few thousand, for a
// few hundred words, keeps the probes short.
const wordTableBits = 12

// wordTable maps words to masks; slot 0 means empty, k the entry k-1.
type wordTable struct {
	slots [1 << wordTableBits]uint16
	words []string
	masks []uint32
}

func wordHash(w string) uint32 {
	x := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(w[len(w)/2])<<16 | uint32(len(w))<<24
	return (x * 0x9E3779B1) >> (32 - wordTableBits)
}

func (t *wordTable) add(w string, m uint32) {
	t.words = append(t.words, w)
	t.masks = append(t.masks, m)
	for x := wordHash(w); ; x = (x + 1) & (1<<wordTableBits - 1) {
		if t.slots[x] == 0 {
			t.slots[x] = uint16(len(t.words))
			return
		}
	}
}

// get returns the mask of w, 0 if it has none.
func (t *wordTable) get(w string) uint32 {
	if w == "" {
		return 0
	}
	for x := wordHash(w); ; x = (x + 1) & (1<<wordTableBits - 1) {
		k := t.slots[x]
		if k == 0 {
			return 0
		}
		if t.words[k-1] == w {
			return t.masks[k-1]
		}
	}
}

// startMask returns the matchers that may start at token t.
func startMask(t *token) uint32 {
	switch t.kind {
	case kWord:
		return starters.get(t.l)
	case kPunct:
		if t.l == "'" || t.l == "’" {
			return aposMask
		}
		return 0
	}
	return numMask
}

// directions are the determiners and frames before many expressions.
var directions = []string{"the", "a", "an", "its", "their", "this", "that", "these", "last", "next", "past",
	"coming", "previous", "current", "present", "prior", "preceding", "following", "same"}

// quarterWords are the words a quarter or half can start with.
var quarterWords = []string{"latest", "latter", "most", "comparable", "corresponding", "flat", "fiscal",
	"calendar", "year's", "final", "year"}

// durationWords are the other words a duration can start with.
var durationWords = []string{"each", "half", "couple", "dozen", "recent", "first", "one"}

// refWords are the words of "now", "recently", "the future" and the like.
var refWords = []string{"now", "right", "just", "currently", "nowadays", "presently", "these", "then",
	"current", "recently", "lately", "as", "the", "a"}

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
