package dump

// Untitled runs of text on scattered English pages.

import (
	"slices"

	"newsprint/segment"
)

// scatteredScraps turns the short untitled articles of a scattered
// English page (a dump printing most words one to a line, wordBlocks) into
// blocks, when such articles are at least half as many as the headed
// ones. There the extractor cut the columns of neighbouring stories into
// words and printed them in turns: a run of text that no heading took is
// a scrap of several columns, not a story whose heading was lost. A few
// untitled articles among many headed ones may be real untitled stories
// (a picture story, a brief), and are kept.
//
// Giving such a run to the headed story whose words it shares most was
// measured first: on the dev dumps of this kind it puts only 15% of the
// runs' text in the right story (the runs mix two or three columns), and
// the nearest story in the dump fares no better; the text stays on the
// page as blocks instead.
func (s *pageSeg) scatteredScraps(arts []*article, slen []int, layout *segment.Layout, ps []*piece, stories [][]int) []*article {
	if s.zh || !s.wordBlocks {
		return arts
	}
	var heads []int
	untitled := 0
	for _, a := range arts {
		switch {
		case a.note || len(a.stories) == 0:
		case a.g != nil && len(a.g.head) > 0:
			heads = append(heads, articleSize(a, slen))
		case a.g == nil:
			untitled++
		}
	}
	if len(heads) == 0 || 2*untitled < len(heads) {
		return arts
	}
	slices.Sort(heads)
	limit := scrapShare * float64(heads[len(heads)/2])
	out := arts[:0]
	for _, a := range arts {
		if a.g != nil || a.note || float64(articleSize(a, slen)) >= limit {
			out = append(out, a)
			continue
		}
		for _, st := range a.stories {
			layout.Blocks = appendStoryBlocks(layout.Blocks, ps, stories[st])
		}
	}
	return out
}

// scrapShare: an untitled run shorter than this share of the page's
// median headed story is a scrap (scatteredScraps). Art F1 on the dev
// dumps is flat for shares from 0.7 to 0.85; from 0.9 up, runs that are
// most of a story go too.
const scrapShare = 0.8
