package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// A boxed note in two columns whose label OCR read with a semicolon
// ("编者按；"): its first column is text, not a title over the rest.
func TestScanNoteLabelMisread(t *testing.T) {
	b := datedScan()
	b.line("正文文章的标题", 150, 300, 80, 80)
	b.column("甲", 30, 150, 430)
	b.column("乙", 30, 700, 430)
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: b.tilted(page.Rect{X0: 1240, Y0: 280, X1: 2350, Y1: 1000})})
	b.line("编者按；这是一段编者的话", 1330, 300, 35, 35)
	b.column("注", 11, 1260, 350)
	b.column("言", 12, 1810, 300)
	l := Segment(&b.p)
	var note, main int
	for _, a := range l.Articles {
		switch texts(a.Headline) {
		case "":
			note++
			if len(a.Body) == 0 || !strings.HasPrefix(flowText(a.Body[0]), "编者按；") {
				t.Errorf("note text %q, want it to open with its label", flowText(a.Body[0]))
			}
			if n := len(a.Body); n != 2 {
				t.Errorf("note has %d flows, want its two columns", n)
			}
		case "正文文章的标题":
			main++
		default:
			t.Errorf("unexpected headline %q", texts(a.Headline))
		}
	}
	if note != 1 || main != 1 {
		t.Errorf("got %d notes and %d titled articles, want one of each", note, main)
	}
}
