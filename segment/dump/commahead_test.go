package dump

import (
	"strings"
	"testing"
)

// A headline of two parallel phrases set apart by a comma, wrapped after
// the comma into a chunk of its own, heads the text under it; a line of
// such phrases no wider than a column in a chunk of its own is a
// paragraph's first line and heads nothing.
func TestCommaHeadline(t *testing.T) {
	const dump = `第2版

山区学校迎来新校舍
本报记者 王强
近日，县里新建的
山区学校正式投入使
用，三百多名学生搬
进了宽敞明亮的新教
室，家长们十分高兴。
新校舍有教学楼、
图书馆和运动场，配
备了多媒体教学设备，
学生们在家门口就能
享受优质教育资源。

修好农村路，
铺就致富路

今年以来，全省新
建改建农村公路八千
多公里，一大批通村
公路连成了网，群众
出行更加方便快捷。
交通部门介绍，下
一步将继续加大投入，
完善养护机制，让农
村公路建好管好护好，
更好地服务乡村振兴。
（本报记者 李明）`
	l := Segment(dumpPage("zh", dump))
	if len(l.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(l.Articles))
	}
	a := l.Articles[1]
	if h := joinLines(a.Headline); h != "修好农村路，铺就致富路" {
		t.Errorf("headline %q", h)
	}
	if b := bodyText(a); !strings.HasPrefix(b, "今年以来") {
		t.Errorf("body %q", b)
	}
	one := strings.Replace(dump, "修好农村路，\n铺就致富路\n", "修好路，铺就富路\n", 1)
	s := &pageSeg{zh: true, lines: strings.Split(one, "\n")}
	s.classify()
	for i, l := range s.lines {
		if l == "修好路，铺就富路" && s.commaHead(i) != 0 {
			t.Errorf("a narrow one-line chunk read as a headline")
		}
	}
}

// A chunk of one line of two comma-parted phrases, shorter than a
// paragraph's indented first line, is a headline.
func TestCommaHeadlineAlone(t *testing.T) {
	const dump = `第3版

为民修好路，铺就致富路

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
（本报记者 李明）`
	l := Segment(dumpPage("zh", dump))
	if len(l.Articles) != 1 || joinLines(l.Articles[0].Headline) != "为民修好路，铺就致富路" {
		t.Fatalf("articles %+v", l.Articles)
	}
}

// A headline wrapped inside its bracketed label ("秋收（" / "乡村振兴）")
// keeps the label: only a line that opens its own bracket is a deck.
func TestBracketWrapKeepsHeadline(t *testing.T) {
	const dump = `第3版

秋收（
乡村振兴）
本报记者 王强
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
县域经济发展的内生动力不断增强。`
	l := Segment(dumpPage("zh", dump))
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if h := joinLines(a.Headline); h != "秋收（乡村振兴）" || len(a.Decks) != 0 {
		t.Errorf("headline %q, decks %d", h, len(a.Decks))
	}
}
