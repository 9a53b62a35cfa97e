package events

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/events/kb"
	"github.com/eventgraph/eventgraph/events/timex"
	"github.com/eventgraph/eventgraph/seeds"
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
		if timex.LowerASCII(s) != strings.ToLower(s) {
			t.Errorf("timex.LowerASCII(%q) = %q, want %q", s, timex.LowerASCII(s), strings.ToLower(s))
		}
		want := tokenize(nil, s, "", 7)
		got := tokenize(nil, s, strings.ToLower(s), 7)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(token{})); diff != "" {
			t.Errorf("tokenize(%q) mismatch (-want +got):\n%s", s, diff)
		}
	})
}

// TestASCIITables checks the byte tables of tokenize against the unicode
// package they stand for.
func TestASCIITables(t *testing.T) {
	for c := range 256 {
		r := rune(c)
		if c < utf8.RuneSelf {
			if got, want := isSpace(r), unicode.IsSpace(r); got != want {
				t.Errorf("isSpace(%q) = %v, want %v", r, got, want)
			}
			if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
				t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
			}
			if got, want := plainByte[c], c != '\n' && c != '.' && c != '!' && c != '?'; got != want {
				t.Errorf("plainByte[%q] = %v, want %v", r, got, want)
			}
		} else if plainByte[c] {
			t.Errorf("plainByte[%#x] is set: a byte of a multi-byte rune", c)
		} else if asciiWord[c] {
			t.Errorf("asciiWord[%#x] is set: a byte of a multi-byte rune", c)
		}
		if s := string([]byte{byte(c), 'x'}); utf8.ValidString(s) {
			r1, w1 := runeAt(s, 0)
			r2, w2 := utf8.DecodeRuneInString(s)
			if r1 != r2 || w1 != w2 {
				t.Errorf("runeAt(%q, 0) = %q, %d, want %q, %d", s, r1, w1, r2, w2)
			}
		}
	}
	for _, s := range []string{"é", "’", "\u00a0", "\u2003", "日本"} {
		r1, w1 := runeAt(s, 0)
		r2, w2 := utf8.DecodeRuneInString(s)
		if r1 != r2 || w1 != w2 {
			t.Errorf("runeAt(%q, 0) = %q, %d, want %q, %d", s, r1, w1, r2, w2)
		}
		if got, want := isSpace(r1), unicode.IsSpace(r1); got != want {
			t.Errorf("isSpace(%q) = %v, want %v", r1, got, want)
		}
	}
}

// TestWordTable checks classOf's table against the map it is built from,
// for the words of the lists and for every word of the seed articles.
func TestWordTable(t *testing.T) {
	classOf("")
	words := []string{"", "a", "zzzz", "the", "s"}
	for w := range classes {
		words = append(words, w, w+"s", strings.ToUpper(w))
	}
	for _, s := range []string{seeds.Blinken, strings.ToLower(seeds.Blinken)} {
		for _, tok := range tokenize(nil, s, "", 0) {
			words = append(words, tok.Lower, tok.Text)
		}
	}
	for _, w := range words {
		if got, want := classOf(w), classes[w]; got != want {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want)
		}
	}
	for h := range pluralHeads {
		ws := strings.Fields(h)
		if classOf(ws[len(ws)-1])&wcPluralHeadEnd == 0 {
			t.Errorf("classOf(%q) lacks wcPluralHeadEnd, the last word of %q", ws[len(ws)-1], h)
		}
	}
}

// TestMarkNear checks markNear against its definition: a token with
// RoleEnd, or with a group's head, among the four from each token.
func TestMarkNear(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 2000; n++ {
		toks := make([]token, rng.IntN(12))
		for k := range toks {
			toks[k].RoleEnd = rng.IntN(5) == 0
			if rng.IntN(5) == 0 {
				toks[k].Class = wcGroupHead
			}
		}
		markNear(toks)
		for k := range toks {
			role, head := false, false
			for j := k; j < len(toks) && j <= k+3; j++ {
				role = role || toks[j].RoleEnd
				head = head || toks[j].Class&wcGroupHead != 0
			}
			if toks[k].roleNear != role || toks[k].headNear != head {
				t.Fatalf("markNear: token %d of %+v: roleNear %v, headNear %v; want %v, %v", k, toks, toks[k].roleNear, toks[k].headNear, role, head)
			}
		}
	}
}

func TestFirstWord(t *testing.T) {
	for _, s := range []string{"", " ", "Ana", "Ana Ruiz", "  Ana  ", "Ana\tRuiz", "Ana\u00a0Ruiz", "A. Ruiz ", "Ana\u2003", "x \u0085 y"} {
		first, more := firstWord(s)
		ws := strings.Fields(s)
		want := ""
		if len(ws) > 0 {
			want = ws[0]
		}
		if first != want || more != (len(ws) > 1) {
			t.Errorf("firstWord(%q) = %q, %v; want %q, %v", s, first, more, want, len(ws) > 1)
		}
	}
}

// TestSetClass checks that the one look-up of setClass gives a token the
// classes classOf gives and the RoleEnd kb.RoleEnd gives.
func TestSetClass(t *testing.T) {
	k := kb.Default()
	x := &extractor{kb: k}
	tab := classTableFor(k)
	if tab == nil {
		t.Fatal("no class table for the default knowledge base")
	}
	words := []string{"the", "president", "minister", "then-president", "then-then-king", "secretary-general",
		"'s", ",", "u.s.", "spokesman", "ministers", "met", "foo", "", "kingdom", "prime", "then-"}
	ends, _ := k.RoleEndWords()
	words = append(words, ends...)
	for w := range classes {
		words = append(words, w)
	}
	text := strings.Join(words, " ")
	toks := tokenize(nil, text, strings.ToLower(text), 0)
	for i := range toks {
		got := toks[i]
		x.setClass(&got, tab)
		if want := classOf(got.Lower); got.Class != want {
			t.Errorf("%q: class %b, want %b", got.Lower, got.Class, want)
		}
		if want := got.Word && k.RoleEnd(got.Lower); got.RoleEnd != want {
			t.Errorf("%q: RoleEnd %v, want %v", got.Lower, got.RoleEnd, want)
		}
	}
	if classTableFor(k) != tab {
		t.Error("the table was built again for the same knowledge base")
	}
}

// TestNameClass checks nameTab against the lists it holds.
func TestNameClass(t *testing.T) {
	lists := map[nameClass]map[string]bool{ncNotName: notNames, ncOrgCue: orgCues, ncMediaCue: mediaCues, ncFacilityCue: facilityCues, ncGivenName: givenNames}
	words := []string{"Obama", "the", "ministry", "", "Kenneth"}
	for _, l := range lists {
		for w := range l {
			words = append(words, w, strings.ToLower(w), w+"s")
		}
	}
	for _, w := range words {
		for c, l := range lists {
			if got := nameClassOf(w)&c != 0; got != l[w] {
				t.Errorf("nameClassOf(%q)&%b = %v, want %v", w, c, got, l[w])
			}
		}
	}
}
