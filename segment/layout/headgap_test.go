package layout

import (
	"testing"

	"newsprint/page"
)

// A head of two words over two columns whose one word space falls over
// the gutter between them: a word space of the head's size is no gutter,
// so the line stays whole and the story one.
func TestTwoWordHeadOverGutter(t *testing.T) {
	b := newPage()
	words := []page.Word{
		{Text: "PRIME", Box: page.Rect{X0: 110, Y0: 40, X1: 192, Y1: 67}, Confidence: 1},
		{Text: "MINISTER'S", Box: page.Rect{X0: 199, Y0: 40, X1: 340, Y1: 67}, Confidence: 1},
	}
	box := page.Rect{X0: 110, Y0: 40, X1: 340, Y1: 67}
	b.p.Lines = append(b.p.Lines, page.Line{Text: "PRIME MINISTER'S", Box: &box, Size: 27, Bold: true, Font: "Helvetica-Bold", Conf: 1, Words: words})
	b.line("QUESTIONS", 160, 70, 290, 27, true, "Helvetica-Bold")
	b.column("甲", 20, 50, 110, 193)
	b.column("乙", 20, 203, 110, 346)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	if got := texts(l.Articles[0].Headline); got != "PRIME MINISTER'S|QUESTIONS" {
		t.Errorf("headline %q", got)
	}
}
