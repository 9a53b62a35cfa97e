package events_test

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/events"
)

func ExampleDocument_Filter() {
	doc := events.Document{
		Actors: []events.Actor{
			{ID: "antony-blinken", Name: "Antony Blinken", Aliases: []string{"Blinken"}, Kind: events.Person},
			{ID: "hamas", Name: "Hamas", Kind: events.Organization},
		},
		Events: []events.Event{
			{ID: "e1", Type: events.Attack, Date: "2023-10-07", Actors: []string{"hamas"}},
			{ID: "e2", Type: events.Visit, Date: "2024-03-21", Actors: []string{"antony-blinken"}, Place: "Cairo"},
			{ID: "e3", Type: events.Statement, Actors: []string{"antony-blinken"}},
		},
	}
	for _, f := range []events.Filter{
		{From: "2024"},
		{Actors: []string{"blinken"}},
		{Types: []events.Type{events.Attack}},
	} {
		got, err := doc.Filter(f)
		if err != nil {
			fmt.Println(err)
			continue
		}
		var ids []string
		for _, e := range got.Events {
			ids = append(ids, e.ID)
		}
		fmt.Println(strings.Join(ids, " "))
	}
	_, err := doc.Filter(events.Filter{Actors: []string{"Kissinger"}})
	fmt.Println(err)
	// Output:
	// e2
	// e2 e3
	// e1
	// filter: no actor "Kissinger" in the document
}
