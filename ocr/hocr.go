package ocr

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"newsprint/page"
)

// hLine is one line of text Tesseract read, in image pixels.
type hLine struct {
	box   page.Rect
	size  float64 // glyph height measured on the image; 0 when unknown
	words []hWord
}

type hWord struct {
	box          page.Rect
	conf         float64 // 0..1
	text         string
	bold, italic bool
	runIn        bool // part of a bold lead-in of its line
}

// lineClasses are the hOCR classes Tesseract gives to lines of text.
var lineClasses = map[string]bool{"ocr_line": true, "ocr_caption": true, "ocr_textfloat": true, "ocr_header": true}

// hPage is what the OCR of one page found: text lines, and the photos and
// separator rules of Tesseract's layout analysis.
type hPage struct {
	width      float64 // of the image
	lines      []hLine
	photos     []page.Rect
	separators []page.Rect
}

// parseHOCR reads the lines and words of one page of Tesseract's hOCR.
func parseHOCR(r io.Reader) (*hPage, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	hp := &hPage{}
	var word *hWord
	var text strings.Builder
	// depth of the open line and word elements, to know which end tag closes them.
	depth, lineDepth, wordDepth := 0, -1, -1
	bold, italic := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("hOCR: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			class, title := attr(t, "class"), attr(t, "title")
			switch {
			case class == "ocr_page":
				hp.width = bbox(title).Width()
			case class == "ocr_photo":
				hp.photos = append(hp.photos, bbox(title))
			case class == "ocr_separator":
				hp.separators = append(hp.separators, bbox(title))
			case lineClasses[class]:
				hp.lines = append(hp.lines, hLine{box: bbox(title)})
				lineDepth = depth
			case class == "ocrx_word" && lineDepth >= 0:
				word = &hWord{box: bbox(title), conf: prop(title, "x_wconf") / 100}
				text.Reset()
				wordDepth = depth
				bold, italic = 0, 0
			case t.Name.Local == "strong" && word != nil:
				bold++
			case t.Name.Local == "em" && word != nil:
				italic++
			}
		case xml.CharData:
			if word != nil {
				text.Write(t)
			}
		case xml.EndElement:
			if depth == wordDepth && word != nil {
				word.text = strings.TrimSpace(text.String())
				word.bold, word.italic = bold > 0, italic > 0
				if word.text != "" {
					l := &hp.lines[len(hp.lines)-1]
					l.words = append(l.words, *word)
				}
				word, wordDepth = nil, -1
			} else if depth == lineDepth {
				lineDepth = -1
			}
			depth--
		}
	}
	return hp, nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// bbox reads "bbox x0 y0 x1 y1" from an hOCR title.
func bbox(title string) page.Rect {
	f := propFields(title, "bbox")
	if len(f) < 4 {
		return page.Rect{}
	}
	var v [4]float64
	for i := range v {
		v[i], _ = strconv.ParseFloat(f[i], 64)
	}
	return page.Rect{X0: v[0], Y0: v[1], X1: v[2], Y1: v[3]}
}

// prop reads the first number of a title property ("x_wconf 93").
func prop(title, name string) float64 {
	f := propFields(title, name)
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

// propFields returns the values of a property of an hOCR title attribute,
// whose properties are separated by semicolons.
func propFields(title, name string) []string {
	for _, p := range strings.Split(title, ";") {
		f := strings.Fields(p)
		if len(f) > 0 && f[0] == name {
			return f[1:]
		}
	}
	return nil
}

// parseWalk reads the records of np_tess_walk (walk.cpp) into the page
// parseHOCR makes of the same result's hOCR.
func parseWalk(s string) (*hPage, error) {
	hp := &hPage{}
	for s != "" {
		rec, rest, _ := strings.Cut(s, "\n")
		s = rest
		f := strings.Fields(rec)
		if len(f) < 5 {
			return nil, fmt.Errorf("tesseract result: bad record %q", rec)
		}
		var v [4]float64
		for i := range v {
			n, err := strconv.Atoi(f[i+1])
			if err != nil {
				return nil, fmt.Errorf("tesseract result: bad record %q", rec)
			}
			v[i] = float64(n)
		}
		box := page.Rect{X0: v[0], Y0: v[1], X1: v[2], Y1: v[3]}
		switch f[0] {
		case "p":
			hp.photos = append(hp.photos, box)
		case "s":
			hp.separators = append(hp.separators, box)
		case "l":
			hp.lines = append(hp.lines, hLine{box: box})
		case "w":
			// The word's text is the next line.
			text, rest, _ := strings.Cut(s, "\n")
			s = rest
			conf, err := strconv.Atoi(f[len(f)-3])
			if len(f) != 8 || err != nil || len(hp.lines) == 0 {
				return nil, fmt.Errorf("tesseract result: bad word record %q", rec)
			}
			w := hWord{box: box, conf: float64(conf) / 100, text: strings.TrimSpace(text), bold: f[6] == "1", italic: f[7] == "1"}
			if w.text != "" {
				l := &hp.lines[len(hp.lines)-1]
				l.words = append(l.words, w)
			}
		default:
			return nil, fmt.Errorf("tesseract result: bad record %q", rec)
		}
	}
	return hp, nil
}
