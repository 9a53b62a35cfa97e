// Command mkcorpus makes a large corpus of news articles for benchmarks: it
// cycles the texts of TimeML files (the TempEval-3 training data), with
// their tags stripped, and gives each copy a fresh document id and date.
//
// Usage:
//
//	go run ./scripts/mkcorpus [-n 100000] [-o corpus.jsonl] DIR...
//
// It writes JSON Lines of articles ({"id","date","text"}), the input of
// eventgraph's corpus mode, and prints the number of articles and of text
// bytes to standard output.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 100000, "number of articles")
	out := flag.String("o", "corpus.jsonl", "output `FILE`")
	flag.Parse()
	if err := run(*n, *out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "mkcorpus:", err)
		os.Exit(1)
	}
}

func run(n int, out string, dirs []string) error {
	var texts []string
	for _, dir := range dirs {
		names, err := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
		if err != nil {
			return err
		}
		more, _ := filepath.Glob(filepath.Join(dir, "*.tml"))
		names = append(names, more...)
		sort.Strings(names)
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			if t := Text(string(b)); t != "" {
				texts = append(texts, t)
			}
		}
	}
	if len(texts) == 0 {
		return fmt.Errorf("no TimeML texts (*.tml) in %s", strings.Join(dirs, ", "))
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	var size int64
	for i := range n {
		a := struct {
			ID   string `json:"id"`
			Date string `json:"date"`
			Text string `json:"text"`
		}{fmt.Sprintf("bench-%06d", i+1), start.AddDate(0, 0, i*366/n).Format("2006-01-02"), texts[i%len(texts)]}
		size += int64(len(a.Text))
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("%d articles, %d text bytes (%d distinct texts)\n", n, size, len(texts))
	return nil
}

var (
	textRE = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	tagRE  = regexp.MustCompile(`<[^>]*>`)
)

// Text returns the plain text of a TimeML document: the content of its
// TEXT element without tags, entities decoded.
func Text(tml string) string {
	m := textRE.FindStringSubmatch(tml)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(html.UnescapeString(tagRE.ReplaceAllString(m[1], ""))) + "\n"
}
