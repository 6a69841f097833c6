package ocr

import (
	"math"

	"newsprint/page"
)

// rulesAndBoxes sorts Tesseract's separators into rules and drawn boxes.
// Only long thin separators are rules (a skewed rule has a box a few
// pixels high). Two vertical rules of about the same extent, with any
// horizontal rules along their ends, are the sides of a box around an
// editor's note or advert: PDFs draw those as rectangles, and so the page
// gets a box rather than four rules.
func rulesAndBoxes(seps []page.Rect) (rules []page.Rect, boxes []page.Rect) {
	var hs, vs []page.Rect
	for _, r := range seps {
		switch w, h := r.Width(), r.Height(); {
		case w >= 8*h:
			hs = append(hs, r)
		case h >= 8*w:
			vs = append(vs, r)
		}
	}
	usedV := make([]bool, len(vs))
	usedH := make([]bool, len(hs))
	for i := range vs {
		for j := i + 1; j < len(vs) && !usedV[i]; j++ {
			a, b := vs[i], vs[j]
			if usedV[j] || !sameExtent(a.Y0, a.Y1, b.Y0, b.Y1) {
				continue
			}
			box := a.Union(b)
			// The box's top and bottom edges, if Tesseract found them.
			tol := 0.05 * box.Height()
			for k, h := range hs {
				if !usedH[k] && sameExtent(h.X0, h.X1, box.X0, box.X1) &&
					(math.Abs(h.Y0-box.Y0) <= tol || math.Abs(h.Y1-box.Y1) <= tol) {
					usedH[k] = true
					box = box.Union(h)
				}
			}
			usedV[i], usedV[j] = true, true
			boxes = append(boxes, box)
		}
	}
	for i, r := range vs {
		if !usedV[i] {
			rules = append(rules, r)
		}
	}
	for i, r := range hs {
		if !usedH[i] {
			rules = append(rules, r)
		}
	}
	return rules, boxes
}

// sameExtent reports whether spans a0..a1 and b0..b1 overlap by 90% of
// the longer one.
func sameExtent(a0, a1, b0, b1 float64) bool {
	overlap := min(a1, b1) - max(a0, b0)
	return overlap > 0 && overlap >= 0.9*max(a1-a0, b1-b0)
}
