package layout

import (
	"strings"
	"testing"
)

// A column opening the page beside a one-column head (column rules between
// them), over a rule that runs across the page, is that head's: the column
// before it that runs to the foot of the page is another article's, in the
// band under the rule, and the column top cannot go on from it.
func TestColumnTopDoesNotContinueALowerBand(t *testing.T) {
	b := newPage()
	b.line("甲头标题", 50, 40, 170, 20, true, "Hei")
	b.column("甲", 10, 50, 70, 170)
	b.column("乙", 11, 190, 40, 310)
	b.column("丙", 8, 330, 40, 450)
	b.rule(179, 40, 180, 210).rule(319, 40, 320, 210)
	b.rule(50, 220, 450, 221)
	b.line("丁头标题长长", 50, 230, 300, 20, true, "Hei")
	b.column("丁", 30, 50, 260, 170)
	b.column("戊", 30, 190, 260, 310)
	b.line("己头标题", 330, 230, 450, 20, true, "Hei")
	b.column("己", 20, 330, 260, 450)
	l := Segment(&b.p)
	for _, a := range l.Articles {
		body := bodyText(a)
		switch texts(a.Headline) {
		case "甲头标题":
			if !strings.Contains(body, "丙文文文0") || !strings.Contains(body, "乙文文文0") {
				t.Errorf("甲's body lacks its columns: %s", body)
			}
		case "丁头标题长长":
			if strings.Contains(body, "丙") {
				t.Errorf("丁's body took the column over the rule: %s", body)
			}
		}
	}
}
