package events

import (
	"strings"
	"sync"
)

// wordClass marks the word lists a lower-case word is in, so that the
// extractor looks a token up once instead of once per list.
type wordClass uint8

const (
	wcPersonNoun    wordClass = 1 << iota // personNouns
	wcGroupHead                           // groupHeads
	wcGroupMod                            // groupMods
	wcTriggerStart                        // the first word of a trigger of the lexicon
	wcPlannedStart                        // the first word of a phrase of plannedBefore
	wcClauseWord                          // clauseWords
	wcRoleWordStart                       // the first word of one of roleWords
)

var (
	classOnce sync.Once
	classes   map[string]wordClass
	classTab  *wordTable
)

// classOf returns the classes of a lower-case word.
func classOf(lower string) wordClass {
	classOnce.Do(initClasses)
	return classTab.get(lower)
}

// initClasses builds classes and classTab, the table classOf reads.
func initClasses() {
	_, byFirst, _ := loadLexicon()
	classes = map[string]wordClass{}
	for _, l := range []struct {
		words map[string]bool
		c     wordClass
	}{{personNouns, wcPersonNoun}, {groupHeads, wcGroupHead}, {groupMods, wcGroupMod}, {clauseWords, wcClauseWord}} {
		for w, ok := range l.words {
			if ok {
				classes[w] |= l.c
			}
		}
	}
	for _, ws := range roleWordFields {
		classes[ws[0]] |= wcRoleWordStart
	}
	for _, p := range plannedBefore {
		classes[strings.Fields(p)[0]] |= wcPlannedStart
	}
	for w, ts := range byFirst {
		if len(ts) > 0 {
			classes[w] |= wcTriggerStart
		}
	}
	classTab = newWordTable(len(classes))
	for w, c := range classes {
		classTab.add(w, c)
	}
}

// wordTable maps words to classes by open addressing on a hash of a
// word's length and three of its bytes: most words of a text are in no
// list and land on an empty slot, which costs less than a map lookup
// (TestWordTable compares it with the map it is built from).
type wordTable struct {
	slots []uint16 // 0: empty; k: entry k-1
	mask  uint32   // len(slots)-1
	shift uint32   // 32 - log2(len(slots)): the hash keeps the top bits
	words []string
	class []wordClass
}

// newWordTable returns a table for n words, with four slots or more per
// word to keep the probes short.
func newWordTable(n int) *wordTable {
	if n >= 1<<16-1 {
		panic("events: too many words for a wordTable")
	}
	size, shift := 1024, uint32(22)
	for size < 4*n {
		size, shift = size*2, shift-1
	}
	return &wordTable{slots: make([]uint16, size), mask: uint32(size - 1), shift: shift}
}

func (t *wordTable) hash(w string) uint32 {
	x := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(w[len(w)/2])<<16 | uint32(len(w))<<24
	return (x * 0x9E3779B1) >> t.shift
}

func (t *wordTable) add(w string, c wordClass) {
	if w == "" {
		return
	}
	t.words = append(t.words, w)
	t.class = append(t.class, c)
	for x := t.hash(w); ; x = (x + 1) & t.mask {
		if t.slots[x] == 0 {
			t.slots[x] = uint16(len(t.words))
			return
		}
	}
}

// get returns the classes of w, 0 if it is in no list.
func (t *wordTable) get(w string) wordClass {
	if w == "" {
		return 0
	}
	for x := t.hash(w); ; x = (x + 1) & t.mask {
		k := t.slots[x]
		if k == 0 {
			return 0
		}
		if t.words[k-1] == w {
			return t.class[k-1]
		}
	}
}
