package dump

import "testing"

// A credit printed on its own amid body text, after a credited heading,
// with another column's line right under it: the uncredited headline above
// whose words the text printed under it carries takes it.
func TestLoneCreditFindsHeadlineByTextUnder(t *testing.T) {
	const text = `山区茶农春茶采摘忙

港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
□本报记者 李芳
效率大幅提升，码头作业时间明显缩短。

清明前后，青山县的山区茶农进入春茶
采摘季。茶农们天不亮就上山采茶，春
茶当天送到茶厂加工，价格略有上涨。`
	l := Segment(dumpPage("zh", text))
	got := authorsByHeadline(l)
	if got["山区茶农春茶采摘忙"] != "李芳" || got["港口新建集装箱码头投入使用"] != "王小明" {
		t.Errorf("authors by headline %q, want 李芳 for the tea article, 王小明 for the harbour's", got)
	}
}
