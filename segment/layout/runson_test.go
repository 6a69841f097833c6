package layout

import (
	"strings"
	"testing"
)

// A column whose head OCR lost runs down beside a head set lower in the
// next column to the left. OCR sized the short last line of a paragraph
// of that column small, which parts the column in two blocks, the second
// starting level with the head: it is still the column's, not an article
// set beside its own head.
func TestColumnRunsOnBesideLowerHead(t *testing.T) {
	b := newScan(0)
	b.line("本报记者 张小明", 700, 300, 37, 37)
	for i := 0; i < 20; i++ {
		y := 380 + float64(i)*50
		switch {
		case i == 10:
			b.line("乙乙乙乙。", 680, y, 20, 20)
		case i == 11:
			b.line(strings.Repeat("乙", 11), 754, y, 37, 37)
		default:
			b.line(strings.Repeat("乙", 13), 680, y, 37, 37)
		}
	}
	b.line("下方标题", 150, 860, 80, 80)
	for i := 0; i < 10; i++ {
		b.line(strings.Repeat("丙", 13), 150, 980+float64(i)*50, 37, 37)
	}
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		for _, a := range l.Articles {
			t.Logf("%q: %s", texts(a.Headline), flowStarts(a.Body))
		}
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	for _, a := range l.Articles {
		head := texts(a.Headline)
		for _, f := range a.Body {
			if first := firstRune(f); head == "下方标题" && first != "丙" || head == "" && first != "乙" {
				t.Errorf("article %q holds a flow of %s", head, first)
			}
		}
	}
}
