package events

import (
	"strings"
	"testing"
)

func TestKeywords(t *testing.T) {
	tests := []struct {
		s     string
		words []string
		want  bool
	}{
		{"The meeting came one day after", []string{"day"}, true},
		{"ONE DAY AFTER", []string{"after"}, true},
		{"Two Weeks Before", []string{"after", "before"}, true},
		{"no such word", []string{"after", "before"}, false},
		{"", []string{"day"}, false},
		{"da", []string{"day"}, false},
		{"at the tal\u212as", []string{"talks"}, true}, // Kelvin sign: "talks" under (?i)
		{"at the tal\u212as", []string{"summit"}, false},
		{"at the ſummit", []string{"meeting"}, true}, // long s
		{"Erdoğan met Putin", []string{"meeting"}, false},
		{"Erdoğan — met", []string{"meeting"}, false}, // E2 80 94, not the Kelvin sign
	}
	for _, tt := range tests {
		if got := keywords(tt.words).mayOccurIn(tt.s, strings.ToLower(tt.s)); got != tt.want {
			t.Errorf("keywords(%q).mayOccurIn(%q) = %v, want %v", tt.words, tt.s, got, tt.want)
		}
	}
}

// FuzzAnchorPrefilter checks that the quick tests before the regular
// expressions of relative and "during" anchors never skip a sentence the
// expression matches.
func FuzzAnchorPrefilter(f *testing.F) {
	for _, s := range []string{
		"The meeting comes one day after Blinken met el-Sissi.",
		"TWO WEEKS BEFORE the summit",
		"3 days after",
		"in toasts after the signing",
		"ahead of this week's summit",
		"at the tal\u212as", "one day afteR", "two wee\u212as before", "before the ſummit", "two dayſ after", "six Days  after", "4 DAYS BEFORE",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lower := strings.ToLower(s)
		if relAnchor.MatchString(s) && !relPhrases.mayOccurIn(s, lower) {
			t.Errorf("relative anchor in %q skipped", s)
		}
		if duringAnchor.MatchString(s) && !duringNouns.mayOccurIn(s, lower) {
			t.Errorf("during anchor in %q skipped", s)
		}
	})
}
