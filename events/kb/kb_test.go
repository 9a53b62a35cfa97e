package kb

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

const testCountries = `# test countries
id	name	iso2	iso3	aliases	demonyms	capital	capital_aliases	status
united-states	United States	US	USA	U.S.|US|America	American|Americans	Washington	Washington, D.C.	member
saudi-arabia	Saudi Arabia	SA	SAU	KSA	Saudi|Saudis	Riyadh		member
china	China	CN	CHN	PRC	Chinese	Beijing	Peking	member
soviet-union	Soviet Union	SU	SUN	USSR	Soviet|Soviets			former
`

const testOrgs = `id	name	kind	aliases	country
united-nations	United Nations	organization	UN|U.N.	
al-qaida	Al-Qaida	group	al-Qaida|al-Qaeda	
state-department	State Department	organization	Department of State	united-states
associated-press	The Associated Press	media	Associated Press|AP	united-states
`

const testPlaces = `name	country	kind	aliases
Gaza Strip		territory	Gaza
Jeddah	saudi-arabia	city	Jidda
Beijing	china	city	
`

const testRoles = `role	class	aliases
President	head_of_state	president
Secretary of State	foreign_minister	secretary of state|the secretary
Crown Prince	heir	crown prince
Spokesperson	other	spokesman|spokeswoman
Secretary-General	leader	secretary-general|secretary general
`

const testPeople = `id	name	aliases	role	affiliation	start	end
george-h-w-bush	George H. W. Bush	George Bush|Bush Sr.	President	united-states	1989-01-20	1993-01-20
george-w-bush	George W. Bush	Bush	President	united-states	2001-01-20	2009-01-20
bill-clinton	Bill Clinton	William Jefferson Clinton	President	united-states	1993-01-20	2001-01-20
madeleine-albright	Madeleine Albright		Secretary of State	united-states	1997-01-23	2001-01-20
colin-powell	Colin Powell		Secretary of State	united-states	2001-01-20	2005-01-26
mohammed-bin-salman	Mohammed bin Salman	MBS	Crown Prince	saudi-arabia	2017-06-21	
xi-jinping	Xi Jinping	Xi	President	china	2013-03-14	
kofi-annan	Kofi Annan		Secretary-General	united-nations	1997-01-01	2007-01-01
khalid-bin-salman	Khalid bin Salman		Spokesperson	saudi-arabia	2019-02-23	
john-kirby	John Kirby		Spokesperson	united-states	2022-05-01	
ned-price	Ned Price		Spokesperson	united-states	2021-01-20	2023-06-01
`

// testKB loads the test files and validates them together.
func testKB(t testing.TB) *KB {
	t.Helper()
	k := newKB()
	for _, f := range []struct{ name, text string }{
		{"countries.tsv", testCountries}, {"organizations.tsv", testOrgs}, {"places.tsv", testPlaces},
		{"roles.tsv", testRoles}, {"people.tsv", testPeople},
	} {
		o, err := Load(f.name, strings.NewReader(f.text))
		if err != nil {
			t.Fatal(err)
		}
		k = k.Merge(o)
	}
	if err := k.Validate(); err != nil {
		t.Fatal(err)
	}
	return k
}

type result struct {
	ID  string
	Via Via
}

func results(ms []Match) []result {
	var rs []result
	for _, m := range ms {
		rs = append(rs, result{m.Entity.ID, m.Via})
	}
	return rs
}

func TestLookup(t *testing.T) {
	k := testKB(t)
	tests := []struct {
		name, on string
		want     []result
	}{
		{"Saudis", "", []result{{"saudi-arabia", ViaDemonym}}},
		{"Saudi Arabia", "", []result{{"saudi-arabia", ViaName}}},
		{"KSA", "", []result{{"saudi-arabia", ViaAlias}}},
		{"Washington", "", []result{{"united-states", ViaCapital}, {"washington", ViaPlace}}},
		{"Washington, D.C.", "", []result{{"united-states", ViaCapital}, {"washington", ViaPlace}}},
		{"Jidda", "", []result{{"jeddah", ViaPlace}}},
		{"Gaza", "", []result{{"gaza-strip", ViaPlace}}},
		{"U.S.", "", []result{{"united-states", ViaAlias}}},
		{"us", "", nil},
		{"Us", "", nil},
		{"SAUDI ARABIA", "", []result{{"saudi-arabia", ViaName}}},
		{"the United States", "", []result{{"united-states", ViaName}}},
		{"China's", "", []result{{"china", ViaName}}},
		{"China’s", "", []result{{"china", ViaName}}},
		{"china", "", nil},
		{"al-Qaida", "", []result{{"al-qaida", ViaAlias}}},
		{"Al-Qaida", "", []result{{"al-qaida", ViaName}}},
		{"Al-Qaeda", "", []result{{"al-qaida", ViaAlias}}},
		{"Al–Qaeda", "", []result{{"al-qaida", ViaAlias}}},
		{"The Associated Press", "", []result{{"associated-press", ViaName}}},
		{"Associated  Press", "", []result{{"associated-press", ViaAlias}}},
		{"Soviets", "1990", []result{{"soviet-union", ViaDemonym}}},
		// People: the date picks the holder.
		{"Bush", "1990-05-01", []result{{"george-h-w-bush", ViaSurname}}},
		{"Bush", "2005", []result{{"george-w-bush", ViaSurname}}},
		{"Bush", "2001-01", []result{{"george-w-bush", ViaSurname}}},
		{"Bush", "2000-06-01", []result{{"george-w-bush", ViaSurname}}},
		{"Bush", "1997", []result{{"george-w-bush", ViaSurname}, {"george-h-w-bush", ViaSurname}}},
		{"Bush", "2020", nil},
		{"Bush", "", []result{{"george-w-bush", ViaSurname}, {"george-h-w-bush", ViaSurname}}},
		{"George Bush", "1991", []result{{"george-h-w-bush", ViaAlias}}},
		{"Clinton", "1998", []result{{"bill-clinton", ViaSurname}}},
		{"Albright", "1998-03-05", []result{{"madeleine-albright", ViaSurname}}},
		{"Albright", "2003", []result{{"madeleine-albright", ViaSurname}}},
		{"Albright", "2010", nil},
		{"Madeleine Albright", "2010", []result{{"madeleine-albright", ViaName}}},
		{"Bin Salman", "2024", []result{{"mohammed-bin-salman", ViaSurname}, {"khalid-bin-salman", ViaSurname}}},
		{"bin Salman", "2018", []result{{"mohammed-bin-salman", ViaSurname}}},
		{"MBS", "2024", []result{{"mohammed-bin-salman", ViaAlias}}},
		{"Xi", "2024-W11", []result{{"xi-jinping", ViaSurname}}},
		{"Jinping", "2024", nil},
		{"Xi Jinping", "2024", []result{{"xi-jinping", ViaName}}},
		{"Annan", "bogus", []result{{"kofi-annan", ViaSurname}}},
		{"Sáudi Arabia", "", []result{{"saudi-arabia", ViaName}}},
		{"Jéddah", "", []result{{"jeddah", ViaPlace}}},
		{"jéddah", "", nil},
		{"Saudi arabia", "", []result{{"saudi-arabia", ViaName}}},
		{"", "", nil},
		{"Nowhere", "", nil},
	}
	for _, tt := range tests {
		got := results(k.Lookup(tt.name, tt.on))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q, %q) mismatch (-want +got):\n%s", tt.name, tt.on, diff)
		}
	}
}

func TestHolders(t *testing.T) {
	k := testKB(t)
	tests := []struct {
		role, aff, on string
		want          []string
	}{
		{"Secretary of State", "united-states", "1998", []string{"madeleine-albright"}},
		{"the secretary", "united-states", "1998-07-01", []string{"madeleine-albright"}},
		{"Secretary of State", "", "2001", []string{"madeleine-albright", "colin-powell"}},
		{"Secretary of State", "united-states", "2001-01-20", []string{"colin-powell"}},
		{"Secretary of State", "united-states", "2001-01-19", []string{"madeleine-albright"}},
		{"President", "united-states", "2001-01", []string{"bill-clinton", "george-w-bush"}},
		{"President", "united-states", "", []string{"george-w-bush", "bill-clinton", "george-h-w-bush"}},
		{"President", "china", "2024-03-21", []string{"xi-jinping"}},
		{"president", "china", "2000", nil},
		{"Spokesperson", "united-states", "2022-06", []string{"ned-price", "john-kirby"}},
		{"Pope", "", "2000", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range k.Holders(tt.role, tt.aff, tt.on) {
			got = append(got, e.ID)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Holders(%q, %q, %q) mismatch (-want +got):\n%s", tt.role, tt.aff, tt.on, diff)
		}
	}
}

func TestRole(t *testing.T) {
	k := testKB(t)
	tests := []struct{ title, role, class string }{
		{"secretary of state", "Secretary of State", "foreign_minister"},
		{"Secretary of State", "Secretary of State", "foreign_minister"},
		{"the Secretary", "Secretary of State", "foreign_minister"},
		{"Crown  Prince", "Crown Prince", "heir"},
		{"Secretary General", "Secretary-General", "leader"},
		{"Secretary–General", "Secretary-General", "leader"},
		{"spokeswoman", "Spokesperson", "other"},
		{"acting Secretary of State", "Secretary of State", "foreign_minister"},
		{"then-Secretary of State", "Secretary of State", "foreign_minister"},
		{"the then secretary of state", "Secretary of State", "foreign_minister"},
		{"emperor", "", ""},
	}
	for _, tt := range tests {
		role, class, ok := k.Role(tt.title)
		if role != tt.role || class != tt.class || ok != (tt.role != "") {
			t.Errorf("Role(%q) = %q, %q, %v; want %q, %q", tt.title, role, class, ok, tt.role, tt.class)
		}
	}
}

func TestTitle(t *testing.T) {
	k := testKB(t)
	tests := []struct{ text, role, affiliation string }{
		{"Secretary of State", "Secretary of State", ""},
		{"U.S. Secretary of State", "Secretary of State", "united-states"},
		{"the American secretary of state", "Secretary of State", "united-states"},
		{"America's top diplomat", "", ""},
		{"Saudi Crown Prince", "Crown Prince", "saudi-arabia"},
		{"Saudi Arabia's crown prince", "Crown Prince", "saudi-arabia"},
		{"Saudi Arabia’s crown prince", "Crown Prince", "saudi-arabia"},
		{"Chinese President", "President", "china"},
		{"UN Secretary-General", "Secretary-General", "united-nations"},
		{"Al-Qaida spokesman", "Spokesperson", "al-qaida"},
		{"State Department spokesman", "Spokesperson", "state-department"},
		{"Bush spokesman", "", ""},
		{"Gaza President", "", ""},
		{"Chinese", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		role, _, aff, ok := k.Title(tt.text)
		if role != tt.role || aff != tt.affiliation || ok != (tt.role != "") {
			t.Errorf("Title(%q) = %q, %q, %v; want %q, %q", tt.text, role, aff, ok, tt.role, tt.affiliation)
		}
	}
}

func TestPlace(t *testing.T) {
	k := testKB(t)
	tests := []struct{ name, id, country string }{
		{"Riyadh", "riyadh", "saudi-arabia"},
		{"Peking", "beijing", "china"},
		{"Jeddah", "jeddah", "saudi-arabia"},
		{"the Gaza Strip", "gaza-strip", ""},
		{"Saudi Arabia", "", ""},
	}
	for _, tt := range tests {
		e, ok := k.Place(tt.name)
		var id, country string
		if ok {
			id, country = e.ID, e.Country
		}
		if id != tt.id || country != tt.country {
			t.Errorf("Place(%q) = %q in %q; want %q in %q", tt.name, id, country, tt.id, tt.country)
		}
	}
}

func TestEntity(t *testing.T) {
	k := testKB(t)
	got := k.ByID("george-w-bush")
	want := &Entity{ID: "george-w-bush", Name: "George W. Bush", Kind: Person, Aliases: []string{"Bush"},
		Country: "united-states", Surname: "Bush",
		Terms: []Term{{"President", "united-states", "2001-01-20", "2009-01-20"}}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(Entity{}), cmpIgnorePos); diff != "" {
		t.Errorf("ByID mismatch (-want +got):\n%s", diff)
	}
	if k.ByID("nobody") != nil {
		t.Error("ByID(nobody) != nil")
	}
	if got, want := k.MaxWords(), 4; got != want {
		t.Errorf("MaxWords() = %d, want %d", got, want)
	}
	es := k.Entities()
	for i := 1; i < len(es); i++ {
		if es[i-1].ID > es[i].ID {
			t.Errorf("Entities not sorted: %q before %q", es[i-1].ID, es[i].ID)
		}
	}
}

var cmpIgnorePos = cmp.FilterPath(func(p cmp.Path) bool {
	s := p.Last().String()
	return s == ".pos" || s == ".termPos"
}, cmp.Ignore())

func TestSurname(t *testing.T) {
	tests := []struct {
		name    string
		aliases []string
		want    string
	}{
		{"Antony Blinken", nil, "Blinken"},
		{"Mohammed bin Salman", nil, "bin Salman"},
		{"Abdel Fattah el-Sissi", nil, "el-Sissi"},
		{"Daniel arap Moi", nil, "arap Moi"},
		{"Ursula von der Leyen", nil, "von der Leyen"},
		{"Martin Luther King Jr.", nil, "King"},
		{"Louis Farrakhan, Jr.", nil, "Farrakhan"},
		{"Henry Ford III", nil, "Ford"},
		{"Xi Jinping", []string{"Xi"}, "Xi"},
		{"Kim Jong Un", []string{"Kim", "Kim Jong-un"}, "Kim"},
		{"Ban Ki-moon", nil, "Ban"},
		{"Tsai Ing-wen", nil, "Tsai"},
		{"Wang Yi", nil, "Wang"},
		{"Yoon Suk Yeol", nil, "Yoon"},
		{"Nguyen Phu Trong", nil, "Nguyen"},
		{"Kim Campbell", nil, "Campbell"},
		{"Dilma Rousseff", []string{"Dilma"}, "Rousseff"},
		{"Saddam Hussein", []string{"Saddam"}, "Hussein"},
		{"Jean-Yves Le Drian", nil, "Le Drian"},
		{"Ahmed Aboul Gheit", nil, "Aboul Gheit"},
		{"Herman Van Rompuy", nil, "Van Rompuy"},
		{"Boutros Boutros-Ghali", nil, "Boutros-Ghali"},
		{"Abdullah II", nil, ""},
		{"Madonna", nil, ""},
		{"", nil, ""},
	}
	for _, tt := range tests {
		if got := surname(tt.name, tt.aliases); got != tt.want {
			t.Errorf("surname(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"United States", "united-states"},
		{"Côte d'Ivoire", "cote-divoire"},
		{"São Tomé and Príncipe", "sao-tome-and-principe"},
		{"Guinea-Bissau", "guinea-bissau"},
		{"  Washington, D.C. ", "washington-dc"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseOn(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		ok         bool
	}{
		{"2024-03-21", "2024-03-21", "2024-03-22", true},
		{"2024-02", "2024-02-01", "2024-03-01", true},
		{"2024", "2024-01-01", "2025-01-01", true},
		{"2024-W11", "2024-03-11", "2024-03-18", true},
		{"2021-W01", "2021-01-04", "2021-01-11", true},
		{"2024-13", "", "", false},
		{"2024-02-30", "", "", false},
		{"", "", "", false},
		{"March", "", "", false},
	}
	for _, tt := range tests {
		sp, ok := parseOn(tt.in)
		if ok != tt.ok {
			t.Errorf("parseOn(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		s, _ := parseDate(tt.start)
		e, _ := parseDate(tt.end)
		if sp != (span{s, e}) {
			t.Errorf("parseOn(%q) = %v, want [%s, %s)", tt.in, sp, tt.start, tt.end)
		}
	}
}

func TestMerge(t *testing.T) {
	k := testKB(t)
	o, err := Load("extra.tsv", strings.NewReader("id\tname\tkind\taliases\tcountry\n"+
		"united-nations\tUnited Nations Organization\torganization\tUNO\t\n"+
		"houthis\tHouthis\tgroup\tAnsar Allah\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := k.Merge(o)
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := m.ByID("united-nations").Name; got != "United Nations Organization" {
		t.Errorf("merged name = %q", got)
	}
	if ms := m.Lookup("UN", ""); len(ms) != 0 {
		t.Errorf("replaced alias UN still matches: %v", results(ms))
	}
	if got := results(m.Lookup("Ansar Allah", "")); !cmp.Equal(got, []result{{"houthis", ViaAlias}}) {
		t.Errorf("Lookup(Ansar Allah) = %v", got)
	}
	if got := k.ByID("united-nations").Name; got != "United Nations" {
		t.Errorf("Merge changed its receiver: %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	const (
		ppl = "id\tname\taliases\trole\taffiliation\tstart\tend\n"
		org = "id\tname\tkind\taliases\tcountry\n"
		cty = "id\tname\tiso2\tiso3\taliases\tdemonyms\tcapital\tcapital_aliases\tstatus\n"
	)
	tests := []struct{ text, want string }{
		{"", "x.tsv:1: no header line"},
		{"# only a comment\n", "x.tsv:1: no header line"},
		{"id\tname\n", "x.tsv:1: unknown header"},
		{ppl + "a\tA\t\tPresident\tx\t2020-02-30\t\n", "x.tsv:2: invalid start date \"2020-02-30\""},
		{ppl + "a\tA\t\tPresident\tx\t2020\t\n", "x.tsv:2: invalid start date \"2020\""},
		{ppl + "a\tA\t\tPresident\tx\t2020-01-01\t2019-01-01\n", "x.tsv:2: start 2020-01-01 not before end 2019-01-01"},
		{ppl + "a\tA\t\tPresident\tx\t2020-01-01\t2020-01-01\n", "x.tsv:2: start 2020-01-01 not before end"},
		{ppl + "a\tA\n\na\tB\n", "x.tsv:4: person \"a\" named \"B\", but \"A\" at x.tsv:2"},
		{ppl + "Bad Id\tA\n", "x.tsv:2: invalid id \"Bad Id\""},
		{ppl + "a\tA\t\t\t\t2020-01-01\t\n", "x.tsv:2: dates without a role"},
		{ppl + "a\tA\t\t\t\t\t\t\textra\n", "x.tsv:2: 9 fields, want 7"},
		{org + "a\tA\tclub\t\t\n", "x.tsv:2: invalid kind \"club\""},
		{org + "a\tA\tgroup\t\t\n#\na\tB\tmedia\n", ""},
		{org + "a\tA\tgroup\t\t\na\tB\tgroup\n", "x.tsv:3: duplicate group id \"a\" (first at x.tsv:2)"},
		{org + "\tA\tgroup\n", "x.tsv:2: empty id"},
		{cty + "a\tA\tAAA\n", "x.tsv:2: empty status"},
		{cty + "a\tA\tAAA\t\t\t\t\t\tmember\n", "x.tsv:2: invalid iso2 \"AAA\""},
		{cty + "a\tA\t\t\t\t\t\tX\tmember\n", "x.tsv:2: capital_aliases without a capital"},
		{cty + "a\tA\t\t\t\t\t\t\tempire\n", "x.tsv:2: invalid status \"empire\""},
		{"role\tclass\taliases\nKing\tmonarch\nKing\tmonarch\n", "x.tsv:3: duplicate role \"King\""},
		{"role\tclass\taliases\nKing\troyal\n", "x.tsv:2: invalid class \"royal\""},
		{"name\tcountry\tkind\taliases\nGaza\t\tstrip\n", "x.tsv:2: invalid kind \"strip\""},
		{"name\tcountry\tkind\taliases\n!!!\t\tcity\n", "x.tsv:2: name \"!!!\" has no letters or digits"},
		{"\ufeffrole\tclass\taliases\r\nKing\tmonarch\r\n", ""},
	}
	for _, tt := range tests {
		_, err := Load("x.tsv", strings.NewReader(tt.text))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
			t.Errorf("Load(%q) error = %q, want prefix %q", tt.text, got, tt.want)
		}
	}
}

func TestValidate(t *testing.T) {
	base := []string{testCountries, testOrgs, testRoles}
	tests := []struct {
		file, text string
		want       []string
	}{
		{"people.tsv", "id\tname\taliases\trole\taffiliation\tstart\tend\n" +
			"a\tA B\t\tPresident\tnowhere\t2020-01-01\t\n" +
			"c\tC D\t\tEmperor\tchina\t2020-01-01\t\n" +
			"e\tE F\t\tpresident\tchina\t2010-01-01\t2011-01-01\n",
			[]string{
				`people.tsv:2: person "a": unknown affiliation "nowhere"`,
				`people.tsv:3: person "c": unknown role "Emperor"`,
				`people.tsv:4: person "e": role "president" is not canonical; want "President"`,
			}},
		{"people.tsv", "id\tname\taliases\trole\taffiliation\tstart\tend\n" +
			"a\tA B\tThe Boss\tPresident\tchina\t2010-01-01\t2020-01-01\n" +
			"c\tC D\tThe Boss\tPresident\tchina\t2019-06-01\t\n" +
			"e\tE B\tThe Boss\tPresident\tchina\t2000-01-01\t2010-01-01\n" +
			"f\tF G\t\tSpokesperson\tchina\t2000-01-01\t\n" +
			"g\tG H\t\tSpokesperson\tchina\t2000-01-01\t\n",
			[]string{
				`people.tsv:3: "The Boss" names both person "c" and "a" (people.tsv:2)`,
				`people.tsv:3: President of china: c (from 2019-06-01) overlaps a (2010-01-01 to 2020-01-01, people.tsv:2)`,
			}},
		{"organizations.tsv", "id\tname\tkind\taliases\tcountry\n" +
			"china\tChina Inc\torganization\t\t\n" +
			"b\tB\tgroup\tSaudis\tmars\n" +
			"c\tC\tgroup\tSaudis\t\n",
			[]string{
				`organizations.tsv:2: organization id "china" is also the id of a country (base.tsv:5)`,
				`organizations.tsv:3: group "b": unknown country "mars"`,
				`organizations.tsv:4: "Saudis" names both group "c" and "b" (organizations.tsv:3)`,
			}},
		{"countries.tsv", "id\tname\tiso2\tiso3\taliases\tdemonyms\tcapital\tcapital_aliases\tstatus\n" +
			"russia\tRussia\tRU\tRUS\t\tSoviets\tBeijing\t\tmember\n",
			[]string{
				`countries.tsv:2: "Beijing" names both country "russia" and "china" (base.tsv:5)`,
				`countries.tsv:2: "Soviets" names both country "russia" and "soviet-union" (base.tsv:6)`,
			}},
		{"roles.tsv", "role\tclass\taliases\nPremier\thead_of_government\tpresident\n",
			[]string{`roles.tsv:2: title "president" names both role "Premier" and "President" (base.tsv:2)`}},
	}
	for _, tt := range tests {
		k := newKB()
		for _, text := range base {
			o, err := Load("base.tsv", strings.NewReader(text))
			if err != nil {
				t.Fatal(err)
			}
			k = k.Merge(o)
		}
		o, err := Load(tt.file, strings.NewReader(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		err = k.Merge(o).Validate()
		var got []string
		if err != nil {
			got = strings.Split(err.Error(), "\n")
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Validate %s mismatch (-want +got):\n%s", tt.file, diff)
		}
	}
}

func FuzzLoad(f *testing.F) {
	for _, s := range []string{testCountries, testOrgs, testPlaces, testRoles, testPeople, "", "#\n", "role\tclass\taliases\n\t\t\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := Load("fuzz.tsv", strings.NewReader(s))
		if err != nil {
			return
		}
		_ = k.Validate()
		for _, e := range k.Entities() {
			k.Lookup(e.Name, "2000")
			for _, a := range e.Aliases {
				k.Lookup(a, "")
			}
		}
		k.Holders("President", "", "2000")
	})
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Saudis", "Bush", "THE U.S.'s", "Al–Qaida", "the", "'s", "\xff"} {
		f.Add(s, "2000-01-01")
	}
	k := testKB(f)
	f.Fuzz(func(t *testing.T, name, on string) {
		for _, m := range k.Lookup(name, on) {
			if m.Entity == nil || viaRank[m.Via] == 0 && m.Via != ViaName {
				t.Fatalf("bad match %+v", m)
			}
		}
		k.Place(name)
		k.Role(name)
		k.Title(name)
		k.Holders(name, "", on)
	})
}

func BenchmarkLookup(b *testing.B) {
	k := Default()
	names := []string{"Saudis", "Washington", "Blinken", "al-Qaida", "IRAN", "the United Nations", "Nowhere", "Cairo"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k.Lookup(names[i%len(names)], "2024-03-21")
	}
}

// FuzzFold checks that the fast paths of fold and wordKey change nothing.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "Abdel Fattah el-Sissi", " the  U.S. ", "a\tb", "`x`", "Erdoğan", "New York/new-Delhi", "x ", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), foldRunes(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := wordKey(s), wordKeyRunes(s); got != want {
			t.Errorf("wordKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestFindFilter checks that the match-key filter of find drops no match:
// every surface form of the built-in knowledge base, in several spellings,
// finds what it finds without the filter.
func TestFindFilter(t *testing.T) {
	k := Default()
	all := map[string]bool{}
	for _, m := range []map[string][]hit{k.exact, k.lower, k.word, k.plain} {
		for f := range m {
			all[f] = true
		}
	}
	n := 0
	for f := range all {
		for _, q := range []string{f, strings.ToUpper(f), strings.ToLower(f), strings.Title(f), wordKey(f), plain(f), plain(strings.ToUpper(f))} {
			q = fold(q)
			if got, want := k.find(q), k.findAll(q); len(got) != len(want) {
				t.Errorf("find(%q): %d hits, %d without the filter", q, len(got), len(want))
			}
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d queries", n)
	}
}

// TestStarts checks that Starts is true for every start of every surface
// form, in several spellings, and false for text no form starts with.
func TestStarts(t *testing.T) {
	k := Default()
	n := 0
	for f := range k.exact {
		for _, q := range []string{f, strings.ToUpper(f), strings.Title(f), f + " "} {
			for i := range q {
				if i > 0 && !k.Starts(q[:i]) {
					t.Errorf("Starts(%q) = false, a start of %q", q[:i], q)
				}
				n++
			}
			if !k.Starts(q) {
				t.Errorf("Starts(%q) = false", q)
			}
		}
	}
	if n < 10000 {
		t.Errorf("only %d starts tried", n)
	}
	for _, q := range []string{"Zzyzx", "Clinton Zzyzx", "United States Zzyzx"} {
		if k.Starts(q) {
			t.Errorf("Starts(%q) = true, want false", q)
		}
	}
}

// FuzzStarts checks the promise of Starts: when no form starts with a
// text, no longer text beginning with it finds a form.
func FuzzStarts(f *testing.F) {
	for _, s := range [][2]string{{"Saddam", "Hussein"}, {"United", "Nations"}, {"Al", "-Qaida"}, {"Zzyzx", "Hussein"}, {"Erdoğan", ""}, {"IRAN", ""}} {
		f.Add(s[0], s[1])
	}
	k := Default()
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || k.Starts(a) {
			return
		}
		for _, q := range []string{a, a + b, a + " " + b} {
			if hs := k.find(fold(q)); len(hs) > 0 {
				t.Errorf("Starts(%q) = false, but %q finds %s", a, q, hs[0].e.ID)
			}
		}
	})
}

// TestRoleFilter checks that the last-word filter of Role, and RoleEnd,
// drop no title: every title Role knows, with modifiers in front and in
// other cases, gives what it gives without the filter, and RoleEnd of its
// last word is true.
func TestRoleFilter(t *testing.T) {
	k := Default()
	unfiltered := *k
	unfiltered.roleLast = nil
	n := 0
	for alias := range k.roleAlias {
		for _, p := range append(roleModifiers, "", "then-then-", "The Acting ", "U.S. ", "x") {
			for _, q := range []string{p + alias, strings.ToUpper(p + alias), strings.Title(p + alias), p + alias + " x"} {
				r1, c1, ok1 := k.Role(q)
				r2, c2, ok2 := unfiltered.Role(q)
				if r1 != r2 || c1 != c2 || ok1 != ok2 {
					t.Errorf("Role(%q) = %q, %q, %v; without the filter %q, %q, %v", q, r1, c1, ok1, r2, c2, ok2)
				}
				if ws := strings.Fields(q); ok2 && !k.RoleEnd(ws[len(ws)-1]) {
					t.Errorf("RoleEnd(%q) = false, but Role(%q) knows the title", ws[len(ws)-1], q)
				}
				n += b2i(ok2)
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d titles known", n)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// BenchmarkLoad loads and indexes the embedded knowledge base, what the
// first Default call of a process costs.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := loadFS(dataFS, "data"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestUniqueMatches checks that uniqueMatches gives the same matches
// whether it searches them one by one or with a map, for every surface
// form of the built-in knowledge base.
func TestUniqueMatches(t *testing.T) {
	k := Default()
	n := 0
	for f := range k.exact {
		hs := k.findAll(f)
		show := func(ms []Match) (out []string) {
			for _, m := range ms {
				out = append(out, fmt.Sprintf("%p %s/%s %s", m.Entity, m.Entity.Kind, m.Entity.ID, m.Via))
			}
			return out
		}
		if diff := cmp.Diff(show(uniqueMatches(hs, 0)), show(uniqueMatches(hs, len(hs)))); diff != "" {
			t.Errorf("uniqueMatches(%q) mismatch (-map +one by one):\n%s", f, diff)
		}
		if len(hs) > 1 {
			n++
		}
	}
	if n == 0 {
		t.Error("no form with several entries")
	}
}

// TestParseDate compares parseDate with time.Parse, on every day of a few
// years, around them and on strings that are no dates.
func TestParseDate(t *testing.T) {
	slow := func(s string) (day, bool) {
		if len(s) != 10 {
			return 0, false
		}
		tm, err := time.Parse("2006-01-02", s)
		if err != nil {
			return 0, false
		}
		return toDay(tm), true
	}
	var qs []string
	for _, y := range []int{0, 1, 999, 1900, 1969, 1970, 1999, 2000, 2024, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				qs = append(qs, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	qs = append(qs, "", "2024-3-21", "2024-03-2x", "+024-03-21", "-024-03-21", "2024/03/21", "2024-03-21 ", " 024-03-21",
		"2024-0３-21", "20240-3-21", "2024-03--1", "２024-03-21")
	for _, q := range qs {
		d1, ok1 := parseDate(q)
		d2, ok2 := slow(q)
		if d1 != d2 || ok1 != ok2 {
			t.Errorf("parseDate(%q) = %d, %v; time.Parse gives %d, %v", q, d1, ok1, d2, ok2)
		}
	}
}

// TestStartsIndex compares Starts, which narrows its search by the first
// two bytes of the key, with a search of all the keys.
func TestStartsIndex(t *testing.T) {
	k := Default()
	slow := func(text string) bool {
		key := string(matchKey(nil, fold(text)))
		i := sort.SearchStrings(k.sortedKeys, key)
		return i < len(k.sortedKeys) && strings.HasPrefix(k.sortedKeys[i], key)
	}
	qs := []string{"", "a", "z", "Zz", "\xff", "é", "É", "~", "Al-", "U.S", "u.s.", "the", "New York Ti"}
	for f := range k.exact {
		for i := range f {
			qs = append(qs, f[:i], f[:i]+"x", f[:i]+" ", strings.ToUpper(f[:i]))
		}
	}
	for _, q := range qs {
		if !utf8.ValidString(q) {
			continue
		}
		if got, want := k.Starts(q), slow(q); got != want {
			t.Errorf("Starts(%q) = %v, a search of all keys gives %v", q, got, want)
		}
	}
}
