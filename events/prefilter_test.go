package events

import "testing"

func TestMayContainFold(t *testing.T) {
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
		{"at the tal\u212as", []string{"summit"}, true}, // Kelvin sign: may match "talks" under (?i)
		{"at the ſummit", []string{"meeting"}, true},    // long s
		{"Erdoğan met Putin", []string{"meeting"}, false},
	}
	for _, tt := range tests {
		if got := mayContainFold(tt.s, tt.words...); got != tt.want {
			t.Errorf("mayContainFold(%q, %q) = %v, want %v", tt.s, tt.words, got, tt.want)
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
		"at the tal\u212as", "one day afteR", "two wee\u212as before", "before the ſummit",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if relAnchor.MatchString(s) && !(mayContainFold(s, "day", "week") && mayContainFold(s, "after", "before")) {
			t.Errorf("relative anchor in %q skipped", s)
		}
		if duringAnchor.MatchString(s) && !mayContainFold(s, "ceremony", "signing", "meeting", "talks", "summit", "conference") {
			t.Errorf("during anchor in %q skipped", s)
		}
	})
}
