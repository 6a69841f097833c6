package dump

import "testing"

// A short heading whose only text is a run-in credit printed without its
// paragraph is a kicker and credit printed apart: the headline whose text
// carries the heading's words takes both.
func TestCreditedLabelJoinsItsArticle(t *testing.T) {
	const text = `港口新建集装箱码头投入使用

近日，滨江港新建的集装箱码头正式投入
使用。码头共有泊位六个，年吞吐能力达
到一百万标准箱，港口货物运输效率大幅
提升，滨江港的集装箱航线通达全球。

滨江港集装箱航线通达全球

本 报 滨 江 5 月 3 日 电

（记者王小明、李芳）

山区茶农春茶采摘忙

清明前后，青山县的茶园进入采摘季。茶
农们天不亮就上山采茶，新鲜茶叶当天送
到茶厂加工，春茶价格比去年略有上涨。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "港口新建集装箱码头投入使用")
	if k := joinLines(a.Kicker); k != "滨江港集装箱航线通达全球" || len(a.Authors) != 2 || a.Authors[0].Name != "王小明" {
		t.Errorf("kicker %q, byline %q, authors %v", k, a.Byline, a.Authors)
	}
	for _, b := range l.Articles {
		if joinLines(b.Headline) == "滨江港集装箱航线通达全球" {
			t.Errorf("the label stays an article: %q", joinLines(b.Headline))
		}
	}
}
