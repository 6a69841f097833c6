package dump

import "testing"

// A trailing credit whose text went to an article credited otherwise ends
// the text of an uncredited headline. With several uncredited headlines on
// the page, the one printed nearest above it whose words no text carries
// (it drew none of its own text) takes it; a headline whose words its own
// text carries keeps that text.
func TestTrailingCreditGoesToNearestTextlessHeadline(t *testing.T) {
	const text = `大山深处的乡村教师

` + harbourLead + `

村小的老师只有一位，二十年来他一
个人教六个年级。学生们说，滨江港
的集装箱码头是老师带他们第一次看
到的大海，码头的泊位和吊车让孩子
们记了很多年。
（本报记者 李四）

山区茶农春茶采摘忙

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶当
天送到茶厂加工，春茶价格比去年略有
上涨，茶农们的干劲更足了。`
	l := Segment(dumpPage("zh", text))
	byHead := map[string][]string{}
	for _, a := range l.Articles {
		for _, au := range a.Authors {
			byHead[joinLines(a.Headline)] = append(byHead[joinLines(a.Headline)], au.Name)
		}
	}
	if got := byHead["大山深处的乡村教师"]; len(got) != 1 || got[0] != "李四" {
		t.Errorf("teacher article's authors %q, want [李四] (all: %q)", got, byHead)
	}
	if got := byHead["港口新建集装箱码头投入使用"]; len(got) != 1 || got[0] != "王小明" {
		t.Errorf("harbour article's authors %q, want [王小明]", got)
	}
	if got := byHead["山区茶农春茶采摘忙"]; len(got) != 0 {
		t.Errorf("tea article's authors %q, want none", got)
	}
}
