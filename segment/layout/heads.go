package layout

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment/cues"
)

// joinHeadPieces puts back together the pieces of one head line that OCR
// returned apart: a large CJK head is often cut where a glyph was misread
// or lost. The pieces sit on one baseline with no more than a character's
// gap and no column rule between them, and have the same character pitch
// (or, when a piece is too short to measure, a size not far off: OCR sizes
// of big type vary by a third). Lines at body size are left to the gutter
// logic of splitLines, and so are pieces whose gap lines up with a gutter
// of the columns under them (columnEdges): the heads of two articles side
// by side.
func joinHeadPieces(lines []page.Line, body float64, vrules []page.Rect) []page.Line {
	return joinPieces(lines, headWindow(body), func(a, b page.Line) bool {
		return headPiece(a, b, body, vrules) && !columnEdges(lines, body, a, a.Box.X1, b.Box.X0) && !sideBySideHeads(lines, body, a, b)
	}, nil)
}

// sideBySideHeads reports head pieces a and b that each run on to a head
// line of their own under them, set flush left with them, the one under a
// ending before b: two heads side by side, each wrapped at its own
// measure. One head line that OCR cut wraps to a single line under both.
func sideBySideHeads(lines []page.Line, body float64, a, b page.Line) bool {
	under := func(p page.Line, end float64) bool {
		size := lineSize(p)
		for _, l := range lines {
			if lineSize(l) >= 1.2*body && math.Abs(l.Box.X0-p.Box.X0) <= 0.5*size && l.Box.X1 <= end &&
				l.Box.Y0 > p.Box.CenterY() && l.Box.Y0 <= p.Box.Y1+size {
				return true
			}
		}
		return false
	}
	return under(a, b.Box.X0+0.5*lineSize(b)) && under(b, math.Inf(1))
}

// joinMarks puts back a quote mark or bracket that OCR returned as a line
// of its own at either end of a line on its row: the mark's box lies
// within the line's height, no more than half a character of the line
// away.
func joinMarks(lines []page.Line) []page.Line {
	markHeight := math.Inf(-1) // the tallest mark's
	for _, l := range lines {
		if onlyMarks(l.Text) {
			markHeight = max(markHeight, l.Box.Height())
		}
	}
	near := func(a page.Line, st pieceStats) window {
		return markWindow(a, st, markHeight)
	}
	return joinPieces(lines, near, func(a, b page.Line) bool {
		mark, line := a, b
		switch am, bm := onlyMarks(a.Text), onlyMarks(b.Text); {
		case am == bm:
			return false
		case bm:
			mark, line = b, a
		}
		return math.Abs(b.Box.X0-a.Box.X1) <= 0.5*lineSize(line) && overlapY(*mark.Box, *line.Box) >= 0.8*mark.Box.Height()
	}, nil)
}

// markWindow bounds the lines joinMarks may join to a: a line takes a
// mark within half its own size of a gap, their boxes overlapping in
// height (unless a line has no height); a mark, a line within half the
// largest size. markHeight is the tallest mark's height.
func markWindow(a page.Line, st pieceStats, markHeight float64) window {
	reach, dy := 0.5*lineSize(a), math.Inf(1)
	if onlyMarks(a.Text) {
		reach, markHeight = 0.5*max(lineSize(a), st.maxSize), st.maxHeight
	}
	if st.minHeight > 0 {
		dy = (a.Box.Height() + markHeight) / 2
	}
	return rowWindow(a, -reach, reach, dy)
}

// onlyMarks reports a short text of punctuation alone: one or two marks.
func onlyMarks(t string) bool {
	n := 0
	for _, r := range t {
		if r == ' ' {
			continue
		}
		if !unicode.IsPunct(r) {
			return false
		}
		n++
	}
	return n > 0 && n <= 2
}

// joinPieces merges, left to right, each line with the lines further right
// that joins reports as its continuation (mergeHead). near bounds the
// lines joins can take for a line a (given the page's pieceStats), so
// that only those are tried, in the same order as all would be. grew, if
// not nil, hears of each line that took in another (its box was before).
func joinPieces(lines []page.Line, near func(a page.Line, st pieceStats) window, joins func(a, b page.Line) bool, grew func(i int, was page.Rect)) []page.Line {
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].Box.X0 < lines[j].Box.X0 })
	gone := make([]bool, len(lines))
	ix, st := newPieceIndex(lines, gone), statsOf(lines)
	for i := range lines {
		if gone[i] {
			continue
		}
		a := &lines[i]
		for j := ix.next(i+1, near(*a, st)); j < len(lines); j = ix.next(j+1, near(*a, st)) {
			if joins(*a, lines[j]) {
				was := *a.Box
				mergeHead(a, lines[j])
				gone[j] = true
				if grew != nil {
					grew(i, was)
				}
			}
		}
	}
	return kept(lines, gone)
}

// headWindow bounds the pieces headPiece may take for a head line a: its
// gap bounds at the largest size of the page, the middles of the pieces
// within 0.3 of a's size.
func headWindow(body float64) func(a page.Line, st pieceStats) window {
	return func(a page.Line, st pieceStats) window {
		sa := lineSize(a)
		if sa < 1.2*body {
			return noWindow
		}
		size := max(sa, st.maxSize)
		return rowWindow(a, -0.5*size, 0.8*size, 0.3*sa)
	}
}

// headPiece reports whether b continues the head line a to its right.
func headPiece(a, b page.Line, body float64, vrules []page.Rect) bool {
	sa, sb := lineSize(a), lineSize(b)
	if sa < 1.2*body || sb < 1.2*body {
		return false
	}
	size := math.Max(sa, sb)
	// A gutter between body columns is about a body character wide: a
	// kicker-sized piece must come closer than that.
	reach := 0.8 * size
	if min(sa, sb) < 1.5*body {
		reach = 0.6 * size
	}
	gap := b.Box.X0 - a.Box.X1
	if gap < -0.5*size || gap > reach || b.Box.X1 <= a.Box.X1 {
		return false
	}
	if midDist(*a.Box, *b.Box) > 0.3*math.Min(sa, sb) {
		return false
	}
	if pa, pb := pitch(a), pitch(b); pa > 0 && pb > 0 {
		if math.Abs(pa-pb) > 0.2*math.Max(pa, pb) {
			return false
		}
	} else if math.Abs(sa-sb) > 0.45*size {
		return false
	}
	return !ruleBetween(vrules, *a.Box, *b.Box, 1, 2*size)
}

// ruleBetween reports a vertical rule taller than minH in the gap between
// the pieces a and b of a line (its middle up to slack outside the gap) on
// a's height: a column rule, which no line crosses.
func ruleBetween(vrules []page.Rect, a, b page.Rect, slack, minH float64) bool {
	for _, v := range vrules {
		if cx := v.CenterX(); cx >= a.X1-slack && cx <= b.X0+slack && v.Height() > minH && overlapY(v, a) > 0 {
			return true
		}
	}
	return false
}

// midDist is how far apart the middle heights of a and b lie: the pieces
// of one line share theirs, whatever their glyphs' heights.
func midDist(a, b page.Rect) float64 {
	return math.Abs(a.CenterY() - b.CenterY())
}

// mergeHead appends the head piece b to a. The merged line keeps the size
// of the longer piece.
func mergeHead(a *page.Line, b page.Line) {
	if utf8.RuneCountInString(b.Text) > utf8.RuneCountInString(a.Text) {
		a.Size, a.Bold, a.Italic, a.Font = b.Size, b.Bold, b.Italic, b.Font
	}
	sep := ""
	last, _ := utf8.DecodeLastRuneInString(a.Text)
	first, _ := utf8.DecodeRuneInString(b.Text)
	if !wide(last) && !wide(first) || creditApart(*a, b) {
		sep = " "
	}
	r := a.Box.Union(*b.Box)
	a.Box = &r
	a.Text += sep + b.Text
	a.Words = append(append([]page.Word(nil), a.Words...), b.Words...)
	a.RunIn = 0
}

// creditApart reports a credit b set a character's width or more after
// the text a it ends (a caption's photo credit, "…开幕。 本报记者 方远摄"):
// the gap is printed, and stays a space where CJK pieces join without one.
func creditApart(a, b page.Line) bool {
	if b.Box.X0-a.Box.X1 < creditGap*math.Min(lineSize(a), lineSize(b)) {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if _, _, ok := cues.CaptionCredit(t); ok {
		return true
	}
	_, ok := cues.MisreadPhotoCredit(t)
	return ok
}

// dropGlyphRules drops the rules that lie inside a head line: a scan's rule
// finder takes the long strokes of big bold type for rules, and a rule
// through a line of type is never a separator.
func dropGlyphRules(rules []page.Rule, lines []page.Line, body float64) []page.Rule {
	var out []page.Rule
	for _, r := range rules {
		glyph := false
		for _, l := range lines {
			if lineSize(l) >= 1.5*body && inside(*l.Box, r.Box, 0.1*lineSize(l)) {
				glyph = true
				break
			}
		}
		if !glyph {
			out = append(out, r)
		}
	}
	return out
}

// scanDeck finds, on a scan, a one-line deck under the head block k that
// OCR sized like body text: the body block right under it whose
// characters are set clearly wider than body text's, or a line of
// capitals (capsDeck); or a summary of two or three lines a size up from
// the body's. -1 if none.
func (s *state) scanDeck(k int) int {
	if !s.ocr {
		return -1
	}
	bp := s.pitch
	h := &s.blocks[k]
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.role != roleBody || len(b.lines) > 3 || b.inBox != h.inBox {
			continue
		}
		// h is b's neighbour above only if it ends above b and shares
		// half the narrower one's width: the test of every block by
		// capsHead's neighbour is left to those.
		if h.box.Y1 <= b.box.Y0+1 && b.box.OverlapX(h.box) >= 0.5*math.Min(b.box.Width(), h.box.Width()) && s.capsHead(b) == h {
			return i
		}
		gap := b.box.Y0 - h.box.Y1
		if gap < -s.overlap*b.size || gap > 0.8*h.size || b.box.OverlapX(h.box) < 0.5*b.box.Width() {
			continue
		}
		if p := blockPitch(b); len(b.lines) == 1 && bp > 0 && p >= 1.15*bp && p < 0.9*blockPitch(h) {
			return i
		}
		// A summary of two or three lines in type between the head's and
		// the body's, which OCR sizes too near the body's to call big.
		if len(b.lines) > 1 && s.ratio(b.size) >= 1.12 && b.size < 0.9*h.size {
			return i
		}
	}
	return -1
}

// bodyPitch is the median character pitch of the body text's blocks of
// several lines; 0 if unknown.
func (s *state) bodyPitch() float64 {
	var ps []float64
	for k := range s.blocks {
		b := &s.blocks[k]
		if len(b.lines) >= 3 && s.bodyLike(b) {
			if p := blockPitch(b); p > 0 {
				ps = append(ps, p)
			}
		}
	}
	return median(ps)
}
