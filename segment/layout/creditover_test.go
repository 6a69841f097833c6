package layout

import (
	"strings"
	"testing"
)

// A credit line OCR sized like the column right under it is not that
// column's first line: it stays the article's byline, and the column
// starts with its own indented line, though OCR took a character of the
// gutter into the column's last line, so that the credit does not sit
// flush with the column's left edge.
func TestCreditOverColumnSizedAlike(t *testing.T) {
	b := datedScan()
	b.line("携手同行硕果累累", 150, 300, 100, 100)
	b.line("本报记者 林思远", 150, 420, 35, 35)
	b.line("甲"+strings.Repeat("文", 11), 220, 470, 35, 35)
	steady(b, "甲", 10, 150, 520)
	b.line("丁甲"+strings.Repeat("文", 8), 80, 1020, 35, 35)
	b.line("乙"+strings.Repeat("文", 11), 770, 470, 35, 35)
	steady(b, "乙", 11, 700, 520)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if a.Byline != "本报记者 林思远" || len(a.Authors) != 1 || a.Authors[0].Name != "林思远" {
		t.Errorf("byline %q authors %+v", a.Byline, a.Authors)
	}
	if got := flowStarts(a.Body); !strings.HasPrefix(got, "甲") {
		t.Errorf("body flows %s, want the column first", got)
	}
}

// A credit centred under a deck that OCR sized like it is not the deck's
// last line: it stays the article's byline.
func TestCreditUnderDeckSizedAlike(t *testing.T) {
	b := datedScan()
	b.line("远方来的客人", 300, 300, 100, 100)
	b.line("请大家按时出门乘车去上班", 290, 420, 40, 36)
	b.line("本报记者 林思远 王一", 340, 480, 35, 35)
	a := columnsArticle(t, b, 560)
	if a.Byline != "本报记者 林思远 王一" || len(a.Authors) != 2 {
		t.Errorf("byline %q authors %+v", a.Byline, a.Authors)
	}
}
