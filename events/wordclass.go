package events

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/eventgraph/eventgraph/events/kb"
	"github.com/eventgraph/eventgraph/internal/wordtab"
)

// wordClass marks the word lists a lower-case word is in, so that the
// extractor looks a token up once instead of once per list.
type wordClass uint32

const (
	wcPersonNoun     wordClass = 1 << iota // personNouns
	wcGroupHead                            // groupHeads
	wcGroupMod                             // groupMods
	wcTriggerStart                         // the first word of a trigger of the lexicon
	wcPlannedStart                         // the first word of a phrase of plannedBefore
	wcClauseWord                           // clauseWords
	wcRoleWordStart                        // the first word of one of roleWords
	wcPluralHeadEnd                        // the last word of a key of pluralHeads
	wcStatusStart                          // the first word of a phrase of statusOf
	wcMentionWord                          // a word mentionAt reads as a pronoun or article (mentionWords)
	wcPreposition                          // prepositions
	wcDeterminer                           // determiners
	wcArticle                              // articles
	wcSpeechVerb                           // speechVerbs
	wcSubjectPronoun                       // subjectPronouns
	wcNegWord                              // negWords
	wcBodyHeadStart                        // the first word of a key of bodyHeads
	wcParticle                             // particles
	wcRoleEnd                              // a word kb.RoleEnd accepts (only in a classTable's table)
)

// mentionWords are the words mentionAt looks at before anything else: the
// pronouns that refer to an actor, and the words that start a definite
// description. They are the cases of mentionAt's first switch, which
// mayStartMention lets through.
var mentionWords = []string{"he", "she", "him", "his", "her", "it", "its", "the", "both"}

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
	}{{personNouns, wcPersonNoun}, {groupHeads, wcGroupHead}, {groupMods, wcGroupMod}, {clauseWords, wcClauseWord},
		{prepositions, wcPreposition}, {determiners, wcDeterminer}, {articles, wcArticle}, {speechVerbs, wcSpeechVerb},
		{subjectPronouns, wcSubjectPronoun}, {negWords, wcNegWord}, {particles, wcParticle}} {
		for w, ok := range l.words {
			if ok {
				classes[w] |= l.c
			}
		}
	}
	for _, w := range mentionWords {
		classes[w] |= wcMentionWord
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
	for h := range bodyHeads {
		classes[strings.Fields(h)[0]] |= wcBodyHeadStart
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

// classTable is classTab with the role ends of a knowledge base
// (kb.RoleEndWords) marked wcRoleEnd, so that one look-up per token tells
// both its classes and, for most words, its RoleEnd.
type classTable struct {
	kb  *kb.KB
	tab *wordtab.Table
}

// lastClassTable holds the classTable built last: an article after another
// with the same knowledge base (a KB never changes) finds it there.
var lastClassTable atomic.Pointer[classTable]

// classTableFor returns the table of classes and role ends for k; nil if
// k's RoleEnd accepts every word.
func classTableFor(k *kb.KB) *wordtab.Table {
	if t := lastClassTable.Load(); t != nil && t.kb == k {
		return t.tab
	}
	ends, ok := k.RoleEndWords()
	if !ok {
		return nil
	}
	classOnce.Do(initClasses)
	t := wordtab.New(len(classes) + len(ends))
	for w, c := range classes {
		t.Add(w, uint32(c))
	}
	for _, w := range ends {
		t.Add(w, uint32(wcRoleEnd))
	}
	lastClassTable.Store(&classTable{kb: k, tab: t})
	return t
}

// setClass sets the Class and the RoleEnd of a token of an ASCII article
// from tab (classTableFor): a lower-case ASCII word is its own fold, so
// that kb.RoleEnd reads it from its list unless it starts with "then-".
func (x *extractor) setClass(t *token, tab *wordtab.Table) {
	c := wordClass(tab.Get(t.Lower))
	t.Class = c &^ wcRoleEnd
	t.RoleEnd = t.Word && c&wcRoleEnd != 0
	if t.Word && t.Lower[0] == 't' && strings.HasPrefix(t.Lower, "then-") {
		t.RoleEnd = x.kb.RoleEnd(t.Lower)
	}
}
