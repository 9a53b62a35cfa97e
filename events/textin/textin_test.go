package textin

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, big bool) []byte {
	b := []byte{0xFF, 0xFE}
	if big {
		b = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, ""},
		{"white space only", []byte(" \t\r\n\r\n  "), " \t\n\n  "},
		{"plain", []byte("Blinken met el-Sissi.\n"), "Blinken met el-Sissi.\n"},
		{"UTF-8 byte-order mark", []byte("\xEF\xBB\xBFdate: 2024-03-21\n"), "date: 2024-03-21\n"},
		{"UTF-16LE", utf16Bytes("Blinken\r\nmet\u00A0Sissi 😀", false), "Blinken\nmet Sissi 😀"},
		{"UTF-16BE", utf16Bytes("Blinken met “Sissi”", true), "Blinken met “Sissi”"},
		{"Windows line ends", []byte("a\r\nb\r\n\r\nc"), "a\nb\n\nc"},
		{"old Mac line ends", []byte("a\rb\r\rc\r"), "a\nb\n\nc\n"},
		{"no-break and thin spaces", []byte("Abdel\u00A0Fattah\u2009el-Sissi\u202Fmet\u3000them"), "Abdel Fattah el-Sissi met them"},
		{"curly quotes and dashes stay", []byte("“We will,” he said — Qatar’s ‘plan’ – 1990–91"), "“We will,” he said — Qatar’s ‘plan’ – 1990–91"},
		{"soft hyphen and zero-width space", []byte("nego\u00ADtiations\u200B with\uFEFF Iran"), "negotiations with Iran"},
		{"bidi controls", []byte("Blinken\u202E met \u2066Sissi\u2069\u200F"), "Blinken met Sissi"},
		{"line and paragraph separators", []byte("a\u2028b\u2029c"), "a\nb\nc"},
		{"form feed and other controls", []byte("page 1\fpage\x1b2\x7f\u0085x"), "page 1\npage 2  x"},
		{"tabs stay", []byte("a\tb"), "a\tb"},
		{"Windows-1252", []byte("\x93We will,\x94 said Qatar\x92s envoy \x96 in Doha, at the Caf\xE9 Riche \x97 on Monday.\r\n"),
			"“We will,” said Qatar’s envoy – in Doha, at the Café Riche — on Monday.\n"},
		{"Latin-1 letters in a longer text", []byte("Fran\xE7ois Hollande met Angela Merkel in Berlin on Tuesday, a spokesman said."),
			"François Hollande met Angela Merkel in Berlin on Tuesday, a spokesman said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode("in.txt", tt.in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		kind    error
		want    string // the error message
		lenient string // what Lenient gives; "" when it fails too
	}{
		{"NUL byte", []byte("abc\nde\x00f"), ErrBinary,
			"in.txt:2:3: binary data, not text (NUL byte at byte offset 6)", ""},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary,
			"in.txt:3:1: binary data, not text (NUL byte at byte offset 8)", ""},
		{"UTF-16 without a byte-order mark", []byte("B\x00l\x00i\x00n\x00k\x00e\x00n\x00 \x00m\x00e\x00t\x00"), ErrBinary,
			"in.txt:1:2: binary data, not text (NUL byte at byte offset 1; UTF-16 without a byte-order mark?)", ""},
		{"NUL in UTF-16", utf16Bytes("ab\x00", false), ErrBinary,
			"in.txt:1:7: binary data, not text (NUL character at byte offset 6)", ""},
		{"invalid UTF-8", []byte("Blinken\nmet \xFFSissi"), ErrInvalidUTF8,
			"in.txt:2:5: invalid UTF-8 (byte 0xFF at byte offset 12)", "Blinken\nmet \uFFFDSissi"},
		{"Latin-1 letters in every other word", []byte("Caf\xE9 d\xE9j\xE0 \xE9t\xE9"), ErrInvalidUTF8,
			"in.txt:1:4: invalid UTF-8 (byte 0xE9 at byte offset 3)", "Caf\uFFFD d\uFFFDj\uFFFD \uFFFDt\uFFFD"},
		{"UTF-8 with a stray byte is not Windows-1252", []byte("Caf\xC3\xA9 talks in Doha and Cairo resumed; Caf\xE9 Riche is shut."), ErrInvalidUTF8,
			"in.txt:1:43: invalid UTF-8 (byte 0xE9 at byte offset 42)", "Café talks in Doha and Cairo resumed; Caf\uFFFD Riche is shut."},
		{"a one-byte code page of another script", []byte("\xcc\xe8\xed\xe8\xf1\xf2\xf0 \xe2\xf1\xf2\xf0\xe5\xf2\xe8\xeb\xf1\xff \xf1 \xef\xee\xf1\xeb\xee\xec."), ErrInvalidUTF8,
			"in.txt:1:1: invalid UTF-8 (byte 0xCC at byte offset 0)", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD."},
		{"offset counts the byte-order mark", []byte("\xEF\xBB\xBFab\xC3"), ErrInvalidUTF8,
			"in.txt:1:6: invalid UTF-8 (byte 0xC3 at byte offset 5)", "ab\uFFFD"},
		{"unpaired surrogate", append(utf16Bytes("ab", false), 0x00, 0xD8, 'c', 0), ErrInvalidUTF8,
			"in.txt:1:7: invalid UTF-8 (unpaired UTF-16 surrogate at byte offset 6)", "ab\uFFFDc"},
		{"odd UTF-16 length", append(utf16Bytes("ab", true), 'c'), ErrInvalidUTF8,
			"in.txt:1:7: invalid UTF-8 (unpaired UTF-16 surrogate at byte offset 6)", "ab\uFFFD"},
		{"PDF without NUL bytes", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT (Blinken met el-Sissi) Tj ET\n"), ErrBinary,
			"in.txt: binary data, not text (a PDF file; convert it to text first (pdftotext FILE.pdf))", ""},
		{"RTF", []byte(`{\rtf1\ansi Blinken met el-Sissi.}`), ErrBinary,
			"in.txt: binary data, not text (an RTF file; save it as plain text or HTML first)", ""},
		{"UTF-32", []byte("\xFF\xFE\x00\x00a\x00\x00\x00"), ErrInvalidUTF8,
			"in.txt: invalid UTF-8 (UTF-32 text; convert it to UTF-8)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("in.txt", tt.in, Options{})
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %v is not %v", err, tt.kind)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error mismatch (-want +got):\n%s", cmp.Diff(tt.want, got))
			}
			got, err := Decode("in.txt", tt.in, Options{Lenient: true})
			if tt.lenient == "" {
				if err == nil {
					t.Errorf("Lenient: no error, got %q", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("Lenient: %v", err)
			}
			if got != tt.lenient {
				t.Errorf("Lenient mismatch (-want +got):\n%s", cmp.Diff(tt.lenient, got))
			}
		})
	}
}

func TestRead(t *testing.T) {
	if got := (Options{}).limit(); got != DefaultMaxBytes {
		t.Errorf("the zero Options limit reads to %d bytes, want DefaultMaxBytes", got)
	}
	e := &Error{Name: "big.txt", Offset: -1, Err: ErrTooLarge, Detail: "more than " + Size(DefaultMaxBytes)}
	if got, want := e.Error(), "big.txt: input too large (more than 16 MiB)"; got != want {
		t.Errorf("the default limit's error is %q, want %q", got, want)
	}
	tests := []struct {
		max     int64
		size    int
		wantErr string
	}{
		{10, 10, ""},
		{10, 11, "big.txt: input too large (more than 10 bytes)"},
		{-1, 1 << 20, ""},
		{3 << 19, 2 << 20, "big.txt: input too large (more than 1.5 MiB)"},
	}
	for _, tt := range tests {
		got, err := Read("big.txt", strings.NewReader(strings.Repeat("a", tt.size)), Options{MaxBytes: tt.max})
		if tt.wantErr == "" {
			if err != nil || len(got) != tt.size {
				t.Errorf("max %d, size %d: %d bytes, %v", tt.max, tt.size, len(got), err)
			}
			continue
		}
		if err == nil || err.Error() != tt.wantErr || !errors.Is(err, ErrTooLarge) {
			t.Errorf("max %d, size %d: error %v, want %s", tt.max, tt.size, err, tt.wantErr)
		}
	}
}

// TestReadLongLine reads and decodes a 10 MB line.
func TestReadLongLine(t *testing.T) {
	line := strings.Repeat("Blinken met el-Sissi in Cairo and ", 10<<20/34)
	got, err := Read("line.txt", strings.NewReader(line), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got != line {
		t.Errorf("a %d-byte line came back as %d bytes", len(line), len(got))
	}
}

func TestParseFormat(t *testing.T) {
	for i, n := range Formats {
		f, err := ParseFormat(n)
		if err != nil || f != Format(i) || f.String() != n {
			t.Errorf("ParseFormat(%q) = %v, %v", n, f, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil || err.Error() != `unknown input format "pdf" (want auto, text, html)` {
		t.Errorf("ParseFormat(pdf): %v", err)
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 1023: "1023 bytes", 1024: "1 KiB", 1536: "1.5 KiB", 16 << 20: "16 MiB", 5 << 30: "5 GiB", 1 << 50: "1024 TiB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
