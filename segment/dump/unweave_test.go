package dump

import (
	"strings"
	"testing"
)

// Two columns of one article whose lines the dump printed in turns, a
// line of each, come out as one piece; reading every other line gives
// each column, and the article reads the first column, then the second.
// Where the first column ends, the second runs on alone.
func TestUnweaveColumnsInTurns(t *testing.T) {
	first := []string{
		"清明前后，青山县的茶园进",
		"入采摘旺季，茶农们天不亮就上",
		"山采茶，新鲜茶叶当天送到茶厂",
		"加工，春茶价格比去年略有上",
		"涨，茶农收入稳步增加。",
	}
	second := []string{
		"村里还建起了茶叶合作社，统一",
		"收购、统一加工、统一销售，带",
		"动周边农户共同致富。合作社负",
		"责人介绍，今年的订单已经排到",
		"了秋天，不少客商慕名而来，只",
		"为尝一口新茶。",
	}
	var b strings.Builder
	b.WriteString("青山县春茶采摘忙\n\n本报记者 王小明\n\n")
	for i := range first {
		b.WriteString(first[i] + "\n" + second[i] + "\n")
	}
	b.WriteString(strings.Join(second[len(first):], "\n"))
	l := Segment(dumpPage("zh", b.String()))
	a := findArticle(t, l, "青山县春茶采摘忙")
	want := strings.Join(first, "") + strings.Join(second, "")
	if got := strings.ReplaceAll(bodyText(a), "\n", ""); got != want {
		t.Errorf("body = %q\nwant %q", got, want)
	}
}

// On a page without soft hyphens nothing tells a deck's lines from the
// column lines printed among them: a headline over a deck and a credit,
// its lines short, stays a headline with its deck, not part of a deck
// unwoven from the block.
func TestNoUnweaveWithoutHyphens(t *testing.T) {
	text := "Ferry crews vote\n" +
		"to strike\n" +
		"Crews on the island ferry routes,\n" +
		"Harbour and Bay lines, will\n" +
		"stop work for a week from\n" +
		"next Monday, the union\n" +
		"said on Friday.\n" +
		"By ANN LEE\n\n" +
		"The crews want the same pay as those on\n" +
		"the mainland routes and a new rota for\n" +
		"the winter months, when the boats run\n" +
		"short of hands and the crossings are at\n" +
		"their roughest. The harbour board said\n" +
		"it would meet the union again next week\n" +
		"and hoped the strike could be called off.\n"
	a := findArticle(t, Segment(dumpPage("en", text)), "Ferry crews voteto strike")
	wantDeck(t, a, "Crews on the island", "By ANN LEE", "Thecrewswant")
}
