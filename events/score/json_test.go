package score

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPyFloat(t *testing.T) {
	tenth := 0.1 // a variable: constant arithmetic is exact
	// Python's repr of each float
	tests := []struct {
		f    float64
		want string
	}{
		{0, "0.0"}, {1, "1.0"}, {0.5, "0.5"}, {0.8, "0.8"}, {-3.25, "-3.25"}, {100, "100.0"},
		{1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {123456789012345678, "1.2345678901234568e+17"},
		{0.0001, "0.0001"}, {0.00001, "1e-05"}, {1.5e-7, "1.5e-07"}, {2.5e20, "2.5e+20"}, {1e22, "1e+22"},
		{tenth + 2*tenth, "0.30000000000000004"}, {1.0 / 3, "0.3333333333333333"}, {12345.678, "12345.678"},
	}
	for _, tc := range tests {
		if got := pyFloat(tc.f); got != tc.want {
			t.Errorf("pyFloat(%v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestRound3(t *testing.T) {
	// Python's round(x, 3), and the verbose line's f"{x:.2f}"
	tests := []struct {
		x           float64
		want, want2 string
	}{
		{0.0625, "0.062", "0.06"}, {0.8125, "0.812", "0.81"}, {0.1235, "0.123", "0.12"},
		{2.675, "2.675", "2.67"}, {0.8571428, "0.857", "0.86"}, {0.9995, "1.0", "1.00"},
		{0.0005, "0.001", "0.00"}, {0.0015, "0.002", "0.00"}, {1.0 / 3, "0.333", "0.33"},
		{0.6666666666666665, "0.667", "0.67"}, {0.1115, "0.112", "0.11"},
		{0.125, "0.125", "0.12"}, {0.375, "0.375", "0.38"}, {0.845, "0.845", "0.84"},
	}
	for _, tc := range tests {
		if got := pyFloat(round3(tc.x)); got != tc.want {
			t.Errorf("round(%v, 3) = %s, want %s", tc.x, got, tc.want)
		}
		if got := fmt.Sprintf("%.2f", tc.x); got != tc.want2 {
			t.Errorf("%%.2f of %v = %s, want %s", tc.x, got, tc.want2)
		}
	}
}

func TestPyEqual(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{`"2020"`, `"2020"`, true},
		{`"2020"`, `2020`, false},
		{`2020`, `2020.0`, true},
		{`2020`, `2.02e3`, true},
		{`1`, `true`, true},
		{`0`, `false`, true},
		{`0.5`, `true`, false},
		{`null`, `null`, true},
		{`null`, `false`, false},
		{`100000000000000000000`, `1e20`, true},
		{`100000000000000000001`, `1e20`, false},
		{`1e400`, `2e400`, true}, // both infinity
		{`[1, "a"]`, `[1.0, "a"]`, true},
		{`[1, "a"]`, `["a", 1]`, false},
		{`{"a": 1, "b": 2}`, `{"b": 2, "a": 1.0}`, true},
		{`{"a": 1}`, `{"a": 1, "b": 2}`, false},
	}
	for _, tc := range tests {
		a, err := decode([]byte(tc.a))
		if err != nil {
			t.Fatal(err)
		}
		b, err := decode([]byte(tc.b))
		if err != nil {
			t.Fatal(err)
		}
		if got := pyEqual(a, b); got != tc.want {
			t.Errorf("%s == %s: %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestAppendPy(t *testing.T) {
	// what json.dumps(json.loads(in), ensure_ascii=False) prints
	tests := []struct{ in, want string }{
		{`{"b":1,"a":[true,null,1.50,1E2,-0,12345678901234567890123]}`,
			`{"b": 1, "a": [true, null, 1.5, 100.0, 0, 12345678901234567890123]}`},
		{`{"a":1,"b":2,"a":3}`, `{"a": 3, "b": 2}`},
		{`"caf\u00e9 \u2014 \"q\" \\ \n\t\u0001 </b>"`, `"café — \"q\" \\ \n\t\u0001 </b>"`},
		{`[[], {}, 1e400, -1e400]`, `[[], {}, Infinity, -Infinity]`},
	}
	for _, tc := range tests {
		n, err := decode([]byte(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(appendPy(nil, n)); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		gold     bool
		want     string
	}{
		{"syntax", "{\"events\": [\n  {\"type\": \"visit\" \"date\": 1}]}", true,
			`gold.json:2:20: invalid character '"' after object key:value pair`},
		{"end", `{"events": [`, true, `gold.json:1:13: unexpected end of JSON input`},
		{"extra", `{} {}`, true, `gold.json:1:4: extra data after the JSON value`},
		{"utf8", "{\"a\":\n \"\xff\"}", true, `gold.json:2:3: not valid UTF-8`},
		{"bom", "\ufeff{}", true, `gold.json:1:1: starts with a byte order mark (U+FEFF), which JSON does not allow`},
		{"not object", `[]`, true, `gold.json:1:1: gold file: want an object, not a list`},
		{"actors", `{"actors": {}}`, true, `gold.json:1:12: actors: want a list of objects, not an object`},
		{"actor name", `{"actors": [{"aliases": []}]}`, true, `gold.json:1:13: actors[0]: no name`},
		{"aliases", `{"actors": [{"name": "A", "aliases": "B"}]}`, true,
			`gold.json:1:38: actors[0].aliases: want a list of strings, not a string`},
		{"type", `{"events": [{"evidence": ["x"]}]}`, true, `gold.json:1:13: events[0]: no type`},
		{"event actors", `{"events": [{"type": "visit", "actors": "A"}]}`, true,
			`gold.json:1:41: events[0].actors: want a list of strings, not a string`},
		{"evidence", `{"events": [{"type": "visit", "evidence": [1]}]}`, true,
			`gold.json:1:44: events[0].evidence[0]: want a string or null, not a number`},
		{"no evidence", `{"events": [{"type": "visit", "evidence": []}]}`, true,
			`gold.json:1:43: events[0].evidence: a required event needs an evidence phrase`},
		{"place", `{"events": [{"type": "visit", "place": {"x": 1}}]}`, true,
			`gold.json:1:40: events[0].place: want a string or a list of strings, not an object`},
		{"pred not object", `"x"`, false, `pred.json:1:1: prediction: want an object, not a string`},
		{"pred events", `{"events": [1]}`, false, `pred.json:1:13: events[0]: want an object, not a number`},
		{"pred id", `{"actors": [{"id": [1], "name": "A"}]}`, false,
			`pred.json:1:20: actors[0].id: a list cannot be an id`},
		{"pred aliases", `{"actors": [{"name": "A", "aliases": 3}]}`, false,
			`pred.json:1:38: actors[0].aliases: want a list of strings, not a number`},
		{"pred evidence", `{"events": [{"evidence": ["a", 2]}]}`, false,
			`pred.json:1:32: events[0].evidence[1]: want a string, not a number`},
		{"pred unknown number id", `{"events": [{"actors": [7]}]}`, false,
			`pred.json:1:25: events[0].actors[0]: want a name, not a number`},
		{"pred place", `{"events": [{"place": ["Oslo"]}]}`, false,
			`pred.json:1:23: events[0].place: want a string, not a list`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.gold {
				_, err = ParseGold("gold.json", []byte(tc.in))
			} else {
				_, err = ParsePrediction("pred.json", []byte(tc.in))
			}
			if err == nil {
				t.Fatal("no error")
			}
			if diff := cmp.Diff(tc.want, err.Error()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestParseLenient checks the predictions score.py scores although they
// stray from the extractor's format.
func TestParseLenient(t *testing.T) {
	g := mustGold(t, `{"actors": [{"name": "Oslo"}, {"name": "N"}], "events": [{"type": "visit", "actors": ["Oslo"], "evidence": ["x"]}]}`)
	for _, in := range []string{
		`{"actors": null, "events": [{"type": "visit", "actors": ["Oslo"], "evidence": "x"}]}`,
		`{"actors": [{"name": "Oslo"}], "events": [{"type": "visit", "actors": ["Oslo"], "sentence": "x"}]}`,
		`{"actors": [{"id": 1, "name": "Oslo"}], "events": [{"type": "visit", "actors": [1.0], "evidence": ["x"]}]}`,
		`{"actors": [{"id": "o", "name": null, "aliases": ["", "Oslo"]}], "events": [{"type": "visit", "actors": ["o"], "evidence": ["x"], "place": ""}]}`,
	} {
		p, err := ParsePrediction("pred.json", []byte(in))
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		d := Score("case", g, p)
		if d.TP != 1 || d.ActorTP != 1 || d.ActorFP != 0 {
			t.Errorf("%s: %+v, want the event and its actor", in, d.Counts)
		}
	}
	// a string of aliases is a list of characters to score.py: "N" finds the actor N
	p, err := ParsePrediction("pred.json", []byte(`{"actors": [{"id": "x", "name": "Bergen", "aliases": "NO"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if d := Score("case", g, p); d.ActorsFound != 1 {
		t.Errorf("string aliases: found %d actors, want 1", d.ActorsFound)
	}
}
