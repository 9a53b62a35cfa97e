package score

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// quotes maps the typographic quotes and dashes that NormText replaces.
var quotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u2014", "-", "\u2013", "-")

// NormText is the form in which evidence is compared: NFKC, typographic
// quotes and dashes made ASCII, runs of white space made one space, trimmed
// and lowercased, as score.py's norm_text does it.
func NormText(s string) string {
	s = norm.NFKC.String(s)
	s = quotes.Replace(s)
	return pyLower(collapseSpace(s))
}

// NormName is the form in which actor names and places are compared:
// NormText without punctuation (hyphens stay) and without a leading "the ",
// as score.py's norm_name does it. "The U.S. State Department" and
// "U.S. state department" both become "us state department".
func NormName(s string) string {
	s = NormText(s)
	s = strings.Map(func(r rune) rune {
		if isWord(r) || isSpace(r) || r == '-' {
			return r
		}
		return -1
	}, s)
	s = collapseSpace(s)
	return strings.TrimPrefix(s, "the ")
}

// isSpace is Python's str.isspace for one character: Go's white space and
// the ASCII separators 0x1c-0x1f.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// isWord is the \w of Python's regular expressions: letters, numbers and _.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// collapseSpace is re.sub(r"\s+", " ", s).strip().
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if isSpace(r) {
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

// pyLower is Python's str.lower: Go's lowercase mapping plus the full
// mappings Python adds, İ to "i̇" and a word-final Σ to ς.
func pyLower(s string) string {
	if !strings.ContainsAny(s, "\u0130\u03a3") {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == '\u0130':
			b.WriteString("i\u0307")
		case r == '\u03a3' && finalSigma(rs, i):
			b.WriteRune('\u03c2')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma is Unicode's Final_Sigma condition at rs[i]: a cased letter
// before it and none after it, skipping case-ignorable characters.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func caseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) ||
		strings.ContainsRune("'.:\u00b7\u0387\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a", r)
}
