package layout

import "testing"

// A kicker set bold a little larger than body text (under the size that
// makes a head) and wrapped over two lines right above the headline: the
// story's kicker, not the head of an article of its own.
func TestTwoLineKickerOverHead(t *testing.T) {
	b := newPage()
	b.line("坚持绿色优先的发展思路，", 50, 40, 180, 11.4, true, "Hei")
	b.line("某地某单位——", 50, 55, 130, 11.4, true, "Hei")
	b.line("正文文章标题", 50, 72, 300, 22, true, "Hei")
	b.column("甲", 20, 50, 104, 180)
	b.column("乙", 20, 200, 104, 330)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want the one story", len(l.Articles))
	}
	a := l.Articles[0]
	if texts(a.Kicker) != "坚持绿色优先的发展思路，|某地某单位——" || texts(a.Headline) != "正文文章标题" {
		t.Errorf("kicker %q, headline %q", texts(a.Kicker), texts(a.Headline))
	}
}

// A kicker centred over a centred headline, a little larger than body
// text, is that story's kicker, though its left edge is far from the
// head's: the two are aligned on their middles.
func TestCentredKickerOverCentredHead(t *testing.T) {
	b := newPage()
	b.line("某地某单位——", 150, 40, 230, 11.4, true, "Hei")
	b.line("居中的正文文章标题", 90, 56, 290, 22, true, "Hei")
	b.column("甲", 20, 50, 88, 180)
	b.column("乙", 20, 200, 88, 330)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want the one story", len(l.Articles))
	}
	a := l.Articles[0]
	if texts(a.Kicker) != "某地某单位——" || texts(a.Headline) != "居中的正文文章标题" {
		t.Errorf("kicker %q, headline %q", texts(a.Kicker), texts(a.Headline))
	}
}
