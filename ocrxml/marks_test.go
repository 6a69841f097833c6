package ocrxml_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hocrPage writes a one-column Tesseract-style hOCR page: a headline line
// over a paragraph whose first line is indented, one ocrx_word per line.
func hocrPage(t *testing.T, headline string, body []string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<html xmlns="http://www.w3.org/1999/xhtml"><body>` +
		`<div class='ocr_page' id='page_1' title='bbox 0 0 2550 3300; scan_res 300 300'>`)
	line := func(x0, y0, x1, y1, size int, text string) {
		fmt.Fprintf(&b, `<span class='ocr_line' title="bbox %d %d %d %d; x_size %d">`+
			`<span class='ocrx_word' title='bbox %d %d %d %d; x_wconf 91'>%s</span></span>`,
			x0, y0, x1, y1, size, x0, y0, x1, y1, text)
	}
	b.WriteString(`<div class='ocr_carea' title="bbox 225 250 1225 360"><p class='ocr_par' lang='chi_sim'>`)
	line(225, 250, 1225, 360, 125, headline)
	b.WriteString(`</p></div><div class='ocr_carea' title="bbox 225 417 1220 700"><p class='ocr_par' lang='chi_sim'>`)
	for i, text := range body {
		x0, x1 := 225, 1220
		if i == 0 {
			x0 = 317
		}
		if i == len(body)-1 {
			x1 = 225 + 57*len([]rune(text))
		}
		y := 417 + 58*i
		line(x0, y, x1, y+50, 57, text)
	}
	b.WriteString(`</p></div></div></body></html>`)
	path := filepath.Join(t.TempDir(), "page.hocr")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// An hOCR page's Chinese text gets the marks Chinese is printed with:
// full-width punctuation for the ASCII OCR read, the dash for 一一 before
// a quotation, inner quotes inside outer ones, the full stop.
func TestHOCRChineseMarks(t *testing.T) {
	path := hocrPage(t, "新馆开放(组图)", []string{
		"市博物馆新馆今天开放;首日",
		"接待观众三千人次(含团体)。",
		"新馆分为三部分一一“序章”“历",
		"程”和“未来”。馆长说：“大家",
		"最爱“星空走廊”。”首展持续",
		"到年底.",
	})
	doc := process(t, path)
	arts := doc.Pages[0].Articles
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1: %+v", len(arts), arts)
	}
	a := arts[0]
	want := "市博物馆新馆今天开放；首日接待观众三千人次（含团体）。新馆分为三部分——“序章”“历程”和“未来”。馆长说：“大家最爱‘星空走廊’。”首展持续到年底。"
	if a.Headline != "新馆开放（组图）" || strings.Join(a.Paragraphs, "") != want {
		t.Errorf("headline %q, body %q;\nwant %q", a.Headline, a.Paragraphs, want)
	}
}
