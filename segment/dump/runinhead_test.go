package dump

import (
	"strings"
	"testing"
)

// A headline printed far above the text it heads, its words not in that
// text, and an untitled article opening with a run-in credit: the headline
// goes to that article instead of standing alone as a label.
func TestRunInArticleTakesFarHeadline(t *testing.T) {
	const text = `金秋时节好风光

滨江港新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升，码头作业时间明显缩短。
港口负责人介绍，新码头采用自动化装
卸设备，集装箱从船上到堆场只需几分
钟，比老码头快了一倍多。今年以来，
港口吞吐量同比增长两成，航线新增八
条，通达国内外四十多个港口。

本报讯 记者李芳报道：国庆假期，全市
商场、餐馆人流如织，各大景区游客接
踵而至。据统计，假期七天全市接待游
客三百万人次，旅游收入同比增长一成
半，夜间消费和乡村旅游成为新亮点。`
	l := Segment(dumpPage("zh", text))
	var found bool
	for _, a := range l.Articles {
		if a.Byline == "本报讯 记者李芳报道" {
			found = true
			if h := joinLines(a.Headline); h != "金秋时节好风光" {
				t.Errorf("run-in article headline %q, want 金秋时节好风光", h)
			}
		}
	}
	if !found {
		t.Fatalf("no article credited to 李芳: %+v", l.Articles)
	}
	for _, b := range l.Blocks {
		if strings.Contains(joinLines(b.Lines), "金秋时节") {
			t.Errorf("headline left as a block")
		}
	}
}

// A run-in credit opens its article's text: a column run on into it from
// the text above is cut there, the credit going with the text after it.
func TestRunInSplitsColumn(t *testing.T) {
	const text = `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，效率大幅提升。
本报讯 记者李芳报道：国庆假期，全市
商场、餐馆人流如织，各大景区游客接
踵而至，旅游收入同比增长一成半。`
	l := Segment(dumpPage("zh", text))
	for _, a := range l.Articles {
		b := bodyText(a)
		if strings.Contains(b, "码头") && strings.Contains(b, "国庆") {
			t.Errorf("one article holds both texts: %q (byline %q)", b, a.Byline)
		}
		if strings.Contains(b, "国庆") && a.Byline != "本报讯 记者李芳报道" {
			t.Errorf("the holiday text is credited %q", a.Byline)
		}
	}
}
