package score

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// normCases are inputs with their NormText and NormName forms.
var normCases = []struct{ in, text, name string }{
	{"", "", ""},
	{"  The  U.S.\tState\nDepartment ", "the u.s. state department", "us state department"},
	{"the", "the", "the"},
	{"The The", "the the", "the"},
	{"Theodore Roosevelt", "theodore roosevelt", "theodore roosevelt"},
	{"Fishermen\u2019s \u201cGuild\u201d", "fishermen's \"guild\"", "fishermens guild"},
	{"Abdel Fattah el-Sissi", "abdel fattah el-sissi", "abdel fattah el-sissi"},
	{"war \u2014 and peace \u2013 now", "war - and peace - now", "war - and peace - now"},
	{"\u00a0non\u2002breaking\u3000spaces\u00a0", "non breaking spaces", "non breaking spaces"},
	{"\ufb01nance \u2460 \uff21\uff22", "finance 1 ab", "finance 1 ab"}, // NFKC
	{"Recep Tayyip Erdo\u011fan", "recep tayyip erdo\u011fan", "recep tayyip erdo\u011fan"},
	{"\u0130stanbul", "i\u0307stanbul", "istanbul"}, // Python's full lowercase of İ, whose dot is no word character
	{"\u039f\u0394\u039f\u03a3 \u03a3\u0391", "\u03bf\u03b4\u03bf\u03c2 \u03c3\u03b1", "\u03bf\u03b4\u03bf\u03c2 \u03c3\u03b1"},
	{"snake_case & co.", "snake_case & co.", "snake_case co"},
	{"ab\x1fcd", "ab cd", "ab cd"},
	{"the \u2018Quartet\u2019", "the 'quartet'", "quartet"},
}

func TestNorm(t *testing.T) {
	for _, tc := range normCases {
		if got := NormText(tc.in); got != tc.text {
			t.Errorf("NormText(%q) = %q, want %q", tc.in, got, tc.text)
		}
		if got := NormName(tc.in); got != tc.name {
			t.Errorf("NormName(%q) = %q, want %q", tc.in, got, tc.name)
		}
	}
}

// TestNormPy compares NormText and NormName with score.py's norm_text and
// norm_name, when python3 and score.py are beside the clone.
func TestNormPy(t *testing.T) {
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("no %s", scorePy)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	var in []string
	for _, tc := range normCases {
		in = append(in, tc.in)
	}
	in = append(in, "\u0130\u03a3.", "a\u03a3'", "\u03a3", "x\u0301\u03a3\u0301y", "\u2163 \u00bd \u0660", "\u1e9e", "caf\u0065\u0301")
	data, _ := json.Marshal(in)
	dir, _ := filepath.Abs(filepath.Dir(scorePy))
	cmd := exec.Command(python, "-c", `import json, sys
from score import norm_text, norm_name
print(json.dumps([[norm_text(s), norm_name(s)] for s in json.load(sys.stdin)]))`)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1")
	cmd.Stdin = strings.NewReader(string(data))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want [][2]string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	var got [][2]string
	for _, s := range in {
		got = append(got, [2]string{NormText(s), NormName(s)})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-score.py +Go):\n%s", diff)
	}
}
