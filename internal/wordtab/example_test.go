package wordtab_test

import (
	"fmt"

	"github.com/eventgraph/eventgraph/internal/wordtab"
)

func Example() {
	const (
		month = 1 << iota
		weekday
	)
	t := wordtab.New(3)
	t.Add("may", month)
	t.Add("monday", weekday)
	t.Add("may", 4)
	fmt.Println(t.Get("may"), t.Get("monday"), t.Get("mayday"), t.Get(""))
	// Output: 5 2 0 0
}
