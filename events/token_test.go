package events

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzTokenizeLower checks that tokens cut from the lower-cased sentence
// (the quick way for ASCII text) are the tokens made one by one.
func FuzzTokenizeLower(f *testing.F) {
	for _, s := range []string{
		"U.S. Secretary of State Antony Blinken met el-Sissi's aides.",
		"``Hamas's'' offer of 45,000 troops, O'Neill said -- AT&T.",
		"IRAN's U.N.-backed plan", "a", "'s", "Kenya’s",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		want := tokenize(nil, s, "", 7)
		got := tokenize(nil, s, strings.ToLower(s), 7)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(token{})); diff != "" {
			t.Errorf("tokenize(%q) mismatch (-want +got):\n%s", s, diff)
		}
	})
}
