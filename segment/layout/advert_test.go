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

// A framed advert whose text wraps to four centred lines of different
// widths is an advert, and a framed note of as many justified lines, its
// last set flush left, stays a note: on a text layer the centring tells
// them apart, not the count of rows.
func TestAdvertOfFourCentredLines(t *testing.T) {
	b := newPage()
	b.line("A story headline", 50, 40, 300, 22, true, "Helvetica-Bold")
	b.column("s", 20, 50, 70, 180)
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 200, Y0: 70, X1: 340, Y1: 200}})
	b.line("BIKES FOR SALE", 230, 80, 310, 10, true, "Helvetica-Bold")
	for i, w := range []float64{100, 110, 96, 60} {
		b.line("wheels and frames", 270-w/2, 96+float64(i)*14, 270+w/2, 10, false, "Song")
	}
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 200, Y0: 220, X1: 340, Y1: 330}})
	b.line("A NOTE TO READERS", 215, 230, 325, 10, true, "Helvetica-Bold")
	for i := 0; i < 4; i++ {
		x1 := 330.0
		if i == 3 {
			x1 = 260
		}
		b.line("our readers write", 210, 246+float64(i)*14, x1, 10, false, "Song")
	}
	l := Segment(&b.p)
	var heads []string
	for _, a := range l.Articles {
		heads = append(heads, texts(a.Headline))
	}
	if len(heads) != 2 || heads[1] != "A NOTE TO READERS" {
		t.Fatalf("articles %q, want the story and the note", heads)
	}
	n := 0
	for _, bl := range l.Blocks {
		if bl.Kind == segment.Advert {
			n += len(bl.Lines)
		}
	}
	if n != 5 {
		t.Errorf("advert blocks hold %d lines, want the title and its four lines", n)
	}
}
