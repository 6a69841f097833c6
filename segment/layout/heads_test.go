package layout

import (
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// OCR returns a big head in two pieces on one baseline (a glyph between
// them misread), and the scan's rule finder reports a long stroke of the
// type as a column rule. The head is one line of one article.
func TestHeadPiecesOnOneBaselineJoin(t *testing.T) {
	for _, deg := range []float64{0, 0.8} {
		b := newScan(deg)
		b.line("2019年10月21日 星期一", 150, 150, 38, 38)
		b.rule(150, 215, 2330, 6)
		b.line("携手守护母亲河", 150, 300, 100, 100)
		b.line("合力前行", 900, 300, 100, 78) // OCR sized the short piece smaller
		// A vertical stroke of the first piece's type, taken for a rule.
		b.p.Rules = append(b.p.Rules, page.Rule{Box: b.tilted(page.Rect{X0: 560, Y0: 305, X1: 568, Y1: 395})})
		b.column("甲", 12, 150, 450)
		b.column("乙", 12, 700, 450)
		l := Segment(&b.p)
		if len(l.Articles) != 1 {
			for _, a := range l.Articles {
				t.Logf("%q", texts(a.Headline))
			}
			t.Fatalf("%v°: got %d articles, want 1", deg, len(l.Articles))
		}
		if got := texts(l.Articles[0].Headline); got != "携手守护母亲河合力前行" {
			t.Errorf("%v°: headline %q", deg, got)
		}
		if n := len(l.Articles[0].Body); n != 2 {
			t.Errorf("%v°: %d flows, want 2", deg, n)
		}
	}
}

// A kicker a little larger than body text, cut by OCR into three pieces
// with narrow gaps, stays one kicker line over its headline.
func TestKickerPiecesJoin(t *testing.T) {
	b := datedScan()
	b.line("靠科技", 150, 300, 45, 45)
	b.line("手段攻关", 307, 300, 45, 45)
	b.line("研制新型节能材料", 510, 300, 45, 45)
	// OCR reads such lines in words of a few characters.
	for i := range b.p.Lines[1:] {
		pairWords(&b.p.Lines[1+i])
	}
	b.line("走创新之路建绿色工厂", 150, 370, 100, 100)
	a := columnsArticle(t, b, 520)
	if got := texts(a.Kicker); got != "靠科技手段攻关研制新型节能材料" {
		t.Errorf("kicker %q", got)
	}
	if got := texts(a.Headline); got != "走创新之路建绿色工厂" {
		t.Errorf("headline %q", got)
	}
}

// Body lines of neighbouring columns sit on one baseline a gutter apart:
// they are never joined as head pieces, and heads of two articles a
// column rule apart stay two.
func TestHeadPiecesKeepColumnsApart(t *testing.T) {
	body := 35.0
	line := func(x0, x1, y, size float64) page.Line {
		r := page.Rect{X0: x0, Y0: y, X1: x1, Y1: y + size}
		return page.Line{Text: "文文文文文文文文文文", Box: &r, Size: size}
	}
	got := joinHeadPieces([]page.Line{line(150, 640, 500, body), line(700, 1190, 500, body)}, body, nil)
	if len(got) != 2 {
		t.Errorf("body lines joined: %d lines", len(got))
	}
	rule := []page.Rect{{X0: 665, Y0: 280, X1: 670, Y1: 1500}}
	got = joinHeadPieces([]page.Line{line(150, 640, 300, 90), line(700, 1600, 300, 90)}, body, rule)
	if len(got) != 2 {
		t.Errorf("heads across a column rule joined: %d lines", len(got))
	}
	got = joinHeadPieces([]page.Line{line(150, 640, 300, 90), line(700, 1190, 300, 90)}, body, nil)
	if len(got) != 1 {
		t.Errorf("head pieces not joined: %d lines", len(got))
	}
}

// steady sets n body lines of 14 characters from y0 whose OCR sizes are
// all right, so that the body size is certain.
func steady(b *scanBuilder, prefix string, n int, x0, y0 float64) {
	for i := 0; i < n; i++ {
		b.line(prefix+strings.Repeat("文", 13), x0, y0+float64(i)*50, 35, 35)
	}
}

// columnsArticle sets two steady columns (甲, 乙) from y under what the
// test put on the scan, segments the page and returns its one article.
func columnsArticle(t *testing.T, b *scanBuilder, y float64) segment.Article {
	t.Helper()
	steady(b, "甲", 12, 150, y)
	steady(b, "乙", 12, 700, y)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	return l.Articles[0]
}

// pairWords merges the one-character words of l two by two.
func pairWords(l *page.Line) {
	var ws []page.Word
	for i := 0; i < len(l.Words); i += 2 {
		w := l.Words[i]
		if i+1 < len(l.Words) {
			w.Text += l.Words[i+1].Text
			w.Box = w.Box.Union(l.Words[i+1].Box)
		}
		ws = append(ws, w)
	}
	l.Words = ws
}

// A rule under a head stack decorates it even when OCR lost the credit
// line between them, or misread it so that it no longer parses: the
// columns under the rule still belong to the head.
func TestRuleUnderHeadWithLostCredit(t *testing.T) {
	for _, credit := range []string{"", "本报记者王小明赵大勇"} {
		b := datedScan()
		b.line("携手守护母亲河", 150, 300, 100, 100)
		if credit != "" {
			b.line(credit, 150, 420, 35, 35)
		}
		b.rule(150, 490, 2330, 6)
		steady(b, "甲", 12, 150, 540)
		steady(b, "乙", 12, 700, 540)
		l := Segment(&b.p)
		if len(l.Articles) != 1 {
			t.Fatalf("credit %q: %d articles, want 1", credit, len(l.Articles))
		}
		got := flowStarts(l.Articles[0].Body)
		if !strings.HasSuffix(got, "甲乙") {
			t.Errorf("credit %q: flows start %q, want the two columns", credit, got)
		}
		if len(l.Blocks) != 1 {
			t.Errorf("credit %q: %d blocks, want only the page header", credit, len(l.Blocks))
		}
	}
}

// checkLowerHead checks a page of an upper article and a lower one headed
// head, whose body is one flow of the column 丙.
func checkLowerHead(t *testing.T, l segment.Layout, head string) {
	t.Helper()
	var heads []string
	for _, a := range l.Articles {
		heads = append(heads, texts(a.Headline))
	}
	if len(l.Articles) != 2 || heads[1] != head {
		t.Fatalf("heads %q, want the upper article's and %s", heads, head)
	}
	if a := l.Articles[1]; len(a.Body) != 1 || firstRune(a.Body[0]) != "丙" {
		t.Errorf("lower article body %d flows", len(a.Body))
	}
}

// A head over its column under a one-line kicker barely larger than body
// text: neither a body line OCR sized up nor a crosshead, but the head of
// an article, even right under another article's columns.
func TestHeadUnderSmallKicker(t *testing.T) {
	b := datedScan()
	b.line("上方文章的标题", 150, 300, 90, 90)
	steady(b, "甲", 8, 150, 420)
	steady(b, "乙", 8, 700, 420)
	b.line("名家随笔", 700, 830, 42, 42)
	b.line("理性看待当下市场变化", 700, 885, 54, 54)
	steady(b, "丙", 8, 700, 960)
	checkLowerHead(t, Segment(&b.p), "理性看待当下市场变化")
}

// On a scan, a deck OCR sized like body text is still set wider than it:
// it is the deck of the head above.
func TestScanDeckAndWideLine(t *testing.T) {
	b := datedScan()
	b.line("企业五百强榜单公布", 150, 300, 90, 90)
	b.line("本地小企业迈向全国前列", 150, 400, 45, 36) // wider set, body-sized by OCR
	b.line("这一行文字横跨两栏而不属于任何一栏的版面之中", 160, 480, 35, 35)
	steady(b, "甲", 10, 150, 570)
	steady(b, "乙", 10, 700, 565)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Decks) != 1 || texts(a.Decks[0]) != "本地小企业迈向全国前列" {
		t.Errorf("headline %q decks %v", texts(a.Headline), a.Decks)
	}
}

// A block OCR ran across two columns does not make the column it joins
// swallow the next one: the columns are read one after the other.
func TestFlowsKeepColumnsApartOfWideBlock(t *testing.T) {
	s := &state{ocr: true, body: 35, sizeTol: 0.2}
	block := func(prefix string, n int, x0, y0, width float64) {
		b := block{inBox: -1, art: -1, img: -1}
		for i := 0; i < n; i++ {
			r := page.Rect{X0: x0, Y0: y0 + float64(i)*50, X1: x0 + width, Y1: y0 + float64(i)*50 + 35}
			b.lines = append(b.lines, page.Line{Text: prefix + strings.Repeat("文", 13), Box: &r, Size: 35})
		}
		b.measure()
		s.blocks = append(s.blocks, b)
	}
	block("甲", 10, 150, 570, 490)
	block("这", 1, 160, 480, 980) // after 甲 by its left edge
	block("乙", 10, 700, 565, 490)
	s.colWidth = s.columnWidth()
	flows, _ := s.flows([]int{0, 1, 2})
	got := flowStarts(flows)
	if got != "这甲乙" {
		t.Errorf("flows start %q, want 这甲乙", got)
	}
}

// A rule under a head, a deck OCR sized like body text and a credit OCR
// garbled: the rule still decorates the head, whose OCR box reaches into
// the deck's.
func TestRuleUnderHeadDeckAndGarbledCredit(t *testing.T) {
	b := datedScan()
	b.line("本市教育界", 150, 300, 100, 100)
	b.line("居民都应遵守规定", 150, 395, 36, 36)
	b.line("本报记者王小明陈静", 150, 450, 38, 38)
	b.rule(150, 510, 1200, 5)
	steady(b, "甲", 10, 150, 550)
	steady(b, "乙", 10, 700, 550)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	got := flowStarts(l.Articles[0].Body)
	if !strings.HasSuffix(got, "甲乙") {
		t.Errorf("flows start %q, want the columns", got)
	}
}

// On a bitonal scan OCR may measure the broken strokes of a head, not its
// glyphs, and size it below body text; its characters' boxes and pitch
// still show a head, which must not run into the article above it.
func TestHeadSizedSmallOnBrokenType(t *testing.T) {
	b := datedScan()
	b.line("上方文章的标题", 150, 300, 90, 90)
	steady(b, "甲", 12, 150, 420)
	steady(b, "乙", 6, 700, 420)
	b.line("年会在沪闭幕", 700, 740, 55, 20)
	b.line("甲乙丙丁戊", 700, 805, 55, 28)
	steady(b, "丙", 5, 700, 890)
	checkLowerHead(t, Segment(&b.p), "年会在沪闭幕|甲乙丙丁戊")
}

// A scan: under an article, white, then a kicker at body size (cut in two
// by OCR) set tight over the next head. OCR gives no weight to tell it by;
// its place does. It is the lower article's kicker, not body text.
func TestScanBodySizeKickerOverHead(t *testing.T) {
	b := datedScan()
	b.line("加快建设城乡公交网", 150, 260, 90, 90)
	steady(b, "甲", 6, 150, 380)
	b.line("多地举办", 150, 760, 35, 35)
	b.line("植树造林活动", 150+4*35+20, 760, 35, 35)
	b.line("春风送暖万物复苏", 150, 810, 80, 80)
	steady(b, "乙", 6, 150, 910)
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(l.Articles))
	}
	low := l.Articles[1]
	if texts(low.Headline) != "春风送暖万物复苏" || strings.ReplaceAll(texts(low.Kicker), "|", "") != "多地举办植树造林活动" {
		t.Errorf("head %q kicker %q", texts(low.Headline), texts(low.Kicker))
	}
	for _, a := range l.Articles {
		for _, f := range a.Body {
			if r := firstRune(f); r != "甲" && r != "乙" {
				t.Errorf("%s: body flow %q", texts(a.Headline), flowText(f))
			}
		}
	}
}

// A Chinese deck opens with a dash, which OCR reads as "一一", set a size
// smaller than its headline but within the tolerance of OCR's sizes: the
// dash and the smaller pitch make it the deck.
func TestScanDashDeckUnderHead(t *testing.T) {
	b := datedScan()
	b.line("乘风破浪扬帆远航", 150, 300, 70, 70)
	b.line("一一这是一行副题说明文章内容", 150, 390, 57, 57)
	a := columnsArticle(t, b, 500)
	if got := texts(a.Headline); got != "乘风破浪扬帆远航" {
		t.Errorf("headline %q", got)
	}
	if len(a.Decks) != 1 || texts(a.Decks[0]) != "一一这是一行副题说明文章内容" {
		t.Errorf("decks %v", a.Decks)
	}
}

// A brief under the end of a column of the article above: its kicker
// wraps to a line of one character, which OCR sizes between the kicker
// and the bold headline under it, as wide as the column. The headline
// still heads an article of its own, with the text under it. (The
// kicker, at about body size, stays with the text above.)
func TestBriefHeadUnderColumnEnd(t *testing.T) {
	b := datedScan()
	b.line("上面文章的大标题", 150, 300, 80, 80)
	steady(b, "甲", 20, 150, 430)
	steady(b, "乙", 6, 700, 430)
	b.line("新中国的第一个文化史", 700, 800, 47, 37) // letter-spaced
	b.line("篇", 700, 850, 42, 42)
	b.line("第三次全县古树普查", 700, 897, 47, 47)
	b.p.Lines[len(b.p.Lines)-1].Bold = true
	steady(b, "丙", 8, 700, 960)
	l := Segment(&b.p)
	got := articleStarts(l)
	if len(got) != 2 || !strings.HasPrefix(got[0], "上面文章的大标题:甲乙") || got[1] != "第三次全县古树普查:丙" {
		t.Errorf("articles %q, want the brief's headline over its own text", got)
	}
}
