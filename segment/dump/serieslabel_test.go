package dump

import (
	"strings"
	"testing"
)

// Invented articles for the series label tests: each a headline, a credit
// and a short text.
const (
	parkHead  = "城西新建三座口袋公园"
	parkStory = `本报记者 赵刚
城西的三座口袋公园本周向市民开放。公园建在
街角的空地上，铺了步道，种了银杏和桂花，还
放了长椅和健身器材。傍晚时分，散步的老人、
跳绳的孩子和遛狗的年轻人把小园子挤得满满的
。附近居民说，以前下楼没处去，现在出门几步
就是公园，日子过得更舒心了。
`
	canteenHead  = "社区食堂办到家门口"
	canteenStory = `本报记者 李明
东街社区食堂开张一个月，每天中午都排起长队
。食堂的菜谱一周一换，荤素搭配，老人凭卡吃
饭还能打折。掌勺的师傅原来在饭店工作，做的
红烧鱼和家常豆腐最受欢迎。不少上班族也来这
里吃午饭，说饭菜干净实惠，比外卖吃着放心。
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

// A short series label on a line of its own right over a headline is the
// headline's kicker, not a block of its own; labels stacked over stacked
// headlines pair with them in turn.
func TestSeriesLabelOverHeadline(t *testing.T) {
	l := Segment(dumpPage("zh", parkHead+"\n"+parkStory+"\n笔谈录\n\n"+canteenHead+"\n"+canteenStory))
	if k := joinLines(findArticle(t, l, canteenHead).Kicker); k != "笔谈录" {
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
		if k := joinLines(findArticle(t, l, h).Kicker); k != want {
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
		if k := joinLines(findArticle(t, l, canteenHead).Kicker); k != "" {
			t.Errorf("kicker %q, want none", k)
		}
	}
}
