package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/scorepy/want* by running score.py")

// scorePy is the reference scorer beside the clone, when there is one.
const scorePy = "../../../shared/tools/score.py"

// runScorePy runs score.py on gold and pred with args, or skips the test
// when python3 or score.py is missing.
func runScorePy(t *testing.T, gold, pred string, args ...string) []byte {
	t.Helper()
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("no %s: %v", scorePy, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	cmd := exec.Command(python, append([]string{scorePy, gold, pred}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.Bytes())
	}
	return out
}

// scoreDirs scores pred/NAME.json against gold/NAME.gold.json as
// `eventgraph eval gold pred` does.
func scoreDirs(t *testing.T, gold, pred string) *Report {
	t.Helper()
	r, err := Dir(gold, func(name string) *Prediction {
		data, err := os.ReadFile(filepath.Join(pred, name+".json"))
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		if err != nil {
			t.Fatal(err)
		}
		p, err := ParsePrediction(name, data)
		if err != nil {
			return nil // score.py: unreadable prediction, scored as empty
		}
		return p
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// outputs are the three forms of score.py's report.
var outputs = []struct {
	file string
	args []string
	opt  Options
	json bool
}{
	{"want.txt", nil, Options{}, false},
	{"want-verbose.txt", []string{"--verbose"}, Options{Verbose: true}, false},
	{"want.json", []string{"--json"}, Options{}, true},
}

func write(t *testing.T, r *Report, opt Options, asJSON bool) string {
	t.Helper()
	var b bytes.Buffer
	var err error
	if asJSON {
		err = r.WriteJSON(&b, opt)
	} else {
		err = r.WriteText(&b, opt)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestScorePyGolden compares the report on testdata/scorepy with what
// score.py printed for it (stored in want*; -update runs score.py again).
func TestScorePyGolden(t *testing.T) {
	gold, pred := "testdata/scorepy/gold", "testdata/scorepy/pred"
	r := scoreDirs(t, gold, pred)
	for _, o := range outputs {
		path := filepath.Join("testdata/scorepy", o.file)
		if *update {
			if err := os.WriteFile(path, runScorePy(t, gold, pred, o.args...), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), write(t, r, o.opt, o.json)); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", o.file, diff)
		}
	}
}

// TestScorePyLive runs score.py itself, when it is beside the clone, on
// testdata/scorepy and on many generated gold and prediction files with
// the quirks the scoring must treat as score.py does, and compares every
// line of the outputs.
func TestScorePyLive(t *testing.T) {
	dirs := [][2]string{{"testdata/scorepy/gold", "testdata/scorepy/pred"}}
	tmp := t.TempDir()
	gold, pred := filepath.Join(tmp, "gold"), filepath.Join(tmp, "pred")
	for _, d := range []string{gold, pred} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	rnd := rand.New(rand.NewPCG(4, 2))
	for i := range 150 {
		g, p := randomPair(rnd)
		name := fmt.Sprintf("doc%03d", i)
		if err := os.WriteFile(filepath.Join(gold, name+GoldSuffix), g, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pred, name+".json"), p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dirs = append(dirs, [2]string{gold, pred})
	for _, d := range dirs {
		r := scoreDirs(t, d[0], d[1])
		t.Logf("%s: %s", d[0], write(t, r, Options{}, true))
		for _, o := range outputs {
			want := runScorePy(t, d[0], d[1], o.args...)
			if diff := cmp.Diff(string(want), write(t, r, o.opt, o.json)); diff != "" {
				t.Errorf("%s %v mismatch (-score.py +Go):\n%s", d[0], o.args, diff)
			}
		}
	}
}

// randomPair makes a small gold file and a prediction for it out of a few
// sentences, names and dates, with the variations score.py tolerates:
// case, spacing and quotes in evidence, aliases and "the" in names, lists
// of dates and places with nulls, numbers for dates, optional events,
// actors given by name instead of id, "sentence" instead of "evidence".
func randomPair(rnd *rand.Rand) (gold, pred []byte) {
	pick := func(xs ...any) any { return xs[rnd.IntN(len(xs))] }
	sentences := []string{
		"The foreign minister met her Kenyan counterpart in Nairobi on Tuesday.",
		"Rebels shelled the northern town overnight, the army said.",
		"The U.N. envoy will travel to Addis Ababa next week.",
		"Kenya's president rejected the proposal \u201cout of hand\u201d.",
		"Both sides signed a ceasefire \u2014 the second this year.",
		"Ethiopia   demanded the release of its soldiers.",
	}
	phrases := [][]string{
		{"met her kenyan counterpart", "in Nairobi"},
		{"shelled the northern town"},
		{"will  travel to addis ababa"},
		{"rejected the proposal \"out of hand\""},
		{"signed a ceasefire - the second"},
		{"demanded the release", "ETHIOPIA demanded"},
	}
	types := []string{"meeting", "attack", "visit", "rejection", "agreement", "demand"}
	actors := []map[string]any{
		{"name": "United Nations", "aliases": []any{"U.N.", "the UN"}},
		{"name": "Kenya", "aliases": []any{"Nairobi"}},
		{"name": "Ethiopia"},
		{"name": "Amina Odhiambo", "aliases": []any{"Odhiambo", "the foreign minister"}},
		{"name": "Rebels", "optional": pick(true, 1, "", 0, nil)},
		{"name": "Kenya", "aliases": []any{"Kenyan government"}},
	}
	names := []string{"United Nations", "Kenya", "Ethiopia", "Amina Odhiambo", "Rebels", "Nobody"}
	dates := []any{"2021-03-02", "2021-03", nil, 2021, json.Number("2021.0"), true, "2021-W09", json.Number("1e400")}
	places := []any{"Nairobi", "nairobi.", "Addis Ababa", "", nil, "The Town"}
	some := func(n int, f func() any) []any {
		out := []any{}
		for range rnd.IntN(n + 1) {
			out = append(out, f())
		}
		return out
	}
	gevs := []any{}
	var echoes []any // predictions that copy a gold event, with variations
	for range rnd.IntN(5) {
		i := rnd.IntN(len(types))
		e := map[string]any{
			"type":     pick(types[i], types[i], types[rnd.IntN(len(types))], "*"),
			"date":     pick(dates[rnd.IntN(len(dates))], []any{"2021-03-02", nil}, []any{2021, "2021-03"}, []any{}),
			"status":   pick("occurred", "planned", nil),
			"actors":   some(3, func() any { return names[rnd.IntN(len(names))] }),
			"evidence": pick(phrases[i], phrases[i][0], []any{nil, phrases[i][0]}),
		}
		if rnd.IntN(3) == 0 {
			e["optional"] = pick(true, 1, "yes", 0, "", false)
		}
		if rnd.IntN(2) == 0 {
			e["optional_actors"] = some(2, func() any { return names[rnd.IntN(len(names))] })
		}
		switch rnd.IntN(4) {
		case 0:
			e["place"] = places[rnd.IntN(len(places))]
		case 1:
			e["place"] = []any{"Nairobi", nil, "Addis Ababa"}
		case 2:
			e["place"] = []any{"The town"}
		}
		gevs = append(gevs, e)
		if rnd.IntN(4) > 0 {
			var as []any
			for _, a := range e["actors"].([]any) {
				as = append(as, pick(a, "the "+a.(string), strings.ToUpper(a.(string))+"."))
			}
			date := e["date"]
			if l, ok := date.([]any); ok && len(l) > 0 {
				date = l[rnd.IntN(len(l))]
			}
			place := e["place"]
			if l, ok := place.([]any); ok {
				place = l[0]
			}
			echoes = append(echoes, map[string]any{
				"type": types[i], "date": pick(date, date, json.Number("2021.0")), "status": e["status"],
				"actors": as, "evidence": []any{sentences[i]}, "place": pick(place, "Nairobi", nil),
			})
		}
	}
	gas := []any{}
	for _, a := range actors[:1+rnd.IntN(len(actors))] {
		gas = append(gas, a)
	}
	forms := []any{"U.N", "the United Nations", "Nairobi", "kenya", "Ethiopia!", "Odhiambo", "rebels", "Somalia", "", nil}
	var pas []any
	has1 := false // an actor has the id 1, so that 1 and 1.0 are ids, not names
	for j := range rnd.IntN(5) {
		a := map[string]any{"name": forms[rnd.IntN(len(forms))]}
		if rnd.IntN(3) > 0 {
			a["aliases"] = pick([]any{forms[rnd.IntN(len(forms))]}, []any{}, nil, "UN")
		}
		switch rnd.IntN(5) {
		case 0: // no id: the name is the key
		case 1:
			a["id"] = nil
		case 2:
			a["id"] = j % 2
			has1 = has1 || j%2 == 1
		default:
			a["id"] = fmt.Sprintf("a%d", j%3)
		}
		pas = append(pas, a)
	}
	ids := []any{"a0", "a1", "a2", 0, 1, json.Number("1.0"), false, nil, "Kenya", "the U.N.", "Somalia"}
	pevs := echoes
	for range rnd.IntN(6) {
		i := rnd.IntN(len(sentences))
		s := sentences[i]
		if rnd.IntN(3) == 0 {
			s = strings.ToUpper(s)
		}
		e := map[string]any{
			"type":   pick(types[i], types[i], types[rnd.IntN(len(types))], nil),
			"date":   dates[rnd.IntN(len(dates))],
			"status": pick("occurred", "planned", nil),
			"actors": some(3, func() any {
				id := ids[rnd.IntN(len(ids))]
				if (id == 1 || id == json.Number("1.0")) && !has1 {
					return "a1" // score.py fails on a number that names no actor
				}
				return id
			}),
		}
		switch rnd.IntN(5) {
		case 0:
			e["sentence"] = s
		case 1:
			e["evidence"] = s
		case 2:
			e["evidence"] = []any{sentences[rnd.IntN(len(sentences))], s}
		default:
			e["evidence"] = []any{s}
		}
		if rnd.IntN(4) > 0 {
			e["place"] = places[rnd.IntN(len(places))]
		}
		pevs = append(pevs, e)
	}
	g, _ := json.Marshal(map[string]any{"actors": gas, "events": gevs})
	p, _ := json.Marshal(map[string]any{"actors": pas, "events": pevs})
	return g, p
}
