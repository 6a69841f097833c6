package dump

import (
	"strings"
	"testing"
)

// A bracketed credit that the column rebuilding left inside a piece, more
// column text under it, still leaves the text, and credits the article.
func TestTrailingCreditInsidePiece(t *testing.T) {
	const text = `港口新建集装箱码头投入使用

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱。
（本报记者 王小明）
清明前后，青山县的山区茶农进入春茶
采摘季。茶农们天不亮就上山采茶，春
茶当天送到茶厂加工，价格略有上涨。
县农业局负责人说，全县茶园面积已达
五万亩，茶叶产业带动茶农增收。`
	l := Segment(dumpPage("zh", text))
	names := ""
	for _, a := range l.Articles {
		for _, au := range a.Authors {
			names += au.Name
		}
		if b := bodyText(a); strings.Contains(b, "本报记者") {
			t.Errorf("credit left in the body: %q", b)
		}
	}
	if names != "王小明" {
		t.Errorf("authors %q, want 王小明", names)
	}
}
