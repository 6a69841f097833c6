package dump

import (
	"strings"
	"testing"
)

// noteHarbour is the article printed before the editor's note in the
// note tests: heading, credit and text.
const noteHarbour = `滨江港集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正
式投入使用，码头共有泊位六个，
年吞吐能力达到一百万标准箱。港
务集团负责人介绍，新码头采用自
动化装卸设备，作业效率大幅提升。
`

// An editor's note is an article of its own, and the text that goes on
// with it after other columns is its own too: a later paragraph of the note,
// printed apart, goes by its words to the note, not to the article next to
// it.
func TestNoteKeepsItsLaterParagraph(t *testing.T) {
	text := noteHarbour + `
编者按：春茶采摘季到来，山区茶
农天不亮就上山采茶，茶园里一片
繁忙。本报推出茶乡见闻系列报道。

港口作业时间缩短三成，集装箱从
船舶到堆场全程无人操作，码头泊
位利用率明显提高。

今天刊发第一篇：山区茶农春茶采
摘季天不亮就上山采茶，茶园繁忙。`
	l := Segment(dumpPage("zh", text))
	var note *string
	for _, a := range l.Articles {
		b := bodyText(a)
		if strings.HasPrefix(b, "编者按") {
			note = &b
		}
		if joinLines(a.Headline) == "滨江港集装箱码头投入使用" && strings.Contains(b, "茶") {
			t.Errorf("harbour body = %q", b)
		}
	}
	if note == nil {
		t.Fatal("no editor's note")
	}
	if !strings.Contains(*note, "今天刊发第一篇") {
		t.Errorf("note = %q", *note)
	}
}
