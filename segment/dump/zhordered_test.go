package dump

import (
	"strings"
	"testing"
)

// zhOrderedPage is an invented Chinese page in stream order, as a
// stream-order dump reads once its blocks are found: each article whole
// under its headline. The school article's second block speaks of the
// bridge opening too, in all the words of the first article's headline, so
// its words alone would send it there.
const zhOrderedPage = "青山镇跨河大桥建成通车\n本报记者 林晓\n\n" +
	"本月十日，青山镇跨河大桥\n正式建成通车。大桥全长八百\n米，连接河东河西两个片区，\n" +
	"过河时间由半小时缩短到五分\n钟。\n\n" +
	"镇长王海说，大桥通车后，\n河西的蔬菜可以当天运进县城\n的市场。\n\n" +
	"青山镇小学开设书法课\n本报记者 周明\n\n" +
	"小学今年秋季开设书法课，每\n周两节，由退休教师上课，学\n生练习毛笔字和硬笔字。\n\n" +
	"青山镇跨河大桥建成通车那天，\n小学书法课的孩子们在桥头写\n下了一幅大字。\n\n" +
	"校长说，书法课让学生静下心\n来，课堂上人人都拿起毛笔。\n"

func TestChineseOrderedPageKeepsTextUnderItsHeadline(t *testing.T) {
	l := segmentOrdered("zh", zhOrderedPage)
	a := findArticle(t, l, "青山镇小学开设书法课")
	if body := bodyText(a); !strings.Contains(body, "孩子们在桥头写下了一幅大字") {
		t.Errorf("school article lost its first paragraph: %q", body)
	}
	b := findArticle(t, l, "青山镇跨河大桥建成通车")
	if body := bodyText(b); strings.Contains(body, "孩子") {
		t.Errorf("bridge article took the school's paragraph: %q", body)
	}
}

// zhColonPage prints a headline cut after its colon apart from the line
// it reads on into; the text carries more of that line's words, but goes
// to the headline.
const zhColonPage = "青山镇跨河大桥建成通车\n本报记者 林晓\n\n" +
	"本月十日，青山镇跨河大桥\n正式建成通车。大桥全长八百\n米，连接河东河西两个片区。\n\n" +
	"青山镇小学老师：\n\n书法课要天天写毛笔字\n本报记者 周明\n\n" +
	"老师们说，书法课要让孩子天\n天写毛笔字，每周两节课不够。\n\n" +
	"书法课的孩子们每天写毛笔字\n，一年写完十本字帖。\n"

func TestChineseOrderedColonHeadline(t *testing.T) {
	l := segmentOrdered("zh", zhColonPage)
	a := findArticle(t, l, "青山镇小学老师：")
	if body := bodyText(a); !strings.Contains(body, "一年写完十本字帖") {
		t.Errorf("colon headline lost its text: %q", body)
	}
}

// zhCommaHeadPage opens with a headline of two parallel phrases, wider
// than the column, right over its credit.
const zhCommaHeadPage = "共同守护青山绿水，建设美丽乡村家园\n□本报记者 林晓\n\n" +
	"本月十日，青山镇跨河大桥\n正式建成通车。大桥全长八百\n米，连接河东河西两个片区。\n\n" +
	"镇长王海说，大桥通车后，\n河西的蔬菜可以当天运进县城\n的市场。\n"

func TestChineseOrderedCommaHeadline(t *testing.T) {
	a := findArticle(t, segmentOrdered("zh", zhCommaHeadPage), "共同守护青山绿水，建设美丽乡村家园")
	if body := bodyText(a); !strings.HasPrefix(body, "本月十日") {
		t.Errorf("headline over a credit lost its text: %q", body)
	}
}
