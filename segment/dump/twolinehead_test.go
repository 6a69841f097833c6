package dump

import (
	"strings"
	"testing"
)

// A headline set on two short lines by choice is one headline; a bracketed
// column label under it is its deck. A full column line under a one-line
// heading stays the text's first line.
func TestTwoLineHeadline(t *testing.T) {
	const body = `日前，省统计局发布全省县域经济发
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
（本报记者 李明）`
	for _, c := range []struct {
		name, top, head, deck, opens string
	}{
		{"two short lines", "全省县域经济\n十强县名单出炉\n民营企业挺进第一方阵（经济观察）\n", "全省县域经济十强县名单出炉", "民营企业挺进第一方阵（经济观察）", "日前"},
		{"column line under a heading", "全省县域经济\n", "全省县域经济", "", "日前"},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", "第3版\n\n"+c.top+body))
			if len(l.Articles) != 1 {
				t.Fatalf("%d articles, want 1", len(l.Articles))
			}
			a := l.Articles[0]
			if h := joinLines(a.Headline); h != c.head {
				t.Errorf("headline %q, want %q", h, c.head)
			}
			var ds []string
			for _, d := range a.Decks {
				ds = append(ds, joinLines(d))
			}
			if d := strings.Join(ds, "|"); d != c.deck {
				t.Errorf("decks %q, want %q", d, c.deck)
			}
			if b := bodyText(a); !strings.HasPrefix(b, c.opens) {
				t.Errorf("body %q", b)
			}
		})
	}
}
