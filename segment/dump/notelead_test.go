package dump

import (
	"strings"
	"testing"
)

// A later column of an editor's note that the dump prints before the
// column with the label goes after it: the label opens the note.
func TestNoteLabelOpensNote(t *testing.T) {
	text := noteHarbour + `
本报今天刊发第一篇：山区茶农春
茶采摘季天不亮就上山，茶园繁忙。

港口作业时间缩短三成，集装箱从
船舶到堆场全程无人操作，码头泊
位利用率明显提高。

编者按：春茶采摘季到来，山区茶
农天不亮就上山采茶，茶园里一片
繁忙。本报推出茶乡见闻系列报道。`
	var note string
	for _, a := range Segment(dumpPage("zh", text)).Articles {
		if b := bodyText(a); strings.Contains(b, "编者按") {
			note = b
		}
	}
	if !strings.HasPrefix(note, "编者按") || !strings.Contains(note, "今天刊发第一篇") {
		t.Errorf("note = %q", note)
	}
}
