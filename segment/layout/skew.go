package layout

import (
	"math"
	"strings"
	"unicode"

	"newsprint/page"
)

// Scans are rotated by a degree or so. Their boxes are then axis-aligned
// boxes of tilted things: a long rule becomes a box tens of pixels tall,
// a line's box grows by its width times the tilt, and column edges lean.
// deskew estimates the tilt from the words of the page's lines and turns
// every box back, so that the rest of the layout sees a straight page.

// skewSlope is the page's tilt as dy/dx of its text lines: the median of
// the slopes of long lines through their word centres; 0 when too few
// lines tell.
func skewSlope(lines []page.Line) float64 {
	var slopes []float64
	for _, l := range lines {
		if len(l.Words) < 3 || l.Box == nil || l.Box.Width() < 4*l.Box.Height() {
			continue
		}
		var sx, sy, sxx, sxy float64
		n := float64(len(l.Words))
		for _, w := range l.Words {
			x, y := w.Box.CenterX(), w.Box.CenterY()
			sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
		}
		d := n*sxx - sx*sx
		if d <= 0 {
			continue
		}
		slopes = append(slopes, (n*sxy-sx*sy)/d)
	}
	if len(slopes) < 5 {
		return 0
	}
	m := median(slopes)
	// Under a tenth of a degree nothing changes; past a few degrees the
	// estimate is wrong, not the page.
	if math.Abs(m) < 0.002 || math.Abs(m) > 0.08 {
		return 0
	}
	return m
}

// rotator turns page coordinates by the page's tilt about its centre.
type rotator struct {
	cx, cy, cos, sin float64
}

func newRotator(p *page.Page, lines []page.Line, slope float64) rotator {
	th := math.Atan(slope)
	r := rotator{cos: math.Cos(th), sin: math.Sin(th)}
	r.cx, r.cy = p.Width/2, p.Height/2
	if p.Width <= 0 || p.Height <= 0 {
		var all page.Rect
		for _, l := range lines {
			all = all.Union(*l.Box)
		}
		r.cx, r.cy = all.CenterX(), all.CenterY()
	}
	return r
}

// rect returns the upright box of the thing whose tilted box is b: its
// centre turned back, and the size of the rectangle whose tilted bounding
// box b is (at least a pixel, at most b's own size).
func (r rotator) rect(b page.Rect) page.Rect {
	x, y := b.CenterX()-r.cx, b.CenterY()-r.cy
	nx := r.cx + x*r.cos + y*r.sin
	ny := r.cy - x*r.sin + y*r.cos
	c, s := r.cos, math.Abs(r.sin)
	W, H := b.Width(), b.Height()
	d := c*c - s*s
	w := math.Min(W, math.Max(1, (W*c-H*s)/d))
	h := math.Min(H, math.Max(1, (H*c-W*s)/d))
	return page.Rect{X0: nx - w/2, Y0: ny - h/2, X1: nx + w/2, Y1: ny + h/2}
}

// deskew returns copies of the lines, rules, boxes and images of p turned
// upright. Lines with words get the union of their upright words as box.
func deskew(p *page.Page, lines []page.Line) ([]page.Line, []page.Rule, []page.RectShape, []page.Image) {
	slope := skewSlope(lines)
	if slope == 0 {
		return lines, p.Rules, p.Boxes, p.Images
	}
	r := newRotator(p, lines, slope)
	out := make([]page.Line, len(lines))
	for i, l := range lines {
		b := r.rect(*l.Box)
		if len(l.Words) > 0 {
			words := make([]page.Word, len(l.Words))
			var u page.Rect
			for k, w := range l.Words {
				w.Box = r.rect(w.Box)
				words[k] = w
				u = u.Union(w.Box)
			}
			l.Words = words
			if !u.Empty() {
				b = u
			}
		}
		l.Box = &b
		out[i] = l
	}
	rules := make([]page.Rule, len(p.Rules))
	for i, rl := range p.Rules {
		rules[i] = page.Rule{Box: r.rect(rl.Box)}
	}
	boxes := make([]page.RectShape, len(p.Boxes))
	for i, bx := range p.Boxes {
		boxes[i] = page.RectShape{Box: r.rect(bx.Box), Filled: bx.Filled}
	}
	images := make([]page.Image, len(p.Images))
	for i, im := range p.Images {
		images[i] = page.Image{Box: r.rect(im.Box)}
	}
	return out, rules, boxes, images
}

// stripBars drops the words at either end of an OCR line that are only
// bars: OCR reads a column rule next to the text as "|", which would
// stretch the line's box across the rule.
func stripBars(l page.Line) page.Line {
	ws := l.Words
	text := strings.TrimSpace(l.Text)
	for len(ws) > 1 && barWord(ws[len(ws)-1].Text) {
		i := strings.LastIndex(text, strings.TrimSpace(ws[len(ws)-1].Text))
		if i < 0 {
			return l
		}
		text = strings.TrimSpace(text[:i])
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 1 && barWord(ws[0].Text) {
		w := strings.TrimSpace(ws[0].Text)
		if !strings.HasPrefix(text, w) {
			return l
		}
		text = strings.TrimSpace(text[len(w):])
		ws = ws[1:]
	}
	if len(ws) == len(l.Words) {
		return l
	}
	if l.RunIn > 0 {
		l.RunIn = 0
	}
	box := ws[0].Box
	for _, w := range ws[1:] {
		box = box.Union(w.Box)
	}
	l.Words, l.Text, l.Box = ws, text, &box
	return l
}

// pitch is the character pitch of a CJK line, its width over its
// characters (half-width ones count half): on a scan a steadier measure of
// its type size than the glyph height OCR reports. 0 when the line is
// short or not mostly CJK.
func pitch(l page.Line) float64 {
	em, wideN := 0.0, 0
	for _, r := range l.Text {
		switch {
		case wide(r):
			em++
			wideN++
		case r == ' ':
		default:
			em += 0.5
		}
	}
	if em < 4 || float64(wideN) < 0.8*em {
		return 0
	}
	return l.Box.Width() / em
}

// shortPitch is pitch for a line too short for it when the line is three
// Han ideographs: they fill their em squares, so even three tell the
// type's pitch (a kicker such as a column name over a head), where a
// punctuation mark's ink would shrink the box. 0 otherwise.
func shortPitch(l page.Line) float64 {
	if p := pitch(l); p > 0 {
		return p
	}
	n := 0
	for _, r := range l.Text {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
		case r != ' ':
			return 0
		}
	}
	if n != 3 {
		return 0
	}
	return l.Box.Width() / 3
}

// trimHeight cuts an OCR line box that is far taller than the line's type
// (a word box stretched over a neighbouring line, a photo edge, an accent)
// to its size around the middle of its words, so that it no longer
// overlaps the lines above and below.
func trimHeight(l page.Line) page.Line {
	if l.Size <= 0 || l.Box.Height() <= 1.5*l.Size {
		return l
	}
	mids := make([]float64, 0, len(l.Words))
	for _, w := range l.Words {
		mids = append(mids, w.Box.CenterY())
	}
	mid := l.Box.CenterY()
	if len(mids) > 0 {
		mid = median(mids)
	}
	b := *l.Box
	b.Y0, b.Y1 = math.Max(b.Y0, mid-0.7*l.Size), math.Min(b.Y1, mid+0.7*l.Size)
	if b.Empty() {
		return l
	}
	l.Box = &b
	return l
}

// trimGlyph cuts the box OCR gave the first character of a line when it
// runs over the next character's and, even up to where that one starts,
// is over three characters wide: it took in a rule or the gutter to the
// left, and a line measured that wide has the pitch, and the left edge, of
// no column. The character gets the median width per character of the
// line's other words, set against the next. (OCR often stretches a first
// character's box over the next ones from its own left edge, which is
// then right: that box starts under three characters before the next.)
func trimGlyph(l page.Line) page.Line {
	if len(l.Words) < 3 || runes(l.Words[0].Text) != 1 {
		return l
	}
	var ws []float64
	for _, w := range l.Words[1:] {
		if k := runes(w.Text); k > 0 {
			ws = append(ws, w.Box.Width()/float64(k))
		}
	}
	first, nb := l.Words[0].Box, l.Words[1].Box
	cw := median(ws)
	// Without a measured character width there is nothing to cut back to.
	if cw <= 0 || first.OverlapX(nb) <= 0.5*nb.Width() || nb.X0-first.X0 <= 3*cw {
		return l
	}
	words := append([]page.Word(nil), l.Words...)
	words[0].Box.X0, words[0].Box.X1 = nb.X0-cw, nb.X0
	box := *l.Box
	box.X0 = words[0].Box.X0
	for _, w := range words[1:] {
		box.X0 = math.Min(box.X0, w.Box.X0)
	}
	l.Words, l.Box = words, &box
	return l
}

// capSize corrects an OCR size that a CJK line's pitch rules out: CJK
// glyphs are no taller than their square body, so a size far above the
// width per character comes from something else on the raster (a photo
// edge, a line read twice).
//
// A CJK character or two, too few to measure a pitch, are capped at the
// larger side of their box per character: a glyph larger than its box is
// OCR's error. Mixed with a Latin letter or digit (counted half a
// character, and narrower or wider than that), they make no square: they
// are capped at the width when the size is over twice that.
func capSize(l page.Line) page.Line {
	if p := pitch(l); p > 0 && l.Size > 1.4*p {
		l.Size = p
	}
	if n, w := runes(l.Text), wideRunes(l.Text); n > 0 && n <= 3 && w > 0 {
		side, slack := l.Box.Width()/(float64(w)+0.5*float64(n-w)), 2.0
		if w == n {
			side, slack = math.Max(l.Box.Height(), side), 1.25
		}
		if l.Size > slack*side {
			l.Size = side
		}
	}
	return l
}

// raiseSizes corrects OCR sizes that a CJK line's glyphs and pitch both
// rule out: on broken (bitonal) type the size is measured on fragments of
// strokes, far below the glyphs' height, while the characters' boxes and
// spacing still show the type's size (a head measured as small as body
// text). The glyphs' height is scaled as the page's typical glyph is to
// its body size, so that a body line measured small becomes body text
// again, and a head a head.
func raiseSizes(lines []page.Line) {
	var all []float64
	for _, l := range lines {
		if pitch(l) > 0 {
			for _, w := range l.Words {
				all = append(all, w.Box.Height())
			}
		}
	}
	glyph, body := median(all), bodySize(lines)
	if glyph <= 0 {
		return // no boxes, or boxes without height (bad OCR input): no scale
	}
	for i, l := range lines {
		p := pitch(l)
		if p <= 0 || l.Size <= 0 || len(l.Words) < 3 {
			continue
		}
		h := math.Min(wordHeight(l), p)
		if size := h * body / glyph; h >= 1.5*l.Size {
			lines[i].Size = size
		}
	}
}

// wordHeight is the median height of the line's word boxes (its glyphs'
// height on CJK lines); 0 for a line without words.
func wordHeight(l page.Line) float64 {
	hs := make([]float64, 0, len(l.Words))
	for _, w := range l.Words {
		hs = append(hs, w.Box.Height())
	}
	return median(hs)
}

// wideRunes counts the CJK characters of s.
func wideRunes(s string) int {
	n := 0
	for _, r := range s {
		if wide(r) {
			n++
		}
	}
	return n
}
