package pdftext

import (
	"fmt"
	"math"
	"reflect"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"newsprint/page"
)

// matrix is a PDF transformation [a b c d e f]: x' = a x + c y + e,
// y' = b x + d y + f.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m first, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// Limits per page.
const (
	maxFormDepth = 16
	maxGStack    = 1024
	maxMarked    = 1024
	maxOps       = 20_000_000
	maxGlyphs    = 2_000_000
	maxShapes    = 50_000
)

type gstate struct {
	ctm                        matrix
	font                       *font
	size, tc, tw, th, tl, rise float64
	tr                         int
	lineWidth                  float64
}

// glyph is one shown character on the page (device space: points, origin
// top-left of the displayed page).
type glyph struct {
	text      string
	box       page.Rect
	ox, oy    float64 // origin (start of advance) in device space
	size      float64
	font      *font
	bold      bool
	invisible bool
	dir       int // reading direction: 0 →, 1 ↓, 2 ←, 3 ↑
}

type marked struct {
	actual string
	has    bool
	start  int
}

type interp struct {
	d        *doc
	dev      matrix // user space → device space
	pageArea float64
	gs       gstate
	stack    []gstate
	overflow int // q operators beyond maxGStack, matched by Q first
	tm, tlm  matrix
	inText   bool

	glyphs []glyph
	rules  []page.Rule
	boxes  []page.RectShape
	images []page.Image
	warns  map[string]bool
	ops    int
	pua    int

	marks   []marked
	actual  int // depth of open ActualText spans
	forms   map[int]bool
	path    []subpath
	cur     *subpath
	stopped bool

	fontCache map[fontKey]*font

	bigImage types.Object // the largest image XObject, for scans
	bigBox   page.Rect
}

type subpath struct {
	pts    [][2]float64 // device space
	curved bool
	closed bool
	rect   bool
}

func (in *interp) warn(format string, args ...any) {
	if in.warns == nil {
		in.warns = map[string]bool{}
	}
	if len(in.warns) < 50 {
		in.warns[fmt.Sprintf(format, args...)] = true
	}
}

func (in *interp) run(content []byte, res types.Dict, depth int) {
	lx := &lexer{b: content}
	var ops []any
	for !in.stopped {
		o, ok := lx.next()
		if !ok {
			break
		}
		kw, isOp := o.(keyword)
		if !isOp {
			if len(ops) < maxOperands {
				ops = append(ops, o)
			}
			continue
		}
		in.ops++
		if in.ops > maxOps {
			in.warn("content stream too long: stopped after %d operators", maxOps)
			in.stopped = true
			break
		}
		if kw == "BI" {
			in.inlineImage(lx)
		} else {
			in.op(kw, ops, res, depth)
		}
		ops = ops[:0]
	}
}

// nums reads n numeric operands; ok=false when they are missing.
func nums(ops []any, n int) ([]float64, bool) {
	if len(ops) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i, o := range ops[len(ops)-n:] {
		f, ok := o.(float64)
		if !ok || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, false
		}
		out[i] = f
	}
	return out, true
}

func num1(ops []any) (float64, bool) {
	v, ok := nums(ops, 1)
	if !ok {
		return 0, false
	}
	return v[0], true
}

func (in *interp) op(kw keyword, ops []any, res types.Dict, depth int) {
	gs := &in.gs
	switch kw {
	case "q":
		if len(in.stack) >= maxGStack {
			if in.overflow == 0 {
				in.warn("graphics state nesting deeper than %d; extra q ignored", maxGStack)
			}
			in.overflow++
			return
		}
		in.stack = append(in.stack, *gs)
	case "Q":
		if in.overflow > 0 {
			in.overflow--
			return
		}
		if n := len(in.stack); n > 0 {
			*gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(ops, 6); ok {
			gs.ctm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}.mul(gs.ctm)
		}
	case "w":
		if v, ok := num1(ops); ok {
			gs.lineWidth = v
		}
	case "BT":
		in.tm, in.tlm = identity, identity
		in.inText = true
	case "ET":
		in.inText = false
	case "Tf":
		if len(ops) >= 2 {
			n, _ := ops[len(ops)-2].(name)
			if v, ok := ops[len(ops)-1].(float64); ok {
				gs.size = v
			}
			gs.font = in.font(res, string(n))
		}
	case "Tc":
		if v, ok := num1(ops); ok {
			gs.tc = v
		}
	case "Tw":
		if v, ok := num1(ops); ok {
			gs.tw = v
		}
	case "Tz":
		if v, ok := num1(ops); ok {
			gs.th = v / 100
		}
	case "TL":
		if v, ok := num1(ops); ok {
			gs.tl = v
		}
	case "Ts":
		if v, ok := num1(ops); ok {
			gs.rise = v
		}
	case "Tr":
		if v, ok := num1(ops); ok {
			gs.tr = int(v)
		}
	case "Td":
		if v, ok := nums(ops, 2); ok {
			in.td(v[0], v[1])
		}
	case "TD":
		if v, ok := nums(ops, 2); ok {
			gs.tl = -v[1]
			in.td(v[0], v[1])
		}
	case "Tm":
		if v, ok := nums(ops, 6); ok {
			in.tm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
			in.tlm = in.tm
		}
	case "T*":
		in.td(0, -gs.tl)
	case "Tj":
		if len(ops) > 0 {
			if s, ok := ops[len(ops)-1].([]byte); ok {
				in.show(s)
			}
		}
	case "'":
		in.td(0, -gs.tl)
		if len(ops) > 0 {
			if s, ok := ops[len(ops)-1].([]byte); ok {
				in.show(s)
			}
		}
	case "\"":
		if len(ops) >= 3 {
			if v, ok := ops[len(ops)-3].(float64); ok {
				gs.tw = v
			}
			if v, ok := ops[len(ops)-2].(float64); ok {
				gs.tc = v
			}
			in.td(0, -gs.tl)
			if s, ok := ops[len(ops)-1].([]byte); ok {
				in.show(s)
			}
		}
	case "TJ":
		if len(ops) > 0 {
			if a, ok := ops[len(ops)-1].([]any); ok {
				for _, e := range a {
					switch v := e.(type) {
					case []byte:
						in.show(v)
					case float64:
						in.adjust(v)
					}
				}
			}
		}
	case "Do":
		if len(ops) > 0 {
			if n, ok := ops[len(ops)-1].(name); ok {
				in.do(res, string(n), depth)
			}
		}
	case "BMC":
		in.beginMarked(false, "")
	case "BDC":
		in.bdc(ops, res)
	case "EMC":
		in.endMarked()
	case "m":
		if v, ok := nums(ops, 2); ok {
			in.moveTo(v[0], v[1])
		}
	case "l":
		if v, ok := nums(ops, 2); ok {
			in.lineTo(v[0], v[1])
		}
	case "c", "v", "y":
		n := 6
		if kw != "c" {
			n = 4
		}
		if v, ok := nums(ops, n); ok {
			in.lineTo(v[n-2], v[n-1])
			if in.cur != nil {
				in.cur.curved = true
			}
		}
	case "h":
		if in.cur != nil {
			in.cur.closed = true
		}
	case "re":
		if v, ok := nums(ops, 4); ok {
			in.rect(v[0], v[1], v[2], v[3])
		}
	case "S", "s":
		in.paint(false, true)
	case "f", "F", "f*":
		in.paint(true, false)
	case "B", "B*", "b", "b*":
		in.paint(true, true)
	case "n":
		in.path, in.cur = in.path[:0], nil
	}
}

func (in *interp) td(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
}

// fontKey identifies a font resource: the resource dictionary (by map
// identity) and the name in it.
type fontKey struct {
	res  uintptr
	name string
}

func (in *interp) font(res types.Dict, n string) *font {
	k := fontKey{reflect.ValueOf(res).Pointer(), n}
	if f, ok := in.fontCache[k]; ok {
		return f
	}
	f := in.loadFontRes(res, n)
	in.fontCache[k] = f
	return f
}

func (in *interp) loadFontRes(res types.Dict, n string) *font {
	fonts := in.d.dict(res["Font"])
	ref, ok := fonts[n]
	if !ok {
		in.warn("font %s not found in resources; text shown with default metrics", n)
	}
	f, warns := in.d.loadFont(ref)
	for _, w := range warns {
		in.warn("%s", w)
	}
	return f
}

// adjust applies a TJ number (thousandths of text space units).
func (in *interp) adjust(v float64) {
	gs := &in.gs
	if gs.font != nil && gs.font.wmode == 1 {
		in.tm = matrix{1, 0, 0, 1, 0, -v / 1000 * gs.size}.mul(in.tm)
		return
	}
	in.tm = matrix{1, 0, 0, 1, -v / 1000 * gs.size * gs.th, 0}.mul(in.tm)
}

// show lays out a string: one glyph per code, advancing the text matrix.
func (in *interp) show(s []byte) {
	gs := &in.gs
	f := gs.font
	if f == nil {
		in.warn("text shown without a font (no Tf)")
		f, _ = in.d.loadFont(nil)
		gs.font = f
	}
	m := in.tm.mul(gs.ctm)
	full := m.mul(in.dev)
	// Device vectors of one text-space unit along x and y.
	ax, ay := full[0], full[1]
	bx, by := full[2], full[3]
	yScale := math.Hypot(m[2], m[3])
	size := math.Abs(gs.size) * yScale
	asc, desc := f.asc, f.desc
	if f.kind == type3Font {
		size *= math.Abs(f.fm[3]) * 1000
	}
	dir := direction(ax, ay)
	invisible := gs.tr == 3 || gs.tr == 7
	bold := gs.tr == 2 || gs.tr == 6
	for len(s) > 0 {
		g, n := f.next(s)
		s = s[n:]
		fs := gs.size
		// Glyph box in text space (before Tfs/Th), then through full.
		x0, x1 := 0.0, g.w
		y0, y1 := desc, asc
		if f.wmode == 1 {
			x0, x1 = -g.vx, -g.vx+g.w
			y0, y1 = desc-f.dw2[0]/1000, asc-f.dw2[0]/1000
		}
		// Spaces and unmapped codes make no glyph, except inside an
		// ActualText span, whose replacement text needs their boxes.
		if (in.actual > 0 || g.text != "" && g.text != " ") && len(in.glyphs) < maxGlyphs {
			sx, sy := fs*gs.th, fs
			pts := [4][2]float64{{x0 * sx, y0*sy + gs.rise}, {x1 * sx, y0*sy + gs.rise}, {x0 * sx, y1*sy + gs.rise}, {x1 * sx, y1*sy + gs.rise}}
			box := page.Rect{X0: math.Inf(1), Y0: math.Inf(1), X1: math.Inf(-1), Y1: math.Inf(-1)}
			for _, p := range pts {
				X := ax*p[0] + bx*p[1] + full[4]
				Y := ay*p[0] + by*p[1] + full[5]
				box.X0, box.X1 = min(box.X0, X), max(box.X1, X)
				box.Y0, box.Y1 = min(box.Y0, Y), max(box.Y1, Y)
			}
			ox, oy := bx*gs.rise+full[4], by*gs.rise+full[5]
			gd := dir
			if f.wmode == 1 {
				gd = direction(-bx, -by)
			}
			if g.pua {
				in.pua++
			}
			if !math.IsNaN(box.X0+box.X1+box.Y0+box.Y1) && !math.IsInf(box.X0+box.X1+box.Y0+box.Y1, 0) {
				in.glyphs = append(in.glyphs, glyph{
					text: g.text, box: box, ox: ox, oy: oy, size: size, font: f,
					bold: bold || f.bold, invisible: invisible, dir: gd,
				})
			}
		}
		// Advance.
		if f.wmode == 1 {
			ty := g.w1*fs + gs.tc
			if g.space {
				ty += gs.tw
			}
			in.tm = matrix{1, 0, 0, 1, 0, ty}.mul(in.tm)
		} else {
			tx := g.w*fs + gs.tc
			if g.space {
				tx += gs.tw
			}
			tx *= gs.th
			in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
		}
		full = in.tm.mul(gs.ctm).mul(in.dev)
	}
}

// direction quantises a device-space vector to 0 →, 1 ↓, 2 ←, 3 ↑.
func direction(x, y float64) int {
	if math.Abs(x) >= math.Abs(y) {
		if x >= 0 {
			return 0
		}
		return 2
	}
	if y > 0 {
		return 1
	}
	return 3
}

func (in *interp) beginMarked(has bool, text string) {
	if len(in.marks) >= maxMarked {
		in.marks = append(in.marks[:maxMarked-1], marked{}) // keep the stack bounded
		return
	}
	if has && in.actual > 0 {
		has = false // only the outermost ActualText counts
	}
	if has {
		in.actual++
	}
	in.marks = append(in.marks, marked{actual: text, has: has, start: len(in.glyphs)})
}

func (in *interp) bdc(ops []any, res types.Dict) {
	if len(ops) < 2 {
		in.beginMarked(false, "")
		return
	}
	var at []byte
	found := false
	switch p := ops[len(ops)-1].(type) {
	case map[string]any:
		at, found = p["ActualText"].([]byte)
	case name:
		props := in.d.dict(in.d.dict(res["Properties"])[string(p)])
		if v, ok := props["ActualText"]; ok {
			at, found = in.d.bytes(v), true
		}
	}
	in.beginMarked(found, decodeTextString(at))
}

// decodeTextString decodes a PDF text string (UTF-16BE with BOM, UTF-8
// with BOM, or PDFDocEncoding, approximated by Latin-1).
func decodeTextString(b []byte) string {
	if len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
		return utf16String(utf16Units(b[2:]))
	}
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return string(b[3:])
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// endMarked closes a marked-content span; an ActualText span replaces the
// glyphs shown inside it by one glyph carrying the replacement text.
func (in *interp) endMarked() {
	n := len(in.marks)
	if n == 0 {
		return
	}
	m := in.marks[n-1]
	in.marks = in.marks[:n-1]
	if !m.has {
		return
	}
	in.actual--
	if m.start >= len(in.glyphs) {
		return
	}
	g := in.glyphs[m.start]
	for _, o := range in.glyphs[m.start+1:] {
		g.box = g.box.Union(o.box)
	}
	g.text, _ = cleanText(m.actual)
	in.glyphs = in.glyphs[:m.start]
	if g.text != "" {
		in.glyphs = append(in.glyphs, g)
	}
}

// do paints an XObject: images are recorded, forms are interpreted.
func (in *interp) do(res types.Dict, n string, depth int) {
	xobjs := in.d.dict(res["XObject"])
	ref, ok := xobjs[n]
	if !ok {
		in.warn("XObject %s not found", n)
		return
	}
	sd, ok := in.d.deref(ref).(types.StreamDict)
	if !ok {
		return
	}
	switch in.d.name(sd.Dict["Subtype"]) {
	case "Image":
		in.image(ref)
	case "Form":
		num := objNum(ref)
		if depth >= maxFormDepth {
			in.warn("form XObjects nested deeper than %d; %s skipped", maxFormDepth, n)
			return
		}
		if num > 0 && in.forms[num] {
			in.warn("form XObject %s draws itself; skipped", n)
			return
		}
		_, content, err := in.d.stream(ref)
		if err != nil {
			in.warn("form XObject %s: %v", n, err)
			return
		}
		if num > 0 {
			in.forms[num] = true
			defer delete(in.forms, num)
		}
		formRes := in.d.dict(sd.Dict["Resources"])
		if formRes == nil {
			formRes = res
		}
		saved, savedStack, savedOverflow := in.gs, len(in.stack), in.overflow
		savedTm, savedTlm, savedIn := in.tm, in.tlm, in.inText
		if v := in.d.nums(sd.Dict["Matrix"]); len(v) == 6 {
			in.gs.ctm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}.mul(in.gs.ctm)
		}
		in.run(content, formRes, depth+1)
		in.gs, in.stack, in.overflow = saved, in.stack[:min(savedStack, len(in.stack))], savedOverflow
		in.tm, in.tlm, in.inText = savedTm, savedTlm, savedIn
	}
}

// image records the unit square under the CTM as an image placement.
func (in *interp) image(ref types.Object) {
	if len(in.images) >= maxShapes {
		return
	}
	m := in.gs.ctm.mul(in.dev)
	r := in.bbox([][2]float64{
		pt(m, 0, 0), pt(m, 1, 0), pt(m, 0, 1), pt(m, 1, 1),
	})
	if !r.Empty() {
		in.images = append(in.images, page.Image{Box: r})
		if a := r.Width() * r.Height(); ref != nil && a > in.bigBox.Width()*in.bigBox.Height() {
			in.bigImage, in.bigBox = ref, r
		}
	}
}

func pt(m matrix, x, y float64) [2]float64 {
	X, Y := m.apply(x, y)
	return [2]float64{X, Y}
}

func (in *interp) bbox(pts [][2]float64) page.Rect {
	r := page.Rect{X0: math.Inf(1), Y0: math.Inf(1), X1: math.Inf(-1), Y1: math.Inf(-1)}
	for _, p := range pts {
		r.X0, r.X1 = min(r.X0, p[0]), max(r.X1, p[0])
		r.Y0, r.Y1 = min(r.Y0, p[1]), max(r.Y1, p[1])
	}
	if math.IsInf(r.X0, 0) || math.IsNaN(r.X0+r.X1+r.Y0+r.Y1) {
		return page.Rect{}
	}
	return r
}

// inlineImage skips BI ... ID data EI and records the placement.
func (in *interp) inlineImage(lx *lexer) {
	for {
		o, ok := lx.next()
		if !ok {
			return
		}
		if k, isKw := o.(keyword); isKw && k == "ID" {
			break
		}
	}
	lx.skipInlineImage()
	in.image(nil)
}

// Paths: only what rules and boxes need.

func (in *interp) moveTo(x, y float64) {
	if len(in.path) >= 4096 {
		return
	}
	in.path = append(in.path, subpath{pts: [][2]float64{pt(in.gs.ctm.mul(in.dev), x, y)}})
	in.cur = &in.path[len(in.path)-1]
}

func (in *interp) lineTo(x, y float64) {
	if in.cur == nil {
		in.moveTo(x, y)
		return
	}
	if len(in.cur.pts) < 64 {
		in.cur.pts = append(in.cur.pts, pt(in.gs.ctm.mul(in.dev), x, y))
	} else {
		in.cur.curved = true // too complex to be a rule or box
	}
}

func (in *interp) rect(x, y, w, h float64) {
	if len(in.path) >= 4096 {
		return
	}
	m := in.gs.ctm.mul(in.dev)
	in.path = append(in.path, subpath{pts: [][2]float64{pt(m, x, y), pt(m, x+w, y), pt(m, x+w, y+h), pt(m, x, y+h)}, closed: true, rect: true})
	in.cur = nil
}

// paint turns the current path into rules and boxes.
func (in *interp) paint(fill, stroke bool) {
	defer func() { in.path, in.cur = in.path[:0], nil }()
	if len(in.rules)+len(in.boxes) >= maxShapes {
		return
	}
	// Stroke width in device space (approximate: mean axis scale).
	m := in.gs.ctm
	lw := math.Max(in.gs.lineWidth, 0.1) * math.Sqrt(math.Abs(m[0]*m[3]-m[1]*m[2]))
	for _, sp := range in.path {
		if sp.curved || len(sp.pts) < 2 {
			continue
		}
		if !sp.rect && !axisRect(sp.pts) {
			if !stroke {
				continue
			}
			// Straight segments: horizontal or vertical ones are rules.
			for i := 1; i < len(sp.pts); i++ {
				a, b := sp.pts[i-1], sp.pts[i]
				if math.Abs(a[1]-b[1]) < 0.5 || math.Abs(a[0]-b[0]) < 0.5 {
					r := in.bbox([][2]float64{a, b})
					r.X0 -= lw / 2
					r.X1 += lw / 2
					r.Y0 -= lw / 2
					r.Y1 += lw / 2
					in.rules = append(in.rules, page.Rule{Box: r})
				}
			}
			continue
		}
		r := in.bbox(sp.pts)
		if r.X1 < r.X0 || r.Y1 < r.Y0 {
			continue
		}
		thin := math.Min(r.Width(), r.Height())
		long := math.Max(r.Width(), r.Height())
		switch {
		case thin <= 3 && long >= 3*thin && long > 5:
			if stroke {
				r = page.Rect{X0: r.X0 - lw/2, Y0: r.Y0 - lw/2, X1: r.X1 + lw/2, Y1: r.Y1 + lw/2}
			}
			in.rules = append(in.rules, page.Rule{Box: r})
		case r.Width()*r.Height() >= 0.9*in.pageArea:
			// page background
		case !r.Empty():
			in.boxes = append(in.boxes, page.RectShape{Box: r, Filled: fill})
		}
	}
}

// axisRect reports whether a closed 4- or 5-point polygon is an
// axis-aligned rectangle.
func axisRect(p [][2]float64) bool {
	if len(p) == 5 && math.Abs(p[4][0]-p[0][0]) < 0.01 && math.Abs(p[4][1]-p[0][1]) < 0.01 {
		p = p[:4]
	}
	if len(p) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		a, b := p[i], p[(i+1)%4]
		if math.Abs(a[0]-b[0]) > 0.01 && math.Abs(a[1]-b[1]) > 0.01 {
			return false
		}
	}
	return true
}
