package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/textin"
	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"b/z.txt": "", "b/a/y.md": "", "b/x.HTML": "", "b/skip.csv": "", "c.json": "", "none/n.pdf": ""})
	got, err := Expand([]string{filepath.Join(dir, "c.json"), "-", filepath.Join(dir, "b"), filepath.Join(dir, "missing.txt")})
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i] = strings.TrimPrefix(filepath.ToSlash(got[i]), filepath.ToSlash(dir)+"/")
	}
	want := []string{"c.json", "-", "b/a/y.md", "b/x.HTML", "b/z.txt", "missing.txt"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if _, err := Expand([]string{filepath.Join(dir, "none")}); err == nil || !strings.Contains(err.Error(), "no article files") {
		t.Errorf("a directory without articles: error %v", err)
	}
}

// items reads every item of the inputs and turns each into its document's id,
// or the error.
func items(t *testing.T, names []string, stdin string, opt Options) []string {
	t.Helper()
	r := NewReader(names, strings.NewReader(stdin), opt)
	defer r.Close()
	var out []string
	for {
		it, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			return append(out, "error: "+err.Error())
		}
		d, err := it.Document(events.Options{})
		if err != nil {
			out = append(out, "error: "+err.Error())
			continue
		}
		out = append(out, fmt.Sprintf("%s %s %q %d", it.Name, d.Document.ID, d.Document.Title, len(d.Events)))
	}
}

func TestReader(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	doc := `{"document":{"id":"done","published":null},"actors":[],"events":[],"relations":[]}`
	write(t, dir, map[string]string{
		"a.jsonl": `{"id":"one","date":"2024-03-21","title":"T","text":"Hamas rejected the plan on Monday."}` + "\n\n" +
			`{"text":"Iran attacked Israel."}` + "\n" +
			`{"id":"no text"}` + "\n" +
			`{"id":"bad date","date":"yesterday","text":""}` + "\n" +
			`not json` + "\n" +
			`{"id":"last","text":"Egypt mediated."}`,
		"b.txt":    "title: B\n\nIran attacked Israel.",
		"c.json":   doc,
		"d.jsonl":  doc + "\n" + `{"document":{}}`,
		"e.html":   "<p>Qatar mediated &amp; talked.</p>",
		"bad.json": "{",
	})
	got := items(t, []string{"a.jsonl", "b.txt", "c.json", "-", "e.html", "bad.json"}, "Iran attacked Israel.", Options{})
	want := []string{
		`a.jsonl:1 one "T" 1`,
		`a.jsonl:3 a-3 "" 1`,
		`error: a.jsonl:4: the article has no "text" (documents that extract wrote are read with build --from-jsonl)`,
		`error: a.jsonl:5: date: "yesterday" is not a date (want YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www)`,
		`error: a.jsonl:6: not a JSON article: invalid character 'o' in literal null (expecting 'u')`,
		`a.jsonl:7 last "" 1`,
		`b.txt b "B" 1`,
		`c.json done "" 0`,
		`- stdin "" 1`,
		`e.html e "" 1`,
		`error: bad.json: not an eventgraph document: unexpected end of JSON input`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	got = items(t, []string{"d.jsonl", "-"}, doc, Options{Documents: true})
	want = []string{`d.jsonl:1 done "" 0`, `error: d.jsonl:2: not an eventgraph document: no document id`, `-:1 done "" 0`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
	// A line longer than the limit fails the read, naming the line. A
	// .json document has a limit of its own.
	write(t, dir, map[string]string{
		"long.jsonl": `{"id":"short","text":"Iran attacked Israel."}` + "\n" +
			`{"id":"long","text":"` + strings.Repeat("Qatar mediated. ", 8) + `"}` + "\n" +
			`{"id":"after","text":"Egypt mediated."}` + "\n",
	})
	small := Options{Text: textin.Options{MaxBytes: 80}}
	got = append(items(t, []string{"long.jsonl"}, "", small), items(t, []string{"c.json"}, "", small)...)
	want = []string{
		`long.jsonl:1 short "" 1`,
		`error: long.jsonl:2: input too large (a line of more than 80 bytes)`,
		`error: c.json: input too large (more than 80 bytes)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("limits mismatch (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		max      int64
		document bool
		want     int64
	}{{0, false, textin.DefaultMaxBytes}, {0, true, DocumentMaxBytes}, {80, true, 80}, {-1, true, -1}} {
		r := NewReader(nil, nil, Options{Text: textin.Options{MaxBytes: tt.max}})
		if got := r.limit(tt.document); got != tt.want {
			t.Errorf("limit with MaxBytes %d, document %v = %d, want %d", tt.max, tt.document, got, tt.want)
		}
	}
	if got := items(t, []string{"missing.txt"}, "", Options{}); len(got) != 1 || !strings.Contains(got[0], "no such file") {
		t.Errorf("missing file: %q", got)
	}
}

// source returns a next function of n articles of uneven length, the
// longest first so that workers finish out of order.
func source(n int, fail int) func() (Item, error) {
	i := 0
	return func() (Item, error) {
		if i == n {
			return Item{}, io.EOF
		}
		i++
		if i == fail {
			return Item{}, errors.New("read failed")
		}
		text := fmt.Sprintf("date: 2024-01-%02d\n\n", 1+i%28) + strings.Repeat("Iran attacked Israel on Monday. Qatar mediated. ", 1+(n-i)%9)
		return Item{Name: fmt.Sprintf("a%d.txt", i), data: []byte(text)}, nil
	}
}

func TestRunOrder(t *testing.T) {
	var runs [][]string
	for _, jobs := range []int{1, 2, 8, 0} {
		var ids []string
		err := Run(source(50, -1), jobs, events.Options{}, func(r Result) error {
			ids = append(ids, r.Doc.Document.ID+" "+string(r.Doc.Document.Published))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, ids)
	}
	if len(runs[0]) != 50 || runs[0][0] != "a1 2024-01-02" || runs[0][49] != "a50 2024-01-23" {
		t.Fatalf("one job: %q", runs[0])
	}
	for _, r := range runs[1:] {
		if diff := cmp.Diff(runs[0], r); diff != "" {
			t.Errorf("order mismatch (-want +got):\n%s", diff)
		}
	}
}

func TestRunErrors(t *testing.T) {
	badItem := func() func() (Item, error) {
		next := source(30, -1)
		i := 0
		return func() (Item, error) {
			it, err := next()
			if i++; i == 7 {
				it.data = []byte{0xff}
			}
			return it, err
		}
	}
	tests := []struct {
		name    string
		next    func() func() (Item, error)
		emitErr int // the emit call that fails, from 1; 0 for none
		want    string
		emitted int // documents handed on without an error
	}{
		{"reader", func() func() (Item, error) { return source(30, 12) }, 0, "read failed", 11},
		{"item", badItem, 0, "a7.txt:1:1: invalid UTF-8 (byte 0xFF at byte offset 0)", 6},
		{"emit", func() func() (Item, error) { return source(30, -1) }, 5, "emit failed", 4},
	}
	for _, tt := range tests {
		for _, jobs := range []int{1, 4} {
			calls, ok := 0, 0
			err := Run(tt.next(), jobs, events.Options{}, func(Result) error {
				if calls++; calls == tt.emitErr {
					return errors.New("emit failed")
				}
				ok++
				return nil
			})
			if err == nil || err.Error() != tt.want {
				t.Errorf("%s, %d jobs: error %v, want %q", tt.name, jobs, err, tt.want)
			}
			if ok != tt.emitted {
				t.Errorf("%s, %d jobs: %d documents handed on, want %d", tt.name, jobs, ok, tt.emitted)
			}
		}
	}
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	p := newProgress(&buf, 4e6, func() time.Time { return now })
	for range 4 {
		now = now.Add(100 * time.Millisecond)
		p.Add(5e5)
	}
	p.Done()
	want := "\r\x1b[K3 articles, 10 articles/s, 5.0 MB/s, 38%, ETA 1s" +
		"\r\x1b[K4 articles, 10 articles/s, 5.0 MB/s, 400ms\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if NewProgress(&buf, 0) != nil {
		t.Error("a progress meter for a buffer, which is no terminal")
	}
	var silent *Progress
	silent.Add(1)
	silent.Done()
}

func TestHTMLArticle(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "talks.html")
	in := `<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>
<nav>Home | World</nav><!-- ad -->
<article><h1>Talks in Cairo</h1><p>CAIRO (AP) — Secretary of State Antony Blinken met Egyptian President Abdel Fattah el-Sissi in Cairo on March 21, 2024.</p>
<script>var x = "<p>Blinken rejected the plan.</p>";</script></article></body></html>`
	if err := os.WriteFile(page, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	r := NewReader([]string{page}, nil, Options{})
	defer r.Close()
	it, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	d, err := it.Document(events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, e := range d.Events {
		types = append(types, string(e.Type))
	}
	if diff := cmp.Diff([]string{"meeting"}, types); diff != "" {
		t.Errorf("events of the page: mismatch (-want +got):\n%s", diff)
	}
	if it.NoText {
		t.Error("NoText set on a page with an article")
	}
}
