// Package timex finds time expressions in English news text and normalises
// them to TimeML TIMEX3 values.
//
// Tag scans a text once, left to right, trying a set of hand-written
// patterns at each word (weekdays, month names and days, years and decades,
// quarters, "this/last/next week", "three days", "two years ago", clock
// times, holidays, "now", "recently", "the future", "daily", ...) and keeps
// the longest expression found there. Each expression gets a TIMEX3 type
// (DATE, TIME, DURATION, SET) and value, resolved against the document
// creation time (DCT):
//
//   - a weekday in a past or present clause is the latest such day on or
//     before the DCT; in a future clause ("will meet Friday", "is heading to
//     Israel on Friday", "Arafat and Netanyahu meet Monday") it is the next
//     such day after it; the bare mentions of one weekday in an article
//     name one day, the reading nearest the DCT (wire copy dated the
//     evening before: "flew Tuesday to the Caucasus ... talks open
//     Tuesday morning" in a Monday story is the Tuesday after);
//   - "Friday night" and "Friday morning" are that Friday (DATE, as the
//     news gold and the event model date them); "Friday evening" keeps its
//     part of day (TIME, "...TEV"); "Tuesday nights" is a SET;
//   - a month and day without a year is the latest one not after the DCT in
//     a past clause, the next one in a future clause, else the nearest;
//   - "a day earlier", "the next day", "a year earlier" count from the last
//     date mentioned, "the day before last Tuesday" from the date it names;
//     "two years ago", "last week" from the DCT; "a few days later" is a
//     duration in a narrative and FUTURE_REF only in a future clause;
//   - a holiday's week ("Easter week") is the ISO week of the holiday;
//   - a unit's adjective in -long is a duration ("a day-long recess" is
//     "day-long", P1D), "pre-1990" and "post-2001" are the year (mod BEFORE,
//     AFTER), "in two weeks' time" is two weeks after the DCT, "Q3" and
//     "H1 2025" are a quarter and a half, "0600 GMT" is a clock time;
//   - in an earnings report, "a year ago", "the year-earlier period" are the
//     quarter under discussion (the first one the text names) a year back.
//
// The tense of a clause is guessed from the nearest verb cue ("will",
// "expected to", "plans to", "was set to", "said", past participles, ...),
// leaving out a trailing attribution (", an official said"); callers that
// know it better can use ResolveWeekday and ResolveMonthDay.
//
// The text is tagged one paragraph at a time: no expression spans a blank
// line. Only the tokens that can start an expression (a precomputed set of
// words, numbers, apostrophes) try the patterns, and only the patterns
// that can start there, so most of a text is skipped at the cost of one
// lookup in a small hash table. The buffers of a call are pooled for the
// next: Tag may be called from several goroutines at once.
//
// Offsets are byte offsets into the input and always lie on rune
// boundaries. Without a DCT, relative expressions keep TIMEX3 placeholders
// such as "XXXX-WXX-5" or "XXXX-10-07". The conventions for extents and
// values follow the TempEval-3 TimeML annotation guidelines.
package timex
