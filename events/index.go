package events

import (
	"cmp"
	"slices"
	"sort"

	"github.com/eventgraph/eventgraph/events/timex"
)

// The indexes of this file keep extraction linear in the length of the
// article: each pass that asks "the events of sentence i" or "the latest
// earlier event of a type" looks them up instead of scanning every event.

// txBetween returns the time expressions that start at a byte offset in
// [lo, hi], in text order (x.tx is sorted and its expressions do not
// overlap).
func (x *extractor) txBetween(lo, hi int) []timex.Timex {
	i := sort.Search(len(x.tx), func(i int) bool { return x.tx[i].Start >= lo })
	j := sort.Search(len(x.tx), func(i int) bool { return x.tx[i].Start > hi })
	if j < i {
		j = i
	}
	return x.tx[i:j]
}

// bySentence groups events by sentence, each group in the order of evs.
func bySentence(evs []*cand) map[int][]*cand {
	m := map[int][]*cand{}
	for _, c := range evs {
		m[c.sent] = append(m[c.sent], c)
	}
	return m
}

// earlier walks the events in sentence order and answers, for a sentence,
// which event of a type is the latest one (by position in the event list)
// among those of earlier sentences that pass a test. Sentences must be
// asked in increasing order; events of the sentence asked about may change
// until a later sentence is asked.
type earlier struct {
	evs   []*cand
	order []int // indexes into evs, by sentence
	next  int   // first entry of order not yet seen
	ok    func(*cand) bool
	last  map[Type]int // index of the latest seen event of a type that passed ok
}

func newEarlier(evs []*cand, ok func(*cand) bool) *earlier {
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(evs[a].sent, evs[b].sent) })
	return &earlier{evs: evs, order: order, ok: ok, last: map[Type]int{}}
}

// before returns the latest event of one of types in a sentence before si,
// or nil.
func (e *earlier) before(si int, types ...Type) *cand {
	for e.next < len(e.order) && e.evs[e.order[e.next]].sent < si {
		i := e.order[e.next]
		if c := e.evs[i]; e.ok(c) {
			if j, seen := e.last[c.Type]; !seen || i > j {
				e.last[c.Type] = i
			}
		}
		e.next++
	}
	best := -1
	for _, t := range types {
		if j, seen := e.last[t]; seen && j > best {
			best = j
		}
	}
	if best < 0 {
		return nil
	}
	return e.evs[best]
}

// mergeIndex finds, among the events merged so far, those another event
// may report again: same type, status and initiator (sameEvent asks no
// less), and the latest of a type, or of a type and date.
type mergeIndex struct {
	alikeOf map[string][]int // by type, status and first actor
	lastOf  map[string]int   // by type, and by type and date
}

func newMergeIndex() *mergeIndex {
	return &mergeIndex{alikeOf: map[string][]int{}, lastOf: map[string]int{}}
}

func alikeKey(c *cand) string {
	return string(c.Type) + "\x00" + string(c.Status) + "\x00" + c.Actors[0]
}

// add records c as merged event i.
func (ix *mergeIndex) add(c *cand, i int) {
	if len(c.Actors) > 0 {
		k := alikeKey(c)
		ix.alikeOf[k] = append(ix.alikeOf[k], i)
	}
	ix.lastOf[string(c.Type)] = i
	if c.Date != "" {
		ix.dated(c, i)
	}
}

// dated records that merged event i, c, has its date.
func (ix *mergeIndex) dated(c *cand, i int) {
	k := string(c.Type) + "\x00" + string(c.Date)
	if j, ok := ix.lastOf[k]; !ok || i > j {
		ix.lastOf[k] = i
	}
}

// alike returns the merged events that may be the one c reports, in order.
func (ix *mergeIndex) alike(c *cand) []int {
	if len(c.Actors) == 0 {
		return nil
	}
	return ix.alikeOf[alikeKey(c)]
}

// latest returns the latest merged event of type t (and date d, unless d is
// empty), or -1.
func (ix *mergeIndex) latest(t Type, d Date) int {
	k := string(t)
	if d != "" {
		k += "\x00" + string(d)
	}
	if i, ok := ix.lastOf[k]; ok {
		return i
	}
	return -1
}
