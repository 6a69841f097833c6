package dump

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Extractors print two neighbouring English columns on one line where
// their lines sit at the same height ("up with a lan­tern of its
// car­pen­ter boats are the fu­ture,"), and one line of each in turn where
// they do not quite. unpairColumns finds blocks holding such double lines,
// cuts them where the left column ends, gives every other line of the
// block to the column it runs on in (a hyphenated word goes on, a sentence
// goes on in lower case) and prints the left column's lines before the
// right column's.

// minPairs is how many double lines make a block of two columns; a single
// long line is more often a deck or a caption.
const minPairs = 3

// minPairShare is the share of a block's lines that must be double: two
// columns side by side share most of their lines, while an extractor that
// joins a line ending in a hyphen with the next one makes a long line now
// and then in a single column.
const minPairShare = 0.35

// pairTurn favours the other column for the next line: a bonus smaller
// than any run-on evidence.
const pairTurn = 0.3

// maxPairLines bounds the lines of a block that may hold two columns:
// pairSides takes time and memory quadratic in them, and no page prints
// two columns side by side for longer.
const maxPairLines = 400

func (s *pageSeg) unpairColumns() {
	colW := s.lineWidth()
	s.rewriteBlocks(func(ls []string) ([]string, bool) {
		left, right, ok := s.unpair(ls, colW)
		if !ok {
			return unjoin(ls)
		}
		return slices.Concat(left, []string{""}, right), true
	})
}

// unjoin cuts the long lines of a one-column block in two. Extractors
// join a line that ends in a hyphen with the next one and drop the hyphen
// ("containers rose by a third between"): the block's lines are then
// about a line wide, and a few twice as wide. Cutting such a line at the
// space nearest the block's width keeps its words in order and gives
// headings and paragraph ends the line widths they were printed at.
func unjoin(ls []string) ([]string, bool) {
	var ws []int
	for _, l := range ls {
		if len(strings.Fields(l)) >= 3 {
			ws = append(ws, visLen(strings.TrimSpace(l)))
		}
	}
	if len(ws) < minJoinBlock {
		return nil, false
	}
	slices.Sort(ws)
	w := float64(ws[len(ws)/2])
	var out []string
	cut := false
	for _, l := range ls {
		if a, b, ok := splitPair(strings.TrimSpace(l), w); ok {
			out = append(out, a, b)
			cut = true
			continue
		}
		out = append(out, l)
	}
	return out, cut
}

// minJoinBlock is how many lines of several words a block needs for its
// median to be a line's width.
const minJoinBlock = 5

// pairItem is a line of a two-column block, or one half of a double line
// (side 0 left, 1 right, -1 not known).
type pairItem struct {
	text string
	side int
}

func (s *pageSeg) unpair(ls []string, colW float64) ([]string, []string, bool) {
	if len(ls) > maxPairLines {
		return nil, nil, false
	}
	var items []pairItem
	pairs := 0
	for _, l := range ls {
		t := strings.TrimSpace(l)
		if a, b, ok := splitPair(t, colW); ok {
			items = append(items, pairItem{a, 0}, pairItem{b, 1})
			pairs++
			continue
		}
		items = append(items, pairItem{t, -1})
	}
	if pairs < minPairs || float64(pairs) < minPairShare*float64(len(ls)) {
		return nil, nil, false
	}
	side := s.pairSides(items)
	var left, right []string
	for i, it := range items {
		if side[i] == 0 {
			left = append(left, it.text)
		} else {
			right = append(right, it.text)
		}
	}
	return left, right, true
}

// pairSides assigns the items to the two columns by the best total of
// run-on scores (dynamic programming over the last item of each column).
func (s *pageSeg) pairSides(items []pairItem) []int {
	n := len(items)
	// dp[i][j]: item i ends one column, item j-1 the other (j = 0: none
	// yet); its best score, item i's side and the cell it came from.
	type cell struct {
		score float64
		side  int
		prevI int
		prevJ int
		set   bool
	}
	dp := make([][]cell, n)
	for i := range dp {
		dp[i] = make([]cell, n+1)
	}
	put := func(i, j int, sc float64, side, pi, pj int) {
		if c := &dp[i][j]; !c.set || sc > c.score {
			*c = cell{sc, side, pi, pj, true}
		}
	}
	if items[0].side != 1 {
		put(0, 0, 0, 0, -1, -1)
	}
	if items[0].side == 1 {
		put(0, 0, 0, 1, -1, -1)
	}
	for i := 0; i+1 < n; i++ {
		for j := 0; j <= i; j++ {
			c := dp[i][j]
			if !c.set {
				continue
			}
			nx := items[i+1]
			// Same column as item i.
			if nx.side < 0 || nx.side == c.side {
				put(i+1, j, c.score+s.runOn(items[i].text, nx.text), c.side, i, j)
			}
			// The other column, whose last item is j-1.
			if os := 1 - c.side; nx.side < 0 || nx.side == os {
				// Lines of columns that do not line up come one of each
				// in turn.
				sc := c.score + pairTurn
				if j > 0 {
					sc += s.runOn(items[j-1].text, nx.text)
				}
				put(i+1, i+1, sc, os, i, j)
			}
		}
	}
	bi, bj := n-1, -1
	for j := 0; j <= n; j++ {
		if dp[n-1][j].set && (bj < 0 || dp[n-1][j].score > dp[n-1][bj].score) {
			bj = j
		}
	}
	side := make([]int, n)
	for i, j := bi, bj; i >= 0; {
		c := dp[i][j]
		side[i] = c.side
		i, j = c.prevI, c.prevJ
	}
	return side
}

// runOn rates line b following line a in one column: a word broken at
// a's end must go on in b, a sentence left open goes on in lower case.
func (s *pageSeg) runOn(a, b string) float64 {
	r, _ := utf8.DecodeRuneInString(b)
	lower := unicode.IsLower(r)
	if w := wordBrokenAtEnd(a); w != "" {
		if !lower {
			return -3
		}
		if s.completesWord(wordKey(w), firstWordKey(b)) {
			return 3
		}
		return 1
	}
	if sentenceEnd(a) {
		if lower {
			return -1
		}
		return 0.5
	}
	if lower {
		return 0.5
	}
	return -0.5
}

// wordBrokenAtEnd returns the word line a breaks at a hyphen at its end,
// hyphen and all; "" if none. A dash standing apart at its end ("the
// harbour -") is punctuation, not a broken word: the sentence goes on.
// Most lines end in no hyphen, so the line is split into words only for
// those that do (runOn rates every pair of lines a paired block may join).
func wordBrokenAtEnd(a string) string {
	if !endsHyphen(a) {
		return ""
	}
	ws := strings.Fields(a)
	if w := ws[len(ws)-1]; utf8.RuneCountInString(w) > 1 {
		return w
	}
	return ""
}

// visLen counts the printed characters of t (soft hyphens are not).
func visLen(t string) int {
	return utf8.RuneCountInString(t) - strings.Count(t, "\u00ad")
}

// splitPair cuts a line that holds two column lines. The left part is about
// a column wide and ends at a word; a part ending in a hyphen is a column
// line's end for sure (running text has no hyphen before a space).
func splitPair(t string, colW float64) (string, string, bool) {
	if float64(visLen(t)) < 1.4*colW {
		return "", "", false
	}
	best, bestScore := -1, math.Inf(-1)
	for k, r := range t {
		if r != ' ' {
			continue
		}
		l, rest := t[:k], t[k+1:]
		ll, rl := float64(visLen(l)), float64(visLen(rest))
		if ll < 0.7*colW || ll > 1.15*colW || rl < 0.25*colW || rl > 1.15*colW {
			continue
		}
		sc := -math.Abs(ll-colW) / 2
		if endsHyphen(l) {
			sc += 4
		}
		if sc > bestScore {
			best, bestScore = k, sc
		}
	}
	if best < 0 {
		return "", "", false
	}
	return t[:best], t[best+1:], true
}

// lineWidth is the width of a full English column line for cutting lines:
// the page's column width, or the median length of lines of several words
// where that is more (on a short page the most common width may be any).
func (s *pageSeg) lineWidth() float64 {
	var ls []int
	for _, l := range s.lines {
		if len(strings.Fields(l)) >= 3 {
			ls = append(ls, visLen(strings.TrimSpace(l)))
		}
	}
	w := s.colWidth()
	if len(ls) > 0 {
		slices.Sort(ls)
		w = max(w, float64(ls[len(ls)/2]))
	}
	return w
}
