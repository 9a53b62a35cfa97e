package score

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// GoldSuffix ends the names of gold files: NAME.gold.json.
const GoldSuffix = ".gold.json"

// Names lists the NAME of every NAME.gold.json in goldDir, sorted as
// score.py sorts them; it is an error when there is none.
func Names(goldDir string) ([]string, error) {
	entries, err := os.ReadDir(goldDir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, de := range entries {
		if n, ok := strings.CutSuffix(de.Name(), GoldSuffix); ok {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no NAME%s files", goldDir, GoldSuffix)
	}
	slices.Sort(names)
	return names, nil
}

// Dir scores every NAME.gold.json of goldDir, in the order of Names,
// against the prediction that predict returns for NAME; a nil prediction
// scores as empty. It stops at the first gold file that cannot be read or
// parsed, or when goldDir has none.
func Dir(goldDir string, predict func(name string) *Prediction) (*Report, error) {
	names, err := Names(goldDir)
	if err != nil {
		return nil, err
	}
	r := &Report{}
	for _, name := range names {
		path := filepath.Join(goldDir, name+GoldSuffix)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		gold, err := ParseGold(path, data)
		if err != nil {
			return nil, err
		}
		r.Docs = append(r.Docs, Score(name, gold, predict(name)))
	}
	return r, nil
}

// Report is the score of a corpus: one Doc per gold file, in name order.
type Report struct {
	Docs []Doc
}

// Total sums the counts of all documents.
func (r *Report) Total() Counts {
	var t Counts
	for _, d := range r.Docs {
		t.add(d.Counts)
	}
	return t
}

// ByType sums the per-type counts of all documents.
func (r *Report) ByType() map[string]Counts {
	m := map[string]Counts{}
	for _, d := range r.Docs {
		for t, c := range d.ByType {
			s := m[t]
			s.add(c)
			m[t] = s
		}
	}
	return m
}

// Figures are the measures of EVENT-MODEL.md section 6, unrounded. A
// measure without data (a precision with no predictions) is 0.
type Figures struct {
	EventPrecision, EventRecall, EventF1 float64
	StrictF1                             float64 // F1 counting only matches with the right date and actors
	DateAccuracy                         float64 // over matched pairs
	StatusAccuracy                       float64 // over matched pairs
	PlaceAccuracy                        float64 // over matched pairs with a gold place
	EventActorF1                         float64 // actors of matched pairs
	ActorRecall                          float64 // required gold actors in the prediction's actor list
	GoldEvents, PredictedEvents          int
}

// Figures computes the measures from c with score.py's arithmetic, so that
// the rounded figures are the same to the last digit.
func (c Counts) Figures() Figures {
	var f Figures
	f.EventPrecision, f.EventRecall, f.EventF1 = prf(c.TP, c.FP, c.FN)
	_, _, f.StrictF1 = prf(c.Strict, c.TP+c.FP-c.Strict, c.TP+c.FN-c.Strict)
	_, _, f.EventActorF1 = prf(c.ActorTP, c.ActorFP, c.ActorFN)
	f.DateAccuracy = ratio(c.DateOK, c.TP)
	f.StatusAccuracy = ratio(c.StatusOK, c.TP)
	f.PlaceAccuracy = ratio(c.PlaceOK, c.PlaceN)
	f.ActorRecall = ratio(c.ActorsFound, c.ActorsRequired)
	f.GoldEvents, f.PredictedEvents = c.TP+c.FN, c.TP+c.FP
	return f
}

// prf is precision, recall and F1.
func prf(tp, fp, fn int) (p, r, f float64) {
	p = ratio(tp, tp+fp)
	r = ratio(tp, tp+fn)
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Options choose what WriteText and WriteJSON add to the summary.
type Options struct {
	// Verbose writes, before the summary, each document's precision,
	// recall, F1 and strict matches and its Details, as score.py --verbose.
	Verbose bool
	// ByType adds precision, recall, F1 and strict F1 per event type.
	ByType bool
}

// field is one line of the summary: a name and its value as Python prints it.
type field struct{ name, value string }

// summary lists the figures in score.py's order and form: rounded to three
// places, floats in Python's repr.
func (r *Report) summary() []field {
	f := r.Total().Figures()
	fl := func(x float64) string { return pyFloat(round3(x)) }
	return []field{
		{"documents", strconv.Itoa(len(r.Docs))},
		{"event_precision", fl(f.EventPrecision)},
		{"event_recall", fl(f.EventRecall)},
		{"event_f1", fl(f.EventF1)},
		{"strict_f1", fl(f.StrictF1)},
		{"date_accuracy", fl(f.DateAccuracy)},
		{"status_accuracy", fl(f.StatusAccuracy)},
		{"place_accuracy", fl(f.PlaceAccuracy)},
		{"event_actor_f1", fl(f.EventActorF1)},
		{"actor_recall", fl(f.ActorRecall)},
		{"gold_events", strconv.Itoa(f.GoldEvents)},
		{"predicted_events", strconv.Itoa(f.PredictedEvents)},
	}
}

// typeFields are the per-type figures of c.
func typeFields(c Counts) []field {
	f := c.Figures()
	fl := func(x float64) string { return pyFloat(round3(x)) }
	return []field{
		{"gold_events", strconv.Itoa(f.GoldEvents)},
		{"predicted_events", strconv.Itoa(f.PredictedEvents)},
		{"event_precision", fl(f.EventPrecision)},
		{"event_recall", fl(f.EventRecall)},
		{"event_f1", fl(f.EventF1)},
		{"strict_f1", fl(f.StrictF1)},
	}
}

// writeVerbose writes score.py's --verbose lines.
func (r *Report) writeVerbose(w *bufio.Writer) {
	for _, d := range r.Docs {
		p, rc, f := prf(d.TP, d.FP, d.FN)
		fmt.Fprintf(w, "== %s: P=%.2f R=%.2f F1=%.2f strict=%d/%d\n", d.Name, p, rc, f, d.Strict, d.TP)
		for _, det := range d.Details {
			fmt.Fprintf(w, "    %s\n", det)
		}
	}
}

// WriteText writes the report as score.py prints it: with o.Verbose the
// per-document lines first, then one "name value" line per figure. With
// o.ByType a table of the figures per event type follows.
func (r *Report) WriteText(w io.Writer, o Options) error {
	bw := bufio.NewWriter(w)
	if o.Verbose {
		r.writeVerbose(bw)
	}
	for _, f := range r.summary() {
		fmt.Fprintf(bw, "%-18s %s\n", f.name, f.value)
	}
	if o.ByType {
		byType := r.ByType()
		fmt.Fprintf(bw, "\n%-18s %5s %5s %6s %6s %6s %9s\n", "by type", "gold", "pred", "P", "R", "F1", "strict_f1")
		for _, t := range sortedKeys(byType) {
			fs := typeFields(byType[t])
			fmt.Fprintf(bw, "%-18s %5s %5s %6s %6s %6s %9s\n", t, fs[0].value, fs[1].value, fs[2].value, fs[3].value, fs[4].value, fs[5].value)
		}
	}
	return bw.Flush()
}

// WriteJSON writes the figures as score.py --json does: one line, in
// Python's layout. With o.Verbose the per-document lines come first, as in
// score.py; with o.ByType the object gains "by_type", the figures per event
// type.
func (r *Report) WriteJSON(w io.Writer, o Options) error {
	bw := bufio.NewWriter(w)
	if o.Verbose {
		r.writeVerbose(bw)
	}
	var b []byte
	object := func(fs []field) {
		b = append(b, '{')
		for i, f := range fs {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendPyString(b, f.name)
			b = append(b, ": "...)
			b = append(b, f.value...)
		}
	}
	object(r.summary())
	if o.ByType {
		byType := r.ByType()
		b = append(b, `, "by_type": {`...)
		for i, t := range sortedKeys(byType) {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendPyString(b, t)
			b = append(b, ": "...)
			object(typeFields(byType[t]))
			b = append(b, '}')
		}
		b = append(b, '}')
	}
	b = append(b, "}\n"...)
	bw.Write(b)
	return bw.Flush()
}

func sortedKeys(m map[string]Counts) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
