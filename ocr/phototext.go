package ocr

import (
	"context"
	"image"
	"math"
	"slices"
	"sort"

	"newsprint/page"
)

// Tesseract's layout analysis sometimes takes text next to a photo into
// the photo's block: on the dev scans a column of body text beside a
// photo, with its headline, its byline and the page's date lines over it,
// in a block as wide as the page, and a headline above a photo. Of that
// text it reads some lines (its text blocks can overlap a photo's) and
// leaves the others unread; fill drops every line whose middle is in a
// photo, and rescue looks for no rows there. Such text is found in photo
// blocks as rows of type that stack into a column (or a row of large
// type, a headline), read as a block of its own (Tesseract's page layout
// on a cut of the page that holds the text alone), and the photo is cut
// back to its side of the text, so that the lines read in it are kept.

// A row of type is of parts (glyphs, or their pieces) of like height,
// standing side by side on a common foot line (Latin: the baseline; CJK:
// the glyphs' feet), filling most of the row. Measured on the dev scans'
// rows of body type: 99% have a height spread below 0.24, a foot spread
// below 0.26 (95% below 0.15), overlap below 0.17, 95% fill from 0.6; the
// half of the rows in their photos that are of three or more parts do
// not line up so.
const (
	typeHeightSpread = 0.25 // coefficient of variation of the parts' heights, at most
	typeFootSpread   = 0.15 // median distance of the parts' feet from the median foot, in part heights
	typeOverlap      = 0.15 // share of the parts' widths overlapping the part before, at most
	typeFill         = 0.6  // share of the row's width its parts cover, at least
)

// A few rows in a photo line up as type by chance (lit windows), a
// column of them hardly: a group of rows is read when it stacks
// minTypeRows rows of type, or holds a row of large type of minHeadParts
// parts, a headline.
const (
	minTypeRows  = 3
	minHeadParts = 5
)

// photoText reads the text in the photos of hp (see above) and adds its
// lines to hp, cutting the photos back from it and from the lines
// Tesseract read in them. comps are the connected components of the
// binary image of r.
func (e *Engine) photoText(ctx context.Context, r *raster, comps []image.Rectangle, hp *hPage, lang string, dpi float64) error {
	body := bodyHeight(hp.lines)
	photos := photoRects(hp)
	if body <= 0 || len(photos) == 0 {
		return nil
	}
	// Tesseract reads some of the text its photo blocks take in (its text
	// blocks may overlap a photo's); those lines are kept when they stack
	// into a column (textAreas).
	var taken []image.Rectangle
	var read []hLine
	for _, l := range hp.lines {
		b := rect(l.box)
		taken = append(taken, b)
		if within(b, photos) && rescued([]hLine{l}) {
			read = append(read, l)
		}
	}
	var loose []image.Rectangle
	for _, c := range comps {
		if within(c, photos) && !within(c, taken) && float64(c.Dy()) <= rescueMaxHeight*body {
			loose = append(loose, c)
		}
	}
	blocks := textBlocks(loose, body)
	w, h := r.size()
	got := make([][]hLine, len(blocks))
	err := e.each(lang, len(blocks), func(rd *reader, k int) error {
		b := blocks[k]
		var err error
		// No white border: on a scan of grey paper, Tesseract's layout
		// takes a cut of the page in a white frame for a picture.
		got[k], err = rd.readBox(ctx, r, b.box.Inset(-b.pad).Intersect(image.Rect(0, 0, w, h)), b.f, 0, psmAuto, lang, dpi)
		return err
	})
	if err != nil {
		return err
	}
	var added []hLine
	for k, lines := range got {
		for _, l := range lines {
			if l, ok := blockLine(l, blocks[k].box, photos, taken); ok {
				added = append(added, l)
			}
		}
	}
	hp.lines = append(hp.lines, added...)
	texts := textAreas(read, added)
	// A caption along a photo's edge is cut off after the text beside it,
	// which decides the side the photo keeps.
	captions := edgeLines(read, photos, comps)
	for i, p := range hp.photos {
		hp.photos[i] = cutBack(cutBack(p, texts), captions)
	}
	return nil
}

// textAreas returns the boxes of the groups of lines in photos that are
// text: lines read, Tesseract's, and added, read from the rows of type
// found, are grouped with their neighbours (at most the taller one's
// height apart, across or down: lines of a column), and a group is text
// when it holds an added line or stacks minTypeRows lines (a line or two
// read in a photo is as often its ink, or a caption's end).
func textAreas(read, added []hLine) []page.Rect {
	lines := append(slices.Clone(read), added...)
	group := newUnionFind(len(lines))
	for i, a := range lines {
		for j := i + 1; j < len(lines); j++ {
			b := lines[j]
			reach := int(max(a.box.Height(), b.box.Height()))
			if rect(a.box).Inset(-reach).Overlaps(rect(b.box)) {
				group.join(i, j)
			}
		}
	}
	var out []page.Rect
	for _, g := range group.groups() {
		var box page.Rect
		for _, i := range g {
			box = box.Union(lines[i].box)
		}
		// g is in order: its last line is an added one, if any.
		if g[len(g)-1] >= len(read) || len(g) >= minTypeRows {
			out = append(out, box)
		}
	}
	return out
}

// edgeLines returns the boxes of the lines of read, Tesseract's lines in
// photos read with confidence, that lie along a photo's top or bottom
// edge (alongEdge: their middle inside it, their far side less than two
// of their heights from the edge), and line up as a row of type (typeRow
// on their tallest parts among comps, of minHeadParts at least, levelled
// as a skewed scan's line is not): a caption set close to its photo,
// which the photo's block took in. A line of a photo's own ink is seldom
// read with confidence, and seldom lines up.
func edgeLines(read []hLine, photos, comps []image.Rectangle) []page.Rect {
	var out []page.Rect
	for _, l := range read {
		b := rect(l.box)
		if !alongEdge(b, photos) {
			continue
		}
		var parts []image.Rectangle
		for _, c := range comps {
			if within(c, []image.Rectangle{b}) {
				parts = append(parts, c)
			}
		}
		parts = levelled(tallPieces(parts))
		if len(parts) >= minHeadParts && typeRow(parts) {
			out = append(out, l.box)
		}
	}
	return out
}

// levelled returns parts moved up or down so that the straight line
// fitted to their feet (least squares) runs level: a long line of a
// skewed scan drops by more than typeFootSpread from end to end.
func levelled(parts []image.Rectangle) []image.Rectangle {
	if len(parts) < 2 {
		return parts
	}
	var n, sx, sy, sxx, sxy float64
	for _, c := range parts {
		x, y := float64(c.Min.X+c.Max.X)/2, float64(c.Max.Y)
		n++
		sx += x
		sy += y
		sxx += x * x
		sxy += x * y
	}
	d := n*sxx - sx*sx
	if d == 0 {
		return parts
	}
	slope, mx := (n*sxy-sx*sy)/d, sx/n
	out := make([]image.Rectangle, len(parts))
	for i, c := range parts {
		x := float64(c.Min.X+c.Max.X) / 2
		out[i] = c.Sub(image.Pt(0, int(math.Round(slope*(x-mx)))))
	}
	return out
}

// alongEdge reports whether b's middle lies in one of photos and b's top
// is less than two of b's heights above the photo's bottom edge, or its
// bottom less than two below its top edge (its middle less than one and a
// half heights inside).
func alongEdge(b image.Rectangle, photos []image.Rectangle) bool {
	for _, p := range photos {
		if within(b, []image.Rectangle{p}) && (p.Max.Y-b.Min.Y < 2*b.Dy() || b.Max.Y-p.Min.Y < 2*b.Dy()) {
			return true
		}
	}
	return false
}

// textBlock is a group of rows of type to read: box, padded by pad,
// scaled by f.
type textBlock struct {
	box image.Rectangle
	pad int
	f   float64
}

// textBlocks finds the blocks of text among loose, components in photos
// on a page whose body lines are body pixels high: rows of body type and
// of large type (as rescue finds them), each widened by the smaller ink at
// its ends (a quote mark, a dash), grouped with their neighbours, and the
// groups that read as text (minTypeRows, minHeadParts).
func textBlocks(loose []image.Rectangle, body float64) []textBlock {
	type row struct {
		box        image.Rectangle
		parts      int
		typed, big bool
	}
	// Rows are widened by ink of at least a small glyph's size: by specks
	// (a photo's grain) they would run on into the photo.
	var ink []image.Rectangle
	for _, c := range loose {
		if float64(max(c.Dx(), c.Dy())) >= droppedMin*body {
			ink = append(ink, c)
		}
	}
	var rs []row
	for _, k := range []rowKind{bodyRows, largeRows} {
		var parts []image.Rectangle
		for _, c := range loose {
			if k.part(c, body) {
				parts = append(parts, c)
			}
		}
		big := k.lo >= rescueMinHeight
		for _, g := range rowGroups(parts) {
			// A large glyph is of pieces of many heights (a radical beside
			// its body); its tallest pieces stand on the row's foot line.
			glyphs := g
			if big {
				glyphs = tallPieces(g)
			}
			typed := len(glyphs) >= rescueMinParts && typeRow(glyphs)
			rs = append(rs, row{box: widened(boxOf(g), ink), parts: len(glyphs), typed: typed, big: big})
		}
	}
	// Rows of type are neighbours when the gap between them, across or
	// down, is at most twice the taller one's height (a row of Latin type
	// may be of lower-case letters alone, half the line's pitch): lines of
	// a column, a headline and its byline. Other rows do not join groups,
	// lest a column be chained to the ink of the photo.
	group := newUnionFind(len(rs))
	for i, a := range rs {
		for j := i + 1; j < len(rs); j++ {
			b := rs[j]
			if a.typed && b.typed && a.box.Inset(-2*max(a.box.Dy(), b.box.Dy())).Overlaps(b.box) {
				group.join(i, j)
			}
		}
	}
	var out []textBlock
	for _, g := range group.groups() {
		// A row not of type is in a group of its own.
		if !rs[g[0]].typed {
			continue
		}
		var typed image.Rectangle
		var heights []int
		head := false
		for _, i := range g {
			rw := rs[i]
			typed = typed.Union(rw.box)
			heights = append(heights, rw.box.Dy())
			head = head || rw.big && rw.parts >= minHeadParts
		}
		if len(g) < minTypeRows && !head {
			continue
		}
		// The block takes in the other rows near it of no much larger
		// type: lines whose glyphs do not line up (a headline of glyphs of
		// many parts), not the ink of a photo beside it.
		sort.Ints(heights)
		size, tallest := heights[len(heights)/2], heights[len(heights)-1]
		box := typed
		for _, rw := range rs {
			if !rw.typed && 2*rw.box.Dy() <= 3*tallest && typed.Inset(-size).Overlaps(rw.box) {
				box = box.Union(rw.box)
			}
		}
		// Tesseract's layout takes type many times the body's for ink
		// other than text: the block is read with its largest type no
		// larger than the body's lines (reread reads it again at its best
		// scale).
		out = append(out, textBlock{box: box, pad: size, f: min(1, body/float64(tallest))})
	}
	slices.SortFunc(out, func(a, b textBlock) int { return byTop(a.box, b.box) })
	return out
}

// tallPieces returns the parts at least tallShare of the tallest one's
// height.
func tallPieces(parts []image.Rectangle) []image.Rectangle {
	tallest := 0
	for _, c := range parts {
		tallest = max(tallest, c.Dy())
	}
	var out []image.Rectangle
	for _, c := range parts {
		if float64(c.Dy()) >= tallShare*float64(tallest) {
			out = append(out, c)
		}
	}
	return out
}

// tallShare: the pieces of large glyphs at least this share of the
// tallest's height are taken for whole glyphs.
const tallShare = 0.6

// typeRow reports whether parts, a row's in any order, line up as a row
// of type (typeHeightSpread, typeFootSpread, typeOverlap, typeFill).
func typeRow(parts []image.Rectangle) bool {
	if len(parts) == 0 {
		return false
	}
	parts = slices.Clone(parts)
	slices.SortFunc(parts, func(a, b image.Rectangle) int { return a.Min.X - b.Min.X })
	var sum, sq float64
	feet := make([]float64, len(parts))
	for i, c := range parts {
		h := float64(c.Dy())
		sum += h
		sq += h * h
		feet[i] = float64(c.Max.Y)
	}
	n := float64(len(parts))
	mean := sum / n
	if math.Sqrt(max(sq/n-mean*mean, 0)) > typeHeightSpread*mean {
		return false
	}
	sort.Float64s(feet)
	foot := feet[len(feet)/2]
	for i := range feet {
		feet[i] = math.Abs(feet[i] - foot)
	}
	sort.Float64s(feet)
	if feet[len(feet)/2] > typeFootSpread*mean {
		return false
	}
	width, overlap, covered := 0, 0, 0
	end := parts[0].Min.X
	for i, c := range parts {
		width += c.Dx()
		if i > 0 {
			overlap += max(min(parts[i-1].Max.X, c.Max.X)-c.Min.X, 0)
		}
		if c.Max.X > end {
			covered += c.Max.X - max(end, c.Min.X)
			end = c.Max.X
		}
	}
	box := boxOf(parts)
	return float64(overlap) <= typeOverlap*float64(width) && float64(covered) >= typeFill*float64(box.Dx())
}

// cutBack returns the largest part of photo p beside, above or below the
// texts that holds none of them (p itself when it holds none): Tesseract's
// block took in the text, the photo is on one side of it.
func cutBack(p page.Rect, texts []page.Rect) page.Rect {
	clear := func(r page.Rect) bool {
		for _, t := range texts {
			if !r.Intersect(t).Empty() {
				return false
			}
		}
		return true
	}
	for !clear(p) {
		// Cut by one text at a time: the side that holds no other text,
		// else the largest.
		var best page.Rect
		bestClear := false
		for _, t := range texts {
			if p.Intersect(t).Empty() {
				continue
			}
			for _, s := range []page.Rect{
				{X0: p.X0, Y0: p.Y0, X1: t.X0, Y1: p.Y1},
				{X0: t.X1, Y0: p.Y0, X1: p.X1, Y1: p.Y1},
				{X0: p.X0, Y0: p.Y0, X1: p.X1, Y1: t.Y0},
				{X0: p.X0, Y0: t.Y1, X1: p.X1, Y1: p.Y1},
			} {
				if s.Empty() {
					continue
				}
				c := clear(s)
				if c && !bestClear || c == bestClear && s.Width()*s.Height() > best.Width()*best.Height() {
					best, bestClear = s, c
				}
			}
		}
		if best.Empty() {
			return page.Rect{X0: p.X0, Y0: p.Y0, X1: p.X0, Y1: p.Y0} // all text
		}
		p = best
	}
	return p
}

// blockLine reports whether l, read from the cut of block, is new text in
// a photo (read with confidence, in a photo, in no line read before), and
// returns it with its boxes kept on the block's own ink when it lies in the
// block: the cut is padded, and a line of the block may take in the ink of
// a line just outside it. A line read in the padding stays where it was.
func blockLine(l hLine, block image.Rectangle, photos, taken []image.Rectangle) (hLine, bool) {
	b := rect(l.box)
	if !rescued([]hLine{l}) || !within(b, photos) || within(b, taken) {
		return l, false
	}
	if within(b, []image.Rectangle{block}) {
		l = clipLine(l, block)
	}
	return l, true
}

// clipLine returns l with its box and its words' boxes moved inside r.
func clipLine(l hLine, r image.Rectangle) hLine {
	x0, y0, x1, y1 := float64(r.Min.X), float64(r.Min.Y), float64(r.Max.X), float64(r.Max.Y)
	in := func(b page.Rect) page.Rect {
		return page.Rect{
			X0: min(max(b.X0, x0), x1), Y0: min(max(b.Y0, y0), y1),
			X1: min(max(b.X1, x0), x1), Y1: min(max(b.Y1, y0), y1),
		}
	}
	l.box = in(l.box)
	l.words = slices.Clone(l.words)
	for i := range l.words {
		l.words[i].box = in(l.words[i].box)
	}
	return l
}
