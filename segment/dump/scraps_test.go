package dump

import (
	"strings"
	"testing"
)

// A line as wide as a column (of the narrower of the page's two column
// widths), without punctuation, among lines that the extractor printed one
// per block while two columns took turns, is a line of running text, not a
// heading.
func TestColumnLineAmidScrapsIsNoHeading(t *testing.T) {
	text := `山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

清明前后，青山县的茶园进入
采摘季，茶农们天不亮就上山
采茶，新鲜茶叶当天送到茶厂
加工，春茶价格比去年略有上
涨。县农业局负责人说，全县
茶园面积已达五万亩，茶叶产
业带动茶农增收，今年春茶长
势良好，芽叶肥壮，茶农们喜
笑颜开。

滨江港集装箱码头投入使用

本报记者 王小明

近日，滨江港新建的集装

港务集团负责人介绍新码

箱码头正式投入使用。码

头采用自动化装卸设备集

头共有泊位六个，年吞吐

装箱从船舶到堆场全程无

能力达到一百万标准箱港

人操作，港口作业时间缩

口货物运输效率提升。

短三成，效益明显。`

	l := Segment(dumpPage("zh", text))
	if len(l.Articles) != 2 {
		var hs []string
		for _, a := range l.Articles {
			hs = append(hs, joinLines(a.Headline))
		}
		t.Fatalf("articles headed %q, want two", hs)
	}
	if b := bodyText(findArticle(t, l, "滨江港集装箱码头投入使用")); !strings.Contains(b, "港务集团负责人介绍新码头采用自动化装卸设备集装箱") {
		t.Errorf("body = %q", b)
	}
}
