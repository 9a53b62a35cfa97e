package seeds_test

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/seeds"
)

func Example() {
	header, _, _ := strings.Cut(seeds.Blinken, "\n")
	fmt.Println(header)
	// Output: date: 2024-03-21
}
