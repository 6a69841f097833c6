package dump

import (
	"strings"
	"testing"
)

// A Chinese headline's last line with a list comma, printed between its
// first line and the credit under it (the credit's name wrapped), is the
// headline's, not the body's first line.
func TestHeadLineOverCredit(t *testing.T) {
	const text = `第5版

旧城改造全面完成。

滨江助力贫困山区
修路架桥、兴业增收
记者 王小强 通讯员 刘
小明
“自从山路修通了，
果子越卖越远了。”山区
一位种植柑橘的农民说，
今年合作社的订单翻了番`
	l := Segment(dumpPage("zh", text))
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if got, want := joinLines(a.Headline), "滨江助力贫困山区修路架桥、兴业增收"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	if b := bodyText(a); strings.Contains(b, "兴业增收") {
		t.Errorf("body keeps the headline's line: %q", b)
	}
}
