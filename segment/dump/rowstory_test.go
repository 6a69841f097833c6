package dump

import (
	"strings"
	"testing"
)

// Two heads side by side over interleaved columns: the credit under the
// row is the left head's; the right head's short text, which shares no
// word with either head, ends with a bracketed credit of its own, and the
// column rebuilding runs a line of another column on under that credit.
// Each head takes its credit and its text.
func TestRowStoryTakesItsHead(t *testing.T) {
	dump := "河湾大桥今日正式通车运营仪式 春茶飘香满山\n" +
		"在北岸隆重举行\n" +
		"绿意渐浓\n" +
		"记者 张三 通讯员 李四\n\n" +
		"为方便两岸居民出行，河湾 工程负责人介绍，大桥全 清晨的山坡上雾气缭绕，\n" +
		"大桥历时三年建成，今天 长一千二百米，设计时速 采茶人背着竹篓穿行，\n" +
		"正式通车运营，仪式在北 六十公里，是当地交通的 茶园里一片忙碌景象……\n" +
		"岸隆重举行，大桥通车后 重要通道，将带动沿岸 （本报记者 王芳）\n" +
		"两岸车程缩短半小时。 经济发展。 孩子们在院子里追逐嬉戏。\n"
	l := Segment(dumpPage("zh", dump))
	got := map[string][2]string{}
	for _, a := range l.Articles {
		var body strings.Builder
		for _, f := range a.Body {
			body.WriteString(joinLines(f.Lines))
		}
		got[joinLines(a.Headline)] = [2]string{a.Byline, body.String()}
	}
	left, right := got["河湾大桥今日正式通车运营仪式在北岸隆重举行"], got["春茶飘香满山绿意渐浓"]
	if left[0] != "记者 张三 通讯员 李四" || !strings.HasPrefix(left[1], "为方便两岸居民出行") || strings.Contains(left[1], "清晨") {
		t.Errorf("left head: credit and text %q", left)
	}
	if right[0] != "本报记者 王芳" || !strings.HasPrefix(right[1], "清晨的山坡上雾气缭绕") {
		t.Errorf("right head: credit and text %q", right)
	}
}
