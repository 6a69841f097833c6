package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/segment/cues"
)

// decksOverCredits finds English decks set in a column's width between a
// headline and its credit, which the dump prints in the headline's block
// ("Harbour plan" / "wins backing" / "The council has approved a new" /
// "sea wall for the old town." / "By JANE DOE"): lines that end a
// sentence right over the credit, under the headline's lines, from the
// first line after them that opens with a capital and is not set in
// capitals. Their lines (headings or body, as the line rules read them)
// become one deck.
func (s *pageSeg) decksOverCredits() {
	if s.zh || s.wordBlocks || s.ordered {
		return
	}
	at := make(map[int]int, len(s.items)) // line -> item index
	for n, it := range s.items {
		at[it.line] = n
	}
	for n := 0; n < len(s.items); n++ {
		it := s.items[n]
		if it.kind != kByline || it.pos != 0 {
			continue
		}
		from, to, ok := s.deckOver(it.line, at)
		if !ok {
			continue
		}
		var parts []string
		for i := from; i <= to; i++ {
			parts = append(parts, strings.TrimSpace(s.lines[i]))
			s.frags[i] = nil
		}
		deck := item{kind: kHeading, deck: true, text: cues.Normalize(strings.Join(parts, " ")), line: from, end: to, chunk: it.chunk}
		first, last := at[from], at[to]
		s.items = append(s.items[:first], append([]item{deck}, s.items[last+1:]...)...)
		for k, x := range s.items {
			at[x.line] = k
		}
		n = first + 1
	}
}

// deckOver returns the lines from to to of a deck set right over the
// credit on line k: its block opens with heading lines, and the deck is
// the lines after them from the first one opening with a capital, not in
// capitals (the line before it not ending on a function word), down to a
// line ending a sentence right over the credit; every line one item of the
// page's, a heading or body line.
func (s *pageSeg) deckOver(k int, at map[int]int) (int, int, bool) {
	c := s.chunk[k]
	if k < 2 || s.chunk[k-1] != c || !fullStop(s.lines[k-1]) {
		return 0, 0, false
	}
	top := k - 1
	for top > 0 && s.chunk[top-1] == c {
		top--
	}
	// Page furniture printed over the headline (a section label, the
	// paper's name) is a block of its own, no item (classify sets every
	// kind apart): the headline starts under it.
	for top < k-1 && furnitureLine(s.lines[top]) {
		top++
	}
	for i := top; i < k; i++ {
		n, ok := at[i]
		if !ok || s.items[n].kind != kHeading && s.items[n].kind != kBody || s.items[n].deck || s.items[n].end > 0 {
			return 0, 0, false
		}
	}
	if s.items[at[top]].kind != kHeading {
		return 0, 0, false
	}
	for d := top + 1; d < k; d++ {
		prev := s.items[at[d-1]]
		if prev.kind != kHeading {
			return 0, 0, false
		}
		ws := strings.Fields(s.lines[d-1])
		if !capitalStart(s.lines[d]) || allCapsLine(s.lines[d]) || len(ws) > 0 && enFunction[strings.ToLower(ws[len(ws)-1])] {
			continue
		}
		if k-d > maxDeckLines || len(strings.Fields(strings.Join(s.lines[d:k], " "))) < minDeckWords {
			return 0, 0, false
		}
		return d, k - 1, true
	}
	return 0, 0, false
}

// maxDeckLines and minDeckWords bound a deck set in a column: a sentence
// or two, not a paragraph of text nor a headline's line.
const (
	maxDeckLines = 8
	minDeckWords = 8
)

// fullStop reports a line ending a sentence with a full stop, question or
// exclamation mark (a closing quote may follow).
func fullStop(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), "\"'’”")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '?' || r == '!'
}

// capitalStart reports a line whose first letter, after any opening
// quotes, is a capital.
func capitalStart(t string) bool {
	t = strings.TrimLeft(strings.TrimSpace(t), "\"'‘“")
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// furnitureLine reports a line that is page furniture (a section label, a
// folio), which classify sets in a block of its own.
func furnitureLine(t string) bool {
	_, ok := cues.Furniture(t)
	return ok
}
