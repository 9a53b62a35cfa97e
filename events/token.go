package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a sentence.
type token struct {
	Start, End int    // byte offsets into the article text
	Text       string // as written, typographic apostrophes folded to '
	Lower      string
	Word       bool // letters or digits, not punctuation
	Cap        bool // starts with an upper-case letter
	Time       bool // part of a time expression ("Tuesday" in "headed Tuesday to")
	// Name: a word that may be part of a name (nameWord), set by the
	// extractor once per token.
	Name bool
	// RoleEnd: a word that may end a role title (kb.RoleEnd), set by the
	// extractor once per token.
	RoleEnd bool
	// Class holds the word lists Lower is in (classOf), set by the
	// extractor once per token.
	Class wordClass
	// roleNear and headNear: a token with RoleEnd, and one whose Class
	// has wcGroupHead, lies among this one and the three after it (see
	// markNear).
	roleNear, headNear bool
}

// markNear sets the roleNear and headNear of the tokens of a sentence from
// their RoleEnd and Class.
func markNear(toks []token) {
	role, head := len(toks)+4, len(toks)+4 // the next such token
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].RoleEnd {
			role = k
		}
		if toks[k].Class&wcGroupHead != 0 {
			head = k
		}
		toks[k].roleNear = role <= k+3
		toks[k].headNear = head <= k+3
	}
}

// tokenize splits the sentence text, which starts at byte offset base of the
// article, into tokens, appended to out (the extractor reuses one array for
// the sentences of an article). Words keep inner hyphens, apostrophes and
// dotted abbreviations ("el-Sissi", "U.S.", "U.N.-backed"); the possessive
// "'s" is a token of its own. lower is strings.ToLower(text) when text is
// ASCII, so that the tokens' Lower can be cut from it, and "" otherwise.
func tokenize(out []token, text, lower string, base int) []token {
	mk := func(i, j int, word bool) token {
		if lower != "" {
			t := text[i:j]
			return token{Start: base + i, End: base + j, Text: t, Lower: lower[i:j], Word: word, Cap: 'A' <= t[0] && t[0] <= 'Z'}
		}
		return mkToken(text[i:j], base+i, word)
	}
	i := 0
	for i < len(text) {
		r, w := rune(text[i]), 1 // runeAt, by hand for ASCII: it does not inline
		if r >= utf8.RuneSelf {
			r, w = decodeRuneAt(text, i)
		}
		if isSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			j := i + w
			// `` and '' as one quote token
			if (r == '`' || r == '\'') && j < len(text) && text[j] == text[i] {
				j++
			}
			out = append(out, mk(i, j, false))
			i = j
			continue
		}
		j := i
		for j < len(text) {
			if asciiWord[text[j]] {
				j++ // the quick way for ASCII letters and digits
				continue
			}
			r2, w2 := rune(text[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, w2 = decodeRuneAt(text, j)
			}
			if isWordRune(r2) {
				j += w2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' || r2 == ',' {
				// joiner: only between word runes
				k := j + w2
				if k < len(text) {
					r3, _ := runeAt(text, k)
					if isWordRune(r3) {
						if r2 == ',' {
							// 45,000: digits on both sides
							if j > 0 && isDigit(text[j-1]) && isDigit(text[k]) {
								j = k
								continue
							}
							break
						}
						if r2 == '\'' || r2 == '’' {
							// possessive 's / ’s splits off
							if (text[k] == 's' || text[k] == 'S') && (k+1 >= len(text) || !isWordByte(text[k+1])) {
								break
							}
						}
						j = k
						continue
					}
				}
				if r2 == '.' && isDottedAcronym(text[i:j]) {
					j += w2 // U.S. keeps its final full stop
				}
			}
			break
		}
		out = append(out, mk(i, j, true))
		i = j
		// possessive
		if i < len(text) {
			r2, w2 := rune(text[i]), 1
			if r2 >= utf8.RuneSelf {
				r2, w2 = decodeRuneAt(text, i)
			}
			if (r2 == '\'' || r2 == '’') && i+w2 < len(text) && (text[i+w2] == 's' || text[i+w2] == 'S') &&
				(i+w2+1 >= len(text) || !isWordByte(text[i+w2+1])) {
				out = append(out, mk(i, i+w2+1, false))
				i += w2 + 1
			}
		}
	}
	return out
}

func mkToken(s string, at int, word bool) token {
	t := foldApostrophes(s)
	r, _ := utf8.DecodeRuneInString(t)
	return token{Start: at, End: at + len(s), Text: t, Lower: strings.ToLower(t), Word: word, Cap: unicode.IsUpper(r)}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWordRuneSlow(r)
}

// isWordRuneSlow is isWordRune beyond ASCII.
func isWordRuneSlow(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isSpace is unicode.IsSpace with a table for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// runeAt decodes the rune at byte i of s, an ASCII byte without a call.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeRuneAt(s, i)
}

// decodeRuneAt is utf8.DecodeRuneInString(s[i:]), out of line so that
// runeAt inlines.
func decodeRuneAt(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = func() (w [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		w[c] = unicode.IsSpace(rune(c))
	}
	return w
}()

// asciiWord marks the ASCII letters and digits: the word bytes of
// isWordRune below utf8.RuneSelf.
var asciiWord = func() (w [256]bool) {
	for c := range utf8.RuneSelf {
		w[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return w
}()

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// foldApostrophes replaces the typographic apostrophe ’ with '.
func foldApostrophes(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 { // the first byte of ’: most words have none
		return s
	}
	return strings.ReplaceAll(s, "’", "'")
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
