package dump

import (
	"strings"
	"testing"
)

// The last line of a Chinese headline printed between its first line and
// the credit under it is the headline's, not the body's first line: one
// with a list comma (the credit's name wrapped, or its name printed
// under a bare role word: headLineOverCredit through signsHead), or a
// last character wrapped alone that finishes no dictionary word
// (headWrap). A sentence there is not (runningText): it opens the body.
func TestHeadLineOverCredit(t *testing.T) {
	const body = `“自从山路修通了，
果子越卖越远了。”山区
一位种植柑橘的农民说，
今年合作社的订单翻了番`
	for _, c := range []struct{ name, head, credit, want, last string }{
		{"comma line", "滨江助力贫困山区\n修路架桥、兴业增收", "记者 王小强 通讯员 刘\n小明",
			"滨江助力贫困山区修路架桥、兴业增收", "兴业增收"},
		{"bare role over the names", "滨江助力贫困山区\n修路架桥、兴业增收", "本报记者\n王小强",
			"滨江助力贫困山区修路架桥、兴业增收", "兴业增收"},
		{"one character", "夜市人气旺商户生意\n火", "□本报记者 王小强 李明",
			"夜市人气旺商户生意火", "火"},
		{"sentence", "滨江打造思政课堂\n雨过天晴见彩虹。", "□本报记者 王小强 李明",
			"滨江打造思政课堂", ""},
	} {
		l := Segment(dumpPage("zh", "第5版\n\n旧城改造全面完成。\n\n"+c.head+"\n"+c.credit+"\n"+body))
		if len(l.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1", c.name, len(l.Articles))
			continue
		}
		a := l.Articles[0]
		if got := joinLines(a.Headline); got != c.want {
			t.Errorf("%s: headline %q, want %q", c.name, got, c.want)
		}
		if b := bodyText(a); c.last != "" && strings.Contains(b, c.last) {
			t.Errorf("%s: body keeps the headline's last line: %q", c.name, b)
		}
	}
}
