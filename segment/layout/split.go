package layout

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment/cues"
)

// splitLines cuts lines whose words leave a column gutter between them:
// sources (OCR, text layers without column boxes) sometimes run one line
// across neighbouring columns. A gap is a gutter when it is wide and no
// word of the lines around crosses it; the wide spaces of a justified line
// are crossed by the words of its neighbours; a column rule in the gap
// makes it a gutter. Lines without word boxes are kept. A line larger than
// headAt times body text is a head: cut only where the columns under it
// meet.
func splitLines(lines []page.Line, body, headAt float64, vrules, pics []page.Rect) []page.Line {
	type wbox struct {
		r    page.Rect
		line int
	}
	var words []wbox
	for i, l := range lines {
		if len(l.Words) == 0 {
			words = append(words, wbox{*l.Box, i})
		}
		for _, w := range l.Words {
			words = append(words, wbox{w.Box, i})
		}
	}
	cell := typicalHeight(lines)
	wordsAt := newSpans(cell, len(words), func(i int) page.Rect { return words[i].r })
	linesAt := newSpans(cell, len(lines), func(i int) page.Rect { return *lines[i].Box })
	gaps := make([][][2]float64, len(lines))
	for i, l := range lines {
		gaps[i] = wideGaps(l, body)
	}
	across := 1.8 * typicalWidth(lines, body)
	var out []page.Line
	for i, l := range lines {
		// Letter-spaced lines have wide gaps between single characters.
		if letterSpaced(l) {
			out = append(out, l)
			continue
		}
		head := lineSize(l) > headAt*body
		reach := 3 * lineSize(l)
		spacing := medianGap(l)
		crossed := func(x0, x1 float64) bool {
			for _, v := range vrules {
				// A column rule in the gap settles it.
				if cx := v.CenterX(); cx >= x0-2 && cx <= x1+2 && overlapY(v, *l.Box) > 0 {
					return false
				}
			}
			if head && x1-x0 <= 0.35*lineSize(l) {
				// A word space of the head's own size: a head of two
				// words has no spacing to compare with.
				return true
			}
			if head && x1-x0 <= 1.5*spacing {
				// No wider than the head's own spacing (OCR cuts a
				// letter-spaced head into words anywhere).
				return true
			}
			if head {
				// Captions and lines set tight under a head may end in
				// the gap: only the columns below tell.
				return !columnEdges(lines, body, l, x0, x1)
			}
			if underPicture(l, lines, body, pics) && x1-x0 <= 1.5*spacing {
				// A caption runs across the columns under its picture,
				// and OCR's boxes of narrow glyphs leave gaps in it as
				// wide as a gutter: a gap no wider than the line's own
				// spacing is none.
				return true
			}
			if across > 0 && l.Box.Width() > across && bodySized(l, body) && sharedGap(lines, gaps, i, x0, x1, body) {
				// Lines read across the same columns leave the same
				// gutter, wherever OCR's word boxes put its edges.
				return false
			}
			m := 0.2 * (x1 - x0)
			crossing := wordsAt.each(l.Box.Y0-reach, l.Box.Y1+reach, func(k int) bool {
				w := words[k]
				return w.line != i && w.r.Y1 > l.Box.Y0-reach && w.r.Y0 < l.Box.Y1+reach && w.r.X0 < x1-m && w.r.X1 > x0+m
			})
			if crossing {
				return true
			}
			// Nothing crosses the gap. A line in a type of its own (a
			// caption) is cut only where a line around shows the gutter
			// too, ending or starting in it: alone, its gap is only
			// wide (OCR's word boxes of its narrow glyphs).
			return !bodySized(l, body) && !edgeNear(lines, linesAt, i, x0, x1, reach, body)
		}
		// The pieces of two heads run together are heads themselves; the
		// pieces of a letter-spaced head cut at its wide gaps are a
		// character or two.
		minRunes := 0
		if head {
			minRunes = 4
		}
		out = append(out, splitAtGutters(l, body, minRunes, creditStart(l.Text), crossed)...)
	}
	return out
}

// edgeNear reports a line other than lines[i], within reach above or
// below it, that ends or starts in the gap x0..x1 (half a body size of
// slack). at indexes the lines by height.
func edgeNear(lines []page.Line, at *spans, i int, x0, x1, reach, body float64) bool {
	l, tol := lines[i].Box, 0.5*body
	return at.each(l.Y0-reach, l.Y1+reach, func(j int) bool {
		o := lines[j]
		if j == i || o.Box.Y1 <= l.Y0-reach || o.Box.Y0 >= l.Y1+reach {
			return false
		}
		return (o.Box.X1 >= x0-tol && o.Box.X1 <= x1+tol) || (o.Box.X0 >= x0-tol && o.Box.X0 <= x1+tol)
	})
}

// wideGaps lists the gaps between the words of l wide enough to be a
// gutter (gutterGap).
func wideGaps(l page.Line, body float64) [][2]float64 {
	min := gutterGap(l, body)
	var out [][2]float64
	for i := 1; i < len(l.Words); i++ {
		if x0, x1 := l.Words[i-1].Box.X1, l.Words[i].Box.X0; x1-x0 > min {
			out = append(out, [2]float64{x0, x1})
		}
	}
	return out
}

// typicalWidth is the median width of the body-size lines of some length:
// about a column's width. 0 when there are none.
func typicalWidth(lines []page.Line, body float64) float64 {
	var ws []float64
	for _, l := range lines {
		if bodySized(l, body) && runes(l.Text) >= 6 {
			ws = append(ws, l.Box.Width())
		}
	}
	return median(ws)
}

// median is the middle value of xs (the upper one of an even count),
// sorting xs; 0 when there is none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	return xs[len(xs)/2]
}

// sharedGap reports that the lines right above and right below line i
// that run past its gap x0..x1 all leave a wide gap there too, and that
// there is at least one: a gutter through lines OCR read across columns.
// (Text set in a column runs through its neighbours' gaps.)
func sharedGap(lines []page.Line, gaps [][][2]float64, i int, x0, x1, body float64) bool {
	l := lines[i].Box
	found := false
	for j, o := range lines {
		if j == i || o.Box.X0 >= x0 || o.Box.X1 <= x1 || !bodySized(o, body) {
			continue
		}
		if !nextRow(*o.Box, *l, body) {
			continue
		}
		shared := false
		for _, g := range gaps[j] {
			if math.Min(g[1], x1)-math.Max(g[0], x0) >= 0.3*(x1-x0) {
				shared = true
				break
			}
		}
		if !shared {
			return false
		}
		found = true
	}
	return found
}

// joinColumnPieces puts back together the pieces of a column's line that
// OCR's word boxes left a gutter's width apart, on the same baseline:
// splitLines cuts a line at such a gap when no line around crosses it (a
// column's only line), or puts a column's first character on the wrong
// side of a gutter. Together the pieces must be no wider than a column's
// line, and no line above or below may have a column edge at the gap.
func joinColumnPieces(lines []page.Line, body float64, vrules []page.Rect) []page.Line {
	col := 1.05 * typicalWidth(lines, body)
	near := func(a page.Line, _ pieceStats) window {
		if !bodySized(a, body) {
			return noWindow
		}
		return rowWindow(a, 0, 1.2*body, 0.3*max(a.Box.Height(), 0))
	}
	// The lines by their rows for gutterAt, made once joinPieces has
	// sorted them, and kept up to date as they take in their pieces.
	var rows *rowEdges
	grew := func(i int, was page.Rect) {
		if rows != nil {
			rows.grew(i, was)
		}
	}
	return joinPieces(lines, near, func(a, b page.Line) bool {
		if !bodySized(a, body) || !bodySized(b, body) {
			return false
		}
		gap := b.Box.X0 - a.Box.X1
		if gap < 0 || gap > 1.2*body || a.Box.Union(*b.Box).Width() > col {
			return false
		}
		h := math.Min(a.Box.Height(), b.Box.Height())
		if midDist(*a.Box, *b.Box) > 0.3*h {
			return false
		}
		if ruleBetween(vrules, *a.Box, *b.Box, 2, 0) {
			return false
		}
		if rows == nil {
			rows = newRowEdges(lines)
		}
		return !rows.gutterAt(*a.Box, a.Box.X1, b.Box.X0, body)
	}, grew)
}

// gutterAt reports a line right above or below r that ends at x0 or
// starts at x1: the gap x0..x1 is where columns meet.
func (e *rowEdges) gutterAt(r page.Rect, x0, x1, body float64) bool {
	tol := 0.5 * body
	return e.nextRow(r, body, func(o *page.Line) bool {
		return nextRow(*o.Box, r, body) && (math.Abs(o.Box.X1-x0) <= tol || math.Abs(o.Box.X0-x1) <= tol)
	})
}

// nextRow reports a line box o on the row right above or right below the
// line box r: less than a body line away.
func nextRow(o, r page.Rect, body float64) bool {
	above := o.Y1 <= r.Y0+0.3*body && o.Y1 > r.Y0-body
	below := o.Y0 >= r.Y1-0.3*body && o.Y0 < r.Y1+body
	return above || below
}

// bodySized reports a line OCR sized about as body text.
func bodySized(l page.Line, body float64) bool {
	return nearBody(lineSize(l), body)
}

// nearBody reports a size within OCR's jitter of body text's, 15%.
func nearBody(size, body float64) bool {
	return math.Abs(size-body) <= 0.15*body
}

// creditStart is the offset in t where a credit that runs to its end
// starts (0 for a byline line, the credit of a caption), len(t) if none.
// OCR leaves spaces as wide as a gutter between a credit's characters
// ("本报记者 赵小刚摄"), and a credit is never cut.
func creditStart(t string) int {
	if _, _, ok := cues.ParseByline(t); ok {
		return 0
	}
	if c, _, ok := cues.CaptionCredit(t); ok {
		return len(t) - len(c)
	}
	return len(t)
}

// underPicture reports a line set right under a picture, where its
// caption goes. A line in a type smaller than body text may sit a body
// line's pitch below the picture's edge (a scan finds the photo's edge
// short of the white around it), or further when no other line of the
// page comes between: a photo's light lower part may be lost to the
// paper.
func underPicture(l page.Line, lines []page.Line, body float64, pics []page.Rect) bool {
	reach, far := l.Box.Height(), 0.0
	if lineSize(l) < 0.9*body {
		reach, far = math.Max(reach, captionPitch*body), captionFar*body
	}
	for _, im := range pics {
		gap := l.Box.Y0 - im.Y1
		if gap <= -0.5*l.Box.Height() || l.Box.OverlapX(im) <= 0.5*l.Box.Width() {
			continue
		}
		if gap < reach || gap < far && nothingBetween(*l.Box, im.Y1, lines) {
			return true
		}
	}
	return false
}

// A caption in small type may sit captionPitch body sizes under the edge a
// scan found for its picture, and up to captionFar with no line between
// (underPicture, and the captions role).
const (
	captionPitch = 2
	captionFar   = 3.5
)

// nothingBetween reports that no line stands over r, in its width, below
// the height top.
func nothingBetween(r page.Rect, top float64, lines []page.Line) bool {
	for _, o := range lines {
		if o.Box.Y0 >= top && o.Box.Y1 <= r.Y0+1 && o.Box.OverlapX(r) > 0 {
			return false
		}
	}
	return true
}

// columnEdges reports whether the gap x0..x1 in a head lines up with a
// gutter of the body text under it: body lines ending in it and others
// starting in it. Heads of two articles side by side meet there; the gaps
// of a letter-spaced head fall anywhere.
func columnEdges(lines []page.Line, body float64, head page.Line, x0, x1 float64) bool {
	tol := 0.5 * body
	left, right := false, false
	for _, l := range lines {
		if math.Abs(lineSize(l)-body) > 0.1*body || l.Box.Y0 < head.Box.Y1 || l.Box.Y0 > head.Box.Y1+15*body {
			continue
		}
		// Heads are often shorter than their columns: the column's edge
		// may lie anywhere in the gap. A head's last glyph may also
		// overhang its columns' edge a little.
		left = left || (l.Box.X1 >= x0-2*tol && l.Box.X1 <= x1)
		right = right || (l.Box.X0 >= x0 && l.Box.X0 <= x1+tol)
	}
	return left && right
}

// splitAtGutters cuts l at the gaps between its words that are wider than
// most word spaces and that crossed does not find crossed.
// Both pieces must have at least minRunes characters, and no cut falls
// after the text offset keep.
func splitAtGutters(l page.Line, body float64, minRunes, keep int, crossed func(x0, x1 float64) bool) []page.Line {
	if len(l.Words) < 2 || l.Box == nil {
		return []page.Line{l}
	}
	gap := gutterGap(l, body)
	var out []page.Line
	start, from := 0, 0 // first word and text offset of the current piece
	pos := 0            // text offset after the last word found
	for i := range l.Words {
		at := strings.Index(l.Text[pos:], l.Words[i].Text)
		if at < 0 || l.Words[i].Text == "" {
			return []page.Line{l} // words do not spell the text: leave it
		}
		wStart := pos + at
		x0, x1 := l.Words[i-min(i, 1)].Box.X1, l.Words[i].Box.X0
		if i > start && wStart <= keep && x1-x0 > gap && minRunes <= min(runes(l.Text[from:wStart]), runes(l.Text[wStart:])) && !crossed(x0, x1) {
			out = append(out, piece(l, start, i, l.Text[from:wStart], from))
			start, from = i, wStart
		}
		pos = wStart + len(l.Words[i].Text)
	}
	if len(out) == 0 {
		return []page.Line{l}
	}
	return append(out, piece(l, start, len(l.Words), l.Text[from:], from))
}

// gutterGap is how wide a gap between the words of l must be to be a
// gutter. Gutters do not grow with the type: a head's is as narrow as the
// body's.
func gutterGap(l page.Line, body float64) float64 {
	return math.Max(0.6*math.Min(lineSize(l), body), 1)
}

func piece(l page.Line, w0, w1 int, text string, offset int) page.Line {
	p := l
	p.Words = l.Words[w0:w1]
	p.Text = strings.TrimSpace(text)
	r := p.Words[0].Box
	for _, w := range p.Words[1:] {
		r = r.Union(w.Box)
	}
	r.Y0, r.Y1 = l.Box.Y0, l.Box.Y1
	p.Box = &r
	if offset > 0 || l.RunIn > len(text) {
		p.RunIn = 0
	}
	return p
}

// letterSpaced reports a line of several words that are single characters.
func letterSpaced(l page.Line) bool {
	if len(l.Words) < 2 {
		return false
	}
	for _, w := range l.Words {
		if utf8.RuneCountInString(strings.TrimSpace(w.Text)) > 1 {
			return false
		}
	}
	return true
}

// joinFragments puts back together pieces of one line that the source
// returned as separate lines: pieces that touch on one baseline (a change
// of font inside a line), and pieces of a head in one style with a gap no
// wider than a character (letter-spaced heads are easily cut at their
// wide gaps), and the two parts of a photo credit OCR cut after its label
// (creditRunsOn), a word's gap apart.
// Pieces may overlap by a pixel, or, on a scan whose OCR read a head line
// in two parts, by up to overlap characters (not body text: a column's
// line OCR stretched over the gutter would take in its neighbour's).
func joinFragments(lines []page.Line, body, tol, overlap float64) []page.Line {
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].Box.X0 < lines[j].Box.X0 })
	gone := make([]bool, len(lines))
	ix, st := newPieceIndex(lines, gone), statsOf(lines)
	// near bounds the lines the tests below may join to a: from a gap of
	// the largest overlap allowed to two sizes of a, their boxes
	// overlapping in height unless a line has no height.
	near := func(a page.Line) window {
		sa, dy := lineSize(a), math.Inf(1)
		if st.minHeight > 0 {
			dy = (a.Box.Height() + st.maxHeight) / 2
		}
		return rowWindow(a, min(-1, -overlap*max(sa, 0)), 2*sa, dy)
	}
	for i := range lines {
		a := &lines[i]
		if gone[i] {
			continue
		}
		// overlap is set on a scan only, where a line of one-character
		// words is any CJK line: it must be spaced out too.
		head := lineSize(*a) > 1.3*body || letterSpaced(*a) && (overlap == 0 || spacedOut(*a))
		for j := ix.next(i+1, near(*a)); j < len(lines); j = ix.next(j+1, near(*a)) {
			b := lines[j]
			if b.Box.X0 > a.Box.X1+2*lineSize(*a) {
				break // sorted by left edge: the rest are further right
			}
			h := math.Min(a.Box.Height(), b.Box.Height())
			gap := b.Box.X0 - a.Box.X1
			ov := overlap
			if bodySized(*a, body) || bodySized(b, body) {
				ov = 0 // a column's line may reach over the gutter: no run-on
			}
			if overlapY(*a.Box, *b.Box) < 0.7*h || gap < math.Min(-1, -ov*math.Min(lineSize(*a), lineSize(b))) {
				continue
			}
			touching := gap <= 0.3*math.Min(lineSize(*a), lineSize(b))
			spaced := head && sameStyle(*a, b, tol) && a.RunIn == 0 && b.RunIn == 0 && gap <= 1.2*lineSize(*a) &&
				!(overlap > 0 && sideBySideHeads(lines, body, *a, b))
			if !touching && !spaced && !(gap <= 1.2*math.Min(lineSize(*a), lineSize(b)) && creditRunsOn(*a, b)) {
				continue
			}
			joinLine(a, b, gap)
			gone[j] = true
		}
	}
	return kept(lines, gone)
}

// spacedOut reports a line whose characters stand apart: most gaps
// between its words a fifth of its size or more. OCR reads every CJK
// character as a word, so on a scan a line of one-character words is
// letter-spaced only when its glyphs are set apart.
func spacedOut(l page.Line) bool {
	n := 0
	for i := 1; i < len(l.Words); i++ {
		if l.Words[i].Box.X0-l.Words[i-1].Box.X1 >= 0.2*lineSize(l) {
			n++
		}
	}
	return 2*n >= len(l.Words)-1
}

// creditRunsOn reports a photo credit that starts in a and ends in b: OCR
// cut the credit at its label's gap ("…data. PHOTO:" and "JANE DOE"), and
// its name, alone, would pass for a head.
func creditRunsOn(a, b page.Line) bool {
	t := strings.TrimRight(a.Text, " ")
	c, _, ok := cues.CaptionCredit(t + " " + strings.TrimSpace(b.Text))
	return ok && len(c) > len(strings.TrimSpace(b.Text))+1
}

// joinLine appends b to a. A piece in another style keeps the style of the
// longer text; a shorter first piece in its own style is a run-in.
func joinLine(a *page.Line, b page.Line, gap float64) {
	sep := ""
	last, _ := utf8.DecodeLastRuneInString(a.Text)
	first, _ := utf8.DecodeRuneInString(b.Text)
	if gap > 0.15*lineSize(*a) && !wide(last) && !wide(first) && last != ' ' && first != ' ' {
		sep = " "
	}
	if !sameStyle(*a, b, 0.03) && len(b.Text) > len(a.Text) {
		if a.RunIn == 0 {
			a.RunIn = len(a.Text) + len(sep)
		}
		a.Size, a.Bold, a.Italic, a.Font = b.Size, b.Bold, b.Italic, b.Font
	}
	r := a.Box.Union(*b.Box)
	a.Box = &r
	a.Text += sep + b.Text
	a.Words = append(append([]page.Word(nil), a.Words...), b.Words...)
}

// runes counts the characters of s other than spaces.
func runes(s string) int {
	n := 0
	for _, r := range s {
		if r != ' ' && r != '\u3000' {
			n++
		}
	}
	return n
}

// medianGap is the median of the gaps between the words of a line,
// leaving out overlaps (OCR word boxes of a head overlap freely), boxes
// that touch (under a twentieth of the line's size apart, as deskewing
// leaves them) and the widest gap, which may be the gutter itself.
func medianGap(l page.Line) float64 {
	var gaps []float64
	for i := 1; i < len(l.Words); i++ {
		if g := l.Words[i].Box.X0 - l.Words[i-1].Box.X1; g > 0.05*lineSize(l) {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) < 2 {
		return 0
	}
	sort.Float64s(gaps)
	gaps = gaps[:len(gaps)-1]
	return gaps[len(gaps)/2]
}

// kept returns the lines not marked gone (merged into another line).
func kept(lines []page.Line, gone []bool) []page.Line {
	var out []page.Line
	for i, l := range lines {
		if !gone[i] {
			out = append(out, l)
		}
	}
	return out
}
