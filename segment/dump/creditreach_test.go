package dump

import (
	"strings"
	"testing"
)

// Two heading blocks printed one after the other, then the first one's
// text, then a credit over the second one's text, whose words are the
// second headline's. The credit finds its headline by those words
// (headAboveCredit), and that heading block then reaches down to the
// credit: the text printed under the credit is its start, and the text
// printed right under the two headings is the first headline's. Without
// that reach the second headline, printed nearer over the first text and
// sharing a word with it, took both texts and the first was left a label.
func TestCreditTakenByWordsBringsItsText(t *testing.T) {
	text := strings.Join([]string{
		"江城日报",
		"",
		"金秋时节",
		"处处欢歌",
		"",
		"湖区渔民今年喜获丰收",
		"鱼价稳中有升",
		"",
		"国庆假期，城郊的丰收节开幕了，满山层林尽染。",
		"不少市民带着家人来到山里，登高望远，拍照",
		"留念。景区负责人说，今年假期游客比去年多",
		"了三成，周边的农家乐也家家客满，山里的土",
		"特产卖得格外好，村民们喜获丰收，笑开了颜。",
		"山脚下新修的步道和观景台也迎来了第一批游",
		"客，大家在观景台上远眺，一派秋日好风光。",
		"傍晚时分，山间的炊烟袅袅升起，农家院里飘",
		"出饭菜的香味。游客们围坐在院子里，品尝山",
		"里的野菜和土鸡，听村民讲山里的故事。村里",
		"的年轻人也回来了，有的开民宿，有的做导游",
		"，还有的在网上直播卖山货，生意红红火火。",
		"村支书说，村里正规划新的游览线路，明年秋",
		"天会有更多的游客来看满山的红叶。",
		"",
		"本报记者 林小雨",
		"湖区渔民今年迎来丰收季，一网下去，满网的",
		"鲜鱼活蹦乱跳。渔民老周说，今年鱼价稳中有",
		"升，一家人的收入比去年多了不少。湖区还办",
		"起了鱼市，城里的客人专程赶来买鲜鱼，渔民",
		"们说，好日子还在后头呢。",
	}, "\n")
	l := Segment(dumpPage("zh", text))
	textGoesTo(t, l, "湖区渔民今年喜获丰收鱼价稳中有升", "一网下去", "金秋时节处处欢歌", "一网下去")
	textGoesTo(t, l, "金秋时节处处欢歌", "丰收节开幕", "湖区渔民今年喜获丰收鱼价稳中有升", "丰收节开幕")
	if got := authorsByHeadline(l)["湖区渔民今年喜获丰收鱼价稳中有升"]; got != "林小雨" {
		t.Errorf("credit of the second headline = %q, want 林小雨", got)
	}
}
