package layout

import (
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// A framed advert whose bold title is set barely larger than body text,
// over three short centred lines: four rows near body size, yet only three
// of running weight, so it is an advert, not a note.
func TestAdvertWithBodySizeTitle(t *testing.T) {
	b := newPage()
	b.line("正文文章标题", 50, 40, 300, 22, true, "Hei")
	b.column("甲", 20, 50, 70, 180)
	b.column("乙", 6, 200, 70, 330)
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 195, Y0: 170, X1: 335, Y1: 300}})
	b.line("欢迎订阅本报", 235, 200, 295, 11, true, "Song")
	for i, t := range []string{"全年定价三百元", "邮发代号一二", "各地邮局均可订阅"} {
		b.line(t, 225, 216+float64(i)*15, 305, 11, false, "Song")
	}
	l := Segment(&b.p)
	if len(l.Articles) != 1 || texts(l.Articles[0].Headline) != "正文文章标题" {
		t.Fatalf("got %d articles, want only the story", len(l.Articles))
	}
	n := 0
	for _, bl := range l.Blocks {
		if bl.Kind == segment.Advert {
			n += len(bl.Lines)
		}
	}
	if n != 4 {
		t.Errorf("advert blocks hold %d lines, want the title and its three lines", n)
	}
}
