package textin

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// DefaultMaxBytes is the size limit Read applies when Options.MaxBytes is 0:
// 16 MiB, some thousand news articles. Extraction takes about 3 s and 60 MB
// of memory per MiB of text, so the default bounds a run to about a minute
// and 1 GB.
const DefaultMaxBytes = 16 << 20

// Format says how Decode reads its input.
type Format int

const (
	// Auto reads a file named *.html, *.htm or *.xhtml, or one that starts
	// like an HTML document, as HTML, and anything else as text.
	Auto Format = iota
	// Text reads the input as plain text.
	Text
	// HTML reads the input as an HTML page and keeps the text of its article.
	HTML
)

// Formats are the names ParseFormat accepts, in the order of the constants.
var Formats = []string{"auto", "text", "html"}

// String returns the name of f: "auto", "text" or "html".
func (f Format) String() string {
	if f >= 0 && int(f) < len(Formats) {
		return Formats[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat returns the Format with the given name.
func ParseFormat(s string) (Format, error) {
	for i, n := range Formats {
		if s == n {
			return Format(i), nil
		}
	}
	return Auto, fmt.Errorf("unknown input format %q (want %s)", s, strings.Join(Formats, ", "))
}

// Options configure Read and Decode. The zero value reads with the
// default size limit, detects HTML and rejects invalid UTF-8.
type Options struct {
	// Format says whether the input is text, HTML, or to be detected.
	Format Format
	// Lenient replaces invalid UTF-8 (and unpaired UTF-16 surrogates)
	// with U+FFFD instead of failing.
	Lenient bool
	// MaxBytes is the largest input Read accepts: 0 means
	// DefaultMaxBytes, a negative value no limit.
	MaxBytes int64
}

func (o Options) limit() int64 {
	if o.MaxBytes == 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Errors that an *Error wraps.
var (
	// ErrBinary is data with a NUL byte: an image, a PDF, a word-processor file.
	ErrBinary = errors.New("binary data, not text")
	// ErrInvalidUTF8 is text that is neither valid UTF-8 nor UTF-16 with a byte-order mark.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrTooLarge is an input larger than Options.MaxBytes.
	ErrTooLarge = errors.New("input too large")
)

// Error is an input that cannot be read as text. Its message names the
// input and, where there is one, the line, column (in bytes) and byte
// offset of the fault: "page.txt:3:14: invalid UTF-8 (byte 0xFF at byte
// offset 120)".
type Error struct {
	Name      string
	Line, Col int   // 1-based; 0 when the error has no position
	Offset    int64 // byte offset in the input, -1 when the error has no position
	Err       error // ErrBinary, ErrInvalidUTF8 or ErrTooLarge
	Detail    string
}

// Error returns the message of e.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Name)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	if e.Detail != "" {
		fmt.Fprintf(&b, " (%s)", e.Detail)
	}
	return b.String()
}

// Unwrap returns the kind of error: ErrBinary, ErrInvalidUTF8 or ErrTooLarge.
func (e *Error) Unwrap() error { return e.Err }

// Read reads all of r, at most opt.MaxBytes bytes, and decodes it like
// Decode. name names the input in errors and, in Auto format, tells HTML
// files by their extension.
func Read(name string, r io.Reader, opt Options) (string, error) {
	data, err := ReadAll(name, r, opt.limit())
	if err != nil {
		return "", err
	}
	return Decode(name, data, opt)
}

// ReadAll reads all of r, failing with an *Error wrapping ErrTooLarge
// once more than max bytes come (max < 0: no limit). It never holds more
// than max+1 bytes (plus the slack of a growing buffer).
func ReadAll(name string, r io.Reader, max int64) ([]byte, error) {
	if max < 0 {
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		return b, nil
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(b)) > max {
		return nil, &Error{Name: name, Offset: -1, Err: ErrTooLarge, Detail: "more than " + Size(max)}
	}
	return b, nil
}

// Size writes n bytes the way people read sizes: "512 bytes", "16 MiB", "1.5 GiB".
func Size(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d bytes", n)
	}
	f := float64(n)
	for _, u := range []string{"KiB", "MiB", "GiB", "TiB"} {
		f /= unit
		if f < unit || u == "TiB" {
			s := fmt.Sprintf("%.1f", f)
			s = strings.TrimSuffix(s, ".0")
			return s + " " + u
		}
	}
	panic("unreachable")
}

// Decode turns the bytes of an input into the text events.Extract reads
// (see the package documentation for what it changes). An input with no
// text gives "" and no error.
func Decode(name string, data []byte, opt Options) (string, error) {
	text, err := normalize(name, data, opt.Lenient)
	if err != nil {
		return "", err
	}
	f := opt.Format
	if f == Auto {
		f = detect(name, text)
	}
	if f == HTML {
		// Character references can bring back what normalize took out.
		return strings.Map(cleanRune, articleText(text)), nil
	}
	return text, nil
}

// detect tells HTML from text by the file name and the first bytes.
func detect(name string, text string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return HTML
	}
	if LooksLikeHTML(text) {
		return HTML
	}
	return Text
}

// htmlStarts are the openings (after white space, lower-cased) of a page.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<p", "<div", "<!--"}

// LooksLikeHTML reports whether text starts, after white space, like an
// HTML document: a doctype, an html, head, body, meta, title, article, p or
// div tag, a comment, or an XML declaration followed by an html tag.
func LooksLikeHTML(text string) bool {
	s := strings.TrimLeft(text, " \t\r\n")
	if len(s) > 1024 {
		s = s[:1024]
	}
	s = strings.ToLower(s)
	if strings.HasPrefix(s, "<?xml") {
		return strings.Contains(s, "<html")
	}
	for _, p := range htmlStarts {
		if !strings.HasPrefix(s, p) {
			continue
		}
		if p == "<!--" || p == "<!doctype html" {
			return true
		}
		if len(s) > len(p) && strings.ContainsRune(" \t\r\n>/", rune(s[len(p)])) {
			return true
		}
	}
	return false
}

// documentFormats are the openings of files of word processors and
// page formats, which are not text even when they hold no NUL byte.
var documentFormats = []struct{ magic, kind, hint string }{
	{"%PDF-", "a PDF file", "convert it to text first (pdftotext FILE.pdf)"},
	{"PK\x03\x04", "a ZIP archive (such as a .docx or .odt file)", "save or convert it as plain text or HTML first"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "a Microsoft Office file (such as a .doc file)", "save or convert it as plain text or HTML first"},
	{"{\\rtf", "an RTF file", "save it as plain text or HTML first"},
}

// document returns what kind of document data is and what to do with it,
// or "" for none of documentFormats.
func document(data []byte) (kind, hint string) {
	for _, f := range documentFormats {
		if bytes.HasPrefix(data, []byte(f.magic)) {
			return f.kind, f.hint
		}
	}
	return "", ""
}

// fastPath lets normalize return an input that needs no change as it is;
// tests turn it off to compare with the rune-by-rune path.
var fastPath = true

// unchanged reports whether normalize would return data as it is: valid
// UTF-8 with no carriage return, and no character that it turns into a
// space or a line end or drops. Most UTF-8 articles are such; normalize
// then copies them once instead of rune by rune.
func unchanged(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 || class(r) != keep {
			return false
		}
		i += n
	}
	return true
}

// windows1252 reports whether data, without a byte-order mark, is an
// English text in Windows-1252 (or in Latin-1, whose letters it shares)
// rather than UTF-8: it is not valid UTF-8, holds no valid multi-byte
// UTF-8 sequence, no byte that Windows-1252 leaves undefined (nor 0xFF, a
// common stray byte), and at most one byte in eight above 0x7F: curly
// quotes, dashes and accented letters are a small part of an English text,
// where a text in another script in a one-byte code page has them by the
// half. A mix of UTF-8 and other bytes stays invalid.
func windows1252(data []byte) bool {
	high := 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if r, n := utf8.DecodeRune(data[i:]); r != utf8.RuneError || n > 1 {
			return false // valid UTF-8 beyond ASCII
		}
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFF: // undefined, and ÿ, which is rare in any language
			return false
		}
		high++
		i++
	}
	return high > 0 && high*8 <= len(data)
}

// decoder yields the runes of an input with their byte offsets.
type decoder struct {
	data  []byte
	off   int
	utf16 bool
	big   bool // big-endian UTF-16
}

// next returns the next rune, its offset and whether it was valid;
// ok is false at the end.
func (d *decoder) next() (r rune, at int, valid, ok bool) {
	at = d.off
	if d.off >= len(d.data) {
		return 0, at, true, false
	}
	if !d.utf16 {
		r, w := utf8.DecodeRune(d.data[d.off:])
		d.off += w
		return r, at, !(r == utf8.RuneError && w == 1), true
	}
	unit := func(i int) (rune, bool) {
		if i+1 >= len(d.data) {
			return 0, false
		}
		if d.big {
			return rune(d.data[i])<<8 | rune(d.data[i+1]), true
		}
		return rune(d.data[i+1])<<8 | rune(d.data[i]), true
	}
	u, full := unit(d.off)
	if !full { // an odd byte at the end
		d.off = len(d.data)
		return utf8.RuneError, at, false, true
	}
	d.off += 2
	if !utf16.IsSurrogate(u) {
		return u, at, true, true
	}
	if u < 0xDC00 { // a high surrogate wants a low one next
		if v, ok := unit(d.off); ok && v >= 0xDC00 && v <= 0xDFFF {
			d.off += 2
			return utf16.DecodeRune(u, v), at, true, true
		}
	}
	return utf8.RuneError, at, false, true
}

// normalize decodes data and cleans its characters (see the package documentation).
func normalize(name string, data []byte, lenient bool) (string, error) {
	d := &decoder{data: data}
	switch {
	case len(data) >= 4 && (string(data[:4]) == "\xFF\xFE\x00\x00" || string(data[:4]) == "\x00\x00\xFE\xFF"):
		return "", &Error{Name: name, Offset: -1, Err: ErrInvalidUTF8, Detail: "UTF-32 text; convert it to UTF-8"}
	case len(data) >= 3 && string(data[:3]) == "\xEF\xBB\xBF":
		d.off = 3
	case len(data) >= 2 && string(data[:2]) == "\xFF\xFE":
		d.off, d.utf16 = 2, true
	case len(data) >= 2 && string(data[:2]) == "\xFE\xFF":
		d.off, d.utf16, d.big = 2, true, true
	}
	if kind, hint := document(data[d.off:]); kind != "" {
		return "", &Error{Name: name, Offset: -1, Err: ErrBinary, Detail: kind + "; " + hint}
	}
	if !d.utf16 {
		// Like git and grep, a NUL in the first 8000 bytes marks binary
		// data before any invalid UTF-8 there does (a PNG starts 0x89).
		head := data[:min(len(data), 8000)]
		if at := bytes.IndexByte(head, 0); at >= 0 {
			return "", binaryError(name, data, at)
		}
		// An unchanged input is valid UTF-8, never Windows-1252: the
		// common case is settled by one scan.
		if fastPath && unchanged(data[d.off:]) {
			return string(data[d.off:]), nil
		}
		if d.off == 0 && windows1252(data) {
			utf, err := charmap.Windows1252.NewDecoder().Bytes(data)
			if err != nil {
				return "", fmt.Errorf("read %s as Windows-1252: %w", name, err)
			}
			return normalize(name, utf, lenient)
		}
	}
	var b strings.Builder
	b.Grow(len(data))
	line, lineStart := 1, 0
	pos := func(at int) (int, int) { return line, at - lineStart + 1 }
	for {
		r, at, valid, ok := d.next()
		if !ok {
			break
		}
		if !valid {
			if lenient {
				b.WriteRune(utf8.RuneError)
				continue
			}
			l, c := pos(at)
			what := fmt.Sprintf("byte 0x%02X at byte offset %d", data[at], at)
			if d.utf16 {
				what = fmt.Sprintf("unpaired UTF-16 surrogate at byte offset %d", at)
			}
			return "", &Error{Name: name, Line: l, Col: c, Offset: int64(at), Err: ErrInvalidUTF8, Detail: what}
		}
		switch {
		case r == 0:
			if d.utf16 {
				l, c := pos(at)
				return "", &Error{Name: name, Line: l, Col: c, Offset: int64(at), Err: ErrBinary, Detail: fmt.Sprintf("NUL character at byte offset %d", at)}
			}
			return "", binaryError(name, data, at)
		case r == '\n':
			b.WriteByte('\n')
			line, lineStart = line+1, d.off
		case r == '\r':
			// "\r\n" and a lone "\r" are one line end
			save := d.off
			if r2, _, _, ok := d.next(); !ok || r2 != '\n' {
				d.off = save
			}
			b.WriteByte('\n')
			line, lineStart = line+1, d.off
		case r == '\t':
			b.WriteByte('\t')
		default:
			switch class(r) {
			case keep:
				b.WriteRune(r)
			case space:
				b.WriteByte(' ')
			case newline:
				b.WriteByte('\n')
			case drop:
			}
		}
	}
	return b.String(), nil
}

// binaryError reports the NUL byte at offset at of data.
func binaryError(name string, data []byte, at int) error {
	line := 1 + bytes.Count(data[:at], []byte{'\n'})
	col := at - (bytes.LastIndexByte(data[:at], '\n') + 1) + 1
	detail := fmt.Sprintf("NUL byte at byte offset %d", at)
	if looksUTF16(data) {
		detail += "; UTF-16 without a byte-order mark?"
	}
	return &Error{Name: name, Line: line, Col: col, Offset: int64(at), Err: ErrBinary, Detail: detail}
}

// looksUTF16 reports whether data has the NUL bytes of ASCII text in
// UTF-16: every other byte of its start.
func looksUTF16(data []byte) bool {
	if len(data) > 64 {
		data = data[:64]
	}
	even, odd := 0, 0
	for i, c := range data {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(data) / 2
	return half >= 4 && (even >= half*3/4 || odd >= half*3/4)
}

// cleanRune maps r the way normalize does, for text that is already UTF-8.
func cleanRune(r rune) rune {
	if r == '\n' || r == '\t' {
		return r
	}
	if r == 0 || r == '\r' {
		return ' '
	}
	switch class(r) {
	case space:
		return ' '
	case newline:
		return '\n'
	case drop:
		return -1
	}
	return r
}

type charClass int

const (
	keep    charClass = iota
	space             // becomes ' '
	newline           // becomes '\n'
	drop              // is removed
)

// class says what normalize does with a rune other than NUL, '\t', '\n' and '\r'.
func class(r rune) charClass {
	switch {
	case r < 0x20 && (r == '\f' || r == '\v'):
		return newline // a page or line feed from a PDF's text
	case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
		return space // other C0 and C1 controls
	case r < 0xA0:
		return keep
	case r == 0xA0, r >= 0x2000 && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return space // no-break and other spaces
	case r == 0x2028, r == 0x2029:
		return newline
	case r == 0xAD, r == 0x200B, r == 0x2060, r == 0xFEFF:
		return drop // soft hyphen, zero-width space, word joiner, byte-order mark
	case r == 0x061C, r == 0x200E, r == 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return drop // bidirectional marks, embeddings, overrides and isolates
	}
	return keep
}
