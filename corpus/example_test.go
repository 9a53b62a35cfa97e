package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/eventgraph/eventgraph/corpus"
	"github.com/eventgraph/eventgraph/events"
)

// Extract a directory of articles and a JSON Lines file on two workers and
// merge their documents into one.
func Example() {
	dir, _ := os.MkdirTemp("", "corpus")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "ap.txt"), []byte("date: 2024-03-21\n\nCAIRO (AP) — Blinken met Egyptian President Abdel Fattah el-Sissi in Cairo on Thursday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "wire.jsonl"), []byte(`{"id":"afp-1","date":"2024-03-22","text":"Egypt's President Abdel Fattah el-Sissi met Blinken in Cairo on Thursday."}`+"\n"), 0o644)

	files, err := corpus.Expand([]string{dir, filepath.Join(dir, "wire.jsonl")})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := corpus.NewReader(files, os.Stdin, corpus.Options{})
	defer r.Close()
	m := events.NewMerger(nil)
	err = corpus.Run(r.Next, 2, events.Options{}, func(res corpus.Result) error {
		fmt.Println(res.Doc.Document.ID, len(res.Doc.Events), "event(s)")
		m.Add(res.Doc)
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range m.Document().Events {
		fmt.Println(e.ID, e.Type, e.Date, len(e.Sources), "sources")
	}
	// Output:
	// ap 1 event(s)
	// afp-1 1 event(s)
	// ap/2024-03-21-meeting-antony-blinken meeting 2024-03-21 2 sources
}
