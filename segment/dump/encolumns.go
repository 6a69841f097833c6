package dump

import (
	"slices"
	"sort"
)

// openColumns gives a column that starts inside a sentence, printed right
// after a column that ends one, to an article with a column printed before
// it that breaks off inside a sentence with no run-on printed right after
// it: of those breaks, the one whose article's words the column's are most
// like (its own article's counted without it), the nearest on a tie; the
// column moves only when it is as like that article as its own. Extractors
// print the columns of neighbouring stories in turns; a sentence broken at
// the foot of a column goes on at the head of the same story's next
// column, wherever that is printed, and a run-on that opens with a capital
// (a name) leaves its break looking open. Pages printed word by word
// (wordBlocks) and stream dumps are left alone.
func (s *pageSeg) openColumns(stories [][]int, ps []*piece, owner []*article, stoks []map[string]float64) {
	if s.zh || s.wordBlocks || s.ordered {
		return
	}
	ord := make([]int, len(stories))
	for i := range ord {
		ord[i] = i
	}
	first := func(i int) *piece { return ps[stories[i][0]] }
	last := func(i int) *piece { st := stories[i]; return ps[st[len(st)-1]] }
	sort.SliceStable(ord, func(a, b int) bool { return first(ord[a]).first < first(ord[b]).first })
	var dangling []int
	for k, i := range ord {
		if k > 0 && first(i).openStart(false) && !last(ord[k-1]).openEnd() && len(dangling) > 0 {
			// The break whose article's words the column's are most
			// like (its own article's without it), the nearest on a tie.
			n, best := len(dangling)-1, -1.0
			for x := len(dangling) - 1; x >= 0; x-- {
				a := owner[dangling[x]]
				if a == nil {
					continue
				}
				w := storyWords(a, stoks)
				if a == owner[i] {
					w = sub(w, stoks[i])
				}
				if c := cosine(stoks[i], w); c > best {
					n, best = x, c
				}
			}
			e := dangling[n]
			dangling = slices.Delete(dangling, n, n+1)
			// best is the column's likeness to to's words (to is not its
			// own article, whose words it was measured against without it).
			if from, to := owner[i], owner[e]; to != nil && to.g != nil && from != to && (from == nil ||
				best >= cosine(stoks[i], sub(storyWords(from, stoks), stoks[i]))) {
				if from != nil {
					from.stories = remove(from.stories, i)
				}
				to.stories = append(to.stories, i)
				owner[i] = to
			}
		}
		if last(i).openEnd() && (k+1 == len(ord) || !first(ord[k+1]).openStart(false)) {
			dangling = append(dangling, i)
		}
	}
}
