package check

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// bidiOverrides are the bidirectional embeddings, overrides and isolates:
// text with one of them left open reads in another order than it is.
const bidiOverrides = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"

// Text checks that s holds no bidirectional embedding, override or
// isolate, and is valid UTF-8.
func Text(s string) error {
	if !utf8.ValidString(s) {
		return errors.New("invalid UTF-8")
	}
	if i := strings.IndexAny(s, bidiOverrides); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Errorf("bidirectional control %U at byte %d", r, i)
	}
	return nil
}

// XML checks that src is well-formed XML (SVG, GraphML, GEXF) and inert:
// no script or foreignObject element, no attribute named on..., no
// address with a javascript:, vbscript: or data: scheme, no bidirectional
// control.
func XML(src []byte) error {
	if err := Text(string(src)); err != nil {
		return err
	}
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	d.Entity = nil
	depth := 0
	roots := 0
	for {
		t, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("xml: %w", err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
			if err := inertElement(t.Name.Local, func(yield func(string, string) bool) {
				for _, a := range t.Attr {
					if !yield(a.Name.Local, a.Value) {
						return
					}
				}
			}); err != nil {
				return fmt.Errorf("xml line %d: %w", lineOf(src, d.InputOffset()), err)
			}
		case xml.EndElement:
			depth--
		case xml.Directive:
			if bytes.Contains(bytes.ToUpper(t), []byte("ENTITY")) {
				return errors.New("xml: an ENTITY declaration")
			}
		}
	}
	if roots != 1 {
		return fmt.Errorf("xml: %d root elements", roots)
	}
	return nil
}

// HTML checks that src, an HTML page eventgraph wrote, is inert beyond the
// scripts it means to have: the script elements must be exactly allowed
// (their text as written, none from the input), no attribute is named
// on..., no address has a javascript:, vbscript: or data: scheme.
func HTML(src []byte, allowed ...string) error {
	if err := Text(string(src)); err != nil {
		return err
	}
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return fmt.Errorf("html: %w", err)
	}
	var scripts []string
	var walk func(n *html.Node) error
	walk = func(n *html.Node) error {
		if n.Type == html.ElementNode {
			if n.Data == "script" {
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					b.WriteString(c.Data)
				}
				scripts = append(scripts, b.String())
			} else if err := inertElement(n.Data, func(yield func(string, string) bool) {
				for _, a := range n.Attr {
					if !yield(a.Key, a.Val) {
						return
					}
				}
			}); err != nil {
				return fmt.Errorf("html: %w", err)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if err := walk(c); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc); err != nil {
		return err
	}
	if len(scripts) != len(allowed) {
		return fmt.Errorf("html: %d script elements, want %d", len(scripts), len(allowed))
	}
	for i, s := range scripts {
		if s != allowed[i] {
			return fmt.Errorf("html: script %d is not the one eventgraph writes", i+1)
		}
	}
	return nil
}

// inertElement checks one element's name and attributes.
func inertElement(name string, attrs func(func(string, string) bool)) error {
	switch strings.ToLower(name) {
	case "script", "foreignobject", "iframe", "object", "embed", "handler", "listener":
		return fmt.Errorf("a <%s> element", name)
	}
	var err error
	attrs(func(k, v string) bool {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "on") {
			err = fmt.Errorf("<%s> has an event handler attribute %s=%q", name, k, v)
			return false
		}
		if lk == "href" || lk == "src" || lk == "action" || lk == "formaction" || lk == "xlink:href" || lk == "values" || lk == "to" || lk == "from" {
			if scheme := badScheme(v); scheme != "" {
				err = fmt.Errorf("<%s %s=%q> has a %s address", name, k, v, scheme)
				return false
			}
		}
		return true
	})
	return err
}

// badScheme returns the dangerous scheme of an address, as a browser
// reads it (ignoring white space and control characters), or "".
func badScheme(v string) string {
	var b strings.Builder
	for _, r := range v {
		if r > ' ' {
			b.WriteRune(r)
		}
	}
	s := strings.ToLower(b.String())
	for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
		if strings.HasPrefix(s, scheme) {
			return scheme
		}
	}
	return ""
}

func lineOf(src []byte, off int64) int {
	return 1 + bytes.Count(src[:min(int(off), len(src))], []byte{'\n'})
}

// CSV checks that src is CSV that encoding/csv reads with the same number
// of fields on every row, and that no cell starts a formula: a cell
// starting with =, +, -, @, tab or carriage return must be neutralised
// (by a leading apostrophe, as OWASP advises), unless it is a number.
func CSV(src []byte) error {
	if err := Text(string(src)); err != nil {
		return err
	}
	r := csv.NewReader(bytes.NewReader(src))
	rows, err := r.ReadAll()
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	for i, row := range rows {
		for j, cell := range row {
			if cell == "" || strings.IndexByte("=+-@\t\r", cell[0]) < 0 || isNumber(cell) {
				continue
			}
			return fmt.Errorf("csv row %d field %d: %q can start a formula", i+1, j+1, cell)
		}
	}
	return nil
}

func isNumber(s string) bool {
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return true
}
