package dump

import "testing"

// The lead story's headline printed right under the paper's name, its
// text right under it in the same block, is a headline, not the first
// line of that text.
func TestLeadHeadlineUnderMasthead(t *testing.T) {
	text := `西江日报
滨江港新码头投入使用
近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞
吐能力达到一百万标准箱。港务集团
负责人介绍，新码头采用自动化装卸
设备，作业效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "滨江港新码头投入使用")
	if b := bodyText(a); len(b) == 0 || b[:len("近日")] != "近日" {
		t.Errorf("body = %q", b)
	}
}
