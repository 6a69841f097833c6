package ocr

import (
	"context"
	"image"
	"math"
	"sort"
	"strings"

	"newsprint/page"
)

// Tesseract's page layout analysis often breaks up headlines: large,
// letter-spaced or bold type comes out as fragments of low confidence
// ("探索星空不停歇" read as "你守星汪个保"). The same text cut out and read
// as a single line or block is usually right. So large lines read with low
// confidence are read again, region by region, and the better reading wins.
const (
	largeFactor  = 1.6  // a line this many times the body height is large
	suspectConf  = 0.8  // large lines below this mean confidence are read again
	maxRereads   = 16   // regions per page, to bound the cost
	rereadMargin = 0.35 // region padding, in line heights
)

// reread replaces the lines of suspect regions with a second reading when
// Tesseract is more confident of it. Coordinates are image pixels.
func (e *Engine) reread(ctx context.Context, r *raster, hp *hPage, lang string, dpi float64) error {
	body := bodyHeight(hp.lines)
	if body <= 0 {
		return nil
	}
	w, h := r.size()
	bounds := image.Rect(0, 0, w, h)
	for _, reg := range suspectRegions(hp.lines, body, bounds) {
		old := covered(hp.lines, reg)
		if len(old) == 0 {
			continue
		}
		best, bestConf := []hLine(nil), lineConf(hp.lines, old)
		for _, psm := range []int{psmSingleLine, psmSingleBlock} {
			lines, err := e.readRegion(ctx, r, reg, lang, psm, dpi)
			if err != nil {
				return err
			}
			if c := confOf(lines); len(lines) > 0 && c > bestConf {
				best, bestConf = lines, c
			}
		}
		if best == nil {
			continue
		}
		hp.lines = replace(hp.lines, old, best)
	}
	return nil
}

// readRegion OCRs one region of r and returns its lines in r's pixels.
func (e *Engine) readRegion(ctx context.Context, r *raster, reg image.Rectangle, lang string, psm int, dpi float64) ([]hLine, error) {
	c, err := r.clipped(reg)
	if err != nil {
		return nil, err
	}
	defer c.free()
	hocr, err := e.recognize(ctx, c, lang, psm, dpi)
	if err != nil {
		return nil, err
	}
	sub, err := parseHOCR(strings.NewReader(hocr))
	if err != nil {
		return nil, err
	}
	dx, dy := float64(reg.Min.X), float64(reg.Min.Y)
	move := func(b page.Rect) page.Rect {
		return page.Rect{X0: b.X0 + dx, Y0: b.Y0 + dy, X1: b.X1 + dx, Y1: b.Y1 + dy}
	}
	var out []hLine
	for _, l := range sub.lines {
		if len(l.words) == 0 {
			continue
		}
		l.box = move(l.box)
		for i := range l.words {
			l.words[i].box = move(l.words[i].box)
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

// suspectRegions returns padded boxes around large low-confidence lines,
// merged where they overlap, at most maxRereads.
func suspectRegions(lines []hLine, body float64, bounds image.Rectangle) []image.Rectangle {
	var regs []image.Rectangle
	for _, l := range lines {
		lh := l.box.Height()
		if lh < largeFactor*body || len(l.words) == 0 || confOf([]hLine{l}) >= suspectConf {
			continue
		}
		m := rereadMargin * lh
		rect := image.Rect(int(l.box.X0-2*m), int(l.box.Y0-m), int(math.Ceil(l.box.X1+2*m)), int(math.Ceil(l.box.Y1+m))).Intersect(bounds)
		if !rect.Empty() {
			regs = append(regs, rect)
		}
	}
	// Merge overlapping regions until none overlap.
	for merged := true; merged; {
		merged = false
		for i := 0; i < len(regs) && !merged; i++ {
			for j := i + 1; j < len(regs); j++ {
				if regs[i].Overlaps(regs[j]) {
					regs[i] = regs[i].Union(regs[j])
					regs = append(regs[:j], regs[j+1:]...)
					merged = true
					break
				}
			}
		}
	}
	if len(regs) > maxRereads {
		regs = regs[:maxRereads]
	}
	return regs
}

// covered returns the indices of the lines whose centre lies in reg.
func covered(lines []hLine, reg image.Rectangle) []int {
	var idx []int
	for i, l := range lines {
		cx, cy := (l.box.X0+l.box.X1)/2, (l.box.Y0+l.box.Y1)/2
		if cx >= float64(reg.Min.X) && cx < float64(reg.Max.X) && cy >= float64(reg.Min.Y) && cy < float64(reg.Max.Y) {
			idx = append(idx, i)
		}
	}
	return idx
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

func lineConf(lines []hLine, idx []int) float64 {
	sel := make([]hLine, 0, len(idx))
	for _, i := range idx {
		sel = append(sel, lines[i])
	}
	return confOf(sel)
}

// replace puts repl where the first of the lines idx was and drops the rest.
func replace(lines []hLine, idx []int, repl []hLine) []hLine {
	drop := map[int]bool{}
	for _, i := range idx {
		drop[i] = true
	}
	var out []hLine
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
