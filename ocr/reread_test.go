package ocr

import (
	"image"
	"testing"

	"newsprint/page"
)

// glyphs returns n boxes size high and wide, pitch apart, from x.
func glyphs(x, n, size, pitch int) []image.Rectangle {
	var out []image.Rectangle
	for i := range n {
		out = append(out, image.Rect(x+i*pitch, 100, x+i*pitch+size, 100+size))
	}
	return out
}

func TestSplitRow(t *testing.T) {
	row := func(comps []image.Rectangle, cjk bool) span {
		return span{x0: float64(comps[0].Min.X), x1: float64(comps[len(comps)-1].Max.X), y0: 100, y1: 200, size: 100, cjk: cjk}
	}
	// Two headlines side by side: glyphs 10 px apart, a 130 px gutter.
	two := append(glyphs(0, 6, 100, 110), glyphs(790, 5, 100, 110)...)
	if got := splitRow(row(two, true), two); len(got) != 2 || got[0].x1 != 650 || got[1].x0 != 790 {
		t.Errorf("two heads: %+v", got)
	}
	// A letter-spaced headline: every gap is as wide as that gutter.
	spaced := glyphs(0, 7, 100, 230)
	if got := splitRow(row(spaced, true), spaced); len(got) != 1 {
		t.Errorf("letter-spaced head split: %+v", got)
	}
	// A glyph is not parted from its row, however far.
	lone := append(glyphs(0, 6, 100, 110), image.Rect(800, 100, 900, 200))
	if got := splitRow(row(lone, true), lone); len(got) != 1 {
		t.Errorf("lone glyph split off: %+v", got)
	}
	// Latin rows are not split.
	if got := splitRow(row(two, false), two); len(got) != 1 {
		t.Errorf("Latin row split: %+v", got)
	}
	// Ink outside the row's band does not count: a line of smaller type
	// below fills no gap, and a glyph taller than the row is a photo edge.
	below := append(append([]image.Rectangle{}, two...), image.Rect(600, 190, 800, 230), image.Rect(680, 0, 700, 400))
	if got := splitRow(row(two, true), below); len(got) != 2 {
		t.Errorf("with ink outside the band: %+v", got)
	}
}

func TestJoinRows(t *testing.T) {
	a := span{x0: 0, x1: 500, y0: 100, y1: 200, size: 100, cjk: true}
	near := span{x0: 550, x1: 800, y0: 110, y1: 205, size: 90, cjk: true}
	far := span{x0: 900, x1: 1200, y0: 100, y1: 200, size: 100, cjk: true}
	below := span{x0: 0, x1: 500, y0: 260, y1: 360, size: 100, cjk: true}
	got := joinRows([]span{a, near, far, below})
	if len(got) != 3 || got[0].x1 != 800 || got[0].y1 != 205 || got[0].size != 100 {
		t.Errorf("joined %+v", got)
	}
}

// A row too far from another for their own sizes joins it once a row of
// larger type has joined it.
func TestJoinRowsChain(t *testing.T) {
	x := span{x0: 320, x1: 400, y0: 100, y1: 200, size: 100, cjk: true}
	big := span{x0: 0, x1: 100, y0: 100, y1: 200, size: 200, cjk: true}
	mid := span{x0: 150, x1: 250, y0: 100, y1: 200, size: 100, cjk: true}
	got := joinRows([]span{x, big, mid})
	if len(got) != 1 || got[0].x0 != 0 || got[0].x1 != 400 || got[0].size != 200 {
		t.Errorf("joined %+v", got)
	}
}

// denseRows is a dense page's worth of lines (every tenth of large type,
// all read with doubt) and components.
func denseRows() ([]hLine, []inkLine, []image.Rectangle) {
	var lines []hLine
	var ink []inkLine
	for col := range 8 {
		for r := range 250 {
			x0, y0, size := col*430, r*40, 30
			if r%10 == 0 {
				size = 60
			}
			box := page.Rect{X0: float64(x0), Y0: float64(y0), X1: float64(x0 + 400), Y1: float64(y0 + size)}
			lines = append(lines, hLine{box: box, words: []hWord{{text: "大字标题", conf: 0.5}}})
			ink = append(ink, inkLine{size: float64(size), band: [2]float64{box.Y0, box.Y1}, extent: rect(box)})
		}
	}
	var comps []image.Rectangle
	for i := range 200000 {
		x, y := (i*7919)%3440, (i*104729)%10000
		comps = append(comps, image.Rect(x, y, x+25, y+28))
	}
	return lines, ink, comps
}

// Was about 1 s a page, rows x components x lines; now about 50 ms.
func BenchmarkLargeRegions(b *testing.B) {
	lines, ink, comps := denseRows()
	for b.Loop() {
		largeRegions(lines, ink, 30, comps, image.Rect(0, 0, 3440, 10000))
	}
}

func TestSplit(t *testing.T) {
	box := image.Rect(100, 100, 500, 180)
	l := hLine{words: []hWord{
		{text: "分就业", box: page.Rect{X0: 0, Y0: 120, X1: 90, Y1: 160}},    // neighbouring column
		{text: "华润", box: page.Rect{X0: 110, Y0: 100, X1: 250, Y1: 180}},  // in
		{text: "集团", box: page.Rect{X0: 260, Y0: 90, X1: 400, Y1: 230}},   // box taller than the ink
		{text: "下一行", box: page.Rect{X0: 410, Y0: 170, X1: 490, Y1: 210}}, // the line below
	}}
	in, out := split(l, box)
	if got := joinWords(in.words); got != "华润集团" {
		t.Errorf("in %q", got)
	}
	if got := joinWords(out.words); got != "分就业下一行" {
		t.Errorf("out %q", got)
	}
}
