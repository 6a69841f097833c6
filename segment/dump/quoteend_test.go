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
日前，省统计局发布全省县域经济发
展报告，今年入围门槛比去年提高了
两成，东部县市继续领跑全省各地区
发展，中西部县市增速明显加快。
报告显示，民营企业贡献了六成以上
的税收和七成以上的就业岗位，创新
能力也在持续增强，研发投入增长较
快，一批专精特新企业脱颖而出。
专家认为，县域是城乡融合的重要载
体，要继续深化改革，优化营商环境，
推动产业向园区集中，提升县城综合
承载能力，让更多农民就近就业。
今年以来，各地纷纷出台支持政策，
在用地融资人才等方面加大扶持力度，
县域经济发展的内生动力不断增强。
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
