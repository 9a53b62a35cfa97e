package events

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Type is the type of an event: one of the closed set of EVENT-MODEL.md section 3.
type Type string

// The event types.
const (
	Visit     Type = "visit"
	Meeting   Type = "meeting"
	Call      Type = "call"
	Statement Type = "statement"
	Proposal  Type = "proposal"
	Demand    Type = "demand"
	Rejection Type = "rejection"
	Agreement Type = "agreement"
	Mediation Type = "mediation"
	Attack    Type = "attack"
	Aid       Type = "aid"
	Release   Type = "release"
	Sanction  Type = "sanction"
	Threat    Type = "threat"
)

// Types lists every event type in a fixed order, the order legends use.
var Types = []Type{Visit, Meeting, Call, Statement, Proposal, Demand, Rejection,
	Agreement, Mediation, Attack, Aid, Release, Sanction, Threat}

// Valid reports whether t is one of Types.
func (t Type) Valid() bool {
	for _, x := range Types {
		if x == t {
			return true
		}
	}
	return false
}

// Status says whether an event happened, is planned, is going on or is only hypothetical.
type Status string

// The event statuses.
const (
	Occurred     Status = "occurred"
	Planned      Status = "planned"
	Ongoing      Status = "ongoing"
	Hypothetical Status = "hypothetical"
)

// Kind is the kind of an actor.
type Kind string

// The actor kinds.
const (
	Person       Kind = "person"
	Country      Kind = "country"
	Organization Kind = "organization"
	Group        Kind = "group"
	Media        Kind = "media"
)

// Kinds lists every actor kind in a fixed order, the order legends use.
var Kinds = []Kind{Person, Country, Organization, Group, Media}

// Document is the JSON document that extract prints (EVENT-MODEL.md section 5).
type Document struct {
	Document  Meta       `json:"document"`
	Actors    []Actor    `json:"actors"`
	Events    []Event    `json:"events"`
	Relations []Relation `json:"relations"`
}

// Meta describes the article a Document was extracted from.
type Meta struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Published Date   `json:"published"`
	Source    string `json:"source,omitempty"`
}

// Actor is a person, country, organisation, group or media outlet that acts in events.
type Actor struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Kind        Kind     `json:"kind"`
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
}

// Short returns the short form of the actor's name used in labels: a
// person's surname with its particles ("el-Sissi", "bin Salman", "arap Moi"),
// otherwise the name itself.
func (a Actor) Short() string {
	if a.Kind != Person {
		return a.Name
	}
	if f := familyFirst(a.Name); f != "" {
		return f
	}
	return Surname(a.Name)
}

// familyFirst returns the family name of a Chinese or Korean name written
// family name first ("Kim Jong Un", "Moon Jae-in", "Xi Jinping"), or "".
func familyFirst(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 3 || !eastAsianFamilies[strings.ToLower(w[0])] {
		return ""
	}
	switch {
	case len(w) == 3 && isCapWord(w[1]) && isCapWord(w[2]):
		return w[0] // "Kim Jong Un", "Lee Hsien Loong"
	case len(w) == 2 && (strings.Contains(w[1], "-") || pinyinName(w[1])):
		return w[0] // "Moon Jae-in", "Xi Jinping", "Wang Yi"
	}
	return ""
}

// isCapWord reports whether w is a capitalised word of letters.
func isCapWord(w string) bool {
	return len(w) > 1 && 'A' <= w[0] && w[0] <= 'Z' && strings.IndexFunc(w, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '-') }) < 0
}

// pinyinName reports whether w is one or two syllables of Hanyu Pinyin
// ("Jinping", "Keqiang", "Yi"): a Chinese given name, not "Darroch".
func pinyinName(w string) bool {
	s := strings.ToLower(w)
	for n := 0; n < 2 && s != ""; n++ {
		m := pinyinSyllable.FindString(s)
		if m == "" {
			return false
		}
		s = s[len(m):]
	}
	return s == ""
}

var pinyinSyllable = regexp.MustCompile(`^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u)(ng|n)?`)

// eastAsianFamilies are common Chinese and Korean family names in their
// usual romanisation.
var eastAsianFamilies = map[string]bool{
	"kim": true, "lee": true, "park": true, "moon": true, "yoon": true, "choi": true, "jung": true, "kang": true,
	"cho": true, "roh": true, "chun": true, "ban": true, "xi": true, "li": true, "wang": true, "zhang": true,
	"liu": true, "chen": true, "yang": true, "zhao": true, "huang": true, "zhou": true, "wu": true, "xu": true,
	"sun": true, "hu": true, "zhu": true, "gao": true, "lin": true, "guo": true, "ma": true, "luo": true,
	"liang": true, "song": true, "zheng": true, "xie": true, "tang": true, "feng": true, "dong": true,
	"xiao": true, "cao": true, "deng": true, "jiang": true, "wen": true, "mao": true, "qin": true, "han": true,
}

// Surname returns the family name of a personal name: the last word, with
// generational suffixes dropped and lower-case particles kept
// ("James A. Baker III" -> "Baker", "Mohammed bin Salman" -> "bin Salman").
func Surname(name string) string {
	w := strings.Fields(name)
	for len(w) > 1 {
		switch strings.TrimSuffix(w[len(w)-1], ".") {
		case "Jr", "Sr", "II", "III", "IV":
			w = w[:len(w)-1]
			continue
		}
		break
	}
	if len(w) == 0 {
		return ""
	}
	i := len(w) - 1
	for i > 1 && isParticle(w[i-1]) {
		i--
	}
	return strings.Join(w[i:], " ")
}

func isParticle(s string) bool {
	switch s {
	case "bin", "ibn", "bint", "al", "el", "de", "del", "della", "der", "di", "da", "du", "van", "von", "arap", "le", "la", "ben", "abu", "dos", "das", "y":
		return true
	}
	return false
}

// Event is something an actor did, does or will do (EVENT-MODEL.md section 3).
type Event struct {
	ID         string
	Type       Type
	Date       Date   // empty when the text gives no time for the event
	DateText   string // the words the date came from
	Status     Status
	Actors     []string // actor ids, the initiator first
	Place      string   // where it happened, empty when not said
	Evidence   []string // the sentences that report it, as they stand
	Confidence float64
	// Offset is the byte offset in the article text of the first sentence
	// that reports the event; it orders events of the same date.
	Offset int
	// Sources lists the articles that report the event, in a document
	// merged from several (see Merger); it is empty for a single article.
	Sources []Source
}

type eventJSON struct {
	ID         string   `json:"id"`
	Type       Type     `json:"type"`
	Date       Date     `json:"date"`
	DateText   string   `json:"date_text"`
	Status     Status   `json:"status"`
	Actors     []string `json:"actors"`
	Place      *string  `json:"place"`
	Evidence   []string `json:"evidence"`
	Confidence float64  `json:"confidence"`
	Offset     int      `json:"offset"`
	Sources    []Source `json:"sources,omitempty"`
}

// MarshalJSON writes the event with the field names of EVENT-MODEL.md
// section 5: a missing date or place is null, actors and evidence are arrays.
func (e Event) MarshalJSON() ([]byte, error) {
	j := eventJSON{ID: e.ID, Type: e.Type, Date: e.Date, DateText: e.DateText, Status: e.Status,
		Actors: e.Actors, Evidence: e.Evidence, Confidence: e.Confidence, Offset: e.Offset, Sources: e.Sources}
	if e.Place != "" {
		p := e.Place
		j.Place = &p
	}
	if j.Actors == nil {
		j.Actors = []string{}
	}
	if j.Evidence == nil {
		j.Evidence = []string{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads an event written by MarshalJSON.
func (e *Event) UnmarshalJSON(b []byte) error {
	var j eventJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Event{ID: j.ID, Type: j.Type, Date: j.Date, DateText: j.DateText, Status: j.Status,
		Actors: j.Actors, Evidence: j.Evidence, Confidence: j.Confidence, Offset: j.Offset, Sources: j.Sources}
	if j.Place != nil {
		e.Place = *j.Place
	}
	return nil
}

// Relation is an edge of the actor graph: an event's link between two of
// its actors, or knowledge such as a person leading a country.
type Relation struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Type   string `json:"type"`
	Event  string `json:"event,omitempty"`
	Date   Date   `json:"date"`
	Role   string `json:"role,omitempty"`
}

// Date is an ISO 8601 date at the precision the text supports: a day
// ("2024-03-21"), a month ("2023-10"), a year ("2024") or an ISO week
// ("2024-W11"). The empty Date is unknown and is written as JSON null.
type Date string

// MarshalJSON writes the date as a JSON string, or null when it is empty.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON reads a JSON string or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = Date(s)
	return nil
}

// DayDate returns the Date of a day.
func DayDate(t time.Time) Date { return Date(t.Format("2006-01-02")) }

// Span returns the first day the date covers and the first day after it,
// both at midnight UTC. ok is false for an empty or malformed date.
func (d Date) Span() (start, end time.Time, ok bool) {
	s := string(d)
	switch {
	case len(s) == 10:
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return time.Time{}, time.Time{}, false
		}
		return t, t.AddDate(0, 0, 1), true
	case len(s) == 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return time.Time{}, time.Time{}, false
		}
		return t, t.AddDate(0, 1, 0), true
	case len(s) == 4:
		t, err := time.Parse("2006", s)
		if err != nil {
			return time.Time{}, time.Time{}, false
		}
		return t, t.AddDate(1, 0, 0), true
	case len(s) == 8 && s[4] == '-' && s[5] == 'W':
		y, err1 := strconv.Atoi(s[:4])
		w, err2 := strconv.Atoi(s[6:])
		if err1 != nil || err2 != nil || w < 1 || w > 53 {
			return time.Time{}, time.Time{}, false
		}
		t := isoWeekStart(y, w)
		return t, t.AddDate(0, 0, 7), true
	}
	return time.Time{}, time.Time{}, false
}

// Mid returns the middle of the span of the date, where a timeline draws it.
func (d Date) Mid() (time.Time, bool) {
	s, e, ok := d.Span()
	if !ok {
		return time.Time{}, false
	}
	return s.Add(e.Sub(s) / 2), true
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -off+(w-1)*7)
}

// ParseDate checks that s is a date of one of the forms Date allows.
func ParseDate(s string) (Date, error) {
	d := Date(s)
	if _, _, ok := d.Span(); !ok {
		return "", fmt.Errorf("%q is not a date (want YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www)", s)
	}
	return d, nil
}

// Slug returns the identifier form of a name: lower case ASCII letters and
// digits joined by single hyphens ("Abdel Fattah el-Sissi" ->
// "abdel-fattah-el-sissi"). Latin letters with diacritics lose them
// ("Wałęsa" -> "walesa", "Nguyễn" -> "nguyen"), ligatures are spelt out
// ("ß" -> "ss") and combining marks are dropped; apostrophes and full stops
// vanish ("Lloyd's" -> "lloyds", "U.S." -> "us").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	put := func(r rune) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '\u2019' || r == '.':
			// "Lloyd's" -> "lloyds", "U.S." -> "us"
		default:
			dash = true
		}
	}
	for _, r := range strings.ToLower(name) {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent of a decomposed letter
		}
		f, ok := fold[r]
		if !ok {
			put(r)
			continue
		}
		for _, c := range f {
			put(c)
		}
	}
	return b.String()
}

// fold maps a lower-case Latin letter with a diacritic, or a ligature, to
// its plain ASCII spelling.
var fold = map[rune]string{}

func init() {
	for _, g := range [][2]string{
		{"a", "àáâãäåāăąǎạảấầẩẫậắằẳẵặ"}, {"ae", "æ"}, {"c", "çćĉċč"}, {"d", "ďđð"},
		{"e", "èéêëēĕėęěẹẻẽếềểễệ"}, {"g", "ĝğġģ"}, {"h", "ĥħ"}, {"i", "ìíîïĩīĭįıǐỉị"},
		{"ij", "ĳ"}, {"j", "ĵ"}, {"k", "ķĸ"}, {"l", "ĺļľŀł"}, {"n", "ñńņňŉŋ"},
		{"o", "òóôõöøōŏőơǒọỏốồổỗộớờởỡợ"}, {"oe", "œ"}, {"r", "ŕŗř"}, {"s", "śŝşšșſ"},
		{"ss", "ß"}, {"t", "ţťŧț"}, {"th", "þ"}, {"u", "ùúûüũūŭůűųưǔụủứừửữự"}, {"w", "ŵ"},
		{"y", "ýÿŷỳỵỷỹ"}, {"z", "źżž"},
	} {
		for _, r := range g[1] {
			fold[r] = g[0]
		}
	}
}
