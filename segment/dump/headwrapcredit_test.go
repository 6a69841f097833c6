package dump

import (
	"strings"
	"testing"
)

// A Chinese headline whose last character wrapped alone onto the next line,
// with the credit right under it, ends with that character, whatever word
// it finishes.
func TestHeadWrapOverCredit(t *testing.T) {
	const text = `第5版

旧城改造全面完成。

夜市人气旺商户生意
火
□本报记者 王小强 李明
“自从山路修通了，
果子越卖越远了。”山区
一位种植柑橘的农民说，
今年合作社的订单翻了番`
	l := Segment(dumpPage("zh", text))
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if got, want := joinLines(a.Headline), "夜市人气旺商户生意火"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	if b := bodyText(a); strings.Contains(b, "火") {
		t.Errorf("body keeps the headline's last character: %q", b)
	}
}
