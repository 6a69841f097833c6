package dump

import (
	"strings"
	"testing"
)

// A Chinese caption wrapped over a block of its own under its photo: it
// opens with a date, its credit ends the last line or wraps onto it. The
// whole block is the caption, also when its first line is wider than a
// column (read whole before that line alone is read as a caption), it goes
// to the article headed under it, and none of it stays in any body.
func TestZhCaptionBlock(t *testing.T) {
	const top = `新区建设迈出坚实步伐
本报记者 张明
今年以来，新区围绕产业
升级目标，新建厂房十余
座，引进企业三十多家，
带动就业岗位数千个。

`
	const bottom = `

秋季农产品丰收在望
本报记者 王强
眼下正值秋收时节，田野
里稻浪翻滚，农民们忙着
收割和晾晒，合作社的烘
干设备昼夜运转。`
	for _, c := range []struct{ name, caption, want string }{
		{"credit wrapped", "10月3日，市民在公园湖\n边观看划船比赛的精彩场\n面。 本报记\n者 李华摄",
			"10月3日，市民在公园湖边观看划船比赛的精彩场面。 本报记者 李华摄"},
		{"wide first line", "10月3日，市民在公园湖边观看划船比赛的精\n彩场面。（本报记者 李华摄）",
			"10月3日，市民在公园湖边观看划船比赛的精彩场面。（本报记者 李华摄）"},
	} {
		l := Segment(dumpPage("zh", top+c.caption+bottom))
		var caps []string
		for _, a := range l.Articles {
			for _, cp := range a.Captions {
				caps = append(caps, joinLines(cp))
				if !strings.HasPrefix(joinLines(a.Headline), "秋季") {
					t.Errorf("%s: caption with %q, want the article under it", c.name, joinLines(a.Headline))
				}
			}
			if b := bodyText(a); strings.Contains(b, "划船") || strings.Contains(b, "李华") {
				t.Errorf("%s: body keeps the caption: %q", c.name, b)
			}
		}
		if len(caps) != 1 || caps[0] != c.want {
			t.Errorf("%s: captions %q, want [%q]", c.name, caps, c.want)
		}
	}
}
