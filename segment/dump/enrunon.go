package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/segment/cues"
)

// runOnHeads turns back into body text the English heading lines whose
// words read on into the line under them: a paragraph's first lines in a
// narrow column are as short as a wrapped headline's ("The County Water"
// / "Board has said" / "farmers and other…"). A run of
// heading lines (in one block, line after line) is running text when the
// next line of its block starts in lower case, or when its last line
// stops on a function word with more text under it ("head of the" /
// "regional office for" / "Wales. …"): a headline stops neither way.
// The paragraph goes back up the run to a line in capitals or ending a
// sentence; reaching the top of a run of three lines or more, it leaves
// the first line, a crosshead over it. A run set in another style than
// the body stays (otherStyle).
func (s *pageSeg) runOnHeads() {
	for n := 0; n < len(s.items); {
		end := n
		for end < len(s.items) && s.headRunItem(n, end) {
			end++
		}
		if end == n {
			n++
			continue
		}
		last := s.items[end-1].line
		if s.runsOn(last) && !s.otherStyle(n, end) && s.columnWidth(n, end) {
			from := end - 1
			for from > n && !s.setApart(s.items[from-1].line) {
				from--
			}
			if from == n && end-n >= 3 {
				from++
			}
			for k := from; k < end; k++ {
				s.toBody(k)
			}
		}
		n = end
	}
}

// headRunItem reports item k as the next line of a run of heading lines
// opened by item n: a heading (no deck) on the line under the previous
// one, in its block.
func (s *pageSeg) headRunItem(n, k int) bool {
	it := s.items[k]
	if it.kind != kHeading || it.deck || it.beside {
		return false
	}
	if k == n {
		return true
	}
	prev := s.items[k-1]
	return it.line == prev.line+1 && it.chunk == prev.chunk
}

// runsOn reports a heading line i whose words go on in the line under it,
// in its block: that line starts in lower case, or line i stops on a
// function word.
func (s *pageSeg) runsOn(i int) bool {
	if i+1 >= len(s.lines) || s.chunk[i+1] != s.chunk[i] {
		return false
	}
	t := strings.TrimSpace(s.lines[i])
	if sentenceEnd(t) {
		return false
	}
	nx := strings.TrimSpace(s.lines[i+1])
	if r, _ := utf8.DecodeRuneInString(nx); unicode.IsLower(r) && s.columnLineOn(i+1) {
		return true
	}
	ws := strings.Fields(t)
	return len(ws) > 0 && enFunction[strings.ToLower(ws[len(ws)-1])]
}

// otherStyle reports a run of heading items n to end that prints a word
// the body hyphenates without its soft hyphens: set in another style, it
// is a heading, whatever the dump printed under it (another column's
// text, which may open in lower case).
func (s *pageSeg) otherStyle(n, end int) bool {
	for k := n; k < end; k++ {
		if s.unhyphenated(strings.Fields(s.lines[s.items[k].line])) {
			return true
		}
	}
	return false
}

// columnLineOn reports line k as a line of column text going on, with
// more text under it in its block that is no credit: a wrapped headline's
// next line may start in lower case too, but a credit follows it.
func (s *pageSeg) columnLineOn(k int) bool {
	if k+1 >= len(s.lines) || s.chunk[k+1] != s.chunk[k] {
		return false
	}
	_, _, ok := cues.ParseByline(strings.TrimSpace(s.lines[k+1]))
	return !ok
}

// columnWidth reports a run of heading items n to end no wider than a
// column line: headlines set side by side, which the dump prints on one
// line, run wider.
func (s *pageSeg) columnWidth(n, end int) bool {
	for k := n; k < end; k++ {
		if float64(utf8.RuneCountInString(strings.TrimSpace(s.lines[s.items[k].line]))) > s.colW+2 {
			return false
		}
	}
	return true
}

// setApart reports a heading line that the text under it does not go on
// from: in capitals (a label, an advert's call), or ending a sentence.
func (s *pageSeg) setApart(i int) bool {
	t := strings.TrimSpace(s.lines[i])
	return allCapsLine(t) || sentenceEnd(t)
}

// toBody makes heading item k a body line again.
func (s *pageSeg) toBody(k int) {
	it := &s.items[k]
	l := strings.TrimSpace(s.lines[it.line])
	it.kind, it.text = kBody, ""
	s.frags[it.line] = []frag{{text: l, line: it.line, w: float64(utf8.RuneCountInString(l))}}
}
