package timex

import (
	"strconv"
	"strings"
	"time"
)

// months maps month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays maps weekday names and abbreviations to time.Weekday.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	"mon":      time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
}

// seasons maps season names to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// seasonStart is the month a season starts in (northern hemisphere).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// partsOfDay maps words for parts of a day to TIMEX3 codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

var ones = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// ordinals maps ordinal words to numbers.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// unit describes a duration unit.
type unit struct {
	code string // Y M W D H M S Q, or DE/CE for decade/century
	time bool   // hours, minutes, seconds: written after T
	mult int    // multiplier for decade (10 years) and century (100 years)
}

// units maps unit words (singular and plural) to units.
var units = map[string]unit{
	"second": {"S", true, 1}, "seconds": {"S", true, 1},
	"minute": {"M", true, 1}, "minutes": {"M", true, 1},
	"hour": {"H", true, 1}, "hours": {"H", true, 1},
	"day": {"D", false, 1}, "days": {"D", false, 1},
	"night": {"D", false, 1}, "nights": {"D", false, 1},
	"week": {"W", false, 1}, "weeks": {"W", false, 1},
	"fortnight": {"W", false, 2}, "fortnights": {"W", false, 2},
	"month": {"M", false, 1}, "months": {"M", false, 1},
	"quarter": {"Q", false, 1}, "quarters": {"Q", false, 1},
	"year": {"Y", false, 1}, "years": {"Y", false, 1},
	"decade": {"Y", false, 10}, "decades": {"Y", false, 10},
	"century": {"Y", false, 100}, "centuries": {"Y", false, 100},
}

// isPluralUnit reports whether w is the plural form of a unit word.
func isPluralUnit(w string) bool { return numberWords.get(w)&clPluralUnit != 0 }

// The classes of the words that counts and durations are made of, from
// the lists of the same names, in one table (numberWords): the parsers
// test a word with one lookup, and most words of a text, which are in
// none, land on an empty slot.
const (
	clOnes = 1 << iota
	clTens
	clFuzzy
	clUnit
	clPluralUnit
	clDurFrame
	clDurFiller
)

var numberWords = func() wordTable {
	classes := map[string]uint32{}
	for cl, words := range map[uint32][]string{clOnes: keys(ones), clTens: keys(tens), clFuzzy: keys(fuzzyQuant),
		clUnit: keys(units), clDurFrame: keys(durFrames), clDurFiller: keys(durFillers)} {
		for _, w := range words {
			classes[w] |= cl
		}
	}
	for w := range units {
		if strings.HasSuffix(w, "s") || w == "centuries" {
			classes[w] |= clPluralUnit
		}
	}
	return newWordTable(classes)
}()

// fuzzyQuant holds words for an unspecified quantity ("several weeks").
var fuzzyQuant = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true,
	"countless": true,
}

// durationValue renders n units as an ISO 8601 duration; n < 0 means unknown.
func durationValue(n int, u unit) string {
	var num string
	if n < 0 {
		num = "X"
	} else {
		num = strconv.Itoa(n * u.mult)
	}
	code := u.code
	if n < 0 && u.mult == 10 {
		code = "DE"
	} else if n < 0 && u.mult == 100 {
		code = "CE"
	}
	if u.time {
		return "PT" + num + code
	}
	return "P" + num + code
}

// wordNumber parses a number written as digits or words at toks[i:],
// returning the value, the tokens used, and ok. Compounds like
// "twenty-four", "twenty four" and "a hundred" are understood.
func wordNumber(toks []token, i int) (n, used int, ok bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	t := toks[i]
	if t.kind == kNum {
		// ASCII digits and commas, up to a million
		v := 0
		for k := 0; k < len(t.l); k++ {
			switch c := t.l[k]; {
			case c >= '0' && c <= '9':
				v = v*10 + int(c-'0')
				if v > 1000000 {
					return 0, 0, false
				}
			case c != ',':
				return 0, 0, false // a decimal, a clock time, other digits
			}
		}
		return v, 1, true
	}
	if numberWords.get(t.l)&(clOnes|clTens) == 0 && t.l != "dozen" {
		return 0, 0, false
	}
	if v, ok := ones[t.l]; ok {
		n, used = v, 1
	} else if v, ok := tens[t.l]; ok {
		n, used = v, 1
		// twenty-four, twenty four
		j := i + 1
		if j < len(toks) && toks[j].l == "-" && !toks[j].space {
			j++
		}
		if j < len(toks) {
			if o, ok := ones[toks[j].l]; ok && o > 0 && o < 10 {
				n += o
				used = j - i + 1
			}
		}
	} else if t.l == "dozen" {
		n, used = 12, 1
	} else {
		return 0, 0, false
	}
	// "one hundred", "two thousand"
	j := i + used
	if j < len(toks) {
		switch toks[j].l {
		case "hundred":
			n *= 100
			used++
		case "thousand":
			n *= 1000
			used++
		}
		n, used = andUnder100(toks, i, n, used)
	}
	return n, used, true
}

// andUnder100 adds the tens and ones after a hundred or a thousand in
// words ("one hundred and twenty", "a thousand and one") to n, which ends
// at toks[i+used].
func andUnder100(toks []token, i, n, used int) (int, int) {
	j := i + used
	if j < 1 || (toks[j-1].l != "hundred" && toks[j-1].l != "thousand") || j+1 >= len(toks) || toks[j].l != "and" || toks[j+1].kind != kWord {
		return n, used
	}
	if m, u, ok := wordNumber(toks, j+1); ok && m > 0 && m < 100 {
		return n + m, used + 1 + u
	}
	return n, used
}

// yearWords parses a year written in words: "nineteen ninety-six",
// "two thousand", "two thousand and one".
func yearWords(toks []token, i int) (year, used int, ok bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	if toks[i].l == "two" && i+1 < len(toks) && toks[i+1].l == "thousand" {
		year, used = 2000, 2
		j := i + 2
		if j < len(toks) && toks[j].l == "and" {
			j++
		}
		if n, u, ok := wordNumber(toks, j); ok && n < 100 && toks[j].kind == kWord {
			return 2000 + n, j + u - i, true
		}
		return year, used, true
	}
	hi, ok := ones[toks[i].l]
	if !ok || hi < 10 {
		return 0, 0, false
	}
	j := i + 1
	lo, u, ok := wordNumber(toks, j)
	if !ok || toks[j].kind != kWord || lo < 10 || lo > 99 {
		return 0, 0, false
	}
	return hi*100 + lo, 1 + u, true
}

// pastCues are words that mark a clause as past or present-perfect.
var pastCues = set("said", "told", "was", "were", "had", "did", "met", "went", "came", "took",
	"left", "began", "made", "gave", "held", "spoke", "saw", "got", "found", "sent",
	"brought", "fell", "rose", "led", "won", "lost", "paid", "sold", "bought", "struck",
	"shot", "flew", "ran", "wrote", "thought", "knew", "became", "kept", "heard", "fought",
	"caught", "chose", "drove", "broke", "stood", "sat", "felt", "meant", "built", "spent",
	"sought", "taught", "withdrew", "arose", "ago", "yesterday", "earlier", "last",
	"previous", "has", "have", "wasn't", "weren't", "didn't", "hadn't", "hasn't", "haven't",
	"quoted", "reported", "dated", "hit", "cut", "put", "let", "set", "quit", "beat",
	"ended", "closed", "traded")

// modals are the auxiliaries before "one day" in the sense of "some day".
var modals = set("will", "would", "could", "might", "may", "can", "should", "shall", "'ll", "must")

// presentCues mark a present-tense report: treated like the past for
// weekdays (on or before the DCT).
var presentCues = set("says", "say", "is", "are", "isn't", "aren't", "does")

// futureCues mark a clause as future or planned.
var futureCues = set("will", "won't", "'ll", "shall", "would", "wouldn't", "scheduled", "expected",
	"expects", "expect", "plans", "planned", "planning", "plan", "intends", "intend", "intended",
	"due", "upcoming", "coming", "next", "hopes", "hope", "aims", "tomorrow", "later",
	"could", "might", "may", "should", "must", "pending", "awaiting",
	"going", "slated", "poised", "resume")

// scheduledPresent are present-tense verbs that report a scheduled event
// ("Netanyahu and Arafat meet separately Monday", "talks open Tuesday"):
// a future report in the event model's terms.
var scheduledPresent = set("meet", "meets", "visit", "visits", "travel", "travels", "leave", "leaves",
	"arrive", "arrives", "return", "returns", "begin", "begins", "start", "starts", "open", "opens",
	"convene", "convenes", "vote", "votes", "head", "heads", "fly", "flies", "hold", "holds")

// notPastEd are words in -ed that are not past participles.
var notPastEd = set("need", "succeed", "proceed", "exceed", "feed", "speed", "breed", "bleed", "heed",
	"seed", "greed", "deed", "indeed", "embed", "naked", "wicked", "sacred", "hundred", "kindred", "hatred")

// plannedPast are the future cues that "had" or "had been" turn into a
// plan in the past ("had been scheduled to expire Friday").
var plannedPast = set("scheduled", "expected", "due", "planned", "slated", "intended", "set", "supposed")

// motionIng are -ing verbs that, without "was/were", report a planned event
// ("heading to Israel on Friday").
var motionIng = set("heading", "traveling", "travelling", "leaving", "flying", "going",
	"meeting", "visiting", "returning", "arriving", "departing", "coming", "starting",
	"beginning", "holding", "hosting", "attending", "opening", "convening")

// notVerbs are words after "to" that show "to" is a preposition.
var notVerbs = set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
	"that", "these", "those", "him", "them", "us", "me", "it", "which", "what", "whom",
	"date", "day", "week", "month", "year", "some", "all", "any", "each", "every", "both",
	"more", "less", "about", "around", "as", "washington", "one", "two", "three")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
