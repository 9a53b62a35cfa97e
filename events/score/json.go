package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// kind is the kind of a JSON value.
type kind uint8

const (
	kNull kind = iota
	kBool
	kNumber
	kString
	kArray
	kObject
)

// node is a decoded JSON value that keeps what Python's json module keeps
// and encoding/json's map[string]any would lose: object keys in the order
// they came, numbers as written, and where in the file the value starts.
type node struct {
	kind  kind
	b     bool
	s     string // a string's value or a number's literal
	elems []*node
	keys  []string // object keys in first-seen order; a repeated key keeps the last value
	vals  map[string]*node
	off   int64 // byte offset of the value in its file
}

// get returns the value of key, or nil when n is no object or lacks key.
func (n *node) get(key string) *node {
	if n == nil || n.kind != kObject {
		return nil
	}
	return n.vals[key]
}

// none reports whether n is Python's None: a missing value or null.
func (n *node) none() bool { return n == nil || n.kind == kNull }

// asList is score.py's as_list: the elements of an array, else n alone.
func (n *node) asList() []*node {
	if n != nil && n.kind == kArray {
		return n.elems
	}
	return []*node{n}
}

// kindName names n's kind for error messages.
func (n *node) kindName() string {
	if n == nil {
		return "nothing"
	}
	return [...]string{"null", "a boolean", "a number", "a string", "a list", "an object"}[n.kind]
}

// decode parses one JSON value the way Python's json.loads does.
func decode(data []byte) (*node, error) {
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		return nil, &posError{msg: "starts with a byte order mark (U+FEFF), which JSON does not allow"}
	}
	if !utf8.Valid(data) {
		return nil, &posError{off: int64(invalidUTF8(data)), msg: "not valid UTF-8"}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n, err := decodeValue(dec, data)
	if err != nil {
		// the streaming decoder places some errors a token early:
		// ask json.Unmarshal, which places them at the offending byte
		if uerr := json.Unmarshal(data, new(any)); uerr != nil {
			err = uerr
		}
		return nil, jsonError(err, data)
	}
	off := valueStart(data, dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		return nil, &posError{off: off, msg: "extra data after the JSON value"}
	}
	return n, nil
}

func decodeValue(dec *json.Decoder, data []byte) (*node, error) {
	n := &node{off: valueStart(data, dec.InputOffset())}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case nil:
		n.kind = kNull
	case bool:
		n.kind, n.b = kBool, t
	case json.Number:
		n.kind, n.s = kNumber, string(t)
	case string:
		n.kind, n.s = kString, t
	case json.Delim:
		if t == '[' {
			n.kind = kArray
			for dec.More() {
				e, err := decodeValue(dec, data)
				if err != nil {
					return nil, err
				}
				n.elems = append(n.elems, e)
			}
		} else {
			n.kind, n.vals = kObject, map[string]*node{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key := k.(string) // the decoder allows only strings here
				v, err := decodeValue(dec, data)
				if err != nil {
					return nil, err
				}
				if _, dup := n.vals[key]; !dup {
					n.keys = append(n.keys, key)
				}
				n.vals[key] = v
			}
		}
		if _, err := dec.Token(); err != nil { // the closing ] or }
			return nil, err
		}
	}
	return n, nil
}

// valueStart skips the white space and separators after off.
func valueStart(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
		off++
	}
	return off
}

func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// posError is an error at a byte offset of a file, reported as line:col.
type posError struct {
	off int64
	msg string
}

func (e *posError) Error() string { return e.msg }

// jsonError turns a decoder error into a posError.
func jsonError(err error, data []byte) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off := se.Offset - 1 // the offending byte
		if se.Offset == int64(len(data)) {
			off = se.Offset // the end of the input
		}
		return &posError{off: max(off, 0), msg: se.Error()}
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &posError{off: int64(len(data)), msg: "unexpected end of JSON input"}
	}
	return err
}

// at formats err, when it has a position, as name:line:col: msg.
func at(name string, data []byte, err error) error {
	var pe *posError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", name, err)
	}
	off := min(int(pe.off), len(data))
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off])
	return fmt.Errorf("%s:%d:%d: %w", name, line, col, err)
}

// truthy is Python's truth value of n.
func (n *node) truthy() bool {
	if n == nil {
		return false
	}
	switch n.kind {
	case kBool:
		return n.b
	case kNumber:
		isInt, i, f := n.number()
		if isInt {
			return i.Sign() != 0
		}
		return f != 0
	case kString:
		return n.s != ""
	case kArray:
		return len(n.elems) > 0
	case kObject:
		return len(n.keys) > 0
	}
	return false
}

// number returns the value of a number or boolean as Python holds it: an
// int when the literal has no fraction or exponent, else a float.
func (n *node) number() (isInt bool, i *big.Int, f float64) {
	if n.kind == kBool {
		if n.b {
			return true, big.NewInt(1), 0
		}
		return true, big.NewInt(0), 0
	}
	if !strings.ContainsAny(n.s, ".eE") {
		i, _ = new(big.Int).SetString(n.s, 10)
		return true, i, 0
	}
	f, _ = strconv.ParseFloat(n.s, 64) // out of range gives ±Inf, as in Python
	return false, nil, f
}

// pyEqual is Python's == on two decoded JSON values (nil is None).
func pyEqual(a, b *node) bool {
	ka, kb := kNull, kNull
	if a != nil {
		ka = a.kind
	}
	if b != nil {
		kb = b.kind
	}
	numeric := func(k kind) bool { return k == kBool || k == kNumber }
	if numeric(ka) && numeric(kb) {
		return numEqual(a, b)
	}
	if ka != kb {
		return false
	}
	switch ka {
	case kNull:
		return true
	case kString:
		return a.s == b.s
	case kArray:
		if len(a.elems) != len(b.elems) {
			return false
		}
		for i := range a.elems {
			if !pyEqual(a.elems[i], b.elems[i]) {
				return false
			}
		}
		return true
	case kObject:
		if len(a.keys) != len(b.keys) {
			return false
		}
		for k, v := range a.vals {
			w, ok := b.vals[k]
			if !ok || !pyEqual(v, w) {
				return false
			}
		}
		return true
	}
	return false
}

// numEqual compares numbers exactly, as Python compares int and float.
func numEqual(a, b *node) bool {
	ai, aInt, aF := a.number()
	bi, bInt, bF := b.number()
	switch {
	case ai && bi:
		return aInt.Cmp(bInt) == 0
	case !ai && !bi:
		return aF == bF
	case ai:
		return intFloatEqual(aInt, bF)
	default:
		return intFloatEqual(bInt, aF)
	}
}

func intFloatEqual(i *big.Int, f float64) bool {
	if math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
		return false
	}
	bf, _ := new(big.Float).SetFloat64(f).Int(nil)
	return bf.Cmp(i) == 0
}

// hashKey is the key n has in a Python dict: equal values (1, 1.0, true)
// share a key. Lists and objects cannot be keys.
func (n *node) hashKey() (string, error) {
	if n.none() {
		return "null", nil
	}
	switch n.kind {
	case kString:
		return "s" + n.s, nil
	case kBool, kNumber:
		isInt, i, f := n.number()
		if !isInt && !math.IsInf(f, 0) && f == math.Trunc(f) {
			isInt, i = true, new(big.Int)
			new(big.Float).SetFloat64(f).Int(i)
		}
		if isInt {
			return "n" + i.String(), nil
		}
		return "n" + pyFloat(f), nil
	}
	return "", fmt.Errorf("%s cannot be an id", n.kindName())
}

// pyIter lists what Python's iter() yields on n: a list's elements, a
// string's characters, an object's keys; ok is false when n is not iterable.
func (n *node) pyIter() (items []*node, ok bool) {
	switch {
	case n.none():
		return nil, false
	case n.kind == kArray:
		return n.elems, true
	case n.kind == kString:
		for _, r := range n.s {
			items = append(items, &node{kind: kString, s: string(r), off: n.off})
		}
		return items, true
	case n.kind == kObject:
		for _, k := range n.keys {
			items = append(items, &node{kind: kString, s: k, off: n.off})
		}
		return items, true
	}
	return nil, false
}

// appendPy appends n as Python's json.dumps(n, ensure_ascii=False) writes it.
func appendPy(b []byte, n *node) []byte {
	if n.none() {
		return append(b, "null"...)
	}
	switch n.kind {
	case kBool:
		return strconv.AppendBool(b, n.b)
	case kNumber:
		isInt, i, f := n.number()
		if isInt {
			return i.Append(b, 10)
		}
		return append(b, pyJSONFloat(f)...)
	case kString:
		return appendPyString(b, n.s)
	case kArray:
		b = append(b, '[')
		for i, e := range n.elems {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendPy(b, e)
		}
		return append(b, ']')
	}
	b = append(b, '{')
	for i, k := range n.keys {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendPyString(b, k)
		b = append(b, ": "...)
		b = appendPy(b, n.vals[k])
	}
	return append(b, '}')
}

// appendPyString appends s quoted as json.dumps(s, ensure_ascii=False) does.
func appendPyString(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch r {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		case '\b':
			b = append(b, `\b`...)
		case '\f':
			b = append(b, `\f`...)
		default:
			if r < 0x20 {
				b = fmt.Appendf(b, `\u%04x`, r)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return append(b, '"')
}

// pyJSONFloat is a float as json.dumps writes it.
func pyJSONFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case math.IsNaN(f):
		return "NaN"
	}
	return pyFloat(f)
}

// pyFloat is Python's repr of a finite float: the shortest digits that
// read back to f, in positional notation when the decimal exponent is in
// -4..16 (with ".0" on whole numbers), else as d.ddde+XX.
func pyFloat(f float64) string {
	if math.IsInf(f, 1) {
		return "inf"
	} else if math.IsInf(f, -1) {
		return "-inf"
	} else if math.IsNaN(f) {
		return "nan"
	}
	if f == 0 {
		if math.Signbit(f) {
			return "-0.0"
		}
		return "0.0"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // -d.ddde±XX
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	decpt := x + 1 // digits are 0.DIGITS × 10^decpt
	switch {
	case decpt <= -4 || decpt > 16:
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		if x < 0 {
			es, x = "-", -x
		}
		return fmt.Sprintf("%s%se%s%02d", sign, m, es, x)
	case decpt <= 0:
		return sign + "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
	}
	return sign + digits[:decpt] + "." + digits[decpt:]
}

// round3 is Python's round(x, 3): x rounded half to even on its exact
// binary value, as the nearest float.
func round3(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return r
}
