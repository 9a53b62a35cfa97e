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
	w     string // text as written
	l     string // lower case
	kind  byte
	space bool // whitespace precedes it
	nl    int  // newlines in the whitespace that precedes it
}

// isCap reports whether the token starts with an upper-case letter.
func (t token) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsUpper(r)
}

// tokenize splits text into tokens. Offsets always lie on rune boundaries.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	space, nl := true, 0
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			if r == '\n' {
				nl++
			}
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanAlnum(text, i)
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
			toks = append(toks, token{s: i, e: j, w: w, l: strings.ToLower(w), kind: alnumKind(w), space: space, nl: nl})
			i = j
		default:
			// 's and 'NNs
			if (r == '\'' || r == '’') && i+size < len(text) {
				j := i + size
				if j < len(text) && (text[j] == 's' || text[j] == 'S') && (j+1 >= len(text) || !isAlnumAt(text, j+1)) {
					toks = append(toks, token{s: i, e: j + 1, w: text[i : j+1], l: "'s", kind: kWord, space: space, nl: nl})
					i = j + 1
					space, nl = false, 0
					continue
				}
			}
			w := text[i : i+size]
			toks = append(toks, token{s: i, e: i + size, w: w, l: w, kind: kPunct, space: space, nl: nl})
			i += size
		}
		space, nl = false, 0
	}
	return toks
}

func isAlnumAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitAt(text string, i int) bool {
	return i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// scanAlnum returns the end of the letter/digit run starting at i, allowing
// , . : between digits and an apostrophe between letters (won't, o'clock).
func scanAlnum(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += size
			continue
		}
		if (r == ',' || r == '.' || r == ':') && j > i && isDigitAt(text, j-1) && isDigitAt(text, j+1) {
			j++
			continue
		}
		if r == '\'' && j > i && j+1 < len(text) {
			prev, _ := utf8.DecodeLastRuneInString(text[i:j])
			next, _ := utf8.DecodeRuneInString(text[j+1:])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) && next != 's' && next != 'S' {
				j++
				continue
			}
		}
		break
	}
	return j
}

func alnumKind(w string) byte {
	digits, letters := false, false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case unicode.IsLetter(r):
			letters = true
		}
	}
	switch {
	case digits && letters:
		return kMixed
	case digits:
		return kNum
	}
	return kWord
}
