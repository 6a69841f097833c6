package dump

import (
	"strings"
	"testing"
)

// zhRowPage: two headings set side by side over a page of clean columns,
// their row opening the chunk of their credit and the left one's story.
const zhRowPage = `第5版

山区学校迎来新校舍
本报记者 林晓
新学期开学前，青山县三所山区小学
的新校舍全部交付使用，教室宽敞明
亮，操场铺上了塑胶跑道，食堂和宿
舍也焕然一新。县教育局负责人说，
今年还将为山区学校配备音乐美术老
师，让孩子们在家门口享受好教育。

修通一条致富山路、 滨江港新码头正式投
果农增收
入使用
记者 王小明 通讯员 赵强
今年秋天，青山县果农增收明显，果
园里的苹果装上货车直接运出大山，
运费比往年降了三成。果农们说，苹
果卖得快，价钱也好，今年每亩果园
多收了两千多元，种果树的劲头更足
了，不少外出务工的年轻人回了村。
这一切，都因为那条致富山路。山路
修通以前，苹果要靠人挑马驮下山。

港口新貌
□本报记者 李芳
滨江港新建的集装箱码头近日正式
投入使用，码头共有泊位六个，年
吞吐能力达到一百万标准箱。港务
集团负责人介绍，新码头采用自动
化装卸设备，作业效率大幅提升，
船舶在港停留时间明显缩短，来往
货轮越来越多，港口周边的物流企
业也忙了起来。`

// Two headings set side by side over a page of clean columns, printed with
// their wrapped lines and a credit straight on into the first story's text
// (no blank line): the row of heads opens the chunk, and a list comma ends
// the left head's first line, which would read as running text. The heads
// are found by the credit under them; the left head's wrapped line, which
// the groups gave the right head, returns to it; and the credit, which the
// groups gave the right head by those misplaced words, signs the story
// printed under it, the left head's.
func TestRowOfHeadsOverCredit(t *testing.T) {
	l := Segment(dumpPage("zh", zhRowPage))
	road := findArticle(t, l, "修通一条致富山路、果农增收")
	if b := bodyText(road); !strings.Contains(b, "果园") || strings.Contains(b, "码头") {
		t.Errorf("road body = %q", b)
	}
	if len(road.Authors) == 0 || road.Authors[0].Name != "王小明" {
		t.Errorf("road authors = %v (byline %q)", road.Authors, road.Byline)
	}
	harbour := findArticle(t, l, "滨江港新码头正式投入使用")
	if b := bodyText(harbour); !strings.Contains(b, "集装箱码头") || strings.Contains(b, "苹果") {
		t.Errorf("harbour body = %q", b)
	}
	if harbour.Byline == road.Byline {
		t.Errorf("both heads signed %q", harbour.Byline)
	}
}

// On a dump that prints its columns side by side throughout, a line of
// short fragments over a credit is as often two columns' scraps: the row
// is taken for heads only where lines of several fragments are rare.
func TestRowOverCreditNeedsCleanColumns(t *testing.T) {
	clean := &pageSeg{zh: true, lines: strings.Split(zhRowPage, "\n")}
	clean.classify()
	if len(clean.rowCredits) != 1 {
		t.Fatalf("clean page: rows over credits %v, want one", clean.rowCredits)
	}
	school := "新学期开学前，青山县三所山区小学\n的新校舍全部交付使用，教室宽敞明\n亮，操场铺上了塑胶跑道，食堂和宿\n舍也焕然一新。县教育局负责人说，\n"
	sideBySide := "新学期开学前，青山县三所山区小学 的新校舍全部交付使用，教室宽敞明\n亮，操场铺上了塑胶跑道，食堂和宿 舍也焕然一新。县教育局负责人说，\n"
	if !strings.Contains(zhRowPage, school) {
		t.Fatal("test page changed")
	}
	soup := &pageSeg{zh: true, lines: strings.Split(strings.Replace(zhRowPage, school, sideBySide, 1), "\n")}
	soup.classify()
	if len(soup.rowCredits) != 0 {
		t.Errorf("page of shared lines: rows over credits %v, want none", soup.rowCredits)
	}
}

// A row of two narrow heads whose wrapped lines end at a blank line, not
// at a credit: the credit printed further down, over the second story, is
// no credit under the row, and stays with the head the groups gave it
// rather than going to the head whose words the story under the row holds.
func TestRowEndingAtTextKeepsNoCredit(t *testing.T) {
	text := narrowPairFitness + "\n\n本报记者 王小明\n" + narrowPairTea
	s := &pageSeg{zh: true, lines: strings.Split(text, "\n")}
	s.classify()
	if len(s.rowCredits) != 0 {
		t.Errorf("rows over credits %v, want none", s.rowCredits)
	}
	l := Segment(dumpPage("zh", text))
	for _, a := range l.Articles {
		if a.Byline != "" && joinLines(a.Headline) != "青山县办《茶博览会》" {
			t.Errorf("credit %q went to %q", a.Byline, joinLines(a.Headline))
		}
	}
}

// A row of two narrow heads (headPairOpens) whose wrapped lines end at a
// credit printed as a lead-in ("本报讯（记者 …）"), which rowOverCredit
// does not read on a page this short, keeps that credit as the row's: the
// row ends at a credit line, not at text.
func TestHeadPairRowEndingAtCredit(t *testing.T) {
	pair := strings.Replace(narrowPairFitness, "会》\n\n", "会》\n本报讯（记者 王小明）\n", 1)
	if pair == narrowPairFitness {
		t.Fatal("test page changed")
	}
	s := &pageSeg{zh: true, lines: strings.Split(pair+"\n\n"+narrowPairTea, "\n")}
	s.classify()
	if len(s.rowCredits) != 1 || s.rowCredits[0] != 2 {
		t.Errorf("rows over credits %v, want row 0 over line 2", s.rowCredits)
	}
}
