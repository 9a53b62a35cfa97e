package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/eventgraph/eventgraph/events"
)

// writeJSON writes doc as indented JSON, the bytes json.MarshalIndent(doc,
// "", "  ") gives followed by a newline, one actor, event and relation at
// a time, so that a corpus-sized document is never held twice in memory.
func writeJSON(w io.Writer, doc events.Document) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	put := func(s string) { bw.WriteString(s) }
	value := func(v any) error {
		b, err := json.MarshalIndent(v, "    ", "  ")
		if err != nil {
			return err
		}
		_, err = bw.Write(b)
		return err
	}
	meta, err := json.MarshalIndent(doc.Document, "  ", "  ")
	if err != nil {
		return err
	}
	put("{\n  \"document\": ")
	bw.Write(meta)
	if err := writeList(bw, "actors", doc.Actors, value); err != nil {
		return err
	}
	if err := writeList(bw, "events", doc.Events, value); err != nil {
		return err
	}
	if err := writeList(bw, "relations", doc.Relations, value); err != nil {
		return err
	}
	put("\n}\n")
	return bw.Flush()
}

// writeList writes one field of the document, a list, as MarshalIndent
// would: null for a nil list, [] for an empty one.
func writeList[T any](bw *bufio.Writer, name string, list []T, value func(any) error) error {
	bw.WriteString(",\n  \"" + name + "\": ")
	switch {
	case list == nil:
		bw.WriteString("null")
		return nil
	case len(list) == 0:
		bw.WriteString("[]")
		return nil
	}
	bw.WriteString("[")
	for i, v := range list {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		if err := value(v); err != nil {
			return err
		}
	}
	bw.WriteString("\n  ]")
	return nil
}
