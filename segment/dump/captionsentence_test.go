package dump

import (
	"strings"
	"testing"
)

// A caption on a line of its own, a little wider than the columns, wraps
// mid-sentence: the next line ends the sentence and carries the photo
// credit. The whole sentence is the caption's, and none of it stays in the
// body.
func TestCaptionSentenceBeforeCredit(t *testing.T) {
	const text = `新区建设迈出坚实步伐
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
成，果蔬价格也保持稳定。`
	l := Segment(dumpPage("zh", text))
	const want = "10月3日，市民在公园湖边观看划船比赛的精彩场面。 本报记者 李华摄"
	var caps []string
	for _, a := range l.Articles {
		for _, c := range a.Captions {
			caps = append(caps, joinLines(c))
		}
		if b := bodyText(a); strings.Contains(b, "彩场面") {
			t.Errorf("body keeps the caption's end: %q", b)
		}
	}
	if len(caps) != 1 || caps[0] != want {
		t.Errorf("captions %q, want [%q]", caps, want)
	}
}
