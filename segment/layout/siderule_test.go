package layout

import (
	"strings"
	"testing"
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
	if len(l.Articles) != 3 {
		t.Fatalf("got %d articles, want 3", len(l.Articles))
	}
	for _, a := range l.Articles {
		var text []string
		for _, f := range a.Body {
			text = append(text, flowText(f))
		}
		body := strings.Join(text, "|")
		first := texts(a.Headline) == "第一篇文章标题"
		if first != strings.Contains(body, "乙") || first && strings.Contains(body, "丙") {
			t.Errorf("%q: body %q", texts(a.Headline), body)
		}
	}
}
