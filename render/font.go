package render

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// fontFamily is the font stack of the SVG timeline. Go (the Go fonts of
// golang.org/x/image/font/gofont, embedded in the program) comes first:
// labels are measured with its metrics and the PNG timeline is drawn with
// it. A viewer without the Go font falls back to the others; the width
// tables below hold, for each printable ASCII character, the larger of the
// advance widths of Helvetica (as in Adobe's AFM files; Arial and
// Liberation Sans share them) and DejaVu Sans, in thousandths of an em.
// Text is measured with the larger of the Go advance and the table, so a
// width never falls short whichever of these fonts draws the text.
const fontFamily = "Go, Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif"

var regularWidths = [95]int{
	318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, // ' !"#$%&\'()*+,-./'
	637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 556, // '0123456789:;<=>?'
	1015, 685, 687, 722, 771, 667, 611, 778, 752, 295, 500, 667, 558, 863, 749, 788, // '@ABCDEFGHIJKLMNO'
	667, 788, 722, 667, 611, 732, 685, 989, 686, 667, 686, 391, 337, 391, 838, 556, // 'PQRSTUVWXYZ[\\]^_'
	500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612, // '`abcdefghijklmno'
	635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838, // 'pqrstuvwxyz{|}~'
}

var boldWidths = [95]int{
	349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, // ' !"#$%&\'()*+,-./'
	696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 611, // '0123456789:;<=>?'
	1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 556, 775, 638, 996, 837, 851, // '@ABCDEFGHIJKLMNO'
	733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 556, // 'PQRSTUVWXYZ[\\]^_'
	500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688, // '`abcdefghijklmno'
	716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838, // 'pqrstuvwxyz{|}~'
}

// goFonts are the parsed Go Regular and Go Bold fonts.
var goFonts = sync.OnceValue(func() [2]*sfnt.Font {
	var fs [2]*sfnt.Font
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			panic(fmt.Sprintf("render: parse embedded Go font: %v", err)) // the TTFs are compiled in
		}
		fs[i] = f
	}
	return fs
})

// goWidths caches goAdvance; the key is a rune, negated for bold.
var goWidths sync.Map

// goAdvance returns the advance width of r in the Go font in thousandths
// of an em, and false when the font has no glyph for r.
func goAdvance(r rune, bold bool) (int, bool) {
	key := r
	if bold {
		key = -r - 1
	}
	if w, ok := goWidths.Load(key); ok {
		return w.(int), w.(int) >= 0
	}
	f := goFonts()[0]
	if bold {
		f = goFonts()[1]
	}
	var buf sfnt.Buffer
	w := -1
	if gi, err := f.GlyphIndex(&buf, r); err == nil && gi != 0 {
		upem := fixed.Int26_6(f.UnitsPerEm())
		if adv, err := f.GlyphAdvance(&buf, gi, upem, font.HintingNone); err == nil {
			w = int((int64(adv)*1000 + int64(upem) - 1) / int64(upem)) // rounded up
		}
	}
	goWidths.Store(key, w)
	return w, w >= 0
}

// runeWidth returns the advance width of r in thousandths of an em: the
// larger of its Go font advance and the fallback bound, so an upper bound
// for the fonts of fontFamily.
func runeWidth(r rune, bold bool) int {
	w := fallbackWidth(r, bold)
	if g, ok := goAdvance(r, bold); ok && g > w {
		w = g
	}
	return w
}

// fallbackWidth bounds the advance width of r in the fallback fonts of
// fontFamily, in thousandths of an em.
func fallbackWidth(r rune, bold bool) int {
	if r >= ' ' && r <= '~' {
		if bold {
			return boldWidths[r-' ']
		}
		return regularWidths[r-' ']
	}
	w := 0
	switch {
	case r == '\u2018' || r == '\u2019' || r == '\u00b7':
		w = 380
	case r == '\u201c' || r == '\u201d':
		w = 660
	case r == '\u2013' || r == '\u00ab' || r == '\u00bb' || r == '\u2022':
		w = 650
	case r == '\u00c6' || r == '\u00e6' || r == '\u0152' || r == '\u0153':
		w = 1170
	case r >= 0x00a0 && r <= 0x024f: // Latin-1 and Latin Extended letters
		w = 860
	case r < 0x2e80:
		w = 1050
	default: // CJK, emoji and other wide scripts
		w = 1300
	}
	if bold {
		w = w * 11 / 10
	}
	return w
}

// textWidth returns an upper bound of the width in pixels of s set in
// fontFamily at size pixels.
func textWidth(s string, size float64, bold bool) float64 {
	n := 0
	for _, r := range s {
		n += runeWidth(r, bold)
	}
	return float64(n) * size / 1000
}

// truncate shortens s with an ellipsis so that it is at most max pixels wide.
func truncate(s string, size float64, bold bool, max float64) string {
	if textWidth(s, size, bold) <= max {
		return s
	}
	ell := textWidth("…", size, bold)
	var b strings.Builder
	w := 0.0
	for _, r := range s {
		rw := float64(runeWidth(r, bold)) * size / 1000
		if w+rw+ell > max {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return strings.TrimRight(b.String(), " ,;:") + "…"
}

// wrap breaks s into lines at most max pixels wide, breaking at spaces and
// truncating words that are longer than a line.
func wrap(s string, size float64, bold bool, max float64) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if textWidth(try, size, bold) <= max {
			line = try
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		line = truncate(w, size, bold, max)
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// clean makes s fit for one line of text: valid UTF-8, control characters
// and line breaks turned into spaces, runs of spaces collapsed.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// helveticaWidths are the advance widths of printable ASCII in Helvetica
// (Adobe's AFM), in thousandths of an em: what Graphviz reckons with when
// it sizes nodes and places edge labels set in Helvetica.
var helveticaWidths = [95]int{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' !"#$%&\'()*+,-./'
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // '0123456789:;<=>?'
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // '@ABCDEFGHIJKLMNO'
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 'PQRSTUVWXYZ[\\]^_'
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // '`abcdefghijklmno'
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // 'pqrstuvwxyz{|}~'
}

// helveticaWidth is the Helvetica width of r (bold about a tenth wider),
// or the fallback bound outside ASCII.
func helveticaWidth(r rune, bold bool) int {
	if r < ' ' || r > '~' {
		return fallbackWidth(r, bold)
	}
	w := helveticaWidths[r-' ']
	if bold {
		w = w * 11 / 10
	}
	return w
}
