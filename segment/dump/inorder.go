package dump

// Reading order inside a Chinese article, once its text is settled: an
// article's own blocks printed in turns are read again as its columns.
// Text never moves between articles.

import (
	"maps"
	"slices"
	"strings"

	"newsprint/segment"
)

// blockTurns reads again, as columns in turns, an article's own blocks a
// blank line apart: chunks of the dump whose body lines are each a lone
// fragment of this article. The dump prints such a region's columns a
// block at a time, taking turns left to right. The page's regions in turns
// (turns) take blocks of more than softChunk lines only, and there other
// articles' blocks break the turns; here the article's blocks alone, of
// any length, are read (whether they take turns: runTurns). The lines of
// each column are cut out of the pieces that held them and read as one
// piece; what is left of those pieces stays in pieces of its own. It
// returns the new units, ps with the new pieces appended, and false when
// no blocks take turns (units and ps unchanged).
func (s *pageSeg) blockTurns(units [][]int, ps []*piece) ([][]int, []*piece, bool) {
	cols := s.turnColumns(s.ownBlocks(units, ps))
	if len(cols) == 0 {
		return units, ps, false
	}
	taken := map[fragAt]bool{}
	for _, fs := range cols {
		for _, f := range fs {
			taken[f.at()] = true
		}
	}
	ps = slices.Clip(ps)
	// A piece keeps its credit and lead in whichever new piece starts
	// with its first line.
	firstOf := map[fragAt]*piece{}
	var out [][]int
	for _, u := range units {
		var keep []int
		for _, k := range u {
			p := ps[k]
			firstOf[p.frags[0].at()] = p
			if !slices.ContainsFunc(p.frags, func(f frag) bool { return taken[f.at()] }) {
				keep = append(keep, k)
				continue
			}
			// The rest of the piece, in runs between the lines taken.
			for _, rest := range untakenRuns(p.frags, taken) {
				out = append(out, []int{len(ps)})
				ps = append(ps, cutPiece(p, rest))
			}
		}
		if len(keep) > 0 {
			out = append(out, keep)
		}
	}
	for _, fs := range cols {
		out = append(out, []int{len(ps)})
		ps = append(ps, cutPiece(firstOf[fs[0].at()], fs))
	}
	return out, ps, true
}

// ownBlocks returns the article's blocks, in dump order: the chunks whose
// body lines are each a lone fragment of the article's units. Its own
// lines only, not the page's, as this runs for each article.
func (s *pageSeg) ownBlocks(units [][]int, ps []*piece) []int {
	mine := map[int]bool{} // lines holding a lone fragment of the article
	for _, u := range units {
		for _, k := range u {
			for _, f := range ps[k].frags {
				if len(s.frags[f.line]) == 1 {
					mine[f.line] = true
				}
			}
		}
	}
	var blocks []int
	seen := map[int]bool{}
	for _, l := range slices.Sorted(maps.Keys(mine)) {
		c := s.chunk[l]
		if seen[c] {
			continue
		}
		seen[c] = true
		if !slices.ContainsFunc(s.chunkLines[c], func(x int) bool { return len(s.frags[x]) > 0 && !mine[x] }) {
			blocks = append(blocks, c)
		}
	}
	return blocks
}

// turnColumns returns the columns, as their fragments, that the runs of
// blocks a blank line apart read as in turns.
func (s *pageSeg) turnColumns(blocks []int) [][]frag {
	var cols [][]frag
	var run []int
	for _, c := range blocks {
		if len(run) > 0 {
			ls := s.chunkLines[run[len(run)-1]]
			if s.chunkLines[c][0]-ls[len(ls)-1] != 2 {
				cols = append(cols, s.runTurns(run)...)
				run = nil
			}
		}
		run = append(run, c)
	}
	return append(cols, s.runTurns(run)...)
}

// runTurns returns the columns the blocks of run take turns in, if they
// do: over how many columns, the text across the blocks' breaks tells
// (stretches), and the turns must rate better than the blocks in dump
// order by blockGain a join.
func (s *pageSeg) runTurns(run []int) [][]frag {
	if len(run) < minTurnCols*minWeave {
		return nil
	}
	fss := make([][]frag, len(run))
	ends := make([]*chain, len(run))
	for i, c := range run {
		for _, x := range s.chunkLines[c] {
			if len(s.frags[x]) == 1 {
				fss[i] = append(fss[i], s.frags[x][0])
				ends[i] = ends[i].then(s.frags[x][0])
			}
		}
	}
	t := s.joinTracker()
	// mean rates, on average, block i+d going on block i's text.
	mean := func(a, b, d int) float64 {
		v := 0.0
		for i := a; i+d < b; i++ {
			v += t.across(ends[i], fss[i+d][0])
		}
		return v / float64(b-a-d)
	}
	var cols [][]frag
	for _, st := range s.stretches(fss, fss, k2Blocks, maxTurnCols) {
		if st.k < minTurnCols || mean(st.a, st.b, st.k) < mean(st.a, st.b, 1)+blockGain {
			continue
		}
		for c := range st.k {
			var fs []frag
			for i := st.a + c; i < st.b; i += st.k {
				fs = append(fs, fss[i]...)
			}
			cols = append(cols, fs)
		}
	}
	return cols
}

// untakenRuns returns the runs of frags between those taken.
func untakenRuns(frags []frag, taken map[fragAt]bool) [][]frag {
	var runs [][]frag
	var rest []frag
	for i, f := range frags {
		if !taken[f.at()] {
			rest = append(rest, f)
		}
		if len(rest) > 0 && (i+1 == len(frags) || taken[frags[i+1].at()]) {
			runs = append(runs, rest)
			rest = nil
		}
	}
	return runs
}

// cutPiece returns a piece of fragments fs cut out of p: with all of p's
// marks when fs starts with p's first line, else with its note only; with
// none for a nil p (fs starts inside a piece).
func cutPiece(p *piece, fs []frag) *piece {
	q := piece{leadLine: -1}
	if p != nil && fs[0] == p.frags[0] {
		q = *p
	} else if p != nil {
		q.note = p.note
	}
	q.frags, q.first, q.next, q.prev = fs, fs[0].line, -1, -1
	q.w = fragsMax(fs)
	return &q
}

// minTurnCols: blocks in turns between two columns rate about as well as
// one column whose paragraphs end and start at the breaks; three or more
// columns are read so.
const minTurnCols = 3

// maxTurnCols: the most columns an article's blocks take turns between
// (a broadsheet page has eight or so).
const maxTurnCols = 7

// blockGain is how much better, on average per join, the blocks must
// rate in turns than in dump order.
const blockGain = 0.3

// readsBetter reports whether a body whose flowRate is b runs on across
// its line breaks better than one rated than, by a dictionary word at
// least (crossBase).
func readsBetter(b, than float64) bool {
	return b >= than+crossBase
}

// flowRate sums seamRate over the line breaks of the flows fs, those
// between flows too (not around a crosshead), and counts against each
// indented line (two short of the column's common width) that follows a
// running line, and each full running line that follows a paragraph's
// short last line (the next paragraph opens indented).
func (s *pageSeg) flowRate(fs []segment.Flow) float64 {
	t := s.joinTracker()
	var lines []frag
	for _, f := range fs {
		if !f.Standalone {
			for _, l := range f.Lines {
				lines = append(lines, frag{text: l.Text, w: width(l.Text)})
			}
		}
	}
	w := commonWidth(lines, 0)
	v := 0.0
	a := "" // the line before, none after a crosshead
	for _, f := range fs {
		if f.Standalone {
			a = ""
			continue
		}
		for _, l := range f.Lines {
			if b := l.Text; a != "" {
				v += t.seamRate(a, b)
				if !sentenceEnd(a) && !sentenceEnd(b) && width(b) <= w-1.5 {
					v--
				}
				if sentenceEnd(a) && width(a) < w-0.5 && !sentenceEnd(b) && width(b) >= w-0.5 {
					v-- // a paragraph's short last line, then a full running line
				}
			}
			a = l.Text
		}
	}
	return v
}

// seamRate rates line b as the line right after line a: a dictionary word
// or a number running on across the break, the page's own phrases over it,
// a start that only follows text; such a start after a sentence end rates
// against.
func (t *tracker) seamRate(a, b string) float64 {
	sm := seamOf(a, b)
	if len(sm.a) == 0 || len(sm.b) == 0 {
		return 0
	}
	cont := strings.ContainsRune(contPunct, sm.b[0])
	if sentenceEnd(a) {
		if cont {
			return -2
		}
		return 0
	}
	v := t.crossWord(sm)
	if numberRuns(sm) {
		v += numberRunScore
	}
	if t.phraseSpans(sm) {
		v += joinGram
	}
	if cont {
		v++
	}
	return v
}
