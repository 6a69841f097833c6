package dump

import "testing"

// A caption set in a column of its own, beside another article's column,
// is printed under its photo at the head of that column: the article whose
// text starts right under it takes it, not the one printed beside it.
func TestNarrowCaptionGoesToTextBelow(t *testing.T) {
	const text = `港口新建集装箱码头投入使用
本报记者 王小明

山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

近日，滨江港新建的集装箱码头 3月5日，工人们在现场忙碌
正式投入使用。码头共有泊位六 ，一派热火朝天的景象。 本
个，年吞吐能力达到一百万标准 报记者 张伟摄
箱，港口货物运输效率大幅提升

，码头作业时间明显缩短，周边 清明前后，青山县的茶园进
企业的物流成本也随之下降。据 入采摘季。茶农们天不亮就
港务集团介绍，新码头采用自动 上山采茶，新鲜茶叶当天送
化装卸设备，集装箱从船舶到堆 到茶厂加工，春茶价格比去
场全程无人操作。 年略有上涨。`
	l := Segment(dumpPage("zh", text))
	capsOf := map[string]int{}
	for _, a := range l.Articles {
		capsOf[joinLines(a.Headline)] += len(a.Captions)
	}
	if capsOf["山区茶农春茶采摘忙"] != 1 || capsOf["港口新建集装箱码头投入使用"] != 0 {
		t.Errorf("captions by headline %v, want the tea article's", capsOf)
	}
	want := map[string]bool{"李芳": true, "赵强": true, "张伟": true}
	for _, a := range l.Articles {
		if joinLines(a.Headline) != "山区茶农春茶采摘忙" {
			continue
		}
		for _, au := range a.Authors {
			delete(want, au.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("tea article misses authors %v", want)
	}
}
