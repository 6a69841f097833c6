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

// A head set flush left in its column that happens to sit midway between
// its neighbours is no centred head: the neighbour on its left, a short
// head flush in the column before, ends inside that column, and the room
// from there to the gutter is that column's. The column goes to its own
// head, not to the one beside it set a little lower.
func TestHeadMidwayBetweenNeighboursKeepsToItsColumn(t *testing.T) {
	b := newPage()
	b.line("甲头", 50, 40, 110, 20, true, "Hei")
	b.column("甲", 10, 50, 70, 170)
	b.line("乙头", 190, 40, 240, 20, true, "Hei")
	b.column("乙", 10, 190, 70, 310)
	b.line("丙头", 330, 42, 360, 20, true, "Hei")
	b.column("丙", 10, 330, 72, 450)
	l := Segment(&b.p)
	got := map[string]string{}
	for _, a := range l.Articles {
		got[texts(a.Headline)] = flowStarts(a.Body)
	}
	if got["乙头"] != "乙" || got["丙头"] != "丙" {
		t.Errorf("heads own %v, want 乙头 its column 乙 and 丙头 its column 丙", got)
	}
}

// A column taken beside its head ends at a rule across the page: the
// column under the rule, starting right under it, opens the next band's
// article, set beside that band's head.
func TestColumnBesideHeadEndsAtRule(t *testing.T) {
	b := newPage()
	b.line("甲头标题长长", 50, 40, 310, 20, true, "Hei")
	b.column("甲", 9, 50, 70, 170)
	b.column("乙", 9, 190, 70, 310)
	b.column("丙", 11, 330, 40, 450)
	b.rule(319, 40, 320, 195)
	b.rule(50, 200, 450, 201)
	b.line("丁头", 50, 206, 170, 20, true, "Hei")
	b.column("丁", 10, 50, 236, 170)
	b.column("戊", 12, 190, 206, 310)
	b.column("己", 12, 330, 206, 450)
	b.rule(179, 206, 180, 380).rule(319, 206, 320, 380)
	l := Segment(&b.p)
	got := map[string]string{}
	for _, a := range l.Articles {
		got[texts(a.Headline)] = flowStarts(a.Body)
	}
	if !strings.Contains(got["甲头标题长长"], "丙") || strings.Contains(got["甲头标题长长"], "己") || !strings.Contains(got["丁头"], "己") {
		t.Errorf("heads own %v, want 丙 under 甲头标题长长 and 己 under 丁头", got)
	}
}

// A column set beside a wide head from its top, which the head overhangs
// by a few points, is that head's, not the next head's to the left.
func TestColumnBesideOverhangingHead(t *testing.T) {
	b := newPage()
	b.line("甲头", 50, 40, 150, 20, true, "Hei")
	b.column("甲", 10, 50, 70, 170)
	b.line("乙头标题长长长长长", 200, 40, 474, 20, true, "Hei")
	b.column("乙", 10, 190, 70, 310)
	b.column("丙", 10, 330, 70, 450)
	b.column("丁", 12, 470, 40, 590)
	l := Segment(&b.p)
	got := map[string]string{}
	for _, a := range l.Articles {
		got[texts(a.Headline)] = flowStarts(a.Body)
	}
	if got["甲头"] != "甲" || got["乙头标题长长长长长"] != "乙丙丁" {
		t.Errorf("heads own %v, want 甲 under 甲头 and 乙丙丁 under the wide head", got)
	}
}
