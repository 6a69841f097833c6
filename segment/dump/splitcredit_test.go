package dump

import (
	"strings"
	"testing"
)

// A run-in credit that the column rebuilding ran another column on into
// splits the piece; a bracketed credit later in the part it opens still
// leaves the text, as in any piece.
func TestTrailingCreditAfterRunInSplit(t *testing.T) {
	const text = `港口新建集装箱码头投入使用

近日，滨江港新建的集装箱码头正式投
入使用。码头共有泊位六个，年吞吐能
本报讯（记者 李芳）清明前后，青山县
的山区茶农进入春茶采摘季，茶农们天
不亮就上山采茶，价格略有上涨。
（本报记者 王小明）
县农业局负责人说，全县茶园面积已达
五万亩，茶叶产业带动茶农增收。`
	l := Segment(dumpPage("zh", text))
	for _, a := range l.Articles {
		if b := bodyText(a); strings.Contains(b, "本报记者") {
			t.Errorf("credit left in the body: %q", b)
		}
	}
}
