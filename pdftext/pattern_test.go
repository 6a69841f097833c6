package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"newsprint/internal/pdfgen"
)

// patternPage is a page of four columns of small print over a pattern of n tiny
// outlined squares (a halftone drawn as shapes, a dense chart).
func patternPage(n int) []byte {
	var c strings.Builder
	for i := range n {
		fmt.Fprintf(&c, "%d %d 1 1 re S\n", 20+(i%570), 20+(i/570)%750)
	}
	c.WriteString("BT /F1 2.5 Tf\n")
	for col := range 4 {
		for row := range 240 {
			fmt.Fprintf(&c, "1 0 0 1 %d %d Tm (column %d line %d) Tj\n", 30+140*col, 760-3*row, col, row)
		}
	}
	c.WriteString("ET\n")
	d := pdfgen.New()
	d.Page(c.String(), helv, "")
	return d.Bytes()
}

// A page of 100k shapes reads in reasonable time (frame grouping is
// capped like the obstacles) and its text comes out column by column.
func TestPatternPage(t *testing.T) {
	doc, err := Read(patternPage(100000))
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Pages[0]
	if len(p.Boxes) <= maxObstacles {
		t.Errorf("%d boxes: the pattern did not reach the cap", len(p.Boxes))
	}
	var want []string
	for col := range 4 {
		for row := range 240 {
			want = append(want, fmt.Sprintf("column %d line %d", col, row))
		}
	}
	if got := texts(p); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %d lines, want %d in column order; first %q", len(got), len(want), got[:min(3, len(got))])
	}
}

func BenchmarkPatternPage(b *testing.B) {
	data := patternPage(100000)
	for b.Loop() {
		if _, err := Read(data); err != nil {
			b.Fatal(err)
		}
	}
}
