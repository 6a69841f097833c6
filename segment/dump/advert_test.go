package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// A short block ending in a telephone number under its label is a notice
// or an advert printed among the columns: a block of its own, not text of
// the article around it. A column quoting a hotline is text.
func TestAdvertBlock(t *testing.T) {
	text := `滨江港集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正
式投入使用，码头共有泊位六个，
年吞吐能力达到一百万标准箱。

本刊因工作需要，面向社会招聘编辑若干名。
联系电话：0991-1234567

港务集团负责人介绍，新码头采用自
动化装卸设备，作业效率大幅提升，
市民可拨打服务热线咨询，热线电话
为12345678，全天有人值守。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "滨江港集装箱码头投入使用")
	b := bodyText(a)
	if strings.Contains(b, "招聘") || strings.Contains(b, "0991") {
		t.Errorf("body = %q", b)
	}
	if !strings.Contains(b, "热线电话为12345678") {
		t.Errorf("body lost the hotline: %q", b)
	}
	var ad bool
	for _, bl := range l.Blocks {
		if bl.Kind == segment.Advert && strings.Contains(joinLines(bl.Lines), "联系电话：0991-1234567") {
			ad = true
		}
	}
	if !ad {
		t.Errorf("no advert block among %v", l.Blocks)
	}
}
