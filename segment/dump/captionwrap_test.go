package dump

import (
	"strings"
	"testing"
)

// A caption wider than a column, cut mid-sentence, goes on at the start of
// the next line, its credit after the sentence's end ("…工人们在码头上指
// 挥" / "货轮靠泊。 本报记者 李芳摄"): the whole of it is the caption, and
// it goes with the article whose heading is printed right under it, not
// with the text above.
func TestCaptionWrapsOntoCreditLine(t *testing.T) {
	const text = `山区茶农春茶采摘忙
本报记者 张伟

清明前后，青山县的山区茶农进入春茶
采摘季。茶农们天不亮就上山采茶，春
茶当天送到茶厂加工，价格略有上涨。

3月5日，滨江港新建集装箱码头迎来首艘货轮，工人们在码头上指
挥货轮靠泊。 本报记者 李芳摄

滨江港新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升，码头作业时间明显缩短。`
	l := Segment(dumpPage("zh", text))
	const want = "3月5日，滨江港新建集装箱码头迎来首艘货轮，工人们在码头上指挥货轮靠泊。 本报记者 李芳摄"
	found := false
	for _, a := range l.Articles {
		h := joinLines(a.Headline)
		for _, c := range a.Captions {
			got := joinLines(c)
			if got != want {
				t.Errorf("caption %q, want %q", got, want)
			}
			if !strings.Contains(h, "集装箱码头") {
				t.Errorf("caption went to %q, want the harbour article", h)
			}
			found = true
		}
		for _, f := range a.Body {
			if strings.Contains(joinLines(f.Lines), "货轮靠泊") {
				t.Errorf("%q keeps the caption's text in its body", h)
			}
		}
	}
	if !found {
		t.Errorf("no caption found")
	}
}
