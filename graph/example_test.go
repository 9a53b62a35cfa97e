package graph_test

import (
	"fmt"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

func ExampleBuild() {
	doc := events.Document{
		Actors: []events.Actor{
			{ID: "antony-blinken", Name: "Antony Blinken", Kind: events.Person, Role: "Secretary of State"},
			{ID: "abdel-fattah-el-sissi", Name: "Abdel Fattah el-Sissi", Kind: events.Person, Role: "President"},
		},
		Events: []events.Event{
			{ID: "e1", Type: events.Meeting, Date: "2024-03-21", Status: events.Occurred,
				Actors: []string{"antony-blinken", "abdel-fattah-el-sissi"}, Place: "Cairo"},
			{ID: "e2", Type: events.Visit, Date: "2024-03-21", Status: events.Occurred,
				Actors: []string{"antony-blinken"}, Place: "Cairo"},
		},
		Relations: []events.Relation{
			{Source: "antony-blinken", Target: "abdel-fattah-el-sissi", Type: "met", Event: "e1", Date: "2024-03-21"},
			{Source: "antony-blinken", Target: "cairo", Type: "visited", Event: "e2", Date: "2024-03-21"},
		},
	}
	g, err := graph.Build(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range g.Nodes() {
		fmt.Printf("%s (%s)\n", n.Label, n.Kind)
	}
	for _, e := range g.Edges() {
		fmt.Printf("%s -%s-> %s on %s\n", e.Source, e.Type, e.Target, e.Date)
	}
	// Output:
	// Abdel Fattah el-Sissi (person)
	// Antony Blinken (person)
	// Cairo (place)
	// antony-blinken -met-> abdel-fattah-el-sissi on 2024-03-21
	// antony-blinken -visited-> cairo on 2024-03-21
}

func ExampleGraph_Neighbourhood() {
	doc := events.Document{
		Actors: []events.Actor{
			{ID: "a", Name: "A", Kind: events.Country},
			{ID: "b", Name: "B", Kind: events.Country},
			{ID: "c", Name: "C", Kind: events.Country},
		},
		Relations: []events.Relation{
			{Source: "a", Target: "b", Type: "met"},
			{Source: "c", Target: "b", Type: "met"},
		},
	}
	g, _ := graph.Build(doc)
	for _, depth := range []int{0, 1, 2} {
		sub, _ := g.Neighbourhood("a", depth)
		fmt.Println(depth, len(sub.Nodes()), len(sub.Edges()))
	}
	// Output:
	// 0 1 0
	// 1 2 1
	// 2 3 2
}
