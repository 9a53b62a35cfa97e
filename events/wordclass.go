package events

import (
	"strings"
	"sync"

	"github.com/eventgraph/eventgraph/internal/wordtab"
)

// wordClass marks the word lists a lower-case word is in, so that the
// extractor looks a token up once instead of once per list.
type wordClass uint16

const (
	wcPersonNoun    wordClass = 1 << iota // personNouns
	wcGroupHead                           // groupHeads
	wcGroupMod                            // groupMods
	wcTriggerStart                        // the first word of a trigger of the lexicon
	wcPlannedStart                        // the first word of a phrase of plannedBefore
	wcClauseWord                          // clauseWords
	wcRoleWordStart                       // the first word of one of roleWords
	wcPluralHeadEnd                       // the last word of a key of pluralHeads
	wcStatusStart                         // the first word of a phrase of statusOf
)

var (
	classOnce sync.Once
	classes   map[string]wordClass
	classTab  *wordtab.Table
)

// classOf returns the classes of a lower-case word.
func classOf(lower string) wordClass {
	classOnce.Do(initClasses)
	return wordClass(classTab.Get(lower))
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
	for _, list := range [][]string{plannedBefore, hypoBefore, ongoingBefore, scheduleWords} {
		for _, p := range list {
			classes[strings.Fields(p)[0]] |= wcStatusStart
		}
	}
	for h := range pluralHeads {
		ws := strings.Fields(h)
		classes[ws[len(ws)-1]] |= wcPluralHeadEnd
	}
	for w, ts := range byFirst {
		if len(ts) > 0 {
			classes[w] |= wcTriggerStart
		}
	}
	classTab = wordtab.New(len(classes))
	for w, c := range classes {
		classTab.Add(w, uint32(c))
	}
}
