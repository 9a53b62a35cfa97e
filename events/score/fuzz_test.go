package score

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// addSeeds adds the files of testdata/scorepy/dir as seeds.
func addSeeds(f *testing.F, dir string) {
	paths, _ := filepath.Glob(filepath.Join("testdata/scorepy", dir, "*.json"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// requiredEvents counts the required events of g.
func (g *Gold) requiredEvents() int {
	n := 0
	for _, e := range g.events {
		if !e.optional {
			n++
		}
	}
	return n
}

// scoreBoth scores g against p and checks that every required gold event
// is either matched or missed and the report writes.
func scoreBoth(t *testing.T, g *Gold, p *Prediction) {
	d := Score("fuzz", g, p)
	if d.TP+d.FN != g.requiredEvents() {
		t.Fatalf("TP %d + FN %d != %d required gold events", d.TP, d.FN, g.requiredEvents())
	}
	if p != nil && d.TP+d.FP > len(p.events) {
		t.Fatalf("TP %d + FP %d > %d predictions", d.TP, d.FP, len(p.events))
	}
	r := &Report{Docs: []Doc{d}}
	for _, o := range []Options{{}, {Verbose: true, ByType: true}} {
		if err := r.WriteText(io.Discard, o); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteJSON(io.Discard, o); err != nil {
			t.Fatal(err)
		}
	}
}

func FuzzParseGold(f *testing.F) {
	addSeeds(f, "gold")
	pred, err := os.ReadFile("testdata/scorepy/pred/harbor-talks.json")
	if err != nil {
		f.Fatal(err)
	}
	p, err := ParsePrediction("pred.json", pred)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParseGold("gold.json", data)
		if err != nil {
			return
		}
		scoreBoth(t, g, p)
		scoreBoth(t, g, nil)
	})
}

func FuzzParsePrediction(f *testing.F) {
	addSeeds(f, "pred")
	gold, err := os.ReadFile("testdata/scorepy/gold/harbor-talks.gold.json")
	if err != nil {
		f.Fatal(err)
	}
	g, err := ParseGold("gold.json", gold)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePrediction("pred.json", data)
		if err != nil {
			return
		}
		scoreBoth(t, g, p)
	})
}
