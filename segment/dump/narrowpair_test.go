package dump

import (
	"strings"
	"testing"
)

// A headline wrapped once onto two short lines, printed as a block of its
// own among one-line scraps of interleaved columns, is a heading: two
// column lines that run on are full width. Its words stay out of the
// columns' text.
func TestNarrowPairAmidScraps(t *testing.T) {
	scraps := []string{
		"今年以来，全市新增就业岗位三千",
		"多个，全市失业人数一直保持在低",
		"水平，重点群体就业总体稳定，社",
		"会保障体系不断完善，群众获得感",
		"持续增强。下一步，全市将继续做",
		"好稳就业工作，帮助困难群众就业",
	}
	var b strings.Builder
	for i, l := range scraps {
		if i == 3 {
			b.WriteString("全市科技论坛探讨未来\n产业发展和人才培养\n\n")
		}
		b.WriteString(l + "\n\n")
	}
	l := Segment(dumpPage("zh", b.String()))
	for _, a := range l.Articles {
		if body := bodyText(a); strings.Contains(body, "科技论坛") || strings.Contains(body, "人才培养") {
			t.Errorf("heading lines read as column text: %q", body)
		}
	}
	var heads []string
	for _, a := range l.Articles {
		heads = append(heads, joinLines(a.Headline))
	}
	for _, bl := range l.Blocks {
		heads = append(heads, joinLines(bl.Lines))
	}
	if !strings.Contains(strings.Join(heads, "|"), "全市科技论坛探讨未来") {
		t.Errorf("heading lost: headlines and blocks %q", heads)
	}
}
