package dump

import (
	"slices"
	"strings"

	"newsprint/segment/cues"
)

// orderedAssign reads a page printed in reading order (page.Ordered): each
// story goes to the heading printed last above it, so text is not traded
// between articles by its words as on a page printed in scattered pieces.
// Stories above every heading are left to the content tests.
func (s *pageSeg) orderedAssign(stories [][]int, sfirst []int, gs []*group, byGroup map[*group]*article, owner []*article, arts *[]*article) {
	var heads []*group
	for _, g := range gs {
		if len(g.head) > 0 && (byGroup[g] == nil || !byGroup[g].note) && !s.lateHeads[g.line] && !cues.IsSection(strings.Join(g.head, "")) {
			heads = append(heads, g)
		}
	}
	slices.SortFunc(heads, func(a, b *group) int { return a.line - b.line })
	order := make([]int, 0, len(stories))
	for i := range stories {
		if owner[i] == nil {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return sfirst[a] - sfirst[b] })
	for _, i := range order {
		var g *group
		for _, h := range heads {
			if max(h.line, h.end) < sfirst[i] {
				g = h
			}
		}
		if g == nil {
			continue
		}
		a := byGroup[g]
		if a == nil {
			a = &article{g: g, first: g.line}
			byGroup[g] = a
			*arts = append(*arts, a)
		}
		a.stories = append(a.stories, i)
		owner[i] = a
	}
}
