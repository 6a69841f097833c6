package layout

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// builder makes small positioned pages: body text 10pt on a 14pt pitch.
type builder struct{ p page.Page }

func newPage() *builder {
	return &builder{p: page.Page{Number: 1, Width: 600, Height: 800, Unit: page.Points, Method: page.MethodPDFText}}
}

func (b *builder) line(text string, x0, y0, x1, size float64, bold bool, font string) *builder {
	r := page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y0 + size}
	b.p.Lines = append(b.p.Lines, page.Line{Text: text, Box: &r, Size: size, Bold: bold, Font: font, Conf: 1})
	return b
}

// column sets n body lines from y0 down; the first is indented.
func (b *builder) column(prefix string, n int, x0, y0, x1 float64) *builder {
	for i := 0; i < n; i++ {
		x := x0
		if i == 0 {
			x += 20
		}
		b.line(prefix+strings.Repeat("文", 3)+string(rune('0'+i%10)), x, y0+float64(i)*14, x1, 10, false, "Song")
	}
	return b
}

func (b *builder) rule(x0, y0, x1, y1 float64) *builder {
	b.p.Rules = append(b.p.Rules, page.Rule{Box: page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y1}})
	return b
}

func texts(ls []page.Line) string {
	var parts []string
	for _, l := range ls {
		parts = append(parts, strings.TrimSpace(l.Text))
	}
	return strings.Join(parts, "|")
}

func flowText(f segment.Flow) string { return texts(f.Lines) }

// bodyText is the article's body flows, each as flowText, joined by "|".
func bodyText(a segment.Article) string {
	var text []string
	for _, f := range a.Body {
		text = append(text, flowText(f))
	}
	return strings.Join(text, "|")
}

// hasPhotographer reports whether the article credits name as its
// photographer.
func hasPhotographer(a segment.Article, name string) bool {
	return slices.ContainsFunc(a.Authors, func(au segment.Author) bool {
		return au.Name == name && au.Role == segment.Photographer
	})
}

func TestTwoColumnsSpanningHeadline(t *testing.T) {
	b := newPage()
	b.line("2019年10月21日 星期一", 40, 20, 160, 9, false, "Song").line("第3版", 500, 20, 540, 9, false, "Song")
	b.rule(40, 34, 560, 35)
	b.line("两栏大标题横跨全部栏目", 50, 60, 340, 22, true, "Hei")
	b.line("本报记者 林岚", 50, 88, 120, 10, false, "Kai")
	b.column("甲", 10, 50, 106, 190)
	b.column("乙", 8, 210, 106, 350)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if got := texts(a.Headline); got != "两栏大标题横跨全部栏目" {
		t.Errorf("headline %q", got)
	}
	if a.Byline != "本报记者 林岚" || len(a.Authors) != 1 || a.Authors[0].Name != "林岚" {
		t.Errorf("byline %q authors %v", a.Byline, a.Authors)
	}
	if len(a.Body) != 2 {
		t.Fatalf("got %d flows, want 2", len(a.Body))
	}
	if !strings.HasPrefix(flowText(a.Body[0]), "甲") || !strings.HasPrefix(flowText(a.Body[1]), "乙") || len(a.Body[0].Lines) != 10 {
		t.Errorf("flows out of order: %q / %q", flowText(a.Body[0]), flowText(a.Body[1]))
	}
	for i, f := range a.Body {
		if f.Column == nil || f.Column.Width() < 130 {
			t.Errorf("flow %d: column %v", i, f.Column)
		}
	}
	if len(l.Blocks) != 1 || l.Blocks[0].Kind != segment.PageHeader {
		t.Fatalf("blocks %+v, want one page header", l.Blocks)
	}
	if a.BBox == nil || a.BBox.Y0 != 60 || a.BBox.X1 != 350 {
		t.Errorf("bbox %v", a.BBox)
	}
}

func TestLShapedArticleWithBrief(t *testing.T) {
	b := newPage()
	b.line("三栏文章的大标题在这里", 50, 40, 400, 22, true, "Hei")
	b.column("甲", 30, 50, 70, 180)
	b.column("乙", 30, 200, 70, 330)
	b.column("丙", 12, 350, 70, 480)
	// The brief tucked under the third column.
	b.rule(350, 245, 480, 246)
	b.line("简讯标题", 350, 252, 430, 14, true, "Hei")
	b.column("丁", 8, 350, 272, 480)
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	main, brief := l.Articles[0], l.Articles[1]
	if texts(main.Headline) != "三栏文章的大标题在这里" || texts(brief.Headline) != "简讯标题" {
		t.Fatalf("headlines %q, %q", texts(main.Headline), texts(brief.Headline))
	}
	var starts []string
	for _, f := range main.Body {
		starts = append(starts, string([]rune(flowText(f))[:1]))
	}
	if strings.Join(starts, "") != "甲乙丙" {
		t.Errorf("main flows start %v, want 甲 乙 丙", starts)
	}
	if len(brief.Body) != 1 || !strings.HasPrefix(flowText(brief.Body[0]), "丁") || len(brief.Body[0].Lines) != 8 {
		t.Errorf("brief body %+v", brief.Body)
	}
}

func TestBoxedNoteIsItsOwnArticle(t *testing.T) {
	b := newPage()
	b.line("正文文章标题", 50, 40, 300, 22, true, "Hei")
	b.column("甲", 20, 50, 70, 180)
	b.column("乙", 8, 200, 70, 330)
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 195, Y0: 190, X1: 335, Y1: 300}})
	b.line("编者按：这是一段编者的话", 220, 200, 330, 10, false, "Kai")
	for i := 0; i < 5; i++ {
		b.line("编者的话继续写下去", 200, 214+float64(i)*14, 330, 10, false, "Kai")
	}
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	var note *segment.Article
	for i := range l.Articles {
		if len(l.Articles[i].Headline) == 0 {
			note = &l.Articles[i]
		}
	}
	if note == nil {
		t.Fatal("no untitled note")
	}
	if len(note.Body) != 1 || !strings.HasPrefix(flowText(note.Body[0]), "编者按：") || len(note.Body[0].Lines) != 6 {
		t.Errorf("note body %+v", note.Body)
	}
	for _, a := range l.Articles {
		if len(a.Headline) > 0 {
			for _, f := range a.Body {
				if strings.Contains(flowText(f), "编者") {
					t.Errorf("note text leaked into the main article")
				}
			}
		}
	}
}

func TestPhotoCaptionGoesToItsArticle(t *testing.T) {
	b := newPage()
	b.line("图片新闻的标题", 50, 40, 250, 22, true, "Hei")
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 50, Y0: 70, X1: 330, Y1: 200}})
	b.line("10月11日，读书节开幕。本报记者 方远摄", 50, 204, 300, 9, false, "Kai")
	b.column("甲", 6, 50, 222, 180)
	b.column("乙", 6, 200, 222, 330)
	b.line("右边另一篇文章", 360, 40, 560, 22, true, "Hei")
	b.column("丙", 12, 360, 70, 560)
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	a := l.Articles[0]
	if texts(a.Headline) != "图片新闻的标题" {
		t.Fatalf("first article %q", texts(a.Headline))
	}
	if len(a.Captions) != 1 || texts(a.Captions[0]) != "10月11日，读书节开幕。本报记者 方远摄" {
		t.Errorf("captions %v", a.Captions)
	}
	if !hasPhotographer(a, "方远") {
		t.Errorf("photographer missing: %v", a.Authors)
	}
	if a.BBox == nil || a.BBox.X1 < 330 || a.BBox.Y0 > 40 {
		t.Errorf("bbox %v should contain the photo", a.BBox)
	}
	if len(l.Articles[1].Captions) != 0 || len(l.Articles[1].Body) != 1 {
		t.Errorf("second article %+v", l.Articles[1])
	}
}

func TestRunInBylineIsCut(t *testing.T) {
	b := newPage()
	b.line("会议召开", 50, 40, 200, 22, true, "Hei")
	b.column("甲", 6, 50, 70, 190)
	first := &b.p.Lines[1]
	first.Text = "本报讯 记者孙乐报道：今天召开会议"
	first.RunIn = len("本报讯 记者孙乐报道：")
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if a.Byline != "本报讯 记者孙乐报道" {
		t.Errorf("byline %q", a.Byline)
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "孙乐" || a.Authors[0].Role != segment.Reporter {
		t.Errorf("authors %v", a.Authors)
	}
	if got := a.Body[0].Lines[0].Text; got != "今天召开会议" {
		t.Errorf("first line %q, want the credit cut", got)
	}
}

func TestCrossheadStandsAlone(t *testing.T) {
	b := newPage()
	b.line("长文章标题", 50, 40, 250, 22, true, "Hei")
	b.column("甲", 6, 50, 70, 190)
	b.line("小标题", 80, 158, 140, 10, true, "Hei")
	b.column("乙", 6, 50, 176, 190)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	body := l.Articles[0].Body
	if len(body) != 3 || !body[1].Standalone || flowText(body[1]) != "小标题" || body[0].Standalone {
		t.Fatalf("flows %+v", body)
	}
}

func TestSectionBannerAndMasthead(t *testing.T) {
	b := newPage()
	b.line("江城日报", 50, 20, 300, 50, true, "Hei")
	b.rule(40, 80, 560, 81)
	b.line("2019年10月28日", 50, 84, 150, 9, false, "Song")
	b.rule(40, 96, 560, 97)
	b.rule(40, 110, 560, 112)
	b.line("社 会", 50, 114, 90, 13, true, "Hei")
	b.rule(40, 130, 560, 131)
	b.line("社会新闻标题", 50, 140, 300, 22, true, "Hei")
	b.column("甲", 6, 50, 170, 190)
	l := Segment(&b.p)
	kinds := map[segment.BlockKind]string{}
	for _, bl := range l.Blocks {
		kinds[bl.Kind] = texts(bl.Lines)
	}
	if kinds[segment.Masthead] != "江城日报" || kinds[segment.PageHeader] != "2019年10月28日" || kinds[segment.Section] != "社 会" {
		t.Errorf("furniture %v", kinds)
	}
	if len(l.Articles) != 1 || texts(l.Articles[0].Headline) != "社会新闻标题" {
		t.Errorf("articles %+v", l.Articles)
	}
}

func TestEmptyAndDegeneratePages(t *testing.T) {
	if l := Segment(&page.Page{}); len(l.Articles)+len(l.Blocks) != 0 {
		t.Errorf("empty page gave %+v", l)
	}
	// Lines without boxes, zero sizes and zero-width boxes must not panic.
	r := page.Rect{X0: 10, Y0: 10, X1: 10, Y1: 20}
	r2 := page.Rect{X0: 10, Y0: 30, X1: 100, Y1: 40}
	p := &page.Page{Lines: []page.Line{{Text: "a"}, {Text: "b", Box: &r}, {Text: "c", Box: &r2}}}
	l := Segment(p)
	if len(l.Articles)+len(l.Blocks) == 0 {
		t.Errorf("the one real line was lost")
	}
}

func TestLineRunningAcrossColumnsIsSplit(t *testing.T) {
	r := page.Rect{X0: 50, Y0: 100, X1: 330, Y1: 110}
	l := page.Line{Text: "左栏文字 右栏文字", Box: &r, Size: 10, Words: []page.Word{
		{Text: "左栏文字", Box: page.Rect{X0: 50, Y0: 100, X1: 190, Y1: 110}},
		{Text: "右栏文字", Box: page.Rect{X0: 210, Y0: 100, X1: 330, Y1: 110}},
	}}
	got := splitLines([]page.Line{l}, 10, 1.3, nil, nil)
	if len(got) != 2 || got[0].Text != "左栏文字" || got[1].Text != "右栏文字" || got[1].Box.X0 != 210 || got[0].Box.X1 != 190 {
		t.Fatalf("split into %+v", got)
	}
	// A wide justification space that the next line's words cross is no
	// gutter.
	r2 := page.Rect{X0: 50, Y0: 114, X1: 330, Y1: 124}
	next := page.Line{Text: "下一行文字覆盖了空隙", Box: &r2, Size: 10}
	if got := splitLines([]page.Line{l, next}, 10, 1.3, nil, nil); len(got) != 2 {
		t.Errorf("split a justified line: %+v", got)
	}
}

func TestCreditWithWideSpaceIsNotSplit(t *testing.T) {
	// line sets words of 10 per character side by side, with a space as
	// wide as a gutter before the word gap.
	line := func(gap int, ws ...string) page.Line {
		l := page.Line{Text: strings.Join(ws, ""), Size: 10}
		x := 50.0
		for i, w := range ws {
			if i == gap {
				x += 12
			}
			n := float64(len([]rune(w)))
			l.Words = append(l.Words, page.Word{Text: w, Box: page.Rect{X0: x, Y0: 100, X1: x + 10*n, Y1: 110}})
			x += 10 * n
		}
		l.Box = &page.Rect{X0: 50, Y0: 100, X1: x, Y1: 110}
		return l
	}
	for _, l := range []page.Line{
		line(3, "本报", "记者", "张", "漫", "子", "摄"),
		line(3, "本报", "记者", "张", "漫子"),
		line(1, "记者", "张", "漫子"),
	} {
		if got := splitLines([]page.Line{l}, 10, 1.3, nil, nil); len(got) != 1 {
			t.Errorf("%s: credit cut into %d pieces", l.Text, len(got))
		}
	}
	// Other text with such a space is still cut there.
	l := line(3, "经济", "发展", "注", "入", "新", "动能")
	if got := splitLines([]page.Line{l}, 10, 1.3, nil, nil); len(got) != 2 {
		t.Errorf("running text not cut at the gap: %d pieces", len(got))
	}
}

func TestRunInOverTwoLinesInItsOwnFont(t *testing.T) {
	b := newPage()
	b.line("会议召开", 50, 40, 200, 22, true, "Hei")
	b.line("本报北京10月8日电（记者王", 50, 70, 190, 10, false, "Hei")
	b.line("浩、李明）今天召开会议", 50, 84, 190, 10, false, "Hei")
	b.column("甲", 5, 50, 98, 190)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if a.Byline != "本报北京10月8日电 （记者王浩、李明）" {
		t.Errorf("byline %q", a.Byline)
	}
	if len(a.Body) != 1 || a.Body[0].Lines[0].Text != "今天召开会议" || len(a.Body[0].Lines) != 6 {
		t.Errorf("body %q", flowText(a.Body[0]))
	}
}

// An older page: a small bold capitals head, decks between short rules,
// narrow columns with column rules, an article running on from the foot
// of one column to the top of the next.
func TestDeckChainAndContinuation(t *testing.T) {
	b := newPage()
	b.p.Width, b.p.Height = 300, 400
	b.rule(20, 20, 280, 21)
	b.rule(108, 30, 109, 390)
	// Column 1: two articles; the second runs on into column 2.
	b.line("FIRST HEAD HERE", 20, 32, 100, 6, true, "Bold")
	b.rule(50, 40, 70, 40.5)
	b.line("A CAPITALS DECK", 30, 42, 90, 8, false, "Roman")
	b.rule(50, 52, 70, 52.5)
	for i := 0; i < 10; i++ {
		b.line(fmt.Sprintf("first body line %d", i), 20, 56+float64(i)*10, 100, 8, false, "Roman")
	}
	b.rule(45, 160, 75, 161)
	b.line("SECOND HEAD", 20, 164, 100, 6, true, "Bold")
	b.rule(50, 172, 70, 172.5)
	b.line("Its summary sentence,", 25, 175, 95, 8, false, "Roman")
	b.line("set centred.", 40, 185, 80, 8, false, "Roman")
	b.rule(50, 196, 70, 196.5)
	for i := 0; i < 18; i++ {
		b.line(fmt.Sprintf("second body line %d", i), 20, 200+float64(i)*10, 100, 8, false, "Roman")
	}
	// Column 2 starts with the rest of the second article.
	for i := 0; i < 6; i++ {
		b.line(fmt.Sprintf("second runs on %d", i), 116, 32+float64(i)*10, 196, 8, false, "Roman")
	}
	b.rule(140, 95, 170, 96)
	b.line("THIRD HEAD", 116, 100, 196, 6, true, "Bold")
	for i := 0; i < 10; i++ {
		b.line(fmt.Sprintf("third body line %d", i), 116, 110+float64(i)*10, 196, 8, false, "Roman")
	}
	l := Segment(&b.p)
	if len(l.Articles) != 3 {
		for _, a := range l.Articles {
			t.Logf("%q %d flows", texts(a.Headline), len(a.Body))
		}
		t.Fatalf("got %d articles, want 3", len(l.Articles))
	}
	byHead := map[string]segment.Article{}
	for _, a := range l.Articles {
		byHead[texts(a.Headline)] = a
	}
	first, second, third := byHead["FIRST HEAD HERE"], byHead["SECOND HEAD"], byHead["THIRD HEAD"]
	if len(first.Decks) != 1 || texts(first.Decks[0]) != "A CAPITALS DECK" {
		t.Errorf("first decks %v", first.Decks)
	}
	if len(second.Decks) != 1 || texts(second.Decks[0]) != "Its summary sentence,|set centred." {
		t.Errorf("second decks %v", second.Decks)
	}
	if len(second.Body) != 2 || !strings.HasPrefix(flowText(second.Body[1]), "second runs on 0") {
		t.Errorf("second article does not run on into column 2: %d flows", len(second.Body))
	}
	if len(third.Body) != 1 || len(third.Body[0].Lines) != 10 {
		t.Errorf("third body %+v", third.Body)
	}
	for _, f := range first.Body {
		if strings.Contains(flowText(f), "DECK") {
			t.Errorf("deck left in the body")
		}
	}
}

func TestCaptionCreditOnItsOwnLine(t *testing.T) {
	b := newPage()
	b.line("图片新闻的标题", 50, 40, 250, 22, true, "Hei")
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 50, Y0: 70, X1: 330, Y1: 200}})
	b.line("10月9日，世园会落下帷幕。", 50, 204, 200, 9, false, "Kai")
	b.line("（本报记者 叶知秋摄）", 230, 216, 330, 9, false, "Song")
	b.column("甲", 6, 50, 234, 190)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 1 || texts(a.Captions[0]) != "10月9日，世园会落下帷幕。|（本报记者 叶知秋摄）" {
		t.Fatalf("captions %v", a.Captions)
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "叶知秋" || a.Authors[0].Role != segment.Photographer {
		t.Errorf("authors %v", a.Authors)
	}
	for _, f := range a.Body {
		if strings.Contains(flowText(f), "摄") {
			t.Errorf("credit left in the body")
		}
	}
}

// Two heads side by side that the source read as one line are cut apart
// at the gutter of the columns below them; a letter-spaced head is not.
func TestHeadsRunTogetherAreSplitAtTheGutter(t *testing.T) {
	b := newPage()
	r := page.Rect{X0: 50, Y0: 40, X1: 330, Y1: 58}
	b.p.Lines = append(b.p.Lines, page.Line{Text: "左边文章标题 右边文章标题", Box: &r, Size: 18, Bold: true, Font: "Hei", Words: []page.Word{
		{Text: "左边文章标题", Box: page.Rect{X0: 50, Y0: 40, X1: 158, Y1: 58}},
		{Text: "右边文章标题", Box: page.Rect{X0: 210, Y0: 40, X1: 318, Y1: 58}},
	}})
	b.column("甲", 8, 50, 66, 190)
	b.column("乙", 8, 210, 66, 350)
	l := Segment(&b.p)
	if len(l.Articles) != 2 || texts(l.Articles[0].Headline) != "左边文章标题" || texts(l.Articles[1].Headline) != "右边文章标题" {
		for _, a := range l.Articles {
			t.Logf("%q", texts(a.Headline))
		}
		t.Fatalf("got %d articles", len(l.Articles))
	}

	b = newPage()
	r = page.Rect{X0: 50, Y0: 40, X1: 330, Y1: 58}
	var words []page.Word
	for i, c := range []string{"高", "科", "技"} {
		x := 50 + float64(i)*36
		words = append(words, page.Word{Text: c, Box: page.Rect{X0: x, Y0: 40, X1: x + 18, Y1: 58}})
	}
	b.p.Lines = append(b.p.Lines, page.Line{Text: "高 科 技", Box: &r, Size: 18, Bold: true, Font: "Hei", Words: words})
	b.column("甲", 8, 50, 66, 190)
	b.column("乙", 8, 210, 66, 350)
	l = Segment(&b.p)
	if len(l.Articles) != 1 || texts(l.Articles[0].Headline) != "高 科 技" || len(l.Articles[0].Body) != 2 {
		t.Errorf("letter-spaced head: %d articles", len(l.Articles))
	}
}

// Random pages of lines, rules, boxes and pictures must segment without
// panicking, and every line must end up somewhere at most once.
func TestRandomPagesDoNotPanic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{"本报记者 林岚", "编者按：说明", "正文文字正文文字", "By JOHN SMITH", "（本报记者 魏哲哲）", "社 会", "PHOTO: JANE DOE", "a", ""}
	for n := 0; n < 200; n++ {
		p := page.Page{Number: 1, Width: 600, Height: 800, Method: page.MethodPDFText}
		if n%3 == 0 {
			p.Method = page.MethodOCR
		}
		for i := rng.IntN(80); i > 0; i-- {
			x, y := rng.Float64()*600, rng.Float64()*800
			r := page.Rect{X0: x, Y0: y, X1: x + rng.Float64()*200, Y1: y + rng.Float64()*30}
			l := page.Line{Text: texts[rng.IntN(len(texts))], Box: &r, Size: rng.Float64() * 30, Bold: rng.IntN(2) == 0}
			if rng.IntN(4) == 0 {
				l.RunIn = rng.IntN(len(l.Text) + 1)
				l.Words = []page.Word{{Text: l.Text, Box: r}, {Text: "x", Box: page.Rect{X0: r.X1 + 20, Y0: r.Y0, X1: r.X1 + 30, Y1: r.Y1}}}
			}
			p.Lines = append(p.Lines, l)
		}
		for i := rng.IntN(6); i > 0; i-- {
			x, y := rng.Float64()*600, rng.Float64()*800
			p.Rules = append(p.Rules, page.Rule{Box: page.Rect{X0: x, Y0: y, X1: x + rng.Float64()*300, Y1: y + rng.Float64()*3}})
			p.Rules = append(p.Rules, page.Rule{Box: page.Rect{X0: x, Y0: y, X1: x + 1, Y1: y + rng.Float64()*300}})
			p.Boxes = append(p.Boxes, page.RectShape{Box: page.Rect{X0: x, Y0: y, X1: x + rng.Float64()*200, Y1: y + rng.Float64()*200}, Filled: rng.IntN(2) == 0})
			p.Images = append(p.Images, page.Image{Box: page.Rect{X0: y / 2, Y0: x, X1: y/2 + 100, Y1: x + 80}})
		}
		in := 0
		for _, l := range p.Lines {
			in += runes(l.Text)
		}
		l := Segment(&p)
		seen := 0
		for _, a := range l.Articles {
			if a.BBox == nil || a.Confidence <= 0 || a.Confidence > 1 {
				t.Fatalf("page %d: article without bbox or with confidence %v", n, a.Confidence)
			}
			for _, b := range a.Blocks {
				for _, l := range b.Lines {
					seen += runes(l.Text)
				}
			}
		}
		for _, b := range l.Blocks {
			for _, l := range b.Lines {
				seen += runes(l.Text)
			}
		}
		// Text is never placed twice (a cut credit may be placed not at all).
		if seen > in {
			t.Fatalf("page %d: %d characters in, %d placed", n, in, seen)
		}
	}
}

// A note framed by four separate rules (as a scan's rule detector reports
// it) is a box too.
func TestNoteFramedByRules(t *testing.T) {
	b := newPage()
	b.line("正文文章标题", 50, 40, 300, 22, true, "Hei")
	b.column("甲", 20, 50, 70, 180)
	b.column("乙", 8, 200, 70, 330)
	b.rule(195, 190, 335, 191).rule(195, 299, 335, 300).rule(195, 190, 196, 300).rule(334, 190, 335, 300)
	b.line("编者按：这是一段编者的话", 220, 200, 330, 10, false, "Kai")
	for i := 0; i < 5; i++ {
		b.line("编者的话继续写下去", 200, 214+float64(i)*14, 330, 10, false, "Kai")
	}
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	for _, a := range l.Articles {
		if len(a.Headline) == 0 && (len(a.Body) != 1 || len(a.Body[0].Lines) != 6) {
			t.Errorf("note body %+v", a.Body)
		}
	}
}
