package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// piecesLine sets one OCR line of body text from pieces, each starting at
// its own x: 35 px a character, words of two characters.
func (b *scanBuilder) piecesLine(y float64, texts []string, xs []float64) {
	b.sizedPieces(y, 35, texts, xs)
}

// sizedPieces is piecesLine for type of any size.
func (b *scanBuilder) sizedPieces(y, size float64, texts []string, xs []float64) {
	var words []page.Word
	var text strings.Builder
	box := page.Rect{X0: xs[0], Y0: y, X1: xs[0], Y1: y + size}
	for i, t := range texts {
		x := xs[i]
		for k, r := range []rune(t) {
			w := page.Rect{X0: x + 0.05*size, Y0: y, X1: x + 0.95*size, Y1: y + size}
			if n := len(words); k%2 == 1 {
				words[n-1].Text += string(r)
				words[n-1].Box = words[n-1].Box.Union(w)
			} else {
				words = append(words, page.Word{Text: string(r), Box: w, Confidence: 0.9})
			}
			text.WriteRune(r)
			box = box.Union(w)
			x += size
		}
	}
	b.p.Lines = append(b.p.Lines, page.Line{Text: text.String(), Box: &box, Size: size, Conf: 0.9, Words: words})
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

// The heads of two articles side by side on one row, the first reaching a
// little past its columns' edge, less than a character apart: OCR reads
// them as one line, or as two pieces. The gutter under the gap keeps them
// two heads.
func TestHeadsSideBySideOverGutter(t *testing.T) {
	heads := []string{"左边这篇文章的标题写得很长很长", "右边标题"}
	for _, oneLine := range []bool{true, false} {
		b := datedScan()
		if oneLine {
			b.sizedPieces(300, 70, heads, []float64{165, 1255})
		} else {
			b.sizedPieces(300, 70, heads[:1], []float64{165})
			b.sizedPieces(300, 70, heads[1:], []float64{1255})
		}
		for i, p := range []string{"甲", "乙", "丙", "丁"} {
			steady(b, p, 12, 150+float64(i)*550, 420)
		}
		l := Segment(&b.p)
		got := articleStarts(l)
		if want := "左边这篇文章的标题写得很长很长:甲乙 右边标题:丙丁"; strings.Join(got, " ") != want {
			t.Errorf("one line %v: articles %q, want %q", oneLine, got, want)
		}
	}
}
