// Package dump segments a page without geometry (a raw text dump from
// another extractor) into articles and page furniture.
package dump

import (
	"newsprint/page"
	"newsprint/segment"
)

// Segment splits a page of unpositioned lines into articles and blocks.
func Segment(p *page.Page) segment.Layout {
	var flows []segment.Flow
	var cur []page.Line
	for _, l := range p.Lines {
		if l.Blank() {
			if len(cur) > 0 {
				flows = append(flows, segment.Flow{Lines: cur})
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		flows = append(flows, segment.Flow{Lines: cur})
	}
	if len(flows) == 0 {
		return segment.Layout{}
	}
	return segment.Layout{Articles: []segment.Article{{Body: flows}}}
}
