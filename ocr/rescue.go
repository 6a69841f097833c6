package ocr

import (
	"cmp"
	"context"
	"image"
	"slices"
	"sort"
	"unicode/utf8"
)

// Tesseract's layout analysis sometimes drops text altogether: a bold
// headline of big glyphs comes out as neither text nor photo, and now and
// then a line of body text between two it read (thin type broken up by
// thresholding). Such text is found as rows of glyph-sized ink components
// that no line, photo or rule accounts for, and read as single lines.
const (
	rescueMinHeight = 1.5 // large glyph parts from 1.5 to 8 body line heights
	rescueMaxHeight = 8
	droppedMin      = 0.4 // body glyph parts from 0.4 to 1.5
	rescueMinParts  = 3   // a row needs this many parts
	rescueConf      = 0.7 // a reading is kept from this mean confidence
)

// rowKind says which rows rescueRows looks for: components lo to hi body
// line heights high whose middles lie in no photo and no line box grown by
// margin body heights; widen grows a row by the smaller ink at its ends; a
// row is read when at least minWidth times as wide as high.
type rowKind struct {
	lo, hi, margin float64
	widen          bool
	minWidth       float64
}

// part reports whether c, a component on a page whose body lines are
// body pixels high, is a glyph (or a piece of one) of rows of kind k: lo
// to hi body heights high, at most four times as wide as high.
func (k rowKind) part(c image.Rectangle, body float64) bool {
	ch := float64(c.Dy())
	return ch >= k.lo*body && ch <= k.hi*body && c.Dx() <= 4*c.Dy()
}

// Around large type, the body's glyphs near a line are its own (its box
// may not take in all of their ink); body lines are set close, and a
// dropped one lies between boxes that all but touch it. A dropped line of
// body text is a run of glyphs: a few on their own are mostly the end of a
// line Tesseract read in part (a credit under a photo), which, read as a
// line of its own, lands in another article's text.
var (
	largeRows = rowKind{lo: rescueMinHeight, hi: rescueMaxHeight, margin: 0.5}
	bodyRows  = rowKind{lo: droppedMin, hi: rescueMinHeight, widen: true, minWidth: 4}
)

// rescue adds the lines read from rows of large type, then of body type,
// that Tesseract missed, scaled so that their glyphs are target pixels
// high. comps are the connected components of the binary image.
func (e *Engine) rescue(ctx context.Context, r *raster, comps []image.Rectangle, hp *hPage, lang string, dpi, target float64) error {
	body := bodyHeight(hp.lines)
	if body <= 0 || target <= 0 {
		return nil
	}
	for _, k := range []rowKind{largeRows, bodyRows} {
		if err := e.rescueRows(ctx, r, comps, hp, lang, dpi, target, body, k); err != nil {
			return err
		}
	}
	return nil
}

// rescueRows reads the rows of kind k and adds the readings kept
// (rescued).
func (e *Engine) rescueRows(ctx context.Context, r *raster, comps []image.Rectangle, hp *hPage, lang string, dpi, target, body float64, k rowKind) error {
	w, h := r.size()
	var taken []image.Rectangle
	for _, l := range hp.lines {
		taken = append(taken, rect(l.box).Inset(-int(k.margin*body)))
	}
	// Lines in photos are dropped (fill), but not in the specks and rows
	// of broken glyphs Tesseract also calls photos.
	taken = append(taken, photoRects(hp)...)
	var parts, loose []image.Rectangle
	for _, c := range comps {
		if float64(c.Dy()) > k.hi*body || within(c, taken) {
			continue
		}
		if k.widen {
			loose = append(loose, c)
		}
		if k.part(c, body) {
			parts = append(parts, c)
		}
	}
	var regs []image.Rectangle
	for _, reg := range rows(parts) {
		if k.widen {
			reg = widened(reg, loose)
		}
		regs = append(regs, reg)
	}
	var reads []scaled
	for _, reg := range merged(regs) {
		if reg.Dx() < int(k.minWidth*float64(reg.Dy())) {
			continue
		}
		if len(reads) == maxRereads {
			break
		}
		size := float64(reg.Dy())
		pad := reg.Dy() / 5
		reads = append(reads, scaled{reg.Inset(-pad).Intersect(image.Rect(0, 0, w, h)), target / size})
	}
	got, err := e.readScaled(ctx, r, reads, lang, dpi)
	if err != nil {
		return err
	}
	for _, lines := range got {
		if rescued(lines) {
			hp.lines = append(hp.lines, lines...)
		}
	}
	return nil
}

// widened returns row grown by the smaller ink at its ends (a full stop,
// the pieces of a glyph broken up by thresholding): components whose
// middle row is in it, up to half its height away, one after another.
func widened(row image.Rectangle, loose []image.Rectangle) image.Rectangle {
	var in []image.Rectangle
	for _, c := range loose {
		if cy := (c.Min.Y + c.Max.Y) / 2; cy >= row.Min.Y && cy < row.Max.Y && c.Dy() <= row.Dy() && c.Dx() <= row.Dy() {
			in = append(in, c)
		}
	}
	reach := row.Dy() / 2
	sort.Slice(in, func(i, j int) bool { return in[i].Min.X < in[j].Min.X })
	for _, c := range in {
		if c.Min.X > row.Max.X+reach {
			break
		}
		row.Max.X = max(row.Max.X, c.Max.X)
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Max.X > in[j].Max.X })
	for _, c := range in {
		if c.Max.X < row.Min.X-reach {
			break
		}
		row.Min.X = min(row.Min.X, c.Min.X)
	}
	return row
}

// merged joins the rectangles that overlap (two rows of one line, each
// widened over the other), in order of their tops.
func merged(rs []image.Rectangle) []image.Rectangle {
	for i := 0; i < len(rs); i++ {
		for j := i + 1; j < len(rs); j++ {
			if rs[i].Overlaps(rs[j]) {
				rs[i] = rs[i].Union(rs[j])
				rs = slices.Delete(rs, j, j+1)
				j = i // rs[i] grew: look again
			}
		}
	}
	slices.SortFunc(rs, byTop)
	return rs
}

// byTop orders rectangles by their tops, then left to right: rows at one
// height (a line dropped in two columns) come in one order on every run.
func byTop(a, b image.Rectangle) int {
	return cmp.Or(cmp.Compare(a.Min.Y, b.Min.Y), cmp.Compare(a.Min.X, b.Min.X), cmp.Compare(a.Max.Y, b.Max.Y), cmp.Compare(a.Max.X, b.Max.X))
}

// rows groups components into rows of neighbours (rowGroups) and returns
// their boxes.
func rows(parts []image.Rectangle) []image.Rectangle {
	var out []image.Rectangle
	for _, g := range rowGroups(parts) {
		out = append(out, boxOf(g))
	}
	return out
}

// boxOf is the box around rectangles.
func boxOf(rs []image.Rectangle) image.Rectangle {
	var b image.Rectangle
	for _, r := range rs {
		b = b.Union(r)
	}
	return b
}

// rowGroups groups components into rows of neighbours (overlapping
// vertically by half the smaller one, at most 1.5 heights apart) and
// returns the rows with at least rescueMinParts parts, each's parts left
// to right, in order of their boxes' tops (byTop).
func rowGroups(parts []image.Rectangle) [][]image.Rectangle {
	sort.Slice(parts, func(i, j int) bool { return parts[i].Min.X < parts[j].Min.X })
	group := newUnionFind(len(parts))
	for i, a := range parts {
		for j := i + 1; j < len(parts); j++ {
			b := parts[j]
			reach := 3 * max(a.Dy(), b.Dy()) / 2
			if b.Min.X > a.Max.X+reach {
				break // sorted by left edge: the rest are further right
			}
			overlap := min(a.Max.Y, b.Max.Y) - max(a.Min.Y, b.Min.Y)
			if 2*overlap >= min(a.Dy(), b.Dy()) {
				group.join(i, j)
			}
		}
	}
	type boxed struct {
		parts []image.Rectangle
		box   image.Rectangle // boxOf(parts), for the sort
	}
	var rows []boxed
	for _, g := range group.groups() {
		if len(g) < rescueMinParts {
			continue
		}
		m := make([]image.Rectangle, len(g))
		for k, i := range g {
			m[k] = parts[i]
		}
		rows = append(rows, boxed{m, boxOf(m)})
	}
	slices.SortFunc(rows, func(a, b boxed) int { return byTop(a.box, b.box) })
	out := make([][]image.Rectangle, len(rows))
	for i, r := range rows {
		out[i] = r.parts
	}
	return out
}

// within reports whether the centre of c lies in one of the rectangles.
func within(c image.Rectangle, rs []image.Rectangle) bool {
	ctr := image.Pt((c.Min.X+c.Max.X)/2, (c.Min.Y+c.Max.Y)/2)
	for _, r := range rs {
		if ctr.In(r) {
			return true
		}
	}
	return false
}

// rescued reports whether text read where Tesseract found none is kept: it
// must be read with confidence, and be more than a glyph (a lone "glyph"
// is mostly a photo's or a rule's edge).
func rescued(lines []hLine) bool {
	return confOf(lines) >= rescueConf && utf8.RuneCountInString(compact(lines)) >= 2
}

// unionFind groups indices: each holds the index of another in its group,
// the group's own at its root.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// find returns the root of i's group.
func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// join puts i's and j's groups together.
func (u unionFind) join(i, j int) { u[u.find(j)] = u.find(i) }

// groups returns the groups, each as its indices in order, in the order
// of their first indices.
func (u unionFind) groups() [][]int {
	slot := make([]int, len(u)) // a root's group in out, plus one
	var out [][]int
	for i := range u {
		r := u.find(i)
		if slot[r] == 0 {
			out = append(out, nil)
			slot[r] = len(out)
		}
		out[slot[r]-1] = append(out[slot[r]-1], i)
	}
	return out
}
