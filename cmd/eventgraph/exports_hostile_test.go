package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/check"
)

// TestHostileExports writes every format of build --formats all from the
// hostile inputs of TestHostile and checks each file as TestHostile does
// (XML, HTML and CSV inert, JSON that parses, PNG that is PNG); the
// exports made for other programs (all but events.json, which keeps the
// evidence as it stands) hold no bidirectional control either.
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
			if n := checkOutputs(t, out); n != 14 {
				t.Errorf("checked %d files of build --formats all, want 14", n)
			}
			for _, f := range []string{"timelinejs.json", "events.csv", "actors.csv", "timeline.mmd", "network.mmd", "report.html"} {
				b, err := os.ReadFile(filepath.Join(out, f))
				if err != nil {
					t.Fatal(err)
				}
				if err := check.Text(string(b)); err != nil {
					t.Errorf("%s: %v", f, err)
				}
			}
		})
	}
}
