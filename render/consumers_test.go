package render

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

// The tests in this file hand the exports to the programs that read them
// in real use: networkx, Graphviz's dot, the Mermaid CLI and Chromium.
// Each skips when its program is missing, so that go test ./... passes on
// a machine without them; scripts/install-report-tools.sh installs them.

// consumerDocs are the documents the consumers read: the seed as the
// extractor sees it, the seed fixture, and names made to break writers.
func consumerDocs(t *testing.T) []struct {
	name string
	doc  events.Document
	g    *graph.Graph
} {
	t.Helper()
	docs := []struct {
		name string
		doc  events.Document
		g    *graph.Graph
	}{{"seed", extractSeed(t), nil}, {"fixture", loadSeed(t), nil}, {"nasty", nastyDoc(), nil}}
	for i := range docs {
		g, err := graph.Build(docs[i].doc)
		if err != nil {
			t.Fatal(err)
		}
		docs[i].g = g
	}
	return docs
}

// lookTool returns the path of the first of names found on PATH or as an
// absolute path, or skips the test.
func lookTool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Skipf("%s not installed (scripts/install-report-tools.sh installs it)", names[0])
	return ""
}

func writeTemp(t *testing.T, dir, name string, write func(io.Writer) error) string {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func runTool(t *testing.T, timeout time.Duration, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// TestNetworkxReads loads the GraphML and GEXF of each document with
// networkx (Debian's python3-networkx) and compares its counts of nodes,
// edges and spells with ours.
func TestNetworkxReads(t *testing.T) {
	py := lookTool(t, "/usr/bin/python3", "python3")
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		t.Skipf("networkx not installed for %s (apt-get install python3-networkx)", py)
	}
	script, err := filepath.Abs(filepath.Join("testdata", "consumers", "nxcount.py"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, d := range consumerDocs(t) {
		nodes, edges := d.g.Nodes(), d.g.Edges()
		spelledEdges, spelledNodes := 0, 0
		for _, e := range edges {
			if _, _, ok := e.Date.Span(); ok {
				spelledEdges++
			}
		}
		var gexf bytes.Buffer
		if err := GEXF(&gexf, d.g, NetworkOptions{}); err != nil {
			t.Fatal(err)
		}
		spelledNodes = strings.Count(gexf.String(), "<spell ") - spelledEdges
		for _, f := range []struct {
			format string
			write  func(io.Writer) error
			want   string
		}{
			{"graphml", func(w io.Writer) error { return GraphML(w, d.g, NetworkOptions{}) },
				fmt.Sprintf("%d %d 1 0 0", len(nodes), len(edges))},
			{"gexf", func(w io.Writer) error { return GEXF(w, d.g, NetworkOptions{}) },
				fmt.Sprintf("%d %d 1 %d %d", len(nodes), len(edges), spelledNodes, spelledEdges)},
		} {
			path := writeTemp(t, dir, d.name+"."+f.format, f.write)
			got := strings.TrimSpace(string(runTool(t, time.Minute, py, script, f.format, path)))
			if got != f.want {
				t.Errorf("%s.%s: networkx reads nodes, edges, directed, spelled nodes and edges %q, want %q", d.name, f.format, got, f.want)
			}
		}
	}
}

// TestGraphvizReadsDOT runs the DOT of each document through Graphviz's dot.
func TestGraphvizReadsDOT(t *testing.T) {
	dot := lookTool(t, "dot")
	dir := t.TempDir()
	for _, d := range consumerDocs(t) {
		path := writeTemp(t, dir, d.name+".dot", func(w io.Writer) error { return DOT(w, d.g, NetworkOptions{}) })
		svg := runTool(t, time.Minute, dot, "-Tsvg", path)
		if err := wellFormed(svg); err != nil {
			t.Errorf("%s: dot's svg is not well-formed: %v", d.name, err)
		}
		// one edge per bundle of relations between two nodes
		if n := len(bundleEdges(d.g)); bytes.Count(svg, []byte(`class="edge"`)) != n {
			t.Errorf("%s: dot drew %d edges, want %d", d.name, bytes.Count(svg, []byte(`class="edge"`)), n)
		}
	}
}

// chromium returns Debian's Chromium, or skips.
func chromium(t *testing.T) string {
	return lookTool(t, "chromium", "chromium-browser", "google-chrome")
}

// TestMermaidCLIRenders renders the Mermaid timeline and flowchart of each
// document with the official Mermaid CLI (npm @mermaid-js/mermaid-cli)
// driving Chromium, and checks that the pictures show the texts Mermaid
// could have misread: colons, quotes, brackets, hashes.
func TestMermaidCLIRenders(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	mmdc := lookTool(t, "mmdc")
	browser := chromium(t)
	dir := t.TempDir()
	conf := filepath.Join(dir, "puppeteer.json")
	if err := os.WriteFile(conf, []byte(`{"executablePath": "`+browser+`", "args": ["--no-sandbox", "--disable-gpu"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	// One Markdown file with every diagram: mmdc starts Chromium once and
	// writes out-1.svg, out-2.svg, ... in order.
	var md bytes.Buffer
	var diagrams []string
	var wants [][]string // texts each picture must show
	for _, d := range consumerDocs(t) {
		d.doc.Document.Title = "At 10:22: \"talks\" [#1]"
		for _, f := range []struct {
			name  string
			write func(io.Writer) error
		}{
			{"timeline", func(w io.Writer) error { return MermaidTimeline(w, d.doc, TimelineOptions{}) }},
			{"flowchart", func(w io.Writer) error { return MermaidFlowchart(w, d.g, NetworkOptions{Title: "x"}) }},
		} {
			md.WriteString("```mermaid\n")
			if err := f.write(&md); err != nil {
				t.Fatal(err)
			}
			md.WriteString("```\n\n")
			diagrams = append(diagrams, d.name+" "+f.name)
		}
		actors := actorIndex(d.doc)
		tw := []string{clean(d.doc.Document.Title)}
		for _, e := range d.doc.Events {
			tw = append(tw, clean(headline(e, actors)))
		}
		var fw []string
		for _, n := range d.g.Nodes() {
			fw = append(fw, clean(n.Label))
		}
		wants = append(wants, tw, fw)
	}
	in := filepath.Join(dir, "in.md")
	if err := os.WriteFile(in, md.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	runTool(t, 5*time.Minute, mmdc, "-q", "-p", conf, "-i", in, "-o", filepath.Join(dir, "out.md"))
	for i, name := range diagrams {
		svg, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("out-%d.svg", i+1)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if bytes.Contains(svg, []byte("Syntax error")) {
			t.Errorf("%s: mermaid shows a syntax error", name)
		}
		// Mermaid does not fail on what it misreads: it drops quotes and
		// splits events at colons. Every text must be in the picture as
		// it was written.
		text := svgText(t, svg)
		for _, w := range wants[i] {
			if !strings.Contains(text, strings.Join(strings.Fields(w), " ")) {
				t.Errorf("%s: the picture lacks %q", name, w)
			}
		}
	}
}

// svgText returns the text of an SVG (with the HTML Mermaid puts in
// foreignObject), its pieces joined by single spaces.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var parts []string
	inStyle := false
	for {
		tok, err := d.Token()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.Errorf("svg: %v", err)
			}
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inStyle = tok.Name.Local == "style"
		case xml.EndElement:
			inStyle = false
		case xml.CharData:
			if !inStyle {
				parts = append(parts, string(tok))
			}
		}
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// TestChromiumScreenshot opens the HTML report of the seed in headless
// Chromium and saves a screenshot: in $EVENTGRAPH_SCREENSHOTS when set
// (to look at), else in a temporary directory. It checks that the
// screenshot is a picture with something drawn on it.
func TestChromiumScreenshot(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	browser := chromium(t)
	dir := t.TempDir()
	out := os.Getenv("EVENTGRAPH_SCREENSHOTS")
	if out == "" {
		out = dir
	}
	doc := extractSeed(t)
	g, err := graph.Build(doc)
	if err != nil {
		t.Fatal(err)
	}
	page := writeTemp(t, dir, "report.html", func(w io.Writer) error {
		return Report(context.Background(), w, doc, g, ReportOptions{})
	})
	shot, err := filepath.Abs(filepath.Join(out, "seed.report.png"))
	if err != nil {
		t.Fatal(err)
	}
	runTool(t, 2*time.Minute, browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=1200,2600",
		"--screenshot="+shot, "file://"+page)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	b := img.Bounds()
	if b.Dx() != 1200 || b.Dy() != 2600 {
		t.Errorf("screenshot is %dx%d, want 1200x2600", b.Dx(), b.Dy())
	}
	// Count the pixels that are not white: text, markers, nodes.
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0xc000 || g < 0xc000 || bl < 0xc000 {
				ink++
			}
		}
	}
	if total := (b.Dx() / 4) * (b.Dy() / 4); ink < total/100 {
		t.Errorf("screenshot is nearly blank: %d of %d sampled pixels drawn", ink, total)
	}
	t.Logf("screenshot: %s", shot)
}

// timelineJSPage loads TimelineJS and the data of data.js (var datas, a
// list of TimelineJS documents), makes a timeline of each, and after
// three seconds writes what it drew into <pre id="out"> as JSON, a list
// with per timeline: slides, time markers, group labels, errors, and
// elements that the texts could have injected.
const timelineJSPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="%s/css/timeline.css">
<script src="%s/js/timeline.js"></script>
<script src="data.js"></script>
</head><body>
<pre id="out">pending</pre>
<script>
var errs = [];
window.onerror = function(m) { errs.push(String(m)); };
datas.forEach(function(data, i) {
  var div = document.createElement('div');
  div.id = 'tl' + i;
  div.style.width = '1000px';
  div.style.height = '600px';
  document.body.appendChild(div);
  try { new TL.Timeline(div.id, data); } catch (e) { errs.push(div.id + ': ' + e); }
});
setTimeout(function() {
  document.getElementById('out').textContent = JSON.stringify(datas.map(function(_, i) {
    var q = function(s) { return document.querySelectorAll('#tl' + i + ' ' + s); };
    return {
      slides: q('.tl-slide').length,
      markers: q('.tl-timemarker').length,
      groups: Array.from(q('.tl-timegroup-message')).map(function(e) { return e.textContent; }).sort(),
      errs: errs,
      injected: q('script').length + q('b').length + q('img').length
    };
  }));
}, 3000);
</script></body></html>
`

// TestTimelineJSRenders hands our TimelineJS JSON to Knight Lab's
// TimelineJS (npm @knight-lab/timelinejs) in headless Chromium and checks
// that it draws a slide per dated event and the title slide, a marker per
// dated event, a group per first actor, and nothing that the texts could
// have injected.
func TestTimelineJSRenders(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	browser := chromium(t)
	npm := lookTool(t, "npm")
	root, err := exec.Command(npm, "root", "-g").Output()
	if err != nil {
		t.Skipf("npm root -g: %v", err)
	}
	dist := filepath.Join(strings.TrimSpace(string(root)), "@knight-lab", "timelinejs", "dist")
	if _, err := os.Stat(filepath.Join(dist, "js", "timeline.js")); err != nil {
		t.Skip("TimelineJS not installed (npm install -g @knight-lab/timelinejs)")
	}
	docs := consumerDocs(t)
	dir := t.TempDir()
	writeTemp(t, dir, "data.js", func(w io.Writer) error {
		io.WriteString(w, "var datas = [\n")
		for _, d := range docs {
			if err := TimelineJS(w, d.doc, TimelineOptions{}); err != nil {
				return err
			}
			io.WriteString(w, ",\n")
		}
		_, err := io.WriteString(w, "];\n")
		return err
	})
	page := writeTemp(t, dir, "page.html", func(w io.Writer) error {
		_, err := fmt.Fprintf(w, timelineJSPage, "file://"+dist, "file://"+dist)
		return err
	})
	dom := runTool(t, 2*time.Minute, browser, "--headless", "--no-sandbox", "--disable-gpu",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--allow-file-access-from-files",
		"--virtual-time-budget=10000", "--dump-dom", "file://"+page)
	m := regexp.MustCompile(`<pre id="out">([^<]*)</pre>`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("no result in the page:\n%s", dom)
	}
	var results []struct {
		Slides, Markers, Injected int
		Groups, Errs              []string
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &results); err != nil {
		t.Fatalf("result %s: %v", m[1], err)
	}
	if len(results) != len(docs) {
		t.Fatalf("%d results for %d documents", len(results), len(docs))
	}
	for i, d := range docs {
		got := results[i]
		actors := actorIndex(d.doc)
		dated := 0
		groups := map[string]bool{}
		for _, e := range d.doc.Events {
			if _, _, ok := e.Date.Span(); ok {
				dated++
				if len(e.Actors) > 0 {
					groups[clean(actorFullName(actors, e.Actors[0]))] = true
				}
			}
		}
		var wantGroups []string
		for g := range groups {
			wantGroups = append(wantGroups, g)
		}
		sort.Strings(wantGroups)
		if got.Slides != dated+1 || got.Markers != dated || len(got.Errs) > 0 || got.Injected > 0 {
			t.Errorf("%s: TimelineJS drew %d slides, %d markers, %d injected elements, errors %q; want %d, %d, 0, none",
				d.name, got.Slides, got.Markers, got.Injected, got.Errs, dated+1, dated)
		}
		if diff := cmp.Diff(wantGroups, got.Groups, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: groups mismatch (-want +got):\n%s", d.name, diff)
		}
	}
}
