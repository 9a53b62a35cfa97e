package textin

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that Decode never panics and that what it returns is
// valid UTF-8 with no NUL, carriage return, bidirectional control or other
// character it promises to remove, in every format; that it fails only
// with an *Error; and that Lenient fails only on binary data and UTF-32.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"",
		"date: 2024-03-21\r\n\r\nBlinken met el-Sissi.\r\n",
		"\xEF\xBB\xBFCaf\xE9 \u00A0\u202E",
		"\xFF\xFEB\x00l\x00\x00\xD8",
		"\xFE\xFF\x00B\x00l",
		"<!DOCTYPE html><title>t</title><article><p>a&#x202E;b</p><script>x</script></article>",
		"<p>date: x</p><div><p>one<br>two</div>",
		"B\x00l\x00i\x00n\x00k\x00e\x00n\x00",
	} {
		f.Add([]byte(s), uint8(0), false)
		f.Add([]byte(s), uint8(2), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, format uint8, lenient bool) {
		opt := Options{Format: Format(format % 3), Lenient: lenient}
		text, err := Decode("fuzz.txt", data, opt)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), "fuzz.txt") {
				t.Fatalf("error %v (%T) is not an *Error naming the input", err, err)
			}
			if lenient && errors.Is(err, ErrInvalidUTF8) && !strings.Contains(err.Error(), "UTF-32") {
				t.Fatalf("Lenient failed: %v", err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out: %q", text)
		}
		// The fast path for text that needs no change gives what the
		// rune-by-rune path gives.
		fastPath = false
		slow, serr := Decode("fuzz.txt", data, opt)
		fastPath = true
		if serr != nil || slow != text {
			t.Fatalf("fast path gives %q, rune by rune %q (%v)", text, slow, serr)
		}
		for i, r := range text {
			if r == 0 || r == '\r' || (r != '\n' && r != '\t' && class(r) != keep) {
				t.Fatalf("rune %U at %d of %q", r, i, text)
			}
		}
	})
}
