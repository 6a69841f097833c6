package layout

import (
	"math"
	"sort"

	"newsprint/page"
)

// block is a group of consecutive lines of one style in one column.
type block struct {
	lines []page.Line
	box   page.Rect
	size  float64 // median line size
	bold  bool
	font  string
	inBox int // index of the drawn box it sits in, -1 for none

	role role
	art  int // owning article, -1 for none
	img  int // for captions: the image captioned, -1 otherwise
}

func (b *block) runes() int {
	n := 0
	for _, l := range b.lines {
		n += len([]rune(l.Text))
	}
	return n
}

// lineSize is the line's font size, or its box height when the source gave
// none.
func lineSize(l page.Line) float64 {
	if l.Size > 0 {
		return l.Size
	}
	return l.Box.Height()
}

// bodySize is the size of most of the page's text, counted by characters:
// the unit every threshold is relative to.
func bodySize(lines []page.Line) float64 {
	hist := map[float64]int{}
	for _, l := range lines {
		s := math.Round(lineSize(l)*4) / 4
		hist[s] += len([]rune(l.Text))
	}
	best, bestN := 0.0, -1
	for s, n := range hist {
		if n > bestN || (n == bestN && s < best) {
			best, bestN = s, n
		}
	}
	if best <= 0 {
		return 10
	}
	return best
}

// sameStyle reports whether two vertically adjacent lines can share a
// block: same size (within tol), weight and font. A line opening with a
// run-in credit is compared by its main text only, which the source does
// not describe separately, so weight and font are not compared then.
func sameStyle(a, b page.Line, tol float64) bool {
	sa, sb := lineSize(a), lineSize(b)
	if math.Abs(sa-sb) > tol*max(sa, sb) {
		return false
	}
	if a.RunIn > 0 || b.RunIn > 0 {
		return true
	}
	if a.Bold != b.Bold {
		return false
	}
	return a.Font == "" || b.Font == "" || a.Font == b.Font
}

// pitchTol is how far the character pitches of two CJK lines on a scan
// may differ in one style.
const pitchTol = 0.15

// typeStep: lines set flush whose CJK pitches differ by more than this
// ratio are of two sizes of type, not one text: well past OCR's noise and
// a justified line's spacing.
const typeStep = 1.5

// sameStyle is the block builder's style test. OCR reports weight
// unreliably and sizes noisily: there, lines match when they are flush
// with each other on both sides (unless a kicker ending in a dash heads
// larger type), or else on size (with a wider tolerance) and CJK pitch.
func (s *state) sameStyle(a, b page.Line) bool {
	if !s.ocr {
		return sameStyle(a, b, s.sizeTol)
	}
	// A kicker ending in a dash (——) leads into the head under it, set
	// in larger type though the two may be set flush.
	if dashEnd(a.Text) {
		if pa, pb := pitch(a), pitch(b); pa > 0 && pb > (1+pitchTol)*pa {
			return false
		}
	}
	// Lines set flush in one column are one text whatever sizes OCR gave,
	// unless their CJK pitches are of two sizes of type: a column-wide
	// head with the credit under it filling the column too.
	if flush(*a.Box, *b.Box, 0.5*s.body) {
		pa, pb := shortPitch(a), shortPitch(b)
		return pa == 0 || pb == 0 || max(pa, pb) <= typeStep*min(pa, pb)
	}
	// A line set across columns (a deck) does not run on into the text of
	// a column under a part of it: neither flush left nor centred with it,
	// as the short last line of a deck is.
	if wa, wb := a.Box.Width(), b.Box.Width(); max(wa, wb) > 1.6*min(wa, wb) && math.Abs(a.Box.X0-b.Box.X0) > 3*s.body && math.Abs(a.Box.X0+a.Box.X1-b.Box.X0-b.Box.X1) > 6*s.body {
		return false
	}
	// CJK type is set solid: lines of one style have one pitch, a
	// steadier measure than the glyph heights OCR reports.
	if pa, pb := shortPitch(a), shortPitch(b); pa > 0 && pb > 0 && math.Abs(pa-pb) > pitchTol*max(pa, pb) {
		return false
	}
	return sameStyle(page.Line{Size: lineSize(a), Box: a.Box}, page.Line{Size: lineSize(b), Box: b.Box}, s.sizeTol)
}

func overlapY(a, b page.Rect) float64 {
	return math.Max(0, math.Min(a.Y1, b.Y1)-math.Max(a.Y0, b.Y0))
}

// buildBlocks groups the lines (sorted top-down) into blocks: a line joins
// the block whose last line sits right above it, overlaps it horizontally,
// has the same style and the same enclosing box, with no rule or picture
// in between.
func (s *state) buildBlocks() {
	lines := s.lines
	sort.SliceStable(lines, func(i, j int) bool {
		if lines[i].Box.Y0 != lines[j].Box.Y0 {
			return lines[i].Box.Y0 < lines[j].Box.Y0
		}
		return lines[i].Box.X0 < lines[j].Box.X0
	})
	// The blocks by the bottom of their last line, walked closest first:
	// a block's last line lies at most maxGap and overlap of the larger
	// size of the page away. Without finite coordinates, every block is
	// tried.
	ends := newEdgeIndex(typicalHeight(lines))
	maxSize, walk := math.Inf(-1), indexed
	for _, l := range lines {
		maxSize = max(maxSize, lineSize(l))
		walk = walk && finite(l.Box.Y0) && finite(l.Box.Y1) && finite(lineSize(l))
	}
	for _, l := range lines {
		lb := *l.Box
		in := s.boxOf(lb)
		best, bestGap := -1, math.Inf(1)
		try := func(i int) {
			b := &s.blocks[i]
			last := b.lines[len(b.lines)-1]
			pb := *last.Box
			h := math.Max(lineSize(last), lineSize(l))
			gap := lb.Y0 - pb.Y1
			if b.inBox != in || gap < -s.overlap*h || gap > s.maxGap*h {
				return
			}
			// The closest block takes l, the first in page order of
			// those as close: the tests below need not run on the others.
			if !(gap < bestGap || gap == bestGap && i < best) {
				return
			}
			if pb.OverlapX(lb) < 0.5*math.Min(pb.Width(), lb.Width()) {
				return
			}
			if !s.sameStyle(last, l) || s.separated(pb, lb) || !s.fitsBlock(b, l) {
				return
			}
			if s.ocr && (len(b.lines) == 1 && s.creditOver(last, l) || s.creditUnder(last, l)) {
				return
			}
			if n := len(b.lines); s.ocr && n > 1 && runes(last.Text) <= 2 && !s.sameStyle(b.lines[n-2], l) {
				// OCR sizes a character or two erratically: such a line
				// does not bridge two styles.
				return
			}
			best, bestGap = i, gap
		}
		if walk {
			h := max(lineSize(l), maxSize, 0)
			lo, hi := lb.Y0-s.maxGap*h, lb.Y0+s.overlap*h
			ends.walk(lo-1e-9*(1+math.Abs(lo)), hi+1e-9*(1+math.Abs(hi)), func(i int, y float64) bool {
				if best >= 0 && lb.Y0-y > bestGap {
					return true // the rest lie further up
				}
				try(i)
				return false
			})
		} else {
			for i := range s.blocks {
				try(i)
			}
		}
		if best >= 0 {
			b := &s.blocks[best]
			if walk {
				ends.remove(edge{b.lines[len(b.lines)-1].Box.Y1, best})
				ends.insert(edge{lb.Y1, best})
			}
			b.lines = append(b.lines, l)
			b.box = b.box.Union(lb)
			continue
		}
		if walk {
			ends.insert(edge{lb.Y1, len(s.blocks)})
		}
		s.blocks = append(s.blocks, block{lines: []page.Line{l}, box: lb, inBox: in, art: -1, img: -1})
	}
	for i := range s.blocks {
		s.blocks[i].measure()
	}
}

// creditOver reports a CJK credit line naming its authors with a line
// under it that does not complete it: on a scan OCR sizes a credit much
// as the text under it, and the text would take the credit in as its
// first line.
func (s *state) creditOver(credit, l page.Line) bool {
	return s.loneCredit(credit, credit.Text+l.Text)
}

// creditUnder reports a CJK credit line l naming its authors, centred
// under the line above it (a deck's credit; a caption's runs on from its
// text), that does not complete that line: OCR sized it like the deck,
// which would take it in as its last line.
func (s *state) creditUnder(last, l page.Line) bool {
	if l.Box.Width() >= last.Box.Width() || math.Abs(l.Box.CenterX()-last.Box.CenterX()) > s.body {
		return false
	}
	return s.loneCredit(l, last.Text+l.Text)
}

// loneCredit reports a CJK credit line naming its authors that does not
// parse as a credit once joined with the line next to it (joined, the two
// in reading order): the two are not one credit set over two lines.
func (s *state) loneCredit(credit page.Line, joined string) bool {
	if pitch(credit) == 0 {
		return false // CJK credits only: a Latin one runs on as text does
	}
	if _, authors, ok := s.parseByline(credit.Text); !ok || len(authors) == 0 {
		return false
	}
	_, _, ok := s.parseByline(joined)
	return !ok
}

// fitsBlock reports, on a scan, whether line l may join block b by its
// size as a whole and not only by its last line's: OCR's sizes drift from
// line to line, and each step within the tolerance would let a head run
// down into the body text under it. A block of head size takes no line
// sized like body text, nor a body block a head-sized line. Only CJK lines
// are compared so: their glyphs are all one height, where the sizes OCR
// gives Latin lines vary with their letters. A line flush with the last
// one on both sides is in its column whatever its size.
func (s *state) fitsBlock(b *block, l page.Line) bool {
	last := b.lines[len(b.lines)-1]
	if !s.ocr || pitch(l) == 0 || flush(*last.Box, *l.Box, 0.5*s.body) {
		return true
	}
	sizes := make([]float64, len(b.lines))
	for k, m := range b.lines {
		sizes[k] = lineSize(m)
	}
	mid, size := median(sizes), lineSize(l)
	big := func(x float64) bool { return x >= s.bigRatio*s.body }
	if len(b.lines) == 1 {
		// One line's size is a single reading: a one-line head parts from
		// the line under it only when that line is plainly body text, at a
		// margin kept as a fraction of the body size so that it holds at any
		// scan resolution (at 200 dpi a pixel is a larger part of a glyph).
		return !(big(mid) && math.Abs(size-s.body) <= s.sizeTol/2*s.body)
	}
	return !(big(mid) && bodySized(l, s.body) || big(size) && nearBody(mid, s.body))
}

// flush reports boxes set flush on both sides, within tol.
func flush(a, b page.Rect, tol float64) bool {
	return math.Abs(a.X0-b.X0) <= tol && math.Abs(a.X1-b.X1) <= tol
}

// measure sets a block's box and style from its lines.
func (b *block) measure() {
	sizes := make([]float64, len(b.lines))
	bold := 0
	b.box = *b.lines[0].Box
	for k, l := range b.lines {
		sizes[k] = lineSize(l)
		if l.Bold {
			bold++
		}
		b.box = b.box.Union(*l.Box)
	}
	b.size = median(sizes)
	b.bold = 2*bold > len(b.lines)
	b.font = b.lines[len(b.lines)-1].Font
}

// allBold reports a block whose lines are all bold.
func (b *block) allBold() bool {
	for _, l := range b.lines {
		if !l.Bold {
			return false
		}
	}
	return true
}

// separated reports whether a horizontal rule or an image lies between two
// vertically stacked boxes.
func (s *state) separated(a, b page.Rect) bool {
	top, bot := a.Y1, b.Y0
	x := page.Rect{X0: math.Max(a.X0, b.X0), X1: math.Min(a.X1, b.X1)}
	for _, r := range s.hrules {
		// Line boxes may overlap a rule set tight under the text: compare
		// with the lines' middles.
		cy := r.CenterY()
		if cy > a.CenterY() && cy < b.CenterY() && r.OverlapX(x) > 0 {
			return true
		}
	}
	for _, im := range s.images {
		if im.Y0 >= top-1 && im.Y1 <= bot+1 && im.OverlapX(x) > 0 {
			return true
		}
	}
	return false
}
