package dump

import (
	"slices"
	"strings"
	"testing"
)

// A caption set in a column of its own under its photo: the dump prints its
// lines as the last fragments of the lines of the column beside it, its
// credit wrapped after the first character. And a caption on a line of its
// own, a little wider than the columns, cut mid-sentence: the next line
// ends the sentence and carries the photo credit (sentenceBeforeCredit).
// The whole caption is read, and none of it is left in the body.
func TestNarrowCaptionBesideColumn(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
		captionWords     []string // words only the caption prints
	}{
		{"beside a column", `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头 3月5日，滨江港迎来首艘
正式投入使用。码头共有泊位六 货轮，工人们在码头上指挥
个，年吞吐能力达到一百万标准 货轮靠泊。 本
箱，港口货物运输效率大幅提升 报记者 李芳摄
，码头作业时间明显缩短，周边
企业的物流成本也随之下降。`, "3月5日，滨江港迎来首艘货轮，工人们在码头上指挥货轮靠泊。 本报记者 李芳摄", []string{"货轮", "李芳"}},
		{"sentence before the credit", `新区建设迈出坚实步伐
本报记者 张明
今年以来，新区围绕产业升级目
标，新建厂房十余座，引进企业
三十多家，带动就业岗位数千个
。园区道路和供水管网同步完工
，配套学校和医院也陆续开工。

报刊征订
晨光日报年度征订工作现已开始，每份全年三百元，请到当地邮局办
理。
10月3日，市民在公园湖边观看划船比赛的精
彩场面。 本报记者 李华摄

秋季农产品丰收在望
本报记者 王强
眼下正值秋收时节，田野里稻浪
翻滚，农民们忙着收割和晾晒，
合作社的烘干设备昼夜运转，今
年的粮食产量预计比去年增长一
成，果蔬价格也保持稳定。`, "10月3日，市民在公园湖边观看划船比赛的精彩场面。 本报记者 李华摄", []string{"彩场面", "李华"}},
	} {
		l := Segment(dumpPage("zh", c.text))
		var caps []string
		for _, a := range l.Articles {
			for _, cp := range a.Captions {
				caps = append(caps, joinLines(cp))
			}
			b := bodyText(a)
			if slices.ContainsFunc(c.captionWords, func(w string) bool { return strings.Contains(b, w) }) {
				t.Errorf("%s: body keeps the caption: %q", c.name, b)
			}
		}
		if len(caps) != 1 || caps[0] != c.want {
			t.Errorf("%s: captions %q, want [%q]", c.name, caps, c.want)
		}
	}
}
