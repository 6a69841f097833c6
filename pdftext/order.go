package pdftext

import (
	"math"
	"sort"

	"newsprint/page"
)

// kind tells the XY-cut what an item is: text, or an obstacle that holds
// no text but takes room on the page.
type kind uint8

const (
	text    kind = iota
	frame        // a frame's lines as one block: no cut crosses it
	picture      // a photo or filled box without text: no cut crosses it
	colRule      // a vertical rule: no horizontal cut crosses it
)

// read reports whether items of kind k go into the reading order.
func (k kind) read() bool { return k < picture }

// order sorts lines into a geometric reading order by recursive XY-cut:
// each region is split at its widest empty band, either a horizontal band
// (read top to bottom) or a vertical one, such as a column gutter (read
// left to right). The widest band wins, so baseline-aligned columns, whose
// shared line gaps are narrower than the gutter, stay whole.
//
// Lines inside a drawn frame (a boxed editorial note, a sidebar) are read
// together: the cut sees each frame as one block and orders its lines on
// their own, so no cut can pair a framed column with text outside it.
//
// Photos and column rules take part in the cut as obstacles: a photo is
// no white to cut through (a story continued under a photo, or in the
// next column beside it above another story, is read column by column),
// and no horizontal cut crosses a rule between columns of text.
func order(lines []page.Line, frames []page.RectShape, rules []page.Rule, images []page.Image) []page.Line {
	// Each line goes to the outermost outline frame holding it (filled
	// boxes are photo and tint backgrounds, not frames); frames holding
	// fewer than two lines, or every line, are no grouping. Past
	// maxObstacles shapes the page draws a pattern, not frames, and
	// checking each line against each shape would take too long.
	outlines := frames
	if len(outlines) > maxObstacles {
		outlines = nil
	}
	group := make([]int, len(lines))
	members := make([][]int, len(outlines)) // lines of each frame
	for i, l := range lines {
		group[i] = -1
		best := -1.0
		for f, fr := range outlines {
			if !fr.Filled && inside(l.Box, fr.Box) && fr.Box.Width()*fr.Box.Height() > best {
				group[i], best = f, fr.Box.Width()*fr.Box.Height()
			}
		}
		if group[i] >= 0 {
			members[group[i]] = append(members[group[i]], i)
		}
	}
	var items []page.Line // one per free line, frame or obstacle
	var itemLines [][]int
	var kinds []kind
	seen := make([]bool, len(outlines))
	for i, l := range lines {
		f := group[i]
		if f < 0 || len(members[f]) < 2 || len(members[f]) == len(lines) {
			items = append(items, l)
			itemLines = append(itemLines, []int{i})
			kinds = append(kinds, text)
			continue
		}
		if seen[f] {
			continue
		}
		seen[f] = true
		var box page.Rect
		for _, m := range members[f] {
			box = box.Union(*lines[m].Box)
		}
		items = append(items, page.Line{Box: &box})
		itemLines = append(itemLines, members[f])
		kinds = append(kinds, frame)
	}
	for _, o := range obstacles(lines, frames, rules, images) {
		b := o.box
		items = append(items, page.Line{Box: &b})
		itemLines = append(itemLines, nil)
		kinds = append(kinds, o.kind)
	}
	out := make([]page.Line, 0, len(lines))
	for _, it := range xycut(items, kinds, seq(len(items))) {
		ms := itemLines[it]
		if len(ms) > 1 {
			ms = xycut(lines, nil, ms)
		}
		for _, i := range ms {
			out = append(out, lines[i])
		}
	}
	return out
}

type obstacle struct {
	box  page.Rect
	kind kind
}

// maxObstacles bounds the shapes of each sort that obstacles looks at: a
// page drawing thousands of them is a pattern or a chart, not a layout,
// and checking each against every line would take too long.
const maxObstacles = 1000

// obstacles returns the photos (images and filled boxes) and vertical
// rules that the cut must respect. Shapes too small to hide a line, and
// pictures with text on them (a page scan under an OCR layer, a tint
// behind a sidebar), are none.
func obstacles(lines []page.Line, frames []page.RectShape, rules []page.Rule, images []page.Image) []obstacle {
	if len(lines) == 0 {
		return nil
	}
	if len(images)+len(frames) > maxObstacles {
		images, frames = nil, nil
	}
	if len(rules) > maxObstacles {
		rules = nil
	}
	h := make([]float64, len(lines))
	for i, l := range lines {
		h[i] = l.Box.Height()
	}
	sort.Float64s(h)
	lh := h[len(h)/2]
	var out []obstacle
	pic := func(b page.Rect) {
		if b.Width() < 2*lh || b.Height() < 2*lh {
			return
		}
		for _, l := range lines {
			cx, cy := l.Box.CenterX(), l.Box.CenterY()
			if cx > b.X0 && cx < b.X1 && cy > b.Y0 && cy < b.Y1 {
				return
			}
		}
		out = append(out, obstacle{b, picture})
	}
	for _, im := range images {
		pic(im.Box)
	}
	for _, f := range frames {
		if f.Filled {
			pic(f.Box)
		}
	}
	for _, r := range rules {
		if b := r.Box; b.Height() >= 3*lh && b.Height() >= 4*b.Width() {
			out = append(out, obstacle{b, colRule})
		}
	}
	return out
}

func seq(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// inside reports whether b lies within frame f, give or take a point.
func inside(b *page.Rect, f page.Rect) bool {
	const tol = 1.0
	return b != nil && b.X0 >= f.X0-tol && b.Y0 >= f.Y0-tol && b.X1 <= f.X1+tol && b.Y1 <= f.Y1+tol
}

const cutEps = 0.5 // points: smaller bands are not gaps

// xycut orders the items idx of lines; kinds (nil: all text) marks the
// obstacles, which take part in the cuts but are left out of the result.
func xycut(lines []page.Line, kinds []kind, idx []int) []int {
	// An explicit stack instead of recursion: regions are pushed in
	// reverse so they pop in reading order.
	var out []int
	emit := func(r []int) {
		for _, i := range r {
			if kinds == nil || kinds[i].read() {
				out = append(out, i)
			}
		}
	}
	stack := [][]int{idx}
	for len(stack) > 0 {
		r := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if len(r) <= 1 {
			emit(r)
			continue
		}
		hPos, hGap, pPos, pGap := widestGap(lines, kinds, r, false)
		vPos, vGap, _, _ := widestGap(lines, kinds, r, true)
		// A band no taller than a line (line or paragraph spacing, the
		// white under a caption) is no place for a horizontal cut while a
		// vertical one exists: it would interleave columns line by line,
		// or pair the white under a photo with a break between stories
		// in the next column. Without one (a photo spans the gutters), the
		// cut at the photo's edge comes first: the columns under it are
		// then parted.
		if spacing := hGap < medianHeight(lines, kinds, r); spacing && vGap > 0 {
			hGap = 0
		} else if spacing && pGap > 0 {
			hPos, hGap = pPos, pGap
		}
		// A wider horizontal band still yields to a gutter when the part
		// above or below it keeps to one side of that gutter (a byline
		// over one column): that part belongs to its own column.
		if vGap > 0 && hGap >= vGap && oneSided(lines, kinds, r, hPos, vPos) {
			hGap = 0
		}
		var a, b []int
		switch {
		case hGap <= 0 && vGap <= 0, vGap > hGap && splitRows(lines, kinds, r, vPos):
			sort.SliceStable(r, func(i, j int) bool {
				bi, bj := lines[r[i]].Box, lines[r[j]].Box
				if bi.Y0 != bj.Y0 {
					return bi.Y0 < bj.Y0
				}
				return bi.X0 < bj.X0
			})
			emit(r)
			continue
		case vGap > hGap:
			// A box spanning the whole gutter (a heading over both
			// columns) is read before them when it is in the upper half
			// of the region, after them otherwise; boxes that only reach
			// into the gutter go by their centre.
			var top, bottom []int
			mid := regionMid(lines, r)
			for _, i := range r {
				bx := lines[i].Box
				switch {
				case bx.X0 < vPos-vGap/2 && bx.X1 > vPos+vGap/2 && bx.Y1 <= mid:
					top = append(top, i)
				case bx.X0 < vPos-vGap/2 && bx.X1 > vPos+vGap/2:
					bottom = append(bottom, i)
				case bx.CenterX() <= vPos:
					a = append(a, i)
				default:
					b = append(b, i)
				}
			}
			if len(top)+len(bottom) > 0 && len(a) > 0 && len(b) > 0 {
				stack = append(stack, bottom, b, a, top)
				continue
			}
			if len(top)+len(bottom) > 0 { // nothing on one side: plain split by centre
				a, b = a[:0], b[:0]
				for _, i := range r {
					if lines[i].Box.CenterX() <= vPos {
						a = append(a, i)
					} else {
						b = append(b, i)
					}
				}
			}
		default:
			for _, i := range r {
				if lines[i].Box.CenterY() <= hPos {
					a = append(a, i)
				} else {
					b = append(b, i)
				}
			}
		}
		if len(a) == 0 || len(b) == 0 { // cannot happen with a real gap; never loop
			emit(r)
			continue
		}
		stack = append(stack, b, a)
	}
	return out
}

// splitRows reports whether a vertical cut at vPos would only part the
// halves of a few text lines that a wide justified word space split in
// two: at most three lines a side, and every line of one side sharing its
// baseline band with a line across the cut. Such a region reads row by
// row.
func splitRows(lines []page.Line, kinds []kind, r []int, vPos float64) bool {
	var side [2][]*page.Rect
	for _, i := range r {
		if kinds != nil && !kinds[i].read() {
			continue
		}
		b := lines[i].Box
		s := 0
		if b.CenterX() > vPos {
			s = 1
		}
		side[s] = append(side[s], b)
	}
	if len(side[0]) == 0 || len(side[1]) == 0 || len(side[0]) > 3 || len(side[1]) > 3 {
		return false
	}
	for s := range 2 {
		all := true
		for _, b := range side[s] {
			paired := false
			for _, o := range side[1-s] {
				if min(b.Y1, o.Y1)-max(b.Y0, o.Y0) > 0.5*min(b.Height(), o.Height()) {
					paired = true
				}
			}
			all = all && paired
		}
		if all {
			return true
		}
	}
	return false
}

// oneSided reports whether the lines above the horizontal cut at hPos, or
// those below it, all lie on one side of the vertical band centred on
// vPos and start where some line of the other part starts, within half
// an em: a byline or heading over one column, which belongs to that
// column. A line floating off the column edges (a deck under a wide
// headline) does not count.
func oneSided(lines []page.Line, kinds []kind, r []int, hPos, vPos float64) bool {
	var side [2][2]bool // [above/below][left/right]
	var left [2]float64 // leftmost start of each part
	var em [2]float64
	left[0], left[1] = math.Inf(1), math.Inf(1)
	part := func(b *page.Rect) int {
		if b.CenterY() > hPos {
			return 1
		}
		return 0
	}
	for _, i := range r {
		if kinds != nil && !kinds[i].read() {
			continue
		}
		l := lines[i]
		p := part(l.Box)
		side[p][0] = side[p][0] || l.Box.X0 < vPos
		side[p][1] = side[p][1] || l.Box.X1 > vPos
		left[p] = min(left[p], l.Box.X0)
		em[p] = max(em[p], l.Size, l.Box.Height())
	}
	for p := range 2 {
		if side[p][0] == side[p][1] {
			continue
		}
		for _, i := range r {
			if b := lines[i].Box; (kinds == nil || kinds[i].read()) && part(b) != p && math.Abs(b.X0-left[p]) <= em[p]/2 {
				return true
			}
		}
	}
	return false
}

// widestGap finds the widest band across the region's boxes, along X
// (vertical band) or Y (horizontal band), that no box crosses; a vertical
// band may be crossed by one text box in thirty, two at most (hanging
// punctuation or a stray wide line must not hide a column gutter), never
// by a picture or frame. A column rule blocks horizontal bands only: it
// stands in a gutter and must not halve it. It returns the band's middle
// and width (0: none), and those of the widest band along a picture's edge.
func widestGap(lines []page.Line, kinds []kind, r []int, alongX bool) (pos, width, ppos, pwidth float64) {
	type ev struct {
		at   float64
		d    int
		hard bool
		pic  bool
	}
	evs := make([]ev, 0, 2*len(r))
	lo, hi := math.Inf(1), math.Inf(-1)
	// A rule at the region's edge parts nothing in it: only a rule with
	// text on both sides blocks.
	minX1, maxX0 := math.Inf(1), math.Inf(-1)
	for _, i := range r {
		if kinds == nil || kinds[i].read() {
			minX1, maxX0 = min(minX1, lines[i].Box.X1), max(maxX0, lines[i].Box.X0)
		}
	}
	texts := 0
	for _, i := range r {
		k := text
		if kinds != nil {
			k = kinds[i]
		}
		if k == colRule {
			if cx := lines[i].Box.CenterX(); alongX || minX1 > cx || maxX0 < cx {
				continue
			}
		}
		if k == text {
			texts++
		}
		b := lines[i].Box
		a, z := b.Y0, b.Y1
		if alongX {
			a, z = b.X0, b.X1
		}
		evs = append(evs, ev{a, 1, k != text, k == picture}, ev{z, -1, k != text, k == picture})
		lo, hi = min(lo, a), max(hi, z)
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].at != evs[j].at {
			return evs[i].at < evs[j].at
		}
		return evs[i].d < evs[j].d // ends before starts at the same place
	})
	allowed := 0
	if alongX {
		allowed = min(texts/30, 2)
	}
	depth, hard := 0, 0
	start, startPic := math.NaN(), false
	for _, e := range evs {
		if e.hard {
			hard += e.d
		} else {
			depth += e.d
		}
		open := depth <= allowed && hard == 0
		switch {
		case open && math.IsNaN(start):
			start, startPic = e.at, e.pic
		case !open && !math.IsNaN(start):
			if g := e.at - start; g > cutEps && start > lo && e.at < hi {
				if g > width {
					pos, width = (start+e.at)/2, g
				}
				if (startPic || e.pic) && g > pwidth {
					ppos, pwidth = (start+e.at)/2, g
				}
			}
			start = math.NaN()
		}
	}
	return pos, width, ppos, pwidth
}

// medianHeight returns the median height of the region's text boxes.
func medianHeight(lines []page.Line, kinds []kind, r []int) float64 {
	var h []float64
	for _, i := range r {
		if kinds == nil || kinds[i].read() {
			h = append(h, lines[i].Box.Height())
		}
	}
	if len(h) == 0 {
		return 0
	}
	sort.Float64s(h)
	return h[len(h)/2]
}

// regionMid returns the vertical middle of the region's boxes.
func regionMid(lines []page.Line, r []int) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, i := range r {
		lo, hi = min(lo, lines[i].Box.Y0), max(hi, lines[i].Box.Y1)
	}
	return (lo + hi) / 2
}
