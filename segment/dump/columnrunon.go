package dump

import (
	"slices"
	"sort"
)

// A runOnRule tells, for one script, how a column's text runs on across
// the foot of a column (runOnColumns).
type runOnRule struct {
	// opens: story i's column starts inside a sentence.
	opens func(i int) bool
	// breaks: story i's column breaks off inside a sentence.
	breaks func(i int) bool
	// takesUp: story i, printed right after a break, goes on from it.
	takesUp func(i int) bool
	// moves: a column whose words are best like break e's article and own
	// like its own article's other text (-1 for none) goes there.
	moves func(e int, best, own float64) bool
}

// runOnColumns gives a column that opens inside a sentence (r.opens),
// printed right after a column that ends one, to the article of a column
// printed before it that breaks off inside a sentence (r.breaks) with no
// run-on printed right after it (r.takesUp): of those breaks, the one whose
// article's words the column's are most like (its own article's counted
// without it), the nearest on a tie; the column moves when r.moves says so.
// Each break takes one column.
func (s *pageSeg) runOnColumns(stories [][]int, ps []*piece, owner []*article, stoks []map[string]float64, r runOnRule) {
	ord := make([]int, len(stories))
	for i := range ord {
		ord[i] = i
	}
	first, last := storyEnds(ps, stories)
	sort.SliceStable(ord, func(a, b int) bool { return first(ord[a]).first < first(ord[b]).first })
	var dangling []int
	for k, i := range ord {
		if k > 0 && r.opens(i) && !last(ord[k-1]).openEnd() && len(dangling) > 0 {
			n, best := len(dangling)-1, -1.0
			for x := len(dangling) - 1; x >= 0; x-- {
				a := owner[dangling[x]]
				if a == nil {
					continue
				}
				rate := cosine
				if a == owner[i] {
					rate = cosineWithout
				}
				if c := rate(stoks[i], storyWords(a, stoks)); c > best {
					n, best = x, c
				}
			}
			e := dangling[n]
			dangling = slices.Delete(dangling, n, n+1)
			// best is the column's likeness to to's words (to is not its
			// own article, whose words it was measured against without it).
			if from, to := owner[i], owner[e]; to != nil && to.g != nil && from != to {
				own := -1.0
				if from != nil {
					own = cosineWithout(stoks[i], storyWords(from, stoks))
				}
				if r.moves(e, best, own) {
					moveStory(owner, i, to)
				}
			}
		}
		if r.breaks(i) && (k+1 == len(ord) || !r.takesUp(ord[k+1])) {
			dangling = append(dangling, i)
		}
	}
}
