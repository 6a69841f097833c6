package layout

import (
	"strings"
	"testing"
)

// A headline centred over a four-column story, narrower than the story,
// owns all four columns: the first column's text and the bold crosshead in
// it belong to the story, not to a headline of their own.
func TestCentredHeadlineOwnsItsOuterColumns(t *testing.T) {
	b := newPage()
	b.line("左栏短讯标题", 40, 60, 130, 14, true, "Hei")
	b.column("左", 20, 40, 84, 130)
	b.line("居中的通栏大标题", 250, 60, 430, 22, true, "Hei")
	b.column("甲", 8, 150, 96, 230)
	b.line("栏中小标题", 165, 96+8*14, 215, 10, true, "Hei")
	b.column("乙", 8, 150, 96+9*14, 230)
	b.column("丙", 17, 250, 96, 330)
	b.column("丁", 17, 350, 96, 430)
	b.column("戊", 12, 450, 96, 530)
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		for _, a := range l.Articles {
			t.Logf("article %q: %d flows", texts(a.Headline), len(a.Body))
		}
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	var story string
	for _, a := range l.Articles {
		if texts(a.Headline) != "居中的通栏大标题" {
			continue
		}
		var flows []string
		for _, f := range a.Body {
			s := flowText(f)
			if f.Standalone {
				s = "[" + s + "]"
			}
			flows = append(flows, string([]rune(s)[:1]))
		}
		story = strings.Join(flows, "")
	}
	if story != "甲[乙丙丁戊" {
		t.Errorf("centred story's flows start %q, want 甲[乙丙丁戊 (crosshead bracketed)", story)
	}
}
