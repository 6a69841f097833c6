package dump

import (
	"strings"
	"testing"
)

// A caption set in a column of its own under its photo: the dump prints its
// lines as the last fragments of the lines of the column beside it, its
// credit wrapped after the first character. The whole caption is read,
// and none of it is left in the body.
func TestNarrowCaptionBesideColumn(t *testing.T) {
	const text = `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头 3月5日，滨江港迎来首艘
正式投入使用。码头共有泊位六 货轮，工人们在码头上指挥
个，年吞吐能力达到一百万标准 货轮靠泊。 本
箱，港口货物运输效率大幅提升 报记者 李芳摄
，码头作业时间明显缩短，周边
企业的物流成本也随之下降。`
	l := Segment(dumpPage("zh", text))
	const want = "3月5日，滨江港迎来首艘货轮，工人们在码头上指挥货轮靠泊。 本报记者 李芳摄"
	var caps []string
	for _, a := range l.Articles {
		for _, c := range a.Captions {
			caps = append(caps, joinLines(c))
		}
		if b := bodyText(a); strings.Contains(b, "货轮") || strings.Contains(b, "李芳") {
			t.Errorf("body keeps the caption: %q", b)
		}
	}
	if len(caps) != 1 || caps[0] != want {
		t.Errorf("captions %q, want [%q]", caps, want)
	}
}
