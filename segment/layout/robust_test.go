package layout

import (
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// oneArticle fails the test unless l has one article, logging the
// headlines of those it has.
func oneArticle(t *testing.T, l segment.Layout) {
	t.Helper()
	if len(l.Articles) != 1 {
		for _, a := range l.Articles {
			t.Logf("headline %q", texts(a.Headline))
		}
		t.Fatalf("got %d articles", len(l.Articles))
	}
}

// twoColumns sets two columns of eight body lines of 13 characters each,
// 甲 from x 150 and 乙 from x2, from y0 down.
func twoColumns(b *scanBuilder, y0, x2 float64) {
	for i := 0; i < 8; i++ {
		b.line(strings.Repeat("甲", 13), 150, y0+float64(i)*50, 37, 37)
		b.line(strings.Repeat("乙", 13), x2, y0+float64(i)*50, 37, 37)
	}
}

// OCR sizes the second line of a two-line head smaller than the first,
// within the tolerance of both the head above it and the body text under
// it: the head stays a head, and the body text starts its own block.
func TestHeadDoesNotDriftIntoBodyText(t *testing.T) {
	b := newScan(0)
	b.line("湖光山色协同建设进程迈", 150, 300, 50, 48)
	b.line("出新步伐", 150, 360, 46, 43)
	for i := 0; i < 8; i++ {
		x, text := 150.0, strings.Repeat("甲", 13)
		if i == 0 {
			x, text = 232, strings.Repeat("甲", 11)
		}
		b.line(text, x, 430+float64(i)*50, 41, 35)
		b.line(strings.Repeat("乙", 13), 740, 430+float64(i)*50, 41, 35)
	}
	l := Segment(&b.p)
	oneArticle(t, l)
	a := l.Articles[0]
	if got := texts(a.Headline); got != "湖光山色协同建设进程迈|出新步伐" {
		t.Errorf("headline %q", got)
	}
	if len(a.Body) != 2 || len(a.Body[0].Lines) != 8 || len(a.Body[1].Lines) != 8 {
		t.Errorf("body %s", flowStarts(a.Body))
	}
}

// A head line whose first word OCR boxed short of its characters shows a
// gap as wide as a gutter, with no text around it; sized only a little
// larger than body text over a photo, it is still a head: one line.
func TestShortWordBoxDoesNotCutHead(t *testing.T) {
	b := newScan(0)
	b.line("远方来信息", 150, 300, 47, 47)
	head := &b.p.Lines[0]
	// The first word spans three characters but OCR boxed it as one.
	head.Words = append([]page.Word{{Text: "远方来", Box: page.Rect{X0: 150, Y0: 300, X1: 200, Y1: 347}, Confidence: 0.9}}, head.Words[3:]...)
	// A photo under the head, its text under the photo.
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 150, Y0: 380, X1: 1200, Y1: 800}})
	twoColumns(b, 840, 700)
	l := Segment(&b.p)
	oneArticle(t, l)
	if got := texts(l.Articles[0].Headline); got != "远方来信息" {
		t.Errorf("headline %q", got)
	}
}

// OCR sizes every line of one column a third larger than body text, but
// their characters are set at the body text's pitch: the column is body
// text of the article, not a stack of heads.
func TestColumnSizedUpIsBodyByPitch(t *testing.T) {
	b := newScan(0)
	b.line("远方来信息", 150, 300, 80, 80)
	for i := 0; i < 8; i++ {
		b.line(strings.Repeat("甲", 13), 150, 420+float64(i)*50, 37, 37)
		b.line(strings.Repeat("乙", 13), 700, 420+float64(i)*50, 37, 37)
		b.line(strings.Repeat("丙", 13), 1250, 420+float64(i)*50, 37, 47)
	}
	l := Segment(&b.p)
	oneArticle(t, l)
	if got := flowStarts(l.Articles[0].Body); got != "甲乙丙" {
		t.Errorf("body flows %q", got)
	}
}

// A character OCR read on its own, under a credit, with a size far above
// its box: it is no head of an article of its own.
func TestLoneCharacterSizedAboveItsBox(t *testing.T) {
	b := newScan(0)
	b.line("远方来信息", 150, 300, 80, 80)
	b.line("本报记者张三", 150, 420, 37, 37)
	b.line("李", 380, 470, 30, 50)
	twoColumns(b, 530, 700)
	l := Segment(&b.p)
	oneArticle(t, l)
}

// A head across two columns whose characters OCR boxed touching in some
// places and half a character apart in others, with the widest of
// those gaps over the gutter: it is one head, not two side by side.
func TestHeadOverGutterWithTouchingWordBoxes(t *testing.T) {
	b := newScan(0)
	const size = 60.0
	var words []page.Word
	x := 150.0
	for i, w := range []string{"远方", "来", "信", "息", "好", "消息", "传", "来"} {
		if i > 0 {
			x += []float64{0.5, 30, 0.5, 40, 0.5, 30, 0.5}[i-1]
		}
		n := float64(len([]rune(w)))
		words = append(words, page.Word{Text: w, Box: page.Rect{X0: x, Y0: 300, X1: x + n*size, Y1: 300 + size}, Confidence: 0.9})
		x += n * size
	}
	box := page.Rect{X0: 150, Y0: 300, X1: x, Y1: 360}
	b.p.Lines = append(b.p.Lines, page.Line{Text: "远方来信息好消息传来", Box: &box, Size: size, Conf: 0.9, Words: words})
	// The gutter under the head lies in its widest gap (after 信息).
	gutter := words[3].Box.X1
	for i := 0; i < 8; i++ {
		b.line(strings.Repeat("甲", 11), gutter-11*37, 440+float64(i)*50, 37, 37)
		b.line(strings.Repeat("乙", 11), gutter+50, 440+float64(i)*50, 37, 37)
	}
	l := Segment(&b.p)
	oneArticle(t, l)
	if got := texts(l.Articles[0].Headline); got != "远方来信息好消息传来" {
		t.Errorf("headline %q", got)
	}
}

// OCR returns a word of a head again as a line of its own with a box of
// a point or so: it is no print, and no text of the page.
func TestDegenerateLineIsDropped(t *testing.T) {
	b := newScan(0)
	b.line("远方来信息传来", 150, 300, 80, 80)
	r := page.Rect{X0: 712, Y0: 378, X1: 713, Y1: 379}
	b.p.Lines = append(b.p.Lines, page.Line{Text: "山山", Box: &r, Size: 1, Conf: 0.9})
	for i := 0; i < 8; i++ {
		b.line(strings.Repeat("甲", 11), 150, 420+float64(i)*50, 37, 37)
		b.line(strings.Repeat("乙", 11), 650, 420+float64(i)*50, 37, 37)
	}
	l := Segment(&b.p)
	if len(l.Articles) != 1 || len(l.Blocks) != 0 || flowStarts(l.Articles[0].Body) != "甲乙" {
		for _, a := range l.Articles {
			t.Logf("headline %q body %s", texts(a.Headline), flowStarts(a.Body))
		}
		t.Fatalf("got %d articles, %d other blocks", len(l.Articles), len(l.Blocks))
	}
}

// A run-in credit whose opening bracket OCR read as an angle bracket, its
// closing one on the next line: the text is still a credited article's.
func TestRunInCreditWithMisreadBracket(t *testing.T) {
	b := newScan(0)
	b.line("本报讯〈记者张大明通讯员", 224, 300, 37, 37)
	b.line("王小刚)"+strings.Repeat("甲", 10), 150, 350, 37, 37)
	for i := 2; i < 8; i++ {
		b.line(strings.Repeat("甲", 13), 150, 300+float64(i)*50, 37, 37)
	}
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, %d other blocks", len(l.Articles), len(l.Blocks))
	}
	var names []string
	for _, a := range l.Articles[0].Authors {
		names = append(names, a.Name)
	}
	if strings.Join(names, ",") != "张大明,王小刚" {
		t.Errorf("authors %v", names)
	}
}

// A scan's rule finder took the frame of a note a line lower than it is:
// the note's first lines, set on at its text's spacing, are in the note.
func TestBoxEdgeFoundInsideItsText(t *testing.T) {
	b := newScan(0)
	b.line("远方来信息", 150, 300, 80, 80)
	for i := 0; i < 16; i++ {
		b.line(strings.Repeat("甲", 13), 150, 420+float64(i)*50, 37, 37)
	}
	for i := 0; i < 6; i++ {
		b.line(strings.Repeat("丙", 12), 730, 440+float64(i)*50, 37, 37)
	}
	// The frame is drawn from 420, around all six lines; found from 480.
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 710, Y0: 480, X1: 1200, Y1: 760}})
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("got %d articles, %d other blocks", len(l.Articles), len(l.Blocks))
	}
	for _, a := range l.Articles {
		if len(a.Headline) > 0 && strings.Contains(flowStarts(a.Body), "丙") {
			t.Errorf("note text in the article: %s", flowStarts(a.Body))
		}
		if len(a.Headline) == 0 && (len(a.Body) != 1 || len(a.Body[0].Lines) != 6) {
			t.Errorf("note body %s", flowStarts(a.Body))
		}
	}
}

// OCR returned a head's closing quote as a line of its own, sized as
// body text: it ends the head, and the text under the head is the head's.
func TestQuoteMarkRejoinsItsHead(t *testing.T) {
	b := newScan(0)
	b.line("远方来“信息", 150, 300, 90, 90)
	r := page.Rect{X0: 715, Y0: 310, X1: 745, Y1: 345}
	b.p.Lines = append(b.p.Lines, page.Line{Text: "”", Box: &r, Size: 36, Conf: 0.9})
	twoColumns(b, 440, 680)
	l := Segment(&b.p)
	if len(l.Articles) != 1 || len(l.Blocks) != 0 {
		t.Fatalf("got %d articles, %d other blocks", len(l.Articles), len(l.Blocks))
	}
	a := l.Articles[0]
	if got := texts(a.Headline); got != "远方来“信息”" || flowStarts(a.Body) != "甲乙" {
		t.Errorf("headline %q body %s", got, flowStarts(a.Body))
	}
}

// OCR read a kicker in two parts that overlap by 0.6 of a character: one
// kicker over the headline, not a kicker and a line of body text.
func TestOverlappingHeadPiecesJoin(t *testing.T) {
	b := newScan(0)
	b.line("远方来的信息", 150, 300, 45, 45)
	b.line("传来好消息", 393, 302, 45, 45)
	b.line("大家一起读书看报", 150, 360, 90, 90)
	twoColumns(b, 500, 680)
	l := Segment(&b.p)
	if len(l.Articles) != 1 || len(l.Blocks) != 0 {
		t.Fatalf("got %d articles, %d other blocks", len(l.Articles), len(l.Blocks))
	}
	a := l.Articles[0]
	if got := texts(a.Kicker); got != "远方来的信息传来好消息" || flowStarts(a.Body) != "甲乙" {
		t.Errorf("kicker %q headline %q body %s", got, texts(a.Headline), flowStarts(a.Body))
	}
}

// A character and a digit OCR read in a narrow, tall box, sized over twice
// the box's width: no head of an article of its own.
func TestCharacterAndDigitSizedAboveTheirBox(t *testing.T) {
	b := newScan(0)
	b.line("远方来信息", 150, 300, 80, 80)
	twoColumns(b, 420, 680)
	r := page.Rect{X0: 1175, Y0: 600, X1: 1218, Y1: 675}
	b.p.Lines = append(b.p.Lines, page.Line{Text: "个 1", Box: &r, Size: 75, Conf: 0.9})
	l := Segment(&b.p)
	oneArticle(t, l)
}

// A caption in small type, alone under its photo, with a gap as wide as a
// gutter between two of its words: cut only where a line around ends or
// starts in the gap.
func TestCaptionGapWithoutGutterAround(t *testing.T) {
	const body, size = 10.0, 8.0
	caption := func(y float64) page.Line {
		l := page.Line{Text: "十月七日村里迎来丰收节", Size: size}
		x := 50.0
		for i, w := range []string{"十月七日", "村里", "迎来", "丰收节"} {
			if i == 2 {
				x += 12 // wider than a gutter's gap
			}
			n := float64(len([]rune(w)))
			l.Words = append(l.Words, page.Word{Text: w, Box: page.Rect{X0: x, Y0: y, X1: x + size*n, Y1: y + size}})
			x += size * n
		}
		l.Box = &page.Rect{X0: 50, Y0: y, X1: x, Y1: y + size}
		return l
	}
	l := caption(100)
	gapEnd := l.Words[2].Box.X0
	if got := splitLines([]page.Line{l}, body, 1.3, nil, nil); len(got) != 1 {
		t.Errorf("caption alone cut into %d pieces", len(got))
	}
	// A column's line under it starting in the gap shows the gutter.
	next := page.Rect{X0: gapEnd, Y0: 112, X1: gapEnd + 100, Y1: 122}
	col := page.Line{Text: "下一栏的文字", Box: &next, Size: body}
	if got := splitLines([]page.Line{l, col}, body, 1.3, nil, nil); len(got) != 3 {
		t.Errorf("caption over a gutter: %d lines, want the caption in 2 and the column's", len(got))
	}
}

// The first line of a column, indented, that OCR sized 1.65 times body
// text and that runs on tight and flush right into the column: a line of
// the column, not a head of its own.
func TestColumnFirstLineSizedWellUp(t *testing.T) {
	b := newScan(0)
	b.line("远方来信息", 150, 300, 80, 80)
	for i := 0; i < 8; i++ {
		b.line(strings.Repeat("甲", 13), 150, 420+float64(i)*50, 37, 37)
	}
	// Its digits leave no pitch to measure.
	b.line("2020年10月1日乙乙", 717, 420, 37, 61)
	for i := 1; i < 8; i++ {
		b.line(strings.Repeat("乙", 13), 680, 420+float64(i)*50, 37, 37)
	}
	l := Segment(&b.p)
	oneArticle(t, l)
	if got := flowStarts(l.Articles[0].Body); got != "甲2" {
		t.Errorf("body %s", got)
	}
}

// A boxed advert of three rows under its title, its first row OCR cut in
// two lines: still three rows, an advert, no article.
func TestAdvertRowCutInTwo(t *testing.T) {
	b := newScan(0)
	b.line("远方来信息", 150, 300, 80, 80)
	for i := 0; i < 12; i++ {
		b.line(strings.Repeat("甲", 13), 150, 420+float64(i)*50, 37, 37)
		b.line(strings.Repeat("乙", 13), 680, 420+float64(i)*50, 37, 37)
	}
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 140, Y0: 1100, X1: 1200, Y1: 1420}})
	b.line("招聘启事", 400, 1120, 80, 80)
	b.line("本社", 160, 1230, 40, 40)
	b.line(strings.Repeat("丙", 21), 300, 1230, 40, 40)
	b.line(strings.Repeat("丙", 25), 160, 1280, 40, 40)
	b.line(strings.Repeat("丙", 10), 160, 1330, 40, 40)
	l := Segment(&b.p)
	oneArticle(t, l)
}
