package ocr

import (
	"image"
	"slices"
	"testing"
)

// Rows found at one height, a line dropped in two columns, come left to
// right on every run (rows collects them through a map).
func TestRescueRowsOrder(t *testing.T) {
	var parts []image.Rectangle
	for _, x0 := range []int{1000, 100} {
		for k := range 3 {
			x := x0 + 40*k
			parts = append(parts, image.Rect(x, 500, x+30, 530))
		}
	}
	want := []image.Rectangle{image.Rect(100, 500, 210, 530), image.Rect(1000, 500, 1110, 530)}
	for range 30 {
		if got := merged(rows(slices.Clone(parts))); !slices.Equal(got, want) {
			t.Fatalf("rows %v, want %v", got, want)
		}
	}
}
