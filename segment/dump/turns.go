package dump

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
	}
	s.markTurns(run)
	return s.turnOf
}

// blockChunk reports whether chunk c can be a block of a region in turns:
// body lines of one fragment each, more than softChunk of them (shorter
// blocks pieces reads as columns across the blank lines).
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
// or as k columns in turns: a stretch reads in turns when its blocks go on
// in the block k after them better, in all by turnCost, than in the block
// right after them (the text across the breaks rates them, as across does
// for lines). The stretches are chosen to make the most of that gain over
// the run; a block's column is its place in its turn.
func (s *pageSeg) markTurns(cs []int) {
	n := len(cs)
	if n < 2*minWeave {
		return
	}
	t := s.joinTracker()
	ends := make([]*chain, n)
	for i, c := range cs {
		for _, l := range s.chunkLines[c] {
			if ends[i] == nil {
				ends[i] = (&chain{}).with(s.frags[l][0])
			} else {
				ends[i] = ends[i].with(s.frags[l][0])
			}
		}
	}
	// on[k][i] rates block i+k as the one block i goes on in.
	on := make([][]float64, maxWeave+1)
	for k := 1; k <= maxWeave; k++ {
		on[k] = make([]float64, n)
		for i := 0; i+k < n; i++ {
			on[k][i] = t.across(ends[i], s.frags[s.chunkLines[cs[i+k]][0]][0])
		}
	}
	// gain rates blocks a to b read as k columns in turns against reading
	// them in dump order.
	gain := func(k, a, b int) float64 {
		v := -turnCost
		for i := a; i+1 < b; i++ {
			if i+k < b {
				v += on[k][i]
			}
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
			for k := 2; k <= maxWeave && b-a >= k*minWeave; k++ {
				if v := best[a] + gain(k, a, b); v >= best[b] && (v > best[b] || from[b].k == 1) {
					best[b], from[b] = v, cut{a, k}
				}
			}
		}
	}
	for b := n; b > 0; b = from[b].a {
		a, k := from[b].a, from[b].k
		if k == 1 {
			continue
		}
		for i := a; i < b; i++ {
			s.turnOf[cs[i]] = turn{cs[a], (i - a) % k}
		}
	}
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
