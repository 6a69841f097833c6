package ocr

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

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
	runIn        bool               // part of a bold lead-in of its line
	alts         []page.Alternative // other readings of a one-glyph word (withAlternatives)
}

// hPage is what the OCR of one page found: text lines, and the photos and
// separator rules of Tesseract's layout analysis.
type hPage struct {
	width      float64 // of the image
	lines      []hLine
	photos     []page.Rect
	separators []page.Rect
}

// parseWalk reads the records of np_tess_walk (walk.cpp) into the page
// parseHOCR (in a test) makes of the same result's hOCR.
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
			w := hWord{box: box, conf: float64(conf) / 100, text: wordText(text), bold: f[6] == "1", italic: f[7] == "1"}
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

// wordText is a word's text without surrounding space and without control
// characters, which no page text holds (a model's unicharset could).
func wordText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
}
