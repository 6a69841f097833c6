package dump

import (
	"strings"
	"testing"
)

// The lead story's headline printed right under the paper's name, its
// text right under it in the same block, is a headline, not the first
// line of that text; set on two short lines, it keeps its second line,
// which opens no paragraph of the text.
func TestLeadHeadlineUnderMasthead(t *testing.T) {
	const body = `
近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞
吐能力达到一百万标准箱。港务集团
负责人介绍，新码头采用自动化装卸
设备，作业效率大幅提升。`
	for _, head := range []string{"滨江港新码头投入使用", "滨江港新码头\n投入使用"} {
		l := Segment(dumpPage("zh", "西江日报\n"+head+body))
		a := findArticle(t, l, "滨江港新码头投入使用")
		if b := bodyText(a); !strings.HasPrefix(b, "近日") {
			t.Errorf("head %q: body = %q", head, b)
		}
	}
}
