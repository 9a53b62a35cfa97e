package timex

import (
	"encoding/binary"
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
		if cl := byteClass[c]; cl&asciiSpace != 0 {
			space = true
			if c == '\n' {
				nl++
			}
			i++
			continue
		} else if cl&asciiWord != 0 {
			// an ASCII letter or digit: the run of them, and what may join
			// it to more (digits' "," "." ":", an inner apostrophe,
			// non-ASCII letters), left to scanAlnum
			j, seen, ascii := i+1, cl, true
			for ; j < len(text); j++ {
				b := byteClass[text[j]]
				if b&asciiWord == 0 {
					if b&asciiJoin != 0 {
						j, ascii, seen = scanAlnum(text, i, j, seen)
					}
					break
				}
				seen |= b
			}
			if ascii && j > i+1 {
				// the common case, in line: appendWord for the others
				toks = append(toks, token{s: i, e: j, l: low[i:j], kind: kindOf(seen), space: space,
					cap: c >= 'A' && c <= 'Z', nl: sat(nl)})
				i = j
			} else {
				toks = appendWord(toks, text, low, i, j, ascii, seen, space, nl)
				i = toks[len(toks)-1].e
			}
			space, nl = false, 0
			continue
		} else if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				space = true
				i += size
				continue
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				j, ascii, seen := scanAlnum(text, i, i, 0)
				toks = appendWord(toks, text, low, i, j, ascii, seen, space, nl)
				i = toks[len(toks)-1].e
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

// appendWord appends the letter/digit token text[i:j] (see scanAlnum); a
// lone "a" or "p" takes in the ".m." of "a.m." and "p.m.".
func appendWord(toks []token, text, low string, i, j int, ascii bool, seen byte, space bool, nl int) []token {
	// a.m. and p.m.
	if j == i+1 && j+1 < len(text) && text[j] == '.' && (text[j+1] == 'm' || text[j+1] == 'M') {
		if w := text[i]; w == 'a' || w == 'p' || w == 'A' || w == 'P' {
			k := j + 2
			if k < len(text) && text[k] == '.' {
				k++
			}
			if k >= len(text) || !isAlnumAt(text, k) {
				j = k
			}
		}
	}
	t := token{s: i, e: j, kind: kindOf(seen), space: space, nl: sat(nl)}
	if ascii {
		t.l = low[i:j]
		t.cap = text[i] >= 'A' && text[i] <= 'Z'
	} else {
		w := text[i:j]
		t.l = strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		t.cap = unicode.IsUpper(r)
	}
	return append(toks, t)
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
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		binary.LittleEndian.PutUint64(b[i:], x|upper8(x)>>2) // 0x80>>2 is 'a'-'A'
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// upper8 returns 0x80 in each byte of x that is an ASCII capital, 0 in the
// others: the bytes' low seven bits plus 0x80-'A' carry into the top bit
// from 'A' on, plus 0x80-'Z'-1 from past 'Z' on, and no carry crosses a
// byte; bytes of 0x80 and more are left out.
func upper8(x uint64) uint64 {
	const ones = 0x0101010101010101
	low7 := x & (0x7f * ones)
	fromA := low7 + (0x80-'A')*ones
	pastZ := low7 + (0x80-'Z'-1)*ones
	return fromA &^ pastZ &^ x & (0x80 * ones)
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
// whether the run is all ASCII, and the classes of the ASCII bytes in it
// (see kindOf). The caller may have scanned text[i:j] already, all ASCII,
// seeing the classes seen.
func scanAlnum(text string, i, j int, seen byte) (int, bool, byte) {
	ascii := true
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if cl := byteClass[c] & asciiWord; cl != 0 {
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
			return j, ascii, seen
		}
		ascii = false
		j += size
	}
	return j, ascii, seen
}

// The classes of ASCII bytes that make words, of ASCII white space, and
// of the bytes that may join more to a word (see scanAlnum): , . : ' and
// those of multi-byte runes.
const (
	asciiLetter = 1 << iota
	asciiDigit
	asciiSpace
	asciiJoin
	asciiWord = asciiLetter | asciiDigit
)

// byteClass holds the class of each byte, 0 for the other ASCII bytes.
var byteClass = func() (cl [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			cl[c] = asciiLetter
		case c >= '0' && c <= '9':
			cl[c] = asciiDigit
		case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n':
			cl[c] = asciiSpace
		case c == ',' || c == '.' || c == ':' || c == '\'':
			cl[c] = asciiJoin
		}
	}
	for c := utf8.RuneSelf; c < len(cl); c++ {
		cl[c] = asciiJoin
	}
	return cl
}()

// kindOf returns the kind of a word whose ASCII bytes have the classes
// seen.
func kindOf(seen byte) byte {
	switch seen {
	case asciiLetter | asciiDigit:
		return kMixed
	case asciiDigit:
		return kNum
	}
	return kWord
}
