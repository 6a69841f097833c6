package dump

import "testing"

// A credit printed right after body text ends the story printed above it:
// of the uncredited headings above, the one whose words that story carries
// takes it, not merely the nearest. Without such words the nearest does.
func TestCreditAfterTextGoesToItsStory(t *testing.T) {
	const heads = `山区茶农春茶采摘忙

港口新建集装箱码头投入使用

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。港务集团介绍，新建码
头采用自动化装卸设备，集装箱从船舶
到堆场全程无人操作，作业时间缩短三
成，船舶在港停留时间明显减少。

`
	for _, c := range []struct {
		name, story, want string
	}{
		{"story's heading", `清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，春茶当天送
到茶厂加工，山区茶农的收入逐年增加。
合作社统一收购鲜叶，统一加工销售，
茶叶品牌越叫越响，春茶价格比去年略
有上涨，茶农们的干劲更足了。
□本报记者 王小明`, "山区茶农春茶采摘忙"},
		{"no heading's words", `今年以来，全县新建道路四十公里，
修缮桥梁十二座，城乡客运班线通达每
个行政村，群众出行更加方便。县里还
开通了农村物流线路，快递进村入户，
农产品出山的路越走越宽，村民们的
日子越过越红火。
□本报记者 王小明`, "港口新建集装箱码头投入使用"},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", heads+c.story))
			var got string
			for _, a := range l.Articles {
				if len(a.Authors) > 0 && a.Authors[0].Name == "王小明" {
					got = joinLines(a.Headline)
				}
			}
			if got != c.want {
				t.Errorf("credit went to %q, want %q", got, c.want)
			}
		})
	}
}
