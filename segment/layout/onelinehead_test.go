package layout

import (
	"testing"

	"newsprint/page"
)

// A one-line deck on a scan does not take the body-sized dateline under
// it, whatever the resolution (sizes scaled as at 300 and at 200 dpi); the
// short tail of a head, which OCR sized a little smaller, still joins it.
func TestOneLineHeadTakesNoBodyLine(t *testing.T) {
	for _, px := range []float64{1.5, 1} { // pixels per point: 300, 200 dpi
		line := func(text string, x0, y0, x1, size float64) page.Line {
			return page.Line{Text: text, Size: size * px, Box: &page.Rect{X0: x0 * px, Y0: y0 * px, X1: x1 * px, Y1: (y0 + size) * px}}
		}
		s := &state{body: 20 * px, ocr: true, sizeTol: 0.2, bigRatio: 1.25}
		deck := line("河谷果园迎来丰收季节", 100, 100, 360, 26)
		b := &block{lines: []page.Line{deck}}
		if dateline := line("本报上海十月七日电", 140, 130, 330, 21); s.fitsBlock(b, dateline) {
			t.Errorf("%v px/pt: a body-sized dateline joins the one-line deck above it", px)
		}
		if tail := line("迈出新步伐”", 100, 130, 230, 23); !s.fitsBlock(b, tail) {
			t.Errorf("%v px/pt: the tail of a head, sized a little smaller, parts from it", px)
		}
	}
}
