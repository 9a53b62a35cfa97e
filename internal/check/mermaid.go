package check

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// rawTag is the start of an HTML tag, comment or declaration.
var rawTag = regexp.MustCompile(`<[A-Za-z/!?][^>]*>?`)

// ownTags are the tags eventgraph writes into Mermaid labels and
// TimelineJS text itself, without attributes.
var ownTags = regexp.MustCompile(`^</?(br|p|small|blockquote|ul|li|b|i|em|strong)\s*/?>$`)

// foreignTag returns the first tag in s that eventgraph does not write, or "".
func foreignTag(s string) string {
	for _, t := range rawTag.FindAllString(s, -1) {
		if !ownTags.MatchString(t) {
			return t
		}
	}
	return ""
}

// Mermaid checks that src is one Mermaid diagram whose text cannot act:
// it starts with a diagram type, has no click, href or callback statement,
// no %%{init}%% directive, no HTML tag but the plain ones eventgraph writes
// (<br>, <p>, <small>, ...), no javascript: address, and no
// line with an odd number of double quotes (a label that broke out).
func Mermaid(src []byte) error {
	if err := Text(string(src)); err != nil {
		return fmt.Errorf("mermaid: %w", err)
	}
	first, front := true, false
	for i, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "%%") && !strings.HasPrefix(t, "%%{") {
			continue
		}
		bad := func(format string, args ...any) error {
			return fmt.Errorf("mermaid line %d: %s: %q", i+1, fmt.Sprintf(format, args...), line)
		}
		if strings.HasPrefix(t, "%%{") {
			return bad("a directive")
		}
		if first {
			first = false
			if f := strings.Fields(t)[0]; f != "timeline" && f != "flowchart" && f != "graph" && f != "---" {
				return bad("no diagram type")
			}
		}
		if t == "---" {
			front = !front // the front matter: YAML between two --- lines
			continue
		}
		if front {
			// one key, its value a double-quoted string (JSON is YAML)
			var v string
			k, val, ok := strings.Cut(t, ": ")
			if !ok || k != "title" || json.Unmarshal([]byte(val), &v) != nil {
				return bad("front matter other than a quoted title")
			}
			if foreignTag(v) != "" {
				return bad("a raw HTML tag %s in the title", foreignTag(v))
			}
			continue
		}
		switch {
		case strings.HasPrefix(t, "click ") || strings.HasPrefix(t, "href ") || strings.HasPrefix(t, "callback "):
			return bad("an interaction")
		case foreignTag(t) != "":
			return bad("a raw HTML tag %s", foreignTag(t))
		case strings.Contains(strings.ToLower(t), "javascript:"):
			return bad("a javascript: address")
		case strings.Count(t, `"`)%2 != 0:
			return bad("an odd number of quotes")
		}
	}
	if first {
		return fmt.Errorf("mermaid: empty")
	}
	return nil
}

// HTMLStrings checks that src is JSON whose strings a page may show as
// HTML (TimelineJS does): no string holds an HTML tag but the plain ones
// eventgraph writes (<p>, <small>, <blockquote>, <ul>, <li>, ...), which
// have no attributes and so no address, or a bidirectional control.
func HTMLStrings(src []byte) error {
	var v any
	if err := json.Unmarshal(src, &v); err != nil {
		return fmt.Errorf("json: %w", err)
	}
	var walk func(v any, path string) error
	walk = func(v any, path string) error {
		switch v := v.(type) {
		case string:
			if err := Text(v); err != nil {
				return fmt.Errorf("json %s: %w", path, err)
			}
			if tag := foreignTag(v); tag != "" {
				return fmt.Errorf("json %s: a raw HTML tag %s in %q", path, tag, v)
			}
		case []any:
			for i, e := range v {
				if err := walk(e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		case map[string]any:
			for k, e := range v {
				if err := walk(e, path+"."+k); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(v, "$")
}
