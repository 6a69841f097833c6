package dump

import (
	"strings"
	"testing"
)

// Two headings printed on one baseline come out as one dump line of two
// fragments; their wrapped lines above and below go to the fragment they
// read on with: a line as wide as one fragment above it, a line closing
// the quotation a fragment leaves open below it.
func TestHeadingsSideBySide(t *testing.T) {
	text := `山区茶农迎来
滨江港新码头“智慧—港— 春茶采摘旺季
口”正式投入使用

近日，滨江港新建的集装箱码头正
式投入使用，码头共有泊位六个，
年吞吐能力达到一百万标准箱。港
务集团负责人介绍，新码头采用自
动化装卸设备，作业效率大幅提升。
本报记者 王小明

清明前后，青山县的茶园进入采摘
季，茶农们天不亮就上山采茶，新
鲜茶叶当天送到茶厂加工，春茶价
格比去年略有上涨，茶农收入稳步
增加。
记者 李芳 通讯员 赵强`
	l := Segment(dumpPage("zh", text))
	harbour := findArticle(t, l, "滨江港新码头“智慧—港—口”正式投入使用")
	if b := bodyText(harbour); !strings.Contains(b, "滨江港新建的集装箱码头") || strings.Contains(b, "茶") {
		t.Errorf("harbour body = %q", b)
	}
	tea := findArticle(t, l, "山区茶农迎来春茶采摘旺季")
	if b := bodyText(tea); !strings.Contains(b, "青山县的茶园") || strings.Contains(b, "码头") {
		t.Errorf("tea body = %q", b)
	}
}

// A credit printed apart under two headings set side by side signs the
// story printed right under it, whichever of the two its words name: by
// their order the credit would go to the second.
func TestSideBySideCreditByTextUnder(t *testing.T) {
	text := `山区茶农迎来
滨江港新码头投入使用 春茶采摘旺季

清明前后，青山县的茶园进入采摘
季，茶农们天不亮就上山采茶，新
鲜茶叶当天送到茶厂加工，春茶价
格比去年略有上涨，茶农收入稳步
增加。

记者 王小明 通讯员 赵强

滨江港新建的集装箱码头近日正式
投入使用，码头共有泊位六个，年
吞吐能力达到一百万标准箱。港务
集团负责人介绍，新码头采用自动
化装卸设备，作业效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	harbour := findArticle(t, l, "滨江港新码头投入使用")
	if len(harbour.Authors) == 0 || harbour.Authors[0].Name != "王小明" {
		t.Errorf("harbour authors = %v (byline %q)", harbour.Authors, harbour.Byline)
	}
	if b := bodyText(harbour); !strings.HasPrefix(b, "滨江港新建的集装箱码头") {
		t.Errorf("harbour body = %q", b)
	}
	tea := findArticle(t, l, "山区茶农迎来春茶采摘旺季")
	if tea.Byline != "" || len(tea.Authors) > 0 {
		t.Errorf("tea byline = %q, authors %v", tea.Byline, tea.Authors)
	}
}

// A line opening with a closing quotation mark ends a quotation of the
// text before it: running text, not a heading, however short and bare.
func TestClosingMarkHeadsNothing(t *testing.T) {
	text := `滨江港新码头投入使用

近日，滨江港新建的集装箱码头正式
投入使用，码头共有泊位六个，年吞
吐能力达到一百万标准箱。负责人说：
“这是港口发展的新起点

”翻开港口的建设档案

码头从规划到建成用了整整五年，
期间克服了软土地基等多项难题，
工程质量全部达到设计要求。`
	l := Segment(dumpPage("zh", text))
	if len(l.Articles) != 1 {
		var hs []string
		for _, a := range l.Articles {
			hs = append(hs, joinLines(a.Headline))
		}
		t.Fatalf("articles headed %q, want one", hs)
	}
	b := bodyText(findArticle(t, l, "滨江港新码头投入使用"))
	if !strings.Contains(b, "负责人说：“这是港口发展的新起点") || !strings.Contains(b, "码头从规划到建成") {
		t.Errorf("body = %q", b)
	}
}

// A run-in credit ending in a colon on a line of its own opens the text
// printed right under it: the article that text belongs to takes the
// credit, not the heading printed last above it.
func TestRunInCreditOverText(t *testing.T) {
	text := `滨江港新码头投入使用

山区茶农迎来春茶采摘旺季

清明前后，青山县的茶园进入采摘季，
茶农们天不亮就上山采茶，新鲜茶叶
当天送到茶厂加工，春茶价格比去年
略有上涨，茶农收入稳步增加。

本报讯 记者王小明报道：
3月5日，滨江港新建的集装箱码头正
式投入使用，码头共有泊位六个，年
吞吐能力达到一百万标准箱。港务集
团负责人介绍，新码头采用自动化装
卸设备，作业效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	harbour := findArticle(t, l, "滨江港新码头投入使用")
	if len(harbour.Authors) != 1 || harbour.Authors[0].Name != "王小明" {
		t.Errorf("harbour authors = %v (byline %q)", harbour.Authors, harbour.Byline)
	}
	if b := bodyText(harbour); !strings.HasPrefix(b, "3月5日，滨江港新建") {
		t.Errorf("harbour body = %q", b)
	}
	if tea := findArticle(t, l, "山区茶农迎来春茶采摘旺季"); len(tea.Authors) > 0 {
		t.Errorf("tea authors = %v", tea.Authors)
	}
}

// narrowPairFitness is a row of two narrow heads, the left one's book
// title wrapped onto the line under it, over the right one's story;
// narrowPairTea is the left one's story.
const (
	narrowPairFitness = `青山县办《茶博览 城区兴起全民健身运动
会》

入秋以来，城区各个公园里健身的市民
明显多了起来，广场舞、太极拳、快走和
跑步的队伍从清晨一直排到傍晚。体育局
负责人介绍，全民健身运动正在城区兴起，
新建的步道和球场几乎天天满员。`
	narrowPairTea = `青山县首届茶博览会日前开幕，全县四十
多家茶企带着新茶参展，吸引了不少外地
客商前来洽谈。县里介绍，博览会期间共
签下采购合同二十多份，茶农收入有望增加。`
)

// Two short headlines set side by side open a chunk, as narrow together
// as one column line: they are two heads, not one line of a column. The
// line closing the bracket the left one leaves open ends that head,
// though its first word runs on from the right one's last too (运动|会).
func TestNarrowHeadPairOpensChunk(t *testing.T) {
	text := narrowPairFitness + "\n本报记者 王小明\n\n" + narrowPairTea + "\n记者 李芳 通讯员 赵强"
	l := Segment(dumpPage("zh", text))
	textGoesTo(t, l, "城区兴起全民健身运动", "城区各个公园", "青山县办《茶博览会》", "城区各个公园")
	textGoesTo(t, l, "青山县办《茶博览会》", "全县四十", "城区兴起全民健身运动", "全县四十")
}

// A run-in credit printed right under a row of two narrow heads opens the
// text of one of them: it is no deck of the row, however wide.
func TestRunInUnderNarrowHeadPair(t *testing.T) {
	text := `青山县办《茶博览 城区兴起全民健身运动
会》
本报讯 记者张华报道：青山县首届茶博览会
日前开幕，全县四十多家茶企带着新茶参展，
吸引了不少外地客商前来洽谈。县里介绍，
博览会期间共签下采购合同二十多份。

入秋以来，城区各个公园里健身的市民明
显多了起来，广场舞、太极拳、快走和跑
步的队伍从清晨一直排到傍晚。体育局负
责人介绍，新建的步道和球场天天满员。
本报记者 王小明`
	l := Segment(dumpPage("zh", text))
	tea := findArticle(t, l, "青山县办《茶博览会》")
	if b := bodyText(tea); !strings.Contains(b, "全县四十") {
		t.Errorf("tea body = %q", b)
	}
}
