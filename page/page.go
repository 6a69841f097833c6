// Package page is the model every source fills and every later stage reads:
// a document of pages, each page a set of positioned text lines with their
// size, weight and confidence, plus the rules and images drawn on it.
//
// Sources (text dumps, the PDF text layer, OCR, ALTO/hOCR) produce it;
// segmentation consumes it. A source without geometry (a text dump) leaves
// Box nil and keeps the lines in the order the dump printed them.
package page

import "image"

// Unit names the coordinate unit of a page.
type Unit string

const (
	Points Unit = "pt"   // PDF user space, 1/72 inch
	Pixels Unit = "px"   // raster pixels
	NoUnit Unit = "none" // no geometry (text dumps)
)

// Method says where a page's text came from.
type Method string

const (
	MethodPDFText Method = "pdf-text"
	MethodOCR     Method = "ocr"
	MethodText    Method = "text"
)

// Rect is an axis-aligned box, origin top-left, Y growing downwards.
type Rect struct {
	X0, Y0, X1, Y1 float64
}

func (r Rect) Width() float64   { return r.X1 - r.X0 }
func (r Rect) Height() float64  { return r.Y1 - r.Y0 }
func (r Rect) Empty() bool      { return r.X1 <= r.X0 || r.Y1 <= r.Y0 }
func (r Rect) CenterX() float64 { return (r.X0 + r.X1) / 2 }
func (r Rect) CenterY() float64 { return (r.Y0 + r.Y1) / 2 }

// Union returns the smallest rect containing r and s. An empty operand is ignored.
func (r Rect) Union(s Rect) Rect {
	if r.Empty() {
		return s
	}
	if s.Empty() {
		return r
	}
	return Rect{min(r.X0, s.X0), min(r.Y0, s.Y0), max(r.X1, s.X1), max(r.Y1, s.Y1)}
}

// Intersect returns the overlap of r and s (empty when they do not overlap).
func (r Rect) Intersect(s Rect) Rect {
	o := Rect{max(r.X0, s.X0), max(r.Y0, s.Y0), min(r.X1, s.X1), min(r.Y1, s.Y1)}
	if o.Empty() {
		return Rect{}
	}
	return o
}

// OverlapX returns how far r and s overlap horizontally, 0 when they do not.
func (r Rect) OverlapX(s Rect) float64 {
	return max(0, min(r.X1, s.X1)-max(r.X0, s.X0))
}

// Scale returns r with every coordinate multiplied by k (a change of unit).
func (r Rect) Scale(k float64) Rect {
	return Rect{r.X0 * k, r.Y0 * k, r.X1 * k, r.Y1 * k}
}

// Contains reports whether s lies inside r.
func (r Rect) Contains(s Rect) bool {
	return s.X0 >= r.X0 && s.Y0 >= r.Y0 && s.X1 <= r.X1 && s.Y1 <= r.Y1
}

// Word is one word (or one CJK character run) of a line, with its own box.
type Word struct {
	Text       string
	Box        Rect
	Confidence float64 // 0..1; 1 for text layers
	// Alternatives are other readings of the word the OCR made, none when
	// it had no doubt. A stage that knows what the word must be (a
	// person's name) may take one instead.
	Alternatives []Alternative
}

// Alternative is another reading of a word and the confidence of it.
type Alternative struct {
	Text       string
	Confidence float64 // 0..1
}

// closeBy is how much less sure of an alternative than of the word's text
// the OCR may have been for the alternative to be a likely reading.
const closeBy = 0.3

// CloseAlternatives returns the alternatives the OCR was nearly as sure of
// as of the word's text; one far less sure is seldom right.
func (w Word) CloseAlternatives() []Alternative {
	var out []Alternative
	for _, a := range w.Alternatives {
		if a.Confidence >= w.Confidence-closeBy {
			out = append(out, a)
		}
	}
	return out
}

// Line is one printed line of text.
type Line struct {
	Text string
	// Box is nil when the source has no geometry (text dumps).
	Box *Rect
	// Size is the font size in the page unit (PDF: from the text matrix; OCR:
	// a proxy from the x-height). 0 when unknown.
	Size   float64
	Bold   bool
	Italic bool
	Font   string  // font name when known
	Conf   float64 // mean word confidence 0..1; 1 for text layers and dumps
	Words  []Word  // optional; ALTO/hOCR export and OCR fill them
	// Invisible marks text that is not painted (PDF render mode 3, e.g. an
	// older OCR layer).
	Invisible bool
	// RunIn is the length in bytes of a leading span of Text set in a
	// different font (a run-in credit such as "本报讯 记者许乐报道："); 0 if none.
	RunIn int
}

// Blank reports whether the line has no visible text. Text dumps keep blank
// lines: they often mark paragraph or column breaks.
func (l Line) Blank() bool {
	for _, r := range l.Text {
		if r != ' ' && r != '\t' && r != '\u3000' && r != '\r' {
			return false
		}
	}
	return true
}

// Rule is a drawn line or thin rectangle (column and article separators).
type Rule struct {
	Box Rect
}

// Image is a picture placed on the page (photos, for caption attachment).
type Image struct {
	Box Rect
}

// RectShape is a drawn rectangle outline or fill that is not a rule: boxes
// around editor's notes and adverts.
type RectShape struct {
	Box    Rect
	Filled bool
}

// Page is one page of a source file.
type Page struct {
	Number int // 1-based
	Width  float64
	Height float64
	Unit   Unit
	Method Method
	// Language is the main language when known ("zh", "en"); "" otherwise.
	Language string
	Lines    []Line
	Rules    []Rule
	Boxes    []RectShape
	Images   []Image
	// Warnings are non-fatal problems met while reading this page.
	Warnings []string
	// Ordered is set when the lines print each article whole and in
	// reading order (a text dump in content-stream order), not in pieces
	// scattered over the page.
	Ordered bool
	// Scan is set when the page's text must come from OCR (an image file, or
	// a PDF page without a text layer); the OCR stage fills Lines from it.
	Scan *Scan
}

// Scan is a page raster waiting for OCR: either encoded bytes in a format
// leptonica reads (PNG, JPEG, TIFF, JP2, PNM), or a decoded image.
type Scan struct {
	Data  []byte
	Image image.Image
	// DPI is the resolution from the file; 0 when the file does not say.
	DPI float64
	// Page is the 0-based page index inside a multi-page Data (TIFF).
	Index int
}

// HasGeometry reports whether the page's lines carry boxes.
func (p *Page) HasGeometry() bool {
	for _, l := range p.Lines {
		if l.Box != nil {
			return true
		}
	}
	return false
}

// Document is one source file's pages.
type Document struct {
	Pages []Page
}
