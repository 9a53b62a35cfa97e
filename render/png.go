package render

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/srwiley/oksvg"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/eventgraph/eventgraph/events"
)

// pngScale is how many image pixels a PNG gives to one SVG pixel: twice,
// so that pictures stay sharp in print.
const pngScale = 2.0

// TimelinePNG writes the timeline that Timeline draws as a PNG image, at
// twice its size in pixels, its text set in the Go font.
func TimelinePNG(w io.Writer, doc events.Document, opt TimelineOptions) error {
	var svg bytes.Buffer
	if err := Timeline(&svg, doc, opt); err != nil {
		return err
	}
	if err := rasterise(w, svg.Bytes(), pngScale, runeWidth); err != nil {
		return fmt.Errorf("timeline png: %w", err)
	}
	return nil
}

// rasterise draws an SVG (ours, or Graphviz's) as a PNG: shapes with
// oksvg and rasterx, a pure-Go SVG path rasteriser, and text, which oksvg
// leaves out, with the Go fonts. room gives the width in thousandths of
// an em that the SVG's layout left for a character: text the Go font sets
// wider is set smaller to fit.
func rasterise(w io.Writer, svg []byte, scale float64, room func(r rune, bold bool) int) error {
	icon, err := oksvg.ReadIconStream(bytes.NewReader(svg), oksvg.IgnoreErrorMode)
	if err != nil {
		return fmt.Errorf("read svg: %w", err)
	}
	vb := icon.ViewBox
	if vb.W <= 0 || vb.H <= 0 {
		return errors.New("svg has no size")
	}
	W, H := int(vb.W*scale+0.5), int(vb.H*scale+0.5)
	if W*H > 100_000_000 {
		return fmt.Errorf("picture of %dx%d pixels is too large for a PNG", W, H)
	}
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	icon.SetTarget(0, 0, float64(W), float64(H))
	icon.Draw(rasterx.NewDasher(W, H, newBoxScanner(img)), 1)
	if err := drawTexts(img, svg, vb.X, vb.Y, float64(W)/vb.W, float64(H)/vb.H, room); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if err := png.Encode(bw, img); err != nil {
		return fmt.Errorf("encode png: %w", err)
	}
	return bw.Flush()
}

// textStyle is the inherited state of SVG text painting.
type textStyle struct {
	size         float64
	bold         bool
	fill         color.Color
	anchor       string
	halo         bool
	tx, ty       float64 // the translation of the current group
	sx, sy       float64 // and its scale
	transformSet bool
}

// drawTexts draws every <text> of svg onto img; (ox, oy) is the viewBox
// origin and kx, ky its scale to image pixels.
func drawTexts(img *image.RGBA, svg []byte, ox, oy, kx, ky float64, room func(rune, bool) int) error {
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = false
	stack := []textStyle{{size: 14, fill: color.RGBA{0x22, 0x22, 0x22, 0xff}, anchor: "start", sx: 1, sy: 1}}
	type run struct {
		x, y float64
		text string
		st   textStyle
	}
	var runs []run
	var inText bool
	var x, y float64 // the current text position
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("read svg text: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			st := stack[len(stack)-1]
			st.apply(t.Attr)
			stack = append(stack, st)
			if t.Name.Local == "text" || t.Name.Local == "tspan" {
				if t.Name.Local == "text" {
					inText = true
				}
				for _, a := range t.Attr {
					v, err := strconv.ParseFloat(strings.TrimSpace(a.Value), 64)
					if err != nil {
						continue
					}
					switch a.Name.Local {
					case "x":
						x = v
					case "y":
						y = v
					case "dy":
						y += v
					}
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if t.Name.Local == "text" {
				inText = false
			}
		case xml.CharData:
			if !inText {
				continue
			}
			s := strings.TrimSpace(string(t))
			if s == "" {
				continue
			}
			st := stack[len(stack)-1]
			runs = append(runs, run{x, y, s, st})
		}
	}
	// Halos first, so that no halo covers the text of a neighbour.
	for pass := range 2 {
		for _, r := range runs {
			if pass == 0 && !r.st.halo {
				continue
			}
			px := (r.st.tx + r.st.sx*r.x - ox) * kx
			py := (r.st.ty + r.st.sy*r.y - oy) * ky
			drawText(img, r.text, px, py, r.st, kx*r.st.sx, pass == 0, room)
		}
	}
	return nil
}

// apply updates the style with the presentation attributes of an element.
func (st *textStyle) apply(attrs []xml.Attr) {
	for _, a := range attrs {
		v := strings.TrimSpace(a.Value)
		switch a.Name.Local {
		case "font-size":
			if f, err := strconv.ParseFloat(strings.TrimSuffix(v, "px"), 64); err == nil && f > 0 && f < 1000 {
				st.size = f
			}
		case "font-weight":
			st.bold = v == "bold" || v == "700" || v == "800" || v == "900"
		case "fill":
			if c, err := oksvg.ParseSVGColor(v); err == nil && c != nil {
				st.fill = c
			}
		case "text-anchor":
			st.anchor = v
		case "class":
			for _, c := range strings.Fields(v) {
				switch c {
				case "halo":
					st.halo = true
				case "muted":
					st.fill = color.RGBA{0x66, 0x66, 0x66, 0xff}
				}
			}
		case "transform":
			st.transform(v)
		}
	}
}

// transform applies the translate and scale parts of an SVG transform,
// the parts Graphviz writes (its rotation is always 0).
func (st *textStyle) transform(v string) {
	for v != "" {
		open := strings.IndexByte(v, '(')
		closing := strings.IndexByte(v, ')')
		if open < 0 || closing < open {
			return
		}
		name := strings.TrimSpace(v[:open])
		var args []float64
		for _, f := range strings.FieldsFunc(v[open+1:closing], func(r rune) bool { return r == ' ' || r == ',' }) {
			n, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return
			}
			args = append(args, n)
		}
		v = v[closing+1:]
		switch {
		case name == "translate" && len(args) >= 1:
			dy := 0.0
			if len(args) > 1 {
				dy = args[1]
			}
			st.tx += st.sx * args[0]
			st.ty += st.sy * dy
		case name == "scale" && len(args) >= 1:
			sy := args[0]
			if len(args) > 1 {
				sy = args[1]
			}
			st.sx *= args[0]
			st.sy *= sy
		}
	}
}

// faces caches font faces by size and weight.
var faces sync.Map

type faceKey struct {
	size float64
	bold bool
}

func faceOf(size float64, bold bool) font.Face {
	k := faceKey{size, bold}
	if f, ok := faces.Load(k); ok {
		return f.(font.Face)
	}
	fs := goFonts()
	f := fs[0]
	if bold {
		f = fs[1]
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic(fmt.Sprintf("render: face of the embedded Go font: %v", err)) // sizes are positive
	}
	faces.Store(k, face)
	return face
}

// drawText draws s with its baseline at (x, y) in image pixels. k is the
// scale from SVG pixels to image pixels. Text that the Go font sets wider
// than room allows is set smaller to fit.
func drawText(img *image.RGBA, s string, x, y float64, st textStyle, k float64, halo bool, room func(rune, bool) int) {
	size := st.size * k
	if size < 1 {
		return
	}
	goW, fbW := 0, 0
	for _, r := range s {
		if g, ok := goAdvance(r, st.bold); ok {
			goW += g
		} else {
			goW += fallbackWidth(r, st.bold)
		}
		fbW += room(r, st.bold)
	}
	if goW > fbW && goW > 0 {
		size *= float64(fbW) / float64(goW)
	}
	face := faceOf(size, st.bold)
	w := float64(font.MeasureString(face, s)) / 64
	switch st.anchor {
	case "middle":
		x -= w / 2
	case "end":
		x -= w
	}
	dr := &font.Drawer{Dst: img, Src: image.NewUniform(st.fill), Face: face}
	if halo {
		dr.Src = image.White
		r := 1.5 * k
		for _, d := range [][2]float64{{-r, 0}, {r, 0}, {0, -r}, {0, r}, {-r * 0.7, -r * 0.7}, {r * 0.7, -r * 0.7}, {-r * 0.7, r * 0.7}, {r * 0.7, r * 0.7}} {
			dr.Dot = fixed.Point26_6{X: fixed.Int26_6((x + d[0]) * 64), Y: fixed.Int26_6((y + d[1]) * 64)}
			dr.DrawString(s)
		}
		return
	}
	dr.Dot = fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}
	dr.DrawString(s)
}

// boxScanner is a rasterx.Scanner that rasterises each path only over its
// bounding box: rasterx's ScannerGV covers the whole image for every
// path, which makes a picture of a few hundred shapes take seconds.
type boxScanner struct {
	dst        *image.RGBA
	r          vector.Rasterizer
	pts        []fixed.Point26_6
	starts     []bool // whether pts[i] starts a new subpath
	src        image.Image
	minX, minY fixed.Int26_6
	maxX, maxY fixed.Int26_6
}

func newBoxScanner(dst *image.RGBA) *boxScanner {
	s := &boxScanner{dst: dst, src: image.Black}
	s.Clear()
	return s
}

func (s *boxScanner) add(a fixed.Point26_6, start bool) {
	s.pts = append(s.pts, a)
	s.starts = append(s.starts, start)
	s.minX, s.minY = min(s.minX, a.X), min(s.minY, a.Y)
	s.maxX, s.maxY = max(s.maxX, a.X), max(s.maxY, a.Y)
}

// Start begins a subpath at a.
func (s *boxScanner) Start(a fixed.Point26_6) { s.add(a, true) }

// Line adds a line to b.
func (s *boxScanner) Line(b fixed.Point26_6) { s.add(b, false) }

// Draw fills the path gathered since Clear.
func (s *boxScanner) Draw() {
	if len(s.pts) == 0 {
		return
	}
	b := image.Rect(s.minX.Floor(), s.minY.Floor(), s.maxX.Ceil()+1, s.maxY.Ceil()+1).Intersect(s.dst.Bounds())
	if b.Empty() {
		return
	}
	s.r.Reset(b.Dx(), b.Dy())
	ox, oy := float32(b.Min.X), float32(b.Min.Y)
	for i, p := range s.pts {
		x, y := float32(p.X)/64-ox, float32(p.Y)/64-oy
		// Like rasterx's ScannerGV, a new subpath does not close the
		// last one: the stroker sends the sides of an outline as open
		// pieces that only together enclose it.
		if s.starts[i] {
			s.r.MoveTo(x, y)
		} else {
			s.r.LineTo(x, y)
		}
	}
	s.r.Draw(s.dst, b, s.src, b.Min)
}

// GetPathExtent returns the bounding box of the path.
func (s *boxScanner) GetPathExtent() fixed.Rectangle26_6 {
	return fixed.Rectangle26_6{Min: fixed.Point26_6{X: s.minX, Y: s.minY}, Max: fixed.Point26_6{X: s.maxX, Y: s.maxY}}
}

// SetBounds does nothing: the bounds are the destination's.
func (s *boxScanner) SetBounds(w, h int) {}

// SetColor sets the paint; gradients, which we never write, paint black.
func (s *boxScanner) SetColor(c interface{}) {
	if c, ok := c.(color.Color); ok {
		s.src = image.NewUniform(c)
	}
}

// SetWinding does nothing: the vector rasteriser fills non-zero.
func (s *boxScanner) SetWinding(bool) {}

// Clear forgets the path.
func (s *boxScanner) Clear() {
	s.pts, s.starts = s.pts[:0], s.starts[:0]
	const big = fixed.Int26_6(1 << 30)
	s.minX, s.minY, s.maxX, s.maxY = big, big, -big, -big
}

// SetClip does nothing: our pictures need no clipping.
func (s *boxScanner) SetClip(image.Rectangle) {}
