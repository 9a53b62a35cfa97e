package score_test

import (
	"fmt"
	"os"

	"github.com/eventgraph/eventgraph/events/score"
)

func ExampleScore() {
	gold, err := score.ParseGold("talks.gold.json", []byte(`{
	  "actors": [{"name": "Sara Mendes", "aliases": ["Mendes"]}, {"name": "Portugal"}],
	  "events": [
	    {"type": "meeting", "date": "2020-06-01", "status": "occurred",
	     "actors": ["Sara Mendes"], "evidence": ["met the guild's leaders"]},
	    {"type": "visit", "date": "2020-06-03", "status": "planned",
	     "actors": ["Sara Mendes"], "evidence": ["will travel to Madrid"]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	pred, err := score.ParsePrediction("talks.json", []byte(`{
	  "actors": [{"id": "sara-mendes", "name": "Sara Mendes", "aliases": ["Mendes"]}],
	  "events": [{"type": "meeting", "date": "2020-06-01", "status": "occurred",
	    "actors": ["sara-mendes"], "evidence": ["Mendes met the Guild\u2019s leaders on Monday."]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := score.Score("talks", gold, pred)
	f := d.Figures()
	fmt.Printf("P=%.2f R=%.2f strict=%d/%d actor recall=%.2f\n", f.EventPrecision, f.EventRecall, d.Strict, d.TP, f.ActorRecall)
	for _, det := range d.Details {
		fmt.Println(det)
	}
	r := score.Report{Docs: []score.Doc{d}}
	r.WriteJSON(os.Stdout, score.Options{})
	// Output:
	// P=1.00 R=0.50 strict=1/1 actor recall=0.50
	// {"gold": 0, "type": "meeting", "date": "2020-06-01", "gold_date": "2020-06-01", "actors_missing": [], "extra_actors": 0, "status": "occurred", "gold_status": "occurred", "strict": true}
	// {"gold": 1, "missed": "visit", "evidence": "will travel to Madrid"}
	// {"documents": 1, "event_precision": 1.0, "event_recall": 0.5, "event_f1": 0.667, "strict_f1": 0.667, "date_accuracy": 1.0, "status_accuracy": 1.0, "place_accuracy": 0.0, "event_actor_f1": 1.0, "actor_recall": 0.5, "gold_events": 2, "predicted_events": 1}
}

func ExampleNormName() {
	fmt.Println(score.NormName("The U.S. State Department"))
	fmt.Println(score.NormName("Fishermen\u2019s  Guild"))
	fmt.Println(score.NormText("Talks  \u201cended\u201d \u2014 Friday"))
	// Output:
	// us state department
	// fishermens guild
	// talks "ended" - friday
}
