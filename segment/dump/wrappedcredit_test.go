package dump

import (
	"strings"
	"testing"
)

// portHead and portOpening are the headline and first lines of the
// invented port story the wrapped-credit tests print their credits with.
const (
	portHead    = "港口新建集装箱码头投入使用"
	portOpening = `近日，滨江港新建的集装箱码头
正式投入使用。码头共有泊位六个，
年吞吐能力达到一百万标准箱，港
口货物运输效率大幅提升。港务集
团介绍，新建码头采用自动化装卸`
)

// A bracketed closing credit that a narrow column wrapped over two lines
// is read whole, the wrap between two names or inside one: the article
// gets its reporter and correspondent, and the credit leaves the text.
func TestWrappedClosingCredit(t *testing.T) {
	const text = portHead + "\n\n" + portOpening + `
设备，集装箱从船舶到堆场全程无
人操作，作业时间缩短三成。
`
	want := map[string]string{
		"（记者 周明远 通讯员\n韩雪）":   "周明远韩雪",
		"（记者 周明远 通讯员 韩\n小雪）": "周明远韩小雪",
	}
	for credit, names := range want {
		l := Segment(dumpPage("zh", text+credit))
		if len(l.Articles) != 1 {
			t.Fatalf("%q: %d articles, want 1", credit, len(l.Articles))
		}
		if got := authorsByHeadline(l)[portHead]; got != names {
			t.Errorf("%q: authors %q, want %q", credit, got, names)
		}
		if b := bodyText(l.Articles[0]); strings.Contains(b, "通讯员") {
			t.Errorf("%q: the credit stayed in the text: %q", credit, b)
		}
	}
}
