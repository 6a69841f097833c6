package dump

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/segment/cues"
)

// A Chinese series or column label (a column's name, a campaign's title)
// is printed on a line of its own right over the headline it introduces:
// its kicker. It takes no text of its own, so it is left over as a bare
// heading without a story. The dump may print the labels of side-by-side
// articles one under another and then their headlines in the same order:
// the labels pair with the headlines in turn.

// seriesLabel reports a heading group that can be such a label: one short
// line of word characters without punctuation (a headline's clauses carry
// commas and quotes), neither a section's name nor an editor's-note label.
func seriesLabel(g *group) bool {
	if !g.weak() || g.line != g.end {
		return false
	}
	t := cues.Squeeze(g.head[0])
	n := utf8.RuneCountInString(t)
	return n >= minLabelRunes && n <= maxLabelRunes && !strings.ContainsFunc(t, unicode.IsPunct) && !cues.IsSection(t) && !noteLabel(t)
}

// minLabelRunes: two characters alone between blank lines are as often the
// last word of the line above, wrapped (a name), as a label.
const minLabelRunes = 3

// maxLabelRunes: a series label is a column's short name ("大家手笔");
// a longer bare heading left without text over a headline is more often
// a headline whose text the dump printed elsewhere.
const maxLabelRunes = 6

// apartBy reports line b as the next printed line after line a, a single
// blank line at most between them.
func (s *pageSeg) apartBy(a, b int) bool {
	return b > a && b-a <= 2 && s.nonBlank(a+1, 1) == b
}

// labelledArticle returns the article whose headline the storyless label
// gs[i] introduces, or nil. The labels stacked right above one another
// from gs[i] on pair in turn with the headed articles whose headings
// follow them; a bare heading left without text between two labels (a
// longer label) takes its turn too.
func (s *pageSeg) labelledArticle(gs []*group, i int, byGroup map[*group]*article) *article {
	if !s.zh || !seriesLabel(gs[i]) {
		return nil
	}
	// Labels above gs[i] have been given their headlines already.
	bare := func(k int) bool {
		a := byGroup[gs[k]]
		given := a != nil && a.g != gs[k] && slices.Equal(a.g.kicker, gs[k].head)
		return (a == nil || given) && gs[k].weak() && gs[k].line == gs[k].end
	}
	first := i
	for k := i - 1; k >= 0 && bare(k) && s.apartBy(gs[k].end, gs[k+1].line); k-- {
		if seriesLabel(gs[k]) {
			first = k
		}
	}
	last := i
	for k := i + 1; k < len(gs) && bare(k) && s.apartBy(gs[k-1].end, gs[k].line); k++ {
		if seriesLabel(gs[k]) {
			last = k
		}
	}
	turn := i - first
	prev := gs[last].end
	for k := last + 1; k < len(gs) && s.apartBy(prev, gs[k].line); k++ {
		a := byGroup[gs[k]]
		if a == nil || a.note || len(gs[k].head) == 0 {
			return nil
		}
		if k-last-1 == turn {
			if len(gs[k].kicker) > 0 || unclosed(strings.Join(gs[k].head, "")) {
				return nil
			}
			return a
		}
		prev = gs[k].end
	}
	return nil
}
