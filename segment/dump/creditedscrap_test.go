package dump

import (
	"strings"
	"testing"
)

// A short story that no heading took but that ends in a closing credit is
// an article (here untitled), not loose blocks: the credit signs it, and
// its text and credit stay together.
func TestShortCreditedStoryIsArticle(t *testing.T) {
	const text = `近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升，作业时间明显缩短。
（本报记者 王小明）

3月12日，市民在河边公园植树。 新华社记
者 陈明摄

清晨的河面上飘着一层薄雾，
岸边的柳树刚刚抽出新芽，几
只白鹭贴着水面慢慢地飞过。
老人们沿着河边步道散步，孩
子们在草地上放风筝，笑声一
阵接着一阵，整条河都热闹了
起来。
（本报记者 李芳）
`
	l := Segment(dumpPage("zh", text))
	want := map[string]string{"集装箱码头": "王小明", "白鹭": "李芳"}
	for key, name := range want {
		found := false
		for _, a := range l.Articles {
			if !strings.Contains(bodyText(a), key) {
				continue
			}
			found = true
			if len(a.Authors) == 0 || a.Authors[0].Name != name {
				t.Errorf("story with %s has authors %v, want %s first", key, a.Authors, name)
			}
		}
		if !found {
			t.Errorf("story with %s (credit %s) is in no article", key, name)
		}
	}
}
