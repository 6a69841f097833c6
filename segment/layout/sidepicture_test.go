package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// A story whose head spans its first column, with a picture set beside
// the head at the top of its second column, the caption under it and the
// story's text under the caption; another story's head lies further down.
// Picture, caption and the text under them are the first story's.
func TestPictureBesideHeadKeepsTextUnder(t *testing.T) {
	b := newPage()
	b.line("第一篇文章标题", 50, 40, 180, 20, true, "Hei")
	b.column("甲", 20, 50, 70, 180)
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 200, Y0: 40, X1: 330, Y1: 140}})
	b.line("图为某地风光。本报记者 王明摄", 200, 144, 330, 9, false, "Kai")
	b.column("乙", 10, 200, 160, 330)
	b.line("第二篇文章标题", 50, 370, 300, 20, true, "Hei")
	b.column("丙", 10, 50, 400, 180)
	b.column("丁", 10, 200, 400, 330)
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	for _, a := range l.Articles {
		body := bodyText(a)
		switch texts(a.Headline) {
		case "第一篇文章标题":
			if !strings.Contains(body, "乙") || len(a.Captions) != 1 {
				t.Errorf("first story: body %q, %d captions; want column 2's text and the caption", body, len(a.Captions))
			}
		case "第二篇文章标题":
			if strings.Contains(body, "乙") || len(a.Captions) != 0 {
				t.Errorf("second story took the first's text or caption: %q", body)
			}
		}
	}
}
