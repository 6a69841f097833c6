package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// piecesLine sets one OCR line from pieces of text, each starting at its
// own x: 35 px a character, words of two characters.
func (b *scanBuilder) piecesLine(y float64, texts []string, xs []float64) {
	var words []page.Word
	var text strings.Builder
	box := page.Rect{X0: xs[0], Y0: y, X1: xs[0], Y1: y + 35}
	for i, t := range texts {
		x := xs[i]
		for k, r := range []rune(t) {
			w := page.Rect{X0: x + 1.75, Y0: y, X1: x + 33.25, Y1: y + 35}
			if n := len(words); k%2 == 1 {
				words[n-1].Text += string(r)
				words[n-1].Box = words[n-1].Box.Union(w)
			} else {
				words = append(words, page.Word{Text: string(r), Box: w, Confidence: 0.9})
			}
			text.WriteRune(r)
			box = box.Union(w)
			x += 35
		}
	}
	b.p.Lines = append(b.p.Lines, page.Line{Text: text.String(), Box: &box, Size: 35, Conf: 0.9, Words: words})
}

// A short article at the foot of a page, four lines in three columns,
// which OCR read as four lines right across them. Its word boxes put each
// gutter's edges a little apart from line to line, so that a word of the
// line above or below reaches into the gap; the gutters the lines share
// still cut them into columns.
func TestLinesReadAcrossShiftedGutters(t *testing.T) {
	b := datedScan()
	b.line("上面一篇文章的标题", 150, 260, 90, 90)
	steady(b, "甲", 12, 150, 400)
	steady(b, "乙", 12, 700, 400)
	steady(b, "丙", 12, 1250, 400)
	b.line("下面一篇短文的标题", 150, 1060, 80, 80)
	col := strings.Repeat("文", 13)
	for i, shift := range []float64{0, -15, 0, 15} {
		b.piecesLine(1180+float64(i)*50, []string{"丁" + col, "戊" + col, "己" + col}, []float64{150, 700 + shift, 1250 - shift})
	}
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(l.Articles))
	}
	a := l.Articles[1]
	if got := flowStarts(a.Body); got != "丁戊己" {
		t.Errorf("short article's flows start %q, want 丁戊己", got)
	}
	for _, f := range a.Body {
		if len(f.Lines) != 4 {
			t.Errorf("flow %q has %d lines, want 4", firstRune(f), len(f.Lines))
		}
	}
}

// A column's line with nothing above it and only a short line below: OCR
// left gaps as wide as a gutter between its words, which cut it, but
// together the pieces are no wider than a column, and no column edge
// around lines up with the gaps. It is one line again.
func TestColumnLinePiecesJoin(t *testing.T) {
	b := datedScan()
	b.line("一篇短文的标题", 150, 260, 80, 80)
	steady(b, "甲", 12, 150, 400)
	b.piecesLine(400, []string{"乙文文文文", "文文文文", "文文文文"}, []float64{700, 900, 1065})
	b.line("完。", 700, 450, 35, 35)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if got := flowStarts(a.Body); got != "甲乙" {
		t.Fatalf("flows start %q, want 甲乙", got)
	}
	if got := flowText(a.Body[1]); got != "乙文文文文文文文文文文文文|完。" {
		t.Errorf("second column %q, want its line whole", got)
	}
}
