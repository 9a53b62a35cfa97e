package wordtab

import (
	"fmt"
	"testing"
)

// FuzzTable checks a table against the map it stands for: the words
// added get their flags, every other word none.
func FuzzTable(f *testing.F) {
	f.Add("may", "maybe", "m", uint32(3))
	f.Add("", "x", "xx", uint32(1))
	f.Fuzz(func(t *testing.T, a, b, c string, flags uint32) {
		words := []string{a, b, c, a + b, b + c}
		for i := range 500 {
			words = append(words, fmt.Sprintf("w%d%s", i, a))
		}
		tab := New(len(words))
		want := map[string]uint32{}
		for i, w := range words {
			fl := flags>>uint(i%32) | 1
			tab.Add(w, fl)
			if w != "" {
				want[w] |= fl
			}
		}
		for _, w := range append(words, "", "zz"+c, a+"q", b[:len(b)/2]) {
			if got := tab.Get(w); got != want[w] {
				t.Errorf("Get(%q) = %d, want %d", w, got, want[w])
			}
		}
		if tab.Len() != len(want) {
			t.Errorf("Len() = %d, want %d", tab.Len(), len(want))
		}
	})
}
