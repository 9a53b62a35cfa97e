package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/seeds"
	"github.com/google/go-cmp/cmp"
	"github.com/spf13/pflag"
	"golang.org/x/text/encoding/charmap"
)

// plainSeed is the seed with straight quotes, apostrophes and hyphens.
var plainSeed = strings.NewReplacer("“", `"`, "”", `"`, "’", "'", " — ", " - ").Replace(seeds.Blinken)

// encodeUTF16 encodes s as UTF-16 with a byte-order mark.
func encodeUTF16(s string, big bool) []byte {
	var b []byte
	for _, u := range append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// windows1252 encodes s, which must be all in Windows-1252, in it.
func windows1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seedHTML is the seed as a news site would serve it.
func seedHTML() string {
	h := events.ParseHeader(plainSeed)
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>` + h.Fields["title"] + `</title>
<meta property="article:published_time" content="` + h.Fields["date"] + `T10:00:00Z">
<script>window.ads = "<p>Subscribe</p>";</script><style>p{margin:0}</style></head>
<body><nav><p>Home | World | Middle East</p></nav><article>`)
	for _, p := range strings.Split(strings.TrimSpace(plainSeed[h.Body:]), "\n\n") {
		b.WriteString("<p>" + strings.ReplaceAll(p, "'", "&#39;") + "</p>\n")
	}
	b.WriteString(`<aside><p>Hamas rejected the proposal, read more.</p></aside></article><footer><p>© AP</p></footer></body></html>`)
	return b.String()
}

// eventKey is what must not change when only the encoding, spacing or
// typography of an article changes.
type eventKey struct {
	Type, Date, Status, Place string
	Actors                    string
	Evidence                  int
}

func eventKeys(t *testing.T, out []byte) []eventKey {
	t.Helper()
	var doc events.Document
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("output is not a document: %v\n%s", err, out)
	}
	keys := []eventKey{}
	for _, e := range doc.Events {
		keys = append(keys, eventKey{string(e.Type), string(e.Date), string(e.Status), e.Place, strings.Join(e.Actors, ","), len(e.Evidence)})
	}
	return keys
}

// TestInputs runs extract on the seed written in other encodings,
// line ends, spacings and typography, and on bad inputs.
func TestInputs(t *testing.T) {
	nbsp := strings.NewReplacer("Blinken said", "Blinken\u00A0said", "the war", "the\u00A0war", "Hamas ", "Hamas\u202F", "Saudi Arabia", "Saudi\u00A0Arabia")
	tests := []struct {
		name   string
		data   []byte
		flags  []string
		code   int
		stderr string // a regular expression standard error must match ("": empty)
		same   bool   // the events are those of plainSeed
		none   bool   // no events
	}{
		{name: "plain.txt", data: []byte(plainSeed), same: true},
		{name: "curly.txt", data: []byte(seeds.Blinken), same: true},
		{name: "crlf.txt", data: []byte(strings.ReplaceAll(plainSeed, "\n", "\r\n")), same: true},
		{name: "bom.txt", data: []byte("\xEF\xBB\xBF" + plainSeed), same: true},
		{name: "utf16le.txt", data: encodeUTF16(seeds.Blinken, false), same: true},
		{name: "utf16be.txt", data: encodeUTF16(strings.ReplaceAll(seeds.Blinken, "\n", "\r\n"), true), same: true},
		{name: "nbsp.txt", data: []byte(nbsp.Replace(seeds.Blinken)), same: true},
		{name: "zero-width.txt", data: []byte(strings.NewReplacer("Blinken", "Blin\u00ADken", "Egypt", "\u2067Egypt\u2069", "Hamas", "Ha\u200Bmas").Replace(plainSeed)), same: true},
		{name: "article.html", data: []byte(seedHTML()), same: true},
		{name: "page.txt", data: []byte(seedHTML()), same: true},
		{name: "page.txt", data: []byte(seedHTML()), flags: []string{"--input", "html"}, same: true},

		{name: "empty.txt", data: nil, stderr: `^eventgraph: no events found in \S*empty.txt \(it has no text\)\n$`, none: true},
		{name: "blank.txt", data: []byte(" \r\n\t\n\n   \n"), stderr: `^eventgraph: no events found in \S*blank.txt \(it has no text\)\n$`, none: true},
		{name: "header.txt", data: []byte("date: 2024-03-21\ntitle: nothing\n\n"), stderr: `no events found in \S*header.txt \(it has no text\)`, none: true},
		{name: "nosentence.txt", data: []byte("lorem ipsum dolor sit amet 42 17 ---- ***"), stderr: `^eventgraph: no events found in \S*nosentence.txt\n$`, none: true},
		{name: "empty.html", data: []byte("<html><body><script>alert(1)</script></body></html>"), stderr: `no events found in \S*empty.html \(it has no text\)`, none: true},

		{name: "image.png", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), code: 1,
			stderr: `^eventgraph extract: \S*image.png:3:1: binary data, not text \(NUL byte at byte offset 8\)\n$`},
		{name: "nul.txt", data: []byte(plainSeed[:2000] + "\x00" + plainSeed[2000:]), code: 1, stderr: `nul.txt:\d+:\d+: binary data, not text \(NUL byte at byte offset 2000\)`},
		{name: "cp1252.txt", data: windows1252(t, seeds.Blinken), same: true},
		{name: "stray.txt", data: []byte(strings.Replace(seeds.Blinken, "Blinken", "Bl\xEFnken", 1)), code: 1,
			stderr: `stray.txt:\d+:\d+: invalid UTF-8 \(byte 0xEF at byte offset \d+\); --lenient replaces invalid bytes with U\+FFFD\n$`},
		{name: "stray.txt", data: []byte(strings.Replace(seeds.Blinken, "Cairo", "Ca\xEFro", 1)), flags: []string{"--lenient"}, same: true},
		{name: "big.txt", data: []byte(plainSeed), flags: []string{"--max-bytes", "2K"}, code: 1,
			stderr: `big.txt: input too large \(more than 2 KiB\); --max-bytes raises the limit`},
		{name: "big.txt", data: []byte(plainSeed), flags: []string{"--max-bytes", "0"}, same: true},
		{name: "big.txt", data: []byte(plainSeed), flags: []string{"--max-bytes", "-3"}, code: 2, stderr: `^eventgraph extract: --max-bytes "-3": want a number of bytes`},
		{name: "a.txt", data: []byte(plainSeed), flags: []string{"--input", "pdf"}, code: 2, stderr: `^eventgraph extract: --input "pdf": want auto, text, html\n$`},
	}
	want := []eventKey(nil)
	for _, tt := range tests {
		t.Run(tt.name+strings.Join(tt.flags, ""), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			code := run(append(append([]string{"extract"}, tt.flags...), path), strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s", code, tt.code, stderr.String())
			}
			if tt.stderr == "" && stderr.Len() > 0 || tt.stderr != "" && !regexp.MustCompile(tt.stderr).Match(stderr.Bytes()) {
				t.Errorf("stderr %q does not match %q", stderr.String(), tt.stderr)
			}
			if code != 0 {
				if stdout.Len() > 0 {
					t.Errorf("a failed run wrote %q", stdout.String())
				}
				return
			}
			got := eventKeys(t, stdout.Bytes())
			switch {
			case tt.none && len(got) > 0:
				t.Errorf("events in an input with none: %v", got)
			case tt.same && want == nil:
				want = got
				if len(want) < 5 {
					t.Fatalf("the seed gave only %d events", len(want))
				}
			case tt.same:
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("events differ from the plain seed's (-plain +%s):\n%s", tt.name, diff)
				}
			}
		})
	}
}

// TestEmptyBuild checks that build on an input with no events writes
// valid outputs with no events in them.
func TestEmptyBuild(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(in, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-o", out, in}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "no events found in "+in) {
		t.Errorf("stderr %q lacks the note", stderr.String())
	}
	checkOutputs(t, out)
}

// TestMaxBytesDefault: without --max-bytes the readers apply their own
// defaults (16 MiB of article, 1 GiB of document), so that the events.json
// of a large corpus reads back; a --max-bytes given applies to all, even
// when it is the default's value.
func TestMaxBytesDefault(t *testing.T) {
	tests := []struct {
		args []string
		want int64
	}{
		{nil, 0},
		{[]string{"--max-bytes", "16MiB"}, 16 << 20},
		{[]string{"--max-bytes", "1K"}, 1024},
		{[]string{"--max-bytes", "0"}, -1},
	}
	for _, tt := range tests {
		fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
		var d decodeFlags
		d.add(fs)
		if err := fs.Parse(tt.args); err != nil {
			t.Fatal(err)
		}
		opt, err := d.options()
		if err != nil {
			t.Fatal(err)
		}
		if opt.MaxBytes != tt.want {
			t.Errorf("%q: MaxBytes %d, want %d", tt.args, opt.MaxBytes, tt.want)
		}
	}
}
