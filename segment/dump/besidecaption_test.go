package dump

import (
	"strings"
	"testing"
)

// A caption printed across the left columns, the right column's line on
// the same dump line after the caption's credit: the caption leaves the
// line, the column keeps its line, in its place between the lines above
// and below that its words run on from and into.
func TestColumnLineAfterCaptionKept(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式 头采用自动化装卸设备，集装箱从
投入使用。码头共有泊位六个，年吞 船舶到堆场全程无人操作，作业时
4月2日，工人们在码头上调试新装的桥吊设备，场面十分繁忙。 本报记者 李四摄 间缩短三成，船舶在港停留时间明
吐能力达到一百万标准箱。港务集团 显减少，港口的运输效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "港口新建集装箱码头投入使用")
	if len(a.Captions) != 1 || !strings.HasSuffix(joinLines(a.Captions[0]), "李四摄") {
		t.Errorf("captions = %v", a.Captions)
	}
	if b := bodyText(a); !strings.Contains(b, "作业时间缩短三成，船舶在港停留时间明显减少") {
		t.Errorf("body = %q", b)
	}
}

// A column line after (or before) a caption that fits no column around it
// (no word runs across from the line above or into the line below) is
// still kept,
// as a block of the page: not lost with the caption, nor run into the
// article printed next to it.
func TestColumnLineAfterCaptionNoFitKept(t *testing.T) {
	const line = "港务集团负责人介绍说，"
	const caption = "4月2日，工人们在码头上调试新装的桥吊设备，场面十分繁忙。 本报记者 李四摄"
	for _, c := range []struct{ name, row string }{
		{"after", caption + " " + line},
		{"before", line + " " + caption},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞
` + c.row + `
吐能力达到一百万标准箱。`
			l := Segment(dumpPage("zh", text))
			for _, a := range l.Articles {
				if b := bodyText(a); strings.Contains(b, line) {
					t.Errorf("the column line ran into %q: %q", joinLines(a.Headline), b)
				}
			}
			kept := false
			for _, b := range l.Blocks {
				kept = kept || joinLines(b.Lines) == line
			}
			if !kept {
				t.Errorf("the column line was lost: blocks %v", l.Blocks)
			}
		})
	}
}
