package dump

import (
	"strings"
	"testing"
)

// A heading printed over a row where several columns start does not take
// a column by its place alone: the column that carries none of its words
// is another article's text run on into that row, and the heading with no
// text of its own stays a label (not a crosshead of that article).
func TestSharedRowNeedsHeadingWords(t *testing.T) {
	text := `青山县茶园迎来春茶采摘旺季

□本报记者 王小明

清明前后，青山县的茶园进入采摘
季，茶农们天不亮就上山采茶，新
鲜茶叶当天送到茶厂加工，春茶价
格比去年略有上涨，收入大幅增加。

滨江港新码头投用

青年歌手大赛举行

□本报记者 李芳

茶厂负责人说，今年新茶的订单已 滨江港新建的集装箱码头近日正式
经排到了下个月，茶农们忙得不亦 投入使用，码头共有泊位六个，年
乐乎，茶厂的机器日夜运转，茶农 吞吐能力达到一百万标准箱。港务
的日子越过越红火，村里还办起了 集团负责人介绍，新码头采用自动
民宿。 化装卸设备，作业效率大幅提升。
`
	l := Segment(dumpPage("zh", text))
	harbour := findArticle(t, l, "滨江港新码头投用")
	if b := bodyText(harbour); !strings.Contains(b, "码头共有泊位") || strings.Contains(b, "茶") {
		t.Errorf("harbour body = %q", b)
	}
	for _, a := range l.Articles {
		if h := joinLines(a.Headline); h == "青年歌手大赛举行" {
			t.Errorf("a heading with no words in the row took %q", bodyText(a))
		}
	}
	tea := findArticle(t, l, "青山县茶园迎来春茶采摘旺季")
	if b := bodyText(tea); !strings.Contains(b, "新茶的订单已") || strings.Contains(b, "码头") || strings.Contains(b, "歌手") {
		t.Errorf("tea body = %q", b)
	}
}
