package layout

import (
	"math"
	"strings"

	"newsprint/page"
)

// Clean-up of OCR lines before they are grouped: specks of a photo read
// as words, lines read across a column rule, column rules that a scan's
// rule finder closed into frames.

// speck reports an OCR line of a few small Latin letters or signs read
// with low confidence: texture of a photo or dirt on the paper, not print.
// (A CJK character alone may be print: a quote mark, a label.) Nor is a
// line whose size, height and width per character are all a fraction of
// body text's: no print is that small.
func speck(l page.Line, body float64) bool {
	if small := 0.2 * body; lineSize(l) < small && l.Box.Height() < small && l.Box.Width() < small*float64(runes(l.Text)) {
		// A box too small for any print: OCR's misplaced word.
		return true
	}
	if runes(l.Text) > 3 || lineSize(l) >= 0.6*body || l.Conf >= 0.8 {
		return false
	}
	return wideRunes(l.Text) == 0
}

// splitBars cuts an OCR line at a word inside it that is only bars: a
// column rule that the line was read across, from one column into the
// next. The bar goes.
func splitBars(l page.Line) []page.Line {
	var out []page.Line
	start, from, pos := 0, 0, 0
	for i, w := range l.Words {
		at := strings.Index(l.Text[pos:], w.Text)
		if at < 0 || w.Text == "" {
			return []page.Line{l} // words do not spell the text: leave it
		}
		wStart := pos + at
		pos = wStart + len(w.Text)
		if i == 0 || i == len(l.Words)-1 || !barWord(w.Text) {
			continue
		}
		if i > start {
			out = append(out, piece(l, start, i, l.Text[from:wStart], from))
		}
		start, from = i+1, pos
	}
	if len(out) == 0 {
		return []page.Line{l}
	}
	return append(out, piece(l, start, len(l.Words), l.Text[from:], from))
}

// barWord reports a word that is only bars (or empty): a column rule read
// as text.
func barWord(t string) bool { return strings.Trim(t, "|｜ ") == "" }

// columnFrame reports a drawn box whose sides are column rules: one that
// runs most of the height of the page's text (notes and adverts are boxed,
// whole columns are not), or one set in a row of ruled columns.
func (s *state) columnFrame(r page.Rect, vrules []page.Rect) bool {
	top, bottom := math.Inf(1), math.Inf(-1)
	for _, l := range s.lines {
		top, bottom = math.Min(top, l.Box.Y0), math.Max(bottom, l.Box.Y1)
	}
	return r.Height() > 0.6*(bottom-top) || s.ruledColumn(r, vrules)
}

// ruledColumn reports a box that a scan's rule finder made of two column
// rules: it pairs any two vertical rules of one height, and the rules
// between the columns of an article all run the article's height. So
// another rule, or a side of another box, of the box's height stands a
// column of text away from one of its sides (boxes side by side, as
// adverts are set, have no text between them), or a column rule runs
// through it.
func (s *state) ruledColumn(r page.Rect, vrules []page.Rect) bool {
	others := append([]page.Rect(nil), vrules...)
	for _, bx := range s.shapes {
		if bx.Box != r {
			others = append(others, sides(bx.Box)...)
		}
	}
	for _, o := range vrules {
		// A rule through the box from above or below it: a column rule,
		// which runs through no frame.
		if o.X0 > r.X0+s.body && o.X1 < r.X1-s.body && o.Y0 <= r.Y0+s.body && o.Y1 >= r.Y1-s.body && (o.Y0 < r.Y0-s.body || o.Y1 > r.Y1+s.body) {
			return true
		}
	}
	for _, o := range others {
		if !sameSpan(o.Y0, o.Y1, r.Y0, r.Y1) {
			continue
		}
		x0, x1 := r.X1, o.X0
		if o.X1 <= r.X0 {
			x0, x1 = o.X1, r.X0
		}
		if x1-x0 < 2*s.body || x1-x0 > 1.5*r.Width() {
			continue
		}
		for _, l := range s.lines {
			if cx, cy := l.Box.CenterX(), l.Box.CenterY(); cx > x0 && cx < x1 && cy > r.Y0 && cy < r.Y1 {
				return true
			}
		}
	}
	return false
}

// sameSpan reports spans a0..a1 and b0..b1 that overlap by nine tenths
// of the longer one.
func sameSpan(a0, a1, b0, b1 float64) bool {
	overlap := math.Min(a1, b1) - math.Max(a0, b0)
	return overlap > 0 && overlap >= 0.9*math.Max(a1-a0, b1-b0)
}
