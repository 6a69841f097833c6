package layout

import (
	"testing"

	"newsprint/page"
)

// On a scan every CJK character is a word of its own: a short body line
// of tight characters is no letter-spaced head, and does not take in the
// next column's line set a gutter (under a character) to its right; the
// pieces of a letter-spaced line, its glyphs half a character apart, still
// join across a gap as wide.
func TestTightCJKLineIsNotLetterSpaced(t *testing.T) {
	const size = 34
	line := func(text string, x0, gap float64) page.Line {
		l := page.Line{Size: size}
		x := x0
		for _, r := range text {
			l.Words = append(l.Words, page.Word{Text: string(r), Box: page.Rect{X0: x, Y0: 100, X1: x + size, Y1: 100 + size}})
			l.Text += string(r)
			x += size + gap
		}
		l.Box = &page.Rect{X0: x0, Y0: 100, X1: x - gap, Y1: 100 + size}
		return l
	}
	for _, c := range []struct {
		name      string
		gap, next float64 // between a's characters; from a to b
		want      int
	}{
		{"tight line, gutter after it", 1, 30, 2},
		{"letter-spaced pieces", 17, 30, 1},
	} {
		a := line("甲乙丙、", 100, c.gap)
		b := line("丁戊己庚辛壬", a.Box.X1+c.next, 1)
		got := joinFragments([]page.Line{a, b}, size, 0.1, 1)
		if len(got) != c.want {
			t.Errorf("%s: %d lines, want %d", c.name, len(got), c.want)
		}
	}
}
