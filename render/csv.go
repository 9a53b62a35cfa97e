package render

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/events"
)

// EventsCSVHeader is the header row of EventsCSV.
var EventsCSVHeader = []string{"id", "date", "date_text", "status", "type", "headline",
	"actors", "actor_ids", "place", "confidence", "evidence"}

// ActorsCSVHeader is the header row of ActorsCSV.
var ActorsCSVHeader = []string{"id", "name", "kind", "role", "affiliation", "aliases", "events"}

// EventsCSV writes the events of doc as CSV (RFC 4180, UTF-8, CRLF line
// ends), one row per event in the document's order under the header
// EventsCSVHeader. Actor names and ids are joined with "; ", evidence
// sentences with a line break inside the quoted cell. Cells that a
// spreadsheet would run as a formula (starting with =, +, -, @, tab or
// carriage return, or their full-width forms) start with an apostrophe instead.
func EventsCSV(w io.Writer, doc events.Document) error {
	actors := actorIndex(doc)
	rows := [][]string{EventsCSVHeader}
	for _, e := range doc.Events {
		names := make([]string, len(e.Actors))
		for i, id := range e.Actors {
			names[i] = actorFullName(actors, id)
		}
		rows = append(rows, []string{e.ID, string(e.Date), e.DateText, string(e.Status), string(e.Type),
			headline(e, actors), strings.Join(names, "; "), strings.Join(e.Actors, "; "), e.Place,
			strconv.FormatFloat(e.Confidence, 'f', -1, 64), strings.Join(e.Evidence, "\n")})
	}
	return writeCSV(w, "events.csv", rows)
}

// ActorsCSV writes the actors of doc as CSV in the document's order under
// the header ActorsCSVHeader: aliases joined with "; ", and the number of
// events each actor takes part in. Cells are neutralised as in EventsCSV.
func ActorsCSV(w io.Writer, doc events.Document) error {
	count := map[string]int{}
	for _, e := range doc.Events {
		seen := map[string]bool{}
		for _, id := range e.Actors {
			if !seen[id] {
				seen[id] = true
				count[id]++
			}
		}
	}
	rows := [][]string{ActorsCSVHeader}
	for _, a := range doc.Actors {
		rows = append(rows, []string{a.ID, a.Name, string(a.Kind), a.Role, a.Affiliation,
			strings.Join(a.Aliases, "; "), strconv.Itoa(count[a.ID])})
	}
	return writeCSV(w, "actors.csv", rows)
}

func writeCSV(w io.Writer, name string, rows [][]string) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	for _, row := range rows {
		for i, c := range row {
			row[i] = csvCell(c)
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// csvCell makes s safe for a spreadsheet: valid UTF-8 without control
// characters other than line breaks and tabs, and an apostrophe before a
// leading =, +, -, @, tab or carriage return (or a full-width =, +, -, @), which Excel, LibreOffice and
// Google Sheets would otherwise read as the start of a formula (CSV
// injection).
func csvCell(s string) string {
	s = validText(s)
	if r, _ := utf8.DecodeRuneInString(s); s != "" && strings.ContainsRune("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20", r) {
		s = "'" + s
	}
	return s
}
