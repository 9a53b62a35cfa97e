package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/internal/check"
)

// payloads are strings written to break out of the outputs' syntax or to
// run script in a browser.
var payloads = []string{
	`<script>alert(1)</script>`,
	`"]; node [label="pwned"]; "`,
	`\`,
	`\"`,
	"two\nlines\r\nand\rmore",
	`javascript:alert(1)`,
	`<a href="javascript:alert(1)">click</a>`,
	`<img src=x onerror=alert(1)>`,
	`&amp; & &lt; &#x3C;script`,
	"\u202Eevil\u202C and \u2066isolate",
	`]]><script>x</script><![CDATA[`,
	`--> <!-- -- `,
	`=HYPERLINK("http://x","y")`,
	`@SUM(1)`,
	`+1`,
	`-1+2`,
	"`graph` %% A-->B; click A \"javascript:alert(1)\"",
	`} subgraph x { evil`,
	"tab\tnul\x00esc\x1b",
}

// hostileDocument is an events document, as extract writes it, whose
// names, roles, places, evidence and title are the payloads.
func hostileDocument() events.Document {
	doc := events.Document{Document: events.Meta{ID: "hostile", Title: strings.Join(payloads[:3], " "), Published: "2024-03-21", Source: payloads[5]}}
	for i, p := range payloads {
		id := events.Slug(p)
		if id == "" {
			id = "actor"
		}
		id += "-" + string(rune('a'+i))
		doc.Actors = append(doc.Actors, events.Actor{ID: id, Name: p, Aliases: []string{p + " alias"}, Kind: events.Kinds[i%len(events.Kinds)], Role: p})
	}
	for i := 1; i < len(doc.Actors); i++ {
		a, b := doc.Actors[i-1], doc.Actors[i]
		e := events.Event{
			ID: "e" + string(rune('a'+i)), Type: events.Types[i%len(events.Types)],
			Date: events.Date([]string{"2024-03-21", "", "2023-10", "2024-W11"}[i%4]), DateText: payloads[i],
			Status: []events.Status{events.Occurred, events.Planned, events.Ongoing, events.Hypothetical}[i%4], Actors: []string{a.ID, b.ID}, Place: payloads[(i+3)%len(payloads)],
			Evidence: []string{payloads[i] + " said " + payloads[(i+1)%len(payloads)]}, Confidence: 0.5,
		}
		doc.Events = append(doc.Events, e)
	}
	doc.Relations = events.Relations(doc.Actors, doc.Events)
	return doc
}

// hostileArticle is an article whose sentences carry the payloads into
// actor names and evidence through extraction.
const hostileArticle = `date: 2024-03-21
title: <script>alert(1)</script> "]; node [label="x"]; \ talks

CAIRO (AP) — Egyptian President Abdel Fattah el-Sissi met <script>alert(1)</script> Blinken in Cairo on Thursday.
Hamas rejected the "]; node [label="pwned"]; proposal \ on Friday, javascript:alert(1) said.
Qatar's Prime Minister Sheikh <img src=x onerror=alert(1)> Al Thani met Iran's foreign minister & "Mr. ` + "\u202EeviL\u202C" + `" in Doha.
=HYPERLINK("http://x") Israel attacked Rafah on Wednesday.
`

// TestHostile runs every command that writes a file on hostile input and
// checks each output with internal/check: DOT that Graphviz's grammar
// reads, XML and HTML that are well-formed and inert, JSON that parses.
func TestHostile(t *testing.T) {
	dir := t.TempDir()
	js, err := json.MarshalIndent(hostileDocument(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string][]byte{"hostile.json": js, "hostile.txt": []byte(hostileArticle)}
	for name, data := range inputs {
		in := filepath.Join(dir, name)
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(name, ".", "-"))
			mustRun(t, "build", "-o", out, in)
			for _, f := range []struct{ cmd, ext string }{{"timeline", "svg"}, {"network", "svg"}, {"network", "dot"}, {"extract", "json"}} {
				args := []string{f.cmd, "-o", filepath.Join(out, "cmd-"+f.cmd+"."+f.ext), in}
				if f.cmd == "network" {
					args = append(args[:1], append([]string{"--format", f.ext}, args[1:]...)...)
				}
				mustRun(t, args...)
			}
			n := checkOutputs(t, out)
			if n < 8 {
				t.Errorf("checked %d outputs, want at least 8", n)
			}
		})
	}
}

// mustRun runs eventgraph and fails the test unless it exits 0.
func mustRun(t *testing.T, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("eventgraph %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
}

// checkOutputs checks every file in dir by its extension and returns how
// many it checked.
func checkOutputs(t *testing.T, dir string) int {
	t.Helper()
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(f.Name()) {
		case ".json":
			if !json.Valid(b) {
				err = errBad("invalid JSON")
			} else if bytes.Contains(bytes.ToLower(b), []byte("<script")) {
				err = errBad("a raw <script in JSON")
			}
		case ".svg", ".graphml", ".gexf", ".xml":
			err = check.XML(b)
		case ".dot", ".gv":
			err = check.DOT(b)
		case ".csv":
			err = check.CSV(b)
		default:
			t.Errorf("%s: no check for this kind of output", f.Name())
			continue
		}
		n++
		if err != nil {
			t.Errorf("%s: %v", f.Name(), err)
		}
	}
	return n
}

type errBad string

func (e errBad) Error() string { return string(e) }
