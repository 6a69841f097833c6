package dump

import (
	"strings"
	"unicode/utf8"

	"newsprint/segment/cues"
)

// A Chinese kicker that ends in a dash ("某地开展某项活动——") introduces
// the headline printed right under it. The dump may set the two apart
// with a blank line, and a long kicker with a comma is shaped like a
// column line, so neither is found a heading on its own: each tells the
// other's kind.

// dashLine reports line k as a line of its own (alone between blank
// lines) that reads as a dash kicker (dashText).
func (s *pageSeg) dashLine(k int) bool {
	if k < 0 || k >= len(s.lines) || s.chunk[k] < 0 || len(s.chunkLines[s.chunk[k]]) != 1 {
		return false
	}
	return s.dashText([]int{k}) != ""
}

// headShaped reports line i as one a headline is printed on: one fragment
// without commas that closes its quotations and brackets, and that the
// line under it does not run on from. A column's line under a dash that
// ends a sentence's clause fails one of these.
func (s *pageSeg) headShaped(i int) bool {
	if i < 0 || i >= len(s.lines) || s.chunk[i] < 0 {
		return false
	}
	fs := splitFrags(s.lines[i], true)
	if len(fs) != 1 || utf8.RuneCountInString(fs[0]) < 2 || strings.ContainsAny(fs[0], "，、") || unclosed(fs[0]) {
		return false
	}
	return s.headingFrag(fs[0], i) && s.standsApart(i, fs[0])
}

// nonBlank returns the first line from i on, stepping by step (1 or -1),
// that is not blank, or -1.
func (s *pageSeg) nonBlank(i, step int) int {
	for ; i >= 0 && i < len(s.lines); i += step {
		if s.chunk[i] >= 0 {
			return i
		}
	}
	return -1
}

// kickerOverHead reports line i as a dash kicker over a headline.
func (s *pageSeg) kickerOverHead(i int) bool {
	return s.dashLine(i) && s.headShaped(s.nonBlank(i+1, 1))
}

// headUnderKicker reports line i as the headline a dash kicker introduces.
func (s *pageSeg) headUnderKicker(i int) bool {
	return s.headShaped(i) && s.dashLine(s.nonBlank(i-1, -1))
}

// maxKickerLines: a kicker wraps over two or three lines at most; a longer
// block ending in a dash is a paragraph leading into a quotation.
const maxKickerLines = 3

// wrappedDash returns the text of a chunk's lines read as one dash kicker
// wrapped over two or three lines (dashText), or "".
func (s *pageSeg) wrappedDash(ls []int) string {
	if len(ls) < 2 || len(ls) > maxKickerLines {
		return ""
	}
	return s.dashText(ls)
}

// dashText returns the text of lines ls read as one dash kicker, or "":
// each line one fragment, the whole no sentence, closing its quotations,
// with one dash, at its end, after two characters at least.
func (s *pageSeg) dashText(ls []int) string {
	var b strings.Builder
	for _, k := range ls {
		fs := splitFrags(s.lines[k], true)
		if len(fs) != 1 {
			return ""
		}
		b.WriteString(fs[0])
	}
	t := b.String()
	if !strings.HasSuffix(t, "——") || strings.Count(t, "——") > 1 || hasSentencePunct(t) || unclosed(t) ||
		utf8.RuneCountInString(strings.TrimSuffix(t, "——")) < 2 {
		return ""
	}
	return t
}

// wrappedKickerOverHead returns the text of a dash kicker wrapped over
// the chunk line i opens, when a headline stands under it, and the
// chunk's lines; else "".
func (s *pageSeg) wrappedKickerOverHead(i int) (string, []int) {
	c := s.chunk[i]
	if c < 0 || i > 0 && s.chunk[i-1] == c {
		return "", nil
	}
	ls := s.chunkLines[c]
	t := s.wrappedDash(ls)
	// A headline right above the block may be the one it belongs to,
	// printed over its kicker: the block is no kicker of the next one.
	if t == "" || s.headShaped(s.nonBlank(i-1, -1)) {
		return "", nil
	}
	// A credit under the block signs a headline with its kicker printed
	// under it, not a kicker over a headline.
	h := s.nonBlank(ls[len(ls)-1]+1, 1)
	if !s.headShaped(h) {
		return "", nil
	}
	if _, _, credit := cues.ParseByline(s.lines[h]); credit {
		return "", nil
	}
	return t, ls
}
