package main

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/eventgraph/eventgraph/events"
)

// filterFlags are the flags that select the events every picture and
// export shows: --from, --to, --types, --actor.
type filterFlags struct {
	from, to string
	types    []string
	actors   []string
}

func (f *filterFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&f.from, "from", "", "keep events on or after `DATE` (YYYY-MM-DD, YYYY-MM or YYYY); drops undated events")
	fs.StringVar(&f.to, "to", "", "keep events on or before `DATE`; drops undated events")
	fs.StringSliceVar(&f.types, "types", nil, "keep events of these `TYPES` (comma list: meeting,visit,...)")
	fs.StringArrayVar(&f.actors, "actor", nil, "keep events in which `NAME` (id, name or alias) takes part; repeatable")
}

// filter returns the filter the flags give; bad dates and types are usage errors.
func (f *filterFlags) filter() (events.Filter, error) {
	var flt events.Filter
	for _, b := range []struct {
		name, val string
		dst       *events.Date
	}{{"--from", f.from, &flt.From}, {"--to", f.to, &flt.To}} {
		if b.val == "" {
			continue
		}
		d, err := events.ParseDate(b.val)
		if err != nil {
			return flt, usageError{fmt.Sprintf("%s: %v", b.name, err)}
		}
		*b.dst = d
	}
	if from, _, ok := flt.From.Span(); ok {
		if _, to, ok := flt.To.Span(); ok && !from.Before(to) {
			return flt, usageError{fmt.Sprintf("--from %s is after --to %s", flt.From, flt.To)}
		}
	}
	for _, t := range f.types {
		t = strings.TrimSpace(t)
		if !events.Type(t).Valid() {
			names := make([]string, len(events.Types))
			for i, t := range events.Types {
				names[i] = string(t)
			}
			return flt, usageError{fmt.Sprintf("--types: unknown event type %q (want %s)", t, strings.Join(names, ", "))}
		}
		flt.Types = append(flt.Types, events.Type(t))
	}
	flt.Actors = f.actors
	return flt, nil
}

// apply filters doc; an actor the document does not have is an error.
func (f *filterFlags) apply(doc events.Document) (events.Document, error) {
	flt, err := f.filter()
	if err != nil {
		return doc, err
	}
	return doc.Filter(flt)
}
