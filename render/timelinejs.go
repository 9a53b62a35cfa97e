package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/events"
)

// TimelineJS types: the JSON format of Knight Lab's TimelineJS 3
// (https://timeline.knightlab.com/docs/json-format.html).
type (
	tljsDoc struct {
		Title  *tljsSlide  `json:"title,omitempty"`
		Events []tljsSlide `json:"events"`
	}
	tljsSlide struct {
		UniqueID  string    `json:"unique_id,omitempty"`
		StartDate *tljsDate `json:"start_date,omitempty"`
		EndDate   *tljsDate `json:"end_date,omitempty"`
		Text      tljsText  `json:"text"`
		Group     string    `json:"group,omitempty"`
	}
	tljsDate struct {
		Year        int    `json:"year"`
		Month       int    `json:"month,omitempty"`
		Day         int    `json:"day,omitempty"`
		DisplayDate string `json:"display_date,omitempty"`
	}
	tljsText struct {
		Headline string `json:"headline"`
		Text     string `json:"text"`
	}
)

// TimelineJS writes the dated events of doc in the JSON format of Knight
// Lab's TimelineJS 3: a title slide (opt.Title, else the document's title,
// else its id), and a slide per dated event with its start_date (year,
// month and day as precise as the date: a week or a month also gets an
// end_date), its label as headline, its type, status, place and evidence
// sentences as text, and as group the full name of its first actor, so
// that TimelineJS draws one row per initiating actor. TimelineJS cannot
// show an event without a date: undated events are listed on the title
// slide. Every text is HTML-escaped, since TimelineJS reads it as HTML;
// the group twice (see tljsPlain).
func TimelineJS(w io.Writer, doc events.Document, opt TimelineOptions) error {
	actors := actorIndex(doc)
	out := tljsDoc{Events: []tljsSlide{}}
	var undated []string
	for _, e := range doc.Events {
		s0, s1, ok := e.Date.Span()
		if !ok {
			undated = append(undated, "<li>"+htmlText(headline(e, actors))+"</li>")
			continue
		}
		slide := tljsSlide{UniqueID: e.ID, StartDate: tljsDateOf(e.Date, s0), Text: tljsText{
			Headline: htmlText(headline(e, actors)),
			Text:     eventHTML(e),
		}}
		if last := s1.AddDate(0, 0, -1); !last.Equal(s0) && len(e.Date) == 8 {
			// A week: from its Monday to its Sunday.
			slide.EndDate = &tljsDate{Year: last.Year(), Month: int(last.Month()), Day: last.Day()}
		}
		if len(e.Actors) > 0 {
			slide.Group = tljsPlain(actorFullName(actors, e.Actors[0]))
		}
		out.Events = append(out.Events, slide)
	}
	intro := "<p>" + htmlText(summary(doc)) + "</p>"
	if len(undated) > 0 {
		intro += "<p>" + htmlText(plural(len(undated), "undated event")) + ", not on the timeline:</p><ul>" + strings.Join(undated, "") + "</ul>"
	}
	out.Title = &tljsSlide{Text: tljsText{Headline: htmlText(docTitle(opt.Title, doc)), Text: intro}}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the texts are HTML already
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write timelinejs: %w", err)
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write timelinejs: %w", err)
	}
	return nil
}

// tljsDateOf returns the TimelineJS date of d, which starts on start: a
// day, a month or a year as precise as d; a week as its Monday, shown as
// "Week 11, 2024".
func tljsDateOf(d events.Date, start time.Time) *tljsDate {
	t := &tljsDate{Year: start.Year()}
	switch len(d) {
	case 10:
		t.Month, t.Day = int(start.Month()), start.Day()
	case 7:
		t.Month = int(start.Month())
	case 8:
		y, w := start.ISOWeek()
		t.Month, t.Day = int(start.Month()), start.Day()
		t.DisplayDate = "Week " + strconv.Itoa(w) + ", " + strconv.Itoa(y)
	}
	return t
}

// eventHTML is the body of an event in HTML: a line with its type,
// status, place and the words of its date, then its evidence sentences.
func eventHTML(e events.Event) string {
	var b strings.Builder
	b.WriteString("<p><small>")
	b.WriteString(htmlText(clean(eventFacts(e))))
	b.WriteString("</small></p>")
	for _, s := range e.Evidence {
		b.WriteString("<blockquote>" + htmlText(clean(s)) + "</blockquote>")
	}
	return b.String()
}

// eventFacts says an event's type, status, place and date words in one line:
// "meeting · occurred · Cairo · “Thursday”".
func eventFacts(e events.Event) string {
	parts := []string{string(e.Type), string(e.Status)}
	if e.Place != "" {
		parts = append(parts, e.Place)
	}
	if e.DateText != "" {
		parts = append(parts, "“"+e.DateText+"”")
	}
	return strings.Join(parts, " · ")
}

// summary says what the document is: "Article of 2024-03-21 · 13 events, 15 actors".
func summary(doc events.Document) string {
	s := ""
	if doc.Document.Published != "" {
		s = articleOf(doc) + string(doc.Document.Published) + " · "
	}
	return clean(s + plural(len(doc.Events), "event") + ", " + plural(len(doc.Actors), "actor"))
}

// tljsPlain escapes s for a TimelineJS field that it strips of markup
// (group, display_date) and then shows as HTML: TimelineJS decodes the
// entities of such a field before it inserts it, so the text is escaped
// twice, and "<b>" shows as "<b>" rather than turning bold.
func tljsPlain(s string) string {
	return htmlText(htmlText(clean(s)))
}

// htmlText escapes s for HTML after making it valid text (see validText).
func htmlText(s string) string {
	return html.EscapeString(validText(s))
}
