package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		fields map[string]string
		body   string // the text from Body on
		lines  int
	}{
		{
			name:   "header",
			in:     "date: 2024-03-21\nsource: wire copy\ntitle:  Envoy in Cairo  \n\nCAIRO (AP) _ The envoy arrived.\n",
			fields: map[string]string{"date": "2024-03-21", "source": "wire copy", "title": "Envoy in Cairo"},
			body:   "CAIRO (AP) _ The envoy arrived.\n",
			lines:  4,
		},
		{
			name:   "capitalised usual keys",
			in:     "Title: Envoy in Cairo\nDate: 2024-03-21\n\nCAIRO (AP) _ The envoy arrived.\n",
			fields: map[string]string{"date": "2024-03-21", "title": "Envoy in Cairo"},
			body:   "CAIRO (AP) _ The envoy arrived.\n",
			lines:  3,
		},
		{
			name:   "a capitalised word before a colon is no header",
			in:     "WASHINGTON: The president spoke.\n\nHe left.\n",
			fields: map[string]string{},
			body:   "WASHINGTON: The president spoke.\n\nHe left.\n",
			lines:  0,
		},
		{
			name:   "blank line of spaces ends the header",
			in:     "date: 2024-03-21\n  \t\nText.",
			fields: map[string]string{"date": "2024-03-21"},
			body:   "Text.",
			lines:  2,
		},
		{
			name:   "empty value",
			in:     "licence:\n\nText.",
			fields: map[string]string{"licence": ""},
			body:   "Text.",
			lines:  2,
		},
		{
			name:   "CRLF",
			in:     "date: 2024-03-21\r\ntitle: Talks\r\n\r\nThe talks began.\r\n",
			fields: map[string]string{"date": "2024-03-21", "title": "Talks"},
			body:   "The talks began.\r\n",
			lines:  3,
		},
		{
			name:   "no header",
			in:     "CAIRO (AP) _ The envoy arrived.\n\nHe met the president.",
			fields: map[string]string{},
			body:   "CAIRO (AP) _ The envoy arrived.\n\nHe met the president.",
		},
		{
			name:   "a colon in the first sentence is no header",
			in:     "The minister said: talks will resume.\n\nMore text.",
			fields: map[string]string{},
			body:   "The minister said: talks will resume.\n\nMore text.",
		},
		{
			name:   "header not ended by a blank line",
			in:     "date: 2024-03-21\ntitle: Talks",
			fields: map[string]string{},
			body:   "date: 2024-03-21\ntitle: Talks",
		},
		{
			name:   "header followed by text without a blank line",
			in:     "date: 2024-03-21\nThe talks began.\n\nMore.",
			fields: map[string]string{},
			body:   "date: 2024-03-21\nThe talks began.\n\nMore.",
		},
		{
			name:   "leading blank line",
			in:     "\ndate: 2024-03-21\n\nText.",
			fields: map[string]string{},
			body:   "\ndate: 2024-03-21\n\nText.",
		},
		{
			name:   "an upper-case key other than the usual ones is no header",
			in:     "Note: 2024-03-21\n\nText.",
			fields: map[string]string{},
			body:   "Note: 2024-03-21\n\nText.",
		},
		{
			name:   "empty",
			in:     "",
			fields: map[string]string{},
			body:   "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := ParseHeader(tt.in)
			if diff := cmp.Diff(tt.fields, h.Fields); diff != "" {
				t.Errorf("fields mismatch (-want +got):\n%s", diff)
			}
			if got := tt.in[h.Body:]; got != tt.body {
				t.Errorf("body = %q, want %q", got, tt.body)
			}
			if h.Lines != tt.lines {
				t.Errorf("lines = %d, want %d", h.Lines, tt.lines)
			}
		})
	}
}

func TestDatelineDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"WASHINGTON, March 21, 2024 (Reuters) - The talks began.", "2024-03-21"},
		{"By Jane Roe\nMarch 21, 2024\n\nThe talks began.", "2024-03-21"},
		{"Published 21 March 2024\nThe talks began.", "2024-03-21"},
		{"2024-03-21T10:00Z\nThe talks began.", "2024-03-21"},
		{"GENEVA, Oct. 7, 2023 - Talks began.", "2023-10-07"},
		{"GENEVA, Sept. 4 2023 - Talks began.", "2023-09-04"},
		{"GENEVA, 4 Sept. 2023 - Talks began.", "2023-09-04"},
		{"Updated December 1, 1999, and again on 2000-01-05.", "1999-12-01"},            // the first date wins
		{"Seen on 2000-01-05 and on December 1, 1999.", "2000-01-05"},                   // the first date wins
		{"GENEVA (AP) _ The talks began on Thursday.", ""},                              // no full date
		{"GENEVA (AP) _ The talks began on March 21.", ""},                              // no year
		{"Line one.\nLine two.\nLine three.\nMarch 21, 2024: a date too far down.", ""}, // only the first lines
		{"February 30, 2024 was no day at all.", ""},                                    // invalid day
		{"The year 2024 alone gives no day.", ""},                                       // year only
		{"", ""},
	}
	for _, tt := range tests {
		if got := DatelineDate(tt.in); got != tt.want {
			t.Errorf("DatelineDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReferenceDate checks the order of EVENT-MODEL.md section 1: the
// option, then the date: header, then a dateline date.
func TestReferenceDate(t *testing.T) {
	const body = "WASHINGTON, March 20, 2024 (AP) _ The talks began.\n"
	tests := []struct {
		name string
		text string
		opt  Date
		want Date
	}{
		{"option", "date: 2024-03-21\n\n" + body, "2024-03-22", "2024-03-22"},
		{"header", "date: 2024-03-21\n\n" + body, "", "2024-03-21"},
		{"dateline", "source: wire\n\n" + body, "", "2024-03-20"},
		{"dateline without header", body, "", "2024-03-20"},
		{"none", "The talks began on Thursday.\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract("a.txt", tt.text, Options{Date: tt.opt})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Document.Published != tt.want {
				t.Errorf("published = %q, want %q", doc.Document.Published, tt.want)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"bad date header", "date: next Thursday\n\nText.", `in.txt:1: date header: "next Thursday" is not a date (want YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www)`},
		{"invalid UTF-8", "date: 2024-03-21\n\nText \xff.", "in.txt: invalid UTF-8 at byte offset 23"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract("in.txt", tt.text, Options{})
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error = %q, want %q", err, tt.want)
			}
		})
	}
}
