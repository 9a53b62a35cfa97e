package render_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/render"
)

func ExampleEventsCSV() {
	doc := exampleDoc()
	doc.Events[0].DateText = "=1+1" // a spreadsheet would compute it
	var b strings.Builder
	if err := render.EventsCSV(&b, doc); err != nil {
		fmt.Println(err)
	}
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// id,date,date_text,status,type,headline,actors,actor_ids,place,confidence,evidence
	// e1,2024-03-21,'=1+1,occurred,visit,Blinken visits Egypt,Antony Blinken,antony-blinken,Egypt,0,Blinken's trip took him to Egypt Thursday.
}

func ExampleMermaidTimeline() {
	doc := exampleDoc()
	doc.Document.Title = "Blinken in Cairo: 10:22 local time"
	if err := render.MermaidTimeline(os.Stdout, doc, render.TimelineOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// timeline
	//     title Blinken in Cairo#58; 10#58;22 local time
	//     section 2024
	//         2024-03-21 : Blinken visits Egypt
}

func ExampleMermaidFlowchart() {
	g, err := graph.Build(exampleDoc())
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := render.MermaidFlowchart(os.Stdout, g, render.NetworkOptions{Title: `Blinken's "trip"`}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ---
	// title: "Blinken's \"trip\""
	// ---
	// flowchart LR
	//     n_antony_blinken(["Antony Blinken<br>Secretary of State"])
	//     n_egypt["Egypt"]
	//     n_antony_blinken -->|"visited<br>2024-03-21"| n_egypt
	//     linkStyle 0 stroke:#0072B2
	//     classDef person fill:#DCEBF7,stroke:#0072B2
	//     class n_antony_blinken person
	//     classDef country fill:#FBEBD0,stroke:#B07800
	//     class n_egypt country
}
