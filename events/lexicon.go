package events

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/triggers.tsv
var triggersTSV string

// trigger is one pattern of the trigger lexicon (data/triggers.tsv).
type trigger struct {
	Type    Type
	Pattern string
	elems   []elem
	Noun    bool // noun trigger: needs an owner, a date or a reporting verb
	Obj     bool // the first actor after the trigger takes part
	Dest    bool // a place after the trigger is a destination
	Place   bool
	SubjObj bool     // "took him to": the object pronoun is the traveller
	Ctx     []string // the sentence must contain one of these lemmas
	Callee  bool     // "called Netanyahu on Sunday": only before a person called (directCallee)
	Line    int
}

// elem is one word of a pattern: alternatives, or a gap.
type elem struct {
	alts     map[string]bool
	optional bool
	gap      bool
	head     bool // holds the trigger word proper (the first V:/N: word)
}

var (
	lexOnce sync.Once
	lexicon []*trigger
	lexErr  error
	// byFirst indexes triggers by the word forms their first element takes.
	byFirst map[string][]*trigger
)

func loadLexicon() ([]*trigger, map[string][]*trigger, error) {
	lexOnce.Do(func() {
		lexicon, lexErr = parseTriggers("data/triggers.tsv", triggersTSV)
		byFirst = map[string][]*trigger{}
		for _, t := range lexicon {
			for w := range t.elems[0].alts {
				byFirst[w] = append(byFirst[w], t)
			}
		}
	})
	return lexicon, byFirst, lexErr
}

// parseTriggers reads the trigger lexicon format described at the top of
// data/triggers.tsv.
func parseTriggers(name, src string) ([]*trigger, error) {
	var out []*trigger
	header := false
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if !header {
			if len(cols) < 3 || cols[0] != "type" {
				return nil, fmt.Errorf("%s:%d: want header \"type\\tpattern\\troles\"", name, n+1)
			}
			header = true
			continue
		}
		if len(cols) < 2 || len(cols) > 3 {
			return nil, fmt.Errorf("%s:%d: want 2 or 3 tab-separated columns, have %d", name, n+1, len(cols))
		}
		t := &trigger{Type: Type(cols[0]), Pattern: cols[1], Line: n + 1}
		if !t.Type.Valid() {
			return nil, fmt.Errorf("%s:%d: unknown event type %q", name, n+1, cols[0])
		}
		if len(cols) == 3 && cols[2] != "" {
			for _, f := range strings.Split(cols[2], ",") {
				switch {
				case f == "noun":
					t.Noun = true
				case f == "obj":
					t.Obj = true
				case f == "dest":
					t.Dest = true
				case f == "place":
					t.Place = true
				case f == "subjobj":
					t.SubjObj = true
				case f == "callee":
					t.Callee = true
				case strings.HasPrefix(f, "ctx="):
					t.Ctx = strings.Split(f[4:], "|")
				default:
					return nil, fmt.Errorf("%s:%d: unknown role %q", name, n+1, f)
				}
			}
		}
		headSeen := false
		for _, w := range strings.Fields(cols[1]) {
			if w == "..." {
				t.elems = append(t.elems, elem{gap: true})
				continue
			}
			e := elem{alts: map[string]bool{}}
			if strings.HasSuffix(w, "?") {
				e.optional = true
				w = strings.TrimSuffix(w, "?")
			}
			for _, a := range strings.Split(w, "|") {
				switch {
				case strings.HasPrefix(a, "V:"):
					for _, f := range verbForms(a[2:]) {
						e.alts[f] = true
					}
					if !headSeen {
						e.head, headSeen = true, true
					}
				case strings.HasPrefix(a, "N:"):
					for _, f := range nounForms(a[2:]) {
						e.alts[f] = true
					}
					if !headSeen {
						e.head, headSeen = true, true
					}
				case a == "":
					return nil, fmt.Errorf("%s:%d: empty alternative in %q", name, n+1, w)
				default:
					e.alts[strings.ToLower(a)] = true
				}
			}
			t.elems = append(t.elems, e)
		}
		if len(t.elems) == 0 || t.elems[0].gap || t.elems[0].optional {
			return nil, fmt.Errorf("%s:%d: a pattern must start with a word", name, n+1)
		}
		if !headSeen {
			t.elems[0].head = true
		}
		out = append(out, t)
	}
	if !header {
		return nil, fmt.Errorf("%s: no header", name)
	}
	return out, nil
}

// match tries t at toks[i]. It returns the index after the match and the
// index of the head word, or ok false.
func (t *trigger) match(toks []token, i int) (end, head int, ok bool) {
	return matchElems(t.elems, toks, i, -1)
}

func matchElems(es []elem, toks []token, i, head int) (int, int, bool) {
	if len(es) == 0 {
		return i, head, true
	}
	e := es[0]
	// a time expression may stand inside a pattern: "headed Tuesday to",
	// "arrived on Thursday in"
	if head >= 0 && i < len(toks) && !e.alts[toks[i].Lower] {
		k := i
		if toks[k].Lower == "on" && k+1 < len(toks) && toks[k+1].Time {
			k++
		}
		if toks[k].Time {
			for k < len(toks) && toks[k].Time {
				k++
			}
			if end, h, ok := matchElems(es, toks, k, head); ok {
				return end, h, true
			}
		}
	}
	if e.gap {
		// up to three words; quotes and time expressions do not count
		words := 0
		for k := i; k <= len(toks); k++ {
			if k > i {
				t := toks[k-1]
				switch {
				case isQuoteTok(t.Text) || t.Time || t.Lower == "'s":
					// a possessive does not count: "suspended Mali's membership"
				case quantityWord(toks, k-1):
					// nor a number: "fired more than 4,000 rockets at"
				case !t.Word || t.Class&wcPreposition != 0 && t.Lower != "of":
					return 0, 0, false
				default:
					words++
				}
				if words > 3 {
					return 0, 0, false
				}
			}
			if end, h, ok := matchElems(es[1:], toks, k, head); ok {
				return end, h, true
			}
		}
		return 0, 0, false
	}
	if i < len(toks) && e.alts[toks[i].Lower] {
		h := head
		if e.head {
			h = i
		}
		if end, h2, ok := matchElems(es[1:], toks, i+1, h); ok {
			return end, h2, true
		}
	}
	if e.optional {
		return matchElems(es[1:], toks, i, head)
	}
	return 0, 0, false
}

// quantityWord reports whether toks[k] belongs to a number or a
// quantity's hedge: "4", "," and "000" of "4,000", "more than", "at
// least", "some", "about", "nearly".
func quantityWord(toks []token, k int) bool {
	t := toks[k]
	if t.Text == "," {
		return k > 0 && k+1 < len(toks) && isDigitTok(toks[k-1]) && isDigitTok(toks[k+1])
	}
	if isDigitTok(t) || t.Lower == "at" && k+1 < len(toks) && toks[k+1].Lower == "least" {
		return true
	}
	switch t.Lower {
	case "more", "than", "least", "dozens", "hundreds", "thousands":
		return true
	case "some", "about", "nearly", "almost", "over", "around":
		return k+1 < len(toks) && isDigitTok(toks[k+1]) // "about 40", not "a debate about attacks"
	case "up":
		return k+1 < len(toks) && toks[k+1].Lower == "to" // "up to 40 missiles"
	case "to":
		return k > 0 && toks[k-1].Lower == "up"
	}
	return false
}

// isDigitTok reports whether a token is all digits.
func isDigitTok(t token) bool {
	if t.Text == "" {
		return false
	}
	for i := 0; i < len(t.Text); i++ {
		if t.Text[i] < '0' || t.Text[i] > '9' {
			return false
		}
	}
	return true
}

func isQuoteTok(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "''", "``", "‘":
		return true
	}
	return false
}

// irregular verbs: lemma -> past, past participle (more forms may follow).
var irregular = map[string][]string{
	"meet": {"met"}, "hold": {"held"}, "say": {"said"}, "tell": {"told"}, "strike": {"struck", "stricken"},
	"take": {"took", "taken"}, "go": {"went", "gone"}, "come": {"came"}, "send": {"sent"}, "lead": {"led"},
	"speak": {"spoke", "spoken"}, "fly": {"flew", "flown", "flies"}, "drive": {"drove", "driven"}, "seek": {"sought"}, "begin": {"began", "begun"},
	"make": {"made"}, "give": {"gave", "given"}, "put": {"put"}, "sit": {"sat"}, "spend": {"spent"},
	"shoot": {"shot"}, "cut": {"cut"}, "leave": {"left"}, "bring": {"brought"}, "win": {"won"},
	"fight": {"fought"}, "lay": {"laid"}, "pay": {"paid"}, "hit": {"hit"}, "set": {"set"}, "withdraw": {"withdrew", "withdrawn"},
	"build": {"built"}, "run": {"ran"}, "see": {"saw", "seen"}, "write": {"wrote", "written"}, "break": {"broke", "broken"},
	"forbid": {"forbade", "forbidden"}, "undertake": {"undertook", "undertaken"}, "stand": {"stood"}, "sell": {"sold"},
	"bomb": {"bombed"}, "shell": {"shelled"}, "kill": {"killed"}, "travel": {"traveled", "travelled", "traveling", "travelling"},
	"cancel": {"canceled", "cancelled"}, "signal": {"signaled", "signalled"}, "rebuff": {"rebuffed"}, "deny": {"denied", "denies"},
	"hand": {"handed"}, "free": {"freed", "frees", "freeing"},
}

// verbForms returns the forms of a verb: lemma, third person, past, past
// participle and gerund, with the irregular forms the table knows.
func verbForms(v string) []string {
	v = strings.ToLower(v)
	forms := []string{v}
	forms = append(forms, irregular[v]...)
	last := v[len(v)-1]
	cons := func(b byte) bool { return !strings.ContainsRune("aeiou", rune(b)) }
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 1 && cons(v[len(v)-2]):
		forms = append(forms, v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing")
	case last == 'e':
		forms = append(forms, v+"s", v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || last == 'x' || last == 'z' || last == 'o':
		forms = append(forms, v+"es", v+"ed", v+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
		// consonant doubling for short closed syllables: plan -> planned
		if len(v) >= 3 && cons(last) && !cons(v[len(v)-2]) && cons(v[len(v)-3]) && last != 'w' && last != 'y' {
			forms = append(forms, v+string(last)+"ed", v+string(last)+"ing")
		}
	}
	return forms
}

// nounForms returns a noun and its plural.
func nounForms(n string) []string {
	n = strings.ToLower(n)
	switch {
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return []string{n, n[:len(n)-1] + "ies"}
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		return []string{n, n + "es"}
	}
	return []string{n, n + "s"}
}
