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

// columnFrame reports a drawn box that runs most of the height of the
// page's text: notes and adverts are boxed, whole columns are not.
func (s *state) columnFrame(r page.Rect) bool {
	top, bottom := math.Inf(1), math.Inf(-1)
	for _, l := range s.lines {
		top, bottom = math.Min(top, l.Box.Y0), math.Max(bottom, l.Box.Y1)
	}
	return r.Height() > 0.6*(bottom-top)
}
