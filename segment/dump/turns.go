package dump

import "sort"

// Some extractors print a region's columns as small blocks, a blank line
// after each, taking turns: a block of each column left to right (the
// lines of one baseline band), then the next band. Read in dump order,
// an article's text then jumps between its columns at every block.

// A turn places a chunk in such a region: the region's first chunk, and
// the column the chunk belongs to.
type turn struct {
	region, col int
}

// turns finds the regions of blocks taking turns among the page's chunks
// and the column of each of their chunks, once per page (chunks absent
// from the map read in dump order).
func (s *pageSeg) turns() map[int]turn {
	if s.turnOf != nil {
		return s.turnOf
	}
	s.turnOf = map[int]turn{}
	if !s.zh {
		return s.turnOf
	}
	s.runOf = map[int]int{}
	s.mixed = map[int]bool{}
	var run []int
	for c := range s.chunkLines {
		if !s.blockChunk(c) {
			s.markTurns(run)
			run = nil
			continue
		}
		if len(run) > 0 {
			ls := s.chunkLines[run[len(run)-1]]
			if s.chunkLines[c][0]-ls[len(ls)-1] != 2 {
				// Not a single blank line apart: another region.
				s.markTurns(run)
				run = nil
			}
		}
		run = append(run, c)
		s.runOf[c] = run[0]
	}
	s.markTurns(run)
	s.mixedTurns()
	return s.turnOf
}

// mixedTurns reads again, as one region in turns, a run of blocks of
// single-fragment lines (lineBlock) a blank line apart where blocks of a line or two
// (a column's top, a paragraph's last lines) sit among longer ones, as
// long as the longer blocks are at least half of them: the short blocks
// take their turns too, and the region is read whole.
func (s *pageSeg) mixedTurns() {
	var run []int
	big := 0
	end := func() {
		if big > 0 && 2*big >= len(run) && big < len(run) {
			for _, c := range run {
				delete(s.turnOf, c)
			}
			s.markTurns(run)
			for _, c := range run {
				s.runOf[c] = run[0]
				if _, ok := s.turnOf[c]; ok {
					s.mixed[c] = true
				}
			}
		}
		run, big = nil, 0
	}
	for c := range s.chunkLines {
		if !s.lineBlock(c) {
			end()
			continue
		}
		if len(run) > 0 {
			ls := s.chunkLines[run[len(run)-1]]
			if s.chunkLines[c][0]-ls[len(ls)-1] != 2 {
				end()
			}
		}
		run = append(run, c)
		if len(s.chunkLines[c]) > softChunk {
			big++
		}
	}
	end()
}

// lineBlock reports a chunk of body lines of one fragment each, under
// heading lines (no body fragments) where an article's first column starts
// right under its heading.
func (s *pageSeg) lineBlock(c int) bool {
	body := false
	for _, l := range s.chunkLines[c] {
		switch n := len(s.frags[l]); {
		case n == 0 && !body:
		case n != 1:
			return false
		default:
			body = true
		}
	}
	return body
}

// blockChunk reports whether chunk c can be a block of a region in turns:
// body lines of one fragment each, more than softChunk of them (shorter
// blocks pieces reads as columns across the blank lines, unless they take
// turns with longer ones: mixedTurns).
func (s *pageSeg) blockChunk(c int) bool {
	if len(s.chunkLines[c]) <= softChunk {
		return false
	}
	for _, l := range s.chunkLines[c] {
		if len(s.frags[l]) != 1 {
			return false
		}
	}
	return true
}

// markTurns reads the run of chunks cs as stretches, each in dump order
// or as k columns in turns (stretches); a block's column is its place in
// its turn.
func (s *pageSeg) markTurns(cs []int) {
	if len(cs) < 2*minWeave {
		return
	}
	blocks := make([][]frag, len(cs))
	for i, c := range cs {
		for _, l := range s.chunkLines[c] {
			if len(s.frags[l]) > 0 {
				blocks[i] = append(blocks[i], s.frags[l][0])
			}
		}
	}
	// A block's lines both end and start it.
	for _, st := range s.stretches(blocks, blocks, k2Blocks, maxWeave) {
		for i := st.a; i < st.b; i++ {
			s.turnOf[cs[i]] = turn{cs[st.a], (i - st.a) % st.k}
		}
	}
}

// articleTurns reads an article's chains chs again as columns in turns
// among its own blocks: a region's chunks of other articles break the
// turns of its columns. The chains that start with a block of a region,
// in region order, and stretches of them in turns (stretches: each
// chain's last lines against the next one's first) are the article's
// columns there. It returns the turn of each such chain by its first
// piece.
func (s *pageSeg) articleTurns(chs [][]int, ps []*piece) map[int]turn {
	runs := map[int][]int{}
	s.turns()
	for x, ch := range chs {
		h := ps[ch[0]]
		if r, ok := s.runOf[s.chunk[h.first]]; ok && s.oneChunk(h) {
			runs[r] = append(runs[r], x)
		}
	}
	out := map[int]turn{}
	for _, xs := range runs {
		if len(xs) < minWeave+2 {
			continue
		}
		sort.SliceStable(xs, func(a, b int) bool { return ps[chs[xs[a]][0]].first < ps[chs[xs[b]][0]].first })
		ends := make([][]frag, len(xs))
		starts := make([][]frag, len(xs))
		for i, x := range xs {
			ends[i] = ps[chs[x][len(chs[x])-1]].frags
			starts[i] = ps[chs[x][0]].frags
		}
		for _, st := range s.stretches(ends, starts, func(k int) int { return k + minWeave }, maxWeave) {
			r := s.chunk[ps[chs[xs[st.a]][0]].first]
			for i := st.a; i < st.b; i++ {
				out[chs[xs[i]][0]] = turn{r, (i - st.a) % st.k}
			}
		}
	}
	return out
}

// A stretch of blocks a to b reads as k columns in turns.
type stretch struct{ a, b, k int }

// k2Blocks: a stretch read as k columns shows every column twice.
func k2Blocks(k int) int { return k * minWeave }

// stretches finds the stretches of a sequence of blocks (ends: the lines
// each block ends with; starts: the lines it starts with) that read as k
// columns in turns: a stretch reads in turns when its blocks go on in the
// block k after them better, in all by turnCost, than in the block right
// after them (the text across the breaks rates them, as across does for
// lines), and holds at least least(k) blocks. The stretches are chosen to
// make the most of that gain over the sequence.
func (s *pageSeg) stretches(ends, starts [][]frag, least func(k int) int, kmax int) []stretch {
	n := len(ends)
	t := s.joinTracker()
	chains := make([]*chain, n)
	for i, fs := range ends {
		for _, f := range fs {
			chains[i] = chains[i].then(f)
		}
	}
	// on[k][i] rates block i+k as the one block i goes on in.
	on := make([][]float64, kmax+1)
	for k := 1; k <= kmax; k++ {
		on[k] = make([]float64, n)
		for i := 0; i+k < n; i++ {
			on[k][i] = t.across(chains[i], starts[i+k][0])
		}
	}
	// run[k][a][j-a] sums, from -turnCost, the gain of the joins of blocks
	// a to j-1 in turns less their joins in dump order: gain takes it for
	// the blocks whose block k on lies within the stretch, then only the
	// joins in dump order (the same sums in the same order as adding up
	// each stretch afresh, so equal readings stay equal).
	run := make([][][]float64, kmax+1)
	for k := 2; k <= kmax; k++ {
		run[k] = make([][]float64, n)
		for a := range n {
			v := -turnCost
			run[k][a] = []float64{v}
			for j := a; j+k < n; j++ {
				v += on[k][j]
				v -= on[1][j]
				run[k][a] = append(run[k][a], v)
			}
		}
	}
	// gain rates blocks a to b read as k columns in turns against reading
	// them in dump order.
	gain := func(k, a, b int) float64 {
		j := max(a, b-k)
		v := run[k][a][j-a]
		for i := j; i+1 < b; i++ {
			v -= on[1][i]
		}
		return v
	}
	// best[b] is the most gain over the first b blocks; from[b] the
	// start and k of the stretch ending there. Of equal readings, the
	// one in turns, over the longer stretch (blocks that rate alike either
	// way go with their neighbours).
	best := make([]float64, n+1)
	type cut struct{ a, k int }
	from := make([]cut, n+1)
	for b := 1; b <= n; b++ {
		best[b], from[b] = best[b-1], cut{b - 1, 1}
		for a := 0; a < b; a++ {
			for k := 2; k <= kmax && b-a >= least(k); k++ {
				if v := best[a] + gain(k, a, b); v >= best[b] && (v > best[b] || from[b].k == 1) {
					best[b], from[b] = v, cut{a, k}
				}
			}
		}
	}
	var out []stretch
	for b := n; b > 0; b = from[b].a {
		if a, k := from[b].a, from[b].k; k > 1 {
			out = append(out, stretch{a, b, k})
		}
	}
	return out
}

// then returns c (nil: a new column) with f appended.
func (c *chain) then(f frag) *chain {
	if c == nil {
		return (&chain{}).with(f)
	}
	return c.with(f)
}

// turnCost is how much better a stretch must rate read in turns: about
// a word across one of its joins.
const turnCost = 1.0

// oneChunk reports whether p lies within one chunk: a block, not a column
// read across blank lines, whose first chunk says nothing of its place.
func (s *pageSeg) oneChunk(p *piece) bool {
	c := s.chunk[p.first]
	for _, f := range p.frags {
		if s.chunk[f.line] != c {
			return false
		}
	}
	return true
}
