package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/graph"
)

// Colours come from the Okabe-Ito palette, which stays distinct under the
// common forms of colour blindness; each event type pairs a colour with a
// marker shape, so no two types look alike even in grey.
const (
	okBlue       = "#0072B2"
	okGreen      = "#009E73"
	okSky        = "#56B4E9"
	okOrange     = "#E69F00"
	okVermillion = "#D55E00"
	okPurple     = "#CC79A7"
	okYellow     = "#F0E442"
	okGrey       = "#666666"

	inkColour   = "#222222" // text
	mutedColour = "#666666" // secondary text, axis labels
	ruleColour  = "#999999" // axis, stems
)

// style is how an event type is drawn.
type style struct {
	colour string
	shape  string // circle, square, diamond or triangle
}

var typeStyles = map[events.Type]style{
	events.Visit:     {okBlue, "circle"},
	events.Meeting:   {okGreen, "circle"},
	events.Call:      {okSky, "circle"},
	events.Statement: {okGrey, "square"},
	events.Proposal:  {okOrange, "square"},
	events.Demand:    {okVermillion, "square"},
	events.Rejection: {okPurple, "square"},
	events.Agreement: {okGreen, "square"},
	events.Mediation: {okSky, "diamond"},
	events.Aid:       {okBlue, "diamond"},
	events.Release:   {okOrange, "diamond"},
	events.Attack:    {okVermillion, "triangle"},
	events.Sanction:  {okPurple, "triangle"},
	events.Threat:    {okYellow, "triangle"},
}

// styleOf returns the style of t; unknown types are grey crosses.
func styleOf(t events.Type) style {
	if s, ok := typeStyles[t]; ok {
		return s
	}
	return style{"#999999", "cross"}
}

// relationTypes maps the relation types extraction writes to the event
// type whose colour a network edge takes.
var relationTypes = map[string]events.Type{
	"visited": events.Visit, "met": events.Meeting, "called": events.Call,
	"said": events.Statement, "told": events.Statement, "stated": events.Statement,
	"proposed": events.Proposal, "demanded": events.Demand, "rejected": events.Rejection,
	"agreed": events.Agreement, "mediated": events.Mediation, "attacked": events.Attack,
	"aided": events.Aid, "released": events.Release, "sanctioned": events.Sanction,
	"threatened": events.Threat,
}

// knowledgeRelation reports whether a relation type comes from knowledge
// about the actors rather than from an event: membership, leadership.
func knowledgeRelation(t string) bool {
	switch t {
	case "member_of", "leads", "led", "part_of", "represents", "affiliated_with":
		return true
	}
	return false
}

// kindStyle is how an actor kind is drawn in the network.
type kindStyle struct {
	shape, fill, border string
	style               string // extra Graphviz style words after "filled"
}

var kindStyles = map[events.Kind]kindStyle{
	events.Person:       {"ellipse", "#DCEBF7", okBlue, ""},
	events.Country:      {"box", "#FBEBD0", "#B07800", ""},
	events.Organization: {"hexagon", "#D8F0E8", "#007A5A", ""},
	events.Group:        {"box3d", "#F6E3EE", "#A8507F", ""},
	events.Media:        {"note", "#EEEEEE", "#555555", ""},
	graph.Place:         {"house", "#FFFFFF", "#777777", "dashed"},
}

func kindStyleOf(k events.Kind) kindStyle {
	if s, ok := kindStyles[k]; ok {
		return s
	}
	return kindStyle{"ellipse", "#FFFFFF", "#777777", ""}
}

// num formats a coordinate with at most one decimal, without trailing zeros.
func num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}

// marker returns the SVG element of a marker of the given style centred
// at x, y with radius r. hollow markers are white with a coloured outline;
// dash is a stroke-dasharray or empty.
func marker(st style, x, y, r float64, hollow bool, dash string) string {
	fill, stroke, sw := st.colour, "#333333", "0.8"
	if st.colour == okYellow {
		stroke = "#8A7D00"
	}
	if hollow {
		fill, stroke, sw = "#FFFFFF", st.colour, "1.6"
		if st.colour == okYellow {
			stroke = "#8A7D00"
		}
	}
	attrs := fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="%s"`, fill, stroke, sw)
	if dash != "" {
		attrs += fmt.Sprintf(` stroke-dasharray="%s"`, dash)
	}
	switch st.shape {
	case "square":
		a := r * 0.88
		return fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="%s" %s/>`, num(x-a), num(y-a), num(2*a), num(2*a), attrs)
	case "diamond":
		a := r * 1.2
		return fmt.Sprintf(`<path d="M%s %sL%s %sL%s %sL%s %sZ" %s/>`, num(x), num(y-a), num(x+a), num(y), num(x), num(y+a), num(x-a), num(y), attrs)
	case "triangle":
		a := r * 1.15
		return fmt.Sprintf(`<path d="M%s %sL%s %sL%s %sZ" %s/>`, num(x), num(y-a), num(x+a), num(y+a*0.8), num(x-a), num(y+a*0.8), attrs)
	case "cross":
		return fmt.Sprintf(`<path d="M%s %sL%s %sM%s %sL%s %s" stroke="%s" stroke-width="2"/>`,
			num(x-r), num(y-r), num(x+r), num(y+r), num(x-r), num(y+r), num(x+r), num(y-r), st.colour)
	}
	return fmt.Sprintf(`<circle cx="%s" cy="%s" r="%s" %s/>`, num(x), num(y), num(r), attrs)
}
