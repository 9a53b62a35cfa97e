package render

import (
	"bytes"
	"testing"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/textin"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/check"
)

// FuzzSVG checks that any text, read as the CLI reads it (leniently, as
// text or HTML) and extracted, gives a timeline SVG that is well-formed
// and inert and DOT that follows the Graphviz grammar, with any title.
func FuzzSVG(f *testing.F) {
	for _, s := range []string{
		"date: 2024-03-21\n\nBlinken met Egyptian President Abdel Fattah el-Sissi in Cairo on Thursday.",
		"date: 2024-03-21\n\nPresident <script>alert(1)</script> Smith met \"]; node [label=\"x\"]; Jones in Doha on Friday.",
		"Hamas rejected the \u202Eproposal\u202C on Oct. 7, 2023; Israel attacked Rafah & Gaza.\r\nQatar's emir said: \\\"no\\\".",
		"<html><body><article><p>Iran's foreign minister met the head of the U.N. nuclear agency in Vienna on Tuesday.</p></article></body></html>",
		"=HYPERLINK(\"x\") Minister Ali javascript:alert(1) visited Paris on 2024-03-01. ]]> --> <!--",
	} {
		f.Add(s, "Timeline <b>&amp;</b>")
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		s, err := textin.Decode("fuzz.txt", []byte(text), textin.Options{Lenient: true})
		if err != nil {
			return // binary data: the CLI stops there
		}
		doc, err := events.Extract("fuzz.txt", s, events.Options{})
		if err != nil {
			return // a date: header that is not a date
		}
		for _, lanes := range LaneModes {
			var svg bytes.Buffer
			if err := Timeline(&svg, doc, TimelineOptions{Title: title, Lanes: lanes}); err != nil {
				t.Fatal(err)
			}
			if err := check.XML(svg.Bytes()); err != nil {
				t.Fatalf("timeline SVG, lanes %s: %v\n%s", lanes, err, svg.String())
			}
		}
		g, err := graph.Build(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, opt := range []NetworkOptions{{Title: title}, {Title: title, Cluster: true, Top: 5}} {
			var dot bytes.Buffer
			if err := DOT(&dot, g, opt); err != nil {
				t.Fatal(err)
			}
			if err := check.DOT(dot.Bytes()); err != nil {
				t.Fatalf("DOT %+v: %v\n%s", opt, err, dot.String())
			}
		}
	})
}
