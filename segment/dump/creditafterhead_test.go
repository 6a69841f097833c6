package dump

import "testing"

// A closing credit under text of an article credited otherwise ends the
// text of an article without a credit, but not of one whose headline is
// printed after it: a headline stands over its text.
func TestClosingCreditSkipsHeadlineBelow(t *testing.T) {
	const text = `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。港务集团介绍，新建码
头采用自动化装卸设备，作业时间缩短。

今年以来，全县新建道路四十公里，
修缮桥梁十二座，城乡客运班线通达每
个行政村，群众出行更加方便。
（本报记者 李芳）

山区茶农春茶采摘忙

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，春茶当天送
到茶厂加工，山区茶农的收入逐年增加。
合作社统一收购鲜叶，统一加工销售，
茶叶品牌越叫越响，春茶价格略有上涨。`
	l := Segment(dumpPage("zh", text))
	for _, a := range l.Articles {
		for _, au := range a.Authors {
			if au.Name == "李芳" && joinLines(a.Headline) == "山区茶农春茶采摘忙" {
				t.Errorf("the headline printed under the credit took it")
			}
		}
	}
}
