package dump

import "testing"

// nonBlank stepping back from the line before and lineAfter step over
// blank lines (chunk -1) to the nearest text line, -1 or len(lines) past
// the dump's ends.
func TestNonBlankLineAfterSkipBlanks(t *testing.T) {
	s := &pageSeg{
		lines: []string{"", "a line", "", "", "another", ""},
		chunk: []int{-1, 0, -1, -1, 1, -1},
	}
	for _, c := range []struct{ i, before, after int }{
		{0, -1, 1},
		{1, -1, 4},
		{3, 1, 4},
		{4, 1, 6},
		{5, 4, 6},
	} {
		if got := s.nonBlank(c.i-1, -1); got != c.before {
			t.Errorf("nonBlank(%d, -1) = %d, want %d", c.i-1, got, c.before)
		}
		if got := s.lineAfter(c.i); got != c.after {
			t.Errorf("lineAfter(%d) = %d, want %d", c.i, got, c.after)
		}
	}
}
