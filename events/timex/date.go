package timex

import (
	"fmt"
	"strings"
	"time"
)

// Granularities of a resolved date, coarsest first.
const (
	granNone = iota
	granCentury
	granDecade
	granYear
	granHalf
	granQuarter
	granSeason
	granMonth
	granWeek
	granDay
)

// point is a resolved calendar date at some granularity.
type point struct {
	t    time.Time // the first day of the period (UTC)
	gran int
	code string // season code for granSeason
}

func (p point) ok() bool { return p.gran != granNone }

// value renders the point as a TIMEX3 value.
func (p point) value() string {
	y, m, d := p.t.Date()
	b := make([]byte, 0, 10)
	switch p.gran {
	case granCentury:
		return string(pad(b, y/100, 2))
	case granDecade:
		return string(pad(b, y/10, 3))
	case granYear:
		return string(pad(b, y, 4))
	case granHalf:
		return string(append(pad(b, y, 4), '-', 'H', byte('0'+(int(m)-1)/6+1)))
	case granQuarter:
		return string(append(pad(b, y, 4), '-', 'Q', byte('0'+(int(m)-1)/3+1)))
	case granSeason:
		return string(append(append(pad(b, y, 4), '-'), p.code...))
	case granMonth:
		return string(pad(append(pad(b, y, 4), '-'), int(m), 2))
	case granWeek:
		iy, iw := p.t.ISOWeek()
		return string(pad(append(pad(b, iy, 4), '-', 'W'), iw, 2))
	case granDay:
		return string(pad(append(pad(append(pad(b, y, 4), '-'), int(m), 2), '-'), d, 2))
	}
	return ""
}

// pad appends n in decimal, zero-padded to width digits (as %0*d does).
func pad(b []byte, n, width int) []byte {
	if n < 0 {
		return append(b, fmt.Sprintf("%0*d", width, n)...)
	}
	var digits [20]byte
	i := len(digits)
	for n >= 10 {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	digits[i] = byte('0' + n)
	for k := len(digits) - i; k < width; k++ {
		b = append(b, '0')
	}
	return append(b, digits[i:]...)
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayPoint(t time.Time) point  { return point{t: t, gran: granDay} }
func monthPoint(y, m int) point   { return point{t: date(y, m, 1), gran: granMonth} }
func yearPoint(y int) point       { return point{t: date(y, 1, 1), gran: granYear} }
func quarterPoint(y, q int) point { return point{t: date(y, 3*(q-1)+1, 1), gran: granQuarter} }
func weekPoint(t time.Time) point { return point{t: t, gran: granWeek} }
func quarterOf(t time.Time) int   { return (int(t.Month())-1)/3 + 1 }
func validDay(y, m, d int) bool   { return m >= 1 && m <= 12 && d >= 1 && d <= date(y, m+1, 0).Day() }
func seasonPoint(y int, code string) point {
	return point{t: date(y, seasonStart[code], 1), gran: granSeason, code: code}
}

// parseDCT parses "YYYY-MM-DD" (a longer ISO string is cut to its date).
func parseDCT(dct string) (time.Time, bool) {
	if len(dct) > 10 {
		dct = dct[:10]
	}
	t, err := time.Parse("2006-01-02", strings.TrimSpace(dct))
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// isoWeekday is 1 for Monday .. 7 for Sunday.
func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// weekdayOnOrBefore returns the latest day with weekday wd on or before t.
func weekdayOnOrBefore(t time.Time, wd time.Weekday) time.Time {
	diff := (int(t.Weekday()) - int(wd) + 7) % 7
	return t.AddDate(0, 0, -diff)
}

// weekdayAfter returns the first day with weekday wd strictly after t.
func weekdayAfter(t time.Time, wd time.Weekday) time.Time {
	diff := (int(wd) - int(t.Weekday()) + 7) % 7
	if diff == 0 {
		diff = 7
	}
	return t.AddDate(0, 0, diff)
}

// shift moves a point by n units (unit code Y, Q, M, W, D) keeping its granularity.
func shift(p point, n int, code string) point {
	switch code {
	case "Y":
		p.t = p.t.AddDate(n, 0, 0)
	case "Q":
		p.t = p.t.AddDate(0, 3*n, 0)
	case "M":
		p.t = p.t.AddDate(0, n, 0)
	case "W":
		p.t = p.t.AddDate(0, 0, 7*n)
	case "D":
		p.t = p.t.AddDate(0, 0, n)
	}
	return p
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// nthWeekday returns the n-th weekday wd of a month (n = -1: the last).
func nthWeekday(y, m int, wd time.Weekday, n int) time.Time {
	if n < 0 {
		last := date(y, m+1, 0)
		return weekdayOnOrBefore(last, wd)
	}
	first := date(y, m, 1)
	diff := (int(wd) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, diff+7*(n-1))
}

// holidays gives the date of a named holiday in a year.
var holidays = map[string]func(y int) time.Time{
	"christmas":              func(y int) time.Time { return date(y, 12, 25) },
	"christmas day":          func(y int) time.Time { return date(y, 12, 25) },
	"christmas eve":          func(y int) time.Time { return date(y, 12, 24) },
	"new year's day":         func(y int) time.Time { return date(y, 1, 1) },
	"new year's eve":         func(y int) time.Time { return date(y, 12, 31) },
	"easter":                 easter,
	"easter sunday":          easter,
	"easter monday":          func(y int) time.Time { return easter(y).AddDate(0, 0, 1) },
	"good friday":            func(y int) time.Time { return easter(y).AddDate(0, 0, -2) },
	"thanksgiving":           func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) },
	"thanksgiving day":       func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) },
	"labor day":              func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) },
	"memorial day":           func(y int) time.Time { return nthWeekday(y, 5, time.Monday, -1) },
	"independence day":       func(y int) time.Time { return date(y, 7, 4) },
	"election day":           func(y int) time.Time { return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) },
	"valentine's day":        func(y int) time.Time { return date(y, 2, 14) },
	"halloween":              func(y int) time.Time { return date(y, 10, 31) },
	"veterans day":           func(y int) time.Time { return date(y, 11, 11) },
	"armistice day":          func(y int) time.Time { return date(y, 11, 11) },
	"boxing day":             func(y int) time.Time { return date(y, 12, 26) },
	"may day":                func(y int) time.Time { return date(y, 5, 1) },
	"martin luther king day": func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) },
}
