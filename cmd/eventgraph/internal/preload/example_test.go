package preload_test

import (
	"fmt"

	_ "github.com/eventgraph/eventgraph/cmd/eventgraph/internal/preload"
	"github.com/eventgraph/eventgraph/events/kb"
)

// A program imports preload for its side effect; kb.Default then returns
// the knowledge base the background load made, or waits for it.
func Example() {
	fmt.Println(kb.Default().ByID("egypt").Name)
	// Output: Egypt
}
