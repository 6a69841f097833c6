package dump

import (
	"slices"
	"strings"

	"newsprint/segment/cues"
)

// orderedCarry is the share of a heading's words a Chinese story past the
// first under it must carry to stay there (as a content pairing must).
const orderedCarry = 0.3

// orderedAssign reads a page printed in reading order (page.Ordered): each
// story goes to the heading printed last above it, so text is not traded
// between articles by its words as on a page printed in scattered pieces.
// Stories above every heading are left to the content tests.
func (s *pageSeg) orderedAssign(stories [][]int, sfirst []int, stoks []map[string]float64, gs []*group, byGroup map[*group]*article, owner []*article, arts *[]*article) {
	var heads []*group
	for _, g := range gs {
		h := strings.Join(g.head, "")
		// A Chinese dump cuts body lines short at quotation marks; such a
		// line taken for a heading leaves its quotation open.
		if len(g.head) > 0 && (byGroup[g] == nil || !byGroup[g].note) && !s.lateHeads[g.line] && !cues.IsSection(h) && !(s.zh && openQuote(h)) {
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
	took := map[*group]bool{}
	closed := map[*group]bool{}
	stacked := map[*group]*group{}
	for _, i := range order {
		k := -1
		for j, h := range heads {
			if max(h.line, h.end) < sfirst[i] {
				k = j
			}
		}
		if k < 0 {
			continue
		}
		g := heads[k]
		if s.zh && !took[g] && stacked[g] == nil {
			stacked[g] = s.stackedHead(heads[:k+1], i, stoks)
		}
		if stacked[g] != nil {
			g = stacked[g]
		}
		if closed[g] {
			continue
		}
		// A Chinese page's dump misses some headings (split, or printed
		// like text): past the first story under a heading, text that
		// carries few of its words may be another article's; it and what
		// follows are left to the content tests.
		if s.zh && took[g] && s.storyCarries(g, i, stoks) < orderedCarry {
			closed[g] = true
			continue
		}
		took[g] = true
		headedStory(g, i, byGroup, arts, owner)
	}
}

// stackedHead picks, among the headings printed one right under another
// with no text between that end heads (the last is the one over story i),
// the one story i carries most words of: a Chinese dump may print a
// headline's lines or its deck as headings of their own.
func (s *pageSeg) stackedHead(heads []*group, i int, stoks []map[string]float64) *group {
	k := len(heads) - 1
	best, bestScore := heads[k], s.storyCarries(heads[k], i, stoks)
	for j := k - 1; j >= 0 && !s.textBetween(max(heads[j].line, heads[j].end), heads[j+1].line); j-- {
		// A heading ending in a colon reads on into the one under it.
		h := strings.Join(heads[j].head, "")
		if sc := s.storyCarries(heads[j], i, stoks); sc > bestScore || strings.HasSuffix(h, "：") || strings.HasSuffix(h, ":") {
			best, bestScore = heads[j], sc
		}
	}
	return best
}
