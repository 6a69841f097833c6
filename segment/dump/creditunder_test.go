package dump

import "testing"

// A heading printed with a credit right over another article's text (the
// dump printed that article's heading apart, above), while the heading's
// own text opens with a run-in credit printed elsewhere: the run-in credit
// is the heading's article's, and the credit printed with the heading signs
// the text under it.
func TestCreditUnderHeadingSignsTextBelow(t *testing.T) {
	const text = `交通运输服务质量持续提升

山区茶农春茶采摘忙
□本报记者 王小明
近日，滨江港新建的集装箱码头正式投入
使用。码头共有泊位六个，年吞吐能力达
到一百万标准箱，港口货物运输效率大幅
提升。

本报讯（记者 李芳）清明前后，青山县的
山区茶农进入春茶采摘季。茶农们天不亮
就上山采茶，新鲜茶叶当天送到茶厂加工，
春茶价格比去年略有上涨。`
	l := Segment(dumpPage("zh", text))
	got := authorsByHeadline(l)
	if got["山区茶农春茶采摘忙"] != "李芳" || got["交通运输服务质量持续提升"] != "王小明" {
		t.Errorf("authors by headline %q, want 李芳 for the tea article, 王小明 for the harbour's", got)
	}
}
