package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus writes n articles made from the contract articles, with
// their own dates and of uneven length, so that workers finish them out of
// order, and returns the directory.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		a := contractArticles[i%len(contractArticles)]
		text := a.text
		if !strings.HasPrefix(text, "date:") {
			text = "date: 2024-01-01\n\n" + text
		}
		// a date of its own, and a body repeated 1 to 7 times
		text = fmt.Sprintf("date: 2024-%02d-%02d", 1+i%12, 1+i%28) + text[len("date: 2024-01-01"):]
		text += strings.Repeat("\n"+a.text[strings.Index(a.text, "\n\n")+1:], i%7)
		name := filepath.Join(dir, fmt.Sprintf("d%d", i%5), fmt.Sprintf("a%03d.txt", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestJobsSameOutput runs the corpus commands with one worker and with
// eight: the output must be the same bytes.
func TestJobsSameOutput(t *testing.T) {
	dir := writeCorpus(t, 60)
	for _, args := range [][]string{
		{"extract", dir},
		{"extract", "--format", "jsonl", dir},
		{"network", "--format", "dot", dir},
	} {
		one := runOK(t, append(args[:1:1], append([]string{"--jobs", "1"}, args[1:]...)...)...)
		eight := runOK(t, append(args[:1:1], append([]string{"--jobs", "8"}, args[1:]...)...)...)
		if !bytes.Equal(one, eight) {
			t.Errorf("eventgraph %s: output with --jobs 1 and --jobs 8 differs", strings.Join(args, " "))
		}
		if len(one) < 1000 {
			t.Errorf("eventgraph %s: output too short to tell: %q", strings.Join(args, " "), one)
		}
	}
}
