package ocr

import (
	"context"
	"sort"
)

// On a bitonal page whose mended reading is kept (type broken up by
// thresholding), the Chinese lines Tesseract doubts are read again one by
// one: from the page thickened, and scaled down to grey from the page
// cleaned and as it is. The reading of the line that reads best
// (lineScore) is kept. Measured on 121 lines of dev zh-12.tif page 1: line
// CER 0.151 -> 0.122.
const (
	brokenDoubt = 0.8 // mean confidence below which a line is read again
	// Lines per page read again, the least confident first. Each is read
	// three times, so the cap bounds what a page of worn type costs; a
	// few columns' worth of lines, as many as mending can pay for.
	maxBroken = 160
)

// rereadBroken reads doubtful lines again; rs are the page as scanned,
// thickened and cleaned, thick the thickened page binarised.
func (e *Engine) rereadBroken(ctx context.Context, rs []*raster, thick *raster, lines []hLine, lang string, dpi float64) error {
	views := []struct {
		r *raster
		f float64
	}{{rs[1], 1}, {rs[2], 0.7}, {rs[0], 0.7}}
	// Glyph sizes are measured on the thickened page, where broken
	// strokes are rejoined.
	ink, body := measureLines(thick, lines)
	if body == 0 {
		return nil
	}
	idx := brokenLines(lines, ink, body)
	// Every view of every line is read at once where cores are spare.
	got := make([][]hLine, len(idx)*len(views))
	err := e.each(lang, len(got), func(rd *reader, k int) error {
		v := views[k%len(views)]
		var err error
		got[k], err = rd.readLine(ctx, v.r, rect(lines[idx[k/len(views)]].box), v.f, lang, dpi)
		return err
	})
	if err != nil {
		return err
	}
	for n, i := range idx {
		l := lines[i]
		best, glyphs := lineScore(l, true), countGlyphs(l.words)
		for _, g := range got[n*len(views) : (n+1)*len(views)] {
			o := oneLine(g)
			if s := lineScore(o, true); readsBetter(o, glyphs, true, s, best) {
				lines[i], best = fitted(o, l.box), s
			}
		}
	}
	return nil
}

// brokenLines returns the indexes of the lines rereadBroken reads again:
// the Chinese lines of body size Tesseract doubts; of more than maxBroken,
// the maxBroken least confident.
func brokenLines(lines []hLine, ink []inkLine, body float64) []int {
	var idx []int
	for i, l := range lines {
		// Large type is read again at the body's scale (reread).
		if ink[i].size >= doubtFactor*body || confOf(lines[i:i+1]) >= brokenDoubt {
			continue
		}
		if n := countGlyphs(l.words); n.han < 2 || !n.mostlyCJK() {
			continue
		}
		idx = append(idx, i)
	}
	if len(idx) > maxBroken {
		sort.SliceStable(idx, func(a, b int) bool { return confOf(lines[idx[a]:idx[a]+1]) < confOf(lines[idx[b]:idx[b]+1]) })
		idx = idx[:maxBroken]
	}
	return idx
}

// oneLine is lines as one line.
func oneLine(lines []hLine) hLine {
	var out hLine
	for _, l := range lines {
		out.words = append(out.words, l.words...)
		out.box = out.box.Union(l.box)
	}
	return out
}
