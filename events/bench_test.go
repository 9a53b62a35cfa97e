package events

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// tempEvalDir holds the TempEval-3 training data when ../shared lies
// beside the clone; the benchmark that reads it is skipped otherwise.
const tempEvalDir = "../../shared/data/tempeval3-train"

var (
	tmlText = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	tmlTag  = regexp.MustCompile(`<[^>]*>`)
	tmlDCT  = regexp.MustCompile(`<DCT><TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)`)
)

// tempEvalArticle is the plain text of a TimeML file and its creation date.
type tempEvalArticle struct {
	name, text string
	dct        Date
}

// tempEvalArticles reads the news texts of the TempEval-3 training data,
// tags stripped as scripts/mkcorpus strips them.
func tempEvalArticles(b testing.TB) []tempEvalArticle {
	names, _ := filepath.Glob(filepath.Join(tempEvalDir, "*", "*.tml"))
	if len(names) == 0 {
		b.Skipf("no TempEval-3 texts in %s", tempEvalDir)
	}
	var as []tempEvalArticle
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		m := tmlText.FindSubmatch(raw)
		if m == nil {
			continue
		}
		a := tempEvalArticle{name: name, text: strings.TrimSpace(html.UnescapeString(tmlTag.ReplaceAllString(string(m[1]), ""))) + "\n"}
		if d := tmlDCT.FindSubmatch(raw); d != nil {
			a.dct = Date(d[1])
		}
		as = append(as, a)
	}
	return as
}

// BenchmarkExtractTempEval extracts the 256 news texts of the TempEval-3
// training data (when ../shared is present): real articles, unlike the
// repetitive text of BenchmarkExtract. Besides the wall-clock rates it
// reports MB and sentences per CPU-second of the process (garbage
// collection included), what one core does on a machine shared with
// other work.
func BenchmarkExtractTempEval(b *testing.B) {
	as := tempEvalArticles(b)
	size, sents := 0, 0
	for _, a := range as {
		size += len(a.text)
		sents += len(Sentences(a.text, ParseHeader(a.text).Body))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := processCPU()
	for b.Loop() {
		for _, a := range as {
			if _, err := Extract(a.name, a.text, Options{Date: a.dct}); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu = processCPU() - cpu
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
		b.ReportMetric(float64(sents)*float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
	}
}
