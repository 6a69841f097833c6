package layout

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
)

// Roles on scans where OCR misjudges sizes and weights: heads a little
// larger than body text, lines of running text sized up like heads,
// credits cut or marked by OCR, captions known by their photo credit,
// columns that OCR cuts into blocks.

// bodyLineOpening reports a one-line block set larger than body text (up
// to ocrLineUp times) that runs on, tight and flush right, into the body
// text under it: the first line of a paragraph.
func (s *state) bodyLineOpening(b *block) bool {
	if len(b.lines) != 1 || s.ratio(b.size) > ocrLineUp {
		return false
	}
	down := s.neighbour(b, false)
	if down == nil || !s.bodyLike(down) || len(down.lines) < 2 || down.box.Y0-b.box.Y1 > 0.6*s.body {
		return false
	}
	return math.Abs(b.box.X1-down.box.X1) <= 0.5*s.body && b.box.Width() >= 0.8*down.box.Width()
}

// apartHead reports a short block on a scan that is a little larger than
// body text or all bold, set apart from what is above it, with body text
// close under it: a head whose size OCR underestimated.
func (s *state) apartHead(b *block) bool {
	if len(b.lines) > 3 || s.ratio(b.size) > 1.6 || midSentence(blockText(b)) || len(strings.Fields(blockText(b))) < 2 {
		return false
	}
	if s.ratio(b.size) < 1.15 && !(b.allBold() && s.ratio(b.size) >= 0.9) {
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
		if c == b || !s.big(c) || c.box.OverlapX(b.box) <= 0 {
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
				if sameRow(*l.Box, c.box) && gap <= 1.5*s.body {
					c.role = roleCaption
					break
				}
			}
		}
	}
}

// rowOrder sorts lines top-down, and left to right those on one row.
func rowOrder(ls []page.Line) []page.Line {
	sort.SliceStable(ls, func(i, j int) bool { return rowBefore(*ls[i].Box, *ls[j].Box) })
	return ls
}

// sameRow reports boxes that overlap vertically by more than half the
// shorter one's height: set on one row.
func sameRow(a, b page.Rect) bool {
	return overlapY(a, b) > 0.5*math.Min(a.Height(), b.Height())
}

// rowBefore orders boxes top-down, and left to right those on one row.
func rowBefore(a, b page.Rect) bool {
	if sameRow(a, b) {
		return a.X0 < b.X0
	}
	return a.Y0 < b.Y0
}

// runOn gives body text that nothing owns to the article of the body text
// right above it in its column: the rest of a column whose top a
// continuation took (OCR splits a column into blocks where it misjudges a
// line's size).
func (s *state) runOn() {
	defer s.indexRows()()
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

// parseByline is cues.ParseByline, which on OCR pages also tries the text
// without the stray marks OCR reads at its ends (a quote, a comma), then
// with the letters OCR read as exclamation marks (bangLetters).
func (s *state) parseByline(t string) (string, []segment.Author, bool) {
	bl, authors, ok := cues.ParseByline(t)
	if ok || !s.ocr {
		return bl, authors, ok
	}
	if c := strings.Trim(t, " ‘’'\"“”,.;:|_-"); c != strings.TrimSpace(t) && c != "" {
		if bl, authors, ok := cues.ParseByline(c); ok {
			return bl, authors, ok
		}
	}
	if c := bangLetters(t); c != t {
		return cues.ParseByline(c)
	}
	return "", nil, false
}

// bangLetters reads an exclamation mark right after a letter as the l or
// I that OCR mistook for it ("By Samue! Foster"): l after a small letter,
// I after a capital.
func bangLetters(t string) string {
	rs := []rune(t)
	for i := 1; i < len(rs); i++ {
		if rs[i] != '!' || !unicode.IsLetter(rs[i-1]) {
			continue
		}
		rs[i] = 'I'
		if unicode.IsLower(rs[i-1]) {
			rs[i] = 'l'
		}
	}
	return string(rs)
}

// bylineTail is the one-line block right under a one-line block b that
// completes b's text into a credit ("By Jane Doe, Staff" over "Writer"),
// nil if none.
func (s *state) bylineTail(b *block) *block {
	next := s.neighbour(b, false)
	if next == nil || next.role != roleBody || !s.creditTail(b, next) {
		return nil
	}
	return next
}

// creditTail reports a one-line block right under the one-line block b
// that completes b's text into a credit, on a scan: the second line of a
// credit ("By JANE DOE" over "Business Correspondent"), which OCR sizes
// apart from the first.
func (s *state) creditTail(b, next *block) bool {
	if !s.ocr || len(b.lines) != 1 || next.inBox != b.inBox || len(next.lines) != 1 || next.box.Y0-b.box.Y1 > 0.8*s.body || next.box.Y0 < b.box.Y1-s.body {
		return false
	}
	_, _, ok := s.parseByline(blockText(b) + " " + blockText(next))
	return ok
}

// creditPlace reports a line set where a credit at the top of a column
// is: flush left, or centred in the column.
func (s *state) creditPlace(l page.Line, col *page.Rect) bool {
	if !s.indented(l, col) {
		return true
	}
	return s.ocr && col != nil && col.X1-l.Box.X1 > 0.8*s.body && math.Abs((l.Box.X0-col.X0)-(col.X1-l.Box.X1)) < 1.5*s.body
}

// rowInColumn reports a block of a line or two on a scan, one of whose
// lines shares its row with other pieces inside the column right above or
// below it, the pieces together spanning most of the column: a loosely
// justified line of running text that OCR cut at its wide word spaces and
// sized word by word (a word with capitals, ascenders and descenders is
// measured larger). A head has its row to itself within its column.
func (s *state) rowInColumn(b *block) bool {
	if len(b.lines) > 2 {
		return false
	}
	// The column: the text right above or below b, or the text around
	// it, when the rest of the cut line's row went into that block.
	cols := []*block{s.neighbour(b, true), s.neighbour(b, false)}
	for k := range s.blocks {
		if c := &s.blocks[k]; c != b && c.box.Y0 <= b.box.Y0 && c.box.Y1 >= b.box.Y1 {
			cols = append(cols, c)
		}
	}
	for _, col := range cols {
		if col == nil || len(col.lines) < 2 || !s.bodyLike(col) || b.box.X0 < col.box.X0-0.5*s.body || b.box.X1 > col.box.X1+0.5*s.body {
			continue
		}
		for _, l := range b.lines {
			if s.rowSpan(b, *l.Box, col.box) >= 0.6*col.box.Width() {
				return true
			}
		}
	}
	return false
}

// rowSpan is the width that the lines of blocks other than b set on the
// row of r within the column col span together with r; 0 when there are
// none.
func (s *state) rowSpan(b *block, r, col page.Rect) float64 {
	span, found := r, false
	for k := range s.blocks {
		c := &s.blocks[k]
		if c == b || c.inBox != b.inBox || c.role.furniture() || c.box.X0 < col.X0-0.5*s.body || c.box.X1 > col.X1+0.5*s.body {
			continue
		}
		for _, l := range c.lines {
			if sameRow(*l.Box, r) {
				span, found = span.Union(*l.Box), true
			}
		}
	}
	if !found {
		return 0
	}
	return span.Width()
}
