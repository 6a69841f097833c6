package dump

import (
	"strings"
	"testing"
)

// An editor's note whose column breaks mid-sentence goes on in the piece
// that completes the sentence, as any article's text does: the rest of the
// note is not left to the article printed next to it.
func TestNoteRunsOnAcrossColumns(t *testing.T) {
	text := `编者按：春茶采摘季到来，山区茶
农天不亮就上山采茶，茶园里一片
繁忙。本报今起推出茶乡见闻系列

山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

清明前后，青山县的茶园进入采摘
季，今年的春茶产量比去年略有增
加，茶农们的收入也跟着涨了起来。

报道，记录各地茶农们的新生活，
敬请关注。`
	l := Segment(dumpPage("zh", text))
	var note string
	for _, a := range l.Articles {
		if b := bodyText(a); strings.HasPrefix(b, "编者按") {
			note = b
		}
	}
	if !strings.HasSuffix(note, "敬请关注。") {
		t.Errorf("note = %q, want it to run on to its end", note)
	}
}
