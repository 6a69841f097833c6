package layout

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment/cues"
)

// art is an article being assembled around its anchor, the head stack.
type art struct {
	head        []int     // kicker, headline and deck blocks
	hr          page.Rect // their union
	left, right float64   // column span the head owns
	blocks      []int     // owned blocks below the head
	images      []int
	boxed       bool
	// desc is how far the head's box may reach into the text under it:
	// OCR boxes include descenders, a fifth of the head's size.
	desc float64
}

// assemble builds articles: head stacks become anchors, emphasised short
// lines become crossheads inside an article or anchors of their own, drawn
// boxes become notes or adverts, and every other block goes to the anchor
// above it.
func (s *state) assemble() {
	for _, st := range s.capsStacks() {
		s.addAnchor(st)
	}
	for _, st := range s.headDecks() {
		s.addAnchor(st)
	}
	// No block is split or measured again from here on.
	s.colWidth, s.pitch = s.columnWidth(), s.bodyPitch()
	for _, st := range s.stacks() {
		if len(st) == 1 && s.inlineHead(st[0]) {
			s.blocks[st[0]].role = roleCrosshead
			continue
		}
		s.addAnchor(st)
	}
	s.promoteEmphasised()
	s.boxedUnits()
	owner := make([]int, len(s.images))
	for i, im := range s.images {
		// A picture level with a head's top beside it is that article's,
		// before one it is printed above.
		owner[i] = s.ownerAbove(im)
		if owner[i] < 0 {
			owner[i] = s.ownerSide(im)
		}
		if owner[i] < 0 {
			owner[i] = s.ownerBelow(im)
		}
		if owner[i] < 0 {
			owner[i] = s.ownerReach(im)
		}
		if owner[i] >= 0 {
			s.arts[owner[i]].images = append(s.arts[owner[i]].images, i)
		}
	}
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.art >= 0 || b.role.furniture() || b.role == roleBoxed {
			continue
		}
		o := -1
		if b.role == roleCaption && b.img >= 0 && owner[b.img] >= 0 {
			o = owner[b.img]
		}
		if o < 0 {
			o = s.ownerAbove(b.box)
		}
		if o < 0 {
			if side := s.ownerSide(b.box); side >= 0 && !s.runsOn(k, side) {
				o = side
			}
		}
		if o < 0 && (b.role == roleCaption || b.role == roleByline) {
			o = s.ownerBelow(b.box)
			if o >= 0 && b.role == roleByline && s.ocr && s.arts[o].hr.Y0-b.box.Y1 > 3*s.body {
				// A credit belongs to the head over it; one far above
				// a head is another article's, whose head OCR missed.
				o = -1
			}
		}
		if o >= 0 {
			b.art = o
			s.arts[o].blocks = append(s.arts[o].blocks, k)
		}
	}
	s.runThrough()
	s.besideColumns()
	if s.ocr {
		s.levelColumns()
	}
	heads := len(s.arts)
	s.orphans()
	s.orphanPictures(owner, heads)
	s.continuations()
}

// orphanPictures gives a picture that no head owns, with its captions, to
// the headless article right under it (articles from first on are
// headless): OCR lost the head, the picture and the text under it remain.
func (s *state) orphanPictures(owner []int, first int) {
	for i, im := range s.images {
		if owner[i] >= 0 {
			continue
		}
		o := s.ownerBelow(im)
		if o < first {
			continue
		}
		s.arts[o].images = append(s.arts[o].images, i)
		for k := range s.blocks {
			if b := &s.blocks[k]; b.art < 0 && b.role == roleCaption && b.img == i {
				b.art = o
				s.arts[o].blocks = append(s.arts[o].blocks, k)
			}
		}
	}
}

// orphans makes articles of credited running text that no head owns: a
// block opening with a run-in credit, or a credit line with running text
// right under it. OCR loses or garbles heads (a vertical head read a glyph
// a line), yet the credit shows the text is an article's, headless or not.
func (s *state) orphans() {
	var ks []int
	for k := range s.blocks {
		if b := &s.blocks[k]; b.art < 0 && b.inBox < 0 && s.credited(k) {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool { return s.blocks[ks[i]].box.Y0 < s.blocks[ks[j]].box.Y0 })
	for _, k := range ks {
		b := &s.blocks[k]
		if b.art >= 0 {
			continue
		}
		a := &art{hr: b.box, desc: 0.5 * s.body}
		s.span(a)
		s.arts = append(s.arts, a)
		i := len(s.arts) - 1
		b.art = i
		a.blocks = append(a.blocks, k)
		s.sideColumns(i, k)
		s.headPieces(i, k)
		for j := range s.blocks {
			c := &s.blocks[j]
			if c.art < 0 && c.inBox < 0 && (c.role == roleBody || c.role == roleByline) && s.ownerAbove(c.box) == i {
				c.art = i
				a.blocks = append(a.blocks, j)
			}
		}
	}
}

// headPieces gives a headless article the head OCR broke into short
// unowned pieces right above its first block: pieces a little above it, and
// those level with them on either side.
func (s *state) headPieces(i, k int) {
	a := s.arts[i]
	piece := func(c *block) bool {
		return c.art < 0 && c.inBox < 0 && (c.role == roleBody || c.role.head()) && len(c.lines) <= 2
	}
	top, span := s.blocks[k].box, s.blocks[k].box
	var head []int
	for changed := true; changed; {
		changed = false
		for j := range s.blocks {
			c := &s.blocks[j]
			if !piece(c) || containsInt(head, j) || s.blocked(c.box.Y1, top.Y0, c.box) {
				continue
			}
			gap := top.Y0 - c.box.Y1
			below := gap > -0.3*s.body && gap <= 2.5*s.body && c.box.OverlapX(span) > 0
			level := false
			for _, h := range head {
				r := s.blocks[h].box
				level = level || sameRow(c.box, r) &&
					math.Max(c.box.X0-r.X1, r.X0-c.box.X1) <= 2*s.body
			}
			if !below && !level {
				continue
			}
			head = append(head, j)
			top.Y0 = math.Min(top.Y0, c.box.Y0)
			span = span.Union(c.box)
			changed = true
		}
	}
	if len(head) == 0 {
		return
	}
	sort.Slice(head, func(x, y int) bool { return rowBefore(s.blocks[head[x]].box, s.blocks[head[y]].box) })
	for _, j := range head {
		s.blocks[j].role = roleHeadline
		s.blocks[j].art = i
		a.hr = a.hr.Union(s.blocks[j].box)
	}
	a.head = head
}

// sideColumns gives a headless article the unowned text that starts level
// with its first block in the next columns to the right: with no head over
// them, columns set side by side from one height are one article's.
func (s *state) sideColumns(i, k int) {
	top, cur := s.blocks[k].box.Y0, s.blocks[k].box
	for {
		next := s.leftmostFree(func(c *block) bool {
			gap := c.box.X0 - cur.X1
			return gap < -1 || gap > 2*s.body || math.Abs(c.box.Y0-top) > s.body || s.vruleBetween(cur.X1, c.box.X0, c.box)
		})
		if next < 0 {
			return
		}
		cur = s.takeColumn(i, next)
	}
}

// takeColumn gives article i the free block k and the free running text
// stacked under it, and returns the column's box.
func (s *state) takeColumn(i, k int) page.Rect {
	a := s.arts[i]
	col := s.blocks[k].box
	for j := k; j >= 0; {
		c := &s.blocks[j]
		c.art = i
		a.blocks = append(a.blocks, j)
		col = col.Union(c.box)
		j = -1
		for m := range s.blocks {
			d := &s.blocks[m]
			if d.freeText() && s.setUnder(d.box, col) && !s.separated(col, d.box) {
				j = m
				break
			}
		}
	}
	a.right = math.Max(a.right, col.X1)
	return col
}

// leftmostFree is the free running text (freeText) furthest left that
// skip does not pass over; the first such in page order when level. -1 if
// none.
func (s *state) leftmostFree(skip func(c *block) bool) int {
	next := -1
	for j := range s.blocks {
		c := &s.blocks[j]
		if c.freeText() && !skip(c) && (next < 0 || c.box.X0 < s.blocks[next].box.X0) {
			next = j
		}
	}
	return next
}

// freeText reports running text that no article owns, outside drawn
// boxes: text a column-taking pass may give an article.
func (b *block) freeText() bool {
	return b.art < 0 && b.inBox < 0 && b.role == roleBody
}

// credited reports a block of running text that opens with a run-in
// credit, or a short credit line with running text right under it.
func (s *state) credited(k int) bool {
	b := &s.blocks[k]
	if b.role != roleBody && b.role != roleByline {
		return false
	}
	if b.role == roleBody && len(b.lines) > 1 {
		if _, _, _, ok := runIn(blockText(b)); ok {
			return true
		}
	}
	if !s.bylineText(b) {
		return false
	}
	// Running text: three lines or more in the unowned body blocks set
	// one under the other from the credit down (OCR sizes a line of a
	// column off at times, and it makes a block of its own).
	lines, above := 0, b.box
	for step := 0; step < 3; step++ {
		next := -1
		for j := range s.blocks {
			c := &s.blocks[j]
			if j != k && c.freeText() && s.setUnder(c.box, above) {
				next = j
				break
			}
		}
		if next < 0 {
			return false
		}
		if lines += len(s.blocks[next].lines); lines >= 3 {
			return true
		}
		above = s.blocks[next].box
	}
	return false
}

// setUnder reports r set right under above in its column: starting within
// two body sizes under it, and sharing half the narrower one's width.
func (s *state) setUnder(r, above page.Rect) bool {
	gap := r.Y0 - above.Y1
	return gap > -0.3*s.body && gap <= 2*s.body && r.OverlapX(above) >= 0.5*math.Min(r.Width(), above.Width())
}

// continuations gives text at the top of a column that nothing above owns
// to the article ending at the foot of the column before: articles run on
// from the bottom of one column to the top of the next.
func (s *state) continuations() {
	foot := s.pageFoot()
	var ks []int
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.art < 0 && b.role == roleBody && b.inBox < 0 {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool { return s.blocks[ks[i]].box.X0 < s.blocks[ks[j]].box.X0 })
	for _, k := range ks {
		b := &s.blocks[k]
		if s.textAbove(b.box) {
			continue
		}
		prev := s.footBefore(b.box, foot)
		if prev == nil || s.arts[prev.art].boxed {
			continue
		}
		b.art = prev.art
		s.arts[prev.art].blocks = append(s.arts[prev.art].blocks, k)
	}
	s.runOn()
	// A credit that no head owns, set right under a column's text, ends
	// the article of that text.
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.art >= 0 || b.role != roleByline || b.inBox >= 0 {
			continue
		}
		if up := s.endCredit(b); up != nil && up.art >= 0 && !s.arts[up.art].boxed && !s.separated(up.box, b.box) {
			b.art = up.art
			s.arts[up.art].blocks = append(s.arts[up.art].blocks, k)
		}
	}
}

// pageFoot is the bottom of the page's lowest text.
func (s *state) pageFoot() float64 {
	foot := math.Inf(-1)
	for _, l := range s.lines {
		foot = math.Max(foot, l.Box.Y1)
	}
	return foot
}

// footBefore is the owned text lowest in the nearest column left of r
// when it reaches the foot of the page (foot): the text a column top at r
// may continue. Nil if none.
func (s *state) footBefore(r page.Rect, foot float64) *block {
	var prev *block
	for i := range s.blocks {
		c := &s.blocks[i]
		if c.art < 0 || c.role != roleBody || c.inBox >= 0 || c.box.X1 > r.X0+1 {
			continue
		}
		// Text set under a rule or banner that runs under r is in a
		// lower band of the page: r's column cannot go on from it.
		if c.box.Y0 >= r.Y1 && s.blocked(r.Y1, c.box.Y0, page.Rect{X0: c.box.X0, Y0: r.Y0, X1: r.X1, Y1: r.Y1}) {
			continue
		}
		if prev == nil || c.box.X1 > prev.box.X1+s.body || (math.Abs(c.box.X1-prev.box.X1) <= s.body && c.box.Y1 > prev.box.Y1) {
			prev = c
		}
	}
	if prev == nil || prev.box.Y1 < foot-3*s.body {
		return nil
	}
	// An article whose head spans r's column lower down has its text in
	// that column under its head: r, above the head, is no part of it.
	a := s.arts[prev.art]
	if r.CenterX() >= a.left && r.CenterX() <= a.right && a.hr.Y0 >= r.Y1 {
		return nil
	}
	// Nor does it run on into a row above its own: a rule across both
	// columns between r and the top of the article's head parts the rows.
	if s.ocr {
		for _, h := range s.hrules {
			if h.X0 <= prev.box.X0+s.body && h.X1 >= r.X1-s.body && h.CenterY() > r.Y1 && h.CenterY() < a.hr.Y0 {
				return nil
			}
		}
	}
	return prev
}

// textAbove reports text, other than page furniture, above r in its column.
func (s *state) textAbove(r page.Rect) bool {
	for k := range s.blocks {
		c := &s.blocks[k]
		if c.role.furniture() || c.box.Y1 > r.Y0+1 || c.box.OverlapX(r) < 0.5*math.Min(c.box.Width(), r.Width()) {
			continue
		}
		return true
	}
	return false
}

// deckChain finds decks stacked under a head between short rules (as on
// older pages): head, rule, deck, rule, deck, rule, body. What lies between
// the head and the last rule of such a chain is deck text, provided body
// text follows the chain.
func (s *state) deckChain(i int) {
	a := s.arts[i]
	y, last := a.hr.Y1, math.Inf(-1)
	for {
		var next *page.Rect
		for k := range s.hrules {
			r := &s.hrules[k]
			cx := r.CenterX()
			if r.Width() >= 0.6*a.hr.Width() || cx < a.hr.X0 || cx > a.hr.X1 || r.Y0 < y-1 || r.Y0 <= last || r.Y0-y > 12*s.body {
				continue
			}
			if next == nil || r.Y0 < next.Y0 {
				next = r
			}
		}
		if next == nil || s.linesBetween(a, y, next.Y0) > 8 || s.doubled(*next) || s.headBetween(a, y, next.Y0) {
			break
		}
		y, last = math.Max(y, next.Y1), next.Y0
	}
	if math.IsInf(last, -1) {
		return
	}
	var decks, bylines []int
	more := false
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.art >= 0 || b.inBox >= 0 || b.box.OverlapX(a.hr) <= 0 {
			continue
		}
		if b.box.Y0 >= a.hr.Y1-1 && b.box.Y1 <= last+1 && !b.role.furniture() {
			if b.role == roleByline {
				bylines = append(bylines, k)
			} else {
				decks = append(decks, k)
			}
		}
		if b.box.Y0 > last && b.box.Y0-last < 3*s.body && (b.role == roleBody || b.role == roleByline) {
			more = true
		}
	}
	if !more || len(decks) == 0 {
		return
	}
	sort.Slice(decks, func(x, y int) bool { return s.blocks[decks[x]].box.Y0 < s.blocks[decks[y]].box.Y0 })
	for _, k := range decks {
		s.blocks[k].role = roleDeck
		s.blocks[k].art = i
		a.hr = a.hr.Union(s.blocks[k].box)
	}
	a.head = append(a.head, decks...)
	// A credit set among the decks belongs to the article.
	for _, k := range bylines {
		s.blocks[k].art = i
		a.blocks = append(a.blocks, k)
	}
}

// linesBetween counts the lines not yet owned between two heights under
// the head.
func (s *state) linesBetween(a *art, y0, y1 float64) int {
	n := 0
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.art >= 0 || b.inBox >= 0 {
			continue
		}
		for _, l := range b.lines {
			if l.Box.Y0 >= y0-1 && l.Box.Y1 <= y1+1 && l.Box.OverlapX(a.hr) > 0 {
				n++
			}
		}
	}
	return n
}

func (s *state) addAnchor(st []int) int {
	a := &art{head: st, desc: 0.5 * s.body}
	for _, k := range st {
		a.hr = a.hr.Union(s.blocks[k].box)
		if s.ocr {
			a.desc = math.Max(a.desc, 0.2*s.blocks[k].size)
		}
	}
	s.span(a)
	s.arts = append(s.arts, a)
	i := len(s.arts) - 1
	for _, k := range st {
		s.blocks[k].art = i
	}
	s.deckChain(i)
	return i
}

// span finds the horizontal extent a head owns: from the head outwards to
// the nearest text, picture, box or column rule level with it.
func (s *state) span(a *art) {
	h := a.hr
	band := page.Rect{X0: h.X0, Y0: h.Y0 - 0.3*s.body, X1: h.X1, Y1: h.Y1 + 0.3*s.body}
	a.left, a.right = s.left, s.right
	consider := func(r page.Rect) {
		if overlapY(r, band) <= 0 {
			return
		}
		if s.ocr && overlapY(r, h) < 0.3*math.Min(r.Height(), h.Height()) {
			// OCR boxes of the text under the head reach into the band.
			return
		}
		switch {
		case r.X0 >= h.X1-1:
			a.right = math.Min(a.right, r.X0)
		case r.X1 <= h.X0+1:
			a.left = math.Max(a.left, r.X1)
		case overlapY(r, h) < 0.5*math.Min(r.Height(), h.Height()):
			// Text under the head that only touches the band.
		case r.X0 > h.CenterX():
			// Heads of neighbours may overlap by a few pixels on a scan.
			a.right = math.Min(a.right, r.X0)
		case r.X1 < h.CenterX():
			a.left = math.Max(a.left, r.X1)
		}
	}
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.art >= 0 && s.arts[b.art] == a || b.role == roleMasthead || b.role == roleHeader {
			continue
		}
		if containsInt(a.head, k) {
			continue
		}
		consider(b.box)
	}
	for _, im := range s.images {
		consider(im)
	}
	for _, bx := range s.boxes {
		consider(bx)
	}
	for _, r := range s.vrules {
		// A rule through the head's own text is no column edge: a scan's
		// rule finder strings glyph strokes together at times.
		if r.X0 > h.X0 && r.X1 < h.X1 {
			continue
		}
		consider(r)
	}
	// Heads are set flush with their first column, or centred over their
	// columns; one that is not centred between its neighbours never reaches
	// far left, into a neighbour's columns. (OCR boxes of a skewed scan
	// place a flush head as centred at times: on a scan, a head whose left
	// edge lines up with a column under it is flush.)
	if !s.ocr {
		a.left, a.right = s.columnsBetween(a, a.left, a.right)
	}
	centred := math.Abs(h.CenterX()-(a.left+a.right)/2) <= 1.5*s.body
	if !centred && s.ocr {
		// Or centred over the text right under it, which it then spans
		// from its left edge: a neighbour's head set beyond a gutter, or
		// a head whose ends OCR lost, is off the middle between the
		// neighbours.
		if x0, x1, ok := s.textUnder(h, a.left, a.right); ok && math.Abs(h.CenterX()-(x0+x1)/2) <= 1.5*s.body {
			centred, a.left = true, math.Max(a.left, x0-s.body)
		}
	}
	if !centred || s.ocr && s.flushHead(h) {
		a.left = math.Max(a.left, h.X0-2*s.body)
	}
}

// columnsBetween narrows left..right, the room between a head's
// neighbours, to the whole columns in it: a neighbour's head set inside
// its column (centred over it, or set off by a gutter's width) ends or
// starts inside a column of text under the heads, and the room from there
// is that column's, not the head's, nor is it counted in telling a head
// centred between its neighbours. Columns are the body blocks starting
// within ten body sizes under a's head, beside it (text right under the
// head is its own, or its deck).
func (s *state) columnsBetween(a *art, left, right float64) (float64, float64) {
	l, r := left, right
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.role != roleBody || b.inBox >= 0 || b.box.OverlapX(a.hr) > 0 || b.box.Y0 < a.hr.Y1-0.3*s.body || b.box.Y0-a.hr.Y1 > 10*s.body {
			continue
		}
		if b.box.X0 < left-1 && b.box.X1 > left+1 {
			l = math.Max(l, b.box.X1)
		}
		if b.box.X0 < right-1 && b.box.X1 > right+1 {
			r = math.Min(r, b.box.X0)
		}
	}
	return l, r
}

// textUnder is the extent of the body text that opens right under the head
// box h within left..right: the blocks under a part of the head starting
// within a line and a half of the highest one, itself within six body
// sizes of the head. ok is false when that text is no wider than the head.
func (s *state) textUnder(h page.Rect, left, right float64) (x0, x1 float64, ok bool) {
	in := func(b *block) bool {
		return b.role == roleBody && b.inBox < 0 && b.box.X0 >= left-1 && b.box.X1 <= right+1 && b.box.OverlapX(h) > 0 &&
			b.box.Y0 >= h.Y1-0.5*s.body && b.box.Y0-h.Y1 <= 6*s.body
	}
	first := math.Inf(1)
	for k := range s.blocks {
		if b := &s.blocks[k]; in(b) {
			first = math.Min(first, b.box.Y0)
		}
	}
	x0, x1 = math.Inf(1), math.Inf(-1)
	for k := range s.blocks {
		if b := &s.blocks[k]; in(b) && b.box.Y0 <= first+1.5*s.body {
			x0, x1 = math.Min(x0, b.box.X0), math.Max(x1, b.box.X1)
		}
	}
	return x0, x1, x1-x0 > h.Width()
}

// flushHead reports a head whose left edge lines up with the text or the
// picture under it: set flush with that column, not centred over several.
func (s *state) flushHead(h page.Rect) bool {
	under := func(r page.Rect) bool {
		return math.Abs(r.X0-h.X0) <= s.body && r.Y0 >= h.Y1-s.body && r.Y0-h.Y1 <= 8*s.body
	}
	for k := range s.blocks {
		if b := &s.blocks[k]; b.role == roleBody && under(b.box) {
			return true
		}
	}
	for _, im := range s.images {
		if under(im) {
			return true
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// promoteEmphasised decides, top-down, whether each short emphasised line
// is a crosshead (it sits inside an article's slot) or the headline of an
// article of its own (nothing above owns it, or a rule opens it).
func (s *state) promoteEmphasised() {
	var ks []int
	for k := range s.blocks {
		if s.blocks[k].inBox < 0 && s.emphasised(&s.blocks[k]) {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool { return s.blocks[ks[i]].box.Y0 < s.blocks[ks[j]].box.Y0 })
	for _, k := range ks {
		b := &s.blocks[k]
		if b.role != roleBody {
			continue // taken as a deck meanwhile
		}
		if (s.ownerAbove(b.box) >= 0 || s.withinColumn(b)) && !s.hasRuleAbove(b.box) || s.besideHead(b) {
			b.role = roleCrosshead
			continue
		}
		b.role = roleHeadline
		s.addAnchor([]int{k})
	}
}

// withinColumn reports a block set between body text of its column, tight
// under one paragraph and over the next: a crosshead interrupts its
// column, where a brief's head stands apart from the text above it.
func (s *state) withinColumn(b *block) bool {
	// The text above is looked for over the column's width (the text's
	// below): a crosshead is centred in its column, and a paragraph's
	// short last line over it may not reach under it.
	below, col := s.neighbour(b, false), b
	if below != nil && !s.ocr {
		col = &block{box: b.box.Union(page.Rect{X0: below.box.X0, Y0: b.box.Y0, X1: below.box.X1, Y1: b.box.Y1})}
	}
	above := s.neighbour(col, true)
	if above == nil || below == nil || above.role != roleBody || below.role != roleBody || above.inBox >= 0 || below.inBox >= 0 {
		return false
	}
	if b.box.Y0-above.box.Y1 > 0.8*s.body || below.box.Y0-b.box.Y1 > 0.8*s.body {
		return false
	}
	return !s.separated(above.box, b.box)
}

// besideHead reports a block opening a column set beside a head, level
// with its top, with body text right under it: the first crosshead of
// that head's article, whose columns run on beside it from the top. A rule
// over both (under the page header, or a section's) parts neither. On a
// text layer a line centred over its column counts past headless columns
// set level with it, column rules or not (sideThroughText).
func (s *state) besideHead(b *block) bool {
	side := s.ownerSide(b.box)
	below := s.neighbour(b, false)
	if side < 0 && !s.ocr && below != nil && s.centredOver(b.box, below.box) {
		side = s.sideThroughText(b.box.Union(below.box))
	}
	if side < 0 || s.hasRuleAbove(b.box) && !s.hasRuleAbove(s.arts[side].hr) {
		return false
	}
	// Text above it in its column must end above the head's top: it is
	// the slot over theirs (a section banner or a rule between).
	if up := s.neighbour(b, true); up != nil && !up.role.furniture() && up.box.Y1 > s.arts[side].hr.Y0+1 {
		return false
	}
	return below != nil && below.role == roleBody && below.inBox < 0 && below.box.Y0-b.box.Y1 <= 0.8*s.body
}

// centredOver reports r set centred over the column col, narrower than
// it, as a crosshead is.
func (s *state) centredOver(r, col page.Rect) bool {
	return math.Abs(r.CenterX()-col.CenterX()) <= s.body && r.Width() < col.Width()
}

// crossBeside is a free crosshead opening a column right beside article
// i's head or columns, level with its head's top (besideHead made it a
// crosshead): the column it opens is the article's. -1 if none.
func (s *state) crossBeside(i int) int {
	for k := range s.blocks {
		c := &s.blocks[k]
		if c.art >= 0 || c.inBox >= 0 || c.role != roleCrosshead || math.Abs(c.box.Y0-s.arts[i].hr.Y0) > 3*s.body {
			continue
		}
		// Measured from its column's edge: a crosshead is centred in it.
		x0 := c.box.X0
		if below := s.neighbour(c, false); below != nil {
			x0 = math.Min(x0, below.box.X0)
		}
		if gap := x0 - s.rightEdge(i, c.box); gap >= -1 && gap <= 3*s.body {
			return k
		}
	}
	return -1
}

// sideThroughText is the head level with the top of r to its left when
// the room between them is filled with columns of headless text set level
// with r, column rules or not: those columns run on beside the head from
// its top (besideColumns gives them to it), and r opens the next one. -1
// if none.
func (s *state) sideThroughText(r page.Rect) int {
	best, bestX := -1, math.Inf(-1)
	for i, a := range s.arts {
		if !a.boxed && a.hr.X1 <= r.X0+1 && math.Abs(a.hr.Y0-r.Y0) <= 3*s.body && a.hr.X1 > bestX {
			best, bestX = i, a.hr.X1
		}
	}
	if best < 0 {
		return -1
	}
	for cur := bestX; r.X0-cur > 3*s.body; {
		next := math.Inf(-1)
		for k := range s.blocks {
			c := &s.blocks[k]
			if c.freeText() && math.Abs(c.box.Y0-r.Y0) <= s.body && c.box.X0-cur >= -1 && c.box.X0-cur <= 3*s.body && c.box.X1 <= r.X0+1 {
				next = math.Max(next, c.box.X1)
			}
		}
		if next <= cur {
			return -1
		}
		cur = next
	}
	return best
}

// runsFromAbove reports body text of b's column set right over it, block
// under block, from above y: b goes on from there.
func (s *state) runsFromAbove(b *block, y float64) bool {
	for step := 0; step < 3; step++ {
		up := s.neighbour(b, true)
		if up == nil || up.role != roleBody || !s.setUnder(b.box, up.box) || s.separated(up.box, b.box) {
			return false
		}
		if up.box.Y0 < y {
			return true
		}
		b = up
	}
	return false
}

// loneWordHead reports a head of one Latin word: on a scan, most often a
// word of running text that OCR sized up, which must not take columns.
func (s *state) loneWordHead(a *art) bool {
	var t string
	for _, k := range a.head {
		t += " " + blockText(&s.blocks[k])
	}
	f := strings.Fields(t)
	if len(f) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return !wide(r)
}

// besideColumns gives a headed article the unowned columns that start
// level with its head's top, each right beside the article's head or
// columns, column rule or not: text set beside a head from its top is
// that head's, since nothing above it heads it. A column opening the page
// beside a column that runs to the foot is left to continuations: it may
// continue that column's article.
func (s *state) besideColumns() {
	foot := s.pageFoot()
	for i, a := range s.arts {
		if a.boxed || len(a.head) == 0 || s.ocr && s.loneWordHead(a) {
			continue
		}
		for {
			next := s.leftmostFree(func(c *block) bool {
				switch {
				case math.Abs(c.box.Y0-a.hr.Y0) > 3*s.body:
					return true
				case s.ocr && len(c.lines) == 1 && c.box.Width() < 0.5*s.colWidth:
					return true // a paragraph's last line that OCR parted from its column
				case s.ocr && s.runsFromAbove(c, a.hr.Y0-4*s.body):
					return true // the column runs on from above the head (OCR parted it)
				case !s.textAbove(c.box) && s.footBefore(c.box, foot) != nil:
					return true // a column top that may continue the foot before
				}
				gap := c.box.X0 - s.rightEdge(i, c.box)
				return gap < -1 || gap > 3*s.body
			})
			if next < 0 && !s.ocr {
				next = s.crossBeside(i)
			}
			if next < 0 {
				break
			}
			s.takeColumn(i, next)
		}
	}
}

// levelColumns gives a headed article the free columns that open level
// with its own text under its head, right beside that text, with nothing
// over them up to the head's top but their credit: a story set wider than
// its head (a head over a middle column), whose other columns no head
// owns. The credit lines over them go with them. Columns go first to the
// article on their left, whose text runs on into them; only then to one
// on their right.
func (s *state) levelColumns() {
	type rowOf struct {
		top, x0, x1 float64
	}
	rows := make([]rowOf, len(s.arts))
	for i, a := range s.arts {
		rows[i].top = math.Inf(1)
		if a.boxed || len(a.head) == 0 || s.loneWordHead(a) {
			continue
		}
		// The top of its text or credit under the head, and the extent
		// of what opens there (a first line indented under a credit
		// starts a little lower).
		text := func(k int) bool {
			r := s.blocks[k].role
			return (r == roleBody || r == roleByline) && s.blocks[k].box.Y0 >= a.hr.Y1-a.desc
		}
		for _, k := range a.blocks {
			if text(k) {
				rows[i].top = math.Min(rows[i].top, s.blocks[k].box.Y0)
			}
		}
		rows[i].x0, rows[i].x1 = math.Inf(1), math.Inf(-1)
		for _, k := range a.blocks {
			if b := s.blocks[k].box; text(k) && b.Y0-rows[i].top <= 3*s.body {
				rows[i].x0, rows[i].x1 = math.Min(rows[i].x0, b.X0), math.Max(rows[i].x1, b.X1)
			}
		}
	}
	for _, right := range []bool{true, false} {
		for changed := true; changed; {
			changed = false
			for i, a := range s.arts {
				r := &rows[i]
				if math.IsInf(r.top, 1) {
					continue
				}
				next := s.leftmostFree(func(c *block) bool {
					gap := c.box.X0 - r.x1
					if !right {
						gap = math.Max(gap, r.x0-c.box.X1)
					}
					return math.Abs(c.box.Y0-r.top) > s.body || gap < -1 || gap > 3*s.body || !s.openAbove(c, a.hr.Y0)
				})
				if next < 0 {
					continue
				}
				col := s.takeColumn(i, next)
				r.x0, r.x1 = math.Min(r.x0, col.X0), math.Max(r.x1, col.X1)
				s.creditsOver(i, col)
				changed = true
			}
		}
	}
}

// openAbove reports that nothing but free credit lines (and specks of a
// character or two) lies over block c in its column up to y.
func (s *state) openAbove(c *block, y float64) bool {
	for k := range s.blocks {
		d := &s.blocks[k]
		if d == c || d.role.furniture() || d.runes() <= 2 || d.box.Y1 > c.box.Y0+1 || d.box.Y0 < y-s.body || d.box.OverlapX(c.box) < 0.5*math.Min(d.box.Width(), c.box.Width()) {
			continue
		}
		if d.art >= 0 || d.role != roleByline {
			return false
		}
	}
	return true
}

// creditsOver gives article i the free credit lines stacked right over the
// column col.
func (s *state) creditsOver(i int, col page.Rect) {
	for {
		next := -1
		for k := range s.blocks {
			if d := &s.blocks[k]; d.art < 0 && d.inBox < 0 && d.role == roleByline && s.setUnder(col, d.box) {
				next = k
				break
			}
		}
		if next < 0 {
			return
		}
		s.blocks[next].art = i
		s.arts[i].blocks = append(s.arts[i].blocks, next)
		col = s.blocks[next].box
	}
}

// rightEdge is the right edge of article i's head and columns level with r
// and left of it; -Inf if none.
func (s *state) rightEdge(i int, r page.Rect) float64 {
	a := s.arts[i]
	edge := math.Inf(-1)
	if overlapY(a.hr, r) > 0 && a.hr.X1 <= r.X0+1 {
		edge = a.hr.X1
	}
	for _, k := range a.blocks {
		if b := s.blocks[k].box; overlapY(b, r) > 0 && b.X1 <= r.X0+1 {
			edge = math.Max(edge, b.X1)
		}
	}
	return edge
}

// runThrough gives a crosshead that no head owns the article of the text
// right above it in its column, and the text right under it that article
// too: a column goes on through its crossheads, even where its head does
// not span it (a column set beside its head). Text right under an owned
// caption goes on that caption's article: a picture set at the top of a
// column beside the head, the text under it (on a scan, only a column's
// text: OCR takes the lines under a caption into it or out of it at times).
func (s *state) runThrough() {
	defer s.indexRows()()
	for changed := true; changed; {
		changed = false
		for k := range s.blocks {
			b := &s.blocks[k]
			if b.art >= 0 || b.inBox >= 0 || (b.role != roleCrosshead && b.role != roleBody) {
				continue
			}
			up := s.neighbour(b, true)
			if up == nil || up.art < 0 || s.arts[up.art].boxed || !s.setUnder(b.box, up.box) || s.separated(up.box, b.box) {
				continue
			}
			// A crosshead runs on from text; text runs on from a crosshead,
			// or from the caption of the article's picture set over it.
			if b.role == roleCrosshead && up.role != roleBody || b.role == roleBody && up.role != roleCrosshead && (up.role != roleCaption || s.ocr && !s.columnText(b)) {
				continue
			}
			b.art = up.art
			s.arts[up.art].blocks = append(s.arts[up.art].blocks, k)
			changed = true
		}
	}
}

// columnText reports a block of three lines or more, or a line or two
// right over such a block of body text (a paragraph's first line that OCR
// sized apart): a column's text, where a line alone under a caption may be
// the label or kicker of what follows. On a scan, only such text runs on
// from a caption.
func (s *state) columnText(b *block) bool {
	if len(b.lines) >= 3 {
		return true
	}
	down := s.neighbour(b, false)
	return down != nil && down.role == roleBody && len(down.lines) >= 3 && s.setUnder(down.box, b.box)
}

// ownerAbove is the nearest anchor above r whose span covers r's centre,
// with no separator in between; -1 if none.
func (s *state) ownerAbove(r page.Rect) int {
	// The anchors over r, nearest first (the first in order of those as
	// near): blocked looks at every block, and runs only until one of
	// them is not blocked.
	cx := r.CenterX()
	var near []int
	for i, a := range s.arts {
		if a.boxed || cx < a.left || cx > a.right || a.hr.Y1 > r.Y0+a.desc || a.hr.Y1 == math.Inf(-1) {
			continue
		}
		if math.IsNaN(a.hr.Y1) {
			return s.ownerAboveAll(r)
		}
		near = append(near, i)
	}
	sort.SliceStable(near, func(x, y int) bool { return s.arts[near[x]].hr.Y1 > s.arts[near[y]].hr.Y1 })
	for _, i := range near {
		if !s.blocked(s.arts[i].hr.Y1, r.Y0, r) {
			return i
		}
	}
	return -1
}

// ownerAboveAll is ownerAbove trying the anchors in turn, for a head
// whose height is not a number.
func (s *state) ownerAboveAll(r page.Rect) int {
	cx := r.CenterX()
	best, bestY := -1, math.Inf(-1)
	for i, a := range s.arts {
		if a.boxed || cx < a.left || cx > a.right || a.hr.Y1 > r.Y0+a.desc || a.hr.Y1 <= bestY {
			continue
		}
		if s.blocked(a.hr.Y1, r.Y0, r) {
			continue
		}
		best, bestY = i, a.hr.Y1
	}
	return best
}

// ownerReach is the nearest anchor above r whose column span holds r's
// left edge: a picture that starts in its article's columns and runs on
// beside them, where the article's text is set round it.
func (s *state) ownerReach(r page.Rect) int {
	best, bestY := -1, math.Inf(-1)
	for i, a := range s.arts {
		if a.boxed || r.X0 < a.left || r.X0 > a.right || a.hr.Y1 > r.Y0+a.desc || a.hr.Y1 <= bestY {
			continue
		}
		// Only a separator over the part in its columns parts them.
		in := r
		in.X1 = math.Min(r.X1, a.right)
		if s.blocked(a.hr.Y1, r.Y0, in) {
			continue
		}
		best, bestY = i, a.hr.Y1
	}
	return best
}

// ownerBelow is the nearest anchor below r (a picture or caption printed
// above its article's headline).
func (s *state) ownerBelow(r page.Rect) int {
	cx := r.CenterX()
	best, bestY := -1, math.Inf(1)
	for i, a := range s.arts {
		if a.boxed || cx < a.left || cx > a.right || a.hr.Y0 < r.Y1-0.5*s.body || a.hr.Y0 >= bestY {
			continue
		}
		if s.blocked(r.Y1, a.hr.Y0, r) {
			continue
		}
		best, bestY = i, a.hr.Y0
	}
	return best
}

// ownerSide is the anchor level with the top of r to its left: a column of
// an article that starts beside its own headline.
func (s *state) ownerSide(r page.Rect) int {
	best, bestX := -1, math.Inf(-1)
	for i, a := range s.arts {
		// A head may overhang the gutter into the column beside it by a
		// little (a wide head over its columns).
		if a.boxed || a.hr.X1 > r.X0+0.5*s.body || a.hr.X0 >= r.X0 || math.Abs(a.hr.Y0-r.Y0) > 3*s.body || a.hr.X1 <= bestX {
			continue
		}
		if s.sideRule(a.hr, r) {
			continue
		}
		best, bestX = i, a.hr.X1
	}
	return best
}

// sideRule reports a column rule between the head h and r, set beside
// it, that parts them. On a text layer only a rule that runs up beside the
// head does: rules between an article's own columns start under its head,
// where rules between articles run up beside it.
func (s *state) sideRule(h, r page.Rect) bool {
	for _, v := range s.vrules {
		if v.X0 >= h.X1-1 && v.X1 <= r.X0+1 && overlapY(v, r) > 0 && (s.ocr || v.Y0 < h.Y1) {
			return true
		}
	}
	return false
}

// runsOn reports a block of text set right under body text that the head
// beside it (side, from ownerSide) does not own: the column goes on from
// above, where OCR sized a line off and parted it, so the block does not
// start beside that head even when its top is level with it.
func (s *state) runsOn(k, side int) bool {
	b := &s.blocks[k]
	for j := range s.blocks {
		c := &s.blocks[j]
		if j == k || c.role != roleBody || c.inBox != b.inBox || c.box.Y0 >= b.box.Y0 || !s.setUnder(b.box, c.box) || s.separated(c.box, b.box) {
			continue
		}
		if c.art < 0 || side != c.art {
			return true
		}
	}
	return false
}

func (s *state) vruleBetween(x0, x1 float64, r page.Rect) bool {
	for _, v := range s.vrules {
		if v.X0 >= x0-1 && v.X1 <= x1+1 && overlapY(v, r) > 0 {
			return true
		}
	}
	return false
}

// blocked reports a separator between heights y0 and y1 across r: a rule
// that ends text above it, a section banner or a drawn box.
func (s *state) blocked(y0, y1 float64, r page.Rect) bool {
	w := 0.3 * r.Width()
	for _, rl := range s.hrules {
		if rl.Y0 >= y0-1 && rl.Y1 <= y1+1 && rl.OverlapX(r) >= w && s.separator(rl) {
			return true
		}
	}
	for _, bx := range s.boxes {
		if bx.Y0 >= y0-1 && bx.Y1 <= y1+1 && bx.OverlapX(r) >= w {
			return true
		}
	}
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.role == roleSection && b.box.Y0 >= y0-1 && b.box.Y1 <= y1+1 && b.box.OverlapX(r) >= w {
			return true
		}
	}
	return false
}

// endCredit is the running text right over b when b is a credit set under
// it, which ends that text's article ("（本报记者 魏哲哲）"), and a rule
// under it ends the article; nil if b is no such credit.
func (s *state) endCredit(b *block) *block {
	if up := s.neighbour(b, true); up != nil && up.role == roleBody && len(up.lines) > 2 && b.box.Y0-up.box.Y1 <= 1.5*s.body {
		return up
	}
	return nil
}

// separator reports whether a rule ends the text above it. Rules right
// under a headline or deck only decorate it.
func (s *state) separator(rl page.Rect) bool {
	above := s.lowestAbove(rl, rl.Y0, 2*s.body)
	if above == nil {
		if s.ocr {
			// OCR loses credit lines under heads: a head a little higher
			// up still owns the rule.
			if h := s.lowestAbove(rl, rl.Y0, 4*s.body); h != nil && h.role.head() {
				return false
			}
		}
		return true
	}
	if above.role.head() || above.role == roleByline && s.endCredit(above) == nil || above.role == roleCrosshead {
		return false
	}
	// A credit OCR misread so that it no longer parses, and a deck it
	// sized like body text, set between the head and its rule.
	for i := 0; s.ocr && i < 2 && above != nil && len(above.lines) <= 2 && above.runes() <= 40; i++ {
		above = s.lowestAbove(above.box, above.box.Y0+0.3*s.body, 2*s.body)
		if above != nil && above.role.head() {
			return false
		}
	}
	return true
}

// lowestAbove is the lowest block ending above y, at most reach above it,
// that overlaps r horizontally; nil if none.
func (s *state) lowestAbove(r page.Rect, y, reach float64) *block {
	var above *block
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.box.Y1 > y+1 || b.box.OverlapX(r) <= 0 || y-b.box.Y1 > reach {
			continue
		}
		if above == nil || b.box.Y1 > above.box.Y1 {
			above = b
		}
	}
	return above
}

// boxedUnits turns each drawn box into an editor's note article (it has a
// note label or a body of text) or an advert.
func (s *state) boxedUnits() {
	for bi := range s.boxes {
		var ks []int
		for k := range s.blocks {
			if s.blocks[k].inBox == bi {
				ks = append(ks, k)
			}
		}
		if len(ks) == 0 {
			continue
		}
		sort.Slice(ks, func(i, j int) bool { return s.blocks[ks[i]].box.Y0 < s.blocks[ks[j]].box.Y0 })
		// Body text is counted in rows: a line OCR cut in two is one. An
		// advert's bold title line set near body size is no body text.
		var rows []page.Rect
		note := false
		for _, k := range ks {
			b := &s.blocks[k]
			if nearBody(b.size, s.body) && (s.ocr || b.bold == s.bold) {
				for _, l := range b.lines {
					rows = addRow(rows, *l.Box)
				}
			}
			if isNoteLabel(blockText(b)) {
				note = true
			}
		}
		if !note && (len(rows) < 4 || s.ocr && centredRows(rows, s.boxes[bi], s.body) || !s.ocr && raggedCentred(rows, s.boxes[bi], s.body)) {
			for _, k := range ks {
				s.blocks[k].role = roleAdvertBox
			}
			continue
		}
		a := &art{boxed: true, left: s.boxes[bi].X0, right: s.boxes[bi].X1}
		first := &s.blocks[ks[0]]
		// A title is a line or two over the note; a longer first block
		// is its text, whose label OCR may have read with a stray mark
		// ("编者按;").
		titled := len(ks) > 1 && len(first.lines) <= 2 && (s.big(first) || first.bold != s.bold || isNoteTitle(blockText(first))) && !isNoteLabelStart(blockText(first))
		if titled {
			first.role = roleHeadline
			a.head = []int{ks[0]}
			a.hr = first.box
			ks = ks[1:]
		}
		s.arts = append(s.arts, a)
		i := len(s.arts) - 1
		for _, k := range a.head {
			s.blocks[k].art = i
		}
		for _, k := range ks {
			b := &s.blocks[k]
			b.role = roleBody
			if len(b.lines) <= 2 {
				if _, _, ok := cues.ParseByline(blockText(b)); ok {
					b.role = roleByline
				}
			}
			b.art = i
			a.blocks = append(a.blocks, k)
		}
	}
}

// centredRows reports rows of text that are all short and centred in the
// box r, as an advert sets its lines: a note's text is set to its width.
// (On a scan every line near body size counts as a row, the advert's
// title too: OCR tells no weight.)
func centredRows(rows []page.Rect, r page.Rect, body float64) bool {
	for _, w := range rows {
		if w.Width() > 0.7*r.Width() || math.Abs(w.CenterX()-r.CenterX()) > body {
			return false
		}
	}
	return true
}

// raggedCentred reports rows of a text layer each centred in the box r,
// of widths that differ by more than two body sizes: an advert's wrapped
// lines, centred one by one. A note's lines are justified to one width,
// and its paragraphs end in a short line set flush left.
func raggedCentred(rows []page.Rect, r page.Rect, body float64) bool {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, w := range rows {
		if math.Abs(w.CenterX()-r.CenterX()) > 0.5*body {
			return false
		}
		lo, hi = math.Min(lo, w.Width()), math.Max(hi, w.Width())
	}
	return hi-lo > 2*body
}

// addRow adds the line box r to rows, the rows of text found so far: to
// the one it is set on (sameRow), else as a row of its own.
func addRow(rows []page.Rect, r page.Rect) []page.Rect {
	for i, o := range rows {
		if sameRow(o, r) {
			rows[i] = o.Union(r)
			return rows
		}
	}
	return append(rows, r)
}

// roleAdvertBox marks text of a boxed advert.
const roleAdvertBox = roleBoxed

func isNoteLabel(t string) bool {
	t = strings.ToLower(cues.Squeeze(t))
	for _, p := range []string{"编者按", "编者的话", "编辑手记", "editor's note", "editor’s note", "from the editor", "editor's view", "note from the editor"} {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// isNoteLabelStart: a label that opens the note's first paragraph
// ("编者按：…") rather than standing as its title.
func isNoteLabelStart(t string) bool {
	t = strings.TrimSpace(cues.Squeeze(t))
	for _, p := range []string{"编者按：", "编者按:", "Editor's note:", "Editor’s note:", "EDITOR'S NOTE:"} {
		if strings.HasPrefix(t, p) && len(t) > len(p)+3 {
			return true
		}
	}
	return false
}

func isNoteTitle(t string) bool { return isNoteLabel(t) && !isNoteLabelStart(t) }

// inlineHead reports a one-line head set a little larger than body text
// right under body text of its column, with body text again below it: a
// crosshead of the article it interrupts, not the head of a new one.
func (s *state) inlineHead(k int) bool {
	b := &s.blocks[k]
	if len(b.lines) != 1 || s.ratio(b.size) >= 1.6 || b.inBox >= 0 {
		return false
	}
	above, below := s.neighbour(b, true), s.neighbour(b, false)
	if above == nil || below == nil || above.role != roleBody || below.role != roleBody {
		return false
	}
	if s.ocr && len(above.lines) <= 2 && s.ratio(above.size) >= 1.1 && pitch(above.lines[0]) > 0 {
		// A CJK kicker a little larger than body text over the head
		// (wrapped to a second line at most), not a paragraph.
		return false
	}
	if b.box.Y0-above.box.Y1 > 1.5*s.body || below.box.Y0-b.box.Y1 > 1.5*s.body {
		return false
	}
	return !s.separated(above.box, b.box)
}

// neighbour is the nearest block straight above (or below) b in its column.
func (s *state) neighbour(b *block, up bool) *block {
	if ix := s.rows; ix != nil && ix.n == len(s.blocks) && finite(b.box.Y0+1) && finite(b.box.Y1-1) {
		// The nearest first, the first in page order of those as near.
		var best *block
		find := func(k int, _ float64) bool {
			c := &s.blocks[k]
			if c != b && c.box.OverlapX(b.box) >= 0.5*math.Min(c.box.Width(), b.box.Width()) {
				best = c
			}
			return best != nil
		}
		if up {
			ix.bottoms.walk(math.Inf(-1), b.box.Y0+1, find)
		} else {
			ix.tops.walk(math.Inf(-1), -(b.box.Y1 - 1), find)
		}
		return best
	}
	var best *block
	for k := range s.blocks {
		c := &s.blocks[k]
		if c == b || c.box.OverlapX(b.box) < 0.5*math.Min(c.box.Width(), b.box.Width()) {
			continue
		}
		if up && c.box.Y1 <= b.box.Y0+1 && (best == nil || c.box.Y1 > best.box.Y1) {
			best = c
		}
		if !up && c.box.Y0 >= b.box.Y1-1 && (best == nil || c.box.Y0 < best.box.Y0) {
			best = c
		}
	}
	return best
}

// doubled reports a rule with a twin right above or below it: a double
// rule, which ends an article rather than separating its decks.
func (s *state) doubled(r page.Rect) bool {
	for _, o := range s.hrules {
		if o != r && o.OverlapX(r) > 0.5*r.Width() && math.Abs(o.Y0-r.Y0) < 0.5*s.body {
			return true
		}
	}
	return false
}

// headBetween reports a head, or an emphasised line that may become one,
// under the head a between two heights.
func (s *state) headBetween(a *art, y0, y1 float64) bool {
	for k := range s.blocks {
		b := &s.blocks[k]
		if b.box.Y0 < y0-1 || b.box.Y1 > y1+1 || b.box.OverlapX(a.hr) <= 0 || containsInt(a.head, k) {
			continue
		}
		if b.role == roleHeadline || b.role == roleKicker || (b.role == roleBody && s.emphasised(b)) {
			return true
		}
	}
	return false
}
