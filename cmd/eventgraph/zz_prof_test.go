package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

func TestZZProf(t *testing.T) {
	args := strings.Fields(os.Getenv("ZZARGS"))
	if len(args) == 0 {
		t.Skip()
	}
	if code := run(args, strings.NewReader(""), io.Discard, os.Stderr); code != 0 {
		t.Fatal(code)
	}
}
