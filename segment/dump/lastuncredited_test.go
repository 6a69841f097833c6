package dump

import "testing"

// A trailing credit whose text went to an article credited otherwise (here
// by the words it shares with that article's text) ends the text of an
// article without a credit: when the page has only one uncredited
// headline, printed before that text (a headline stands over its text;
// TestClosingCreditSkipsHeadlineBelow), that one takes it and the text it
// ends.
func TestTrailingCreditGoesToUncreditedHeadline(t *testing.T) {
	const text = `山区茶农春茶采摘忙

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶当
天送到茶厂加工，春茶价格比去年略有
上涨，茶农们的干劲更足了。

` + harbourLead + `

滨江港的集装箱吞吐量逐年增长，码头
泊位利用率持续提高。
（本报记者 李四）`
	l := Segment(dumpPage("zh", text))
	byHead := map[string][]string{}
	for _, a := range l.Articles {
		for _, au := range a.Authors {
			byHead[joinLines(a.Headline)] = append(byHead[joinLines(a.Headline)], au.Name)
		}
	}
	if got := byHead["山区茶农春茶采摘忙"]; len(got) != 1 || got[0] != "李四" {
		t.Errorf("tea article's authors %q, want [李四] (all: %q)", got, byHead)
	}
	if got := byHead["港口新建集装箱码头投入使用"]; len(got) != 1 || got[0] != "王小明" {
		t.Errorf("harbour article's authors %q, want [王小明]", got)
	}
}
