package layout

import (
	"math"
	"testing"

	"newsprint/page"
)

// cjkLine sets text one glyph per word, each w wide and h high, from x=0
// at y; OCR measured its size as size.
func cjkLine(text string, y, w, h, size float64) page.Line {
	l := page.Line{Text: text, Size: size}
	x := 0.0
	for _, r := range text {
		l.Words = append(l.Words, page.Word{Text: string(r), Box: page.Rect{X0: x, Y0: y, X1: x + w, Y1: y + h}})
		x += w
	}
	l.Box = &page.Rect{X0: 0, Y0: y, X1: x, Y1: y + h}
	return l
}

func TestRaiseSizes(t *testing.T) {
	var lines []page.Line
	for i := range 8 {
		lines = append(lines, cjkLine("测试正文内容的一行文字", float64(100+12*i), 10, 10, 10))
	}
	// A head whose broken strokes OCR measured smaller than body type.
	lines = append(lines, cjkLine("标题文字", 0, 30, 30, 8))
	raiseSizes(lines)
	if got := lines[len(lines)-1].Size; math.Abs(got-30) > 0.01 {
		t.Errorf("head size %.2f, want 30 (its glyphs' height at the body's scale)", got)
	}
	if got := lines[0].Size; got != 10 {
		t.Errorf("body size %.2f changed, want 10", got)
	}

	// Word boxes without height give no scale: sizes stay as measured.
	flat := []page.Line{cjkLine("测试正文内容的一行文字", 0, 10, 0, 10), cjkLine("标题文字", 20, 30, 30, 8)}
	raiseSizes(flat)
	for _, l := range flat {
		if math.IsInf(l.Size, 0) || math.IsNaN(l.Size) || (l.Size != 10 && l.Size != 8) {
			t.Errorf("%q: size %v, want it unchanged", l.Text, l.Size)
		}
	}
}
