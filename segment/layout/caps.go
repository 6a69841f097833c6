package layout

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
)

// Older and denser pages set their heads in capitals at about body size:
// a bold capitals line, then decks (a capitals phrase, a summary sentence)
// between short rules. On a scan neither the weight nor the size tells
// such a head from body text: OCR sizes come from the x-height, which a
// line of capitals does not have, and its bold flag is unreliable. What
// does tell is the capitals and the white space or rule that sets the
// line apart from the text above it.

// capsLine reports a short block of Latin capitals of about body size:
// at least two words and six letters, nearly all upper case.
func (s *state) capsLine(b *block) bool {
	if len(b.lines) > 2 || b.inBox >= 0 {
		return false
	}
	if r := s.ratio(b.size); r < 0.6 || r > 1.6 {
		return false
	}
	t := blockText(b)
	letters, upper := 0, 0
	for _, r := range t {
		if !unicode.IsLetter(r) {
			continue
		}
		if r > unicode.MaxLatin1 && !unicode.In(r, unicode.Latin) {
			return false
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return letters >= 6 && float64(upper) >= 0.85*float64(letters) && len(strings.Fields(t)) >= 2
}

// capsStacks finds, on OCR pages, heads set in capitals: a capitals line
// set apart from what is above it (white space, a rule, or nothing but
// furniture) with text close below. Capitals lines right under it are its
// decks, and so is a summary set inset from the column under them. It
// returns the stacks, head first, with the roles set.
func (s *state) capsStacks() [][]int {
	if !s.ocr {
		return nil
	}
	var ks []int
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.art < 0 && (b.role == roleBody || b.role == roleHeadline) && s.capsLine(b) {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool { return s.blocks[ks[i]].box.Y0 < s.blocks[ks[j]].box.Y0 })
	var out [][]int
	taken := map[int]bool{}
	for _, k := range ks {
		b := &s.blocks[k]
		if taken[k] || !s.setApart(b) || s.capsDeck(b) {
			continue
		}
		down := s.neighbour(b, false)
		if down == nil || down.box.Y0-b.box.Y1 > 3*s.body {
			continue
		}
		if down.role == roleHeadline && !s.capsLine(down) {
			continue // a kicker over a head
		}
		st := []int{k}
		taken[k] = true
		last := b
		for {
			n := s.neighbourIndex(last, false)
			if n < 0 {
				break
			}
			c := &s.blocks[n]
			if c.art >= 0 || taken[n] || c.box.Y0-last.box.Y1 > 2*s.body || !(s.capsLine(c) || len(st) > 1 && s.capsRunOver(last, c)) || (c.role != roleBody && c.role != roleHeadline) {
				break
			}
			st = append(st, n)
			taken[n] = true
			last = c
		}
		if n := s.neighbourIndex(last, false); n >= 0 && len(st) > 1 {
			st = append(st, s.summaryDeck(n)...)
		}
		for i, k := range st {
			s.blocks[k].role = roleDeck
			if i == 0 {
				s.blocks[k].role = roleHeadline
			}
		}
		out = append(out, st)
	}
	return out
}

// capsDeck reports a capitals line set right under a head in larger
// type: that head's deck (stacks takes it), not a head of its own.
func (s *state) capsDeck(b *block) bool { return s.capsHead(b) != nil }

// capsHead is the head b is the capitals deck of (capsDeck), nil if none.
func (s *state) capsHead(b *block) *block {
	// The line itself first: neighbour looks at every block.
	if !s.ocr || !s.capsLine(b) {
		return nil
	}
	up := s.neighbour(b, true)
	if up != nil && up.role == roleHeadline && !s.capsLine(up) && up.size > b.size &&
		b.box.Y0-up.box.Y1 <= math.Max(0.8*up.size, 2*s.body) {
		return up
	}
	return nil
}

// capsRunOver reports a deck's last word or two in capitals that ran over
// to a line of their own, set tight under the deck line c follows and no
// wider: too short for capsLine, and OCR sizes such a short line up
// erratically.
func (s *state) capsRunOver(last, c *block) bool {
	if len(c.lines) != 1 || c.box.Y0-last.box.Y1 > 0.6*s.body || c.box.Width() > last.box.Width() {
		return false
	}
	letters := 0
	for _, r := range blockText(c) {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}

// setApart reports a block with nothing but page furniture above it in its
// column, or with white space or a rule between it and the text above.
func (s *state) setApart(b *block) bool {
	up := s.neighbour(b, true)
	if up == nil || up.role.furniture() {
		return true
	}
	return b.box.Y0-up.box.Y1 >= 1.5*s.body || s.separated(up.box, b.box)
}

// summaryDeck returns the blocks, from k down, of the summary printed as a
// deck under a capitals head: up to eight lines, all set inset from the
// column of the text under them (a single line centred in it), with white
// space before that text. OCR may cut the summary into several blocks set
// tight one under the other.
func (s *state) summaryDeck(k int) []int {
	var chain []int
	lines := 0
	for k >= 0 {
		b := &s.blocks[k]
		// OCR may size a line of it up into a head.
		if b.art >= 0 || !(b.role == roleBody || b.role == roleHeadline && !s.capsLine(b)) || lines+len(b.lines) > 8 {
			return nil
		}
		chain = append(chain, k)
		lines += len(b.lines)
		next := s.neighbourIndex(b, false)
		if next < 0 {
			return nil
		}
		down := &s.blocks[next]
		gap := down.box.Y0 - b.box.Y1
		if gap > 3*s.body {
			return nil
		}
		if gap >= s.body {
			for _, c := range chain {
				for _, l := range s.blocks[c].lines {
					// One line is told from a paragraph's first by
					// being centred.
					if l.Box.X0-down.box.X0 < 0.5*s.body || lines < 2 && down.box.X1-l.Box.X1 < 0.5*s.body {
						return nil
					}
				}
			}
			return chain
		}
		k = next
	}
	return nil
}

// neighbourIndex is neighbour's block index, -1 if none.
func (s *state) neighbourIndex(b *block, up bool) int {
	n := s.neighbour(b, up)
	if n == nil {
		return -1
	}
	for k := range s.blocks {
		if &s.blocks[k] == n {
			return k
		}
	}
	return -1
}

// deckRunsOn reports a deck block set tight under the head block before it
// in the stack, both in running text: one deck that OCR cut into blocks.
func (s *state) deckRunsOn(head []int, k int) bool {
	i := 0
	for i < len(head) && head[i] != k {
		i++
	}
	if i == 0 || i == len(head) {
		return false
	}
	prev, b := &s.blocks[head[i-1]], &s.blocks[k]
	return prev.role == roleDeck && b.box.Y0-prev.box.Y1 < 0.6*s.body && !s.capsLine(prev) && !s.capsLine(b)
}

// headDecks splits, on OCR pages, a head block of Latin text whose first
// line (or two) is set in a larger face than the lines under it: a head
// with its deck, which OCR sizes alike. The first line is narrower than
// the deck's lines and its characters wider. It returns the stacks, head
// first, with the roles set.
func (s *state) headDecks() [][]int {
	if !s.ocr {
		return nil
	}
	var out [][]int
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.role != roleHeadline || b.art >= 0 || b.inBox >= 0 || len(b.lines) < 3 {
			continue
		}
		i := deckStart(b.lines)
		if i < 0 {
			continue
		}
		if up := s.neighbour(b, true); up != nil && up.role == roleHeadline && b.box.Y0-up.box.Y1 < 0.8*math.Max(b.size, up.size) {
			continue // a deck under its head already
		}
		deck := block{lines: b.lines[i:], inBox: b.inBox, role: roleDeck, art: -1, img: -1}
		b.lines = b.lines[:i:i]
		for _, bb := range []*block{b, &deck} {
			bb.box = *bb.lines[0].Box
			sizes := make([]float64, len(bb.lines))
			for j, l := range bb.lines {
				bb.box = bb.box.Union(*l.Box)
				sizes[j] = lineSize(l)
			}
			bb.size = median(sizes)
		}
		s.blocks = append(s.blocks, deck)
		out = append(out, []int{k, len(s.blocks) - 1})
	}
	return out
}

// deckStart is the index of the first deck line under a head's first line
// or two, -1 when the lines do not read as head and deck: the head's
// characters wider than those of every full line of the deck, and 7%
// wider than their mean, and its last line narrower than the deck's
// widest.
func deckStart(ls []page.Line) int {
	pitch := func(l page.Line) float64 {
		n := utf8.RuneCountInString(strings.TrimSpace(l.Text))
		if n < 8 || wideRunes(l.Text) > 0 {
			return 0
		}
		return l.Box.Width() / float64(n)
	}
	for i := 1; i <= 2 && len(ls)-i >= 2; i++ {
		head, widest := math.Inf(1), 0.0
		for _, l := range ls[:i] {
			head = math.Min(head, pitch(l))
		}
		for _, l := range ls[i:] {
			widest = math.Max(widest, l.Box.Width())
		}
		if head == 0 || ls[i-1].Box.Width() >= 0.9*widest {
			continue
		}
		ok, n, sum := true, 0, 0.0
		for _, l := range ls[i:] {
			if l.Box.Width() < 0.6*widest {
				continue // a paragraph's short last line
			}
			p := pitch(l)
			ok = ok && p > 0 && head > p
			n++
			sum += p
		}
		if ok && n >= 2 && head >= 1.07*sum/float64(n) {
			return i
		}
	}
	return -1
}
