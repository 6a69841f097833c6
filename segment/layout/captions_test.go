package layout

import (
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// A scan of an article with a photo over its two columns: OCR returns the
// caption in two pieces (the credit cut off at a wider space, its 摄 lost
// in one variant), a character of noise inside the photo, and the body
// lines set tight under the caption. The caption is whole, its credit
// set off by a space as printed, names the photographer, and the columns
// stay body text.
func TestScanCaptionUnderPhoto(t *testing.T) {
	for _, credit := range []string{"本报记者陈静摄", "本报记者陈静"} {
		b := photoScan()
		b.line("卓", 1200, 860, 20, 20) // noise in the photo
		b.p.Lines[len(b.p.Lines)-1].Words[0].Confidence = 0
		b.line("10月4日，居民们在社区食堂里择菜、包汤圆。", 150, 908, 33, 33)
		b.line(credit, 150+22*33+50, 908, 33, 33)
		steady(b, "甲", 12, 150, 960)
		steady(b, "乙", 12, 700, 960)
		l := Segment(&b.p)
		if len(l.Articles) != 1 {
			t.Fatalf("%s: %d articles, want 1", credit, len(l.Articles))
		}
		a := l.Articles[0]
		if len(a.Captions) != 1 || texts(a.Captions[0]) != "10月4日，居民们在社区食堂里择菜、包汤圆。 "+credit {
			t.Errorf("%s: captions %v", credit, a.Captions)
		}
		if !hasPhotographer(a, "陈静") {
			t.Errorf("%s: authors %+v, want the photographer", credit, a.Authors)
		}
		got := flowStarts(a.Body)
		if got != "甲乙" {
			t.Errorf("%s: flows start %q, want 甲乙", credit, got)
		}
	}
}

// A caption under a one-column photo closed by its credit line, whose 摄
// OCR read as another character: still the caption, but the name it
// would give is not trusted.
func TestScanCaptionClosedByMisreadCredit(t *testing.T) {
	b := datedScan()
	b.line("秋日游古城", 150, 260, 90, 90)
	steady(b, "甲", 12, 150, 380)
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 700, Y0: 380, X1: 1190, Y1: 700}})
	b.line("昨日上午，读书大会在", 700, 708, 35, 35)
	b.line("江南古镇开幕。", 700, 758, 35, 35)
	b.line("本报记者李小红报", 700, 808, 35, 35)
	steady(b, "乙", 6, 700, 890)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 1 || texts(a.Captions[0]) != "昨日上午，读书大会在|江南古镇开幕。|本报记者李小红报" {
		t.Errorf("captions %v", a.Captions)
	}
	for _, au := range a.Authors {
		if au.Name == "李小红报" {
			t.Errorf("authors %+v", a.Authors)
		}
	}
}

// The credit closing a scanned caption names its photographer even when OCR
// lost the 摄 or read it as 报.
func TestScanPhotoCreditMisread(t *testing.T) {
	s := &state{ocr: true}
	cases := []struct{ text, want string }{
		{"村民在田间劳作。本报记者王小明报", "王小明"},
		{"村民在田间劳作。（新华社记者李四报）", "李四"},
		{"村民在田间劳作。本报记者张三", "张三"},
		{"村民在田间劳作。本报记者张三摄", "张三"},
	}
	for _, c := range cases {
		got := s.scanPhotoCredit(c.text)
		if len(got) != 1 || got[0].Name != c.want || got[0].Role != segment.Photographer {
			t.Errorf("scanPhotoCredit(%q) = %+v, want %s as photographer", c.text, got, c.want)
		}
	}
}

func TestPictureRunningBesideItsArticleGoesToIt(t *testing.T) {
	// The head spans a column and a half; the picture starts under it and
	// runs on to the right, under a short article that a rule ends, with
	// the first article's text set round it.
	b := newPage()
	// A page header over a rule, as on every page.
	b.line("第12版", 50, 20, 100, 9, false, "Hei")
	b.rule(50, 32, 580, 33)
	y := 100.0
	b.line("建设人人喜欢的阅读空间", 50, y, 260, 22, true, "Hei")
	b.column("甲", 20, 50, y+30, 180)
	b.line("右边另一篇文章", 300, y, 560, 22, true, "Hei")
	b.column("丁", 3, 300, y+30, 580)
	b.rule(300, y+72, 580, y+73)
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 200, Y0: y + 80, X1: 580, Y1: y + 190}})
	b.line("10月16日，龙舟表演开始。（本报记者 赵大勇摄）", 200, y+194, 470, 9, false, "Kai")
	b.column("乙", 8, 200, y+212, 380)
	b.column("丙", 8, 400, y+212, 580)
	l := Segment(&b.p)
	var a *segment.Article
	for i := range l.Articles {
		if texts(l.Articles[i].Headline) == "建设人人喜欢的阅读空间" {
			a = &l.Articles[i]
		}
	}
	if a == nil {
		t.Fatalf("article not found in %d articles", len(l.Articles))
	}
	if len(a.Captions) != 1 || !hasPhotographer(*a, "赵大勇") {
		t.Errorf("captions %v, authors %v", a.Captions, a.Authors)
	}
}

func TestPictureOverHeadlessArticleGoesToIt(t *testing.T) {
	// The head is lost: a picture and its caption, then the article's
	// text opening with its run-in credit.
	b := newPage()
	b.line("第12版", 50, 20, 100, 9, false, "Hei")
	b.rule(50, 32, 580, 33)
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 50, Y0: 60, X1: 330, Y1: 200}})
	b.line("10月16日，龙舟表演开始。本报记者 赵大勇摄", 50, 204, 330, 9, false, "Kai")
	b.line("本报讯（记者王明）全市今年新建了十个公园，", 50, 225, 180, 10, false, "Song")
	b.column("甲", 10, 50, 239, 180)
	b.column("乙", 10, 200, 225, 330)
	b.line("右边另一篇文章", 360, 60, 560, 22, true, "Hei")
	b.column("丙", 20, 360, 90, 560)
	l := Segment(&b.p)
	var a *segment.Article
	for i := range l.Articles {
		for _, au := range l.Articles[i].Authors {
			if au.Name == "王明" {
				a = &l.Articles[i]
			}
		}
	}
	if a == nil {
		t.Fatalf("credited article not found in %d articles", len(l.Articles))
	}
	if len(a.Captions) != 1 || !hasPhotographer(*a, "赵大勇") || a.BBox.Y0 > 60 {
		t.Errorf("captions %v, authors %v, bbox %v", a.Captions, a.Authors, a.BBox)
	}
}

// A scanned caption in small type a body line's pitch under the edge
// found for its photo, its first line cut by OCR where the columns'
// gutter runs below, its credit (摄 misread as 报) on the row of its last
// line: the caption is whole with its credit, and the columns stay body.
func TestScanCaptionPitchUnderPhoto(t *testing.T) {
	b := photoScan()
	b.line("10月4日，湖南省青山县石桥镇李", 150, 955, 28, 28)
	b.line("家村举办第十二届农民文化节，80", 150+16*28+40, 955, 28, 28)
	b.line("余名村民参加活动。", 150, 995, 28, 28)
	b.line("本报记者陈静报", 150+9*28+100, 995, 28, 28)
	a := columnsArticle(t, b, 1090)
	want := "10月4日，湖南省青山县石桥镇李家村举办第十二届农民文化节，80余名村民参加活动。本报记者陈静报"
	got := ""
	for _, c := range a.Captions {
		got += strings.ReplaceAll(texts(c), "|", "")
	}
	if strings.ReplaceAll(got, " ", "") != want {
		t.Errorf("captions %v, want %s", a.Captions, want)
	}
	flows := flowStarts(a.Body)
	if flows != "甲乙" {
		t.Errorf("flows start %q, want 甲乙", flows)
	}
}

// A scan's picture finder lost the light lower part of a photo: its
// caption, in small type and cut in two by OCR, sits almost three body
// lines under the edge it found, with nothing between. It is still the
// caption, whole, and not the first line of the columns under it.
func TestScanCaptionBelowShortPicture(t *testing.T) {
	b := photoScan()
	b.line("10月4日，居民们在社区食堂里", 150, 1000, 29, 29)
	b.line("择菜、包汤圆，暖意融融。", 150+15*29+60, 1000, 29, 29)
	a := columnsArticle(t, b, 1090)
	if len(a.Captions) != 1 || texts(a.Captions[0]) != "10月4日，居民们在社区食堂里择菜、包汤圆，暖意融融。" {
		t.Errorf("captions %v", a.Captions)
	}
	if got := flowStarts(a.Body); got != "甲乙" {
		t.Errorf("flows start %q, want 甲乙", got)
	}
}

// A caption whose credit OCR read apart from it, a wide space to its
// right on the row of its last line, stays one caption with its credit.
func TestScanCaptionCreditFarOnItsRow(t *testing.T) {
	b := photoScan()
	b.line("10月4日，居民们在社区食堂里择菜、包汤圆。", 150, 908, 33, 33)
	b.line("本报记者陈静摄", 150+22*33+100, 908, 33, 33)
	a := columnsArticle(t, b, 1000)
	var got []string
	for _, c := range a.Captions {
		got = append(got, texts(c))
	}
	if len(got) != 1 || got[0] != "10月4日，居民们在社区食堂里择菜、包汤圆。|本报记者陈静摄" {
		t.Errorf("captions %q", got)
	}
}

// A credit in small type under a photo at the head of the text, as far
// below it as a caption may be, is the article's byline, not a caption.
func TestScanBylineBelowPictureIsNoCaption(t *testing.T) {
	b := photoScan()
	b.line("本报记者 王小明", 150, 1000, 29, 29)
	a := columnsArticle(t, b, 1090)
	if len(a.Captions) != 0 || a.Byline == "" {
		t.Errorf("byline %q, captions %d: want the credit as byline", a.Byline, len(a.Captions))
	}
}

// photoScan is a dated scan with a headline over a photo (y 380 to 900):
// the test sets the lines under it.
func photoScan() *scanBuilder {
	b := datedScan()
	b.line("加快建设城乡公交网", 150, 260, 90, 90)
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 150, Y0: 380, X1: 1250, Y1: 900}})
	return b
}

// Pieces of a caption's row join with a space only before a credit set a
// character's width or more apart: a credit set tight, or text, joins
// without one.
func TestCaptionCreditSetApart(t *testing.T) {
	piece := func(text string, x0 float64) page.Line {
		r := page.Rect{X0: x0, Y0: 100, X1: x0 + 30*float64(len([]rune(text))), Y1: 130}
		return page.Line{Text: text, Box: &r, Size: 30}
	}
	for _, c := range []struct {
		b    string
		gap  float64
		want string
	}{
		{"本报记者陈小川摄", 40, "孩子们放风筝。 本报记者陈小川摄"},
		{"本报记者陈小川摄", 10, "孩子们放风筝。本报记者陈小川摄"},
		{"运动员入住", 40, "孩子们放风筝。运动员入住"},
	} {
		a := piece("孩子们放风筝。", 100)
		mergeHead(&a, piece(c.b, a.Box.X1+c.gap))
		if a.Text != c.want {
			t.Errorf("%q %v px on: %q, want %q", c.b, c.gap, a.Text, c.want)
		}
	}
}

// A caption line that OCR read with its photo credit: the credit is set
// off from the sentence by a space (a bracketed one runs on), and its name
// from its role word where the gap there is wider than between the other
// characters of the line.
func TestScanCaptionCreditSpaced(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"孩子们在操场上放风筝。本报记者 陈静摄", "孩子们在操场上放风筝。 本报记者 陈静摄"},
		{"孩子们在操场上放风筝。本报记者陈静摄", "孩子们在操场上放风筝。 本报记者陈静摄"},
		{"孩子们在操场上放风筝。（本报记者 陈静摄）", "孩子们在操场上放风筝。（本报记者 陈静摄）"},
	} {
		b := photoScan()
		b.line(c.line, 150, 908, 33, 33)
		steady(b, "甲", 12, 150, 960)
		steady(b, "乙", 12, 700, 960)
		l := Segment(&b.p)
		if len(l.Articles) != 1 {
			t.Fatalf("%s: %d articles, want 1", c.line, len(l.Articles))
		}
		a := l.Articles[0]
		if len(a.Captions) != 1 {
			t.Fatalf("%s: %d captions, want 1", c.line, len(a.Captions))
		}
		if got := texts(a.Captions[0]); got != c.want {
			t.Errorf("%s: caption %q, want %q", c.line, got, c.want)
		}
		if !hasPhotographer(a, "陈静") {
			t.Errorf("%s: authors %+v, want the photographer", c.line, a.Authors)
		}
	}
}

// A caption whose lines OCR sized as body text, all or all but its first
// line, its credit line in smaller type making a block of its own: the
// lines under the picture that the credit closes are the caption, not the
// column's text.
func TestCaptionSizedAsBodyClosedByCredit(t *testing.T) {
	for _, first := range []float64{23, 17} {
		b := newScan(0)
		b.enLine("Mayor plants new trees", 100, 200, 900, 60, true)
		b.enColumn("first", 20, 100, 300, 480)
		b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 520, Y0: 300, X1: 900, Y1: 600}})
		b.enLine("Volunteers planted two hundred", 520, 620, 860, first, false)
		b.enLine("young oak trees along the river", 520, 657, 900, 23, false)
		b.enLine("Sunday morning.", 520, 694, 780, 23, false)
		b.enLine("PHOTO: JANE DOE", 520, 731, 760, 17, false)
		b.enColumn("second", 10, 520, 800, 900)
		l := Segment(&b.p)
		if len(l.Articles) != 1 {
			t.Fatalf("%v: got %d articles", first, len(l.Articles))
		}
		a := l.Articles[0]
		want := "Volunteers planted two hundred|young oak trees along the river|Sunday morning.|PHOTO: JANE DOE"
		if len(a.Captions) != 1 || texts(a.Captions[0]) != want {
			for _, c := range a.Captions {
				t.Logf("caption %q", texts(c))
			}
			t.Errorf("%v: got %d captions, want %q", first, len(a.Captions), want)
		}
		for _, f := range a.Body {
			if strings.Contains(texts(f.Lines), "Volunteers") || strings.Contains(texts(f.Lines), "oak trees") {
				t.Errorf("%v: the caption's lines are body text: %q", first, texts(f.Lines))
			}
		}
	}
}

// A text layer parts a caption's line where its justified space opens
// wide before the photo credit: the pieces on one baseline under the
// picture (here a filled shape standing for it) are one caption line, set
// near body size, and the credit names the photographer instead of
// heading an article of its own.
func TestCaptionLinePartedBeforeItsCredit(t *testing.T) {
	b := newPage()
	b.line("图片新闻的标题", 50, 40, 250, 22, true, "Hei")
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 50, Y0: 70, X1: 330, Y1: 200}, Filled: true})
	b.line("10月3日，湖边新栽的柳树发芽。", 50, 204, 230, 9.5, false, "Song")
	b.line("本报记者 林木摄", 236, 204, 330, 9.5, false, "Song")
	b.column("甲", 6, 50, 222, 180)
	b.column("乙", 6, 200, 222, 330)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 1 || !strings.Contains(texts(a.Captions[0]), "发芽。") || !strings.Contains(texts(a.Captions[0]), "林木摄") {
		t.Errorf("captions %v, want the whole line", a.Captions)
	}
	if !hasPhotographer(a, "林木") {
		t.Errorf("photographer missing: %v", a.Authors)
	}
}

// A caption under a narrow picture wraps to four lines, in type a little
// smaller than the body text set tight under it, so the two make one
// block: the caption still ends at its credit, and the text under it is
// the story's.
func TestFourLineCaptionUnderNarrowPicture(t *testing.T) {
	b := newPage()
	b.line("窄图新闻标题", 50, 40, 180, 14, true, "Hei")
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 50, Y0: 60, X1: 180, Y1: 160}})
	for i, t := range []string{"10月3日，湖边新栽的柳树", "发芽，市民在岸边散步，", "孩子们放起了风筝。本报", "记者 林木摄"} {
		b.line(t, 50, 163+float64(i)*13, 180, 9.6, false, "Song")
	}
	b.column("甲", 8, 50, 215, 180)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 1 || len(a.Captions[0]) != 4 {
		t.Fatalf("captions %v, want the four lines", a.Captions)
	}
	if !hasPhotographer(a, "林木") || !strings.HasPrefix(bodyText(a), "甲文文文0") {
		t.Errorf("authors %v, body %q", a.Authors, bodyText(a))
	}
}

// A loose English caption in small type under a picture, justified in a
// narrow column: the text layer parts its third line at a wide word
// space. The pieces are one caption line, not a head of their own.
func TestLooseCaptionLinePartedBelowItsFirst(t *testing.T) {
	b := newPage()
	b.line("A story headline", 50, 40, 300, 22, true, "Times-Bold")
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 50, Y0: 70, X1: 170, Y1: 150}, Filled: true})
	b.line("Walkers on the new bridge", 50, 153, 170, 8, false, "Helvetica")
	b.line("crossing the river at", 50, 163, 170, 8, false, "Helvetica")
	b.line("noon, as the", 50, 173, 100, 8, false, "Helvetica")
	b.line("fog lifts.", 122, 173, 170, 8, false, "Helvetica")
	b.line("PHOTO: JANE ROE", 50, 183, 130, 8, false, "Helvetica")
	b.column("s", 30, 50, 200, 170)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 1 || len(a.Captions[0]) != 4 || !strings.Contains(texts(a.Captions[0]), "noon, as the fog lifts.") {
		t.Errorf("captions %v, want four whole lines", a.Captions)
	}
}
