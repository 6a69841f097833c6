package dump

import (
	"strings"
	"testing"
)

// A run-in credit wrapped at "报" / "道：" in a dump that prints every line
// as a block of its own, the lines of two columns taking turns: the other
// column's short line printed between the two halves is column text, not a
// heading, and the credit is read whole.
func TestRunInWrappedAcrossTurns(t *testing.T) {
	const text = `滨江港新建集装箱码头投入使用

本报讯 记者王小明报

青山县茶农又称春茶

道：近日，滨江港新建的集

为明前茶，被认为是一年中

装箱码头正式投入使用。码

品质最好、价格最高的茶叶。

头共有泊位六个，年吞吐能

茶农们天不亮就上山采茶，

力达到一百万标准箱。

春茶当天送到茶厂加工。`
	l := Segment(dumpPage("zh", text))
	var credited []string
	for _, a := range l.Articles {
		for _, au := range a.Authors {
			credited = append(credited, au.Name+"/"+string(au.Role)+":"+a.Byline)
		}
		if h := joinLines(a.Headline); strings.Contains(h, "茶农") || strings.HasPrefix(h, "道") {
			t.Errorf("column line made a headline: %q", h)
		}
	}
	if len(credited) != 1 || credited[0] != "王小明/reporter:本报讯 记者王小明报道" {
		t.Errorf("credits %q, want 王小明 as reporter, byline 本报讯 记者王小明报道", credited)
	}
}
