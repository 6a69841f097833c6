package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// A headline wrapped over three lines over the run-in credit that opens
// its text is one headline, though no line but the first opens its chunk.
func TestHeadlineOverRunIn(t *testing.T) {
	const body = `本报讯（记者 王强）近日，全省首个
智慧农业示范园区在城郊正式投入使
用，园区引进了自动灌溉、无人机植
保等一批新技术，带动周边农户增收
致富，受到群众欢迎。
园区负责人介绍，今年以来，园区共
接待参观学习人员三千多人次，培训
新型职业农民五百多人，示范推广新
品种二十多个，取得了良好的效益。
下一步，园区将继续完善基础设施，
加强与科研院所合作，培育更多懂技
术会经营的新型农民，为乡村振兴提
供有力支撑，让更多农民从中受益。`
	l := Segment(dumpPage("zh", "第5版\n\n智慧农业示范园\n在城郊建成并\n正式投入使用\n"+body))
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if h := joinLines(a.Headline); h != "智慧农业示范园在城郊建成并正式投入使用" {
		t.Errorf("headline %q", h)
	}
	if b := bodyText(a); !strings.HasPrefix(b, "近日") {
		t.Errorf("body %q", b)
	}
}

// A subscription notice printed in one chunk with a headline is an advert
// block; the headline heads the text under it.
func TestSubscriptionNotice(t *testing.T) {
	const body = `近日，全省首个智慧农业示范园区在
城郊正式投入使用，园区引进了自动
灌溉、无人机植保等一批新技术，带
动周边农户增收致富，受到群众欢迎。
园区负责人介绍，今年以来，园区共
接待参观学习人员三千多人次，培训
新型职业农民五百多人，示范推广新
品种二十多个，取得了良好的效益。
下一步，园区将继续完善基础设施，
加强与科研院所合作，培育更多懂技
术会经营的新型农民，为乡村振兴提
供有力支撑，让更多农民从中受益。`
	l := Segment(dumpPage("zh", "第5版\n\n山区小学迎来新校舍\n欢迎订阅青川日报\n全年定价300元\n邮发代号12-34\n各地邮局均可订阅\n\n"+body))
	if len(l.Articles) != 1 || joinLines(l.Articles[0].Headline) != "山区小学迎来新校舍" {
		t.Fatalf("articles %+v, want one headed 山区小学迎来新校舍", l.Articles)
	}
	var ad []string
	for _, b := range l.Blocks {
		if b.Kind == segment.Advert {
			ad = append(ad, joinLines(b.Lines))
		}
	}
	if len(ad) != 1 || ad[0] != "欢迎订阅青川日报全年定价300元邮发代号12-34各地邮局均可订阅" {
		t.Errorf("adverts %q", ad)
	}
}
