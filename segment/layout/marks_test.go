package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// The □ before a credit comes out of OCR as 回 or 口, or its left side
// as "[". The credit is still
// a byline, so the rule under it decorates the head instead of closing
// the article, and the columns below belong to it.
func TestBoxMarkBeforeCredit(t *testing.T) {
	for _, mark := range []string{"回", "口", "["} {
		b := datedScan()
		b.line("携手同行硕果累累", 150, 300, 100, 100)
		b.line(mark+"本报记者 林思远", 150, 420, 35, 35)
		b.rule(150, 475, 2330, 4)
		steady(b, "甲", 12, 150, 520)
		steady(b, "乙", 12, 700, 520)
		l := Segment(&b.p)
		if len(l.Articles) != 1 {
			t.Fatalf("%s: got %d articles, want 1", mark, len(l.Articles))
		}
		a := l.Articles[0]
		if a.Byline != "本报记者 林思远" || len(a.Authors) != 1 || a.Authors[0].Name != "林思远" {
			t.Errorf("%s: byline %q authors %+v", mark, a.Byline, a.Authors)
		}
		if len(a.Body) != 2 {
			t.Errorf("%s: %d flows, want 2", mark, len(a.Body))
		}
	}
	// The OCR's other readings of the glyph go with it: □ is not in doubt.
	l := page.Line{Text: "回本报记者 林思远", Words: []page.Word{
		{Text: "回", Confidence: 0.6, Alternatives: []page.Alternative{{Text: "口", Confidence: 0.5}}},
		{Text: "本报记者", Confidence: 0.9}, {Text: "林思远", Confidence: 0.9}}}
	if got := boxMark(l); got.Text != "□本报记者 林思远" || got.Words[0].Text != "□" || got.Words[0].Alternatives != nil {
		t.Errorf("boxMark: %q, first word %+v", got.Text, got.Words[0])
	}
	if l.Words[0].Text != "回" || len(l.Words[0].Alternatives) != 1 {
		t.Errorf("boxMark changed the page's word: %+v", l.Words[0])
	}
	// A body line that merely starts with 日 keeps it.
	r := page.Rect{X0: 0, Y0: 0, X1: 200, Y1: 35}
	if got := boxMark(page.Line{Text: "日本报纸", Box: &r}).Text; got != "日本报纸" {
		t.Errorf("boxMark changed %q", got)
	}
	// Nor does a bracket that opens text other than a credit.
	if got := boxMark(page.Line{Text: "[编者按]本报今起推出", Box: &r}).Text; got != "[编者按]本报今起推出" {
		t.Errorf("boxMark changed %q", got)
	}
}

// A head shorter than its article's columns, under another article: the
// OCR boxes of the first lines under it reach up into its band, but only
// text level with the head bounds its span, so all three columns under it
// belong to it and not to the article above.
func TestHeadSpanIgnoresTextBelowIt(t *testing.T) {
	b := datedScan()
	b.line("上方文章的标题", 150, 300, 90, 90)
	for i, p := range []string{"甲", "乙", "丙"} {
		steady(b, p, 6, 150+float64(i)*550, 420)
	}
	b.line("书写新篇章", 150, 760, 90, 90)
	for i, p := range []string{"丁", "戊", "己"} {
		steady(b, p, 10, 150+float64(i)*550, 855)
	}
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	for i, want := range []string{"甲乙丙", "丁戊己"} {
		got := flowStarts(l.Articles[i].Body)
		if got != want {
			t.Errorf("article %d flows start %q, want %q", i, got, want)
		}
	}
}

// OCR reads the □ before a credit as other characters too (narrow ones
// for a side of it), and a wide space after the credit word, or between
// its names, as a quote mark; a line that is a credit without them is
// cleaned, a body line is left alone.
func TestCreditLineRepairs(t *testing.T) {
	r := page.Rect{X0: 0, Y0: 0, X1: 300, Y1: 35}
	for _, c := range []struct{ in, want string }{
		{"加本报记者唐越", "□本报记者唐越"},
		{"加本报记者说，今年以来", "加本报记者说，今年以来"},
		{"本报记者”万备超", "本报记者\u3000万备超"},
		{"本报讯”记者吴磊报道：10月15日，", "本报讯\u3000记者吴磊报道：10月15日，"},
		{"本报记者”林一帆”王小明", "本报记者\u3000林一帆\u3000王小明"},
		{"本报讯”记者吴磊报道：“一带一路”", "本报讯\u3000记者吴磊报道：“一带一路”"},
		{"]本报记者陈小川", "□本报记者陈小川"},
		{"j本报记者陈小川", "□本报记者陈小川"},
		{"1本报记者说，今年以来", "1本报记者说，今年以来"},
		{"记者”这个称呼，", "记者”这个称呼，"},
		{"《本报记者周明)", "(本报记者周明)"},
		{"《本报记者 周明》", "《本报记者 周明》"},
		{"〈本报记者周明）", "（本报记者周明）"},
		{"（本报记者周明》", "（本报记者周明）"},
		{"《本报记者周明》", "《本报记者周明》"},
		{"《论语》的启示", "《论语》的启示"},
	} {
		l := page.Line{Text: c.in, Box: &r, Words: []page.Word{{Text: c.in, Box: r}}}
		got := openBracket(strayQuote(boxMark(l)))
		if got.Text != c.want || got.Words[0].Text != c.want {
			t.Errorf("%q: got %q (word %q), want %q", c.in, got.Text, got.Words[0].Text, c.want)
		}
	}
}

// A credit whose head OCR lost is not given to a head far below it.
func TestCreditFarAboveHeadIsNotItsCredit(t *testing.T) {
	b := datedScan()
	b.line("记者陈静通讯员王强", 150, 300, 35, 35)
	steady(b, "甲", 10, 150, 420)
	b.line("建设人人喜欢的阅读空间", 150, 1000, 90, 90)
	b.line("本报记者方晓雯", 150, 1110, 35, 35)
	steady(b, "乙", 10, 150, 1170)
	l := Segment(&b.p)
	for _, a := range l.Articles {
		if texts(a.Headline) != "建设人人喜欢的阅读空间" {
			continue
		}
		if len(a.Authors) != 1 || a.Authors[0].Name != "方晓雯" {
			t.Errorf("authors %+v, want only 方晓雯", a.Authors)
		}
		return
	}
	t.Fatal("no article under the head")
}

// OCR's CJK text has no spaces; the printed space of a credit line, a gap
// as wide as a glyph between its words, is put back.
func TestSpaceCredit(t *testing.T) {
	// line sets words 30 high: 30 wide per character, 5 apart, 35 apart
	// before the words in wide.
	line := func(wide map[int]bool, ws ...string) page.Line {
		l := page.Line{Text: strings.Join(ws, "")}
		x := 0.0
		for i, w := range ws {
			if wide[i] {
				x += 30
			}
			n := float64(len([]rune(w)))
			l.Words = append(l.Words, page.Word{Text: w, Box: page.Rect{X0: x, Y0: 0, X1: x + 30*n, Y1: 30}})
			x += 30*n + 5
		}
		l.Box = &page.Rect{X0: 0, Y0: 0, X1: x, Y1: 30}
		return l
	}
	for _, c := range []struct {
		l    page.Line
		want string
	}{
		{line(map[int]bool{2: true}, "本报", "记者", "李", "小", "红"), "本报记者 李小红"},
		{line(map[int]bool{1: true, 2: true, 3: true}, "记者", "周明", "通讯员", "韩雪"), "记者 周明 通讯员 韩雪"},
		{line(map[int]bool{2: true, 4: true}, "（本报", "记者", "王", "小明", "）"), "（本报记者 王小明 ）"},
		// A wide gap that would cut a name is no space.
		{line(map[int]bool{2: true, 3: true}, "本报", "记者", "王", "小明"), "本报记者王小明"},
		// Only credits.
		{line(map[int]bool{2: true}, "今天", "上午", "市图书馆"), "今天上午市图书馆"},
	} {
		if got := spaceCredit(c.l).Text; got != c.want {
			t.Errorf("%q: got %q, want %q", c.l.Text, got, c.want)
		}
	}
}

// A credit's closing bracket read as a brace is restored; other lines
// ending in one are left alone.
func TestCloseBracket(t *testing.T) {
	r := page.Rect{X0: 0, Y0: 0, X1: 300, Y1: 35}
	// The OCR's other readings of the word ("王小明]") were of the brace.
	l := page.Line{Text: "(本报记者王小明}", Box: &r, Words: []page.Word{{Text: "(本报记者"},
		{Text: "王小明}", Alternatives: []page.Alternative{{Text: "王小明]", Confidence: 0.5}}}}}
	got := openBracket(l)
	if got.Text != "(本报记者王小明)" || got.Words[1].Text != "王小明)" || got.Words[1].Alternatives != nil {
		t.Errorf("got %q, words %+v", got.Text, got.Words)
	}
	if l.Words[1].Text != "王小明}" || len(l.Words[1].Alternatives) != 1 {
		t.Errorf("the input's words were changed")
	}
	for _, text := range []string{"(见第二版}", "本报记者王小明}"} {
		if got := openBracket(page.Line{Text: text, Box: &r}).Text; got != text {
			t.Errorf("%q became %q", text, got)
		}
	}
}

// An exclamation mark after a letter in an English credit is the l or I
// OCR mistook for it.
func TestBangInCredit(t *testing.T) {
	s := &state{ocr: true}
	if _, authors, ok := s.parseByline("By Samue! Porter, Staff Writer"); !ok || len(authors) != 1 || authors[0].Name != "Samuel Porter" {
		t.Errorf("got %+v, %v", authors, ok)
	}
	if _, authors, ok := s.parseByline("By JOHN SM!TH"); !ok || len(authors) != 1 || authors[0].Name != "John Smith" {
		t.Errorf("got %+v, %v", authors, ok)
	}
	if _, _, ok := s.parseByline("By far the best!"); ok {
		t.Errorf("a sentence read as a credit")
	}
}

// The dash that opens the second line of a head ("——江心大桥开通") comes
// from a scan's rule finder as a rule, not as text: it is put back at the
// start of the line.
func TestDashReadAsRule(t *testing.T) {
	b := datedScan()
	b.line("本省跨度最大的斜拉桥", 150, 300, 60, 60)
	b.line("江心大桥今日开通", 285, 370, 60, 60)
	b.rule(153, 398, 275, 5)
	a := columnsArticle(t, b, 470)
	if got := texts(a.Headline); got != "本省跨度最大的斜拉桥|——江心大桥今日开通" {
		t.Errorf("headline %q", got)
	}
	if got := flowStarts(a.Body); got != "甲乙" {
		t.Errorf("flows start %q, want 甲乙", got)
	}
}
