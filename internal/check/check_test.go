package check

import (
	"strings"
	"testing"
)

func TestDOT(t *testing.T) {
	good := []string{
		`digraph "g" { a -> b [label="x\"y"]; }`,
		"strict graph { a -- b -- c; subgraph s { d } -- e; {f g} }",
		"digraph { graph [rankdir=LR, size=\"4,4\"]; node [shape=box]; \"n 1\":p1:n -> n2 [w=-1.5]; x = y }",
		"# a line\n// a comment\n/* block */ digraph { Ünïcode -> <<b>html</b>> }",
		"digraph {}",
	}
	for _, src := range good {
		if err := DOT([]byte(src)); err != nil {
			t.Errorf("DOT(%q): %v", src, err)
		}
	}
	bad := map[string]string{
		`digraph { a -> b [label="x"]; node [label="y"]; } extra`: "text after the graph",
		`digraph { a [label="x"]; node [label=`:                   "want",
		`digraph { a [label="unterminated] }`:                     "unterminated string",
		`digraph { a -- b }`:                                      "edge -- in a graph that is not undirected",
		`graph { a -> b }`:                                        "edge -> in a graph that is not directed",
		`digraph { "a" -> }`:                                      "edge to",
		`digraph { a [label=<x>`:                                  "want",
		`digraph { 1a }`:                                          "numeral followed by a name",
		`digraph { a`:                                             "unclosed",
		"digraph { a /* }":                                        "unterminated comment",
		`digraph { a; b = ; }`:                                    "want",
		`digraph { node; }`:                                       "want [",
		"digraph { a \x00 }":                                      "unexpected",
	}
	for src, want := range bad {
		err := DOT([]byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("DOT(%q) = %v, want an error with %q", src, err, want)
		}
	}
}

func TestXML(t *testing.T) {
	if err := XML([]byte(`<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg xmlns="http://www.w3.org/2000/svg"><a href="https://x.org/?a=1&amp;b"><text>&lt;script&gt;</text></a></svg>`)); err != nil {
		t.Errorf("good SVG: %v", err)
	}
	bad := map[string]string{
		`<svg><script>alert(1)</script></svg>`:                        "<script> element",
		`<svg><g onload="alert(1)"/></svg>`:                           "event handler",
		`<svg><a xlink:href=" java&#x09;script:alert(1)">x</a></svg>`: "javascript: address",
		`<svg><foreignObject/></svg>`:                                 "<foreignObject> element",
		`<svg><text>a & b</text></svg>`:                               "xml:",
		`<svg></svg><svg></svg>`:                                      "2 root elements",
		"<svg><text>\u202Eabc</text></svg>":                           "bidirectional control U+202E",
		`<!DOCTYPE x [<!ENTITY a "b">]><svg/>`:                        "ENTITY",
	}
	for src, want := range bad {
		err := XML([]byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("XML(%q) = %v, want an error with %q", src, err, want)
		}
	}
}

func TestHTML(t *testing.T) {
	ours := "var x = 1;"
	if err := HTML([]byte(`<!DOCTYPE html><p>&lt;script&gt;</p><script>var x = 1;</script>`), ours); err != nil {
		t.Errorf("good HTML: %v", err)
	}
	bad := map[string]string{
		`<p>x</p><script>var x = 1;</script><script>alert(1)</script>`:   "2 script elements",
		`<p>x</p><script>alert(1)</script>`:                              "not the one",
		`<p onclick="alert(1)">x</p><script>var x = 1;</script>`:         "event handler",
		`<a href="JavaScript:alert(1)">x</a><script>var x = 1;</script>`: "javascript:",
		`<img src=x onerror=alert(1)><script>var x = 1;</script>`:        "event handler",
	}
	for src, want := range bad {
		err := HTML([]byte(src), ours)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("HTML(%q) = %v, want an error with %q", src, err, want)
		}
	}
}

func TestCSV(t *testing.T) {
	if err := CSV([]byte("name,score\n'=1+1,-3\n\"a,b\",+2.5\n")); err != nil {
		t.Errorf("good CSV: %v", err)
	}
	bad := map[string]string{
		"name\n=1+1\n":        "can start a formula",
		"name\n@SUM(A1)\n":    "can start a formula",
		"name\n-2+3\n":        "can start a formula",
		"a,b\n1\n":            "csv:",
		"a\n\"unterminated\n": "csv:",
	}
	for src, want := range bad {
		err := CSV([]byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("CSV(%q) = %v, want an error with %q", src, err, want)
		}
	}
}

func TestMermaid(t *testing.T) {
	good := []string{
		"flowchart LR\n  n1[\"Blinken #lt;script#gt;\"] -->|met| n2[\"Sissi\"]\n",
		"%% a comment\ntimeline\n  title Talks\n  section 2024\n    2024-03-21 : Blinken met Sissi\n",
		"---\ntitle: \"Actors of \\\"]; x \\u003cb\\u003e\"\n---\nflowchart LR\n  n1[\"a\"]\n",
	}
	for _, src := range good {
		if err := Mermaid([]byte(src)); err != nil {
			t.Errorf("Mermaid(%q): %v", src, err)
		}
	}
	bad := map[string]string{
		"flowchart LR\n  n1[\"a\"] --> n2\n  click n1 \"https://x\"\n": "an interaction",
		"%%{init: {'securityLevel': 'loose'}}%%\nflowchart LR\n":       "a directive",
		"flowchart LR\n  n1[\"a <img src=x onerror=alert(1)>\"]\n":     "a raw HTML tag",
		"flowchart LR\n  n1[\"a\"]\"] --> evil\n":                      "an odd number of quotes",
		"flowchart LR\n  n1[\"javascript:alert(1)\"]\n":                "javascript:",
		"---\ntitle: \"a\" \"b\"\n---\nflowchart LR\n":                 "front matter other than a quoted title",
		"---\ninit: \"x\"\n---\nflowchart LR\n":                        "front matter other than a quoted title",
		"---\ntitle: \"<script>x</script>\"\n---\nflowchart LR\n":      "a raw HTML tag",
		"n1 --> n2\n": "no diagram type",
		"":            "empty",
	}
	for src, want := range bad {
		err := Mermaid([]byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Mermaid(%q) = %v, want an error with %q", src, err, want)
		}
	}
}

func TestHTMLStrings(t *testing.T) {
	if err := HTMLStrings([]byte(`{"events":[{"text":{"headline":"a &lt;b&gt; &amp; c"}}]}`)); err != nil {
		t.Errorf("good JSON: %v", err)
	}
	for src, want := range map[string]string{
		`{"events":[{"text":{"headline":"<script>alert(1)</script>"}}]}`: "raw HTML tag",
		`{"title":"\u202Eevil"}`: "bidirectional",
		`{"a":`:                  "json:",
	} {
		err := HTMLStrings([]byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("HTMLStrings(%q) = %v, want an error with %q", src, err, want)
		}
	}
}

func TestOwnTags(t *testing.T) {
	if err := HTMLStrings([]byte(`{"t":"<p><small>a</small></p><ul><li>b</li></ul><br/><blockquote>c &lt;script&gt;</blockquote>"}`)); err != nil {
		t.Errorf("eventgraph's own tags: %v", err)
	}
	for _, s := range []string{`<p onclick=x>`, `<a href=x>`, `<script>`, `<img src=x>`, `<!-- x -->`, `<br style="x">`} {
		if err := HTMLStrings([]byte(`{"t":"` + strings.ReplaceAll(s, `"`, `\"`) + `"}`)); err == nil {
			t.Errorf("HTMLStrings let %s through", s)
		}
	}
}
