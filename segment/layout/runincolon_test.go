package layout

import (
	"strings"
	"testing"
)

// OCR read the colon after a run-in credit's 报道, which opens the next
// line, as a semicolon: the credit is still cut from the text and gives
// the article its author; a semicolon after other text is left alone.
func TestRunInCreditBeforeSemicolon(t *testing.T) {
	b := datedScan()
	b.line("携手同行硕果累累", 150, 300, 100, 100)
	b.line("本报讯记者林思远报", 150, 440, 35, 35)
	b.line("道;10月1日，"+strings.Repeat("文", 9), 150, 490, 35, 35)
	steady(b, "甲", 10, 150, 540)
	steady(b, "乙", 12, 700, 440)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if a.Byline != "本报讯 记者林思远报道" || len(a.Authors) != 1 || a.Authors[0].Name != "林思远" {
		t.Errorf("byline %q authors %+v", a.Byline, a.Authors)
	}
	if got := texts(a.Body[0].Lines); !strings.HasPrefix(got, "10月1日") {
		t.Errorf("first flow %q", got)
	}
	if _, _, _, ok := runIn("他在报告中报道;10月1日起施行"); ok {
		t.Errorf("a semicolon after running text read as a credit's colon")
	}
}
