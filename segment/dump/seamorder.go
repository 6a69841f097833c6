package dump

// Reading order of an article printed in clean columns (Chinese, or
// English not in word blocks): its chains read in the order whose seams
// run on best over the whole article, not one seam at a time.

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A seamBlock is a run of an article's body parts read together: a chain
// of pieces, with any crosshead over it. first and last are the chain's
// first and last pieces (nil for a crosshead alone), place the block's
// place in dump order, lead that it opens the article, underHead that its
// text is printed first under the article's headline (pageSeg.underHead).
type seamBlock struct {
	from, to    int
	first, last *piece
	place       int
	lead        bool
	underHead   bool
}

// seamOrder orders the blocks bs, the lead ones first: those stay first,
// and the rest read in the order with the best sum over its seams of
// seamGain, plus seamPrior where the dump prints the two blocks one after
// the other (and seamTouch where on the next line), less seamOpenEnd where
// the article would end inside a sentence, less seamOpenStart where it
// would open inside one, plus seamHeadFirst where it opens with the text
// under its headline. On clean columns the dump prints an article's
// columns whole but not always in reading order (a column above its
// headline comes first), and the text across each break tells which column
// goes on in which; weighed together the breaks settle what a break taken
// alone leaves open. Solved exactly up to seamExact blocks; above, the dump
// order moved a block at a time while that gains. It returns the blocks'
// indices in reading order, or nil for more than seamMost blocks.
func (s *pageSeg) seamOrder(bs []seamBlock) []int {
	fixed := 0
	for fixed < len(bs) && bs[fixed].lead {
		fixed++
	}
	order := identity(len(bs))
	n := len(bs) - fixed
	if n < 2 {
		return order
	}
	if n > seamMost {
		return nil
	}
	g, end := s.seamTable(bs[fixed:], lastLead(bs, fixed))
	path := identity(n)
	better := movedOrder
	if n <= seamExact {
		better = bestOrder
	}
	// The dump's order stands unless another rates better.
	if p := better(g, end); orderTotal(g, end, p) > orderTotal(g, end, path)+1e-9 {
		path = p
	}
	for x, j := range path {
		order[fixed+x] = fixed + j
	}
	return order
}

// lastLead is the last of the first fixed (lead) blocks of bs, which the
// free blocks go on from; nil when none leads.
func lastLead(bs []seamBlock, fixed int) *seamBlock {
	if fixed == 0 {
		return nil
	}
	return &bs[fixed-1]
}

// seamTable rates the free blocks' orders: g[0][j] free block j read
// first (after the last lead block, if any), g[1+i][j] block j read right
// after block i (seamLink); end[j] block j read last (seamOpenEnd).
func (s *pageSeg) seamTable(free []seamBlock, open *seamBlock) (g [][]float64, end []float64) {
	t := s.joinTracker()
	n := len(free)
	g = make([][]float64, n+1)
	for i := range g {
		g[i] = make([]float64, n)
		for j := range n {
			if i == 0 {
				g[i][j] = s.seamLink(t, open, free[j])
			} else if i-1 != j {
				g[i][j] = s.seamLink(t, &free[i-1], free[j])
			}
		}
	}
	end = make([]float64, n)
	for j, b := range free {
		if b.last != nil && b.last.openEnd() {
			end[j] = -seamOpenEnd
		}
	}
	return g, end
}

// seamLink rates block b read right after block a (nil: b opens the
// article, no block leading): seamPrior where the dump prints them one
// after the other, seamTouch more where on the next line, and the seam's
// gain between a's end and b's start; for b opening the article, less
// seamOpenStart where it opens inside a sentence, plus seamHeadFirst
// where it is the text under the headline.
func (s *pageSeg) seamLink(t *tracker, a *seamBlock, b seamBlock) float64 {
	v := 0.0
	if a != nil && b.place == a.place+1 {
		v += seamPrior
		if a.last != nil && b.first != nil && b.first.first == a.last.lastLine()+1 {
			v += seamTouch
		}
	}
	switch {
	case b.first == nil:
	case a == nil:
		if s.startsMid(b.first) {
			v -= seamOpenStart
		}
		if b.underHead {
			v += seamHeadFirst
		}
	case a.last != nil:
		v += s.seamGain(t, a.last, b.first)
	}
	return v
}

// seamPrior: the dump printing two blocks one after the other weighs about
// as much as a common word running across the break between them.
// seamOpenEnd is what an article ending inside a sentence costs;
// seamOpenStart what one opening inside a sentence costs, more than a
// seam inside the article there (which may lack text it printed apart):
// an article opens under its headline.
const seamPrior, seamOpenEnd, seamOpenStart = 1.0, 0.5, 2.0

// seamTouch: the dump printing a block on the line right under the
// block before it adds to seamPrior: the column goes on there, where a
// block printed after other articles' text need not.
const seamTouch = 0.5

// seamHeadFirst: the block printed first under the headline opens the
// article. It weighs as much as opening inside a sentence costs: for a
// text under its headline that starts inside one, the seams decide.
const seamHeadFirst = seamOpenStart

// seamRunOn rates a block that plainly starts inside a sentence read
// right after one that ends inside a sentence, as the dump printing them
// one after the other does.
const seamRunOn = seamPrior

// seamExact is the most blocks ordered exactly (over subsets: time and
// room grow as 2^n).
const seamExact = 12

// seamMost is the most blocks ordered at all: rating every pair takes time
// growing with the square of their number, and each round of moves
// (movedOrder: every block to every place, each order summed anew) its
// cube.
const seamMost = 48

// bestOrder finds the order of all n blocks with the largest total of
// g[0][first], g[1+i][j] for each block j read right after block i, and
// last[final] (Held and Karp's dynamic programme over subsets). On a tie
// it keeps the order found first, which need not be the dump's (all ties
// give n-1, …, 0): seamOrder keeps the dump's unless another rates better.
// The back-pointers are int8: n is at most seamExact.
func bestOrder(g [][]float64, last []float64) []int {
	n := len(g) - 1
	full := 1<<n - 1
	const none = -1e18
	best := make([][]float64, 1<<n)
	from := make([][]int8, 1<<n)
	for m := range best {
		best[m] = make([]float64, n)
		from[m] = make([]int8, n)
		for j := range n {
			best[m][j] = none
		}
	}
	for j := range n {
		best[1<<j][j], from[1<<j][j] = g[0][j], -1
	}
	for m := 1; m <= full; m++ {
		for j := range n {
			v := best[m][j]
			if v == none || m&(1<<j) == 0 {
				continue
			}
			for k := range n {
				if m&(1<<k) != 0 {
					continue
				}
				if w := v + g[1+j][k]; w > best[m|1<<k][k] {
					best[m|1<<k][k], from[m|1<<k][k] = w, int8(j)
				}
			}
		}
	}
	end := 0
	for j := range n {
		if best[full][j]+last[j] > best[full][end]+last[end] {
			end = j
		}
	}
	path := make([]int, n)
	for x, m := n-1, full; x >= 0; x-- {
		path[x] = end
		prev := int(from[m][end])
		m &^= 1 << end
		end = prev
	}
	return path
}

// movedOrder improves the dump order of the n blocks rated by g and last
// (as bestOrder) by moving one block elsewhere while a move gains.
func movedOrder(g [][]float64, last []float64) []int {
	n := len(g) - 1
	path := identity(n)
	total := func(p []int) float64 { return orderTotal(g, last, p) }
	cur := total(path)
	for range n {
		improved := false
		for i := range n {
			for j := range n {
				if i == j {
					continue
				}
				q := slices.Insert(slices.Delete(slices.Clone(path), i, i+1), j, path[i])
				if v := total(q); v > cur+1e-9 {
					path, cur, improved = q, v, true
				}
			}
		}
		if !improved {
			break
		}
	}
	return path
}

// seamGain rates piece b read right after piece a: a mark split over the
// break, the text running on across it where a ends inside a sentence
// (joinText), against b plainly starting inside a sentence after a's end.
func (s *pageSeg) seamGain(t *tracker, a, b *piece) float64 {
	if splitMark(a.frags[len(a.frags)-1].text, b.frags[0].text) {
		return joinPunct
	}
	if a.openEnd() {
		v := s.joinText(t, a, b)
		if s.startsMid(b) {
			v = max(v, seamRunOn)
		}
		return v
	}
	if s.startsMid(b) {
		return -1
	}
	return 0
}

// splitMark: line a ends with half of a two-em mark (an ellipsis "……" or
// a dash "——") that line b opens with the other half of.
func splitMark(a, b string) bool {
	a = strings.TrimRight(a, " ")
	r, _ := utf8.DecodeLastRuneInString(a)
	q, _ := utf8.DecodeRuneInString(b)
	return r == q && (r == '…' || r == '—') && !strings.HasSuffix(a, string([]rune{r, r}))
}

// orderTotal rates the order p of blocks as bestOrder does.
func orderTotal(g [][]float64, last []float64, p []int) float64 {
	v := g[0][p[0]] + last[p[len(p)-1]]
	for i := 1; i < len(p); i++ {
		v += g[1+p[i-1]][p[i]]
	}
	return v
}

// identity is the order 0, 1, …, n-1.
func identity(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return p
}

// startsMid: piece p plainly starts inside a sentence (midStart); in
// English, with a word in lower case.
func (s *pageSeg) startsMid(p *piece) bool {
	if s.zh {
		return p.midStart()
	}
	return p.openStart(false)
}
