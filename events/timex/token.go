package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	kWord  = 'a' // letters, possibly with inner apostrophes
	kNum   = 'n' // digits, possibly with inner , . : between digits
	kMixed = 'm' // digits and letters: 1990s, 20th, 3pm
	kPunct = 'p' // any other single rune
)

// token is one unit of the text, with its byte offsets.
type token struct {
	s, e  int    // byte offsets, e exclusive
	l     string // lower case
	kind  byte
	space bool  // whitespace precedes it
	cap   bool  // it starts with an upper-case letter
	nl    uint8 // newlines in the whitespace that precedes it (at most 255)
}

// isCap reports whether the token starts with an upper-case letter.
func (t token) isCap() bool { return t.cap }

// tokenizeRange appends to toks the tokens of text[from:to], with offsets
// into text that always lie on rune boundaries; low is asciiLower(text),
// whose slices are the lower case of ASCII tokens.
func tokenizeRange(text, low string, from, to int, toks []token) []token {
	text = text[:to]
	space, nl := true, 0
	i := from
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				space = true
				i++
				continue
			case c == '\n':
				space = true
				nl++
				i++
				continue
			case isASCIIAlnum(c):
				i = appendWord(&toks, text, low, i, space, nl)
				space, nl = false, 0
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				space = true
				i += size
				continue
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				i = appendWord(&toks, text, low, i, space, nl)
				space, nl = false, 0
				continue
			}
		}
		// 's and 'NNs
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == '\'' || r == '’') && i+size < len(text) {
			j := i + size
			if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 >= len(text) || !isAlnumAt(text, j+1)) {
				toks = append(toks, token{s: i, e: j + 1, l: "'s", kind: kWord, space: space, nl: sat(nl)})
				i = j + 1
				space, nl = false, 0
				continue
			}
		}
		toks = append(toks, token{s: i, e: i + size, l: text[i : i+size], kind: kPunct, space: space, nl: sat(nl)})
		i += size
		space, nl = false, 0
	}
	return toks
}

// appendWord appends the letter/digit token starting at i and returns its end.
func appendWord(toks *[]token, text, low string, i int, space bool, nl int) int {
	j, ascii, kind := scanAlnum(text, i)
	w := text[i:j]
	// a.m. and p.m.
	if (w == "a" || w == "p" || w == "A" || w == "P") && j+1 < len(text) && text[j] == '.' && (text[j+1] == 'm' || text[j+1] == 'M') {
		k := j + 2
		if k < len(text) && text[k] == '.' {
			k++
		}
		if k >= len(text) || !isAlnumAt(text, k) {
			j = k
			w = text[i:j]
		}
	}
	t := token{s: i, e: j, kind: kind, space: space, nl: sat(nl)}
	if ascii {
		t.l = low[i:j]
		t.cap = w[0] >= 'A' && w[0] <= 'Z'
	} else {
		t.l = strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		t.cap = unicode.IsUpper(r)
	}
	*toks = append(*toks, t)
	return j
}

// sat caps a newline count at 255.
func sat(n int) uint8 {
	if n > 255 {
		return 255
	}
	return uint8(n)
}

// asciiLower lowers the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			if done == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[done:i])
			b.WriteByte(c + 'a' - 'A')
			done = i + 1
		}
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isAlnumAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return isASCIIAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitAt(text string, i int) bool {
	return i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// scanAlnum returns the end of the letter/digit run starting at i, allowing
// , . : between digits and an apostrophe between letters (won't, o'clock),
// whether the run is all ASCII, and its kind (kWord, kNum or kMixed).
func scanAlnum(text string, i int) (int, bool, byte) {
	j := i
	ascii := true
	var seen byte // asciiLetter | asciiDigit
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if cl := asciiClass[c]; cl != 0 {
				seen |= cl
				j++
				continue
			}
			if (c == ',' || c == '.' || c == ':') && j > i && isDigitAt(text, j-1) && isDigitAt(text, j+1) {
				j++
				continue
			}
			if c == '\'' && j > i && j+1 < len(text) {
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				next, _ := utf8.DecodeRuneInString(text[j+1:])
				if unicode.IsLetter(prev) && unicode.IsLetter(next) && next != 's' && next != 'S' {
					j++
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case unicode.IsDigit(r):
			seen |= asciiDigit
		case unicode.IsLetter(r):
			seen |= asciiLetter
		default:
			return j, ascii, kindOf(seen)
		}
		ascii = false
		j += size
	}
	return j, ascii, kindOf(seen)
}

// The classes of ASCII bytes that make words.
const (
	asciiLetter = 1 << iota
	asciiDigit
)

var asciiClass = func() (cl [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			cl[c] = asciiLetter
		case c >= '0' && c <= '9':
			cl[c] = asciiDigit
		}
	}
	return cl
}()

func kindOf(seen byte) byte {
	switch seen {
	case asciiLetter | asciiDigit:
		return kMixed
	case asciiDigit:
		return kNum
	}
	return kWord
}
