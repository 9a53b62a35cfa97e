package events

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestDateJSON(t *testing.T) {
	tests := []struct {
		d    Date
		json string
	}{
		{"", "null"},
		{"2024-03-21", `"2024-03-21"`},
		{"2023-10", `"2023-10"`},
		{"2024", `"2024"`},
		{"2024-W11", `"2024-W11"`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.d)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.json {
			t.Errorf("Marshal(%q) = %s, want %s", tt.d, b, tt.json)
		}
		var back Date = "junk"
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		if back != tt.d {
			t.Errorf("Unmarshal(%s) = %q, want %q", b, back, tt.d)
		}
	}
	var d Date
	if err := json.Unmarshal([]byte("20240321"), &d); err == nil {
		t.Errorf("Unmarshal of a number: no error, got %q", d)
	}
}

func TestEventJSON(t *testing.T) {
	tests := []struct {
		name string
		e    Event
		want string
	}{
		{
			name: "empty",
			e:    Event{ID: "e1", Type: Statement, Status: Occurred},
			want: `{"id":"e1","type":"statement","date":null,"date_text":"","status":"occurred","actors":[],"place":null,"evidence":[],"confidence":0,"offset":0}`,
		},
		{
			name: "full",
			e: Event{ID: "e2", Type: Meeting, Date: "2024-03-21", DateText: "Thursday", Status: Planned,
				Actors: []string{"antony-blinken", "egypt"}, Place: "Cairo", Evidence: []string{"Blinken will meet officials in Cairo on Thursday."},
				Confidence: 0.9, Offset: 12},
			want: `{"id":"e2","type":"meeting","date":"2024-03-21","date_text":"Thursday","status":"planned","actors":["antony-blinken","egypt"],"place":"Cairo","evidence":["Blinken will meet officials in Cairo on Thursday."],"confidence":0.9,"offset":12}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.e)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			var back Event
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			want := tt.e
			if want.Actors == nil {
				want.Actors = []string{}
			}
			if want.Evidence == nil {
				want.Evidence = []string{}
			}
			if diff := cmp.Diff(want, back); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
	var e Event
	if err := json.Unmarshal([]byte(`{"id": 3}`), &e); err == nil {
		t.Error("Unmarshal of a numeric id: no error")
	}
}

// TestDocumentJSON round-trips a whole document through JSON.
func TestDocumentJSON(t *testing.T) {
	doc, err := Extract("rt.txt", "date: 2024-03-21\ntitle: Talks\nsource: wire\n\nBlinken met el-Sissi in Cairo on Thursday. Hamas rejected the plan.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if want := (Meta{ID: "rt", Title: "Talks", Published: "2024-03-21", Source: "wire"}); back.Document != want {
		t.Errorf("document = %+v, want %+v", back.Document, want)
	}
}

func TestParseDate(t *testing.T) {
	good := []string{"2024-03-21", "2024-02-29", "2023-10", "2024", "2024-W01", "2020-W53"}
	for _, s := range good {
		d, err := ParseDate(s)
		if err != nil || string(d) != s {
			t.Errorf("ParseDate(%q) = %q, %v; want it back", s, d, err)
		}
	}
	bad := []string{"", "2023-02-29", "2024-13", "2024-3-21", "24", "2024-W00", "2024-W54", "2024-Wxx", "March 21, 2024", "2024-03-21T10:00", "abcd"}
	for _, s := range bad {
		d, err := ParseDate(s)
		if err == nil {
			t.Errorf("ParseDate(%q) = %q, want an error", s, d)
			continue
		}
		if d != "" {
			t.Errorf("ParseDate(%q) returned %q with its error", s, d)
		}
	}
	_, err := ParseDate("soon")
	if want := `"soon" is not a date (want YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www)`; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestDateSpan(t *testing.T) {
	day := func(s string) time.Time {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			panic(err)
		}
		return t
	}
	tests := []struct {
		d          Date
		start, end string
	}{
		{"2024-03-21", "2024-03-21", "2024-03-22"},
		{"2024-02", "2024-02-01", "2024-03-01"},
		{"2023-12", "2023-12-01", "2024-01-01"},
		{"2024", "2024-01-01", "2025-01-01"},
		{"2024-W11", "2024-03-11", "2024-03-18"},
		{"2024-W01", "2024-01-01", "2024-01-08"},
		{"2021-W01", "2021-01-04", "2021-01-11"}, // 2021-01-01 was a Friday of 2020-W53
		{"2020-W53", "2020-12-28", "2021-01-04"},
	}
	for _, tt := range tests {
		s, e, ok := tt.d.Span()
		if !ok || !s.Equal(day(tt.start)) || !e.Equal(day(tt.end)) {
			t.Errorf("%q.Span() = %v, %v, %v; want %s, %s", tt.d, s, e, ok, tt.start, tt.end)
		}
		// Mid lies inside the span
		m, ok := tt.d.Mid()
		if !ok || m.Before(s) || !m.Before(e) {
			t.Errorf("%q.Mid() = %v, %v; not in the span", tt.d, m, ok)
		}
	}
	if _, _, ok := Date("").Span(); ok {
		t.Error(`"".Span() is ok`)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Abdel Fattah el-Sissi", "abdel-fattah-el-sissi"},
		{"Antony Blinken", "antony-blinken"},
		{"U.S.", "us"},
		{"the U.N. Security Council", "the-un-security-council"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"José Manuel Barroso", "jose-manuel-barroso"},
		{"Lech Wałęsa", "lech-walesa"},
		{"Dalia Grybauskaitė", "dalia-grybauskaite"},
		{"Donald Tusk, Bronisław Komorowski", "donald-tusk-bronislaw-komorowski"},
		{"Nguyễn Phú Trọng", "nguyen-phu-trong"},
		{"Ahmet Davutoğlu", "ahmet-davutoglu"},
		{"Straße", "strasse"},
		{"Jose\u0301 Marti\u0301", "jose-marti"}, // decomposed accents
		{"ÆRØ", "aero"},
		{"Đorđe", "dorde"},
		{"Søren Kierkegaard", "soren-kierkegaard"},
		{"Mohammed bin Salman", "mohammed-bin-salman"},
		{"Lloyd's of London", "lloyds-of-london"},
		{"Côte d’Ivoire", "cote-divoire"},
		{"O'Brien", "obrien"},
		{"  Hamas  ", "hamas"},
		{"G-20 / G20", "g-20-g20"},
		{"Al-Hadath", "al-hadath"},
		{"--", ""},
		{"", ""},
		{"حماس", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSurname(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Antony Blinken", "Blinken"},
		{"James A. Baker III", "Baker"},
		{"Martin Luther King Jr.", "King"},
		{"Martin Luther King Jr", "King"},
		{"Abdel Fattah el-Sissi", "el-Sissi"},
		{"Mohammed bin Salman", "bin Salman"},
		{"Daniel arap Moi", "arap Moi"},
		{"Ursula von der Leyen", "von der Leyen"},
		{"Charles de Gaulle", "de Gaulle"},
		{"Blinken", "Blinken"},
		{"de Gaulle", "Gaulle"}, // a particle never starts the name it is all of
		{"Pope Francis", "Francis"},
		{"III", "III"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Surname(tt.in); got != tt.want {
			t.Errorf("Surname(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestActorShort(t *testing.T) {
	tests := []struct {
		a    Actor
		want string
	}{
		{Actor{Name: "Mohammed bin Salman", Kind: Person}, "bin Salman"},
		{Actor{Name: "Saudi Arabia", Kind: Country}, "Saudi Arabia"},
		{Actor{Name: "Al Jazeera", Kind: Media}, "Al Jazeera"},
		{Actor{Name: "Kim Jong Un", Kind: Person}, "Kim"},
		{Actor{Name: "Moon Jae-in", Kind: Person}, "Moon"},
		{Actor{Name: "Xi Jinping", Kind: Person}, "Xi"},
		{Actor{Name: "Li Keqiang", Kind: Person}, "Li"},
		{Actor{Name: "Wang Yi", Kind: Person}, "Wang"},
		{Actor{Name: "Kim Darroch", Kind: Person}, "Darroch"},
		{Actor{Name: "Lee Anderson", Kind: Person}, "Anderson"},
		{Actor{Name: "Ban Ki-moon", Kind: Person}, "Ban"},
	}
	for _, tt := range tests {
		if got := tt.a.Short(); got != tt.want {
			t.Errorf("%+v.Short() = %q, want %q", tt.a, got, tt.want)
		}
	}
}

func TestTypeValid(t *testing.T) {
	for _, ty := range Types {
		if !ty.Valid() {
			t.Errorf("%q is not valid", ty)
		}
	}
	for _, ty := range []Type{"", "Meeting", "war", "visits"} {
		if ty.Valid() {
			t.Errorf("%q is valid", ty)
		}
	}
}
