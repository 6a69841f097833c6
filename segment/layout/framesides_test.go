package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// Two heads side by side, and their decks, that OCR read each as one line
// across the column rule between them, the rule glued to a word as a
// letter ("AGAINI}") and only a word's gap left, which the dateline over
// them crosses: the scan's rule finder closed the rules into a frame round
// the second column, whose side cuts the lines, and the two articles stay
// apart.
func TestLinesCutAtFrameSide(t *testing.T) {
	b := newScan(0)
	// Words as [text, left edge]; 17 px a letter.
	line := func(y float64, words ...any) {
		l := page.Line{Size: 23, Conf: 0.9}
		var box page.Rect
		var texts []string
		for i := 0; i < len(words); i += 2 {
			w, x := words[i].(string), float64(words[i+1].(int))
			r := page.Rect{X0: x, Y0: y, X1: x + 17*float64(len(w)), Y1: y + 30}
			l.Words = append(l.Words, page.Word{Text: w, Box: r, Confidence: 0.9})
			box = box.Union(r)
			texts = append(texts, w)
		}
		l.Text, l.Box = strings.Join(texts, " "), &box
		b.p.Lines = append(b.p.Lines, l)
	}
	line(150, "LONDON,", 250, "MONDAY,", 430, "MAY", 570)
	b.rule(100, 186, 915, 3)
	line(200, "PRICES", 100, "RISE", 212, "ONCE", 290, "AGAINI}", 380, "NEW", 518, "BRIDGE", 579, "OPENS", 691)
	line(240, "FARMERS", 100, "WORRY", 229, "ABOUTI}", 380, "TOWN", 518, "CHEERS", 596)
	b.enColumn("alpha", 12, 100, 300, 480)
	b.enColumn("beta", 12, 520, 300, 900)
	b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: page.Rect{X0: 505, Y0: 190, X1: 915, Y1: 1500}})
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		for _, a := range l.Articles {
			t.Logf("%q: %s", texts(a.Headline), flowStarts(a.Body))
		}
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	for _, a := range l.Articles {
		if h := texts(a.Headline); strings.Contains(h, "PRICES") && strings.Contains(h, "BRIDGE") {
			t.Errorf("heads run together: %q", h)
		}
	}
}
