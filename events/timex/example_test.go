package timex_test

import (
	"fmt"
	"time"

	"github.com/eventgraph/eventgraph/events/timex"
)

func ExampleTag() {
	text := "Blinken met el-Sissi on Thursday and will travel to Israel on Friday. Talks began Oct. 7."
	for _, t := range timex.Tag(text, "2024-03-21") {
		fmt.Printf("%q %s %s\n", t.Text, t.Type, t.Value)
	}
	// Output:
	// "Thursday" DATE 2024-03-21
	// "Friday" DATE 2024-03-22
	// "Oct. 7" DATE 2023-10-07
}

func ExampleResolveWeekday() {
	fmt.Println(timex.ResolveWeekday("2024-03-21", time.Wednesday, timex.TensePast))
	fmt.Println(timex.ResolveWeekday("2024-03-21", time.Friday, timex.TenseFuture))
	fmt.Println(timex.ResolveWeekday("", time.Friday, timex.TenseFuture))
	// Output:
	// 2024-03-20
	// 2024-03-22
	// XXXX-WXX-5
}
