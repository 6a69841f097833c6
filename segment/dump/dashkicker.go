package dump

import (
	"strings"
	"unicode/utf8"
)

// A Chinese kicker that ends in a dash ("某地开展某项活动——") introduces
// the headline printed right under it. The dump may set the two apart
// with a blank line, and a long kicker with a comma is shaped like a
// column line, so neither is found a heading on its own: each tells the
// other's kind.

// dashLine reports line k as a line of its own (alone between blank
// lines, one fragment) that ends in a dash after two characters at least
// and holds no sentence.
func (s *pageSeg) dashLine(k int) bool {
	if k < 0 || k >= len(s.lines) || s.chunk[k] < 0 || len(s.chunkLines[s.chunk[k]]) != 1 {
		return false
	}
	fs := splitFrags(strings.TrimSpace(s.lines[k]), true)
	if len(fs) != 1 || !strings.HasSuffix(fs[0], "——") || hasSentencePunct(fs[0]) {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSuffix(fs[0], "——")) >= 2
}

// headShaped reports line i as one a headline is printed on: one fragment
// without commas that closes its quotations and brackets, and that the
// line under it does not run on from. A column's line under a dash that
// ends a sentence's clause fails one of these.
func (s *pageSeg) headShaped(i int) bool {
	if i < 0 || i >= len(s.lines) || s.chunk[i] < 0 {
		return false
	}
	fs := splitFrags(strings.TrimSpace(s.lines[i]), true)
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
