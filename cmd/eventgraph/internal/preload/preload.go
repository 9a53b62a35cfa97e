package preload

import "github.com/eventgraph/eventgraph/events/kb"

func init() {
	go kb.Default()
}
