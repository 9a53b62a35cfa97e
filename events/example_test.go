package events_test

import (
	"fmt"

	"github.com/eventgraph/eventgraph/events"
)

func ExampleExtract() {
	const article = `date: 2024-03-21
title: Blinken in Cairo

CAIRO (AP) _ U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah el-Sissi in Cairo on Thursday.

Blinken will travel to Israel on Friday. Hamas rejected the ceasefire proposal on Tuesday.
`
	doc, err := events.Extract("cairo.txt", article, events.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Document.ID, doc.Document.Published)
	for _, e := range doc.Events {
		fmt.Println(e.Type, e.Date, e.Status, e.Actors)
	}
	// Output:
	// cairo 2024-03-21
	// rejection 2024-03-19 occurred [hamas]
	// meeting 2024-03-21 occurred [antony-blinken abdel-fattah-el-sissi]
	// visit 2024-03-22 planned [antony-blinken israel]
}

func ExampleSlug() {
	fmt.Println(events.Slug("Abdel Fattah el-Sissi"))
	fmt.Println(events.Slug("U.S. State Department"))
	fmt.Println(events.Slug("Recep Tayyip Erdoğan"))
	// Output:
	// abdel-fattah-el-sissi
	// us-state-department
	// recep-tayyip-erdogan
}

func ExampleSurname() {
	fmt.Println(events.Surname("James A. Baker III"))
	fmt.Println(events.Surname("Mohammed bin Salman"))
	fmt.Println(events.Surname("Abdel Fattah el-Sissi"))
	// Output:
	// Baker
	// bin Salman
	// el-Sissi
}

func ExampleDate_Span() {
	for _, d := range []events.Date{"2024-03-21", "2023-10", "2024-W11"} {
		start, end, _ := d.Span()
		fmt.Println(d, start.Format("2006-01-02"), end.Format("2006-01-02"))
	}
	// Output:
	// 2024-03-21 2024-03-21 2024-03-22
	// 2023-10 2023-10-01 2023-11-01
	// 2024-W11 2024-03-11 2024-03-18
}

func ExampleSentences() {
	text := "Gen. John Dailey met U.S. officials on Oct. 7. “We will stand against ... threats,” he said.\n\nTalks resume Monday."
	for _, s := range events.Sentences(text, 0) {
		fmt.Printf("%d %s\n", s.Para, s.Text)
	}
	// Output:
	// 0 Gen. John Dailey met U.S. officials on Oct. 7.
	// 0 “We will stand against ... threats,” he said.
	// 1 Talks resume Monday.
}

func ExampleParseHeader() {
	text := "date: 2024-03-21\nsource: wire\n\nThe talks began."
	h := events.ParseHeader(text)
	fmt.Println(h.Fields["date"], h.Fields["source"], h.Lines)
	fmt.Println(text[h.Body:])
	// Output:
	// 2024-03-21 wire 3
	// The talks began.
}
