package dump

import (
	"strings"
	"testing"
)

// Two columns of one article printed as blocks of three lines, a blank line
// after each, the columns taking turns: the article reads the first
// column's blocks, then the second's, not the blocks in dump order.
func TestBlocksInTurns(t *testing.T) {
	first := []string{
		"清明前后，青山县的茶园进",
		"入采摘旺季，茶农们天不亮就上",
		"山采茶，新鲜茶叶当天送到茶厂",
		"加工，春茶价格比去年略有上",
		"涨，茶农收入稳步增加，村里",
		"的年轻人也纷纷回乡创业，茶",
		"园里处处是忙碌的身影，一派",
		"丰收的景象，茶香飘满了整个",
		"山村。",
	}
	second := []string{
		"村里还建起了茶叶合作社，统一",
		"收购、统一加工、统一销售，带",
		"动周边农户共同致富。合作社负",
		"责人介绍，今年的订单已经排到",
		"了秋天，不少客商慕名而来，只",
		"为尝一口新茶。今年合作社还",
		"开通了网店，把春茶卖到了全",
		"国各地，销量比去年翻了一番",
		"还多。",
	}
	var b strings.Builder
	b.WriteString("青山县春茶采摘忙\n\n本报记者 王小明\n\n")
	for i := 0; i < len(first); i += 3 {
		b.WriteString(strings.Join(first[i:i+3], "\n") + "\n\n")
		b.WriteString(strings.Join(second[i:i+3], "\n") + "\n\n")
	}
	l := Segment(dumpPage("zh", b.String()))
	a := findArticle(t, l, "青山县春茶采摘忙")
	want := strings.Join(first, "") + strings.Join(second, "")
	if got := strings.ReplaceAll(bodyText(a), "\n", ""); got != want {
		t.Errorf("body = %q\nwant %q", got, want)
	}
}
