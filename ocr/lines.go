package ocr

import (
	"image"
	"sort"
	"strings"
	"unicode"

	"newsprint/page"
	"newsprint/script"
)

// joinWords builds a line's text from Tesseract's words. Tesseract treats
// each CJK character as a word; no space goes next to a CJK character, so
// Chinese text reads as printed while Latin words keep their spaces. Marks
// both scripts print (curly quotes, dashes, ellipses) take the side of the
// nearest letter beyond them: "plan ‘hides" keeps its space, "说“好" has none.
func joinWords(words []hWord) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !cjkAt(words, i-1, -1) && !cjkAt(words, i, +1) {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// cjkAt reports whether the character next to the gap before words[i] (dir
// +1: the first of words[i]; -1: the last of words[i], with i the word before
// the gap) is CJK, reading past shared marks to the nearest other character.
func cjkAt(words []hWord, i, dir int) bool {
	for ; i >= 0 && i < len(words); i += dir {
		rs := []rune(words[i].text)
		for k := range rs {
			r := rs[k]
			if dir < 0 {
				r = rs[len(rs)-1-k]
			}
			if !script.Shared(r) {
				return script.CJK(r)
			}
		}
	}
	return true // only marks: set close, as Chinese sets them
}

// gapFactor times the line height is the widest word gap kept inside one
// line. Wider gaps are column gutters that Tesseract's layout analysis
// bridged: the line is split there, so segmentation sees each column's
// part of it.
const gapFactor = 1.6

// splitWide splits a line at gutter-wide gaps between words.
func splitWide(l hLine) []hLine {
	h := l.box.Height()
	if len(l.words) < 2 || h <= 0 {
		return []hLine{l}
	}
	var out []hLine
	start := 0
	for i := 1; i <= len(l.words); i++ {
		if i < len(l.words) && l.words[i].box.X0-l.words[i-1].box.X1 <= gapFactor*h {
			continue
		}
		part := hLine{size: l.size, words: l.words[start:i]}
		for _, w := range part.words {
			part.box = part.box.Union(w.box)
		}
		out = append(out, part)
		start = i
	}
	return out
}

// minLineConf: lines read with less mean confidence are dropped. They are
// nearly all noise read from photos, rules and speckle (measured on the dev
// scans: three in four lines below it match no printed text).
const minLineConf = 0.3

// minPhoto is the smallest side of a photo, as a share of the page width.
const minPhoto = 0.03

// fill puts what Tesseract found into the page model. scale converts image
// pixels to the page unit.
func fill(p *page.Page, hp *hPage, scale float64) {
	// Only Tesseract's photos filter lines: a PDF page's Images include the
	// scan itself.
	// Tesseract also calls specks and bits of large type photos; a photo is
	// at least minPhoto of the page's width on both sides.
	var photos []page.Image
	for _, r := range hp.photos {
		if isPhoto(r, hp.width) {
			photos = append(photos, page.Image{Box: r.Scale(scale)})
		}
	}
	p.Images = append(p.Images, photos...)
	rules, boxes := rulesAndBoxes(hp.separators)
	for _, r := range rules {
		p.Rules = append(p.Rules, page.Rule{Box: r.Scale(scale)})
	}
	for _, b := range boxes {
		p.Boxes = append(p.Boxes, page.RectShape{Box: b.Scale(scale)})
	}
	for _, l := range toPage(hp.lines, scale) {
		if l.Conf < minLineConf || inPhoto(*l.Box, photos) {
			continue
		}
		p.Lines = append(p.Lines, l)
	}
}

// isPhoto reports whether r, a photo of Tesseract's on a page width
// pixels wide, is at least minPhoto of the width on both sides.
func isPhoto(r page.Rect, width float64) bool {
	return min(r.Width(), r.Height()) >= minPhoto*width
}

// photoRects returns the boxes of hp's photos (isPhoto) in whole pixels.
func photoRects(hp *hPage) []image.Rectangle {
	var out []image.Rectangle
	for _, p := range hp.photos {
		if isPhoto(p, hp.width) {
			out = append(out, rect(p))
		}
	}
	return out
}

// inPhoto reports whether the centre of b lies in one of the photos.
func inPhoto(b page.Rect, photos []page.Image) bool {
	cx, cy := b.CenterX(), b.CenterY()
	for _, im := range photos {
		if cx >= im.Box.X0 && cx <= im.Box.X1 && cy >= im.Box.Y0 && cy <= im.Box.Y1 {
			return true
		}
	}
	return false
}

// toPage converts Tesseract's lines to page-model lines.
func toPage(lines []hLine, scale float64) []page.Line {
	var out []page.Line
	for _, hl := range lines {
		for _, l := range splitWide(hl) {
			if len(l.words) == 0 {
				continue
			}
			pl := page.Line{Text: joinWords(l.words)}
			if strings.TrimSpace(pl.Text) == "" {
				continue
			}
			box := l.box.Scale(scale)
			pl.Box = &box
			var conf float64
			bold, italic := 0, 0
			for _, w := range l.words {
				conf += w.conf
				pl.Words = append(pl.Words, page.Word{Text: w.text, Box: w.box.Scale(scale), Confidence: w.conf, Alternatives: w.alts})
				if w.bold {
					bold++
				}
				if w.italic {
					italic++
				}
			}
			pl.Conf = conf / float64(len(l.words))
			k := 0
			for k < len(l.words) && l.words[k].runIn {
				k++
			}
			if k > 0 && k < len(l.words) {
				pl.RunIn = len(joinWords(l.words[:k]))
			}
			pl.Bold = 2*bold > len(l.words) && pl.RunIn == 0
			pl.Italic = 2*italic > len(l.words)
			size := glyphSize(l, 0.5)
			pl.Size = size * scale
			out = append(out, pl)
		}
	}
	return out
}

// glyphSize is the size proxy of a line, in image pixels. CJK: the glyph
// height measured on the image (Tesseract's boxes of CJK words often take
// the whole line's height). Latin: the word height at quantile q (0.5:
// the median, for the size; higher quantiles are the ascender height even
// on lines with few ascenders), steadier than ink bands that depend on the
// letters.
func glyphSize(l hLine, q float64) float64 {
	if l.size > 0 && cjkWords(l.words) {
		return l.size
	}
	hs := make([]float64, 0, len(l.words))
	for _, w := range l.words {
		hs = append(hs, w.box.Height())
	}
	if len(hs) == 0 {
		return l.box.Height()
	}
	sort.Float64s(hs)
	return hs[min(len(hs)-1, int(q*float64(len(hs))))]
}

// glyphCount counts the characters of a line's words, read in one pass.
// It counts over the words, without joining them (joinWords): the spaces
// joinWords adds count for no kind.
type glyphCount struct {
	runes int // every character
	han   int // Chinese characters
	cjk   int // CJK characters and shared marks, Chinese ones included
	other int // other letters and digits
}

func countGlyphs(words []hWord) glyphCount {
	var c glyphCount
	for _, w := range words {
		for _, r := range w.text {
			c.runes++
			switch {
			case unicode.Is(unicode.Han, r):
				c.han++
				c.cjk++
			case script.CJK(r) || script.Shared(r):
				c.cjk++
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				c.other++
			}
		}
	}
	return c
}

// mostlyCJK reports whether most letters counted are CJK.
func (c glyphCount) mostlyCJK() bool { return c.cjk > c.other }

// cjkWords reports whether most letters of the words' text are CJK.
func cjkWords(words []hWord) bool { return countGlyphs(words).mostlyCJK() }
