package corpus

import (
	"io"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/events"
)

// FuzzReader reads any bytes as JSON Lines of articles and of documents:
// no panic, and every line is an item or a line-numbered error.
func FuzzReader(f *testing.F) {
	f.Add(`{"id":"a","date":"2024-03-21","text":"Iran attacked Israel on Monday."}` + "\n\n{}")
	f.Add(`{"document":{"id":"d"},"events":[{"id":"e","date":"2024"}]}`)
	f.Add("\xff\n{\"text\":\"\xff\"}")
	f.Fuzz(func(t *testing.T, s string) {
		for _, docs := range []bool{false, true} {
			r := NewReader([]string{"-"}, strings.NewReader(s), Options{Documents: docs})
			for n := 0; ; n++ {
				it, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil || n > len(s) {
					t.Fatalf("Next: %v after %d items", err, n)
				}
				if _, err := it.Document(events.Options{}); err != nil && !strings.HasPrefix(err.Error(), it.Name+":") {
					t.Fatalf("error %q does not name %s", err, it.Name)
				}
			}
		}
	})
}
