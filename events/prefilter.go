package events

import "strings"

// keywords is a quick test before a case-insensitive regular expression
// each of whose matches contains one of a few words.
type keywords []string

// mayOccurIn reports whether text, whose strings.ToLower is lower, may
// contain one of the words (lower-case ASCII) in any case. Besides the
// ASCII letters, Go's case folding matches 'k' with the Kelvin sign, which
// strings.ToLower turns into k, and 's' with the long s, which it keeps; a
// text with a long s may match, so the answer for it is true.
func (k keywords) mayOccurIn(text, lower string) bool {
	for _, w := range k {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return strings.Contains(text, "ſ")
}
