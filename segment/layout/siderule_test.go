package layout

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// Column rules on every gutter: the rule between a story's own columns
// starts under its head, the rule between two stories runs up beside the
// heads. The story's second column, set beside its one-column head from
// the top, is the story's; the third, past the full rule, is not.
func TestColumnRuleUnderHeadKeepsSideColumn(t *testing.T) {
	b := newPage()
	b.line("第一篇文章标题", 50, 40, 180, 20, true, "Hei")
	b.column("甲", 20, 50, 70, 180)
	b.column("乙", 22, 200, 40, 330)
	b.rule(189, 70, 190, 340)
	b.rule(339, 40, 340, 340)
	b.line("第二篇标题", 350, 40, 480, 20, true, "Hei")
	b.column("丙", 20, 350, 70, 480)
	b.rule(40, 360, 490, 361)
	b.line("第三篇通栏标题", 50, 370, 300, 20, true, "Hei")
	b.column("丁", 20, 50, 400, 180)
	l := Segment(&b.p)
	onlyHeadHas(t, l, 3, "第一篇文章标题", "乙")
	for _, a := range l.Articles {
		if body := bodyText(a); texts(a.Headline) == "第一篇文章标题" && strings.Contains(body, "丙") {
			t.Errorf("%q: body %q", texts(a.Headline), body)
		}
	}
}

// onlyHeadHas checks that l has n articles and that the one headed head,
// and no other, has each of marks in its body.
func onlyHeadHas(t *testing.T, l segment.Layout, n int, head string, marks ...string) {
	t.Helper()
	if len(l.Articles) != n {
		t.Fatalf("got %d articles, want %d", len(l.Articles), n)
	}
	for _, a := range l.Articles {
		body := bodyText(a)
		for _, m := range marks {
			if (texts(a.Headline) == head) != strings.Contains(body, m) {
				t.Errorf("%q: body %q", texts(a.Headline), body)
				break
			}
		}
	}
}

// Under a story across the page, a second story's head set over its first
// column only, its other columns beside the head from its top, with a
// full-height rule on every gutter: those columns are the second story's,
// not text without an article.
func TestColumnsBesideOneColumnHead(t *testing.T) {
	b := newPage()
	b.line("第一篇通栏标题", 50, 40, 300, 20, true, "Hei")
	b.column("甲", 10, 50, 70, 180)
	b.column("乙", 10, 200, 70, 330)
	b.column("丙", 10, 350, 70, 480)
	b.rule(40, 210, 490, 211)
	b.line("第二篇标题", 50, 220, 180, 20, true, "Hei")
	b.column("丁", 12, 50, 250, 180)
	for _, x := range []float64{189, 339} {
		b.rule(x, 220, x+1, 420)
	}
	b.column("戊", 14, 200, 220, 330)
	b.column("己", 14, 350, 220, 480)
	b.rule(339, 220, 340, 420)
	l := Segment(&b.p)
	onlyHeadHas(t, l, 2, "第二篇标题", "戊", "己")
}

// Under a story across the page, a second story's head spans its first two
// columns, whose text starts under it, while its third column starts
// beside the head at its top, past a rule: the third column is the second
// story's, beside its second column.
func TestColumnBesideTwoColumnHead(t *testing.T) {
	b := newPage()
	b.line("第一篇通栏标题", 50, 40, 300, 20, true, "Hei")
	b.column("甲", 10, 50, 70, 180)
	b.column("乙", 10, 200, 70, 330)
	b.column("丙", 10, 350, 70, 480)
	b.rule(40, 210, 490, 211)
	b.line("第二篇文章的标题", 50, 220, 300, 20, true, "Hei")
	b.column("丁", 12, 50, 250, 180)
	b.column("戊", 12, 200, 250, 330)
	b.column("己", 14, 350, 220, 480)
	b.rule(339, 220, 340, 420)
	l := Segment(&b.p)
	onlyHeadHas(t, l, 2, "第二篇文章的标题", "己")
}

// At the top of the page, a story's head over its first column, its other
// columns beside the head from the top past rules running up beside it,
// gutters a little over two ems wide, another story across below: the
// columns are the first story's (the column before ends above the foot,
// so they continue nothing).
func TestColumnsBesideHeadAtPageTop(t *testing.T) {
	b := newPage()
	b.line("第一篇标题", 50, 40, 180, 20, true, "Hei")
	b.column("甲", 14, 50, 70, 180)
	b.column("乙", 16, 205, 40, 330)
	b.column("丙", 16, 355, 40, 480)
	for _, x := range []float64{192, 342} {
		b.rule(x, 40, x+1, 270)
	}
	b.rule(40, 280, 490, 281)
	b.line("第二篇通栏标题", 50, 290, 300, 20, true, "Hei")
	b.column("丁", 20, 50, 320, 180)
	b.column("戊", 20, 205, 320, 330)
	b.column("己", 20, 355, 320, 480)
	l := Segment(&b.p)
	onlyHeadHas(t, l, 2, "第一篇标题", "乙", "丙")
}
