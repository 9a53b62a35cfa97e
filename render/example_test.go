package render_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

func exampleDoc() events.Document {
	return events.Document{
		Document: events.Meta{ID: "example", Title: "Blinken in Cairo", Published: "2024-03-21"},
		Actors: []events.Actor{
			{ID: "antony-blinken", Name: "Antony Blinken", Kind: events.Person, Role: "Secretary of State"},
			{ID: "egypt", Name: "Egypt", Kind: events.Country},
		},
		Events: []events.Event{{ID: "e1", Type: events.Visit, Date: "2024-03-21", DateText: "Thursday",
			Status: events.Occurred, Actors: []string{"antony-blinken"}, Place: "Egypt",
			Evidence: []string{"Blinken's trip took him to Egypt Thursday."}}},
		Relations: []events.Relation{{Source: "antony-blinken", Target: "egypt", Type: "visited", Event: "e1", Date: "2024-03-21"}},
	}
}

func ExampleDOT() {
	g, err := graph.Build(exampleDoc())
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := render.DOT(os.Stdout, g, render.NetworkOptions{Title: `Blinken's "trip"`}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph "eventgraph" {
	// 	graph [label="Blinken's \"trip\"", labelloc="t", labeljust="l", fontname="Helvetica,Arial,sans-serif", fontsize="14", layout="dot", pad="0.2", nodesep="0.4", ranksep="0.5"];
	// 	node [fontname="Helvetica,Arial,sans-serif", fontsize="11", style="filled", penwidth="1.2", margin="0.12,0.06"];
	// 	edge [fontname="Helvetica,Arial,sans-serif", fontsize="9", arrowsize="0.7", fontcolor="#333333"];
	// 	"antony-blinken" [label="Antony Blinken\nSecretary of State", shape="ellipse", style="filled", fillcolor="#DCEBF7", color="#0072B2"];
	// 	"egypt" [label="Egypt", shape="box", style="filled", fillcolor="#FBEBD0", color="#B07800"];
	// 	"antony-blinken" -> "egypt" [label=" visited \n 2024-03-21 ", color="#0072B2"];
	// }
}

func ExampleTimeline() {
	var b bytes.Buffer
	if err := render.Timeline(&b, exampleDoc(), render.TimelineOptions{Width: 600}); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "<title>") || strings.HasPrefix(line, "<desc>") || strings.HasPrefix(line, `<g class="event">`) {
			fmt.Println(line)
		}
	}
	// Output:
	// <title>Blinken in Cairo</title>
	// <desc>Timeline of 1 event (1 dated, 0 undated) from Blinken in Cairo, an article of 2024-03-21.</desc>
	// <g class="event"><title>2024-03-21 (Thursday): visit, occurred&#xA;Blinken&#39;s trip took him to Egypt Thursday.</title><circle cx="300" cy="108" r="5" fill="#0072B2" stroke="#333333" stroke-width="0.8"/><text class="halo" x="311" y="112" text-anchor="start">Blinken visits Egypt</text></g>
}
