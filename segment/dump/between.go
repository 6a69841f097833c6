package dump

import "unicode/utf8"

// betweenColumns gives a story printed between two columns of one article
// to that article. A dump prints the columns of a page region side by side
// on shared rows, left to right, and an article's columns are adjacent on
// the page: a column whose left and right neighbours on the rows they
// share belong to one article is a column of that article, whatever words
// it shares with a heading or another text elsewhere on the page.
// When loose (before unowned stories become blocks), unowned stories are
// taken too; else the articles are settled and only stories move.
func (s *pageSeg) betweenColumns(owner []*article, stories [][]int, ps []*piece, slen []int, loose bool) {
	pieceOf := map[fragAt]int{}
	for k, p := range ps {
		for _, f := range p.frags {
			pieceOf[f.at()] = k
		}
	}
	storyOf := func(k int) int { return ps[k].story }
	for i, st := range stories {
		var to *article
		voted, agree := 0, true
		for _, k := range st {
			l, r := s.sideNeighbours(ps[k], pieceOf)
			if l < 0 || r < 0 {
				continue
			}
			a, b := owner[storyOf(l)], owner[storyOf(r)]
			if a == nil || a != b || a.note || storyOf(l) == i || storyOf(r) == i {
				continue
			}
			if to != nil && to != a {
				agree = false
			}
			to = a
			voted += utf8.RuneCountInString(ps[k].text())
		}
		// The story's own text must be mostly such columns: a story
		// linked on past the region may be another article's.
		if to == nil || !agree || to == owner[i] || 2*voted < slen[i] || owner[i] == nil && !loose {
			continue
		}
		// Late, an article left without text would keep a heading over
		// nothing: its heading found no other text, so the story stays.
		if owner[i] != nil && !loose && len(owner[i].stories) == 1 {
			continue
		}
		// A side-by-side head's text, found by its run-in credit, stays.
		if owner[i] != nil && s.isRowStory(owner[i].g, i) {
			continue
		}
		moveStory(owner, i, to)
	}
}

// sideNeighbours returns the pieces printed left and right of p on the
// dump rows they share with it, each the one sharing most rows, when it
// shares at least minSideRows; -1 when none.
func (s *pageSeg) sideNeighbours(p *piece, pieceOf map[fragAt]int) (int, int) {
	left, right := map[int]int{}, map[int]int{}
	for _, f := range p.frags {
		fs := s.frags[f.line]
		for k, g := range fs {
			if g.text != f.text {
				continue
			}
			if k > 0 {
				if q, ok := pieceOf[fs[k-1].at()]; ok {
					left[q]++
				}
			}
			if k+1 < len(fs) {
				if q, ok := pieceOf[fs[k+1].at()]; ok {
					right[q]++
				}
			}
			break
		}
	}
	return mostRows(left), mostRows(right)
}

// mostRows returns the piece counted most often, at least minSideRows
// times (the lower index on a tie), or -1.
func mostRows(n map[int]int) int {
	best, bn := -1, minSideRows-1
	for q, c := range n {
		if c > bn || c == bn && best >= 0 && q < best {
			best, bn = q, c
		}
	}
	return best
}

// minSideRows: two columns side by side share at least this many rows; a
// single shared row may be a heading or caption printed beside a column.
const minSideRows = 2

// owners maps each story to the article holding it, after steps that
// merged articles.
func owners(arts []*article, n int) []*article {
	owner := make([]*article, n)
	for _, a := range arts {
		for _, st := range a.stories {
			owner[st] = a
		}
	}
	return owner
}
