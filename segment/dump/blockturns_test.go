package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// blockTurnsPage: an article whose four columns the dump prints as blocks
// of two lines taking turns, a blank line after each (too short for the
// page's regions in turns): each column's first two lines, left to right,
// then the next two of each, then their last lines.
const blockTurnsPage = `山村处处展新颜
记者 王芳

山区小镇的茶园今年迎
来丰收，村民们起早贪黑采

镇里的学校新建了图书
馆和实验室，孩子们在宽敞

为了方便群众出行，县
里投入资金修建了乡村公路

卫生院引进了先进的医
疗设备，还定期邀请专家前

摘新鲜茶叶。合作社统一收
购加工，茶叶远销全国各地

明亮的教室里学习。老师们
积极开展阅读活动，学生的

，客车每天按时往返。过去
需要步行半天的山路，现在

来坐诊。村民在家门口就能
看病，减少了往返奔波，大

，村民的收入明显增加，日
子越过越红火。

阅读兴趣不断提高，家长们
也非常满意。

坐车二十分钟就能到达县城
，十分方便。

家对医疗服务的改善赞不绝
口。`

// The article reads column by column, each whole (blockTurns), not block
// by block down the dump.
func TestBlockTurnsReadByColumn(t *testing.T) {
	l := Segment(dumpPage("zh", blockTurnsPage))
	want := "山区小镇的茶园今年迎来丰收，村民们起早贪黑采摘新鲜茶叶。合作社统一收购加工，茶叶远销全国各地，村民的收入明显增加，日子越过越红火。" +
		"镇里的学校新建了图书馆和实验室，孩子们在宽敞明亮的教室里学习。老师们积极开展阅读活动，学生的阅读兴趣不断提高，家长们也非常满意。" +
		"为了方便群众出行，县里投入资金修建了乡村公路，客车每天按时往返。过去需要步行半天的山路，现在坐车二十分钟就能到达县城，十分方便。" +
		"卫生院引进了先进的医疗设备，还定期邀请专家前来坐诊。村民在家门口就能看病，减少了往返奔波，大家对医疗服务的改善赞不绝口。"
	if got := bodyText(findArticle(t, l, "山村处处展新颜")); got != want {
		t.Errorf("body\n%s\nwant\n%s", got, want)
	}
}

// A reading is kept over another only where its text runs on across its
// line breaks better by a word at least: the columns read whole run on
// across every block's break ("采" / "摘", "前" / "来"), block by block
// down the dump they do not.
func TestReadsBetter(t *testing.T) {
	s := &pageSeg{zh: true, lines: strings.Split(blockTurnsPage, "\n")}
	s.classify()
	flow := func(ls ...string) []segment.Flow { return []segment.Flow{{Lines: lines(ls...)}} }
	byColumn := flow("山区小镇的茶园今年迎", "来丰收，村民们起早贪黑采", "摘新鲜茶叶。合作社统一收",
		"卫生院引进了先进的医", "疗设备，还定期邀请专家前", "来坐诊。村民在家门口就能")
	byBlock := flow("山区小镇的茶园今年迎", "来丰收，村民们起早贪黑采", "卫生院引进了先进的医",
		"疗设备，还定期邀请专家前", "摘新鲜茶叶。合作社统一收", "来坐诊。村民在家门口就能")
	col, block := s.flowRate(byColumn), s.flowRate(byBlock)
	if !readsBetter(col, block) {
		t.Errorf("columns read whole (%.2f) should read better than blocks in dump order (%.2f)", col, block)
	}
	if readsBetter(block, col) || readsBetter(col, col) {
		t.Error("a reading that runs on no better is kept")
	}
}

// After a paragraph's short last line the next paragraph opens indented:
// a full running line there counts against the reading.
func TestReadsBetterParagraphStart(t *testing.T) {
	s := &pageSeg{zh: true, lines: strings.Split(blockTurnsPage, "\n")}
	s.classify()
	body := func(next string) []segment.Flow {
		return []segment.Flow{{Lines: lines("来丰收，村民们起早贪黑采", "摘新鲜茶叶。合作社统一收", "购加工，茶叶远销全国各地",
			"，村民的收入明显增加，日", "子越过越红火。", next)}}
	}
	indented, full := body("镇里的学校新建了图书"), body("馆和实验室，孩子们在宽敞")
	if in, fl := s.flowRate(indented), s.flowRate(full); !readsBetter(in, fl) {
		t.Errorf("an indented line after a paragraph's end (%.2f) should read better than a full one (%.2f)", in, fl)
	}
}

// blocksInTurns prints the columns cols (each one paragraph) as a dump
// does a region's blocks in turns: each column cut into lines of width
// characters, its first line two short (indented), then per lines at a
// time of each column left to right, a blank line after each block.
func blocksInTurns(head string, cols []string, width, per int) string {
	var cut [][]string
	for _, c := range cols {
		rs := []rune(c)
		ls := []string{string(rs[:width-2])}
		for rs = rs[width-2:]; len(rs) > 0; rs = rs[min(width, len(rs)):] {
			ls = append(ls, string(rs[:min(width, len(rs))]))
		}
		cut = append(cut, ls)
	}
	var blocks []string
	for at := 0; ; at += per {
		n := len(blocks)
		for _, ls := range cut {
			if at < len(ls) {
				blocks = append(blocks, strings.Join(ls[at:min(at+per, len(ls))], "\n"))
			}
		}
		if len(blocks) == n {
			break
		}
	}
	return head + "\n\n" + strings.Join(blocks, "\n\n")
}

// Six columns take turns too (more than the page's regions in turns read).
func TestBlockTurnsSixColumns(t *testing.T) {
	cols := []string{
		"山区小镇的茶园今年迎来丰收，村民们起早贪黑采摘新鲜茶叶。合作社统一收购加工，茶叶远销全国各地，村民的收入明显增加，日子越过越红火。",
		"镇里的学校新建了图书馆和实验室，孩子们在宽敞明亮的教室里学习。老师们积极开展阅读活动，学生的阅读兴趣不断提高，家长们也非常满意。",
		"为了方便群众出行，县里投入资金修建了乡村公路，客车每天按时往返。过去需要步行半天的山路，现在坐车二十分钟就能到达县城，十分方便。",
		"卫生院引进了先进的医疗设备，还定期邀请专家前来坐诊。村民在家门口就能看病，减少了往返奔波，大家对医疗服务的改善赞不绝口。",
		"社区食堂开业以来，每天为老人提供营养午餐，价格实惠口味可口。志愿者还定期上门送餐，照顾行动不便的老人，大家都说这是暖心工程。",
		"镇文化站组织了丰富多彩的文艺活动，村民们踊跃报名参加演出。广场舞队伍越来越壮大，每到傍晚音乐响起，广场上就热闹非凡十分红火。",
	}
	l := Segment(dumpPage("zh", blocksInTurns("山村处处展新颜\n记者 王芳", cols, 12, 2)))
	if got, want := bodyText(findArticle(t, l, "山村处处展新颜")), strings.Join(cols, ""); got != want {
		t.Errorf("body\n%s\nwant\n%s", got, want)
	}
}
