package timex

import (
	"maps"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/internal/wordtab"
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
var starters = newWordTable(wordMask)

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
