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

` + zhSchoolTop + `享受优质教育资源。

修好农村路，
铺就致富路

` + zhRoadStory + `
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

` + zhCountyBody + `
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
` + zhCountyBody
	l := Segment(dumpPage("zh", dump))
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if h := joinLines(a.Headline); h != "秋收（乡村振兴）" || len(a.Decks) != 0 {
		t.Errorf("headline %q, decks %d", h, len(a.Decks))
	}
}
