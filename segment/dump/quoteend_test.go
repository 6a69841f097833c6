package dump

import (
	"strings"
	"testing"
)

// A short line that ends a quotation opened above it with an exclamation
// ("奋斗！”") is the paragraph's last line, not a heading over the credit
// under it: the text keeps it and the article keeps its credit.
func TestQuoteEndIsNoHeading(t *testing.T) {
	const dump = `第3版

全省县域经济
十强县名单出炉
民营企业挺进第一方阵（经济观察）
` + zhCountyBody + `
“我们一定把家乡建设得更好，一起
奋斗！”
（本报记者 李明）`
	l := Segment(dumpPage("zh", dump))
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if b := bodyText(a); !strings.HasSuffix(b, "一起奋斗！”") {
		t.Errorf("body ends %q", b[max(0, len(b)-40):])
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "李明" {
		t.Errorf("authors %+v", a.Authors)
	}
}
