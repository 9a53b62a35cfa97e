package kb

import (
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
)

// fold folds typographic quotes and dashes to ASCII, spaces of any kind to
// one space, and trims the result.
func fold(s string) string {
	if folded(s) {
		return s
	}
	return foldRunes(s)
}

// foldRunes is fold rune by rune, without its fast path.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			r = '-'
		case utf8.RuneError:
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// folded reports whether fold(s) is s: s is ASCII, without backquotes,
// and its only spaces are single blanks between words.
func folded(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	space := false // the byte before was a space
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !foldSpecial[c] {
			space = false
			continue
		}
		if c != ' ' || space {
			return false
		}
		space = true
	}
	return true
}

// foldSpecial marks the bytes folded stops at: the bytes of non-ASCII
// runes, '`', the space and the other ASCII white space.
var foldSpecial = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	for _, c := range "`\t\n\v\f\r " {
		t[c] = true
	}
	return t
}()

// wordKey lower-cases the first letter of every word of s (a word starts at
// the start of s or after a space, hyphen or slash), so forms that differ only
// in word-initial case share a key.
func wordKey(s string) string {
	if isASCII(s) {
		return asciiWordKey(s)
	}
	return wordKeyRunes(s)
}

// wordKeyRunes is wordKey rune by rune, without its fast path.
func wordKeyRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range s {
		if start {
			r = unicode.ToLower(r)
		}
		start = r == ' ' || r == '-' || r == '/'
		b.WriteRune(r)
	}
	return b.String()
}

// asciiWordKey is wordKey for an ASCII s; it returns s itself when no
// word of s starts with a capital.
func asciiWordKey(s string) string {
	var b []byte
	start := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if start && c >= 'A' && c <= 'Z' {
			if b == nil {
				b = []byte(s)
			}
			b[i] = c + 'a' - 'A'
		}
		start = c == ' ' || c == '-' || c == '/'
	}
	if b == nil {
		return s
	}
	return string(b)
}

// allCaps reports whether s has letters and none of them is lower-case.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// words returns the number of space-separated words of s.
func words(s string) int { return len(strings.Fields(s)) }

// validID reports whether id is a slug: lower-case ASCII letters and digits
// in hyphen-separated parts.
func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Slug returns the id form of a name: lower-case ASCII letters and digits in
// hyphen-separated parts, with common Latin accents dropped and apostrophes
// removed ("Côte d'Ivoire" -> "cote-divoire").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(name) {
		if r == '\'' || r == '.' {
			continue
		}
		if a, ok := deaccent[r]; ok {
			r = a
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

var deaccent = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ā': 'a',
	'Á': 'a', 'À': 'a', 'Â': 'a', 'Ä': 'a', 'Ã': 'a', 'Å': 'a',
	'ç': 'c', 'Ç': 'c', 'č': 'c', 'Č': 'c', 'ć': 'c',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'É': 'e', 'È': 'e', 'Ê': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'Í': 'i', 'Î': 'i',
	'ñ': 'n', 'Ñ': 'n', 'ń': 'n',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ø': 'o', 'ō': 'o', 'Ó': 'o', 'Ö': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'Ú': 'u', 'Ü': 'u',
	'ý': 'y', 'ÿ': 'y', 'š': 's', 'Š': 's', 'ş': 's', 'Ş': 's', 'ž': 'z', 'Ž': 'z',
	'ğ': 'g', 'ı': 'i', 'İ': 'i', 'ł': 'l', 'Ł': 'l', 'ř': 'r', 'ţ': 't', 'ș': 's', 'ț': 't',
}

// plain returns s with the Latin accents of deaccent removed.
func plain(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if a, ok := deaccent[r]; ok {
			r = a
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// suffixes are name endings that are not part of a surname.
var suffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true,
	"II": true, "III": true, "IV": true, "V": true}

// surname derives a person's surname from a full name: the last word,
// together with the particles before it ("bin Salman", "arap Moi", "von der
// Leyen", "Le Drian", "Abu Amr"), without suffixes such as "Jr." or "III".
// East Asian names that put the family name first are told by their form:
// a Korean or Taiwanese given name with a hyphen ("Ban Ki-moon", "Tsai
// Ing-wen"), a common Chinese family name before a one-word given name ("Xi
// Jinping", "Wang Yi"), or a Korean or Vietnamese family name before a
// two-word given name ("Kim Jong Un", "Nguyen Phu Trong"). An alias equal to
// the first word also makes it the surname when that word is such a family
// name. A one-word name has no surname.
func surname(name string, aliases []string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 && suffixes[strings.TrimSuffix(ws[len(ws)-1], ",")] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 0 {
		ws[len(ws)-1] = strings.TrimSuffix(ws[len(ws)-1], ",")
	}
	if len(ws) < 2 {
		return ""
	}
	if familyFirst(ws, aliases) {
		return ws[0]
	}
	i := len(ws) - 1
	for i > 1 && isParticle(ws[i-1]) {
		i--
	}
	return strings.Join(ws[i:], " ")
}

// familyFirst reports whether the words of a name put the family name first.
func familyFirst(ws, aliases []string) bool {
	first, last := ws[0], ws[len(ws)-1]
	if len(ws) == 2 && koreanGiven(last) {
		return true
	}
	switch {
	case len(ws) == 2 && chineseFamily[first]:
		return true
	case len(ws) == 3 && (koreanFamily[first] || vietFamily[first]) && !isParticle(ws[1]):
		return true
	}
	if chineseFamily[first] || koreanFamily[first] || vietFamily[first] {
		for _, a := range aliases {
			if a == first {
				return true
			}
		}
	}
	return false
}

// koreanGiven reports whether w looks like a hyphenated Korean or Taiwanese
// given name: a capitalized syllable, a hyphen and a lower-case syllable
// ("Ki-moon", "Ing-wen").
func koreanGiven(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 2 || i == len(w)-1 || strings.Count(w, "-") != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	n, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(r) && unicode.IsLower(n)
}

var (
	chineseFamily = set("Xi", "Hu", "Jiang", "Li", "Wang", "Wen", "Zhu", "Yang", "Qian", "Tang", "Qin",
		"Zhao", "Zhou", "Chen", "Liu", "Zhang", "Huang", "Wu", "Xu", "Sun", "Gao", "Guo", "Luo",
		"Zheng", "Liang", "Xie", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Pan", "Yuan",
		"Cai", "Jia", "Ding", "Wei", "Ye", "Cheng", "Shen", "Kong", "Mao", "Meng", "Yan",
		"Xue", "Zou", "Xiong", "Qiu", "Duan", "Dong", "Chi", "Hun", "Bo", "Lou", "Fu", "Lu", "Ma")
	koreanFamily = set("Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang",
		"Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Yu", "Hong",
		"Jeon", "Ko", "Moon", "Roh", "Noh", "Ban", "Yang", "Son", "Bae", "Baek", "Nam", "Chun", "Ri")
	vietFamily = set("Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui", "Do",
		"Ho", "Ngo", "Duong", "Ly", "To")
)

// isParticle reports whether w is a name particle that belongs to the
// surname after it: any lower-case word ("bin", "al", "de", "van", "arap")
// or a capitalized one such as "Le", "Di", "Van" or "Abu".
func isParticle(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) || capParticles[w]
}

var capParticles = set("Le", "La", "De", "Di", "Da", "Del", "Della", "Van", "Von", "Du", "Des", "Dos",
	"Das", "Abu", "Abou", "Aboul", "Abul", "Al", "El", "Bin", "Ibn", "Ould", "Ter", "Ten")

// day is a date as a count of days since 1970-01-01.
type day int64

const (
	minDay day = -1 << 40
	maxDay day = 1 << 40
)

// span is a half-open interval of days [start, end).
type span struct{ start, end day }

func (a span) overlaps(b span) bool { return a.start < b.end && b.start < a.end }

// distance returns the number of days between a and b, 0 if they overlap.
func (a span) distance(b span) day {
	switch {
	case a.overlaps(b):
		return 0
	case a.end <= b.start:
		return b.start - a.end + 1
	default:
		return a.start - b.end + 1
	}
}

func toDay(t time.Time) day { return day(t.Unix() / 86400) }

// parseDate parses a full YYYY-MM-DD date: what time.Parse("2006-01-02")
// accepts (four digits, a month of 01 to 12, a day of the month), without
// its general machinery, since the terms of the people a lookup finds are
// parsed at each lookup (TestParseDate compares the two).
func parseDate(s string) (day, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, m, d := 0, 0, 0
	for i, c := range []byte(s) {
		if i == 4 || i == 7 {
			continue
		}
		if c < '0' || c > '9' {
			return 0, false
		}
		switch {
		case i < 4:
			y = y*10 + int(c-'0')
		case i < 7:
			m = m*10 + int(c-'0')
		default:
			d = d*10 + int(c-'0')
		}
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return 0, false
	}
	return toDay(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)), true
}

// daysIn returns the number of days of month m of year y.
func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parsedOn is a query date and what parseOn made of it.
type parsedOn struct {
	on string
	iv span
	ok bool
}

// lastOn holds the query date parsed last: the look-ups of an article ask
// on one date.
var lastOn atomic.Pointer[parsedOn]

// parseOnce is parseOn, the answer for the date asked last kept.
func parseOnce(on string) (span, bool) {
	if p := lastOn.Load(); p != nil && p.on == on {
		return p.iv, p.ok
	}
	iv, ok := parseOn(on)
	lastOn.Store(&parsedOn{on: on, iv: iv, ok: ok})
	return iv, ok
}

// parseOn parses a query date: YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www. It
// reports false for "" and for anything else.
func parseOn(s string) (span, bool) {
	s = strings.TrimSpace(s)
	switch {
	case len(s) == 10:
		if d, ok := parseDate(s); ok {
			return span{d, d + 1}, true
		}
	case len(s) == 7 && s[4] == '-' && s[5] != 'W':
		if t, err := time.Parse("2006-01", s); err == nil {
			return span{toDay(t), toDay(t.AddDate(0, 1, 0))}, true
		}
	case len(s) == 8 && s[4] == '-' && s[5] == 'W':
		y, err1 := strconv.Atoi(s[:4])
		w, err2 := strconv.Atoi(s[6:])
		if err1 == nil && err2 == nil && s[0] != '-' && s[0] != '+' && w >= 1 && w <= 53 {
			// ISO week 1 holds January 4; weeks start on Monday.
			jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
			mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
			return span{toDay(mon), toDay(mon) + 7}, true
		}
	case len(s) == 4:
		if t, err := time.Parse("2006", s); err == nil {
			return span{toDay(t), toDay(t.AddDate(1, 0, 0))}, true
		}
	}
	return span{}, false
}

// termSpan returns the days of a term; an empty start or end is open.
func termSpan(t Term) span {
	sp := span{minDay, maxDay}
	if d, ok := parseDate(t.Start); ok {
		sp.start = d
	}
	if d, ok := parseDate(t.End); ok {
		sp.end = d
	}
	return sp
}
