package corpus

import (
	"html"
	"regexp"
	"strings"
)

var (
	htmlDrop  = regexp.MustCompile(`(?is)<(script|style|head|nav|footer|aside)\b.*?</(script|style|head|nav|footer|aside)\s*>|<!--.*?-->`)
	htmlBreak = regexp.MustCompile(`(?i)<(/?p|br|/?div|/?h[1-6]|/?li|/?tr|/?article|/?section|/?blockquote)\b[^>]*>`)
	htmlTag   = regexp.MustCompile(`<[^>]*>`)
	blankRuns = regexp.MustCompile(`\n[ \t]*(\n[ \t]*)+`)
)

// HTMLText returns the text of an HTML page, plainly: scripts, styles,
// heads, navigation and comments are dropped, block elements end
// paragraphs, other tags vanish and entities are decoded. It is a minimal
// reading meant for well-formed news pages.
func HTMLText(s string) string {
	s = htmlDrop.ReplaceAllString(s, "")
	s = htmlBreak.ReplaceAllString(s, "\n\n")
	s = htmlTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = blankRuns.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s) + "\n"
}
