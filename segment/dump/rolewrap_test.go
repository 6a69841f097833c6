package dump

import (
	"strings"
	"testing"
)

// A credit line that ends with a role word ("记者 周明远 通讯员") names its
// last author on the next line: the name, whole, completes the credit and
// is no line of the text.
func TestCreditNameAfterRoleAtLineEnd(t *testing.T) {
	const text = `港口新建集装箱码头投入使用
□记者 周明远 通讯员
韩小雪
近日，滨江港新建的集装箱码头
正式投入使用。码头共有泊位六个，
年吞吐能力达到一百万标准箱，港
口货物运输效率大幅提升。港务集
团介绍，新建码头采用自动化装卸
设备，作业时间缩短三成。`
	l := Segment(dumpPage("zh", text))
	if got := authorsByHeadline(l)["港口新建集装箱码头投入使用"]; got != "周明远韩小雪" {
		t.Errorf("authors %q, want 周明远韩小雪 (all: %q)", got, authorsByHeadline(l))
	}
	for _, a := range l.Articles {
		if b := bodyText(a); strings.HasPrefix(b, "韩小雪") {
			t.Errorf("the name opens the text: %q", b)
		}
	}
}
