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
	// crosses: a column printed right after a break may go on from an
	// earlier one instead (crossedRunOn), a break whose run-on printed
	// right after it belongs to another article stays open, and untitled
	// text may go on from an open break (untitledRunOn).
	crosses bool
}

// crossedRunOn: story i opens inside a sentence right after story prev,
// which breaks off inside one, yet its words are more like the article of
// an earlier break still open (one of dangling, of another article) than
// prev's article: two stories' columns printed in turns both break inside
// a sentence, and the column printed next is the other story's run-on.
// It returns that break.
func crossedRunOn(i, prev int, dangling []int, owner []*article, stoks []map[string]float64) (int, bool) {
	adj := owner[prev]
	if adj == nil {
		return 0, false
	}
	e, best := -1, max(storyLikeness(i, adj, owner, stoks), minRunOn)
	for _, x := range dangling {
		if a := owner[x]; a != nil && a != adj && a.g != nil {
			if c := storyLikeness(i, a, owner, stoks); c > best {
				e, best = x, c
			}
		}
	}
	return e, e >= 0
}

// storyLikeness rates story i's words against article a's, against its
// own article's without them.
func storyLikeness(i int, a *article, owner []*article, stoks []map[string]float64) float64 {
	if a == owner[i] {
		return cosineWithout(stoks[i], storyWords(a, stoks))
	}
	return cosine(stoks[i], storyWords(a, stoks))
}

// ownLikeness rates story i's words against its own article's other text
// (storyLikeness), -1 for a story of no article: what r.moves weighs a
// run-on's likeness to another article against.
func ownLikeness(i int, owner []*article, stoks []map[string]float64) float64 {
	if owner[i] == nil {
		return -1
	}
	return storyLikeness(i, owner[i], owner, stoks)
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
	// orphans: columns opening inside a sentence with no open break
	// printed before them, or printed right after another article's break
	// (crosses only, see earlierRunOns).
	var orphans []int
	for k, i := range ord {
		if r.crosses && r.opens(i) && orphan(k, ord, dangling, owner, last) {
			orphans = append(orphans, i)
		}
		if k > 0 && r.crosses && r.opens(i) && r.breaks(ord[k-1]) && len(dangling) > 0 {
			if e, ok := crossedRunOn(i, ord[k-1], dangling, owner, stoks); ok {
				dangling = slices.DeleteFunc(dangling, func(x int) bool { return x == e })
				// prev's break is open now; it already is when its column
				// was left open for another article's (takenByOther), and a
				// second copy would let the break take a second column.
				if !slices.Contains(dangling, ord[k-1]) {
					dangling = append(dangling, ord[k-1])
				}
				moveStory(owner, i, owner[e])
			}
		}
		if k > 0 && r.opens(i) && !last(ord[k-1]).openEnd() && len(dangling) > 0 {
			n, best := len(dangling)-1, -1.0
			for x := len(dangling) - 1; x >= 0; x-- {
				a := owner[dangling[x]]
				if a == nil {
					continue
				}
				if c := storyLikeness(i, a, owner, stoks); c > best {
					n, best = x, c
				}
			}
			e := dangling[n]
			dangling = slices.Delete(dangling, n, n+1)
			// best is the column's likeness to to's words (to is not its
			// own article, whose words it was measured against without it).
			if to := owner[e]; to != nil && to.g != nil && owner[i] != to && r.moves(e, best, ownLikeness(i, owner, stoks)) {
				moveStory(owner, i, to)
			}
		}
		if r.crosses && k > 0 && !r.opens(i) && !last(ord[k-1]).openEnd() {
			if n, ok := untitledRunOn(i, dangling, owner, stoks); ok {
				moveStory(owner, i, owner[dangling[n]])
				dangling = slices.Delete(dangling, n, n+1)
			}
		}
		if r.breaks(i) && (k+1 == len(ord) || !r.takesUp(ord[k+1]) || r.crosses && takenByOther(owner, i, ord[k+1])) {
			dangling = append(dangling, i)
		}
	}
	if r.crosses {
		earlierRunOns(orphans, dangling, first, owner, stoks, r)
	}
}

// orphan: column ord[k], opening inside a sentence, goes on from no break
// seen so far: none is open and the column printed before it ends its
// sentence, or that column breaks off but belongs to another article (the
// earlier stages gave this one elsewhere by its words or its heading).
func orphan(k int, ord []int, dangling []int, owner []*article, last func(int) *piece) bool {
	if k == 0 {
		return true
	}
	prev := ord[k-1]
	if last(prev).openEnd() {
		return owner[prev] != owner[ord[k]]
	}
	return len(dangling) == 0
}

// earlierRunOns: a break still open once the page is read goes on in a
// column printed before it that opens inside a sentence and goes on from
// no break before it (orphan): extractors of one column after another may
// print a story's later column before its first. Of the orphans printed before
// the break, the one most like the break's article (at least minRunOn)
// takes it when r.moves says so; each orphan goes on from one break.
func earlierRunOns(orphans, dangling []int, first func(int) *piece, owner []*article, stoks []map[string]float64, r runOnRule) {
	for _, e := range dangling {
		to := owner[e]
		if to == nil || to.g == nil {
			continue
		}
		n, best := -1, minRunOn
		for x, i := range orphans {
			if first(i).first >= first(e).first || owner[i] == to {
				continue
			}
			if c := storyLikeness(i, to, owner, stoks); c > best {
				n, best = x, c
			}
		}
		if n < 0 {
			continue
		}
		if i := orphans[n]; r.moves(e, best, ownLikeness(i, owner, stoks)) {
			moveStory(owner, i, to)
			orphans = slices.Delete(orphans, n, n+1)
		}
	}
}

// takenByOther: the column printed after break i, though it opens inside
// a sentence, belongs to another headed article, so the break's run-on is
// still to be found.
func takenByOther(owner []*article, i, next int) bool {
	a := owner[next]
	return a != nil && a.g != nil && a != owner[i]
}

// untitledRunOn: story i, under no heading and printed after a sentence
// ends, goes on from one of the open breaks (an index into dangling) when
// the break's article is, of all headed articles, the one whose words it
// shares most (at least minRunOn): text split from its article by a column
// break would otherwise stand untitled.
func untitledRunOn(i int, dangling []int, owner []*article, stoks []map[string]float64) (int, bool) {
	if a := owner[i]; a != nil && a.g != nil {
		return 0, false
	}
	// owner holds an article once per story it has: each is rated once.
	rated := map[*article]float64{}
	like := func(a *article) float64 {
		c, ok := rated[a]
		if !ok {
			c = cosine(stoks[i], storyWords(a, stoks))
			rated[a] = c
		}
		return c
	}
	n, best := -1, minRunOn
	for x, e := range dangling {
		if a := owner[e]; a != nil && a.g != nil {
			if c := like(a); c > best {
				n, best = x, c
			}
		}
	}
	if n < 0 {
		return 0, false
	}
	for _, a := range owner {
		if a != nil && a.g != nil && a != owner[dangling[n]] && like(a) > best {
			return 0, false
		}
	}
	return n, true
}
