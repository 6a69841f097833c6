package layout

import (
	"testing"

	"newsprint/page"
)

// glyphLine is a line of CJK characters size px apart from x0, each its
// own word, its first character's box stretched from x to x1.
func glyphLine(text string, x0, y0, size, x, x1 float64) page.Line {
	var words []page.Word
	for i, r := range []rune(text) {
		cx := x0 + float64(i)*size
		words = append(words, page.Word{Text: string(r), Box: page.Rect{X0: cx + 0.05*size, Y0: y0, X1: cx + 0.95*size, Y1: y0 + size}, Confidence: 0.9})
	}
	words[0].Box.X0, words[0].Box.X1 = x, x1
	box := words[0].Box
	for _, w := range words[1:] {
		box = box.Union(w.Box)
	}
	return page.Line{Text: text, Box: &box, Size: size, Conf: 0.9, Words: words}
}

// OCR's box of a line's first character took in what stands to the left
// of the column and ran over the next character: it is cut back to a
// character's width. A first character's box stretched over the next ones
// from its own left edge keeps that edge.
func TestFirstGlyphBoxTrimmed(t *testing.T) {
	l := trimGlyph(glyphLine("春和景明。", 1000, 100, 35, 800, 1060))
	if l.Box.X0 < 990 || l.Box.X0 > 1010 {
		t.Errorf("line starts at %.0f, want about 1000", l.Box.X0)
	}
	if l.Words[0].Box.X1 > l.Words[1].Box.X0 {
		t.Errorf("first box %v still runs over the next %v", l.Words[0].Box, l.Words[1].Box)
	}
	l = trimGlyph(glyphLine("后一公里难题", 1000, 100, 35, 1000, 1090))
	if l.Box.X0 != 1000 {
		t.Errorf("stretched first box: line starts at %.0f, want 1000", l.Box.X0)
	}
}

// A column's short last line, whose first character's box OCR stretched
// over the gutter to its left, stays the paragraph's end: measured over
// that box it was wide spaced and as large as a head.
func TestLastLineWithStretchedFirstGlyph(t *testing.T) {
	b := datedScan()
	b.line("左边文章的标题", 150, 300, 80, 80)
	b.column("甲", 12, 150, 430)
	b.line("右边的标题", 850, 300, 80, 80)
	b.column("乙", 12, 850, 430)
	// The second column's short last line, tight under its others.
	l := glyphLine("春和景明。", 850, 430+12*50, 35, 660, 910)
	l.Size = 75
	for i := range l.Words {
		l.Words[i].Box.Y1 += 17
	}
	l.Box.Y1 += 17
	b.p.Lines = append(b.p.Lines, l)
	got := Segment(&b.p)
	for _, a := range got.Articles {
		switch h := texts(a.Headline); h {
		case "左边文章的标题", "右边的标题":
		default:
			t.Errorf("unexpected article %q", h)
		}
	}
	if len(got.Articles) != 2 {
		t.Errorf("got %d articles, want 2", len(got.Articles))
	}
}

// A first box over the next word, in a line whose other words hold no text
// to measure a character's width by, is left as OCR gave it, not cut to
// nothing.
func TestFirstGlyphKeptWithoutWidth(t *testing.T) {
	l := glyphLine("春和景明。", 1000, 100, 35, 800, 1060)
	for i := 1; i < len(l.Words); i++ {
		l.Words[i].Text = ""
	}
	if got := trimGlyph(l); got.Words[0].Box != l.Words[0].Box || got.Box.X0 != 800 {
		t.Errorf("first box %v, line from %.0f: want %v, from 800", got.Words[0].Box, got.Box.X0, l.Words[0].Box)
	}
}
