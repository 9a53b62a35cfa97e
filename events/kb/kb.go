package kb

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/eventgraph/eventgraph/internal/wordtab"
)

// Kind is the kind of an entity.
type Kind string

// The entity kinds.
const (
	Country      Kind = "country"
	Organization Kind = "organization"
	Media        Kind = "media"
	Group        Kind = "group"
	Person       Kind = "person"
	Place        Kind = "place"
)

// kindRank orders kinds in results: states first, places last.
var kindRank = map[Kind]int{Country: 0, Organization: 1, Group: 2, Media: 3, Person: 4, Place: 5}

// Entity is one thing the knowledge base knows: a country, an organization,
// a media outlet, a group, a person or a place.
type Entity struct {
	ID       string
	Name     string
	Kind     Kind
	Aliases  []string // other names, sorted
	Demonyms []string // countries only
	Capital  string   // countries only
	ISO2     string   // countries only
	ISO3     string   // countries only
	Country  string   // organizations, people (main affiliation), places: country id
	Terms    []Term   // people: offices held, by start date

	// CapitalAliases are other names of a country's capital.
	CapitalAliases []string
	// Status is a country's standing: member, observer, former or other.
	Status string
	// PlaceKind is a place's kind: city, region, territory or site.
	PlaceKind string
	// Surname is a person's surname, derived from the name: "Blinken",
	// "bin Salman", "el-Sissi", "Xi".
	Surname string

	pos     string   // file:line of the entity's first row
	termPos []string // file:line of each term's row
}

// Term is one term in an office: Role is a canonical role of roles.tsv,
// Affiliation the id of a country or organization, Start and End dates as
// YYYY-MM-DD. End is exclusive and empty while the term lasts; an empty
// Start means the start is not known.
type Term struct{ Role, Affiliation, Start, End string }

// Via tells how a name matched an entity.
type Via string

// The ways a name can match, best first.
const (
	ViaName    Via = "name"
	ViaAlias   Via = "alias"
	ViaDemonym Via = "demonym"
	ViaCapital Via = "capital"
	ViaSurname Via = "surname"
	ViaPlace   Via = "place"
)

var viaRank = map[Via]int{ViaName: 0, ViaAlias: 1, ViaDemonym: 2, ViaCapital: 3, ViaSurname: 4, ViaPlace: 5}

// Match is one entity a name stands for and how it matched.
type Match struct {
	Entity *Entity
	Via    Via
}

// roleInfo is a canonical role of roles.tsv.
type roleInfo struct {
	name, class string
	aliases     []string
	pos         string
}

// hit is one index entry.
type hit struct {
	e   *Entity
	via Via
}

// KB is a knowledge base. A KB is not changed after it is built and is safe
// for concurrent use.
type KB struct {
	ents  map[string]*Entity   // source entities by kind + "/" + id
	roles map[string]*roleInfo // by canonical role name

	// Built by index.
	sorted    []*Entity            // source and derived entities, by ID then kind
	byID      map[string][]*Entity // by ID, best kind first
	exact     map[string][]hit     // by folded surface form
	word      map[string][]hit     // by wordKey of the surface form
	lower     map[string][]hit     // by lower-cased surface form
	plain     map[string][]hit     // by wordKey of the surface form without accents
	roleAlias map[string]string    // lower-cased title -> canonical role
	maxWords  int
	// keys holds the matchKey of every surface form: a query whose key is
	// not in it matches nothing.
	keys map[string]bool
	// sortedKeys holds the keys of keys, sorted, for Starts; those
	// starting with byte b are sortedKeys[keysFrom[b]:keysFrom[b+1]].
	sortedKeys []string
	keysFrom   [257]int32
	// keysFrom2[b], when keys start with byte b, narrows those further:
	// the keys of two bytes or more starting with b and then c are
	// sortedKeys[keysFrom2[b][c]:keysFrom2[b][c+1]].
	keysFrom2 [256]*[257]int32
	// roleLast holds the lastWord of every key of roleAlias, and
	// roleLastTab the same words for RoleEnd, which every token asks.
	roleLast    map[string]bool
	roleLastTab *wordtab.Table
	// roleLastLens has, for each first byte of a word of roleLast, bit n
	// set for a word of n bytes (bit 63: 63 or more).
	roleLastLens [256]uint64
}

// newKB returns an empty KB.
func newKB() *KB {
	return &KB{ents: map[string]*Entity{}, roles: map[string]*roleInfo{}}
}

func entKey(e *Entity) string { return string(e.Kind) + "/" + e.ID }

//go:embed data/*.tsv
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultKB   *KB
)

// Default returns the knowledge base of the embedded data files, loaded and
// validated once. It panics only if the embedded data is invalid, which the
// package's tests rule out.
func Default() *KB {
	defaultOnce.Do(func() {
		k, err := loadFS(dataFS, "data")
		if err == nil {
			err = k.Validate()
		}
		if err != nil {
			panic(fmt.Sprintf("kb: embedded data: %v", err))
		}
		defaultKB = k
	})
	return defaultKB
}

// loadFS loads and merges every .tsv file of dir in fsys, in name order.
func loadFS(fsys fs.FS, dir string) (*KB, error) {
	des, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	k := newKB()
	for _, de := range des {
		if de.IsDir() || !strings.HasSuffix(de.Name(), ".tsv") {
			continue
		}
		name := path.Join(dir, de.Name())
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		o, err := load(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		k = k.union(o)
	}
	k.index()
	return k, nil
}

// Merge returns a new KB with k's entries and o's: an entity of o replaces
// the entity of k of the same kind and id, a role of o the role of k of the
// same name. Neither k nor o is changed.
func (k *KB) Merge(o *KB) *KB {
	m := k.union(o)
	m.index()
	return m
}

// union is Merge without the index: a new KB with the entries of k and o,
// o's winning.
func (k *KB) union(o *KB) *KB {
	m := newKB()
	for _, src := range []*KB{k, o} {
		for key, e := range src.ents {
			m.ents[key] = e
		}
		for name, r := range src.roles {
			m.roles[name] = r
		}
	}
	return m
}

// ByID returns the entity with the given id, or nil. Actor ids (countries,
// organizations, media, groups, people) are unique among themselves; a place
// is returned only if no actor has its id.
func (k *KB) ByID(id string) *Entity {
	if es := k.byID[id]; len(es) > 0 {
		return es[0]
	}
	return nil
}

// Entities returns every entity, sorted by ID (and by kind within one ID).
// Places include the capitals of countries that places.tsv does not list.
func (k *KB) Entities() []*Entity {
	return append([]*Entity(nil), k.sorted...)
}

// MaxWords returns the largest number of words in any name, alias, demonym,
// capital or place name, the longest span a longest-match scanner needs to try.
func (k *KB) MaxWords() int { return k.maxWords }

// Role returns the canonical role and its class (head_of_state,
// head_of_government, foreign_minister, defense_minister, monarch, heir,
// leader or other) for a title text such as "foreign minister", "Premier" or
// "the Secretary of State". Case, a leading "the", typographic dashes and the
// modifiers acting, interim, caretaker, outgoing, incoming and then- do not
// matter.
func (k *KB) Role(title string) (role, class string, ok bool) {
	t := strings.ToLower(fold(title))
	if w := lastWord(t); k.roleLast != nil && (w == "" && !k.roleLast[w] || w != "" && k.roleLastTab.Get(w) == 0) {
		return "", "", false // the quick answer for most titles (the table holds no empty word)
	}
	for {
		if name, ok := k.roleAlias[t]; ok {
			return name, k.roles[name].class, true
		}
		r := t
		for _, p := range roleModifiers {
			r = strings.TrimPrefix(r, p)
		}
		if r == t {
			return "", "", false
		}
		t = r
	}
}

// Starts reports whether the match key of some surface form begins with
// the match key of text: false means that neither text nor any longer text
// beginning with it matches a form, except through Lookup's dropping of a
// leading "the" and a trailing possessive. A scanner trying spans of
// several words from one place can stop lengthening the span there.
func (k *KB) Starts(text string) bool {
	var buf [128]byte
	key := matchKey(buf[:0], fold(text))
	// the first key not below key, by binary search among the keys of
	// its first byte
	lo, hi := 0, len(k.sortedKeys)
	if len(key) > 0 {
		lo, hi = int(k.keysFrom[key[0]]), int(k.keysFrom[int(key[0])+1])
	}
	if sub := k.keysFrom2[key0(key)]; len(key) > 1 && sub != nil {
		lo, hi = int(sub[key[1]]), int(sub[int(key[1])+1])
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if k.sortedKeys[m] < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(k.sortedKeys) && len(k.sortedKeys[lo]) >= len(key) && k.sortedKeys[lo][:len(key)] == string(key)
}

// key0 returns the first byte of key, 0 for the empty key.
func key0(key []byte) byte {
	if len(key) == 0 {
		return 0
	}
	return key[0]
}

// RoleEnd reports whether a title whose last word is word (one word, no
// spaces) may be one Role knows. When it is false, Role fails for every
// title ending with word, so a scanner trying titles of several lengths
// can skip those without building them.
func (k *KB) RoleEnd(word string) bool {
	if k.roleLast == nil {
		return true
	}
	w := word
	if !lowerLetters(word) { // most words: folding and lower-casing change nothing
		w = lastWord(strings.ToLower(fold(word)))
	}
	if w != "" && k.roleLastLens[w[0]]&(1<<min(len(w), 63)) == 0 {
		return false // no last word of a title has this first byte and length
	}
	return k.roleLastTab.Get(w) != 0
}

// RoleEndWords returns, sorted, the words RoleEnd accepts among those that
// folding and lower-casing leave as they are and that start with no
// "then-": for such a word, RoleEnd tells whether it is in the list. A
// caller with other word lists can so look a word up once for all. ok is
// false when RoleEnd accepts every word (a KB with no roles indexed).
func (k *KB) RoleEndWords() (words []string, ok bool) {
	if k.roleLast == nil {
		return nil, false
	}
	for w := range k.roleLast {
		if w != "" {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	return words, true
}

// lowerLetters reports whether s has only the letters a to z.
func lowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// roleModifiers are words before a title that do not change the office.
var roleModifiers = []string{"the ", "acting ", "interim ", "caretaker ", "outgoing ", "incoming ", "then-", "then "}

// Title splits a title text that may name the office's country or
// organization ("Egypt's President", "Egyptian Foreign Minister", "U.S.
// Secretary of State", "Hamas political bureau chief", "the UN
// Secretary-General") into the canonical role, its class and the id of the
// affiliation, empty if the text names none. The affiliation is any name,
// alias or demonym of a country, organization or group.
func (k *KB) Title(text string) (role, class, affiliation string, ok bool) {
	t := fold(text)
	for _, p := range []string{"the ", "The "} {
		t = strings.TrimPrefix(t, p)
	}
	if role, class, ok := k.Role(t); ok {
		return role, class, "", true
	}
	ws := strings.Split(t, " ")
	for i := 1; i < len(ws); i++ {
		role, class, ok := k.Role(strings.Join(ws[i:], " "))
		if !ok {
			continue
		}
		prefix := strings.Join(ws[:i], " ")
		for _, s := range []string{"'s", "'"} {
			if strings.HasSuffix(prefix, s) {
				prefix = strings.TrimSuffix(prefix, s)
				break
			}
		}
		for _, m := range k.lookup(prefix) {
			switch m.Entity.Kind {
			case Country, Organization, Group:
				return role, class, m.Entity.ID, true
			}
		}
	}
	return "", "", "", false
}

// Roles returns the canonical role names, sorted.
func (k *KB) Roles() []string {
	var rs []string
	for name := range k.roles {
		rs = append(rs, name)
	}
	sort.Strings(rs)
	return rs
}

// Holders returns the people who held the office role of affiliation (a
// country or organization id; empty for any) on the date on (YYYY-MM-DD,
// YYYY-MM, YYYY or an ISO week YYYY-Www), sorted by the start of their term.
// For a month or year every holder during that period is returned. The role
// may be a canonical role or any title text Role knows. An empty on returns
// every holder ever, the most recent first.
func (k *KB) Holders(role, affiliation, on string) []*Entity {
	if _, ok := k.roles[role]; !ok {
		r, _, ok := k.Role(role)
		if !ok {
			return nil
		}
		role = r
	}
	iv, dated := parseOnce(on)
	type holder struct {
		e     *Entity
		start day
	}
	var hs []holder
	for _, e := range k.sorted {
		if e.Kind != Person {
			continue
		}
		best, found := day(0), false
		for _, t := range e.Terms {
			if t.Role != role || (affiliation != "" && t.Affiliation != affiliation) {
				continue
			}
			ti := termSpan(t)
			if dated && !ti.overlaps(iv) {
				continue
			}
			if !found || (dated && ti.start < best) || (!dated && ti.start > best) {
				best, found = ti.start, true
			}
		}
		if found {
			hs = append(hs, holder{e, best})
		}
	}
	sort.SliceStable(hs, func(i, j int) bool {
		if hs[i].start != hs[j].start {
			if dated {
				return hs[i].start < hs[j].start
			}
			return hs[i].start > hs[j].start
		}
		return hs[i].e.ID < hs[j].e.ID
	})
	out := make([]*Entity, len(hs))
	for i, h := range hs {
		out[i] = h.e
	}
	return out
}

// Place returns the city, region, territory or site with the given name or
// alias, or a country's capital, with its Country. Matching follows Lookup.
func (k *KB) Place(name string) (*Entity, bool) {
	for _, m := range k.lookup(name) {
		if m.Entity.Kind == Place {
			return m.Entity, true
		}
	}
	return nil, false
}

// nearDays is how far from a date Lookup looks for people when nobody held
// office on it.
const nearDays = 4 * 366

// Lookup returns the entities that the surface form name stands for, best
// first. The name must match exactly, after typographic quotes and dashes are
// folded and spaces collapsed, except that a name starting with a capital
// letter also matches forms that differ only in the case of word-initial
// letters ("Al-Qaida" matches "al-Qaida", "Bin Salman" "bin Salman"), and an
// all-caps name matches forms in any case ("IRAN" matches "Iran"). Failing
// that, a capitalized name matches forms that differ from it only in accents
// and word-initial case ("Erdoğan" matches "Erdogan"); failing that, a leading "the" and a
// trailing possessive "'s" are dropped and the name tried again.
//
// The date on (YYYY-MM-DD, YYYY-MM, YYYY, an ISO week YYYY-Www, or "" for
// any time) filters people: only those whose term covers on are returned or,
// if none do, those whose terms are nearest to on, within four years, nearest
// first, or, failing those, those it names by their full name. Results are ordered by how they matched (name, alias, demonym,
// capital, surname, place), then by kind (country, organization, group,
// media, person, place); people then by distance from on and by the rank
// of their office (heads of state before ministers); then by id.
func (k *KB) Lookup(name, on string) []Match {
	ms := k.lookup(name)
	if len(ms) == 0 {
		return nil
	}
	iv, dated := parseOnce(on)
	var people, others []Match
	for _, m := range ms {
		if m.Entity.Kind == Person {
			people = append(people, m)
		} else {
			others = append(others, m)
		}
	}
	// dist and rank hold the people's distances and ranks; without people
	// they stay nil, and read as 0 like the maps of no entry
	var dist map[*Entity]day
	var rank map[*Entity]int
	if len(people) > 0 {
		dist, rank = map[*Entity]day{}, map[*Entity]int{}
	}
	if dated && len(people) > 0 {
		var covering, near, far []Match
		for _, m := range people {
			d := personDistance(m.Entity, iv)
			dist[m.Entity] = d
			switch {
			case d == 0:
				covering = append(covering, m)
			case d <= nearDays:
				near = append(near, m)
			case m.Via == ViaName:
				far = append(far, m) // a full name names its person at any date
			}
		}
		switch {
		case len(covering) > 0:
			people = covering
		case len(near) > 0:
			people = near
		default:
			people = far
		}
	}
	for _, m := range people {
		rank[m.Entity] = k.prominence(m.Entity, iv, dated)
	}
	out := append(others, people...)
	if len(out) < 2 {
		if len(out) == 0 {
			return nil
		}
		return out // nothing to order
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if viaRank[a.Via] != viaRank[b.Via] {
			return viaRank[a.Via] < viaRank[b.Via]
		}
		if kindRank[a.Entity.Kind] != kindRank[b.Entity.Kind] {
			return kindRank[a.Entity.Kind] < kindRank[b.Entity.Kind]
		}
		if dist[a.Entity] != dist[b.Entity] {
			return dist[a.Entity] < dist[b.Entity]
		}
		if rank[a.Entity] != rank[b.Entity] {
			return rank[a.Entity] < rank[b.Entity]
		}
		if !dated && a.Entity.Kind == Person {
			la, lb := lastStart(a.Entity), lastStart(b.Entity)
			if la != lb {
				return la > lb
			}
		}
		return a.Entity.ID < b.Entity.ID
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

// classRank orders role classes by how prominent their holders are.
var classRank = map[string]int{"head_of_state": 0, "monarch": 0, "head_of_government": 1,
	"leader": 2, "heir": 3, "foreign_minister": 4, "defense_minister": 5, "other": 6}

// prominence ranks a person by the most prominent office held on on (or, if
// none covers on or on is not dated, ever): lower is more prominent.
func (k *KB) prominence(e *Entity, on span, dated bool) int {
	best, bestCovering := len(classRank)+1, len(classRank)+1
	for _, t := range e.Terms {
		r := k.roles[t.Role]
		if r == nil {
			continue
		}
		c := classRank[r.class]
		best = min(best, c)
		if dated && termSpan(t).overlaps(on) {
			bestCovering = min(bestCovering, c)
		}
	}
	if bestCovering <= len(classRank) {
		return bestCovering
	}
	return best
}

// lookup returns the undated matches of name, one per entity, each with its
// best way of matching.
func (k *KB) lookup(name string) []Match {
	q := fold(name)
	if q == "" {
		return nil
	}
	hs := k.find(q)
	if len(hs) == 0 {
		r := q
		for _, p := range []string{"the ", "The ", "THE "} {
			r = strings.TrimPrefix(r, p)
		}
		for _, s := range []string{"'s", "'S", "'"} {
			if strings.HasSuffix(r, s) && len(r) > len(s) {
				r = strings.TrimSuffix(r, s)
				break
			}
		}
		if r != q {
			hs = k.find(r)
		}
	}
	return uniqueMatches(hs, 16)
}

// uniqueMatches returns the matches of index entries, one per entity, each
// with its best way of matching, in the order of the entities' first
// entries. It searches the matches so far one by one, or with a map when
// there are more than mapOver entries.
func uniqueMatches(hs []hit, mapOver int) []Match {
	var ms []Match
	var seen map[*Entity]int // for many hits; a few are searched one by one
	if len(hs) > mapOver {
		seen = map[*Entity]int{}
	}
	for _, h := range hs {
		i := -1
		if seen != nil {
			if k, ok := seen[h.e]; ok {
				i = k
			}
		} else {
			for k := range ms {
				if ms[k].Entity == h.e {
					i = k
					break
				}
			}
		}
		if i >= 0 {
			if viaRank[h.via] < viaRank[ms[i].Via] {
				ms[i].Via = h.via
			}
			continue
		}
		if seen != nil {
			seen[h.e] = len(ms)
		}
		ms = append(ms, Match{h.e, h.via})
	}
	return ms
}

// find returns the index entries of a folded query.
func (k *KB) find(q string) []hit {
	var buf [128]byte
	if !k.keys[string(matchKey(buf[:0], q))] {
		return nil // the quick answer for most queries
	}
	return k.findAll(q)
}

// findAll is find without the filter of match keys.
func (k *KB) findAll(q string) []hit {
	if hs := k.exact[q]; len(hs) > 0 {
		return hs
	}
	var hs []hit
	switch {
	case allCaps(q):
		hs = k.lower[strings.ToLower(q)]
	case startsUpper(q):
		hs = k.word[wordKey(q)]
	}
	if len(hs) == 0 && startsUpper(q) {
		// "Erdoğan" for "Erdogan", "Brasilia" for "Brasília": accents
		// matter only when nothing matched with them.
		hs = k.plain[plain(wordKey(q))]
	}
	return hs
}

// personDistance returns how many days lie between on and e's nearest term;
// 0 if a term covers on.
func personDistance(e *Entity, on span) day {
	best := day(-1)
	for _, t := range e.Terms {
		d := termSpan(t).distance(on)
		if best < 0 || d < best {
			best = d
		}
	}
	if best < 0 {
		return 0 // no terms: not bound to any time
	}
	return best
}

// lastStart returns the start of e's latest term.
func lastStart(e *Entity) day {
	var s day = minDay
	for _, t := range e.Terms {
		if ts := termSpan(t).start; ts > s {
			s = ts
		}
	}
	return s
}
