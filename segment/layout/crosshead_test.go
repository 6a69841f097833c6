package layout

import (
	"strings"
	"testing"
)

// A story whose head spans only its first column, its second column set
// beside the head from the top: a crosshead in that second column, tight
// between two paragraphs, is the story's crosshead, and the text under it
// the story's too, not a brief of its own.
func TestCrossheadInColumnBesideHead(t *testing.T) {
	b := newPage()
	b.line("标题只占一栏", 50, 40, 180, 20, true, "Hei")
	b.column("甲", 20, 50, 70, 180)
	b.column("乙", 8, 200, 40, 330)
	b.line("小标题", 240, 154, 290, 10, true, "Hei")
	b.column("丙", 10, 200, 168, 330)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want the one story", len(l.Articles))
	}
	var cross, tail bool
	for _, f := range l.Articles[0].Body {
		switch {
		case f.Standalone && flowText(f) == "小标题":
			cross = true
		case len(f.Lines) > 0 && f.Lines[0].Text[:3] == "丙":
			tail = true
		}
	}
	if !cross || !tail {
		t.Errorf("crosshead found %v, text under it found %v; flows %+v", cross, tail, l.Articles[0].Body)
	}
}

// A story whose second column opens, level with the head's top and under
// the rule that runs over both, with a crosshead: the column is the
// story's, set beside its head, and the crosshead no brief's head.
func TestCrossheadOpensColumnBesideHead(t *testing.T) {
	b := newPage()
	b.rule(40, 30, 340, 31)
	b.line("标题只占一栏", 50, 40, 180, 20, true, "Hei")
	b.column("甲", 20, 50, 70, 180)
	b.line("小标题", 240, 40, 290, 10, true, "Hei")
	b.column("乙", 12, 200, 54, 330)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want the one story", len(l.Articles))
	}
	body := l.Articles[0].Body
	n := 0
	for _, f := range body {
		if f.Standalone && flowText(f) == "小标题" {
			n++
		}
	}
	if n != 1 || len(body) < 3 {
		t.Errorf("flows %+v, want column 1, the crosshead, column 2", body)
	}
}

// Under a section banner, a story's second column, set beside its
// one-column head, opens with a crosshead level with the head: text above
// the banner (the slot over theirs) does not make it a brief's head.
func TestCrossheadBesideHeadUnderBanner(t *testing.T) {
	b := newPage()
	b.line("上面的文章标题", 50, 40, 300, 20, true, "Hei")
	b.column("甲", 8, 50, 70, 180)
	b.column("乙", 8, 200, 70, 330)
	b.rule(40, 184, 340, 185)
	b.line("经济", 50, 190, 90, 14, true, "Hei")
	b.line("标题只占一栏", 50, 215, 180, 20, true, "Hei")
	b.column("丙", 12, 50, 245, 180)
	b.line("小标题", 240, 215, 290, 10, true, "Hei")
	b.column("丁", 12, 200, 229, 330)
	l := Segment(&b.p)
	var story int
	for _, a := range l.Articles {
		if texts(a.Headline) != "标题只占一栏" {
			continue
		}
		story++
		n := 0
		for _, f := range a.Body {
			if f.Standalone && flowText(f) == "小标题" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("flows %+v, want the crosshead among them", a.Body)
		}
	}
	if story != 1 || len(l.Articles) != 2 {
		t.Errorf("got %d articles, the story %d times; want the two stories", len(l.Articles), story)
	}
}

// The same, where the paragraph over the crosshead ends in a short line
// that does not reach under the centred crosshead (nor under its own
// indented first line, so it makes a block of its own): the text above
// the crosshead is looked for over the column's width.
func TestCrossheadUnderShortLastLine(t *testing.T) {
	b := newPage()
	b.line("标题只占一栏", 50, 40, 180, 20, true, "Hei")
	b.column("甲", 20, 50, 70, 180)
	b.column("乙", 6, 200, 40, 330)
	b.line("乙段首行文字", 220, 124, 330, 10, false, "Song")
	b.line("了", 200, 138, 210, 10, false, "Song")
	b.line("小标题", 240, 154, 290, 10, true, "Hei")
	b.column("丙", 10, 200, 168, 330)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want the one story", len(l.Articles))
	}
	cross := false
	for _, f := range l.Articles[0].Body {
		cross = cross || f.Standalone && flowText(f) == "小标题"
	}
	if !cross {
		t.Errorf("no crosshead in flows %+v", l.Articles[0].Body)
	}
}

// A story whose head spans its first column, its other columns set beside
// the head from the top with column rules between them all: a centred
// bold line opening the third column, with the column's text under it,
// is the story's crosshead, since the second column between it and the
// head has no head of its own. It and its column stay in the story.
func TestCrossheadOpeningColumnPastHeadlessColumn(t *testing.T) {
	b := newPage()
	b.line("标题只占一栏", 50, 40, 170, 20, true, "Hei")
	b.column("甲", 10, 50, 70, 170)
	b.column("乙", 16, 190, 40, 310)
	b.rule(179, 40, 180, 270).rule(319, 40, 320, 270)
	b.line("小标题文字", 345, 40, 435, 10, true, "Hei")
	b.column("丙", 15, 330, 54, 450)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want the one story", len(l.Articles))
	}
	cross := false
	for _, f := range l.Articles[0].Body {
		cross = cross || f.Standalone && flowText(f) == "小标题文字"
	}
	if body := bodyText(l.Articles[0]); !cross || !strings.Contains(body, "丙文文文0") {
		t.Errorf("crosshead found %v, body %q", cross, body)
	}
}
