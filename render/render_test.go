package render

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/goccy/go-graphviz"
	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/check"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func loadSeed(t testing.TB) events.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "seed.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc events.Document
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("seed.json: %v", err)
	}
	return doc
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

// wellFormed decodes the whole of b as XML.
func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// twice renders with f two times and fails unless both give the same bytes.
func twice(t *testing.T, what string, f func(w io.Writer) error) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := f(&a); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if err := f(&b); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("%s: two renderings differ", what)
	}
	return a.Bytes()
}

func TestSeedGolden(t *testing.T) {
	doc := loadSeed(t)
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	opt := NetworkOptions{Title: "Actors of the seed article"}
	dot := twice(t, "DOT", func(w io.Writer) error { return DOT(w, g, opt) })
	golden(t, "seed.dot", dot)

	svg := twice(t, "Network svg", func(w io.Writer) error { return Network(ctx, w, g, "svg", opt) })
	if err := wellFormed(svg); err != nil {
		t.Errorf("network svg is not well-formed XML: %v", err)
	}
	golden(t, "seed.network.svg", svg)

	viaDot := twice(t, "Network dot", func(w io.Writer) error { return Network(ctx, w, g, "dot", opt) })
	if !bytes.Equal(viaDot, dot) {
		t.Error(`Network(..., "dot", ...) differs from DOT`)
	}

	tl := twice(t, "Timeline", func(w io.Writer) error {
		return Timeline(w, doc, TimelineOptions{Title: "Blinken in the Middle East, March 2024"})
	})
	if err := wellFormed(tl); err != nil {
		t.Errorf("timeline svg is not well-formed XML: %v", err)
	}
	golden(t, "seed.timeline.svg", tl)

	for _, lanes := range []string{"actor", "type"} {
		tl := twice(t, "Timeline "+lanes, func(w io.Writer) error {
			return Timeline(w, doc, TimelineOptions{Title: "Blinken in the Middle East, March 2024", Lanes: lanes})
		})
		if err := wellFormed(tl); err != nil {
			t.Errorf("timeline svg with %s lanes is not well-formed XML: %v", lanes, err)
		}
		golden(t, "seed.timeline-"+lanes+".svg", tl)
	}
	copt := NetworkOptions{Title: "Actors of the seed article", Cluster: true}
	golden(t, "seed-cluster.dot", twice(t, "DOT cluster", func(w io.Writer) error { return DOT(w, g, copt) }))
}

func TestNetworkPNG(t *testing.T) {
	g, err := graph.Build(loadSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	png := twice(t, "Network png", func(w io.Writer) error { return Network(context.Background(), w, g, "png", NetworkOptions{}) })
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("png output starts with %q", png[:min(8, len(png))])
	}
}

func TestNetworkLayouts(t *testing.T) {
	g, err := graph.Build(loadSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	numbers := regexp.MustCompile(`-?[0-9]+(\.[0-9]+)?`)
	for _, l := range Layouts {
		t.Run(l, func(t *testing.T) {
			render := func(w io.Writer) error {
				return Network(context.Background(), w, g, "svg", NetworkOptions{Layout: l})
			}
			var svg []byte
			if l == "fdp" {
				// fdp in go-graphviz reads state left in the WebAssembly
				// module by earlier layouts of the process: the last digit
				// of a coordinate can change. Compare all but numbers.
				var a, b bytes.Buffer
				if err := render(&a); err != nil {
					t.Fatal(err)
				}
				if err := render(&b); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(numbers.ReplaceAll(a.Bytes(), nil), numbers.ReplaceAll(b.Bytes(), nil)) {
					t.Fatal("two renderings differ beyond coordinates")
				}
				svg = a.Bytes()
			} else {
				svg = twice(t, l, render)
			}
			if err := wellFormed(svg); err != nil {
				t.Errorf("not well-formed: %v", err)
			}
			if !bytes.Contains(svg, []byte("Antony Blinken")) {
				t.Error("svg lacks a node label")
			}
		})
	}
}

func TestNetworkErrors(t *testing.T) {
	g, err := graph.Build(loadSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format string
		opt    NetworkOptions
		want   string
	}{
		{"gif", NetworkOptions{}, `network: unknown format "gif" (want one of svg, png, dot)`},
		{"svg", NetworkOptions{Layout: "spring"}, `write dot: unknown layout "spring" (want one of auto, dot, neato, fdp, circo, sfdp, twopi)`},
	}
	for _, tt := range tests {
		err := Network(context.Background(), io.Discard, g, tt.format, tt.opt)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("mismatch (-want +got):\n%s", diff)
		}
	}
}

// nasty are names that break careless writers of DOT and SVG.
var nasty = []string{
	`He said "hi"`,
	`back\slash\`,
	"new\nline",
	"crlf\r\nline",
	`<script>alert("x")</script>`,
	`a--b -- c`,
	`&amp; & <b>`,
	`\N \G \E \"`,
	"tab\tand\x00nul\x1b",
	"bad \xff utf-8",
	`"`,
	`\`,
}

func nastyDoc() events.Document {
	var doc events.Document
	doc.Document = events.Meta{ID: `doc "1" <script>`, Title: `Title with <script>alert(1)</script> & "quotes"`, Published: "2024-03-21"}
	for i, n := range nasty {
		id := n // ids as nasty as names
		doc.Actors = append(doc.Actors, events.Actor{ID: id, Name: n, Kind: events.Kinds[i%len(events.Kinds)], Role: n})
		if i > 0 {
			eid := "e" + string(rune('a'+i))
			doc.Events = append(doc.Events, events.Event{ID: eid, Type: events.Types[i%len(events.Types)], Date: events.Date([]string{"2024-03-21", "", "2023-10", "2024-W11"}[i%4]),
				DateText: n, Status: events.Planned, Actors: []string{nasty[i-1], id}, Place: n, Evidence: []string{n + " did </title> it."}})
			doc.Relations = append(doc.Relations, events.Relation{Source: nasty[i-1], Target: id, Type: n, Event: eid})
		}
	}
	return doc
}

func TestNastyNames(t *testing.T) {
	doc := nastyDoc()
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	var dot bytes.Buffer
	if err := DOT(&dot, g, NetworkOptions{Title: `"quoted" \ title` + "\n<script>"}); err != nil {
		t.Fatal(err)
	}
	// go-graphviz reads the DOT back with every id intact.
	gvMu.Lock()
	gr, err := graphviz.ParseBytes(dot.Bytes())
	if err != nil {
		gvMu.Unlock()
		t.Fatalf("graphviz cannot parse our DOT: %v\n%s", err, dot.String())
	}
	var names []string
	for n, err := gr.FirstNode(); n != nil && err == nil; n, err = gr.NextNode(n) {
		name, err := n.Name()
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	gr.Close()
	gvMu.Unlock()
	if len(names) != len(nasty) {
		t.Errorf("graphviz read %d nodes, want %d: %q", len(names), len(nasty), names)
	}
	// Graphviz keeps the doubled backslashes of an id, so ids with
	// backslashes come back doubled but still distinct.
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("two ids read back as %q", n)
		}
		seen[n] = true
	}
	for _, id := range []string{`He said "hi"`, `<script>alert("x")</script>`, `"`, `a--b -- c`} {
		found := false
		for _, n := range names {
			found = found || n == id
		}
		if !found {
			t.Errorf("id %q did not survive: %q", id, names)
		}
	}

	svg, err := renderSVG(t, g)
	if err != nil {
		t.Fatalf("graphviz: %v", err)
	}
	var tl bytes.Buffer
	if err := Timeline(&tl, doc, TimelineOptions{}); err != nil {
		t.Fatal(err)
	}
	// In labels Graphviz reads \\ as one backslash.
	if !bytes.Contains(svg, []byte(`back\slash\`)) {
		t.Error(`network svg lacks the label back\slash\`)
	}
	for name, b := range map[string][]byte{"network": svg, "timeline": tl.Bytes()} {
		if err := wellFormed(b); err != nil {
			t.Errorf("%s svg is not well-formed: %v", name, err)
		}
		if bytes.Contains(bytes.ToLower(b), []byte("<script")) {
			t.Errorf("%s svg has a raw <script>", name)
		}
	}
}

func renderSVG(t *testing.T, g *graph.Graph) ([]byte, error) {
	t.Helper()
	var b bytes.Buffer
	err := Network(context.Background(), &b, g, "svg", NetworkOptions{})
	return b.Bytes(), err
}

func TestDOTQuote(t *testing.T) {
	tests := []struct {
		in, id, label string
	}{
		{"plain", `"plain"`, `"plain"`},
		{`a"b`, `"a\"b"`, `"a\"b"`},
		{`a\b`, `"a\\b"`, `"a\\b"`},
		{`\N`, `"\\N"`, `"\\N"`},
		{"a\nb", `"a\u000Ab"`, `"a\nb"`},
		{"a\r\nb", `"a\u000D\u000Ab"`, `"a\nb"`},
		{"a\x00b", `"a\u0000b"`, `"a b"`},
		{"\xff", "\"\uFFFD\"", "\"\uFFFD\""},
		{"Sissi\u2028x", `"Sissi\u2028x"`, `"Sissi\nx"`},
	}
	for _, tt := range tests {
		if got := dotID(tt.in); got != tt.id {
			t.Errorf("dotID(%q) = %s, want %s", tt.in, got, tt.id)
		}
		if got := dotLabel(tt.in); got != tt.label {
			t.Errorf("dotLabel(%q) = %s, want %s", tt.in, got, tt.label)
		}
	}
}

func FuzzDOT(f *testing.F) {
	for _, n := range nasty {
		f.Add(n, n+" role", "met")
	}
	f.Add("Antony Blinken", "Secretary of State", "visited")
	f.Fuzz(func(t *testing.T, name, role, rel string) {
		doc := events.Document{
			Actors: []events.Actor{
				{ID: name, Name: name, Kind: events.Person, Role: role},
				{ID: name + "2", Name: role, Kind: events.Country},
			},
			Relations: []events.Relation{{Source: name, Target: name + "2", Type: rel, Date: "2024-03-21"}},
		}
		if name == "" {
			return // Build rejects empty ids
		}
		g, err := graph.Build(doc)
		if err != nil {
			t.Fatal(err)
		}
		var dot bytes.Buffer
		if err := DOT(&dot, g, NetworkOptions{Title: rel}); err != nil {
			t.Fatal(err)
		}
		if err := check.DOT(dot.Bytes()); err != nil {
			t.Fatalf("not DOT: %v\n%s", err, dot.String())
		}
		gvMu.Lock()
		defer gvMu.Unlock()
		gr, err := graphviz.ParseBytes(dot.Bytes())
		if err != nil {
			t.Fatalf("graphviz cannot parse our DOT: %v\n%s", err, dot.String())
		}
		n := 0
		for nd, err := gr.FirstNode(); nd != nil && err == nil; nd, err = gr.NextNode(nd) {
			n++
		}
		gr.Close()
		if n != 2 {
			t.Errorf("graphviz read %d nodes, want 2:\n%s", n, dot.String())
		}
	})
}

func FuzzTimeline(f *testing.F) {
	for _, n := range nasty {
		f.Add(n, n, "2024-03-21", 800)
	}
	f.Add("Blinken", "Cairo", "2023-10", 320)
	f.Add("x", "", "2024-W11", 0)
	f.Fuzz(func(t *testing.T, name, place, date string, width int) {
		if width > 4000 || width < -10 {
			return
		}
		doc := events.Document{
			Document: events.Meta{ID: name, Title: place, Published: events.Date(date)},
			Actors:   []events.Actor{{ID: "a", Name: name, Kind: events.Person}, {ID: "b", Name: place, Kind: events.Group}},
			Events: []events.Event{
				{ID: "e1", Type: events.Meeting, Date: events.Date(date), DateText: name, Status: events.Planned, Actors: []string{"a", "b"}, Place: place, Evidence: []string{name, place}},
				{ID: "e2", Type: events.Type(name), Date: "2024-03-21", Status: events.Ongoing, Actors: []string{"b", "a", "zz"}},
				{ID: "e3", Type: events.Visit, Status: events.Status(place), Actors: []string{"a"}, Place: place},
			},
		}
		var b bytes.Buffer
		if err := Timeline(&b, doc, TimelineOptions{Title: name, Width: width}); err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(b.Bytes()); err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, b.String())
		}
		if bytes.Contains(bytes.ToLower(b.Bytes()), []byte("<script")) {
			t.Fatal("raw <script>")
		}
		for _, lanes := range LaneModes {
			l := layoutTimeline(doc, TimelineOptions{Title: name, Width: width, Lanes: lanes})
			checkBoxes(t, l)
		}
	})
}
