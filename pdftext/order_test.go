package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/pdftext/internal/pdfgen"
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
	if got := runs(order(append([]page.Line(nil), lines...), nil)); got == "A B C D E H" {
		t.Fatalf("without the frame the cuts already read it whole: %s", got)
	}
	if got, want := runs(order(append([]page.Line(nil), lines...), []page.RectShape{frame})), "A B C D E H"; got != want {
		t.Errorf("with the frame: got %q, want %q", got, want)
	}
	// A filled box is a photo or tint background, not a frame.
	filled := frame
	filled.Filled = true
	if a, b := runs(order(append([]page.Line(nil), lines...), []page.RectShape{filled})), runs(order(append([]page.Line(nil), lines...), nil)); a != b {
		t.Errorf("a filled box changed the order: %q vs %q", a, b)
	}
}

// A byline over the second of two columns, set off by a band a little
// wider than the gutter, is read with its column; a line floating off the
// column edges (a deck) keeps the band cut and is read first.
func TestBylineStaysWithItsColumn(t *testing.T) {
	cols := append(column("A", 0, 100, 102, 10), column("B", 110, 210, 102, 10)...)
	byline := column("Y", 110, 170, 80, 1)
	if got, want := runs(order(append(append([]page.Line(nil), cols...), byline...), nil)), "A Y B"; got != want {
		t.Errorf("byline: got %q, want %q", got, want)
	}
	deck := column("Y", 140, 200, 80, 1)
	if got, want := runs(order(append(append([]page.Line(nil), cols...), deck...), nil)), "Y A B"; got != want {
		t.Errorf("floating deck: got %q, want %q", got, want)
	}
}

// Two short lines whose word spaces a justified column stretched until
// each split in two ("drove | internet adoption", "music | videos") are
// read row by row, not as a narrow column beside a wider one.
func TestSplitLinesReadByRow(t *testing.T) {
	line := func(text string, x0, x1, y float64) page.Line {
		return page.Line{Text: text, Size: 9, Box: &page.Rect{X0: x0, Y0: y, X1: x1, Y1: y + 9}}
	}
	lines := []page.Line{
		line("drove", 0, 23, 0), line("music", 0, 25, 11),
		line("internet", 36, 70, 0), line("adoption,", 84, 123, 0),
		line("videos are going to", 32, 123, 11),
	}
	var got []string
	for _, l := range order(lines, nil) {
		got = append(got, l.Text)
	}
	if want := "drove internet adoption, music videos are going to"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
	// Two real columns of four lines each still read column by column.
	cols := append(column("A", 0, 100, 0, 4), column("B", 110, 210, 0, 4)...)
	if got, want := runs(order(cols, nil)), "A B"; got != want {
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
