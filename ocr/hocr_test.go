package ocr

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"newsprint/page"
)

// Tesseract's hOCR, which the engine read before it walked the results
// (parseWalk), is the reference parseWalk is checked against.

// lineClasses are the hOCR classes Tesseract gives to lines of text.
var lineClasses = map[string]bool{"ocr_line": true, "ocr_caption": true, "ocr_textfloat": true, "ocr_header": true}

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
