package dump

import "testing"

// A bracketed run-in credit wrapped before the correspondent's name in
// a column beside others: the dump prints "通讯员 周凯）入秋以来，" and
// its space after the role word reads as a column gap. The credit is
// read with its role word, two names and no name made of both.
func TestRunInWrappedBeforeRoleName(t *testing.T) {
	const text = `为渔民撑起保护伞

本报讯（记者 李强 东海渔场今年开渔以来，渔 港口新建了一座冷链仓库，
通讯员 周凯）入秋以来， 船出海作业更加安全。合作 可存放鲜鱼两千吨。渔民们
滨海县渔业合作社为渔民统 社还请来专家讲课，教渔民 说，有了仓库，鱼价稳了。
一购买了保险，今年已有三 看懂天气预报，学会在大风 明年合作社还打算建一座加
百多户参保，遇到风浪损失 来临前返港。合作社负责人 工厂，延长产业链，让更多
有人赔，渔民心里踏实了。 介绍，今年还将组织培训。 渔民在家门口就业增收。`
	l := Segment(dumpPage("zh", text))
	var names []string
	for _, a := range l.Articles {
		for _, au := range a.Authors {
			names = append(names, au.Name+"/"+string(au.Role))
		}
	}
	want := []string{"李强/reporter", "周凯/correspondent"}
	if len(names) != 2 || names[0] != want[0] || names[1] != want[1] {
		t.Errorf("authors %q, want %q", names, want)
	}
}
