package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"newsprint/internal/pdfgen"
	"newsprint/page"
)

// column makes n lines of a column, named name1..nameN, pitch 14pt.
func column(name string, x0, x1, y0 float64, n int) []page.Line {
	var out []page.Line
	for k := range n {
		y := y0 + float64(k)*14
		out = append(out, page.Line{Text: fmt.Sprintf("%s%d", name, k+1), Size: 10, Box: &page.Rect{X0: x0, Y0: y, X1: x1, Y1: y + 10}})
	}
	return out
}

// runs returns the order's column names, one per run of lines.
func runs(lines []page.Line) string {
	var names []string
	for _, l := range lines {
		n := strings.TrimRight(l.Text, "0123456789")
		if len(names) == 0 || names[len(names)-1] != n {
			names = append(names, n)
		}
	}
	return strings.Join(names, " ")
}

// A boxed two-column note (C, D) sits beside two columns (A, B) above a
// story (E) that reaches under the note's first column only; a full-height
// column (H) stands to the right, closer than D is to E's edge. Read by
// cuts alone, E comes between C and D; the frame keeps the note together.
func TestFramedNoteReadWhole(t *testing.T) {
	var lines []page.Line
	lines = append(lines, column("H", 455, 555, 60, 25)...)
	lines = append(lines, column("A", 0, 100, 100, 14)...)
	lines = append(lines, column("B", 110, 210, 100, 14)...)
	lines = append(lines, column("C", 230, 330, 100, 14)...)
	lines = append(lines, column("D", 345, 445, 100, 11)...)
	lines = append(lines, column("E", 0, 330, 320, 6)...)
	frame := page.RectShape{Box: page.Rect{X0: 225, Y0: 90, X1: 450, Y1: 300}}

	// The case is only a test if the cuts alone get it wrong.
	if got := runs(order(append([]page.Line(nil), lines...), nil, nil, nil)); got == "A B C D E H" {
		t.Fatalf("without the frame the cuts already read it whole: %s", got)
	}
	if got, want := runs(order(append([]page.Line(nil), lines...), []page.RectShape{frame}, nil, nil)), "A B C D E H"; got != want {
		t.Errorf("with the frame: got %q, want %q", got, want)
	}
	// A filled box is a photo or tint background, not a frame.
	filled := frame
	filled.Filled = true
	if a, b := runs(order(append([]page.Line(nil), lines...), []page.RectShape{filled}, nil, nil)), runs(order(append([]page.Line(nil), lines...), nil, nil, nil)); a != b {
		t.Errorf("a filled box changed the order: %q vs %q", a, b)
	}
}

// A byline over the second of two columns, set off by a band a little
// wider than the gutter, is read with its column; a line floating off the
// column edges (a deck) keeps the band cut and is read first.
func TestBylineStaysWithItsColumn(t *testing.T) {
	cols := append(column("A", 0, 100, 102, 10), column("B", 110, 210, 102, 10)...)
	byline := column("Y", 110, 170, 80, 1)
	if got, want := runs(order(append(append([]page.Line(nil), cols...), byline...), nil, nil, nil)), "A Y B"; got != want {
		t.Errorf("byline: got %q, want %q", got, want)
	}
	deck := column("Y", 140, 200, 80, 1)
	if got, want := runs(order(append(append([]page.Line(nil), cols...), deck...), nil, nil, nil)), "Y A B"; got != want {
		t.Errorf("floating deck: got %q, want %q", got, want)
	}
}

// Two short lines whose word spaces a justified column stretched until
// each split in two ("built | regional harbours", "ferry | fleets") are
// read row by row, not as a narrow column beside a wider one.
func TestSplitLinesReadByRow(t *testing.T) {
	line := func(text string, x0, x1, y float64) page.Line {
		return page.Line{Text: text, Size: 9, Box: &page.Rect{X0: x0, Y0: y, X1: x1, Y1: y + 9}}
	}
	lines := []page.Line{
		line("built", 0, 23, 0), line("ferry", 0, 25, 11),
		line("regional", 36, 70, 0), line("harbours,", 84, 123, 0),
		line("fleets are going to", 32, 123, 11),
	}
	var got []string
	for _, l := range order(lines, nil, nil, nil) {
		got = append(got, l.Text)
	}
	if want := "built regional harbours, ferry fleets are going to"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
	// Two real columns of four lines each still read column by column.
	cols := append(column("A", 0, 100, 0, 4), column("B", 110, 210, 0, 4)...)
	if got, want := runs(order(cols, nil, nil, nil)), "A B"; got != want {
		t.Errorf("columns: got %q, want %q", got, want)
	}
}

// Two stories set in slightly different sizes across a gutter no wider
// than a word space are two columns, not one line each.
func TestSizeChangeSplitsNarrowGutter(t *testing.T) {
	d := pdfgen.New()
	var b strings.Builder
	// Ten Helvetica "l" (222/1000 em) at 7.6 pt end 16.87 pt after x=72;
	// the other story starts 3 pt (0.4 em) later.
	for i := range 4 {
		y := 700 - 9*i
		fmt.Fprintf(&b, "BT /F1 7.6 Tf 72 %d Td (llllllllll) Tj ET ", y)
		fmt.Fprintf(&b, "BT /F1 7.8 Tf 91.87 %d Td (right %d) Tj ET ", y, i)
	}
	d.Page(b.String(), helv, "")
	got := texts(mustRead(t, d.Bytes()).Pages[0])
	want := []string{"llllllllll", "llllllllll", "llllllllll", "llllllllll", "right 0", "right 1", "right 2", "right 3"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// lines makes n lines named name1..nameN of height h at the given pitch.
func lines(name string, x0, x1, y0 float64, n int, h, pitch float64) []page.Line {
	var out []page.Line
	for k := range n {
		y := y0 + float64(k)*pitch
		out = append(out, page.Line{Text: fmt.Sprintf("%s%d", name, k+1), Size: h, Box: &page.Rect{X0: x0, Y0: y, X1: x1, Y1: y + h}})
	}
	return out
}

// A photo sits on the first two columns (A, B) of a story under its
// headline (H); the story climbs into the third column beside the photo
// (C) and another story (D) follows below C. The white under the photo
// lines up with the white between C and D and is wider than the gutter,
// but no wider than a line: the columns are read in turn, C after B.
func TestStoryClimbsBesidePhoto(t *testing.T) {
	var ls []page.Line
	ls = append(ls, lines("H", 0, 150, 20, 1, 14, 15)...)
	ls = append(ls, lines("C", 216, 316, 40, 8, 12, 15)...)
	ls = append(ls, lines("A", 0, 100, 181, 8, 12, 15)...)
	ls = append(ls, lines("B", 108, 208, 181, 8, 12, 15)...)
	ls = append(ls, lines("D", 216, 316, 181, 8, 12, 15)...)
	photo := []page.Image{{Box: page.Rect{X0: 0, Y0: 40, X1: 208, Y1: 170}}}
	if got := runs(order(append([]page.Line(nil), ls...), nil, nil, nil)); got == "H A B C D" {
		t.Fatalf("without the photo the cuts already read it: %s", got)
	}
	if got, want := runs(order(append([]page.Line(nil), ls...), nil, nil, photo)), "H A B C D"; got != want {
		t.Errorf("with the photo: got %q, want %q", got, want)
	}
	// The same photo drawn as a filled box (a placeholder) counts too.
	box := []page.RectShape{{Box: photo[0].Box, Filled: true}}
	if got, want := runs(order(append([]page.Line(nil), ls...), box, nil, nil)), "H A B C D"; got != want {
		t.Errorf("with a filled box: got %q, want %q", got, want)
	}
	// A picture with text on it (a page image under an OCR layer) is no
	// obstacle.
	under := []page.Image{{Box: page.Rect{X0: 0, Y0: 0, X1: 400, Y1: 400}}}
	if a, b := runs(order(append([]page.Line(nil), ls...), nil, nil, under)), runs(order(append([]page.Line(nil), ls...), nil, nil, nil)); a != b {
		t.Errorf("a picture under the text changed the order: %q vs %q", a, b)
	}
}

// Columns parted by a full-height rule: story X ends in the first column
// and P follows it, continued at the top of the second column (R) above
// story Q. The white between X and P lines up with that between R and Q
// and is wider than the gutter; the rule keeps the columns whole.
func TestColumnRuleKeepsColumns(t *testing.T) {
	var ls []page.Line
	ls = append(ls, lines("X", 0, 100, 0, 8, 10, 14)...)    // to 108
	ls = append(ls, lines("P", 0, 100, 130, 10, 10, 14)...) // from 130
	ls = append(ls, lines("R", 110, 210, 0, 7, 10, 14)...)  // to 94
	ls = append(ls, lines("Q", 110, 210, 120, 11, 10, 14)...)
	rule := []page.Rule{{Box: page.Rect{X0: 104.5, Y0: 0, X1: 105.5, Y1: 270}}}
	if got := runs(order(append([]page.Line(nil), ls...), nil, nil, nil)); got == "X P R Q" {
		t.Fatalf("without the rule the cuts already read it: %s", got)
	}
	if got, want := runs(order(append([]page.Line(nil), ls...), nil, rule, nil)), "X P R Q"; got != want {
		t.Errorf("with the rule: got %q, want %q", got, want)
	}
	// A rule at the region's edge parts nothing: a story beside it still
	// has its headline (H) cut off above its two columns.
	var st []page.Line
	st = append(st, lines("H", 0, 150, 0, 1, 16, 20)...)
	st = append(st, lines("A", 0, 100, 30, 10, 10, 14)...)
	st = append(st, lines("B", 110, 210, 30, 10, 10, 14)...)
	edge := []page.Rule{{Box: page.Rect{X0: 220, Y0: 0, X1: 221, Y1: 200}}}
	if got, want := runs(order(st, nil, edge, nil)), "H A B"; got != want {
		t.Errorf("rule at the edge: got %q, want %q", got, want)
	}
}

// A photo spans all three columns; under it a caption (K) over the first
// two, and a brief (E) in the third starting right beside the caption,
// its lines in step with the columns' (A, B). No gutter runs the height
// of the region and the only bands are line spacing; the cut at the
// photo's edge comes first, and the columns are read in turn.
func TestCutAtPhotoEdgeFirst(t *testing.T) {
	var ls []page.Line
	ls = append(ls, lines("K", 0, 200, 133, 1, 10, 14)...)
	ls = append(ls, lines("E", 220, 320, 144, 1, 13, 14)...)
	ls = append(ls, lines("A", 0, 100, 160, 6, 10, 14)...)
	ls = append(ls, lines("B", 110, 210, 160, 6, 10, 14)...)
	ls = append(ls, lines("E", 220, 320, 160, 6, 10, 14)...)
	photo := []page.Image{{Box: page.Rect{X0: 0, Y0: 30, X1: 320, Y1: 130}}}
	if got, want := runs(order(ls, nil, nil, photo)), "K A B E"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A framed note (N) stands at the right of a photo over two columns (C,
// D) with a column (A) to their left. The note is one block: no gutter
// runs through it, so the white between it and the columns is a gutter
// however many stray lines a wide region lets a gutter cross.
func TestFrameBoundsGutter(t *testing.T) {
	var ls []page.Line
	ls = append(ls, lines("A", 0, 100, 0, 30, 10, 14)...)
	ls = append(ls, lines("C", 110, 210, 110, 22, 10, 14)...)
	ls = append(ls, lines("D", 220, 320, 110, 22, 10, 14)...)
	ls = append(ls, lines("N", 345, 435, 5, 25, 10, 14)...)
	frame := []page.RectShape{{Box: page.Rect{X0: 340, Y0: 0, X1: 440, Y1: 400}}}
	photo := []page.Image{{Box: page.Rect{X0: 110, Y0: 0, X1: 320, Y1: 100}}}
	if got, want := runs(order(ls, frame, nil, photo)), "A C D N"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
