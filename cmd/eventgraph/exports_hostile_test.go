package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/check"
)

// TestHostileExports writes every format of build --formats all from the
// hostile inputs of TestHostile and checks each file with internal/check:
// XML, HTML and CSV inert, no bidirectional control anywhere, JSON that
// parses, PNG that is PNG.
func TestHostileExports(t *testing.T) {
	dir := t.TempDir()
	js, err := json.MarshalIndent(hostileDocument(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"hostile.json": js, "hostile.txt": []byte(hostileArticle)} {
		in := filepath.Join(dir, name)
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(name, ".", "-"))
			mustRun(t, "build", "--formats", "all", "-o", out, in)
			files, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				b, err := os.ReadFile(filepath.Join(out, f.Name()))
				if err != nil {
					t.Fatal(err)
				}
				switch filepath.Ext(f.Name()) {
				case ".json":
					if !json.Valid(b) {
						err = errBad("invalid JSON")
					} else if f.Name() != "events.json" {
						// events.json keeps the evidence as it stands
						err = check.Text(string(b))
					}
				case ".svg", ".graphml", ".gexf":
					err = check.XML(b)
				case ".html":
					err = check.HTML(b) // no script at all
				case ".csv":
					err = check.CSV(b)
				case ".dot":
					err = check.DOT(b)
				case ".mmd":
					err = check.Text(string(b))
				case ".png":
					if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
						err = errBad("not a PNG")
					}
				default:
					t.Errorf("%s: no check for this kind of output", f.Name())
				}
				if err != nil {
					t.Errorf("%s: %v", f.Name(), err)
				}
			}
			if len(files) != 14 {
				t.Errorf("build --formats all wrote %d files, want 14", len(files))
			}
		})
	}
}
