package events

// keywords is a quick test before a case-insensitive regular expression
// each of whose matches contains one of a few words.
type keywords struct {
	words []string
	// first marks the bytes a word may start with, in either case, and the
	// first bytes of the Kelvin sign and the long s (see mayOccurIn).
	first [256]bool
}

// newKeywords returns the test for words (lower-case ASCII).
func newKeywords(words ...string) *keywords {
	k := &keywords{words: words}
	for _, w := range words {
		k.first[w[0]] = true
		k.first[upperASCII(w[0])] = true
	}
	k.first[0xC5], k.first[0xE2] = true, true
	return k
}

// mayOccurIn reports whether s may contain one of the words in any case.
// Besides the ASCII letters, Go's case folding matches 'k' with the Kelvin
// sign and 's' with the long s; a text with either of those may match, so
// the answer for it is true.
func (k *keywords) mayOccurIn(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !k.first[c] {
			continue
		}
		if c >= 0x80 {
			// ſ is C5 BF, the Kelvin sign E2 84 AA
			if c == 0xC5 && i+1 < len(s) && s[i+1] == 0xBF ||
				c == 0xE2 && i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xAA {
				return true
			}
			continue
		}
		c = lowerASCII(c)
		for _, w := range k.words {
			if w[0] == c && hasFoldPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// hasFoldPrefix reports whether s starts with w (lower-case ASCII) in any
// ASCII case.
func hasFoldPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerASCII(s[k]) != w[k] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}
