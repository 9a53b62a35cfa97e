package kb

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// The header of each file format, its columns in order.
var formats = map[string][]string{
	"countries":     {"id", "name", "iso2", "iso3", "aliases", "demonyms", "capital", "capital_aliases", "status"},
	"organizations": {"id", "name", "kind", "aliases", "country"},
	"places":        {"name", "country", "kind", "aliases"},
	"roles":         {"role", "class", "aliases"},
	"people":        {"id", "name", "aliases", "role", "affiliation", "start", "end"},
}

// The allowed values of the enumerated columns.
var (
	countryStatuses = set("member", "observer", "former", "other")
	orgKinds        = set(string(Organization), string(Media), string(Group))
	placeKinds      = set("city", "region", "territory", "site")
	roleClasses     = set("head_of_state", "head_of_government", "foreign_minister",
		"defense_minister", "monarch", "heir", "leader", "other")
)

func set(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Load reads one knowledge-base file in any of the formats of the package
// documentation, told apart by its header line. It checks each row on its
// own and the file as a whole (unique ids, valid dates, a start before its
// end, one name per person id); checks that need the other files, such as
// whether an affiliation exists, are Validate's. Errors read "name:line:
// problem", one line each.
func Load(name string, r io.Reader) (*KB, error) {
	k, err := load(name, r)
	if err != nil {
		return nil, err
	}
	k.index()
	return k, nil
}

// load is Load without the index, for loadFS, which indexes the union of
// its files once.
func load(name string, r io.Reader) (*KB, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
	}
	p := &parser{name: name, kb: newKB(), first: map[string]string{}}
	p.parse(string(data))
	if len(p.errs) > 0 {
		return nil, joinErrors(p.errs)
	}
	return p.kb, nil
}

// problems is a list of error lines.
type problems []string

func (p problems) Error() string { return strings.Join(p, "\n") }

// joinErrors returns the problems as one error, sorted by position.
func joinErrors(errs []string) error {
	sort.SliceStable(errs, func(i, j int) bool { return lessPos(errs[i], errs[j]) })
	return problems(errs)
}

// lessPos orders "file:line: ..." messages by file, then line number.
func lessPos(a, b string) bool {
	fa, la := splitPos(a)
	fb, lb := splitPos(b)
	if fa != fb {
		return fa < fb
	}
	if la != lb {
		return la < lb
	}
	return a < b
}

func splitPos(s string) (string, int) {
	i := strings.Index(s, ": ")
	if i < 0 {
		return s, 0
	}
	pos := s[:i]
	j := strings.LastIndexByte(pos, ':')
	if j < 0 {
		return pos, 0
	}
	n := 0
	for _, c := range pos[j+1:] {
		if c < '0' || c > '9' {
			return pos, 0
		}
		n = n*10 + int(c-'0')
		if n > 1<<30 {
			break
		}
	}
	return pos[:j], n
}

type parser struct {
	name   string
	kb     *KB
	format string
	line   int
	errs   []string
	first  map[string]string // id -> pos of its first row
}

func (p *parser) pos() string { return fmt.Sprintf("%s:%d", p.name, p.line) }

func (p *parser) errorf(format string, args ...any) {
	if len(p.errs) < 100 {
		p.errs = append(p.errs, p.pos()+": "+fmt.Sprintf(format, args...))
	}
}

func (p *parser) parse(data string) {
	var cols []string
	for i, line := range strings.Split(data, "\n") {
		p.line = i + 1
		line = strings.TrimSuffix(line, "\r")
		if i == 0 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		for j := range cells {
			cells[j] = fold(cells[j])
		}
		if cols == nil {
			for f, h := range formats {
				if strings.Join(h, "\t") == strings.Join(cells, "\t") {
					p.format, cols = f, h
				}
			}
			if cols == nil {
				p.errorf("unknown header %q; want one of the formats of package kb", line)
				return
			}
			continue
		}
		if len(cells) > len(cols) {
			p.errorf("%d fields, want %d", len(cells), len(cols))
			continue
		}
		for len(cells) < len(cols) {
			cells = append(cells, "")
		}
		row := map[string]string{}
		for j, c := range cols {
			row[c] = cells[j]
		}
		switch p.format {
		case "countries":
			p.country(row)
		case "organizations":
			p.organization(row)
		case "places":
			p.place(row)
		case "roles":
			p.role(row)
		case "people":
			p.person(row)
		}
	}
	if cols == nil {
		p.line = 1
		p.errorf("no header line")
	}
}

// list splits a list cell into its items.
func list(cell string) []string {
	var xs []string
	for _, x := range strings.Split(cell, "|") {
		if x = strings.TrimSpace(x); x != "" {
			xs = append(xs, x)
		}
	}
	return xs
}

// required reports whether the named cells are all set, reporting those that are not.
func (p *parser) required(row map[string]string, cols ...string) bool {
	ok := true
	for _, c := range cols {
		if row[c] == "" {
			p.errorf("empty %s", c)
			ok = false
		}
	}
	return ok
}

func (p *parser) checkID(id string) bool {
	if !validID(id) {
		p.errorf("invalid id %q: want lower-case ASCII letters, digits and hyphens", id)
		return false
	}
	return true
}

// add adds a new entity, reporting a duplicate id.
func (p *parser) add(e *Entity) {
	key := entKey(e)
	if first, ok := p.first[key]; ok {
		p.errorf("duplicate %s id %q (first at %s)", e.Kind, e.ID, first)
		return
	}
	e.pos = p.pos()
	p.first[key] = e.pos
	p.kb.ents[key] = e
}

func (p *parser) country(row map[string]string) {
	if !p.required(row, "id", "name", "status") || !p.checkID(row["id"]) {
		return
	}
	if !countryStatuses[row["status"]] {
		p.errorf("invalid status %q: want member, observer, former or other", row["status"])
		return
	}
	if s := row["iso2"]; s != "" && (len(s) != 2 || !allCaps(s)) {
		p.errorf("invalid iso2 %q", s)
		return
	}
	if s := row["iso3"]; s != "" && (len(s) != 3 || !allCaps(s)) {
		p.errorf("invalid iso3 %q", s)
		return
	}
	capAliases := sorted(list(row["capital_aliases"]))
	if row["capital"] == "" && len(capAliases) > 0 {
		p.errorf("capital_aliases without a capital")
		return
	}
	p.add(&Entity{
		ID: row["id"], Name: row["name"], Kind: Country,
		Aliases: sorted(list(row["aliases"])), Demonyms: sorted(list(row["demonyms"])),
		Capital: row["capital"], CapitalAliases: capAliases,
		ISO2: row["iso2"], ISO3: row["iso3"], Status: row["status"],
	})
}

func (p *parser) organization(row map[string]string) {
	if !p.required(row, "id", "name", "kind") || !p.checkID(row["id"]) {
		return
	}
	if !orgKinds[row["kind"]] {
		p.errorf("invalid kind %q: want organization, media or group", row["kind"])
		return
	}
	p.add(&Entity{
		ID: row["id"], Name: row["name"], Kind: Kind(row["kind"]),
		Aliases: sorted(list(row["aliases"])), Country: row["country"],
	})
}

func (p *parser) place(row map[string]string) {
	if !p.required(row, "name", "kind") {
		return
	}
	if !placeKinds[row["kind"]] {
		p.errorf("invalid kind %q: want city, region, territory or site", row["kind"])
		return
	}
	id := Slug(row["name"])
	if id == "" {
		p.errorf("name %q has no letters or digits", row["name"])
		return
	}
	p.add(&Entity{
		ID: id, Name: row["name"], Kind: Place, PlaceKind: row["kind"],
		Aliases: sorted(list(row["aliases"])), Country: row["country"],
	})
}

func (p *parser) role(row map[string]string) {
	if !p.required(row, "role", "class") {
		return
	}
	if !roleClasses[row["class"]] {
		p.errorf("invalid class %q", row["class"])
		return
	}
	name := row["role"]
	if first, ok := p.first["role/"+name]; ok {
		p.errorf("duplicate role %q (first at %s)", name, first)
		return
	}
	p.first["role/"+name] = p.pos()
	p.kb.roles[name] = &roleInfo{name: name, class: row["class"], aliases: list(row["aliases"]), pos: p.pos()}
}

func (p *parser) person(row map[string]string) {
	if !p.required(row, "id", "name") || !p.checkID(row["id"]) {
		return
	}
	t := Term{Role: row["role"], Affiliation: row["affiliation"], Start: row["start"], End: row["end"]}
	var sd, ed day
	ok := true
	for _, c := range []struct {
		col string
		d   *day
	}{{"start", &sd}, {"end", &ed}} {
		if s := row[c.col]; s != "" {
			d, valid := parseDate(s)
			if !valid {
				p.errorf("invalid %s date %q: want YYYY-MM-DD", c.col, s)
				ok = false
			}
			*c.d = d
		}
	}
	if !ok {
		return
	}
	if t.Start != "" && t.End != "" && sd >= ed {
		p.errorf("start %s not before end %s", t.Start, t.End)
		return
	}
	if t.Role == "" && (t.Start != "" || t.End != "") {
		p.errorf("dates without a role")
		return
	}
	key := string(Person) + "/" + row["id"]
	e := p.kb.ents[key]
	if e == nil {
		e = &Entity{ID: row["id"], Name: row["name"], Kind: Person, pos: p.pos()}
		p.first[key] = e.pos
		p.kb.ents[key] = e
	} else if e.Name != row["name"] {
		p.errorf("person %q named %q, but %q at %s", e.ID, row["name"], e.Name, e.pos)
		return
	}
	e.Aliases = sorted(append(e.Aliases, list(row["aliases"])...))
	e.Surname = surname(e.Name, e.Aliases)
	if t != (Term{}) {
		e.Terms = append(e.Terms, t)
		e.termPos = append(e.termPos, p.pos())
		sortTerms(e)
	}
}

// sortTerms sorts a person's terms by start date and sets the main affiliation
// to that of the latest term.
func sortTerms(e *Entity) {
	idx := make([]int, len(e.Terms))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		return termSpan(e.Terms[idx[a]]).start < termSpan(e.Terms[idx[b]]).start
	})
	terms, pos := make([]Term, len(idx)), make([]string, len(idx))
	for i, j := range idx {
		terms[i], pos[i] = e.Terms[j], e.termPos[j]
	}
	e.Terms, e.termPos = terms, pos
	e.Country = ""
	for i := len(e.Terms) - 1; i >= 0; i-- {
		if e.Terms[i].Affiliation != "" {
			e.Country = e.Terms[i].Affiliation
			break
		}
	}
}

// sorted sorts and deduplicates xs in place.
func sorted(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
