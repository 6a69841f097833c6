package dump

import (
	"strings"
	"testing"
)

// A Chinese caption wrapped over a block of its own under its photo: it
// opens with a date, its credit wraps onto the last line. The whole block
// is the caption, it goes to the article headed under it, and none of it
// stays in any body.
func TestZhCaptionBlock(t *testing.T) {
	const text = `新区建设迈出坚实步伐
本报记者 张明
今年以来，新区围绕产业
升级目标，新建厂房十余
座，引进企业三十多家，
带动就业岗位数千个。

10月3日，市民在公园湖
边观看划船比赛的精彩场
面。 本报记
者 李华摄

秋季农产品丰收在望
本报记者 王强
眼下正值秋收时节，田野
里稻浪翻滚，农民们忙着
收割和晾晒，合作社的烘
干设备昼夜运转。`
	l := Segment(dumpPage("zh", text))
	const want = "10月3日，市民在公园湖边观看划船比赛的精彩场面。 本报记者 李华摄"
	found := false
	for _, a := range l.Articles {
		for _, c := range a.Captions {
			if joinLines(c) != want {
				t.Errorf("caption %q, want %q", joinLines(c), want)
			}
			if !strings.HasPrefix(joinLines(a.Headline), "秋季") {
				t.Errorf("caption with %q, want the article under it", joinLines(a.Headline))
			}
			found = true
		}
		if b := bodyText(a); strings.Contains(b, "划船") || strings.Contains(b, "李华") {
			t.Errorf("body keeps the caption: %q", b)
		}
	}
	if !found {
		t.Errorf("no caption found, want %q", want)
	}
}
