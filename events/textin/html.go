package textin

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are the elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Figcaption: true, atom.Head: true,
}

// blocks are the elements that end a paragraph when a page has no <p>.
var blocks = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Br: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Hr: true, atom.Dd: true, atom.Dt: true,
}

// dateMetas are the <meta> names and properties that give a page's publication date.
var dateMetas = []string{
	"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
	"publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
	"sailthru.date", "parsely-pub-date",
}

// articleText returns the text of an HTML page's article: a header with
// its title, date and canonical address, then the text of the paragraphs
// (<p>) of its <article>, else its <main>, else its <body>, one paragraph
// a line with a blank line between. A page without paragraphs gives the
// text of its block elements instead.
func articleText(src string) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil { // a strings.Reader does not fail
		return ""
	}
	p := page{metas: map[string]string{}}
	p.scan(doc)

	var b strings.Builder
	b.WriteString("format: html\n")
	if t := oneLine(firstOf(p.metas["og:title"], p.title, p.h1)); t != "" {
		b.WriteString("title: " + t + "\n")
	}
	date := ""
	for _, k := range dateMetas {
		if date = isoDay(p.metas[k]); date != "" {
			break
		}
	}
	if date == "" {
		date = isoDay(p.time)
	}
	if date != "" {
		b.WriteString("date: " + date + "\n")
	}
	if u := oneLine(p.canonical); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		b.WriteString("source: " + u + "\n")
	}
	b.WriteString("\n")

	root := firstNode(p.article, p.main, p.body, doc)
	var paras []string
	eachParagraph(root, func(n *html.Node) {
		if t := oneLine(textOf(n)); t != "" {
			paras = append(paras, t)
		}
	})
	if len(paras) == 0 {
		var cur strings.Builder
		blockText(root, &cur, &paras)
		if t := oneLine(cur.String()); t != "" {
			paras = append(paras, t)
		}
	}
	b.WriteString(strings.Join(paras, "\n\n"))
	if len(paras) > 0 {
		b.WriteString("\n")
	}
	return b.String()
}

// page is what scan finds in a document.
type page struct {
	title, h1, time, canonical string
	metas                      map[string]string // lower-cased name or property -> content
	article, main, body        *html.Node
}

func (p *page) scan(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Title:
			if p.title == "" {
				p.title = textOf(n)
			}
		case atom.H1:
			if p.h1 == "" {
				p.h1 = textOf(n)
			}
		case atom.Meta:
			key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if _, seen := p.metas[key]; key != "" && !seen {
				p.metas[key] = attr(n, "content")
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
				p.canonical = attr(n, "href")
			}
		case atom.Time:
			if p.time == "" {
				p.time = attr(n, "datetime")
			}
		case atom.Article:
			if p.article == nil {
				p.article = n
			}
		case atom.Main:
			if p.main == nil {
				p.main = n
			}
		case atom.Body:
			if p.body == nil {
				p.body = n
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c)
	}
}

// eachParagraph calls f on every <p> under n outside skipped elements.
func eachParagraph(n *html.Node, f func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if skipped[c.DataAtom] {
			continue
		}
		if c.DataAtom == atom.P {
			f(c)
			continue
		}
		eachParagraph(c, f)
	}
}

// textOf returns the text under n outside skipped elements.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				b.WriteByte(' ')
			case c.Type == html.ElementNode && !skipped[c.DataAtom]:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// blockText appends the text under n to cur, moving cur to paras at the
// edges of block elements.
func blockText(n *html.Node, cur *strings.Builder, paras *[]string) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			cur.WriteString(c.Data)
		case c.Type == html.ElementNode && !skipped[c.DataAtom]:
			if blocks[c.DataAtom] {
				flush(cur, paras)
			}
			blockText(c, cur, paras)
			if blocks[c.DataAtom] {
				flush(cur, paras)
			}
		}
	}
}

func flush(cur *strings.Builder, paras *[]string) {
	if t := oneLine(cur.String()); t != "" {
		*paras = append(*paras, t)
	}
	cur.Reset()
}

// oneLine collapses the white space of s, line ends included, to single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// isoDay returns the day of a date or date-time that starts "YYYY-MM-DD", or "".
func isoDay(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s[:10]); err != nil {
		return ""
	}
	return s[:10]
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func firstNode(n ...*html.Node) *html.Node {
	for _, v := range n {
		if v != nil {
			return v
		}
	}
	return nil
}
