package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// Invented articles for the series label tests: each a headline, a credit
// and a short text.
const (
	parkHead  = "城西新建三座口袋公园"
	parkStory = `本报记者 赵刚
入秋以来，城西陆续建成三座口袋公园，市民出
门几步就能散步健身。公园选址在街角空地和拆
违腾出的地块，设计时征求了周边居民的意见，
增加了座椅、树荫和儿童游乐设施。园林部门表
示，明年还将再建五座，让更多居民就近享受绿
色空间，城市的角落也变得更有温度。
`
	canteenHead  = "社区食堂办到家门口"
	canteenStory = `本报记者 李明
社区食堂开门那天，七十多岁的老人早早来到
门口排队。一荤两素一汤，价格实惠，味道可
口，老人们吃得开心。街道负责人介绍，食堂
由社区提供场地，企业负责运营，政府给予适
当补贴，既解决了老人吃饭难，也减轻了子女
的负担。
`
	ferryHead  = "江心渡口换上新船"
	ferryStory = `本报记者 孙涛
江心渡口的老木船退役了，换上了一艘宽敞的
钢质渡船。船上装了救生设备和遮雨棚，两岸
村民过江赶集、孩子上学都更安心。船工老周
在渡口干了三十年，他说新船开起来又稳又快
，一趟只要十来分钟，乡亲们都夸这船好。
`
)

// articleHeaded returns the article of layout l with headline h, or nil.
func articleHeaded(l segment.Layout, h string) *segment.Article {
	for i, a := range l.Articles {
		if joinLines(a.Headline) == h {
			return &l.Articles[i]
		}
	}
	return nil
}

// A short series label on a line of its own right over a headline is the
// headline's kicker, not a block of its own; labels stacked over stacked
// headlines pair with them in turn.
func TestSeriesLabelOverHeadline(t *testing.T) {
	l := Segment(dumpPage("zh", parkHead+"\n"+parkStory+"\n笔谈录\n\n"+canteenHead+"\n"+canteenStory))
	a := articleHeaded(l, canteenHead)
	if a == nil {
		t.Fatalf("no article headed %q: %d articles", canteenHead, len(l.Articles))
	}
	if k := joinLines(a.Kicker); k != "笔谈录" {
		t.Errorf("kicker %q, want the label", k)
	}
	for _, b := range l.Blocks {
		if strings.Contains(joinLines(b.Lines), "笔谈录") {
			t.Errorf("label left as a block %q", joinLines(b.Lines))
		}
	}

	// Two labels, then the two headlines they introduce with their
	// credits, then the two texts.
	credit := func(story string) string { c, _, _ := strings.Cut(story, "\n"); return c }
	text := func(story string) string { _, t, _ := strings.Cut(story, "\n"); return t }
	l = Segment(dumpPage("zh", parkHead+"\n"+parkStory+"\n笔谈录\n\n乡村新事\n\n"+
		canteenHead+"\n"+credit(canteenStory)+"\n\n"+ferryHead+"\n"+credit(ferryStory)+"\n\n"+text(canteenStory)+"\n"+text(ferryStory)))
	for h, want := range map[string]string{canteenHead: "笔谈录", ferryHead: "乡村新事"} {
		a := articleHeaded(l, h)
		if a == nil {
			t.Fatalf("no article headed %q", h)
		}
		if k := joinLines(a.Kicker); k != want {
			t.Errorf("%q: kicker %q, want %q", h, k, want)
		}
	}
}

// A longer bare heading left without text over a headline is more often a
// headline printed away from its text than a label, and two characters
// alone the wrapped end of the line above: neither is a kicker.
func TestBareHeadingNoLabel(t *testing.T) {
	for _, bare := range []string{"老街巷焕发新活力", "王强"} {
		l := Segment(dumpPage("zh", parkHead+"\n"+parkStory+"\n"+bare+"\n\n"+canteenHead+"\n"+canteenStory))
		a := articleHeaded(l, canteenHead)
		if a == nil {
			t.Fatalf("no article headed %q", canteenHead)
		}
		if k := joinLines(a.Kicker); k != "" {
			t.Errorf("kicker %q, want none", k)
		}
	}
}
