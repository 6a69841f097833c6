package dump

import "testing"

// Only the stories starting in the first body row under a heading are
// printed right under it; a story starting a row lower, after another
// story's first line, is not.
func TestFirstRowUnder(t *testing.T) {
	g := &group{line: 10, end: 11} // headline and credit
	sfirst := []int{3, 13, 13, 14, 16}
	for _, c := range []struct {
		first int
		want  bool
	}{
		{3, false},  // above the heading
		{13, true},  // the first row: every column starting there
		{14, false}, // the next row: a neighbour's column printed in turns
		{16, false},
	} {
		if got := firstRowUnder(g, c.first, sfirst); got != c.want {
			t.Errorf("firstRowUnder(line %d) = %v, want %v", c.first, got, c.want)
		}
	}
}
