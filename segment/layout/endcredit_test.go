package layout

import (
	"strings"
	"testing"
)

// An article whose last column ends in its credit, right above the rule
// across the page that parts it from the row under it: the rule ends
// the article (a credit under a head only decorates the rule under it; the credit is
// set smaller than the text),
// so the column that the next article sets beside its head, under the
// credit, is that article's.
func TestRuleUnderEndCredit(t *testing.T) {
	b := datedScan()
	b.line("上面一篇文章的标题", 150, 300, 90, 90)
	b.column("甲", 12, 150, 430)
	b.column("乙", 12, 700, 430)
	b.column("丙", 12, 1250, 430)
	b.line("（本报记者 王小明）", 1460, 1052, 28, 28)
	b.rule(150, 1095, 2330, 4)
	b.line("下面的标题", 150, 1120, 80, 80)
	b.column("丁", 8, 150, 1240)
	b.column("戊", 10, 700, 1140)
	b.column("己", 10, 1250, 1140)
	l := Segment(&b.p)
	got := articleStarts(l)
	want := []string{"上面一篇文章的标题:甲乙丙", "下面的标题:丁戊己"}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("articles %q, want %q", got, want)
	}
}

// A bracketed credit set flush right at the end of a narrow column wraps
// over two lines: both lines are the credit, cut from the text.
func TestEndCreditOverTwoLines(t *testing.T) {
	checkWrappedEndCredit(t, "（本报记者 王小明 通讯员 李", "四）", 150, "四）", "王小明", "李四")
}

// checkWrappedEndCredit segments an article whose column ends in a
// credit wrapped over two lines, first over second (set from x), and wants
// names for its authors and neither the role word nor cut in its body.
func checkWrappedEndCredit(t *testing.T, first, second string, x float64, cut string, names ...string) {
	t.Helper()
	b := newPage()
	b.line("正文文章标题", 50, 40, 170, 20, true, "Hei")
	b.column("甲", 8, 50, 70, 170)
	b.line(first, 60, 182, 170, 10, false, "Song")
	b.line(second, x, 196, 170, 10, false, "Song")
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	var got []string
	for _, au := range a.Authors {
		got = append(got, au.Name)
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("authors %v, want %v", a.Authors, names)
	}
	if body := bodyText(a); strings.Contains(body, "本报记者") || strings.Contains(body, cut) {
		t.Errorf("credit left in the body: %q", body)
	}
}

// A credit set flush right under the short last line of a column that no
// head spans (it goes on from the foot of the column before) ends that
// text's article: the credit is the article's, not left on the page.
func TestEndCreditUnderContinuedColumn(t *testing.T) {
	b := newPage()
	b.line("正文文章标题", 50, 40, 300, 20, true, "Hei")
	b.column("甲", 20, 50, 70, 170)
	b.column("乙", 20, 190, 70, 310)
	b.rule(319, 40, 320, 350)
	b.column("丙", 11, 330, 40, 450)
	b.line("丙末行", 330, 194, 370, 10, false, "Song")
	b.line("（本报记者 王小明）", 380, 208, 450, 10, false, "Song")
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if !strings.Contains(bodyText(a), "丙文文文0") || len(a.Authors) != 1 || a.Authors[0].Name != "王小明" {
		t.Errorf("authors %v, body %q", a.Authors, bodyText(a))
	}
}

// A credit set solid wraps between two names ("（本报记者毕小津" / "邵文华）")
// whose run-together reading finds no names: read across the wrap with a
// space, as cues.WrappedTrailingCredit reads it, both are the article's
// authors, cut from the text.
func TestEndCreditWrappedBetweenNames(t *testing.T) {
	checkWrappedEndCredit(t, "（本报记者毕小津", "邵文华）", 130, "邵文华", "毕小津", "邵文华")
}
