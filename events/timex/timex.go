package timex

import (
	"sort"
	"sync"
	"time"
	"unicode/utf8"
)

// Timex is one time expression found in a text.
type Timex struct {
	Start int    `json:"start"` // byte offset, inclusive
	End   int    `json:"end"`   // byte offset, exclusive
	Text  string `json:"text"`
	Type  string `json:"type"`          // DATE, TIME, DURATION, SET
	Value string `json:"value"`         // TIMEX3 value
	Mod   string `json:"mod,omitempty"` // TIMEX3 mod: START, MID, END, APPROX ...
}

// The TIMEX3 types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Tense is the temporal direction of a clause, as far as it decides which
// occurrence of an underspecified date ("Friday", "Oct. 7") is meant.
type Tense int

// The tenses. TenseUnknown and TensePresent resolve like TensePast for
// weekdays (the latest such day on or before the reference date); for a
// month and day without a year they pick the nearest occurrence.
const (
	TenseUnknown Tense = iota
	TensePast
	TensePresent
	TenseFuture
)

// String returns the name of the tense.
func (t Tense) String() string {
	switch t {
	case TensePast:
		return "past"
	case TensePresent:
		return "present"
	case TenseFuture:
		return "future"
	}
	return "unknown"
}

// Tag finds and normalises the time expressions of text. dct is the
// document creation time as "YYYY-MM-DD", or "" when unknown: relative
// expressions then keep X placeholders ("XXXX-XX-XX", "XXXX-WXX-5").
// Results are sorted by Start and never overlap.
func Tag(text, dct string) []Timex {
	return tag(text, "", dct, false)
}

// TagLower is Tag for a caller that has already lowered the text: lower is
// LowerASCII(text), which Tag would otherwise make. A lower of another
// length than text is ignored.
func TagLower(text, lower, dct string) []Timex {
	return tag(text, lower, dct, false)
}

// LowerASCII returns s with its ASCII capitals lowered and every other byte
// kept, so that its offsets are those of s: for an ASCII s,
// strings.ToLower(s).
func LowerASCII(s string) string { return asciiLower(s) }

// tag is TagLower; slow turns off the starter filter (see parser.slow).
func tag(text, lower, dct string, slow bool) []Timex {
	clean := text
	if !utf8.ValidString(text) {
		clean, lower = toValidUTF8(text), "" // lower has the bytes replaced
	}
	p := newParser(clean, dct)
	p.slow = slow
	if len(lower) == len(clean) {
		p.low = lower
	}
	buf := buffers.Get().(*buffer)
	p.toks, p.out, p.bare = buf.toks[:0], buf.out[:0], buf.bare[:0]
	p.run()
	var out []Timex
	if len(p.out) > 0 {
		out = make([]Timex, len(p.out))
		copy(out, p.out)
	}
	buf.put(p)
	for i := range out {
		out[i].Text = text[out[i].Start:out[i].End]
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// buffer holds the token, output and weekday slices of one Tag call for
// the next: a new parser would allocate (and the collector scan) several
// times the text's size in tokens, and regrow its output.
type buffer struct {
	toks []token
	out  []Timex
	bare []bareDay
}

var buffers = sync.Pool{New: func() any { return new(buffer) }}

// maxPooled is the most tokens or expressions a pooled buffer keeps (a few
// MB): a larger one, from a long text with no blank lines or a long list of
// dates, is left to the collector. The pool itself lets go of what a
// couple of collections find unused.
const maxPooled = 1 << 17

// put returns the parser's slices to the pool, cleared of the strings of
// this text so that the pool holds none of it.
func (b *buffer) put(p *parser) {
	if cap(p.toks) > maxPooled || cap(p.out) > maxPooled {
		return
	}
	clear(p.toks[:p.used])
	clear(p.out)
	b.toks, b.out, b.bare = p.toks[:0], p.out[:0], p.bare[:0]
	buffers.Put(b)
}

// toValidUTF8 is only used for invalid input: it keeps offsets by replacing
// each invalid byte with a single byte, so positions still refer to the
// input, which the caller indexes by byte.
func toValidUTF8(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			b[i] = '?'
		}
		i += size
	}
	return string(b)
}

// ResolveWeekday returns the date (YYYY-MM-DD) that the weekday wd refers to
// in a clause of the given tense, against the reference date dct: for the
// future the first such day after dct, otherwise the latest such day on or
// before it. The DCT's own weekday is the DCT in every tense: news copy
// says "will speak Thursday" in a Thursday story about that day. Without a valid dct it
// returns the TIMEX3 placeholder "XXXX-WXX-N" (N = 1 for Monday .. 7).
func ResolveWeekday(dct string, wd time.Weekday, tense Tense) string {
	t, ok := parseDCT(dct)
	if !ok {
		return weekdayX(wd)
	}
	return dayPoint(resolveWeekday(t, wd, tense)).value()
}

// resolveWeekday is ResolveWeekday on a parsed date.
func resolveWeekday(t time.Time, wd time.Weekday, tense Tense) time.Time {
	if tense == TenseFuture && t.Weekday() != wd {
		return weekdayAfter(t, wd)
	}
	return weekdayOnOrBefore(t, wd)
}

// ResolveMonthDay returns the date (YYYY-MM-DD) that a month and day without
// a year refer to in a clause of the given tense: in the past the latest one
// not after dct, in the future the first one on or after it, otherwise the
// nearest one. Without a valid dct it returns "XXXX-MM-DD".
func ResolveMonthDay(dct string, month time.Month, day int, tense Tense) string {
	t, ok := parseDCT(dct)
	if !ok {
		return monthDayX(int(month), day)
	}
	return dayPoint(resolveMonthDay(t, int(month), day, tense)).value()
}

func weekdayX(wd time.Weekday) string {
	return "XXXX-WXX-" + string(rune('0'+isoWeekday(wd)))
}
