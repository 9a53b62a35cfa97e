package render

import "strings"

// bidiControl reports whether r is a bidirectional embedding, override or
// isolate (U+202A..U+202E, U+2066..U+2069). Left open in a label, one
// makes the text after it read in another order than it is written (a
// "Trojan Source" trick), so the writers of SVG and DOT drop them or
// escape them.
func bidiControl(r rune) bool {
	return r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069'
}

// dropBidi returns s without its bidirectional controls.
func dropBidi(s string) string {
	if !strings.ContainsAny(s, "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if bidiControl(r) {
			return -1
		}
		return r
	}, s)
}
