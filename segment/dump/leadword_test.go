package dump

import (
	"strings"
	"testing"
)

// A word of two characters over a block of running text is the opening
// word of its first line set apart (a larger lead-in), not a heading.
func TestLeadWordIsNoHeading(t *testing.T) {
	text := `滨江港集装箱码头投入使用
本报记者 王小明

近日
滨江港新建的集装箱码头正式投入
使用，码头共有泊位六个，年吞吐
能力达到一百万标准箱。港务集团
负责人介绍，新码头采用自动化装
卸设备，作业效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	for _, a := range l.Articles {
		if joinLines(a.Headline) == "近日" {
			t.Fatalf("article headed %q", "近日")
		}
	}
	if b := bodyText(findArticle(t, l, "滨江港集装箱码头投入使用")); !strings.HasPrefix(b, "近日滨江港新建") {
		t.Errorf("body = %q", b)
	}
}
