// Package layout segments a positioned page (PDF text layer, OCR, ALTO)
// into blocks, columns, reading order and articles.
//
// Every threshold is relative to the page's body text size: the size most
// of the page's characters are set in. The steps are: lines → blocks (one
// style, one column), roles (furniture, head stacks of kicker/headline/
// decks, bylines, captions, crossheads, body), then assembly: each headline
// owns the blocks below it within its column span until a separator, and
// a drawn box is a unit of its own (editor's note or advert).
package layout

import (
	"math"
	"slices"

	"newsprint/page"
	"newsprint/segment"
)

// state is the working set of one page.
type state struct {
	p      *page.Page
	lines  []page.Line
	body   float64 // body text size
	font   string  // body font, "" when unknown
	bold   bool    // whether body text is bold (never, in practice)
	hrules []page.Rect
	vrules []page.Rect
	boxes  []page.Rect // drawn boxes that enclose text
	shapes []page.RectShape
	images []page.Rect // pictures, and filled shapes standing for them
	blocks []block

	ocr     bool    // sizes and weights are estimates from the raster
	sizeTol float64 // relative size difference still counted as the same style
	maxGap  float64 // largest gap between lines of a block, in line sizes
	overlap float64 // largest overlap of consecutive line boxes, in line sizes
	// bigRatio is the size relative to body text from which a line counts
	// as a head.
	bigRatio float64

	left, right float64 // extent of the printed area
	// colWidth and pitch are columnWidth and bodyPitch, measured once the
	// blocks are final (assemble), for the per-article and per-head uses.
	colWidth, pitch float64
	arts            []*art
	// rows indexes the blocks for neighbour in the passes that ask it of
	// every block and change no block's box; nil elsewhere.
	rows *blockRows
}

// Segment finds the articles and page furniture of a positioned page.
func Segment(p *page.Page) segment.Layout {
	s := newState(p)
	if len(s.lines) == 0 {
		return segment.Layout{}
	}
	s.buildBlocks()
	s.classify()
	s.assemble()
	return s.layout()
}

func newState(p *page.Page) *state {
	s := &state{p: p, sizeTol: 0.06, maxGap: 0.9, overlap: 0.35, bigRatio: 1.15}
	if p.Method == page.MethodOCR {
		// Sizes from OCR are estimates, and its line boxes on a tilted
		// scan overlap their neighbours.
		s.ocr, s.sizeTol, s.overlap, s.bigRatio = true, 0.2, 0.7, 1.25
	}
	for _, l := range p.Lines {
		if l.Box == nil || l.Invisible || l.Blank() || l.Box.Empty() {
			continue
		}
		b := *l.Box
		l.Box = &b
		if s.ocr {
			for _, piece := range splitBars(runInBracket(openBracket(strayQuote(boxMark(stripBars(l)))))) {
				s.lines = append(s.lines, spaceCredit(mendNames(piece)))
			}
			continue
		}
		s.lines = append(s.lines, l)
	}
	rules, images := p.Rules, p.Images
	s.shapes = p.Boxes
	if s.ocr {
		s.lines, rules, s.shapes, images = deskew(p, s.lines)
		raiseSizes(s.lines)
		for i := range s.lines {
			s.lines[i] = trimHeight(capSize(trimGlyph(s.lines[i])))
		}
		rules = dropGlyphRules(rules, s.lines, bodySize(s.lines))
		s.lines, rules = dashRules(s.lines, rules)
	}
	var lines []page.Line
	var vrules []page.Rect
	for _, r := range rules {
		if r.Box.Height() > r.Box.Width() {
			vrules = append(vrules, r.Box)
		}
	}
	body := bodySize(s.lines)
	var pics []page.Rect
	if s.ocr {
		for _, im := range images {
			pics = append(pics, im.Box)
		}
		vrules = append(vrules, s.frameSides(body, vrules)...)
		for _, bx := range s.shapes {
			if !s.pageFrame(bx.Box) && !s.columnFrame(bx.Box, vrules) && s.photoFrame(bx.Box, body) {
				pics = append(pics, bx.Box)
			}
		}
	}
	// On a scan, a line sized as a head (big) is split as one: OCR sizes a
	// head only a little larger than body text at times.
	headAt := 1.3
	overlap := 0.0
	if s.ocr {
		headAt, overlap = s.bigRatio, 1
	}
	split := splitLines(joinFragments(s.lines, body, s.sizeTol/2, overlap), body, headAt, vrules, pics)
	if s.ocr {
		split = joinColumnPieces(joinCaptionPieces(joinHeadPieces(joinMarks(split), body, vrules), body, pics, false), body, vrules)
	} else {
		// A text layer parts a caption line too where its justified
		// spaces open wide, before a credit pushed to the right.
		split = joinCaptionPieces(split, body, textPictures(images, s.shapes, split, body), true)
	}
	for _, l := range split {
		if !l.Blank() && !l.Box.Empty() && !(s.ocr && (speck(l, body) || pictureNoise(l, pics))) {
			lines = append(lines, l)
		}
	}
	s.lines = lines
	if len(s.lines) == 0 {
		return s
	}
	s.body = bodySize(s.lines)
	s.bodyStyle()
	s.left, s.right = math.Inf(1), math.Inf(-1)
	for _, l := range s.lines {
		s.left = math.Min(s.left, l.Box.X0)
		s.right = math.Max(s.right, l.Box.X1)
	}
	for _, r := range rules {
		switch {
		case r.Box.Width() >= r.Box.Height():
			s.hrules = append(s.hrules, r.Box)
		default:
			s.vrules = append(s.vrules, r.Box)
		}
	}
	for _, im := range images {
		s.images = append(s.images, im.Box)
	}
	s.findBoxes()
	if s.ocr {
		for i := range s.boxes {
			s.boxes[i] = s.growBox(s.boxes[i])
		}
	}
	return s
}

// textPictures are the pictures of a text layer: its images, and the
// filled shapes round no text that stand for them (as findBoxes takes
// them).
func textPictures(images []page.Image, shapes []page.RectShape, lines []page.Line, body float64) []page.Rect {
	var pics []page.Rect
	for _, im := range images {
		pics = append(pics, im.Box)
	}
	for _, bx := range shapes {
		r := bx.Box
		if !bx.Filled || !pictureSized(r, body) || slices.ContainsFunc(lines, func(l page.Line) bool { return inside(r, *l.Box, 1) }) {
			continue
		}
		pics = append(pics, r)
	}
	return pics
}

// growBox extends a scan's box over the lines set on above or below the
// text inside it at the text's own line spacing, within its width: a
// scan's rule finder at times takes the frame's edge a line or two into
// the text it encloses, and a frame keeps a margin around its text.
func (s *state) growBox(r page.Rect) page.Rect {
	// The box's top and bottom lines of text.
	var first, last *page.Line
	for i := range s.lines {
		if l := &s.lines[i]; inside(r, *l.Box, 1) {
			if first == nil || l.Box.Y0 < first.Box.Y0 {
				first = l
			}
			if last == nil || l.Box.Y1 > last.Box.Y1 {
				last = l
			}
		}
	}
	if first == nil {
		return r
	}
	// setOn reports a line l outside the box that is gap away from m, the
	// box's top or bottom line: at most a block's line spacing, overlapping
	// no more than lines of a block do.
	setOn := func(l, m *page.Line, gap float64) bool {
		return gap >= -s.overlap*lineSize(*l) && gap <= s.maxGap*math.Max(lineSize(*l), lineSize(*m))
	}
	tol := 0.5 * s.body
	for grown := true; grown; {
		grown = false
		for i := range s.lines {
			l := &s.lines[i]
			if l.Box.X0 < r.X0-tol || l.Box.X1 > r.X1+tol || inside(r, *l.Box, 1) {
				continue
			}
			if l.Box.Y0 < first.Box.Y0 && setOn(l, first, first.Box.Y0-l.Box.Y1) {
				r.Y0, first, grown = math.Min(r.Y0, l.Box.Y0-1), l, true
			}
			if l.Box.Y1 > last.Box.Y1 && setOn(l, last, l.Box.Y0-last.Box.Y1) {
				r.Y1, last, grown = math.Max(r.Y1, l.Box.Y1+1), l, true
			}
		}
	}
	return r
}

// bodyStyle finds the font and weight of body-size text.
func (s *state) bodyStyle() {
	fonts := map[string]int{}
	bold, all := 0, 0
	for _, l := range s.lines {
		if math.Abs(lineSize(l)-s.body) > s.sizeTol*s.body {
			continue
		}
		n := len([]rune(l.Text))
		fonts[l.Font] += n
		all += n
		if l.Bold {
			bold += n
		}
	}
	best := -1
	for f, n := range fonts {
		if n > best {
			s.font, best = f, n
		}
	}
	s.bold = 2*bold > all
}

// frameSides are the sides of the frames a scan's rule finder closed
// column rules into (columnFrame): column rules already when lines are cut
// at the gutters they cross, where OCR read a rule as a letter glued to a
// word ("AGAINI}") and left only a word's gap.
func (s *state) frameSides(body float64, vrules []page.Rect) []page.Rect {
	var out []page.Rect
	for _, bx := range s.shapes {
		r := bx.Box
		if r.Width() < 2*body || s.pageFrame(r) || !s.columnFrame(r, vrules) {
			continue
		}
		out = append(out, sides(r)...)
	}
	return out
}

// pageFrame reports a rectangle round nine tenths of the page or more: the
// frame of the page, which encloses no note.
func (s *state) pageFrame(r page.Rect) bool {
	return s.p.Width > 0 && r.Width() > 0.9*s.p.Width && r.Height() > 0.9*s.p.Height
}

// sides are the left and right sides of r as vertical rules.
func sides(r page.Rect) []page.Rect {
	return []page.Rect{{X0: r.X0, Y0: r.Y0, X1: r.X0 + 1, Y1: r.Y1}, {X0: r.X1 - 1, Y0: r.Y0, X1: r.X1, Y1: r.Y1}}
}

// findBoxes keeps the drawn rectangles that enclose text and are not the
// page frame: editor's notes and adverts.
func (s *state) findBoxes() {
	shapes := append(append([]page.RectShape(nil), s.shapes...), s.ruledBoxes()...)
	for _, bx := range shapes {
		r := bx.Box
		if r.Width() < 2*s.body || r.Height() < 2*s.body {
			continue
		}
		if s.pageFrame(r) {
			continue
		}
		if s.ocr && s.columnFrame(r, s.vrules) {
			// A scan's rule finder closes column rules and the rules
			// across the page into frames: their sides are column rules.
			s.vrules = append(s.vrules, sides(r)...)
			continue
		}
		n := 0
		for _, l := range s.lines {
			if inside(r, *l.Box, 1) {
				n++
			}
		}
		switch {
		case s.ocr && s.photoFrame(r, s.body):
			s.images = append(s.images, r)
			s.dropInside(r)
		case n > 0:
			s.boxes = append(s.boxes, r)
		case bx.Filled && pictureSized(r, s.body):
			// A vector drawing in place of a photo.
			s.images = append(s.images, r)
		}
	}
}

// pictureSized reports a shape large enough to be a picture, over four
// body sizes each way: the one measure findBoxes, photoFrame and
// textPictures take a drawn or framed picture by.
func pictureSized(r page.Rect, body float64) bool {
	return r.Width() > 4*body && r.Height() > 4*body
}

// photoFrame reports a frame on a scan round no text: a photo in a flat
// tone, whose edges the rule finder saw and in which OCR found no picture.
// A few letters read off its edge make no note.
func (s *state) photoFrame(r page.Rect, body float64) bool {
	if !pictureSized(r, body) {
		return false
	}
	chars := 0
	for _, l := range s.lines {
		if inside(r, *l.Box, 1) {
			chars += runes(l.Text)
		}
	}
	return chars <= 3
}

// dropInside removes the lines inside r.
func (s *state) dropInside(r page.Rect) {
	kept := s.lines[:0]
	for _, l := range s.lines {
		if !inside(r, *l.Box, 1) {
			kept = append(kept, l)
		}
	}
	s.lines = kept
}

// ruledBoxes finds rectangles drawn as four separate rules, as a scan's
// rule detector reports the frame of a boxed note: two horizontal rules of
// the same extent joined at both ends by vertical ones. Only the span that
// the four enclose is returned, so a frame the source reported already
// comes out the same.
func (s *state) ruledBoxes() []page.RectShape {
	tol := 2 * s.body
	near := func(a, b float64) bool { return math.Abs(a-b) <= tol }
	var out []page.RectShape
	for i, top := range s.hrules {
		for j, bot := range s.hrules {
			if i == j || bot.Y0 <= top.Y1+2*s.body || !near(top.X0, bot.X0) || !near(top.X1, bot.X1) {
				continue
			}
			var left, right bool
			for _, v := range s.vrules {
				if !near(v.Y0, top.Y0) || !near(v.Y1, bot.Y1) {
					continue
				}
				left = left || near(v.X0, top.X0)
				right = right || near(v.X1, top.X1)
			}
			if left && right {
				out = append(out, page.RectShape{Box: page.Rect{X0: min(top.X0, bot.X0), Y0: top.Y0, X1: max(top.X1, bot.X1), Y1: bot.Y1}})
			}
		}
	}
	return out
}

func inside(outer, r page.Rect, tol float64) bool {
	return r.X0 >= outer.X0-tol && r.Y0 >= outer.Y0-tol && r.X1 <= outer.X1+tol && r.Y1 <= outer.Y1+tol
}

// boxOf returns the smallest drawn box enclosing r, -1 if none.
func (s *state) boxOf(r page.Rect) int {
	best, area := -1, math.Inf(1)
	for i, b := range s.boxes {
		if inside(b, r, 1) && b.Width()*b.Height() < area {
			best, area = i, b.Width()*b.Height()
		}
	}
	return best
}

// ratio is a size relative to body text.
func (s *state) ratio(size float64) float64 { return size / s.body }
