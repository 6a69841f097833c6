package layout

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/script"
	"newsprint/segment/cues"
)

type role int

const (
	roleBody role = iota
	roleHeadline
	roleKicker
	roleDeck
	roleByline
	roleCrosshead
	roleCaption
	roleMasthead
	roleHeader
	roleSection
	roleBoxed // inside a drawn box: decided per box
)

var roleNames = [...]string{"body", "headline", "kicker", "deck", "byline", "crosshead", "caption", "masthead", "page-header", "section", "boxed"}

func (r role) String() string { return roleNames[r] }

// furniture reports whether the role is page furniture.
func (r role) furniture() bool { return r == roleMasthead || r == roleHeader || r == roleSection }

// head reports the roles of a head stack.
func (r role) head() bool { return r == roleHeadline || r == roleKicker || r == roleDeck }

// big: set larger than body text, as heads are.
func (s *state) big(b *block) bool { return s.ratio(b.size) >= s.bigRatio }

// bodyLike: set in the body style.
func (s *state) bodyLike(b *block) bool {
	if math.Abs(b.size-s.body) > s.sizeTol*s.body {
		return false
	}
	if s.ocr {
		return true
	}
	if b.bold != s.bold {
		return false
	}
	return b.font == "" || s.font == "" || b.font == s.font
}

// blockText joins a block's lines, with a space only between Latin text.
func blockText(b *block) string {
	var sb strings.Builder
	for _, l := range b.lines {
		t := strings.TrimSpace(l.Text)
		if sb.Len() > 0 && t != "" {
			prev, _ := utf8.DecodeLastRuneInString(sb.String())
			next, _ := utf8.DecodeRuneInString(t)
			if !wide(prev) || !wide(next) {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(t)
	}
	return sb.String()
}

// wide reports CJK characters and full-width punctuation, set without
// spaces between them.
func wide(r rune) bool { return script.CJK(r) || r == '□' }

// classify gives every block a first role from style, position and cues.
func (s *state) classify() {
	for i := range s.blocks {
		if s.blocks[i].inBox >= 0 {
			s.blocks[i].role = roleBoxed
		}
	}
	s.furniture()
	s.sections()
	s.captions()
	if s.ocr {
		s.creditCaptions()
	}
	bp := s.bodyPitch()
	// The tests below ask every block for its neighbours and change no
	// block's box.
	defer s.indexRows()()
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.role != roleBody {
			continue
		}
		// OCR sizes an italic credit's line erratically.
		if len(b.lines) <= 2 && (!s.big(b) || s.ocr && s.ratio(b.size) < 1.6) {
			if _, _, ok := s.parseByline(blockText(b)); ok {
				b.role = roleByline
				if next := s.bylineTail(b); next != nil {
					// Its title on a line of its own, a credit only with it.
					if _, _, alone := s.parseByline(blockText(next)); !alone {
						next.role = roleByline
					}
				}
				continue
			}
			if next := s.bylineTail(b); next != nil {
				b.role, next.role = roleByline, roleByline
				continue
			}
		}
		if s.big(b) && !(s.ocr && (s.bodyLineInColumn(b) || s.bodyLineOpening(b) || s.runningText(b) || s.bodyPitched(b, bp) || s.rowInColumn(b))) {
			b.role = roleHeadline // refined into kicker/headline/deck by stacks
		}
		if s.ocr && b.role == roleBody && s.apartHead(b) && !s.rowInColumn(b) {
			b.role = roleHeadline
		}
	}
}

// bodyPitched reports a block of CJK text on a scan, sized a little
// larger than body text, whose characters are set at the pitch of body
// text (bp): OCR sized its lines up (it does so to a whole column at
// times), where a head's characters are set wider. On the dev scans body
// text measures up to 1.04 of the body pitch and heads from 1.06 on.
func (s *state) bodyPitched(b *block, bp float64) bool {
	p := blockPitch(b)
	return bp > 0 && p > 0 && pitch(b.lines[0]) > 0 && p < 1.05*bp && s.ratio(b.size) < 1.4
}

// ocrLineUp is the most, in body text's sizes, that OCR is taken to size
// a lone line of body text up to (bodyLineInColumn, bodyLineOpening).
const ocrLineUp = 1.8

// bodyLineInColumn reports a one-line block that fills the width of the
// body text right above it, or ends its paragraph tight under it, with
// body text or nothing below: a body line whose size OCR overestimated.
// A bold one is a head (a brief's, over a column).
func (s *state) bodyLineInColumn(b *block) bool {
	if len(b.lines) != 1 || s.ratio(b.size) > ocrLineUp || b.bold {
		return false
	}
	up := s.neighbour(b, true)
	if up == nil || !s.bodyLike(up) || b.box.Y0-up.box.Y1 > 1.5*s.body || len(up.lines) < 2 {
		return false
	}
	if len(up.lines) < 3 && s.setApart(up) {
		return false // a kicker of two lines at the top of its column
	}
	// As wide as the column, or its short last line set tight under it.
	full := b.box.Width() >= 0.8*up.box.Width() && b.box.Width() <= 1.2*up.box.Width()
	last := math.Abs(b.box.X0-up.box.X0) <= 0.5*s.body && b.box.Y0-up.box.Y1 <= 0.5*s.body
	if !full && !last {
		return false
	}
	// Below it, body text again or the foot of the column.
	down := s.neighbour(b, false)
	return down == nil || down.box.Y0-b.box.Y1 > 1.5*s.body || s.bodyLike(down)
}

// furniture marks the masthead and page header: text above the lowest
// wide rule in the top band of the page, or short furniture-like lines at
// the very top or bottom when there is no such rule.
func (s *state) furniture() {
	h := s.pageHeight()
	top, bottom := s.headerBand()
	var above []*block
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.inBox >= 0 {
			continue
		}
		text := blockText(b)
		kind, isFurn := cues.Furniture(text)
		switch {
		case (b.box.Y1 <= top+1 || b.box.Y0 >= bottom-1) && !cues.IsSection(text):
			above = append(above, b)
			b.role = roleHeader
		case isFurn && kind == "masthead" && s.ratio(b.size) >= 2 && b.box.Y0 < 0.2*h:
			b.role = roleMasthead
		case isFurn && kind == "page-header" && s.ratio(b.size) <= 1.3 && (b.box.Y1 < 0.08*h || b.box.Y0 > 0.94*h):
			b.role = roleHeader
		}
	}
	// The largest text of the header band is the masthead when it is much
	// larger than body text.
	var mast *block
	for _, b := range above {
		if s.ratio(b.size) >= 2.5 && (mast == nil || b.size > mast.size) {
			mast = b
		}
	}
	if mast != nil {
		mast.role = roleMasthead
	}
}

func (s *state) pageHeight() float64 {
	h := s.p.Height
	if h <= 0 {
		for _, l := range s.lines {
			h = math.Max(h, l.Box.Y1)
		}
	}
	return h
}

// headerBand finds where the page header ends and the footer starts: the
// first wide rule near the top, or the last of a group of such rules close
// together (double rules, a date line between two rules under a
// masthead); and the first wide rule near the bottom. -Inf and +Inf when
// there are none.
func (s *state) headerBand() (top, bottom float64) {
	h := s.pageHeight()
	width := s.right - s.left
	var wide []page.Rect
	bottom = math.Inf(1)
	for _, r := range s.hrules {
		if r.Width() < 0.5*width {
			continue
		}
		if r.Y1 <= 0.15*h {
			wide = append(wide, r)
		}
		if r.Y0 >= 0.92*h {
			bottom = math.Min(bottom, r.Y0)
		}
	}
	sort.Slice(wide, func(i, j int) bool { return wide[i].Y0 < wide[j].Y0 })
	top = math.Inf(-1)
	for i, r := range wide {
		if i > 0 && r.Y0-top > 3*s.body {
			break
		}
		top = r.Y1
	}
	return top, bottom
}

// sections marks section banners: one short line on a rule that is much
// wider than the text.
func (s *state) sections() {
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.role != roleBody || len(b.lines) > 1 || b.inBox >= 0 {
			continue
		}
		r := s.ratio(b.size)
		if r < 0.8 || r > 2.2 || utf8.RuneCountInString(cues.Squeeze(blockText(b))) > 16 {
			continue
		}
		reach := 0.8 * b.size
		if s.ocr {
			// OCR's box of a line of capitals holds no ascender room
			// or descender: the white round it looks wider.
			reach = b.size
		}
		cy := b.box.CenterY()
		above, below := false, false
		for _, rl := range s.hrules {
			if rl.OverlapX(b.box) <= 0 || rl.Width() < 2.5*b.box.Width() {
				continue
			}
			ry := rl.CenterY()
			if ry < cy && b.box.Y0-rl.Y1 <= reach {
				above = true
			}
			if ry > cy && rl.Y0-b.box.Y1 <= reach {
				below = true
			}
		}
		if (above && below) || ((above || below) && cues.IsSection(blockText(b))) {
			b.role = roleSection
		}
	}
}

// captions marks the block right under each picture, when its style or a
// photo credit sets it apart from body text.
func (s *state) captions() {
	col := s.columnWidth()
	for i, im := range s.images {
		best, bestGap := -1, math.Inf(1)
		for k := range s.blocks {
			b := &s.blocks[k]
			if b.role != roleBody || b.inBox >= 0 {
				continue
			}
			gap := b.box.Y0 - im.Y1
			reach := 1.5 * s.body
			if b.size < 0.9*s.body {
				// Caption type may sit a body line's pitch under the
				// edge a scan found, or further with nothing between
				// (underPicture), unless it is a byline opening the
				// text under the picture.
				reach = captionPitch * s.body
				if gap > reach && gap < captionFar*s.body && nothingBetween(b.box, im.Y1, s.lines) && !s.bylineText(b) {
					reach = gap
				}
			}
			if gap < -0.5*b.size || gap > reach || b.box.OverlapX(im) < 0.5*b.box.Width() {
				continue
			}
			if gap < bestGap {
				best, bestGap = k, gap
			}
		}
		if best < 0 {
			continue
		}
		s.splitCaption(best, col)
		b := &s.blocks[best]
		_, _, credit := cues.CaptionCredit(blockText(b))
		// On a scan, a line or two running across the columns under the
		// picture is its caption whatever size OCR gave it.
		wideRun := s.ocr && col > 0 && len(b.lines) <= 3 && b.box.Width() > 1.2*col && !s.big(b)
		// Or a few lines closed by a credit line whose 摄 OCR misread.
		if s.ocr && !credit && len(b.lines) <= 4 {
			_, credit = cues.MisreadPhotoCredit(b.lines[len(b.lines)-1].Text)
		}
		// Or a few lines whose credit closes the blocks set right under
		// them, where OCR sized some of the caption's lines as body.
		if s.ocr && !credit && !wideRun {
			for _, j := range s.creditedRest(best) {
				credit = true
				s.blocks[j].role, s.blocks[j].img = roleCaption, i
			}
		}
		if credit || wideRun || (!s.bodyLike(b) && !s.big(b)) {
			b.role = roleCaption
			b.img = i
			s.captionTail(b, i)
		}
	}
}

// creditedRest is the chain of blocks set one right under the other from
// under block k, in its column, whose last ends with a photo credit that
// closes a caption of six lines at most with k's; nil if none.
func (s *state) creditedRest(k int) []int {
	b := &s.blocks[k]
	text, n := blockText(b), len(b.lines)
	var chain []int
	for above := b; ; {
		next := -1
		for j := range s.blocks {
			c := &s.blocks[j]
			if j == k || containsInt(chain, j) || c.role != roleBody && c.role != roleCaption || c.inBox != b.inBox {
				continue
			}
			if s.tightUnder(c.box, above.box) {
				next = j
				break
			}
		}
		if next < 0 {
			return nil
		}
		c := &s.blocks[next]
		if n += len(c.lines); n > 6 {
			return nil
		}
		chain = append(chain, next)
		text += " " + blockText(c)
		if _, _, ok := cues.CaptionCredit(text); ok {
			return chain
		}
		above = c
	}
}

// bylineText reports a block of a line or two that reads as a byline.
func (s *state) bylineText(b *block) bool {
	if len(b.lines) > 2 {
		return false
	}
	_, _, ok := s.parseByline(blockText(b))
	return ok
}

// captionTail adds to a caption the photo credit set on its own line(s)
// right under it, in another style.
func (s *state) captionTail(c *block, img int) {
	for {
		var next *block
		for k := range s.blocks {
			b := &s.blocks[k]
			gap := b.box.Y0 - c.box.Y1
			if (b.role != roleBody && b.role != roleByline) || b.inBox != c.inBox || gap < -0.3*b.size && !s.ocrCredit(c, b) || gap > s.maxGap*s.body || b.box.OverlapX(s.images[img]) < 0.5*b.box.Width() || len(b.lines) > 2 {
				continue
			}
			text := blockText(b)
			if credit, _, ok := cues.CaptionCredit(text); ok && strings.TrimSpace(credit) == strings.TrimSpace(text) {
				next = b
				break
			}
			if s.ocrCredit(c, b) {
				next = b
				break
			}
		}
		if next == nil {
			return
		}
		next.role = roleCaption
		next.img = img
		c = next
	}
}

// ocrCredit reports, on a scan, a one-line credit in the caption's small
// type set on the row of the caption c's last line, to its right: a
// photo credit whose 摄 OCR misread, so it reads as a byline.
func (s *state) ocrCredit(c, b *block) bool {
	if !s.ocr || len(b.lines) != 1 || b.size >= 0.9*s.body || len(c.lines) == 0 {
		return false
	}
	last := c.lines[len(c.lines)-1]
	if !sameRow(*last.Box, b.box) || b.box.X0 < last.Box.X1 {
		return false
	}
	_, ok := cues.MisreadPhotoCredit(blockText(b))
	return ok
}

// stacks groups adjacent big blocks into head stacks; in each the largest
// text is the headline, what is above it the kicker, what is below it decks.
// A bold body-size line right above a stack is its kicker too.
func (s *state) stacks() [][]int {
	var heads []int
	for i := range s.blocks {
		if s.blocks[i].role == roleHeadline && s.blocks[i].art < 0 {
			heads = append(heads, i)
		}
	}
	sort.Slice(heads, func(a, b int) bool { return s.blocks[heads[a]].box.Y0 < s.blocks[heads[b]].box.Y0 })
	var out [][]int
	used := map[int]bool{}
	for _, h := range heads {
		if used[h] {
			continue
		}
		st := []int{h}
		used[h] = true
		for {
			last := &s.blocks[st[len(st)-1]]
			next := -1
			for _, k := range heads {
				b := &s.blocks[k]
				if used[k] || b.inBox != last.inBox {
					continue
				}
				gap := b.box.Y0 - last.box.Y1
				if gap < -s.overlap*b.size || gap > 0.8*math.Max(b.size, last.size) && s.capsHead(b) != last {
					continue
				}
				if b.box.OverlapX(last.box) < 0.3*math.Min(b.box.Width(), last.box.Width()) {
					continue
				}
				next = k
				break
			}
			if next < 0 {
				break
			}
			used[next] = true
			st = append(st, next)
		}
		deck := s.scanDeck(st[len(st)-1])
		if deck >= 0 {
			used[deck] = true
			st = append(st, deck)
		}
		// A small line right above the stack (a column label or kicker
		// set at body size).
		top := &s.blocks[st[0]]
		var kick []int
		for k := range s.blocks {
			b := &s.blocks[k]
			// A kicker set in its own face may wrap (a long Chinese
			// 引题 over a narrow head); one in the body face is a line.
			// On a scan, OCR sizes a bold kicker as body text: a bold one
			// may wrap too, and stand a little further off (its last
			// line a dash, which OCR takes for a rule).
			bold := s.ocr && len(b.lines) <= 3 && b.role == roleBody && b.allBold()
			if b.role != roleBody || b.inBox != top.inBox || len(b.lines) > 1 && (s.bodyLike(b) || len(b.lines) > 3) && !bold {
				continue
			}
			// Position first: scanKicker and setApart look at every
			// block, and running them for the whole page per stack is
			// quadratic.
			gap, reach := top.box.Y0-b.box.Y1, 0.8*top.size
			if bold {
				reach = math.Max(reach, 2*s.body)
			}
			// Aligned with the head: flush with it, or centred over it.
			aligned := math.Abs(b.box.X0-top.box.X0) < 2*s.body || math.Abs(b.box.CenterX()-top.box.CenterX()) < s.body
			if gap >= -0.3*b.size && gap <= reach && b.box.OverlapX(top.box) > 0 && aligned &&
				(!s.bodyLike(b) && gap <= 0.8*top.size || s.scanKicker(b, top) || bold && s.setApart(b)) {
				kick = append([]int{k}, s.rowPieces(k)...)
				break
			}
		}
		// The stack's own sizes tell its headline and decks; a line
		// over it at body size is its kicker whatever pitch OCR gave
		// it (a letter-spaced label).
		s.rolesInStack(st)
		for _, k := range kick {
			s.blocks[k].role = roleKicker
		}
		st = append(kick, st...)
		if deck >= 0 {
			// Its type is smaller than the head's, whatever OCR measured.
			s.blocks[deck].role = roleDeck
		}
		out = append(out, st)
	}
	return out
}

// scanKicker reports, on a scan, a body-size line set tighter over the
// head top than body lines are to each other, with white above it: a
// kicker that OCR cannot tell by its weight. The last line of a column
// has body text right above it.
func (s *state) scanKicker(b, top *block) bool {
	if !s.ocr || top.box.Y0-b.box.Y1 > 0.7*s.body {
		return false
	}
	up := s.neighbour(b, true)
	return up == nil || b.box.Y0-up.box.Y1 > 1.5*s.body
}

// rowPieces are the one-line body blocks that continue block k's line to
// its right, each within a body size of the last: the pieces of a line
// that OCR cut at a wider space.
func (s *state) rowPieces(k int) []int {
	var out []int
	last := &s.blocks[k]
	for {
		next := -1
		for i := range s.blocks {
			c := &s.blocks[i]
			if i == k || c.role != roleBody || len(c.lines) != 1 || c.inBox != last.inBox || !sameRow(c.box, last.box) {
				continue
			}
			if gap := c.box.X0 - last.box.X1; gap >= -0.3*s.body && gap <= s.body && !containsInt(out, i) {
				next = i
				break
			}
		}
		if next < 0 {
			return out
		}
		out = append(out, next)
		last = &s.blocks[next]
	}
}

func (s *state) rolesInStack(st []int) {
	top := 0.0
	for _, k := range st {
		top = math.Max(top, s.strength(&s.blocks[k]))
	}
	first, last := -1, -1
	for i, k := range st {
		b := &s.blocks[k]
		if i == 0 && s.shortKicker(st) {
			continue
		}
		if first >= 0 && dashStart(blockText(b)) && s.strength(b) < 0.9*top {
			// A Chinese deck opens with a dash (——); set in smaller
			// type, it ends the headline.
			break
		}
		if s.strength(b) >= top*(1-s.sizeTol) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i, k := range st {
		switch {
		case i < first:
			s.blocks[k].role = roleKicker
		case i > last:
			s.blocks[k].role = roleDeck
		default:
			s.blocks[k].role = roleHeadline
		}
	}
}

// shortKicker reports, on a scan, a stack whose first block is one short
// CJK line set at a narrower pitch than the head under it, within OCR's
// size tolerance but not within one style's pitch: a kicker (a column
// name over a head). It must end well short of the line under it: a head
// that wraps fills its first line, so a short first line closes an
// element of its own.
func (s *state) shortKicker(st []int) bool {
	if !s.ocr || len(st) < 2 {
		return false
	}
	kick, head := &s.blocks[st[0]], &s.blocks[st[1]]
	pk, ph := shortPitch(kick.lines[0]), blockPitch(head)
	return len(kick.lines) == 1 && pk > 0 && ph > 0 && pk < (1-pitchTol)*ph &&
		kick.box.Width() < 0.6*head.lines[0].Box.Width()
}

// ocrDashes are the ways OCR reads a Chinese dash pair "——".
var ocrDashes = []string{"—", "一一", "--", "－－"}

// dashStart reports text that opens with a dash, as OCR reads "——"
// (ocrDashes): a Chinese deck opens so.
func dashStart(t string) bool { return ocrDashAt(t, strings.HasPrefix) }

// dashEnd reports text that ends with a dash, as OCR reads "——"
// (ocrDashes): a Chinese kicker leads into its head so.
func dashEnd(t string) bool { return ocrDashAt(t, strings.HasSuffix) }

// ocrDashAt reports whether at (strings.HasPrefix or HasSuffix) finds one
// of the ocrDashes in t, spaces trimmed.
func ocrDashAt(t string, at func(s, dash string) bool) bool {
	t = strings.TrimSpace(t)
	for _, d := range ocrDashes {
		if at(t, d) {
			return true
		}
	}
	return false
}

// strength ranks the lines of a head stack: size, and weight when sizes
// are close (a bold or black-face headline over a slightly larger deck in
// a light face).
func (s *state) strength(b *block) float64 {
	if s.ocr {
		// OCR sizes of a head's lines vary with their letters (a line
		// with descenders comes out larger): compare character pitch.
		if p := blockPitch(b); p > 0 {
			return p
		}
	}
	if b.bold || heavyFont(b.font) {
		return 1.15 * b.size
	}
	return b.size
}

// heavyFont reports a font name that says bold or black, or a Chinese
// black face (Hei).
func heavyFont(f string) bool {
	f = strings.ToLower(f)
	for _, w := range []string{"bold", "black", "heavy", "hei", "demi"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// emphasised reports a short block set apart from body text by weight or
// font at about body size: a crosshead, or the headline of a brief.
func (s *state) emphasised(b *block) bool {
	if b.role != roleBody || s.bodyLike(b) || len(b.lines) > 3 || b.runes() > 60 || s.ocr {
		return false
	}
	if b.lines[0].RunIn > 0 {
		return false
	}
	if _, _, _, ok := cues.RunIn(blockText(b)); ok {
		return false // a lead-in credit set apart from its paragraph
	}
	r := s.ratio(b.size)
	if r < 0.6 || r > 1.3 {
		return false
	}
	return b.bold != s.bold || (b.font != "" && s.font != "" && b.font != s.font && r >= 1-s.sizeTol)
}

func (s *state) hasRuleAbove(r page.Rect) bool {
	for _, rl := range s.hrules {
		if rl.Y1 <= r.Y0+1 && r.Y0-rl.Y1 <= 1.5*s.body && rl.OverlapX(r) > 0.5*r.Width() && s.separator(rl) {
			return true
		}
	}
	return false
}

// blockPitch is the largest width per character of a block's lines, where
// half-width characters and spaces count half; 0 if no line has 3 or more.
func blockPitch(b *block) float64 {
	best := 0.0
	for _, l := range b.lines {
		em := 0.0
		for _, r := range strings.TrimSpace(l.Text) {
			if wide(r) {
				em++
			} else {
				em += 0.5
			}
		}
		if em >= 3 {
			best = math.Max(best, l.Box.Width()/em)
		}
	}
	return best
}
