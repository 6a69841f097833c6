package ocr

import (
	"image"
	"math"
	"sort"
)

// Tesseract's LSTM engine does not report bold. Bold type has thicker
// strokes for its size: the median length of the horizontal black runs in
// a line (about the width of vertical stems) over the line's height is
// compared with the same ratio for the page's body lines. The height is the
// glyph size (see glyphSize), not the line box: a short line without
// descenders would look bold.
const (
	boldFactor   = 1.3  // bold: stroke ratio at least this times the body's
	plainFactor  = 1.15 // the rest of a line with a bold run-in stays below this
	minBoldRuns  = 60   // fewer runs than this decide nothing
	maxStemShare = 0.4  // runs longer than this share of the line height are horizontal strokes
)

// runHist counts horizontal black runs by length in pixels; the last bin
// counts all longer runs.
type runHist [48]int

func (h *runHist) add(o runHist) {
	for i, n := range o {
		h[i] += n
	}
}

// stroke returns the median length of the runs that are not horizontal
// strokes, over the line height, and the number of runs it is taken from.
// The median is interpolated within its bin: run lengths are whole pixels,
// and a plain median jumps by a quarter between 4 and 5 px stems.
func (h *runHist) stroke(height float64) (float64, int) {
	limit := min(len(h), int(maxStemShare*height)+1)
	total := 0
	for run := 1; run < limit; run++ {
		total += h[run]
	}
	if total == 0 || height <= 0 {
		return 0, 0
	}
	half, seen := float64(total)/2, 0
	for run := 1; run < limit; run++ {
		if n := h[run]; float64(seen+n) >= half {
			med := float64(run) - 0.5 + (half-float64(seen))/float64(n)
			return med / height, total
		}
		seen += h[run]
	}
	return 0, 0
}

// inkHeight is the height of the band of rows holding a word's ink (see
// inkBand).
func inkHeight(rows []int) float64 {
	a, b := inkBand(rows)
	return float64(b - a)
}

// wordHeight is the ink height of a word's box on r, a binary page,
// measured once: the large-type re-read (measureLine) and measureInk
// measure the same boxes of the lines the re-reads leave alone.
func (r *raster) wordHeight(box image.Rectangle) float64 {
	if h, ok := r.heights[box]; ok {
		return h
	}
	h := inkHeight(r.rowCounts(box))
	if r.heights == nil {
		r.heights = map[image.Rectangle]float64{}
	}
	r.heights[box] = h
	return h
}

// inkBand returns the rows [start, end) of the longest band of rows with
// at least a sixth of the fullest row's black pixels (gaps of up to two
// rows bridged), so that specks, the edges of neighbouring lines and the
// border of a photo inside the box do not count.
func inkBand(rows []int) (start, end int) {
	most := 0
	for _, n := range rows {
		most = max(most, n)
	}
	if most == 0 {
		return 0, 0
	}
	first, last := -1, -10
	for y, n := range rows {
		if 6*n < most {
			continue
		}
		if y-last > 3 { // a gap of three or more rows starts a new band
			first = y
		}
		last = y
		if last+1-first > end-start {
			start, end = first, last+1
		}
	}
	return start, end
}

// measureInk reads from the image what Tesseract does not report: each
// line's glyph height (the median ink height of its words; Tesseract's
// word boxes often take the whole line's height), bold lines, and bold
// run-in leads ("本报讯 记者…报道：").
func measureInk(bin *raster, lines []hLine) {
	hists := make([][]runHist, len(lines))
	sizes := make([]float64, len(lines))
	var bodySizes []float64
	for i := range lines {
		l := &lines[i]
		heights := make([]float64, 0, len(l.words))
		for _, w := range l.words {
			box := image.Rect(int(w.box.X0), int(l.box.Y0), int(math.Ceil(w.box.X1)), int(math.Ceil(l.box.Y1)))
			hists[i] = append(hists[i], bin.runLengths(box))
			if ih := bin.wordHeight(box); ih > 0 {
				heights = append(heights, ih)
			}
		}
		if len(heights) > 0 {
			sort.Float64s(heights)
			l.size = heights[len(heights)/2]
		}
		sizes[i] = glyphSize(*l, 0.8)
		if len(l.words) >= 3 {
			bodySizes = append(bodySizes, sizes[i])
		}
	}
	if len(bodySizes) == 0 {
		return
	}
	sort.Float64s(bodySizes)
	bodySize := bodySizes[len(bodySizes)/2]
	// Stems are compared in pixels among lines of about the body size (a
	// per-line size estimate is noisier than the stems), and relative to
	// their own size for other lines.
	norm := make([]float64, len(lines))
	ratios := make([]float64, len(lines))
	var body []float64
	for i, l := range lines {
		norm[i] = sizes[i]
		if math.Abs(sizes[i]-bodySize) <= 0.25*bodySize {
			norm[i] = bodySize
		}
		var all runHist
		for _, h := range hists[i] {
			all.add(h)
		}
		if ratio, n := all.stroke(norm[i]); n >= minBoldRuns {
			ratios[i] = ratio
			if len(l.words) >= 3 {
				body = append(body, ratio)
			}
		}
	}
	if len(body) == 0 {
		return
	}
	sort.Float64s(body)
	ref := body[len(body)/2]
	for i := range lines {
		l := &lines[i]
		// A bold lead can tip the whole line's ratio: look for it first.
		if k := runIn(hists[i], norm[i], ref); k > 0 {
			for j := range l.words[:k] {
				l.words[j].bold, l.words[j].runIn = true, true
			}
		} else if ratios[i] >= boldFactor*ref {
			for j := range l.words {
				l.words[j].bold = true
			}
		}
	}
}

// runIn returns the number of leading words set bold while the rest of the
// line is not, 0 if none. The split is the one that best divides the words'
// stroke ratios into two even groups (least squares, weighted by runs); it
// counts if the lead is bold and the rest plain.
func runIn(hists []runHist, height, ref float64) int {
	n := len(hists)
	if n < 4 {
		return 0
	}
	r := make([]float64, n)
	wt := make([]float64, n)
	for j, h := range hists {
		ratio, runs := h.stroke(height)
		r[j], wt[j] = ratio, float64(runs)
	}
	// cost of treating words a..b-1 as one group
	cost := func(a, b int) float64 {
		var sw, sx float64
		for j := a; j < b; j++ {
			sw += wt[j]
			sx += wt[j] * r[j]
		}
		if sw == 0 {
			return 0
		}
		m, c := sx/sw, 0.0
		for j := a; j < b; j++ {
			c += wt[j] * (r[j] - m) * (r[j] - m)
		}
		return c
	}
	best, bestCost := 0, math.Inf(1)
	for k := 2; k <= n-2; k++ {
		if c := cost(0, k) + cost(k, n); c < bestCost {
			best, bestCost = k, c
		}
	}
	var pre, rest runHist
	for _, h := range hists[:best] {
		pre.add(h)
	}
	for _, h := range hists[best:] {
		rest.add(h)
	}
	p, np := pre.stroke(height)
	s, ns := rest.stroke(height)
	if np >= minBoldRuns && ns >= minBoldRuns && p >= boldFactor*ref && s < plainFactor*ref {
		return best
	}
	return 0
}
