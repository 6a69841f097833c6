// Package layout segments a positioned page (PDF text layer, OCR, ALTO)
// into blocks, columns, reading order and articles.
package layout

import (
	"newsprint/page"
	"newsprint/segment"
)

// Segment finds the articles and page furniture of a positioned page.
func Segment(p *page.Page) segment.Layout {
	// Placeholder until geometric segmentation lands: one article, lines in
	// source order.
	if len(p.Lines) == 0 {
		return segment.Layout{}
	}
	return segment.Layout{Articles: []segment.Article{{Body: []segment.Flow{{Lines: p.Lines}}}}}
}
