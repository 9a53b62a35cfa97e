package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence of an article: its text and where it stands.
type Sentence struct {
	Start, End int // byte offsets into the text, end exclusive
	Text       string
	Para       int // paragraph number, from 0
}

// abbreviations that never end a sentence: titles, months before a day,
// and other words always followed by more of the same sentence.
var noBreakAbbr = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Gen": true, "Lt": true, "Col": true,
	"Sgt": true, "Capt": true, "Adm": true, "Maj": true, "Cmdr": true, "Cpl": true, "Pvt": true,
	"Rep": true, "Reps": true, "Sen": true, "Sens": true, "Gov": true, "Pres": true, "Prof": true,
	"Rev": true, "Msgr": true, "Fr": true, "St": true, "Mt": true, "Ft": true, "Hon": true,
	"Amb": true, "Sec": true, "Supt": true, "Insp": true, "Brig": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"No": true, "Nos": true, "vs": true, "v": true, "approx": true, "ca": true, "cf": true,
	"e.g": true, "i.e": true, "Vol": true, "pp": true, "p": true, "Art": true, "Ave": true,
}

// abbreviations that end a sentence only when a sentence plainly starts
// after them: company suffixes, US states, dotted acronyms, "etc".
var maybeBreakAbbr = map[string]bool{
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "Jr": true, "Sr": true,
	"etc": true, "Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true,
	"Del": true, "Fla": true, "Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true,
	"Md": true, "Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true, "Mont": true,
	"Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true, "Tex": true,
	"Vt": true, "Va": true, "Wash": true, "Wis": true, "Wyo": true, "Ore.": true, "a.m": true, "p.m": true,
}

// sentenceStarters are capitalised words that, after an ambiguous
// abbreviation ("U.S.", "Inc."), show that a new sentence has begun.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "You": true, "But": true, "And": true, "In": true, "On": true, "At": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "His": true, "Her": true, "Its": true,
	"Their": true, "Our": true, "After": true, "Before": true, "When": true, "While": true, "Meanwhile": true,
	"However": true, "Officials": true, "If": true, "As": true, "Some": true, "Many": true, "No": true,
	"Also": true, "Still": true, "Yet": true, "So": true, "For": true, "Since": true, "Under": true,
}

// Sentences splits the article body text[from:] into sentences. It breaks at
// paragraph ends (a blank line, or a line break after sentence-final
// punctuation) and after '.', '!' or '?' (with any closing quotes and
// brackets) followed by a space and a capital, a digit or an opening quote,
// unless the full stop ends an abbreviation ("Oct. 7", "Gen.", "Mr.", "U.S.
// officials", initials "James A. Baker", "team no. 225"). An ellipsis
// ("...", "…", ". . .") leaves words out and ends no sentence unless a
// quote or bracket closes right after it or the line ends. Paragraphs are
// numbered from 0 without gaps, however many blank lines part them.
func Sentences(text string, from int) []Sentence {
	var out []Sentence
	para := 0
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		s := strings.TrimRightFunc(text[start:end], unicode.IsSpace)
		if s != "" {
			out = append(out, Sentence{Start: start, End: start + len(s), Text: s, Para: para})
		}
		start = -1
	}
	i := from
	for i < len(text) {
		if start >= 0 && plainByte[text[i]] {
			// most bytes: within a sentence, and no end of a line or a
			// sentence; skip them all
			for i++; i < len(text) && plainByte[text[i]]; i++ {
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// blank line: paragraph end
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			blank := j < len(text) && text[j] == '\n'
			if blank || start >= 0 && (endsSentence(text[start:i]) || isDatelineLine(text[start:i])) {
				emit(i)
			}
			if blank && len(out) > 0 && out[len(out)-1].Para == para {
				para++ // several blank lines end one paragraph
			}
			i++
			continue
		}
		if start < 0 {
			if unicode.IsSpace(r) {
				i += w
				continue
			}
			start = i
		}
		if n := ellipsisLen(text, i); n > 0 {
			// an ellipsis marks words left out, not the end of a
			// sentence, unless a quote or bracket closes right after it
			// or the paragraph ends (handled at the line break)
			j := i + n
			if next, _ := utf8.DecodeRuneInString(text[j:]); !strings.ContainsRune("\"”’')]", next) {
				i = j
				continue
			}
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j := i + w
			// more terminal punctuation and closing quotes or brackets
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == '\'' || r2 == ')' || r2 == ']' {
					j += w2
					continue
				}
				break
			}
			if j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' && !strings.HasPrefix(text[j:], "\u00a0") {
				i = j
				continue
			}
			if r == '.' && !breakAfterPeriod(text, start, i, j) {
				i = j
				continue
			}
			// what follows the space
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if k >= len(text) || text[k] == '\n' || startsSentence(text[k:]) {
				emit(j)
			}
			i = j
			continue
		}
		i += w
	}
	emit(len(text))
	return out
}

// ellipsisLen returns the length in bytes of the ellipsis that starts at
// text[i] ("...", "..", "…", or the "." of a spaced ". . ."), or 0. Four or
// more full stops are an ellipsis and a full stop and count as none.
func ellipsisLen(text string, i int) int {
	if c := text[i]; c != '.' && c != "…"[0] {
		return 0 // the quick answer for most bytes
	}
	if strings.HasPrefix(text[i:], "…") {
		return len("…")
	}
	if text[i] != '.' {
		return 0
	}
	n := 0
	for i+n < len(text) && text[i+n] == '.' {
		n++
	}
	if n == 2 || n == 3 {
		return n
	}
	if n == 1 && (strings.HasPrefix(text[i+1:], " .") || i >= 2 && text[i-2:i] == ". ") {
		return 1
	}
	return 0
}

// endsSentence reports whether s ends with sentence-final punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\"'”’)`")
	return s != "" && strings.ContainsRune(".!?:_…", rune(s[len(s)-1]))
}

// isDatelineLine reports whether a line stands alone as a dateline
// ("NAIROBI, Kenya (AP) _") or a heading: short and without a full stop.
func isDatelineLine(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) < 60 && strings.Contains(s, "(AP)") || strings.HasSuffix(s, " _") || strings.HasSuffix(s, "--")
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'`([", r)
}

// breakAfterPeriod decides whether the full stop at text[dot] (with closers
// up to after) ends a sentence, looking at the word it ends.
// plainByte marks the ASCII bytes that end no line and no sentence: all
// but the line feed and '.', '!' and '?' (and the bytes of multi-byte runes).
var plainByte = func() (p [256]bool) {
	for c := range utf8.RuneSelf {
		p[c] = c != '\n' && c != '.' && c != '!' && c != '?'
	}
	return p
}()

func breakAfterPeriod(text string, start, dot, after int) bool {
	if after > dot+1 {
		return true // ." or .) closes a quote or bracket
	}
	ws := dot
	for ws > start {
		if c := text[ws-1]; c < utf8.RuneSelf { // the quick way for ASCII
			if asciiSpace[c] || c == '(' || c == '"' || c == '`' {
				break
			}
			ws--
			continue
		}
		r, w := utf8.DecodeLastRuneInString(text[start:ws])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '`' {
			break
		}
		ws -= w
	}
	word := text[ws:dot]
	if word != "" && (word[0] == '\'' || word[0] == "‘"[0]) {
		word = strings.TrimLeft(word, "'‘")
	}
	if word == "" {
		return true
	}
	if noBreakAbbr[word] {
		return false
	}
	if word == "no" || word == "nos" {
		if rest := strings.TrimLeft(text[after:], " \t\u00a0"); rest != "" && isDigit(rest[0]) {
			return false // "team no. 225"
		}
	}
	// single initial "A." or dotted acronym "U.S." / "U.N."
	if isInitial(word) || isDottedAcronym(word) || maybeBreakAbbr[word] {
		return sentenceStarters[nextWord(text[after:])]
	}
	return true
}

func nextWord(s string) string {
	s = strings.TrimLeft(s, " \t\r\n\u00a0")
	s = strings.TrimLeft(s, "\"“‘'`(")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if end < 0 {
		return s
	}
	return s[:end]
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// isDottedAcronym reports whether w is like "U.S" or "U.N" or "a.m" (the
// final full stop already cut off): letters separated by full stops.
func isDottedAcronym(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for {
		i := strings.IndexByte(w, '.')
		part := w
		if i >= 0 {
			part = w[:i]
		}
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		if i < 0 {
			return true
		}
		w = w[i+1:]
	}
}
