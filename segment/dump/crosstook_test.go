package dump

import (
	"strings"
	"testing"
)

// A headline printed over the start of its text, apart from it, keeps
// that text from a bare heading printed inside it whose words the text
// carries more of: the bare heading is a crosshead of the article.
func TestHeadlineOverTextKeepsItFromCrosshead(t *testing.T) {
	const text = `山区公路建设提速群众出行更方便

` + harbour + `

本报讯 记者李四报道：今年以来，青山
县山区公路建设提速，新修公路一百多
公里，公路修到了山区群众的家门口，
群众出行难已成往事。县交通局说，全县
还将新建公路五十公里，让每个村都通
上公路。

公路修到家门口

住在山顶的张大爷说，过去下山赶集要
走三个小时，如今公路修到了家门口，
坐车二十分钟就到了。村里的山货也能
卖到城里，群众出行方便了，日子越过
越红火。`
	l := Segment(dumpPage("zh", text))
	var road *struct{ head, body string }
	for _, a := range l.Articles {
		var b strings.Builder
		for _, f := range a.Body {
			b.WriteString(joinLines(f.Lines))
			b.WriteString("|")
		}
		if strings.Contains(b.String(), "张大爷") {
			road = &struct{ head, body string }{joinLines(a.Headline), b.String()}
		}
	}
	if road == nil {
		t.Fatal("no article holds the road text")
	}
	if road.head != "山区公路建设提速群众出行更方便" {
		t.Errorf("road article's headline %q, want the one printed over its text", road.head)
	}
	if !strings.Contains(road.body, "|公路修到家门口|") || !strings.Contains(road.body, "青山") {
		t.Errorf("road article's body %q: want its text with the crosshead as a paragraph", road.body)
	}
}
