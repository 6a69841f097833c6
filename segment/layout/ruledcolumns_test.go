package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// An article of four columns with rules between them, as many Chinese
// papers print: a scan's rule finder pairs rules of one height into boxes,
// here round the second column (and, in the second page, round the third
// and fourth, with the rule between them running on down the page). The
// columns are the article's text, not boxed notes: one article per head.
func TestRuledColumnsAreNoBoxes(t *testing.T) {
	for _, through := range []bool{false, true} {
		b := datedScan()
		b.line("左边文章的大标题", 150, 300, 90, 90)
		b.column("甲", 12, 150, 430)
		b.column("乙", 12, 700, 430)
		b.column("丙", 12, 1250, 430)
		b.column("丁", 12, 1800, 430)
		b.rule(150, 1060, 2330, 4)
		b.line("下面一篇的标题", 150, 1120, 80, 80)
		b.column("戊", 8, 150, 1240)
		b.column("己", 8, 700, 1240)
		vrule := func(x, y0, y1 float64) {
			b.p.Rules = append(b.p.Rules, page.Rule{Box: page.Rect{X0: x, Y0: y0, X1: x + 3, Y1: y1}})
		}
		if through {
			// The third gutter's rule runs on down the page, through a
			// box made of the rules either side of it.
			vrule(670, 420, 1040)
			b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 1220, Y0: 420, X1: 2300, Y1: 1040}})
			vrule(1770, 420, 1700)
		} else {
			b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 670, Y0: 420, X1: 1223, Y1: 1040}})
			vrule(1770, 420, 1040)
		}
		l := Segment(&b.p)
		var heads []string
		for _, a := range l.Articles {
			heads = append(heads, texts(a.Headline))
		}
		if len(l.Articles) != 2 {
			t.Fatalf("through=%v: got %d articles %q, want 2", through, len(l.Articles), heads)
		}
		first := l.Articles[0]
		if !strings.Contains(texts(first.Headline), "左边") {
			t.Fatalf("through=%v: first article is %q", through, heads[0])
		}
		starts := flowStarts(first.Body)
		for _, c := range []string{"甲", "乙", "丙", "丁"} {
			if !strings.Contains(starts, c) {
				t.Errorf("through=%v: column %s is not the first article's: %s", through, c, starts)
			}
		}
	}
}
