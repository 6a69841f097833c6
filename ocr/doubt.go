package ocr

import (
	"context"
	"image"
	"slices"
	"sort"
	"strings"
	"unicode"

	"newsprint/page"
)

// Inside a page, Tesseract reads CJK type of another face (the Kai of
// credits, a caption's) with a few glyphs it is unsure of, and those are
// mostly wrong (a name's glyph read as one of like shape). The same line
// cut out of the binarised page and read alone as one line is often read
// right (cut from the grey scan, its noise and the paper's tone defeat
// Tesseract's thresholding of so small an image). So body-size CJK lines
// with a doubtful glyph are read again that way, at about their own scale
// and a larger one, and the reading Tesseract is surer of is kept. The
// page's reading, the surer of those and one of the grey line at its own
// scale then vote glyph by glyph: Tesseract's confidence alone often
// favours a wrong glyph of like shape, but a glyph two images of the line
// read alike is rarely wrong.
const (
	doubtGlyph = 0.5 // a word read with less confidence is doubtful
	maxDoubts  = 60  // lines per page, the most doubtful first
	doubtScale = 1.5 // the larger scale (twoScales reads a smaller one too)
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
// from the line alone on bin, the page binarised, and then each glyph by
// the one most of the line's readings agree on (voted), the line read
// alone on r, the page as scanned, being one more of them.
func (e *Engine) rereadDoubts(ctx context.Context, r, bin *raster, hp *hPage, lang string, dpi float64) error {
	w, h := bin.size()
	var idx []int
	var reads, greys []lineRead
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
		reads = append(reads, twoScales(bin, box, doubtScale)...)
		greys = append(greys, lineRead{r, box, 1})
	}
	got, err := e.readLines(ctx, reads, lang, dpi)
	if err != nil {
		return err
	}
	kept, binarised := make([]hLine, len(idx)), make([][]hLine, len(idx))
	var asked []int
	var greyReads []lineRead
	for k, i := range idx {
		l := hp.lines[i]
		kept[k], binarised[k] = l, surer(got[2*k:2*k+2])
		// A reading that drops glyphs can look surer.
		if len(binarised[k]) == 1 && countGlyphs(binarised[k][0].words).runes >= countGlyphs(l.words).runes-2 && confOf(binarised[k]) > confOf(hp.lines[i:i+1])+surerBy {
			// The reading changes, not the layout: the line keeps its box
			// (a tighter one reads as a paragraph's short last line).
			kept[k] = binarised[k][0]
			kept[k].box = l.box
		}
		if greyCanVote(kept[k], l, binarised[k]) {
			asked = append(asked, k)
			greyReads = append(greyReads, greys[k])
		}
	}
	grey, err := e.readLines(ctx, greyReads, lang, dpi)
	if err != nil {
		return err
	}
	greyOf := make([][]hLine, len(idx))
	for j, k := range asked {
		greyOf[k] = grey[j]
	}
	for k, i := range idx {
		// One reading of each image of the line votes.
		l := voted(kept[k], [][]hLine{hp.lines[i : i+1], binarised[k], greyOf[k]})
		hp.lines[i] = withAlternatives(l, [][]hLine{hp.lines[i : i+1], got[2*k], got[2*k+1], greyOf[k]})
	}
	return nil
}

// withAlternatives returns l with each one-glyph Han word that another
// reading of the line read as another Han glyph given that one as an
// alternative, with the best confidence a reading gave it. Only readings
// of as many glyphs as l that agree with it on the glyphs either side
// count (the alignment voted asks for). The vote keeps the glyph Tesseract
// is surest of; a later stage that knows the word is part of a name may
// know better (a Kai name's glyph is often misread as one no name has).
func withAlternatives(l hLine, readings [][]hLine) hLine {
	own, rows := alignedGlyphs(l, readings)
	words := slices.Clone(l.words)
	p := 0
	for i, w := range words {
		n := 0
		for _, c := range w.text {
			if !unicode.IsSpace(c) {
				n++
			}
		}
		if n == 1 && unicode.Is(unicode.Han, own[p].r) {
			words[i].alts = readAs(rows, own, p)
		}
		p += n
	}
	l.words = words
	return l
}

// readAs returns the Han glyphs other than own[p] that rows, aligned with
// own, read at p, each with the best confidence it was read with, in the
// order first read.
func readAs(rows [][]glyph, own []glyph, p int) []page.Alternative {
	var out []page.Alternative
	for _, g := range rows {
		c := g[p].r
		if c == own[p].r || !unicode.Is(unicode.Han, c) || !anchored([][]glyph{g}, own, p, c) {
			continue
		}
		k := slices.IndexFunc(out, func(a page.Alternative) bool { return a.Text == string(c) })
		if k < 0 {
			out = append(out, page.Alternative{Text: string(c), Confidence: g[p].conf})
		} else {
			out[k].Confidence = max(out[k].Confidence, g[p].conf)
		}
	}
	return out
}

// greyCanVote reports whether a reading of the grey line could change
// kept in voted, so that it is worth making: only where the page's
// reading l and the binarised one, both as many glyphs as kept, read some
// glyph differently can the grey one side with either against kept.
func greyCanVote(kept, l hLine, binarised []hLine) bool {
	own, page, bin := glyphsOf([]hLine{kept}), glyphsOf([]hLine{l}), glyphsOf(binarised)
	if len(page) != len(own) || len(bin) != len(own) {
		return false
	}
	for p := range own {
		if page[p].r != bin[p].r {
			return true
		}
	}
	return false
}

// voted returns l with each glyph that most readings of the line (l's own
// among them) read as another, one of them with more confidence than l's,
// replaced by that one. Tesseract reads a doubtful glyph differently at
// each scale and binarisation; one read alike by most readings is rarely
// wrong, and agreeing on a guess it has no confidence in is no evidence.
// Only the readings of as many glyphs as l are aligned, one glyph with
// the next, and at least three are asked for; a glyph is not replaced by
// one of another kind (alike) nor where the readings are shifted
// (anchored).
func voted(l hLine, readings [][]hLine) hLine {
	own, rows := alignedGlyphs(l, readings)
	if len(rows) < 3 {
		return l
	}
	out := slices.Clone(own)
	for p := range own {
		votes := map[rune]int{}
		conf := map[rune]float64{}
		for _, g := range rows {
			votes[g[p].r]++
			conf[g[p].r] = max(conf[g[p].r], g[p].conf)
		}
		// Only one glyph can have most votes: the order of the map does
		// not matter.
		for c, v := range votes {
			if 2*v > len(rows) && c != own[p].r && conf[c] > own[p].conf && alike(c, own[p].r) && anchored(rows, own, p, c) {
				out[p] = glyph{c, conf[c]}
			}
		}
	}
	words := make([]hWord, len(l.words))
	p := 0
	for i, w := range l.words {
		var b strings.Builder
		for _, c := range w.text {
			if unicode.IsSpace(c) {
				b.WriteRune(c)
				continue
			}
			if out[p] != own[p] {
				w.conf = out[p].conf
			}
			b.WriteRune(out[p].r)
			p++
		}
		w.text = b.String()
		words[i] = w
	}
	l.words = words
	return l
}

// alike reports whether a and b are both Han characters or both not: a
// reading that puts punctuation where the line has a character, or the
// other way round, is misaligned with it, or reads a speck.
func alike(a, b rune) bool {
	return unicode.Is(unicode.Han, a) == unicode.Is(unicode.Han, b)
}

// anchored reports whether the readings that put c at p agree with own on
// the glyphs either side: one that dropped a glyph before p and read an
// extra one after it has as many glyphs, but they are shifted.
func anchored(rows [][]glyph, own []glyph, p int, c rune) bool {
	for _, g := range rows {
		if g[p].r != c {
			continue
		}
		if p > 0 && g[p-1].r != own[p-1].r || p+1 < len(own) && g[p+1].r != own[p+1].r {
			return false
		}
	}
	return true
}

// alignedGlyphs returns the glyphs of l, and those of each reading of as
// many glyphs, which are taken to be aligned with them one for one.
func alignedGlyphs(l hLine, readings [][]hLine) (own []glyph, rows [][]glyph) {
	own = glyphsOf([]hLine{l})
	for _, rd := range readings {
		if g := glyphsOf(rd); len(g) == len(own) {
			rows = append(rows, g)
		}
	}
	return own, rows
}

// glyph is a character read and the confidence of its word.
type glyph struct {
	r    rune
	conf float64
}

// glyphsOf returns the characters of lines, white space left out.
func glyphsOf(lines []hLine) []glyph {
	var out []glyph
	for _, l := range lines {
		for _, w := range l.words {
			for _, c := range w.text {
				if !unicode.IsSpace(c) {
					out = append(out, glyph{c, w.conf})
				}
			}
		}
	}
	return out
}
