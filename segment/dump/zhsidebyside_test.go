package dump

import (
	"strings"
	"testing"
)

// Two headings side by side: the row above their main lines holds the
// left head's first line and a column label over the right head.
func TestRowLabelOverSideHead(t *testing.T) {
	body := func(topic string) string {
		var b strings.Builder
		for range 4 {
			b.WriteString(topic + "的工作人员说，\n今年的情况比去年更好，\n大家都很满意。\n")
		}
		return b.String()
	}
	dump := "北山县新建 观察\n" +
		"水库今日蓄水 春茶采摘旺季带动农户增收\n\n" +
		"本报记者 李明\n" + body("北山县水库") + "\n" +
		"本报记者 王芳\n" + body("春茶采摘") + "\n"
	l := Segment(dumpPage("zh", dump))
	heads := map[string]string{}
	for _, a := range l.Articles {
		heads[joinLines(a.Headline)] = joinLines(a.Kicker)
	}
	if k, ok := heads["北山县新建水库今日蓄水"]; !ok || k != "" {
		t.Errorf("left head: got heads %q", heads)
	}
	if k, ok := heads["春茶采摘旺季带动农户增收"]; !ok || k != "观察" {
		t.Errorf("right head with its label as kicker: got heads %q", heads)
	}
}

func TestRowParts(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want int
	}{
		{"北山县新建 观察", 2, 2},
		{"北山县新建 观察", 3, 0},
		{"北山县新建观察", 2, 0},
		{"北山县新建 察", 2, 0},
	} {
		if got := len(rowParts(c.in, c.n)); got != c.want {
			t.Errorf("rowParts(%q, %d): %d parts, want %d", c.in, c.n, got, c.want)
		}
	}
	if !rowLabel("观察", "春茶采摘旺季带动农户增收") || rowLabel("北山县新建", "水库今日蓄水") || rowLabel("观察，", "春茶采摘旺季带动农户增收") {
		t.Error("rowLabel: a short label over a long head only")
	}
}
