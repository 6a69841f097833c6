package ocr

import (
	"strings"
	"testing"

	"newsprint/page"
)

func words(boxes []page.Rect, texts ...string) []hWord {
	var ws []hWord
	for i, t := range texts {
		ws = append(ws, hWord{box: boxes[i], conf: 0.9, text: t})
	}
	return ws
}

// row returns n word boxes of width w along y 0..50, starting at x with gap g.
func row(x, w, g float64, n int) []page.Rect {
	var rs []page.Rect
	for i := 0; i < n; i++ {
		rs = append(rs, page.Rect{X0: x, Y0: 0, X1: x + w, Y1: 50})
		x += w + g
	}
	return rs
}

func TestJoinWords(t *testing.T) {
	cases := []struct {
		words []string
		want  string
	}{
		{[]string{"中国", "的", "发展", "，", "2019", "年"}, "中国的发展，2019年"},
		{[]string{"The", "bridge", "reopened."}, "The bridge reopened."},
		{[]string{"“", "文艺", "”", "5G", "网络"}, "“文艺”5G网络"},
		{[]string{"使用", "Linux", "系统"}, "使用Linux系统"},
		{[]string{"New", "York", "—", "纽约"}, "New York—纽约"},
		// Marks both scripts use side with the letters beyond them.
		{[]string{"plan", "‘hides", "costs’"}, "plan ‘hides costs’"},
		{[]string{"他", "说", "：", "“", "好", "”", "。"}, "他说：“好”。"},
		{[]string{"说", "“NBA”", "赛事"}, "说“NBA”赛事"},
		{[]string{"—", "—"}, "——"},
		{[]string{"cut", "—"}, "cut—"},
	}
	for _, c := range cases {
		got := joinWords(words(row(0, 40, 10, len(c.words)), c.words...))
		if got != c.want {
			t.Errorf("joinWords(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}

func TestSplitWide(t *testing.T) {
	// Two words, a gutter of three line heights, two more words.
	boxes := append(row(0, 40, 10, 2), row(90+150, 40, 10, 2)...)
	l := hLine{box: page.Rect{X0: 0, Y0: 0, X1: 330, Y1: 50}, words: words(boxes, "一", "二", "三", "四")}
	parts := splitWide(l)
	if len(parts) != 2 || joinWords(parts[0].words) != "一二" || joinWords(parts[1].words) != "三四" {
		t.Fatalf("parts = %+v", parts)
	}
	if parts[1].box.X0 != 240 || parts[0].box.X1 != 90 {
		t.Errorf("boxes %v %v", parts[0].box, parts[1].box)
	}
	// Ordinary word spacing stays one line.
	l.words = words(row(0, 40, 30, 4), "a", "b", "c", "d")
	if n := len(splitWide(l)); n != 1 {
		t.Errorf("split into %d at normal spacing", n)
	}
}

const sampleHOCR = `<div class='ocr_page' id='page_1' title='image ""; bbox 0 0 1000 400; ppageno 0'>
 <div class='ocr_carea' id='block_1_1' title="bbox 10 10 600 120">
  <p class='ocr_par' id='par_1_1' lang='chi_sim' title="bbox 10 10 600 120">
   <span class='ocr_line' id='line_1_1' title="bbox 10 10 300 60; baseline 0 -5; x_size 48; x_descenders 6; x_ascenders 12">
    <span class='ocrx_word' id='word_1_1' title='bbox 10 12 100 60; x_wconf 96'>文艺</span>
    <span class='ocrx_word' id='word_1_2' title='bbox 110 12 150 60; x_wconf 90'>&amp;</span>
    <span class='ocrx_word' id='word_1_3' title='bbox 160 12 300 60; x_wconf 80'><strong>发展</strong></span>
   </span>
   <span class='ocr_caption' id='line_1_2' title="bbox 10 70 600 120; baseline 0 -5; x_size 30; x_descenders 6; x_ascenders 8">
    <span class='ocrx_word' id='word_1_4' title='bbox 10 70 200 120; x_wconf 70'>Photo:</span>
    <span class='ocrx_word' id='word_1_5' title='bbox 220 70 600 120; x_wconf 50'>&lt;Li&gt;</span>
   </span>
  </p>
 </div>
</div>
`

func TestParseHOCR(t *testing.T) {
	hp, err := parseHOCR(strings.NewReader(sampleHOCR))
	if err != nil {
		t.Fatal(err)
	}
	got := toPage(hp.lines, 0.5)
	if len(got) != 2 {
		t.Fatalf("%d lines", len(got))
	}
	l := got[0]
	if l.Text != "文艺&发展" || len(l.Words) != 3 || l.Words[1].Text != "&" {
		t.Errorf("line 0 = %q %+v", l.Text, l.Words)
	}
	if *l.Box != (page.Rect{X0: 5, Y0: 6, X1: 150, Y1: 30}) || l.Size != 24 {
		t.Errorf("line 0 box %v size %v (scaled by 0.5)", *l.Box, l.Size)
	}
	if c := l.Conf; c < 0.886 || c > 0.887 {
		t.Errorf("conf %v, want mean 0.8867", c)
	}
	if l.Bold {
		t.Error("one bold word of three made the line bold")
	}
	if got[1].Text != "Photo: <Li>" || got[1].Words[1].Confidence != 0.5 {
		t.Errorf("line 1 = %q %+v", got[1].Text, got[1].Words)
	}
	if _, err := parseHOCR(strings.NewReader("<div><span class='ocr_line'")); err == nil {
		t.Error("truncated hOCR: no error")
	}
}

const layoutHOCR = `<div class='ocr_page' id='page_1' title='bbox 0 0 2000 1000'>
 <div class='ocr_photo' id='block_1_1' title="bbox 1000 0 2000 600"></div>
 <div class='ocr_separator' id='block_1_2' title="bbox 0 640 2000 660"></div>
 <div class='ocr_separator' id='block_1_3' title="bbox 100 100 300 300"></div>
 <div class='ocr_carea' id='block_1_4' title="bbox 0 0 2000 1000">
  <p class='ocr_par'>
   <span class='ocr_line' title="bbox 10 10 300 60">
    <span class='ocrx_word' title='bbox 10 10 300 60; x_wconf 95'>正文</span>
   </span>
   <span class='ocr_line' title="bbox 1100 100 1400 150">
    <span class='ocrx_word' title='bbox 1100 100 1400 150; x_wconf 60'>照片</span>
   </span>
   <span class='ocr_line' title="bbox 10 700 300 750">
    <span class='ocrx_word' title='bbox 10 700 300 750; x_wconf 12'>噪点</span>
   </span>
  </p>
 </div>
</div>`

func TestFill(t *testing.T) {
	hp, err := parseHOCR(strings.NewReader(layoutHOCR))
	if err != nil {
		t.Fatal(err)
	}
	// A PDF page lists its scan among its images: it must not hide the text.
	p := page.Page{Images: []page.Image{{Box: page.Rect{X1: 2000, Y1: 1000}}}}
	fill(&p, hp, 1)
	if len(p.Lines) != 1 || p.Lines[0].Text != "正文" {
		t.Errorf("lines %+v: want only the confident one outside the photo", p.Lines)
	}
	if len(p.Images) != 2 || p.Images[1].Box != (page.Rect{X0: 1000, X1: 2000, Y1: 600}) {
		t.Errorf("images %+v", p.Images)
	}
	if len(p.Rules) != 1 || p.Rules[0].Box.Y0 != 640 {
		t.Errorf("rules %+v: want the long thin separator only", p.Rules)
	}
}

func TestInkHeight(t *testing.T) {
	// Specks at the top, a 10-row glyph band, the edge of the next line at the bottom.
	rows := []int{1, 0, 0, 30, 12, 40, 8, 9, 35, 10, 7, 20, 31, 0, 0, 2, 3}
	if h := inkHeight(rows); h != 10 {
		t.Errorf("inkHeight = %v, want 10", h)
	}
	// The dark border of a photo above the text, then white rows.
	rows = []int{90, 90, 90, 0, 0, 0, 0, 30, 20, 25, 8, 30, 12, 30, 0}
	if h := inkHeight(rows); h != 7 {
		t.Errorf("inkHeight under a photo = %v, want 7", h)
	}
	if h := inkHeight(make([]int, 5)); h != 0 {
		t.Errorf("blank: %v", h)
	}
}

func TestRulesAndBoxes(t *testing.T) {
	seps := []page.Rect{
		{X0: 0, Y0: 100, X1: 3000, Y1: 110},      // page-wide rule
		{X0: 2000, Y0: 500, X1: 2010, Y1: 1500},  // box: left side
		{X0: 2900, Y0: 505, X1: 2910, Y1: 1495},  // box: right side
		{X0: 2005, Y0: 1490, X1: 2905, Y1: 1500}, // box: bottom
		{X0: 1000, Y0: 300, X1: 1010, Y1: 2500},  // column rule, longer than the box sides
		{X0: 50, Y0: 50, X1: 80, Y1: 80},         // a speck
	}
	rules, boxes := rulesAndBoxes(seps)
	if len(boxes) != 1 || boxes[0] != (page.Rect{X0: 2000, Y0: 500, X1: 2910, Y1: 1500}) {
		t.Errorf("boxes %v", boxes)
	}
	if len(rules) != 2 || rules[0].X0 != 1000 || rules[1].Y0 != 100 {
		t.Errorf("rules %v: want the column rule and the page-wide rule", rules)
	}
}

func TestSurerLines(t *testing.T) {
	line := func(x0, y0, x1, y1 float64, text string, conf float64) hLine {
		b := page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y1}
		return hLine{box: b, words: []hWord{{box: b, conf: conf, text: text}}}
	}
	kept := []hLine{
		line(0, 0, 500, 40, "锦政府决定", 0.6),    // the other read it better
		line(0, 60, 500, 100, "并请专家检查", 0.9), // the other is less sure
		line(0, 180, 500, 220, "到来之前", 0.6),  // the other dropped a glyph
		line(0, 120, 500, 160, "施工期间", 0.5),  // the other read across the gutter
		line(600, 120, 1100, 160, "部分道路", 0.5),
	}
	other := []hLine{
		line(1, 1, 501, 41, "镇政府决定", 0.95),
		line(0, 60, 500, 100, "并请专家捡查", 0.7),
		line(0, 120, 1100, 160, "施工期间部分道路", 0.99),
		line(0, 180, 490, 220, "到之前", 0.9),
	}
	got := surerLines(kept, [][]hLine{other})
	want := []string{"镇政府决定", "并请专家检查", "到来之前", "施工期间", "部分道路"}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for i, l := range got {
		if l.words[0].text != want[i] {
			t.Errorf("line %d = %q, want %q", i, l.words[0].text, want[i])
		}
	}
}

func TestKeptReading(t *testing.T) {
	reading := func(conf float64) *hPage {
		b := page.Rect{X1: 100, Y1: 20}
		return &hPage{lines: []hLine{{box: b, words: []hWord{{box: b, conf: conf, text: "字"}}}}}
	}
	// A mended page is kept only when Tesseract is clearly surer of it.
	if got := keptReading([]*hPage{reading(0.80), reading(0.81), reading(0.82)}); got != 0 {
		t.Errorf("near tie: kept %d, want the page as scanned", got)
	}
	if got := keptReading([]*hPage{reading(0.60), reading(0.75), reading(0.70)}); got != 1 {
		t.Errorf("kept %d, want the thickened page", got)
	}
	if got := keptReading([]*hPage{reading(0.60), reading(0.75), reading(0.80)}); got != 2 {
		t.Errorf("kept %d, want the surest", got)
	}
}

func TestMendDots(t *testing.T) {
	words := func(s ...string) []hWord {
		var ws []hWord
		for _, x := range s {
			ws = append(ws, hWord{text: x})
		}
		return ws
	}
	lines := []hLine{
		{words: words("北", "京", ".", "上", "海")}, // a comma that lost its tail
		{words: words("3", ".", "5")},           // a decimal point
		{words: words("U", ".", "S")},
		{words: words("完", "成", ".")}, // at the end: a full stop or a comma, unknown
	}
	mendDots(lines)
	want := []string{"北京，上海", "3 . 5", "U . S", "完成."}
	for i, l := range lines {
		if got := joinWords(l.words); got != want[i] {
			t.Errorf("line %d = %q, want %q", i, got, want[i])
		}
	}
}
