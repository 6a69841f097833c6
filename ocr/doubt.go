package ocr

import (
	"context"
	"image"
	"sort"
)

// Inside a page, Tesseract reads CJK type of another face (the Kai of
// credits, a caption's) with a few glyphs it is unsure of, and those are
// mostly wrong (a name's glyph read as one of like shape). The same line
// cut out of the binarised page and read alone as one line is often read
// right (cut from the grey scan, its noise and the paper's tone defeat
// Tesseract's thresholding of so small an image). So body-size CJK lines
// with a doubtful glyph are read again that way, at about their own scale
// and a larger one, and the reading Tesseract is surer of is kept.
const (
	doubtGlyph = 0.5 // a word read with less confidence is doubtful
	maxDoubts  = 60  // lines per page, the most doubtful first
	doubtScale = 1.5 // the larger scale; readScaled adds 0.7 of it
	// Lines taller than this many body lines are large type (reread).
	doubtMaxHeight = 1.5
	// Lines read with less mean confidence are mostly a picture's texture.
	minDoubtConf = 0.3
)

// doubtful returns the indexes of the lines to read again, the most
// doubtful first: body-size CJK lines with a doubtful word.
func doubtful(lines []hLine) []int {
	body := bodyHeight(lines)
	if body <= 0 {
		return nil
	}
	var idx []int
	least := make([]float64, len(lines))
	for i, l := range lines {
		// Latin type is read well in place.
		if len(l.words) == 0 || l.box.Height() > doubtMaxHeight*body || confOf(lines[i:i+1]) < minDoubtConf || !cjkWords(l.words) {
			continue
		}
		least[i] = 1
		for _, w := range l.words {
			least[i] = min(least[i], w.conf)
		}
		if least[i] < doubtGlyph {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return least[idx[a]] < least[idx[b]] })
	if len(idx) > maxDoubts {
		idx = idx[:maxDoubts]
	}
	return idx
}

// rereadDoubts replaces the readings of doubtful lines by surer ones read
// from the line alone on bin, the page binarised.
func (e *Engine) rereadDoubts(ctx context.Context, bin *raster, hp *hPage, lang string, dpi float64) error {
	w, h := bin.size()
	var idx []int
	var reads []scaled
	for _, i := range doubtful(hp.lines) {
		l := hp.lines[i]
		// The line's ink band, found on the image around its box:
		// Tesseract's line boxes may cut off the tops and bottoms of the
		// glyphs, and a cut glyph is not read at all.
		lh := l.box.Height()
		box := rect(l.box).Inset(-int(0.3 * lh)).Intersect(image.Rect(0, 0, w, h))
		a, b := inkBand(bin.rowCounts(box))
		if b-a < int(0.5*lh) {
			continue
		}
		m := max(2, (b-a)/10)
		box.Min.Y, box.Max.Y = max(box.Min.Y+a-m, 0), min(box.Min.Y+b+m, h)
		idx = append(idx, i)
		reads = append(reads, scaled{box, doubtScale})
	}
	got, err := e.readScaled(ctx, bin, reads, lang, dpi)
	if err != nil {
		return err
	}
	for k, i := range idx {
		l, lines := hp.lines[i], got[k]
		// A reading that drops glyphs can look surer.
		if len(lines) != 1 || countGlyphs(lines[0].words).runes < countGlyphs(l.words).runes-2 || confOf(lines) <= confOf(hp.lines[i:i+1])+surerBy {
			continue
		}
		// The reading changes, not the layout: the line keeps its box
		// (a tighter one reads as a paragraph's short last line).
		lines[0].box = l.box
		hp.lines[i] = lines[0]
	}
	return nil
}
