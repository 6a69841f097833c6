package layout

import (
	"math"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// scanBuilder makes OCR-like pages in pixels (300 dpi, body text 35 px on
// a 50 px pitch): one word per CJK character, line sizes jittered as OCR
// estimates them, and every box tilted as on a rotated scan.
type scanBuilder struct {
	p     page.Page
	tilt  float64 // radians, about the page centre
	jiter int
}

func newScan(tiltDeg float64) *scanBuilder {
	return &scanBuilder{
		p:    page.Page{Number: 1, Width: 2480, Height: 3508, Unit: page.Pixels, Method: page.MethodOCR},
		tilt: tiltDeg * math.Pi / 180,
	}
}

// datedScan is an upright scan with the date line at its top and the rule
// under it.
func datedScan() *scanBuilder {
	b := newScan(0)
	b.line("2019年10月21日 星期一", 150, 150, 38, 38)
	b.rule(150, 215, 2330, 6)
	return b
}

// enDatedScan is datedScan for an English paper: its date line in Latin
// type.
func enDatedScan() *scanBuilder {
	b := newScan(0)
	b.enLine("The Daily Record Monday", 100, 150, 900, 23, false)
	b.rule(100, 190, 1300, 3)
	return b
}

// tilted returns the axis-aligned box of r turned by the scan's tilt.
func (b *scanBuilder) tilted(r page.Rect) page.Rect {
	cx, cy := b.p.Width/2, b.p.Height/2
	c, s := math.Cos(b.tilt), math.Sin(b.tilt)
	out := page.Rect{X0: math.Inf(1), Y0: math.Inf(1), X1: math.Inf(-1), Y1: math.Inf(-1)}
	for _, pt := range [][2]float64{{r.X0, r.Y0}, {r.X1, r.Y0}, {r.X0, r.Y1}, {r.X1, r.Y1}} {
		dx, dy := pt[0]-cx, pt[1]-cy
		x, y := cx+dx*c-dy*s, cy+dx*s+dy*c
		out = page.Rect{X0: math.Min(out.X0, x), Y0: math.Min(out.Y0, y), X1: math.Max(out.X1, x), Y1: math.Max(out.Y1, y)}
	}
	return out
}

// line sets text from x0 at y0, one character per size px, with the size
// OCR reports (which may differ from the size it is set in).
func (b *scanBuilder) line(text string, x0, y0, size, ocrSize float64) {
	var words []page.Word
	x := x0
	var parts []string
	for _, r := range text {
		if r == ' ' {
			x += size
			continue
		}
		words = append(words, page.Word{Text: string(r), Box: b.tilted(page.Rect{X0: x + 0.05*size, Y0: y0, X1: x + 0.95*size, Y1: y0 + size}), Confidence: 0.9})
		parts = append(parts, string(r))
		x += size
	}
	box := b.tilted(page.Rect{X0: x0, Y0: y0, X1: x, Y1: y0 + size})
	b.p.Lines = append(b.p.Lines, page.Line{Text: strings.Join(parts, ""), Box: &box, Size: ocrSize, Conf: 0.9, Words: words})
}

// column sets n justified body lines of 14 characters from y0; the first
// is indented by two characters. OCR sizes wander by up to a fifth, and
// one line in seven is measured at 1.4 times its size.
func (b *scanBuilder) column(prefix string, n int, x0, y0 float64) {
	for i := 0; i < n; i++ {
		text := prefix + strings.Repeat("文", 12) + string(rune('0'+i%10))
		x := x0
		if i == 0 {
			text = prefix + strings.Repeat("文", 10) + string(rune('0'+i%10))
			x += 70
		}
		b.jiter++
		size := 35 * (1 + 0.15*math.Sin(float64(b.jiter)*1.7))
		if b.jiter%7 == 3 {
			size = 49
		}
		b.line(text, x, y0+float64(i)*50, 35, size)
	}
}

// rule draws a rule t px thick, tilted like the text.
func (b *scanBuilder) rule(x0, y0, x1, t float64) {
	b.p.Rules = append(b.p.Rules, page.Rule{Box: b.tilted(page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y0 + t})})
}

// A tilted scan of three articles: two side by side under the page
// header, one under a full-width rule. Rules come out tens of pixels tall,
// column edges lean and line sizes jitter; the structure must come out as
// printed.
func TestTiltedScanWithJitteredSizes(t *testing.T) {
	for _, deg := range []float64{0, 0.6, -1.2, 1.5} {
		b := newScan(deg)
		b.line("2019年10月21日 星期一", 150, 150, 38, 38)
		b.line("第3版", 2150, 150, 38, 38)
		b.rule(150, 215, 2330, 6)
		b.line("左边文章的大标题", 150, 300, 90, 90)
		b.column("甲", 12, 150, 430)
		b.column("乙", 10, 700, 430)
		b.line("右边另一篇标题", 1300, 300, 80, 80)
		b.column("丙", 11, 1300, 430)
		b.column("丁", 9, 1850, 430)
		b.rule(150, 1100, 2330, 4)
		b.line("下方文章标题", 150, 1160, 80, 80)
		for i, p := range []string{"戊", "己", "庚", "辛"} {
			b.column(p, 6, 150+float64(i)*550, 1290)
		}
		if r := b.p.Rules[0].Box; deg != 0 && r.Height() < 20 {
			t.Fatalf("%v°: the tilted rule is only %.0f px tall", deg, r.Height())
		}
		l := Segment(&b.p)
		want := []struct {
			head  string
			flows []string // first character and line count of each flow
		}{
			{"左边文章的大标题", []string{"甲12", "乙10"}},
			{"右边另一篇标题", []string{"丙11", "丁9"}},
			{"下方文章标题", []string{"戊6", "己6", "庚6", "辛6"}},
		}
		if len(l.Articles) != len(want) {
			for _, a := range l.Articles {
				t.Logf("%q: %d flows", texts(a.Headline), len(a.Body))
			}
			t.Fatalf("%v°: got %d articles, want %d", deg, len(l.Articles), len(want))
		}
		for i, w := range want {
			a := l.Articles[i]
			if got := texts(a.Headline); got != w.head {
				t.Errorf("%v°: article %d headline %q, want %q", deg, i, got, w.head)
			}
			var flows []string
			for _, f := range a.Body {
				flows = append(flows, firstRune(f)+itoa(len(f.Lines)))
			}
			if strings.Join(flows, ",") != strings.Join(w.flows, ",") {
				t.Errorf("%v°: article %d flows %v, want %v", deg, i, flows, w.flows)
			}
		}
		if len(l.Blocks) != 1 || l.Blocks[0].Kind != segment.PageHeader || len(l.Blocks[0].Lines) != 2 {
			t.Errorf("%v°: blocks %+v, want the page header", deg, l.Blocks)
		}
	}
}

func firstRune(f segment.Flow) string {
	for _, r := range flowText(f) {
		return string(r)
	}
	return ""
}

// flowStarts is the first characters of the flows, in order.
func flowStarts(fs []segment.Flow) string {
	s := ""
	for _, f := range fs {
		s += firstRune(f)
	}
	return s
}

// articleStarts is each article as its head, a colon and flowStarts of
// its body.
func articleStarts(l segment.Layout) []string {
	var got []string
	for _, a := range l.Articles {
		got = append(got, texts(a.Headline)+":"+flowStarts(a.Body))
	}
	return got
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// The tilt is read back from the words, and turning the page upright
// makes rules thin again and lines as tall as their type.
func TestSkewIsMeasuredAndUndone(t *testing.T) {
	for _, deg := range []float64{0.3, -0.8, 1.5} {
		b := newScan(deg)
		b.column("甲", 8, 150, 400)
		b.rule(150, 900, 2330, 5)
		got := math.Atan(skewSlope(b.p.Lines)) * 180 / math.Pi
		if math.Abs(got-deg) > 0.05 {
			t.Errorf("tilt %v°: measured %.3f°", deg, got)
		}
		lines, rules, _, _ := deskew(&b.p, b.p.Lines)
		if h := rules[0].Box.Height(); h > 8 {
			t.Errorf("tilt %v°: upright rule %.1f px thick, drawn 5", deg, h)
		}
		for i, l := range lines {
			if math.Abs(l.Box.Height()-35) > 3 {
				t.Errorf("tilt %v°: line %d is %.1f px tall, set in 35", deg, i, l.Box.Height())
			}
			if i > 0 && math.Abs(l.Box.X0-lines[1].Box.X0) > 2 {
				t.Errorf("tilt %v°: line %d starts at %.1f, column edge %.1f", deg, i, l.Box.X0, lines[1].Box.X0)
			}
		}
	}
	// An upright page, or one with too few lines to tell, is left alone.
	b := newScan(0)
	b.column("甲", 8, 150, 400)
	if m := skewSlope(b.p.Lines); m != 0 {
		t.Errorf("upright page: slope %v", m)
	}
	b = newScan(1)
	b.column("甲", 3, 150, 400)
	if m := skewSlope(b.p.Lines); m != 0 {
		t.Errorf("three lines: slope %v", m)
	}
}

// OCR reads a column rule beside a line as "|": the bar goes, and the
// line's box ends at its last real word.
func TestBarsFromColumnRulesAreDropped(t *testing.T) {
	box := page.Rect{X0: 100, Y0: 10, X1: 400, Y1: 50}
	l := page.Line{Text: "| Doors open |", Box: &box, Words: []page.Word{
		{Text: "|", Box: page.Rect{X0: 100, Y0: 10, X1: 104, Y1: 50}},
		{Text: "Doors", Box: page.Rect{X0: 120, Y0: 10, X1: 220, Y1: 40}},
		{Text: "open", Box: page.Rect{X0: 240, Y0: 10, X1: 320, Y1: 40}},
		{Text: "|", Box: page.Rect{X0: 396, Y0: 10, X1: 400, Y1: 50}},
	}}
	got := stripBars(l)
	if got.Text != "Doors open" || len(got.Words) != 2 || got.Box.X0 != 120 || got.Box.X1 != 320 {
		t.Errorf("got %q, %d words, box %v", got.Text, len(got.Words), *got.Box)
	}
	if l.Text != "| Doors open |" || len(l.Words) != 4 {
		t.Errorf("the input line was changed")
	}
	only := page.Line{Text: "|", Box: &box, Words: []page.Word{{Text: "|", Box: box}}}
	if got := stripBars(only); got.Text != "|" {
		t.Errorf("a line of one bar: %q", got.Text)
	}
}

// A letter-spaced CJK head whose OCR word gaps happen to fall on the
// gutter of the columns below stays one head: the gap there is no wider
// than its other gaps.
func TestLetterSpacedHeadOverGutterIsNotCut(t *testing.T) {
	b := newScan(0)
	// Head of 10 characters, 70 px, with OCR gaps of 45 px between some
	// words; one of them lies over the gutter at 640–700.
	var words []page.Word
	var text strings.Builder
	x := 140.0
	for i, w := range []string{"开创", "新", "时代", "农", "业", "新局", "面"} {
		n := float64(len([]rune(w)))
		words = append(words, page.Word{Text: w, Box: page.Rect{X0: x, Y0: 1200, X1: x + 70*n, Y1: 1270}})
		text.WriteString(w)
		x += 70 * n
		if i%2 == 0 || i == 3 {
			x += 45
		}
	}
	box := page.Rect{X0: 140, Y0: 1200, X1: x, Y1: 1270}
	b.p.Lines = append(b.p.Lines, page.Line{Text: text.String(), Box: &box, Size: 70, Words: words})
	b.column("甲", 8, 150, 1320)
	b.column("乙", 8, 700, 1320)
	if words[3].Box.X1 > 655 || words[4].Box.X0 < 690 || words[4].Box.X0 > 700 {
		t.Fatalf("fixture: the gap is not over the gutter (%v..%v)", words[3].Box.X1, words[4].Box.X0)
	}
	l := Segment(&b.p)
	if len(l.Articles) != 1 || texts(l.Articles[0].Headline) != "开创新时代农业新局面" || len(l.Articles[0].Body) != 2 {
		for _, a := range l.Articles {
			t.Logf("%q", texts(a.Headline))
		}
		t.Errorf("got %d articles", len(l.Articles))
	}
}

// A CJK head whose OCR sizes come out close to the body's (glyph heights
// of a scan) is still told apart from the text under it by its character
// pitch.
func TestCJKHeadToldByPitch(t *testing.T) {
	b := newScan(0.8)
	b.line("大湾区协同化建设进程迈", 150, 300, 52, 50)
	b.line("出新步伐", 150, 360, 52, 50)
	b.column("甲", 8, 150, 440)
	b.column("乙", 8, 700, 440)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if got := texts(a.Headline); got != "大湾区协同化建设进程迈|出新步伐" {
		t.Errorf("headline %q", got)
	}
	if len(a.Body) != 2 || firstRune(a.Body[0]) != "甲" || len(a.Body[0].Lines) != 8 || len(a.Body[1].Lines) != 8 {
		t.Errorf("body %d flows", len(a.Body))
	}
}

// The two lines of an OCR headline get different sizes from their letters
// (descenders make "escape" taller): they are one headline, not a kicker
// over a headline, because their character pitch is the same.
func TestOCRHeadLinesOfOnePitch(t *testing.T) {
	b := newScan(0)
	add := func(text string, x0, y0, pitch, ocrSize float64) {
		w := float64(len(text)) * pitch
		r := page.Rect{X0: x0, Y0: y0, X1: x0 + w, Y1: y0 + ocrSize}
		b.p.Lines = append(b.p.Lines, page.Line{Text: text, Box: &r, Size: ocrSize, Conf: 0.9})
	}
	add("Loose pen gates help goats", 150, 300, 30, 60)
	add("escape", 150, 380, 30, 78)
	for i := 0; i < 10; i++ {
		add("body text of the column goes", 150, 480+float64(i)*50, 17, 30)
		add("second column of body text", 700, 480+float64(i)*50, 17, 30)
	}
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if got := texts(a.Headline); got != "Loose pen gates help goats|escape" || len(a.Kicker) != 0 {
		t.Errorf("kicker %q headline %q", texts(a.Kicker), got)
	}
}

// One OCR word box stretched down over the next line makes its line's box
// overlap that line; cut to its type size, the two lines are one deck.
func TestTallOCRBoxIsCutToItsType(t *testing.T) {
	b := newScan(0)
	b.line("在庆祝建校一百周年纪念大会上", 150, 250, 70, 70)
	b.line("省社会科学理论研究", 150, 350, 50, 50)
	b.line("院院长王小明：", 150, 410, 50, 50)
	deck := &b.p.Lines[1]
	deck.Words[3].Box.Y1 += 80
	r := *deck.Box
	r.Y1 += 80
	deck.Box = &r
	b.column("甲", 8, 150, 500)
	b.column("乙", 8, 700, 500)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if texts(a.Headline) != "在庆祝建校一百周年纪念大会上" || len(a.Decks) != 1 || texts(a.Decks[0]) != "省社会科学理论研究|院院长王小明：" {
		t.Errorf("headline %q decks %d", texts(a.Headline), len(a.Decks))
	}
	if len(a.Body) != 2 {
		t.Errorf("%d flows", len(a.Body))
	}
}

// A body line that OCR measured at twice its size (a line read over a
// photo edge) is capped at its pitch and stays in its column.
func TestOCRSizeCappedAtPitch(t *testing.T) {
	b := newScan(0.5)
	b.line("本报头条大标题", 150, 250, 80, 80)
	b.column("甲", 6, 150, 380)
	b.line("甲文文文文6", 150, 680, 35, 75)
	b.column("甲", 5, 150, 730)
	b.column("乙", 12, 700, 380)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		for _, a := range l.Articles {
			t.Logf("%q", texts(a.Headline))
		}
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	n := 0
	for _, f := range a.Body {
		n += len(f.Lines)
		if f.Standalone {
			t.Errorf("%q taken for a crosshead", flowText(f))
		}
	}
	if texts(a.Headline) != "本报头条大标题" || n != 24 {
		t.Errorf("headline %q, %d body lines", texts(a.Headline), n)
	}
	if got := capSize(b.p.Lines[7]).Size; math.Abs(got-35) > 5 {
		t.Errorf("capped size %.1f, want about 35", got)
	}
}
