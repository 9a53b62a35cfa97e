package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/seeds"
)

// TestWriteFailsHalfWay makes rendering fail after writing half its
// output and checks that the file from the last run is intact and that no
// temporary file is left beside it.
func TestWriteFailsHalfWay(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "timeline.svg")
	old := []byte("<svg>the previous run's picture</svg>\n")
	if err := os.WriteFile(name, old, 0o644); err != nil {
		t.Fatal(err)
	}
	e := &env{stdout: io.Discard, stderr: io.Discard}
	boom := errors.New("render: layout failed")
	err := e.write(name, func(w io.Writer) error {
		if _, err := io.WriteString(w, "<svg><text>half a pic"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("write returned %v, want the render error", err)
	}
	checkDir(t, dir, map[string][]byte{"timeline.svg": old})

	// A rename that fails (the target is now a directory) leaves no temporary file.
	target := filepath.Join(dir, "out.svg")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(target, []byte("<svg/>")); err == nil || !strings.HasPrefix(err.Error(), "write "+target+": ") {
		t.Fatalf("writeFileAtomic onto a directory: %v", err)
	}
	checkDir(t, dir, map[string][]byte{"timeline.svg": old, "out.svg": nil})

	// A successful write replaces the old file whole.
	if err := e.write(name, func(w io.Writer) error { _, err := io.WriteString(w, "<svg/>\n"); return err }); err != nil {
		t.Fatal(err)
	}
	checkDir(t, dir, map[string][]byte{"timeline.svg": []byte("<svg/>\n"), "out.svg": nil})
}

// TestBuildFailureKeepsOutputs checks that a build that fails (on its
// second input) leaves the outputs of the last good build as they were.
func TestBuildFailureKeepsOutputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(good, []byte(seeds.Blinken), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(seeds.Blinken[:500]+"\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	mustRun(t, "build", "-o", out, good)
	before := readDir(t, out)
	var stderr bytes.Buffer
	if code := run([]string{"build", "-o", out, good, bad}, strings.NewReader(""), io.Discard, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr.String())
	}
	checkDir(t, out, before)
}

// TestOutputsStayInDir builds from inputs whose names try to climb out of
// the output directory and checks that every file written is one of
// build's own names inside -o DIR.
func TestOutputsStayInDir(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in", "..", "in", "..%2f..%2fescape.txt")
	if err := os.MkdirAll(filepath.Dir(in), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, []byte(seeds.Blinken), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(root, "in", "doc.json")
	js := strings.Replace(string(runOK(t, "extract", in)), `"id": "..%2f..%2fescape"`, `"id": "../../../escape"`, 1)
	if err := os.WriteFile(doc, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "a", "out")
	mustRun(t, "build", "-o", out, in, doc)
	var files []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, path)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	for _, f := range files {
		if f == "in/..%2f..%2fescape.txt" || f == "in/doc.json" {
			continue
		}
		if dir, base := filepath.Split(f); dir != "a/out/" || strings.Contains(base, "escape") {
			t.Errorf("build wrote %s", f)
		}
	}
	if !slices.Contains(files, "a/out/events.json") {
		t.Errorf("no events.json in %q", files)
	}
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, f := range files {
		if f.IsDir() {
			m[f.Name()] = nil
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[f.Name()] = b
	}
	return m
}

// checkDir checks that dir holds exactly the files of want (nil: a directory).
func checkDir(t *testing.T, dir string, want map[string][]byte) {
	t.Helper()
	got := readDir(t, dir)
	for name, b := range got {
		w, ok := want[name]
		switch {
		case !ok:
			t.Errorf("%s: left in %s", name, dir)
		case !bytes.Equal(w, b):
			t.Errorf("%s: %q, want %q", name, b, w)
		}
	}
	for name := range want {
		if _, ok := got[name]; !ok {
			t.Errorf("%s: missing from %s", name, dir)
		}
	}
}
