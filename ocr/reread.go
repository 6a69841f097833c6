package ocr

import (
	"context"
	"errors"
	"image"
	"math"
	"slices"
	"sort"
	"strings"

	"newsprint/page"
)

// Tesseract's LSTM models are trained on text of about body size. Chinese
// type several times larger comes out garbled ("科技创新" read as
// "料技创新"), or in fragments, often with high
// confidence. So each large CJK line, joined with its large neighbours on
// the same row, is cut out, scaled until its glyphs are as tall as the
// body's, and read again as a single line at two scales; the new reading
// replaces the old when Tesseract is more confident of it. Latin type of
// any size is read well: its large lines are read again only when
// Tesseract doubts them. Measured on the dev scans (jpg), headline CER
// 0.098 -> 0.069, in less time than the native-scale re-reads before.
const (
	largeFactor = 1.5 // glyphs this many times the body's are large
	// Somewhat large lines read with doubt are read again too.
	doubtFactor, doubtConf = 1.25, 0.8
	maxRereads             = 24 // regions per page, to bound the cost
	// Glyph height, in pixels, the lines are scaled to: the body's, kept
	// within the range Tesseract reads best.
	minTarget, maxTarget = 28.0, 48.0
)

// inkLine is a line's ink as measured on the binary image.
type inkLine struct {
	size   float64         // median ink height of its words
	band   [2]float64      // rows of the line's ink band
	extent image.Rectangle // ink box of the large words
}

// measureLine measures a line's words on the binary image.
func measureLine(bin *raster, l hLine) inkLine {
	var m inkLine
	y0, y1 := int(l.box.Y0), int(math.Ceil(l.box.Y1))
	heights := make([]float64, len(l.words))
	var sorted []float64
	for i, w := range l.words {
		box := image.Rect(int(w.box.X0), y0, int(math.Ceil(w.box.X1)), y1)
		heights[i] = bin.wordHeight(box)
		if heights[i] > 0 {
			sorted = append(sorted, heights[i])
		}
	}
	if len(sorted) == 0 {
		return m
	}
	sort.Float64s(sorted)
	m.size = sorted[len(sorted)/2]
	for i, w := range l.words {
		if heights[i] >= 0.6*m.size {
			m.extent = m.extent.Union(image.Rect(int(w.box.X0), y0, int(math.Ceil(w.box.X1)), y1))
		}
	}
	a, b := inkBand(bin.rowCounts(m.extent))
	m.band = [2]float64{float64(y0 + a), float64(y0 + b)}
	return m
}

// measureLines measures lines on bin (measureLine) and returns the
// measures and the body's glyph height: the median size of the lines of
// three or more words, 0 when there are none.
func measureLines(bin *raster, lines []hLine) ([]inkLine, float64) {
	ink := make([]inkLine, len(lines))
	var sizes []float64
	for i, l := range lines {
		ink[i] = measureLine(bin, l)
		if len(l.words) >= 3 && ink[i].size > 0 {
			sizes = append(sizes, ink[i].size)
		}
	}
	if len(sizes) == 0 {
		return ink, 0
	}
	sort.Float64s(sizes)
	return ink, sizes[len(sizes)/2]
}

// region is a row of large type to read again.
type region struct {
	box  image.Rectangle
	size float64 // glyph height
}

// reread replaces the readings of large lines with better ones read at the
// body's scale, and returns the glyph height lines are scaled to (0 when
// the page has no body). Coordinates are image pixels; comps are the
// connected components of bin.
func (e *Engine) reread(ctx context.Context, r, bin *raster, comps []image.Rectangle, hp *hPage, lang string, dpi float64) (float64, error) {
	ink, body := measureLines(bin, hp.lines)
	if body == 0 {
		return 0, nil
	}
	target := min(max(body, minTarget), maxTarget)
	w, h := r.size()
	regs := largeRegions(hp.lines, ink, body, comps, image.Rect(0, 0, w, h))
	reads := make([]scaled, len(regs))
	for k, reg := range regs {
		reads[k] = scaled{reg.box, target / reg.size}
	}
	got, err := e.readScaled(ctx, r, reads, lang, dpi)
	if err != nil {
		return 0, err
	}
	for k, reg := range regs {
		lines := got[k]
		// The old reading: the words of every line inside the region.
		var old, rest []hLine
		var idx []int
		for i, l := range hp.lines {
			in, out := split(l, reg.box)
			if len(in.words) == 0 {
				continue
			}
			old = append(old, in)
			idx = append(idx, i)
			if len(out.words) > 0 {
				rest = append(rest, out)
			}
		}
		// A reading that says the same keeps the old lines and their boxes.
		// Text where Tesseract found none is held to the rescue's bar.
		if len(lines) == 0 || confOf(lines) <= confOf(old) || compact(lines) == compact(old) ||
			len(idx) == 0 && !rescued(lines) {
			continue
		}
		// Words of those lines outside the region (the end of a
		// neighbouring column's line that Tesseract joined to a headline)
		// stay as lines of their own.
		hp.lines = replace(hp.lines, idx, append(lines, rest...))
	}
	return target, nil
}

// replace puts repl where the first of the lines idx was (at the end if
// idx is empty) and drops the others.
func replace(lines []hLine, idx []int, repl []hLine) []hLine {
	if len(idx) == 0 {
		return append(lines, repl...)
	}
	drop := map[int]bool{}
	for _, i := range idx {
		drop[i] = true
	}
	out := make([]hLine, 0, len(lines)+len(repl))
	for i, l := range lines {
		if i == idx[0] {
			out = append(out, repl...)
		}
		if !drop[i] {
			out = append(out, l)
		}
	}
	return out
}

// compact is the text of lines without white space.
func compact(lines []hLine) string {
	var b strings.Builder
	for _, l := range lines {
		for _, w := range l.words {
			b.WriteString(strings.Join(strings.Fields(w.text), ""))
		}
	}
	return b.String()
}

// split returns the words of l in box, and the others. A word is in when
// its middle is within box's width and it overlaps box by half its height
// or box's (Tesseract's boxes of CJK words can be far taller than their
// ink).
func split(l hLine, box image.Rectangle) (in, out hLine) {
	y0, y1 := float64(box.Min.Y), float64(box.Max.Y)
	for _, w := range l.words {
		cx := w.box.CenterX()
		o := min(w.box.Y1, y1) - max(w.box.Y0, y0)
		part := &out
		if cx >= float64(box.Min.X) && cx < float64(box.Max.X) && 2*o >= min(w.box.Height(), y1-y0) {
			part = &in
		}
		part.words = append(part.words, w)
		part.box = part.box.Union(w.box)
	}
	in.size, out.size = l.size, l.size
	return in, out
}

// largeRegions returns the rows of large type to read again: each large
// line's ink, joined with the other large lines and glyphs on the same row
// at most rowGap glyphs apart, cut where a gap stands out (two headlines
// side by side), padded by a fraction of the glyph size.
func largeRegions(lines []hLine, ink []inkLine, body float64, comps []image.Rectangle, bounds image.Rectangle) []region {
	// A dense page has tens of thousands of components and many lines:
	// each row looks only at those across its band, found by binary search.
	comps = byMiddle(comps)
	lb := newLineBoxes(lines, ink)
	var rows []span
	for i, m := range ink {
		// Tesseract reads Latin type of any size well unless it doubts it.
		cjk := cjkWords(lines[i].words)
		doubt := m.size >= doubtFactor*body && confOf(lines[i:i+1]) < doubtConf
		if !doubt && (!cjk || m.size < largeFactor*body) || m.extent.Empty() || m.band[1] <= m.band[0] {
			continue
		}
		// Glyph parts on the row: components of about the glyph size whose
		// middle is in the ink band, and in no line of smaller type (Tesseract
		// reads body text well: a row of large type ends where the body starts).
		var parts []image.Rectangle
		smaller := lb.smaller(m.band, m.size)
		for _, c := range inBand(comps, m.band) {
			big := float64(max(c.Dx(), c.Dy())) >= 0.5*m.size
			if inRow(c, m.band, m.size) && big && !within(c, smaller) {
				parts = append(parts, c)
			}
		}
		row := span{x0: float64(m.extent.Min.X), x1: float64(m.extent.Max.X), y0: m.band[0], y1: m.band[1], size: m.size, cjk: cjk}
		// The row takes in parts at most gap from its ends, one after
		// another: one sweep rightwards by left edge, one leftwards by
		// right edge.
		gap := rowGap * m.size
		sort.Slice(parts, func(i, j int) bool { return parts[i].Min.X < parts[j].Min.X })
		for _, c := range parts {
			if float64(c.Min.X) > row.x1+gap {
				break
			}
			row.x1 = max(row.x1, float64(c.Max.X))
		}
		sort.Slice(parts, func(i, j int) bool { return parts[i].Max.X > parts[j].Max.X })
		for _, c := range parts {
			if float64(c.Max.X) < row.x0-gap {
				break
			}
			row.x0 = min(row.x0, float64(c.Min.X))
		}
		rows = append(rows, row)
	}
	rows = joinRows(rows)
	var regs []region
	for _, row := range rows {
		parts := splitRow(row, inBand(comps, [2]float64{row.y0, row.y1}))
		for k, p := range parts {
			px, py := 0.3*p.size, 0.1*p.size
			x0, x1 := p.x0-px, p.x1+px
			if k > 0 {
				x0 = max(x0, (parts[k-1].x1+p.x0)/2)
			}
			if k+1 < len(parts) {
				x1 = min(x1, (p.x1+parts[k+1].x0)/2)
			}
			box := image.Rect(int(x0), int(p.y0-py), int(math.Ceil(x1)), int(math.Ceil(p.y1+py))).Intersect(bounds)
			if !box.Empty() {
				regs = append(regs, region{box: box, size: p.size})
			}
		}
	}
	if len(regs) > maxRereads {
		sort.Slice(regs, func(i, j int) bool {
			return regs[i].size*float64(regs[i].box.Dx()) > regs[j].size*float64(regs[j].box.Dx())
		})
		regs = regs[:maxRereads]
	}
	return regs
}

// span is a stretch of a row of type: its ink box and glyph height.
type span struct {
	x0, x1, y0, y1 float64
	size           float64
	cjk            bool // of CJK type
}

// inRow reports whether c is a glyph or part of one in a row of type size
// high whose ink takes the rows band: its middle is in the band, and it is
// no taller than a glyph nor as wide as a rule.
func inRow(c image.Rectangle, band [2]float64, size float64) bool {
	cy := float64(c.Min.Y+c.Max.Y) / 2
	return cy >= band[0] && cy <= band[1] && float64(c.Dy()) <= 1.3*size && float64(c.Dx()) <= 3*size
}

// joinRows joins spans that overlap vertically by half the lower one and
// are less than joinGap glyphs apart, the first joinable pair (in order)
// first, until no pair joins.
func joinRows(rows []span) []span {
	for i := 0; i < len(rows); i++ {
		for j := i + 1; j < len(rows); j++ {
			if !joinable(rows[i], rows[j]) {
				continue
			}
			rows[i] = joined(rows[i], rows[j])
			rows = slices.Delete(rows, j, j+1)
			// Row i grew: the first pair to join now is an earlier row with
			// it, if any (no other earlier pair changed), else i with a
			// later row.
			for a := 0; a < i; a++ {
				if joinable(rows[a], rows[i]) {
					rows[a] = joined(rows[a], rows[i])
					rows = slices.Delete(rows, i, i+1)
					i, a = a, -1
				}
			}
			j = i
		}
	}
	return rows
}

func joinable(a, b span) bool {
	o := min(a.y1, b.y1) - max(a.y0, b.y0)
	gap := max(a.x0, b.x0) - min(a.x1, b.x1)
	return 2*o >= min(a.y1-a.y0, b.y1-b.y0) && gap <= joinGap*max(a.size, b.size)
}

func joined(a, b span) span {
	return span{x0: min(a.x0, b.x0), x1: max(a.x1, b.x1), y0: min(a.y0, b.y0), y1: max(a.y1, b.y1), size: max(a.size, b.size), cjk: a.cjk && b.cjk}
}

// splitRow cuts a row of CJK type at the gaps in its ink that are at least
// splitGap glyphs wide and three times its median gap: the gutter between
// two headlines side by side, not the even spacing of a letter-spaced one.
// (Latin letters are of too many heights to be told from other ink here.)
func splitRow(row span, comps []image.Rectangle) []span {
	if !row.cjk {
		return []span{row}
	}
	band := [2]float64{row.y0, row.y1}
	var ivs [][2]float64
	for _, c := range comps {
		if inRow(c, band, row.size) && float64(c.Max.X) > row.x0 && float64(c.Min.X) < row.x1 {
			ivs = append(ivs, [2]float64{max(float64(c.Min.X), row.x0), min(float64(c.Max.X), row.x1)})
		}
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i][0] < ivs[j][0] })
	// Runs of overlapping components, and the gaps between them.
	var runs [][2]float64
	for _, iv := range ivs {
		if n := len(runs); n > 0 && iv[0] <= runs[n-1][1] {
			runs[n-1][1] = max(runs[n-1][1], iv[1])
			continue
		}
		runs = append(runs, iv)
	}
	if len(runs) < 3 {
		return []span{row}
	}
	gaps := make([]float64, len(runs)-1)
	for i := range gaps {
		gaps[i] = runs[i+1][0] - runs[i][1]
	}
	sorted := append([]float64(nil), gaps...)
	sort.Float64s(sorted)
	med := sorted[len(sorted)/2]
	var out []span
	start := 0
	for i, g := range gaps {
		// Each side must hold at least two glyphs: a headline has more.
		wide := runs[i][1]-runs[start][0] >= 2*row.size && runs[len(runs)-1][1]-runs[i+1][0] >= 2*row.size
		if g >= splitGap*row.size && g >= 3*med && wide {
			out = append(out, span{x0: runs[start][0], x1: runs[i][1], y0: row.y0, y1: row.y1, size: row.size})
			start = i + 1
		}
	}
	return append(out, span{x0: runs[start][0], x1: runs[len(runs)-1][1], y0: row.y0, y1: row.y1, size: row.size})
}

// rowGap is the widest gap, in glyph heights, bridged to glyphs on a
// large line's row; joinGap, between two large lines; splitGap is the
// narrowest gap that can part a row.
const (
	rowGap   = 1.3
	joinGap  = 0.6
	splitGap = 1.0
)

// byMiddle returns a copy of comps sorted by their middle row, for inBand.
func byMiddle(comps []image.Rectangle) []image.Rectangle {
	s := slices.Clone(comps)
	slices.SortFunc(s, func(a, b image.Rectangle) int { return (a.Min.Y + a.Max.Y) - (b.Min.Y + b.Max.Y) })
	return s
}

// inBand returns the components of sorted (byMiddle) whose middle row
// lies in band.
func inBand(sorted []image.Rectangle, band [2]float64) []image.Rectangle {
	mid := func(i int) float64 { return float64(sorted[i].Min.Y+sorted[i].Max.Y) / 2 }
	lo := sort.Search(len(sorted), func(i int) bool { return mid(i) >= band[0] })
	hi := sort.Search(len(sorted), func(i int) bool { return mid(i) > band[1] })
	return sorted[lo:max(lo, hi)]
}

// lineBoxes are the pixel boxes of a page's lines sorted by top, with the
// ink sizes of their type, to find the lines across a band.
type lineBoxes struct {
	box     []image.Rectangle
	size    []float64
	tallest int
}

func newLineBoxes(lines []hLine, ink []inkLine) lineBoxes {
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return lines[idx[a]].box.Y0 < lines[idx[b]].box.Y0 })
	var lb lineBoxes
	for _, i := range idx {
		r := rect(lines[i].box)
		lb.box = append(lb.box, r)
		lb.size = append(lb.size, ink[i].size)
		lb.tallest = max(lb.tallest, r.Dy())
	}
	return lb
}

// smaller returns the boxes of the lines of type smaller than size that
// can hold the middle of a component whose middle row is in band.
func (lb lineBoxes) smaller(band [2]float64, size float64) []image.Rectangle {
	// A middle row is in band, give or take the half pixel of integer
	// division; a box whose top is more than the tallest box above that
	// ends above it.
	y0, y1 := band[0]-1, band[1]+1
	var out []image.Rectangle
	i := sort.Search(len(lb.box), func(i int) bool { return float64(lb.box[i].Min.Y+lb.tallest) > y0 })
	for ; i < len(lb.box) && float64(lb.box[i].Min.Y) <= y1; i++ {
		if lb.size[i] < 0.75*size && float64(lb.box[i].Max.Y) > y0 {
			out = append(out, lb.box[i])
		}
	}
	return out
}

// scaled is a line of a raster to read (readScaled): the pixels inside
// box, scaled by f.
type scaled struct {
	box image.Rectangle
	f   float64
}

// readScaled reads each line of r at two scales, its f and a smaller one
// (the best scale varies from line to line), and returns for each line
// the reading Tesseract is more confident of.
func (e *Engine) readScaled(ctx context.Context, r *raster, lines []scaled, lang string, dpi float64) ([][]hLine, error) {
	reads := make([]lineRead, 0, 2*len(lines))
	for _, l := range lines {
		reads = append(reads, twoScales(r, l.box, l.f)...)
	}
	got, err := e.readLines(ctx, reads, lang, dpi)
	if err != nil {
		return nil, err
	}
	out := make([][]hLine, len(lines))
	for i := range out {
		out[i] = surer(got[2*i : 2*i+2])
	}
	return out, nil
}

// twoScales are the two readings of the pixels of r inside box that
// readScaled makes: scaled by f and by a smaller factor.
func twoScales(r *raster, box image.Rectangle, f float64) []lineRead {
	return []lineRead{{r, box, f}, {r, box, 0.7 * f}}
}

// surer returns the reading Tesseract is most confident of, the first of
// equals.
func surer(readings [][]hLine) []hLine {
	var out []hLine
	for _, g := range readings {
		if confOf(g) > confOf(out) {
			out = g
		}
	}
	return out
}

// lineRead is a reading to make (readLines): the pixels of r inside box,
// scaled by f.
type lineRead struct {
	r   *raster
	box image.Rectangle
	f   float64
}

// readLines makes the readings, which are independent: spare cores help
// (each).
func (e *Engine) readLines(ctx context.Context, reads []lineRead, lang string, dpi float64) ([][]hLine, error) {
	got := make([][]hLine, len(reads))
	err := e.each(lang, len(reads), func(rd *reader, k int) error {
		var err error
		got[k], err = rd.readLine(ctx, reads[k].r, reads[k].box, reads[k].f, lang, dpi)
		return err
	})
	if err != nil {
		return nil, err
	}
	return got, nil
}

// readLine reads one line of r inside box, scaled by f, and returns its
// lines in r's pixels.
func (rd *reader) readLine(ctx context.Context, r *raster, box image.Rectangle, f float64, lang string, dpi float64) ([]hLine, error) {
	return rd.readBox(ctx, r, box, f, int(math.Ceil(float64(box.Dy())*f/2)), psmSingleLine, lang, dpi)
}

// readBox reads the pixels of r inside box, scaled by f, in a white border
// border pixels wide, with page segmentation mode psm, and returns the
// lines read in r's pixels.
func (rd *reader) readBox(ctx context.Context, r *raster, box image.Rectangle, f float64, border, psm int, lang string, dpi float64) ([]hLine, error) {
	c, err := r.line(box, f, border)
	if err != nil {
		return nil, err
	}
	defer c.free()
	sub, err := rd.recognize(ctx, c, lang, psm, max(dpi*f, 70))
	if errors.Is(err, errFailed) && ctx.Err() == nil {
		// A crop Tesseract gives up on reads as nothing: the page's own
		// reading of the line stands, and the page is not lost for it.
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	// Boxes go back to r's pixels, kept inside the region: Tesseract's
	// boxes take in some of the white border.
	b := float64(border)
	x0, y0, x1, y1 := float64(box.Min.X), float64(box.Min.Y), float64(box.Max.X), float64(box.Max.Y)
	back := func(p page.Rect) page.Rect {
		return page.Rect{
			X0: min(max((p.X0-b)/f+x0, x0), x1), Y0: min(max((p.Y0-b)/f+y0, y0), y1),
			X1: min(max((p.X1-b)/f+x0, x0), x1), Y1: min(max((p.Y1-b)/f+y0, y0), y1),
		}
	}
	var out []hLine
	for _, l := range sub.lines {
		if len(l.words) == 0 {
			continue
		}
		l.box = back(l.box)
		for i := range l.words {
			l.words[i].box = back(l.words[i].box)
		}
		out = append(out, l)
	}
	return out, nil
}

// rect converts a page-model box to whole pixels, rounding outwards.
func rect(b page.Rect) image.Rectangle {
	return image.Rect(int(math.Floor(b.X0)), int(math.Floor(b.Y0)), int(math.Ceil(b.X1)), int(math.Ceil(b.Y1)))
}

// bodyHeight is the median height of lines of three or more words: the
// body text size.
func bodyHeight(lines []hLine) float64 {
	var hs []float64
	for _, l := range lines {
		if len(l.words) >= 3 {
			hs = append(hs, l.box.Height())
		}
	}
	if len(hs) == 0 {
		return 0
	}
	sort.Float64s(hs)
	return hs[len(hs)/2]
}

// confOf is the mean word confidence of lines, weighted by characters.
func confOf(lines []hLine) float64 {
	var sum, n float64
	for _, l := range lines {
		for _, w := range l.words {
			k := float64(len([]rune(w.text)))
			sum += w.conf * k
			n += k
		}
	}
	if n == 0 {
		return 0
	}
	return sum / n
}
