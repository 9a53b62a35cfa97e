package kb

import (
	"testing"
)

// TestDefault checks the whole embedded data set.
func TestDefault(t *testing.T) {
	k, err := loadFS(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Validate(); err != nil {
		t.Fatalf("embedded data:\n%v", err)
	}
	d := Default()
	counts := map[string]int{}
	for _, e := range d.Entities() {
		counts[string(e.Kind)]++
		if e.Kind == Country {
			counts["status "+e.Status]++
		}
	}
	if n := counts["status member"]; n < 193 {
		t.Errorf("%d UN member states, want at least 193", n)
	}
	if n := counts["status observer"]; n < 2 {
		t.Errorf("%d UN observer states, want at least 2", n)
	}
	t.Logf("counts: %v, roles: %d, max words: %d", counts, len(d.Roles()), d.MaxWords())

	has := func(ms []Match, e *Entity, via Via) bool {
		for _, m := range ms {
			if m.Entity == e && m.Via == via {
				return true
			}
		}
		return false
	}
	for _, e := range d.Entities() {
		switch e.Kind {
		case Country:
			for _, f := range e.Demonyms {
				if !has(d.Lookup(f, ""), e, ViaDemonym) {
					t.Errorf("demonym %q does not resolve to %s", f, e.ID)
				}
			}
			for _, f := range append([]string{e.Capital}, e.CapitalAliases...) {
				if f == "" {
					continue
				}
				if !has(d.Lookup(f, ""), e, ViaCapital) && f != e.Name {
					t.Errorf("capital %q does not resolve to %s", f, e.ID)
				}
				if p, ok := d.Place(f); !ok || p.Country != e.ID && e.Status != "former" {
					t.Errorf("Place(%q) = %v, %v; want a place in %s", f, p, ok, e.ID)
				}
			}
			if e.Name == "" || e.ISO2 == "" && e.Status == "member" {
				t.Errorf("country %s: missing name or ISO code", e.ID)
			}
		case Person:
			ms := d.Lookup(e.Name, "")
			if len(ms) == 0 || ms[0].Entity != e && ms[0].Via == ViaName {
				t.Errorf("person %s: name %q does not resolve", e.ID, e.Name)
			}
			for _, term := range e.Terms {
				if term.Role == "" {
					continue
				}
				on := term.Start
				if on == "" {
					continue
				}
				found := false
				for _, h := range d.Holders(term.Role, term.Affiliation, on) {
					found = found || h == e
				}
				if !found {
					t.Errorf("person %s: not a holder of %s of %s on %s", e.ID, term.Role, term.Affiliation, on)
				}
			}
		default:
			via := ViaName
			if e.Kind == Place {
				via = ViaPlace
			}
			if !has(d.Lookup(e.Name, ""), e, via) {
				t.Errorf("%s %s: name %q does not resolve", e.Kind, e.ID, e.Name)
			}
		}
	}
	for _, title := range d.Roles() {
		if r, _, ok := d.Role(title); !ok || r != title {
			t.Errorf("Role(%q) = %q, %v", title, r, ok)
		}
	}
}

// TestDefaultFacts spot-checks well-known facts of the embedded data.
func TestDefaultFacts(t *testing.T) {
	d := Default()
	tests := []struct {
		name, on string
		id       string
		via      Via
	}{
		{"Saudis", "", "saudi-arabia", ViaDemonym},
		{"Americans", "", "united-states", ViaDemonym},
		{"Washington", "2024-03-21", "united-states", ViaCapital},
		{"Britain", "", "united-kingdom", ViaAlias},
		{"U.S.", "", "united-states", ViaAlias},
		{"Ivory Coast", "", "ivory-coast", ViaName},
		{"Kiev", "", "ukraine", ViaCapital},
		{"Hamas", "", "hamas", ViaName},
		{"the State Department", "", "state-department", ViaName},
		{"Al-Hadath", "", "al-hadath", ViaName},
		{"Gaza", "", "gaza", ViaPlace},
		{"Rafah", "", "rafah", ViaPlace},
	}
	for _, tt := range tests {
		ms := d.Lookup(tt.name, tt.on)
		if len(ms) == 0 || ms[0].Entity.ID != tt.id || ms[0].Via != tt.via {
			t.Errorf("Lookup(%q, %q) = %v; want %s via %s first", tt.name, tt.on, results(ms), tt.id, tt.via)
		}
	}
	if r, class, ok := d.Role("minister of foreign affairs"); r != "Foreign Minister" || class != "foreign_minister" || !ok {
		t.Errorf("Role(minister of foreign affairs) = %q, %q, %v", r, class, ok)
	}
}
