package layout

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
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
		if taken[k] || !s.setApart(b) {
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
			if c.art >= 0 || taken[n] || c.box.Y0-last.box.Y1 > 2*s.body || !s.capsLine(c) || (c.role != roleBody && c.role != roleHeadline) {
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

// bodyLineOpening reports a one-line block set a little larger than body
// text (as OCR misjudges a line's size) that runs on, tight and flush
// right, into the body text under it: the first line of a paragraph.
func (s *state) bodyLineOpening(b *block) bool {
	if len(b.lines) != 1 || s.ratio(b.size) > 1.5 {
		return false
	}
	down := s.neighbour(b, false)
	if down == nil || !s.bodyLike(down) || len(down.lines) < 2 || down.box.Y0-b.box.Y1 > 0.6*s.body {
		return false
	}
	return math.Abs(b.box.X1-down.box.X1) <= 0.5*s.body && b.box.Width() >= 0.8*down.box.Width()
}

// columnFrame reports a drawn box that runs most of the height of the
// page's text: notes and adverts are boxed, whole columns are not.
func (s *state) columnFrame(r page.Rect) bool {
	top, bottom := math.Inf(1), math.Inf(-1)
	for _, l := range s.lines {
		top, bottom = math.Min(top, l.Box.Y0), math.Max(bottom, l.Box.Y1)
	}
	return r.Height() > 0.6*(bottom-top)
}

// apartHead reports a short block on a scan that is a little larger than
// body text or all bold, set apart from what is above it, with body text
// close under it: a head whose size OCR underestimated.
func (s *state) apartHead(b *block) bool {
	if len(b.lines) > 3 || s.ratio(b.size) > 1.6 || midSentence(blockText(b)) || len(strings.Fields(blockText(b))) < 2 {
		return false
	}
	bold := true
	for _, l := range b.lines {
		bold = bold && l.Bold
	}
	if s.ratio(b.size) < 1.15 && !(bold && s.ratio(b.size) >= 0.9) {
		return false
	}
	if !s.setApart(b) || s.bodyLineOpening(b) {
		return false
	}
	down := s.neighbour(b, false)
	return down != nil && down.role == roleBody && s.bodyLike(down) && !s.capsLine(down) && down.box.Y0-b.box.Y1 <= 3.5*s.body
}

// runningText reports a big block that reads as a piece of running text
// and has no other big text right above or below it, as the lines of a
// head have.
func (s *state) runningText(b *block) bool {
	if !midSentence(blockText(b)) {
		return false
	}
	for k := range s.blocks {
		c := &s.blocks[k]
		if c == b || !s.big(c) || overlapX(c.box, b.box) <= 0 {
			continue
		}
		if gap := math.Max(c.box.Y0-b.box.Y1, b.box.Y0-c.box.Y1); gap < 0.8*math.Max(b.size, c.size) {
			return false
		}
	}
	return true
}

// midSentence reports Latin text that starts with a word in lower case or
// ends in a comma: a piece of running text (a word or line OCR sized
// wrongly), never a head.
func midSentence(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	if strings.HasSuffix(f[len(f)-1], ",") {
		return true
	}
	letters := 0
	for _, r := range f[0] {
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.Is(unicode.Latin, r) || !unicode.IsLower(r) {
			return false
		}
		letters++
	}
	return letters > 0
}

// speck reports an OCR line of a few small Latin letters or signs read
// with low confidence: texture of a photo or dirt on the paper, not print.
// (A CJK character alone may be print: a quote mark, a label.)
func speck(l page.Line, body float64) bool {
	if runes(l.Text) > 3 || lineSize(l) >= 0.6*body || l.Conf >= 0.8 {
		return false
	}
	for _, r := range l.Text {
		if wide(r) {
			return false
		}
	}
	return true
}

// creditCaptions marks as captions the short blocks that end in a photo
// credit ("PHOTO: JANE DOE") where no picture was found above them (a scan
// shows only some photos as pictures), with the pieces of their lines that
// OCR cut off at a wide space.
func (s *state) creditCaptions() {
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.role != roleBody || b.inBox >= 0 || len(b.lines) > 4 {
			continue
		}
		if _, _, ok := cues.CaptionCredit(blockText(b)); !ok {
			continue
		}
		b.role = roleCaption
		for i := range s.blocks {
			c := &s.blocks[i]
			if c.role != roleBody || c.inBox >= 0 || len(c.lines) != 1 {
				continue
			}
			gap := math.Max(c.box.X0-b.box.X1, b.box.X0-c.box.X1)
			for _, l := range b.lines {
				if overlapY(*l.Box, c.box) > 0.5*math.Min(l.Box.Height(), c.box.Height()) && gap <= 1.5*s.body {
					c.role = roleCaption
					break
				}
			}
		}
	}
}

// rowOrder sorts lines top-down, and left to right those on one row.
func rowOrder(ls []page.Line) []page.Line {
	sort.SliceStable(ls, func(i, j int) bool {
		a, b := *ls[i].Box, *ls[j].Box
		if overlapY(a, b) > 0.5*math.Min(a.Height(), b.Height()) {
			return a.X0 < b.X0
		}
		return a.Y0 < b.Y0
	})
	return ls
}

// splitBars cuts an OCR line at a word inside it that is only bars: a
// column rule that the line was read across, from one column into the
// next. The bar goes.
func splitBars(l page.Line) []page.Line {
	var out []page.Line
	start, from, pos := 0, 0, 0
	for i, w := range l.Words {
		at := strings.Index(l.Text[pos:], w.Text)
		if at < 0 || w.Text == "" {
			return []page.Line{l} // words do not spell the text: leave it
		}
		wStart := pos + at
		pos = wStart + len(w.Text)
		if i == 0 || i == len(l.Words)-1 || strings.Trim(w.Text, "|｜ ") != "" {
			continue
		}
		if i > start {
			out = append(out, piece(l, start, i, l.Text[from:wStart], from))
		}
		start, from = i+1, pos
	}
	if len(out) == 0 {
		return []page.Line{l}
	}
	return append(out, piece(l, start, len(l.Words), l.Text[from:], from))
}

// runOn gives body text that nothing owns to the article of the body text
// right above it in its column: the rest of a column whose top a
// continuation took (OCR splits a column into blocks where it misjudges a
// line's size).
func (s *state) runOn() {
	var ks []int
	for k := range s.blocks {
		if b := &s.blocks[k]; b.art < 0 && b.role == roleBody && b.inBox < 0 {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool { return s.blocks[ks[i]].box.Y0 < s.blocks[ks[j]].box.Y0 })
	for _, k := range ks {
		b := &s.blocks[k]
		up := s.neighbour(b, true)
		if up == nil || up.art < 0 || up.role != roleBody || s.arts[up.art].boxed || b.box.Y0-up.box.Y1 > 1.5*s.body || s.separated(up.box, b.box) {
			continue
		}
		b.art = up.art
		s.arts[up.art].blocks = append(s.arts[up.art].blocks, k)
	}
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
			sort.Float64s(sizes)
			bb.size = sizes[len(sizes)/2]
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
		if n < 8 {
			return 0
		}
		for _, r := range l.Text {
			if wide(r) {
				return 0
			}
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

// parseByline is cues.ParseByline, which on OCR pages also tries the text
// without the stray marks OCR reads at its ends (a quote, a comma).
func (s *state) parseByline(t string) (string, []segment.Author, bool) {
	bl, authors, ok := cues.ParseByline(t)
	if ok || !s.ocr {
		return bl, authors, ok
	}
	if c := strings.Trim(t, " ‘’'\"“”,.;:|_-"); c != strings.TrimSpace(t) && c != "" {
		return cues.ParseByline(c)
	}
	return "", nil, false
}

// bylineTail is the one-line block right under a one-line block b that
// completes b's text into a credit ("By Jane Doe, Staff" over "Writer"),
// nil if none.
func (s *state) bylineTail(b *block) *block {
	if !s.ocr || len(b.lines) != 1 {
		return nil
	}
	next := s.neighbour(b, false)
	if next == nil || next.role != roleBody || next.inBox != b.inBox || len(next.lines) != 1 || next.box.Y0-b.box.Y1 > 0.8*s.body {
		return nil
	}
	if _, _, ok := s.parseByline(blockText(b) + " " + blockText(next)); !ok {
		return nil
	}
	return next
}

// creditPlace reports a line set where a credit at the top of a column
// is: flush left, or centred in the column.
func (s *state) creditPlace(l page.Line, col *page.Rect) bool {
	if !s.indented(l, col) {
		return true
	}
	return s.ocr && col != nil && col.X1-l.Box.X1 > 0.8*s.body && math.Abs((l.Box.X0-col.X0)-(col.X1-l.Box.X1)) < 1.5*s.body
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
