// Command eventgraph turns news articles about diplomacy and conflict into
// dated events, an actor network, timeline and network pictures.
//
// Usage:
//
//	eventgraph extract  [--date YYYY-MM-DD] [--kb FILE] [-o FILE] FILE...|-
//	eventgraph timeline [-o FILE] FILE...
//	eventgraph network  [--format svg|dot|png] [--layout dot] [-o FILE] FILE...
//	eventgraph build    [-o DIR] FILE...
//	eventgraph timex    [--date YYYY-MM-DD] FILE|-
//	eventgraph eval     [--verbose] [--json] GOLD_DIR [PRED_DIR]
//
// Several files merge into one graph and one timeline; "-" reads standard
// input; a FILE ending in .json is a document written by extract. Exit
// status: 0 on success, 1 when an input cannot be processed, 2 on a usage error.
package main

import (
	"os"

	// go-graphviz caches compiled code in the user's cache directory, not
	// in the shared /tmp
	_ "github.com/eventgraph/eventgraph/cmd/eventgraph/internal/gvcache"
	// the knowledge base loads while go-graphviz initialises
	_ "github.com/eventgraph/eventgraph/cmd/eventgraph/internal/preload"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
