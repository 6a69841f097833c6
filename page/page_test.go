package page

import "testing"

func TestRectOps(t *testing.T) {
	a := Rect{0, 0, 10, 10}
	b := Rect{5, 5, 20, 15}
	if got := a.Union(b); got != (Rect{0, 0, 20, 15}) {
		t.Errorf("Union = %v", got)
	}
	if got := a.Union(Rect{}); got != a {
		t.Errorf("Union with empty = %v", got)
	}
	if got := a.Intersect(b); got != (Rect{5, 5, 10, 10}) {
		t.Errorf("Intersect = %v", got)
	}
	if got := a.Intersect(Rect{11, 11, 12, 12}); !got.Empty() {
		t.Errorf("disjoint Intersect = %v", got)
	}
	if !a.Contains(Rect{1, 1, 9, 9}) || a.Contains(b) {
		t.Error("Contains wrong")
	}
	if a.Width() != 10 || b.Height() != 10 {
		t.Error("Width/Height wrong")
	}
	if got := a.OverlapX(b); got != 5 {
		t.Errorf("OverlapX = %v, want 5", got)
	}
	// Apart horizontally, whatever the rows: no overlap, never negative.
	if got := a.OverlapX(Rect{30, 0, 40, 10}); got != 0 {
		t.Errorf("disjoint OverlapX = %v, want 0", got)
	}
	if got := b.Scale(0.5); got != (Rect{2.5, 2.5, 10, 7.5}) {
		t.Errorf("Scale = %v", got)
	}
}

func TestBlankAndGeometry(t *testing.T) {
	if !(Line{Text: " \t\u3000"}).Blank() || (Line{Text: " x"}).Blank() {
		t.Error("Blank wrong")
	}
	p := Page{Lines: []Line{{Text: "a"}}}
	if p.HasGeometry() {
		t.Error("dump page has geometry")
	}
	p.Lines = append(p.Lines, Line{Text: "b", Box: &Rect{0, 0, 1, 1}})
	if !p.HasGeometry() {
		t.Error("positioned page has no geometry")
	}
}

// Only the alternatives the OCR was nearly as sure of as of the word's
// text are close.
func TestCloseAlternatives(t *testing.T) {
	w := Word{Text: "甲", Confidence: 0.6, Alternatives: []Alternative{{"乙", 0.5}, {"丙", 0.1}, {"丁", 0.3}}}
	got := w.CloseAlternatives()
	if len(got) != 2 || got[0].Text != "乙" || got[1].Text != "丁" {
		t.Errorf("close alternatives %+v, want 乙 and 丁", got)
	}
}
