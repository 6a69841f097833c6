package layout

import (
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// A photo set beside a one-column head, which the scan shows only as a
// frame (a flat tone: OCR found no picture in it, and read a few letters
// off its edge at times), its caption closed by a credit, and a column of
// the story under the caption: the frame is a picture, the lines under it
// its caption, and the column under the caption the head's story.
func TestEmptyFrameIsPicture(t *testing.T) {
	for _, speck := range []bool{false, true} {
		b := newScan(0)
		b.enLine("Mayor plants new trees", 100, 200, 480, 60, false)
		b.enColumn("first", 24, 100, 300, 480)
		b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 520, Y0: 200, X1: 900, Y1: 520}})
		if speck {
			b.enLine("pnt", 522, 400, 560, 23, false)
		}
		b.enLine("Volunteers planted oak trees", 520, 540, 900, 20, false)
		b.enLine("PHOTO: JANE DOE", 520, 577, 760, 20, false)
		b.enColumn("second", 12, 520, 640, 900)
		l := Segment(&b.p)
		if len(l.Articles) != 1 {
			t.Fatalf("speck %v: %d articles, want 1", speck, len(l.Articles))
		}
		a := l.Articles[0]
		if len(a.Captions) != 1 || !strings.Contains(texts(a.Captions[0]), "JANE DOE") {
			t.Errorf("speck %v: captions %d, want the credited caption", speck, len(a.Captions))
		}
		body := bodyText(a)
		if !strings.Contains(body, "second") || strings.Contains(body, "Volunteers") || strings.Contains(body, "pnt") {
			t.Errorf("speck %v: body %q: want both columns, no caption, no speck", speck, body)
		}
	}
}

// A frame round text is a boxed note, not a picture.
func TestFrameRoundTextIsNoPicture(t *testing.T) {
	b := newScan(0)
	b.enLine("Mayor plants new trees", 100, 200, 900, 60, true)
	b.enColumn("first", 16, 100, 300, 480)
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 510, Y0: 290, X1: 910, Y1: 500}})
	b.enLine("SUBSCRIBE TODAY", 540, 320, 880, 30, true)
	b.enLine("Call the office now", 540, 370, 880, 23, true)
	l := Segment(&b.p)
	for _, a := range l.Articles {
		if len(a.Captions) > 0 {
			t.Errorf("article %q has captions: the boxed text is no caption", texts(a.Headline))
		}
	}
	var boxed bool
	for _, a := range l.Articles {
		boxed = boxed || strings.Contains(texts(a.Headline)+bodyText(a), "SUBSCRIBE")
	}
	for _, bl := range l.Blocks {
		boxed = boxed || strings.Contains(texts(bl.Lines), "SUBSCRIBE")
	}
	if !boxed {
		t.Errorf("the boxed note's text is lost")
	}
}

// A loosely justified line of a column that OCR cut at its wide word
// spaces and sized word by word, a word with capitals and ascenders
// measured far larger than body text: the pieces are running text of the
// column, not a head over the lines under them; also when the other
// pieces of its row went into the column's block round it.
func TestLooseLinePiecesStayText(t *testing.T) {
	for _, around := range []bool{false, true} {
		b := newScan(0)
		b.enLine("Mayor plants new trees", 100, 200, 480, 60, false)
		if around {
			// Lines of one size: the cut line's first piece joins the
			// column's block, which then runs on under it.
			y := 300.0
			for i := 0; i < 6; i++ {
				b.enLine("first text first text first text", 100, y, 480, 23, false)
				y += 37
			}
			b.enLine("Our", 100, y, 150, 23, false)
			b.enLine("Riverside", 230, y, 380, 40, false)
			b.enLine("council", 430, y, 480, 23, false)
			for i := 0; i < 6; i++ {
				y += 37
				b.enLine("second text second text second text", 100, y, 480, 23, false)
			}
		} else {
			y := b.enColumn("first", 8, 100, 300, 480)
			b.enLine("Our", 100, y, 150, 23, false)
			b.enLine("Riverside", 230, y, 380, 40, false)
			b.enLine("council", 430, y, 480, 23, false)
			b.enColumn("second", 8, 100, y+37, 480)
		}
		l := Segment(&b.p)
		if len(l.Articles) != 1 {
			for _, a := range l.Articles {
				t.Logf("head %q", texts(a.Headline))
			}
			t.Fatalf("around %v: %d articles, want 1", around, len(l.Articles))
		}
		if body := bodyText(l.Articles[0]); !strings.Contains(body, "Riverside") || !strings.Contains(body, "second") {
			t.Errorf("around %v: body %q: want the cut line and the column under it", around, body)
		}
	}
}

// A caption of four lines under a photo one column wide, OCR sized as the
// text run in under it that it read into one block with the caption: the
// caption ends at its credit, the text under it is the story's.
func TestLongCaptionEndsAtCredit(t *testing.T) {
	b := datedScan()
	b.line("加快建设城乡公交网", 150, 260, 90, 90)
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 150, Y0: 380, X1: 640, Y1: 700}})
	for i, l := range []string{"孩子们在新修的操场上放风筝", "家长们在一旁看着他们笑着拍", "手叫好，场面十分热闹欢快。", "本报记者陈静摄"} {
		b.line(l, 150, 710+float64(i)*50, 35, 35)
	}
	b.line("本报讯新学期开学以来，乡里", 150, 910, 35, 35)
	for i := 1; i < 8; i++ {
		b.line("乙"+strings.Repeat("文", 12)+"。", 150, 910+float64(i)*50, 35, 35)
	}
	b.column("甲", 20, 700, 380)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 1 || len(a.Captions[0]) != 4 || !strings.HasSuffix(texts(a.Captions[0]), "陈静摄") {
		for _, c := range a.Captions {
			t.Logf("caption %q", texts(c))
		}
		t.Fatalf("%d captions: want the four lines closed by the credit", len(a.Captions))
	}
	if body := bodyText(a); !strings.Contains(body, "新学期") || !strings.Contains(body, "乙") || strings.Contains(body, "风筝") {
		t.Errorf("body %q: want the text under the caption, not the caption", body)
	}
}

// Two stories of two columns side by side, the right one's head centred
// over its columns but read by OCR only in part, off the middle between
// the left head's end (a short head, flush over its columns) and the
// page's edge: the head still spans both its columns, and the left story
// keeps its own two.
func TestHeadCentredOverTextUnderIt(t *testing.T) {
	b := datedScan()
	b.line("城乡公交网", 150, 260, 90, 90)
	b.line("卫星上天", 1600, 280, 90, 90)
	b.column("甲", 16, 150, 400)
	b.column("乙", 16, 700, 400)
	b.column("丙", 16, 1250, 400)
	b.column("丁", 16, 1800, 400)
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(l.Articles))
	}
	for _, c := range []struct {
		head, want string
	}{{"城乡公交网", "甲乙"}, {"卫星上天", "丙丁"}} {
		var a *segment.Article
		for i := range l.Articles {
			if texts(l.Articles[i].Headline) == c.head {
				a = &l.Articles[i]
			}
		}
		if a == nil {
			t.Fatalf("no article headed %q", c.head)
		}
		if got := flowStarts(a.Body); got != c.want {
			t.Errorf("%s: columns %q, want %q", c.head, got, c.want)
		}
	}
}

// A story of five columns whose head is set over the middle one only, its
// credit of two lines (OCR sized the second apart) over the first column:
// every column opens level under the head, and no other head is over
// them, so all five are the story's, with the credit.
func TestColumnsLevelBesideHead(t *testing.T) {
	b := newScan(0)
	b.enLine("Council votes on the river", 1020, 200, 1420, 60, false)
	b.enLine("By JANE DOE", 100, 280, 330, 23, false)
	b.enLine("Staff Reporter", 100, 317, 330, 32, false)
	words := []string{"alpha", "beta", "gamma", "delta", "omega"}
	for i, w := range words {
		b.enColumn(w, 14, 100+float64(i)*460, 370, 500+float64(i)*460)
	}
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		for _, a := range l.Articles {
			t.Logf("head %q", texts(a.Headline))
		}
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	body := bodyText(a)
	for _, w := range words {
		if !strings.Contains(body, w) {
			t.Errorf("column %q missing from the body", w)
		}
	}
	if !strings.Contains(a.Byline, "JANE DOE") || !strings.Contains(a.Byline, "Staff Reporter") {
		t.Errorf("byline %q, want the credit of two lines over the first column", a.Byline)
	}
}

// A row of columns whose head OCR lost, over a rule across the page, and
// under it a story whose head is over its first column only, running to
// the foot of the page beside a shorter story: the columns of the row
// above are no continuation of that story.
func TestNoContinuationIntoTheRowAbove(t *testing.T) {
	b := newScan(0)
	b.enColumn("upper", 16, 100, 200, 500)
	b.enColumn("higher", 16, 560, 200, 960)
	b.enColumn("highest", 16, 1020, 200, 1420)
	b.rule(100, 840, 1420, 4)
	b.enLine("River vote", 100, 880, 400, 60, false)
	b.enColumn("lower", 40, 100, 960, 500)
	b.enColumn("below", 40, 560, 960, 960)
	b.enLine("Bridge opens", 1020, 880, 1420, 60, false)
	b.enColumn("other", 20, 1020, 960, 1420)
	l := Segment(&b.p)
	lower := false
	for _, a := range l.Articles {
		body := bodyText(a)
		if strings.Contains(body, "lower") && strings.Contains(body, "high") {
			t.Errorf("%q takes the row above it", texts(a.Headline))
		}
		lower = lower || texts(a.Headline) == "River vote" && strings.Contains(body, "lower")
	}
	if !lower {
		t.Errorf("the lower column is not River vote's")
	}
}

// A line OCR read across both columns of a story opens no column of its
// own that takes the columns' text in: each column stays one run of text.
func TestLineAcrossColumnsTakesNoColumn(t *testing.T) {
	b := newScan(0)
	b.enLine("Council votes on the river", 100, 200, 960, 60, true)
	y := b.enColumn("alpha", 12, 100, 300, 500)
	b.enColumn("beta", 12, 560, 300, 960)
	b.enLine("closing words run across both columns here", 95, y+10, 960, 23, false)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	for _, f := range l.Articles[0].Body {
		if t1 := flowText(f); strings.Contains(t1, "alpha") && strings.Contains(t1, "beta") {
			t.Errorf("one flow holds both columns: %q", t1)
		}
	}
}

// A story of two columns with a head over its first one under a kicker of
// two bold lines that OCR sized as body text (its closing dash, alone on a
// third line, read as a rule): the kicker tops the head, and the second
// column, which opens level with the kicker, is the story's.
func TestBoldKickerOverHead(t *testing.T) {
	b := datedScan()
	for i, t := range []string{"新修的公交线路通到山里、", "村民进城更方便了"} {
		b.line(t, 150, 300+float64(i)*45, 35, 40)
		b.p.Lines[len(b.p.Lines)-1].Bold = true
	}
	b.line("山村通了公交", 150, 443, 60, 60)
	steady(b, "甲", 14, 150, 530)
	steady(b, "乙", 18, 700, 300)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		for _, a := range l.Articles {
			t.Logf("head %q", texts(a.Headline))
		}
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if !strings.HasPrefix(texts(a.Kicker), "新修的公交") {
		t.Errorf("kicker %q, want the bold lines over the head", texts(a.Kicker))
	}
	if got := flowStarts(a.Body); got != "甲乙" {
		t.Errorf("columns %q, want 甲乙", got)
	}
}
