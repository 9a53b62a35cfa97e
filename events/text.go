package events

import (
	"regexp"
	"strings"
	"time"
)

// Header is the key: value header an article may start with (EVENT-MODEL.md section 1).
type Header struct {
	Fields map[string]string // lower-case keys
	// Body is the byte offset in the text where the article itself starts.
	Body int
	// Lines is the number of lines the header and its blank line take.
	Lines int
}

var headerKey = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_-]{0,30}):[ \t]*(.*?)[ \t]*$`)

// capitalKeys are the keys a header may also write capitalised ("Title:",
// "Date:"); any other key is lower-case, so that a first paragraph such
// as "WASHINGTON: The president said ..." is no header.
var capitalKeys = map[string]bool{"date": true, "title": true, "source": true, "licence": true, "license": true,
	"author": true, "url": true, "id": true, "published": true}

// ParseHeader reads the header of an article: `key: value` lines from the
// first line on, ended by a blank line. Keys are lower-case; the usual ones
// ("Date:", "Title:", "Source:") may be capitalised and are read as
// lower-case. Text that does not start that way has
// no header (Body 0). Header lines may end in "\r\n".
func ParseHeader(text string) Header {
	h := Header{Fields: map[string]string{}}
	pos := 0
	n := 0
	fields := map[string]string{}
	for pos < len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		var line string
		next := len(text)
		if end >= 0 {
			line = text[pos : pos+end]
			next = pos + end + 1
		} else {
			line = text[pos:]
		}
		line = strings.TrimRight(line, "\r")
		n++
		if strings.TrimSpace(line) == "" {
			if len(fields) == 0 {
				return h
			}
			h.Fields = fields
			h.Body = next
			h.Lines = n
			return h
		}
		m := headerKey.FindStringSubmatch(line)
		if m == nil {
			return h
		}
		key := strings.ToLower(m[1])
		if key != m[1] && !capitalKeys[key] {
			return h
		}
		fields[key] = m[2]
		pos = next
	}
	return h // a header never ends the text: it is then not a header
}

var (
	isoDate   = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:T|\b)`) // "2024-03-21T10:00Z" too
	mdyDate   = regexp.MustCompile(`\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2}),? ((?:19|20)\d\d)\b`)
	dmyDate   = regexp.MustCompile(`\b(\d{1,2}) (Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,? ((?:19|20)\d\d)\b`)
	monthAbbr = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
)

// DatelineDate looks for a full date ("March 21, 2024", "21 March 2024",
// "2024-03-21", "2024-03-21T10:00Z") in the first lines of an article body,
// as a dateline gives it, and returns it as a day Date, or "" when there is
// none.
func DatelineDate(body string) Date {
	head := body
	lines := 0
	for i := 0; i < len(head); i++ {
		if head[i] == '\n' {
			lines++
			if lines == 3 {
				head = head[:i]
				break
			}
		}
	}
	if len(head) > 400 {
		head = head[:400]
	}
	type cand struct {
		at int
		d  Date
	}
	var best *cand
	try := func(at int, y, m, d string) {
		mo := monthNumber(m)
		t, err := time.Parse("2006-1-2", y+"-"+itoa(mo)+"-"+d)
		if err != nil || mo == 0 {
			return
		}
		if best == nil || at < best.at {
			best = &cand{at, DayDate(t)}
		}
	}
	if m := isoDate.FindStringSubmatchIndex(head); m != nil {
		try(m[0], head[m[2]:m[3]], head[m[4]:m[5]], head[m[6]:m[7]])
	}
	if m := mdyDate.FindStringSubmatchIndex(head); m != nil {
		try(m[0], head[m[6]:m[7]], head[m[2]:m[3]], head[m[4]:m[5]])
	}
	if m := dmyDate.FindStringSubmatchIndex(head); m != nil {
		try(m[0], head[m[6]:m[7]], head[m[4]:m[5]], head[m[2]:m[3]])
	}
	if best == nil {
		return ""
	}
	return best.d
}

func monthNumber(s string) int {
	if len(s) >= 1 && s[0] >= '0' && s[0] <= '9' {
		n := 0
		for _, c := range s {
			n = n*10 + int(c-'0')
		}
		return n
	}
	if len(s) < 3 {
		return 0
	}
	return int(monthAbbr[strings.ToLower(s[:3])])
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
