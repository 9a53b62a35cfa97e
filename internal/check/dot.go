package check

import (
	"fmt"
	"strings"
)

// DOT checks that src is one graph in the DOT language as Graphviz reads
// it (https://graphviz.org/doc/info/lang.html): keywords, IDs (names,
// numerals, quoted strings, HTML strings), attribute lists, edge
// statements, subgraphs and comments. It returns the first error with its
// line and column.
func DOT(src []byte) error {
	if err := Text(string(src)); err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	p := &dotParser{lx: dotLexer{src: string(src), line: 1, col: 1}}
	p.next()
	if err := p.graph(); err != nil {
		return err
	}
	return nil
}

type dotToken struct {
	kind      byte   // 'i' ID, 'k' keyword, 'e' edge op, 0 end, or the punctuation itself
	text      string // the ID's text, lower-cased keyword, or punctuation
	line, col int
}

type dotLexer struct {
	src       string
	pos       int
	line, col int
}

var dotKeywords = map[string]bool{"strict": true, "graph": true, "digraph": true, "node": true, "edge": true, "subgraph": true}

func (l *dotLexer) advance(n int) {
	for _, r := range l.src[l.pos : l.pos+n] {
		if r == '\n' {
			l.line, l.col = l.line+1, 1
		} else {
			l.col++
		}
	}
	l.pos += n
}

func (l *dotLexer) errorf(format string, args ...any) error {
	return fmt.Errorf("dot:%d:%d: %s", l.line, l.col, fmt.Sprintf(format, args...))
}

// peekEquals reports whether the next token is '=' (after the current one).
func (l *dotLexer) peekEquals() bool {
	save := *l
	defer func() { *l = save }()
	t, err := l.token()
	return err == nil && t.kind == '='
}

// token returns the next token.
func (l *dotLexer) token() (dotToken, error) {
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			l.advance(1)
		case strings.HasPrefix(l.src[l.pos:], "//"), c == '#' && (l.pos == 0 || l.src[l.pos-1] == '\n'):
			end := strings.IndexByte(l.src[l.pos:], '\n')
			if end < 0 {
				end = len(l.src) - l.pos
			}
			l.advance(end)
		case strings.HasPrefix(l.src[l.pos:], "/*"):
			end := strings.Index(l.src[l.pos+2:], "*/")
			if end < 0 {
				return dotToken{}, l.errorf("unterminated comment")
			}
			l.advance(end + 4)
		default:
			goto tok
		}
	}
	return dotToken{line: l.line, col: l.col}, nil
tok:
	t := dotToken{line: l.line, col: l.col}
	s := l.src[l.pos:]
	c := s[0]
	switch {
	case strings.HasPrefix(s, "--") || strings.HasPrefix(s, "->"):
		t.kind, t.text = 'e', s[:2]
		l.advance(2)
	case strings.IndexByte("{}[];=,:", c) >= 0:
		t.kind, t.text = c, s[:1]
		l.advance(1)
	case c == '"':
		i := 1
		for ; i < len(s) && s[i] != '"'; i++ {
			if s[i] == '\\' && i+1 < len(s) {
				i++
			}
		}
		if i >= len(s) {
			return t, l.errorf("unterminated string")
		}
		t.kind, t.text = 'i', s[1:i]
		l.advance(i + 1)
	case c == '<':
		depth, i := 0, 0
		for ; i < len(s); i++ {
			if s[i] == '<' {
				depth++
			} else if s[i] == '>' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if i >= len(s) {
			return t, l.errorf("unterminated HTML string")
		}
		t.kind, t.text = 'i', s[:i+1]
		l.advance(i + 1)
	case c == '-' || c == '.' || c >= '0' && c <= '9':
		i := 0
		if c == '-' {
			i++
		}
		digits, dot := 0, false
		for ; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' {
				digits++
			} else if s[i] == '.' && !dot {
				dot = true
			} else {
				break
			}
		}
		if digits == 0 {
			return t, l.errorf("bad numeral %q", s[:i])
		}
		if i < len(s) && isNameByte(s[i]) {
			return t, l.errorf("numeral followed by a name: %q", s[:i+1])
		}
		t.kind, t.text = 'i', s[:i]
		l.advance(i)
	case isNameByte(c) && !(c >= '0' && c <= '9'):
		i := 0
		for i < len(s) && isNameByte(s[i]) {
			i++
		}
		t.kind, t.text = 'i', s[:i]
		if dotKeywords[strings.ToLower(t.text)] {
			t.kind, t.text = 'k', strings.ToLower(t.text)
		}
		l.advance(i)
	default:
		return t, l.errorf("unexpected %q", s[:1])
	}
	return t, nil
}

// isNameByte reports whether c may be in an unquoted name: ASCII letters,
// digits, underscore, and any byte of a non-ASCII character.
func isNameByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

type dotParser struct {
	lx       dotLexer
	tok      dotToken
	err      error
	directed bool
}

func (p *dotParser) next() {
	if p.err != nil {
		return
	}
	p.tok, p.err = p.lx.token()
}

func (p *dotParser) errorf(format string, args ...any) error {
	if p.err != nil {
		return p.err
	}
	p.err = fmt.Errorf("dot:%d:%d: %s", p.tok.line, p.tok.col, fmt.Sprintf(format, args...))
	return p.err
}

func (p *dotParser) is(kind byte, text string) bool {
	return p.err == nil && p.tok.kind == kind && (text == "" || p.tok.text == text)
}

func (p *dotParser) expect(kind byte, text string) error {
	if !p.is(kind, text) {
		return p.errorf("want %q, got %q", text, p.tok.text)
	}
	p.next()
	return p.err
}

// graph : [ strict ] (graph | digraph) [ ID ] '{' stmt_list '}'
func (p *dotParser) graph() error {
	if p.is('k', "strict") {
		p.next()
	}
	switch {
	case p.is('k', "graph"):
	case p.is('k', "digraph"):
		p.directed = true
	default:
		return p.errorf("want graph or digraph, got %q", p.tok.text)
	}
	p.next()
	if p.is('i', "") {
		p.next()
	}
	if err := p.block(); err != nil {
		return err
	}
	if p.err == nil && p.tok.kind != 0 {
		return p.errorf("text after the graph: %q", p.tok.text)
	}
	return p.err
}

// block : '{' stmt_list '}'
func (p *dotParser) block() error {
	if err := p.expect('{', "{"); err != nil {
		return err
	}
	for p.err == nil && !p.is('}', "") {
		if p.tok.kind == 0 {
			return p.errorf("unclosed {")
		}
		if err := p.stmt(); err != nil {
			return err
		}
		if p.is(';', "") {
			p.next()
		}
	}
	return p.expect('}', "}")
}

// stmt : node_stmt | edge_stmt | attr_stmt | ID '=' ID | subgraph
func (p *dotParser) stmt() error {
	switch {
	case p.is('k', "graph"), p.is('k', "node"), p.is('k', "edge"):
		p.next()
		return p.attrList(true)
	case p.is('i', "") && p.lx.peekEquals():
		p.next()
		p.next()
		return p.expect('i', "")
	}
	if err := p.endpoint("unexpected"); err != nil {
		return err
	}
	for p.is('e', "") {
		if (p.tok.text == "->") != p.directed {
			return p.errorf("edge %s in a graph that is not %s", p.tok.text, map[bool]string{true: "directed", false: "undirected"}[p.tok.text == "->"])
		}
		p.next()
		if err := p.endpoint("edge to"); err != nil {
			return err
		}
	}
	return p.attrList(false)
}

// endpoint : node_id | subgraph
func (p *dotParser) endpoint(what string) error {
	switch {
	case p.is('i', ""):
		p.next()
		return p.port()
	case p.is('k', "subgraph"), p.is('{', ""):
		return p.subgraph()
	}
	return p.errorf("%s %q", what, p.tok.text)
}

// port : ':' ID [ ':' ID ]
func (p *dotParser) port() error {
	for i := 0; i < 2 && p.is(':', ""); i++ {
		p.next()
		if err := p.expect('i', ""); err != nil {
			return err
		}
	}
	return p.err
}

// subgraph : [ subgraph [ ID ] ] '{' stmt_list '}'
func (p *dotParser) subgraph() error {
	if p.is('k', "subgraph") {
		p.next()
		if p.is('i', "") {
			p.next()
		}
	}
	return p.block()
}

// attrList : '[' [ a_list ] ']' [ attr_list ], required after graph, node and edge.
func (p *dotParser) attrList(required bool) error {
	if required && !p.is('[', "") {
		return p.errorf("want [, got %q", p.tok.text)
	}
	for p.is('[', "") {
		p.next()
		for p.is('i', "") {
			p.next()
			if err := p.expect('=', "="); err != nil {
				return err
			}
			if err := p.expect('i', ""); err != nil {
				return err
			}
			if p.is(';', "") || p.is(',', "") {
				p.next()
			}
		}
		if err := p.expect(']', "]"); err != nil {
			return err
		}
	}
	return p.err
}
