package dump

import (
	"slices"
	"strings"
	"testing"
)

// harbourPage is a short page whose harbour article stops inside a
// sentence, followed by tail: the scrap printed under it.
const harbourPage = `港口新建集装箱码头投入使用

城南老街完成改造
记者 周六

经过半年的施工，城南老街的石板路
重新铺好，沿街的老房子也修缮一新，
不少老字号店铺陆续回到街上营业，
周末来逛街的市民明显多了。

滨江港新建的集装箱码头正式投入使
用。码头共有泊位六个，年吞吐能力
达到一百万标准箱，港口货物运输效
率大幅提升，集装箱码头作业时间缩
短三成。记者在码头看到，自动化的
桥吊正在有序装卸，整个作业区几乎
`

// harbourTakesScrap checks that the harbour article of harbourPage+tail
// carries the credit 李四 and its body holds has.
func harbourTakesScrap(t *testing.T, tail, has string) {
	t.Helper()
	l := Segment(dumpPage("zh", harbourPage+tail))
	for _, a := range l.Articles {
		if joinLines(a.Headline) != "港口新建集装箱码头投入使用" {
			continue
		}
		var names []string
		for _, au := range a.Authors {
			names = append(names, au.Name)
		}
		if !slices.Equal(names, []string{"李四"}) {
			t.Errorf("harbour article's authors %q, want [李四]", names)
		}
		if !strings.Contains(bodyText(a), has) {
			t.Errorf("harbour article lacks the closed scrap: %s", bodyText(a))
		}
		return
	}
	t.Errorf("no harbour article")
}

// A scrap that a bracketed closing credit ends, printed right under an
// uncredited article's line that stops inside a sentence, is that
// article's last lines: the article takes its text and the credit, and
// the bare heading over the scrap goes along as a crosshead.
func TestClosedScrapEndsArticleAbove(t *testing.T) {
	harbourTakesScrap(t, "码头建设者的一天\n看不到工人的身影。\n（本报记者 李四）", "看不到工人的身影")
}

// The reach is counted from the scrap's heading too: two short lines
// read as a bare heading right under the article, and the credit under
// them, end that article though the credit itself is three lines down.
func TestClosedScrapHeadingWithinReach(t *testing.T) {
	harbourTakesScrap(t, "看不到工人的身影\n码头一片繁忙……\n（本报记者 李四）", "码头一片繁忙")
}
