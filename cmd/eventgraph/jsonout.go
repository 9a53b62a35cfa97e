package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/eventgraph/eventgraph/events"
)

// writeJSON writes doc as indented JSON, the bytes json.MarshalIndent(doc,
// "", "  ") gives followed by a newline, one actor, event and relation at
// a time, so that a corpus-sized document is never held twice in memory.
// The actors, events and relations are written by hand (appendActor,
// appendEvent, appendRelation), byte for byte as MarshalIndent writes them
// (TestWriteJSON and FuzzAppendJSON compare them), without its reflection
// and its second pass that indents.
func writeJSON(w io.Writer, doc events.Document) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	meta, err := json.MarshalIndent(doc.Document, "  ", "  ")
	if err != nil {
		return err
	}
	bw.WriteString("{\n  \"document\": ")
	bw.Write(meta)
	var buf []byte
	if buf, err = writeList(bw, buf, "actors", doc.Actors, appendActor); err != nil {
		return err
	}
	if buf, err = writeList(bw, buf, "events", doc.Events, appendEvent); err != nil {
		return err
	}
	if _, err = writeList(bw, buf, "relations", doc.Relations, appendRelation); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// writeList writes one field of the document, a list, as MarshalIndent
// would: null for a nil list, [] for an empty one. Each element is
// appended to buf, which it returns for the next list.
func writeList[T any](bw *bufio.Writer, buf []byte, name string, list []T, appendValue func([]byte, T) ([]byte, error)) ([]byte, error) {
	bw.WriteString(",\n  \"" + name + "\": ")
	switch {
	case list == nil:
		bw.WriteString("null")
		return buf, nil
	case len(list) == 0:
		bw.WriteString("[]")
		return buf, nil
	}
	bw.WriteString("[")
	for i, v := range list {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		var err error
		if buf, err = appendValue(buf[:0], v); err != nil {
			return buf, err
		}
		bw.Write(buf)
	}
	bw.WriteString("\n  ]")
	return buf, nil
}

// jsonObject appends the members of a JSON object as json.MarshalIndent
// with the prefix "    " and the indent "  " writes an element of a list
// of the document, at depth 1 (the members of the object) or deeper.
type jsonObject struct {
	b     []byte
	depth int
	n     int // members written at this depth
}

// newline appends a line break and the indentation of depth d.
func (o *jsonObject) newline(d int) {
	o.b = append(o.b, '\n', ' ', ' ', ' ', ' ')
	for range d {
		o.b = append(o.b, ' ', ' ')
	}
}

// key starts a member.
func (o *jsonObject) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.newline(o.depth)
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':', ' ')
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

// strOmitEmpty writes the field only when v is not "" (omitempty).
func (o *jsonObject) strOmitEmpty(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

// strOrNull writes "" as null, as events.Date and an event's place do.
func (o *jsonObject) strOrNull(k, v string) {
	if v == "" {
		o.key(k)
		o.b = append(o.b, "null"...)
		return
	}
	o.str(k, v)
}

// strs writes a list of strings: null when nil, [] when empty.
func (o *jsonObject) strs(k string, vs []string) {
	o.key(k)
	switch {
	case vs == nil:
		o.b = append(o.b, "null"...)
		return
	case len(vs) == 0:
		o.b = append(o.b, "[]"...)
		return
	}
	o.b = append(o.b, '[')
	for i, v := range vs {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.newline(o.depth + 1)
		o.b = appendJSONString(o.b, v)
	}
	o.newline(o.depth)
	o.b = append(o.b, ']')
}

// open starts an object at the current depth; close ends it.
func (o *jsonObject) open() (saved int) {
	o.b = append(o.b, '{')
	saved, o.n = o.n, 0
	o.depth++
	return saved
}

func (o *jsonObject) close(saved int) {
	o.depth--
	if o.n > 0 {
		o.newline(o.depth)
	}
	o.b = append(o.b, '}')
	o.n = saved
}

// appendJSONString appends s as a JSON string. A string of printable ASCII
// with nothing to escape is written as it is; any other goes through
// json.Marshal, for its escapes (of <, > and &, control characters, invalid
// UTF-8, U+2028 and U+2029).
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s) // a string always marshals
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendJSONFloat appends f as encoding/json writes a float64.
func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9, as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// appendActor appends an actor as json.MarshalIndent(a, "    ", "  ").
func appendActor(b []byte, a events.Actor) ([]byte, error) {
	o := jsonObject{b: b}
	s := o.open()
	o.str("id", a.ID)
	o.str("name", a.Name)
	o.strs("aliases", a.Aliases)
	o.str("kind", string(a.Kind))
	o.strOmitEmpty("role", a.Role)
	o.strOmitEmpty("affiliation", a.Affiliation)
	o.close(s)
	return o.b, nil
}

// appendEvent appends an event as json.MarshalIndent(e, "    ", "  ")
// (see events.Event.MarshalJSON).
func appendEvent(b []byte, e events.Event) ([]byte, error) {
	o := jsonObject{b: b}
	s := o.open()
	o.str("id", e.ID)
	o.str("type", string(e.Type))
	o.strOrNull("date", string(e.Date))
	o.str("date_text", e.DateText)
	o.str("status", string(e.Status))
	if e.Actors == nil {
		e.Actors = []string{}
	}
	o.strs("actors", e.Actors)
	o.strOrNull("place", e.Place)
	if e.Evidence == nil {
		e.Evidence = []string{}
	}
	o.strs("evidence", e.Evidence)
	o.key("confidence")
	var err error
	if o.b, err = appendJSONFloat(o.b, e.Confidence); err != nil {
		return o.b, fmt.Errorf("json: error calling MarshalJSON for type events.Event: %w", err)
	}
	o.key("offset")
	o.b = strconv.AppendInt(o.b, int64(e.Offset), 10)
	if len(e.Sources) > 0 {
		o.key("sources")
		o.b = append(o.b, '[')
		for i, src := range e.Sources {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			o.depth++
			o.newline(o.depth)
			ss := o.open()
			o.str("document", src.Document)
			o.strs("evidence", src.Evidence)
			o.close(ss)
			o.depth--
		}
		o.newline(o.depth)
		o.b = append(o.b, ']')
	}
	o.close(s)
	return o.b, nil
}

// appendRelation appends a relation as json.MarshalIndent(r, "    ", "  ").
func appendRelation(b []byte, r events.Relation) ([]byte, error) {
	o := jsonObject{b: b}
	s := o.open()
	o.str("source", r.Source)
	o.str("target", r.Target)
	o.str("type", r.Type)
	o.strOmitEmpty("event", r.Event)
	o.strOrNull("date", string(r.Date))
	o.strOmitEmpty("role", r.Role)
	o.close(s)
	return o.b, nil
}
