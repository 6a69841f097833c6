package dump

import (
	"slices"
	"strings"
	"testing"
)

// runInScrapPage: a harbour article's text under a scrap that opens
// with a run-in credit, beside a credited article's column.
const runInScrapPage = `港口新建集装箱码头投入使用

山区茶农春茶采摘忙
记者 王五

清明前后，青山县的茶园进入采摘
季，茶农们天不亮就上山采茶，新鲜
茶叶当天送到茶厂加工，春茶价格比
去年略有上涨。

码头建设者的一天

本报讯 记者李四报
道：凌晨五点，天还没

滨江港新建的集装箱码头正式投入使
用。码头共有泊位六个，年吞吐能力
达到一百万标准箱，港口货物运输效
率大幅提升，集装箱码头作业时间缩
短三成。`

// A scrap opening with a run-in credit, its column going on beside
// another article's, opens the uncredited article whose text starts in
// the rows right under the credit: that article takes the credit, and the
// scrap's bare heading is its crosshead, not a block.
func TestRunInScrapOpensArticleBelow(t *testing.T) {
	l := Segment(dumpPage("zh", runInScrapPage))
	var harbour []string
	var body string
	for _, a := range l.Articles {
		if joinLines(a.Headline) != "港口新建集装箱码头投入使用" {
			continue
		}
		for _, au := range a.Authors {
			harbour = append(harbour, au.Name)
		}
		for _, f := range a.Body {
			body += joinLines(f.Lines) + "\n"
		}
	}
	if !slices.Equal(harbour, []string{"李四"}) {
		t.Errorf("harbour article's authors %q, want [李四]", harbour)
	}
	for _, want := range []string{"凌晨五点，天还没", "码头建设者的一天"} {
		if !strings.Contains(body, want) {
			t.Errorf("harbour article lacks %q:\n%s", want, body)
		}
	}
	for _, b := range l.Blocks {
		if joinLines(b.Lines) == "码头建设者的一天" {
			t.Errorf("the scrap's heading is a block")
		}
	}
}

// The same page with the harbour article's text closing on its own credit:
// the article is credited, so the scrap's run-in credit opens none of it
// and the harbour article keeps its one author.
func TestRunInScrapSkipsCreditedText(t *testing.T) {
	l := Segment(dumpPage("zh", runInScrapPage+"\n（本报记者 赵六）"))
	var harbour []string
	for _, a := range l.Articles {
		if joinLines(a.Headline) != "港口新建集装箱码头投入使用" {
			continue
		}
		for _, au := range a.Authors {
			harbour = append(harbour, au.Name)
		}
	}
	if !slices.Equal(harbour, []string{"赵六"}) {
		t.Errorf("harbour article's authors %q, want [赵六]: the scrap's credit goes to no credited article", harbour)
	}
}
