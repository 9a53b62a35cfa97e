package textin

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHTML(t *testing.T) {
	tests := []struct {
		name, file, in string
		format         Format
		want           string
	}{
		{
			name: "article paragraphs, scripts and styles dropped",
			file: "page.txt",
			in: `<!DOCTYPE html>
<html><head>
<title>Site | Blinken in Cairo</title>
<meta property="og:title" content="Blinken meets el-Sissi
 in Cairo">
<meta property="article:published_time" content="2024-03-21T09:30:00Z">
<link rel="canonical" href="https://news.example/blinken">
<style>p { color: red }</style>
<script>var p = "<p>not text</p>";</script>
</head><body>
<nav><p>Home | World</p></nav>
<header><p>Subscribe now</p></header>
<article>
<h1>Blinken meets el-Sissi</h1>
<p>CAIRO (AP) &mdash; Blinken <b>met</b> Egyptian&nbsp;President
   Abdel Fattah el-Sissi on Thursday.</p>
<script>document.write("<p>injected</p>")</script>
<figure><img src="x.jpg"><figcaption>A photo caption.</figcaption></figure>
<p>He will travel to Israel on Friday.<br>Hamas rejected the plan.</p>
<p>   </p>
<aside><p>Related: other news</p></aside>
<noscript><p>Enable JavaScript</p></noscript>
<form><p>Sign up</p></form>
</article>
<footer><p>© 2024</p></footer>
</body></html>`,
			want: "format: html\ntitle: Blinken meets el-Sissi in Cairo\ndate: 2024-03-21\nsource: https://news.example/blinken\n\n" +
				"CAIRO (AP) — Blinken met Egyptian President Abdel Fattah el-Sissi on Thursday.\n\n" +
				"He will travel to Israel on Friday. Hamas rejected the plan.\n",
		},
		{
			name: "no article: the body's paragraphs; title from <title>; javascript: address dropped",
			file: "page.html",
			in: `<html><head><title>Talks</title><link rel="canonical" href="javascript:alert(1)">
<meta name="date" content="last Tuesday"></head>
<body><div><p>Qatar proposed a truce.</p></div><p>Israel rejected it.</p></body></html>`,
			want: "format: html\ntitle: Talks\n\nQatar proposed a truce.\n\nIsrael rejected it.\n",
		},
		{
			name: "no paragraphs: the text of block elements; date from <time>",
			file: "page.htm",
			in: `<body><main><h1>Summit</h1><time datetime="2023-10-07">Oct. 7</time>
<div>Leaders met in Doha.</div><div>They agreed<br>to talk again.</div><ul><li>one</li><li>two</li></ul></main></body>`,
			want: "format: html\ntitle: Summit\ndate: 2023-10-07\n\nSummit\n\nOct. 7\n\nLeaders met in Doha.\n\nThey agreed\n\nto talk again.\n\none\n\ntwo\n",
		},
		{
			name: "a header-like paragraph stays in the body",
			file: "a.html",
			in:   `<p>date: last Tuesday</p><p>Iran said so.</p>`,
			want: "format: html\n\ndate: last Tuesday\n\nIran said so.\n",
		},
		{
			name: "empty page",
			file: "a.html",
			in:   `<html><body><script>alert(1)</script></body></html>`,
			want: "format: html\n\n",
		},
		{
			name:   "Text keeps the tags",
			file:   "a.html",
			in:     "<p>Iran said so.</p>\r\n",
			format: Text,
			want:   "<p>Iran said so.</p>\n",
		},
		{
			name:   "HTML is read as HTML whatever the name",
			file:   "-",
			in:     "Iran&#x202E; <b>said</b>&#xAD; so&#0;&#13;&#x2028;.",
			format: HTML,
			want:   "format: html\n\nIran said so\uFFFD .\n",
		},
		{
			name: "text that mentions a tag is text",
			file: "a.txt",
			in:   "<script>alert(1)</script> Iran said so.",
			want: "<script>alert(1)</script> Iran said so.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.file, []byte(tt.in), Options{Format: tt.format})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := map[string]bool{
		"<!DOCTYPE html><p>x":                    true,
		"\n\n  <HTML lang=en>":                   true,
		"<p>Iran said so.</p>":                   true,
		"<div class=a>":                          true,
		"<!-- saved from url -->":                true,
		`<?xml version="1.0"?><html xmlns="x">`:  true,
		`<?xml version="1.0"?><svg>`:             false,
		"<pre>":                                  false,
		"<paris> is no tag":                      false,
		"<script>alert(1)</script> Iran said so": false,
		"date: 2024-03-21\n\n<p>x</p>":           false,
		"":                                       false,
	}
	for in, want := range tests {
		if got := LooksLikeHTML(in); got != want {
			t.Errorf("LooksLikeHTML(%q) = %v, want %v", in, got, want)
		}
	}
}
