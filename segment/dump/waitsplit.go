package dump

import (
	"math"
	"slices"
	"strings"
)

// splitForHeadings: a Chinese heading that is more than a bare short line
// (weak: that may be a crosshead or a label) and is still without text once
// the stories are placed lost its text to another article, where that text
// is stories alike in bigrams and unlike the rest: two articles' columns
// interleaved and went to one heading. Each headed article of three runs
// (runs) or more is parted in two by bigram likeness, starting from its
// least fitting run; the run that carries the heading's words (else the one
// printed first) stays. When both parts hold smoothMax runes and are alike
// below splitCross, the other part becomes an untitled article split off
// from its article; a smaller part alike above that splits off when it is
// the article's closed tail (closedTail). A heading left without text takes it later
// (splitTakenBy); a part no heading takes goes back (unsplit). bv holds the
// stories' bigram weights (bigramVecs).
func (s *pageSeg) splitForHeadings(arts []*article, owner []*article, stories [][]int, ps []*piece, slen []int, bv []map[string]float64, stoks []map[string]float64) []*article {
	waiting := slices.ContainsFunc(arts, func(a *article) bool {
		return a.g != nil && !a.note && len(a.stories) == 0 && len(a.g.head) > 0 && !a.g.weak()
	})
	if !waiting {
		return arts
	}
	for _, a := range arts {
		if a.g == nil || a.note || len(a.stories) < 3 {
			continue
		}
		part := s.unlikePart(a, stories, ps, slen, bv, stoks)
		if part == nil {
			continue
		}
		b := &article{split: a}
		for _, st := range part {
			moveStory(owner, st, b)
		}
		b.first = firstPiece(b, ps, stories).first
		arts = append(arts, b)
	}
	return arts
}

// unlikePart returns the stories of article a that part from the rest by
// their bigrams (splitForHeadings), nil when a holds together.
func (s *pageSeg) unlikePart(a *article, stories [][]int, ps []*piece, slen []int, bv []map[string]float64, stoks []map[string]float64) []int {
	runs := s.runs(a.stories, stories, ps)
	if len(runs) < 3 {
		return nil
	}
	vs := make([]map[string]float64, len(runs))
	size := make([]int, len(runs))
	keep, keepLine, keepCarry := 0, math.MaxInt, 0.0
	for k, run := range runs {
		vs[k] = sumOf(run, bv)
		for _, st := range run {
			size[k] += slen[st]
			c, line := s.storyCarries(a.g, st, stoks), ps[stories[st][0]].first
			if c > keepCarry || c == keepCarry && line < keepLine {
				keep, keepLine, keepCarry = k, line, c
			}
		}
	}
	all := sumOf(a.stories, bv)
	allNorm := sqNorm(all)
	seed, low := -1, math.Inf(1)
	for k := range runs {
		if k == keep || size[k] < strayLen {
			continue
		}
		if c := cosineLess(vs[k], all, allNorm); c < low {
			seed, low = k, c
		}
	}
	if seed < 0 {
		return nil
	}
	// Two means: each other run goes with the part it is more alike,
	// rated without itself, till no run moves.
	out := make([]bool, len(runs))
	out[seed] = true
	sums := func() (in, off map[string]float64) {
		var ins, offs []int
		for k := range runs {
			if out[k] {
				offs = append(offs, k)
			} else {
				ins = append(ins, k)
			}
		}
		return sumOf(ins, vs), sumOf(offs, vs)
	}
	for range splitRounds {
		in, off := sums()
		nIn, nOff := sqNorm(in), sqNorm(off)
		moved := false
		for k := range runs {
			if k == keep || k == seed {
				continue
			}
			cIn, cOff := cosineLess(vs[k], in, nIn), cosineNormed(vs[k], off, nOff)
			if out[k] {
				cIn, cOff = cosineNormed(vs[k], in, nIn), cosineLess(vs[k], off, nOff)
			}
			if o := cOff > cIn; o != out[k] {
				out[k], moved = o, true
			}
		}
		if !moved {
			break
		}
	}
	var part []int
	kept, parted := 0, 0
	for k, run := range runs {
		if out[k] {
			part = append(part, run...)
			parted += size[k]
		} else {
			kept += size[k]
		}
	}
	if kept < smoothMax || parted < smoothMax {
		return nil
	}
	in, off := sums()
	if cosine(in, off) >= splitCross && (parted >= kept || !s.closedTail(a.g, runs, out, size, stories, ps)) {
		return nil
	}
	slices.Sort(part)
	return part
}

// splitTakenBy returns the part split off (splitForHeadings) that heading
// g, left without text, takes: the one carrying most of its words, else
// the one printed nearest.
func (s *pageSeg) splitTakenBy(g *group, arts []*article, stoks []map[string]float64) *article {
	if g.weak() {
		return nil
	}
	var best *article
	bd, bc := math.MaxInt, 0.0
	for _, a := range arts {
		if a.split == nil || a.g != nil {
			continue
		}
		c, d := s.carriesAny(g, a.stories, stoks), abs(a.first-g.line)
		if c > bc || c == bc && d < bd {
			best, bd, bc = a, d, c
		}
	}
	return best
}

// unsplit gives each part split off that no heading took back to the
// article it left, if that is still one.
func unsplit(arts []*article, owner []*article) []*article {
	kept := arts[:0]
	for _, a := range arts {
		if a.split == nil || a.g != nil || !slices.Contains(arts, a.split) {
			kept = append(kept, a)
			continue
		}
		for _, st := range a.stories {
			owner[st] = a.split
		}
		a.split.stories = append(a.split.stories, a.stories...)
		slices.Sort(a.split.stories)
	}
	return kept
}

// A part split off parts from the rest of its article below this bigram
// cosine; the parting settles within splitRounds.
const (
	splitCross  = 0.2
	splitRounds = 4
)

// closedTail: the part split off starts under the rest of its article
// (short scraps aside), which reads down from the article's heading and
// stops at a sentence's end, within captionReach lines with a line printed
// between (a photo's caption; blank lines alone are a column break), and
// the part ends a sentence too: an article set under another's last lines
// whose heading the dump printed elsewhere. Its words need not differ so
// much from the article above, as two reports on one theme share many.
func (s *pageSeg) closedTail(g *group, runs [][]int, out []bool, size []int, stories [][]int, ps []*piece) bool {
	keptEnd, partEnd := runsEnd(runs, out, size, false, stories, ps), runsEnd(runs, out, size, true, stories, ps)
	if keptEnd == nil || partEnd == nil || keptEnd.openEnd() || partEnd.openEnd() {
		return false
	}
	partStart := math.MaxInt
	for k, run := range runs {
		if size[k] < strayLen {
			continue
		}
		for _, st := range run {
			first := ps[stories[st][0]].first
			if first <= g.end || out[k] && first <= keptEnd.lastLine() {
				return false
			}
			if out[k] {
				partStart = min(partStart, first)
			}
		}
	}
	if partStart > keptEnd.lastLine()+captionReach {
		return false
	}
	return slices.ContainsFunc(s.lines[keptEnd.lastLine()+1:partStart], func(l string) bool { return strings.TrimSpace(l) != "" })
}

// runsEnd returns the piece printed last in the runs on one side of the
// parting (part or kept), runs shorter than strayLen aside.
func runsEnd(runs [][]int, out []bool, size []int, part bool, stories [][]int, ps []*piece) *piece {
	var end *piece
	for k, run := range runs {
		if out[k] != part || size[k] < strayLen {
			continue
		}
		for _, st := range run {
			for _, i := range stories[st] {
				if end == nil || ps[i].lastLine() > end.lastLine() {
					end = ps[i]
				}
			}
		}
	}
	return end
}
