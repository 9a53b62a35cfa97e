package kb

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/internal/wordtab"
)

// index builds the derived entities (capitals as places) and the lookup
// tables from k.ents and k.roles.
func (k *KB) index() {
	k.sorted = k.sorted[:0]
	k.byID = map[string][]*Entity{}
	k.exact = map[string][]hit{}
	k.word = map[string][]hit{}
	k.lower = map[string][]hit{}
	k.plain = map[string][]hit{}
	k.roleAlias = map[string]string{}
	k.maxWords = 0
	k.keys = map[string]bool{}
	k.sortedKeys = nil
	k.roleLast = nil

	keys := make([]string, 0, len(k.ents))
	for key := range k.ents {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	var ents []*Entity
	placeForms := map[string]*Entity{}
	for _, key := range keys {
		e := k.ents[key]
		ents = append(ents, e)
		if e.Kind == Place {
			placeForms[e.Name] = e
			for _, a := range e.Aliases {
				placeForms[a] = e
			}
		}
	}
	// extra are capital aliases of places that places.tsv lists itself.
	type extraForm struct {
		form string
		e    *Entity
	}
	var extra []extraForm
	// A country's capital is a place unless places.tsv already has it.
	for _, key := range keys {
		c := k.ents[key]
		if c.Kind != Country || c.Capital == "" {
			continue
		}
		if p := placeForms[c.Capital]; p != nil {
			for _, a := range c.CapitalAliases {
				if placeForms[a] == nil {
					placeForms[a] = p
					extra = append(extra, extraForm{a, p})
				}
			}
			continue
		}
		p := &Entity{ID: Slug(c.Capital), Name: c.Capital, Kind: Place, PlaceKind: "city", Country: c.ID, pos: c.pos}
		if k.ents[string(Place)+"/"+p.ID] != nil {
			continue
		}
		placeForms[c.Capital] = p
		for _, a := range c.CapitalAliases {
			if placeForms[a] == nil {
				placeForms[a] = p
				p.Aliases = append(p.Aliases, a)
			}
		}
		p.Aliases = sorted(p.Aliases)
		ents = append(ents, p)
	}
	sort.SliceStable(ents, func(i, j int) bool {
		if ents[i].ID != ents[j].ID {
			return ents[i].ID < ents[j].ID
		}
		return kindRank[ents[i].Kind] < kindRank[ents[j].Kind]
	})
	k.sorted = ents
	for _, e := range ents {
		k.byID[e.ID] = append(k.byID[e.ID], e)
		for _, f := range forms(e) {
			k.add(f.form, hit{e, f.via})
		}
	}
	for _, x := range extra {
		k.add(x.form, hit{x.e, ViaPlace})
	}
	names := make([]string, 0, len(k.roles))
	for name := range k.roles {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		k.roleAlias[strings.ToLower(name)] = name
	}
	for _, name := range names {
		for _, a := range k.roles[name].aliases {
			if _, ok := k.roleAlias[strings.ToLower(a)]; !ok {
				k.roleAlias[strings.ToLower(a)] = name
			}
		}
	}
	k.roleLast = map[string]bool{}
	k.roleLastLens = [256]uint64{}
	for t := range k.roleAlias {
		w := lastWord(t)
		k.roleLast[w] = true
		if w != "" {
			k.roleLastLens[w[0]] |= 1 << min(len(w), 63)
		}
	}
	k.roleLastTab = wordtab.New(len(k.roleLast))
	for w := range k.roleLast {
		k.roleLastTab.Add(w, 1)
	}
	k.sortedKeys = make([]string, 0, len(k.keys))
	for key := range k.keys {
		k.sortedKeys = append(k.sortedKeys, key)
	}
	sort.Strings(k.sortedKeys)
	b := 0
	for i, key := range k.sortedKeys {
		for ; key != "" && b <= int(key[0]); b++ {
			k.keysFrom[b] = int32(i)
		}
	}
	for ; b <= 256; b++ {
		k.keysFrom[b] = int32(len(k.sortedKeys))
	}
	// within the keys of a first byte, sorted, the one-byte key comes
	// first, then those of each second byte in order
	k.keysFrom2 = [256]*[257]int32{}
	for b := range 256 {
		lo, hi := int(k.keysFrom[b]), int(k.keysFrom[b+1])
		if lo == hi {
			continue
		}
		sub := new([257]int32)
		p := lo
		for p < hi && len(k.sortedKeys[p]) < 2 {
			p++
		}
		for c := range 257 {
			for p < hi && int(k.sortedKeys[p][1]) < c {
				p++
			}
			sub[c] = int32(p)
		}
		k.keysFrom2[b] = sub
	}
}

// lastWord returns the last space-separated word of a lower-case title,
// without the modifier "then-" in front ("then-president" -> "president").
// Role strips modifiers from the front only, so a title it knows ends with
// the last word of one of k.roleAlias's keys.
func lastWord(t string) string {
	w := t[strings.LastIndexByte(t, ' ')+1:]
	for strings.HasPrefix(w, "then-") {
		w = w[len("then-"):]
	}
	return w
}

func (k *KB) add(form string, h hit) {
	k.exact[form] = append(k.exact[form], h)
	if wk := wordKey(form); true {
		k.word[wk] = append(k.word[wk], h)
	}
	lc := strings.ToLower(form)
	k.lower[lc] = append(k.lower[lc], h)
	pl := plain(wordKey(form))
	k.plain[pl] = append(k.plain[pl], h)
	k.keys[string(matchKey(nil, form))] = true
	if n := words(form); n > k.maxWords {
		k.maxWords = n
	}
}

// matchKey appends to b a key of s that forms differing in case or in the
// accents of deaccent share: each rune lower-cased, unaccented, lower-cased
// and unaccented again. Each key by which find matches a query (the form
// itself, lower-cased, wordKey, plain of wordKey) maps a rune to a rune,
// and matchKey of a rune is a function of each of them, so a query and a
// form it matches have equal match keys.
func matchKey(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return matchKeyRunes(b, s[i:])
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// matchKeyRunes is matchKey for any UTF-8 text.
func matchKeyRunes(b []byte, s string) []byte {
	for _, r := range s {
		for range 2 {
			r = unicode.ToLower(r)
			if a, ok := deaccent[r]; ok {
				r = a
			}
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// form is one surface form of an entity and how it matches.
type form struct {
	form string
	via  Via
}

// forms returns every surface form of e.
func forms(e *Entity) []form {
	var fs []form
	switch e.Kind {
	case Place:
		fs = append(fs, form{e.Name, ViaPlace})
		for _, a := range e.Aliases {
			fs = append(fs, form{a, ViaPlace})
		}
		return fs
	case Person:
		fs = append(fs, form{e.Name, ViaName})
		for _, a := range e.Aliases {
			if surnameLike(e, a) {
				fs = append(fs, form{a, ViaSurname})
			} else {
				fs = append(fs, form{a, ViaAlias})
			}
		}
		if e.Surname != "" {
			fs = append(fs, form{e.Surname, ViaSurname})
		}
		return fs
	}
	fs = append(fs, form{e.Name, ViaName})
	for _, a := range e.Aliases {
		fs = append(fs, form{a, ViaAlias})
	}
	for _, d := range e.Demonyms {
		fs = append(fs, form{d, ViaDemonym})
	}
	if e.Capital != "" {
		fs = append(fs, form{e.Capital, ViaCapital})
	}
	for _, c := range e.CapitalAliases {
		fs = append(fs, form{c, ViaCapital})
	}
	return fs
}

// surnameLike reports whether alias a of person e is a surname: e's derived
// surname, or the last words of e's name ("Salman" of "Mohammed bin Salman").
func surnameLike(e *Entity, a string) bool {
	if a == e.Surname {
		return true
	}
	return a != e.Name && strings.HasSuffix(e.Name, " "+a)
}
