package dump

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rowHeads gives the wrapped lines of two Chinese headings printed side by
// side to the right one. pdftotext prints such headings' first lines on one
// dump line, a space apart, and their wrapped lines after it, one per row;
// the heading groups then hold the left head's first line alone and the
// right head's with every wrapped line under it. A wrapped line goes to
// the left head when the story carrying most of its words carries more of
// the left head's first line than of the right's; else it stays. Then the
// credit under the row goes to its head (rowCredit).
func (s *pageSeg) rowHeads(gs []*group, ps []*piece, stories [][]int, idf map[string]float64) {
	if !s.zh || len(stories) < 2 {
		return
	}
	// The stories' words, made at the first row: most pages have none.
	var stoks []map[string]float64
	story := func(head string) int {
		ht := s.tokens(head, idf)
		best, bestV := -1, 0.0
		for i, st := range stoks {
			if v := headScore(ht, st); v > bestV {
				best, bestV = i, v
			}
		}
		return best
	}
	for k := 0; k+1 < len(gs); k++ {
		a, b := gs[k], gs[k+1]
		if a.line != b.line || len(a.head) != 1 || len(b.head) == 0 {
			continue
		}
		if stoks == nil {
			stoks = make([]map[string]float64, len(stories))
			for i, st := range stories {
				stoks[i] = map[string]float64{}
				for _, x := range st {
					maps.Copy(stoks[i], ps[x].toks)
				}
			}
		}
		at, bt := s.tokens(a.head[0], idf), s.tokens(b.head[0], idf)
		keep := b.head[:1]
		moved := false
		for _, x := range b.head[1:] {
			sx := story(x)
			if sx >= 0 && headScore(at, stoks[sx]) > headScore(bt, stoks[sx]) {
				a.head = append(a.head, x)
				moved = true
				continue
			}
			keep = append(keep, x)
		}
		if moved {
			b.head = keep
			a.toks, b.toks = s.tokens(a.text(), idf), s.tokens(b.text(), idf)
		}
		// A run-in credit past the next heading is that heading's.
		next := math.MaxInt
		for _, g := range gs[k+2:] {
			if len(g.head) > 0 {
				next = g.line
				break
			}
		}
		s.rowCredit(a, b, next, ps, stories, stoks)
	}
}

// rowCredit moves the credit printed under a row of two side-by-side heads
// a and b from the head the run gave it to the other one, when the first
// head's text opens under the row with a run-in credit of its own (that
// text is the one the head's words are found in more than the other's):
// the head takes that run-in credit, and build gives it that text
// (rowStory).
func (s *pageSeg) rowCredit(a, b *group, next int, ps []*piece, stories [][]int, stoks []map[string]float64) {
	if (a.byline == "") == (b.byline == "") {
		return
	}
	h, o := a, b
	if b.byline != "" {
		h, o = b, a
	}
	ht, ot := s.tokens(strings.Join(h.head, ""), nil), s.tokens(strings.Join(o.head, ""), nil)
	for i, st := range stories {
		p := ps[st[0]]
		if p.credit == "" || p.credit == h.byline || p.first <= a.line || p.first > h.end+rowCreditReach || p.first >= next {
			continue
		}
		if hv, ov := headScore(ht, stoks[i]), headScore(ot, stoks[i]); hv > ov || hv == 0 && ov == 0 {
			o.copyCredit(h)
			h.byline, h.authors = p.credit, p.authors
			if s.rowStory == nil {
				s.rowStory = map[*group]int{}
			}
			s.rowStory[h] = i
			return
		}
	}
	s.rowCreditOverText(h, o, ht, ot, ps, stories, stoks)
}

// rowCreditOverText moves the credit printed right under a row of heads
// and over a story's text (rowOverCredit) from head h to the other head o
// of its row when that story carries more of o's words (ht, ot: the heads'
// words): the groups gave the credit by the heads' lines before rowHeads
// sorted the wrapped lines out, and a credit stands over its own story.
func (s *pageSeg) rowCreditOverText(h, o *group, ht, ot map[string]float64, ps []*piece, stories [][]int, stoks []map[string]float64) {
	line, ok := s.rowCredits[h.line]
	if !ok || o.line != h.line {
		return
	}
	i := slices.IndexFunc(stories, func(st []int) bool { return ps[st[0]].first == line+1 })
	if i >= 0 && headScore(ot, stoks[i]) > headScore(ht, stoks[i]) {
		moveCredit(h, o)
	}
}

// rowStoryEnds cuts the lines printed under the bracketed end credit of a
// one-piece story that rowCredit gave a head off into a story of their
// own: the column rebuilding ran another column on under that credit,
// which ends the head's text. Stories in index order: the pieces cut off
// are appended, and a map's order would number them differently each run.
func (s *pageSeg) rowStoryEnds(ps []*piece, stories [][]int, idf map[string]float64) ([]*piece, [][]int) {
	for _, i := range slices.Sorted(maps.Values(s.rowStory)) {
		if len(stories[i]) != 1 {
			continue
		}
		p := ps[stories[i][0]]
		end, ok := s.endCredits[p]
		if !ok {
			continue
		}
		k := slices.IndexFunc(p.frags, func(f frag) bool { return f.line > end })
		if k <= 0 {
			continue
		}
		rest := p.cutAt(k)
		rest.story = len(stories)
		ws := s.pieceWords([]*piece{p, rest})
		p.toks, rest.toks = tokensOf(ws[0], idf), tokensOf(ws[1], idf)
		ps = append(ps, rest)
		stories = append(stories, []int{len(ps) - 1})
	}
	return ps, stories
}

// isRowStory reports whether story i is the text rowCredit found for
// head g by its run-in credit.
func (s *pageSeg) isRowStory(g *group, i int) bool {
	j, ok := s.rowStory[g]
	return ok && j == i
}

// rowCreditReach: how many dump lines under the heading row's last line a
// run-in credit opens the text of one of its heads.
const rowCreditReach = 8

// rowParts splits the heading line above a line of n side-by-side heads
// into the n heads' lines when it holds as many parts a space apart: the
// heads' row above, which splitFrags kept whole (short parts look like one
// spaced-out line). Each part has two characters at least; nil otherwise.
func rowParts(t string, n int) []string {
	ps := strings.Fields(t)
	if n < 2 || len(ps) != n {
		return nil
	}
	for _, p := range ps {
		if utf8.RuneCountInString(p) < 2 {
			return nil
		}
	}
	return ps
}

// rowLabel reports a part of the row above side-by-side heads that is a
// column label over the head under it ("…处" over a long headline): a few
// Chinese characters, no punctuation, under half the head's length.
func rowLabel(part, head string) bool {
	n := utf8.RuneCountInString(part)
	if n > maxRowLabel || 2*n > utf8.RuneCountInString(head) {
		return false
	}
	for _, r := range part {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// maxRowLabel: column labels run to four characters; a head's wrapped
// line is seldom so short.
const maxRowLabel = 4
