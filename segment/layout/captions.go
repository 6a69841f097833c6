package layout

import (
	"math"
	"strings"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
)

// joinCaptionPieces puts back together a caption line that OCR cut where
// its words leave a wider gap, often before the photo credit
// ("……抵达北京。（本报记者" and "王小明摄）"): pieces on one
// baseline right under a picture, within its width, a few characters
// apart. With stacked (a text layer, where a loose caption's justified
// spaces open wide on any line), the lines of a caption in type smaller
// than the body's set one under the other from the picture down are
// joined too.
func joinCaptionPieces(lines []page.Line, body float64, pics []page.Rect, stacked bool) []page.Line {
	if len(pics) == 0 {
		return lines
	}
	near := func(a page.Line, _ pieceStats) window {
		return rowWindow(a, -0.5*body, 2.5*body, 0.4*max(a.Box.Height(), 0))
	}
	return joinPieces(lines, near, func(a, b page.Line) bool { return captionPiece(a, b, lines, body, pics, stacked) }, nil)
}

// captionPiece reports whether b continues the caption line a to its
// right, under the same picture.
func captionPiece(a, b page.Line, lines []page.Line, body float64, pics []page.Rect, stacked bool) bool {
	gap := b.Box.X0 - a.Box.X1
	if gap < -0.5*body || gap > 2.5*body {
		return false
	}
	h := math.Min(a.Box.Height(), b.Box.Height())
	if midDist(*a.Box, *b.Box) > 0.4*h {
		return false
	}
	for _, im := range pics {
		if a.Box.OverlapX(im) > 0.5*a.Box.Width() && b.Box.X1 <= im.X1+body && (underPicture(a, lines, body, []page.Rect{im}) || stacked && underCaption(a, lines, body, im)) {
			return true
		}
	}
	return false
}

// underCaption reports l in a caption's type, smaller than the body's,
// set under the picture im through lines of that very size, each right
// under the one before within the picture's width: a caption's later
// line.
func underCaption(l page.Line, lines []page.Line, body float64, im page.Rect) bool {
	size := lineSize(l)
	if size >= 0.97*body {
		return false
	}
	cur := l
	for range 6 {
		if underPicture(cur, lines, body, []page.Rect{im}) {
			return true
		}
		found := false
		for _, o := range lines {
			gap := cur.Box.Y0 - o.Box.Y1
			if gap >= -0.3*size && gap <= 0.8*size && o.Box.OverlapX(*cur.Box) > 0 && o.Box.OverlapX(im) >= 0.5*o.Box.Width() && math.Abs(lineSize(o)-size) <= 0.01*size {
				cur, found = o, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return false
}

// columnWidth is the typical width of a body column: the median width of
// the lines of body-size blocks of several lines.
func (s *state) columnWidth() float64 {
	var ws []float64
	for k := range s.blocks {
		b := &s.blocks[k]
		if len(b.lines) < 3 || !s.bodyLike(b) {
			continue
		}
		for _, l := range b.lines {
			ws = append(ws, l.Box.Width())
		}
	}
	return median(ws)
}

// splitCaption ends the block k, the text right under a picture, where
// its caption ends: after one of its first lines that ends in a photo
// credit, or, on a scan, after its first lines when they run across
// columns and the lines after them fit a column. The body text set tight
// under a caption is then no longer taken for part of it. A caption is
// six lines at most: under a narrow picture it wraps often, and its type,
// a little smaller than the body's, may still pass for the body's style
// (on a scan OCR sizes them alike).
func (s *state) splitCaption(k int, col float64) {
	b := &s.blocks[k]
	end, most := 0, 6
	var text strings.Builder
	for i, l := range b.lines[:min(most, len(b.lines)-1)] {
		text.WriteString(strings.TrimSpace(l.Text))
		if _, _, ok := cues.CaptionCredit(text.String()); ok {
			end = i + 1
			break
		}
	}
	if end == 0 && s.ocr && col > 0 {
		for end < min(3, len(b.lines)-1) && b.lines[end].Box.Width() > 1.5*col {
			end++
		}
		// A column follows: a short line after them is the caption's own
		// tail (its credit).
		if end > 0 && (b.lines[end].Box.Width() > 1.2*col || len(b.lines)-end < 2) {
			end = 0
		}
	}
	if end == 0 {
		return
	}
	rest := *b
	rest.lines = append([]page.Line(nil), b.lines[end:]...)
	rest.measure()
	b.lines = b.lines[:end]
	b.measure()
	s.blocks = append(s.blocks, rest)
}

// pictureNoise reports a character or two that OCR read with no
// confidence inside a picture: texture of the photo, or the tail of a line
// beside it that ran into the photo.
func pictureNoise(l page.Line, pics []page.Rect) bool {
	if runes(l.Text) > 2 || len(l.Words) == 0 {
		return false
	}
	for _, w := range l.Words {
		if w.Confidence >= 0.3 {
			return false
		}
	}
	for _, im := range pics {
		if inside(im, *l.Box, 2) {
			return true
		}
	}
	return false
}

// scanPhotoCredit reads the credit at the end of a caption on a scan whose
// 摄 OCR lost ("……义诊活动。本报记者李小红"): a credit that ends a caption
// is the photographer's.
func (s *state) scanPhotoCredit(text string) []segment.Author {
	if !s.ocr {
		return nil
	}
	i := strings.LastIndex(text, "记者")
	if i < 0 {
		return nil
	}
	for _, w := range []string{"新华社", "本报", "摄影"} {
		if strings.HasSuffix(text[:i], w) {
			i -= len(w)
			break
		}
	}
	authors, _ := cues.MisreadPhotoCredit(strings.TrimRight(text[i:], "）) "))
	return authors
}

// spaceCaptionCredit sets off the photo credit that ends a caption line on
// a scan as it is printed (Tesseract's CJK text has no spaces): by a space
// from the sentence before it ("…开幕。 本报记者 方远摄"; a bracketed
// credit runs on), and its name from its role word where OCR's gap there
// is wider than the line's usual gap between words.
func spaceCaptionCredit(l page.Line) page.Line {
	credit, authors, ok := cues.CaptionCredit(l.Text)
	if !ok || len(authors) == 0 {
		return l
	}
	start := len(l.Text) - len(credit)
	space := func(at int) {
		l.Text = l.Text[:at] + " " + l.Text[at:]
		if l.RunIn > at {
			l.RunIn++
		}
	}
	if at := strings.Index(credit, authors[0].Name); at > 0 && wideGapAt(l, start+at) {
		space(start + at)
	}
	before := l.Text[:start]
	if end, _ := utf8.DecodeLastRuneInString(before); start > 0 && !strings.HasSuffix(before, " ") &&
		!strings.HasPrefix(credit, "（") && !strings.HasPrefix(credit, "(") && strings.ContainsRune("。！？!?", end) {
		space(start)
	}
	return l
}

// wideGapAt reports a word of l starting at byte offset at of its text
// whose gap from the word before is wider than the line's median gap
// between words, by more than OCR's jitter (a sixth of a glyph or so);
// false when the words do not spell the text there.
func wideGapAt(l page.Line, at int) bool {
	var gaps []float64
	found := math.Inf(-1)
	pos := 0
	for i, w := range l.Words {
		k := strings.Index(l.Text[pos:], w.Text)
		if k < 0 || w.Text == "" {
			return false
		}
		pos += k
		if i > 0 {
			g := w.Box.X0 - l.Words[i-1].Box.X1
			gaps = append(gaps, g)
			if pos == at {
				found = g
			}
		}
		pos += len(w.Text)
	}
	return found > median(gaps)+0.15*wordHeight(l)
}
