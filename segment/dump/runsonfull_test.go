package dump

import "testing"

// A column whose widest line hangs its comma an em past the column, and
// whose last line prints an em short of the common width (as a line of
// compressed marks does), still runs on into the next column: the two
// stories are linked as one text across the break.
func TestContinuationAcrossNarrowFullLine(t *testing.T) {
	cols := [][]string{
		{"河边步道连着新公园的", "老人孩子都爱来新公园，", "每天早晚都有人来散步", "林书里写的那座新公"},
		{"园的花木由本地苗圃培", "育，品种多达上百个，", "市民都说新公园很美。"},
	}
	s, ps, stories := columnPieces(cols, false)
	if ps[0].fullEnd() {
		t.Fatalf("setup: fullEnd takes the short last line %v (widest %v) for full", ps[0].frags[3].w, ps[0].w)
	}
	if v := s.continuations(stories, ps)[[2]int{0, 1}]; v <= 0 {
		t.Errorf("the first column does not run on into the second (join %v)", v)
	}
}
