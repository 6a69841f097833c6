package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// A framed advert on a scan: a title and three short lines, all centred
// in the frame and read at about body size (OCR tells no weight). It is
// an advert, not an untitled note: only the article beside it is one.
func TestCentredAdvertOnAScan(t *testing.T) {
	b := datedScan()
	b.line("旁边文章的标题", 700, 300, 80, 80)
	// Columns read at their size, as OCR reads most lines of a page.
	for i := 0; i < 14; i++ {
		y := 420 + 50*float64(i)
		b.line("甲"+strings.Repeat("文", 13), 700, y, 35, 35)
		b.line("乙"+strings.Repeat("文", 13), 1250, y, 35, 35)
	}
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 150, Y0: 400, X1: 640, Y1: 700}})
	b.line("欢迎订阅本报", 290, 430, 37, 37)
	b.line("全年定价三百元", 272, 490, 35, 35)
	b.line("邮发代号五三", 290, 545, 35, 35)
	b.line("各地邮局均可订阅", 255, 600, 35, 35)
	l := Segment(&b.p)
	got := articleStarts(l)
	if len(got) != 1 || got[0] != "旁边文章的标题:甲乙" {
		t.Errorf("articles %q, want only the one beside the advert", got)
	}
}
