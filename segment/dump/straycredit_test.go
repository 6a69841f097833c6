package dump

import (
	"slices"
	"testing"
)

// A trailing credit whose text went to an article credited otherwise (by
// the words that text shares with it) names the author of another
// article: of two headlines without a credit, the one printed above the
// credit takes it, not the one below. The text stays where it went.
func TestStrayCreditToUncreditedHeadlineAbove(t *testing.T) {
	const text = `山区茶农春茶采摘忙

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶当
天送到茶厂加工，春茶价格比去年略有
上涨，茶农们的干劲更足了。

` + harbourLead + `

滨江港的集装箱吞吐量逐年增长，码头
泊位利用率持续提高。
（本报记者 李四）

城区老旧小区改造提速

今年以来，城区启动老旧小区改造工
程，加装电梯、翻新管网、增设停车位，
居民们的日子越过越舒心。`
	byHead := authorsByHead(text)
	if got := byHead["山区茶农春茶采摘忙"]; !slices.Equal(got, []string{"李四"}) {
		t.Errorf("tea article's authors %q, want [李四] (all: %q)", got, byHead)
	}
	if got := byHead["城区老旧小区改造提速"]; len(got) != 0 {
		t.Errorf("article below the credit got authors %q, want none", got)
	}
	if got := byHead["港口新建集装箱码头投入使用"]; !slices.Equal(got, []string{"王小明"}) {
		t.Errorf("harbour article's authors %q, want [王小明]", got)
	}
}
